"""Reads for the account pages."""
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from rectrack.accounts.models import ApiToken, SignInEvent

REVOKED_SHOWN_FOR = timedelta(days=30)


def user_tokens(user):
    """A user's tokens: live and expired ones, and those revoked in the last 30 days."""
    recent = timezone.now() - REVOKED_SHOWN_FOR
    return ApiToken.objects.filter(user=user).filter(Q(revoked_at__isnull=True) | Q(revoked_at__gte=recent))


def active_token_count(user) -> int:
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True, expires_at__gt=timezone.now()).count()


def sign_in_events(*, outcome: str | None = None, user: str | None = None):
    events = SignInEvent.objects.select_related("user")
    if outcome:
        events = events.filter(outcome=outcome)
    if user:
        events = events.filter(Q(username__iexact=user) | Q(user__username__iexact=user))
    return events
