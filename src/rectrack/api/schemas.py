"""API schemas. The output schemas are also the export tables' column definitions.

Each ``*Out`` schema is one table: its field names are the column names of the matching export
(``rectrack.exports.tables`` builds the download rows from ``.values_list()`` with exactly these fields,
checked at import; ``tests/exports`` compares every exported row with this schema's JSON), so the API
and the downloads cannot drift apart. Every row carries stable ids: organisation ids (slugs), super-complaint slugs,
recommendation numbers and response ids.
"""
import datetime
from typing import Literal

from ninja import Field, Schema
from pydantic import ConfigDict, create_model, field_validator
from pydantic.fields import FieldInfo

from rectrack.core.validators import has_control
from rectrack.core.vocabulary import ActionStatus, Adequacy, Position, Progress
from rectrack.core.vocabulary import Assessment as AssessmentStatus
from rectrack.exports.schemas import (  # noqa: F401 - the read tables are the exports' schemas
    ActionOut,
    ActionStatusValue,
    AssessmentValue,
    MatrixOut,
    MatrixRowOut,
    OrganisationOut,
    PositionValue,
    ProgressValue,
    RecommendationOut,
    ResponseOut,
    SuperComplaintOut,
    TimelineOut,
)

AdequacyValue = Literal[tuple(m.value for m in Adequacy)]
MAX_ID = 2**62  # ids fit a 64-bit integer column


# --- evidence, assessments and adequacy views (read) ---------------------------------------------------
# Not export tables: no username in any of them (the public reads them too, ADR 0012).

class EvidenceOut(Schema):
    id: int
    response: int
    kind: Literal["file", "link"]
    title: str
    url: str = Field(description="The web address of link evidence ('' for a file).")
    filename: str = Field(description="The uploaded file's name ('' for a link).")
    content_type: str = Field(description="What the file is, from its content ('' for a link).")
    size: int | None = Field(description="Bytes (null for a link).")
    sha256: str = Field(description="SHA-256 of the file ('' for a link).")
    public: bool = Field(description="Published with the response (it reaches the public with the next "
                                     "publication); outsiders only ever see published public evidence.")
    added: datetime.date
    download: str | None = Field(description="Where to download the file (always as an attachment); null for a "
                                             "link.")


class AssessmentOut(Schema):
    id: int
    response: int
    status: AssessmentValue
    comment: str
    assessed_at: datetime.datetime
    on_version: int | None = Field(description="The number of the published version assessed (null: made before "
                                               "anything was published).")

    # Read from the model (the list is paginated in the database): ids and the version's number.
    @staticmethod
    def resolve_response(obj) -> int:
        return obj.response_id

    @staticmethod
    def resolve_on_version(obj) -> int | None:
        return obj.on_version.number if obj.on_version_id else None


class AdequacyViewOut(Schema):
    id: int
    response: int
    designated_body: str = Field(description="Id of the designated body whose view this is.")
    verdict: AdequacyValue
    comment: str
    recorded_at: datetime.datetime
    on_version: int | None = Field(description="The number of the published version judged.")

    resolve_response = staticmethod(AssessmentOut.resolve_response)
    resolve_on_version = staticmethod(AssessmentOut.resolve_on_version)

    @staticmethod
    def resolve_designated_body(obj) -> str:
        return obj.designated_body_id


# --- errors ---------------------------------------------------------------------------------------

class FieldError(Schema):
    field: str = Field(description="The input field at fault ('' when the error is about the whole request).")
    message: str


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in words.")
    errors: list[FieldError] = Field(default_factory=list)


# --- writes ---------------------------------------------------------------------------------------

class _Write(Schema):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value):
        # At the edge, before anything is looked up: PostgreSQL cannot even compare text holding NUL (a server
        # error), and the services would refuse the stored text anyway (core.validators, one rule).
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(t, str) and has_control(t) for t in texts):
            raise ValueError("must not contain control characters (such as a null character)")
        return value


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
    response: int = Field(ge=1, le=MAX_ID, description="Id of the response the action belongs to.")


ResponsePatch = _patch_schema("ResponsePatch", ResponseFields)
ActionPatch = _patch_schema("ActionPatch", ActionFields)


class EvidenceFields(_Write):
    title: str = Field(min_length=1, max_length=300)
    public: bool = False


class EvidenceCreate(_Write):
    """Multipart form fields; the file itself is the part named ``file``."""

    response: int = Field(ge=1, le=MAX_ID, description="Id of the response the evidence supports.")
    title: str = Field("", max_length=300, description="If blank, the file name (or the web address) is used.")
    public: bool = Field(False, description="Publish it with the response (from the next publication).")
    url: str = Field("", max_length=1000, description="A web address (https:// or http://) instead of a file.")


class AssessmentFields(_Write):
    status: AssessmentValue = AssessmentStatus.NOT_ASSESSED.value
    comment: str = Field("", max_length=10_000)


class AssessmentCreate(AssessmentFields):
    response: int = Field(ge=1, le=MAX_ID, description="Id of the response assessed.")


class AdequacyFields(_Write):
    verdict: AdequacyValue
    comment: str = Field("", max_length=10_000)


class AdequacyCreate(AdequacyFields):
    response: int = Field(ge=1, le=MAX_ID, description="Id of the (published) response judged.")


EvidencePatch = _patch_schema("EvidencePatch", EvidenceFields)
AssessmentPatch = _patch_schema("AssessmentPatch", AssessmentFields)
AdequacyPatch = _patch_schema("AdequacyPatch", AdequacyFields)
