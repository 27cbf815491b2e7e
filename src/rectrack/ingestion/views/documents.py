from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import FormView, ListView, TemplateView, View

from rectrack.core import uploads
from rectrack.ingestion import leases, selectors, services, sources
from rectrack.ingestion.forms import AddressForm, ReassignSelectForm, UploadForm
from rectrack.ingestion.models import Document
from rectrack.ingestion.views.base import DocumentPermissionMixin, PermissionMixin


class DocumentListView(PermissionMixin, ListView):
    permission_required = "ingestion.view_extraction"
    template_name = "ingestion/document_list.html"
    context_object_name = "documents"
    paginate_by = 50

    def get_queryset(self):
        leases.sweep_quietly()  # a job whose worker died shows as failed here, not as running for ever
        return selectors.document_list()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, nav_section="documents",
                                        can_upload=self.request.user.has_perm(services.UPLOAD_PERM))


class UploadView(PermissionMixin, FormView):
    permission_required = services.UPLOAD_PERM
    template_name = "ingestion/upload.html"
    form_class = UploadForm

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            stored = services.store_document(user=self.request.user, source=upload, filename=upload.name,
                                             source_url=form.cleaned_data["source_url"])
        except ValidationError as e:
            for field, errors in e.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        return self._stored(stored)

    def _stored(self, stored, fetched: bool = False):
        document = stored.document
        if stored.failed_before:
            messages.info(self.request, f"This file was uploaded before as “{document.filename}” and rectrack "
                                        f"could not read it. You can retry the extraction.")
            return redirect("ingestion:retry", document.pk)
        if not stored.created:
            messages.info(self.request, f"This file was already uploaded as “{document.filename}”: "
                                        f"nothing has changed.")
            return redirect("ingestion:document", document.pk)
        messages.success(self.request, f"“{document.filename}” was {'fetched' if fetched else 'uploaded'}. "
                                       f"Its extraction is queued.")
        return redirect("ingestion:job", stored.job.pk)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("address_form", AddressForm())
        return super().get_context_data(
            **kwargs, max_size=uploads.human_size(uploads.max_upload_bytes()), nav_section="documents",
            accepted=uploads.accepted_list(uploads.DOCUMENT_FORMATS),
            accept=uploads.accept_attribute(uploads.DOCUMENT_FORMATS),
        )


class FetchView(UploadView):
    """The upload page's second form: fetch the document from a web address (ADR 0018)."""

    def get(self, request, *args, **kwargs):
        return redirect("ingestion:upload")

    def post(self, request, *args, **kwargs):
        form = AddressForm(request.POST)
        if form.is_valid():
            try:
                stored = sources.store_from_address(user=request.user, url=form.cleaned_data["url"])
            except ValidationError as e:
                for field, errors in e.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                return self._stored(stored, fetched=True)
        return self.render_to_response(self.get_context_data(form=UploadForm(), address_form=form))


class DocumentView(DocumentPermissionMixin, TemplateView):
    permission_required = "ingestion.view_document"
    template_name = "ingestion/document.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        can_view_extraction = user.has_perm("ingestion.view_extraction")
        if can_view_extraction:
            leases.sweep_quietly()
        document = selectors.get_document(self.kwargs["pk"])
        latest = services.latest_job(document)
        can_review = user.has_perm(services.REVIEW_PERM)
        return super().get_context_data(
            **kwargs, document=document, latest_job=latest,
            can_view_extraction=can_view_extraction,
            can_review=can_review, nav_section="documents",
            can_retry=user.has_perm(services.RETRY_PERM, document) and services.retryable(document, latest),
            unrecognised=services.unrecognised(document, latest),
            # Moving to another super-complaint (ADR 0019): offered once a reading has finished.
            reassign_form=ReassignSelectForm(initial={"super_complaint": document.super_complaint})
            if can_review and latest is not None and not latest.active else None,
            can_delete=user.has_perm(services.DELETE_PERM, document),
            can_refetch=user.has_perm(sources.FETCH_PERM, document) and sources.refetchable(document),
            newer=document.next_versions.order_by("-pk").first(),
        )


class RefetchView(PermissionMixin, View):
    """Fetch a document's address again now (the button on the document page; POST only)."""

    permission_required = sources.FETCH_PERM

    def post(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        try:
            result = sources.refetch_document(user=request.user, document=document)
        except ValidationError as e:
            for message in e.messages:
                messages.error(request, message)
            return redirect("ingestion:document", document.pk)
        if result.outcome == sources.Refetched.CHANGED:
            messages.success(request, result.message)
            return redirect("ingestion:document", result.new.pk)
        messages.info(request, result.message)
        return redirect("ingestion:document", document.pk)


class RetryView(PermissionMixin, TemplateView):
    """Confirm, then queue a new extraction of a document whose latest one failed."""

    permission_required = services.RETRY_PERM
    template_name = "ingestion/confirm_retry.html"

    def get_context_data(self, **kwargs):
        document = get_object_or_404(Document, pk=self.kwargs["pk"])
        return super().get_context_data(**kwargs, document=document, latest_job=services.latest_job(document),
                                        nav_section="documents")

    def post(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        try:
            job = services.retry_extraction(user=request.user, document=document)
        except ValidationError as e:
            for message in e.messages:
                messages.error(request, message)
            return redirect("ingestion:document", document.pk)
        messages.success(request, f"The extraction of “{document.filename}” is queued again.")
        return redirect("ingestion:job", job.pk)


class DeleteView(PermissionMixin, TemplateView):
    """Confirm, then delete a document with its jobs and unreviewed answers (or say why it must stay)."""

    permission_required = services.DELETE_PERM
    template_name = "ingestion/confirm_delete.html"

    def get_context_data(self, **kwargs):
        document = get_object_or_404(Document, pk=self.kwargs["pk"])
        return super().get_context_data(
            **kwargs, document=document, blockers=services.deletion_blockers(document),
            answer_count=document.answers.count(), job_count=document.jobs.count(), nav_section="documents",
        )

    def post(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        try:
            services.delete_document(user=request.user, document=document)
        except ValidationError:
            return self.render_to_response(self.get_context_data())  # the page lists the reasons
        messages.success(request, f"“{document.filename}” was deleted.")
        return redirect("ingestion:list")


class DownloadView(DocumentPermissionMixin, View):
    """The stored file, always as an attachment: never rendered by the browser."""

    permission_required = "ingestion.view_document"

    def get(self, request, pk):
        document = self.document
        response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename,
                                content_type="application/octet-stream")
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
