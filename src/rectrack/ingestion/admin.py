"""Read-only admin views of ingestion: writes go through services (review pages, upload, ``rectrack ingest``)."""
from django.contrib import admin

from rectrack.core.admin import ReadOnlyAdmin
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    list_display = ["filename", "format", "super_complaint", "document_date", "size", "uploaded_at"]
    list_filter = ["format", "super_complaint"]
    search_fields = ["filename", "sha256", "source_url"]
    exclude = ["text"]


@admin.register(ExtractionJob)
class ExtractionJobAdmin(ReadOnlyAdmin):
    list_display = ["pk", "document", "status", "created_at", "finished_at", "worker", "lease_expires_at"]
    list_filter = ["status"]
    list_select_related = ["document"]


@admin.register(ExtractedAnswer)
class ExtractedAnswerAdmin(ReadOnlyAdmin):
    list_display = ["pk", "document", "recommendation", "organisation", "confidence", "decision", "decided_by"]
    list_filter = ["decision"]
    list_select_related = ["document", "recommendation", "organisation", "decided_by"]
