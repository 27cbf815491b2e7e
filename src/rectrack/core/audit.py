"""Audited writes: the permission check, the history user and the guard against lost updates.

Every service that changes a record people edit goes through here, so pages, the API and background
jobs behave alike:

- ``require`` refuses with ``PermissionDenied`` unless the user holds the ``rules`` permission;
- ``attach_history_user`` names who made a change (and why) on the django-simple-history record, also
  outside a request (API tokens, commands, tasks);
- ``check_version`` refuses a save that started from an older ``version`` of the row than the one
  stored (``StaleEdit``): two people editing at once never silently undo each other. The caller locks
  the row first (``select_for_update``), so the check and the save are one step on PostgreSQL, and
  SQLite's IMMEDIATE transactions serialise writers anyway. ``bump_version`` is the other half.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError


def require(user, perm: str, obj=None, message: str = "") -> None:
    if user is None or not user.has_perm(perm, obj):
        raise PermissionDenied(message or f"You do not have permission to do this ({perm}).")


def acting_user(user):
    """The user to record as the author of a change: None for anonymous or system callers."""
    return user if getattr(user, "is_authenticated", False) else None


def attach_history_user(instance, user, reason: str = "") -> None:
    """simple-history reads these when saving outside a request (API, CLI, tasks)."""
    instance._history_user = acting_user(user)
    via = getattr(user, "_rectrack_via", "")  # e.g. "API token 'tracker sync'", set by the API's authentication
    if via:
        reason = f"{reason} (through {via})" if reason else f"Through {via}"
    if reason:
        instance._change_reason = reason


@dataclass(frozen=True)
class Change:
    """One field that someone else changed since the editor's version: label, value then, value now."""

    field: str
    then: str
    now: str


class StaleEdit(ValidationError):
    """The row changed since the version the edit started from; nothing was saved.

    ``current_version`` is the version to resubmit with to apply the edit over the other change;
    ``changes`` says what changed meanwhile (empty when the history cannot tell).
    """

    def __init__(self, what: str, current_version: int, changes: list[Change]):
        self.current_version = current_version
        self.changes = changes
        summary = "; ".join(f"{c.field}: {c.then or '(blank)'} → {c.now or '(blank)'}" for c in changes[:6])
        message = (f"Someone else changed this {what} while you were editing it, so your changes were not saved. "
                   "Check what they changed, then save again to apply your changes over theirs.")
        if summary:
            message += f" What changed: {summary}."
        super().__init__(message, code="stale")


def changes_since(instance, version: int, fields: list[str], display=None) -> list[Change]:
    """What differs between the historical record of ``instance`` at ``version`` and ``instance`` now."""
    history = getattr(type(instance), "history", None)
    if history is None:
        return []
    then = (history.filter(id=instance.pk, version=version).order_by("-history_date", "-history_id").first())
    if then is None:
        return []
    display = display or (lambda name, value: "" if value in (None, "") else str(value))
    out = []
    for name in fields:
        field = instance._meta.get_field(name)
        old, new = getattr(then, field.attname, None), getattr(instance, field.attname, None)
        if old != new:
            out.append(Change(str(field.verbose_name).capitalize(), display(name, old), display(name, new)))
    return out


def check_version(instance, expected: int | None, *, what: str, fields: list[str], display=None) -> None:
    """Refuse (``StaleEdit``) when the caller's version is not the stored one. ``None``: no check (internal
    callers that hold the row locked and decide nothing on what they read)."""
    if expected is None:
        return
    try:
        expected = int(expected)
    except (TypeError, ValueError):
        raise ValidationError({"version": "The version the edit started from is not a number."}) from None
    if expected != instance.version:
        raise StaleEdit(what, instance.version, changes_since(instance, expected, fields, display))


def bump_version(instance) -> None:
    instance.version = (instance.version or 0) + 1
