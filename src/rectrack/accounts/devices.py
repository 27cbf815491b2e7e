"""Device cookies: a browser where a username signed in successfully is trusted for that username.

The cookie holds the (case-folded) username and a random device id, signed with SECRET_KEY, so it
cannot be forged or moved to another username. It grants nothing by itself: it only selects the
device's own failure counter instead of the username's and the address's (see ``throttle.py``), so
that an attacker guessing at a username cannot keep its owner out of the browsers they already use.
"""
import secrets

from django.conf import settings
from django.core import signing

from rectrack.accounts.throttle import normalise_username

SALT = "rectrack.accounts.device"


def device_id(request, username: str) -> str | None:
    """The device id when this browser has signed in as ``username`` before, else None."""
    value = request.COOKIES.get(settings.LOGIN_DEVICE_COOKIE_NAME) if request is not None else None
    if not value:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=settings.LOGIN_DEVICE_COOKIE_AGE)
    except signing.BadSignature:  # also when expired
        return None
    if not isinstance(data, dict) or data.get("u") != normalise_username(username):
        return None
    return str(data.get("d") or "") or None


def remember(response, username: str) -> None:
    """After a successful sign-in: trust this browser for ``username`` (a fresh id each time)."""
    value = signing.dumps({"u": normalise_username(username), "d": secrets.token_urlsafe(16)}, salt=SALT)
    response.set_cookie(settings.LOGIN_DEVICE_COOKIE_NAME, value, max_age=settings.LOGIN_DEVICE_COOKIE_AGE,
                        secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")
