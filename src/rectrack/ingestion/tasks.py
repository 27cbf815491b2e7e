"""Background tasks (django.tasks, run by ``rectrack db_worker``)."""
from django.tasks import task


@task
def extract_document(job_id: int) -> str:
    """Run one extraction job; returns the job's final status (the job row holds the details)."""
    from rectrack.ingestion.services import run_extraction

    return run_extraction(job_id).status
