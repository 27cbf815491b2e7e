"""Small display filters shared by every page: the vocabulary as people read it, and dates."""
import datetime

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import SafeString

from rectrack.core.vocabulary import (
    CLOCK_LABELS,
    DEADLINE_LABELS,
    DEADLINE_TAG,
    LABELS,
    PROGRESS_TAG,
    WORKFLOW_TAG,
    RecipientClass,
)

register = template.Library()

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Recipient classes of the catalogue, as people write them.
RECIPIENT_CLASSES = {m.value: m.label for m in RecipientClass}


@register.filter
def label(value) -> str:
    """A vocabulary value as people read it: 'in_progress' -> 'In progress'."""
    if value in (None, ""):
        return ""
    return LABELS.get(str(value), str(value).replace("_", " ").capitalize())


@register.filter
def progress_tag(value) -> str:
    """The GOV.UK tag colour modifier for a progress value (or 'no_response')."""
    return PROGRESS_TAG.get(str(value or ""), "govuk-tag--grey")


@register.filter
def recipient_class(value) -> str:
    return RECIPIENT_CLASSES.get(value, str(value).replace("_", " ").capitalize())


@register.filter
def partial_date(value) -> str:
    """Catalogue dates can be partial: '2020-12-17' -> '17 December 2020', '2021-08' -> 'August 2021'."""
    if not value:
        return ""
    if isinstance(value, datetime.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    parts = str(value).split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return str(value)


@register.filter
def workflow_tag(state) -> str:
    return WORKFLOW_TAG.get(str(state), "govuk-tag--grey")


@register.filter
def deadline_state_label(state) -> str:
    return DEADLINE_LABELS.get(str(state), str(state))


@register.filter
def deadline_state_tag(state) -> str:
    state = "due" if str(state) == "due_soon" else str(state)  # reminder events share the states' colours
    return DEADLINE_TAG.get(state, "govuk-tag--grey")


@register.filter
def clock_label(clock) -> str:
    return CLOCK_LABELS.get(str(clock), str(clock))


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current page's query string with ``changes`` applied (an empty value removes the key): links that
    switch one setting of a filtered page and keep the others. Encoded, so safe in an href."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value not in ("", None):
            query[key] = value
    return query.urlencode()


@register.filter
def deadline_tag(d) -> SafeString:
    """One deadline clock (``tracker.deadlines.DeadlineState``) as a GOV.UK tag, with the date it was extended
    from. A filter, not an included template: lists show hundreds of clocks, and an include costs more than
    the rest of a row."""
    tag = format_html('<strong class="govuk-tag {}">{}</strong>', d.tag_class, d.label)
    if d.extended:
        tag += format_html(' <span class="govuk-body-s">(extended from {})</span>',
                           format_date(d.original_due, "j M Y") if d.original_due else "")
    return tag
