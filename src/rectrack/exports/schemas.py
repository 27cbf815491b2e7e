"""The published tables' columns: each ``*Out`` schema is one table of the API and of the downloads.

Its field names are the column names of the matching export (``rectrack.exports.tables`` builds the
download rows from ``.values_list()`` with exactly these fields, checked at import; ``tests/exports``
compares every exported row with this schema's JSON), so the API and the downloads cannot drift apart.
Every row carries stable ids: organisation ids (slugs), super-complaint slugs, recommendation numbers and
response ids. The API (``rectrack.api``) serves them; this module is below it, so there is no cycle.
"""
import datetime
from typing import Literal

from ninja import Field, Schema

from rectrack.core.vocabulary import ActionStatus, Assessment, Position, Progress, WorkflowState


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


class TimelineEntryOut(Schema):
    """One dated step of a super-complaint's life."""

    kind: str = Field(description="received, eligibility, investigation, report_published, response_deadline, "
                                  "follow_up or closure.")
    label: str
    date: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD, as far as it is known.")
    description: str
    outcome: str = Field(description="The decision, for an eligibility decision; '' otherwise.")

    @staticmethod
    def resolve_kind(obj) -> str:
        return obj.kind.value

    @staticmethod
    def resolve_label(obj) -> str:
        return obj.kind.label


class TimelineOut(Schema):
    super_complaint: str
    status: str = Field(description="received, under_investigation, published or closed.")
    entries: list[TimelineEntryOut]


class RecommendationOut(Schema):
    super_complaint: str
    number: str
    order: int
    text: str | None = Field(description="The recommendation's words; null while they are not yet recorded.")
    text_is_summary: bool
    text_status: str = Field(description="verbatim, summary (not the report's exact words) or unknown "
                                         "(text not yet recorded).")
    recipient_classes: list[str] | None = Field(
        description="Classes of recipients; null while the recipients are not yet recorded.")
    named_bodies: list[str] = Field(description="Organisation ids addressed by name besides the classes.")
    update_due: datetime.date | None
    retired_on: datetime.date | None = Field(description="When the inspectorate retired it; null if current.")

    @staticmethod
    def resolve_super_complaint(obj) -> str:
        return obj.super_complaint_id

    @staticmethod
    def resolve_text(obj) -> str | None:
        return obj.text if obj.text_known else None

    @staticmethod
    def resolve_text_status(obj) -> str:
        return obj.text_status.value

    @staticmethod
    def resolve_recipient_classes(obj) -> list[str] | None:
        return list(obj.recipient_classes) if obj.recipients_known else None


class ResponseOut(Schema):
    """A response as its reader may see it: the working copy for those who may read it, the published
    version for everyone else (``rectrack.responses.selectors.visible_responses`` annotates ``v_*``)."""

    id: int
    super_complaint: str
    recommendation: str = Field(description="The recommendation's number within its super-complaint.")
    organisation: str = Field(description="Id of the organisation that wrote the response.")
    organisation_name: str
    counts_for: list[str] = Field(description="Ids of other recipients this joint response counts for (they agreed).")
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
    state: WorkflowStateValue = Field(description="The workflow state you may see: 'published' for a published "
                                                  "version read from outside the organisation.")
    assessment: AssessmentValue = Field(description="The inspectorate's assessment (a separate axis).")
    updated_at: datetime.datetime = Field(description="When what you see last changed (published, for the public).")

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
        return getattr(obj, "joint_ids", None) or []


    @staticmethod
    def resolve_position(obj):
        return obj.v_position

    @staticmethod
    def resolve_progress(obj):
        return obj.v_progress

    @staticmethod
    def resolve_narrative(obj):
        return obj.v_narrative

    @staticmethod
    def resolve_as_of(obj):
        return obj.v_as_of

    @staticmethod
    def resolve_inspectorate_ref(obj):
        return obj.v_inspectorate_ref

    @staticmethod
    def resolve_local_ref(obj):
        return obj.v_local_ref

    @staticmethod
    def resolve_owner(obj):
        return obj.v_owner

    @staticmethod
    def resolve_governance_board(obj):
        return obj.v_governance_board

    @staticmethod
    def resolve_source(obj):
        return obj.v_source

    @staticmethod
    def resolve_source_label(obj):
        return obj.v_source_label

    @staticmethod
    def resolve_state(obj):
        return obj.v_state

    @staticmethod
    def resolve_updated_at(obj):
        return obj.v_updated_at

    @staticmethod
    def resolve_assessment(obj):
        return obj.v_assessment


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


