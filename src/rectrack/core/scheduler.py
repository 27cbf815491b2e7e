"""Periodic jobs run by `rectrack worker`: a registry of callables with intervals.

Register a job in a module called ``periodic.py`` in any installed app (the worker imports them all
when it starts), or anywhere that is imported at start-up::

    # src/rectrack/workflow/periodic.py
    from rectrack.core.scheduler import every

    @every(hours=24, name="workflow.send_reminders")
    def send_reminders():
        ...

Each `rectrack worker` runs a scheduler thread that looks for due jobs every few seconds. A job runs
at most once per interval across all workers: a worker runs it only after moving the job's
``PeriodicRun.next_run_at`` forward with one conditional UPDATE, which only one worker can win. A job
first runs when a worker first sees it, then every interval after that run started. A job that raises
is logged with its traceback and recorded in ``PeriodicRun.last_error``; it runs again at the next
interval (jobs should be idempotent: a worker killed mid-run does not retry until then). Jobs run in
the scheduler thread, one at a time: a long job delays the others, so queue a task
(``some_task.enqueue()``) from the job for anything slow.
"""
from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

from rectrack.core.models import PeriodicRun

logger = logging.getLogger("rectrack.scheduler")

NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,200}$")


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    interval: datetime.timedelta
    func: Callable[[], object]


_registry: dict[str, PeriodicJob] = {}


def register(name: str, interval: datetime.timedelta, func: Callable[[], object]) -> PeriodicJob:
    """Add (or replace) the job ``name``; the interval must be at least a second."""
    if not NAME.match(name):
        raise ValueError(f"A periodic job's name is 1-200 letters, digits and . _ : - (got {name!r}).")
    if interval < datetime.timedelta(seconds=1):
        raise ValueError(f"The interval of {name!r} must be at least one second.")
    job = PeriodicJob(name, interval, func)
    _registry[name] = job
    return job


def every(*, seconds: float = 0, minutes: float = 0, hours: float = 0, days: float = 0, name: str | None = None):
    """Decorator: ``@every(hours=24)`` registers the function as a periodic job (named after it by default)."""
    interval = datetime.timedelta(seconds=seconds, minutes=minutes, hours=hours, days=days)

    def decorate(func):
        register(name or f"{func.__module__}.{func.__name__}", interval, func)
        return func

    return decorate


def unregister(name: str) -> None:
    _registry.pop(name, None)


def jobs() -> list[PeriodicJob]:
    return sorted(_registry.values(), key=lambda j: j.name)


def autodiscover() -> None:
    """Import ``periodic`` from every installed app, so their ``@every`` registrations run."""
    autodiscover_modules("periodic")


def _claim(job: PeriodicJob, worker_id: str, now: datetime.datetime) -> bool:
    PeriodicRun.objects.get_or_create(name=job.name, defaults={"next_run_at": now})
    return bool(PeriodicRun.objects.filter(name=job.name, next_run_at__lte=now).update(
        next_run_at=now + job.interval, last_started_at=now, last_worker=worker_id[:64]))


def run_due(worker_id: str, now: datetime.datetime | None = None) -> list[str]:
    """Run every registered job that is due and that this worker claims; return their names."""
    ran = []
    for job in jobs():
        started = now or timezone.now()
        if not _claim(job, worker_id, started):
            continue
        error = ""
        try:
            job.func()
        except Exception as e:  # one failing job must not stop the scheduler or the others
            logger.exception("Periodic job %s failed", job.name)
            error = f"{type(e).__name__}: {e}"[:2000]
        else:
            logger.info("Periodic job %s done", job.name)
        PeriodicRun.objects.filter(name=job.name).update(
            last_finished_at=timezone.now(), last_error=error, runs=F("runs") + 1)
        ran.append(job.name)
    return ran
