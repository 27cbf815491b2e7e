"""Throttling of sign-ins and password-reset requests, counted in the database (ADR 0009).

Every counter is a fixed window of ``LOGIN_THROTTLE_WINDOW_SECONDS`` that starts at its first failure;
a counter at its limit refuses until its window ends, so every lock-out ends by itself. The counters
live in the database, not in the per-process cache, so all web processes (and the admin) share them.

Sign-in (``sign_in_decision``) uses two sets of counters:

- from an unknown browser: the (username, address) pair with the strict limit ``LOGIN_THROTTLE_LIMIT``,
  plus looser limits per username (``LOGIN_THROTTLE_USERNAME_LIMIT``: guesses at one account from many
  addresses) and per address (``LOGIN_THROTTLE_ADDRESS_LIMIT``: one address trying many accounts; loose,
  because a whole office may share one address);
- from a browser where this username signed in before (a signed device cookie, ``devices.py``): only
  that device's own counter, with the strict limit. Guessing from elsewhere cannot lock the user out of
  the browsers they already use. A device over its limit is treated as unknown.
"""
import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from rectrack.accounts.models import ThrottleBucket
from rectrack.accounts.network import throttle_address


@dataclass(frozen=True)
class Rule:
    kind: str
    value: str
    limit: int

    @property
    def key(self) -> str:
        return hashlib.sha256(f"{self.kind}\0{self.value}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Decision:
    rules: list[Rule]
    wait_seconds: int = 0  # 0: allowed
    trusted_device: bool = False
    counted: bool = field(default=False, repr=False)

    @property
    def locked(self) -> bool:
        return self.wait_seconds > 0


def _window() -> timedelta:
    return timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS)


def normalise_username(username: str) -> str:
    # Usernames are case-sensitive for signing in, but not for counting: "Admin" and "admin" share a count.
    return (username or "").strip().casefold()[:200]


def _live_buckets(rules: list[Rule], now) -> dict[str, ThrottleBucket]:
    keys = [r.key for r in rules]
    rows = ThrottleBucket.objects.filter(key__in=keys, window_started__gt=now - _window())
    return {b.key: b for b in rows}


def _wait(rules: list[Rule], buckets: dict[str, ThrottleBucket], now) -> int:
    waits = [
        (buckets[r.key].window_started + _window() - now).total_seconds()
        for r in rules if r.key in buckets and buckets[r.key].failures >= r.limit
    ]
    return max((max(1, int(w + 0.999)) for w in waits), default=0)


def sign_in_decision(username: str, address: str, device_id: str | None, now=None) -> Decision:
    """Which counters apply to this attempt, and how long it must wait (0: go ahead). One query."""
    now = now or timezone.now()
    name = normalise_username(username)
    strict = settings.LOGIN_THROTTLE_LIMIT
    unknown = [
        Rule("pair", f"{name}\0{address}", strict),
        Rule("username", name, settings.LOGIN_THROTTLE_USERNAME_LIMIT),
        Rule("address", throttle_address(address), settings.LOGIN_THROTTLE_ADDRESS_LIMIT),
    ]
    device = [Rule("device", f"{name}\0{device_id}", strict)] if device_id else []
    buckets = _live_buckets(unknown + device, now)
    if device and not _wait(device, buckets, now):
        return Decision(rules=device, trusted_device=True)
    return Decision(rules=unknown, wait_seconds=_wait(unknown, buckets, now))


def _increment(key: str, now) -> None:
    fresh_since = now - _window()
    if ThrottleBucket.objects.filter(key=key, window_started__gt=fresh_since).update(failures=F("failures") + 1):
        return
    # No live window. Restart a stale one; the condition makes a concurrent restart fall through to the
    # create below, whose unique key turns the race into a plain increment.
    if ThrottleBucket.objects.filter(key=key, window_started__lte=fresh_since).update(failures=1, window_started=now):
        return
    try:
        with transaction.atomic():
            ThrottleBucket.objects.create(key=key, failures=1, window_started=now)
    except IntegrityError:
        ThrottleBucket.objects.filter(key=key).update(failures=F("failures") + 1)


def record_failure(decision: Decision, now=None) -> None:
    if decision.counted:
        return
    now = now or timezone.now()
    for rule in decision.rules:
        _increment(rule.key, now)
    decision.counted = True
    # Keep the table to live windows: rows are worthless once their window has passed.
    ThrottleBucket.objects.filter(window_started__lte=now - _window()).delete()


def clear(rules: list[Rule]) -> None:
    ThrottleBucket.objects.filter(key__in=[r.key for r in rules]).delete()


def clear_after_success(decision: Decision) -> None:
    """A right password clears only the pair's (or the device's) count: never the username's or the
    address's, which an attacker with one valid account could otherwise reset at will."""
    clear([r for r in decision.rules if r.kind in {"pair", "device"}])


def allow_reset_request(email: str, address: str, now=None) -> bool:
    """Count a password-reset request and say whether to act on it (limits per email and per address)."""
    now = now or timezone.now()
    rules = [Rule("reset-email", normalise_username(email), settings.PASSWORD_RESET_EMAIL_LIMIT),
             Rule("reset-address", throttle_address(address), settings.PASSWORD_RESET_ADDRESS_LIMIT)]
    if _wait(rules, _live_buckets(rules, now), now):
        return False
    for rule in rules:
        _increment(rule.key, now)
    return True


def minutes(seconds: int) -> str:
    count = max(1, -(-seconds // 60))
    return f"{count} minute{'s' if count != 1 else ''}"


def clear_for_username(username: str, address: str) -> None:
    """After a password reset (which proves the owner holds the account's email): lift the username's
    lock-out and this address's pair, so the owner can sign in straight away."""
    name = normalise_username(username)
    clear([Rule("pair", f"{name}\0{address}", 0), Rule("username", name, 0)])
