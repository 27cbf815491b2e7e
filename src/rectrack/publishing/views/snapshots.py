"""Dated snapshots: list, take (inspectorate), view, download and compare. Views read SnapshotRow only."""
import datetime
import hashlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from rectrack.complaints.models import SuperComplaint
from rectrack.publishing import opendata, selectors
from rectrack.publishing import snapshots as service
from rectrack.publishing.models import Snapshot
from rectrack.publishing.views.opendata import download_response
from rectrack.tracker.selectors import NO_RESPONSE

NAV = {"nav_section": "public"}


class TakeSnapshotForm(forms.Form):
    super_complaint = forms.ChoiceField(label="Super-complaint", required=False)
    as_at_day = forms.IntegerField(label="Day", min_value=1, max_value=31, required=False)
    as_at_month = forms.IntegerField(label="Month", min_value=1, max_value=12, required=False)
    as_at_year = forms.IntegerField(label="Year", min_value=2018, max_value=2100, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["super_complaint"].choices = [("", service.NATIONAL_TITLE)] + [
            (super_complaint.slug, super_complaint.short_title or super_complaint.title)
            for super_complaint in SuperComplaint.objects.all()
        ]

    def clean(self):
        data = super().clean()
        parts = [data.get("as_at_day"), data.get("as_at_month"), data.get("as_at_year")]
        if any(p is None for p in parts) and self.errors:
            return data
        if all(p is None for p in parts):
            data["as_at"] = timezone.localdate()
        elif any(p is None for p in parts):
            self.add_error("as_at_day", "Enter the date as at which the snapshot is taken, as day, month and year")
            return data
        else:
            try:
                data["as_at"] = datetime.date(parts[2], parts[1], parts[0])
            except ValueError:
                self.add_error("as_at_day", "The date of the snapshot must be a real date")
                return data
        if data["as_at"] > timezone.localdate():
            self.add_error("as_at_day", "The date of the snapshot must be today or in the past")
        return data


@require_safe
def snapshot_list(request):
    return render(request, "publishing/snapshot_list.html", {
        **NAV, "snapshots": Snapshot.objects.all(), "can_take": service.can_take_snapshot(request.user),
    })


@require_http_methods(["GET", "HEAD", "POST"])
def take(request):
    if not service.can_take_snapshot(request.user):
        raise PermissionDenied("Only the inspectorate can take snapshots.")
    today = timezone.localdate()
    initial = {"super_complaint": request.GET.get("super_complaint", ""), "as_at_day": today.day,
               "as_at_month": today.month, "as_at_year": today.year}
    form = TakeSnapshotForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        slug = form.cleaned_data["super_complaint"]
        super_complaint = SuperComplaint.objects.get(slug=slug) if slug else None
        snapshot = service.take_snapshot(
            user=request.user,
            super_complaint=super_complaint,
            as_at=form.cleaned_data["as_at"],
            base_url=request.build_absolute_uri("/").rstrip("/"),
        )
        messages.success(request, f"Snapshot taken: {snapshot.scope_title}, {snapshot.title.lower()} "
                                  f"({snapshot.row_count} rows).")
        return redirect(snapshot)
    return render(request, "publishing/snapshot_take.html", {**NAV, "form": form},
                  status=400 if request.method == "POST" else 200)


def _table_rows(table: service.SnapshotTable):
    """Each organisation's cells as one HTML string, from the snapshot's rows only."""
    rows = []
    for org, cells in table.rows:
        parts = []
        for cell in cells:
            if cell is None:
                parts.append(selectors.NOT_OWED_HTML)
                continue
            state = cell["progress"] if cell["state"] == opendata.PUBLISHED else NO_RESPONSE
            parts.append(selectors.CELL_HTML[(state, bool(cell["written_by"]))])
        rows.append({"html": selectors.row_html(org["name"], "".join(parts))})
    return rows


@require_safe
def snapshot_detail(request, pk):
    snapshot = get_object_or_404(Snapshot, pk=pk)
    summary = service.snapshot_summary(snapshot)
    slugs = [s["super_complaint"] for s in summary]
    part = request.GET.get("complaint") or (slugs[0] if slugs else "")
    if part and part not in slugs:
        raise Http404("This snapshot has no such super-complaint.")
    table = service.snapshot_table(snapshot, part) if part else None
    titles = service.complaint_titles()
    for s in summary:
        s["rows"] = selectors.count_rows(s["counts"])
        s["title"] = titles.get(s["super_complaint"], s["super_complaint"])
    return render(request, "publishing/snapshot_detail.html", {
        **NAV, "snapshot": snapshot, "summary": summary, "part": part, "table": table,
        "rows": _table_rows(table) if table else [],
        "verified": service.verify(snapshot), "formats": list(opendata.FORMATS),
        "rehashes": list(snapshot.rehashes.all()),
        "rebuilt": service.is_rebuilt(snapshot), "previous": service.previous_of(snapshot),
        "others": Snapshot.objects.exclude(pk=snapshot.pk)[:20],
    })


@require_safe
def snapshot_download(request, pk, fmt):
    snapshot = get_object_or_404(Snapshot, pk=pk)
    filename = f"snapshot-{snapshot.pk}-{snapshot.scope}-{snapshot.as_at.isoformat()}"
    if fmt == "json":
        # The canonical JSON itself: its SHA-256 is the snapshot's content_sha256.
        body = service.canonical_json(snapshot)
        response = HttpResponse(body, content_type=opendata.FORMATS["json"])
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        response["X-Content-SHA256"] = hashlib.sha256(body).hexdigest()
        return response
    rows = (service.row_dict(r) for r in service.snapshot_rows(snapshot))
    return download_response(fmt, filename, rows, opendata.SNAPSHOT_COLUMNS, service.snapshot_meta(snapshot))


def _snapshot_param(request, name):
    value = request.GET.get(name, "")
    if not value.isdigit():
        return None
    return Snapshot.objects.filter(pk=int(value)).first()


@require_safe
def compare(request):
    snapshots = list(Snapshot.objects.all()[:200])
    if not request.GET:
        a, b = service.default_comparison(snapshots)
    else:
        a, b = _snapshot_param(request, "a"), _snapshot_param(request, "b")
    changes = None
    if a and b:
        if a.as_at > b.as_at or (a.as_at == b.as_at and a.taken_at > b.taken_at):
            a, b = b, a  # always from the older to the newer
        changes = service.compare_snapshots(a, b)
    counts = {}
    titles = service.complaint_titles() if changes else {}
    for change in changes or []:
        counts[change.kind] = counts.get(change.kind, 0) + 1
        change.super_complaint_title = titles.get(change.super_complaint, change.super_complaint)
    return render(request, "publishing/snapshot_compare.html", {
        **NAV, "snapshots": snapshots, "a": a, "b": b, "changes": changes, "counts": counts,
        "missing": bool(request.GET) and not (a and b),
    })
