"""The visibility matrix (issue 7, ADR 0012): every page and API route that shows a response, its actions, its
evidence (files too), its history or its comments x every role x every state.

The record is ``tests/security/conftest.py``'s world: Sussex Police's responses in each state, every piece of
text carrying a marker. For each route and role the test states exactly which markers must be on the page and
which must not be:

- an **insider** (the inspectorate, Sussex Police's own editor, the Sussex PCC: paired, its scrutiny) reads the
  working copy on the internal pages, the API and the exports: every state, internal evidence and comments;
- an **outsider** (anonymous, another force, an unpaired PCC, a designated body) reads published versions only:
  the published response and the *published* version of the one under revision, never a draft, a submitted or
  withdrawn response, the revision's draft text, internal evidence, a workflow comment or a username;
- the **public pages** (/public/...) show everyone, insiders included, the published record only.
"""
import csv
import io
import json

import pytest

from rectrack.publishing import charts
from tests.security.conftest import INSIDERS, ROLES, SC, STATES, USERNAMES
from tests.security.routes import (
    ALL_MARKERS,
    PUBLISHED_LIKE,
    ROUTES,
    Route,
    body_text,
    every_marker,
    published_markers,
    url_for,
    working_markers,
)


def _expected(route: Route, role: str, states: list[str]) -> tuple[int, set[str]]:
    """(status, markers that must be present) for this role over these states."""
    insider = role in INSIDERS and not route.public
    visible = [s for s in states if insider or s in PUBLISHED_LIKE]
    if route.internal_only:
        visible = states if insider else []
    if route.published_only:
        visible = [s for s in states if s in PUBLISHED_LIKE]
    status = 200 if visible or len(states) > 1 or route.page_always else 404
    reads = working_markers if insider and not route.published_only else published_markers
    wanted = {m for s in visible for k in route.shows for m in reads(s, k)}
    return status, wanted


def _allowed(route: Route, role: str) -> set[str]:
    """Every marker this role may ever meet on this route."""
    if role in INSIDERS and not route.public:
        return every_marker()
    return {m for s in STATES for k in ("narr", "act", "pubev", "bytes") for m in published_markers(s, k)}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", ROUTES, ids=[r.name for r in ROUTES])
def test_visibility(shared_world, db, client_for, route, role):
    world = shared_world
    client = client_for(world.people.get(role))
    problems = []
    for state in STATES if route.per_state else [None]:
        states = [state] if state else STATES
        url = url_for(route, world, state)
        response = client.get(url)
        status, wanted = _expected(route, role, states)
        where = f"{role} GET {url} ({state or 'all states'})"
        if response.status_code != status:
            problems.append(f"{where}: status {response.status_code}, expected {status}")
            continue
        text = body_text(response) if status == 200 else response.content
        found = {m.decode() for m in ALL_MARKERS.findall(text)}
        if missing := wanted - found:
            problems.append(f"{where}: missing {sorted(missing)}")
        if leaked := found - _allowed(route, role):
            problems.append(f"{where}: shows {sorted(leaked)}")
        # Nobody's username reaches a reader who may not read the working copy (their own name in the header
        # is theirs to see).
        if role not in INSIDERS or route.public:
            names = [n for who, n in USERNAMES.items() if who != role and n.encode() in text]
            if names:
                problems.append(f"{where}: names {names}")
    assert not problems, "\n".join(problems)


# The progress of Sussex Police's cells as each reader must see them: the working copies of the draft, submitted,
# withdrawn response and of the revision are "complete"; the published versions are "not started".
PUBLIC_CELLS = {"1": "no_response", "2": "no_response", "3": "not_started", "4": "no_response", "5": "not_started"}
INTERNAL_CELLS = {"1": "complete", "2": "complete", "3": "not_started", "4": "complete", "5": "complete"}


@pytest.mark.parametrize("role", ROLES)
def test_matrix_cells_and_open_data(shared_world, db, client_for, role):
    """The national matrix (API and download) counts working copies only for insiders; open data, charts and
    snapshots count published versions only, for everyone."""
    world = shared_world
    client = client_for(world.people.get(role))
    expected = INTERNAL_CELLS if role in INSIDERS else PUBLIC_CELLS
    rows = client.get(f"/api/super-complaints/{SC}/matrix").json()["rows"]
    assert next(r["cells"] for r in rows if r["organisation"] == "sussex-police") == expected
    download = b"".join(client.get(f"/exports/matrix.csv?super_complaint={SC}").streaming_content)
    sussex = next(r for r in csv.DictReader(io.StringIO(download.decode("utf-8-sig")))
                  if r["organisation"] == "sussex-police")
    assert {n: sussex[n] for n in expected} == expected

    opendata = json.loads(b"".join(client.get(f"/public/{SC}.json").streaming_content))
    cells = {r["recommendation"]: r for r in opendata["rows"] if r["organisation_id"] == "sussex-police"}
    assert {n: r["progress"] or r["state"] for n, r in cells.items()} == PUBLIC_CELLS
    assert all(not r["written_by"] or r["written_by"] == "sussex-police" for r in cells.values())


def test_charts_and_snapshots_count_published_versions_only(shared_world, db):
    world = shared_world
    data = charts.chart_data(world.super_complaint)
    by_number = {r["number"]: r["counts"] for r in data.recommendations}
    assert sum(c["complete"] for c in by_number.values()) == 0, "a working copy reached the charts"
    assert [by_number[n]["not_started"] for n in "12345"] == [0, 0, 1, 0, 1]
    snapshot = world.snapshot
    rows = {(r.organisation_id, r.recommendation): r for r in snapshot.rows.all()}
    assert {n: rows["sussex-police", n].progress or "no_response" for n in "12345"} == PUBLIC_CELLS
    assert snapshot.taken_by_name == "the inspectorate"  # never a username
