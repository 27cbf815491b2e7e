"""An organisation's response record for one super-complaint: a printable page and a PDF."""
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from rectrack.publishing import selectors


def _record_context(slug, org_id) -> dict:
    super_complaint = selectors.get_super_complaint(slug)
    org = selectors.get_organisation(org_id)
    items = selectors.organisation_record(super_complaint, org)
    if not items:
        raise Http404("This organisation owes no response to this super-complaint.")
    return {"super_complaint": super_complaint, "organisation": org, "items": items, "generated": timezone.localtime(),
            "published_count": sum(1 for i in items if i.response), "nav_section": "public"}


@require_safe
def record(request, slug, org_id):
    return render(request, "publishing/record.html", _record_context(slug, org_id))


@require_safe
def record_pdf(request, slug, org_id):
    from rectrack.publishing.printing import html_to_pdf

    context = _record_context(slug, org_id)
    context["page_url"] = request.build_absolute_uri(request.path.removesuffix(".pdf") + "/")
    html = render_to_string("publishing/record_pdf.html", context, request=request)
    pdf = html_to_pdf(html)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slug}-{org_id}-response-record.pdf"'
    return response


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
