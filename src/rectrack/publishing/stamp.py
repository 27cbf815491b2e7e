"""A cheap fingerprint of a super-complaint's public data, to key cached tables and charts.

It changes when a response of the super-complaint is added, edited (``updated_at``), deleted, published
or unpublished, when its recipients change, when a snapshot is taken, and (in this process) when the
reference data changes (signals bump a version). Cached entries also expire, which bounds staleness for
changes made by another process that the database fingerprint cannot see.
"""
import hashlib

from django.core.cache import cache
from django.db.models import Count, Max, Q

from rectrack.complaints.models import Recipient, SuperComplaint
from rectrack.publishing.models import Snapshot
from rectrack.responses.models import Response
from rectrack.vocabulary import WorkflowState

VERSION_KEY = "publishing:version"
TABLE_SECONDS = 10 * 60


def bump_version(*args, **kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def data_stamp(super_complaint: SuperComplaint) -> str:
    """3 queries."""
    agg = Response.objects.filter(recommendation__super_complaint=super_complaint).aggregate(
        latest=Max("updated_at"), n=Count("id"), published=Count("id", filter=Q(state=WorkflowState.PUBLISHED)),
    )
    snap = Snapshot.objects.filter(Q(super_complaint=super_complaint) | Q(super_complaint__isnull=True)).aggregate(
        latest=Max("id"))
    recipients = Recipient.objects.filter(recommendation__super_complaint=super_complaint).count()
    raw = (f"{super_complaint.slug}|{agg['latest']}|{agg['n']}|{agg['published']}|{snap['latest']}|{recipients}"
           f"|{cache.get(VERSION_KEY, 0)}")
    return hashlib.sha256(raw.encode()).hexdigest()[:16]
