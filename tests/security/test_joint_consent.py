"""Joint answers need consent (issue 7, ADR 0012): a response counts for another body only once that body, paired
with the writer, accepts; until then nothing of the other body's own standing changes. A link never gives edit
rights; the inspectorate sets or removes any link; every change is logged."""
import json

import pytest
from django.core.exceptions import ValidationError

from rectrack.core.vocabulary import JointStatus
from rectrack.organisations.models import Organisation, Pairing
from rectrack.responses import services
from rectrack.responses.models import JointLink, Response
from rectrack.tracker.models import Standing
from tests.security.conftest import SC
from tests.security.routes import body_text
from tests.support.record import publish

PCC = "sussex-pcc"


def org(org_id: str) -> Organisation:
    return Organisation.objects.get(pk=org_id)


def standing(response: Response, org_id: str) -> Standing:
    return Standing.objects.get(recommendation=response.recommendation, organisation_id=org_id)


def own_standing(s: Standing) -> tuple:
    """Everything of a body's cell that a joint answer could change: its answer, public answer and clocks."""
    return (s.response_id, s.written_by_id, s.state, s.progress, s.public_response_id, s.public_written_by_id,
            s.public_progress, s.initial_met_on, s.update_met_on)


def open_data_cell(client, response: Response, org_id: str) -> dict:
    rows = json.loads(body_text(client.get(f"/public/{SC}.json")))["rows"]
    return next(r for r in rows if r["organisation_id"] == org_id
                and r["recommendation"] == response.recommendation.number)


@pytest.fixture
def joint(world):
    """Sussex Police's published response, and its request that it also count for the Sussex PCC."""
    world.response = world.responses["published"]
    world.before = own_standing(standing(world.response, PCC))
    world.link = services.request_joint(user=world.people["owner"], response=world.response, organisation=org(PCC))
    return world


def test_a_pending_request_changes_nothing_for_the_other_body(joint, client_for):
    assert joint.link.status == JointStatus.PENDING
    assert own_standing(standing(joint.response, PCC)) == joint.before
    assert joint.before[0] is None and joint.before[4] is None  # it had no answer, and still has none
    cell = open_data_cell(client_for(None), joint.response, PCC)
    assert (cell["state"], cell["written_by"], cell["response_id"]) == ("no_response", "", None)
    for role in ("anonymous", "paired_pcc", "inspector"):
        rows = client_for(joint.people.get(role)).get(f"/api/super-complaints/{SC}/matrix").json()["rows"]
        cells = next(r["cells"] for r in rows if r["organisation"] == PCC)
        assert cells[joint.response.recommendation.number] == "no_response", role


def test_the_other_body_sees_the_request_and_accepting_makes_it_count(joint, client_for):
    pcc = client_for(joint.people["paired_pcc"])
    work = pcc.get(f"/organisations/{PCC}/").content.decode()
    assert f"/responses/joint/{joint.link.pk}/" in work
    page = pcc.post(f"/responses/joint/{joint.link.pk}/", {"decision": "accept", "comment": "Agreed"})
    assert page.status_code == 302
    assert JointLink.objects.get(pk=joint.link.pk).status == JointStatus.ACCEPTED
    s = standing(joint.response, PCC)
    assert (s.response_id, s.written_by_id) == (joint.response.pk, "sussex-police")
    # The public counts it once a version that carries the agreement is published.
    publish(Response.objects.get(pk=joint.response.pk))
    s = standing(joint.response, PCC)
    assert (s.public_response_id, s.public_written_by_id, s.public_progress) == (
        joint.response.pk, "sussex-police", "not_started")
    cell = open_data_cell(client_for(None), joint.response, PCC)
    assert (cell["response_id"], cell["written_by"]) == (joint.response.pk, "sussex-police")


def test_declining_changes_nothing(joint, client_for):
    page = client_for(joint.people["paired_pcc"]).post(f"/responses/joint/{joint.link.pk}/",
                                                       {"decision": "decline", "comment": "We answer ourselves"})
    assert page.status_code == 302
    assert JointLink.objects.get(pk=joint.link.pk).status == JointStatus.DECLINED
    publish(Response.objects.get(pk=joint.response.pk))
    assert own_standing(standing(joint.response, PCC))[:2] == (None, None)
    assert standing(joint.response, PCC).public_response_id is None


def test_only_the_body_asked_decides(joint, client_for):
    for role in ("owner", "other_force", "unpaired_pcc", "designated"):
        page = client_for(joint.people[role]).post(f"/responses/joint/{joint.link.pk}/", {"decision": "accept"})
        assert page.status_code in (403, 404), role
    assert JointLink.objects.get(pk=joint.link.pk).status == JointStatus.PENDING


def test_the_other_body_can_still_write_its_own(joint, client_for):
    rec = joint.response.recommendation
    page = client_for(joint.people["paired_pcc"]).post(
        f"/responses/new/?recommendation={rec.pk}&organisation={PCC}",
        {"position": "accepted", "progress": "in_progress", "narrative": "Our own answer."})
    assert page.status_code == 302
    own = Response.objects.get(recommendation=rec, organisation_id=PCC)
    assert JointLink.objects.get(pk=joint.link.pk).status == JointStatus.DECLINED  # its own answer supersedes
    assert standing(joint.response, PCC).response_id == own.pk


def test_a_link_never_gives_edit_rights(joint, client_for):
    services.decide_joint(user=joint.people["paired_pcc"], link=joint.link, accept=True)
    response = Response.objects.get(pk=joint.response.pk)
    pcc = client_for(joint.people["paired_pcc"])
    assert pcc.get(f"/responses/{response.pk}/edit/").status_code == 403
    edit = pcc.post(
        f"/responses/{response.pk}/edit/",
        {
            "position": "accepted",
            "progress": "complete",
            "narrative": "Rewritten by the PCC",
            "version": response.version,
        },
    )
    assert edit.status_code == 403
    api = pcc.get(f"/api/responses/{response.pk}")
    patch = pcc.patch(f"/api/responses/{response.pk}", json.dumps({"narrative": "Rewritten by the PCC"}),
                      content_type="application/json", headers={"If-Match": api.get("ETag", "*")})
    assert patch.status_code == 403
    action = joint.actions["published"]
    assert pcc.post(f"/responses/actions/{action.pk}/delete/", {"version": action.version}).status_code == 403
    transition = pcc.post(f"/workflow/responses/{response.pk}/transition/", {"to_state": "withdrawn",
                                                                               "comment": "x"})
    assert transition.status_code in (403, 404)
    after = Response.objects.get(pk=response.pk)
    assert (after.narrative, after.version, after.state) == (response.narrative, response.version, response.state)
    assert after.actions.filter(pk=action.pk).exists()


def test_only_paired_bodies_may_be_asked(world, client_for):
    response = world.responses["draft"]
    with pytest.raises(ValidationError, match="not paired"):
        services.request_joint(user=world.people["owner"], response=response, organisation=org("northumbria-police"))
    api = client_for(world.people["owner"])
    created = api.post("/api/responses", json.dumps({
        "super_complaint": SC, "recommendation": "1", "organisation": "sussex-police", "position": "accepted",
        "progress": "in_progress", "narrative": "x", "counts_for": ["northumbria-police"]}),
        content_type="application/json")
    assert created.status_code == 422  # (and Sussex already has a response to 1: nothing is created either way)
    form = api.get(f"/responses/{response.pk}/edit/").content.decode()
    assert 'value="sussex-pcc"' in form and 'value="northumbria-police"' not in form
    assert not JointLink.objects.filter(organisation_id="northumbria-police").exists()


def test_the_inspectorate_sets_and_removes_any_link_and_every_change_is_logged(world, client_for):
    inspector, response = world.people["inspector"], world.responses["draft"]
    link = services.request_joint(user=inspector, response=response, organisation=org("northumbria-police"))
    assert link.status == JointStatus.ACCEPTED  # set outright, even for an unpaired body
    assert standing(response, "northumbria-police").response_id == response.pk
    services.remove_joint(user=inspector, link=link)
    assert not JointLink.objects.filter(pk=link.pk).exists()
    assert standing(response, "northumbria-police").response_id is None
    owner_link = services.request_joint(user=world.people["owner"], response=response, organisation=org(PCC))
    services.decide_joint(user=world.people["paired_pcc"], link=owner_link, accept=False, comment="No")
    log = list(JointLink.history.order_by("history_date", "history_id")
               .values_list("organisation_id", "history_type", "history_change_reason", "history_user__username"))
    assert log == [
        ("northumbria-police", "+", "Joint answer set", inspector.username),
        ("northumbria-police", "-", "Joint answer removed", inspector.username),
        (PCC, "+", "Joint answer requested", world.people["owner"].username),
        (PCC, "~", "Joint answer declined", world.people["paired_pcc"].username),
    ]
    # The timeline of the response shows those changes to its readers.
    page = client_for(world.people["owner"]).get(f"/responses/{response.pk}/").content.decode()
    assert "Joint answer for northumbria-police" in page and "Joint answer declined" in page


def test_the_pairs_page(world, client_for):
    inspector = client_for(world.people["inspector"])
    page = inspector.get("/organisations/sussex-police/pairs/")
    assert page.status_code == 200 and "Sussex Police and Crime Commissioner" in page.content.decode()
    for role in ("owner", "paired_pcc", "designated"):
        assert client_for(world.people[role]).get("/organisations/sussex-police/pairs/").status_code == 403
        client_for(world.people[role]).post("/organisations/sussex-police/pairs/", {"other": "northumbria-police"})
    assert not Pairing.objects.exists()
    linked = inspector.post("/organisations/sussex-police/pairs/", {"other": "northumbria-police",
                                                                   "reason": "A collaboration agreement"})
    assert linked.status_code == 302
    pairing = Pairing.objects.get()
    assert (pairing.first_id, pairing.second_id) == ("northumbria-police", "sussex-police")
    # Now paired: Sussex Police may ask Northumbria Police, and their editors read each other's working copies.
    services.request_joint(user=world.people["owner"], response=world.responses["draft"],
                           organisation=org("northumbria-police"))
    assert client_for(world.people["other_force"]).get(f"/responses/{world.responses['draft'].pk}/").status_code == 200
    unlinked = inspector.post("/organisations/sussex-police/pairs/", {"unlink": pairing.pk})
    assert unlinked.status_code == 302 and not Pairing.objects.exists()
    assert [
        (h.history_type, h.history_change_reason, h.history_user_id) for h in Pairing.history.order_by("history_date")
    ] == [
        ("+", "Linked for joint answers", world.people["inspector"].pk),
        ("-", "Unlinked", world.people["inspector"].pk),
    ]
    assert client_for(world.people["other_force"]).get(f"/responses/{world.responses['draft'].pk}/").status_code == 404


def test_a_request_left_pending_when_a_pair_is_unlinked_cannot_be_accepted(world):
    pairing = Pairing.objects.create(first=org("northumbria-police"), second=org("sussex-police"))
    link = services.request_joint(user=world.people["owner"], response=world.responses["draft"],
                                  organisation=org("northumbria-police"))
    pairing.delete()
    with pytest.raises(ValidationError, match="not paired"):
        services.decide_joint(user=world.people["other_force"], link=link, accept=True)
    assert JointLink.objects.get(pk=link.pk).status == JointStatus.PENDING
    assert standing(world.responses["draft"], "northumbria-police").response_id is None


def _api_joint(client, response) -> tuple[list[str], bool]:
    """What a reader's API says the response counts for, and whether it lists it among the PCC's responses."""
    counts = client.get(f"/api/responses/{response.pk}").json()["counts_for"]
    listed = [r["id"] for r in client.get(f"/api/responses?super_complaint={SC}&organisation={PCC}").json()["items"]]
    return counts, response.pk in listed


def test_every_reader_agrees_with_the_other_body_s_cell(joint, client_for):
    """Pending: the response counts for nobody, in the API as in the PCC's cell. Accepted (the response being
    published): it counts, for every reader, in the API, the cell and open data. Removed: it no longer does."""
    outsiders, insiders = ("anonymous", "other_force", "designated"), ("owner", "paired_pcc", "inspector")
    for role in outsiders + insiders:
        assert _api_joint(client_for(joint.people.get(role)), joint.response) == ([], False), role
    services.decide_joint(user=joint.people["paired_pcc"], link=joint.link, accept=True)
    assert standing(joint.response, PCC).public_response_id == joint.response.pk
    assert open_data_cell(client_for(None), joint.response, PCC)["written_by"] == "sussex-police"
    for role in outsiders + insiders:
        assert _api_joint(client_for(joint.people.get(role)), joint.response) == ([PCC], True), role
    services.remove_joint(user=joint.people["inspector"], link=JointLink.objects.get(pk=joint.link.pk))
    assert standing(joint.response, PCC).public_response_id is None
    assert open_data_cell(client_for(None), joint.response, PCC)["written_by"] == ""
    for role in outsiders + insiders:
        assert _api_joint(client_for(joint.people.get(role)), joint.response) == ([], False), role
