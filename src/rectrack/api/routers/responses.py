from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from ninja import Field, Query, Router, Status
from ninja.pagination import paginate

from rectrack.api.common import (
    CHANGE_ERRORS,
    DETAIL_ERRORS,
    READ_ERRORS,
    WRITE_AUTH,
    WRITE_ERRORS,
    ObjectId,
    Pagination,
    ScopeFilters,
    expected_version,
    get_object_or_404,
    get_or_422,
)
from rectrack.api.common import with_etag as tag
from rectrack.api.schemas import PositionValue, ProgressValue, ResponseCreate, ResponseOut, ResponsePatch
from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.exports import tables
from rectrack.organisations.models import Organisation
from rectrack.responses import services

router = Router(tags=["responses"])


class ResponseFilters(ScopeFilters):
    progress: ProgressValue | None = Field(None, description="Only responses at this progress.")
    position: PositionValue | None = Field(None, description="Only responses with this position.")


def organisations_named(ids: list[str], field: str = "counts_for") -> list[Organisation]:
    wanted = list(dict.fromkeys(ids))
    found = {o.pk: o for o in Organisation.objects.filter(pk__in=wanted)}
    missing = [org_id for org_id in wanted if org_id not in found]
    if missing:
        raise ValidationError({field: f"There is no organisation with id {missing[0]!r}."})
    return [found[org_id] for org_id in wanted]


def visible_response(request, response_id: ObjectId):
    return get_object_or_404(tables.responses(request.user, tables.Scope()), pk=response_id)


def internal_response(request, response_id: ObjectId):
    """The working copy of a response, for a change: 404 if the caller may not see the response at all, 403
    if they may read only its published version."""
    response = visible_response(request, response_id)
    if not response.v_internal:
        raise PermissionDenied("You do not have permission to change this response.")
    return response


def with_etag(response: HttpResponse, obj):
    return tag(response, obj, when=getattr(obj, "v_internal", True))


@router.get("", response={200: list[ResponseOut], **READ_ERRORS}, summary="List responses")
@paginate(Pagination)
def list_responses(request, filters: Query[ResponseFilters]):
    """Responses you may see: your organisation's (and its paired bodies') working copies, everyone else's
    published versions (anonymous: published only). organisation includes joint responses counting for it."""
    return tables.responses(request.user, filters.scope())


@router.get("/{response_id}", response={200: ResponseOut, **DETAIL_ERRORS}, summary="One response")
def get_response(request, response_id: ObjectId, response: HttpResponse):
    """The ETag header (for a working copy you may change) is what PATCH and DELETE send back as If-Match."""
    return with_etag(response, visible_response(request, response_id))


@router.post("", response={201: ResponseOut, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Record a response")
def create_response(request, payload: ResponseCreate, response: HttpResponse):
    """Record an organisation's response to a recommendation addressed to it (same permissions as the pages).
    counts_for asks the bodies named (paired with yours) to agree that it also counts for them."""
    super_complaint = get_or_422(SuperComplaint.objects, "super_complaint",
                                 f"There is no super-complaint {payload.super_complaint!r}.",
                                 slug=payload.super_complaint)
    recommendation = get_or_422(Recommendation.objects, "recommendation",
                                f"{super_complaint} has no recommendation {payload.recommendation!r}.",
                                super_complaint=super_complaint, number=payload.recommendation)
    organisation = get_or_422(Organisation.objects, "organisation",
                              f"There is no organisation with id {payload.organisation!r}.", pk=payload.organisation)
    counts_for = organisations_named(payload.counts_for)
    data = payload.model_dump(exclude={"super_complaint", "recommendation", "organisation", "counts_for"})
    created = services.create_response(user=request.user, recommendation=recommendation, organisation=organisation,
                                       data=data, counts_for=counts_for, reason="Created through the API")
    return Status(201, with_etag(response, visible_response(request, created.pk)))


@router.patch("/{response_id}", response={200: ResponseOut, **CHANGE_ERRORS}, auth=WRITE_AUTH,
              summary="Change a response")
def update_response(request, response_id: ObjectId, payload: ResponsePatch, response: HttpResponse):
    """Change only the fields sent, with If-Match: the ETag of your last GET. Editors may change their own
    organisation's responses only."""
    current = internal_response(request, response_id)
    version = expected_version(request, current)
    data = payload.model_dump(exclude_unset=True)
    counts_for = data.pop("counts_for", None)
    services.update_response(user=request.user, response=current, data=data,
                             counts_for=None if counts_for is None else organisations_named(counts_for),
                             reason="Edited through the API", expected_version=version)
    return with_etag(response, visible_response(request, response_id))


@router.delete("/{response_id}", response={204: None, **CHANGE_ERRORS}, auth=WRITE_AUTH,
               summary="Delete a response")
def delete_response(request, response_id: ObjectId):
    """Inspectorate only, with If-Match."""
    current = internal_response(request, response_id)
    services.delete_response(user=request.user, response=current, expected_version=expected_version(request, current))
    return Status(204, None)
