"""Permission matrix: every API operation x every role, with the status each must get.

Roles: anonymous, inspectorate, Sussex Police editor, Northumbria Police editor, Liberty (designated body).
A refused write must leave the data exactly as it was.
"""
import pytest

from rectrack.api.api import api
from rectrack.responses.models import Action, Response

ROLES = ["anonymous", "inspector", "sussex_editor", "northumbria_editor", "liberty"]
ALL_200 = dict.fromkeys(ROLES, 200)
# A working copy is read by its own organisation and the inspectorate only: others do not find it.
SUSSEX_ONLY = {"anonymous": 404, "inspector": 200, "sussex_editor": 200, "northumbria_editor": 404, "liberty": 404}
SUSSEX_WRITE = {"anonymous": 401, "inspector": 200, "sussex_editor": 200, "northumbria_editor": 403, "liberty": 403}
SUSSEX_WRITE_UNPUBLISHED = {**SUSSEX_WRITE, "northumbria_editor": 404, "liberty": 404}


def created(status):
    return {role: 201 if code == 200 else code for role, code in status.items()}


# (operation, method, path template, body, expected status per role)
CASES = [
    ("list_super_complaints", "get", "/api/super-complaints", None, ALL_200),
    ("get_super_complaint", "get", "/api/super-complaints/safe-to-share", None, ALL_200),
    ("get_timeline", "get", "/api/super-complaints/safe-to-share/timeline", None, ALL_200),
    ("get_matrix", "get", "/api/super-complaints/safe-to-share/matrix", None, ALL_200),
    ("list_recommendations", "get", "/api/recommendations", None, ALL_200),
    ("get_recommendation", "get", "/api/recommendations/safe-to-share/1", None, ALL_200),
    ("list_organisations", "get", "/api/organisations", None, ALL_200),
    ("get_organisation", "get", "/api/organisations/sussex-police", None, ALL_200),
    ("list_responses", "get", "/api/responses", None, ALL_200),
    ("get_response", "get", "/api/responses/{sussex_1}", None, ALL_200),
    ("get_response:unpublished", "get", "/api/responses/{sussex_4}", None, SUSSEX_ONLY),
    (
        "create_response",
        "post",
        "/api/responses",
        {
            "super_complaint": "safe-to-share",
            "recommendation": "5",
            "organisation": "sussex-police",
            "progress": "in_progress",
        },
        created(SUSSEX_WRITE),
    ),
    ("update_response", "patch", "/api/responses/{sussex_1}", {"narrative": "Changed."}, SUSSEX_WRITE),
    ("update_response:unpublished", "patch", "/api/responses/{sussex_4}", {"progress": "complete"},
     SUSSEX_WRITE_UNPUBLISHED),
    ("delete_response", "delete", "/api/responses/{sussex_1}", None,
     {"anonymous": 401, "inspector": 204, "sussex_editor": 403, "northumbria_editor": 403, "liberty": 403}),
    ("search_record", "get", "/api/search?q=sussex", None, ALL_200),
    ("list_actions", "get", "/api/actions", None, ALL_200),
    ("get_action", "get", "/api/actions/{action_1}", None, ALL_200),
    ("get_action:unpublished", "get", "/api/actions/{draft_action}", None, SUSSEX_ONLY),
    (
        "create_action",
        "post",
        "/api/actions",
        {"response": "{sussex_1}", "description": "Train officers"},
        created(SUSSEX_WRITE),
    ),
    ("update_action", "patch", "/api/actions/{action_1}", {"owner": "Someone else"}, SUSSEX_WRITE),
    (
        "delete_action",
        "delete",
        "/api/actions/{action_1}",
        None,
        {**SUSSEX_WRITE, "inspector": 204, "sussex_editor": 204},
    ),
]


def current_etag(path: str) -> str:
    kind, pk = path.rstrip("/").split("/")[-2:]
    model = Response if kind == "responses" else Action
    return f'"{pk}-{model.objects.get(pk=pk).version}"'


def snapshot():
    return (
        list(Response.objects.order_by("pk").values()),
        list(Action.objects.order_by("pk").values()),
        Response.history.count(),
        Action.history.count(),
    )


def fill(value, sample):
    names = {name: obj.pk for name, obj in vars(sample).items() if hasattr(obj, "pk")}
    if isinstance(value, str):
        if value.startswith("{") and value.endswith("}") and value[1:-1] in names:
            return names[value[1:-1]]
        return value.format(**names)
    if isinstance(value, dict):
        return {k: fill(v, sample) for k, v in value.items()}
    return value


def test_every_operation_is_in_the_matrix():
    # Evidence, assessments and adequacy views have their matrix over the security tests' roles (a PCC and a
    # designated body that did not raise the super-complaint among them).
    from tests.security.test_api_judgements_and_evidence import CASES as JUDGEMENT_CASES

    document = api.get_openapi_schema()
    operations = {op["operationId"] for path in document["paths"].values() for op in path.values()}
    assert operations == {case[0].split(":")[0] for case in [*CASES, *JUDGEMENT_CASES]}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_permission_matrix(sample, api_client, role, case):
    _, method, path, body, expected = case
    client = api_client(role)
    before = snapshot()
    kwargs = {"content_type": "application/json", "data": fill(body, sample)} if body is not None else {}
    if method in ("patch", "delete"):  # a caller that may change it sends the current ETag
        kwargs["headers"] = {"If-Match": current_etag(fill(path, sample))}
    response = getattr(client, method)(fill(path, sample), **kwargs)
    assert response.status_code == expected[role], response.content
    if response.status_code >= 400:
        assert response.json()["detail"]
        assert snapshot() == before, "a refused request changed something"
    elif method == "get":
        assert response.json()
    elif method != "delete":
        assert response.json()["id"]


@pytest.mark.django_db
def test_editor_cannot_patch_another_organisations_response(sample, api_client):
    before = snapshot()
    response = api_client("northumbria_editor").patch(
        f"/api/responses/{sample.sussex_1.pk}", {"progress": "not_started", "narrative": "Hijacked"},
        content_type="application/json", headers={"If-Match": current_etag(f"/api/responses/{sample.sussex_1.pk}")},
    )
    assert response.status_code == 403
    assert "permission" in response.json()["detail"]
    sample.sussex_1.refresh_from_db()
    assert (sample.sussex_1.progress, sample.sussex_1.narrative) == ("complete", "We stopped sharing.")
    assert snapshot() == before


@pytest.mark.django_db
def test_a_joint_answer_gives_the_other_body_no_edit_rights(sample, client_for):
    from tests.support.users import make_user

    pcc_editor = make_user("pcc-editor", "org_editor", "northumbria-pcc")
    path = f"/api/responses/{sample.northumbria_5.pk}"
    reader = client_for(pcc_editor)
    assert reader.get(path).status_code == 200  # paired with its force: it reads the working copy
    before = snapshot()
    response = reader.patch(path, {"owner": "OPCC"}, content_type="application/json",
                            headers={"If-Match": current_etag(path)})
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.django_db
def test_write_records_the_history_user(sample, api_client, users):
    path = f"/api/responses/{sample.sussex_1.pk}"
    api_client("sussex_editor").patch(path, {"progress": "in_progress"}, content_type="application/json",
                                      headers={"If-Match": current_etag(path)})
    latest = sample.sussex_1.history.first()
    assert latest.history_user == users.sussex_editor
    assert latest.progress == "in_progress"
