"""Open data downloads of the public table, and the schema page that documents them."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from rectrack.core import downloads
from rectrack.publishing import opendata, selectors
from rectrack.publishing.models import Snapshot
from rectrack.publishing.snapshots import SCHEMA


def download_response(fmt: str, filename: str, rows, columns: list[str], meta: dict):
    """A CSV/JSON stream or an XLSX file, as an attachment with a stable file name (formula-safe)."""
    return downloads.download_response(fmt, f"{filename}.{fmt}", columns, rows, sheet="responses", meta=meta,
                                       json_document=True)


@require_safe
def complaint_download(request, slug, fmt):
    super_complaint = selectors.get_super_complaint(slug)
    base_url = request.build_absolute_uri("/").rstrip("/")
    rows = opendata.public_rows(super_complaint, base_url=base_url, with_narrative=True, with_judgements=True)
    meta = {
        "schema": request.build_absolute_uri(reverse("publishing:schema")),
        "super_complaint": super_complaint.slug,
        "title": super_complaint.title,
        "generated_at": timezone.now().replace(microsecond=0).isoformat(),
        "source": request.build_absolute_uri(reverse("publishing:complaint", args=[super_complaint.slug])),
        "licence": "Open Government Licence v3.0",
    }
    return download_response(fmt, f"{super_complaint.slug}-responses", rows, opendata.PUBLIC_COLUMNS, meta)


@require_safe
def schema(request):
    return render(request, "publishing/schema.html", {
        "nav_section": "public",
        "columns": opendata.COLUMNS,
        "formats": list(opendata.FORMATS),
        "complaints": selectors.index_rows(),
        "snapshot_schema": SCHEMA,
        "latest_snapshot": Snapshot.objects.first(),
    })
