"""Evidence: upload a file or add a link, delete, and download (always as an attachment)."""
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views import View

from rectrack.responses import services
from rectrack.responses.forms import EvidenceFileForm, EvidenceLinkForm
from rectrack.responses.models import Evidence
from rectrack.responses.views.base import ResponseChildFormView, ServiceFormView, visible_response_or_404


class EvidenceFileCreateView(ResponseChildFormView):
    permission = "responses.manage_evidence"
    form_class = EvidenceFileForm
    title = "Upload evidence"
    submit_label = "Upload file"
    success_message = "Evidence uploaded."

    def perform(self, form):
        return services.add_evidence_file(user=self.request.user, response=self.object,
                                          uploaded=form.cleaned_data["file"], title=form.cleaned_data["title"])


class EvidenceLinkCreateView(ResponseChildFormView):
    permission = "responses.manage_evidence"
    form_class = EvidenceLinkForm
    title = "Add a link to evidence"
    submit_label = "Add link"
    success_message = "Link added."

    def perform(self, form):
        return services.add_evidence_link(user=self.request.user, response=self.object,
                                          url=form.cleaned_data["url"], title=form.cleaned_data["title"])


def _visible_evidence(pk, user) -> Evidence:
    evidence = get_object_or_404(Evidence, pk=pk)
    evidence.response = visible_response_or_404(evidence.response_id, user)
    return evidence


class EvidenceDeleteView(ServiceFormView):
    permission = "responses.change_evidence"
    form_class = forms.Form
    template_name = "responses/confirm_delete.html"
    title = "Remove this evidence?"
    submit_label = "Remove evidence"
    success_message = "Evidence removed."

    def load(self):
        return _visible_evidence(self.kwargs["pk"], self.request.user)

    def perform(self, form):
        return services.delete_evidence(user=self.request.user, evidence=self.object)

    def get_success_url(self):
        return self.object.response.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object.response, **kwargs)


class EvidenceFileDownloadView(LoginRequiredMixin, View):
    """Never inline: an attachment, no sniffing, sandboxed if a browser renders it anyway."""

    def get(self, request, pk):
        if not request.user.has_perm("responses.view_evidence_file"):
            raise PermissionDenied("Sign in to download evidence.")
        evidence = _visible_evidence(pk, request.user)
        if evidence.kind != Evidence.Kind.FILE or not evidence.file:
            raise Http404("This evidence has no file.")
        try:
            handle = evidence.file.open("rb")
        except FileNotFoundError:
            raise Http404("The stored file is missing.") from None
        response = FileResponse(handle, as_attachment=True, filename=evidence.filename or "evidence",
                                content_type="application/octet-stream")
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
