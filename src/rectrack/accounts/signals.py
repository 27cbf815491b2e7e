"""Signal receivers: the sign-in audit log and throttle counts for every sign-in path, and the API token
named in the history of every change made with one. Connected in ``AccountsConfig.ready``."""
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from rectrack.accounts import audit, devices, throttle
from rectrack.accounts.middleware import LAST_SEEN
from rectrack.accounts.network import client_address
from rectrack.accounts.tokens import history_reason


@receiver(user_login_failed, dispatch_uid="rectrack.accounts.login_failed")
def count_and_log_failure(sender, credentials, request=None, **kwargs):
    if request is None:
        return  # authenticate() called from code, not a sign-in: nothing to count against an address
    username = str(credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username") or "")
    decision = getattr(request, "sign_in_throttle", None)
    if decision is None:  # another backend refused before ours ran: still count it
        decision = throttle.sign_in_decision(username, client_address(request), devices.device_id(request, username))
    user = get_user_model().objects.filter(username=username).first() if username else None
    if decision.locked:
        audit.record(audit.Outcome.LOCKED_OUT, request, username=username, user=user,
                     detail=f"Locked for {throttle.minutes(decision.wait_seconds)}")
        return
    throttle.record_failure(decision)
    audit.record(audit.Outcome.FAILURE, request, username=username, user=user,
                 detail="From a known browser" if decision.trusted_device else "")


@receiver(user_logged_in, dispatch_uid="rectrack.accounts.logged_in")
def log_success(sender, request, user, **kwargs):
    if request is None:
        return
    decision = getattr(request, "sign_in_throttle", None)
    if decision is not None:
        throttle.clear_after_success(decision)
    if hasattr(request, "session"):
        # The idle timeout starts now (login() has just cycled the session key).
        request.session[LAST_SEEN] = int(time.time())
        # A fixed expiry: the idle timeout's writes to the session must not push the absolute limit back.
        request.session.set_expiry(timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE))
    audit.record(audit.Outcome.SUCCESS, request, user=user,
                 detail="From a known browser" if decision is not None and decision.trusted_device else "")


@receiver(user_logged_out, dispatch_uid="rectrack.accounts.logged_out")
def log_sign_out(sender, request, user, **kwargs):
    if user is None or request is None:
        return
    outcome = audit.Outcome.TIMED_OUT if getattr(request, "signed_out_idle", False) else audit.Outcome.SIGNED_OUT
    audit.record(outcome, request, user=user)


@receiver(pre_create_historical_record, dispatch_uid="rectrack.accounts.history_token")
def name_the_api_token(sender, history_instance, history_user=None, **kwargs):
    """Every history record written while an API token is in use names the token in its change reason."""
    token = getattr(history_user, "api_token", None)
    if token is None:
        request = getattr(HistoricalRecords.context, "request", None)
        token = getattr(request, "api_token", None)
    if token is not None:
        history_instance.history_change_reason = history_reason(history_instance.history_change_reason, token)
