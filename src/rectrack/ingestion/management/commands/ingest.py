"""``rectrack ingest FILE|DIR|URL... [--no-wait] [--retry-failed] [--source-url URL]``: store and extract.

An argument with a scheme (``https://...``) is a web address: the document is fetched from it under
the same checks as the upload page's address form (``ingestion.fetch``, ADR 0018) and keeps it as its
source.

Each file is accepted by its content (``core.uploads``, as on the upload page), stored once by its
SHA-256 and its extraction queued as a background task. By default the command then runs the queued
tasks itself (the database worker in batch mode) with a progress bar on standard error, and prints one
line per file. With ``--no-wait`` it only queues; ``rectrack db_worker`` does the rest. A file stored
before whose extraction failed is left alone unless ``--retry-failed`` queues a new job for it. The
exit status is 1 when any file failed.
"""
from __future__ import annotations

import signal
import time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.tasks.signals import task_finished
from tqdm import tqdm

from rectrack.core import uploads
from rectrack.ingestion import leases, services, sources
from rectrack.ingestion.models import ExtractionJob

SKIPPED_PREFIXES = ("licence", "license", "readme")
POLL_SECONDS = 0.5
WAIT_LIMIT_SECONDS = 600


def wanted(path: Path) -> bool:
    name = path.name
    return not name.startswith(".") and not name.lower().startswith(SKIPPED_PREFIXES)


def is_address(arg: str) -> bool:
    """``scheme://...``: a web address (the fetch refuses every scheme but http and https, saying so)."""
    scheme, sep, _ = arg.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()


def collect(paths: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest, in order, and (path, problem) for arguments that are not usable."""
    files, problems = [], []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and wanted(f)
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                problems.append((arg, "The folder holds no documents."))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            problems.append((arg, "No such file or folder."))
    return list(dict.fromkeys(files)), problems


class Command(BaseCommand):
    help = "Store response documents once by SHA-256 and extract draft answers from them for review."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE|DIR|URL",
                            help="Files, folders (every file except hidden ones, LICENCE* and README*), or "
                                 "web addresses to fetch (http and https).")
        parser.add_argument(
            "--no-wait", action="store_true", help="Only queue the extractions (run 'rectrack db_worker')."
        )
        parser.add_argument("--source-url", default="", help="Where the document was published (one file only).")
        parser.add_argument("--retry-failed", action="store_true",
                            help="Queue a new extraction for files stored before whose extraction failed.")

    def handle(self, *args, paths, no_wait, source_url, retry_failed, verbosity, **options):
        addresses = [p for p in paths if is_address(p)]
        files, problems = collect([p for p in paths if not is_address(p)])
        if source_url and (len(files) != 1 or addresses):
            raise CommandError("--source-url names where one document was published: give exactly one file.")
        bar_out = self.stderr._out  # tqdm writes carriage returns; the wrapper would add newlines
        lines: list[tuple[str, str, str]] = [(arg, "failed", problem) for arg, problem in problems]
        jobs: dict[int, str] = {}
        for url in tqdm(addresses, desc="Fetching", unit="address", file=bar_out, disable=not addresses, leave=False):
            try:
                stored = sources.store_from_address(user=None, url=url)
            except ValidationError as e:
                lines.append((url, "failed", " ".join(e.messages)))
                continue
            if stored.failed_before and retry_failed:
                jobs[services.retry_extraction(user=None, document=stored.document).pk] = url
            elif stored.created:
                jobs[stored.job.pk] = url
            else:
                lines.append((url, "failed" if stored.failed_before else "unchanged", self.already(stored.document)))
        for path in tqdm(files, desc="Storing", unit="file", file=bar_out, disable=not files, leave=False):
            try:
                if path.stat().st_size > uploads.max_upload_bytes():  # refused before it is read into memory
                    raise ValidationError({"file": uploads.size_limit_message()})
                stored = services.store_document(user=None, source=path.read_bytes(), filename=path.name,
                                                 source_url=source_url)
                if stored.failed_before and retry_failed:
                    jobs[services.retry_extraction(user=None, document=stored.document).pk] = str(path)
                    continue
            except OSError as e:
                lines.append((str(path), "failed", f"The file cannot be read ({e.strerror or e})."))
                continue
            except ValidationError as e:
                lines.append((str(path), "failed", " ".join(m for ms in e.message_dict.values() for m in ms)))
                continue
            if stored.created:
                jobs[stored.job.pk] = str(path)
            else:
                # Still unread: a failure to report (exit status 1), with the way to retry it.
                status = "failed" if stored.failed_before else "unchanged"
                lines.append((str(path), status, self.already(stored.document)))
        if jobs and not no_wait:
            leases.sweep_quietly()
            self.run_jobs(jobs, bar_out)
        for job in ExtractionJob.objects.filter(pk__in=jobs).select_related("document", "document__super_complaint"):
            lines.append((jobs[job.pk], job.status, self.describe(job)))
        order = {str(p): i for i, p in enumerate([*addresses, *files])}
        lines.sort(key=lambda line: order.get(line[0], -1))
        failed = 0
        for path, status, detail in lines:
            failed += status == "failed"
            style = self.style.ERROR if status == "failed" else self.style.SUCCESS if status == "done" else str
            self.stdout.write(style(f"{path}: {status}: {detail}"))
        if failed:
            raise CommandError(f"{failed} of {len(lines)} file{'s' if len(lines) != 1 else ''} failed.", returncode=1)

    def run_jobs(self, jobs: dict[int, str], bar_out) -> None:
        """Run the queued tasks here (the database worker in batch mode), showing progress."""
        bar = tqdm(total=len(jobs), desc="Extracting", unit="file", file=bar_out)
        unfinished = ExtractionJob.objects.filter(pk__in=jobs).exclude(
            status__in=[ExtractionJob.Status.DONE, ExtractionJob.Status.FAILED])

        def progress(**kwargs):
            bar.n = len(jobs) - unfinished.count()
            bar.refresh()

        task_finished.connect(progress, weak=False)
        saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}  # the worker sets its own
        try:
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0",
                         verbosity=0, stdout=self.stdout._out, stderr=bar_out)
            # Another worker may hold some of ours: wait for it rather than report them unfinished.
            deadline = time.monotonic() + WAIT_LIMIT_SECONDS
            while unfinished.exists() and time.monotonic() < deadline:
                time.sleep(POLL_SECONDS)
                progress()
            progress()
        finally:
            for signum, handler in saved.items():
                signal.signal(signum, handler)
            task_finished.disconnect(progress)
            bar.close()

    @staticmethod
    def describe(job: ExtractionJob) -> str:
        if job.status == ExtractionJob.Status.FAILED:
            return job.error
        if job.status != ExtractionJob.Status.DONE:
            return f"extraction {job.get_status_display().lower()} (job {job.pk}); run 'rectrack db_worker'."
        document = job.document
        n = job.answers.count()
        super_complaint = document.super_complaint or "super-complaint not recognised"
        return f"{n} answer{'s' if n != 1 else ''} awaiting review ({super_complaint}; document {document.pk})."

    @staticmethod
    def already(document) -> str:
        job = services.latest_job(document)
        if job and job.status == ExtractionJob.Status.FAILED:
            return (f"already stored as document {document.pk} ({document.filename}) and its extraction failed: "
                    f"{job.error} Run again with --retry-failed to retry it.")
        state = f"its extraction is {job.get_status_display().lower()}" if job else "it has no extraction"
        return f"already stored as document {document.pk} ({document.filename}); nothing changed, {state}."
