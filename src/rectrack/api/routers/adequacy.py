"""/api/adequacy-views: a designated body's view of whether a published response is adequate. Read by whoever
sees the response (ADR 0012); recorded by a designated body only on the super-complaints it raised or the
inspectorate opened to it, and changed or withdrawn only by the body whose view it is."""
from django.http import HttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from rectrack.api import common
from rectrack.api.common import CHANGE_ERRORS, DETAIL_ERRORS, MAX_ID, READ_ERRORS, WRITE_AUTH, WRITE_ERRORS, ObjectId
from rectrack.api.schemas import AdequacyCreate, AdequacyPatch, AdequacyViewOut
from rectrack.core.audit import require
from rectrack.responses import services
from rectrack.responses.models import AdequacyView

router = Router(tags=["adequacy views"])
OWN_VIEW = "responses.change_adequacy"


class AdequacyFilters(Schema):
    response: int | None = Field(None, ge=1, le=MAX_ID, description="Only the views of this response.")
    designated_body: str | None = Field(None, max_length=100, description="Only this designated body's views.")

    def lookups(self) -> dict:
        return {("designated_body_id" if k == "designated_body" else k): v
                for k, v in self.model_dump(exclude_none=True).items()}


def _may_change(user, view: AdequacyView) -> bool:
    return user.has_perm(OWN_VIEW, view)


def _own_view(request, view_id: int) -> AdequacyView:
    view = common.judgement(request, AdequacyView, view_id)
    # Before If-Match, so that someone else gets 403 rather than 428.
    require(request.user, OWN_VIEW, view, "Only the designated body whose view this is can change or withdraw it.")
    return view


@router.get("", response={200: list[AdequacyViewOut], **READ_ERRORS}, summary="List views on adequacy")
@paginate(common.Pagination)
def list_adequacy_views(request, filters: Query[AdequacyFilters]):
    """The designated bodies' views of the responses you may see (anonymous: of published responses)."""
    return common.judgements(request, AdequacyView, **filters.lookups())


@router.get("/{view_id}", response={200: AdequacyViewOut, **DETAIL_ERRORS}, summary="One view on adequacy")
def get_adequacy_view(request, view_id: ObjectId, response: HttpResponse):
    """The ETag header (for the body whose view it is) is what PATCH and DELETE send back as If-Match."""
    return common.judgement(request, AdequacyView, view_id, response, may_change=_may_change)


@router.post("", response={201: AdequacyViewOut, **WRITE_ERRORS}, auth=WRITE_AUTH,
             summary="Record your view on adequacy")
def create_adequacy_view(request, payload: AdequacyCreate, response: HttpResponse):
    """Designated bodies only, on a published response to a super-complaint they raised (or were opened to).
    One view per body and response: once it exists, change it with PATCH (422 here)."""
    created = services.record_adequacy(user=request.user, response=common.response_named(request, payload.response),
                                       verdict=payload.verdict, comment=payload.comment, new=True)
    return Status(201, common.judgement(request, AdequacyView, created.pk, response, may_change=_may_change))


@router.patch("/{view_id}", response={200: AdequacyViewOut, **CHANGE_ERRORS}, auth=WRITE_AUTH,
              summary="Change your view on adequacy")
def update_adequacy_view(request, view_id: ObjectId, payload: AdequacyPatch, response: HttpResponse):
    """Only the fields sent, with If-Match: the ETag of your last GET. The view is then on the current published
    version."""
    view = _own_view(request, view_id)
    data = payload.model_dump(exclude_unset=True)
    services.record_adequacy(user=request.user, response=view.response, verdict=data.get("verdict"),
                             comment=data.get("comment"), expected_version=common.expected_version(request, view))
    return common.judgement(request, AdequacyView, view_id, response, may_change=_may_change)


@router.delete("/{view_id}", response={204: None, **CHANGE_ERRORS}, auth=WRITE_AUTH,
               summary="Withdraw your view on adequacy")
def delete_adequacy_view(request, view_id: ObjectId):
    """With If-Match. The history keeps what the view said."""
    view = _own_view(request, view_id)
    services.delete_adequacy(user=request.user, view=view, expected_version=common.expected_version(request, view))
    return Status(204, None)
