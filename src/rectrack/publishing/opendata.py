"""Open data: the public table and snapshots as CSV, XLSX and JSON, with one documented schema.

The column list here is the contract: the downloads, the snapshot rows and the schema page at
/public/schema/ all read it, so they cannot drift apart.
"""
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from rectrack.complaints.models import SuperComplaint
from rectrack.core.downloads import CONTENT_TYPES
from rectrack.organisations.models import Organisation
from rectrack.responses.selectors import build_matrix
from rectrack.vocabulary import LABELS, Position, Progress

PUBLISHED = "published"
NO_RESPONSE_PUBLISHED = "no_response_published"
ROW_STATES = [PUBLISHED, NO_RESPONSE_PUBLISHED]
# Written by rectrack.core.downloads, the one formula-safe writer for every download.
FORMATS = {fmt: CONTENT_TYPES[fmt] for fmt in ("csv", "xlsx", "json")}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    allowed: tuple[str, ...] = ()
    snapshot_only: bool = False

    def allowed_labels(self) -> list[tuple[str, str]]:
        return [(v, LABELS.get(v) or dict(Organisation.Kind.choices).get(v, v)) for v in self.allowed]


COLUMNS: list[Column] = [
    Column("organisation_id", "string", "The organisation's stable identifier (also used in rectrack's URLs and API)."),
    Column("organisation_name", "string", "The organisation's name."),
    Column("kind", "string (one of the allowed values)", "The kind of body.", tuple(Organisation.Kind.values)),
    Column("region", "string, may be empty", "The region the organisation belongs to, where it has one."),
    Column("recommendation", "string", "The recommendation's number, as the report numbers it."),
    Column("position", "string (one of the allowed values), empty when no response is published",
           "The organisation's own statement of whether it accepts the recommendation.", tuple(Position)),
    Column("progress", "string (one of the allowed values), empty when no response is published",
           "The organisation's own statement of its progress.", tuple(Progress)),
    Column("as_of", "date (YYYY-MM-DD), may be empty", "The date the organisation gave for its response."),
    Column("response_id", "integer, empty when no response is published", "rectrack's identifier of the response."),
    Column("response_url", "URL, empty when no response is published",
           "Where the published response can be read (the organisation's printable response record)."),
    Column("state", "string (one of the allowed values)",
           "Whether a response is published for this organisation and recommendation.", tuple(ROW_STATES)),
    Column("super_complaint", "string", "The super-complaint's identifier (its slug)."),
    Column("written_by", "string, may be empty",
           "For a joint response: the identifier of the organisation that wrote it and for which it also counts."),
    Column("narrative", "string, may be empty", "The response's narrative text as published.", snapshot_only=True),
]
PUBLIC_COLUMNS = [c.name for c in COLUMNS if not c.snapshot_only]
SNAPSHOT_COLUMNS = [c.name for c in COLUMNS]


def record_path(slug: str, organisation_id: str) -> str:
    return reverse("publishing:record", args=[slug, organisation_id])


def _recommendation_anchor(number: str) -> str:
    return f"#recommendation-{number}"


def public_rows(super_complaint: SuperComplaint, *, base_url: str = "", with_narrative: bool = False) -> list[dict]:
    """One row per recipient x recommendation: the published response, or 'no response published'."""
    matrix = build_matrix(super_complaint, user=AnonymousUser(), deadlines=False, narrative=with_narrative)
    slug = super_complaint.slug
    rows = []
    for row in matrix.rows:
        org = row.organisation
        prefix = base_url + record_path(slug, org.id)
        for cell in row.cells:
            if not cell.owed:
                continue
            number = cell.recommendation.number
            resp = cell.response
            out = {
                "organisation_id": org.id,
                "organisation_name": org.name,
                "kind": org.kind,
                "region": org.region,
                "recommendation": number,
                "position": resp.position if resp else "",
                "progress": resp.progress if resp else "",
                "as_of": resp.as_of.isoformat() if resp and resp.as_of else "",
                "response_id": resp.pk if resp else None,
                "response_url": prefix + _recommendation_anchor(number) if resp else "",
                "state": PUBLISHED if resp else NO_RESPONSE_PUBLISHED,
                "super_complaint": slug,
                "written_by": resp.organisation_id if resp and cell.joint else "",
            }
            if with_narrative:
                out["narrative"] = resp.narrative if resp else ""
            rows.append(out)
    return rows


def cached_public_rows(super_complaint: SuperComplaint, *, base_url: str = "") -> list[dict]:
    """public_rows, cached per data stamp (the downloads of an unchanged table are the same bytes)."""
    from django.core.cache import cache

    from rectrack.publishing.stamp import TABLE_SECONDS, data_stamp

    key = f"publishing:rows:{super_complaint.slug}:{data_stamp(super_complaint)}:{base_url}"
    if (rows := cache.get(key)) is None:
        rows = public_rows(super_complaint, base_url=base_url)
        cache.set(key, rows, TABLE_SECONDS)
    return rows
