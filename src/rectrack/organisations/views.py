"""The organisations that owe responses, grouped by kind (one organisation's page is the tracker's)."""
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView

from rectrack.core.views import ServiceFormView
from rectrack.organisations import services
from rectrack.organisations.forms import PairForm, RegionFilterForm
from rectrack.organisations.models import Organisation, Pairing

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
        groups = [
            (kind, KIND_HEADINGS[kind], [o for o in shown if o.kind == kind]) for kind in Organisation.Kind.values
        ]
        return super().get_context_data(
            groups=[g for g in groups if g[2]], filter_form=form, region=region, count=len(shown),
            nav_section="organisations", **kwargs,
        )


class PairsView(ServiceFormView):
    """/organisations/<id>/pairs/: the bodies an organisation is paired with for joint answers; the inspectorate
    links another or removes a link."""

    permission = "organisations.link_pair"
    form_class = PairForm
    template_name = "organisations/pairs.html"
    title = "Pairs for joint answers"
    submit_label = "Link"
    nav_section = "organisations"

    def load(self):
        return get_object_or_404(Organisation, pk=self.kwargs["org_id"])

    def permission_object(self):
        return None

    def get_initial(self):
        return {}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisation": self.object}

    def post(self, request, *args, **kwargs):
        if "unlink" in request.POST:
            pairing = get_object_or_404(Pairing, pk=request.POST.get("unlink", "0") if request.POST.get(
                "unlink", "").isdigit() else 0)
            services.unlink_pair(user=request.user, pairing=pairing)
            messages.success(request, "Link removed.")
            return redirect(self.get_success_url())
        return super().post(request, *args, **kwargs)

    def perform(self, form):
        return services.link_pair(user=self.request.user, first=self.object, second=form.cleaned_data["other"],
                                  reason=form.cleaned_data["reason"])

    def get_success_message(self):
        return (
            f"{self.object.name} and {self.result.first if self.result.second == self.object else self.result.second} "
            "are linked for joint answers."
        )

    def get_success_url(self):
        return reverse("organisations:pairs", args=[self.object.pk])

    def get_context_data(self, **kwargs):
        org = self.object
        pairings = list(Pairing.objects.filter(Q(first=org) | Q(second=org)).select_related("first", "second"))
        return super().get_context_data(
            organisation=org, pairings=[(p, p.second if p.first_id == org.pk else p.first) for p in pairings],
            overseen=[o for o in (org.oversees,) if o] + list(org.overseen_by.all()), **kwargs)
