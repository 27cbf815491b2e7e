"""Workflow pages: thin views over ``rectrack.workflow.services`` and ``selectors``."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView

from rectrack.complaints.deadlines import CLOCK_LABELS, long_overdue_days, pair_deadlines
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.forms import add_service_errors
from rectrack.responses.selectors import visible_responses
from rectrack.vocabulary import LABELS
from rectrack.workflow import services, transitions
from rectrack.workflow.forms import DeadlineSettingsForm, ExtensionForm, TransitionForm
from rectrack.workflow.models import DeadlineSettingChange
from rectrack.workflow.selectors import STATE_FILTERS, deadline_rows, extensions_for, reminder_log


def _safe_next(request, candidate: str, default: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return default


def _response_url(response) -> str:
    try:
        return response.get_absolute_url()
    except NoReverseMatch:  # the responses pages are not mounted
        return reverse("workflow:deadline_list")


class TransitionView(LoginRequiredMixin, TemplateView):
    """POST only: move one response through the workflow. Errors re-render a small form page (400)."""

    template_name = "workflow/transition.html"
    http_method_names = ["post"]

    def post(self, request, pk):
        response = get_object_or_404(visible_responses(request.user).select_related(
            "recommendation__super_complaint", "organisation"), pk=pk)
        form = TransitionForm(request.POST)
        back = _safe_next(request, request.POST.get("next", ""), _response_url(response))
        if form.is_valid():
            try:
                record = services.transition(request.user, response, form.cleaned_data["to_state"],
                                             form.cleaned_data["comment"])
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, f"{transitions.BY_NAME[record.name].label}: done. "
                                          f"The response is now {LABELS[record.to_state].lower()}.")
                return redirect(back)
        rule = transitions.find(response.state, request.POST.get("to_state", ""))
        return self.render_to_response(
            self.get_context_data(form=form, response=response, rule=rule, back=back), status=400)


class InspectorateMixin(LoginRequiredMixin):
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(self.permission):
            raise PermissionDenied("Only the inspectorate can change deadlines.")
        return super().dispatch(request, *args, **kwargs)


class DeadlineSettingsView(InspectorateMixin, TemplateView):
    """The inspectorate edits a report's clocks: initial days or date, and each recommendation's update date."""

    template_name = "workflow/deadline_settings.html"
    permission = "workflow.change_deadlines"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.sc = get_object_or_404(SuperComplaint, slug=kwargs["slug"])
        self.recommendations = list(Recommendation.objects.filter(super_complaint=self.sc).order_by("order"))

    def get_form(self, data=None):
        initial = {"initial_response_days": self.sc.initial_response_days,
                   "initial_response_due_override": self.sc.initial_response_due_override}
        initial |= {f"update_due_{r.pk}": r.update_due for r in self.recommendations}
        return DeadlineSettingsForm(data, initial=initial, recommendations=self.recommendations)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            sc=self.sc, form=kwargs.pop("form", None) or self.get_form(),
            changes=DeadlineSettingChange.objects.filter(super_complaint=self.sc)
            .select_related("recommendation", "changed_by")[:100],
            extensions=extensions_for(super_complaint=self.sc)[:200],
            recipients=Organisation.objects.filter(recipient_of__recommendation__super_complaint=self.sc)
            .distinct().order_by("name"),
            nav_section="complaints", **kwargs)

    def post(self, request, slug):
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                changed = services.update_deadline_settings(
                    user=request.user, super_complaint=self.sc,
                    initial_response_days=form.cleaned_data["initial_response_days"],
                    initial_response_due_override=form.cleaned_data["initial_response_due_override"],
                    update_dues=form.update_dues(), reason=form.cleaned_data["reason"])
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, "Deadlines saved." if changed else "No deadlines changed.")
                return redirect("workflow:deadlines", slug=self.sc.slug)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ExtensionView(InspectorateMixin, TemplateView):
    """The inspectorate extends one recipient's deadlines on a report, with a required reason."""

    template_name = "workflow/extend.html"
    permission = "workflow.grant_extension"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.sc = get_object_or_404(SuperComplaint, slug=kwargs["slug"])
        self.organisation = get_object_or_404(Organisation, pk=kwargs["org_id"])
        self.recipients = list(Recipient.objects.filter(recommendation__super_complaint=self.sc,
                                                        organisation=self.organisation)
                               .select_related("recommendation").order_by("recommendation__order"))

    def get_form(self, data=None):
        recs = [r.recommendation for r in self.recipients]
        return ExtensionForm(data, recommendations=recs,
                             initial={"recommendations": [str(r.pk) for r in recs], "clock": "initial"})

    def get(self, request, *args, **kwargs):
        if not self.recipients:
            raise Http404(f"{self.organisation.name} owes no response to {self.sc}.")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        states = pair_deadlines([(r.recommendation, self.organisation.pk) for r in self.recipients])
        current = [(r.recommendation, states.get((r.recommendation.pk, self.organisation.pk), []))
                   for r in self.recipients]
        return super().get_context_data(
            sc=self.sc, organisation=self.organisation, form=kwargs.pop("form", None) or self.get_form(),
            current=current, extensions=extensions_for(super_complaint=self.sc, organisation=self.organisation),
            nav_section="complaints", **kwargs)

    def post(self, request, slug, org_id):
        if not self.recipients:
            raise Http404(f"{self.organisation.name} owes no response to {self.sc}.")
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
                return redirect("workflow:extend", slug=self.sc.slug, org_id=self.organisation.pk)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class DeadlineListView(TemplateView):
    """Every owed clock with its state, filterable by report, organisation, clock and state."""

    template_name = "workflow/deadline_list.html"
    limit = 1000

    def get_context_data(self, **kwargs):
        params = self.request.GET
        complaints = list(SuperComplaint.objects.all())
        sc = next((c for c in complaints if c.slug == params.get("super_complaint")), None)
        organisation = Organisation.objects.filter(pk=params.get("organisation", "")[:100]).first() \
            if params.get("organisation") else None
        state = params.get("state", "") if params.get("state", "") in STATE_FILTERS else ""
        clock = params.get("clock", "") if params.get("clock", "") in CLOCK_LABELS else ""
        rows = deadline_rows(super_complaint=sc, organisation=organisation, state=state, clock=clock)
        return super().get_context_data(
            rows=rows[: self.limit], total=len(rows), limited=len(rows) > self.limit, complaints=complaints,
            selected={"super_complaint": sc.slug if sc else "", "organisation": organisation, "state": state,
                      "clock": clock},
            state_filters=STATE_FILTERS.items(), clocks=CLOCK_LABELS.items(),
            can_extend=self.request.user.has_perm("workflow.grant_extension"), long_overdue_days=long_overdue_days(),
            nav_section="deadlines", **kwargs)


class ReminderLogView(InspectorateMixin, TemplateView):
    """The escalation log: every reminder event sent, newest first."""

    template_name = "workflow/reminders.html"
    permission = "workflow.view_reminders"

    def get_context_data(self, **kwargs):
        organisation = Organisation.objects.filter(pk=self.request.GET.get("organisation", "")[:100]).first()
        return super().get_context_data(entries=reminder_log(organisation=organisation), organisation=organisation,
                                        nav_section="complaints", **kwargs)
