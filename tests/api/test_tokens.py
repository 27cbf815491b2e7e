"""API tokens on the API: ``Authorization: Bearer`` acts as the token's user, with that user's
permissions; bad tokens get 401, read-only tokens 403 on writes; no CSRF with a token, CSRF with a
session; every change made with a token names it in the history."""
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from rectrack.accounts import tokens
from rectrack.accounts.models import ApiToken, User
from rectrack.responses.models import Action
from tests.api.test_permissions import CASES, current_etag, fill, snapshot

pytestmark = pytest.mark.django_db

SIGNED_IN_ROLES = ["inspector", "sussex_editor", "liberty"]
USERS = {"inspector": "inspector", "sussex_editor": "sussex_editor", "liberty": "liberty"}


def make_token(user, access="read_write", name="Tracker", days=30) -> str:
    return tokens.create_token(user=user, name=name, access=access, days=days)[1]


def bearer(raw: str) -> Client:
    # enforce_csrf_checks: a token request must pass without any CSRF token.
    return Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {raw}"})


def patch(client, path, body, **headers):
    """A PATCH naming the current version (If-Match), as a careful client does."""
    return client.patch(path, body, content_type="application/json",
                        headers={"If-Match": current_etag(path), **headers})


@pytest.mark.parametrize("role", SIGNED_IN_ROLES)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_token_has_exactly_its_users_permissions(sample, users, role, case):
    _, method, path, body, expected = case
    client = bearer(make_token(getattr(users, USERS[role])))
    before = snapshot()
    kwargs = {"content_type": "application/json", "data": fill(body, sample)} if body is not None else {}
    if method in ("patch", "delete"):
        kwargs["headers"] = {"If-Match": current_etag(fill(path, sample))}
    response = getattr(client, method)(fill(path, sample), **kwargs)
    assert response.status_code == expected[role], response.content
    if response.status_code >= 400:
        assert snapshot() == before


def test_a_token_reads_what_its_user_sees(sample, users, client_for):
    session = client_for(users.sussex_editor).get("/api/responses", {"limit": 1000}).json()
    token = bearer(make_token(users.sussex_editor, access="read")).get("/api/responses", {"limit": 1000}).json()
    anonymous = Client().get("/api/responses", {"limit": 1000}).json()
    assert token == session
    assert {r["id"] for r in anonymous["items"]} < {r["id"] for r in token["items"]}  # drafts too


def test_a_read_write_token_writes_and_the_history_names_it(sample, users):
    client = bearer(make_token(users.sussex_editor, name="Sussex action tracker"))
    response = patch(client, f"/api/responses/{sample.sussex_1.pk}", {"progress": "in_progress"})
    assert response.status_code == 200, response.content
    latest = sample.sussex_1.history.first()
    assert latest.history_user == users.sussex_editor and latest.progress == "in_progress"
    assert latest.history_change_reason == "Edited through the API (through API token ‘Sussex action tracker’)"
    created = client.post("/api/actions", {"response": sample.sussex_1.pk, "description": "Train officers"},
                          content_type="application/json")
    assert created.status_code == 201
    action_history = Action.history.filter(id=created.json()["id"]).get()
    assert action_history.history_user == users.sussex_editor
    assert "API token ‘Sussex action tracker’" in action_history.history_change_reason


def test_a_long_change_reason_is_cut_but_the_token_is_still_named(users):
    token = ApiToken(name="x" * 40)
    reason = tokens.history_reason("Returned: " + "a very long comment " * 20, token)
    assert len(reason) <= 100 and reason.endswith(f"(through API token ‘{'x' * 40}’)")


def test_a_read_only_token_gets_403_on_writes_and_changes_nothing(sample, users):
    client = bearer(make_token(users.inspector, access="read"))
    before = snapshot()
    assert client.get(f"/api/responses/{sample.sussex_1.pk}").status_code == 200
    refused = [
        patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "Changed"}),
        client.post(
            "/api/actions", {"response": sample.sussex_1.pk, "description": "x"}, content_type="application/json"
        ),
        client.delete(f"/api/responses/{sample.sussex_4.pk}"),
    ]
    assert [r.status_code for r in refused] == [403, 403, 403]
    assert "read-only" in refused[0].json()["detail"]
    assert snapshot() == before


@pytest.mark.parametrize("spoil", ["revoked", "expired", "deactivated", "unknown", "malformed", "empty"])
def test_tokens_that_are_not_valid_get_401_on_reads_and_writes(sample, users, spoil):
    raw = make_token(users.sussex_editor)
    token = ApiToken.objects.get()
    if spoil == "revoked":
        tokens.revoke_token(user=users.sussex_editor, token=token)
    elif spoil == "expired":
        ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    elif spoil == "deactivated":
        User.objects.filter(pk=users.sussex_editor.pk).update(is_active=False)
    elif spoil == "unknown":
        raw = "rtk_" + "A" * 43
    elif spoil == "malformed":
        raw = raw + "' OR 1=1 --"
    elif spoil == "empty":
        raw = ""
    client = bearer(raw)
    before = snapshot()
    for response in [client.get("/api/responses"), client.get(f"/api/responses/{sample.sussex_1.pk}"),
                     patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "Changed"})]:
        assert response.status_code == 401, (spoil, response.content)
        assert response["WWW-Authenticate"] == 'Bearer error="invalid_token"'
        assert "not valid" in response.json()["detail"]
    assert snapshot() == before


def test_a_token_is_never_quietly_downgraded_to_the_session(sample, users, client_for):
    client = client_for(users.inspector)  # a signed-in session...
    response = client.get("/api/responses", headers={"Authorization": "Bearer rtk_" + "B" * 43})
    assert response.status_code == 401  # ...does not rescue a bad token


def test_other_authorization_schemes_are_not_tokens(sample):
    client = Client(headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert client.get("/api/responses").status_code == 200  # an anonymous read
    assert patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "x"}).status_code == 401


def test_session_writes_keep_the_csrf_check(sample, users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users.sussex_editor)
    refused = patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "Changed"})
    assert refused.status_code == 403
    client.get("/accounts/")  # sets the csrftoken cookie, as any page with a form does
    csrf = client.cookies["csrftoken"].value
    allowed = patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "Changed"}, X_CSRFToken=csrf)
    assert allowed.status_code == 200, allowed.content
    assert "API token" not in (sample.sussex_1.history.first().history_change_reason or "")


def test_token_writes_need_no_csrf_token(sample, users):
    client = bearer(make_token(users.sussex_editor))
    assert "csrftoken" not in client.cookies
    assert patch(client, f"/api/responses/{sample.sussex_1.pk}", {"narrative": "Changed"}).status_code == 200


def test_last_used_is_written_once_per_resolution_not_per_request(sample, users, django_assert_num_queries, settings):
    raw = make_token(users.liberty, access="read")
    client = bearer(raw)
    assert ApiToken.objects.get().last_used_at is None
    client.get("/api/organisations/liberty")
    first = ApiToken.objects.get().last_used_at
    assert first is not None
    with django_assert_num_queries(2):  # the token lookup and the organisation: no write
        client.get("/api/organisations/liberty")
    assert ApiToken.objects.get().last_used_at == first
    ApiToken.objects.update(last_used_at=first - timedelta(seconds=settings.API_TOKEN_LAST_USED_RESOLUTION_SECONDS))
    with django_assert_num_queries(3):  # lookup, one UPDATE, the organisation
        client.get("/api/organisations/liberty")
    assert ApiToken.objects.get().last_used_at > first


def test_the_openapi_document_describes_tokens(client):
    doc = client.get("/api/openapi.json").json()
    scheme = doc["components"]["securitySchemes"]["TokenAuth"]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    assert "Authorization: Bearer" in doc["info"]["description"]
    read = doc["paths"]["/api/responses"]["get"]["security"]
    write = doc["paths"]["/api/responses"]["post"]["security"]
    assert {"TokenAuth": []} in read and {} in read  # optional: anonymous reads work
    assert {"TokenAuth": []} in write and {} not in write
    assert "401" in doc["paths"]["/api/responses"]["get"]["responses"]
