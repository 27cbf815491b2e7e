"""The throttle's store and its rules: in the database (shared by every process), known browsers, the
admin's sign-in, and the password-reset limit."""
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import timezone

from rectrack.accounts import throttle
from rectrack.accounts.models import SignInEvent, ThrottleBucket
from tests.support.users import PASSWORD

SIGN_IN = "/accounts/sign-in/"
ADMIN_SIGN_IN = "/admin/login/"


def post(client, username, password, address="10.1.0.1", path=SIGN_IN):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def sign_out(client):
    # Not client.logout(), which forgets every cookie: a browser keeps its device cookie when signing out.
    assert client.post("/accounts/sign-out/").status_code == 302


def in_another_thread(fn):
    """Run fn on another thread, hence another database connection (as another server process would)."""
    errors = []

    def run():
        try:
            fn()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert errors == []


# --- the store -------------------------------------------------------------------------------------

def test_counts_live_in_the_database_not_the_cache(users):
    client = Client()
    for _ in range(5):
        post(client, "sussex-editor", "wrong")
    cache.clear()  # a per-process cache would forget here (or never have known, in another process)
    assert post(client, "sussex-editor", PASSWORD).status_code == 429
    assert ThrottleBucket.objects.count() == 3  # pair, username, address
    assert all(len(b.key) == 64 and "sussex" not in b.key for b in ThrottleBucket.objects.all())


@pytest.mark.django_db(transaction=True)
def test_failures_counted_by_one_connection_lock_out_another(reference_data):
    from tests.support.users import make_users

    make_users()

    def five_failures_elsewhere():
        client = Client()
        for _ in range(5):
            post(client, "sussex-editor", "wrong")

    in_another_thread(five_failures_elsewhere)
    assert post(Client(), "sussex-editor", PASSWORD).status_code == 429


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_failures_are_all_counted():
    decision = throttle.sign_in_decision("someone", "10.1.9.9", None)
    barrier = threading.Barrier(8)

    def one_failure():
        barrier.wait()
        throttle.record_failure(throttle.Decision(rules=decision.rules))

    threads = [threading.Thread(target=lambda: (one_failure(), connection.close())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = sorted(ThrottleBucket.objects.values_list("failures", flat=True))
    assert counts == [8, 8, 8]


def test_a_stale_window_restarts_at_one(db):
    decision = throttle.sign_in_decision("someone", "10.1.1.1", None)
    throttle.record_failure(throttle.Decision(rules=decision.rules))
    throttle.record_failure(throttle.Decision(rules=decision.rules))
    ThrottleBucket.objects.update(
        window_started=timezone.now() - timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS + 1)
    )
    later = throttle.sign_in_decision("someone", "10.1.1.1", None)
    throttle.record_failure(throttle.Decision(rules=later.rules))
    assert sorted(ThrottleBucket.objects.values_list("failures", flat=True)) == [1, 1, 1]


def test_expired_rows_are_purged(db):
    old = timezone.now() - timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS + 5)
    ThrottleBucket.objects.create(key="0" * 64, failures=3, window_started=old)
    throttle.record_failure(throttle.sign_in_decision("someone", "10.1.1.2", None))
    assert not ThrottleBucket.objects.filter(key="0" * 64).exists()


def test_the_wait_is_what_is_left_of_the_window(db):
    decision = throttle.sign_in_decision("someone", "10.1.1.3", None)
    for _ in range(5):
        throttle.record_failure(throttle.Decision(rules=decision.rules))
    ThrottleBucket.objects.update(window_started=timezone.now() - timedelta(minutes=10))
    wait = throttle.sign_in_decision("someone", "10.1.1.3", None).wait_seconds
    assert 4 * 60 < wait <= 5 * 60
    assert throttle.minutes(wait) == "5 minutes"


# --- known browsers ----------------------------------------------------------------------------------

def known_browser(username: str) -> Client:
    """A browser where ``username`` signed in (and out again): it holds a device cookie for them."""
    browser = Client()
    assert post(browser, username, PASSWORD).status_code == 302
    assert settings.LOGIN_DEVICE_COOKIE_NAME in browser.cookies
    sign_out(browser)
    return browser


def lock_username_from_elsewhere(username: str):
    attacker = Client()
    for i in range(settings.LOGIN_THROTTLE_USERNAME_LIMIT):
        post(attacker, username, "wrong", address=f"10.9.{i // 4}.1")


def test_a_browser_that_signed_in_before_is_not_locked_out_by_guesses_elsewhere(users):
    own_browser = known_browser("sussex-editor")
    lock_username_from_elsewhere("sussex-editor")
    # From a new browser the username is locked; from the user's own browser, even at a new address, it is not.
    assert post(Client(), "sussex-editor", PASSWORD, address="10.2.0.2").status_code == 429
    assert post(own_browser, "sussex-editor", PASSWORD, address="10.2.0.3").status_code == 302


def test_a_device_cookie_is_for_its_username_only(users):
    browser = known_browser("inspector")
    lock_username_from_elsewhere("sussex-editor")
    assert post(browser, "sussex-editor", PASSWORD).status_code == 429


def test_a_forged_device_cookie_is_ignored(users):
    browser = known_browser("sussex-editor")
    value = browser.cookies[settings.LOGIN_DEVICE_COOKIE_NAME].value
    browser.cookies[settings.LOGIN_DEVICE_COOKIE_NAME] = value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB")
    lock_username_from_elsewhere("sussex-editor")
    assert post(browser, "sussex-editor", PASSWORD).status_code == 429


def test_a_known_browser_has_its_own_strict_limit(users):
    browser = known_browser("sussex-editor")
    for i in range(5):  # a stolen cookie used from five addresses: five guesses in all, not five per address
        post(browser, "sussex-editor", "wrong", address=f"10.3.0.{i}")
    assert SignInEvent.objects.filter(outcome="failure", detail="From a known browser").count() == 5
    # Its own count spent, the browser is treated as unknown: the username's lock-out applies to it again.
    lock_username_from_elsewhere("sussex-editor")
    assert post(browser, "sussex-editor", PASSWORD, address="10.3.1.1").status_code == 429


# --- the admin's sign-in ------------------------------------------------------------------------------

def test_the_admin_sign_in_is_throttled_too(users):
    client = Client()
    for _ in range(5):
        assert post(client, "inspector", "wrong", path=ADMIN_SIGN_IN).status_code == 200
    response = post(client, "inspector", PASSWORD, path=ADMIN_SIGN_IN)
    assert b"Too many failed attempts to sign in" in response.content
    assert "_auth_user_id" not in client.session
    # One count for both forms: the service's own sign-in page refuses as well.
    assert post(client, "inspector", PASSWORD).status_code == 429
    assert SignInEvent.objects.filter(outcome="failure", username="inspector").count() == 5
    assert SignInEvent.objects.filter(outcome="locked_out", username="inspector").count() == 2


def test_the_admin_sign_in_still_works(users):
    client = Client()
    response = post(client, "inspector", PASSWORD, path=ADMIN_SIGN_IN + "?next=/admin/")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


# --- password-reset requests --------------------------------------------------------------------------

def test_reset_requests_are_limited_per_email_and_per_address(db):
    assert [throttle.allow_reset_request("a@example.org", "10.4.0.1") for _ in range(4)] == [True, True, True, False]
    assert throttle.allow_reset_request("b@example.org", "10.4.0.1")
    for i in range(settings.PASSWORD_RESET_ADDRESS_LIMIT):
        throttle.allow_reset_request(f"c{i}@example.org", "10.4.0.2")
    assert not throttle.allow_reset_request("d@example.org", "10.4.0.2")


def test_the_admin_sign_in_admits_the_inspectorate_only(users):
    client = Client()
    response = post(client, "sussex-editor", PASSWORD, path=ADMIN_SIGN_IN)
    assert response.status_code == 200 and "_auth_user_id" not in client.session
