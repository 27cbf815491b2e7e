"""``rectrack sweep_jobs``: mark failed the extraction jobs whose worker is gone (ADR 0011).

Workers sweep before each job and the documents pages sweep when they are read; this is for cron or a
person who wants the record right now. Prints one line per job it failed; exit status 0 either way.
"""
from django.core.management.base import BaseCommand

from rectrack.ingestion import leases
from rectrack.ingestion.models import ExtractionJob


class Command(BaseCommand):
    help = ("Mark failed the extraction jobs whose worker stopped (its lease lapsed), that ran past the "
            "time limit, or whose task ended without them.")

    def handle(self, *args, **options):
        failed = leases.sweep_stalled_jobs()
        for job in ExtractionJob.objects.filter(pk__in=failed).select_related("document").order_by("pk"):
            self.stdout.write(f"job {job.pk} ({job.document.filename}): failed: {job.error}")
        n = len(failed)
        self.stdout.write(f"{n} stalled extraction job{'s' if n != 1 else ''} marked failed.")
