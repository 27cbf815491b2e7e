"""Fixtures for the public record: a few responses to "Safe to share?" in different states."""
import datetime

import pytest

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.support import record

SLUG = "safe-to-share"


def set_state(response: Response, state: str) -> Response:
    """Move a response to a state as the workflow would (publishing makes a published version)."""
    return record.set_state(response, state)


@pytest.fixture
def super_complaint(reference_data) -> SuperComplaint:
    return SuperComplaint.objects.get(slug=SLUG)


@pytest.fixture
def rec(super_complaint):
    return lambda number: Recommendation.objects.get(super_complaint=super_complaint, number=str(number))


@pytest.fixture
def org():
    return lambda org_id: Organisation.objects.get(pk=org_id)


@pytest.fixture
def respond(users, rec, org):
    """respond(org_id, number, state="published", **fields) -> Response, written by the inspector."""

    def make(org_id, number, state=WorkflowState.PUBLISHED, **fields):
        data = {"position": "accepted", "progress": "in_progress", "narrative": f"{org_id} on {number}",
                "as_of": datetime.date(2021, 6, 1), **fields}
        resp = services.create_response(user=users.inspector, recommendation=rec(number),
                                        organisation=org(org_id), data=data)
        return set_state(resp, state)

    return make


@pytest.fixture
def published(respond):
    """Sussex: rec 1 complete (published), rec 4 in progress (published); Northumbria rec 1 draft."""
    return {
        "sussex_1": respond("sussex-police", 1, progress="complete", narrative="Sussex stopped sharing data."),
        "sussex_4": respond("sussex-police", 4, progress="in_progress"),
        "northumbria_1": respond("northumbria-police", 1, state=WorkflowState.DRAFT,
                                 narrative="SECRET DRAFT TEXT"),
    }
