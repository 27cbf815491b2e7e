"""Who is overdue, grouped by organisation: what the inspectorate chases.

Read from the tracker's standings (``tracker.selectors.cells_for``): two queries whatever the data size.
Only deadline facts are shown (which clock, due when, how late), never an answer's content, so the rows are
read as the public would read them (ADR 0005: whether an organisation responded on time is a fact about it).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.complaints.selectors import by_id_with_super_complaints
from rectrack.core.vocabulary import CLOCK_LABELS
from rectrack.organisations.models import Organisation
from rectrack.tracker.deadlines import LONG_OVERDUE, OVERDUE, DeadlineState
from rectrack.tracker.selectors import Body, Cell, cells_for, overdue_on, standings


@dataclass(frozen=True)
class OverdueFilters:
    super_complaint: str = ""
    kind: str = ""
    region: str = ""
    clock: str = ""

    @classmethod
    def from_query(cls, params, complaints: list[SuperComplaint]) -> OverdueFilters:
        """Unknown values are ignored (the filter is off), never an error: these are links people share."""
        slug = params.get("super_complaint", "")
        kind = params.get("kind", "")
        clock = params.get("clock", "")
        return cls(super_complaint=slug if any(c.slug == slug for c in complaints) else "",
                   kind=kind if kind in Organisation.Kind.values else "",
                   region=params.get("region", "")[:100],
                   clock=clock if clock in CLOCK_LABELS else "")

    def as_query(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class OverdueItem:
    cell: Cell
    clock: DeadlineState

    @property
    def recommendation(self) -> Recommendation:
        return self.cell.recommendation


@dataclass
class OverdueGroup:
    organisation: Body
    items: list[OverdueItem] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.clock.state == OVERDUE)

    @property
    def long_overdue(self) -> int:
        return sum(1 for i in self.items if i.clock.state == LONG_OVERDUE)

    @property
    def most_days(self) -> int:
        return max(i.clock.days_late for i in self.items)


def overdue_groups(filters: OverdueFilters | None = None, *, organisation_id: str | None = None,
                   today: datetime.date | None = None) -> list[OverdueGroup]:
    """Every overdue clock, by organisation, the longest overdue organisation first. Two queries, reading only the
    standings with an overdue clock."""
    filters = filters or OverdueFilters()
    today = today or timezone.localdate()
    lookup = {}
    recommendations = Recommendation.objects.all()
    if filters.super_complaint:
        lookup["super_complaint_id"] = filters.super_complaint
        recommendations = recommendations.filter(super_complaint_id=filters.super_complaint)
    if organisation_id:
        lookup["organisation_id"] = organisation_id
    if filters.kind:
        lookup["organisation__kind"] = filters.kind
    if filters.region:
        lookup["organisation__region"] = filters.region
    # Deadline facts only: the answers' columns are left out of the read.
    overdue = standings(answers=False, **lookup).filter(overdue_on(today, filters.clock))
    cells = cells_for(overdue, by_id_with_super_complaints(recommendations), today=today, stream=True)
    groups: dict[str, OverdueGroup] = {}
    for cell in cells:
        for clock in cell.deadlines:
            if clock.state in (OVERDUE, LONG_OVERDUE) and (not filters.clock or clock.clock == filters.clock):
                group = groups.setdefault(cell.organisation.id, OverdueGroup(cell.organisation))
                group.items.append(OverdueItem(cell, clock))
    for group in groups.values():
        group.items.sort(key=lambda i: (-i.clock.days_late, i.recommendation.super_complaint.order,
                                        i.recommendation.order, i.clock.clock))
    return sorted(groups.values(), key=lambda g: (-g.most_days, g.organisation.name))


def regions() -> list[str]:
    return list(Organisation.objects.exclude(region="").order_by("region").values_list("region", flat=True)
                .distinct())
