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
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from itertools import batched
from types import SimpleNamespace
from typing import Any, Callable

from django.db.models import CharField, Prefetch, Q, QuerySet, Value
from django.db.models.expressions import BaseExpression
from django.db.models.functions import Coalesce

from rectrack.api.schemas import (
    ActionOut,
    MatrixRowOut,
    OrganisationOut,
    RecommendationOut,
    ResponseOut,
    SuperComplaintOut,
)
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Action, Response
from rectrack.responses.selectors import build_matrix, visible_responses
from rectrack.vocabulary import Assessment

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


# What a response row needs: reading no more keeps long exports fast and small (no recommendation texts).
RESPONSE_ROW_FIELDS = [
    "id", "recommendation__number", "recommendation__super_complaint", "organisation__name", "position",
    "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner", "governance_board", "source",
    "source_label", "state", "updated_at", "assessment__status",
]


def _scoped_responses(user, scope: Scope) -> QuerySet[Response]:
    qs = visible_responses(user)
    if scope.super_complaint:
        qs = qs.filter(recommendation__super_complaint_id=scope.super_complaint)
    if scope.recommendation:
        qs = qs.filter(recommendation__number=scope.recommendation)
    if scope.organisation:
        # A joint response counts for each of its organisations.
        joint = Response.counts_for.through.objects.filter(organisation_id=scope.organisation)
        qs = qs.filter(Q(organisation_id=scope.organisation) | Q(pk__in=joint.values("response_id")))
    if scope.progress:
        qs = qs.filter(progress=scope.progress)
    if scope.position:
        qs = qs.filter(position=scope.position)
    return qs


RESPONSE_ORDER = (
    "recommendation__super_complaint__order", "recommendation__super_complaint_id", "recommendation__order",
    "organisation__name", "pk",
)


def responses(user, scope: Scope) -> QuerySet[Response]:
    qs = _scoped_responses(user, scope).select_related("recommendation", "organisation", "assessment")
    return qs.only(*RESPONSE_ROW_FIELDS).prefetch_related(
        Prefetch("counts_for", Organisation.objects.only("id"))
    ).order_by(*RESPONSE_ORDER)


def _scoped_actions(user, scope: Scope) -> QuerySet[Action]:
    visible = _scoped_responses(user, scope)
    if scope.response is not None:
        visible = visible.filter(pk=scope.response)
    qs = Action.objects.filter(response__in=visible.values("pk")).order_by("response_id", "pk")
    if scope.status:
        qs = qs.filter(status=scope.status)
    return qs


def actions(user, scope: Scope) -> QuerySet[Action]:
    return _scoped_actions(user, scope).select_related("response__recommendation").only(
        "id", "response__organisation", "response__recommendation__number",
        "response__recommendation__super_complaint", "description", "owner", "due_date", "status", "completed_on",
    )


# --- the downloads' rows: .values_list() and bulk look-ups, no model instances ----------------------

def _add_counts_for(rows: list[dict]) -> None:
    """ResponseOut.counts_for for a chunk of response rows: one query."""
    joint: dict[int, list[str]] = defaultdict(list)
    for response_id, org_id in Response.counts_for.through.objects.filter(
            response_id__in=[row["id"] for row in rows]).values_list("response_id", "organisation_id"):
        joint[response_id].append(org_id)
    for row in rows:
        row["counts_for"] = sorted(joint.get(row["id"], ()))


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
    **_same_columns(["number", "order", "text", "text_is_summary", "recipient_classes", "update_due"]),
})
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
        **_same_columns(["position", "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner",
                         "governance_board", "source", "source_label", "state", "updated_at"]),
        "assessment": Coalesce("assessment__status", Value(Assessment.NOT_ASSESSED.value), output_field=CharField()),
    },
    filled=("counts_for",),
    complete=_add_counts_for,
)
ACTION_ROWS = Rows(_scoped_actions, {
    "id": "id",
    "response": "response_id",
    "super_complaint": "response__recommendation__super_complaint_id",
    "recommendation": "response__recommendation__number",
    "organisation": "response__organisation_id",
    **_same_columns(["description", "owner", "due_date", "status", "completed_on"]),
})


@dataclass(frozen=True)
class Table:
    name: str
    schema: type
    queryset: Callable[[Any, Scope], QuerySet]  # the API's: model instances, serialised through the schema
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
    built = build_matrix(super_complaint, user=user, deadlines=False)
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
