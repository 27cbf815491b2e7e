"""{% publishing_charts super_complaint %}: the charts of a super-complaint, each with alt text and a
table alternative. Used on the public complaint page and in the internal page's hook."""
from django import template
from django.core.cache import cache
from django.template.loader import render_to_string

from rectrack.publishing import charts
from rectrack.publishing.selectors import state_label
from rectrack.vocabulary import Progress

register = template.Library()


@register.simple_tag
def publishing_charts(super_complaint, heading_level=2, public_link=False, stamp=None):
    """The rendered section, cached per data stamp (it is the same for every reader)."""
    if super_complaint is None:
        return ""
    stamp = stamp or charts.data_stamp(super_complaint)
    key = f"publishing:charts-html:{super_complaint.slug}:{stamp}:{heading_level}:{int(bool(public_link))}"
    if (html := cache.get(key)) is not None:
        return html
    html = render_to_string("publishing/includes/charts.html",
                            charts_context(super_complaint, stamp, heading_level, public_link))
    cache.set(key, html, charts.CACHE_SECONDS)
    return html


def charts_context(super_complaint, stamp, heading_level=2, public_link=False) -> dict:
    data = charts.chart_data(super_complaint, stamp)
    return {
        "sc": super_complaint,
        "stamp": stamp,
        "data": data,
        "titles": {name.replace("-", "_"): title for name, title in charts.CHARTS.items()},
        "alts": {name.replace("-", "_"): charts.alt_text(name, data) for name in charts.CHARTS},
        "region_groups": [(data.regions, "by region"), (data.kinds, "by kind of body")],
        "categories": [(c, state_label(c)) for c in charts.CATEGORIES],
        "progress_values": [(p.value, state_label(p.value)) for p in Progress],
        "progress_rows": [(r["number"], [r["counts"][c] for c in charts.CATEGORIES], r["total"])
                          for r in data.recommendations],
        "timeline_rows": [(p["date"], [p["counts"][v.value] for v in Progress], p["total"]) for p in data.timeline],
        "snapshot_rows": [(s, [s["counts"].get(v.value, 0) for v in Progress]) for s in data.snapshots],
        "h": heading_level,
        "public_link": public_link,
    }
