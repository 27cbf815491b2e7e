"""Evidence: upload a file or add a link, delete, and download (always as an attachment)."""
from django import forms
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views import View

from rectrack.core.forms import VersionedForm
from rectrack.core.views import ServiceFormView
from rectrack.responses import services
from rectrack.responses.forms import EvidenceFileForm, EvidenceLinkForm
from rectrack.responses.models import Evidence, evidence_upload_to
from rectrack.responses.selectors import published_evidence_file
from rectrack.responses.views.base import ResponseChildFormView, internal_response_or_404


class EvidenceFileCreateView(ResponseChildFormView):
    permission = "responses.manage_evidence"
    form_class = EvidenceFileForm
    title = "Upload evidence"
    submit_label = "Upload file"
    success_message = "Evidence uploaded."

    def perform(self, form):
        return services.add_evidence_file(user=self.request.user, response=self.object,
                                          uploaded=form.cleaned_data["file"], title=form.cleaned_data["title"],
                                          public=form.cleaned_data["public"])


class EvidenceLinkCreateView(ResponseChildFormView):
    permission = "responses.manage_evidence"
    form_class = EvidenceLinkForm
    title = "Add a link to evidence"
    submit_label = "Add link"
    success_message = "Link added."

    def perform(self, form):
        return services.add_evidence_link(user=self.request.user, response=self.object,
                                          url=form.cleaned_data["url"], title=form.cleaned_data["title"],
                                          public=form.cleaned_data["public"])


def _internal_evidence(pk, user) -> Evidence:
    evidence = get_object_or_404(Evidence, pk=pk)
    evidence.response = internal_response_or_404(evidence.response_id, user)
    return evidence


class EvidenceMixin:
    permission = "responses.change_evidence"
    template_name = "responses/confirm_delete.html"

    def load(self):
        return _internal_evidence(self.kwargs["pk"], self.request.user)

    def get_success_url(self):
        return self.object.response.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object.response, **kwargs)


class EvidenceDeleteView(EvidenceMixin, ServiceFormView):
    requires_version = True
    form_class = VersionedForm
    title = "Remove this evidence?"
    submit_label = "Remove evidence"
    success_message = "Evidence removed."

    def perform(self, form):
        return services.delete_evidence(user=self.request.user, evidence=self.object,
                                        expected_version=form.expected_version())


class EvidencePublicForm(VersionedForm):
    public = forms.BooleanField(required=False, widget=forms.HiddenInput)


class EvidencePublicView(EvidenceMixin, ServiceFormView):
    """Mark evidence public (it goes out with the next publication) or internal again."""

    requires_version = True
    form_class = EvidencePublicForm
    success_message = "Evidence updated: the change reaches the public record with the next publication."

    @property
    def title(self):
        return "Make this evidence internal?" if self.object.public else "Publish this evidence with the response?"

    @property
    def submit_label(self):
        return "Make internal" if self.object.public else "Mark as public"

    def get_initial(self):
        return {**super().get_initial(), "public": not self.object.public}

    def perform(self, form):
        return services.set_evidence_public(user=self.request.user, evidence=self.object,
                                            public=form.cleaned_data["public"],
                                            expected_version=form.expected_version())


def _attachment(handle, filename: str, *, private: bool) -> FileResponse:
    """Never inline: an attachment, no sniffing, sandboxed if a browser renders it anyway."""
    response = FileResponse(handle, as_attachment=True, filename=filename or "evidence",
                            content_type="application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store" if private else "public, max-age=300"
    return response


class EvidenceFileDownloadView(View):
    """A working copy's evidence file, for those who may read the working copy (others: 404)."""

    def get(self, request, pk):
        evidence = get_object_or_404(Evidence.objects.select_related("response"), pk=pk)
        if not request.user.has_perm("responses.view_evidence_file", evidence):
            raise Http404("No such evidence.")
        if evidence.kind != Evidence.Kind.FILE or not evidence.file:
            raise Http404("This evidence has no file.")
        try:
            handle = evidence.file.open("rb")
        except FileNotFoundError:
            raise Http404("The stored file is missing.") from None
        return _attachment(handle, evidence.filename, private=True)


class PublishedEvidenceFileView(View):
    """/responses/<pk>/published-evidence/<id>/: a file the current published version lists as public
    evidence, for anyone (served by its hash, so it stays what was published while a revision is under way)."""

    def get(self, request, pk, evidence_id):
        entry = published_evidence_file(pk, evidence_id)
        if entry is None:
            raise Http404("No such published evidence.")
        field = Evidence._meta.get_field("file")
        try:
            handle = field.storage.open(evidence_upload_to(None, entry["sha256"]), "rb")
        except (FileNotFoundError, KeyError):
            raise Http404("The stored file is missing.") from None
        return _attachment(handle, entry.get("filename") or "evidence", private=False)
