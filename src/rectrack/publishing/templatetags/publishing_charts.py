"""{% publishing_charts super_complaint %}: the charts of a super-complaint, each with alt text and a
table alternative. Used on the public complaint page and in the internal page's hook."""
from django import template
from django.template.loader import render_to_string

from rectrack.core.vocabulary import Progress
from rectrack.publishing import charts
from rectrack.publishing.selectors import state_label

register = template.Library()


@register.simple_tag
def publishing_charts(super_complaint, heading_level=2, public_link=False, matrix=None):
    """The charts section: images (by the digest of their data), alt texts and table alternatives.
    ``matrix``: the public matrix the page already has."""
    if super_complaint is None:
        return ""
    return render_to_string("publishing/includes/charts.html",
                            charts_context(super_complaint, heading_level, public_link, matrix))


def charts_context(super_complaint, heading_level=2, public_link=False, matrix=None) -> dict:
    data = charts.chart_data(super_complaint, matrix)
    return {
        "super_complaint": super_complaint,
        "stamp": data.digest,
        "data": data,
        "titles": {name.replace("-", "_"): title for name, title in charts.CHARTS.items()},
        "alts": {name.replace("-", "_"): charts.alt_text(name, data) for name in charts.CHARTS},
        "region_groups": [(data.regions, "by region"), (data.kinds, "by kind of body")],
        "categories": [(c, state_label(c)) for c in charts.CATEGORIES],
        "progress_values": [(p.value, state_label(p.value)) for p in Progress],
        # The tables' numbers as text: the template would localise each of hundreds of them (a month's row per
        # month since the first answer), and an integer reads the same either way.
        "progress_rows": [(r["number"], [str(r["counts"][c]) for c in charts.CATEGORIES], str(r["total"]))
                          for r in data.recommendations],
        "timeline_rows": [(p["date"], [str(p["counts"][v.value]) for v in Progress], str(p["total"]))
                          for p in data.timeline],
        "snapshot_rows": [(s, [str(s["counts"].get(v.value, 0)) for v in Progress]) for s in data.snapshots],
        "h": heading_level,
        "public_link": public_link,
    }
