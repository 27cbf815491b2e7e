"""Workers' heartbeats and periodic runs in the admin: for the inspectorate to look at, never to edit.

Registered from ``CoreConfig.ready()``, not from ``core/admin.py``: that module defines the admin site
class itself and is imported while the site is being built, so registering there would be lost.
"""
from django.contrib import admin

from rectrack.core.admin import ReadOnlyAdmin
from rectrack.core.models import PeriodicRun, WorkerHeartbeat


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(ReadOnlyAdmin):
    list_display = ["worker_id", "host", "pid", "queues", "started_at", "last_seen", "stopped_at"]


@admin.register(PeriodicRun)
class PeriodicRunAdmin(ReadOnlyAdmin):
    list_display = ["name", "last_started_at", "last_finished_at", "last_worker", "runs", "next_run_at", "last_error"]
