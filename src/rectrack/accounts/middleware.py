"""Idle timeout: sign a session out after ``SESSION_IDLE_TIMEOUT_SECONDS`` without a request.

The absolute limit stays ``SESSION_COOKIE_AGE`` (sign-in fixes the session's expiry date). The time of
the last request is kept in the session and rewritten at most once a minute, so that an active user
does not cost a session write per request.

The check runs when the request's user is first looked at (``request.user`` stays lazy, as Django's
AuthenticationMiddleware makes it): everything that acts for the user reads it, so nothing can act for
a timed-out session, while requests that never need the user (chart images, static files) do not
load the session at all.
"""
import time

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.middleware import get_user
from django.utils.functional import SimpleLazyObject

from rectrack.accounts.throttle import minutes

LAST_SEEN = "rectrack_last_seen"


def _resolution(timeout: int) -> int:
    return min(60, max(1, timeout // 4))


def _checked_user(request):
    """The request's user, after signing the session out if it has been idle too long."""
    timeout = settings.SESSION_IDLE_TIMEOUT_SECONDS
    session = getattr(request, "session", None)
    if timeout and session is not None and session.get(SESSION_KEY):
        now = int(time.time())
        last_seen = session.get(LAST_SEEN)
        if isinstance(last_seen, int) and now - last_seen > timeout:
            request.user = get_user(request)  # logout() reads request.user: the real one, not the lazy one
            request.signed_out_idle = True  # the sign-out signal records it as a time-out
            logout(request)
            request._cached_user = request.user  # anonymous from now on, however the user is asked for
            messages.info(request, f"You were signed out because you had not used rectrack for "
                                   f"{minutes(timeout)}. Sign in again to continue.")
            return request.user
        if not isinstance(last_seen, int) or now - last_seen >= _resolution(timeout):
            session[LAST_SEEN] = now
    return get_user(request)


class IdleTimeoutMiddleware:
    """After AuthenticationMiddleware: puts the idle check in front of ``request.user`` and ``auser()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.user = SimpleLazyObject(lambda: _checked_user(request))
        lazy_user = request.user

        async def auser():
            await sync_to_async(lambda: lazy_user.is_authenticated)()  # runs the check in a thread
            return lazy_user

        request.auser = auser
        return self.get_response(request)
