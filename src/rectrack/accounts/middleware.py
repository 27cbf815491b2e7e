"""Idle timeout: sign a session out after ``SESSION_IDLE_TIMEOUT_SECONDS`` without a request.

The absolute limit stays ``SESSION_COOKIE_AGE``. The time of the last request is kept in the session,
rewritten at most once a minute so that an active user does not cost a session write per request.
"""
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout

from rectrack.accounts.throttle import minutes

LAST_SEEN = "rectrack_last_seen"


def _resolution(timeout: int) -> int:
    return min(60, max(1, timeout // 4))


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.SESSION_IDLE_TIMEOUT_SECONDS
        session = getattr(request, "session", None)
        if timeout and session is not None and session.get(SESSION_KEY):
            now = int(time.time())
            last_seen = session.get(LAST_SEEN)
            if isinstance(last_seen, int) and now - last_seen > timeout:
                request.signed_out_idle = True  # the sign-out signal records it as a time-out
                logout(request)
                messages.info(request, f"You were signed out because you had not used rectrack for "
                                       f"{minutes(timeout)}. Sign in again to continue.")
            elif not isinstance(last_seen, int) or now - last_seen >= _resolution(timeout):
                session[LAST_SEEN] = now
        return self.get_response(request)
