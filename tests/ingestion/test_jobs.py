"""Jobs that cannot hang: the claim, the lease and its heartbeat, the sweep, and failures that always end."""
import io
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from rectrack.ingestion import engine, leases, services
from rectrack.ingestion.models import ExtractedAnswer, ExtractionJob
from tests.ingestion.helpers import answer, result

pytestmark = pytest.mark.django_db
TEXT = "Recommendation 1. We have stopped sharing data."


def queued(data=b"a response", filename="r.txt") -> ExtractionJob:
    return services.store_document(user=None, source=data, filename=filename).job


def running(job: ExtractionJob, *, lease_left: float, started_ago: float = 60) -> ExtractionJob:
    """A job a worker claimed (and its task), with ``lease_left`` seconds of lease (negative: lapsed)."""
    token = leases.claim(job.pk)
    now = timezone.now()
    ExtractionJob.objects.filter(pk=job.pk).update(started_at=now - timedelta(seconds=started_ago),
                                                   lease_expires_at=now + timedelta(seconds=lease_left))
    DBTaskResult.objects.filter(id=job.task_id).update(
        status="RUNNING", started_at=now - timedelta(seconds=started_ago)
    )
    job.refresh_from_db()
    assert token and job.worker == token
    return job


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=io.StringIO())


# --- The claim ------------------------------------------------------------------------------------------

def test_a_job_is_claimed_once(reference_data):
    job = queued()
    first, second = leases.claim(job.pk), leases.claim(job.pk)
    assert first and second is None
    job.refresh_from_db()
    assert job.status == "running" and job.worker == first and job.started_at and job.heartbeat_at
    assert job.lease_expires_at > timezone.now()


def test_a_job_another_worker_holds_is_not_run_again(reference_data, monkeypatch):
    calls = []
    monkeypatch.setattr(engine, "extract", lambda data, name: calls.append(name))
    job = queued()
    leases.claim(job.pk)  # another worker has it
    assert services.run_extraction(job.pk).status == "running"
    assert calls == []


# --- The sweep ------------------------------------------------------------------------------------------

def test_a_running_job_whose_lease_lapsed_is_marked_failed(reference_data):
    stalled = running(queued(b"one"), lease_left=-1)
    alive = running(queued(b"two"), lease_left=60)
    waiting = queued(b"three")
    assert leases.sweep_stalled_jobs() == [stalled.pk]
    stalled.refresh_from_db()
    assert stalled.status == "failed" and stalled.finished_at and stalled.lease_expires_at is None
    assert stalled.error == ("The worker stopped while reading this document, for example because it ran out "
                             "of memory or was restarted, so the extraction did not finish.")
    task = DBTaskResult.objects.get(id=stalled.task_id)
    assert task.status == "FAILED" and task.traceback == stalled.error  # the task table agrees
    alive.refresh_from_db()
    waiting.refresh_from_db()
    assert (alive.status, waiting.status) == ("running", "queued")
    assert leases.sweep_stalled_jobs() == []  # nothing twice


def test_a_job_past_the_time_limit_is_failed_even_while_its_worker_renews_the_lease(reference_data, settings):
    settings.RECTRACK_JOB_TIME_LIMIT_SECONDS = 600
    job = running(queued(), lease_left=60, started_ago=601)
    assert leases.sweep_stalled_jobs() == [job.pk]
    job.refresh_from_db()
    assert job.error == "The extraction was still running after 10 minutes, so rectrack stopped waiting for it."


def test_a_queued_job_whose_task_ended_or_whose_worker_died_first_is_failed(reference_data, settings):
    settings.RECTRACK_JOB_LEASE_SECONDS = 120
    task_failed, task_lost, task_fresh, task_waiting = (queued(bytes([65 + i]) * 3) for i in range(4))
    now = timezone.now()
    DBTaskResult.objects.filter(id=task_failed.task_id).update(status="FAILED")
    DBTaskResult.objects.filter(id=task_lost.task_id).update(status="RUNNING", started_at=now - timedelta(minutes=5))
    DBTaskResult.objects.filter(id=task_fresh.task_id).update(status="RUNNING", started_at=now)
    assert sorted(leases.sweep_stalled_jobs()) == sorted([task_failed.pk, task_lost.pk])
    statuses = dict(ExtractionJob.objects.values_list("pk", "status"))
    assert statuses[task_fresh.pk] == statuses[task_waiting.pk] == "queued"
    assert ExtractionJob.objects.get(pk=task_lost.pk).error == leases.TASK_LOST


def test_a_worker_cannot_overwrite_the_sweeps_verdict(reference_data):
    job = queued()
    token = leases.claim(job.pk)
    ExtractionJob.objects.filter(pk=job.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    assert leases.sweep_stalled_jobs() == [job.pk]
    assert not leases.finish_failed(job.pk, token, "A later sentence.")
    assert not leases.renew(job.pk, token)
    job.refresh_from_db()
    assert job.status == "failed" and job.error == leases.WORKER_STOPPED


def test_a_result_that_arrives_after_the_sweep_is_discarded(reference_data, fake_engine, monkeypatch):
    fake_engine(TEXT, [answer("1", 0, len(TEXT))])
    extract = engine.extract

    def slow_worker(data, name):  # the lease lapses while the engine runs, and a sweep notices
        ExtractionJob.objects.update(lease_expires_at=timezone.now() - timedelta(seconds=1))
        leases.sweep_stalled_jobs()
        return extract(data, name)

    monkeypatch.setattr(engine, "extract", slow_worker)
    job = services.run_extraction(queued().pk)
    assert job.status == "failed" and job.error == leases.WORKER_STOPPED
    assert not ExtractedAnswer.objects.exists()
    job.document.refresh_from_db()
    assert job.document.text == ""


def test_the_sweep_command(reference_data):
    job = running(queued(filename="stuck.txt"), lease_left=-5)
    out = io.StringIO()
    call_command("sweep_jobs", stdout=out)
    assert f"job {job.pk} (stuck.txt): failed: The worker stopped while reading" in out.getvalue()
    assert "1 stalled extraction job marked failed." in out.getvalue()
    out = io.StringIO()
    call_command("sweep_jobs", stdout=out)
    assert out.getvalue().strip() == "0 stalled extraction jobs marked failed."


def test_the_pages_sweep_so_a_dead_worker_shows_as_failed(reference_data, users, client_for):
    client = client_for(users.inspector)
    pages = [lambda job: reverse("ingestion:list"), lambda job: reverse("ingestion:job", args=[job.pk]),
             lambda job: reverse("ingestion:document", args=[job.document_id])]
    for i, page_of in enumerate(pages):
        job = running(queued(f"document {i}".encode()), lease_left=-1)
        page = client.get(page_of(job)).content.decode()
        job.refresh_from_db()
        assert job.status == "failed" and "Failed" in page, page_of(job)
    job = running(queued(b"polled"), lease_left=-1)
    status = client.get(reverse("ingestion:job_status", args=[job.pk]))
    assert status["Cache-Control"] == "private, no-store"
    assert status.json() == {"id": job.pk, "status": "failed", "label": "Failed", "tag": "govuk-tag--red",
                             "active": False, "error": leases.WORKER_STOPPED}


def test_the_status_is_the_inspectorates(reference_data, users, client_for):
    url = reverse("ingestion:job_status", args=[queued().pk])
    assert client_for(users.sussex_editor).get(url).status_code == 403
    assert client_for(None).get(url).status_code == 302
    assert client_for(users.inspector).get(url).json()["status"] == "queued"


@pytest.mark.django_db(transaction=True)  # the worker closes connections inside a transaction
def test_a_worker_sweeps_before_it_takes_a_job(reference_data, fake_engine):
    fake_engine(TEXT, [answer("1", 0, len(TEXT))])
    stalled = running(queued(b"left by a dead worker"), lease_left=-1)
    waiting = queued(b"next in the queue")
    run_worker()
    stalled.refresh_from_db()
    waiting.refresh_from_db()
    assert stalled.status == "failed" and stalled.error == leases.WORKER_STOPPED
    assert waiting.status == "done"


# --- The heartbeat --------------------------------------------------------------------------------------

def test_renew_extends_only_the_holders_lease(reference_data, settings):
    settings.RECTRACK_JOB_LEASE_SECONDS = 30
    job = queued()
    token = leases.claim(job.pk)
    ExtractionJob.objects.filter(pk=job.pk).update(lease_expires_at=timezone.now())
    assert leases.renew(job.pk, token)
    job.refresh_from_db()
    assert job.lease_expires_at > timezone.now() + timedelta(seconds=25)
    assert not leases.renew(job.pk, "another-worker")


@pytest.mark.django_db(transaction=True)  # the heartbeat writes from its own thread and connection
def test_the_heartbeat_renews_the_lease_while_the_engine_runs(reference_data, fake_engine, settings, monkeypatch):
    settings.RECTRACK_JOB_LEASE_SECONDS = 0.4  # renewed every 0.1 s
    fake_engine(TEXT, [answer("1", 0, len(TEXT))])
    extract = engine.extract
    seen = []

    def slow(data, name):
        for _ in range(2):
            seen.append(ExtractionJob.objects.values_list("heartbeat_at", "lease_expires_at").get())
            time.sleep(0.6)  # longer than the lease: without renewals it would lapse
        seen.append(ExtractionJob.objects.values_list("heartbeat_at", "lease_expires_at").get())
        assert leases.sweep_stalled_jobs() == []  # the worker is alive: nothing to sweep
        return extract(data, name)

    monkeypatch.setattr(engine, "extract", slow)
    job = services.run_extraction(queued().pk)
    assert job.status == "done", job.error
    beats = [s[0] for s in seen]
    assert beats[0] < beats[1] < beats[2]
    assert all(expires > beat for beat, expires in seen)


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_stops_when_the_lease_is_lost(reference_data):
    job = queued()
    with leases.Heartbeat(job.pk, "not-the-holder", interval=0.01) as beat:
        time.sleep(0.2)
    assert beat.lost and beat.beats == 0
    assert not beat._thread.is_alive()


# --- Failures always end the job ------------------------------------------------------------------------

def test_the_child_processes_sentence_ends_the_job(reference_data, monkeypatch):
    def over_memory(data, name):
        raise engine.ExtractionError("The child process needed more memory than the 1 GB limit")

    monkeypatch.setattr(engine, "extract", over_memory)
    job = services.run_extraction(queued().pk)
    assert job.status == "failed" and job.error == "The child process needed more memory than the 1 GB limit."
    assert job.finished_at and job.lease_expires_at is None


def test_a_worker_stopped_mid_job_marks_it_failed_and_stops(reference_data, monkeypatch):
    def interrupted(data, name):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "extract", interrupted)
    job = queued()
    with pytest.raises(KeyboardInterrupt):
        services.run_extraction(job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and job.error == leases.WORKER_INTERRUPTED


@pytest.mark.django_db(transaction=True)
def test_one_bad_document_never_stalls_the_queue(reference_data, monkeypatch):
    def extract(data, name):
        if name == "huge.txt":
            raise MemoryError
        if name == "broken.txt":
            raise engine.ExtractionError("The PDF has more pages than rectrack reads")
        return engine.Extracted(result=result(name), text="Fine.")

    monkeypatch.setattr(engine, "extract", extract)
    jobs = [queued(name.encode(), name) for name in ("huge.txt", "broken.txt", "fine.txt")]
    run_worker()
    outcome = {j.document.filename: (j.status, j.error) for j in ExtractionJob.objects.select_related("document")}
    assert outcome["huge.txt"] == ("failed", "The extraction stopped on an unexpected error (MemoryError); "
                                            "the details are in the service log.")
    assert outcome["broken.txt"] == ("failed", "The PDF has more pages than rectrack reads.")
    assert outcome["fine.txt"] == ("done", "")
    assert set(DBTaskResult.objects.filter(id__in=[j.task_id for j in jobs]).values_list("status", flat=True)) == {
        "SUCCESSFUL"}


def test_a_task_whose_job_was_deleted_does_nothing(reference_data):
    from rectrack.ingestion.services import extract_document

    job = queued()
    ExtractionJob.objects.filter(pk=job.pk).delete()
    assert extract_document.call(job.pk) == "deleted"
