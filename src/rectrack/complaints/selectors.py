"""Reads of the catalogue for the inspectorate's pages (a fixed number of queries, whatever its size)."""
import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint, TimelineEvent
from rectrack.core.dates import parse_partial_date
from rectrack.core.vocabulary import LifeEvent


def by_id_with_super_complaints(recommendations) -> dict[int, Recommendation]:
    """Recommendations by id, each with its super-complaint, for pages that list hundreds of them. Two queries:
    the few super-complaints are read once and attached, not joined to every recommendation (their wide rows made
    an organisation's page twice as slow); neither side reads its large ``loaded`` record."""
    super_complaints = SuperComplaint.objects.defer("loaded").in_bulk()
    found = {rec.pk: rec for rec in recommendations.defer("loaded")}
    for rec in found.values():
        rec.super_complaint = super_complaints[rec.super_complaint_id]
    return found


@dataclass(frozen=True)
class CatalogueRow:
    super_complaint: SuperComplaint
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
        if self.super_complaint.recommendation_count is None:
            return None
        return max(self.super_complaint.recommendation_count - self.recommendations - self.retired, 0)


def catalogue_rows() -> list[CatalogueRow]:
    """Every super-complaint with its counts: three queries."""
    current = Q(retired_on__isnull=True)
    recs: dict[str, dict] = {row["super_complaint_id"]: dict(row) for row in Recommendation.objects.order_by().values(
        "super_complaint_id").annotate(
        total=Count("pk", filter=current),
        n_retired=Count("pk", filter=~current),  # "retired" is a property of the model
        verbatim=Count("pk", filter=current & Q(text_known=True, text_is_summary=False)),
        summary=Count("pk", filter=current & Q(text_known=True, text_is_summary=True)),
        text_unknown=Count("pk", filter=current & Q(text_known=False)),
        recipients_unknown=Count("pk", filter=current & Q(recipient_classes=[], named_bodies=[])),
    )}
    owed: dict[str, dict] = {row["super_complaint"]: dict(row) for row in Recipient.objects.order_by().values(
        super_complaint=F("recommendation__super_complaint_id")).annotate(
        orgs=Count("organisation_id", distinct=True), pairs=Count("pk"))}
    out = []
    for super_complaint in SuperComplaint.objects.all():
        r: dict = recs.get(super_complaint.slug, {})
        o: dict = owed.get(super_complaint.slug, {})
        out.append(
            CatalogueRow(
                super_complaint,
                r.get("total", 0),
                r.get("n_retired", 0),
                r.get("verbatim", 0),
                r.get("summary", 0),
                r.get("text_unknown", 0),
                r.get("recipients_unknown", 0),
                o.get("orgs", 0),
                o.get("pairs", 0),
            )
        )
    return out


@dataclass(frozen=True)
class TimelineEntry:
    kind: LifeEvent
    date: str  # as known: YYYY, YYYY-MM or YYYY-MM-DD
    sort_date: datetime.date | None  # None only for a date the record holds in no form we can read
    description: str
    outcome: str = ""
    event: TimelineEvent | None = None  # None: shown from the record's own fields (edit those instead)


def timeline(super_complaint: SuperComplaint) -> list[TimelineEntry]:
    """A super-complaint's life in date order: its received and publication dates and its deadlines (from
    the record's own fields, so they never disagree) with the dated events recorded for it. Three queries."""
    entries = []
    if super_complaint.received:
        # ``all()``: the pages that show a timeline have the bodies already (prefetched), so no query here.
        bodies = ", ".join(body.name for body in super_complaint.designated_bodies.all())
        entries.append(
            TimelineEntry(
                LifeEvent.RECEIVED,
                super_complaint.received,
                parse_partial_date(super_complaint.received),
                f"Received from {bodies}" if bodies else "Received",
            )
        )
    if super_complaint.report_published:
        entries.append(TimelineEntry(LifeEvent.REPORT_PUBLISHED, super_complaint.report_published,
                                     parse_partial_date(super_complaint.report_published), super_complaint.title))
    if super_complaint.initial_response_due:
        entries.append(
            TimelineEntry(
                LifeEvent.RESPONSE_DEADLINE,
                super_complaint.initial_response_due.isoformat(),
                super_complaint.initial_response_due,
                "Initial responses due (56 days from publication)"
                if super_complaint.initial_response_due_override is None and super_complaint.initial_response_days == 56
                else "Initial responses due",
            )
        )
    dues: dict[datetime.date | None, list[str]] = {}
    for number, due in super_complaint.recommendations.filter(
        update_due__isnull=False, retired_on__isnull=True
    ).values_list("number", "update_due"):
        dues.setdefault(due, []).append(number)
    for due, numbers in dues.items():
        if due is None:
            continue
        entries.append(TimelineEntry(LifeEvent.RESPONSE_DEADLINE, due.isoformat(), due,
                                     f"Progress updates due on recommendation{'s' if len(numbers) > 1 else ''} "
                                     f"{', '.join(numbers)}"))
    for event in super_complaint.events.all():
        kind = LifeEvent(event.kind)  # type: ignore[call-arg]  # a lookup by value, not a new term
        entries.append(TimelineEntry(kind, event.date, event.sort_date, event.description, event.outcome, event))
    return sorted(entries, key=lambda e: (e.sort_date or datetime.date.min, list(LifeEvent).index(e.kind)))
