"""Server-rendered, accessible SVG charts of the public record (matplotlib, no JavaScript).

Each chart is served as an image (``<img src=".../chart.svg">``): the page's Content Security Policy
then does not apply to matplotlib's inline styles. Every chart carries a ``<title>``, ``role="img"``
and ``aria-labelledby``, alt text on the page, and a table alternative built from the same data.
Colours come from the GOV.UK palette, and each category also has its own hatch pattern, marker or
label so that nothing relies on colour alone. The data is read fresh from the tracker's public columns
(a few queries); only the rendered SVG is cached, under the digest of the data it shows, so a change
shows at once and an unchanged chart is never drawn twice.
"""
import datetime
import functools
import hashlib
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from xml.sax.saxutils import escape

from django.core.cache import cache
from django.db.models import CharField, Q
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.utils import timezone

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core.vocabulary import CELL_STATES, LABELS, Progress
from rectrack.organisations.models import Organisation
from rectrack.publishing.models import SnapshotCount
from rectrack.publishing.opendata import PUBLISHED
from rectrack.responses.models import ResponseVersion
from rectrack.tracker.selectors import NO_RESPONSE, public_state_counts

CACHE_SECONDS = 24 * 60 * 60
CATEGORIES = [state.value for state in CELL_STATES]
CATEGORY_LABELS = {state.value: state.label for state in CELL_STATES}
STYLE = {state.value: state.style for state in CELL_STATES}  # each word's chart style, from the vocabulary
PUBLISHED_STYLE = {"color": "#1d70b8", "hatch": "", "hatchcolor": "#ffffff"}
TEXT = "#0b0c0c"
CHARTS = {
    "progress": "Progress per recommendation across recipients",
    "over-time": "Published responses by progress over time",
    "regions": "Responses per region and kind of body",
}


# Data -----------------------------------------------------------------------------------------------


@dataclass
class ChartData:
    super_complaint: str
    recommendations: list[dict] = field(default_factory=list)  # {"number", "counts": {cat: n}, "total"}
    timeline: list[dict] = field(default_factory=list)  # {"date", "counts": {progress: n}, "total"}
    snapshots: list[dict] = field(default_factory=list)  # {"id", "title", "as_at", "counts", "total"}
    regions: list[dict] = field(default_factory=list)  # {"label", "published", "none", "total"}
    kinds: list[dict] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """A fingerprint of everything the charts show: the key of their cached drawings and image URLs."""
        raw = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _month_ends(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    points = []
    year, month = start.year, start.month
    while True:
        nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - datetime.timedelta(days=1)
        if last >= end:
            points.append(end)
            return points
        points.append(last)
        year, month = nxt.year, nxt.month


@functools.lru_cache(maxsize=4096)
def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


def _timeline(super_complaint: SuperComplaint, today: datetime.date) -> list[dict]:
    """Published responses per progress at each month end, each version counted from the date it is *as of*
    (the date the organisation gave, else the day it was published), never from when it was entered.
    Withdrawn versions are not part of the public record and do not count."""
    # The day a version counts from is worked out in the database and read as ISO text: converting thousands
    # of timestamps in Python was most of the public page's time.
    effective = Cast(Coalesce("as_of", TruncDate("published_at")), output_field=CharField())
    events = sorted(
        (_day(day), number, response_id, progress)
        for response_id, number, day, progress in ResponseVersion.objects.filter(
            response__recommendation__super_complaint=super_complaint, withdrawn_at__isnull=True)
        .order_by().values_list("response_id", "number", effective, "progress")
    )  # one super-complaint's versions, sorted in memory anyway: one fetch, not a server-side cursor (ADR 0013)
    if not events:
        return []
    current: dict[int, tuple[int, str]] = {}
    points, i = [], 0
    for day in _month_ends(events[0][0], max(events[0][0], today)):
        while i < len(events) and events[i][0] <= day:
            when, number, response_id, progress = events[i]
            if response_id not in current or current[response_id][0] < number:
                current[response_id] = (number, progress)
            i += 1
        counts = Counter(progress for _, progress in current.values())
        points.append({"date": day, "counts": {p.value: counts.get(p.value, 0) for p in Progress},
                       "total": sum(counts.values())})
    return points


def _snapshot_points(super_complaint: SuperComplaint) -> list[dict]:
    # The counts made when each snapshot was taken (``SnapshotCount``): a few per snapshot, not every row.
    rows = (SnapshotCount.objects.filter(super_complaint=super_complaint.slug, state=PUBLISHED)
            .filter(Q(snapshot__super_complaint=super_complaint) | Q(snapshot__super_complaint__isnull=True))
            .values("snapshot_id", "snapshot__title", "snapshot__as_at", "snapshot__scope_title", "progress", "n")
            .order_by("snapshot__as_at", "snapshot_id", "progress"))
    snaps: dict[int, dict] = {}
    for r in rows:
        snap = snaps.setdefault(r["snapshot_id"], {
            "id": r["snapshot_id"], "title": r["snapshot__title"], "as_at": r["snapshot__as_at"],
            "scope_title": r["snapshot__scope_title"], "counts": {p.value: 0 for p in Progress}, "total": 0})
        snap["counts"][r["progress"]] = snap["counts"].get(r["progress"], 0) + r["n"]
        snap["total"] += r["n"]
    return list(snaps.values())


def chart_data(super_complaint: SuperComplaint, matrix=None) -> ChartData:
    """The charts' data; ``matrix``: the public matrix a page has already read (saves its two queries)."""
    data = ChartData(super_complaint.slug)
    by_region: dict[str, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    if matrix is not None:
        columns, column_counts = matrix.columns, matrix.column_counts
        for row in matrix.rows:
            org = row.organisation
            for cell in row.cells:
                if cell.owed:
                    key_state = "published" if cell.response else "none"
                    by_region[org.region or "No region (national bodies)"][key_state] += 1
                    by_kind[org.kind][key_state] += 1
    else:  # the counts alone, in one grouped query
        columns = list(Recommendation.objects.filter(super_complaint=super_complaint).order_by("order"))
        per_rec: dict[int, Counter] = defaultdict(Counter)
        for rec_id, region, kind, state, n in public_state_counts(super_complaint):
            per_rec[rec_id][state] += n
            key_state = "none" if state == NO_RESPONSE else "published"
            by_region[region or "No region (national bodies)"][key_state] += n
            by_kind[kind][key_state] += n
        column_counts = [per_rec[rec.pk] for rec in columns]
    for rec, counts in zip(columns, column_counts):
        data.recommendations.append({"number": rec.number, "counts": {c: counts.get(c, 0) for c in CATEGORIES},
                                     "total": sum(counts.values())})
    kinds = dict(Organisation.Kind.choices)
    data.regions = [{"label": k, "published": c["published"], "none": c["none"], "total": c.total()}
                    for k, c in sorted(by_region.items())]
    data.kinds = [{"label": kinds.get(k, k), "published": c["published"], "none": c["none"], "total": c.total()}
                  for k, c in sorted(by_kind.items())]
    data.timeline = _timeline(super_complaint, timezone.localdate())
    data.snapshots = _snapshot_points(super_complaint)
    return data


# Rendering ------------------------------------------------------------------------------------------


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update({
        "svg.hashsalt": "rectrack",
        "svg.fonttype": "none",
        "font.family": "sans-serif",
        "font.sans-serif": ["Arial", "Liberation Sans", "DejaVu Sans"],
        "font.size": 11,
        "text.color": TEXT,
        "axes.labelcolor": TEXT,
        "axes.edgecolor": "#505a5f",
        "xtick.color": TEXT,
        "ytick.color": TEXT,
        "hatch.linewidth": 0.8,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    import matplotlib.pyplot as plt

    return plt


def _to_svg(fig, title: str, desc: str, chart_id: str) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": "rectrack"})
    import matplotlib.pyplot as plt

    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML declaration and doctype: the SVG stands alone or inline
    # Scale with its container: keep the viewBox, drop the fixed width and height.
    svg = re.sub(r'^<svg([^>]*?)\swidth="[^"]*"', r"<svg\1", svg, count=1)
    svg = re.sub(r'^<svg([^>]*?)\sheight="[^"]*"', r"<svg\1", svg, count=1)
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    svg = re.sub(
        r"^<svg", f'<svg role="img" aria-labelledby="{title_id}" aria-describedby="{desc_id}"', svg, count=1)
    head_end = svg.index(">") + 1
    svg = (svg[:head_end] + f'\n <title id="{title_id}">{escape(title)}</title>\n <desc id="{desc_id}">'
           f"{escape(desc)}</desc>" + svg[head_end:])
    return svg


def _legend(ax, **kwargs):
    ax.legend(frameon=False, fontsize=10, **kwargs)


def _stacked_bars(rows: list[dict], labels: list[str], xlabel: str):
    """Horizontal bars, one per row, stacked by cell state (progress, then no response) in the vocabulary's
    styles, with the counts written in the segments wide enough to hold them. Returns the figure."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(rows), 2) + 1.6))
    left = [0] * len(rows)
    widest = max([r["total"] for r in rows] or [1])
    for cat in CATEGORIES:
        values = [r["counts"][cat] for r in rows]
        style = STYLE[cat]
        bars = ax.barh(labels, values, left=left, color=style["color"], hatch=style["hatch"],
                       hatchcolor=style["hatchcolor"], edgecolor="#ffffff", linewidth=0.8,
                       label=CATEGORY_LABELS[cat])
        # Counts written in segments wide enough to hold them: the numbers do not rely on colour either.
        texts = [str(v) if v and v >= max(2, 0.06 * widest) else "" for v in values]
        ax.bar_label(bars, labels=texts, label_type="center", fontsize=9,
                     color=style["hatchcolor"] if style["hatchcolor"] == "#ffffff" else TEXT,
                     bbox={"boxstyle": "round,pad=0.15", "facecolor": style["color"], "edgecolor": "none"})
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _legend(ax, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.2 / max(len(rows), 1)), ncol=3)
    return fig


def render_progress(data: ChartData) -> str:
    recs = data.recommendations
    fig = _stacked_bars(recs, [f"Recommendation {r['number']}" for r in recs], "Number of recipients")
    total = sum(r["total"] for r in recs)
    complete = sum(r["counts"]["complete"] for r in recs)
    none = sum(r["counts"][NO_RESPONSE] for r in recs)
    desc = (f"Stacked bars, one per recommendation, of {total} recipient responses owed: {complete} stated "
            f"complete and {none} with no response published. The table below gives every value.")
    return _to_svg(fig, CHARTS["progress"], desc, "chart-progress")


def render_over_time(data: ChartData) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.2))
    points = data.timeline
    if points:
        dates = [p["date"] for p in points]
        for p in Progress:
            style = STYLE[p.value]
            ax.plot(dates, [pt["counts"][p.value] for pt in points], color=style["color"],
                    linestyle=style["linestyle"], marker=style["marker"], markersize=5, linewidth=2,
                    label=LABELS[p.value])
        ax.set_ylabel("Published responses")
        ax.yaxis.get_major_locator().set_params(integer=True)
    else:
        ax.text(0.5, 0.5, "No responses recorded yet", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    for snap in data.snapshots:
        ax.axvline(snap["as_at"], color="#505a5f", linestyle=":", linewidth=1.2)
        ax.annotate(f"Snapshot {snap['as_at']:%d %b %Y}", (snap["as_at"], 1), xycoords=("data", "axes fraction"),
                    rotation=90, va="top", ha="right", fontsize=9)
    fig.autofmt_xdate()
    if points:
        _legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1))
    latest = points[-1] if points else None
    desc = ("Lines, one per progress value, counting published responses at each month end"
            + (f"; at the latest point ({latest['date']:%d %B %Y}) {latest['total']} responses were published"
               if latest else "; no responses are recorded yet")
            + f". Dotted vertical lines mark {len(data.snapshots)} snapshots. The tables below give every value.")
    return _to_svg(fig, CHARTS["over-time"], desc, "chart-over-time")


def render_regions(data: ChartData) -> str:
    plt = _pyplot()
    n_regions, n_kinds = len(data.regions), len(data.kinds)
    fig, axes = plt.subplots(2, 1, figsize=(9, 0.4 * (n_regions + n_kinds) + 2.6),
                             gridspec_kw={"height_ratios": [max(n_regions, 1), max(n_kinds, 1)]})
    for ax, rows, heading in ((axes[0], data.regions, "By region"), (axes[1], data.kinds, "By kind of body")):
        labels = [r["label"] for r in rows]
        published = [r["published"] for r in rows]
        none = [r["none"] for r in rows]
        bars1 = ax.barh(labels, published, color=PUBLISHED_STYLE["color"], edgecolor="#ffffff",
                        label="Response published")
        bars2 = ax.barh(labels, none, left=published, color=STYLE[NO_RESPONSE]["color"],
                        hatch=STYLE[NO_RESPONSE]["hatch"], hatchcolor="#ffffff", edgecolor="#ffffff",
                        label="No response published")
        ax.bar_label(bars1, labels=[str(v) if v else "" for v in published], label_type="center", fontsize=9,
                     color="#ffffff")
        ax.bar_label(bars2, labels=[str(v) if v else "" for v in none], label_type="center", fontsize=9,
                     color="#ffffff", bbox={"boxstyle": "round,pad=0.15", "facecolor": STYLE[NO_RESPONSE]["color"],
                                            "edgecolor": "none"})
        ax.invert_yaxis()
        ax.set_title(heading, loc="left", fontsize=12, fontweight="bold")
        ax.xaxis.get_major_locator().set_params(integer=True)
    axes[1].set_xlabel("Recommendations owed (recipient x recommendation)")
    _legend(axes[0], loc="lower right", bbox_to_anchor=(1, 1.02), ncol=2)
    total_pub = sum(r["published"] for r in data.kinds)
    total = sum(r["total"] for r in data.kinds)
    desc = (f"Stacked bars per region and per kind of body: of {total} recommendations owed, {total_pub} have "
            "a published response. The table below gives every value.")
    return _to_svg(fig, CHARTS["regions"], desc, "chart-regions")


RENDERERS = {"progress": render_progress, "over-time": render_over_time, "regions": render_regions}


def chart_svg(data: ChartData, name: str) -> str:
    """The chart drawn from ``data``: drawn once per distinct data (cached under its digest)."""
    key = f"publishing:chart:{data.super_complaint}:{name}:{data.digest}"
    if (svg := cache.get(key)) is not None:
        return svg
    svg = RENDERERS[name](data)
    cache.set(key, svg, CACHE_SECONDS)
    return svg


def alt_text(name: str, data: ChartData) -> str:
    """Short alt text for the <img>; the full values are in the table alternative beside it."""
    if name == "progress":
        total = sum(r["total"] for r in data.recommendations)
        done = sum(r["counts"]["complete"] for r in data.recommendations)
        none = sum(r["counts"][NO_RESPONSE] for r in data.recommendations)
        return (f"{CHARTS[name]}: of {total} responses owed, {done} stated complete and {none} with no response "
                "published. The data is in the table that follows.")
    if name == "over-time":
        if not data.timeline:
            return f"{CHARTS[name]}: no responses recorded yet."
        last = data.timeline[-1]
        return (f"{CHARTS[name]} at each month end since {data.timeline[0]['date']:%B %Y}; "
                f"{last['total']} published on {last['date']:%d %B %Y}. The data is in the tables that follow.")
    total_pub = sum(r["published"] for r in data.kinds)
    total = sum(r["total"] for r in data.kinds)
    return (f"{CHARTS[name]}: {total_pub} of {total} recommendations owed have a published response. "
            "The data is in the tables that follow.")


# One organisation's progress over its updates -----------------------------------------------------------

ORGANISATION_CHART = "Progress over this organisation's updates"


@dataclass
class OrganisationChartData:
    super_complaint: str
    organisation: str
    owed: int = 0
    # One point per date the organisation's published answers speak for: {"date", "counts": {cell state: n},
    # "total"}, counting every recommendation it owes (no response published until its first answer).
    updates: list[dict] = field(default_factory=list)

    @property
    def digest(self) -> str:
        raw = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


def organisation_chart_data(super_complaint: SuperComplaint, organisation: Organisation) -> OrganisationChartData:
    """The position of each recommendation the organisation owes after each of its updates, dated by the
    date the answers are as of (else their publication): its own published versions and the joint ones that
    counted for it when published; never withdrawn versions. Three queries."""
    data = OrganisationChartData(super_complaint.slug, organisation.pk)
    owed = set(Recipient.objects.filter(recommendation__super_complaint=super_complaint, organisation=organisation)
               .values_list("recommendation_id", flat=True))
    data.owed = len(owed)
    zone = timezone.get_current_timezone()
    rows = (ResponseVersion.objects.filter(response__recommendation__super_complaint=super_complaint,
                                           response__recommendation_id__in=owed, withdrawn_at__isnull=True)
            .filter(Q(response__organisation=organisation) | ~Q(counts_for=[]))
            .values_list("response__recommendation_id", "response__organisation_id", "counts_for", "number", "as_of",
                         "published_at", "progress"))
    events = sorted((as_of or published.astimezone(zone).date(), writer != organisation.pk, number, rec_id, progress)
                    for rec_id, writer, counts_for, number, as_of, published, progress in rows
                    if writer == organisation.pk or organisation.pk in (counts_for or []))
    current: dict[int, tuple[bool, str]] = {}
    for i, (day, joint, _number, rec_id, progress) in enumerate(events):
        # Its own answer outranks a joint one counting for it; a later one of the same kind replaces it.
        if rec_id not in current or current[rec_id][0] >= joint:
            current[rec_id] = (joint, progress)
        if i + 1 < len(events) and events[i + 1][0] == day:
            continue  # one point per date: after all that date's answers
        counts = Counter(p for _, p in current.values())
        counts[NO_RESPONSE.value] = data.owed - len(current)
        data.updates.append({"date": day, "counts": {c: counts.get(c, 0) for c in CATEGORIES}, "total": data.owed})
    return data


def render_organisation(data: OrganisationChartData, name: str = "") -> str:
    labels = [f"{u['date'].day} {u['date']:%b %Y}" for u in data.updates]
    fig = _stacked_bars(data.updates, labels, "Recommendations owed")
    last = data.updates[-1] if data.updates else None
    desc = (f"Stacked bars, one per date of {name or 'the organisation'}'s published updates, of the "
            f"{data.owed} recommendations it owes by its own stated progress"
            + (f"; after the latest ({labels[-1]}), {last['counts']['complete']} complete" if last else "")
            + ". The table below gives every value.")
    return _to_svg(fig, ORGANISATION_CHART, desc, "chart-organisation")


def organisation_chart_svg(data: OrganisationChartData, name: str = "") -> str:
    key = f"publishing:orgchart:{data.super_complaint}:{data.organisation}:{data.digest}"
    if (svg := cache.get(key)) is not None:
        return svg
    svg = render_organisation(data, name)
    cache.set(key, svg, CACHE_SECONDS)
    return svg


def organisation_alt_text(data: OrganisationChartData) -> str:
    last = data.updates[-1]
    return (f"{ORGANISATION_CHART}: {len(data.updates)} dated updates; after the latest, on "
            f"{last['date'].day} {last['date']:%B %Y}, {last['counts']['complete']} of {data.owed} recommendations "
            "stated complete. The data is in the table that follows.")
