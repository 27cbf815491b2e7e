"""Fixtures for the work pages: responses in each state, written and moved through the services."""
import datetime

import pytest

from rectrack.responses import services as responses
from rectrack.workflow import services as workflow
from tests.responses.factories import make_response, org, rec
from tests.support.users import make_user


@pytest.fixture
def sussex_pcc_editor(users):
    return make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")


@pytest.fixture
def draft(users):
    """Sussex Police's draft answer to recommendation 1 (only Sussex and the inspectorate may see it)."""
    return make_response(users.sussex_editor, "1", "sussex-police", published=False,
                         narrative="DRAFT-SECRET words not yet public.")


@pytest.fixture
def submitted(users):
    response = make_response(users.sussex_editor, "4", "sussex-police", published=False)
    workflow.transition(users.sussex_editor, response, "submitted")
    return response


@pytest.fixture
def returned(users):
    response = make_response(users.sussex_editor, "8", "sussex-police", published=False)
    workflow.transition(users.sussex_editor, response, "submitted")
    workflow.transition(users.inspector, response, "returned", comment="Please add the action owners.")
    return response


@pytest.fixture
def published(users):
    return make_response(users.northumbria_editor, "1", "northumbria-police")


@pytest.fixture
def with_evidence(users, published):
    responses.add_evidence_link(user=users.inspector, response=published, url="https://example.org/plan",
                                title="Action plan")
    # Evidence starts a revision of the published response; the organisation submits it for the inspectorate.
    workflow.transition(users.northumbria_editor, published, "submitted")
    return published


@pytest.fixture
def joint_request(users, sussex_pcc_editor):
    """Sussex PCC asks that its answer to recommendation 5 also count for Sussex Police."""
    response = make_response(sussex_pcc_editor, "5", "sussex-pcc", published=False)
    return responses.request_joint(user=sussex_pcc_editor, response=response, organisation=org("sussex-police"))


@pytest.fixture
def action_due(users, draft):
    return responses.add_action(user=users.sussex_editor, response=draft, data={
        "description": "Train every call handler", "owner": "Head of contact",
        "due_date": datetime.date.today() + datetime.timedelta(days=5)})


__all__ = ["rec"]
