"""The inspectorate's assessment, the designated bodies' adequacy views and 'no response published' checks."""
from django.http import Http404
from django.shortcuts import get_object_or_404

from rectrack.complaints.models import SuperComplaint
from rectrack.core.views import ServiceFormView
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.forms import AdequacyForm, AssessmentForm, NoResponseCheckForm
from rectrack.responses.models import AdequacyView, Assessment
from rectrack.responses.views.base import ResponseChildFormView, visible_response_or_404


class AssessmentView(ResponseChildFormView):
    permission = "responses.assess_response"
    template_name = "responses/assessment_form.html"
    form_class = AssessmentForm
    title = "Assess the response"
    submit_label = "Save assessment"
    success_message = "Assessment saved."

    @property
    def requires_version(self) -> bool:  # changing an assessment names the version it started from
        return Assessment.objects.filter(response=self.object).exists()

    def get_initial(self):
        assessment = Assessment.objects.filter(response=self.object).first()
        if assessment is None:
            return {}
        return {"status": assessment.status, "comment": assessment.comment, "version": assessment.version}

    def get_context_data(self, **kwargs):
        # The assessment is made with the response, its actions and its evidence in view.
        return super().get_context_data(actions=list(self.object.actions.all()),
                                        evidence=list(self.object.evidence.all()), **kwargs)

    def perform(self, form):
        return services.set_assessment(user=self.request.user, response=self.object, **form.service_data(),
                                       expected_version=form.expected_version())


class AdequacyViewFormView(ResponseChildFormView):
    permission = "responses.record_adequacy"
    form_class = AdequacyForm
    title = "Record your view of this response"
    submit_label = "Save your view"
    success_message = "Your view has been recorded."

    def load(self):
        # Designated bodies judge the published version: they never see the working copy.
        return visible_response_or_404(self.kwargs["pk"], self.request.user)

    @property
    def requires_version(self) -> bool:
        return AdequacyView.objects.filter(
            response=self.object, designated_body_id=self.request.user.organisation_id
        ).exists()

    def get_initial(self):
        view = AdequacyView.objects.filter(
            response=self.object, designated_body_id=self.request.user.organisation_id
        ).first()
        return {"verdict": view.verdict, "comment": view.comment, "version": view.version} if view else {}

    def perform(self, form):
        return services.record_adequacy(user=self.request.user, response=self.object, **form.service_data(),
                                        expected_version=form.expected_version())


class NoResponseCheckView(ServiceFormView):
    """/responses/no-response-checks/new/?super_complaint=<slug>&organisation=<id>"""

    permission = "responses.record_no_response"
    form_class = NoResponseCheckForm
    template_name = "responses/no_response_form.html"
    title = "Record that no response was published"
    submit_label = "Save check"
    success_message = "Check recorded."

    def load(self):
        slug, org_id = self.request.GET.get("super_complaint", ""), self.request.GET.get("organisation", "")
        if not slug or not org_id:
            raise Http404("Say which super-complaint and organisation were checked.")
        self.super_complaint = get_object_or_404(SuperComplaint, slug=slug)
        return get_object_or_404(Organisation, pk=org_id)

    def perform(self, form):
        return services.record_no_response(user=self.request.user, super_complaint=self.super_complaint,
                                           organisation=self.object, **form.cleaned_data)

    def get_success_url(self):
        return self.super_complaint.get_absolute_url() + "#non-responders"

    def get_context_data(self, **kwargs):
        return super().get_context_data(super_complaint=self.super_complaint, organisation=self.object, **kwargs)
