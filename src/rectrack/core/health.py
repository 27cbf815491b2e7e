"""``/healthz``: is this instance fit to serve? For load balancers, proxies and monitoring.

200 ``{"status": "ok", ...}`` when the database answers, every migration this code knows is applied
and a background worker beat within ``RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS`` (0 turns that check
off); otherwise 503 naming the checks that failed. Three small queries, no sign-in, no details beyond
pass/fail and a short reason (no host names, versions, error texts or migration names).

It is answered by ``HealthCheckMiddleware``, first in the middleware stack, before the host check, the
HTTPS redirect and the sessions: a proxy may probe it over plain HTTP, by IP address, and it never
touches a session.
"""
from __future__ import annotations

import datetime
import functools
import json

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.http import HttpResponse

from rectrack.core.workers import live_workers

PATHS = {"/healthz", "/healthz/"}


@functools.cache
def expected_migrations() -> frozenset[tuple[str, str]]:
    """The latest migration of every app, read once from this code (it cannot change while we run)."""
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes())


def _database() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False, "the database does not answer"
    return True, ""


def _migrations() -> tuple[bool, str]:
    try:
        applied = set(MigrationRecorder.Migration.objects.values_list("app", "name"))
    except DatabaseError:
        return False, "the database has no migration table"
    missing = expected_migrations() - applied
    if missing:
        return False, f"{len(missing)} app(s) with migrations not applied"
    return True, ""


def _worker() -> tuple[bool, str]:
    seconds = settings.RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS
    if seconds <= 0:
        return True, "not checked"
    try:
        alive = live_workers(datetime.timedelta(seconds=seconds)).exists()
    except DatabaseError:
        return False, "the worker heartbeats cannot be read"
    return (True, "") if alive else (False, f"no background worker seen in the last {seconds} s")


def run_checks() -> dict:
    """``{"status": "ok"|"fail", "checks": {name: {"ok": bool, "reason"?: str}}}``."""
    results = {"database": _database()}
    if results["database"][0]:
        results["migrations"] = _migrations()
        results["worker"] = _worker()
    else:
        results["migrations"] = results["worker"] = (False, "not checked: no database")
    checks = {name: {"ok": ok, **({"reason": reason} if reason else {})} for name, (ok, reason) in results.items()}
    return {"status": "ok" if all(ok for ok, _ in results.values()) else "fail", "checks": checks}


def healthz(request) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        response = HttpResponse(status=405)
        response["Allow"] = "GET, HEAD"
        return response
    report = run_checks()
    response = HttpResponse(json.dumps(report), content_type="application/json",
                            status=200 if report["status"] == "ok" else 503)
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in PATHS:
            return healthz(request)
        return self.get_response(request)
