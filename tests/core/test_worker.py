"""`rectrack worker`: heartbeats for /healthz, several workers at once, and the periodic-job scheduler."""
import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from rectrack.core import scheduler
from rectrack.core.models import PeriodicRun, WorkerHeartbeat

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db(transaction=True)
def test_worker_records_a_heartbeat_and_its_stop():
    # A long interval: the heartbeat thread waits it out, so only start()'s own beat and stop() write the row here
    # (the thread's beats are the subprocess tests' business, on a database that waits for locks).
    call_command("worker", batch=True, heartbeat=30, worker_id="batch-1", startup_delay=False, verbosity=0)
    row = WorkerHeartbeat.objects.get(worker_id="batch-1")
    assert row.pid == os.getpid() and row.host and row.queues == "default"
    assert row.started_at <= row.last_seen <= row.stopped_at


@pytest.fixture
def registry():
    saved = dict(scheduler._registry)
    scheduler._registry.clear()
    yield scheduler
    scheduler._registry.clear()
    scheduler._registry.update(saved)


@pytest.mark.django_db
def test_a_periodic_job_runs_once_per_interval_across_workers(registry):
    calls = []
    registry.every(minutes=10, name="test.job")(lambda: calls.append(1))
    now = timezone.now()
    assert registry.run_due("worker-a", now=now) == ["test.job"]
    assert registry.run_due("worker-b", now=now) == [], "another worker at the same time does not run it"
    assert registry.run_due("worker-a", now=now + datetime.timedelta(minutes=9)) == []
    assert registry.run_due("worker-b", now=now + datetime.timedelta(minutes=10)) == ["test.job"]
    assert calls == [1, 1]
    run = PeriodicRun.objects.get(name="test.job")
    assert run.runs == 2 and run.last_worker == "worker-b" and run.last_error == ""
    assert run.next_run_at == now + datetime.timedelta(minutes=20)


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_does_not_stop_the_others(registry, caplog):
    calls = []

    @registry.every(seconds=5, name="a.fails")
    def fails():
        raise ValueError("no mail server")

    registry.every(seconds=5, name="b.works")(lambda: calls.append(1))
    assert registry.run_due("w") == ["a.fails", "b.works"]
    assert calls == [1]
    assert PeriodicRun.objects.get(name="a.fails").last_error == "ValueError: no mail server"
    assert any(r.name == "rectrack.scheduler" and r.exc_info for r in caplog.records)


def test_registrations_are_checked(registry):
    with pytest.raises(ValueError, match="at least one second"):
        registry.register("x", datetime.timedelta(0), print)
    with pytest.raises(ValueError, match="letters, digits"):
        registry.register("no spaces", datetime.timedelta(seconds=5), print)

    @registry.every(hours=1)
    def named_after_me():
        pass

    assert [j.name for j in registry.jobs()] == [f"{__name__}.named_after_me"]


def _rows(db: Path) -> dict[str, tuple]:
    with sqlite3.connect(db) as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT worker_id, pid, last_seen, stopped_at FROM core_workerheartbeat")}


def _wait(predicate, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (value := predicate()):
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_two_worker_processes_beat_and_stop_cleanly_and_a_killed_one_goes_stale(tmp_path):
    """Real processes on a SQLite file: two workers at once; TERM stops one cleanly, KILL leaves it stale."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update({"RECTRACK_VAR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "rectrack.settings", "LOG_LEVEL": "INFO"})
    rectrack = [sys.executable, "-m", "rectrack.cli"]
    subprocess.run([*rectrack, "migrate", "-v0"], env=env, check=True, cwd=ROOT, timeout=300)
    db = tmp_path / "rectrack.sqlite3"
    procs = {name: subprocess.Popen([*rectrack, "worker", "--worker-id", name, "--heartbeat", "0.2",
                                     "--interval", "0.2", "--no-startup-delay"],
                                    env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for name in ("w-term", "w-kill")}
    try:
        rows = _wait(lambda: (r := _rows(db)) and len(r) == 2 and r)
        assert {rows[n][0] for n in procs} == {p.pid for p in procs.values()}
        first = _rows(db)
        _wait(lambda: all(_rows(db)[n][1] > first[n][1] for n in procs))  # both keep beating

        procs["w-term"].send_signal(signal.SIGTERM)
        assert procs["w-term"].wait(timeout=20) == 0
        assert _rows(db)["w-term"][2] is not None, "a clean stop is recorded"
        output = procs["w-term"].stdout.read().decode()
        assert '"logger": "rectrack.worker"' in output and "Worker w-term stopped" in output

        procs["w-kill"].send_signal(signal.SIGKILL)
        procs["w-kill"].wait(timeout=20)
        seen = _rows(db)["w-kill"]
        time.sleep(1.0)
        assert _rows(db)["w-kill"] == seen, "a killed worker stops beating (and /healthz will notice)"
        assert seen[2] is None
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()


@pytest.mark.django_db
def test_the_inspectorate_sees_workers_in_the_admin_read_only(users, client_for):
    from rectrack.core.workers import beat

    beat("admin-visible")
    client = client_for(users.inspector)
    page = client.get("/admin/core/workerheartbeat/")
    assert page.status_code == 200 and "admin-visible" in page.content.decode()
    assert client.get("/admin/core/workerheartbeat/add/").status_code == 403
    assert client_for(users.sussex_editor).get("/admin/core/workerheartbeat/").status_code == 302
