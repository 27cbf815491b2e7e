from ninja import Field, Query, Router, Status
from ninja.pagination import paginate

from rectrack.api.common import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    WRITE_AUTH,
    WRITE_ERRORS,
    ObjectId,
    Pagination,
    ScopeFilters,
    get_object_or_404,
    get_or_422,
)
from rectrack.api.schemas import ActionCreate, ActionOut, ActionPatch, ActionStatusValue
from rectrack.exports import tables
from rectrack.responses import services
from rectrack.responses.models import Action
from rectrack.responses.selectors import response_queryset, visible_responses

router = Router(tags=["actions"])


class ActionFilters(ScopeFilters):
    response: int | None = Field(None, ge=1, le=MAX_ID, description="Only the actions of this response.")
    status: ActionStatusValue | None = None


def visible_action(request, action_id: int):
    return get_object_or_404(tables.actions(request.user, tables.Scope()), pk=action_id)


def action_to_change(request, action_id: int) -> Action:
    """The whole action (not the export's slimmed-down row) for the services to validate and save."""
    visible = visible_responses(request.user).values("pk")
    return get_object_or_404(Action.objects.select_related("response"), pk=action_id, response__in=visible)


@router.get("", response={200: list[ActionOut], **READ_ERRORS}, summary="List actions")
@paginate(Pagination)
def list_actions(request, filters: Query[ActionFilters]):
    """Actions of the responses you may see (anonymous: published responses only)."""
    return tables.actions(request.user, filters.scope())


@router.get("/{action_id}", response={200: ActionOut, **DETAIL_ERRORS}, summary="One action")
def get_action(request, action_id: ObjectId):
    return visible_action(request, action_id)


@router.post("", response={201: ActionOut, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Add an action")
def create_action(request, payload: ActionCreate):
    response = get_or_422(response_queryset(request.user), "response",
                          f"There is no response with id {payload.response}.", pk=payload.response)
    action = services.add_action(user=request.user, response=response, data=payload.model_dump(exclude={"response"}))
    return Status(201, visible_action(request, action.pk))


@router.patch("/{action_id}", response={200: ActionOut, **WRITE_ERRORS}, auth=WRITE_AUTH,
              summary="Change an action")
def update_action(request, action_id: ObjectId, payload: ActionPatch):
    services.update_action(user=request.user, action=action_to_change(request, action_id),
                           data=payload.model_dump(exclude_unset=True))
    return visible_action(request, action_id)


@router.delete("/{action_id}", response={204: None, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Delete an action")
def delete_action(request, action_id: ObjectId):
    services.delete_action(user=request.user, action=action_to_change(request, action_id))
    return Status(204, None)
