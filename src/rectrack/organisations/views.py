"""The organisations that owe responses (grouped by kind) and one organisation's responses."""
from itertools import groupby
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from rectrack.organisations.forms import RegionFilterForm
from rectrack.organisations.models import Organisation
from rectrack.responses.selectors import organisation_responses

KIND_HEADINGS = {
    Organisation.Kind.FORCE: "Police forces",
    Organisation.Kind.POLICING_BODY: "Police and crime commissioners and equivalents",
    Organisation.Kind.NATIONAL: "National bodies",
    Organisation.Kind.DESIGNATED_BODY: "Designated bodies",
}


class OrganisationListView(TemplateView):
    template_name = "organisations/list.html"

    def get_context_data(self, **kwargs):
        organisations = list(Organisation.objects.select_related("oversees"))
        regions = sorted({o.region for o in organisations if o.region})
        form = RegionFilterForm(self.request.GET or None, regions=regions)
        region = form.cleaned_data["region"] if form.is_bound and form.is_valid() else ""
        shown = [o for o in organisations if not region or o.region == region]
        groups = [(kind, KIND_HEADINGS[kind], [o for o in shown if o.kind == kind]) for kind in Organisation.Kind.values]
        return super().get_context_data(
            groups=[g for g in groups if g[2]], filter_form=form, region=region, count=len(shown),
            nav_section="organisations", **kwargs,
        )


class OrganisationDetailView(TemplateView):
    template_name = "organisations/detail.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        organisation = get_object_or_404(Organisation.objects.select_related("oversees"), pk=kwargs["org_id"])
        cells = organisation_responses(organisation, user=user)
        by_complaint = [(sc, list(group)) for sc, group in groupby(cells, key=lambda c: c.recommendation.super_complaint)]
        can_add = bool(user.is_authenticated and user.has_perm("responses.add_response_for", organisation))
        return super().get_context_data(
            organisation=organisation,
            overseen_by=list(organisation.overseen_by.all()),
            raised=list(organisation.super_complaints_raised.all()),
            by_complaint=by_complaint,
            answered=sum(1 for c in cells if c.response is not None),
            owed=len(cells),
            deadline_cells=cells,  # read by the deadlines hook: the clocks are computed once per request
            can_add=can_add,
            export_query=urlencode({"organisation": organisation.pk}),
            nav_section="organisations",
            **kwargs,
        )
