"""Operational records: background workers' heartbeats and the periodic jobs' runs (ADR 0010)."""
from django.db import models


class WorkerHeartbeat(models.Model):
    """One row per `rectrack worker` process, touched every few seconds while it runs.

    ``/healthz`` reads it ("a worker was seen recently"); code that must know whether the process that
    claimed a job is still alive can compare ``worker_id`` with django-tasks-db's ``worker_ids``.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    queues = models.CharField(max_length=255, blank=True)
    started_at = models.DateTimeField()
    last_seen = models.DateTimeField(db_index=True)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self) -> str:
        return f"worker {self.worker_id} on {self.host} (pid {self.pid})"


class PeriodicRun(models.Model):
    """When each registered periodic job (``rectrack.core.scheduler``) last ran and is next due.

    The row is the lock: a worker runs a job only if it moved ``next_run_at`` forward itself, so with
    several workers each job still runs once per interval.
    """

    name = models.CharField(max_length=200, primary_key=True)
    next_run_at = models.DateTimeField()
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_worker = models.CharField(max_length=64, blank=True)
    last_error = models.TextField(blank=True)
    runs = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
