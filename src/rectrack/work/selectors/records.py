"""The internal response record: the public record's shape (``rectrack.publishing.records``) filled with the
working copies and the commissioner's scrutiny, for those who may read them (ADR 0012, ADR 0019).

Each part is read as the viewer may: the working copies of an organisation whose working copy the viewer sees
(``Viewer.sees_internal``: its own editors, its paired policing body or force, the inspectorate), with the
scrutiny entries on them; for any other part, the published answers exactly as the public record has them. A
constant number of queries per part.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.publishing.selectors import organisation_record
from rectrack.responses.models import Action, Response
from rectrack.responses.selectors import Viewer
from rectrack.tracker.models import Standing
from rectrack.work import scrutiny
from rectrack.work.models import ScrutinyEntry


@dataclass
class InternalItem:
    """One recommendation an organisation owes, with the working copy that answers it (its own or a joint one)."""

    recommendation: Recommendation
    response: Response | None  # the working copy; None: nothing written yet
    joint: bool = False
    scrutiny: list[ScrutinyEntry] = field(default_factory=list)
    internal: bool = True  # read by the internal template (a public RecordItem has no such attribute)

    @property
    def writer(self) -> Organisation | None:
        return self.response.organisation if self.response else None

    @property
    def published(self) -> bool:
        return self.response is not None and self.response.state == WorkflowState.PUBLISHED

    @property
    def has_public_version(self) -> bool:
        """A revision under way still has its earlier published version on the public record."""
        return self.response is not None and self.response.published_version_id is not None

    @property
    def signed(self) -> ScrutinyEntry | None:
        return scrutiny.current_sign_off(self.scrutiny, self.response) if self.response else None

    @property
    def sign_off_out_of_date(self) -> bool:
        return self.signed is None and any(e.kind == ScrutinyEntry.Kind.SIGN_OFF for e in self.scrutiny)


def internal_builder(viewer: Viewer):
    """A part builder for ``publishing.records.response_record`` reading as ``viewer``."""

    def build(super_complaint: SuperComplaint, organisation: Organisation) -> list:
        if not viewer.sees_internal(organisation.pk):
            return organisation_record(super_complaint, organisation)
        return internal_items(viewer, super_complaint, organisation)

    return build


def internal_items(viewer: Viewer, super_complaint: SuperComplaint, organisation: Organisation) -> list:
    """Each recommendation the organisation owes, with its working copy and the scrutiny of it. Four queries."""
    standings = list(Standing.objects.filter(super_complaint=super_complaint, organisation=organisation)
                     .select_related("recommendation").order_by("recommendation__order"))
    responses = Response.objects.filter(pk__in=[s.response_id for s in standings if s.response_id]).select_related(
        "organisation").prefetch_related(Prefetch("actions", Action.objects.order_by("due_date", "pk")), "evidence")
    # A joint answer written by a body whose working copy this viewer may not read is not shown here: the part
    # falls back to what the public record shows for that recommendation.
    working = {r.pk: r for r in responses if viewer.sees_internal(r.organisation_id)}
    entries: dict[int, list[ScrutinyEntry]] = defaultdict(list)
    for entry in ScrutinyEntry.objects.filter(response_id__in=list(working)).select_related("organisation"):
        entries[entry.response_id].append(entry)
    items: list = []
    public = None
    for standing in standings:
        response = working.get(standing.response_id) if standing.response_id else None
        if standing.response_id and response is None:
            public = public or {i.recommendation.pk: i for i in organisation_record(super_complaint, organisation)}
            items.append(public[standing.recommendation_id])
            continue
        items.append(InternalItem(standing.recommendation, response,
                                  joint=response is not None and response.organisation_id != organisation.pk,
                                  scrutiny=entries.get(standing.response_id, [])))
    return items
