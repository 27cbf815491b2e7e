"""Workflow pages: thin views over ``rectrack.workflow.services`` and ``selectors``."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.audit import StaleEdit
from rectrack.core.forms import add_service_errors
from rectrack.core.vocabulary import LABELS, WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses.selectors import visible_responses
from rectrack.workflow import services, transitions
from rectrack.workflow.forms import DeadlineSettingsForm, TransitionForm
from rectrack.workflow.models import DeadlineSettingChange
from rectrack.workflow.selectors import extensions_for, reminder_log

# The inspectorate's decisions on what it read: the button must say which version that was (ADR 0012, 0021).
DECISIONS = {WorkflowState.PUBLISHED, WorkflowState.RETURNED, WorkflowState.WITHDRAWN}


def _safe_next(request, candidate: str, default: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return default


def _response_url(response) -> str:
    try:
        return response.get_absolute_url()
    except NoReverseMatch:  # the responses pages are not mounted
        return reverse("tracker:deadline_list")


class TransitionView(LoginRequiredMixin, TemplateView):
    """POST only: move one response through the workflow. Errors re-render a small form page (400)."""

    template_name = "workflow/transition.html"
    http_method_names = ["post"]

    def post(self, request, pk):
        response = get_object_or_404(visible_responses(request.user).select_related(
            "recommendation__super_complaint", "organisation"), pk=pk)
        if not response.v_internal:
            raise Http404("No such response")
        form = TransitionForm(request.POST)
        back = _safe_next(request, request.POST.get("next", ""), _response_url(response))
        if form.is_valid():
            try:
                to_state = form.cleaned_data["to_state"]
                record = services.transition(request.user, response, to_state, form.cleaned_data["comment"],
                                             form.cleaned_data["version"], require_version=to_state in DECISIONS)
            except StaleEdit as e:
                # Submitting again from this page decides on the current version, knowingly.
                form.data = form.data.copy()
                form.data["version"] = str(e.current_version)
                form.add_error(None, e)
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
        self.super_complaint = get_object_or_404(SuperComplaint, slug=kwargs["slug"])
        self.recommendations = list(
            Recommendation.objects.filter(super_complaint=self.super_complaint).order_by("order")
        )

    def get_form(self, data=None):
        initial = {"initial_response_days": self.super_complaint.initial_response_days,
                   "initial_response_due_override": self.super_complaint.initial_response_due_override}
        initial |= {f"update_due_{r.pk}": r.update_due for r in self.recommendations}
        initial["started_from"] = self.digest()
        return DeadlineSettingsForm(data, initial=initial, recommendations=self.recommendations)

    def digest(self) -> str:
        return services.deadline_settings_digest(self.super_complaint, self.recommendations)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            super_complaint=self.super_complaint, form=kwargs.pop("form", None) or self.get_form(),
            changes=DeadlineSettingChange.objects.filter(super_complaint=self.super_complaint)
            .select_related("recommendation", "changed_by")[:100],
            extensions=extensions_for(super_complaint=self.super_complaint)[:200],
            recipients=Organisation.objects.filter(recipient_of__recommendation__super_complaint=self.super_complaint)
            .distinct().order_by("name"),
            nav_section="complaints", **kwargs)

    def post(self, request, slug):
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                changed = services.update_deadline_settings(
                    user=request.user, super_complaint=self.super_complaint,
                    initial_response_days=form.cleaned_data["initial_response_days"],
                    initial_response_due_override=form.cleaned_data["initial_response_due_override"],
                    update_dues=form.update_dues(), reason=form.cleaned_data["reason"],
                    started_from=form.cleaned_data["started_from"] or None)
            except ValidationError as e:
                if getattr(e, "code", None) == "stale":
                    # Keep their entries, start from the current settings: saving again applies them knowingly.
                    form.data = form.data.copy()
                    form.data["started_from"] = self.digest()
                add_service_errors(form, e)
            else:
                messages.success(request, "Deadlines saved." if changed else "No deadlines changed.")
                return redirect("workflow:deadlines", slug=self.super_complaint.slug)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ReminderLogView(InspectorateMixin, TemplateView):
    """The escalation log: every reminder event sent, newest first."""

    template_name = "workflow/reminders.html"
    permission = "workflow.view_reminders"

    def get_context_data(self, **kwargs):
        organisation = Organisation.objects.filter(pk=self.request.GET.get("organisation", "")[:100]).first()
        return super().get_context_data(entries=reminder_log(organisation=organisation), organisation=organisation,
                                        nav_section="complaints", **kwargs)
