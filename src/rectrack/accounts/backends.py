"""Authentication with the sign-in throttle in front of the password check.

Every sign-in form (ours at /accounts/sign-in/, the admin's at /admin/login/, any later one) calls
``django.contrib.auth.authenticate()``, which asks this backend: so the throttle cannot be bypassed by
finding another form. A throttled attempt never reaches the password hasher.
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from rectrack.accounts import devices, throttle
from rectrack.accounts.network import client_address


class SignInThrottled(PermissionDenied):
    """Raised to make ``authenticate()`` stop: Django then reports a failed sign-in, flagged as throttled."""


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None:
            if username is None:
                username = kwargs.get(get_user_model().USERNAME_FIELD)
            username = username or ""
            decision = throttle.sign_in_decision(username, client_address(request),
                                                 devices.device_id(request, username))
            # Read by the signal handlers (count the failure, clear on success) and the forms (the message).
            request.sign_in_throttle = decision
            if decision.locked:
                raise SignInThrottled
        return super().authenticate(request, username=username, password=password, **kwargs)
