"""One date style for every page, the GOV.UK one: "17 December 2020", and "17 December 2020, 2:05pm".

``{% load govuk_dates %}{{ value|govuk_date }}`` takes a date, a datetime (shown in local time) or a catalogue
date that may be partial ("2021-08": "August 2021"); empty values give "" (chain ``|default:"Not given"``).
"""
import datetime

from django import template
from django.utils import timezone

from rectrack.core.templatetags.display import partial_date

register = template.Library()


@register.filter
def govuk_date(value) -> str:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return partial_date(value)


@register.filter
def govuk_datetime(value) -> str:
    """A moment: its local date and a 12-hour time ("2:05pm", "midday" and "midnight" as GOV.UK writes them)."""
    if not isinstance(value, datetime.datetime):
        return govuk_date(value)
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    if (local.hour, local.minute) == (12, 0):
        time = "midday"
    elif (local.hour, local.minute) == (0, 0):
        time = "midnight"
    else:
        time = f"{local.hour % 12 or 12}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
    return f"{govuk_date(local)}, {time}"
