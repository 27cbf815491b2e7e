"""Storing once, the background task (worker and direct call), failures, and the answers it creates."""
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from rectrack.ingestion import services
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob
from rectrack.ingestion.services import extract_document
from rectrack.responses.models import Response
from tests.ingestion.helpers import answer

pytestmark = pytest.mark.django_db


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=io.StringIO())


def test_the_same_file_twice_is_stored_once_with_one_job(reference_data, sample_dir):
    data = (sample_dir / "sussex.txt").read_bytes()
    first = services.store_document(user=None, source=data, filename="sussex.txt")
    second = services.store_document(user=None, source=data, filename="renamed.txt")
    assert first.created and not second.created
    assert second.document.pk == first.document.pk
    assert Document.objects.count() == 1 and ExtractionJob.objects.count() == 1
    assert DBTaskResult.objects.count() == 1
    assert first.document.file.name.endswith(first.document.sha256)


@pytest.mark.django_db(transaction=True)  # the worker closes connections inside a transaction (see test_ingest_command)
def test_the_worker_runs_the_task_and_creates_pending_answers_with_spans(reference_data, sample_dir):
    stored = services.store_document(user=None, source=(sample_dir / "northumbria.txt").read_bytes(),
                                     filename="northumbria.txt")
    job = stored.job
    assert job.status == "queued" and job.task_id
    run_worker()
    job.refresh_from_db()
    document = job.document
    document.refresh_from_db()
    assert job.status == "done" and job.error == "" and job.finished_at
    assert document.format == "text" and document.super_complaint_id == "safe-to-share"
    assert {"northumbria-police", "northumbria-pcc"} <= set(document.organisations.values_list("pk", flat=True))
    assert document.document_date.startswith("2021")
    answers = {a.recommendation.number: a for a in ExtractedAnswer.objects.filter(job=job)}
    assert {"1", "4", "5", "6"} <= set(answers)
    assert all(a.decision == "pending" for a in answers.values())
    # The joint document: recommendation 6 (policing bodies) is the PCC's, recommendation 1 the force's.
    assert answers["6"].organisation_id == "northumbria-pcc"
    assert answers["1"].organisation_id == "northumbria-police"
    for a in answers.values():
        assert 0 <= a.start < a.end <= len(document.text)
        # the answer's span is its narrative, inside the passage the proposal cites (quote left out)
        assert a.proposed["start"] <= a.start < a.end <= a.proposed["end"]
        assert a.proposed["recommendation"] == a.recommendation.number
    assert "Recommendation 6" in document.text[answers["6"].proposed["start"]:answers["6"].end]
    assert DBTaskResult.objects.get(id=job.task_id).status == "SUCCESSFUL"
    assert not Response.objects.exists()  # nothing reaches the tracker before review


def test_the_task_function_runs_directly_and_is_idempotent(reference_data, sample_dir):
    stored = services.store_document(user=None, source=(sample_dir / "sussex.txt").read_bytes(), filename="sussex.txt")
    assert extract_document.call(stored.job.pk) == "done"
    count = ExtractedAnswer.objects.count()
    assert count > 0
    assert extract_document.call(stored.job.pk) == "done"  # a second run changes nothing
    assert ExtractedAnswer.objects.count() == count


@pytest.mark.django_db(transaction=True)
def test_a_bad_file_fails_with_one_sentence_and_the_others_go_on(reference_data, fake_engine):
    fake_engine("Recommendation 1. We are doing it.", [answer("1", 0, 33)])
    bad = services.store_document(user=None, source=b"BAD bytes", filename="bad.txt")
    good = services.store_document(user=None, source=b"good bytes", filename="good.txt")
    run_worker()
    bad.job.refresh_from_db()
    good.job.refresh_from_db()
    assert bad.job.status == "failed"
    assert bad.job.error == "The file is not a document rectrack can read."
    assert bad.job.error.count(".") == 1 and bad.job.finished_at
    assert good.job.status == "done"
    bad.document.refresh_from_db()
    assert bad.document.text == "" and bad.document.super_complaint is None
    assert not bad.document.organisations.exists()
    assert not ExtractedAnswer.objects.filter(document=bad.document).exists()
    assert ExtractedAnswer.objects.filter(document=good.document).count() == 1


def test_an_unexpected_engine_error_fails_the_job_and_writes_nothing(reference_data, monkeypatch):
    from rectrack.ingestion import engine

    def broken(data, filename):
        raise KeyError("boom")

    monkeypatch.setattr(engine, "extract", broken)
    stored = services.store_document(user=None, source=b"some text", filename="x.txt")
    job = services.run_extraction(stored.job.pk)
    assert job.status == "failed"
    assert job.error.startswith("The extraction stopped on an unexpected error (KeyError)")
    assert not ExtractedAnswer.objects.exists()


def test_a_failure_while_recording_rolls_back_the_partial_result(reference_data, fake_engine, monkeypatch):
    fake_engine("Recommendation 1. We are doing it.", [answer("1", 0, 33)])
    from rectrack.ingestion.models import ExtractedAnswer as Model

    def explode(*args, **kwargs):
        raise RuntimeError("database trouble")

    monkeypatch.setattr(Model.objects, "bulk_create", explode)
    stored = services.store_document(user=None, source=b"text", filename="x.txt")
    job = services.run_extraction(stored.job.pk)
    stored.document.refresh_from_db()
    assert job.status == "failed"
    assert stored.document.text == "" and stored.document.super_complaint is None


def test_empty_and_oversized_files_are_refused(reference_data):
    with pytest.raises(ValidationError, match="empty"):
        services.store_document(user=None, source=b"", filename="empty.txt")
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=10), pytest.raises(ValidationError, match="smaller than"):
        services.store_document(user=None, source=b"x" * 11, filename="big.txt")
    assert not Document.objects.exists()


def test_unknown_recommendation_and_organisation_stay_unresolved(reference_data, fake_engine):
    text = "Recommendation 99. Something. Recommendation 2. The Home Office said."
    fake_engine(text, [answer("99", 0, 29), answer("2", 30, len(text))])
    stored = services.store_document(user=None, source=b"x", filename="x.txt")
    services.run_extraction(stored.job.pk)
    by_label = {a.recommendation_label: a for a in ExtractedAnswer.objects.all()}
    assert by_label["Recommendation 99"].recommendation is None
    # Sussex Police does not owe recommendation 2 (the Home Office's): the reviewer must choose.
    assert by_label["Recommendation 2"].recommendation.number == "2"
    assert by_label["Recommendation 2"].organisation is None


def test_a_pcc_answering_inside_its_forces_document_is_found(reference_data, fake_engine):
    text = "Recommendation 6. The PCC has commissioned services."
    fake_engine(text, [answer("6", 0, len(text))], organisations=["sussex-police"])
    stored = services.store_document(user=None, source=b"x", filename="x.txt")
    services.run_extraction(stored.job.pk)
    assert ExtractedAnswer.objects.get().organisation_id == "sussex-pcc"


def test_the_stored_narrative_keeps_the_organisations_words(reference_data):
    """The engine reads "can't" as "cannot" (ADR 0008, Decision 28), but the document's text and an answer's narrative
    are stored as the organisation wrote them (Decision 33; on the base of round fourteen they read "cannot")."""
    body = (b"Stalking super-complaint: our response\n\nEssex Police, 3 March 2024\n\nRec. 3\n\nWe can't accept this "
            b"recommendation as written, and we won't adopt it.\n\nRecommendation 4\n\nIt's complete: every call "
            b"handler is trained.\n")
    stored = services.store_document(user=None, source=body, filename="essex-stalking.txt")
    assert extract_document.call(stored.job.pk) == "done"
    document = Document.objects.get(pk=stored.document.pk)
    assert document.text == body.decode()
    answers = {a.recommendation.number: a for a in ExtractedAnswer.objects.filter(job=stored.job)}
    assert {"3", "4"} <= set(answers)
    assert document.text[answers["3"].start:answers["3"].end] == (
        "We can't accept this recommendation as written, and we won't adopt it.")
    assert document.text[answers["4"].start:answers["4"].end].startswith("It's complete")
    assert answers["3"].recommendation_label == "Rec. 3"
    assert "can't" in answers["3"].proposed["evidence"] or "won't" in answers["3"].proposed["evidence"]
