from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import FormView, ListView, TemplateView, View

from rectrack.ingestion import selectors, services
from rectrack.ingestion.forms import UploadForm
from rectrack.ingestion.models import Document
from rectrack.ingestion.views.base import PermissionMixin


class DocumentListView(PermissionMixin, ListView):
    permission_required = "ingestion.view_extraction"
    template_name = "ingestion/document_list.html"
    context_object_name = "documents"
    paginate_by = 50

    def get_queryset(self):
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
        if not stored.created:
            messages.info(self.request, f"This file was already uploaded as “{stored.document.filename}”: "
                                        f"nothing has changed.")
            return redirect("ingestion:document", stored.document.pk)
        messages.success(self.request, f"“{stored.document.filename}” was uploaded. Its extraction is queued.")
        return redirect("ingestion:job", stored.job.pk)

    def get_context_data(self, **kwargs):
        limit = services.max_upload_bytes() / (1024 * 1024)
        return super().get_context_data(**kwargs, max_megabytes=f"{limit:g}", nav_section="documents")


class DocumentView(PermissionMixin, TemplateView):
    permission_required = "ingestion.view_document"
    template_name = "ingestion/document.html"

    def get_context_data(self, **kwargs):
        document = selectors.get_document(self.kwargs["pk"])
        user = self.request.user
        return super().get_context_data(
            **kwargs, document=document,
            can_view_extraction=user.has_perm("ingestion.view_extraction"),
            can_review=user.has_perm(services.REVIEW_PERM), nav_section="documents",
        )


class DownloadView(PermissionMixin, View):
    """The stored file, always as an attachment: never rendered by the browser."""

    permission_required = "ingestion.view_document"

    def get(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename,
                                content_type="application/octet-stream")
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
