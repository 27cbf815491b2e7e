"""Deadline lists: every owed clock with its state, read from the standings in constant queries."""
import datetime
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from rectrack.complaints.models import FollowUpRequest, Recipient, Recommendation, SuperComplaint
from rectrack.complaints.selectors import by_id_with_super_complaints
from rectrack.organisations.models import Organisation
from rectrack.responses.models import ResponseVersion
from rectrack.tracker.deadlines import CLOCKS, LONG_OVERDUE, OVERDUE, STATES, follow_up_state
from rectrack.tracker.selectors import Cell, cells_for, overdue_on, standings
from rectrack.workflow.models import DeadlineExtension

_FAR = datetime.date.max
# The deadline-list filter: a state, or "open" (due, overdue or long overdue), or "overdue_any".
STATE_FILTERS = {
    "": "Any state",
    "open": "Not met yet",
    "due": "Due",
    "overdue_any": "Overdue or long overdue",
    "overdue": "Overdue",
    "long_overdue": "Long overdue",
    "met": "Met",
    "none": "No deadline set",
}


@dataclass
class DeadlineRow:
    cell: Cell
    clock: object  # DeadlineState

    @property
    def organisation(self):
        return self.cell.organisation

    @property
    def recommendation(self):
        return self.cell.recommendation


def _matches(clock, state: str) -> bool:
    if not state:
        return True
    if state == "open":
        return clock.is_open
    if state == "overdue_any":
        return clock.state in (OVERDUE, LONG_OVERDUE)
    return clock.state == state


def deadline_rows(*, super_complaint: SuperComplaint | None = None, organisation: Organisation | str | None = None,
                  state: str = "", clock: str = "", today=None) -> list[DeadlineRow]:
    """One row per owed clock (recipient x recommendation x clock), filtered; most urgent first. Two queries."""
    lookup = {}
    recommendations = Recommendation.objects.all()
    if super_complaint is not None:
        lookup["super_complaint"] = super_complaint
        recommendations = recommendations.filter(super_complaint=super_complaint)
    if organisation is not None:
        lookup["organisation"] = organisation
    today = today or timezone.localdate()
    queryset = standings(answers=False, **lookup)  # deadline facts only
    if state in ("overdue_any", OVERDUE, LONG_OVERDUE):  # only standings with an overdue clock can match
        queryset = queryset.filter(overdue_on(today, clock))
    national = super_complaint is None and organisation is None  # only the national list is unbounded
    cells = cells_for(queryset, by_id_with_super_complaints(recommendations), today=today, stream=national)
    rows = [DeadlineRow(cell, c) for cell in cells for c in cell.deadlines
            if (not clock or c.clock == clock) and _matches(c, state)]
    return _by_urgency(rows)


def deadline_rows_from_cells(cells) -> list[DeadlineRow]:
    """``deadline_rows`` from cells a page already has: no query."""
    return _by_urgency([DeadlineRow(cell, c) for cell in cells for c in cell.deadlines])


def _by_urgency(rows: list[DeadlineRow]) -> list[DeadlineRow]:
    urgency = {LONG_OVERDUE: 0, OVERDUE: 1, "due": 2, "none": 3, "met": 4}
    clock_order = {clock: i for i, clock in enumerate(CLOCKS)}
    places: dict[int, tuple] = {}  # each recommendation's place in the catalogue, looked up once, not once a row

    def place(recommendation) -> tuple:
        found = places.get(recommendation.pk)
        if found is None:
            found = places[recommendation.pk] = (recommendation.super_complaint.order, recommendation.order)
        return found

    rows.sort(key=lambda row: (urgency[row.clock.state], row.clock.due or row.clock.met_on or _FAR,
                               row.cell.organisation.name, place(row.cell.recommendation),
                               clock_order.get(row.clock.clock, len(clock_order))))
    return rows


def complaint_summary(super_complaint: SuperComplaint, *, counts: Counter, recommendations) -> dict:
    """Counts of each recipient's shown deadline state for one report (from the matrix), and its clocks."""
    return {
        "counts": [(s, counts.get(s, 0)) for s in STATES if counts.get(s)],
        "total": sum(counts.values()),
        "update_clocks": sorted([rec for rec in recommendations if rec.update_due], key=lambda r: r.order),
        "extensions": DeadlineExtension.objects.filter(recommendation__super_complaint=super_complaint).count(),
    }


@dataclass(frozen=True)
class FollowUpAnswer:
    organisation: Organisation
    recommendation: Recommendation
    clock: object  # DeadlineState of the request's clock: met on the first answer on or after asking
    answered_on: datetime.date | None


@dataclass(frozen=True)
class FollowUpStatus:
    request: FollowUpRequest
    answers: list[FollowUpAnswer]

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.answered_on)


def follow_up_rows(super_complaint: SuperComplaint | None, today: datetime.date | None = None) -> list[FollowUpStatus]:
    """Each follow-up request of a report with, for every pair it asked, whether it was answered: a published
    (not withdrawn) version of that body's response, or one that counts for it, dated (its as-of, else its
    publication) on or after the day of asking. Public facts only, so every reader may see it. Five queries;
    ``super_complaint`` None: every report's requests (the reminders)."""
    today = today or datetime.date.today()
    requests = FollowUpRequest.objects.prefetch_related("recommendations", "organisations")
    if super_complaint is not None:
        requests = requests.filter(super_complaint=super_complaint)
    requests = list(requests)
    if not requests:
        return []
    rec_ids = {r.pk for q in requests for r in q.recommendations.all()}
    owed = {(r.recommendation_id, r.organisation_id): r for r in Recipient.objects.filter(
        recommendation_id__in=rec_ids).select_related("organisation", "recommendation__super_complaint")}
    answers: dict[tuple[int, str], list[datetime.date]] = {}
    for rec_id, org_id, counts_for, as_of, published_at in ResponseVersion.objects.filter(
            response__recommendation_id__in=rec_ids, withdrawn_at__isnull=True).values_list(
            "response__recommendation_id", "response__organisation_id", "counts_for", "as_of", "published_at"):
        day = as_of or published_at.date()
        for org in {org_id, *(counts_for or [])}:
            answers.setdefault((rec_id, org), []).append(day)
    out = []
    for q in requests:
        rows = []
        for rec in sorted(q.recommendations.all(), key=lambda r: r.order):
            for org in sorted(q.organisations.all(), key=lambda o: o.name):
                if (rec.pk, org.pk) not in owed:
                    continue
                answered_on = min((d for d in answers.get((rec.pk, org.pk), []) if d >= q.asked_on), default=None)
                owed_pair = owed[(rec.pk, org.pk)]
                rows.append(FollowUpAnswer(owed_pair.organisation, owed_pair.recommendation,
                                           follow_up_state(q.due, answered_on, today), answered_on))
        out.append(FollowUpStatus(q, rows))
    return out
