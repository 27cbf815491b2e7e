"""Downloads: /exports/<table>.<csv|xlsx|json>?super_complaint=&recommendation=&organisation=."""
import re

from django.http import Http404, HttpResponseBadRequest
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET

from rectrack.complaints.models import SuperComplaint
from rectrack.core import downloads
from rectrack.exports import tables

CONTENT_TYPES = downloads.CONTENT_TYPES


def filename_for(table: str, scope: tables.Scope, fmt: str) -> str:
    label = re.sub(r"[^a-z0-9-]+", "-", scope.label().lower()).strip("-")[:80]
    return f"rectrack-{table}{'-' + label if label else ''}-{timezone.localdate().isoformat()}.{fmt}"


@require_GET
def download(request, table: str, fmt: str):
    if table not in tables.TABLE_NAMES or fmt not in CONTENT_TYPES:
        raise Http404("No such export.")
    scope = tables.Scope.from_query(request.GET)
    if table == tables.MATRIX:
        if not scope.super_complaint:
            return HttpResponseBadRequest("The matrix needs a super-complaint: add ?super_complaint=<slug>.",
                                          content_type="text/plain; charset=utf-8")
        try:
            matrix = tables.matrix(request.user, scope)
        except SuperComplaint.DoesNotExist:
            raise Http404("No such super-complaint.") from None
        columns, rows = matrix.columns(), matrix.flat_rows()
    else:
        definition = tables.TABLES[table]
        columns, rows = definition.columns(), definition.rows(request.user, scope)

    response = downloads.download_response(fmt, filename_for(table, scope, fmt), columns, rows, sheet=table)
    # Signed-in users may see unpublished responses: never let a shared cache keep their download.
    patch_vary_headers(response, ["Cookie"])
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
    return response
