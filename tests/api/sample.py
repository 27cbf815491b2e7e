"""A small, known data set for the API and export tests (built through the services, like the pages)."""
import datetime
from types import SimpleNamespace

import pytest

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.support import record
from tests.support.shared import per_test

SC = "safe-to-share"


def rec(number: str, slug: str = SC) -> Recommendation:
    return Recommendation.objects.get(super_complaint_id=slug, number=number)


def org(org_id: str) -> Organisation:
    return Organisation.objects.get(pk=org_id)


def publish(*responses: Response) -> None:
    record.publish(*responses)
    for r in responses:
        r.refresh_from_db()


def make_sample(users) -> SimpleNamespace:
    """Sussex: rec 1 published (two actions), rec 4 draft. Northumbria: rec 1 published, joint with its PCC
    on rec 5 (published). Every other recipient has no response."""
    inspector = users.inspector
    sussex_1 = services.create_response(
        user=inspector, recommendation=rec("1"), organisation=org("sussex-police"),
        data={"position": "accepted", "progress": "complete", "narrative": "We stopped sharing.",
              "as_of": datetime.date(2021, 6, 1), "owner": "ACC Crime", "local_ref": "REC2499"},
    )
    sussex_4 = services.create_response(
        user=inspector, recommendation=rec("4"), organisation=org("sussex-police"),
        data={"position": "accepted", "progress": "in_progress", "narrative": "Draft: pathways with partners."},
    )
    northumbria_1 = services.create_response(
        user=inspector, recommendation=rec("1"), organisation=org("northumbria-police"),
        data={"position": "partially_accepted", "progress": "awaiting_national",
              "narrative": "=HYPERLINK(\"http://evil.example\") waiting for the NPCC guidance."},
    )
    northumbria_5 = services.create_response(
        user=inspector, recommendation=rec("5"), organisation=org("northumbria-police"),
        data={"position": "accepted", "progress": "in_progress", "narrative": "A joint plan with the PCC."},
        counts_for=[org("northumbria-pcc")],
    )
    action_1 = services.add_action(user=inspector, response=sussex_1,
                                   data={"description": "Issue guidance to officers", "owner": "DCI Policy",
                                         "due_date": datetime.date(2021, 3, 1), "status": "complete",
                                         "completed_on": datetime.date(2021, 2, 20)})
    action_2 = services.add_action(user=inspector, response=sussex_1,
                                   data={"description": "@SUM(1+1) audit", "status": "in_progress"})
    draft_action = services.add_action(user=inspector, response=sussex_4,
                                       data={"description": "Meet specialist organisations"})
    publish(sussex_1, northumbria_1, northumbria_5)  # with their actions: the published versions hold them
    return SimpleNamespace(sussex_1=sussex_1, sussex_4=sussex_4, northumbria_1=northumbria_1,
                           northumbria_5=northumbria_5, action_1=action_1, action_2=action_2,
                           draft_action=draft_action, published=[sussex_1, northumbria_1, northumbria_5])


# Built once per module (tests/support/shared.py): each test gets its own copy and its writes roll back. Modules
# using it take ``users`` from the module's cast too (``module_users_per_test``): the sample's author is among them.
@pytest.fixture(scope="module")
def module_sample(module_db, module_users):
    with module_db():
        return make_sample(module_users)


@pytest.fixture
def sample(module_sample, db):
    return per_test(module_sample)

@pytest.fixture
def api_client(client_for, users):
    """api_client(role) -> a signed-in client; role None is anonymous."""
    people = {None: None, "anonymous": None, "inspector": users.inspector, "sussex_editor": users.sussex_editor,
              "northumbria_editor": users.northumbria_editor, "liberty": users.liberty}

    def make(role=None):
        return client_for(people[role])

    return make
