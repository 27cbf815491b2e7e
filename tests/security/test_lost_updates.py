"""No lost updates (issue 7, ADR 0012): every edit carries the version it started from; a stale save is refused
and says what changed, the web page in the GOV.UK error summary with a way to re-apply, the API with 412 (428
without If-Match). Two saves racing on the same version: exactly one wins, on SQLite and on PostgreSQL (these
tests carry no database marker, so ``make test-postgres PYTEST_ARGS=tests/security`` runs them too)."""
import html
import json
import re
import threading
import time

import pytest
from django.db import OperationalError, connection

from rectrack.core.audit import StaleEdit
from rectrack.responses import services
from rectrack.responses.models import Action, AdequacyView, Assessment, Evidence, Response
from tests.support.users import make_user


def _hidden_version(page: str) -> int:
    return int(re.search(r'name="version" value="(\d+)"', page).group(1))


def _fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


# name -> (who edits, url, the edit they make, someone else's change meanwhile, did the edit land?)
def _cases(world):
    draft = world.responses["draft"]
    published = world.responses["published"]
    owner, inspector = world.people["owner"], world.people["inspector"]
    colleague = make_user("zx-owner-colleague", "org_editor", "sussex-police")
    inspector2 = make_user("zx-inspector-two", "inspectorate")
    liberty2 = make_user("zx-liberty-two", "designated_body", "liberty")
    action = world.actions["draft"]
    evidence = world.internal["draft"]
    assessment = services.set_assessment(user=inspector, response=published, status="evidence_insufficient")
    view = services.record_adequacy(user=world.people["designated"], response=published, verdict="adequate")
    return {
        "response": (owner, draft, f"/responses/{draft.pk}/edit/",
                     {"position": "accepted", "progress": "in_progress", "narrative": "Mine-zx", "as_of_0": "1",
                      "as_of_1": "6", "as_of_2": "2021"},
                     lambda: services.update_response(user=colleague, response=draft, data={"narrative": "Theirs-zx"}),
                     lambda: _fresh(draft).narrative == "Mine-zx"),
        "action": (owner, action, f"/responses/actions/{action.pk}/edit/",
                   {"description": "Mine-zx", "status": "in_progress"},
                   lambda: services.update_action(user=colleague, action=action, data={"description": "Theirs-zx"}),
                   lambda: _fresh(action).description == "Mine-zx"),
        "evidence": (owner, evidence, f"/responses/evidence/{evidence.pk}/delete/", {},
                     lambda: services.set_evidence_public(user=colleague, evidence=evidence, public=True),
                     lambda: not Evidence.objects.filter(pk=evidence.pk).exists()),
        "assessment": (inspector, assessment, f"/responses/{published.pk}/assessment/",
                       {"status": "discharged", "comment": "Mine-zx"},
                       lambda: services.set_assessment(user=inspector2, response=published, status="not_assessed",
                                                       comment="Theirs-zx", expected_version=assessment.version),
                       lambda: Assessment.objects.get(pk=assessment.pk).comment == "Mine-zx"),
        "adequacy view": (world.people["designated"], view, f"/responses/{published.pk}/adequacy/",
                          {"verdict": "inadequate", "comment": "Mine-zx"},
                          lambda: services.record_adequacy(user=liberty2, response=published, verdict="partly_adequate",
                                                           comment="Theirs-zx", expected_version=view.version),
                          lambda: AdequacyView.objects.get(pk=view.pk).comment == "Mine-zx"),
    }


@pytest.mark.parametrize("name", ["response", "action", "evidence", "assessment", "adequacy view"])
def test_a_stale_web_save_is_refused_shows_what_changed_and_can_be_reapplied(world, client_for, name):
    user, obj, url, data, meanwhile, landed = _cases(world)[name]
    client = client_for(user)
    started = _hidden_version(client.get(url).content.decode())
    assert started == _fresh(obj).version
    meanwhile()
    current = _fresh(obj).version
    assert current > started

    page = client.post(url, {**data, "version": started})
    body = html.unescape(page.content.decode())
    assert page.status_code == 200
    summary = re.search(r'<div class="govuk-error-summary".*?</div>\s*</div>', body, re.S)
    assert summary, "no GOV.UK error summary"
    assert "Someone else changed this" in summary.group(0)
    if name != "evidence":  # (what changed on evidence is its public flag: named, shown as True/False)
        assert "Theirs-zx" in summary.group(0), "the summary does not say what changed"
        assert "Mine-zx" in body, "the person's own values are not kept"
    assert _hidden_version(body) == current, "the form does not carry the current version to re-apply"
    assert not landed() and _fresh(obj).version == current if name != "evidence" else not landed()

    again = client.post(url, {**data, "version": _hidden_version(body)})
    assert again.status_code == 302, html.unescape(again.content.decode())[:3000]
    assert landed()


def test_a_form_without_its_version_is_refused(world, client_for):
    draft = world.responses["draft"]
    page = client_for(world.people["owner"]).post(f"/responses/{draft.pk}/edit/",
                                                  {"position": "accepted", "progress": "complete", "narrative": "x"})
    assert page.status_code == 200 and "govuk-error-summary" in page.content.decode()
    assert _fresh(draft).narrative == draft.narrative


# --- The API: ETag, If-Match, 412 and 428 -------------------------------------------------------------------

def _api(client, method, url, body=None, if_match=None):
    headers = {"If-Match": if_match} if if_match else {}
    return getattr(client, method)(url, json.dumps(body) if body is not None else None,
                                   content_type="application/json", headers=headers)


@pytest.mark.parametrize(("kind", "user"), [("responses", "owner"), ("actions", "owner"), ("responses", "inspector")])
def test_api_patch_needs_the_current_etag(world, client_for, kind, user):
    client = client_for(world.people[user])
    obj = world.responses["draft"] if kind == "responses" else world.actions["draft"]
    field = "narrative" if kind == "responses" else "description"
    url = f"/api/{kind}/{obj.pk}"
    got = client.get(url)
    etag = got["ETag"]
    assert etag == f'"{obj.pk}-{_fresh(obj).version}"'

    missing = _api(client, "patch", url, {field: "No If-Match"})
    assert missing.status_code == 428 and "If-Match" in missing.json()["detail"]
    wrong = _api(client, "patch", url, {field: "Another object"}, if_match='"999999-1"')
    assert wrong.status_code == 412

    ok = _api(client, "patch", url, {field: "First-zx"}, if_match=etag)
    assert ok.status_code == 200 and ok["ETag"] != etag and ok.json()[field] == "First-zx"
    stale = _api(client, "patch", url, {field: "Second-zx"}, if_match=etag)
    assert stale.status_code == 412
    assert getattr(_fresh(obj), field) == "First-zx"
    again = _api(client, "patch", url, {field: "Second-zx"}, if_match=ok["ETag"])
    assert again.status_code == 200 and getattr(_fresh(obj), field) == "Second-zx"


@pytest.mark.parametrize(("kind", "user"), [("responses", "inspector"), ("actions", "owner")])
def test_api_delete_needs_the_current_etag(world, client_for, kind, user):
    client = client_for(world.people[user])
    obj = world.responses["draft"] if kind == "responses" else world.actions["draft"]
    url = f"/api/{kind}/{obj.pk}"
    etag = client.get(url)["ETag"]
    assert _api(client, "delete", url).status_code == 428
    if kind == "responses":
        services.update_response(user=world.people["owner"], response=obj, data={"narrative": "Changed-zx"})
    else:
        services.update_action(user=world.people["owner"], action=obj, data={"description": "Changed-zx"})
    stale = _api(client, "delete", url, if_match=etag)
    assert stale.status_code == 412 and "Changed-zx" in json.dumps(stale.json())
    assert type(obj).objects.filter(pk=obj.pk).exists()
    assert _api(client, "delete", url, if_match=client.get(url)["ETag"]).status_code == 204
    assert not type(obj).objects.filter(pk=obj.pk).exists()


def test_outsiders_get_no_etag_and_cannot_write(world, client_for):
    published = world.responses["published"]
    other = client_for(world.people["other_force"])
    got = other.get(f"/api/responses/{published.pk}")
    assert got.status_code == 200 and "ETag" not in got
    refused = _api(other, "patch", f"/api/responses/{published.pk}", {"narrative": "x"}, if_match="*")
    assert refused.status_code == 403
    assert _fresh(published).narrative == published.narrative


# --- Two saves at once --------------------------------------------------------------------------------------

def _race(n: int, work, monkeypatch):
    """Run ``work(i)`` in n threads at once, each on its own database connection, with a pause inside the service
    between its version check and its save, so that without a lock both would pass the check."""
    real = services._check_texts

    def slow(data):
        time.sleep(0.3)
        real(data)

    monkeypatch.setattr(services, "_check_texts", slow)
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i):
        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as e:  # the outcome is what the test asserts
            results[i] = e
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def _lost_the_lock(result) -> bool:
    """SQLite's shared-memory test database (the default test run) locks tables without waiting, so there the
    loser may fail to get the lock instead of waiting for it; in a file (production, and the test run with
    RECTRACK_TEST_SQLITE_FILE=1) and on PostgreSQL it waits, then is refused as stale. Either way it saved nothing."""
    return (isinstance(result, OperationalError) and "locked" in str(result)
            and connection.vendor == "sqlite" and connection.is_in_memory_db())


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_saves_of_the_same_version_exactly_one_wins(reference_data, monkeypatch):
    from tests.security.conftest import build_world

    world = build_world()
    draft = world.responses["draft"]
    editors = [world.people["owner"], make_user("zx-owner-colleague", "org_editor", "sussex-police")]
    version = draft.version

    results = _race(2, lambda i: services.update_response(user=editors[i], response=draft,
                                                          data={"narrative": f"Writer {i}"},
                                                          expected_version=version), monkeypatch)
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], StaleEdit) or _lost_the_lock(losers[0]), repr(losers[0])
    after = Response.objects.get(pk=draft.pk)
    assert after.version == version + 1
    assert after.narrative == f"Writer {results.index(winners[0])}"
    assert Response.history.filter(id=draft.pk, version=version + 1).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_api_patches_with_the_same_etag_one_gets_412(reference_data, monkeypatch):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # Two requests each read (session, user) before they write: in shared memory, SQLite's table locks then
        # refuse both writers at once rather than make one wait. A file database (production) waits.
        pytest.skip("needs a database that waits for locks: PostgreSQL, or SQLite with RECTRACK_TEST_SQLITE_FILE=1")
    from django.test import Client

    from tests.security.conftest import build_world

    world = build_world()
    action = world.actions["draft"]
    clients = []
    for user in (world.people["owner"], make_user("zx-owner-colleague", "org_editor", "sussex-police")):
        client = Client()
        client.force_login(user)
        clients.append(client)
    etag = clients[0].get(f"/api/actions/{action.pk}")["ETag"]

    results = _race(2, lambda i: _api(clients[i], "patch", f"/api/actions/{action.pk}",
                                      {"description": f"Writer {i}"}, if_match=etag).status_code, monkeypatch)
    results = [412 if _lost_the_lock(r) else r for r in results]
    assert sorted(results) == [200, 412], results
    after = Action.objects.get(pk=action.pk)
    assert after.version == action.version + 1 and after.description == f"Writer {results.index(200)}"
