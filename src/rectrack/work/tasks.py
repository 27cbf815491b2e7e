"""Background tasks of people's work (django.tasks; the database backend runs them in the worker)."""
import datetime

from django.tasks import task
from django.utils import timezone

from rectrack.work.reminders import run_deadline_reminders

# Reminders go out at this local hour when the task re-enqueues itself.
REMINDER_HOUR = 7


def next_run(now: datetime.datetime | None = None) -> datetime.datetime:
    """Tomorrow at REMINDER_HOUR, local time."""
    now = timezone.localtime(now or timezone.now())
    tomorrow = (now + datetime.timedelta(days=1)).date()
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time(REMINDER_HOUR)))


@task
def send_reminders_task(schedule: bool = False) -> dict:
    """Send today's reminders once (as each person chose); with ``schedule``, enqueue the same task again for
    tomorrow."""
    summary = run_deadline_reminders()
    if schedule:
        send_reminders_task.using(run_after=next_run()).enqueue(schedule=True)
    return summary.as_dict()
