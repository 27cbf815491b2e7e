"""Deadline lists: every owed clock with its state, read from the standings in constant queries."""
import datetime
from collections import Counter
from dataclasses import dataclass

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.tracker.deadlines import CLOCKS, LONG_OVERDUE, OVERDUE, STATES
from rectrack.tracker.selectors import Cell, cells_for, standings
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
    recommendations = Recommendation.objects.select_related("super_complaint")
    if super_complaint is not None:
        lookup["super_complaint"] = super_complaint
        recommendations = recommendations.filter(super_complaint=super_complaint)
    if organisation is not None:
        lookup["organisation"] = organisation
    cells = cells_for(standings(**lookup), {r.pk: r for r in recommendations}, today=today)
    rows = [DeadlineRow(cell, c) for cell in cells for c in cell.deadlines
            if (not clock or c.clock == clock) and _matches(c, state)]
    return _by_urgency(rows)


def deadline_rows_from_cells(cells) -> list[DeadlineRow]:
    """``deadline_rows`` from cells a page already has: no query."""
    return _by_urgency([DeadlineRow(cell, c) for cell in cells for c in cell.deadlines])


def _by_urgency(rows: list[DeadlineRow]) -> list[DeadlineRow]:
    urgency = {LONG_OVERDUE: 0, OVERDUE: 1, "due": 2, "none": 3, "met": 4}
    rows.sort(key=lambda row: (urgency[row.clock.state], row.clock.due or row.clock.met_on or _FAR,
                               row.organisation.name, row.recommendation.super_complaint.order,
                               row.recommendation.order, CLOCKS.index(row.clock.clock)))
    return rows


def complaint_summary(super_complaint: SuperComplaint, *, counts: Counter, recommendations) -> dict:
    """Counts of each recipient's shown deadline state for one report (from the matrix), and its clocks."""
    return {
        "counts": [(s, counts.get(s, 0)) for s in STATES if counts.get(s)],
        "total": sum(counts.values()),
        "update_clocks": sorted([rec for rec in recommendations if rec.update_due], key=lambda r: r.order),
        "extensions": DeadlineExtension.objects.filter(recommendation__super_complaint=super_complaint).count(),
    }
