"""Periodic ingestion jobs, run by ``rectrack worker``'s scheduler (``core.scheduler``).

Fetched documents are checked at their addresses every ``RECTRACK_REFETCH_HOURS`` (0: never; the job is
then not registered at all). The job only queues one background task per due document, so a slow site
never holds up the scheduler's other jobs (ADR 0018).
"""
from rectrack.core.scheduler import every
from rectrack.ingestion import sources

_interval = sources.refetch_interval()

if _interval is not None:
    @every(seconds=_interval.total_seconds(), name="ingestion.refetch_documents")
    def refetch_documents() -> list[int]:
        return sources.enqueue_due_refetches()
