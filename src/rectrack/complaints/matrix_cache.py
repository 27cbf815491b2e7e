"""The complaint page's national matrix, cached: built once per data stamp, filtered per request.

At national size building the matrix (responses, deadline clocks, cell HTML) costs most of the page. What
does not depend on the request's filters or on who is asking (beyond which responses they may see) is
built once and cached as plain data: for every body its id, name, kind and region, each cell's state and
shown deadline state (what the filters, sorting and totals read), the row's cell HTML (escaped when built,
see ``CellRenderer``) and the non-responders' checks. A request then applies ``MatrixFilters`` to these
light rows and joins the HTML: no model instance, no deadline computation.

The key (``matrix_key``):

- the super-complaint and the **visibility**: "published" (the public, and signed-in users who may not
  see unpublished responses) or "all" (``responses.view_unpublished``). Nothing else about the user is in
  an entry: the "Add" links are kept as a second HTML variant of the rows that can have one, chosen per
  request and per organisation with ``responses.add_response_for``; the page's other user-dependent parts
  stay in the template.
- today's date and the deadline settings read from settings (the cells' deadline tags depend on them);
- the super-complaint's initial response date and its recommendations (id, number, order, ``update_due``),
  read from the objects the page loads anyway;
- the **data stamp** (``rectrack.publishing.stamp.data_stamp``): one query over responses, joint
  responses, transitions, extensions, deadline setting changes, no-response checks, recipients,
  recommendations, snapshots and the reference-data version, so every process sees every change at once.

The stamp is read before the matrix is built, so an entry is never older than its key.
"""
import datetime
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from rectrack.complaints.deadlines import due_soon_days, long_overdue_days
from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.complaints.views.matrix import CellRenderer, MatrixRow
from rectrack.publishing.stamp import pin_data_stamp
from rectrack.responses.selectors import (
    Matrix, MatrixFilters, build_matrix, can_see_unpublished, column_counts, select_rows,
)

CACHE_SECONDS = 60 * 60
FORMAT = 1  # bump when the cached structure changes


@dataclass(frozen=True, slots=True)
class Body:
    """What the page shows of an organisation (in place of the model instance)."""

    id: str
    name: str
    kind: str
    region: str
    url: str

    @property
    def pk(self) -> str:
        return self.id

    def get_absolute_url(self) -> str:
        return self.url

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Check:
    checked_on: datetime.date
    checked_where: str


@dataclass(slots=True)
class CachedRow:
    organisation: Body
    facts: tuple  # per column (owed, state, shown deadline state or None): see Row.facts
    answered: int
    owed: int
    cells_html: str  # escaped when built
    cells_html_add: str | None  # the same with "Add" links in the cells without a response, if any
    no_response_check: Check | None


@dataclass(slots=True)
class CachedMatrix:
    column_ids: tuple[int, ...]
    numbers: list[str]
    rows: list[CachedRow]  # by name
    regions: list[str]
    deadline_counts: Counter
    recipient_counts: dict[int, int]  # recommendation id -> recipients


@dataclass
class PageMatrix(Matrix):
    """What the complaint page and its deadline summary read: a ``Matrix`` whose rows are ``CachedRow``."""

    recipient_counts: dict[int, int] = field(default_factory=dict)  # recommendation id -> recipients


def visibility(user) -> str:
    return "all" if can_see_unpublished(user) else "published"


def matrix_key(super_complaint: SuperComplaint, columns: list[Recommendation], user,
               today: datetime.date | None = None) -> str:
    """The cache key of the matrix this user sees today (1 query: the data stamp)."""
    today = today or timezone.localdate()
    raw = "|".join([
        str(FORMAT), visibility(user), today.isoformat(), str(due_soon_days()), str(long_overdue_days()),
        str(super_complaint.initial_response_due), settings.TIME_ZONE,
        ";".join(f"{c.pk},{c.number},{c.order},{c.update_due}" for c in columns),
    ])
    digest = hashlib.sha256(raw.encode()).hexdigest()[:16]
    # pinned: the page's charts hook reads the same stamp without another query
    return f"complaints:matrix:{super_complaint.slug}:{pin_data_stamp(super_complaint)}:{digest}"


def build_cached(super_complaint: SuperComplaint, user) -> CachedMatrix:
    """The filter-independent matrix for the user's visibility, as plain data."""
    matrix = build_matrix(super_complaint, user=user)
    renderer = CellRenderer(user)
    org_url = reverse("organisations:detail", args=["__org__"])
    bodies, rows = {}, []
    for row in matrix.rows:
        org = row.organisation
        body = Body(org.id, org.name, org.kind, org.region, org_url.replace("__org__", org.pk))
        bodies[org.id] = body
        variants = [renderer.cell_variants(c) for c in row.cells]
        plain = "".join(p for p, _ in variants)
        with_add = "".join(a if a is not None else p for p, a in variants) \
            if any(a is not None for _, a in variants) else None
        check = row.no_response_check
        rows.append(CachedRow(
            organisation=body,
            facts=tuple(row.facts),
            answered=row.answered,
            owed=row.owed,
            cells_html=plain,
            cells_html_add=with_add,
            no_response_check=Check(check.checked_on, check.checked_where) if check else None,
        ))
    recipient_counts = Counter()
    for row in rows:
        for rec, (owed, _, _) in zip(matrix.columns, row.facts):
            if owed:
                recipient_counts[rec.pk] += 1
    return CachedMatrix(
        column_ids=tuple(c.pk for c in matrix.columns),
        numbers=[c.number for c in matrix.columns],
        rows=rows,
        regions=matrix.regions,
        deadline_counts=matrix.deadline_counts,
        recipient_counts=dict(recipient_counts),
    )


def cached_matrix(super_complaint: SuperComplaint, columns: list[Recommendation], user) -> CachedMatrix:
    key = matrix_key(super_complaint, columns, user)  # before building: the entry is at least as new
    entry = cache.get(key)
    if entry is None or entry.column_ids != tuple(c.pk for c in columns):
        entry = build_cached(super_complaint, user)
        if entry.column_ids == tuple(c.pk for c in columns):  # else the recommendations changed meanwhile
            cache.set(key, entry, CACHE_SECONDS)
    return entry


def page_matrix(super_complaint: SuperComplaint, columns: list[Recommendation], *, user,
                filters: MatrixFilters) -> PageMatrix:
    entry = cached_matrix(super_complaint, columns, user)
    rows = select_rows(entry.rows, filters, entry.numbers)
    return PageMatrix(super_complaint, columns, rows, column_counts(rows, len(entry.numbers)), entry.regions,
                      entry.deadline_counts, entry.recipient_counts)


def page_rows(matrix: PageMatrix, *, user) -> list[MatrixRow]:
    """The rows for the template, each with the HTML variant this user may see."""
    signed_in = bool(user.is_authenticated)
    out = []
    for row in matrix.rows:
        html = row.cells_html
        if signed_in and row.cells_html_add is not None and user.has_perm("responses.add_response_for",
                                                                           row.organisation):
            html = row.cells_html_add
        out.append(MatrixRow(row.organisation, row.organisation.url, mark_safe(html),  # noqa: S308 - escaped when built
                             row.answered, row.owed, row.no_response_check))
    return out

