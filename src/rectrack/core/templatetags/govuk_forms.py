"""Template helpers for GOV.UK form markup (see responses/templates/govuk/field.html)."""
from django import template

register = template.Library()

GROUPED = {"radioselect", "checkboxselectmultiple", "govukdate"}


@register.filter
def error_anchor(bound_field) -> str:
    """The id the error summary links to: the first radio, checkbox or date part, else the input."""
    if bound_field.widget_type in GROUPED:
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label or bound_field.auto_id


@register.filter
def is_grouped(bound_field) -> bool:
    return bound_field.widget_type in GROUPED
