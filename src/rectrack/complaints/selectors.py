"""Reads of the catalogue for the inspectorate's pages (a fixed number of queries, whatever its size)."""
from dataclasses import dataclass

from django.db.models import Count, F, Q

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint


@dataclass(frozen=True)
class CatalogueRow:
    sc: SuperComplaint
    recommendations: int  # current (not retired)
    retired: int
    verbatim: int
    summary: int
    text_unknown: int
    recipients_unknown: int
    recipients: int  # organisations that owe a response to at least one recommendation
    pairs: int  # recipient x recommendation

    @property
    def missing(self) -> int | None:
        """Recommendations the report is known to have that are not catalogued yet (None: total unknown)."""
        if self.sc.recommendation_count is None:
            return None
        return max(self.sc.recommendation_count - self.recommendations - self.retired, 0)


def catalogue_rows() -> list[CatalogueRow]:
    """Every super-complaint with its counts: three queries."""
    current = Q(retired_on__isnull=True)
    recs = {row["super_complaint_id"]: row for row in Recommendation.objects.order_by().values(
        "super_complaint_id").annotate(
        total=Count("pk", filter=current),
        retired=Count("pk", filter=~current),
        verbatim=Count("pk", filter=current & Q(text_known=True, text_is_summary=False)),
        summary=Count("pk", filter=current & Q(text_known=True, text_is_summary=True)),
        text_unknown=Count("pk", filter=current & Q(text_known=False)),
        recipients_unknown=Count("pk", filter=current & Q(recipient_classes=[], named_bodies=[])),
    )}
    owed = {row["sc"]: row for row in Recipient.objects.order_by().values(
        sc=F("recommendation__super_complaint_id")).annotate(
        orgs=Count("organisation_id", distinct=True), pairs=Count("pk"))}
    out = []
    for sc in SuperComplaint.objects.all():
        r, o = recs.get(sc.slug, {}), owed.get(sc.slug, {})
        out.append(CatalogueRow(sc, r.get("total", 0), r.get("retired", 0), r.get("verbatim", 0), r.get("summary", 0),
                                r.get("text_unknown", 0), r.get("recipients_unknown", 0), o.get("orgs", 0),
                                o.get("pairs", 0)))
    return out
