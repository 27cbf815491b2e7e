"""Personal API tokens: create, revoke, and find the token a request presents (ADR 0009).

A token is ``rtk_`` and 43 random URL-safe characters (256 bits). Only its SHA-256 digest is stored:
a slow password hash is not needed for a random secret that long, and a digest lets the API find the
token with one indexed lookup. The token is returned once, by ``create_token``, and never again.
"""
import hashlib
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from rectrack.accounts import audit
from rectrack.accounts.models import ApiToken

PREFIX = "rtk_"
_TOKEN = re.compile(r"^rtk_[A-Za-z0-9_-]{43}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def expiry_choices() -> list[int]:
    """The lifetimes offered, in days: every token expires, at most API_TOKEN_MAX_DAYS after creation."""
    top = settings.API_TOKEN_MAX_DAYS
    return sorted({d for d in (7, 30, 90, 365) if d <= top} | {top})


def _clean_name(user, name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": "Enter a name for the token, for example the system that will use it"})
    if _CONTROL.search(name):
        raise ValidationError({"name": "The name must not contain control characters"})
    if len(name) > ApiToken._meta.get_field("name").max_length:
        raise ValidationError({"name": "The name must be 40 characters or fewer"})
    if ApiToken.objects.filter(user=user, name=name, revoked_at__isnull=True).exists():
        raise ValidationError({"name": f"You already have a token called ‘{name}’: choose another name"})
    return name


@transaction.atomic
def create_token(*, user, name: str, access: str, days: int, request=None) -> tuple[ApiToken, str]:
    """Create a token for ``user``; returns the saved token and the token itself (shown once)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied("Sign in to create an API token.")
    name = _clean_name(user, name)
    if access not in ApiToken.Access.values:
        raise ValidationError({"access": "Select what the token may do"})
    if days not in expiry_choices():
        raise ValidationError({"days": "Select when the token expires"})
    now = timezone.now()
    live = ApiToken.objects.filter(user=user, revoked_at__isnull=True, expires_at__gt=now).count()
    if live >= settings.API_TOKEN_MAX_PER_USER:
        raise ValidationError(f"You have {live} active tokens, the most allowed: revoke one you no longer use first")
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, access=access, prefix=raw[:len(PREFIX) + 6],
                                    digest=digest(raw), created_at=now, expires_at=now + timedelta(days=days))
    audit.record(audit.Outcome.TOKEN_CREATED, request, user=user,
                 detail=f"‘{name}’, {token.get_access_display().lower()}, expires {token.expires_at:%Y-%m-%d}")
    return token, raw


@transaction.atomic
def revoke_token(*, user, token: ApiToken, request=None) -> None:
    """Revoke one of ``user``'s own tokens (revoking twice changes nothing)."""
    if token.user_id != getattr(user, "pk", None):
        raise PermissionDenied("You can revoke only your own API tokens.")
    if ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now()):
        token.refresh_from_db()
        audit.record(audit.Outcome.TOKEN_REVOKED, request, user=user, detail=f"‘{token.name}’")


def find_token(raw: str) -> ApiToken | None:
    """The live token a request presents, with its user: None when unknown, malformed, revoked, expired,
    or its user is deactivated. One query."""
    if not raw or not _TOKEN.match(raw):
        return None  # not even the right shape: no need to ask the database
    return (ApiToken.objects.select_related("user", "user__organisation")
            .filter(digest=digest(raw), revoked_at__isnull=True, expires_at__gt=timezone.now(), user__is_active=True)
            .first())


def touch(token: ApiToken, now=None) -> None:
    """Note the token's use. Written only when the stored time is older than the resolution, so a busy
    integration costs one small UPDATE every few minutes, not one per request."""
    now = now or timezone.now()
    resolution = timedelta(seconds=settings.API_TOKEN_LAST_USED_RESOLUTION_SECONDS)
    if token.last_used_at is None or now - token.last_used_at >= resolution:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


def history_reason(reason: str | None, token: ApiToken) -> str:
    """A history change reason that names the token, within the 100 characters simple-history keeps."""
    suffix = f" (through API token ‘{token.name}’)"
    reason = (reason or "Changed").strip()
    room = 100 - len(suffix)
    if len(reason) > room:
        reason = reason[:room - 1].rstrip() + "…"
    return reason + suffix
