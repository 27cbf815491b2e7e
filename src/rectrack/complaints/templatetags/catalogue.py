"""``{% timeline super_complaint %}``: a super-complaint's life, on any page that shows one (service and public)."""
from django import template

from rectrack.complaints import selectors

register = template.Library()


@register.inclusion_tag("complaints/includes/timeline.html")
def timeline(super_complaint, manage: bool = False):
    return {"super_complaint": super_complaint, "entries": selectors.timeline(super_complaint), "manage": manage}
