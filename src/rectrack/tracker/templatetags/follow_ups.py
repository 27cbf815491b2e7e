"""``{% follow_ups super_complaint %}``: a report's follow-up requests and who has answered each (``deadline_rows``)."""
from django import template

from rectrack.tracker.deadline_rows import follow_up_rows

register = template.Library()


@register.inclusion_tag("tracker/includes/follow_ups.html", takes_context=True)
def follow_ups(context, super_complaint):
    return {
        "super_complaint": super_complaint,
        "statuses": follow_up_rows(super_complaint),
        "perms": context.get("perms"),
    }
