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


def test_a_bad_file_fails_the_run_but_not_the_others(reference_data, sample_dir, tmp_path):
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "README.txt").write_text("ignored")
    (tmp_path / "sussex.txt").write_bytes((sample_dir / "sussex.txt").read_bytes())
    code, out, err = ingest(tmp_path, tmp_path / "missing.txt")
    assert code == 1
    assert "picture.png: failed: The file is a PNG image, not a format rectrack can read." in out
    assert "empty.txt: failed: The selected file is empty." in out
    assert "missing.txt: failed: No such file or folder." in out
    assert "sussex.txt: done" in out
    assert "hidden" not in out and "README" not in out
    assert "3 of 4 files failed." in err
    png = ExtractionJob.objects.get(document__filename="picture.png")
    assert png.status == "failed" and not png.answers.exists()
    assert ExtractionJob.objects.get(document__filename="sussex.txt").status == "done"


def test_source_url_needs_exactly_one_file(reference_data, sample_dir):
    with pytest.raises(CommandError, match="exactly one file"):
        call_command("ingest", str(sample_dir), "--source-url", "https://example.org/x", stdout=io.StringIO(),
                     stderr=io.StringIO())


def test_the_rectrack_command_exits_non_zero_on_failure(reference_data, tmp_path, capsys):
    """The real entry point (``rectrack ingest``), as scripts see it: exit status 1 and the reason."""
    from rectrack.cli import main

    (tmp_path / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(SystemExit) as exited:
        main(["rectrack", "ingest", str(tmp_path / "bad.png")])
    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert "bad.png: failed: The file is a PNG image" in captured.out
    assert "Extracting" in captured.err and "1 of 1 file failed." in captured.err
