"""Template tags behind the workflow hooks (templates/hooks/*.html) and deadline tags.

The hooks are included by other parts' pages, so the tags read what those pages have in their context:
a response (``response``), a super-complaint (``super_complaint`` or ``sc``) or an organisation
(``organisation`` or ``org``).
"""
from django import template

from rectrack.complaints.deadlines import CLOCK_LABELS, STATE_LABELS, STATE_TAGS
from rectrack.vocabulary import WorkflowState
from rectrack.workflow import transitions
from rectrack.workflow.selectors import complaint_summary, deadline_rows, deadline_rows_from_cells
from rectrack.workflow.services import transition_log

register = template.Library()

WORKFLOW_TAGS = {
    WorkflowState.DRAFT: "govuk-tag--grey",
    WorkflowState.SUBMITTED: "govuk-tag--blue",
    WorkflowState.RETURNED: "govuk-tag--orange",
    WorkflowState.PUBLISHED: "govuk-tag--green",
}


def _first(context, *names):
    for name in names:
        value = context.get(name)
        if value is not None and value != "":
            return value
    return None


@register.filter
def workflow_tag(state) -> str:
    return WORKFLOW_TAGS.get(str(state), "govuk-tag--grey")


@register.filter
def deadline_state_label(state) -> str:
    return STATE_LABELS.get(str(state), str(state))


@register.filter
def deadline_state_tag(state) -> str:
    state = "due" if str(state) == "due_soon" else str(state)  # reminder events share the states' colours
    return STATE_TAGS.get(state, "govuk-tag--grey")


@register.filter
def clock_label(clock) -> str:
    return CLOCK_LABELS.get(str(clock), str(clock))


@register.inclusion_tag("workflow/includes/response_workflow.html", takes_context=True)
def response_workflow(context, response=None, user=None):
    response = response or context.get("response")
    user = user or context.get("user")
    request = context.get("request")
    if response is None:
        return {"response": None}
    can_see_log = bool(user is not None and user.has_perm("workflow.view_transitions"))
    return {
        "response": response,
        "user": user,
        "available": transitions.available(user, response) if user is not None else [],
        "log": list(transition_log(response)) if can_see_log else [],
        "can_see_log": can_see_log,
        "next": request.get_full_path() if request else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("workflow/includes/complaint_deadlines.html", takes_context=True)
def complaint_deadlines(context, super_complaint=None):
    sc = super_complaint or _first(context, "super_complaint", "sc", "complaint")
    user = context.get("user")
    if sc is None:
        return {"sc": None}
    matrix = context.get("matrix")  # the complaint page's matrix has the states already: do not compute them twice
    if (matrix is not None and getattr(matrix, "deadline_counts", None) is not None
            and getattr(matrix, "super_complaint", None) == sc):
        summary = complaint_summary(sc, counts=matrix.deadline_counts, recommendations=matrix.columns)
    else:
        summary = complaint_summary(sc)
    return {
        "sc": sc,
        "summary": summary,
        "can_change": bool(user is not None and user.has_perm("workflow.change_deadlines")),
    }


@register.inclusion_tag("workflow/includes/organisation_deadlines.html", takes_context=True)
def organisation_deadlines(context, organisation=None):
    org = organisation or _first(context, "organisation", "org")
    user = context.get("user")
    if org is None:
        return {"organisation": None}
    cells = context.get("deadline_cells")  # the organisation page's cells carry their clocks already
    if cells is not None and all(c.organisation.pk == getattr(org, "pk", org) for c in cells):
        rows = deadline_rows_from_cells(cells)
    else:
        rows = deadline_rows(organisation=org)
    open_rows = [r for r in rows if r.clock.is_open]
    return {
        "organisation": org,
        "open_rows": open_rows,
        "met": sum(1 for r in rows if r.clock.state == "met"),
        "unset": sum(1 for r in rows if r.clock.state == "none"),
        "complaints": list({r.recommendation.super_complaint.pk: r.recommendation.super_complaint
                            for r in rows}.values()),
        "can_extend": bool(user is not None and user.has_perm("workflow.grant_extension")),
    }
