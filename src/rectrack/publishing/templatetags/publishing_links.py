from django import template

from rectrack.publishing.selectors import organisation_complaints as _complaints

register = template.Library()


@register.simple_tag
def organisation_complaints(organisation):
    """The super-complaints this organisation owes responses to (1 query)."""
    return _complaints(organisation)


@register.simple_tag
def first_given(*values):
    """The first truthy value, as an object (``{% first_given recommendation rec as the_rec %}``);
    unlike the ``default`` filter, a missing variable is not an error."""
    return next((v for v in values if v), None)
