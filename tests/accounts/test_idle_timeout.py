"""Idle timeout: signed out after SESSION_IDLE_TIMEOUT_SECONDS without a request; activity keeps a
session alive; the absolute SESSION_COOKIE_AGE stays."""
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client
from django.utils import timezone

from rectrack.accounts.middleware import LAST_SEEN
from rectrack.accounts.models import SignInEvent
from tests.support.users import PASSWORD


def signed_in(user) -> Client:
    client = Client()
    assert client.post("/accounts/sign-in/", {"username": user.username, "password": PASSWORD}).status_code == 302
    return client


def set_last_seen(client, seconds_ago: int):
    session = client.session
    session[LAST_SEEN] = int(time.time()) - seconds_ago
    session.save()


def test_defaults():
    assert settings.SESSION_IDLE_TIMEOUT_SECONDS == 30 * 60
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60


def test_signing_in_starts_the_clock(users):
    client = signed_in(users.sussex_editor)
    assert abs(client.session[LAST_SEEN] - time.time()) < 5


def test_idle_for_longer_than_the_timeout_signs_out(users):
    client = signed_in(users.sussex_editor)
    set_last_seen(client, 31 * 60)
    response = client.get("/accounts/", follow=True)
    assert response.redirect_chain[0][0].startswith("/accounts/sign-in/")
    assert b"You were signed out because you had not used rectrack for 30 minutes" in response.content
    assert "_auth_user_id" not in client.session
    assert SignInEvent.objects.filter(outcome="timed_out", user=users.sussex_editor).count() == 1


def test_activity_within_the_timeout_keeps_the_session(users):
    client = signed_in(users.sussex_editor)
    set_last_seen(client, 29 * 60)
    assert client.get("/accounts/").status_code == 200
    assert abs(client.session[LAST_SEEN] - time.time()) < 5  # the clock restarted


def test_the_last_request_time_is_not_rewritten_on_every_request(users):
    client = signed_in(users.sussex_editor)
    set_last_seen(client, 10)
    before = client.session[LAST_SEEN]
    client.get("/accounts/")
    assert client.session[LAST_SEEN] == before


def test_the_timeout_is_configurable(users, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 5 * 60
    client = signed_in(users.sussex_editor)
    set_last_seen(client, 6 * 60)
    assert client.get("/accounts/").status_code == 302
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 0  # off
    client = signed_in(users.sussex_editor)
    set_last_seen(client, 24 * 60 * 60)
    assert client.get("/accounts/").status_code == 200


def test_signing_out_is_logged(users):
    client = signed_in(users.sussex_editor)
    assert client.post("/accounts/sign-out/").status_code == 302
    assert SignInEvent.objects.filter(outcome="signed_out", user=users.sussex_editor).count() == 1


def test_activity_does_not_extend_the_absolute_session_age(users):
    client = signed_in(users.sussex_editor)
    expires = client.session.get_expiry_date()
    assert abs((expires - timezone.now()) - timedelta(seconds=settings.SESSION_COOKIE_AGE)) < timedelta(minutes=1)
    set_last_seen(client, 10 * 60)  # so that the next request rewrites the session
    response = client.get("/accounts/")
    assert response.status_code == 200
    assert client.session.get_expiry_date() == expires
    assert response.cookies["sessionid"]["max-age"] <= settings.SESSION_COOKIE_AGE
    session = SessionStore(session_key=client.session.session_key)
    assert session.get_expiry_date() == expires


def _through_middleware(client, view):
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.messages.middleware import MessageMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.test import RequestFactory

    from rectrack.accounts.middleware import IdleTimeoutMiddleware

    request = RequestFactory().get("/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = client.session.session_key
    chain = SessionMiddleware(AuthenticationMiddleware(MessageMiddleware(IdleTimeoutMiddleware(view))))
    return chain(request)


def test_requests_that_never_ask_for_the_user_do_not_load_the_session(users, django_assert_num_queries):
    from django.http import HttpResponse

    client = signed_in(users.sussex_editor)
    set_last_seen(client, 31 * 60)
    with django_assert_num_queries(0):
        _through_middleware(client, lambda request: HttpResponse("a chart"))


def test_the_async_user_is_checked_too(users):
    from asgiref.sync import async_to_sync
    from django.http import HttpResponse

    client = signed_in(users.sussex_editor)
    set_last_seen(client, 31 * 60)
    seen = []

    def view(request):
        # async_to_sync brings the check back to this thread (and its database connection).
        seen.append(async_to_sync(request.auser)().is_authenticated)
        return HttpResponse("")

    _through_middleware(client, view)
    assert seen == [False]
