"""Writes for documents that live at a web address (ADR 0018): fetch one, and re-fetch it for a new version.

A fetched document is stored and extracted exactly like an upload (``services.store_document``); its
address is its ``source_url`` and ``fetched_at`` says it came from there. Re-fetching compares SHA-256:
the same bytes only move ``checked_at``; bytes stored before (the address went back to an earlier
version) are reported and change nothing else; new bytes become a new ``Document`` whose ``previous``
is the version it replaces, extracted again, so the reviewer can see what changed.

The network is never touched inside a transaction: the fetch happens first, the writes after.
"""
from __future__ import annotations

import datetime
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from rectrack.ingestion import fetch, services
from rectrack.ingestion.models import Document, ExtractionJob

logger = logging.getLogger(__name__)

# Fetching from an address and checking it again are what uploading is: the inspectorate's.
FETCH_PERM = services.UPLOAD_PERM


def _fetched(url: str, field: str) -> fetch.Fetched:
    try:
        return fetch.fetch(url)
    except fetch.FetchError as e:
        raise ValidationError({field: e.message}) from None


def store_from_address(*, user, url: str, enqueue: bool = True) -> services.Stored:
    """Fetch ``url`` and store what it holds like an upload, keeping the address as its source.

    Refusals (``FetchError``) come back as ``ValidationError({"url": sentence})`` and store nothing.
    The same bytes as a stored document return that document (``created=False``).
    """
    if user is not None:
        services.require(user, FETCH_PERM)
    url = (url or "").strip()
    got = _fetched(url, "url")
    with transaction.atomic():
        stored = services.store_document(user=user, source=got.data, filename=got.filename, source_url=url,
                                         enqueue=enqueue)
        if stored.created:
            now = timezone.now()
            Document.objects.filter(pk=stored.document.pk).update(fetched_at=now, checked_at=now)
            stored.document.refresh_from_db()
    return stored


@dataclass
class Refetched:
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    EARLIER = "earlier"  # the address now holds bytes already stored (an earlier version, or another document)

    outcome: str
    document: Document  # the version that was checked
    new: Document | None = None  # the new version (CHANGED) or the stored document with those bytes (EARLIER)
    job: ExtractionJob | None = None

    @property
    def message(self) -> str:
        if self.outcome == self.UNCHANGED:
            return f"“{self.document.filename}” has not changed at its address since it was fetched."
        if self.outcome == self.EARLIER and self.new is not None:
            return (f"The address now holds the same file as document {self.new.pk} (“{self.new.filename}”): "
                    f"no new version was stored.")
        return "The document at the address has changed: the new version is stored and its extraction is queued."


def refetchable(document: Document) -> bool:
    """A fetched document that no newer version has replaced."""
    return bool(document.fetched_at and document.source_url) and not document.next_versions.exists()


def refetch_document(*, user, document: Document) -> Refetched:
    """Fetch ``document``'s address again; store a new version only when the bytes changed."""
    if user is not None:
        services.require(user, FETCH_PERM, document)
    if not (document.fetched_at and document.source_url):
        raise ValidationError("Only a document fetched from a web address can be fetched again.")
    if document.next_versions.exists():
        raise ValidationError("A newer version of this document is stored: check that one instead.")
    got = _fetched(document.source_url, "url")
    sha256 = hashlib.sha256(got.data).hexdigest()
    now = timezone.now()
    with transaction.atomic():
        # Two checks at once make one new version: the second waits here and then finds the first's.
        document = Document.objects.select_for_update().get(pk=document.pk)
        if document.next_versions.exists():
            raise ValidationError("A newer version of this document was stored a moment ago: check that one.")
        Document.objects.filter(pk=document.pk).update(checked_at=now, check_error="")
        document.checked_at, document.check_error = now, ""
        if sha256 == document.sha256:
            return Refetched(Refetched.UNCHANGED, document)
        stored = services.store_document(user=user, source=got.data, filename=got.filename,
                                         source_url=document.source_url, enqueue=False)
        if not stored.created:
            return Refetched(Refetched.EARLIER, document, new=stored.document)
        new = stored.document
        # A super-complaint the inspectorate chose for the earlier version holds for this one (ADR 0019).
        chosen = ({"super_complaint_id": document.super_complaint_id, "super_complaint_chosen_at": now,
                   "super_complaint_chosen_by_id": document.super_complaint_chosen_by_id}
                  if document.super_complaint_chosen_at else {})
        Document.objects.filter(pk=new.pk).update(previous=document, fetched_at=now, checked_at=now, **chosen)
        new.refresh_from_db()
        job = services.enqueue_extraction(new, user=user)
    logger.info("Document %s changed at %s: stored as document %s", document.pk, document.source_url, new.pk)
    return Refetched(Refetched.CHANGED, document, new=new, job=job)


# --- On a schedule ---------------------------------------------------------------------------------

def refetch_interval() -> datetime.timedelta | None:
    hours = float(getattr(settings, "RECTRACK_REFETCH_HOURS", 24))
    return datetime.timedelta(hours=hours) if hours > 0 else None


def due_for_refetch(now: datetime.datetime | None = None):
    """Fetched documents, not replaced by a newer version, whose address was last checked an interval ago."""
    interval = refetch_interval()
    if interval is None:
        return Document.objects.none()
    cutoff = (now or timezone.now()) - interval
    return (Document.objects.filter(fetched_at__isnull=False, next_versions__isnull=True)
            .exclude(source_url="").filter(checked_at__lte=cutoff).order_by("checked_at", "pk"))


def enqueue_due_refetches(now: datetime.datetime | None = None) -> list[int]:
    """Queue one background re-fetch per due document (the scheduler thread must not wait on the network)."""
    ids = list(due_for_refetch(now).values_list("pk", flat=True))
    for pk in ids:
        refetch_task.enqueue(pk)
    return ids


@task
def refetch_task(document_id: int) -> str:
    """Re-fetch one document for the schedule; a refusal is logged and kept as ``check_error``."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return "deleted"
    try:
        return refetch_document(user=None, document=document).outcome
    except ValidationError as e:
        # Kept on the document so the page can say so; the next interval tries again.
        message = " ".join(e.messages)
        logger.warning("Scheduled re-fetch of document %s (%s) refused: %s", document.pk, document.source_url, message)
        Document.objects.filter(pk=document.pk).update(check_error=message[:500])
        return "refused"
