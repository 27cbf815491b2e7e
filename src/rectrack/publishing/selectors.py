"""Reads for the public record. Always as an anonymous reader: published responses only.

Every function uses a constant number of queries whatever the data size. The complaint table is the
hot path (94 recipients x 30 recommendations at benchmark size): each cell's HTML is one of a handful of
constant fragments, chosen in Python, so the template only joins strings.
"""
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Count, Max, Prefetch, Q
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.publishing.stamp import TABLE_SECONDS, data_stamp
from rectrack.responses.models import Action, Evidence, Response
from rectrack.responses.selectors import NO_RESPONSE, Cell, build_matrix, recommendation_responses
from rectrack.vocabulary import LABELS, PROGRESS_TAG, Position, Progress, WorkflowState

NO_RESPONSE_LABEL = LABELS["no_response_published"]
CAVEAT = "These are organisations' own statements of their progress, not the inspectorate's verdict."


def public_user():
    """A fresh anonymous user: the public view, whoever is signed in."""
    return AnonymousUser()


def state_label(state: str) -> str:
    return NO_RESPONSE_LABEL if state in {NO_RESPONSE, "no_response_published"} else LABELS.get(state, state)


def state_tag(state: str) -> str:
    return PROGRESS_TAG.get(state, "govuk-tag--grey")


def _fragment(state: str, joint: bool) -> str:
    label = state_label(state)
    extra = '<span class="app-joint"> (joint)</span>' if joint else ""
    return f'<td class="govuk-table__cell"><strong class="govuk-tag {state_tag(state)}">{escape(label)}</strong>{extra}</td>'


# Every possible cell: a constant string, built once.
CELL_HTML = {(s, j): _fragment(s, j) for s in [p.value for p in Progress] + [NO_RESPONSE] for j in (False, True)}
NOT_OWED_HTML = ('<td class="govuk-table__cell"><span aria-hidden="true">–</span>'
                 '<span class="govuk-visually-hidden">Not addressed to this organisation</span></td>')


def get_super_complaint(slug: str) -> SuperComplaint:
    try:
        return SuperComplaint.objects.get(slug=slug)
    except SuperComplaint.DoesNotExist:
        raise Http404("No such super-complaint.") from None


def get_recommendation(super_complaint: SuperComplaint, number: str) -> Recommendation:
    try:
        return Recommendation.objects.get(super_complaint=super_complaint, number=number)
    except Recommendation.DoesNotExist:
        raise Http404("No such recommendation.") from None


def get_organisation(org_id: str) -> Organisation:
    try:
        return Organisation.objects.get(pk=org_id)
    except Organisation.DoesNotExist:
        raise Http404("No such organisation.") from None


def index_rows() -> list[dict]:
    """Super-complaints with the number of responses owed and published (3 queries)."""
    complaints = list(SuperComplaint.objects.all())
    owed = dict(Recipient.objects.values_list("recommendation__super_complaint").annotate(n=Count("id")).order_by())
    published = dict(Response.objects.filter(state=WorkflowState.PUBLISHED)
                     .values_list("recommendation__super_complaint").annotate(n=Count("id")).order_by())
    return [{"sc": sc, "owed": owed.get(sc.slug, 0), "published": published.get(sc.slug, 0)} for sc in complaints]


@dataclass
class PublicRow:
    organisation: Organisation
    cells_html: SafeString
    owed: int
    published: int


@dataclass
class PublicTable:
    super_complaint: SuperComplaint
    columns: list[Recommendation]
    rows: list[PublicRow]
    counts: list[Counter]
    totals: Counter = field(default_factory=Counter)
    last_updated: object = None
    html: SafeString = mark_safe("")  # the matrix, rendered once per data stamp

    @property
    def column_numbers(self) -> list[str]:
        return [c.number for c in self.columns]


def complaint_table(super_complaint: SuperComplaint, stamp: str | None = None) -> PublicTable:
    """The public table, cached per data stamp (see rectrack.publishing.stamp)."""
    stamp = stamp or data_stamp(super_complaint)
    key = f"publishing:table:{super_complaint.slug}:{stamp}"
    if (table := cache.get(key)) is not None:
        return table
    table = _build_complaint_table(super_complaint)
    cache.set(key, table, TABLE_SECONDS)
    return table


def _build_complaint_table(super_complaint: SuperComplaint) -> PublicTable:
    matrix = build_matrix(super_complaint, user=public_user(), deadlines=False)
    rows = []
    totals: Counter = Counter()
    for row in matrix.rows:
        parts, owed, published = [], 0, 0
        for cell in row.cells:
            if not cell.owed:
                parts.append(NOT_OWED_HTML)
                continue
            owed += 1
            state = cell.response.progress if cell.response else NO_RESPONSE
            published += cell.response is not None
            totals[state] += 1
            parts.append(CELL_HTML[(state, cell.joint)])
        rows.append(PublicRow(row.organisation, mark_safe("".join(parts)), owed, published))
    last = (Response.objects.filter(recommendation__super_complaint=super_complaint, state=WorkflowState.PUBLISHED)
            .aggregate(last=Max("updated_at"))["last"])
    table = PublicTable(super_complaint, matrix.columns, rows, matrix.column_counts, totals, last)
    table.html = render_to_string("publishing/includes/matrix.html", {
        "caption": "Published responses by organisation and recommendation", "columns": table.column_numbers,
        "rows": rows, "slug": super_complaint.slug, "link_orgs": True, "link_recs": True,
    })
    return table


def count_rows(counter: Counter) -> list[dict]:
    """A counter of cell states as (label, tag, n) rows in the vocabulary's order."""
    order = [p.value for p in Progress] + [NO_RESPONSE]
    return [{"state": s, "label": state_label(s), "tag": state_tag(s), "n": counter.get(s, 0)} for s in order]


# One recommendation ------------------------------------------------------------------------------


@dataclass
class CompareFilters:
    region: str = ""
    kind: str = ""
    progress: str = ""
    position: str = ""

    @classmethod
    def from_query(cls, params) -> "CompareFilters":
        progress_values = [p.value for p in Progress] + [NO_RESPONSE]
        return cls(
            region=params.get("region", "")[:100],
            kind=params.get("kind", "") if params.get("kind", "") in Organisation.Kind.values else "",
            progress=params.get("progress", "") if params.get("progress", "") in progress_values else "",
            position=params.get("position", "") if params.get("position", "") in [p.value for p in Position] else "",
        )

    @property
    def active(self) -> bool:
        return any([self.region, self.kind, self.progress, self.position])

    def match(self, cell: Cell) -> bool:
        org, resp = cell.organisation, cell.response
        if self.region and org.region != self.region:
            return False
        if self.kind and org.kind != self.kind:
            return False
        if self.progress and cell.state != self.progress:
            return False
        if self.position and (resp is None or resp.position != self.position):
            return False
        return True


def recommendation_cells(recommendation: Recommendation) -> list[Cell]:
    cells = recommendation_responses(recommendation, user=public_user())
    # Forces first, then policing bodies, then national bodies: the comparison is about forces.
    order = {Organisation.Kind.FORCE: 0, Organisation.Kind.POLICING_BODY: 1}
    return sorted(cells, key=lambda c: (order.get(c.organisation.kind, 2), c.organisation.name))


def cell_counts(cells: list[Cell]) -> Counter:
    return Counter(c.state for c in cells)


def filter_options(cells: list[Cell]) -> dict:
    kinds = dict(Organisation.Kind.choices)
    return {
        "regions": sorted({c.organisation.region for c in cells if c.organisation.region}),
        "kinds": [(k, kinds[k]) for k in Organisation.Kind.values if any(c.organisation.kind == k for c in cells)],
        "progress": [(s, state_label(s)) for s in [p.value for p in Progress] + [NO_RESPONSE]],
        "positions": [(p.value, LABELS[p.value]) for p in Position],
    }


# One organisation ---------------------------------------------------------------------------------


@dataclass
class RecordItem:
    recommendation: Recommendation
    response: Response | None
    joint: bool = False


def organisation_record(super_complaint: SuperComplaint, organisation: Organisation) -> list[RecordItem]:
    """Each recommendation the organisation owes in this super-complaint, with its published response,
    actions and evidence (own response first, else a joint response that counts for it). 4 queries."""
    owed = list(Recommendation.objects.filter(super_complaint=super_complaint, recipients__organisation=organisation)
                .order_by("order"))
    responses = (Response.objects.filter(recommendation__super_complaint=super_complaint,
                                         state=WorkflowState.PUBLISHED)
                 .filter(Q(organisation=organisation) | Q(counts_for=organisation)).distinct()
                 .select_related("organisation")
                 .prefetch_related(Prefetch("actions", Action.objects.order_by("due_date", "pk")),
                                   Prefetch("evidence", Evidence.objects.order_by("uploaded_at", "pk"))))
    by_rec: dict[int, tuple[Response, bool]] = {}
    for resp in responses:
        own = resp.organisation_id == organisation.id
        if own or resp.recommendation_id not in by_rec:
            by_rec[resp.recommendation_id] = (resp, not own)
    return [RecordItem(rec, *by_rec.get(rec.pk, (None, False))) for rec in owed]


def organisation_complaints(organisation: Organisation) -> list[SuperComplaint]:
    """The super-complaints with a recommendation this organisation owes a response to (1 query)."""
    return list(SuperComplaint.objects.filter(recommendations__recipients__organisation=organisation).distinct()
                .order_by("order", "slug"))
