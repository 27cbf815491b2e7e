"""/healthz: 200 when the database answers, migrations are applied and a worker beat recently; else 503."""
import datetime
import json
from unittest import mock

import pytest
from django.db import DatabaseError
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client
from django.utils import timezone

from rectrack.core import health, workers
from rectrack.core.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db


def get(client=None, **extra):
    response = (client or Client()).get("/healthz", **extra)
    return response.status_code, json.loads(response.content)


def failed(body):
    return {name for name, check in body["checks"].items() if not check["ok"]}


def test_healthy_with_a_live_worker(django_assert_max_num_queries):
    workers.beat("worker-a")
    with django_assert_max_num_queries(3):
        status, body = get()
    assert status == 200
    assert body == {"status": "ok", "checks": {"database": {"ok": True}, "migrations": {"ok": True},
                                               "worker": {"ok": True}}}


def test_no_worker_is_unhealthy():
    status, body = get()
    assert status == 503 and body["status"] == "fail" and failed(body) == {"worker"}
    assert "no background worker seen in the last 60 s" == body["checks"]["worker"]["reason"]


def test_a_stale_or_stopped_worker_does_not_count(settings):
    settings.RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS = 30
    workers.beat("old")
    WorkerHeartbeat.objects.filter(worker_id="old").update(last_seen=timezone.now() - datetime.timedelta(seconds=31))
    assert get()[0] == 503
    workers.beat("stopping")
    workers.mark_stopped("stopping")
    assert get()[0] == 503
    workers.beat("old")  # it came back
    assert get()[0] == 200


def test_the_worker_check_can_be_turned_off(settings):
    settings.RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS = 0
    status, body = get()
    assert status == 200 and body["checks"]["worker"] == {"ok": True, "reason": "not checked"}


def test_an_unapplied_migration_is_unhealthy():
    workers.beat("worker-a")
    app, name = sorted(health.expected_migrations())[0]
    MigrationRecorder.Migration.objects.filter(app=app, name=name).delete()
    status, body = get()
    assert status == 503 and failed(body) == {"migrations"}
    assert body["checks"]["migrations"]["reason"] == "1 app(s) with migrations not applied"
    assert name not in json.dumps(body), "no migration names: nothing an outsider needs"


def test_an_unreachable_database_is_unhealthy():
    class Broken:
        def __enter__(self):
            raise DatabaseError("could not connect to server at 10.1.2.3")

        def __exit__(self, *exc):
            return False

    with mock.patch.object(health.connection, "cursor", return_value=Broken()):
        status, body = get()
    assert status == 503 and failed(body) == {"database", "migrations", "worker"}
    assert "10.1.2.3" not in json.dumps(body)


def test_no_sign_in_no_cookies_no_caching_and_no_ssl_redirect(settings):
    settings.SECURE_SSL_REDIRECT = True
    workers.beat("worker-a")
    client = Client()
    response = client.get("/healthz")
    assert response.status_code == 200, "a proxy probes it over plain HTTP"
    assert response["Cache-Control"] == "no-store" and response["Content-Type"] == "application/json"
    assert not response.cookies
    assert client.get("/public/").status_code == 301, "every other page still goes to HTTPS"


def test_probed_by_address_not_only_by_the_served_host_name():
    workers.beat("worker-a")
    assert Client(HTTP_HOST="10.0.0.5:8000").get("/healthz").status_code == 200
    assert Client(HTTP_HOST="10.0.0.5:8000").get("/public/").status_code == 400


def test_only_get_and_head():
    assert Client().post("/healthz").status_code == 405
    workers.beat("worker-a")
    assert Client().head("/healthz").status_code == 200
