"""Deadline arithmetic and derived states: month ends, leap years, 56 days, extensions, met/overdue."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.complaints.services import due_from_text
from rectrack.core.dates import add_months
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses import services as response_services
from rectrack.responses.models import Response
from rectrack.tracker.deadlines import DUE, INITIAL, LONG_OVERDUE, MET, NONE, OVERDUE, UPDATE, clock_state
from rectrack.tracker.selectors import build_matrix, cells_for, standings
from rectrack.workflow.services import grant_extension, transition
from tests.support import record
from tests.workflow.fixtures import (  # noqa: F401 - fixtures
    INITIAL_DUE,
    PUBLISHED,
    UPDATE_DUE,
    make_response,
    rec,
    rec8,
    set_transition_date,
    sts,
    sussex,
)

D = datetime.date


# Arithmetic -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, months, expected", [
    (D(2021, 1, 31), 1, D(2021, 2, 28)),   # month end clamps
    (D(2024, 1, 31), 1, D(2024, 2, 29)),   # leap year
    (D(2024, 2, 29), 12, D(2025, 2, 28)),  # from 29 Feb to a year without one
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2021, 8, 31), 6, D(2022, 2, 28)),
    (D(2021, 3, 31), 1, D(2021, 4, 30)),
    (D(2020, 12, 17), 6, D(2021, 6, 17)),  # "Safe to share?" recommendation 8
    (D(2020, 12, 31), 2, D(2021, 2, 28)),  # across the year end
    (D(2021, 3, 31), -1, D(2021, 2, 28)),
    (D(2021, 1, 15), 0, D(2021, 1, 15)),
])
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_initial_clock_is_56_days_from_publication(sts):
    assert sts.report_published_date == PUBLISHED
    assert sts.initial_response_due == INITIAL_DUE


@pytest.mark.parametrize("published, expected", [
    ("2024-01-10", D(2024, 3, 6)),  # across 29 February
    ("2023-01-10", D(2023, 3, 7)),
    ("2021-12-31", D(2022, 2, 25)),
])
def test_initial_clock_across_leap_years(published, expected):
    super_complaint = SuperComplaint(report_published=published, report_published_date=D.fromisoformat(published))
    assert super_complaint.initial_response_due == expected


def test_partial_publication_date_gives_no_initial_clock_until_overridden():
    super_complaint = SuperComplaint(report_published="2021-08", report_published_date=D(2021, 8, 1))
    assert super_complaint.initial_response_due is None
    super_complaint.initial_response_due_override = D(2021, 10, 1)
    assert super_complaint.initial_response_due == D(2021, 10, 1)


@pytest.mark.parametrize("text, published, expected", [
    ("By 27 March 2025, chief constables should ...", None, D(2025, 3, 27)),
    ("by 3rd June, 2021 forces should", None, D(2021, 6, 3)),
    ("by the end of February 2024", None, D(2024, 2, 29)),
    ("By March 2025", None, D(2025, 3, 31)),
    ("within six months of the date of publication of this report.", D(2020, 12, 17), D(2021, 6, 17)),
    ("within six months of the date of\n   publication", D(2021, 8, 31), D(2022, 2, 28)),
    ("within 56 days of publication", D(2023, 12, 15), D(2024, 2, 9)),
    ("within 8 weeks of this report", D(2020, 12, 17), D(2021, 2, 11)),
    ("within six months of the date of publication", None, None),  # partial date: unknown
    ("By 31 February 2025", None, None),
    ("Conduct an assessment of local access", D(2020, 12, 17), None),
])
def test_due_from_text(text, published, expected):
    assert due_from_text(text, published) == expected


def test_catalogue_due_dates_loaded(rec, rec8):
    assert rec8.update_due == UPDATE_DUE
    assert rec.update_due is None


# States ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("today, state, label", [
    (D(2021, 1, 1), DUE, "Due 11 Feb 2021"),
    (D(2021, 2, 11), DUE, "Due 11 Feb 2021"),  # due on the day itself
    (D(2021, 2, 12), OVERDUE, "Overdue"),
    (D(2021, 3, 11), OVERDUE, "Overdue"),  # 28 days past
    (D(2021, 3, 12), LONG_OVERDUE, "Long overdue"),  # more than 28 days past
])
def test_clock_state(today, state, label):
    d = clock_state(INITIAL, INITIAL_DUE, None, today)
    assert (d.state, d.label) == (state, label)
    assert d.tag_class.startswith("govuk-tag--")


def test_long_overdue_threshold_is_a_setting(settings):
    settings.RECTRACK_LONG_OVERDUE_DAYS = 7
    assert clock_state(INITIAL, INITIAL_DUE, None, D(2021, 2, 19)).state == LONG_OVERDUE
    assert clock_state(INITIAL, INITIAL_DUE, None, D(2021, 2, 18)).state == OVERDUE


def test_met_and_late_labels_and_no_date():
    on_time = clock_state(INITIAL, INITIAL_DUE, D(2021, 2, 3), D(2022, 1, 1))
    assert (on_time.state, on_time.label, on_time.late) == (MET, "Met 3 Feb 2021", False)
    late = clock_state(INITIAL, INITIAL_DUE, D(2021, 3, 1), D(2022, 1, 1))
    assert (late.state, late.label, late.late, late.days_late) == (MET, "Met 1 Mar 2021 (late)", True, 18)
    assert clock_state(INITIAL, None, None, D(2022, 1, 1)).state == NONE


def _clocks(rec, org_id, today):
    [cell] = cells_for(standings(recommendation=rec, organisation_id=org_id), {rec.pk: rec}, today=today)
    return cell.deadlines


def test_no_response_is_overdue_then_long_overdue(rec, sussex):
    assert [c.state for c in _clocks(rec, sussex.pk, D(2021, 2, 1))] == [DUE]
    assert [c.state for c in _clocks(rec, sussex.pk, D(2021, 2, 20))] == [OVERDUE]
    assert [c.state for c in _clocks(rec, sussex.pk, D(2021, 6, 1))] == [LONG_OVERDUE]


def test_met_on_first_submission(users, rec, sussex, make_response):
    response = make_response(rec, sussex)
    assert _clocks(rec, sussex.pk, D(2021, 2, 20))[0].state == OVERDUE  # a draft meets nothing
    set_transition_date(transition(users.sussex_editor, response, WorkflowState.SUBMITTED), D(2021, 2, 3))
    clock = _clocks(rec, sussex.pk, D(2021, 6, 1))[0]
    assert (clock.state, clock.met_on, clock.label) == (MET, D(2021, 2, 3), "Met 3 Feb 2021")
    # Returned: no longer met; resubmitted: met on the first submission again.
    transition(users.inspector, response, WorkflowState.RETURNED, "Please add your actions.")
    assert _clocks(rec, sussex.pk, D(2021, 6, 1))[0].state == LONG_OVERDUE
    transition(users.sussex_editor, response, WorkflowState.SUBMITTED)
    assert _clocks(rec, sussex.pk, D(2021, 6, 1))[0].met_on == D(2021, 2, 3)


def test_response_from_a_published_document_is_met_on_its_date(users, rec, sussex, make_response):
    response = make_response(rec, sussex, as_of=D(2021, 2, 9))
    Response.objects.filter(pk=response.pk).update(source=Response.Source.DOCUMENT)
    record.publish(response)
    assert _clocks(rec, sussex.pk, D(2025, 1, 1))[0].met_on == D(2021, 2, 9)


def test_joint_response_meets_the_other_recipients_clock(users, rec8, sussex, make_response):
    pcc = Organisation.objects.get(pk="sussex-pcc")
    response = make_response(rec8, sussex, counts_for=[pcc])
    set_transition_date(transition(users.sussex_editor, response, WorkflowState.SUBMITTED), D(2021, 2, 1))
    assert _clocks(rec8, pcc.pk, D(2021, 3, 1))[0].met_on == D(2021, 2, 1)


def test_update_clock_needs_a_submission_after_the_initial_deadline(users, rec8, sussex, make_response):
    response = make_response(rec8, sussex)
    set_transition_date(transition(users.sussex_editor, response, WorkflowState.SUBMITTED), D(2021, 2, 1))
    transition(users.inspector, response, WorkflowState.PUBLISHED)
    initial, update = _clocks(rec8, sussex.pk, D(2021, 5, 1))
    assert (initial.clock, initial.state, update.clock, update.state) == (INITIAL, MET, UPDATE, DUE)
    assert update.due == UPDATE_DUE
    # The six-month update: a revision of the published response, submitted after the initial deadline.
    response_services.update_response(user=users.sussex_editor, response=response,
                                      data={"narrative": "Six-month update: all officers trained."})
    initial, update = _clocks(rec8, sussex.pk, D(2021, 7, 1))
    assert (initial.state, update.state) == (MET, OVERDUE)  # a revision still in draft meets nothing new
    set_transition_date(transition(users.sussex_editor, response, WorkflowState.SUBMITTED), D(2021, 6, 10))
    initial, update = _clocks(rec8, sussex.pk, D(2021, 7, 1))
    assert (update.state, update.met_on) == (MET, D(2021, 6, 10))


# Extensions -------------------------------------------------------------------------------------------

def test_extension_latest_wins_and_reason_required(users, rec, sussex):
    with pytest.raises(ValidationError):
        grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                        new_due=D(2021, 3, 1), reason="  ")
    with pytest.raises(ValidationError):  # not later than the original
        grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                        new_due=D(2021, 2, 1), reason="Too early")
    with pytest.raises(ValidationError):  # recommendation 1 has no progress-update clock
        grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=UPDATE,
                        new_due=D(2021, 9, 1), reason="x")
    with pytest.raises(PermissionDenied):
        grant_extension(user=users.sussex_editor, recommendation=rec, organisation=sussex, clock=INITIAL,
                        new_due=D(2021, 3, 31), reason="We would like more time")
    grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                    new_due=D(2021, 3, 31), reason="Chief constable's illness")
    ext = grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                          new_due=D(2021, 3, 15), reason="Brought forward after review")
    clock = _clocks(rec, sussex.pk, D(2021, 3, 1))[0]
    assert (clock.state, clock.due, clock.original_due, clock.extended) == (DUE, D(2021, 3, 15), INITIAL_DUE, True)
    assert clock.extension_reason == "Brought forward after review"
    assert ext.history.first().history_user == users.inspector
    # Another recipient keeps the report's date.
    other = _clocks(rec, "northumbria-police", D(2021, 3, 1))[0]
    assert (other.state, other.due) == (OVERDUE, INITIAL_DUE)


def test_extension_of_an_organisation_that_owes_nothing_is_refused(users, rec):
    with pytest.raises(ValidationError):
        grant_extension(
            user=users.inspector,
            recommendation=rec,
            organisation=Organisation.objects.get(pk="home-office"),
            clock=INITIAL,
            new_due=D(2021, 3, 31),
            reason="x",
        )


# The matrix reads the clocks from the standings ------------------------------------------------------

def test_matrix_clocks_in_constant_queries(users, sts, rec, rec8, sussex, make_response,
                                           django_assert_max_num_queries):
    response = make_response(rec, sussex)
    transition(users.sussex_editor, response, WorkflowState.SUBMITTED)
    make_response(rec8, sussex, counts_for=[Organisation.objects.get(pk="sussex-pcc")])
    grant_extension(user=users.inspector, recommendation=rec8, organisation=sussex, clock=UPDATE,
                    new_due=D(2021, 9, 1), reason="x")
    with django_assert_max_num_queries(2):
        matrix = build_matrix(sts, user=users.inspector, today=D(2021, 3, 1))
    by_pair = {(c.recommendation.number, c.organisation.pk): c for row in matrix.rows for c in row.cells if c.owed}
    assert len(by_pair) > 100
    assert by_pair[("1", "sussex-police")].deadline.state == MET
    assert by_pair[("1", "northumbria-police")].deadline.label == "Overdue"
    assert by_pair[("8", "sussex-police")].deadline.clock == INITIAL  # the initial clock is still owed
    assert [d.clock for d in by_pair[("8", "sussex-police")].deadlines] == [INITIAL, UPDATE]
    assert by_pair[("8", "sussex-police")].deadlines[1].due == D(2021, 9, 1)
    overdue = [c for c in by_pair.values() if c.deadline.state in (OVERDUE, LONG_OVERDUE)]
    assert len(overdue) == len(by_pair) - 1


def test_cells_not_owed_have_no_clock(users, sts):
    matrix = build_matrix(sts, user=None)
    not_owed = [c for row in matrix.rows for c in row.cells if not c.owed]
    assert not_owed and all(c.deadline is None and c.deadlines == [] for c in not_owed)


def test_annotated_matrix(users, sts):
    matrix = build_matrix(sts, user=None)
    owed = [c for row in matrix.rows for c in row.cells if c.owed]
    assert owed and all(c.deadline is not None for c in owed)
    assert {c.deadline.state for c in owed} == {LONG_OVERDUE}  # nothing answered in the reference data
    assert Recommendation.objects.filter(super_complaint=sts).count() == len(matrix.columns)
