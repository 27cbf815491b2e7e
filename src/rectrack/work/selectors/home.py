"""What each person's home page shows: their queues, the first few items of each, and how many in all.

A constant number of queries per role whatever the data size (the counts are one query; each list one more;
the inspectorate's overdue summary and an editor's list of what it owes two each).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from rectrack.complaints.models import SuperComplaint
from rectrack.core.vocabulary import NO_RESPONSE, WorkflowState
from rectrack.ingestion.models import Document, ExtractedAnswer
from rectrack.organisations.models import Organisation
from rectrack.organisations.selectors import partners
from rectrack.responses.models import Response
from rectrack.responses.selectors import visible_responses
from rectrack.tracker.selectors import Cell, OverdueCount, organisation_cells, overdue_counts
from rectrack.work import scrutiny
from rectrack.work.models import ScrutinyEntry
from rectrack.work.selectors import queues

# Items shown of each list on a home page; the rest are a link away.
SHOWN = 10


@dataclass
class InspectorateHome:
    counts: dict[str, int]
    documents: list[Document]  # documents with answers awaiting review (``pending``)
    submitted: list
    evidence: list
    overdue: list[OverdueCount]  # the longest overdue organisations
    overdue_organisations: int = 0


@dataclass
class Owed:
    """One super-complaint's recommendations an organisation still owes something on."""

    super_complaint: SuperComplaint
    cells: list[Cell] = field(default_factory=list)


@dataclass
class EditorHome:
    organisation: Organisation
    counts: dict[str, int]
    owed: list[Owed]
    owed_total: int
    answered_total: int
    returned: list
    joint: list
    actions: list
    actions_total: int
    to_scrutinise: list = field(default_factory=list)  # a policing body's: its force's unpublished responses


@dataclass
class DesignatedHome:
    organisation: Organisation
    counts: dict[str, int]
    complaints: list[SuperComplaint]
    unjudged: list
    views: list


def inspectorate_home(user, today: datetime.date | None = None) -> InspectorateHome:
    counts = queues.counts(user, today)
    pending = Q(answers__decision=ExtractedAnswer.Decision.PENDING)
    documents = list(Document.objects.filter(pending).annotate(pending=Count("answers", filter=pending))
                     .select_related("super_complaint").order_by("uploaded_at", "pk")[:SHOWN])
    submitted = list(queues.submitted_responses()
                     .select_related("organisation", "recommendation__super_complaint")
                     .order_by("submitted_at", "pk")[:SHOWN])
    evidence = list(queues.evidence_awaiting_assessment()
                    .select_related("organisation", "recommendation__super_complaint", "assessment")
                    .annotate(evidence_count=Count("evidence")).order_by("updated_at", "pk")[:SHOWN])
    groups = overdue_counts(today or timezone.localdate())  # counted in the database: the home shows no clocks
    return InspectorateHome(counts, documents, submitted, evidence, groups[:SHOWN], len(groups))


def _still_owed(cell: Cell) -> bool:
    """Something is still to do: no answer, an answer not yet submitted, or a clock not met."""
    if cell.state == NO_RESPONSE:
        return True
    if cell.response.internal and cell.response.state in (WorkflowState.DRAFT, WorkflowState.RETURNED):
        return True
    return any(clock.is_open for clock in cell.deadlines)


def editor_home(user, today: datetime.date | None = None) -> EditorHome:
    org = user.organisation
    counts = queues.counts(user, today)
    cells = organisation_cells(org, user=user)
    owed_cells = [c for c in cells if _still_owed(c)]
    owed = [
        Owed(super_complaint, list(group))
        for super_complaint, group in groupby(owed_cells, key=lambda c: c.recommendation.super_complaint)
    ]
    returned = list(queues.returned_responses(org.pk).select_related("recommendation__super_complaint")
                    .order_by("-returned_at", "pk")[:SHOWN])
    joint = list(queues.joint_requests(org.pk)
                 .select_related("response__organisation", "response__recommendation__super_complaint")
                 .order_by("requested_at", "pk")[:SHOWN])
    actions_qs = queues.actions_due(org.pk, today)
    actions = list(actions_qs.select_related("response__recommendation__super_complaint")
                   .order_by("due_date", "pk")[:SHOWN])
    return EditorHome(org, counts, owed, len(owed_cells), len(cells) - len(owed_cells), returned, joint, actions,
                      len(actions) if len(actions) < SHOWN else actions_qs.count(), to_scrutinise(org))


def to_scrutinise(org: Organisation) -> list:
    """A policing body's paired forces' responses before publication, those not signed off (as they stand) first.
    Three queries (the pairs, then the responses); nothing for anyone else."""
    if org.kind != Organisation.Kind.POLICING_BODY:
        return []
    signed = Exists(ScrutinyEntry.objects.filter(response=OuterRef("pk"), kind=ScrutinyEntry.Kind.SIGN_OFF,
                                                 response_version=OuterRef("version")))
    return list(Response.objects.filter(organisation_id__in=partners(org.pk), state__in=scrutiny.OPEN_STATES)
                .annotate(signed_off=signed).select_related("organisation", "recommendation__super_complaint")
                .order_by("signed_off", "recommendation__super_complaint__order", "recommendation__order")[:SHOWN])


def designated_home(user, today: datetime.date | None = None) -> DesignatedHome:
    org = user.organisation
    counts = queues.counts(user, today)
    complaints = list(queues.judged_complaints(org.pk).distinct().order_by("order", "slug"))
    # Read through the viewer's lens: a designated body reads published versions only.
    unjudged = list(visible_responses(user, queues.unjudged_responses(org.pk))
                    .select_related("organisation", "recommendation__super_complaint")
                    .order_by("-published_version__published_at", "pk")[:SHOWN])
    views = list(queues.adequacy_views(org.pk)
                 .select_related("response__organisation", "response__recommendation__super_complaint")
                 .order_by("-recorded_at", "-pk")[:SHOWN])
    return DesignatedHome(org, counts, complaints, unjudged, views)
