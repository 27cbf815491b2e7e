"""The internal response record (page and PDF): working copies and the commissioner's scrutiny, "not published",
for those who may read the organisation's working copy (its editors, its paired body's, the inspectorate)."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_safe

from rectrack.publishing import comments
from rectrack.publishing.views.records import record_context
from rectrack.responses.selectors import viewer_for
from rectrack.work.selectors.records import internal_builder


def _context(request, slug, org_id) -> dict:
    viewer = viewer_for(request.user)
    if not viewer.sees_internal(org_id):
        raise PermissionDenied("Only the organisation, its policing body or force, and the inspectorate can read "
                               "its internal record. Its published record is public.")
    context = record_context(slug, org_id, build=internal_builder(viewer))
    commissioner = context["record"].commissioner
    if commissioner is not None:
        context["overall_draft"] = comments.current(context["super_complaint"], commissioner)
        context["can_comment"] = comments.can_write(request.user, commissioner)
    return {**context, "internal": True, "nav_section": "work"}


@login_required
@require_safe
def internal_record(request, slug, org_id):
    return render(request, "publishing/record.html", _context(request, slug, org_id))


@login_required
@require_safe
def internal_record_pdf(request, slug, org_id):
    # Imported here: WeasyPrint takes a second to import and only this view needs it.
    from rectrack.publishing.printing import record_pdf_response

    return record_pdf_response(request, _context(request, slug, org_id),
                               filename=f"{slug}-{org_id}-internal-response-record.pdf")
