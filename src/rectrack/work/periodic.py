"""The worker's daily jobs for people's work (run by ``rectrack worker``: ``rectrack.core.scheduler``)."""
from rectrack.core.scheduler import every
from rectrack.tracker.reminders import run_reminders
from rectrack.work import notifications


@every(hours=24, name="work.deadline_reminders")
def deadline_reminders():
    """Today's deadline reminders, to the editors who have not turned emails off (never twice: ReminderLog)."""
    return run_reminders(recipients=notifications.reminder_recipients).as_dict()


@every(hours=24, name="work.daily_digest")
def daily_digest():
    """The daily digest of notifications held for it; failed immediate emails are retried."""
    return notifications.send_digests()
