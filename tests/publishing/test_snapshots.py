"""Snapshots: frozen, verifiable, immutable, comparable; only the inspectorate takes them."""
import datetime
import hashlib
import importlib
import json

import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from rectrack.core.vocabulary import WorkflowState
from rectrack.publishing.models import ImmutableError, Snapshot, SnapshotCount, SnapshotRow
from rectrack.publishing.snapshots import compare_snapshots, snapshot_summary, take_snapshot, verify
from rectrack.responses import services

from .conftest import set_state


def download(client, pk, fmt) -> bytes:
    response = client.get(reverse("publishing:snapshot_download", args=[pk, fmt]))
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def matrix_part(html: str) -> str:
    """The frozen table on the snapshot page (the rest shows other snapshots, which may come and go)."""
    return html[html.index('<div class="app-table-scroll"'):]


def test_inspector_takes_a_snapshot_through_the_form(client_for, users, published, super_complaint):
    client = client_for(users.inspector)
    assert client.get(reverse("publishing:snapshot_take")).status_code == 200
    response = client.post(reverse("publishing:snapshot_take"), {
        "super_complaint": super_complaint.slug, "as_at_day": "17", "as_at_month": "6", "as_at_year": "2021"})
    snapshot = Snapshot.objects.get()
    assert response.status_code == 302 and response.url == snapshot.get_absolute_url()
    today = timezone.localdate()
    assert snapshot.title == f"Position as at 17 June 2021, rebuilt on {today.day} {today:%B %Y}"
    assert snapshot.super_complaint == super_complaint and snapshot.taken_by == users.inspector
    assert snapshot.row_count == SnapshotRow.objects.filter(snapshot=snapshot).count() > 0


def test_date_defaults_to_today_and_national_scope(client_for, users, published):
    client = client_for(users.inspector)
    client.post(reverse("publishing:snapshot_take"), {"super_complaint": ""})
    snapshot = Snapshot.objects.get()
    assert snapshot.as_at == timezone.localdate() and snapshot.super_complaint is None
    assert snapshot.scope == "national"
    from rectrack.complaints.models import Recipient
    assert snapshot.row_count == Recipient.objects.count()


@pytest.mark.parametrize("data", [
    {"as_at_day": "31", "as_at_month": "2", "as_at_year": "2021"},
    {"as_at_day": "1", "as_at_month": "1", "as_at_year": str(timezone.localdate().year + 1)},
    {"as_at_day": "1", "as_at_month": "", "as_at_year": "2021"},
])
def test_bad_dates_are_refused_and_nothing_is_saved(client_for, users, super_complaint, data):
    response = client_for(users.inspector).post(reverse("publishing:snapshot_take"),
                                                {"super_complaint": super_complaint.slug, **data})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not Snapshot.objects.exists()


def test_only_the_inspectorate_takes_snapshots(client_for, users, super_complaint):
    for user in (None, users.sussex_editor, users.liberty):
        client = client_for(user)
        assert client.get(reverse("publishing:snapshot_take")).status_code == 403
        assert (
            client.post(reverse("publishing:snapshot_take"), {"super_complaint": super_complaint.slug}).status_code
            == 403
        )
    with pytest.raises(PermissionDenied):
        take_snapshot(user=users.sussex_editor, super_complaint=super_complaint)
    assert not Snapshot.objects.exists()


def test_snapshot_holds_only_published_responses(users, published, super_complaint):
    snapshot = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    rows = {(r.organisation_id, r.recommendation): r for r in snapshot.rows.all()}
    assert rows[("sussex-police", "1")].state == "published"
    assert rows[("sussex-police", "1")].progress == "complete"
    assert rows[("sussex-police", "1")].narrative == "Sussex stopped sharing data."
    assert rows[("northumbria-police", "1")].state == "no_response"
    assert rows[("northumbria-police", "1")].narrative == ""
    assert not any("SECRET" in r.narrative for r in rows.values())


def test_snapshot_is_unchanged_after_the_live_data_changes(client, users, published, super_complaint):
    snapshot = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 30))
    url = snapshot.get_absolute_url()
    page = matrix_part(client.get(url).content.decode())
    downloads = {fmt: download(client, snapshot.pk, fmt) for fmt in ("json", "csv")}
    xlsx_rows = _xlsx_rows(download(client, snapshot.pk, "xlsx"))
    assert hashlib.sha256(downloads["json"]).hexdigest() == snapshot.content_sha256

    # Later: Sussex edits its published response, Northumbria publishes, another response appears.
    services.update_response(user=users.inspector, response=published["sussex_1"],
                             data={"progress": "in_progress", "narrative": "We changed our minds."})
    set_state(published["northumbria_1"], WorkflowState.PUBLISHED)
    from rectrack.complaints.models import Recommendation
    from rectrack.organisations.models import Organisation
    resp = services.create_response(user=users.inspector, recommendation=Recommendation.objects.get(
        super_complaint=super_complaint, number="5"), organisation=Organisation.objects.get(pk="kent-police"),
        data={"progress": "complete"})
    set_state(resp, WorkflowState.PUBLISHED)

    assert matrix_part(client.get(url).content.decode()) == page
    assert download(client, snapshot.pk, "json") == downloads["json"]  # byte-identical
    assert download(client, snapshot.pk, "csv") == downloads["csv"]
    assert _xlsx_rows(download(client, snapshot.pk, "xlsx")) == xlsx_rows
    snapshot.refresh_from_db()
    assert verify(snapshot)
    assert "Verified unchanged" in client.get(url).content.decode()
    doc = json.loads(downloads["json"])
    sussex = next(r for r in doc["rows"] if r["organisation_id"] == "sussex-police" and r["recommendation"] == "1")
    assert sussex["progress"] == "complete" and sussex["narrative"] == "Sussex stopped sharing data."


def _xlsx_rows(data: bytes) -> list:
    import io

    import openpyxl

    return [list(r) for r in openpyxl.load_workbook(io.BytesIO(data), read_only=True).worksheets[0].values]


def test_snapshots_are_immutable(users, published, super_complaint):
    snapshot = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    row = snapshot.rows.first()
    snapshot.title = "Changed"
    with pytest.raises(ImmutableError):
        snapshot.save()
    with pytest.raises(ImmutableError):
        snapshot.delete()
    with pytest.raises(ImmutableError):
        Snapshot.objects.filter(pk=snapshot.pk).update(title="Changed")
    with pytest.raises(ImmutableError):
        SnapshotRow.objects.filter(snapshot=snapshot).update(progress="complete")
    with pytest.raises(ImmutableError):
        SnapshotRow.objects.filter(snapshot=snapshot).delete()
    row.progress = "complete"
    with pytest.raises(ImmutableError):
        row.save()
    snapshot.refresh_from_db()
    assert snapshot.title != "Changed" and verify(snapshot)


def test_admin_is_read_only(client_for, users, published, super_complaint):
    snapshot = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    client = client_for(users.inspector)
    assert client.get(reverse("admin:publishing_snapshot_changelist")).status_code == 200
    assert client.get(reverse("admin:publishing_snapshot_add")).status_code == 403
    assert client.get(reverse("admin:publishing_snapshot_delete", args=[snapshot.pk])).status_code == 403
    change = client.get(reverse("admin:publishing_snapshot_change", args=[snapshot.pk]))
    assert change.status_code == 200 and 'name="_save"' not in change.content.decode()


def test_compare_two_snapshots(client, users, published, super_complaint):
    a = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    services.update_response(user=users.inspector, response=published["sussex_4"], data={"progress": "complete"})
    set_state(published["sussex_4"], WorkflowState.PUBLISHED)  # the revision published
    set_state(published["northumbria_1"], WorkflowState.PUBLISHED)
    set_state(published["sussex_1"], WorkflowState.WITHDRAWN)
    b = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 12, 1))

    changes = {(c.organisation_id, c.recommendation): c for c in compare_snapshots(a, b)}
    assert set(changes) == {("sussex-police", "4"), ("northumbria-police", "1"), ("sussex-police", "1")}
    assert changes[("sussex-police", "4")].kind == "changed"
    assert changes[("sussex-police", "4")].changes == [("progress", "in_progress", "complete")]
    assert changes[("northumbria-police", "1")].kind == "added"
    assert changes[("sussex-police", "1")].kind == "removed"

    # The page orders the pair itself (older to newer) and says what changed, for whom.
    html = client.get(reverse("publishing:snapshot_compare"), {"a": b.pk, "b": a.pk}).content.decode()
    assert "Newly published: 1" in html and "No longer published: 1" in html and "Changed: 1" in html
    assert "Progress: In progress → Complete" in html
    assert "Northumbria Police" in html
    assert client.get(reverse("publishing:snapshot_compare"), {"a": "x", "b": "999"}).status_code == 200


def test_snapshot_pages_and_list(client, users, published, super_complaint):
    national = take_snapshot(user=users.inspector, super_complaint=None)
    html = client.get(
        reverse("publishing:snapshot", args=[national.pk]), {"complaint": super_complaint.slug}
    ).content.decode()
    assert "All super-complaints (national)" in html and "Sussex Police" in html
    assert client.get(reverse("publishing:snapshot", args=[national.pk]), {"complaint": "nope"}).status_code == 404
    assert national.title in client.get(reverse("publishing:snapshots")).content.decode()
    assert client.get("/public/snapshots/999/").status_code == 404


def _row(snapshot, org_id, number):
    return SnapshotRow.objects.get(snapshot=snapshot, organisation_id=org_id, recommendation=number)


def test_an_earlier_date_is_rebuilt_from_the_versions_as_they_stood(users, respond, super_complaint):
    first = respond("sussex-police", 1, progress="in_progress", narrative="Started in 2021.",
                    as_of=datetime.date(2021, 6, 1))
    services.update_response(user=users.inspector, response=first,
                             data={"progress": "complete", "narrative": "Finished in 2022.",
                                   "as_of": datetime.date(2022, 3, 1)})
    set_state(first, WorkflowState.PUBLISHED)
    later = respond("kent-police", 1, as_of=datetime.date(2023, 1, 5))
    withdrawn = respond("surrey-police", 1, as_of=datetime.date(2021, 2, 1))
    set_state(withdrawn, WorkflowState.WITHDRAWN)

    end_2021 = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 12, 31))
    row = _row(end_2021, "sussex-police", "1")
    assert (row.state, row.progress, row.narrative, row.as_of) == (
        "published", "in_progress", "Started in 2021.", datetime.date(2021, 6, 1))
    assert _row(end_2021, "kent-police", "1").state == "no_response"  # its answer speaks for 2023
    assert _row(end_2021, "surrey-police", "1").state == "no_response"  # withdrawn: never shown again
    assert "rebuilt on" in end_2021.title
    assert verify(end_2021)

    before = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2020, 12, 31))
    assert _row(before, "sussex-police", "1").state == "no_response"

    today = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    row = _row(today, "sussex-police", "1")
    assert (row.progress, row.narrative) == ("complete", "Finished in 2022.")
    assert _row(today, "kent-police", "1").response_id == later.pk
    assert "rebuilt" not in today.title


def test_a_rebuilt_snapshot_matches_a_live_one_when_nothing_changed_since(users, published, super_complaint):
    rebuilt = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    live = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    fields = ["super_complaint", "organisation_id", "recommendation", "state", "position", "progress", "as_of",
              "narrative", "response_id", "response_url", "written_by"]
    assert (list(SnapshotRow.objects.filter(snapshot=rebuilt).order_by("pk").values_list(*fields))
            == list(SnapshotRow.objects.filter(snapshot=live).order_by("pk").values_list(*fields)))


def test_titles_are_unique_within_a_scope(users, published, super_complaint):
    one = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    two = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    three = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    assert two.title == f"{one.title} (2)" and three.title == f"{one.title} (3)"
    national = take_snapshot(user=users.inspector, super_complaint=None, as_at=datetime.date(2021, 6, 1))
    assert national.title == one.title  # another scope: its scope title tells them apart


def test_the_page_says_when_a_snapshot_was_rebuilt_and_links_the_previous(client, users, published, super_complaint):
    old = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    new = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    html = client.get(reverse("publishing:snapshot", args=[old.pk])).content.decode()
    assert "so it was rebuilt from the record" in html
    html = client.get(reverse("publishing:snapshot", args=[new.pk])).content.decode()
    assert "rebuilt from the record" not in html
    assert f"?a={old.pk}&amp;b={new.pk}" in html


def test_compare_defaults_to_the_previous_and_the_latest(client, users, published, super_complaint):
    assert client.get(reverse("publishing:snapshot_compare")).context["changes"] is None
    first = take_snapshot(user=users.inspector, super_complaint=super_complaint, as_at=datetime.date(2021, 6, 1))
    take_snapshot(user=users.inspector, super_complaint=None)  # another scope, in between
    second = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    page = client.get(reverse("publishing:snapshot_compare"))
    assert (page.context["a"], page.context["b"]) == (first, second)
    assert page.context["changes"] is not None


def test_a_snapshot_counts_its_rows_when_taken(users, published, super_complaint):
    """The chart of snapshots and a snapshot's summary read these counts, not every row of every snapshot."""
    national = take_snapshot(user=users.inspector, super_complaint=None)
    one = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    for snapshot in (national, one):
        grouped = {(r["super_complaint"], r["state"], r["progress"]): r["n"] for r in
                   SnapshotRow.objects.filter(snapshot=snapshot).values("super_complaint", "state", "progress")
                   .annotate(n=Count("id")).order_by()}
        counted = {(c.super_complaint, c.state, c.progress): c.n
                   for c in SnapshotCount.objects.filter(snapshot=snapshot)}
        assert counted == grouped and sum(counted.values()) == snapshot.row_count
        assert sum(s["total"] for s in snapshot_summary(snapshot)) == snapshot.row_count
    assert len({c.super_complaint for c in SnapshotCount.objects.filter(snapshot=national)}) > 1
    assert {c.super_complaint for c in SnapshotCount.objects.filter(snapshot=one)} == {super_complaint.slug}
    with pytest.raises(ImmutableError):
        SnapshotCount.objects.filter(snapshot=one).update(n=0)
    with pytest.raises(ImmutableError):
        SnapshotCount.objects.filter(snapshot=one).first().delete()


def test_migration_counts_the_snapshots_taken_before_counts_were_kept(users, published, super_complaint):
    snapshot = take_snapshot(user=users.inspector, super_complaint=None)
    expected = {(c.super_complaint, c.state, c.progress): c.n for c in SnapshotCount.objects.filter(snapshot=snapshot)}
    models.QuerySet.delete(SnapshotCount.objects.filter(snapshot=snapshot))  # as taken before migration 0006
    assert not SnapshotCount.objects.filter(snapshot=snapshot).exists()
    importlib.import_module("rectrack.publishing.migrations.0006_snapshot_counts").count_existing(apps, None)
    assert {(c.super_complaint, c.state, c.progress): c.n
            for c in SnapshotCount.objects.filter(snapshot=snapshot)} == expected
