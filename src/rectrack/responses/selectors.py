"""Reads for pages, API and exports. Query counts stay constant whatever the data size."""
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet

from rectrack.complaints.deadlines import DUE, LONG_OVERDUE, MET, OVERDUE, annotate_cells
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.models import NoResponseCheck, Response
from rectrack.vocabulary import Progress, WorkflowState

NO_RESPONSE = "no_response"
CELL_STATES = [p.value for p in Progress] + [NO_RESPONSE]


def can_see_unpublished(user) -> bool:
    return bool(user is not None and user.has_perm("responses.view_unpublished"))


def visible_responses(user) -> QuerySet[Response]:
    qs = Response.objects.all()
    if not can_see_unpublished(user):
        qs = qs.filter(state=WorkflowState.PUBLISHED)
    return qs


def response_queryset(user) -> QuerySet[Response]:
    return visible_responses(user).select_related(
        "recommendation__super_complaint", "organisation", "assessment"
    ).prefetch_related("counts_for")


@dataclass
class Cell:
    recommendation: Recommendation
    organisation: Organisation
    owed: bool
    response: Response | None = None
    joint: bool = False  # the response was written by another organisation and counts for this one
    deadline: object = None  # set by rectrack.complaints.deadlines.annotate_cells

    @property
    def state(self) -> str:
        if not self.owed:
            return ""
        return self.response.progress if self.response else NO_RESPONSE


@dataclass
class Row:
    organisation: Organisation
    cells: list[Cell]
    no_response_check: NoResponseCheck | None = None

    @property
    def owed(self) -> int:
        return sum(c.owed for c in self.cells)

    @property
    def answered(self) -> int:
        return sum(1 for c in self.cells if c.owed and c.response)

    @property
    def facts(self) -> list[tuple[bool, str, str | None]]:
        """Per column: (owed, cell state, shown deadline state or None): what filters and totals read."""
        return [(c.owed, c.state, c.deadline.state if c.deadline is not None else None) for c in self.cells]


# The deadline filter of the matrix: a cell's shown clock in this state ("overdue" includes long overdue,
# as rectrack.complaints.deadlines.filter_cells).
DEADLINE_FILTERS = {
    DUE: "Due",
    OVERDUE: "Overdue (including long overdue)",
    LONG_OVERDUE: "Long overdue",
    MET: "Met",
}
# What the pages, exports and open data read of a matrix cell's response (see build_matrix).
MATRIX_RESPONSE_FIELDS = ("id", "recommendation_id", "organisation_id", "position", "progress", "as_of", "state")


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
    def from_query(cls, params) -> "MatrixFilters":
        return cls(
            kind=params.get("kind", "") if params.get("kind", "") in Organisation.Kind.values else "",
            region=params.get("region", "")[:100],
            progress=params.get("progress", "") if params.get("progress", "") in CELL_STATES else "",
            recommendation=params.get("recommendation", "")[:20],
            not_responded=params.get("not_responded") in {"1", "true", "on"},
            deadline=params.get("deadline", "") if params.get("deadline", "") in DEADLINE_FILTERS else "",
            sort=params.get("sort", "name") if params.get("sort") in {"name", "region", "kind", "answered", "-answered"} else "name",
        )


@dataclass
class Matrix:
    super_complaint: SuperComplaint
    columns: list[Recommendation]
    rows: list[Row]
    column_counts: list[Counter] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    # Every owed cell's shown deadline state, over all recipients whatever the filters (None if the
    # matrix was built without deadlines): the complaint page's deadline summary reads it.
    deadline_counts: Counter | None = None

    @property
    def non_responders(self) -> list[Row]:
        return [r for r in self.rows if r.owed and not r.answered]


def build_matrix(super_complaint: SuperComplaint, *, user, filters: MatrixFilters | None = None,
                 deadlines: bool = True, narrative: bool = False) -> Matrix:
    """Recipients x recommendations: each cell the visible response's progress, or 'no response'.

    ``deadlines``: annotate owed cells with their deadline states (``cell.deadline``) and count them
    (``deadline_counts``); pages that show no deadlines pass False. The responses carry only
    ``MATRIX_RESPONSE_FIELDS`` (plus ``narrative`` if asked): reading another field costs a query per cell.
    """
    filters = filters or MatrixFilters()
    columns = list(Recommendation.objects.filter(super_complaint=super_complaint).order_by("order"))
    # Plain tuples, not model instances: at national size (~100 bodies x 30 recommendations) building
    # thousands of Recipient/Organisation objects cost more than every query of the page together.
    owed = set(
        Recipient.objects.filter(recommendation__super_complaint=super_complaint)
        .values_list("recommendation_id", "organisation_id")
    )
    orgs: dict[str, Organisation] = {
        o.id: o for o in Organisation.objects.filter(recipient_of__recommendation__super_complaint=super_complaint)
        .distinct().only("id", "name", "kind", "region").order_by("name")
    }
    visible = visible_responses(user).filter(recommendation__super_complaint=super_complaint)
    fields = MATRIX_RESPONSE_FIELDS + (("narrative",) if narrative else ())
    responses = list(visible.order_by().only(*fields))
    joint_ids: dict[int, list[str]] = {}
    for response_id, org_id in Response.counts_for.through.objects.filter(
            response__in=visible.values("id")).values_list("response_id", "organisation_id"):
        joint_ids.setdefault(response_id, []).append(org_id)
    missing = {r.organisation_id for r in responses} - orgs.keys()
    writers = {**orgs, **Organisation.objects.in_bulk(missing)} if missing else orgs
    for resp in responses:
        resp._state.fields_cache["organisation"] = writers[resp.organisation_id]  # as select_related would
    checks = {}
    for check in NoResponseCheck.objects.filter(super_complaint=super_complaint).order_by("checked_on", "pk"):
        checks[check.organisation_id] = check  # latest wins

    by_pair: dict[tuple[int, str], tuple[Response, bool]] = {}
    for resp in responses:
        by_pair[(resp.recommendation_id, resp.organisation_id)] = (resp, False)
    for resp in responses:
        for org_id in joint_ids.get(resp.pk, ()):
            by_pair.setdefault((resp.recommendation_id, org_id), (resp, True))

    regions = sorted({o.region for o in orgs.values() if o.region})

    # Every body's cells first: the deadline states (one computation per request, shared with the
    # complaint page's deadline summary) are needed to count and to filter on them.
    all_rows = []
    for org in orgs.values():
        cells = []
        for rec in columns:
            pair = (rec.pk, org.id)
            resp, joint = by_pair.get(pair, (None, False))
            cells.append(Cell(rec, org, pair in owed, resp, joint))
        all_rows.append(Row(org, cells, checks.get(org.id)))
    deadline_counts = None
    if deadlines:
        owed_cells = [c for row in all_rows for c in row.cells if c.owed]
        annotate_cells(owed_cells)
        deadline_counts = Counter(c.deadline.state for c in owed_cells if c.deadline is not None)
    rows = select_rows(all_rows, filters, [rec.number for rec in columns], deadlines=deadlines)
    counts = column_counts(rows, len(columns))
    return Matrix(super_complaint, columns, rows, counts, regions, deadline_counts)


def select_rows(rows: list, filters: MatrixFilters, numbers: list[str], *, deadlines: bool = True) -> list:
    """The rows of a matrix that pass ``filters``, sorted as they ask.

    Shared by ``build_matrix`` and the complaint page's cached matrix (``rectrack.complaints.matrix_cache``):
    a row has ``organisation`` (``name``, ``kind``, ``region``), ``answered`` and ``facts`` (``Row.facts``);
    ``numbers`` are the columns' recommendation numbers.
    """
    wanted_deadline = {OVERDUE, LONG_OVERDUE} if filters.deadline == OVERDUE else {filters.deadline}
    focus_columns = [i for i, number in enumerate(numbers)
                     if not filters.recommendation or number == filters.recommendation]
    checks_cells = filters.progress or filters.not_responded or (filters.deadline and deadlines)
    selected = []
    for row in rows:
        org = row.organisation
        if filters.kind and org.kind != filters.kind:
            continue
        if filters.region and org.region != filters.region:
            continue
        if checks_cells:
            facts = row.facts
            focus = [facts[i] for i in focus_columns if facts[i][0]]
            if filters.progress and not any(state == filters.progress for _, state, _ in focus):
                continue
            if filters.not_responded and not any(state == NO_RESPONSE for _, state, _ in focus):
                continue
            if filters.deadline and deadlines and not any(clock in wanted_deadline for _, _, clock in focus):
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


def column_counts(rows: list, width: int) -> list[Counter]:
    """Per column, the states of the owed cells of ``rows`` (rows with ``facts``, as ``select_rows``)."""
    counts = [Counter() for _ in range(width)]
    for row in rows:
        for counter, (owed, state, _) in zip(counts, row.facts):
            if owed:
                counter[state] += 1
    return counts


def recommendation_responses(recommendation: Recommendation, *, user) -> list[Cell]:
    """Every recipient of one recommendation with its visible response (or none), side by side."""
    recipients = list(Recipient.objects.filter(recommendation=recommendation).select_related("organisation"))
    responses = list(
        visible_responses(user).filter(recommendation=recommendation)
        .select_related("organisation", "assessment").prefetch_related("counts_for", "actions")
    )
    by_org: dict[str, tuple[Response, bool]] = {}
    for resp in responses:
        by_org[resp.organisation_id] = (resp, False)
        for org in resp.counts_for.all():
            by_org.setdefault(org.id, (resp, True))
    cells = []
    for r in recipients:
        resp, joint = by_org.get(r.organisation_id, (None, False))
        cells.append(Cell(recommendation, r.organisation, True, resp, joint))
    annotate_cells(cells)
    return sorted(cells, key=lambda c: c.organisation.name)


def organisation_responses(organisation: Organisation, *, user) -> list[Cell]:
    """Everything one organisation owes, across super-complaints, with its visible responses."""
    recipients = list(
        Recipient.objects.filter(organisation=organisation)
        .select_related("recommendation__super_complaint").order_by("recommendation__super_complaint__order",
                                                                     "recommendation__order")
    )
    responses = list(
        visible_responses(user).filter(Q(organisation=organisation) | Q(counts_for=organisation)).distinct()
        .select_related("organisation", "assessment")
    )
    by_rec = {}
    for resp in responses:
        by_rec.setdefault(resp.recommendation_id, (resp, resp.organisation_id != organisation.id))
    cells = [Cell(r.recommendation, organisation, True, *by_rec.get(r.recommendation_id, (None, False)))
             for r in recipients]
    annotate_cells(cells)
    return cells


def get_visible_response(pk: int, *, user) -> Response:
    return response_queryset(user).prefetch_related("actions", "evidence", "adequacy_views__designated_body").get(pk=pk)
