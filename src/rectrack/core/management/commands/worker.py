"""`rectrack worker`: django-tasks-db's worker with a heartbeat and the periodic-job scheduler.

Takes every option of `db_worker` (``--queue-name``, ``--interval``, ``--batch``, ``--max-tasks``,
``--worker-id``, ...) plus ``--heartbeat SECONDS`` and ``--no-scheduler``. Run as many as you like:
each has its own worker id and heartbeat row; periodic jobs still run once per interval.
"""
import os

from django.conf import settings
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from rectrack.core import scheduler
from rectrack.core.workers import Companion


def _positive(value: str) -> float:
    number = db_worker.valid_interval(value)
    if number <= 0:
        raise db_worker.ArgumentTypeError("Must be greater than zero")
    return number


class Command(db_worker.Command):
    help = ("Run the background worker (django-tasks-db) with a heartbeat for /healthz and the periodic "
            "jobs of rectrack.core.scheduler.")

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--heartbeat", type=_positive, default=settings.RECTRACK_WORKER_HEARTBEAT_SECONDS,
                            help="Seconds between heartbeats (default: %(default)s, from "
                                 "RECTRACK_WORKER_HEARTBEAT_SECONDS)")
        parser.add_argument("--no-scheduler", action="store_true",
                            help="Do not run periodic jobs in this worker (they are off with --batch too)")

    def handle(self, *args, heartbeat: float, no_scheduler: bool, **options) -> None:
        reloader_parent = (options["reload"] and not options["batch"]
                           and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true")
        if reloader_parent:
            # With --reload this process only watches files; the child it starts runs the worker.
            return super().handle(*args, **options)
        run_scheduler = not (no_scheduler or options["batch"])
        if run_scheduler:
            scheduler.autodiscover()
        companion = Companion(options["worker_id"], queues=options["queue_name"], heartbeat_seconds=heartbeat,
                              run_scheduler=run_scheduler)
        companion.start()
        try:
            return super().handle(*args, **options)
        finally:
            companion.stop()
