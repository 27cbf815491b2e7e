"""API writes through the services: created/changed/deleted as on the pages; bad input -> 422 and nothing saved."""
import pytest
from django.test import Client

from rectrack.responses.models import Action, JointLink, Response
from tests.api.test_permissions import current_etag, snapshot

pytestmark = pytest.mark.django_db

NEW = {"super_complaint": "safe-to-share", "recommendation": "5", "organisation": "sussex-police"}


def post(client, path, body):
    return client.post(path, body, content_type="application/json")


def patch(client, path, body):
    """A PATCH that names the current version (If-Match), as a careful client does."""
    return client.patch(path, body, content_type="application/json", headers={"If-Match": current_etag(path)})


def delete(client, path):
    return client.delete(path, headers={"If-Match": current_etag(path)})


def test_create_response_with_joint_recipient(sample, api_client):
    body = {**NEW, "position": "accepted", "progress": "in_progress", "narrative": "Joint with the PCC.",
            "as_of": "2021-07-01", "local_ref": "S-5", "owner": "ACC", "governance_board": "VAWG board",
            "counts_for": ["sussex-pcc"]}
    response = post(api_client("sussex_editor"), "/api/responses", body)
    assert response.status_code == 201, response.content
    out = response.json()
    # The PCC has not agreed yet: the response does not count for it until it does.
    assert out == {**out, **body, "counts_for": [], "state": "draft", "source": "typed"}
    assert response.headers["ETag"] == f'"{out["id"]}-1"'
    link = JointLink.objects.get(response_id=out["id"])
    assert (link.organisation_id, link.status) == ("sussex-pcc", "pending")


def test_patch_changes_only_the_fields_sent(sample, api_client):
    response = patch(api_client("sussex_editor"), f"/api/responses/{sample.sussex_1.pk}",
                     {"progress": "in_progress", "as_of": None})
    assert response.status_code == 200
    sample.sussex_1.refresh_from_db()
    assert sample.sussex_1.progress == "in_progress"
    assert sample.sussex_1.as_of is None
    assert sample.sussex_1.narrative == "We stopped sharing."  # untouched


def test_inspector_deletes_a_response(sample, api_client):
    response = delete(api_client("inspector"), f"/api/responses/{sample.sussex_4.pk}")
    assert response.status_code == 204
    assert not Response.objects.filter(pk=sample.sussex_4.pk).exists()


def test_action_lifecycle(sample, api_client):
    client = api_client("sussex_editor")
    created = post(client, "/api/actions", {"response": sample.sussex_4.pk, "description": "Map local services",
                                            "due_date": "2021-09-30"})
    assert created.status_code == 201, created.content
    action_id = created.json()["id"]
    assert created.json()["status"] == "not_started"
    done = patch(client, f"/api/actions/{action_id}", {"status": "complete"})
    assert done.status_code == 200
    assert done.json()["completed_on"]  # the service dates a completed action
    assert delete(client, f"/api/actions/{action_id}").status_code == 204
    assert not Action.objects.filter(pk=action_id).exists()


BAD_CREATES = [
    ({**NEW, "progress": "done"}, "progress"),
    ({**NEW, "position": "agreed"}, "position"),
    ({**NEW, "as_of": "2021-13-45"}, "as_of"),
    ({**NEW, "as_of": "last tuesday"}, "as_of"),
    ({**NEW, "organisation": "atlantis-police"}, "organisation"),
    ({**NEW, "super_complaint": "no-such-report"}, "super_complaint"),
    ({**NEW, "recommendation": "99"}, "recommendation"),
    ({**NEW, "recommendation": "2"}, ""),  # wrong recipient: recommendation 2 is for the Home Office
    ({**NEW, "organisation": "home-office"}, ""),  # wrong recipient the other way round
    ({**NEW, "counts_for": ["atlantis-pcc"]}, "counts_for"),
    # Northumbria's PCC owes 5 but already counts under Northumbria Police's joint response.
    ({**NEW, "counts_for": ["northumbria-pcc"]}, "counts_for"),
    ({**NEW, "state": "published"}, "state"),  # publishing is the workflow's job
    ({"recommendation": "5", "organisation": "sussex-police"}, "super_complaint"),
    ({**NEW, "recommendation": "1"}, ""),  # Sussex already has a response to 1
]


@pytest.mark.parametrize("body, field", BAD_CREATES)
def test_bad_create_is_422_with_a_message_and_saves_nothing(sample, api_client, body, field):
    before = snapshot()
    response = post(api_client("inspector"), "/api/responses", body)
    assert response.status_code == 422, response.content
    out = response.json()
    assert out["detail"] and out["errors"]
    assert field in [e["field"] for e in out["errors"]]
    assert snapshot() == before


def test_wrong_recipient_message_is_clear(sample, api_client):
    out = post(api_client("inspector"), "/api/responses", {**NEW, "organisation": "home-office"}).json()
    assert out["detail"] == "Home Office does not owe a response to recommendation 5."


@pytest.mark.parametrize("body, field", [
    ({"progress": "finished"}, "progress"),
    ({"as_of": "2021-02-30"}, "as_of"),
    ({"narrative": None}, "narrative"),
    ({"state": "published"}, "state"),
    ({"counts_for": ["nowhere"]}, "counts_for"),
    ({"owner": "x" * 201}, "owner"),
])
def test_bad_patch_is_422_and_changes_nothing(sample, api_client, body, field):
    before = snapshot()
    response = patch(api_client("inspector"), f"/api/responses/{sample.sussex_1.pk}", body)
    assert response.status_code == 422, response.content
    assert field in [e["field"] for e in response.json()["errors"]]
    assert snapshot() == before


@pytest.mark.parametrize("body, field", [
    ({"response": 999999, "description": "x"}, "response"),
    ({"description": "x"}, "response"),
    ({"response": "{sussex_1}", "description": ""}, "description"),
    ({"response": "{sussex_1}", "description": "x", "status": "stalled"}, "status"),
    ({"response": "{sussex_1}", "description": "x", "due_date": "31/12/2021"}, "due_date"),
    ({"response": "{sussex_1}", "description": "x", "completed_on": "2021-01-01"}, "completed_on"),
])
def test_bad_action_is_422_and_saves_nothing(sample, api_client, body, field):
    if body.get("response") == "{sussex_1}":
        body = {**body, "response": sample.sussex_1.pk}
    before = snapshot()
    response = post(api_client("inspector"), "/api/actions", body)
    assert response.status_code == 422, response.content
    assert field in [e["field"] for e in response.json()["errors"]]
    assert snapshot() == before


def test_malformed_json_is_400(sample, api_client):
    response = api_client("inspector").post("/api/responses", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"]


def test_post_without_csrf_token_is_refused(sample, users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users.inspector)
    before = snapshot()
    response = post(client, "/api/responses", NEW)
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert snapshot() == before


def test_post_with_csrf_token_is_accepted(sample, users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users.inspector)
    token = "k" * 32
    client.cookies["csrftoken"] = token
    response = client.post("/api/responses", NEW, content_type="application/json", headers={"X-CSRFToken": token})
    assert response.status_code == 201, response.content


def test_anonymous_write_is_401_and_reads_stay_open(sample, client):
    assert post(client, "/api/responses", NEW).status_code == 401
    assert client.get("/api/responses").status_code == 200
