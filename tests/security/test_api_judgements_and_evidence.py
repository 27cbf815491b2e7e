"""API writes for evidence, assessments and adequacy views (issue 7): the permission matrix per route and role,
ETag/If-Match (412 with what changed, 428 when missing), bad input (a clear 422, nothing changed) and two saves
of the same version at once (exactly one wins; no database marker, so the PostgreSQL run repeats them).

The record is ``tests/security/conftest.py``'s world: Sussex Police's responses in every state on ``trust-sc``,
which Liberty raised. Roles: the conftest's seven plus ``other_designated`` (Southall Black Sisters: a
designated body that did not raise ``trust-sc``, so it may read but not judge).
"""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from rectrack.core.audit import StaleEdit
from rectrack.responses import services
from rectrack.responses.models import AdequacyView, Assessment, Evidence, Response
from tests.security.conftest import ROLES, marker
from tests.security.test_lost_updates import _api, _lost_the_lock, _race
from tests.support.users import make_user

MATRIX_ROLES = [*ROLES, "other_designated"]
INSIDE = {"owner", "paired_pcc", "inspector"}


def _people(world) -> dict:
    return {**world.people, "other_designated": make_user("zx-sbs", "designated_body", "southall-black-sisters")}


def _statuses(default: int, **per_role) -> dict:
    return {role: per_role.get(role, default) for role in MATRIX_ROLES}


def _judged(world):
    """An assessment and Liberty's view on the published response (made through the services)."""
    published = world.responses["published"]
    assessment = services.set_assessment(user=world.people["inspector"], response=published,
                                         status="evidence_insufficient", comment=marker("assess", "published"))
    view = services.record_adequacy(user=world.people["designated"], response=published, verdict="adequate",
                                    comment=marker("view", "published"))
    return assessment, view


def state_of_the_record():
    """Everything these routes could change, with their history (a refused request must change none of it)."""
    return (
        list(Evidence.objects.order_by("pk").values()), list(Assessment.objects.order_by("pk").values()),
        list(AdequacyView.objects.order_by("pk").values()), list(Response.objects.order_by("pk").values()),
        Evidence.history.count(), Assessment.history.count(), AdequacyView.history.count(),
    )


def upload(name="note.txt", content=b"An evidence note-zx.") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/plain")


# (name, method, url, body, expected status per role). Bodies name objects as "{key}" (see _objects).
INSIDERS_ONLY_READ = _statuses(404, owner=200, paired_pcc=200, inspector=200)
OWNER_WRITES_DRAFT = _statuses(404, anonymous=401, owner=200, inspector=200, paired_pcc=403)
OWNER_CREATES_DRAFT = _statuses(422, anonymous=401, owner=201, inspector=201, paired_pcc=403)
INSPECTOR_ONLY = _statuses(403, anonymous=401, inspector=200)
LIBERTY_ONLY = _statuses(403, anonymous=401, designated=200)
CASES = [
    ("list_evidence", "get", "/api/evidence?response={published}", None, _statuses(200)),
    ("list_evidence:draft", "get", "/api/evidence?response={draft}", None, INSIDERS_ONLY_READ),
    ("get_evidence", "get", "/api/evidence/{public_published}", None, _statuses(200)),
    ("get_evidence:internal", "get", "/api/evidence/{internal_published}", None, INSIDERS_ONLY_READ),
    ("get_evidence:draft", "get", "/api/evidence/{public_draft}", None, INSIDERS_ONLY_READ),
    ("create_evidence", "multipart", "/api/evidence", {"response": "{draft}", "title": "Mine-zx"},
     OWNER_CREATES_DRAFT),
    ("create_evidence:link", "multipart", "/api/evidence",
     {"response": "{published}", "url": "https://example.org/plan", "title": "Plan"},
     _statuses(403, anonymous=401, owner=201, inspector=201)),
    ("update_evidence", "patch", "/api/evidence/{internal_draft}", {"title": "Renamed"}, OWNER_WRITES_DRAFT),
    ("update_evidence:published", "patch", "/api/evidence/{public_published}", {"public": False},
     _statuses(403, anonymous=401, owner=200, inspector=200)),
    ("delete_evidence", "delete", "/api/evidence/{internal_draft}", None,
     {**OWNER_WRITES_DRAFT, "owner": 204, "inspector": 204}),
    ("list_assessments", "get", "/api/assessments", None, _statuses(200)),
    ("get_assessment", "get", "/api/assessments/{assessment}", None, _statuses(200)),
    ("create_assessment", "post", "/api/assessments", {"response": "{revision}", "status": "discharged"},
     {**INSPECTOR_ONLY, "inspector": 201}),
    ("create_assessment:draft", "post", "/api/assessments", {"response": "{draft}", "status": "discharged"},
     _statuses(422, anonymous=401, owner=403, paired_pcc=403, inspector=201)),
    ("update_assessment", "patch", "/api/assessments/{assessment}", {"comment": "Changed"}, INSPECTOR_ONLY),
    ("list_adequacy_views", "get", "/api/adequacy-views", None, _statuses(200)),
    ("get_adequacy_view", "get", "/api/adequacy-views/{view}", None, _statuses(200)),
    ("create_adequacy_view", "post", "/api/adequacy-views", {"response": "{revision}", "verdict": "inadequate"},
     {**LIBERTY_ONLY, "designated": 201}),
    ("create_adequacy_view:draft", "post", "/api/adequacy-views", {"response": "{draft}", "verdict": "adequate"},
     _statuses(422, anonymous=401, owner=403, paired_pcc=403, inspector=403)),
    ("update_adequacy_view", "patch", "/api/adequacy-views/{view}", {"verdict": "partly_adequate"}, LIBERTY_ONLY),
    ("delete_adequacy_view", "delete", "/api/adequacy-views/{view}", None, {**LIBERTY_ONLY, "designated": 204}),
]


def _objects(world) -> dict:
    assessment, view = _judged(world)
    names = {state: r.pk for state, r in world.responses.items()}
    names |= {f"public_{s}": e.pk for s, e in world.public.items()}
    names |= {f"internal_{s}": e.pk for s, e in world.internal.items()}
    return names | {"assessment": assessment.pk, "view": view.pk}


def _fill(value, names):
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("{") and value.endswith("}") and value[1:-1] in names:
        return names[value[1:-1]]
    return value.format(**names) if isinstance(value, str) else value


MODELS = {"evidence": Evidence, "assessments": Assessment, "adequacy-views": AdequacyView}


def current_etag(url: str) -> str:
    kind, pk = url.split("?")[0].rstrip("/").split("/")[-2:]
    return f'"{pk}-{MODELS[kind].objects.get(pk=pk).version}"'


def call(client, method, url, body=None, if_match=None):
    if method == "multipart":
        data = dict(body)
        if "url" not in data:
            data["file"] = upload()
        return client.post(url, data)
    headers = {"If-Match": if_match or current_etag(url)} if method in ("patch", "delete") else {}
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, json.dumps(body) if body is not None else None,
                                   content_type="application/json", headers=headers)


def test_every_new_operation_is_in_the_matrix():
    from rectrack.api.api import api

    document = api.get_openapi_schema()
    ours = {op["operationId"] for path, ops in document["paths"].items()
            if path.startswith(("/api/evidence", "/api/assessments", "/api/adequacy-views")) for op in ops.values()}
    assert ours == {case[0].split(":")[0] for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_permission_matrix(world, client_for, case):
    _, method, url, body, expected = case
    names = _objects(world)
    people = _people(world)
    problems = []
    for role in MATRIX_ROLES:
        client = client_for(people.get(role))
        before = state_of_the_record()
        sid = connection.savepoint()  # each role meets the same record
        response = call(client, method, _fill(url, names), _fill(body, names))
        if response.status_code != expected[role]:
            problems.append(f"{role}: {response.status_code} (expected {expected[role]}) {response.content[:300]!r}")
        elif response.status_code >= 400:
            if not response.json().get("detail"):
                problems.append(f"{role}: no detail in the error")
            if state_of_the_record() != before:
                problems.append(f"{role}: a refused request changed something")
        elif method != "get" and response.status_code != 204 and "ETag" not in response:
            problems.append(f"{role}: a write's answer has no ETag")
        connection.savepoint_rollback(sid)
    assert not problems, "\n".join(problems)


# --- What each reader reads (ADR 0012) ------------------------------------------------------------------------

@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_evidence_reads_follow_who_may_read_the_working_copy(world, client_for, role):
    client = client_for(_people(world).get(role))
    revision = world.responses["revision"]
    rows = client.get(f"/api/evidence?response={revision.pk}").json()
    titles = {r["title"] for r in rows}
    if role in INSIDE:  # the working copy: internal evidence and the revision's new file too
        assert titles == {marker("intev", "revision"), marker("pubev", "revision"), marker("pubev", "revdraft")}
        assert all(r["download"] is None or r["download"].endswith("/file") for r in rows)
    else:  # the published version's public evidence only, downloadable from the published copy
        assert titles == {marker("pubev", "revision")}
        assert rows[0]["download"] == f"/responses/{revision.pk}/published-evidence/{world.public['revision'].pk}/"
        assert client.get(rows[0]["download"]).status_code == 200
    for state in ("draft", "submitted", "withdrawn"):
        got = client.get(f"/api/evidence/{world.public[state].pk}")
        assert got.status_code == (200 if role in INSIDE else 404), (state, got.content)
    got = client.get(f"/api/evidence/{world.public['published'].pk}")
    assert got.status_code == 200
    # Only those who may change it get an ETag: its own editors and the inspectorate, not the paired PCC.
    assert ("ETag" in got) == (role in ("owner", "inspector"))
    assert not any(name.encode() in got.content for name in ("zx-owner-sussex", "zx-inspector-hmi"))


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_judgements_of_unpublished_responses_are_not_public(world, client_for, role):
    draft = world.responses["draft"]
    assessment = services.set_assessment(user=world.people["inspector"], response=draft, status="discharged",
                                         comment=marker("assess", "draft"))
    client = client_for(_people(world).get(role))
    got = client.get(f"/api/assessments/{assessment.pk}")
    assert got.status_code == (200 if role in INSIDE else 404)
    listed = client.get("/api/assessments?limit=1000").content
    assert (marker("assess", "draft").encode() in listed) == (role in INSIDE)
    assert ("ETag" in got) == (role == "inspector")


# --- ETag, If-Match, 412 and 428 -------------------------------------------------------------------------------

# name -> (who, url key, body, someone else's change meanwhile)
def _changes(world, names):
    inspector2 = make_user("zx-inspector-two", "inspectorate")
    colleague = make_user("zx-owner-colleague", "org_editor", "sussex-police")
    liberty2 = make_user("zx-liberty-two", "designated_body", "liberty")
    evidence = Evidence.objects.get(pk=names["internal_draft"])
    return {
        "evidence": ("owner", f"/api/evidence/{evidence.pk}", {"title": "Mine-zx"},
                     lambda: services.update_evidence(user=colleague, evidence=evidence, data={"title": "Theirs-zx"})),
        "assessment": ("inspector", f"/api/assessments/{names['assessment']}", {"comment": "Mine-zx"},
                       lambda: services.set_assessment(user=inspector2, response=world.responses["published"],
                                                       status=None, comment="Theirs-zx")),
        "adequacy view": ("designated", f"/api/adequacy-views/{names['view']}", {"comment": "Mine-zx"},
                          lambda: services.record_adequacy(user=liberty2, response=world.responses["published"],
                                                           verdict=None, comment="Theirs-zx")),
    }


@pytest.mark.parametrize("name", ["evidence", "assessment", "adequacy view"])
def test_patch_needs_the_current_etag_and_a_stale_one_says_what_changed(world, client_for, name):
    names = _objects(world)
    who, url, body, meanwhile = _changes(world, names)[name]
    client = client_for(world.people[who])
    etag = client.get(url)["ETag"]
    assert etag == current_etag(url)

    missing = _api(client, "patch", url, body)
    assert missing.status_code == 428 and "If-Match" in missing.json()["detail"]
    other = _api(client, "patch", url, body, if_match='"999999-1"')
    assert other.status_code == 412
    meanwhile()
    stale = _api(client, "patch", url, body, if_match=etag)
    assert stale.status_code == 412
    assert "Theirs-zx" in json.dumps(stale.json(), ensure_ascii=False), "the 412 does not say what changed"
    assert "Mine-zx" not in json.dumps(client.get(url).json())
    fresh = client.get(url)["ETag"]
    assert fresh != etag
    ok = _api(client, "patch", url, body, if_match=fresh)
    assert ok.status_code == 200, ok.content
    assert "Mine-zx" in json.dumps(ok.json()) and ok["ETag"] not in (etag, fresh)


@pytest.mark.parametrize("name", ["evidence", "adequacy view"])
def test_delete_needs_the_current_etag(world, client_for, name):
    names = _objects(world)
    who, url, _, meanwhile = _changes(world, names)[name]
    model = Evidence if name == "evidence" else AdequacyView
    pk = int(url.rsplit("/", 1)[1])
    client = client_for(world.people[who])
    etag = client.get(url)["ETag"]
    assert _api(client, "delete", url).status_code == 428
    meanwhile()
    stale = _api(client, "delete", url, if_match=etag)
    assert stale.status_code == 412 and "Theirs-zx" in json.dumps(stale.json(), ensure_ascii=False)
    assert model.objects.filter(pk=pk).exists()
    assert _api(client, "delete", url, if_match=client.get(url)["ETag"]).status_code == 204
    assert not model.objects.filter(pk=pk).exists()
    assert client.get(url).status_code == 404


def test_writes_are_in_the_history_with_the_token_named(world):
    from rectrack.accounts import tokens

    raw = tokens.create_token(user=world.people["owner"], name="Force tracker", access="read_write", days=30)[1]
    client = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {raw}"})
    draft = world.responses["draft"]
    made = client.post("/api/evidence", {"response": draft.pk, "title": "By token", "file": upload()})
    assert made.status_code == 201, made.content
    evidence_id = made.json()["id"]
    changed = _api(client, "patch", f"/api/evidence/{evidence_id}", {"public": True}, if_match=made["ETag"])
    assert changed.status_code == 200 and changed.json()["public"] is True
    records = list(Evidence.history.filter(id=evidence_id).order_by("history_id"))
    assert [r.history_user for r in records] == [world.people["owner"]] * 2
    assert all("Force tracker" in (r.history_change_reason or "") for r in records)

    read_only = tokens.create_token(user=world.people["designated"], name="Reader", access="read", days=30)[1]
    before = state_of_the_record()
    refused = Client(headers={"Authorization": f"Bearer {read_only}"}).post(
        "/api/adequacy-views", json.dumps({"response": world.responses["published"].pk, "verdict": "adequate"}),
        content_type="application/json")
    assert refused.status_code == 403 and state_of_the_record() == before


# --- Bad input: a clear 4xx, nothing changed --------------------------------------------------------------------

def _refused(response, status=422, *words):
    assert response.status_code == status, response.content
    detail = json.dumps(response.json(), ensure_ascii=False)
    assert all(w in detail for w in words), detail


@pytest.mark.parametrize(("data", "words"), [
    ({"title": "Nul\x00here"}, ["control characters"]),
    ({"url": "https://example.org/x"}, ["either a file or a url"]),  # both a file and a url
    ({"extra": "x"}, ["extra"]),
    ({"title": "x" * 301}, ["300"]),
])
def test_bad_evidence_create_is_422_and_saves_nothing(world, client_for, data, words):
    client = client_for(world.people["owner"])
    before = state_of_the_record()
    _refused(client.post("/api/evidence", {"response": world.responses["draft"].pk, "file": upload(), **data}),
             422, *words)
    assert state_of_the_record() == before


@pytest.mark.parametrize(("name", "content", "words"), [
    ("tool.exe", b"MZ\x90\x00 a program", ["a Windows program"]),
    ("image.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", ["an SVG image"]),
    ("empty.txt", b"", ["empty"]),
    ("report.pdf", b"Plain text named as a PDF", ["ends in .pdf"]),
])
def test_files_not_on_the_allow_list_are_refused(world, client_for, settings, name, content, words):
    client = client_for(world.people["owner"])
    before = state_of_the_record()
    _refused(client.post("/api/evidence", {"response": world.responses["draft"].pk, "file": upload(name, content)}),
             422, *words)
    assert state_of_the_record() == before


def test_an_oversize_file_is_refused_while_it_streams(world, client_for, settings):
    settings.RECTRACK_MAX_UPLOAD_BYTES = 1024
    client = client_for(world.people["owner"])
    before = state_of_the_record()
    _refused(client.post("/api/evidence", {"response": world.responses["draft"].pk,
                                           "file": upload("big.txt", b"a" * 5000)}), 422, "smaller than 1 KB")
    assert state_of_the_record() == before
    # Within the limit the same request works: the limit, not something else, refused it.
    ok = client.post("/api/evidence", {"response": world.responses["draft"].pk, "file": upload("ok.txt", b"a" * 500)})
    assert ok.status_code == 201


def test_no_file_and_no_url_is_422(world, client_for):
    before = state_of_the_record()
    _refused(client_for(world.people["owner"]).post("/api/evidence", {"response": world.responses["draft"].pk}),
             422, "either a file or a url")
    assert state_of_the_record() == before


@pytest.mark.parametrize(("route", "who", "body", "words"), [
    ("evidence", "owner", {"title": "Bad\x00title"}, ["control characters"]),
    ("evidence", "owner", {"title": ""}, ["title"]),
    ("evidence", "owner", {"public": "perhaps"}, ["public"]),
    ("evidence", "owner", {"file": "x"}, ["file"]),  # the file itself never changes
    ("assessments", "inspector", {"comment": "Nul\x00"}, ["control characters"]),
    ("assessments", "inspector", {"status": "complete"}, ["status"]),
    ("assessments", "inspector", {"status": None}, ["status"]),
    ("adequacy-views", "designated", {"comment": "\x07bell"}, ["control characters"]),
    ("adequacy-views", "designated", {"verdict": "fine"}, ["verdict"]),
    ("adequacy-views", "designated", {"comment": "x" * 10_001}, ["10000"]),
])
def test_bad_patch_is_422_and_changes_nothing(world, client_for, route, who, body, words):
    names = _objects(world)
    pk = {"evidence": names["internal_draft"], "assessments": names["assessment"], "adequacy-views": names["view"]}
    url = f"/api/{route}/{pk[route]}"
    before = state_of_the_record()
    _refused(_api(client_for(world.people[who]), "patch", url, body, if_match=current_etag(url)), 422, *words)
    assert state_of_the_record() == before


def test_a_second_create_is_refused_and_names_the_one_to_change(world, client_for):
    names = _objects(world)
    published = world.responses["published"].pk
    before = state_of_the_record()
    again = _api(client_for(world.people["inspector"]), "post", "/api/assessments",
                 {"response": published, "status": "discharged"})
    _refused(again, 422, f"id {names['assessment']}")
    view_again = _api(client_for(world.people["designated"]), "post", "/api/adequacy-views",
                      {"response": published, "verdict": "inadequate"})
    _refused(view_again, 422, f"id {names['view']}")
    assert state_of_the_record() == before


def test_evidence_cannot_be_accepted_without_evidence_and_views_need_a_published_response(world, client_for):
    bare = world.responses["published"]
    Evidence.objects.filter(response=bare).delete()
    before = state_of_the_record()
    _refused(_api(client_for(world.people["inspector"]), "post", "/api/assessments",
                  {"response": bare.pk, "status": "evidence_accepted"}), 422, "Evidence can only be accepted")
    # Liberty may see the submitted response's published nothing: it is not visible, so it is bad input.
    _refused(_api(client_for(world.people["designated"]), "post", "/api/adequacy-views",
                  {"response": world.responses["submitted"].pk, "verdict": "adequate"}), 422, "no response")
    assert state_of_the_record() == before


def test_a_submitted_response_locks_its_evidence(world, client_for):
    evidence = world.internal["submitted"]
    url = f"/api/evidence/{evidence.pk}"
    before = state_of_the_record()
    _refused(_api(client_for(world.people["owner"]), "patch", url, {"title": "Late"}, if_match=current_etag(url)),
             422, "submitted")
    assert state_of_the_record() == before


# --- Two saves at once: exactly one wins (SQLite and PostgreSQL) ------------------------------------------------

def _race_world():
    from tests.security.conftest import build_world

    world = build_world()
    names = _objects(world)
    return world, names


def _one_winner(results) -> int:
    winners = [i for i, r in enumerate(results) if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], StaleEdit) or _lost_the_lock(losers[0]), repr(losers[0])
    return winners[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("name", ["evidence", "assessment", "adequacy view"])
def test_two_concurrent_saves_of_the_same_version_exactly_one_wins(reference_data, monkeypatch, name):
    world, names = _race_world()
    if name == "evidence":
        obj = Evidence.objects.get(pk=names["internal_draft"])
        writers = [world.people["owner"], make_user("zx-owner-colleague", "org_editor", "sussex-police")]

        def save(i):
            return services.update_evidence(user=writers[i], evidence=obj, data={"title": f"Writer {i}"},
                                            expected_version=obj.version)
        field = "title"
    elif name == "assessment":
        obj = Assessment.objects.get(pk=names["assessment"])
        writers = [world.people["inspector"], make_user("zx-inspector-two", "inspectorate")]

        def save(i):
            return services.set_assessment(user=writers[i], response=obj.response, status=None,
                                           comment=f"Writer {i}", expected_version=obj.version)
        field = "comment"
    else:
        obj = AdequacyView.objects.get(pk=names["view"])
        writers = [world.people["designated"], make_user("zx-liberty-two", "designated_body", "liberty")]

        def save(i):
            return services.record_adequacy(user=writers[i], response=obj.response, verdict=None,
                                            comment=f"Writer {i}", expected_version=obj.version)
        field = "comment"
    _slow_validation(monkeypatch)
    winner = _one_winner(_race(2, save, monkeypatch))
    after = type(obj).objects.get(pk=obj.pk)
    assert after.version == obj.version + 1 and getattr(after, field) == f"Writer {winner}"
    assert type(obj).history.filter(id=obj.pk, version=obj.version + 1).count() == 1


def _slow_validation(monkeypatch):
    """Assessments and views check their comment with core.validators.text after the version check: pause there
    too, so that without the row lock both writers would pass the check (``_race`` pauses ``_check_texts``)."""
    import time

    from rectrack.core import validators

    real = validators.text

    def slow(*args, **kwargs):
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(validators, "text", slow)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("name", ["evidence", "assessment", "adequacy view"])
def test_two_concurrent_api_patches_with_the_same_etag_one_gets_412(reference_data, monkeypatch, name):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("needs a database that waits for locks: PostgreSQL, or SQLite with RECTRACK_TEST_SQLITE_FILE=1")
    world, names = _race_world()
    who, url, _, _ = _changes(world, names)[name]
    from rectrack.accounts.models import User

    # _changes made a second writer of each kind.
    second = User.objects.get(username={"owner": "zx-owner-colleague", "inspector": "zx-inspector-two",
                                        "designated": "zx-liberty-two"}[who])
    clients = []
    for user in (world.people[who], second):
        client = Client()
        client.force_login(user)
        clients.append(client)
    etag = clients[0].get(url)["ETag"]
    field = "title" if name == "evidence" else "comment"
    _slow_validation(monkeypatch)
    results = _race(2, lambda i: _api(clients[i], "patch", url, {field: f"Writer {i}"}, if_match=etag).status_code,
                    monkeypatch)
    results = [412 if _lost_the_lock(r) else r for r in results]
    assert sorted(results) == [200, 412], results
    pk = int(url.rsplit("/", 1)[1])
    model = MODELS[url.split("/")[2]]
    assert getattr(model.objects.get(pk=pk), field) == f"Writer {results.index(200)}"


# --- The lists read a constant number of queries ------------------------------------------------------------------

def _queries(client, url) -> int:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_lists_take_the_same_number_of_queries_for_more_rows(world, client_for):
    inspector, liberty = world.people["inspector"], world.people["designated"]
    client = client_for(inspector)
    urls = ["/api/assessments", "/api/adequacy-views", f"/api/evidence?response={world.responses['draft'].pk}"]
    services.set_assessment(user=inspector, response=world.responses["published"], status="discharged")
    services.record_adequacy(user=liberty, response=world.responses["published"], verdict="adequate")
    client.get(urls[0])  # the session's first request may do its own bookkeeping
    few = [_queries(client, url) for url in urls]
    for state in ("revision", "draft"):
        services.set_assessment(user=inspector, response=world.responses[state], status="discharged")
        services.add_evidence_link(user=world.people["owner"], response=world.responses["draft"],
                                   url=f"https://example.org/{state}", title=state)
    services.record_adequacy(user=liberty, response=world.responses["revision"], verdict="inadequate")
    assert [_queries(client, url) for url in urls] == few


def test_a_body_that_may_judge_cannot_change_or_withdraw_another_bodys_view(world, client_for):
    """Southall Black Sisters, opened to trust-sc, records its own view; Liberty's stays Liberty's."""
    names = _objects(world)
    world.super_complaint.adequacy_opened_to.add("southall-black-sisters")
    client = client_for(_people(world)["other_designated"])
    url = f"/api/adequacy-views/{names['view']}"
    before = state_of_the_record()
    assert "ETag" not in client.get(url)
    _refused(_api(client, "patch", url, {"verdict": "inadequate"}, if_match=current_etag(url)), 403, "whose view")
    _refused(_api(client, "delete", url, if_match=current_etag(url)), 403, "whose view")
    assert state_of_the_record() == before
    own = _api(client, "post", "/api/adequacy-views", {"response": world.responses["published"].pk,
                                                       "verdict": "inadequate"})
    assert own.status_code == 201 and own.json()["designated_body"] == "southall-black-sisters"
    assert AdequacyView.objects.get(pk=names["view"]).verdict == "adequate"
