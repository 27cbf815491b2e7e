"""Password change (signed in) and reset by email: GOV.UK pages, no user enumeration, one-use links."""
import re

import pytest
from django.core import mail
from django.test import Client

from rectrack.accounts.models import SignInEvent, User
from tests.support.users import PASSWORD

NEW_PASSWORD = "a-brand-new-pass-phrase-2026"
RESET = "/accounts/password-reset/"


@pytest.fixture
def editor(users):
    users.sussex_editor.email = "editor@sussex.example"
    users.sussex_editor.save()
    return users.sussex_editor


# --- change ---------------------------------------------------------------------------------------

def test_changing_the_password_needs_a_signed_in_user(client, db):
    response = client.get("/accounts/password/")
    assert response.status_code == 302 and response.url.startswith("/accounts/sign-in/")


def test_wrong_current_password_changes_nothing(editor, client_for):
    client = client_for(editor)
    response = client.post("/accounts/password/", {"old_password": "wrong", "new_password1": NEW_PASSWORD,
                                                   "new_password2": NEW_PASSWORD})
    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content and b"govuk-input--error" in response.content
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
    assert not SignInEvent.objects.filter(outcome="password_changed").exists()


def test_a_weak_new_password_is_refused_with_a_plain_hint(editor, client_for):
    client = client_for(editor)
    page = client.get("/accounts/password/").content.decode()
    assert "must contain at least 10 characters" in page and "<ul><li>" not in page
    response = client.post("/accounts/password/", {"old_password": PASSWORD, "new_password1": "12345",
                                                   "new_password2": "12345"})
    assert response.status_code == 200 and b"This password is too short" in response.content
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)


def test_changing_the_password_keeps_this_session_and_ends_the_others(editor, client_for):
    here, elsewhere = client_for(editor), client_for(editor)
    response = here.post("/accounts/password/", {"old_password": PASSWORD, "new_password1": NEW_PASSWORD,
                                                 "new_password2": NEW_PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/"
    assert b"Your password has been changed" in response.content
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)
    assert here.get("/accounts/").status_code == 200
    assert elsewhere.get("/accounts/").status_code == 302  # signed out
    event = SignInEvent.objects.get(outcome="password_changed")
    assert event.user == editor


# --- reset ----------------------------------------------------------------------------------------

def reset_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", message.body).group(1)


def test_reset_by_email_link_works_once(editor):
    client = Client()
    response = client.post(RESET, {"email": "editor@sussex.example"})
    assert response.status_code == 302 and response.url == "/accounts/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["editor@sussex.example"] and message.subject == "Reset your rectrack password"
    assert "sussex-editor" in message.body and "60 minutes" in message.body
    link = reset_link(message)

    form_page = client.get(link, follow=True)
    assert b"Choose a new password" in form_page.content
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done.url == "/accounts/password-reset/done/"
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)

    again = Client().get(link, follow=True)
    assert b"This link does not work" in again.content
    assert b"new_password1" not in again.content
    assert [e.outcome for e in SignInEvent.objects.order_by("pk")] == ["reset_requested", "password_reset"]


def test_reset_page_looks_the_same_for_an_unknown_address(editor):
    known = Client().post(RESET, {"email": "editor@sussex.example"})
    unknown = Client().post(RESET, {"email": "nobody@example.org"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert len(mail.outbox) == 1
    page = Client().get(known.url).content.decode()
    assert "If the address you entered belongs to a rectrack account" in page
    event = SignInEvent.objects.get(username="nobody@example.org")
    assert event.outcome == "reset_requested" and event.user is None and "No active account" in event.detail


def test_reset_requests_are_throttled_silently(editor):
    client = Client()
    responses = [client.post(RESET, {"email": "editor@sussex.example"}) for _ in range(4)]
    assert {(r.status_code, r.url) for r in responses} == {(302, "/accounts/password-reset/sent/")}
    assert len(mail.outbox) == 3
    assert SignInEvent.objects.filter(outcome="reset_refused", user=editor).count() == 1


def test_bad_reset_input_shows_a_govuk_error(db):
    response = Client().post(RESET, {"email": "not an address"})
    assert response.status_code == 200
    assert b"Enter an email address in the correct format" in response.content
    assert len(mail.outbox) == 0


def test_a_tampered_link_does_not_work(editor):
    Client().post(RESET, {"email": "editor@sussex.example"})
    link = reset_link(mail.outbox[0])
    tampered = link[:-3] + ("x" if link[-3] != "x" else "y") + link[-2:]
    assert b"This link does not work" in Client().get(tampered, follow=True).content


def test_a_reset_lifts_the_lock_out(editor):
    client = Client()
    for _ in range(5):
        client.post("/accounts/sign-in/", {"username": "sussex-editor", "password": "wrong"})
    assert client.post("/accounts/sign-in/", {"username": "sussex-editor", "password": PASSWORD}).status_code == 429
    client.post(RESET, {"email": "editor@sussex.example"})
    set_url = client.get(reset_link(mail.outbox[0]), follow=True).redirect_chain[-1][0]
    client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    response = client.post("/accounts/sign-in/", {"username": "sussex-editor", "password": NEW_PASSWORD})
    assert response.status_code == 302


def test_deactivated_users_get_no_reset_email(editor):
    User.objects.filter(pk=editor.pk).update(is_active=False)
    Client().post(RESET, {"email": "editor@sussex.example"})
    assert len(mail.outbox) == 0
