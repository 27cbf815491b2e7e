"""'Your API tokens': create (hashed at rest, shown once), list, revoke; each user sees only their own."""
import hashlib
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from rectrack.accounts import tokens
from rectrack.accounts.models import ApiToken, SignInEvent

PAGE = "/accounts/api-tokens/"


def create(client, **data):
    return client.post(PAGE, {"name": "Sussex tracker", "access": "read_write", "days": "90", **data})


def test_the_page_needs_a_signed_in_user(client, db):
    assert client.get(PAGE).status_code == 302


def test_a_new_token_is_shown_once_and_stored_hashed(users, client_for):
    client = client_for(users.sussex_editor)
    response = create(client)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    raw = response.context["raw"]
    assert raw.startswith("rtk_") and len(raw) == 47
    assert raw in response.content.decode()
    token = ApiToken.objects.get()
    assert token.user == users.sussex_editor and token.access == "read_write" and token.name == "Sussex tracker"
    assert token.digest == hashlib.sha256(raw.encode()).hexdigest()
    stored = " ".join(str(v) for v in ApiToken.objects.values().get().values())
    assert raw not in stored and raw[len(token.prefix):] not in stored
    assert abs(token.expires_at - (timezone.now() + timedelta(days=90))) < timedelta(minutes=1)
    # Never again: not on the list, not in the session.
    listing = client.get(PAGE).content.decode()
    assert "Sussex tracker" in listing and token.prefix in listing and raw not in listing
    assert raw not in str(dict(client.session))
    assert SignInEvent.objects.filter(outcome="token_created", user=users.sussex_editor).exists()


@pytest.mark.parametrize("data, field", [
    ({"name": ""}, "name"),
    ({"name": "x" * 41}, "name"),
    ({"name": "bad\x07name"}, "name"),
    ({"access": "admin"}, "access"),
    ({"days": "3650"}, "days"),
    ({"days": "soon"}, "days"),
])
def test_bad_input_is_refused_and_creates_nothing(users, client_for, data, field):
    response = create(client_for(users.sussex_editor), **data)
    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert field in response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_expiry_is_required_and_bounded(users, settings):
    settings.API_TOKEN_MAX_DAYS = 30
    assert tokens.expiry_choices() == [7, 30]
    with pytest.raises(ValidationError):
        tokens.create_token(user=users.sussex_editor, name="x", access="read", days=90)
    settings.API_TOKEN_MAX_DAYS = 45
    assert tokens.expiry_choices() == [7, 30, 45]


def test_names_are_unique_among_live_tokens(users, client_for):
    client = client_for(users.sussex_editor)
    create(client)
    again = create(client)
    assert (
        again.status_code == 200 and "raw" not in again.context and b"You already have a token called" in again.content
    )
    tokens.revoke_token(user=users.sussex_editor, token=ApiToken.objects.get())
    assert "raw" in create(client).context
    assert "raw" in create(client_for(users.northumbria_editor)).context  # another user's name space
    assert ApiToken.objects.filter(name="Sussex tracker").count() == 3


def test_the_number_of_live_tokens_is_bounded(users, settings):
    settings.API_TOKEN_MAX_PER_USER = 2
    for name in ["a", "b"]:
        tokens.create_token(user=users.liberty, name=name, access="read", days=7)
    with pytest.raises(ValidationError, match="revoke one"):
        tokens.create_token(user=users.liberty, name="c", access="read", days=7)


def test_revoking_asks_first_then_revokes(users, client_for):
    client = client_for(users.sussex_editor)
    create(client)
    token = ApiToken.objects.get()
    url = f"/accounts/api-tokens/{token.pk}/revoke/"
    confirm = client.get(url)
    assert confirm.status_code == 200 and b"Revoke the API token" in confirm.content
    token.refresh_from_db()
    assert token.revoked_at is None
    done = client.post(url, follow=True)
    assert b"has been revoked" in done.content
    token.refresh_from_db()
    assert token.revoked_at is not None and token.status() == "revoked"
    assert client.post(url).status_code == 404  # already revoked
    assert SignInEvent.objects.filter(outcome="token_revoked").count() == 1


def test_nobody_can_see_or_revoke_another_users_token(users, client_for):
    create(client_for(users.sussex_editor))
    token = ApiToken.objects.get()
    other = client_for(users.inspector)
    assert b"Sussex tracker" not in other.get(PAGE).content
    assert other.get(f"/accounts/api-tokens/{token.pk}/revoke/").status_code == 404
    assert other.post(f"/accounts/api-tokens/{token.pk}/revoke/").status_code == 404
    with pytest.raises(PermissionDenied):
        tokens.revoke_token(user=users.inspector, token=token)
    token.refresh_from_db()
    assert token.revoked_at is None


def test_the_list_shows_expired_tokens_as_expired(users, client_for):
    token, _ = tokens.create_token(user=users.sussex_editor, name="Old", access="read", days=7)
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(days=1))
    html = client_for(users.sussex_editor).get(PAGE).content.decode()
    assert "Expired" in html


def test_token_names_are_escaped(users, client_for):
    client = client_for(users.sussex_editor)
    create(client, name="<b>bold</b>")
    html = client.get(PAGE).content.decode()
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


def test_inspectorate_can_revoke_any_token_in_the_admin(users, client_for):
    token, _ = tokens.create_token(user=users.sussex_editor, name="Leaked", access="read_write", days=30)
    client = client_for(users.inspector)
    listing = client.get("/admin/accounts/apitoken/")
    assert listing.status_code == 200 and token.digest not in listing.content.decode()
    client.post("/admin/accounts/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client_for(users.sussex_editor).get("/admin/accounts/apitoken/").status_code == 302
