"""One organisation: everything it owes, across super-complaints, with its answers and deadlines."""
from itertools import groupby
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from rectrack.core.vocabulary import JointStatus
from rectrack.organisations.models import Organisation
from rectrack.responses.models import JointLink
from rectrack.tracker.deadline_rows import deadline_rows_from_cells
from rectrack.tracker.selectors import organisation_cells, with_details


class OrganisationDetailView(TemplateView):
    template_name = "tracker/organisation.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        organisation = get_object_or_404(Organisation.objects.select_related("oversees"), pk=kwargs["org_id"])
        cells = with_details(organisation_cells(organisation, user=user))
        by_complaint = [
            (super_complaint, list(group))
            for super_complaint, group in groupby(cells, key=lambda c: c.recommendation.super_complaint)
        ]
        can_add = bool(user.is_authenticated and user.has_perm("responses.add_response_for", organisation))
        deadlines = deadline_rows_from_cells(cells)
        # Joint answers offered to this body and waiting for its decision: only its own editors decide.
        decides = bool(user.is_authenticated and getattr(user, "organisation_id", None) == organisation.pk
                       and user.is_org_editor)
        requests = list(JointLink.objects.filter(organisation=organisation, status=JointStatus.PENDING)
                        .select_related("response__organisation", "response__recommendation__super_complaint")
                        .order_by("requested_at")) if decides else []
        return super().get_context_data(
            organisation=organisation,
            overseen_by=list(organisation.overseen_by.all()),
            raised=list(organisation.super_complaints_raised.all()),
            by_complaint=by_complaint,
            answered=sum(1 for c in cells if c.response is not None),
            owed=len(cells),
            open_deadlines=[r for r in deadlines if r.clock.is_open],
            met_deadlines=sum(1 for r in deadlines if r.clock.state == "met"),
            unset_deadlines=sum(1 for r in deadlines if r.clock.state == "none"),
            can_extend=user.has_perm("workflow.grant_extension"),
            joint_requests=requests,
            can_add=can_add,
            export_query=urlencode({"organisation": organisation.pk}),
            nav_section="organisations",
            **kwargs,
        )
