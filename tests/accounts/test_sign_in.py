"""Sign-in: the throttle (5 failures, then HTTP 429 for the username and the address) and argon2."""
import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.urls import reverse

from rectrack.accounts.models import User
from tests.support.users import PASSWORD, make_user

SIGN_IN = "/accounts/sign-in/"
ARGON2_FIRST = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]


def post(client, username, password, address="10.0.0.1"):
    return client.post(SIGN_IN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_sign_in_url_is_stable():
    assert reverse("accounts:login") == SIGN_IN


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


def test_locked_out_after_five_failures_even_with_the_right_password(users, client):
    assert settings.LOGIN_THROTTLE_LIMIT == 5
    for _ in range(5):
        assert post(client, "sussex-editor", "wrong-password").status_code == 200
    response = post(client, "sussex-editor", PASSWORD)
    assert response.status_code == 429
    assert b"Too many failed attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_four_failures_then_success_resets_the_count(users, client):
    for _ in range(4):
        post(client, "sussex-editor", "wrong-password")
    assert post(client, "sussex-editor", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert post(client, "sussex-editor", "wrong-password").status_code == 200
    assert post(client, "sussex-editor", PASSWORD).status_code == 302


def test_lock_out_is_per_username_across_addresses(users, client):
    for i in range(5):
        post(client, "sussex-editor", "wrong-password", address=f"10.0.1.{i}")
    assert post(client, "sussex-editor", PASSWORD, address="10.0.2.1").status_code == 429
    assert post(client, "inspector", PASSWORD, address="10.0.2.1").status_code == 302


def test_lock_out_is_per_address_across_usernames(users, client):
    for i in range(5):
        post(client, f"guess-{i}", "wrong-password", address="10.0.3.3")
    assert post(client, "inspector", PASSWORD, address="10.0.3.3").status_code == 429
    assert post(client, "inspector", PASSWORD, address="10.0.3.4").status_code == 302


def test_username_case_does_not_dodge_the_lock_out(users, client):
    for i, name in enumerate(["Sussex-Editor", "SUSSEX-EDITOR", "sussex-EDITOR", "sussex-editor", "Sussex-editor"]):
        post(client, name, "wrong-password", address=f"10.0.4.{i}")
    assert post(client, "sussex-editor", PASSWORD, address="10.0.4.200").status_code == 429


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
