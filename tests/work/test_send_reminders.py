"""`rectrack send_reminders` (moved from the tracker to ``work``): the same run as the worker's schedule, so it
obeys each person's email preference (off: nothing; daily digest: reminders as they come; each time: as before)."""
import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from rectrack.accounts.services import create_user
from rectrack.work import notifications
from rectrack.work.models import Frequency, Notification
from rectrack.work.tasks import next_run, send_reminders_task
from rectrack.workflow.models import ReminderLog

pytestmark = pytest.mark.django_db
D = datetime.date
# Sussex Police owes recommendations 1, 4, 5 and 8 of "Safe to share?" (initial responses due 11 Feb 2021).


def _editor(username, email, organisation="sussex-police"):
    return create_user(username=username, password="x", role="org_editor", organisation_id=organisation,
                       email=email, validate=False)


@pytest.fixture
def lead(users):
    return _editor("sussex-lead", "lead@sussex.example")


@pytest.fixture
def chaser(users):
    return create_user(username="chaser", password="x", role="inspectorate", email="team@hmicfrs.example",
                       validate=False)


def _run(today="2021-02-01"):
    out = io.StringIO()
    call_command("send_reminders", "--today", today, stdout=out)
    return out.getvalue()


def _to(address):
    return [m for m in mail.outbox if address in m.to]


def test_command_sends_each_event_once(lead):
    assert "4 event(s) sent in 1 email(s)" in _run()
    second = _run()
    assert "0 event(s) sent" in second and "4 already sent" in second
    assert len(mail.outbox) == 1


def test_off_gets_nothing_and_the_rest_of_the_organisation_still_does(lead):
    quiet = _editor("sussex-quiet", "quiet@sussex.example")
    notifications.set_frequency(user=quiet, frequency=Frequency.OFF)
    _run()
    assert _to("lead@sussex.example") and not _to("quiet@sussex.example")
    assert ReminderLog.objects.filter(organisation_id="sussex-police").first().recipients == "lead@sussex.example"


def test_an_organisation_whose_only_editor_is_off_is_not_reminded_nor_logged(lead):
    notifications.set_frequency(user=lead, frequency=Frequency.OFF)
    out = _run()
    assert not mail.outbox and not ReminderLog.objects.filter(organisation_id="sussex-police").exists()
    assert "0 event(s) sent" in out and "nobody to email" in out
    # Turned back on, the reminder goes out (it was never logged as sent).
    notifications.set_frequency(user=lead, frequency=Frequency.EACH)
    _run()
    assert _to("lead@sussex.example")


def test_a_digest_reader_gets_reminders_as_they_come_and_nothing_is_held_for_the_digest(lead):
    notifications.set_frequency(user=lead, frequency=Frequency.DAILY)
    _run()
    assert len(_to("lead@sussex.example")) == 1
    # Reminders are daily already: none is held back in the notification log for the next digest.
    assert not Notification.objects.filter(email="lead@sussex.example").exists()
    notifications.send_digests()
    assert len(_to("lead@sussex.example")) == 1


def test_the_escalation_obeys_off_too(lead, chaser):
    watcher = create_user(username="watcher", password="x", role="inspectorate", email="watch@hmicfrs.example",
                          validate=False)
    notifications.set_frequency(user=watcher, frequency=Frequency.OFF)
    _run("2021-06-05")  # long overdue: escalated to the inspectorate
    escalations = [m for m in mail.outbox if m.subject.startswith("Escalation")]
    assert len(escalations) == 1 and escalations[0].to == ["team@hmicfrs.example"]


def test_the_command_and_the_schedule_are_one_run(lead):
    """Whichever runs first sends; the other finds everything already sent (the one function, the one log)."""
    from rectrack.work import periodic

    quiet = _editor("sussex-quiet", "quiet@sussex.example")
    notifications.set_frequency(user=quiet, frequency=Frequency.OFF)
    _run(datetime.date.today().isoformat())
    sent = len(mail.outbox)
    assert periodic.deadline_reminders()["sent"] == 0 and len(mail.outbox) == sent
    assert not _to("quiet@sussex.example")


def test_command_rejects_a_bad_date(db):
    with pytest.raises(CommandError):
        call_command("send_reminders", "--today", "1 Feb", stdout=io.StringIO())


def test_task_obeys_off_and_reschedules_itself(lead):
    from django_tasks_db.models import DBTaskResult

    notifications.set_frequency(user=lead, frequency=Frequency.OFF)
    result = send_reminders_task.call()
    assert result["today"] and not DBTaskResult.objects.exists() and not _to("lead@sussex.example")
    send_reminders_task.call(schedule=True)
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "rectrack.work.tasks.send_reminders_task" and queued.run_after > queued.enqueued_at
    now = datetime.datetime(2021, 2, 1, 23, 30, tzinfo=datetime.UTC)
    assert next_run(now).hour == 7 and next_run(now).date() == D(2021, 2, 2)


def test_command_enqueues(db):
    from django_tasks_db.models import DBTaskResult

    out = io.StringIO()
    call_command("send_reminders", "--schedule", stdout=out)
    assert "repeats daily" in out.getvalue() and DBTaskResult.objects.count() == 1
