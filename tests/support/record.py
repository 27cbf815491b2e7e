"""Putting responses into a workflow state in tests, the way the service does it (so the published version,
the history and the tracker's read model all follow), without the permission checks of a person's step."""
from rectrack.core import projection
from rectrack.core.vocabulary import WorkflowState
from rectrack.responses import services
from rectrack.responses.models import Response


def publish(*responses, user=None) -> list[Response]:
    """Publish each response as it stands now (a new published version) and return them fresh."""
    out = []
    for response in responses:
        response = Response.objects.get(pk=response.pk)
        with projection.batch():
            services.publish_version(user=user, response=response)
            response.state = WorkflowState.PUBLISHED
            response.save()
        out.append(response)
    return out


def set_state(response: Response, state: str) -> Response:
    """Move a response to a state directly (publishing, if that is the state, through ``publish``)."""
    if state == WorkflowState.PUBLISHED:
        return publish(response)[0]
    response = Response.objects.get(pk=response.pk)
    with projection.batch():
        if state == WorkflowState.WITHDRAWN:
            services.withdraw_versions(response)
        response.state = state
        response.save()
    return response
