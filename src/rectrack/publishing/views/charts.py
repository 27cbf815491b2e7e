"""Charts as SVG images (served, not inlined, so the page's CSP does not meet matplotlib's styles)."""
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from rectrack.publishing import charts, selectors


@require_safe
def chart(request, slug, name):
    if name not in charts.RENDERERS:
        raise Http404("No such chart.")
    data = charts.chart_data(selectors.get_super_complaint(slug))
    response = HttpResponse(charts.chart_svg(data, name), content_type="image/svg+xml; charset=utf-8")
    # A URL with the current data's digest (?v=) never changes; without it, revalidate.
    response["Cache-Control"] = "public, max-age=31536000, immutable" if request.GET.get("v") == data.digest \
        else "public, max-age=60"
    # The SVG is an image: no scripts, and nobody may frame it.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    return response
