"""An organisation's response record for one super-complaint: a printable page and a PDF (ADR 0019's shape).

Always the public record, whoever is signed in: readers who may see the working copies have the internal record
at ``work:record`` (linked from here for them)."""
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from rectrack.publishing import comments, selectors
from rectrack.publishing.records import response_record
from rectrack.responses.selectors import viewer_for


def record_context(slug, org_id, build=None) -> dict:
    """The template context of a record page or PDF; ``build`` as in ``records.response_record``."""
    super_complaint = selectors.get_super_complaint(slug)
    org = selectors.get_organisation(org_id)
    made = response_record(super_complaint, org, **({"build": build} if build else {}))
    return {"super_complaint": super_complaint, "organisation": org, "record": made, "items": made.items,
            "generated": timezone.localtime(), "published_count": made.published_count, "nav_section": "public",
            "overall": comments.published(super_complaint, made.commissioner)}


@require_safe
def record(request, slug, org_id):
    context = record_context(slug, org_id)
    # Only the link to the internal record depends on who reads; the record itself is the public one.
    context["may_see_internal"] = viewer_for(request.user).sees_internal(org_id)
    return render(request, "publishing/record.html", context)


@require_safe
def record_pdf(request, slug, org_id):
    # Imported here: WeasyPrint takes a second to import and only this view needs it.
    from rectrack.publishing.printing import record_pdf_response

    return record_pdf_response(request, record_context(slug, org_id),
                               filename=f"{slug}-{org_id}-response-record.pdf")


@require_safe
def source_document(request, pk):
    """The stored copy of the document a published answer was extracted from: an attachment, never inline."""
    document = selectors.published_source_document(pk)
    if document is None or not document.file:
        raise Http404("This response has no public source document.")
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404("The stored copy is missing.") from None
    response = FileResponse(handle, as_attachment=True, filename=document.filename or "source-document",
                            content_type="application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    # Short: a withdrawal or redaction takes it off the record, and caches should follow soon.
    response["Cache-Control"] = "public, max-age=300"
    return response
