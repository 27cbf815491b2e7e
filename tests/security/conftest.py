"""A small record in every state, written the way people write it (services and workflow transitions), with a
distinctive marker in every piece of text so a test can say exactly what each reader sees.

The super-complaint ``trust-sc`` has five recommendations, each owed by Sussex Police, its PCC and Northumbria
Police. Sussex Police's response to each recommendation is in one state (``STATES``):

- ``draft``, ``submitted`` (with a submission comment), ``published`` and ``withdrawn`` (published, then
  withdrawn with a comment);
- ``revision``: published, then changed (narrative, a new action, a new public file): the public still reads
  the published version, the working copy holds the revision.

Every response has an action (``act-<state>-zx``), an internal evidence link (``intev-<state>-zx``) and a
public evidence file (``pubev-<state>-zx``, bytes ``bytes-<state>-zx``); the revision adds
``narr-revdraft-zx``, ``act-revdraft-zx`` and ``pubev-revdraft-zx``. Comments are ``cmt-<state>-zx``.
"""
import datetime
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from rectrack.complaints.models import Recommendation
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.publishing.snapshots import take_snapshot
from rectrack.responses import services
from rectrack.responses.models import Response
from rectrack.workflow.services import transition
from tests.responses.factories import make_synthetic_complaint
from tests.support.shared import per_test
from tests.support.users import make_user

SC = "trust-sc"
STATES = ["draft", "submitted", "published", "withdrawn", "revision"]
# Who reads what (ADR 0012): the inspectorate, the writer's own editors and its paired body read the working
# copy; every other reader only published versions.
ROLES = ["anonymous", "owner", "other_force", "paired_pcc", "unpaired_pcc", "designated", "inspector"]
INSIDERS = {"owner", "paired_pcc", "inspector"}
# Distinctive usernames, so that a page naming a person is caught.
USERNAMES = {"owner": "zx-owner-sussex", "other_force": "zx-editor-northumbria", "paired_pcc": "zx-pcc-sussex",
             "unpaired_pcc": "zx-pcc-northumbria", "designated": "zx-liberty", "inspector": "zx-inspector-hmi"}
# Progress of the working copy by state: what outsiders may see is never "complete".
PROGRESS = {"draft": "complete", "submitted": "complete", "published": "not_started", "withdrawn": "complete",
            "revision": "not_started"}


def marker(kind: str, state: str) -> str:
    return f"{kind}-{state}-zx"


def _file(state: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{state}.txt", f"bytes-{state}-zx".encode(), content_type="text/plain")


def build_world() -> SimpleNamespace:
    people = {
        "owner": make_user(USERNAMES["owner"], "org_editor", "sussex-police"),
        "other_force": make_user(USERNAMES["other_force"], "org_editor", "northumbria-police"),
        "paired_pcc": make_user(USERNAMES["paired_pcc"], "org_editor", "sussex-pcc"),
        "unpaired_pcc": make_user(USERNAMES["unpaired_pcc"], "org_editor", "northumbria-pcc"),
        "designated": make_user(USERNAMES["designated"], "designated_body", "liberty"),
        "inspector": make_user(USERNAMES["inspector"], "inspectorate"),
    }
    orgs = list(Organisation.objects.filter(pk__in=["sussex-police", "sussex-pcc", "northumbria-police"]))
    super_complaint = make_synthetic_complaint(SC, len(STATES), orgs)
    super_complaint.designated_bodies.add("liberty")
    owner, inspector = people["owner"], people["inspector"]
    responses, actions, internal, public = {}, {}, {}, {}
    for i, state in enumerate(STATES):
        rec = Recommendation.objects.get(super_complaint=super_complaint, number=str(i + 1))
        r = services.create_response(
            user=owner,
            recommendation=rec,
            organisation=Organisation.objects.get(pk="sussex-police"),
            data={
                "position": "accepted",
                "progress": PROGRESS[state],
                "narrative": f"Our answer: {marker('narr', state)}.",
                "as_of": datetime.date(2021, 6, 1),
            },
        )
        actions[state] = services.add_action(user=owner, response=r, data={"description": marker("act", state)})
        internal[state] = services.add_evidence_link(user=owner, response=r, url="https://example.org/internal",
                                                     title=marker("intev", state))
        public[state] = services.add_evidence_file(user=owner, response=r, uploaded=_file(state),
                                                   title=marker("pubev", state), public=True)
        if state != "draft":
            transition(owner, r, WorkflowState.SUBMITTED, comment=marker("cmt", state))
        if state in ("published", "withdrawn", "revision"):
            transition(inspector, r, WorkflowState.PUBLISHED, comment=f"published {marker('cmt', state)}")
        if state == "withdrawn":
            transition(inspector, r, WorkflowState.WITHDRAWN, comment=f"withdrawn {marker('cmt', state)}")
        if state == "revision":
            r = Response.objects.get(pk=r.pk)
            services.update_response(
                user=owner,
                response=r,
                data={"narrative": f"Revised: {marker('narr', 'revdraft')}.", "progress": "complete"},
                expected_version=r.version,
            )
            services.add_action(user=owner, response=r, data={"description": marker("act", "revdraft")})
            services.add_evidence_file(user=owner, response=r, title=marker("pubev", "revdraft"), public=True,
                                       uploaded=SimpleUploadedFile("rev.txt", b"bytes-revdraft-zx",
                                                                   content_type="text/plain"))
        responses[state] = Response.objects.get(pk=r.pk)
    return SimpleNamespace(
        super_complaint=super_complaint,
        people=people,
        responses=responses,
        actions=actions,
        internal=internal,
        public=public,
    )


@pytest.fixture(scope="module")
def module_world(module_db):
    """The world, built once per module (``module_db``): each test gets its own copy through ``world``."""
    with module_db():
        return build_world()


@pytest.fixture
def world(module_world, db):
    """The world for one test, which may write: its writes roll back when it ends (tests/support/shared.py)."""
    return per_test(module_world)


@pytest.fixture(scope="module")
def shared_world(module_world, module_db):
    """The same world for a module of read-only tests (hundreds of requests, one world), with a snapshot taken.
    Each test still takes ``db``; it is the module's own objects, not a copy: a test that writes uses ``world``."""
    with module_db():
        module_world.snapshot = take_snapshot(user=module_world.people["inspector"],
                                              super_complaint=module_world.super_complaint)
    return module_world
