"""Open data: the public table and snapshots as CSV, XLSX and JSON, with one documented schema.

The column list here is the contract: the downloads, the snapshot rows and the schema page at
/public/schema/ all read it, so they cannot drift apart.
"""
from dataclasses import dataclass

from django.urls import reverse

from rectrack.complaints.models import SuperComplaint
from rectrack.core.downloads import CONTENT_TYPES
from rectrack.core.vocabulary import LABELS, NO_RESPONSE, Adequacy, Assessment, Position, Progress
from rectrack.organisations.models import Organisation
from rectrack.responses.models import AdequacyView, ResponseVersion
from rectrack.responses.models import Assessment as AssessmentRecord
from rectrack.tracker.models import Standing

PUBLISHED = "published"
ROW_STATES = [PUBLISHED, NO_RESPONSE.value]
# Written by rectrack.core.downloads, the one formula-safe writer for every download.
FORMATS = {fmt: CONTENT_TYPES[fmt] for fmt in ("csv", "xlsx", "json")}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    allowed: tuple[str, ...] = ()
    snapshot_only: bool = False
    # Read live whenever the table is downloaded (the inspectorate's and designated bodies' judgements
    # change after publication): not frozen into snapshots.
    public_only: bool = False

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
    Column("narrative", "string, may be empty",
           "What the organisation said: the response's narrative text as published (the API's narrative)."),
    Column("assessment", "string (one of the allowed values), empty when no response is published",
           "The inspectorate's assessment of the response, a separate axis from the organisation's own progress "
           "(the API's assessment).", tuple(Assessment), public_only=True),
    Column("assessment_comment", "string, may be empty", "The inspectorate's comment on its assessment.",
           public_only=True),
    Column("adequacy_views", "list of 'organisation id: view' (joined with '; ' in CSV and XLSX), may be empty",
           "The designated bodies' views of whether the response is adequate, one per body that recorded one.",
           tuple(Adequacy), public_only=True),
    Column("adequacy_comments", "list of 'organisation id: comment' (joined with '; ' in CSV and XLSX), may be empty",
           "The designated bodies' comments with their views.", public_only=True),
]
PUBLIC_COLUMNS = [c.name for c in COLUMNS if not c.snapshot_only]
SNAPSHOT_COLUMNS = [c.name for c in COLUMNS if not c.public_only]
JUDGEMENT_COLUMNS = [c.name for c in COLUMNS if c.public_only]


def record_path(slug: str, organisation_id: str) -> str:
    return reverse("publishing:record", args=[slug, organisation_id])


def _recommendation_anchor(number: str) -> str:
    return f"#recommendation-{number}"


def _judgements(response_ids) -> dict[int, dict]:
    """The inspectorate's assessment and the designated bodies' views of these responses (two queries)."""
    out: dict[int, dict] = {}
    for response_id, status, comment in AssessmentRecord.objects.filter(response_id__in=response_ids).values_list(
            "response_id", "status", "comment"):
        out.setdefault(response_id, {})["assessment"] = (status, comment)
    for response_id, body, verdict, comment in (AdequacyView.objects.filter(response_id__in=response_ids)
                                                .order_by("designated_body_id")
                                                .values_list("response_id", "designated_body_id", "verdict",
                                                             "comment")):
        views = out.setdefault(response_id, {})
        views.setdefault("views", []).append(f"{body}: {verdict}")
        if comment.strip():
            views.setdefault("comments", []).append(f"{body}: {comment.strip()}")
    return out


def public_rows(super_complaint: SuperComplaint | None, *, base_url: str = "", with_narrative: bool = False,
                with_judgements: bool = False):
    """One row per recipient x recommendation (of one super-complaint, or all with None), in the schema's
    order: the published answer, or 'no response published'. Read from the tracker's public columns:
    one query (two with the narrative, two more with the judgements), streamed."""
    standings = Standing.objects.all() if super_complaint is None else Standing.objects.filter(
        super_complaint=super_complaint)
    fields = ["super_complaint_id", "organisation_id", "organisation__name", "organisation__kind",
              "organisation__region", "recommendation__number", "recommendation__order", "public_response_id",
              "public_written_by_id", "public_progress", "public_position", "public_as_of", "public_version_id"]
    ordered = standings.order_by("super_complaint__order", "super_complaint_id", "organisation__name",
                                 "organisation_id", "recommendation__order").values_list(*fields)
    narratives = {}
    if with_narrative:
        narratives = dict(ResponseVersion.objects.filter(pk__in=standings.filter(public_version__isnull=False)
                                                         .values("public_version_id")).values_list("pk", "narrative"))
    judgements = {}
    if with_judgements:
        judgements = _judgements(standings.filter(public_response__isnull=False).values("public_response_id"))
    # One reverse() for every row's link: at national size that is 20,000 fewer URL resolutions.
    path = base_url + record_path("__sc__", "__org__")
    for (slug, org_id, name, kind, region, number, order, response_id, written_by, progress, position, as_of,
         version_id) in ordered.iterator(chunk_size=5000):
        published = response_id is not None
        row = {
            "organisation_id": org_id,
            "organisation_name": name,
            "kind": kind,
            "region": region,
            "recommendation": number,
            "recommendation_order": order,
            "position": position if published else "",
            "progress": progress if published else "",
            "as_of": as_of.isoformat() if published and as_of else "",
            "response_id": response_id,
            "response_url": (path.replace("__sc__", slug).replace("__org__", org_id) + _recommendation_anchor(number)
                             if published else ""),
            "state": PUBLISHED if published else NO_RESPONSE.value,
            "super_complaint": slug,
            "written_by": written_by or "",
        }
        if with_narrative:
            row["narrative"] = narratives.get(version_id, "") if published else ""
        if with_judgements:
            found = judgements.get(response_id, {}) if published else {}
            status, comment = found.get("assessment", (Assessment.NOT_ASSESSED.value if published else "", ""))
            row |= {"assessment": status, "assessment_comment": comment, "adequacy_views": found.get("views", []),
                    "adequacy_comments": found.get("comments", [])}
        yield row
