"""Sign-in through /accounts/sign-in/: the throttle as people meet it, and argon2.

The limits (settings): 5 failures per (username, address) pair and per known browser, 20 per username
from unknown browsers, 100 per address, within a 15-minute window (ADR 0009).
"""
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.urls import reverse

from rectrack.accounts.models import ThrottleBucket, User
from tests.support.users import PASSWORD, make_user

SIGN_IN = "/accounts/sign-in/"
ARGON2_FIRST = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]


def post(client, username, password, address="10.0.0.1"):
    return client.post(SIGN_IN, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, username, times, address="10.0.0.1"):
    for _ in range(times):
        assert post(client, username, "wrong-password", address).status_code == 200


def test_sign_in_url_is_stable():
    assert reverse("accounts:login") == SIGN_IN


def test_limits_are_as_documented():
    assert (settings.LOGIN_THROTTLE_LIMIT, settings.LOGIN_THROTTLE_USERNAME_LIMIT,
            settings.LOGIN_THROTTLE_ADDRESS_LIMIT, settings.LOGIN_THROTTLE_WINDOW_SECONDS) == (5, 20, 100, 900)


def test_signing_in_redirects_and_authenticates(users, client):
    response = post(client, "sussex-editor", PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse(settings.LOGIN_REDIRECT_URL)
    assert int(client.session["_auth_user_id"]) == users.sussex_editor.pk


def test_wrong_password_shows_the_error_summary(users, client):
    response = post(client, "sussex-editor", "not-the-password")
    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert "_auth_user_id" not in client.session


def test_sign_in_page_links_to_password_reset(client, db):
    assert reverse("accounts:password_reset").encode() in client.get(SIGN_IN).content


def test_locked_out_after_five_failures_even_with_the_right_password(users, client):
    fail(client, "sussex-editor", 5)
    response = post(client, "sussex-editor", PASSWORD)
    assert response.status_code == 429
    assert b"Too many failed attempts to sign in. Wait 15 minutes" in response.content
    assert "_auth_user_id" not in client.session


def test_four_failures_then_success_resets_the_count(users, client):
    fail(client, "sussex-editor", 4)
    assert post(client, "sussex-editor", PASSWORD).status_code == 302
    client.logout()
    fail(client, "sussex-editor", 4)
    assert post(client, "sussex-editor", PASSWORD).status_code == 302


def test_a_locked_pair_does_not_lock_the_user_elsewhere_or_others_here(users, client):
    fail(client, "sussex-editor", 5, address="10.0.1.1")
    assert post(client, "sussex-editor", PASSWORD, address="10.0.1.1").status_code == 429
    assert post(client, "sussex-editor", PASSWORD, address="10.0.1.2").status_code == 302
    client.logout()
    # A colleague behind the same address (one office, one proxy) is not locked out.
    assert post(client, "inspector", PASSWORD, address="10.0.1.1").status_code == 302


def test_guessing_one_username_from_many_addresses_hits_the_username_limit(users, client):
    for i in range(20):  # four addresses, each under the pair limit
        post(client, "sussex-editor", "wrong-password", address=f"10.0.2.{i // 4}")
    assert post(client, "sussex-editor", PASSWORD, address="10.0.3.1").status_code == 429
    assert post(client, "inspector", PASSWORD, address="10.0.3.1").status_code == 302


def test_one_address_trying_many_usernames_hits_the_address_limit(users, client):
    for i in range(100):
        post(client, f"guess-{i}", "wrong-password", address="10.0.4.4")
    assert post(client, "inspector", PASSWORD, address="10.0.4.4").status_code == 429
    assert post(client, "inspector", PASSWORD, address="10.0.4.5").status_code == 302


def test_username_case_does_not_dodge_the_lock_out(users, client):
    for name in ["Sussex-Editor", "SUSSEX-EDITOR", "sussex-EDITOR", "sussex-editor", "Sussex-editor"]:
        post(client, name, "wrong-password", address="10.0.5.5")
    assert post(client, "sussex-editor", PASSWORD, address="10.0.5.5").status_code == 429


def test_every_lock_out_ends_when_its_window_ends(users, client):
    fail(client, "sussex-editor", 5)
    assert post(client, "sussex-editor", PASSWORD).status_code == 429
    ThrottleBucket.objects.update(window_started=ThrottleBucket.objects.first().window_started
                                  - timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS))
    assert post(client, "sussex-editor", PASSWORD).status_code == 302


def test_refused_attempts_do_not_reach_the_password_check(users, client, monkeypatch):
    fail(client, "sussex-editor", 5)
    checked = []
    monkeypatch.setattr(User, "check_password", lambda self, raw: checked.append(raw) or True)
    assert post(client, "sussex-editor", PASSWORD).status_code == 429
    assert checked == []


@pytest.fixture
def argon2_first(settings):
    settings.PASSWORD_HASHERS = ARGON2_FIRST


def test_passwords_are_hashed_with_argon2(argon2_first, reference_data):
    user = make_user("hashed", "inspectorate")
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


def test_older_pbkdf2_hashes_are_upgraded_to_argon2_at_sign_in(argon2_first, reference_data, client):
    user = make_user("legacy", "inspectorate")
    User.objects.filter(pk=user.pk).update(password=make_password(PASSWORD, hasher="pbkdf2_sha256"))
    assert post(client, "legacy", PASSWORD).status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$")
