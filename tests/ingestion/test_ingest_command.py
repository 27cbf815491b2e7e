"""``rectrack ingest``: folders, store-once, waiting or not, failures and the exit status."""
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob

# The worker closes connections that are inside a transaction (close_old_connections): on PostgreSQL that
# would end a test's wrapping transaction, so these tests run outside one, like the real command.
pytestmark = pytest.mark.django_db(transaction=True)


def ingest(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *map(str, args), stdout=out, stderr=err)
        code = 0
    except CommandError as e:
        code = e.returncode
        err.write(str(e))
    return code, out.getvalue(), err.getvalue()


def test_the_sample_corpus_is_extracted_and_awaits_review(reference_data, sample_dir):
    code, out, err = ingest(sample_dir)
    assert code == 0, out + err
    names = sorted(Document.objects.values_list("filename", flat=True))
    assert names == ["avon-and-somerset.txt", "northumbria.txt", "sussex.txt"]  # LICENCE.md skipped
    assert set(ExtractionJob.objects.values_list("status", flat=True)) == {"done"}
    assert ExtractedAnswer.objects.filter(decision="pending").count() >= 10
    assert out.count(": done: ") == 3 and "awaiting review" in out
    assert "Extracting" in err and "100%" in err  # the progress bar goes to stderr

    again_code, again_out, _ = ingest(sample_dir / "sussex.txt")
    assert again_code == 0 and "nothing changed" in again_out
    assert Document.objects.count() == 3 and ExtractionJob.objects.count() == 3


def test_no_wait_only_queues(reference_data, sample_dir):
    code, out, _ = ingest("--no-wait", sample_dir / "sussex.txt")
    assert code == 0 and ": queued: " in out and "db_worker" in out
    job = ExtractionJob.objects.get()
    assert job.status == "queued" and not ExtractedAnswer.objects.exists()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=io.StringIO())
    job.refresh_from_db()
    assert job.status == "done" and ExtractedAnswer.objects.exists()


def test_a_bad_file_fails_the_run_but_not_the_others(reference_data, sample_dir, tmp_path, fake_engine):
    fake_engine("Recommendation 1. We are doing it.", [])
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "unreadable.txt").write_bytes(b"BAD: the fake engine cannot read this")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "README.txt").write_text("ignored")
    (tmp_path / "sussex.txt").write_bytes((sample_dir / "sussex.txt").read_bytes())
    code, out, err = ingest(tmp_path, tmp_path / "missing.txt")
    assert code == 1
    # Refused by content before anything is stored, with the same sentence as the upload page ...
    assert ("picture.png: failed: The selected file is a PNG image. The selected file must be a PDF, DOCX, "
            "HTML, Markdown or plain text file.") in out
    assert "empty.txt: failed: The selected file is empty." in out
    assert "missing.txt: failed: No such file or folder." in out
    # ... or stored, and failed by the engine with its one sentence; the others go on.
    assert "unreadable.txt: failed: The file is not a document rectrack can read." in out
    assert "sussex.txt: done" in out
    assert "hidden" not in out and "README" not in out
    assert "4 of 5 files failed." in err
    assert not Document.objects.filter(filename__in=["picture.png", "empty.txt"]).exists()
    bad = ExtractionJob.objects.get(document__filename="unreadable.txt")
    assert bad.status == "failed" and not bad.answers.exists()
    assert ExtractionJob.objects.get(document__filename="sussex.txt").status == "done"


def test_a_failed_file_again_says_so_and_retries_only_when_asked(reference_data, tmp_path, fake_engine):
    fake_engine("Recommendation 1. We are doing it.", [])
    path = tmp_path / "unreadable.txt"
    path.write_bytes(b"BAD: the fake engine cannot read this")
    assert ingest(path)[0] == 1
    code, out, _ = ingest(path)
    assert code == 1 and "its extraction failed: The file is not a document rectrack can read." in out
    assert "--retry-failed" in out and ExtractionJob.objects.count() == 1

    code, out, _ = ingest("--retry-failed", path)
    assert code == 1 and ": failed: The file is not a document rectrack can read." in out
    jobs = list(ExtractionJob.objects.order_by("pk").values_list("status", flat=True))
    assert jobs == ["failed", "failed"]  # a new job ran; the first stays as the record


def test_a_file_over_the_limit_is_refused_before_it_is_read(reference_data, tmp_path, settings, monkeypatch):
    from pathlib import Path

    settings.RECTRACK_MAX_UPLOAD_BYTES = 100
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    code, out, _ = ingest(big)
    assert code == 1 and "big.txt: failed: The selected file must be smaller than" in out
    assert read == [] and not Document.objects.exists()


def test_source_url_needs_exactly_one_file(reference_data, sample_dir):
    with pytest.raises(CommandError, match="exactly one file"):
        call_command("ingest", str(sample_dir), "--source-url", "https://example.org/x", stdout=io.StringIO(),
                     stderr=io.StringIO())


def test_the_rectrack_command_exits_non_zero_on_failure(reference_data, tmp_path, capsys):
    """The real entry point (``rectrack ingest``), as scripts see it: exit status 1 and the reason."""
    from rectrack.cli import main

    (tmp_path / "bad.txt").write_bytes(b"\xff\xd8\xff a JPEG named as text")
    (tmp_path / "good.txt").write_bytes(b"Recommendation 1. We have stopped sharing data.")
    with pytest.raises(SystemExit) as exited:
        main(["rectrack", "ingest", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")])
    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert "bad.txt: failed: The selected file is a JPEG image." in captured.out
    assert "Extracting" in captured.err and "1 of 2 files failed." in captured.err
