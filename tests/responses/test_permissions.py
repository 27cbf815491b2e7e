"""Who may open and use each page and form: every endpoint x every role, as one readable table.

Data: Sussex Police's *published* response to recommendation 1 (with an action, a link, a public file and
an internal file), Northumbria Police's *draft* response to recommendation 1, and no response yet from
Sussex Police to recommendation 4. (Every state of a response x every role x every route that shows it:
``tests/security/test_visibility_matrix.py``.)

Roles (columns): anon, inspector, sussex (Sussex Police editor), northumbria (Northumbria Police
editor), liberty (designated body). 302 for anon means "sent to sign in".
"""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from rectrack.responses import services
from rectrack.responses.models import Action, AdequacyView, Assessment, Evidence, NoResponseCheck, Response
from tests.responses import factories
from tests.support.shared import module_users_per_test, per_test  # noqa: F401 (module_users_per_test: users)

ROLES = ["anon", "inspector", "sussex", "northumbria", "liberty"]
LOGIN = "/accounts/sign-in/"


def build_world(users) -> dict:
    sussex = factories.make_response(users.inspector, "1", "sussex-police", published=False)
    action = services.add_action(user=users.inspector, response=sussex, data={"description": "Train officers"})
    link = services.add_evidence_link(user=users.inspector, response=sussex, url="https://example.org/a", title="Plan")
    upload = SimpleUploadedFile("plan.txt", b"the plan", content_type="text/plain")
    file = services.add_evidence_file(user=users.inspector, response=sussex, uploaded=upload, title="Plan file",
                                      public=True)
    internal = services.add_evidence_file(user=users.inspector, response=sussex, title="Internal notes",
                                          uploaded=SimpleUploadedFile("notes.txt", b"notes", content_type="text/plain"))
    sussex = factories.publish(sussex)
    northumbria = factories.make_response(users.inspector, "1", "northumbria-police", published=False)
    return {
        "S": sussex.pk, "N": northumbria.pk, "A": action.pk, "E": link.pk, "F": file.pk, "I": internal.pk,
        "rec1": factories.rec("1").pk, "rec4": factories.rec("4").pk,
        "versions": {"S": sussex.version, "A": action.version, "E": link.version, "N": northumbria.version},
    }


# Built once for the module (a few hundred requests read it); each test writes in its own savepoint, rolled back
# when it ends, and gets its own copy of the objects (tests/support/shared.py).
@pytest.fixture(scope="module")
def module_world(module_db, module_users):
    with module_db():
        return build_world(module_users)


@pytest.fixture
def world(module_world, db):
    return per_test(module_world)

def who(users, role):
    return None if role == "anon" else {
        "inspector": users.inspector, "sussex": users.sussex_editor,
        "northumbria": users.northumbria_editor, "liberty": users.liberty,
    }[role]


# (name, url template) -> expected GET status for anon, inspector, sussex, northumbria, liberty
GET_MATRIX = [
    ("complaints list", "/super-complaints/", (200, 200, 200, 200, 200)),
    ("your work", "/work/", (302, 200, 200, 200, 200)),
    ("overdue", "/work/overdue/", (302, 200, 403, 403, 403)),
    ("reminder preview", "/work/overdue/kent-police/reminder/", (302, 200, 403, 403, 403)),
    ("your notifications", "/work/notifications/", (302, 200, 200, 200, 200)),
    ("scrutiny (policing bodies only)", "/work/scrutiny/{S}/", (302, 403, 403, 403, 403)),
    ("super-complaint + matrix", "/super-complaints/safe-to-share/", (200, 200, 200, 200, 200)),
    ("recommendation", "/super-complaints/safe-to-share/recommendations/1/", (200, 200, 200, 200, 200)),
    ("organisations list", "/organisations/", (200, 200, 200, 200, 200)),
    ("organisation", "/organisations/sussex-police/", (200, 200, 200, 200, 200)),
    ("published response", "/responses/{S}/", (200, 200, 200, 200, 200)),
    ("draft response", "/responses/{N}/", (404, 200, 404, 200, 404)),
    ("unknown response", "/responses/999999/", (404, 404, 404, 404, 404)),
    (
        "create response (Sussex, rec 4)",
        "/responses/new/?recommendation={rec4}&organisation=sussex-police",
        (302, 200, 200, 403, 403),
    ),
    ("edit Sussex response", "/responses/{S}/edit/", (302, 200, 200, 403, 403)),
    ("edit Northumbria draft", "/responses/{N}/edit/", (302, 200, 404, 200, 404)),
    ("add action", "/responses/{S}/actions/new/", (302, 200, 200, 403, 403)),
    ("edit action", "/responses/actions/{A}/edit/", (302, 200, 200, 403, 403)),
    ("delete action", "/responses/actions/{A}/delete/", (302, 200, 200, 403, 403)),
    ("upload evidence", "/responses/{S}/evidence/new-file/", (302, 200, 200, 403, 403)),
    ("add evidence link", "/responses/{S}/evidence/new-link/", (302, 200, 200, 403, 403)),
    ("remove evidence", "/responses/evidence/{E}/delete/", (302, 200, 200, 403, 403)),
    ("download public evidence file (published)", "/responses/{S}/published-evidence/{F}/", (200, 200, 200, 200, 200)),
    ("download public evidence file (working copy)", "/responses/evidence/{F}/file", (404, 200, 200, 404, 404)),
    ("download internal file as published", "/responses/{S}/published-evidence/{I}/", (404, 404, 404, 404, 404)),
    ("download internal evidence file", "/responses/evidence/{I}/file", (404, 200, 200, 404, 404)),
    ("mark evidence public", "/responses/evidence/{E}/public/", (302, 200, 200, 403, 403)),
    ("assess", "/responses/{S}/assessment/", (302, 200, 403, 403, 403)),
    ("adequacy view", "/responses/{S}/adequacy/", (302, 403, 403, 403, 200)),
    (
        "record no response (Kent)",
        "/responses/no-response-checks/new/?super_complaint=safe-to-share&organisation=kent-police",
        (302, 200, 403, 403, 403),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "url", "expected"), GET_MATRIX, ids=[row[0] for row in GET_MATRIX])
def test_get(world, users, client_for, role, name, url, expected):
    response = client_for(who(users, role)).get(url.format(**world))
    want = expected[ROLES.index(role)]
    assert response.status_code == want, f"{role} GET {name}: {response.status_code}, expected {want}"
    if want == 302:
        assert response["Location"].startswith(LOGIN)
    if want == 403:
        assert b"You do not have permission" in response.content
    if want == 404:
        assert b"the plan" not in response.content and b"notes" not in response.content


def _progress(pk):
    return Response.objects.get(pk=pk).progress


RESPONSE_POST = {"position": "accepted", "progress": "complete", "narrative": "Done.", "as_of_0": "1",
                 "as_of_1": "6", "as_of_2": "2021"}


def versioned(data: dict, key: str):
    """Form data with the version the edit started from (the hidden field every edit form carries)."""
    return lambda world: {**data, "version": world["versions"][key]}

# name, url, POST data, "did it happen?" -> expected: "ok" (done, redirected), "login", 403, 404
POST_MATRIX = [
    (
        "edit Sussex response",
        "/responses/{S}/edit/",
        versioned(RESPONSE_POST, "S"),
        lambda w: _progress(w["S"]) == "complete",
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "edit Northumbria draft",
        "/responses/{N}/edit/",
        versioned(RESPONSE_POST, "N"),
        lambda w: _progress(w["N"]) == "complete",
        ("login", "ok", 404, "ok", 404),
    ),
    (
        "create response (Sussex, rec 4)",
        "/responses/new/?recommendation={rec4}&organisation=sussex-police",
        RESPONSE_POST,
        lambda w: Response.objects.filter(recommendation_id=w["rec4"], organisation_id="sussex-police").exists(),
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "add action",
        "/responses/{S}/actions/new/",
        {"description": "New action", "status": "not_started"},
        lambda w: Action.objects.filter(description="New action").exists(),
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "edit action",
        "/responses/actions/{A}/edit/",
        versioned({"description": "Changed", "status": "in_progress"}, "A"),
        lambda w: Action.objects.get(pk=w["A"]).description == "Changed",
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "delete action",
        "/responses/actions/{A}/delete/",
        versioned({}, "A"),
        lambda w: not Action.objects.filter(pk=w["A"]).exists(),
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "add evidence link",
        "/responses/{S}/evidence/new-link/",
        {"title": "Minutes", "url": "https://example.org/m"},
        lambda w: Evidence.objects.filter(title="Minutes").exists(),
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "remove evidence",
        "/responses/evidence/{E}/delete/",
        versioned({}, "E"),
        lambda w: not Evidence.objects.filter(pk=w["E"]).exists(),
        ("login", "ok", "ok", 403, 403),
    ),
    (
        "assess",
        "/responses/{S}/assessment/",
        {"status": "evidence_accepted"},
        lambda w: Assessment.objects.filter(response_id=w["S"]).exists(),
        ("login", "ok", 403, 403, 403),
    ),
    (
        "adequacy view",
        "/responses/{S}/adequacy/",
        {"verdict": "inadequate"},
        lambda w: AdequacyView.objects.filter(response_id=w["S"]).exists(),
        ("login", 403, 403, 403, "ok"),
    ),
    (
        "record no response (Kent)",
        "/responses/no-response-checks/new/?super_complaint=safe-to-share&organisation=kent-police",
        {"checked_on_0": "1", "checked_on_1": "3", "checked_on_2": "2021", "checked_where": "https://kent.police.uk"},
        lambda w: NoResponseCheck.objects.filter(organisation_id="kent-police").exists(),
        ("login", "ok", 403, 403, 403),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "url", "data", "happened", "expected"), POST_MATRIX, ids=[row[0] for row in POST_MATRIX]
)
def test_post(world, users, client_for, role, name, url, data, happened, expected):
    want = expected[ROLES.index(role)]
    response = client_for(who(users, role)).post(url.format(**world), data(world) if callable(data) else data)
    if want == "ok":
        assert response.status_code == 302, f"{role} POST {name}: {response.status_code}"
        assert not response["Location"].startswith(LOGIN)
        assert happened(world), f"{role} POST {name}: redirected but nothing changed"
    else:
        if want == "login":
            assert response.status_code == 302 and response["Location"].startswith(LOGIN)
        else:
            assert response.status_code == want, f"{role} POST {name}: {response.status_code}, expected {want}"
        assert not happened(world), f"{role} POST {name} was refused but changed the data"


def test_anonymous_post_to_unpublished_response_changes_nothing(world, client_for):
    before = Response.objects.get(pk=world["N"])
    response = client_for(None).post(f"/responses/{world['N']}/edit/", {**RESPONSE_POST, "version": before.version})
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    after = Response.objects.get(pk=world["N"])
    assert (after.progress, after.narrative, after.updated_at) == (before.progress, before.narrative, before.updated_at)


def test_a_joint_answer_gives_the_partner_no_edit_rights(users, client_for):
    """A joint response counts for the PCC too, but only the force's editors may change it; the PCC reads it."""
    from tests.support.users import make_user

    joint = factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"])
    pcc_editor = make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")
    client = client_for(pcc_editor)
    assert client.get(f"/responses/{joint.pk}/").status_code == 200
    response = client.post(f"/responses/{joint.pk}/edit/", {**RESPONSE_POST, "version": joint.version})
    assert response.status_code == 403
    assert _progress(joint.pk) == "in_progress"
    assert datetime.date(2021, 6, 1) == Response.objects.get(pk=joint.pk).as_of
