"""/api/assessments: the inspectorate's assessment of a response (one per response), a separate axis from the
organisation's own progress. Read by whoever sees the response (ADR 0012); written by the inspectorate only."""
from django.http import HttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from rectrack.api import common
from rectrack.api.common import CHANGE_ERRORS, DETAIL_ERRORS, MAX_ID, READ_ERRORS, WRITE_AUTH, WRITE_ERRORS, ObjectId
from rectrack.api.schemas import AssessmentCreate, AssessmentOut, AssessmentPatch
from rectrack.core.audit import require
from rectrack.responses import services
from rectrack.responses.models import Assessment

router = Router(tags=["assessments"])
PERMISSION = "responses.assess_response"


class AssessmentFilters(Schema):
    response: int | None = Field(None, ge=1, le=MAX_ID, description="Only the assessment of this response.")


def _may_change(user, assessment: Assessment) -> bool:
    return user.has_perm(PERMISSION, assessment.response)


@router.get("", response={200: list[AssessmentOut], **READ_ERRORS}, summary="List assessments")
@paginate(common.Pagination)
def list_assessments(request, filters: Query[AssessmentFilters]):
    """The assessments of the responses you may see (anonymous: of published responses)."""
    return common.judgements(request, Assessment, **filters.model_dump(exclude_none=True))


@router.get("/{assessment_id}", response={200: AssessmentOut, **DETAIL_ERRORS}, summary="One assessment")
def get_assessment(request, assessment_id: ObjectId, response: HttpResponse):
    """The ETag header (for the inspectorate) is what PATCH sends back as If-Match."""
    return common.judgement(request, Assessment, assessment_id, response, may_change=_may_change)


@router.post("", response={201: AssessmentOut, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Assess a response")
def create_assessment(request, payload: AssessmentCreate, response: HttpResponse):
    """Inspectorate only. A response has one assessment: once it exists, change it with PATCH (422 here)."""
    created = services.set_assessment(user=request.user, response=common.response_named(request, payload.response),
                                      status=payload.status, comment=payload.comment, new=True)
    return Status(201, common.judgement(request, Assessment, created.pk, response, may_change=_may_change))


@router.patch("/{assessment_id}", response={200: AssessmentOut, **CHANGE_ERRORS}, auth=WRITE_AUTH,
              summary="Change an assessment")
def update_assessment(request, assessment_id: ObjectId, payload: AssessmentPatch, response: HttpResponse):
    """Inspectorate only; only the fields sent, with If-Match: the ETag of your last GET."""
    assessment = common.judgement(request, Assessment, assessment_id)
    require(request.user, PERMISSION, assessment.response, "Only the inspectorate can assess a response.")
    data = payload.model_dump(exclude_unset=True)
    services.set_assessment(user=request.user, response=assessment.response, status=data.get("status"),
                            comment=data.get("comment"), expected_version=common.expected_version(request, assessment))
    return common.judgement(request, Assessment, assessment_id, response, may_change=_may_change)
