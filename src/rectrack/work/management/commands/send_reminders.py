"""`rectrack send_reminders`: run the reminder schedule once (run it daily from cron or a systemd timer).

It lives in ``work`` because it obeys each person's email preference, like the worker's scheduled run: both call
``work.reminders.run_deadline_reminders`` (ADR 0019)."""
import datetime

from django.core.management.base import BaseCommand, CommandError

from rectrack.work.reminders import run_deadline_reminders
from rectrack.work.tasks import send_reminders_task


class Command(BaseCommand):
    help = ("Email organisation editors about responses due soon, overdue and long overdue (not those who turned "
            "emails off); each event is sent once. Run daily (cron / systemd timer), or use --schedule to let the "
            "background worker repeat it.")

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Pretend today is this date (YYYY-MM-DD), e.g. to catch up.")
        parser.add_argument("--dry-run", action="store_true", help="Count what would be sent; send and log nothing.")
        parser.add_argument("--enqueue", action="store_true", help="Queue one run for the background worker instead.")
        parser.add_argument("--schedule", action="store_true",
                            help="Queue a run for the background worker that re-queues itself daily "
                                 "(start it once: every call adds another daily chain).")

    def handle(self, *args, today=None, dry_run=False, enqueue=False, schedule=False, **options):
        if enqueue or schedule:
            result = send_reminders_task.enqueue(schedule=schedule)
            self.stdout.write(f"Queued reminders task {result.id}" + (" (repeats daily)." if schedule else "."))
            return
        day = None
        if today:
            try:
                day = datetime.date.fromisoformat(today)
            except ValueError as e:
                raise CommandError(f"--today {today!r} is not a date (YYYY-MM-DD).") from e
        summary = run_deadline_reminders(day, dry_run=dry_run)
        self.stdout.write(("Dry run. " if dry_run else "") + str(summary))
