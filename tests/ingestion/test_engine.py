"""ingestion/engine.py: the service runs the engine in a child process, with its limits and its catalogue."""
import pytest
from django.test import override_settings

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.extraction.results import ExtractionResult
from rectrack.ingestion import engine, services
from rectrack.ingestion.models import ExtractedAnswer, ExtractionJob
from tests.extraction.makers import glyphs, raw_pdf

pytestmark = pytest.mark.django_db

NEW_TEXT = ("Chief constables should make sure that every victim of stalking is offered a named officer as a single "
            "point of contact for the whole of the investigation, and that the officer keeps the victim informed.")


def test_a_sample_is_read_typed_with_its_text(reference_data, sample_dir):
    out = engine.extract((sample_dir / "sussex.txt").read_bytes(), "sussex.txt")
    assert isinstance(out.result, ExtractionResult)
    assert out.result.super_complaint == "safe-to-share"
    assert out.text and all(0 <= r.span.start < r.span.end <= len(out.text) for r in out.result.responses)


def test_the_catalogue_comes_from_the_database(reference_data):
    cat = engine.catalogue()
    stalking = cat.sc_by_slug["stalking"]
    assert stalking.ids == tuple(str(i) for i in range(1, 30))
    assert [p.id for p in stalking.recommendation("7").parts] == ["7.1", "7.2"]
    assert stalking.recommendation("7").due == "2025-03-27"
    assert not stalking.recommendation("1").recipients_known and stalking.recommendation("1").text is None
    assert "suzy-lamplugh-trust" in stalking.designated_bodies
    assert cat.org_by_id["sussex-pcc"].oversees == "sussex-police"


def test_a_recommendation_added_in_the_service_is_read_by_the_next_extraction(reference_data):
    document = ("Cheshire Constabulary: our stalking action plan\n\nDated 20 November 2024\n\n"
                "The Suzy Lamplugh Trust's super-complaint on the police response to stalking.\n\n"
                f"{NEW_TEXT}\n\nEvery stalking victim now has a named officer; we consider this recommendation "
                "implemented and complete.\n").encode()
    before = engine.extract(document, "plan.txt").result
    assert not before.responses  # the catalogue does not know the text yet
    stalking = SuperComplaint.objects.get(slug="stalking")
    Recommendation.objects.filter(super_complaint=stalking, number="30").delete()
    Recommendation.objects.create(super_complaint=stalking, number="30", order=30, text=NEW_TEXT,
                                  recipient_classes=["chief_constables"], parts=[{"id": "30.1", "text": "named"}])
    after = engine.extract(document, "plan.txt").result
    assert [(r.recommendation, r.progress) for r in after.responses] == [("30", "complete")]
    quoted = after.responses[0].quote
    assert quoted and NEW_TEXT[:40] in document.decode()[quoted.start:quoted.end]


def test_a_pdf_bomb_fails_its_job_with_one_sentence_and_writes_nothing(reference_data):
    stored = services.store_document(user=None, source=raw_pdf(glyphs(40_000_000)), filename="bomb.pdf")
    job = services.run_extraction(stored.job.pk)
    assert job.status == ExtractionJob.Status.FAILED
    assert job.error == ("Page 1 of the PDF inflates to more than 16 MB of drawing instructions; it is not a "
                         "readable document.")
    assert not ExtractedAnswer.objects.exists()


@override_settings(RECTRACK_EXTRACTION_LIMITS={"child_cpu_seconds": 7}, RECTRACK_MAX_UPLOAD_BYTES=1234567)
def test_limits_come_from_the_settings():
    lim = engine.limits()
    assert lim.child_cpu_seconds == 7 and lim.max_file_bytes == 1234567


@override_settings(RECTRACK_EXTRACTION_LIMITS={"child_memory_bytes": 2 ** 20})
def test_a_child_limit_from_the_settings_is_obeyed(reference_data, sample_dir):
    # one megabyte is below what the child already holds: the document fails with a memory sentence, not a crash
    # (which one depends on where the first allocation fails: the child's own sentence, the reader's when the
    # reading's first allocation fails, or the parent's when the child cannot even answer)
    with pytest.raises(engine.ExtractionError,
                       match="more memory than the 1 MB limit|stopped unexpectedly|needs too much memory to read"):
        engine.extract((sample_dir / "sussex.txt").read_bytes(), "sussex.txt")


@override_settings(RECTRACK_EXTRACTION_LIMITS={"no_such_limit": 1})
def test_an_unknown_limit_in_the_settings_is_a_configuration_error():
    with pytest.raises(ValueError, match="Unknown extraction limit"):
        engine.limits()


def test_a_reports_recommendations_are_read_in_the_child(reference_data):
    from tests.extraction.reports import GOLD, report

    result = engine.extract_recommendations(report("docx"), "report.docx")
    assert {r.id: (r.recipients, r.due, tuple(p.id for p in r.parts)) for r in result.recommendations} == GOLD
    with pytest.raises(engine.ExtractionError, match="empty"):
        engine.extract_recommendations(b"", "empty.txt")
