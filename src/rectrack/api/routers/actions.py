from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from ninja import Field, Query, Router, Status
from ninja.pagination import paginate

from rectrack.api.common import (
    CHANGE_ERRORS,
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    WRITE_AUTH,
    WRITE_ERRORS,
    ObjectId,
    Pagination,
    ScopeFilters,
    expected_version,
    response_named,
    with_etag,
)
from rectrack.api.schemas import ActionCreate, ActionOut, ActionPatch, ActionStatusValue
from rectrack.exports import tables
from rectrack.responses import services
from rectrack.responses.models import Action
from rectrack.responses.selectors import visible_responses

router = Router(tags=["actions"])


class ActionFilters(ScopeFilters):
    response: int | None = Field(None, ge=1, le=MAX_ID, description="Only the actions of this response.")
    status: ActionStatusValue | None = None


def visible_action(request, action_id: int) -> dict:
    row = tables.actions(request.user, tables.Scope(), action_id=action_id).first()
    if row is None:
        raise Http404("Not found.")
    return row


def action_to_change(request, action_id: int) -> Action:
    """The whole live action (not a published copy) for the services to validate and save: 404 if the caller
    may not see it, 403 if they may read only its published copy."""
    visible_action(request, action_id)
    internal = visible_responses(request.user).filter(v_internal=True).values("pk")
    action = Action.objects.select_related("response").filter(pk=action_id, response__in=internal).first()
    if action is None:
        raise PermissionDenied("You do not have permission to change this action.")
    return action


def _with_etag(request, response: HttpResponse, action_id: int) -> dict:
    row = visible_action(request, action_id)
    live = Action.objects.filter(pk=action_id, response__in=visible_responses(request.user)
                                 .filter(v_internal=True).values("pk")).only("pk", "version").first()
    with_etag(response, live, when=live is not None)
    return row


@router.get("", response={200: list[ActionOut], **READ_ERRORS}, summary="List actions")
@paginate(Pagination)
def list_actions(request, filters: Query[ActionFilters]):
    """Actions you may see: the live actions of your organisation's (and its paired bodies') responses, the
    published actions of everyone else's (anonymous: published only)."""
    return tables.actions(request.user, filters.scope())


@router.get("/{action_id}", response={200: ActionOut, **DETAIL_ERRORS}, summary="One action")
def get_action(request, action_id: ObjectId, response: HttpResponse):
    """The ETag header (for a live action you may change) is what PATCH and DELETE send back as If-Match."""
    return _with_etag(request, response, action_id)


@router.post("", response={201: ActionOut, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Add an action")
def create_action(request, payload: ActionCreate, response: HttpResponse):
    owner = response_named(request, payload.response)
    if not owner.v_internal:
        raise PermissionDenied("You do not have permission to add actions to this response.")
    action = services.add_action(user=request.user, response=owner, data=payload.model_dump(exclude={"response"}))
    return Status(201, _with_etag(request, response, action.pk))


@router.patch("/{action_id}", response={200: ActionOut, **CHANGE_ERRORS}, auth=WRITE_AUTH,
              summary="Change an action")
def update_action(request, action_id: ObjectId, payload: ActionPatch, response: HttpResponse):
    """Change only the fields sent, with If-Match: the ETag of your last GET."""
    action = action_to_change(request, action_id)
    services.update_action(user=request.user, action=action, data=payload.model_dump(exclude_unset=True),
                           expected_version=expected_version(request, action))
    return _with_etag(request, response, action_id)


@router.delete("/{action_id}", response={204: None, **CHANGE_ERRORS}, auth=WRITE_AUTH, summary="Delete an action")
def delete_action(request, action_id: ObjectId):
    action = action_to_change(request, action_id)
    services.delete_action(user=request.user, action=action, expected_version=expected_version(request, action))
    return Status(204, None)
