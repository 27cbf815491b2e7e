"""Background workers' heartbeats and the threads that keep them (and the periodic jobs) going.

`rectrack worker` runs django-tasks-db's worker loop in its main thread and, beside it, a heartbeat
thread that touches the worker's ``WorkerHeartbeat`` row every ``RECTRACK_WORKER_HEARTBEAT_SECONDS``,
and a scheduler thread that runs due periodic jobs (``rectrack.core.scheduler``). The heartbeat runs in
its own thread so that a long task does not make a live worker look dead; a worker killed outright
(kill -9, out of memory) stops beating and its row goes stale.
"""
from __future__ import annotations

import datetime
import logging
import os
import socket
import threading

from django.db import close_old_connections, connections
from django.utils import timezone

from rectrack.core import scheduler
from rectrack.core.models import WorkerHeartbeat

logger = logging.getLogger("rectrack.worker")

# Rows of workers not seen for this long are deleted when a worker starts (they stopped long ago).
PRUNE_AFTER = datetime.timedelta(days=7)


def beat(worker_id: str, *, queues: str = "", started_at: datetime.datetime | None = None) -> WorkerHeartbeat:
    """Record that this process (worker ``worker_id``) is alive now."""
    now = timezone.now()
    seen = {"host": socket.gethostname()[:255], "pid": os.getpid(), "queues": queues[:255], "last_seen": now}
    row, _ = WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id, defaults={**seen, "stopped_at": None},
        create_defaults={**seen, "started_at": started_at or now})
    return row


def mark_stopped(worker_id: str) -> None:
    WorkerHeartbeat.objects.filter(worker_id=worker_id).update(stopped_at=timezone.now())


def live_workers(max_age: datetime.timedelta):
    """Workers that beat within ``max_age`` and did not say they stopped."""
    return WorkerHeartbeat.objects.filter(last_seen__gte=timezone.now() - max_age, stopped_at__isnull=True)


def prune() -> int:
    return WorkerHeartbeat.objects.filter(last_seen__lt=timezone.now() - PRUNE_AFTER).delete()[0]


class _Loop(threading.Thread):
    """Call ``step`` every ``interval`` seconds until stopped, the first time at once (or, ``wait_first``, after
    one interval); errors are logged, not fatal."""

    def __init__(self, name: str, interval: float, step, stopping: threading.Event, *, wait_first: bool = False):
        super().__init__(name=name, daemon=True)
        self.interval, self.step, self.stopping, self.wait_first = interval, step, stopping, wait_first

    def run(self) -> None:
        try:
            if self.wait_first:
                self.stopping.wait(self.interval)
            while not self.stopping.is_set():
                close_old_connections()
                try:
                    self.step()
                except Exception:
                    logger.exception("%s failed; trying again in %s s", self.name, self.interval)
                self.stopping.wait(self.interval)
        finally:
            connections.close_all()  # this thread's connections only


class Companion:
    """The heartbeat and scheduler threads of one worker process."""

    def __init__(self, worker_id: str, *, queues: str, heartbeat_seconds: float, run_scheduler: bool):
        self.worker_id = worker_id
        self.queues = queues
        self.started_at = timezone.now()
        self.stopping = threading.Event()
        # The heartbeat thread waits one interval first: start() has just beaten, and beating again at once raced the
        # worker loop's first transaction for nothing (on SQLite's shared in-memory test database, "table is locked").
        self.threads = [_Loop("heartbeat", heartbeat_seconds, self._beat, self.stopping, wait_first=True)]
        if run_scheduler:
            self.threads.append(_Loop("scheduler", heartbeat_seconds, self._schedule, self.stopping))

    def _beat(self) -> None:
        beat(self.worker_id, queues=self.queues, started_at=self.started_at)

    def _schedule(self) -> None:
        scheduler.run_due(self.worker_id)

    def start(self) -> None:
        # The first beat is synchronous: a worker that cannot reach the database fails at once, and a
        # health check right after start-up already sees it.
        prune()
        self._beat()
        logger.info("Worker %s started on %s (pid %s), heartbeat every %s s, periodic jobs: %s",
                    self.worker_id, socket.gethostname(), os.getpid(), self.threads[0].interval,
                    ", ".join(j.name for j in scheduler.jobs()) if len(self.threads) > 1 else "off")
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=5)  # a periodic job still running is abandoned (daemon thread)
        try:
            mark_stopped(self.worker_id)
        except Exception:
            logger.exception("Could not record that worker %s stopped", self.worker_id)
        logger.info("Worker %s stopped", self.worker_id)
