"""The workflow part of a response's page (a hook: responses sit below the workflow, so the response page
includes ``templates/hooks/response_workflow.html`` rather than importing this)."""
from django import template

from rectrack.workflow import transitions
from rectrack.workflow.services import transition_log

register = template.Library()


@register.inclusion_tag("workflow/includes/response_workflow.html", takes_context=True)
def response_workflow(context, response=None, user=None):
    response = response or context.get("response")
    user = user or context.get("user")
    request = context.get("request")
    if response is None:
        return {"response": None}
    can_see_log = bool(user is not None and user.has_perm("workflow.view_transitions", response))
    return {
        "response": response,
        "user": user,
        "available": transitions.available(user, response) if user is not None else [],
        "log": list(transition_log(response)) if can_see_log else [],
        "can_see_log": can_see_log,
        "next": request.get_full_path() if request else "",
        "csrf_token": context.get("csrf_token"),
    }
