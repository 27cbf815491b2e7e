"""The public search page: published responses, actions and recommendations, with filters and paging."""
from django.shortcuts import render
from django.views.decorators.http import require_safe

from rectrack.publishing import search


@require_safe
def search_page(request):
    filters = search.SearchFilters.from_query(request.GET)
    results = search.search(filters) if filters.active and not filters.errors else None
    status = 400 if filters.errors else 200
    return render(request, "publishing/search.html", {
        "nav_section": "public", "filters": filters, "results": results,
        "options": search.filter_options(filters), "labels": search.TYPE_LABELS,
    }, status=status)
