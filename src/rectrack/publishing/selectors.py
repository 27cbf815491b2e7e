"""Reads for the public record: always the public columns of the tracker and published versions only.

Every function uses a constant number of queries whatever the data size. The complaint table is the hot
path (~94 recipients x 30 recommendations at national size): each cell's HTML is one of a handful of
constant fragments, chosen in Python, so the template only joins strings.
"""
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Max, OuterRef, Prefetch, Q, Subquery
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import LABELS, PROGRESS_TAG, Position, Progress
from rectrack.ingestion.models import Document
from rectrack.organisations.models import Organisation
from rectrack.responses.models import PublishedAction, Redaction, Response, ResponseVersion
from rectrack.responses.selectors import PUBLIC, current_versions
from rectrack.tracker.models import Standing
from rectrack.tracker.selectors import NO_RESPONSE, Cell, build_matrix
from rectrack.tracker.selectors import recommendation_cells as tracker_cells

CAVEAT = "These are organisations' own statements of their progress, not the inspectorate's verdict."


def state_label(state: str) -> str:
    return LABELS.get(state, state)


def state_tag(state: str) -> str:
    return PROGRESS_TAG.get(state, "govuk-tag--grey")


def _fragment(state: str, joint: bool) -> str:
    label = state_label(state)
    extra = '<span class="app-joint"> (joint)</span>' if joint else ""
    tag = f'<strong class="govuk-tag {state_tag(state)}">{escape(label)}</strong>'
    return f'<td class="govuk-table__cell">{tag}{extra}</td>'


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
    """Super-complaints with the number of responses owed and published (2 queries)."""
    rows = Standing.objects.order_by().values("super_complaint").annotate(
        owed=Count("id"), published=Count("public_response"))
    counts: dict[str, dict] = {row["super_complaint"]: dict(row) for row in rows}
    return [
        {
            "super_complaint": super_complaint,
            "owed": counts.get(super_complaint.slug, {}).get("owed", 0),
            "published": counts.get(super_complaint.slug, {}).get("published", 0),
        }
        for super_complaint in SuperComplaint.objects.all()
    ]


def row_html(name: str, cells_html: str, url: str = "") -> SafeString:
    """One organisation's row of a public matrix: its name (a link where ``url``) and its cells' HTML.

    Joined here rather than in the template: a national table has hundreds of rows, and a ``{% url %}`` and two
    lookups per row in the template cost more than the rest of the table."""
    name = escape(name)
    header = f'<a class="govuk-link" href="{escape(url)}">{name}</a>' if url else name
    return mark_safe(f'<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{header}</th>'  # noqa: S308
                     f"{cells_html}</tr>")  # the name and address escaped here, the cells made of escaped parts


@dataclass
class PublicRow:
    organisation: object
    html: SafeString  # the whole row (``row_html``)
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
    html: SafeString = mark_safe("")
    matrix: object = None  # the public matrix it was built from (the charts read it too)

    @property
    def column_numbers(self) -> list[str]:
        return [c.number for c in self.columns]


def complaint_table(super_complaint: SuperComplaint) -> PublicTable:
    """The public table of one super-complaint: read from the tracker's public columns, no cache."""
    matrix = build_matrix(super_complaint, user=PUBLIC, answer_dates=False, clocks=False)
    rows = []
    totals: Counter = Counter()
    # When the table last changed: one aggregate, not thousands of timestamps read into cells.
    last = (Standing.objects.filter(super_complaint=super_complaint, public_response__isnull=False)
            .aggregate(last=Max("published_at"))["last"])
    org_url = reverse("publishing:organisation", args=[super_complaint.slug, "__org__"])
    for row in matrix.rows:
        parts, owed, published = [], 0, 0
        for cell in row.cells:
            if not cell.owed:
                parts.append(NOT_OWED_HTML)
                continue
            owed += 1
            state = cell.state
            if cell.response is not None:
                published += 1
            totals[state] += 1
            parts.append(CELL_HTML[(state, cell.joint)])
        org = row.organisation
        rows.append(PublicRow(org, row_html(org.name, "".join(parts), org_url.replace("__org__", org.id)), owed,
                              published))
    table = PublicTable(super_complaint, matrix.columns, rows, matrix.column_counts, totals, last, matrix=matrix)
    table.html = render_to_string("publishing/includes/matrix.html", {
        "caption": "Published responses by organisation and recommendation", "columns": table.column_numbers,
        "rows": rows, "slug": super_complaint.slug, "link_recs": True,
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
    cells = tracker_cells(recommendation, user=PUBLIC)
    # Forces first, then policing bodies, then national bodies: the comparison is about forces.
    order: dict[str, int] = {Organisation.Kind.FORCE: 0, Organisation.Kind.POLICING_BODY: 1}
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
    response: ResponseVersion | None  # the published version that answers (its own, or a joint one)
    joint: bool = False
    source: Document | None = None  # the document it was extracted from, when public (``source_documents``)

    @property
    def writer(self):
        return self.response.response.organisation if self.response else None

    @property
    def source_url(self) -> str:
        """The source document's original address, only if it is a web address (never a script URL)."""
        url = self.source.source_url if self.source else ""
        return url if url.lower().startswith(("https://", "http://")) else ""


def organisation_record(super_complaint: SuperComplaint, organisation: Organisation) -> list[RecordItem]:
    """Each recommendation the organisation owes in this super-complaint, with the published version that
    answers it, its published actions and public evidence. 2 queries."""
    standings = list(Standing.objects.filter(super_complaint=super_complaint, organisation=organisation)
                     .select_related("recommendation").order_by("recommendation__order"))
    versions: dict[int | None, ResponseVersion] = {v.pk: v for v in ResponseVersion.objects.filter(
        pk__in=[s.public_version_id for s in standings if s.public_version_id])
        .select_related("response__organisation")
        .prefetch_related(Prefetch("actions", PublishedAction.objects.order_by("due_date", "action_id")))}
    sources = source_documents(versions.values())
    return [RecordItem(s.recommendation, versions.get(s.public_version_id), s.public_written_by_id is not None,
                       sources.get(s.public_version_id) if s.public_version_id else None)
            for s in standings]


# The source document of a published answer -----------------------------------------------------------

def _document_at_publication():
    """The working copy's source document as it stood when the version was published (from its history: the
    working copy may have moved on to another document in a revision not yet published)."""
    return Subquery(Response.history.filter(id=OuterRef("response_id"), history_date__lte=OuterRef("published_at"))
                    .order_by("-history_date", "-history_id").values("source_document_id")[:1])


def source_documents(versions) -> dict[int, Document]:
    """The public source document of each published version extracted from a document (two queries, none
    without such versions). A version with redacted text has none: the stored copy still holds that text. Nor
    has any version whose document is (or was) the source of any redacted response: one letter answers several
    recommendations, and the copy of a sibling answer would still hold the redacted text; nor while any answer taken
    from it is unpublished (ADR 0021)."""
    ids = [v.pk for v in versions if v.source == Response.Source.DOCUMENT and not v.redacted]
    if not ids:
        return {}
    doc_of = dict(ResponseVersion.objects.filter(pk__in=ids).annotate(doc=_document_at_publication())
                  .values_list("pk", "doc"))
    holding_redacted_text = (Response.history.filter(id__in=Redaction.objects.values("response_id"))
                             .exclude(source_document_id=None).values("source_document_id"))
    # Nor while another answer taken from the same letter is unpublished (never published, or withdrawn): the copy
    # would put on the public record what the inspectorate has not published (ADR 0021, finding 11).
    holding_unpublished_answers = (
        Response.objects.exclude(source_document_id=None)
        .filter(Q(published_version__isnull=True) | Q(published_version__withdrawn_at__isnull=False))
        .values("source_document_id"))
    docs = (Document.objects.only("pk", "filename", "size", "format", "source_url", "file")
            .exclude(pk__in=holding_redacted_text).exclude(pk__in=holding_unpublished_answers)
            .in_bulk({d for d in doc_of.values() if d is not None}))
    return {version_id: docs[doc_id] for version_id, doc_id in doc_of.items() if doc_id in docs}


def published_source_document(response_id: int) -> Document | None:
    """The stored source document of a response's current published version, if the public may have it."""
    version = current_versions().filter(response_id=response_id).first()
    return source_documents([version]).get(version.pk) if version is not None else None


def organisation_complaints(organisation: Organisation) -> list[SuperComplaint]:
    """The super-complaints with a recommendation this organisation owes a response to (1 query)."""
    return list(SuperComplaint.objects.filter(recommendations__recipients__organisation=organisation).distinct()
                .order_by("order", "slug"))
