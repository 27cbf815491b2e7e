"""One set of input rules for web forms, the API, imports and commands (services call these).

Text: no NUL or other control characters (PostgreSQL refuses NUL in text, and none belongs in a
record), within a length. Dates: never before the police super-complaints scheme began, and, for dates
that record something that happened, not in the future.
"""
from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils import timezone

# The Police Super-complaints (Designated Bodies) Regulations 2018 came into force on 1 November 2018.
SCHEME_STARTED = datetime.date(2018, 11, 1)
# Control characters other than tab, line feed and carriage return (C0, DEL and C1).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control(value: str) -> bool:
    """Whether text holds a control character this service refuses (everywhere: forms, the API, addresses)."""
    return bool(_CONTROL.search(value))


def text(value, label: str, *, max_length: int | None = None, field: str | None = None) -> str:
    """The value as text, refused (``ValidationError`` on ``field``) if it holds control characters or is long."""
    value = "" if value is None else str(value)
    errors = []
    if has_control(value):
        errors.append(f"{label} must not contain control characters (such as a null character)")
    if max_length is not None and len(value) > max_length:
        errors.append(f"{label} must be {max_length:,} characters or fewer")
    if errors:
        raise ValidationError({field: errors} if field else errors)
    return value


def texts(values: dict, rules: dict[str, tuple[str, int | None]]) -> None:
    """Check several text fields at once, reporting every bad field together: rules = {name: (label, max)}."""
    errors: dict[str, list[str]] = {}
    for name, (label, max_length) in rules.items():
        if name in values:
            try:
                text(values[name], label, max_length=max_length)
            except ValidationError as e:
                errors[name] = e.messages
    if errors:
        raise ValidationError(errors)


def date(value, label: str, *, field: str, past: bool = False, today: datetime.date | None = None):
    """A date within the scheme: not before it began; with ``past``, not after today either."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if not isinstance(value, datetime.date):
        raise ValidationError({field: f"{label} must be a real date"})
    if value < SCHEME_STARTED:
        raise ValidationError({field: f"{label} must be on or after 1 November 2018, when the super-complaints "
                                      "scheme began"})
    today = today or timezone.localdate()
    if past and value > today:
        raise ValidationError({field: f"{label} must be today or in the past"})
    if not past and value > today.replace(year=today.year + 20):
        raise ValidationError({field: f"{label} must be within the next 20 years"})
    return value
