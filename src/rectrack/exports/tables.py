"""The published tables: one definition of each table's rows and columns for the API and the exports.

A table is a queryset (scoped and filtered, respecting what the user may see) and the API output
schema that turns each object into a row. The API lists return these querysets through the schema; the
exports serialise the same rows with ``schema.model_validate(obj).model_dump()``, so the column names
of a download are the API's field names (and ``writers`` encodes dates exactly as the API does).

Large tables are read with ``.iterator(chunk_size=CHUNK_SIZE)``: constant memory, one query per chunk
for the prefetched many-to-many ids.
"""
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any, Callable

from django.db.models import Prefetch, Q, QuerySet

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


def responses(user, scope: Scope) -> QuerySet[Response]:
    qs = _scoped_responses(user, scope).select_related("recommendation", "organisation", "assessment")
    return qs.only(*RESPONSE_ROW_FIELDS).prefetch_related(
        Prefetch("counts_for", Organisation.objects.only("id"))
    ).order_by(
        "recommendation__super_complaint__order", "recommendation__super_complaint_id", "recommendation__order",
        "organisation__name", "pk",
    )


def actions(user, scope: Scope) -> QuerySet[Action]:
    visible = _scoped_responses(user, scope)
    if scope.response is not None:
        visible = visible.filter(pk=scope.response)
    qs = Action.objects.filter(response__in=visible.values("pk")).select_related("response__recommendation").only(
        "id", "response__organisation", "response__recommendation__number",
        "response__recommendation__super_complaint", "description", "owner", "due_date", "status", "completed_on",
    ).order_by("response_id", "pk")
    if scope.status:
        qs = qs.filter(status=scope.status)
    return qs


@dataclass(frozen=True)
class Table:
    name: str
    schema: type
    queryset: Callable[[Any, Scope], QuerySet]

    def columns(self) -> list[str]:
        return list(self.schema.model_fields)

    def rows(self, user, scope: Scope) -> Iterator[dict]:
        for obj in self.queryset(user, scope).iterator(chunk_size=CHUNK_SIZE):
            yield self.schema.model_validate(obj).model_dump()


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table("super-complaints", SuperComplaintOut, super_complaints),
        Table("recommendations", RecommendationOut, recommendations),
        Table("organisations", OrganisationOut, organisations),
        Table("responses", ResponseOut, responses),
        Table("actions", ActionOut, actions),
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
    built = build_matrix(super_complaint, user=user)
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
