"""The published tables: one definition of each table's rows and columns for the API and the exports.

A table is a scoped queryset (respecting what the user may see) and the API output schema whose field
names are its columns. The API lists return the querysets through the schema. The downloads read the
same rows without model instances or a schema per row: ``.values_list()`` over the same scoped, ordered
queryset, one column per schema field (``Rows.read``: a field path or an expression), with the related
values a row needs (joint recipients, designated bodies) fetched in bulk once per chunk. That is ~4x
cheaper per row; ``Table`` refuses at import a download whose columns are not the schema's fields, and
``tests/exports`` checks every exported row against the API's JSON for the same object, field by field.

Large tables are read with ``.iterator(chunk_size=CHUNK_SIZE)``: constant memory, one extra query per
chunk at most.
"""
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from itertools import batched
from types import SimpleNamespace
from typing import Any

from django.db.models import Q, QuerySet
from django.db.models.expressions import BaseExpression

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core.vocabulary import JointStatus
from rectrack.exports.schemas import (
    ActionOut,
    MatrixRowOut,
    OrganisationOut,
    RecommendationOut,
    ResponseOut,
    SuperComplaintOut,
)
from rectrack.organisations.models import Organisation
from rectrack.responses.models import JointLink, Response
from rectrack.responses.selectors import (
    ACTION_COLUMNS,
    action_row,
    counts_for,
    visible_actions,
    visible_responses,
)
from rectrack.tracker.selectors import build_matrix

CHUNK_SIZE = 2000


@dataclass(frozen=True)
class Scope:
    """Which rows: every filter is optional; empty means 'all'."""

    super_complaint: str = ""
    recommendation: str = ""  # a recommendation number (within super_complaint when given)
    organisation: str = ""  # an organisation id
    progress: str = ""
    position: str = ""
    response: int | None = None  # actions of one response
    status: str = ""  # action status

    @classmethod
    def from_query(cls, params) -> "Scope":
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = (params.get(f.name) or "").strip()
            if f.name == "response":
                values[f.name] = int(raw) if raw.isdigit() and len(raw) < 18 else None
            else:
                values[f.name] = raw[:100]
        return cls(**values)

    def label(self) -> str:
        """A short suffix for file names: 'safe-to-share-rec-1'."""
        parts = [self.super_complaint, f"rec-{self.recommendation}" if self.recommendation else "", self.organisation]
        return "-".join(p for p in parts if p)


def _recipients(scope: Scope) -> QuerySet[Recipient]:
    qs = Recipient.objects.all()
    if scope.super_complaint:
        qs = qs.filter(recommendation__super_complaint_id=scope.super_complaint)
    if scope.recommendation:
        qs = qs.filter(recommendation__number=scope.recommendation)
    if scope.organisation:
        qs = qs.filter(organisation_id=scope.organisation)
    return qs


def super_complaints(user, scope: Scope) -> QuerySet[SuperComplaint]:
    qs = SuperComplaint.objects.prefetch_related("designated_bodies").order_by("order", "slug")
    if scope.super_complaint:
        qs = qs.filter(slug=scope.super_complaint)
    if scope.recommendation or scope.organisation:
        qs = qs.filter(slug__in=_recipients(scope).values("recommendation__super_complaint_id"))
    return qs


def recommendations(user, scope: Scope) -> QuerySet[Recommendation]:
    qs = Recommendation.objects.order_by("super_complaint__order", "super_complaint_id", "order", "pk")
    if scope.super_complaint:
        qs = qs.filter(super_complaint_id=scope.super_complaint)
    if scope.recommendation:
        qs = qs.filter(number=scope.recommendation)
    if scope.organisation:
        qs = qs.filter(pk__in=_recipients(scope).values("recommendation_id"))
    return qs


def organisations(user, scope: Scope) -> QuerySet[Organisation]:
    qs = Organisation.objects.order_by("name", "id")
    if scope.organisation:
        qs = qs.filter(pk=scope.organisation)
    if scope.super_complaint or scope.recommendation:
        qs = qs.filter(pk__in=_recipients(scope).values("organisation_id"))
    return qs


def _scoped_responses(user, scope: Scope) -> QuerySet[Response]:
    qs = visible_responses(user)
    if scope.super_complaint:
        qs = qs.filter(recommendation__super_complaint_id=scope.super_complaint)
    if scope.recommendation:
        qs = qs.filter(recommendation__number=scope.recommendation)
    if scope.organisation:
        # A joint response counts for each organisation that agreed to it.
        joint = JointLink.objects.filter(organisation_id=scope.organisation, status=JointStatus.ACCEPTED)
        qs = qs.filter(Q(organisation_id=scope.organisation) | Q(pk__in=joint.values("response_id")))
    if scope.progress:
        qs = qs.filter(v_progress=scope.progress)
    if scope.position:
        qs = qs.filter(v_position=scope.position)
    return qs


RESPONSE_ORDER = (
    "recommendation__super_complaint__order", "recommendation__super_complaint_id", "recommendation__order",
    "organisation__name", "pk",
)


def responses(user, scope: Scope):
    qs = _scoped_responses(user, scope).select_related("recommendation", "organisation").order_by(*RESPONSE_ORDER)
    return WithJoint(qs)


class WithJoint:
    """A response queryset the API pages through; each page gets its joint organisations in one query."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model  # read by get_object_or_404

    def all(self):
        return self

    def count(self) -> int:
        return self.queryset.count()

    def __getitem__(self, item):
        page = self.queryset[item]
        if isinstance(item, slice):
            page = list(page)
            joint = counts_for(r.pk for r in page)
            for r in page:
                r.joint_ids = joint.get(r.pk, [])
            return page
        page.joint_ids = counts_for([page.pk]).get(page.pk, [])
        return page

    def get(self, **lookup):
        found = self.queryset.get(**lookup)
        found.joint_ids = counts_for([found.pk]).get(found.pk, [])
        return found

    def filter(self, **lookup):
        return WithJoint(self.queryset.filter(**lookup))


def actions(user, scope: Scope, action_id: int | None = None) -> "ActionRows":
    responses = None
    if scope.super_complaint or scope.recommendation or scope.organisation or scope.response is not None:
        responses = _scoped_responses(user, scope)
        if scope.response is not None:
            responses = responses.filter(pk=scope.response)
    qs = visible_actions(user, responses=responses, status=scope.status, action_id=action_id)
    return ActionRows(qs.order_by("a_response", "a_id"))


class ActionRows:
    """Action rows (plain dicts in the schema's columns) the API can page through and count."""

    def __init__(self, queryset):
        self.queryset = queryset

    def all(self):
        return self

    def count(self) -> int:
        return self.queryset.count()

    def __iter__(self):
        return (action_row(row) for row in self.queryset.iterator(chunk_size=CHUNK_SIZE))

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [action_row(row) for row in self.queryset[item]]
        return action_row(self.queryset[item])

    def first(self) -> dict | None:
        rows = self[:1]
        return rows[0] if rows else None


# --- the downloads' rows: .values_list() and bulk look-ups, no model instances ----------------------

def _add_counts_for(rows: list[dict]) -> None:
    """ResponseOut.counts_for for a chunk of response rows: one query."""
    joint = counts_for(row["id"] for row in rows)
    for row in rows:
        row["counts_for"] = joint.get(row["id"], [])


def _add_super_complaint_details(rows: list[dict]) -> None:
    """SuperComplaintOut.designated_bodies (one query, in the prefetch's order) and initial_response_due."""
    bodies: dict[str, list[str]] = defaultdict(list)
    for slug, org_id in SuperComplaint.designated_bodies.through.objects.filter(
            supercomplaint_id__in=[row["slug"] for row in rows]
    ).order_by(*[f"organisation__{name}" for name in Organisation._meta.ordering], "organisation_id").values_list(
            "supercomplaint_id", "organisation_id"):
        bodies[slug].append(org_id)
    for row in rows:
        row["designated_bodies"] = bodies.get(row["slug"], [])
        # The model's own rule, on the fields it reads (an attribute it starts to need fails loudly here).
        due_fields = SimpleNamespace(**{name: row.pop(f"_{name}") for name in SUPER_COMPLAINT_DUE_FIELDS})
        row["initial_response_due"] = SuperComplaint.initial_response_due.fget(due_fields)


def _add_recommendation_details(rows: list[dict]) -> None:
    """RecommendationOut's honest unknowns, by the model's own rules: null text and recipients, text_status."""
    for row in rows:
        values = SimpleNamespace(text_known=row.pop("_text_known"), text_is_summary=row["text_is_summary"],
                                 recipient_classes=row["recipient_classes"], named_bodies=row["named_bodies"])
        row["text_status"] = Recommendation.text_status.fget(values).value
        if not values.text_known:
            row["text"] = None
        if not Recommendation.recipients_known.fget(values):
            row["recipient_classes"] = None


SUPER_COMPLAINT_DUE_FIELDS = (
    "initial_response_due_override", "report_published_date", "report_published", "initial_response_days",
)


@dataclass(frozen=True)
class Rows:
    """How a download reads a table: ``read`` maps each column (or a helper, named ``_...``) to the field
    path or expression ``values_list`` reads; ``complete`` fills the columns in ``filled`` for a whole
    chunk of rows at once (and drops the helpers)."""

    queryset: Callable[[Any, Scope], QuerySet]  # scoped, visible, ordered as the API lists them
    read: dict[str, str | BaseExpression]
    filled: tuple[str, ...] = ()
    complete: Callable[[list[dict]], None] | None = None

    def stream(self, user, scope: Scope) -> Iterator[dict]:
        names = list(self.read)
        query = self.queryset(user, scope).values_list(*self.read.values())
        for chunk in batched(query.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
            rows = [dict(zip(names, values)) for values in chunk]
            if self.complete is not None:
                self.complete(rows)
            yield from rows


def _same_columns(names: list[str]) -> dict[str, str]:
    return {name: name for name in names}


SUPER_COMPLAINT_ROWS = Rows(
    super_complaints,
    {**_same_columns(["slug", "title", "short_title", "received", "report_published", "recipient_classes",
                      "recommendation_count"]),
     **{f"_{name}": name for name in SUPER_COMPLAINT_DUE_FIELDS}},
    filled=("designated_bodies", "initial_response_due"),
    complete=_add_super_complaint_details,
)
RECOMMENDATION_ROWS = Rows(recommendations, {
    "super_complaint": "super_complaint_id",
    **_same_columns(["number", "order", "text", "text_is_summary", "recipient_classes", "named_bodies",
                     "update_due", "retired_on"]),
    "_text_known": "text_known",
}, filled=("text_status",), complete=_add_recommendation_details)
ORGANISATION_ROWS = Rows(organisations, {
    **_same_columns(["id", "name", "kind", "body_type", "country", "region", "former_names"]),
    "oversees": "oversees_id",
})
RESPONSE_ROWS = Rows(
    lambda user, scope: _scoped_responses(user, scope).order_by(*RESPONSE_ORDER),
    {
        "id": "id",
        "super_complaint": "recommendation__super_complaint_id",
        "recommendation": "recommendation__number",
        "organisation": "organisation_id",
        "organisation_name": "organisation__name",
        # What this reader may see: the working copy or the published version (``visible_responses``).
        **{name: f"v_{name}" for name in ["position", "progress", "narrative", "as_of", "inspectorate_ref",
                                          "local_ref", "owner", "governance_board", "source", "source_label",
                                          "state", "updated_at", "assessment"]},
    },
    filled=("counts_for",),
    complete=_add_counts_for,
)
@dataclass(frozen=True)
class ActionDownload(Rows):
    """The actions are already plain rows (live actions and published copies, ``visible_actions``)."""

    def stream(self, user, scope: Scope) -> Iterator[dict]:
        return iter(actions(user, scope))


ACTION_ROWS = ActionDownload(actions, _same_columns(ACTION_COLUMNS))


@dataclass(frozen=True)
class Table:
    name: str
    schema: type
    queryset: Callable[[Any, Scope], Any]  # the API's: model instances or rows, serialised through the schema
    download: Rows = field(repr=False)

    def __post_init__(self):
        # The download cannot drift from the API's columns: a field added to the schema fails at import.
        provided = sorted([n for n in self.download.read if not n.startswith("_")] + list(self.download.filled))
        if provided != sorted(self.columns()):
            raise TypeError(f"The {self.name} download's columns {provided} are not {self.schema.__name__}'s "
                            f"fields {sorted(self.columns())}: update its Rows in rectrack.exports.tables.")

    def columns(self) -> list[str]:
        return list(self.schema.model_fields)

    def rows(self, user, scope: Scope) -> Iterator[dict]:
        """The download's rows: dicts keyed by the schema's field names, valued as the API's JSON."""
        return self.download.stream(user, scope)


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table("super-complaints", SuperComplaintOut, super_complaints, SUPER_COMPLAINT_ROWS),
        Table("recommendations", RecommendationOut, recommendations, RECOMMENDATION_ROWS),
        Table("organisations", OrganisationOut, organisations, ORGANISATION_ROWS),
        Table("responses", ResponseOut, responses, RESPONSE_ROWS),
        Table("actions", ActionOut, actions, ACTION_ROWS),
    ]
}
MATRIX = "matrix"
TABLE_NAMES = [*TABLES, MATRIX]
MATRIX_FIXED_COLUMNS = [name for name in MatrixRowOut.model_fields if name != "cells"]


@dataclass
class MatrixTable:
    super_complaint: SuperComplaint
    recommendations: list[str]
    rows: list[dict]  # MatrixRowOut dicts, with 'cells'

    def columns(self) -> list[str]:
        return MATRIX_FIXED_COLUMNS + self.recommendations

    def flat_rows(self) -> Iterator[dict]:
        for row in self.rows:
            flat = {name: row[name] for name in MATRIX_FIXED_COLUMNS}
            flat.update(row["cells"])
            yield flat


def matrix(user, scope: Scope) -> MatrixTable:
    """Recipients x recommendations of one super-complaint: progress, 'no_response', or '' if not owed."""
    super_complaint = SuperComplaint.objects.get(slug=scope.super_complaint)
    built = build_matrix(super_complaint, user=user, answer_dates=False, clocks=False)  # states only
    columns = [c for c in built.columns if not scope.recommendation or c.number == scope.recommendation]
    keep = {c.pk for c in columns}
    rows = []
    for row in built.rows:
        org = row.organisation
        if scope.organisation and org.id != scope.organisation:
            continue
        cells = {c.recommendation.number: c.state for c in row.cells if c.recommendation.pk in keep}
        rows.append(MatrixRowOut(organisation=org.id, organisation_name=org.name, kind=org.kind,
                                 region=org.region, cells=cells).model_dump(mode="json"))
    return MatrixTable(super_complaint, [c.number for c in columns], rows)
