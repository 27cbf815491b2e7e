"""``{% timeline sc %}``: a super-complaint's life, on any page that shows one (the service's and the public)."""
from django import template

from rectrack.complaints import selectors

register = template.Library()


@register.inclusion_tag("complaints/includes/timeline.html")
def timeline(sc, manage: bool = False):
    return {"sc": sc, "entries": selectors.timeline(sc), "manage": manage}
