"""The public record: super-complaints, the table of responses, one recommendation, one organisation.

No sign-in needed; every read is as an anonymous user, so a signed-in inspector sees the same public view.
"""
from django.shortcuts import render
from django.views.decorators.http import require_safe

from rectrack.core.vocabulary import LABELS
from rectrack.publishing import charts, opendata, selectors
from rectrack.publishing.models import Snapshot
from rectrack.tracker.selectors import with_details

NAV = {"nav_section": "public"}


@require_safe
def index(request):
    return render(request, "publishing/index.html", {
        **NAV, "rows": selectors.index_rows(), "snapshots": Snapshot.objects.all()[:5],
    })


@require_safe
def complaint(request, slug):
    super_complaint = selectors.get_super_complaint(slug)
    table = selectors.complaint_table(super_complaint)
    return render(request, "publishing/complaint.html", {
        **NAV, "super_complaint": super_complaint, "table": table, "totals": selectors.count_rows(table.totals),
        "formats": list(opendata.FORMATS),
        "snapshots": Snapshot.objects.filter(super_complaint=super_complaint)[:5],
    })


def _recommendation_context(slug, number):
    super_complaint = selectors.get_super_complaint(slug)
    rec = selectors.get_recommendation(super_complaint, number)
    cells = selectors.recommendation_cells(rec)
    return super_complaint, rec, cells


@require_safe
def recommendation(request, slug, number):
    super_complaint, rec, cells = _recommendation_context(slug, number)
    return render(
        request,
        "publishing/recommendation.html",
        {
            **NAV,
            "super_complaint": super_complaint,
            "rec": rec,
            "cells": cells,
            "counts": selectors.count_rows(selectors.cell_counts(cells)),
            "caveat": selectors.CAVEAT,
        },
    )


@require_safe
def compare(request, slug, number):
    super_complaint, rec, cells = _recommendation_context(slug, number)
    filters = selectors.CompareFilters.from_query(request.GET)
    shown = with_details([c for c in cells if filters.match(c)])
    return render(request, "publishing/compare.html", {
        **NAV, "super_complaint": super_complaint, "rec": rec, "cells": shown, "total": len(cells), "filters": filters,
        "options": selectors.filter_options(cells), "caveat": selectors.CAVEAT,
        "counts": selectors.count_rows(selectors.cell_counts(shown)),
    })


@require_safe
def organisation(request, slug, org_id):
    super_complaint = selectors.get_super_complaint(slug)
    org = selectors.get_organisation(org_id)
    items = selectors.organisation_record(super_complaint, org)
    chart = charts.organisation_chart_data(super_complaint, org) if items else None
    return render(
        request,
        "publishing/organisation.html",
        {
            **NAV,
            "super_complaint": super_complaint,
            "organisation": org,
            "items": items,
            "labels": LABELS,
            "complaints": selectors.organisation_complaints(org),
            "chart": chart,
            "chart_title": charts.ORGANISATION_CHART,
            "chart_alt": charts.organisation_alt_text(chart) if chart and chart.updates else "",
            "chart_categories": [(c, selectors.state_label(c)) for c in charts.CATEGORIES],
            "chart_rows": [
                (u["date"], [u["counts"][c] for c in charts.CATEGORIES]) for u in (chart.updates if chart else [])
            ],
        },
    )
