"""``{% follow_ups sc %}``: a report's follow-up requests and who has answered each (``deadline_rows``)."""
from django import template

from rectrack.tracker.deadline_rows import follow_up_rows

register = template.Library()


@register.inclusion_tag("tracker/includes/follow_ups.html", takes_context=True)
def follow_ups(context, sc):
    return {"sc": sc, "statuses": follow_up_rows(sc), "perms": context.get("perms")}
