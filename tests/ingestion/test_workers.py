"""Real worker processes on PostgreSQL (the production database): two workers never run one job twice,
and a worker killed with SIGKILL mid-job leaves a job that the sweep marks failed once its lease lapses,
while the queue goes on. The workers are ``db_worker`` subprocesses (``tests/ingestion/worker_process.py``)
with a stand-in engine; they share this test's database, so the tests commit (``transaction=True``)."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from rectrack.ingestion import leases, services
from rectrack.ingestion.models import ExtractionJob
from rectrack.ingestion.services import extract_document

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 90  # generous: two cores are shared by everyone running tests


def database_url() -> str:
    s = connection.settings_dict
    auth = quote(s["USER"] or "", safe="") + (f":{quote(s['PASSWORD'], safe='')}" if s["PASSWORD"] else "")
    port = f":{s['PORT']}" if s["PORT"] else ""
    return f"postgresql://{auth}@{quote(s['HOST'] or '', safe='')}{port}/{quote(s['NAME'], safe='')}"


class Workers:
    def __init__(self, tmp_path: Path):
        self.tmp_path = tmp_path
        self.log = tmp_path / "engine.log"
        self.log.touch()
        self.processes: list[subprocess.Popen] = []

    def start(self, mode: str, lease_seconds: float = 120, **env) -> subprocess.Popen:
        out = self.tmp_path / f"worker-{len(self.processes)}.out"
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.ingestion.worker_process", mode, str(self.log),
             "--no-startup-delay", "--no-reload", "--interval", "0.1"],
            cwd=ROOT, stdout=out.open("w"), stderr=subprocess.STDOUT,
            env={**os.environ, "DATABASE_URL": database_url(), "RECTRACK_JOB_LEASE_SECONDS": str(lease_seconds),
                 "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", **env},
        )
        process.out = out
        self.processes.append(process)
        wait_for(lambda: "Starting worker" in out.read_text() or process.poll() is not None, "the worker to start")
        assert process.poll() is None, out.read_text()
        return process

    def reads(self) -> list[tuple[int, str]]:
        return [(int(pid), name) for pid, name in (line.split(" ", 1) for line in self.log.read_text().splitlines())]

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)  # the worker's graceful stop
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Gave up waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def workers(tmp_path, reference_data):
    w = Workers(tmp_path)
    yield w
    w.stop()


def job_statuses(jobs) -> set[str]:
    return set(ExtractionJob.objects.filter(pk__in=[j.pk for j in jobs]).values_list("status", flat=True))


def test_two_workers_never_run_one_job_twice(workers):
    first, second = workers.start("slow"), workers.start("slow")
    jobs = []
    for i in range(12):
        job = services.store_document(user=None, source=f"Document {i}.".encode(), filename=f"doc-{i}.txt").job
        extract_document.enqueue(job.pk)  # a second task for the same job: both workers may reach for it
        jobs.append(job)
    wait_for(lambda: job_statuses(jobs) == {"done"}, "every job to finish")
    wait_for(lambda: not DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists(),
             "every task to finish")
    reads = workers.reads()
    names = [name for _, name in reads]
    assert sorted(names) == sorted(f"doc-{i}.txt" for i in range(12))  # each document read exactly once
    assert {pid for pid, _ in reads} == {first.pid, second.pid}  # and both workers did some of the work
    assert len({j.worker for j in ExtractionJob.objects.all()}) == 12  # one lease each (a token per claim)
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_a_worker_killed_mid_job_is_detected_and_the_queue_goes_on(workers, settings):
    settings.RECTRACK_JOB_LEASE_SECONDS = 1  # for the sweep in this process, as in the worker
    stuck = workers.start("hang", lease_seconds=1)
    job = services.store_document(user=None, source=b"A document the worker never finishes.",
                                  filename="stuck.txt").job
    wait_for(lambda: workers.reads(), "the worker to start reading")
    time.sleep(2.5)  # well past the lease: only the heartbeat keeps it
    job.refresh_from_db()
    assert job.status == "running" and job.heartbeat_at > job.started_at
    assert leases.sweep_stalled_jobs() == []  # the worker is alive, so its job is not swept

    os.kill(stuck.pid, signal.SIGKILL)
    stuck.wait(timeout=30)
    wait_for(lambda: job.pk in leases.sweep_stalled_jobs(), "the sweep to notice the dead worker")
    job.refresh_from_db()
    assert job.status == "failed" and job.error == leases.WORKER_STOPPED
    assert DBTaskResult.objects.get(id=job.task_id).status == "FAILED"

    workers.start("slow", lease_seconds=1)
    nxt = services.store_document(user=None, source=b"The next document.", filename="next.txt").job
    retry = services.retry_extraction(user=None, document=job.document)
    wait_for(lambda: job_statuses([nxt, retry]) == {"done"}, "the queue to go on")
    assert [name for _, name in workers.reads()].count("stuck.txt") == 2  # once killed, once retried
