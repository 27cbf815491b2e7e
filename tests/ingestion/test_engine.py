"""ingestion/engine.py: the service runs the engine in a child process with the service's limits."""
import pytest
from django.test import override_settings

from rectrack.ingestion import engine, services
from rectrack.ingestion.models import ExtractedAnswer, ExtractionJob
from tests.extraction.makers import glyphs, raw_pdf

pytestmark = pytest.mark.django_db


def test_a_sample_is_read_with_its_text(reference_data, sample_dir):
    out = engine.extract((sample_dir / "sussex.txt").read_bytes(), "sussex.txt")
    assert out.result["super_complaint"] == "safe-to-share"
    assert out.text and all(0 <= r["start"] < r["end"] <= len(out.text) for r in out.result["responses"])


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
    # one megabyte cannot even start Python: the document fails with the memory sentence, not a crash
    with pytest.raises(engine.ExtractionError, match="more memory than the 1 MB limit|stopped unexpectedly"):
        engine.extract((sample_dir / "sussex.txt").read_bytes(), "sussex.txt")


@override_settings(RECTRACK_EXTRACTION_LIMITS={"no_such_limit": 1})
def test_an_unknown_limit_in_the_settings_is_a_configuration_error():
    with pytest.raises(ValueError, match="Unknown extraction limit"):
        engine.limits()
