"""API reads: every resource, stable ids, filters, pagination, and what anonymous users may see."""
import pytest

from rectrack.responses.models import Response

pytestmark = pytest.mark.django_db


def ids(data):
    return {item["id"] for item in data["items"]}


def test_openapi_document_is_served(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    doc = response.json()
    assert doc["info"]["title"] == "rectrack API"
    assert doc["info"]["version"] == "1"
    assert client.get("/api/docs").status_code == 200


def test_super_complaints(sample, client):
    data = client.get("/api/super-complaints").json()
    slugs = [item["slug"] for item in data["items"]]
    assert slugs[0] == "safe-to-share" and data["count"] == len(slugs)
    one = client.get("/api/super-complaints/safe-to-share").json()
    assert one["designated_bodies"] == ["liberty", "southall-black-sisters"]
    assert one["recommendation_count"] == 8
    assert client.get("/api/super-complaints/no-such-thing").status_code == 404


def test_super_complaints_scoped_to_an_organisation(sample, client):
    data = client.get("/api/super-complaints", {"organisation": "home-office", "recommendation": "2"}).json()
    assert "safe-to-share" in [item["slug"] for item in data["items"]]


def test_recommendations(sample, client):
    data = client.get("/api/recommendations", {"super_complaint": "safe-to-share"}).json()
    assert [item["number"] for item in data["items"]] == [str(n) for n in range(1, 9)]
    assert all(item["super_complaint"] == "safe-to-share" for item in data["items"])
    one = client.get("/api/recommendations/safe-to-share/3").json()
    assert one["number"] == "3" and "home_office" in one["recipient_classes"]
    assert client.get("/api/recommendations/safe-to-share/99").status_code == 404
    # Addressed to a PCC: 5, 6 and 8 of the first report.
    pcc = client.get("/api/recommendations", {"super_complaint": "safe-to-share", "organisation": "sussex-pcc"}).json()
    assert [item["number"] for item in pcc["items"]] == ["5", "6", "8"]


def test_organisations(sample, client):
    one = client.get("/api/organisations/sussex-pcc").json()
    assert one == {**one, "id": "sussex-pcc", "kind": "policing_body", "oversees": "sussex-police"}
    assert client.get("/api/organisations/atlantis-police").status_code == 404
    owed = client.get("/api/organisations", {"super_complaint": "safe-to-share", "recommendation": "2"}).json()
    assert [item["id"] for item in owed["items"]] == ["home-office"]


def test_pagination_limit_and_offset(sample, client):
    everything = client.get("/api/organisations", {"limit": 1000}).json()
    page = client.get("/api/organisations", {"limit": 5, "offset": 10}).json()
    assert page["count"] == everything["count"] > 15
    assert page["items"] == everything["items"][10:15]
    for bad in ({"limit": 0}, {"limit": 5000}, {"offset": -1}, {"limit": "ten"}):
        response = client.get("/api/organisations", bad)
        assert response.status_code == 422, bad
        assert response.json()["errors"][0]["field"] in {"limit", "offset"}


def test_anonymous_sees_published_responses_only(sample, client):
    data = client.get("/api/responses").json()
    assert ids(data) == {r.pk for r in sample.published}
    assert client.get(f"/api/responses/{sample.sussex_4.pk}").status_code == 404
    actions = client.get("/api/actions").json()
    assert ids(actions) == {sample.action_1.pk, sample.action_2.pk}
    assert client.get(f"/api/actions/{sample.draft_action.pk}").status_code == 404


@pytest.mark.parametrize("role", ["inspector", "sussex_editor"])
def test_the_organisation_and_the_inspectorate_see_its_working_copies(sample, api_client, role):
    client = api_client(role)
    assert ids(client.get("/api/responses").json()) == set(Response.objects.values_list("pk", flat=True))
    assert client.get(f"/api/responses/{sample.sussex_4.pk}").json()["state"] == "draft"
    assert client.get(f"/api/actions/{sample.draft_action.pk}").status_code == 200


@pytest.mark.parametrize("role", ["northumbria_editor", "liberty"])
def test_other_signed_in_roles_see_published_versions_only(sample, api_client, role):
    client = api_client(role)
    listed = ids(client.get("/api/responses").json())
    assert sample.sussex_4.pk not in listed and sample.sussex_1.pk in listed
    assert client.get(f"/api/responses/{sample.sussex_4.pk}").status_code == 404
    assert client.get(f"/api/actions/{sample.draft_action.pk}").status_code == 404


def test_response_carries_stable_ids_and_vocabulary(sample, client):
    body = client.get(f"/api/responses/{sample.northumbria_5.pk}").json()
    assert body == {
        **body,
        "id": sample.northumbria_5.pk,
        "super_complaint": "safe-to-share",
        "recommendation": "5",
        "organisation": "northumbria-police",
        "organisation_name": "Northumbria Police",
        "counts_for": ["northumbria-pcc"],
        "position": "accepted",
        "progress": "in_progress",
        "state": "published",
        "assessment": "not_assessed",
    }


@pytest.mark.parametrize("params, expected", [
    ({"super_complaint": "safe-to-share"}, {"sussex_1", "northumbria_1", "northumbria_5", "sussex_4"}),
    ({"super_complaint": "stalking"}, set()),
    ({"recommendation": "1"}, {"sussex_1", "northumbria_1"}),
    ({"organisation": "sussex-police"}, {"sussex_1", "sussex_4"}),
    ({"organisation": "northumbria-pcc"}, {"northumbria_5"}),  # the joint response counts for the PCC
    ({"progress": "awaiting_national"}, {"northumbria_1"}),
    ({"position": "partially_accepted"}, {"northumbria_1"}),
    ({"progress": "in_progress", "organisation": "sussex-police"}, {"sussex_4"}),
])
def test_response_filters(sample, api_client, params, expected):
    data = api_client("inspector").get("/api/responses", params).json()
    assert ids(data) == {getattr(sample, name).pk for name in expected}
    assert data["count"] == len(expected)


def test_unknown_vocabulary_in_a_filter_is_422(sample, client):
    response = client.get("/api/responses", {"progress": "finished"})
    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["field"] == "progress"
    assert "progress" in body["detail"]


def test_action_filters(sample, api_client):
    client = api_client("inspector")
    assert ids(client.get("/api/actions", {"response": sample.sussex_4.pk}).json()) == {sample.draft_action.pk}
    assert ids(client.get("/api/actions", {"status": "complete"}).json()) == {sample.action_1.pk}
    assert ids(client.get("/api/actions", {"organisation": "northumbria-police"}).json()) == set()
    one = client.get(f"/api/actions/{sample.action_1.pk}").json()
    assert one == {**one, "response": sample.sussex_1.pk, "super_complaint": "safe-to-share", "recommendation": "1",
                   "organisation": "sussex-police", "due_date": "2021-03-01", "completed_on": "2021-02-20"}


def test_matrix(sample, client):
    data = client.get("/api/super-complaints/safe-to-share/matrix").json()
    assert data["recommendations"] == [str(n) for n in range(1, 9)]
    rows = {row["organisation"]: row for row in data["rows"]}
    assert rows["sussex-police"]["cells"]["1"] == "complete"
    assert rows["sussex-police"]["cells"]["4"] == "no_response"  # the draft is not public
    assert rows["sussex-police"]["cells"]["2"] == ""  # not owed
    assert rows["northumbria-pcc"]["cells"]["5"] == "in_progress"  # joint
    scoped = client.get("/api/super-complaints/safe-to-share/matrix",
                        {"recommendation": "1", "organisation": "sussex-police"}).json()
    assert scoped["recommendations"] == ["1"]
    assert [row["cells"] for row in scoped["rows"]] == [{"1": "complete"}]
    assert client.get("/api/super-complaints/nope/matrix").status_code == 404


def test_list_query_count_is_constant(sample, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        assert client.get("/api/responses").status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get("/api/actions").status_code == 200


def test_docs_page_csp_allows_swagger_styles_but_no_foreign_scripts(client):
    response = client.get("/api/docs")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_docs_page_uses_local_swagger_assets(client):
    # With 'ninja' installed the docs use its bundled Swagger UI, not a CDN that the CSP would block.
    content = client.get("/api/docs").content
    assert b"ninja/swagger-ui-bundle.js" in content
    assert b"cdn." not in content
