"""Background tasks (django.tasks, run by ``rectrack db_worker``)."""
from django.tasks import task


@task
def extract_document(job_id: int) -> str:
    """Run one extraction job; returns the job's final status (the job row holds the details).

    Jobs whose worker died are swept first, so every worker that picks up work also clears the jobs
    another one left running (ADR 0011).
    """
    from rectrack.ingestion import leases
    from rectrack.ingestion.models import ExtractionJob
    from rectrack.ingestion.services import run_extraction

    leases.sweep_quietly()
    try:
        return run_extraction(job_id).status
    except ExtractionJob.DoesNotExist:
        return "deleted"  # its document was deleted after the task was queued: nothing to do
