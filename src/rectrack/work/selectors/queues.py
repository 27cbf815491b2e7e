"""The work waiting for each person: one queryset per queue, defined once.

The home pages list these queues and the service navigation counts them (``counts``, one query for all of a
role's queues), so a number in the navigation is always the length of a list on the home page. Everything
here reads what the person may see (ADR 0012): the inspectorate every working copy, an organisation editor
its own organisation's, a designated body published responses only.
"""
from __future__ import annotations

import datetime

from django.db.models import Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from rectrack.accounts.models import User
from rectrack.complaints.models import SuperComplaint
from rectrack.core.vocabulary import ActionStatus, Assessment, JointStatus, WorkflowState
from rectrack.ingestion.models import ExtractedAnswer
from rectrack.responses.models import Action, AdequacyView, Evidence, JointLink, Response
from rectrack.tracker.models import Standing
from rectrack.workflow.models import Transition

# An organisation's open actions are listed from this many days before they fall due (and once overdue).
ACTIONS_DUE_WITHIN_DAYS = 30


# --- The inspectorate ----------------------------------------------------------------------------------

def answers_awaiting_review() -> QuerySet[ExtractedAnswer]:
    """Machine-extracted answers no reviewer has decided yet."""
    return ExtractedAnswer.objects.filter(decision=ExtractedAnswer.Decision.PENDING)


def submitted_responses() -> QuerySet[Response]:
    """Responses an organisation submitted and the inspectorate has not yet published or returned."""
    submitted_at = (Transition.objects.filter(response=OuterRef("pk"), to_state=WorkflowState.SUBMITTED)
                    .order_by("-at", "-pk").values("at")[:1])
    return Response.objects.filter(state=WorkflowState.SUBMITTED).annotate(submitted_at=Subquery(submitted_at))


def evidence_awaiting_assessment() -> QuerySet[Response]:
    """Submitted or published responses with evidence the inspectorate has not assessed: never assessed,
    'not assessed', or evidence added since the assessment was made."""
    newer = Exists(
        Evidence.objects.filter(response=OuterRef("pk"), uploaded_at__gt=OuterRef("assessment__assessed_at"))
    )
    # Driven by the evidence (``pk__in``), not by probing every response for some: the count is in the
    # inspectorate's navigation on every page, and responses outnumber responses with evidence many times.
    return (Response.objects.filter(pk__in=Evidence.objects.values("response_id"),
                                    state__in=[WorkflowState.SUBMITTED, WorkflowState.PUBLISHED])
            .filter(Q(assessment__isnull=True) | Q(assessment__status=Assessment.NOT_ASSESSED) | newer))


# --- An organisation's editors -------------------------------------------------------------------------

def returned_responses(organisation_id: str) -> QuerySet[Response]:
    """The organisation's responses the inspectorate returned, with the latest return comment."""
    comment = (Transition.objects.filter(response=OuterRef("pk"), to_state=WorkflowState.RETURNED)
               .order_by("-at", "-pk"))
    return (Response.objects.filter(organisation_id=organisation_id, state=WorkflowState.RETURNED)
            .annotate(returned_comment=Subquery(comment.values("comment")[:1]),
                      returned_at=Subquery(comment.values("at")[:1])))


def joint_requests(organisation_id: str) -> QuerySet[JointLink]:
    """Requests that another body's response also count for this organisation, awaiting its decision."""
    return JointLink.objects.filter(organisation_id=organisation_id, status=JointStatus.PENDING)


def actions_due(organisation_id: str, today: datetime.date | None = None) -> QuerySet[Action]:
    """The organisation's open actions that are overdue or due within ``ACTIONS_DUE_WITHIN_DAYS``."""
    today = today or timezone.localdate()
    return (Action.objects.filter(response__organisation_id=organisation_id, due_date__isnull=False,
                                  due_date__lte=today + datetime.timedelta(days=ACTIONS_DUE_WITHIN_DAYS))
            .exclude(status=ActionStatus.COMPLETE))


def overdue_standings(organisation_id: str | None = None, today: datetime.date | None = None) -> QuerySet[Standing]:
    """Recipient x recommendation pairs with a clock past its due date and not met (``tracker.deadlines``:
    overdue is any day after the due date)."""
    today = today or timezone.localdate()
    overdue = (Q(initial_met_on__isnull=True, initial_due__lt=today)
               | Q(has_update_clock=True, update_met_on__isnull=True, update_due__lt=today))
    qs = Standing.objects.filter(overdue)
    return qs.filter(organisation_id=organisation_id) if organisation_id else qs


# --- A designated body ---------------------------------------------------------------------------------

def judged_complaints(organisation_id: str) -> QuerySet[SuperComplaint]:
    """The super-complaints a designated body may judge: those it raised and those opened to it."""
    return SuperComplaint.objects.filter(Q(designated_bodies=organisation_id) | Q(adequacy_opened_to=organisation_id))


def unjudged_responses(organisation_id: str) -> QuerySet[Response]:
    """Published responses on those super-complaints on which the body has recorded no view."""
    complaints = judged_complaints(organisation_id).values("pk")
    return (Response.objects.filter(recommendation__super_complaint__in=complaints, published_version__isnull=False)
            .exclude(adequacy_views__designated_body_id=organisation_id))


def adequacy_views(organisation_id: str) -> QuerySet[AdequacyView]:
    return AdequacyView.objects.filter(designated_body_id=organisation_id)


# --- Counts for the navigation -------------------------------------------------------------------------

class _Count(Subquery):
    """COUNT(*) of a queryset as a scalar subquery, so that several counts are one query."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _counted)"
    output_field = IntegerField()


def queues_for(user, today: datetime.date | None = None) -> dict[str, QuerySet]:
    """The queues of a signed-in user's role, by name (empty for anyone else)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    if user.is_inspectorate:
        return {"review": answers_awaiting_review(), "submitted": submitted_responses(),
                "evidence": evidence_awaiting_assessment()}
    if user.is_org_editor:
        org = user.organisation_id
        return {"returned": returned_responses(org), "joint": joint_requests(org),
                "overdue": overdue_standings(org, today)}
    if user.is_designated_body:
        return {"unjudged": unjudged_responses(user.organisation_id)}
    return {}


def counts(user, today: datetime.date | None = None) -> dict[str, int]:
    """How many items wait in each of the user's queues: one query whatever the data size."""
    queues = queues_for(user, today)
    if not queues:
        return {}
    row = (User.objects.filter(pk=user.pk)
           .annotate(**{f"n_{name}": _Count(qs.order_by().values("pk")) for name, qs in queues.items()})
           .values(*(f"n_{name}" for name in queues)).first()) or {}
    return {name: row.get(f"n_{name}", 0) for name in queues}
