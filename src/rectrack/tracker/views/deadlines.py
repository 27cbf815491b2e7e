"""Deadline pages: every owed clock with its state, and the inspectorate's extensions of one recipient's."""
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import TemplateView

from rectrack.complaints.models import Recipient, SuperComplaint
from rectrack.core.forms import add_service_errors
from rectrack.core.vocabulary import CLOCK_LABELS
from rectrack.organisations.models import Organisation
from rectrack.tracker.deadline_rows import STATE_FILTERS, deadline_rows
from rectrack.tracker.deadlines import long_overdue_days
from rectrack.tracker.selectors import cells_for, standings
from rectrack.workflow import services
from rectrack.workflow.forms import ExtensionForm
from rectrack.workflow.selectors import extensions_for
from rectrack.workflow.views import InspectorateMixin


class ExtensionView(InspectorateMixin, TemplateView):
    """The inspectorate extends one recipient's deadlines on a report, with a required reason."""

    template_name = "tracker/extend.html"
    permission = "workflow.grant_extension"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.super_complaint = get_object_or_404(SuperComplaint, slug=kwargs["slug"])
        self.organisation = get_object_or_404(Organisation, pk=kwargs["org_id"])
        self.recipients = list(Recipient.objects.filter(recommendation__super_complaint=self.super_complaint,
                                                        organisation=self.organisation)
                               .select_related("recommendation").order_by("recommendation__order"))

    def get_form(self, data=None):
        recs = [r.recommendation for r in self.recipients]
        return ExtensionForm(data, recommendations=recs,
                             initial={"recommendations": [str(r.pk) for r in recs], "clock": "initial"})

    def get(self, request, *args, **kwargs):
        if not self.recipients:
            raise Http404(f"{self.organisation.name} owes no response to {self.super_complaint}.")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        cells = cells_for(standings(super_complaint=self.super_complaint, organisation=self.organisation),
                          {r.recommendation.pk: r.recommendation for r in self.recipients})
        clocks = {c.recommendation.pk: c.deadlines for c in cells}
        current = [(r.recommendation, clocks.get(r.recommendation.pk, [])) for r in self.recipients]
        return super().get_context_data(
            super_complaint=self.super_complaint,
            organisation=self.organisation,
            form=kwargs.pop("form", None) or self.get_form(),
            current=current,
            extensions=extensions_for(super_complaint=self.super_complaint, organisation=self.organisation),
            nav_section="complaints",
            **kwargs,
        )

    def post(self, request, slug, org_id):
        if not self.recipients:
            raise Http404(f"{self.organisation.name} owes no response to {self.super_complaint}.")
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                granted = services.grant_extensions(
                    user=request.user, recommendations=form.chosen_recommendations(),
                    organisation=self.organisation, clock=form.cleaned_data["clock"],
                    new_due=form.cleaned_data["new_due"], reason=form.cleaned_data["reason"])
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, f"{CLOCK_LABELS[form.cleaned_data['clock']]} deadline extended for "
                                          f"{self.organisation.name} on {len(granted)} recommendation(s).")
                return redirect("tracker:extend", slug=self.super_complaint.slug, org_id=self.organisation.pk)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class DeadlineListView(TemplateView):
    """Every owed clock with its state, filterable by report, organisation, clock and state."""

    template_name = "tracker/deadline_list.html"
    # Pages of a hundred, most urgent first: a national list has tens of thousands of clocks.
    per_page = 100

    def get_context_data(self, **kwargs):
        params = self.request.GET
        complaints = list(SuperComplaint.objects.all())
        super_complaint = next((c for c in complaints if c.slug == params.get("super_complaint")), None)
        organisation = Organisation.objects.filter(pk=params.get("organisation", "")[:100]).first() \
            if params.get("organisation") else None
        state = params.get("state", "") if params.get("state", "") in STATE_FILTERS else ""
        clock = params.get("clock", "") if params.get("clock", "") in CLOCK_LABELS else ""
        rows = deadline_rows(super_complaint=super_complaint, organisation=organisation, state=state, clock=clock)
        page = Paginator(rows, self.per_page).get_page(params.get("page"))
        return super().get_context_data(
            rows=page.object_list,
            page_obj=page,
            total=len(rows),
            complaints=complaints,
            selected={
                "super_complaint": super_complaint.slug if super_complaint else "",
                "organisation": organisation,
                "state": state,
                "clock": clock,
            },
            state_filters=STATE_FILTERS.items(),
            clocks=CLOCK_LABELS.items(),
            can_extend=self.request.user.has_perm("workflow.grant_extension"),
            long_overdue_days=long_overdue_days(),
            nav_section="deadlines",
            **kwargs,
        )


