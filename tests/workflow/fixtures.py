"""Fixtures for the workflow tests: the "Safe to share?" report and responses in each state."""
import datetime

import pytest
from django.utils import timezone

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation

PUBLISHED = datetime.date(2020, 12, 17)  # "Safe to share?"
INITIAL_DUE = datetime.date(2021, 2, 11)  # + 56 days
UPDATE_DUE = datetime.date(2021, 6, 17)  # recommendation 8: within six months


@pytest.fixture
def sts(reference_data):
    return SuperComplaint.objects.get(slug="safe-to-share")


@pytest.fixture
def rec(sts):
    """Recommendation 1: to chief constables; no progress-update date."""
    return Recommendation.objects.get(super_complaint=sts, number="1")


@pytest.fixture
def rec8(sts):
    """Recommendation 8: to all recipients; a progress update within six months."""
    return Recommendation.objects.get(super_complaint=sts, number="8")


@pytest.fixture
def sussex(reference_data):
    return Organisation.objects.get(pk="sussex-police")


@pytest.fixture
def make_response(users):
    from rectrack.responses.services import create_response

    def make(recommendation, organisation, *, narrative="We have done this.", counts_for=None, **data):
        return create_response(user=users.inspector, recommendation=recommendation, organisation=organisation,
                               data={"narrative": narrative, **data}, counts_for=counts_for)

    return make


def set_transition_date(transition, day: datetime.date) -> None:
    """Move a recorded transition to a given day (it is stamped 'now' when recorded)."""
    at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    transition.at = at
    transition.save(update_fields=["at"])  # (auto_now_add sets only a new row) the tracker hears of it
