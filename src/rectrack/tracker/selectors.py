"""Reads of the tracker: the cell *recipient x recommendation* for every page, export, chart and the API.

Every read is one query of standings (plus the recommendations or organisations it lays them out by),
whatever the data size, and no cache: the standings are kept current by the projector. Each cell is read
the viewer's way (``rectrack.responses.selectors.Viewer``): the internal columns for the organisations whose
working copies the viewer may see, the public columns for everyone else.
"""
from __future__ import annotations

import datetime
import functools
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import CharField, Count, ExpressionWrapper, F, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.utils import timezone

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.complaints.selectors import by_id_with_super_complaints
from rectrack.core.links import cached_reverse
from rectrack.core.vocabulary import CELL_STATES, NO_RESPONSE, Assessment
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Response, ResponseVersion
from rectrack.responses.selectors import PUBLIC, Viewer, as_viewer
from rectrack.tracker.deadlines import INITIAL, LONG_OVERDUE, OVERDUE, UPDATE, Clocks, DeadlineState, primary
from rectrack.tracker.models import Standing

# What a cell reads of a standing (values_list: plain tuples, no model instances).
_READ = (
    "recommendation_id", "organisation_id", "organisation__name", "organisation__kind", "organisation__region",
    "response_id", "written_by_id", "written_by__name", "state", "progress", "position", "as_of",
    "public_response_id", "public_written_by_id", "public_written_by__name", "public_progress", "public_position",
    "public_as_of", "published_at", "first_published_at",
    "initial_due", "initial_met_on", "initial_original_due", "initial_extension__reason",
    "has_update_clock", "update_due", "update_met_on", "update_original_due", "update_extension__reason",
    "no_response_check_id", "no_response_check__checked_on", "no_response_check__checked_where", "pending_joint",
)


@dataclass(frozen=True, slots=True)
class Body:
    """What a cell shows of an organisation (in place of the model instance)."""

    id: str
    name: str
    kind: str
    region: str

    @property
    def pk(self) -> str:
        return self.id

    def get_absolute_url(self) -> str:
        return cached_reverse("tracker:organisation", self.id)

    def get_kind_display(self) -> str:
        return Organisation.Kind(self.kind).label

    def __str__(self) -> str:
        return self.name


@dataclass(slots=True)
class Answer:
    """The response answering a cell, as the viewer sees it (the working copy or the published version).

    Not frozen, though nothing changes it: a frozen dataclass sets each field through ``object.__setattr__``, five
    times the cost of a plain one, and a national matrix makes thousands of answers."""

    pk: int
    organisation: Body  # the writer (another body for a joint answer)
    progress: str
    position: str
    as_of: datetime.date | None
    state: str  # the workflow state of the working copy; "published" when read from outside
    internal: bool
    published_at: datetime.datetime | None = None
    first_published_at: datetime.datetime | None = None

    @property
    def id(self) -> int:
        return self.pk

    def get_absolute_url(self) -> str:
        return cached_reverse("responses:detail", self.pk)


@dataclass(frozen=True, slots=True)
class Check:
    id: int
    checked_on: datetime.date | None
    checked_where: str


@dataclass(slots=True)
class Cell:
    recommendation: Recommendation
    organisation: Body
    owed: bool
    response: Answer | None = None
    joint: bool = False
    deadlines: list[DeadlineState] = field(default_factory=list)
    deadline: DeadlineState | None = None
    check: Check | None = None
    pending_joint: int = 0
    detail: Detail | None = None  # the answer's narrative, actions and assessment, where a page asks (``with_details``)

    @property
    def state(self) -> str:
        if not self.owed:
            return ""
        return self.response.progress if self.response else NO_RESPONSE


_CLOCKS_AT = slice(_READ.index("initial_due"), _READ.index("update_extension__reason") + 1)


def _cell(row: tuple, recommendation, viewer: Viewer, clocks: Clocks, bodies: dict, writers: dict) -> Cell:
    (rec_id, org_id, name, kind, region, response_id, written_by, written_name, state, progress, position, as_of,
     p_response, p_written_by, p_written_name, p_progress, p_position, p_as_of, published_at, first_published,
     _i_due, _i_met, _i_orig, _i_reason, _has_update, _u_due, _u_met, _u_orig, _u_reason,
     check_id, checked_on, checked_where, pending) = row
    body = bodies.get(org_id)
    if body is None:
        body = bodies[org_id] = Body(org_id, name, kind, region)
    answer = None
    joint = False
    internal = viewer.sees_internal(org_id)
    if internal:
        if response_id is not None:
            writer = _writer(writers, written_by, written_name, body)
            answer = Answer(response_id, writer, progress, position, _date(as_of), state, True, published_at,
                            first_published)
            joint = written_by is not None
    elif p_response is not None:
        writer = _writer(writers, p_written_by, p_written_name, body)
        answer = Answer(p_response, writer, p_progress, p_position, _date(p_as_of), "published", False, published_at,
                        first_published)
        joint = p_written_by is not None
    deadlines, shown = _deadlines(clocks, row[_CLOCKS_AT])
    check = Check(check_id, _date(checked_on), checked_where) if check_id else None
    return Cell(recommendation, body, True, answer, joint, deadlines, shown, check, pending if internal else 0)


def _deadlines(clocks: Clocks, read: tuple) -> tuple[list[DeadlineState], DeadlineState | None]:
    """A standing's clocks and the one its cell shows, classified once per distinct set of dates: most cells of a
    matrix share their due and met dates, so the (immutable) states are shared too."""
    made = clocks.memo.get(read)
    if made is None:
        i_due, i_met, i_orig, i_reason, has_update, u_due, u_met, u_orig, u_reason = read
        if has_update is None:  # never NULL in a row: the clocks were left out of the read (``clocks=False``)
            made = clocks.memo[read] = ([], None)
            return made
        deadlines = clocks.of((_date(i_due), _date(i_met), _date(i_orig), i_reason or ""),
                              (_date(u_due), _date(u_met), _date(u_orig), u_reason or "") if has_update else None)
        made = clocks.memo[read] = (deadlines, primary(deadlines))
    return made


def _writer(writers: dict, org_id: str | None, name: str | None, default: Body) -> Body:
    """The writer of a joint answer: only its id and name are shown."""
    if org_id is None:
        return default
    body = writers.get(org_id)
    if body is None:
        body = writers[org_id] = Body(org_id, name or org_id, "", "")
    return body


# Dates are read as ISO text and parsed once per distinct value (``_date``): a national matrix has thousands
# of cells but a few hundred distinct due, met and as-of dates, and Django's per-row date conversion was most
# of the cost of reading one. The answer's publication times are left out where a page does not show them.
_DATES = frozenset({"as_of", "public_as_of", "initial_due", "initial_met_on", "initial_original_due", "update_due",
                    "update_met_on", "update_original_due", "no_response_check__checked_on"})
_ANSWER_TIMES = ("published_at", "first_published_at")


# Columns a page may leave out (each read as NULL, so every row keeps its shape): the side of a cell a viewer
# never reads (one who sees every working copy never reads the public columns, one who sees none never reads the
# internal ones), the clocks where a page shows no deadlines, the answer's publication times.
_INTERNAL = frozenset({"response_id", "written_by_id", "written_by__name", "state", "progress", "position", "as_of",
                       "pending_joint"})
_PUBLIC = frozenset({"public_response_id", "public_written_by_id", "public_written_by__name", "public_progress",
                     "public_position", "public_as_of"})
_CLOCKS = frozenset({"initial_due", "initial_met_on", "initial_original_due", "initial_extension__reason",
                     "has_update_clock", "update_due", "update_met_on", "update_original_due",
                     "update_extension__reason"})


# Read raw (0/1 on SQLite, a bool on PostgreSQL; only its truth is used): a boolean column, or a Cast to an
# integer, gives the rows a converter, and Django then passes every row through its Python converters loop (a
# third of the national matrix's read); no other column of a cell's read needs one.
_FLAGS = frozenset({"has_update_clock"})


@functools.lru_cache(maxsize=32)
def _columns(skip: frozenset[str]) -> tuple:
    return tuple(Value(None, output_field=CharField()) if name in skip
                 else Cast(name, output_field=CharField()) if name in _DATES
                 else ExpressionWrapper(F(name), output_field=CharField()) if name in _FLAGS else name
                 for name in _READ)


@functools.lru_cache(maxsize=8192)
def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text[:10]) if text else None


def standings(*, answer_dates: bool = True, viewer: Viewer | None = None, clocks: bool = True,
              answers: bool = True, **lookup) -> QuerySet:
    """Standings as the tuples ``_cell`` reads. ``answer_dates=False`` leaves the answer's publication times None;
    ``viewer`` (when given) leaves out the side of each cell that viewer never reads; ``clocks=False`` leaves
    out the deadlines (every cell then has none); ``answers=False`` leaves out both sides, for lists of deadline
    facts (every cell then has no answer: read its clocks, not its state)."""
    skip: set[str] = set()
    if not answers:
        skip |= _INTERNAL | _PUBLIC | set(_ANSWER_TIMES)
    if not answer_dates:
        skip.update(_ANSWER_TIMES)
    if viewer is not None and viewer.everything:
        skip |= _PUBLIC
    elif viewer is not None and not viewer.insiders:
        skip |= _INTERNAL
    if not clocks:
        skip |= _CLOCKS
    return Standing.objects.filter(**lookup).order_by().values_list(*_columns(frozenset(skip)))


def overdue_on(day: datetime.date, clock: str = "") -> Q:
    """Standings with a clock (``clock``, or either) not met and due before ``day``: those that ``clock_state``
    finds overdue or long overdue on ``day``. Lists of who is overdue read these rather than every standing;
    the clocks are still classified by ``clock_state``, so this only narrows the read (a fifth of a national
    table) and decides nothing."""
    initial = Q(initial_met_on__isnull=True, initial_due__lt=day)
    update = Q(has_update_clock=True, update_met_on__isnull=True, update_due__lt=day)
    return {INITIAL: initial, UPDATE: update}.get(clock, initial | update)


def cells_for(queryset: QuerySet, recommendations: dict[int, Recommendation], who=PUBLIC,
              today: datetime.date | None = None, *, stream: bool = False) -> list[Cell]:
    """Cells from a ``standings()`` queryset, laid out against ``recommendations`` (id -> Recommendation).

    ``stream=True`` for reads across every super-complaint (national lists, reminders): the rows come in chunks
    (on PostgreSQL a server-side cursor) instead of all at once. One super-complaint's, recommendation's or
    organisation's standings (a few thousand at most) are read in one fetch: a server-side cursor's DECLARE and
    FETCH, and the plan it gets for its first rows, made the national matrix's read 28 ms instead of 16."""
    viewer = as_viewer(who)
    clocks = Clocks(today or timezone.localdate())
    bodies: dict[str, Body] = {}
    writers: dict[str, Body] = {}
    rows = queryset.iterator(chunk_size=5000) if stream else queryset
    return [_cell(row, recommendations[row[0]], viewer, clocks, bodies, writers)
            for row in rows if row[0] in recommendations]


# --- The national matrix of one super-complaint -------------------------------------------------------

DUE = "due"
MET = "met"
DEADLINE_FILTERS = {
    DUE: "Due",
    OVERDUE: "Overdue (including long overdue)",
    LONG_OVERDUE: "Long overdue",
    MET: "Met",
}


@dataclass
class MatrixFilters:
    kind: str = ""
    region: str = ""
    progress: str = ""
    recommendation: str = ""
    not_responded: bool = False
    deadline: str = ""
    sort: str = "name"

    @classmethod
    def from_query(cls, params) -> MatrixFilters:
        return cls(
            kind=params.get("kind", "") if params.get("kind", "") in Organisation.Kind.values else "",
            region=params.get("region", "")[:100],
            progress=params.get("progress", "") if params.get("progress", "") in CELL_STATES else "",
            recommendation=params.get("recommendation", "")[:20],
            not_responded=params.get("not_responded") in {"1", "true", "on"},
            deadline=params.get("deadline", "") if params.get("deadline", "") in DEADLINE_FILTERS else "",
            sort=params.get("sort", "name") if params.get("sort") in {"name", "region", "kind", "answered",
                                                                       "-answered"} else "name",
        )


@dataclass(slots=True)
class Row:
    organisation: Body
    cells: list[Cell]
    no_response_check: Check | None = None
    # Counted once: the page reads them for every row (sorting, the row's counts, who has not responded).
    owed: int = field(init=False, default=0)
    answered: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.owed = sum(c.owed for c in self.cells)
        self.answered = sum(1 for c in self.cells if c.owed and c.response is not None)


@dataclass
class Matrix:
    super_complaint: SuperComplaint
    columns: list[Recommendation]
    rows: list[Row]
    column_counts: list[Counter] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    # Every owed cell's shown deadline state, over all recipients whatever the filters.
    deadline_counts: Counter = field(default_factory=Counter)
    recipient_counts: dict[int, int] = field(default_factory=dict)  # recommendation id -> recipients

    @property
    def non_responders(self) -> list[Row]:
        return [r for r in self.rows if r.owed and not r.answered]


def build_matrix(super_complaint: SuperComplaint, *, user=None, filters: MatrixFilters | None = None,
                 today: datetime.date | None = None, answer_dates: bool = True, clocks: bool = True) -> Matrix:
    """Recipients x recommendations: each cell the answer the viewer may see, or 'no response'. Two queries.
    ``answer_dates=False`` for pages that show each cell's state, not its answer's dates; ``clocks=False`` for
    pages that show no deadlines."""
    filters = filters or MatrixFilters()
    columns = list(Recommendation.objects.filter(super_complaint=super_complaint, retired_on__isnull=True)
                   .defer("loaded").order_by("order"))
    by_id = {rec.id: rec for rec in columns}
    position = {rec.id: i for i, rec in enumerate(columns)}
    viewer = as_viewer(user)
    cells = cells_for(standings(super_complaint=super_complaint, answer_dates=answer_dates, viewer=viewer,
                                clocks=clocks), by_id, viewer, today)
    grid: dict[str, list[Cell | None]] = {}
    checks: dict[str, Check] = {}
    for cell in cells:
        org_id = cell.organisation.id
        grid.setdefault(org_id, [None] * len(columns))[position[cell.recommendation.id]] = cell
        if cell.check is not None:
            checks[org_id] = cell.check
    rows = []
    for org_id, slots in grid.items():
        body = next(c.organisation for c in slots if c is not None)
        full = [c if c is not None else Cell(columns[i], body, False) for i, c in enumerate(slots)]
        rows.append(Row(body, full, checks.get(org_id)))
    deadline_counts = Counter(c.deadline.state for c in cells if c.deadline is not None)
    recipient_counts = Counter(c.recommendation.id for c in cells)
    regions = sorted({r.organisation.region for r in rows if r.organisation.region})
    selected = select_rows(rows, filters, [rec.number for rec in columns])
    return Matrix(super_complaint, columns, selected, column_counts(selected, len(columns)), regions,
                  deadline_counts, dict(recipient_counts))


def public_state_counts(super_complaint: SuperComplaint) -> list[tuple[int, str, str, str, int]]:
    """(recommendation id, region, kind, state, cells) over the owed cells as the public sees them: the counts
    charts draw, in one grouped query instead of a matrix."""
    rows = (Standing.objects.filter(super_complaint=super_complaint).order_by()
            .values_list("recommendation_id", "organisation__region", "organisation__kind", "public_progress")
            .annotate(n=Count("id")))
    return [(rec_id, region, kind, progress or NO_RESPONSE, n) for rec_id, region, kind, progress, n in rows]


def select_rows(rows: list[Row], filters: MatrixFilters, numbers: list[str]) -> list[Row]:
    """The rows that pass ``filters``, sorted as they ask."""
    wanted_deadline = {OVERDUE, LONG_OVERDUE} if filters.deadline == OVERDUE else {filters.deadline}
    focus_columns = [i for i, number in enumerate(numbers)
                     if not filters.recommendation or number == filters.recommendation]
    selected = []
    for row in rows:
        org = row.organisation
        if filters.kind and org.kind != filters.kind:
            continue
        if filters.region and org.region != filters.region:
            continue
        focus = [row.cells[i] for i in focus_columns if row.cells[i].owed]
        if filters.progress and not any(c.state == filters.progress for c in focus):
            continue
        if filters.not_responded and not any(c.state == NO_RESPONSE for c in focus):
            continue
        if filters.deadline and not any(c.deadline is not None and c.deadline.state in wanted_deadline
                                        for c in focus):
            continue
        selected.append(row)
    sorters = {
        "name": lambda r: r.organisation.name,
        "region": lambda r: (r.organisation.region, r.organisation.name),
        "kind": lambda r: (r.organisation.kind, r.organisation.name),
        "answered": lambda r: (r.answered, r.organisation.name),
        "-answered": lambda r: (-r.answered, r.organisation.name),
    }
    selected.sort(key=sorters[filters.sort])
    return selected


def column_counts(rows: list[Row], width: int) -> list[Counter]:
    """Per column, the states of the owed cells of ``rows``."""
    counts: list[Counter] = [Counter() for _ in range(width)]
    for row in rows:
        for counter, cell in zip(counts, row.cells):
            if cell.owed:
                counter[cell.state] += 1
    return counts


# --- One recommendation, one organisation -------------------------------------------------------------

def recommendation_cells(recommendation: Recommendation, *, user=None) -> list[Cell]:
    """Every recipient of one recommendation with the answer the viewer may see, by name. One query."""
    cells = cells_for(standings(recommendation=recommendation), {recommendation.pk: recommendation}, user)
    return sorted(cells, key=lambda c: c.organisation.name)


def organisation_cells(organisation: Organisation, *, user=None) -> list[Cell]:
    """Everything one organisation owes, across super-complaints, in catalogue order. Three queries."""
    # The catalogue's record of each recommendation as loaded, its parts and notes: not shown in lists of cells,
    # and decoding their JSON for a few hundred recommendations was a fifth of the read.
    recommendations = by_id_with_super_complaints(Recommendation.objects.filter(standings__organisation=organisation)
                                                  .defer("loaded", "parts", "notes"))
    cells = cells_for(standings(organisation=organisation), recommendations, user)
    return sorted(cells, key=lambda c: (c.recommendation.super_complaint.order, c.recommendation.super_complaint_id,
                                        c.recommendation.order))


@dataclass(frozen=True, slots=True)
class Detail:
    """More of an answer, for the pages that show it: what was said, how many actions, the assessment."""

    narrative: str
    actions: int
    assessment: str


def with_details(cells: list[Cell]) -> list[Cell]:
    """Fill ``cell.detail`` for every answered cell: two queries (working copies, published versions)."""
    internal = {c.response.pk for c in cells if c.response and c.response.internal}
    public = {c.response.pk for c in cells if c.response and not c.response.internal}
    found: dict[tuple[int, bool], Detail] = {}
    if internal:
        for pk, narrative, n, status in (Response.objects.filter(pk__in=internal).annotate(n=Count("actions"))
                                         .values_list("pk", "narrative", "n", "assessment__status")):
            found[(pk, True)] = Detail(narrative, n, status or Assessment.NOT_ASSESSED)
    if public:
        for pk, narrative, n, status in (ResponseVersion.objects.filter(response_id__in=public,
                                                                         response__published_version=F("pk"))
                                         .annotate(n=Count("actions"))
                                         .values_list("response_id", "narrative", "n", "response__assessment__status")):
            found[(pk, False)] = Detail(narrative, n, status or Assessment.NOT_ASSESSED)
    for cell in cells:
        if cell.response is not None:
            cell.detail = found.get((cell.response.pk, cell.response.internal))
    return cells
