"""The inspectorate imports a report's recommendations: upload, review the proposals, accept / edit / reject."""
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView, View

from rectrack.complaints.forms import ConfirmForm, RecommendationForm
from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.complaints.views.base import CatalogueFormView
from rectrack.core import uploads
from rectrack.core.audit import StaleEdit
from rectrack.core.forms import GovukFormMixin
from rectrack.core.vocabulary import TextStatus
from rectrack.ingestion import report_import
from rectrack.ingestion.models import ProposalDecision, RecommendationProposal


class ReportUploadForm(GovukFormMixin, forms.Form):
    file = forms.FileField(label="Report", error_messages={"required": "Select the report.",
                                                           "empty": "The selected file is empty.",
                                                           "invalid": "Select the report."})

    def clean_file(self):
        f = self.cleaned_data["file"]
        if uploads.is_too_large(f):
            raise forms.ValidationError(uploads.size_limit_message())
        return f


def review_url(super_complaint) -> str:
    return reverse("ingestion:report_review", args=[super_complaint.slug])


class ReportUploadView(CatalogueFormView):
    """/documents/reports/<slug>/upload/"""

    form_class = ReportUploadForm
    template_name = "ingestion/report_import/upload.html"
    title = "Import recommendations from a report"
    submit_label = "Read the report"

    def load(self):
        self.get_sc()
        return None

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["file"].help_text = (f"{uploads.accepted_list(report_import.REPORT_FORMATS)}, smaller than "
                                         f"{uploads.human_size(uploads.max_upload_bytes())}.")
        form.fields["file"].widget.attrs["accept"] = uploads.accept_attribute(report_import.REPORT_FORMATS)
        return form

    def perform(self, form):
        upload = form.cleaned_data["file"]
        return report_import.propose(user=self.request.user, super_complaint=self.super_complaint, source=upload,
                                     filename=upload.name)

    def get_success_message(self):
        n = len(self.result)
        return f"rectrack read {n} recommendation{'s' if n != 1 else ''}. Review each one below."

    def get_success_url(self):
        return review_url(self.super_complaint)


class ReportReviewView(LoginRequiredMixin, TemplateView):
    """/documents/reports/<slug>/: every proposal beside what the catalogue has for its number."""

    template_name = "ingestion/report_import/review.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(report_import.PERMISSION):
            raise PermissionDenied("You do not have permission to do this.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        super_complaint = get_object_or_404(SuperComplaint, slug=self.kwargs["slug"])
        rows = report_import.review_rows(super_complaint)
        return super().get_context_data(
            **kwargs,
            super_complaint=super_complaint,
            rows=rows,
            nav_section="complaints",
            pending=ProposalDecision.PENDING.value,
            waiting=sum(1 for r in rows if r.proposal.decision == ProposalDecision.PENDING),
        )


class DecisionView(LoginRequiredMixin, View):
    """POST only: accept or reject one proposal; an error goes back to the review page, nothing changed."""

    http_method_names = ["post"]

    def post(self, request, slug, pk):
        if not request.user.has_perm(report_import.PERMISSION):
            raise PermissionDenied("You do not have permission to do this.")
        proposal = get_object_or_404(RecommendationProposal, pk=pk, super_complaint__slug=slug)
        form = ConfirmForm(request.POST)
        try:
            if not form.is_valid():
                raise ValidationError("This form is out of date or incomplete: reload the page and try again.")
            messages.success(request, self.decide(proposal, form.expected_version()))
        except StaleEdit as e:
            messages.error(request, f"Recommendation {proposal.number}: {e} Nothing was changed; review it again.")
        except ValidationError as e:
            messages.error(request, f"Recommendation {proposal.number} was not saved: {' '.join(e.messages)}")
        return redirect(f"{review_url(proposal.super_complaint)}#proposal-{proposal.pk}")

    def decide(self, proposal, version) -> str:
        raise NotImplementedError


class AcceptView(DecisionView):
    def decide(self, proposal, version):
        report_import.accept(user=self.request.user, proposal=proposal, catalogue_version=version)
        return f"Recommendation {proposal.number} is in the catalogue. Everyone it is addressed to now owes a response."


class RejectView(DecisionView):
    def decide(self, proposal, version):
        report_import.reject(user=self.request.user, proposal=proposal)
        return f"Recommendation {proposal.number} was rejected: the catalogue is unchanged."


class EditProposalView(CatalogueFormView):
    """/documents/reports/<slug>/<pk>/edit/: the catalogue's recommendation form, pre-filled with the proposal."""

    form_class = RecommendationForm
    template_name = "ingestion/report_import/edit.html"
    title = "Edit and accept the recommendation"
    submit_label = "Save to the catalogue"

    def load(self):
        self.proposal = get_object_or_404(RecommendationProposal, pk=self.kwargs["pk"],
                                          super_complaint=self.get_sc())
        self.current = Recommendation.objects.filter(
            super_complaint=self.super_complaint, number=self.proposal.number
        ).first()
        return None

    def get(self, request, *args, **kwargs):
        if self.proposal.decision != ProposalDecision.PENDING:
            messages.info(request, f"Recommendation {self.proposal.number} was already decided.")
            return redirect(review_url(self.super_complaint))
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        data = report_import.proposal_data(self.proposal, self.current)
        return {**data, "named_bodies": [o.pk for o in data["named_bodies"]],
                "version": self.current.version if self.current else None}

    def perform(self, form):
        return report_import.accept_edited(user=self.request.user, proposal=self.proposal, data=form.service_data(),
                                           catalogue_version=form.expected_version())

    def back_url(self):
        return review_url(self.super_complaint)

    def get_success_message(self):
        return f"Recommendation {self.result.number} is in the catalogue."

    def get_success_url(self):
        return review_url(self.super_complaint)

    def get_context_data(self, **kwargs):
        return super().get_context_data(proposal=self.proposal, current=self.current,
                                        unknown=TextStatus.UNKNOWN, **kwargs)
