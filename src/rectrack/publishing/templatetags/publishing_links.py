from django import template

from rectrack.publishing.selectors import organisation_complaints as _complaints

register = template.Library()


@register.simple_tag
def organisation_complaints(organisation):
    """The super-complaints this organisation owes responses to (1 query)."""
    return _complaints(organisation)
