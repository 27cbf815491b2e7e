"""The worker's daily jobs for people's work (run by ``rectrack worker``: ``rectrack.core.scheduler``)."""
from rectrack.core.scheduler import every
from rectrack.work import notifications
from rectrack.work.reminders import run_deadline_reminders


@every(hours=24, name="work.deadline_reminders")
def deadline_reminders():
    """Today's deadline reminders, to the editors who have not turned emails off (never twice: ReminderLog)."""
    return run_deadline_reminders().as_dict()


@every(hours=24, name="work.daily_digest")
def daily_digest():
    """The daily digest of notifications held for it; failed immediate emails are retried."""
    return notifications.send_digests()
