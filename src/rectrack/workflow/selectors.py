"""Reads for deadline pages and hooks: every owed clock with its derived state, in constant queries."""
import datetime
from collections import Counter
from dataclasses import dataclass

from rectrack.complaints.deadlines import CLOCKS, LONG_OVERDUE, OVERDUE, STATES, pair_deadlines, primary
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.workflow.models import DeadlineExtension, ReminderLog

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
    recipient: Recipient
    clock: object  # DeadlineState

    @property
    def organisation(self):
        return self.recipient.organisation

    @property
    def recommendation(self):
        return self.recipient.recommendation


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
    """One row per owed clock (recipient x recommendation x clock), filtered; most urgent first."""
    qs = Recipient.objects.select_related("organisation", "recommendation__super_complaint")
    if super_complaint is not None:
        qs = qs.filter(recommendation__super_complaint=super_complaint)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    recipients = list(qs)
    states = pair_deadlines([(r.recommendation, r.organisation_id) for r in recipients], today)
    rows = []
    for r in recipients:
        for c in states.get((r.recommendation_id, r.organisation_id), []):
            if (not clock or c.clock == clock) and _matches(c, state):
                rows.append(DeadlineRow(r, c))
    return _by_urgency(rows)


def deadline_rows_from_cells(cells) -> list[DeadlineRow]:
    """``deadline_rows`` from cells a page has already annotated (``annotate_cells``): no query.

    A cell has the ``organisation`` and ``recommendation`` (with its super-complaint) a recipient has.
    """
    return _by_urgency([DeadlineRow(cell, c) for cell in cells for c in getattr(cell, "deadlines", ())])


def _by_urgency(rows: list[DeadlineRow]) -> list[DeadlineRow]:
    urgency = {LONG_OVERDUE: 0, OVERDUE: 1, "due": 2, "none": 3, "met": 4}
    rows.sort(key=lambda row: (urgency[row.clock.state], row.clock.due or row.clock.met_on or _FAR,
                               row.organisation.name, row.recommendation.super_complaint.order,
                               row.recommendation.order, CLOCKS.index(row.clock.clock)))
    return rows


def complaint_summary(super_complaint: SuperComplaint, today=None, *, counts: Counter | None = None,
                      recommendations=None) -> dict:
    """Counts of each recipient's shown deadline state for one report, and its clocks.

    A page that has already computed the states (the complaint page's matrix: ``Matrix.deadline_counts``
    and ``Matrix.columns``) passes them in ``counts`` and ``recommendations``: the summary then costs one query.
    """
    if recommendations is None:
        recommendations = list(Recommendation.objects.filter(super_complaint=super_complaint).order_by("order"))
    if counts is None:
        recs = {rec.pk: rec for rec in recommendations}
        pairs = Recipient.objects.filter(recommendation__super_complaint=super_complaint).values_list(
            "recommendation_id", "organisation_id")
        states = pair_deadlines([(recs[rec_id], org_id) for rec_id, org_id in pairs], today)
        counts = Counter(primary(clocks).state for clocks in states.values() if clocks)
    return {
        "counts": [(s, counts.get(s, 0)) for s in STATES if counts.get(s)],
        "total": sum(counts.values()),
        "update_clocks": sorted([rec for rec in recommendations if rec.update_due], key=lambda r: r.order),
        "extensions": DeadlineExtension.objects.filter(recommendation__super_complaint=super_complaint).count(),
    }


def extensions_for(*, super_complaint=None, organisation=None):
    qs = DeadlineExtension.objects.select_related("recommendation__super_complaint", "organisation", "granted_by")
    if super_complaint is not None:
        qs = qs.filter(recommendation__super_complaint=super_complaint)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    return qs.order_by("-granted_at", "-pk")


def reminder_log(*, organisation=None, limit: int = 500):
    qs = ReminderLog.objects.select_related("organisation", "recommendation__super_complaint")
    if organisation:
        qs = qs.filter(organisation=organisation)
    return qs.order_by("-sent_at", "-pk")[:limit]
