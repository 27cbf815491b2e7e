"""Reminders: due soon, overdue, long overdue; each event sent once; escalation; command and task."""
import datetime

import pytest
from django.core import mail

from rectrack.accounts.services import create_user
from rectrack.core.vocabulary import WorkflowState as S
from rectrack.tracker.deadlines import INITIAL, UPDATE
from rectrack.tracker.reminders import run_reminders
from rectrack.workflow.models import ReminderLog
from rectrack.workflow.services import grant_extension, transition
from tests.workflow.fixtures import set_transition_date

D = datetime.date
# Sussex Police owes recommendations 1, 4, 5 and 8 of "Safe to share?" (initial responses due 11 Feb 2021).
SUSSEX_RECS = {"1", "4", "5", "8"}


@pytest.fixture
def lead(users):
    return create_user(username="sussex-lead", password="x", role="org_editor", organisation_id="sussex-police",
                       email="lead@sussex.example", validate=False)


@pytest.fixture
def chaser(users):
    return create_user(username="chaser", password="x", role="inspectorate", email="team@hmicfrs.example",
                       validate=False)


def _logged(event=None):
    qs = ReminderLog.objects.filter(organisation_id="sussex-police")
    if event:
        qs = qs.filter(event=event)
    return {(r.recommendation.number, r.clock, r.event) for r in qs.select_related("recommendation")}


def test_due_soon_sent_once(lead):
    summary = run_reminders(D(2021, 2, 1))
    assert len(mail.outbox) == 1 and summary.emails == 1
    email = mail.outbox[0]
    assert email.to == ["lead@sussex.example"]
    assert email.subject == "Due soon: super-complaint responses"
    assert "recommendation 1, initial response due 11 Feb 2021" in email.body
    assert _logged() == {(n, INITIAL, "due_soon") for n in SUSSEX_RECS}
    assert ReminderLog.objects.first().recipients == "lead@sussex.example"

    again = run_reminders(D(2021, 2, 1))
    later = run_reminders(D(2021, 2, 5))  # still "due soon": the same event
    assert len(mail.outbox) == 1
    assert (again.sent, again.already_sent, later.sent) == (0, 4, 0)
    # Organisations with nobody to email are reported, not logged (they get it once someone can).
    assert "Northumbria Police" in summary.no_recipients
    assert not ReminderLog.objects.filter(organisation_id="northumbria-police").exists()


def test_escalation_due_soon_overdue_long_overdue(lead, chaser):
    run_reminders(D(2021, 2, 1))
    run_reminders(D(2021, 2, 12))
    assert mail.outbox[-1].subject == "Overdue: super-complaint responses"
    assert _logged("overdue") == {(n, INITIAL, "overdue") for n in SUSSEX_RECS}
    summary = run_reminders(D(2021, 3, 20))
    assert summary.escalations == 4
    subjects = [m.subject for m in mail.outbox]
    assert subjects[:3] == ["Due soon: super-complaint responses", "Overdue: super-complaint responses",
                            "Long overdue: super-complaint responses"]
    escalation = mail.outbox[3]
    assert escalation.to == ["team@hmicfrs.example"] and escalation.subject.startswith("Escalation: 4 long-overdue")
    assert "Sussex Police" in escalation.body
    run_reminders(D(2021, 3, 21))
    assert len(mail.outbox) == 4  # nothing new
    assert ReminderLog.objects.filter(organisation_id="sussex-police").count() == 12


def test_first_run_after_the_deadline_sends_only_the_current_event(lead):
    run_reminders(D(2021, 6, 5))
    assert _logged() == {(n, INITIAL, "long_overdue") for n in SUSSEX_RECS} | {("8", UPDATE, "due_soon")}


def test_met_deadlines_and_extensions(users, lead, rec, rec8, sussex, make_response):
    response = make_response(rec8, sussex)
    set_transition_date(transition(users.sussex_editor, response, S.SUBMITTED), D(2021, 2, 1))
    grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                    new_due=D(2021, 3, 31), reason="New chief constable")
    run_reminders(D(2021, 2, 12))
    # Recommendation 8 was met; recommendation 1 was extended and is not yet due soon.
    assert _logged() == {("4", INITIAL, "overdue"), ("5", INITIAL, "overdue")}
    run_reminders(D(2021, 3, 20))
    assert ("1", INITIAL, "due_soon") in _logged()
    assert ReminderLog.objects.get(recommendation=rec, event="due_soon").due == D(2021, 3, 31)
    # A later extension changes the due date: a new series starts.
    grant_extension(user=users.inspector, recommendation=rec, organisation=sussex, clock=INITIAL,
                    new_due=D(2021, 4, 30), reason="Force inspection")
    run_reminders(D(2021, 4, 20))
    assert ReminderLog.objects.filter(recommendation=rec, organisation=sussex, event="due_soon").count() == 2


def test_inactive_editors_and_editors_without_email_get_nothing(lead):
    lead.is_active = False
    lead.save()
    create_user(username="no-email", password="x", role="org_editor", organisation_id="sussex-police", validate=False)
    summary = run_reminders(D(2021, 2, 1))
    assert not mail.outbox and "Sussex Police" in summary.no_recipients and not ReminderLog.objects.exists()


def test_failed_send_is_retried_next_run(lead, monkeypatch):
    from django.core.mail import EmailMessage

    def boom(self, *a, **k):
        raise OSError("mail server down")

    monkeypatch.setattr(EmailMessage, "send", boom)
    summary = run_reminders(D(2021, 2, 1))
    assert summary.failed == ["Sussex Police"] and not ReminderLog.objects.exists()
    monkeypatch.undo()
    assert run_reminders(D(2021, 2, 1)).sent == 4


def test_dry_run_sends_and_logs_nothing(lead):
    summary = run_reminders(D(2021, 2, 1), dry_run=True)
    assert summary.sent == 4 and not mail.outbox and not ReminderLog.objects.exists()


def test_reminder_days_before_is_a_setting(lead, settings):
    settings.RECTRACK_REMINDER_DAYS_BEFORE = 3
    run_reminders(D(2021, 2, 1))
    assert not mail.outbox
    run_reminders(D(2021, 2, 8))
    assert len(mail.outbox) == 1
