"""Taking, reading, verifying and comparing snapshots of the public position.

Only published responses go into a snapshot: it is the public position as at its date. A snapshot as at
today copies the public record as it is (the tracker's public columns); one as at an earlier date D is
rebuilt from the published versions as they stood at D (``_rows_as_at``): per response, the latest version
that speaks for a date on or before D (its as-of date, or when it has none, its publication in the service),
never a withdrawn one; a joint answer counts for the bodies it counted for when published. Its title says it
was rebuilt later (ADR 0016). Rows are built from streamed queries (a constant number for any size) and
inserted in batches, so the national dataset (~22,000 rows) is taken in a few seconds.
"""
import datetime
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone

from rectrack.complaints.models import Recipient, SuperComplaint
from rectrack.publishing.models import Snapshot, SnapshotCount, SnapshotRedaction, SnapshotRow
from rectrack.publishing.opendata import PUBLISHED, SNAPSHOT_COLUMNS, public_rows, record_path
from rectrack.responses.models import ResponseVersion
from rectrack.tracker.selectors import NO_RESPONSE

BATCH_SIZE = 2000
SCHEMA = "rectrack.snapshot/1"
NATIONAL_TITLE = "All super-complaints (national)"


def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


def snapshot_title(as_at: datetime.date, *, taken_on: datetime.date | None = None) -> str:
    """"Position as at 31 December 2021", and ", rebuilt on 26 November 2026" when taken after that date."""
    title = f"Position as at {_day(as_at)}"
    if taken_on is not None and taken_on > as_at:
        title += f", rebuilt on {_day(taken_on)}"
    return title


def unique_title(super_complaint: SuperComplaint | None, title: str) -> str:
    """The title, numbered ("(2)", "(3)") when the same scope already has a snapshot of that title."""
    taken = set(Snapshot.objects.filter(super_complaint=super_complaint, title__startswith=title)
                .values_list("title", flat=True))
    n, candidate = 1, title
    while candidate in taken:
        n += 1
        candidate = f"{title} ({n})"
    return candidate


def is_rebuilt(snapshot: Snapshot) -> bool:
    """Taken after the date it stands for: rebuilt from the history, not copied on the day."""
    return timezone.localtime(snapshot.taken_at).date() > snapshot.as_at


def _live_rows(super_complaint: SuperComplaint | None, base_url: str):
    """SnapshotRow field dicts for every recipient x recommendation, in canonical order: the public record
    now (the tracker's public columns, with the published narrative)."""
    for row in public_rows(super_complaint, base_url=base_url, with_narrative=True):
        row["as_of"] = datetime.date.fromisoformat(row["as_of"]) if row["as_of"] else None
        yield {name: row[name] for name in ROW_FIELDS}


def _versions_as_at(super_complaint: SuperComplaint | None, as_at: datetime.date) -> dict[int, dict]:
    """Per response, the published version that stood for ``as_at``: the latest whose as-of date (or, without
    one, its publication in the service) is on or before it; withdrawn versions never count (ADR 0012)."""
    end_of_day = timezone.make_aware(datetime.datetime.combine(as_at + datetime.timedelta(days=1), datetime.time()))
    versions = ResponseVersion.objects.filter(withdrawn_at__isnull=True).filter(
        Q(as_of__lte=as_at) | Q(as_of__isnull=True, published_at__lt=end_of_day))
    if super_complaint is not None:
        versions = versions.filter(response__recommendation__super_complaint=super_complaint)
    latest: dict[int, dict] = {}
    for v in versions.order_by("response_id", "number").values(
            "pk", "response_id", "response__organisation_id", "response__recommendation_id", "position", "progress",
            "as_of", "narrative", "counts_for").iterator(chunk_size=5000):
        latest[v["response_id"]] = v  # ordered by number: the last one wins
    return latest


def _rows_as_at(super_complaint: SuperComplaint | None, as_at: datetime.date, base_url: str):
    """SnapshotRow field dicts for every recipient x recommendation as the public record stood at ``as_at``,
    in the same order as ``_live_rows``. Three streamed queries."""
    own: dict[tuple, dict] = {}
    joint: dict[tuple, dict] = {}
    for v in _versions_as_at(super_complaint, as_at).values():
        rec = v["response__recommendation_id"]
        own[(rec, v["response__organisation_id"])] = v
        for org_id in v["counts_for"] or []:
            joint.setdefault((rec, org_id), v)
    recipients = Recipient.objects.all() if super_complaint is None else Recipient.objects.filter(
        recommendation__super_complaint=super_complaint)
    path = base_url + record_path("__sc__", "__org__")
    for slug, org_id, name, kind, region, rec_id, number, order in recipients.order_by(
            "recommendation__super_complaint__order", "recommendation__super_complaint_id", "organisation__name",
            "organisation_id", "recommendation__order").values_list(
            "recommendation__super_complaint_id", "organisation_id", "organisation__name", "organisation__kind",
            "organisation__region", "recommendation_id", "recommendation__number", "recommendation__order"
    ).iterator(chunk_size=5000):
        v = own.get((rec_id, org_id)) or joint.get((rec_id, org_id))
        written_by = v["response__organisation_id"] if v and v["response__organisation_id"] != org_id else ""
        yield {
            "super_complaint": slug, "organisation_id": org_id, "organisation_name": name, "kind": kind,
            "region": region, "recommendation": number, "recommendation_order": order,
            "state": PUBLISHED if v else NO_RESPONSE.value, "position": v["position"] if v else "",
            "progress": v["progress"] if v else "", "as_of": v["as_of"] if v else None,
            "narrative": v["narrative"] if v else "", "response_id": v["response_id"] if v else None,
            "response_url": (path.replace("__sc__", slug).replace("__org__", org_id) + f"#recommendation-{number}"
                             if v else ""),
            "written_by": written_by,
        }


def redact_rows(sender, *, response_id: int, removed: dict, redaction, **kwargs) -> None:
    """Published text the inspectorate removed goes from the snapshots that copied it too; each snapshot
    touched records why its content no longer matches its hash (``SnapshotRedaction``)."""
    if "narrative" not in removed:
        return
    rows = SnapshotRow.objects.filter(response_id=response_id, narrative=removed["narrative"])
    snapshot_ids = set(rows.values_list("snapshot_id", flat=True))
    if not snapshot_ids:
        return
    models.QuerySet.update(rows, narrative="")  # the one change a snapshot ever takes (ImmutableQuerySet refuses)
    SnapshotRedaction.objects.bulk_create([SnapshotRedaction(snapshot_id=pk, redaction_id=redaction.pk)
                                           for pk in snapshot_ids])


ROW_FIELDS = ["super_complaint", "organisation_id", "organisation_name", "kind", "region", "recommendation",
              "recommendation_order", "state", "position", "progress", "as_of", "narrative", "response_id",
              "response_url", "written_by"]


def _insert_rows(snapshot: Snapshot, rows: list[dict]) -> None:
    """Insert the rows in batches with one prepared statement (executemany).

    Model-level bulk_create spends ~0.5 ms a row compiling SQL (12 s for the national dataset here);
    the same rows go in through the driver in well under a second. Values are adapted by the database
    connection's own operations, so this works on SQLite and PostgreSQL alike.
    """
    fields = [SnapshotRow._meta.get_field(name) for name in ROW_FIELDS]
    columns = [connection.ops.quote_name(f.column) for f in fields] + [connection.ops.quote_name("snapshot_id")]
    sql = (f"INSERT INTO {connection.ops.quote_name(SnapshotRow._meta.db_table)} ({', '.join(columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    date_field = SnapshotRow._meta.get_field("as_of")
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH_SIZE):
            batch = rows[start:start + BATCH_SIZE]
            cursor.executemany(sql, [
                [*(date_field.get_db_prep_save(r[name], connection) if name == "as_of" else r[name]
                   for name in ROW_FIELDS), snapshot.pk]
                for r in batch
            ])


def count_rows(snapshot: Snapshot, rows) -> list[SnapshotCount]:
    """The snapshot's counts per super-complaint, state and progress (``SnapshotCount``), from its rows."""
    counted = Counter((r["super_complaint"], r["state"], r["progress"] or "") for r in rows)
    return [SnapshotCount(snapshot=snapshot, super_complaint=slug, state=state, progress=progress, n=n)
            for (slug, state, progress), n in sorted(counted.items())]


def row_dict(row) -> dict:
    """A snapshot row (model instance or values() dict) as an open-data row, in the schema's types."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    out = {name: get(name) for name in SNAPSHOT_COLUMNS}
    if isinstance(out["as_of"], datetime.date):
        out["as_of"] = out["as_of"].isoformat()
    out["as_of"] = out["as_of"] or ""
    return out


def snapshot_meta(snapshot) -> dict:
    """The metadata hashed with the rows. Reads only stored fields, so a migration's historical model works too."""
    return {
        "schema": SCHEMA,
        "snapshot_id": snapshot.pk,
        "title": snapshot.title,
        "as_at": snapshot.as_at.isoformat(),
        "scope": snapshot.super_complaint_id or "national",
        "scope_title": snapshot.scope_title,
        "taken_at": snapshot.taken_at.astimezone(datetime.UTC).isoformat(),
        "taken_by": snapshot.taken_by_name,
    }


def snapshot_rows(snapshot: Snapshot, super_complaint: str | None = None, *, row_model=SnapshotRow):
    qs = row_model.objects.filter(snapshot_id=snapshot.pk)
    if super_complaint:
        qs = qs.filter(super_complaint=super_complaint)
    return qs.order_by("pk").values(*SNAPSHOT_COLUMNS, "recommendation_order").iterator(chunk_size=5000)


def canonical_json(snapshot: Snapshot, rows=None, *, row_model=SnapshotRow) -> bytes:
    """The snapshot as canonical JSON (sorted keys, no spaces, UTF-8): its JSON download and hash input.
    (``row_model``: the migrations' historical model, when a migration recomputes a hash.)"""
    rows = rows if rows is not None else snapshot_rows(snapshot, row_model=row_model)
    doc = {**snapshot_meta(snapshot), "columns": SNAPSHOT_COLUMNS, "rows": [row_dict(r) for r in rows]}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def verify(snapshot: Snapshot) -> bool:
    return hashlib.sha256(canonical_json(snapshot)).hexdigest() == snapshot.content_sha256


TAKEN_BY_PUBLIC = "the inspectorate"  # only the inspectorate takes snapshots (publishing.take_snapshot)


def public_taker(user) -> str:
    """Who took a snapshot as the public reads it (shown and hashed into the download): "the inspectorate" or the
    organisation, never a person's name (ADR 0012, 0020); ``Snapshot.taken_by`` keeps the person internally."""
    if not getattr(user, "is_authenticated", False):
        return ""
    organisation = None if getattr(user, "is_inspectorate", False) else getattr(user, "organisation", None)
    return organisation.name if organisation is not None else TAKEN_BY_PUBLIC


def can_take_snapshot(user) -> bool:
    return bool(user is not None and user.has_perm("publishing.take_snapshot"))


@transaction.atomic
def take_snapshot(*, user, super_complaint: SuperComplaint | None, as_at: datetime.date | None = None,
                  base_url: str = "") -> Snapshot:
    """Freeze the published position (one super-complaint, or national with None) as at a date."""
    if not can_take_snapshot(user):
        raise PermissionDenied("Only the inspectorate can take snapshots.")
    today = timezone.localdate()
    as_at = as_at or today
    snapshot = Snapshot.objects.create(
        super_complaint=super_complaint,
        scope_title=super_complaint.short_title or super_complaint.title if super_complaint else NATIONAL_TITLE,
        title=unique_title(super_complaint, snapshot_title(as_at, taken_on=today)), as_at=as_at,
        taken_by=user if getattr(user, "is_authenticated", False) else None,
        taken_by_name=public_taker(user),
        taken_at=timezone.now().replace(microsecond=0),
    )
    rows = _live_rows(super_complaint, base_url) if as_at >= today else _rows_as_at(super_complaint, as_at, base_url)
    digest_rows = list(rows)
    _insert_rows(snapshot, digest_rows)
    SnapshotCount.objects.bulk_create(count_rows(snapshot, digest_rows))
    snapshot.row_count = len(digest_rows)
    snapshot.content_sha256 = hashlib.sha256(canonical_json(snapshot, digest_rows)).hexdigest()
    snapshot._sealing = True
    snapshot.save(update_fields=["row_count", "content_sha256"])
    del snapshot._sealing
    return snapshot


# Reading a snapshot as a table --------------------------------------------------------------------


@dataclass
class SnapshotTable:
    """One super-complaint's part of a snapshot, as recipients x recommendations (from its rows only)."""

    super_complaint: str
    columns: list[str]
    rows: list[tuple[dict, list]]  # (organisation, [cell or None per column])
    counts: Counter = field(default_factory=Counter)


def complaint_titles() -> dict[str, str]:
    """Super-complaints' titles by slug, so pages name them in words (one query)."""
    return {slug: short or title for slug, short, title in
            SuperComplaint.objects.values_list("slug", "short_title", "title")}


def snapshot_summary(snapshot: Snapshot) -> list[dict]:
    """Per super-complaint: number of rows and counts per progress / no response published."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for slug, state, progress, n in SnapshotCount.objects.filter(snapshot=snapshot).values_list(
            "super_complaint", "state", "progress", "n"):
        counts[slug][progress if state == PUBLISHED else NO_RESPONSE] += n
    return [{"super_complaint": slug, "counts": c, "total": sum(c.values())} for slug, c in sorted(counts.items())]


def snapshot_table(snapshot: Snapshot, super_complaint: str) -> SnapshotTable:
    columns: list[tuple[int, str]] = []
    orgs: dict[str, dict] = {}
    cells: dict[tuple[str, str], dict] = {}
    counts: Counter = Counter()
    for r in snapshot_rows(snapshot, super_complaint):
        if (r["recommendation_order"], r["recommendation"]) not in columns:
            columns.append((r["recommendation_order"], r["recommendation"]))
        orgs.setdefault(r["organisation_id"], {"id": r["organisation_id"], "name": r["organisation_name"],
                                               "kind": r["kind"], "region": r["region"]})
        cells[(r["organisation_id"], r["recommendation"])] = r
        counts[r["progress"] if r["state"] == PUBLISHED else NO_RESPONSE] += 1
    numbers = [n for _, n in sorted(columns)]
    rows = [(org, [cells.get((org_id, n)) for n in numbers]) for org_id, org in orgs.items()]
    return SnapshotTable(super_complaint, numbers, rows, counts)


# Comparing two snapshots -------------------------------------------------------------------------


def previous_of(snapshot: Snapshot) -> Snapshot | None:
    """The snapshot of the same scope just before this one (by date, then by when it was taken)."""
    return (Snapshot.objects.filter(super_complaint=snapshot.super_complaint)
            .filter(Q(as_at__lt=snapshot.as_at) | Q(as_at=snapshot.as_at, taken_at__lt=snapshot.taken_at)
                    | Q(as_at=snapshot.as_at, taken_at=snapshot.taken_at, pk__lt=snapshot.pk))
            .order_by("-as_at", "-taken_at", "-pk").first())


def default_comparison(snapshots: list[Snapshot]) -> tuple[Snapshot | None, Snapshot | None]:
    """What the compare page shows first: the latest snapshot and the previous one of the same scope (or,
    if it has none, the next latest of any scope)."""
    if len(snapshots) < 2:
        return None, None
    latest = snapshots[0]
    previous = previous_of(latest) or snapshots[1]
    return previous, latest


@dataclass
class Change:
    super_complaint: str
    organisation_id: str
    organisation_name: str
    recommendation: str
    kind: str  # "added", "removed", "changed"
    changes: list[tuple[str, str, str]]  # (field, old, new)
    order: tuple = ()

    @property
    def described(self) -> list[tuple[str, str, str]]:
        return [(FIELD_LABELS.get(name, name), old, new) for name, old, new in self.changes]


COMPARED_FIELDS = ("state", "position", "progress", "as_of", "written_by")
FIELD_LABELS = {"position": "Position", "progress": "Progress", "as_of": "As of",
                "written_by": "Joint response written by"}


def compare_snapshots(a: Snapshot, b: Snapshot) -> list[Change]:
    """What changed from snapshot a to snapshot b, per organisation x recommendation.

    "added": a response is published in b but was not in a (or the pair is new); "removed": the
    reverse; "changed": position, progress, as-of date or joint authorship differ (old -> new).
    """
    fields = ("super_complaint", "organisation_id", "organisation_name", "recommendation", "recommendation_order",
              *COMPARED_FIELDS)

    def load(snapshot):
        return {(r["super_complaint"], r["organisation_id"], r["recommendation"]): r
                for r in SnapshotRow.objects.filter(snapshot=snapshot).values(*fields).iterator(chunk_size=5000)}

    old, new = load(a), load(b)
    changes = []
    for key in old.keys() | new.keys():
        before, after = old.get(key), new.get(key)
        ref = after or before
        was = before is not None and before["state"] == PUBLISHED
        now = after is not None and after["state"] == PUBLISHED
        if not was and not now:
            continue
        if now and not was:
            kind = "added"
        elif was and not now:
            kind = "removed"
        else:
            kind = "changed"
        diffs = []
        for name in COMPARED_FIELDS:
            old_v = _text(before[name]) if before else ""
            new_v = _text(after[name]) if after else ""
            if old_v != new_v and name != "state":
                diffs.append((name, old_v, new_v))
        if kind == "changed" and not diffs:
            continue
        changes.append(Change(ref["super_complaint"], ref["organisation_id"], ref["organisation_name"],
                              ref["recommendation"], kind, diffs,
                              (ref["super_complaint"], ref["organisation_name"], ref["recommendation_order"])))
    changes.sort(key=lambda c: c.order)
    return changes


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
