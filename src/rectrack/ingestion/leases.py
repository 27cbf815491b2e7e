"""Extraction jobs that cannot hang (ADR 0011): a claim, a lease renewed by a heartbeat, and a sweep.

- ``claim`` takes a queued job for this worker with one conditional UPDATE (``status = queued``), so
  however many workers run, and however many tasks name the job, exactly one of them runs it.
- ``Heartbeat`` renews the lease from a thread while the engine runs. A worker that dies (kill -9,
  out of memory, a supervisor's time limit) stops renewing.
- ``sweep_stalled_jobs`` marks failed, with a sentence a person can act on, every running job whose
  lease lapsed (or that ran past the time limit) and every queued job whose task ended without it.
  It runs before a worker starts a job, on the documents page and in ``rectrack sweep_jobs``.

Every state change here is a conditional UPDATE, never a read-modify-write, so a sweep and a worker
that both act on one job cannot undo each other: whichever writes first wins and the other changes
nothing.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from rectrack.ingestion.models import ExtractionJob

logger = logging.getLogger(__name__)

Status = ExtractionJob.Status

WORKER_STOPPED = ("The worker stopped while reading this document, for example because it ran out of memory "
                  "or was restarted, so the extraction did not finish.")
WORKER_INTERRUPTED = "The worker was stopped while reading this document, so the extraction did not finish."
TASK_LOST = "The worker stopped before it began reading this document, so the extraction did not run."


def lease_seconds() -> float:
    return float(getattr(settings, "RECTRACK_JOB_LEASE_SECONDS", 120))


def time_limit_seconds() -> float:
    return float(getattr(settings, "RECTRACK_JOB_TIME_LIMIT_SECONDS", 30 * 60))


def time_limit_message() -> str:
    minutes = time_limit_seconds() / 60
    return (f"The extraction was still running after {minutes:g} minute{'s' if minutes != 1 else ''}, "
            f"so rectrack stopped waiting for it.")


def worker_name() -> str:
    """Host, process and a random token: unique even when a process id is reused."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(6)}"


def claim(job_id: int) -> str | None:
    """Take a queued job for this worker; the worker token, or None when it is not queued any more."""
    token = worker_name()
    now = timezone.now()
    taken = ExtractionJob.objects.filter(pk=job_id, status=Status.QUEUED).update(
        status=Status.RUNNING, started_at=now, heartbeat_at=now,
        lease_expires_at=now + timedelta(seconds=lease_seconds()), worker=token,
    )
    return token if taken else None


def _held(job_id: int, token: str):
    return ExtractionJob.objects.filter(pk=job_id, status=Status.RUNNING, worker=token)


def renew(job_id: int, token: str) -> bool:
    """Extend the lease; False when the job is no longer this worker's (swept, or finished)."""
    now = timezone.now()
    return bool(_held(job_id, token).update(heartbeat_at=now,
                                            lease_expires_at=now + timedelta(seconds=lease_seconds())))


def still_held(job_id: int, token: str) -> bool:
    """Inside a transaction: lock the job and say whether this worker may still record its result."""
    return _held(job_id, token).select_for_update().values_list("pk", flat=True).first() is not None


def finish_failed(job_id: int, token: str, error: str) -> bool:
    """Fail a job this worker holds; False (nothing changed) when the sweep got there first."""
    return bool(_held(job_id, token).update(status=Status.FAILED, error=error, finished_at=timezone.now(),
                                            lease_expires_at=None))


class Heartbeat:
    """Renew a job's lease from a daemon thread while the body of the ``with`` runs.

    The first renewal comes after one interval (a quarter of the lease), so a quick job never
    writes from a second thread at all. The thread has its own database connection and closes it.
    """

    def __init__(self, job_id: int, token: str, interval: float | None = None):
        self.job_id, self.token = job_id, token
        self.interval = interval if interval is not None else max(lease_seconds() / 4, 0.05)
        self.beats = 0
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-job-{job_id}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=max(self.interval, 5))

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                try:
                    if not renew(self.job_id, self.token):
                        self.lost = True
                        logger.warning("Extraction job %s: the lease was lost (the job was swept)", self.job_id)
                        return
                    self.beats += 1
                except Exception:  # a missed beat is not fatal: the lease outlasts several intervals
                    logger.exception("Extraction job %s: could not renew the lease", self.job_id)
        finally:
            connections.close_all()  # this thread's connections only


def _fail_task(task_id: str, reason: str, now) -> None:
    """The worker that died held the task too: record it as failed so the task table tells the truth."""
    try:
        task_uuid = uuid.UUID(task_id)
    except (TypeError, ValueError):
        return
    DBTaskResult.objects.filter(id=task_uuid, status="RUNNING").update(
        status="FAILED", finished_at=now, exception_class_path=f"{__name__}.WorkerStopped", traceback=reason,
    )


def _task_uuids(task_ids) -> list[uuid.UUID]:
    found = []
    for value in task_ids:
        try:
            found.append(uuid.UUID(value))
        except (TypeError, ValueError):
            continue
    return found


def sweep_stalled_jobs(now=None) -> list[int]:
    """Fail every job whose worker is gone; returns their ids. Three queries when there is nothing to do."""
    now = now or timezone.now()
    lease = timedelta(seconds=lease_seconds())
    limit = timedelta(seconds=time_limit_seconds())
    failed: list[int] = []

    stalled = ExtractionJob.objects.filter(status=Status.RUNNING).filter(
        Q(lease_expires_at__lt=now) | Q(lease_expires_at__isnull=True, started_at__lt=now - lease)
        | Q(started_at__lt=now - limit)
    ).values_list("pk", "worker", "task_id", "lease_expires_at")
    for pk, worker, task_id, expires in list(stalled):
        alive = expires is not None and expires >= now
        reason = time_limit_message() if alive else WORKER_STOPPED
        changed = ExtractionJob.objects.filter(pk=pk, status=Status.RUNNING, worker=worker).update(
            status=Status.FAILED, error=reason, finished_at=now, lease_expires_at=None)
        if changed:
            _fail_task(task_id, reason, now)
            failed.append(pk)
            logger.warning("Extraction job %s marked failed (worker %s): %s", pk, worker or "unknown", reason)

    queued = dict(ExtractionJob.objects.filter(status=Status.QUEUED).exclude(task_id="")
                  .values_list("task_id", "pk"))
    if queued:
        ended = DBTaskResult.objects.filter(id__in=_task_uuids(queued)).filter(
            Q(status__in=["FAILED", "SUCCESSFUL"]) | Q(status="RUNNING", started_at__lt=now - lease)
        ).values_list("id", flat=True)
        for task_id in list(ended):
            pk = queued.get(str(task_id))
            if pk and ExtractionJob.objects.filter(pk=pk, status=Status.QUEUED).update(
                    status=Status.FAILED, error=TASK_LOST, finished_at=now):
                _fail_task(str(task_id), TASK_LOST, now)
                failed.append(pk)
                logger.warning("Extraction job %s marked failed: %s", pk, TASK_LOST)
    return failed


def sweep_quietly() -> list[int]:
    """The sweep where it is a courtesy (before a job, on a page): a problem is logged, never raised."""
    try:
        with transaction.atomic():  # a savepoint: a failure here cannot break the caller's transaction
            return sweep_stalled_jobs()
    except Exception:
        logger.exception("The sweep of stalled extraction jobs failed")
        return []
