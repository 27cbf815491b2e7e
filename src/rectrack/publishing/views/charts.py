"""Charts as SVG images (served, not inlined, so the page's CSP does not meet matplotlib's styles)."""
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from rectrack.publishing import charts, selectors


def _svg_response(request, svg: str, digest: str) -> HttpResponse:
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    # A URL with the current data's digest (?v=) never changes; without it, revalidate.
    response["Cache-Control"] = "public, max-age=31536000, immutable" if request.GET.get("v") == digest \
        else "public, max-age=60"
    # The SVG is an image: no scripts, and nobody may frame it.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    return response


@require_safe
def organisation_chart(request, slug, org_id):
    super_complaint = selectors.get_super_complaint(slug)
    org = selectors.get_organisation(org_id)
    data = charts.organisation_chart_data(super_complaint, org)
    if not data.updates:
        raise Http404("This organisation has published no response to chart.")
    return _svg_response(request, charts.organisation_chart_svg(data, org.name), data.digest)


@require_safe
def chart(request, slug, name):
    if name not in charts.RENDERERS:
        raise Http404("No such chart.")
    data = charts.chart_data(selectors.get_super_complaint(slug))
    return _svg_response(request, charts.chart_svg(data, name), data.digest)
