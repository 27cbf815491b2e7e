"""One set of input rules (issue 7, ADR 0012): NUL and other control characters get a clear error from a form,
the API and a query string, and change nothing (on PostgreSQL a NUL would otherwise be a server error: this
module runs in the PostgreSQL run too); dates before 1 November 2018, when the scheme began, are refused."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from rectrack.responses.models import Action, Evidence, NoResponseCheck, Response
from tests.security.conftest import SC

CONTROL = ["\x00", "\x07", "\x1b", "\x7f", "\x85"]  # NUL, BEL, ESC, DEL, a C1 control (NEL)
MESSAGE = "must not contain control characters"
NULL_MESSAGE = "Null characters are not allowed"  # Django's own form fields say this first for NUL


def clear_error(text: str) -> bool:
    return MESSAGE in text or NULL_MESSAGE in text


def _fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def _error_page(page) -> str:
    text = page.content.decode()
    assert page.status_code == 200, page.status_code
    assert "govuk-error-summary" in text
    return text


@pytest.mark.parametrize("char", CONTROL, ids=[f"U+{ord(c):04X}" for c in CONTROL])
def test_a_control_character_in_a_form_is_a_form_error_and_changes_nothing(world, client_for, char):
    owner = client_for(world.people["owner"])
    draft, action = world.responses["draft"], world.actions["draft"]
    page = owner.post(f"/responses/{draft.pk}/edit/", {
        "position": "accepted", "progress": "complete", "narrative": f"bad{char}text", "owner": f"A{char}B",
        "version": draft.version})
    text = _error_page(page)
    assert clear_error(text)
    after = _fresh(draft)
    assert (after.narrative, after.progress, after.version) == (draft.narrative, draft.progress, draft.version)

    text = _error_page(owner.post(f"/responses/actions/{action.pk}/edit/", {
        "description": f"bad{char}text", "status": "in_progress", "version": action.version}))
    assert clear_error(text) and _fresh(action).description == action.description
    text = _error_page(owner.post(f"/responses/{draft.pk}/evidence/new-link/", {
        "title": f"bad{char}text", "url": "https://example.org/x"}))
    assert clear_error(text) and not Evidence.objects.filter(url="https://example.org/x").exists()
    text = _error_page(client_for(world.people["inspector"]).post(
        f"/responses/no-response-checks/new/?super_complaint={SC}&organisation=northumbria-police",
        {"checked_on_0": "1", "checked_on_1": "3", "checked_on_2": "2021", "checked_where": f"x{char}y"}))
    assert clear_error(text) and not NoResponseCheck.objects.exists()


def test_a_control_character_in_a_workflow_comment_changes_nothing(world, client_for):
    response = world.responses["submitted"]
    page = client_for(world.people["inspector"]).post(f"/workflow/responses/{response.pk}/transition/", {
        "to_state": "returned", "comment": "Please\x00fix", "version": response.version})
    assert page.status_code in (200, 302, 400)
    assert _fresh(response).state == "submitted"


def test_a_control_character_in_an_uploaded_file_name_is_refused(world, client_for):
    draft = world.responses["draft"]
    before = Evidence.objects.count()
    upload = SimpleUploadedFile("plan\x07.txt", b"plain text", content_type="text/plain")
    page = client_for(world.people["owner"]).post(f"/responses/{draft.pk}/evidence/new-file/",
                                                  {"title": "A plan", "file": upload})
    stored = Evidence.objects.order_by("-pk").first()
    if Evidence.objects.count() > before:  # accepted: then only with the control character gone
        assert page.status_code == 302 and "\x07" not in stored.filename
    else:
        assert clear_error(_error_page(page))


@pytest.mark.parametrize("char", ["\x00", "\x1b"], ids=["NUL", "ESC"])
def test_a_control_character_in_the_api_is_a_clear_error_and_changes_nothing(world, client_for, char):
    api = client_for(world.people["owner"])
    draft, action = world.responses["draft"], world.actions["draft"]
    count = Response.objects.count()

    def body(data):
        return json.dumps(data)  # JSON carries the character as an escape (\\u0000): valid JSON, bad text

    inspector = client_for(world.people["inspector"])
    created = inspector.post("/api/responses", body({
        "super_complaint": SC, "recommendation": "1", "organisation": "sussex-pcc", "position": "accepted",
        "progress": "in_progress", "narrative": f"bad{char}"}), content_type="application/json")
    assert created.status_code in (400, 422) and MESSAGE in json.dumps(created.json()), created.content
    for field, value in [("super_complaint", f"trust{char}"), ("organisation", f"sussex{char}pcc"),
                         ("recommendation", f"1{char}")]:
        refused = inspector.post("/api/responses", body({"super_complaint": SC, "recommendation": "1",
                                                   "organisation": "sussex-pcc", "narrative": "Fine", field: value}),
                           content_type="application/json")
        assert refused.status_code in (400, 422), (field, refused.status_code)
    assert Response.objects.count() == count

    etag = api.get(f"/api/responses/{draft.pk}")["ETag"]
    patched = api.patch(f"/api/responses/{draft.pk}", body({"narrative": f"bad{char}"}),
                        content_type="application/json", headers={"If-Match": etag})
    assert patched.status_code in (400, 422) and MESSAGE in json.dumps(patched.json())
    linked = api.patch(f"/api/responses/{draft.pk}", body({"counts_for": [f"sussex{char}pcc"]}),
                       content_type="application/json", headers={"If-Match": etag})
    assert linked.status_code in (400, 422)
    assert _fresh(draft).version == draft.version and _fresh(draft).narrative == draft.narrative

    etag = api.get(f"/api/actions/{action.pk}")["ETag"]
    patched = api.patch(f"/api/actions/{action.pk}", body({"description": f"bad{char}"}),
                        content_type="application/json", headers={"If-Match": etag})
    assert patched.status_code in (400, 422) and _fresh(action).description == action.description
    added = api.post("/api/actions", body({"response": draft.pk, "description": f"bad{char}"}),
                     content_type="application/json")
    assert added.status_code in (400, 422) and Action.objects.filter(response=draft).count() == 1


@pytest.mark.parametrize("url", [
    "/?q=%00", f"/super-complaints/{SC}/?organisation=%00", f"/public/{SC}/?x=%1b", "/api/responses?organisation=%00",
    f"/api/responses?super_complaint={SC}%00", f"/exports/responses.csv?super_complaint=%07{SC}",
    "/api/super-complaints/trust%00sc", "/public/trust%00sc/", "/responses/new/?recommendation=1&organisation=%00",
    f"/api/responses?%00={SC}", "/?q=%C2%85", f"/public/{SC}/?x=%C2%9B",
])
def test_a_control_character_in_an_address_is_a_400(reference_data, client_for, url):
    page = client_for(None).get(url)
    assert page.status_code == 400
    assert "control characters" in page.content.decode()


def test_dates_before_the_scheme_began_are_refused(world, client_for):
    owner = client_for(world.people["owner"])
    draft, action = world.responses["draft"], world.actions["draft"]
    text = _error_page(owner.post(f"/responses/{draft.pk}/edit/", {
        "position": "accepted", "progress": "complete", "narrative": "x", "as_of_0": "31", "as_of_1": "10",
        "as_of_2": "2018", "version": draft.version}))
    assert "on or after 1 November 2018" in text and _fresh(draft).as_of == draft.as_of
    text = _error_page(owner.post(f"/responses/actions/{action.pk}/edit/", {
        "description": "x", "status": "not_started", "due_date_0": "1", "due_date_1": "1", "due_date_2": "2018",
        "version": action.version}))
    assert "on or after 1 November 2018" in text and _fresh(action).due_date is None
    etag = owner.get(f"/api/responses/{draft.pk}")["ETag"]
    api = owner.patch(f"/api/responses/{draft.pk}", json.dumps({"as_of": "2018-10-31"}),
                      content_type="application/json", headers={"If-Match": etag})
    assert api.status_code in (400, 422) and "1 November 2018" in json.dumps(api.json())
    # The first day of the scheme is fine.
    ok = owner.patch(f"/api/responses/{draft.pk}", json.dumps({"as_of": "2018-11-01"}),
                     content_type="application/json", headers={"If-Match": etag})
    assert ok.status_code == 200 and str(_fresh(draft).as_of) == "2018-11-01"
    text = _error_page(client_for(world.people["inspector"]).post(
        f"/responses/no-response-checks/new/?super_complaint={SC}&organisation=northumbria-police",
        {"checked_on_0": "31", "checked_on_1": "10", "checked_on_2": "2018", "checked_where": "https://example.org"}))
    assert "1 November 2018" in text and not NoResponseCheck.objects.exists()


def test_things_that_happened_are_not_in_the_future(world, client_for):
    draft = world.responses["draft"]
    etag = client_for(world.people["owner"]).get(f"/api/responses/{draft.pk}")["ETag"]
    api = client_for(world.people["owner"]).patch(f"/api/responses/{draft.pk}", json.dumps({"as_of": "2099-01-01"}),
                                                  content_type="application/json", headers={"If-Match": etag})
    assert api.status_code in (400, 422) and "today or in the past" in json.dumps(api.json())
    assert _fresh(draft).as_of == draft.as_of


@pytest.mark.parametrize(("url", "data"), [
    ("/organisations/sussex-police/pairs/", {"other": "northumbria\x00-police", "reason": "x"}),
    (f"/catalogue/{SC}/adequacy-access/", {"bodies": ["hes\x00tia"]}),
    ("/public/snapshots/take/", {"super_complaint": f"{SC}\x00"}),
], ids=["pair", "adequacy access", "snapshot"])
def test_a_nul_in_a_choice_posted_to_a_form_is_a_form_error(world, client_for, url, data):
    """A choice is looked up in the database: on PostgreSQL a NUL there must not become a server error."""
    page = client_for(world.people["inspector"]).post(url, data)
    assert page.status_code in (200, 400)
    if page.status_code == 200:
        assert "govuk-error-summary" in page.content.decode()
    assert not world.super_complaint.adequacy_opened_to.exists()
