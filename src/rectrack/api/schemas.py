"""API schemas. The output schemas are also the export tables' column definitions.

Each ``*Out`` schema is one table: its field names are the column names of the matching export
(``rectrack.exports.tables`` builds the download rows from ``.values_list()`` with exactly these fields,
checked at import; ``tests/exports`` compares every exported row with this schema's JSON), so the API
and the downloads cannot drift apart. Every row carries stable ids: organisation ids (slugs), super-complaint slugs,
recommendation numbers and response ids.
"""
import datetime
from typing import Literal

from django.core.exceptions import ObjectDoesNotExist
from ninja import Field, Schema
from pydantic import ConfigDict, create_model
from pydantic.fields import FieldInfo

from rectrack.vocabulary import ActionStatus, Assessment, Position, Progress, WorkflowState


def _literal(enum) -> object:
    return Literal[tuple(m.value for m in enum)]


ProgressValue = _literal(Progress)
PositionValue = _literal(Position)
AssessmentValue = _literal(Assessment)
WorkflowStateValue = _literal(WorkflowState)
ActionStatusValue = _literal(ActionStatus)
OrganisationKind = Literal["force", "policing_body", "national", "designated_body"]
ResponseSource = Literal["typed", "document"]
CellValue = Literal[tuple([m.value for m in Progress] + ["no_response", ""])]


# --- errors ---------------------------------------------------------------------------------------

class FieldError(Schema):
    field: str = Field(description="The input field at fault ('' when the error is about the whole request).")
    message: str


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in words.")
    errors: list[FieldError] = Field(default_factory=list)


# --- tables (read) --------------------------------------------------------------------------------

class OrganisationOut(Schema):
    id: str
    name: str
    kind: OrganisationKind
    oversees: str | None
    body_type: str
    country: str
    region: str
    former_names: list[str]

    @staticmethod
    def resolve_oversees(obj) -> str | None:
        return obj.oversees_id


class SuperComplaintOut(Schema):
    slug: str
    title: str
    short_title: str
    received: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD as catalogued; '' if unknown.")
    report_published: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD as catalogued; '' if unknown.")
    initial_response_due: datetime.date | None
    designated_bodies: list[str] = Field(description="Organisation ids of the complainants.")
    recipient_classes: list[str]
    recommendation_count: int | None

    @staticmethod
    def resolve_designated_bodies(obj) -> list[str]:
        return [o.pk for o in obj.designated_bodies.all()]


class RecommendationOut(Schema):
    super_complaint: str
    number: str
    order: int
    text: str
    text_is_summary: bool
    recipient_classes: list[str]
    update_due: datetime.date | None

    @staticmethod
    def resolve_super_complaint(obj) -> str:
        return obj.super_complaint_id


class ResponseOut(Schema):
    id: int
    super_complaint: str
    recommendation: str = Field(description="The recommendation's number within its super-complaint.")
    organisation: str = Field(description="Id of the organisation that wrote the response.")
    organisation_name: str
    counts_for: list[str] = Field(description="Ids of other recipients this joint response also counts for.")
    position: PositionValue
    progress: ProgressValue
    narrative: str
    as_of: datetime.date | None
    inspectorate_ref: str
    local_ref: str
    owner: str
    governance_board: str
    source: ResponseSource
    source_label: str
    state: WorkflowStateValue
    assessment: AssessmentValue = Field(description="The inspectorate's assessment (a separate axis).")
    updated_at: datetime.datetime

    @staticmethod
    def resolve_super_complaint(obj) -> str:
        return obj.recommendation.super_complaint_id

    @staticmethod
    def resolve_recommendation(obj) -> str:
        return obj.recommendation.number

    @staticmethod
    def resolve_organisation(obj) -> str:
        return obj.organisation_id

    @staticmethod
    def resolve_organisation_name(obj) -> str:
        return obj.organisation.name

    @staticmethod
    def resolve_counts_for(obj) -> list[str]:
        return sorted(o.pk for o in obj.counts_for.all())

    @staticmethod
    def resolve_assessment(obj) -> str:
        try:
            return obj.assessment.status
        except ObjectDoesNotExist:
            return Assessment.NOT_ASSESSED.value


class ActionOut(Schema):
    id: int
    response: int = Field(description="Id of the response the action belongs to.")
    super_complaint: str
    recommendation: str
    organisation: str
    description: str
    owner: str
    due_date: datetime.date | None
    status: ActionStatusValue
    completed_on: datetime.date | None

    @staticmethod
    def resolve_response(obj) -> int:
        return obj.response_id

    @staticmethod
    def resolve_super_complaint(obj) -> str:
        return obj.response.recommendation.super_complaint_id

    @staticmethod
    def resolve_recommendation(obj) -> str:
        return obj.response.recommendation.number

    @staticmethod
    def resolve_organisation(obj) -> str:
        return obj.response.organisation_id


class MatrixRowOut(Schema):
    """One recipient; the export flattens ``cells`` into one column per recommendation number."""

    organisation: str
    organisation_name: str
    kind: OrganisationKind
    region: str
    cells: dict[str, CellValue] = Field(
        description="Recommendation number -> progress of the visible response, 'no_response', or '' if not owed."
    )


class MatrixOut(Schema):
    super_complaint: str
    recommendations: list[str]
    rows: list[MatrixRowOut]


# --- writes ---------------------------------------------------------------------------------------

class _Write(Schema):
    model_config = ConfigDict(extra="forbid")


def _patch_schema(name: str, fields_schema: type[Schema]) -> type[Schema]:
    """The same fields, all optional: a PATCH changes only the fields sent (null only where allowed)."""
    fields = {
        field_name: (info.annotation, FieldInfo.merge_field_infos(info, default=None, default_factory=None))
        for field_name, info in fields_schema.model_fields.items()
    }
    return create_model(name, __base__=_Write, __doc__="Only the fields sent are changed.", **fields)


class ResponseFields(_Write):
    position: PositionValue = Position.NOT_STATED.value
    progress: ProgressValue = Progress.NOT_STATED.value
    narrative: str = Field("", max_length=100_000)
    as_of: datetime.date | None = None
    inspectorate_ref: str = Field("", max_length=100)
    local_ref: str = Field("", max_length=100)
    owner: str = Field("", max_length=200)
    governance_board: str = Field("", max_length=200)
    counts_for: list[str] = Field(default_factory=list, max_length=200,
                                  description="Ids of other recipients this joint response also counts for.")


class ResponseCreate(ResponseFields):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "super_complaint": "safe-to-share", "recommendation": "5", "organisation": "sussex-police",
        "position": "accepted", "progress": "in_progress", "narrative": "Joint plan with the PCC.",
        "as_of": "2021-06-17", "counts_for": ["sussex-pcc"],
    }]})

    super_complaint: str = Field(max_length=100)
    recommendation: str = Field(max_length=20, description="The recommendation's number.")
    organisation: str = Field(max_length=100, description="Id of the organisation responding.")


class ActionFields(_Write):
    description: str = Field(min_length=1, max_length=20_000)
    owner: str = Field("", max_length=200)
    due_date: datetime.date | None = None
    status: ActionStatusValue = ActionStatus.NOT_STARTED.value
    completed_on: datetime.date | None = None


class ActionCreate(ActionFields):
    response: int = Field(ge=1, le=2**62, description="Id of the response the action belongs to.")


ResponsePatch = _patch_schema("ResponsePatch", ResponseFields)
ActionPatch = _patch_schema("ActionPatch", ActionFields)
