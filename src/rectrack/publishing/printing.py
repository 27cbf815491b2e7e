"""PDF response records with WeasyPrint, offline.

The HTML is rendered by Django; stylesheets are read from the static files (the finders, or
STATIC_ROOT after collectstatic) by a URL fetcher that never touches the network: any other URL is
refused, so a response's text cannot make the server fetch anything.
"""
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

BASE_URL = "https://rectrack.invalid/"


def static_path(url: str) -> Path | None:
    """The local file behind a static URL, or None."""
    path = unquote(urlsplit(url).path)
    static_url = urlsplit(settings.STATIC_URL).path
    if not path.startswith(static_url):
        return None
    relative = path[len(static_url):]
    if not relative or ".." in Path(relative).parts:
        return None
    found = finders.find(relative)
    if found:
        return Path(found)
    candidate = Path(settings.STATIC_ROOT) / relative
    return candidate if candidate.is_file() else None


class StaticFilesFetcher(URLFetcher):
    """Serves static files from disk; refuses everything else."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        local = static_path(url)
        if local is None:
            raise ValueError(f"Refused to fetch {url!r}: only static files are available offline.")
        mime = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, local.read_bytes(), {"Content-Type": mime})


def html_to_pdf(html: str) -> bytes:
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFilesFetcher()).write_pdf()


def record_pdf_response(request, context: dict, *, filename: str) -> HttpResponse:
    """A response record as a PDF attachment: ``publishing/record_pdf.html`` rendered with ``context`` (the public
    record's, or the internal one's with ``internal`` set) and printed offline."""
    context = {**context, "page_url": request.build_absolute_uri(request.path.removesuffix(".pdf") + "/")}
    html = render_to_string("publishing/record_pdf.html", context, request=request)
    response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
