"""The reference data the engine reads by: super-complaints with their recommendations, and organisations.

Two sources build the same frozen `Catalogue`: the packaged YAML and CSV (`load_catalogue`, for the
database-free `rectrack extract`) and the service's database (`rectrack.ingestion.engine`), through the
plain constructors below. Everything the catalogue does not know is `None` or empty, never invented:
a recommendation whose recipients are unknown has `recipients_known=False`, one whose wording is
unknown has `text=None`.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ExtractionError


@dataclass(frozen=True)
class Part:
    """A sub-recommendation ("7.1", "3a", "2c-i") of its parent recommendation."""

    id: str
    text: str = ""


@dataclass(frozen=True)
class Recommendation:
    id: str  # "" for a recommendation known to exist whose number is not
    recipients: tuple[str, ...] = ()
    text: str | None = None
    parts: tuple[Part, ...] = ()
    notes: tuple[str, ...] = ()
    due: str | None = None
    text_is_summary: bool = False
    recipients_known: bool = True
    sources: tuple[str, ...] = ()

    @property
    def full_text(self) -> str:
        """Everything a document may quote for this recommendation."""
        bits = [self.text or ""] + [p.text for p in self.parts] + list(self.notes)
        return " ".join(_unclipped(b) for b in bits if b)

    @property
    def quotable_text(self) -> str:
        """The wording a response may quote (the text and its parts, not our notes about it)."""
        bits = [self.text or ""] + [p.text for p in self.parts]
        return " ".join(_unclipped(b) for b in bits if b)


@dataclass(frozen=True)
class FollowUp:
    date: str
    what: str


@dataclass(frozen=True)
class SuperComplaint:
    slug: str
    title: str
    short_title: str = ""
    designated_bodies: tuple[str, ...] = ()
    received: str | None = None
    report_published: str | None = None
    keywords: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    follow_up: tuple[FollowUp, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    recommendation_count: int | None = None
    status: str = "published"  # published | under_investigation
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # known to exist, number unknown: read for which-complaint and quote detection, never aligned
    unnumbered_recommendations: tuple[Recommendation, ...] = ()
    # actions for HMICFRS, the College of Policing or the IOPC: not recommendations to recipients
    actions: tuple[Recommendation, ...] = ()
    investigated_by: tuple[str, ...] = ()
    features_of_policing: tuple[str, ...] = ()

    def recommendation(self, rid: str) -> Recommendation | None:
        for r in self.recommendations:
            if r.id == rid:
                return r
        return None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.recommendations)

    def parent_id(self, token: str) -> str:
        """The catalogue recommendation a document's number stands for: itself when the catalogue lists
        it, the recommendation owning it as a part ("7.1", "3a", "2c-i"), else its leading number."""
        token = normalise_id(token)
        if not token:
            return token
        for r in self.recommendations:
            if r.id == token:
                return token
        for r in self.recommendations:
            if any(normalise_id(p.id) == token for p in r.parts):
                return r.id
        return parent_number(token)

    @property
    def catalogue_dates(self) -> set[str]:
        """Dates of the report's own history: never the date of a response to it."""
        return {d for d in (self.received, self.report_published) if d}


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    kind: str  # force | policing_body | national | designated_body
    oversees: str | None = None
    body_type: str = ""
    region: str = ""
    former_names: tuple[str, ...] = ()
    country: str = ""


@dataclass
class Catalogue:
    super_complaints: list[SuperComplaint]
    organisations: list[Organisation]
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        self.org_by_id = {o.id: o for o in self.organisations}
        self.sc_by_slug = {s.slug: s for s in self.super_complaints}

    def cached(self, key: str, build):
        """Derived indexes (name variants, matchers) are built once per catalogue."""
        if key not in self._cache:
            self._cache[key] = build(self)
        return self._cache[key]


_PART_SUFFIX = re.compile(
    r"^(\d{1,3})(?:\.\d{1,2}|[a-z]{1,2}|\([a-z]{1,2}\)|\([ivx]{1,4}\))(?:[-.]?(?:[a-z]|[ivx]{1,4}|"
    r"\([a-z]\)|\([ivx]{1,4}\)))*$"
)


# normalise_id's patterns, compiled once (it runs for every id the stages compare: the re module's cache lookup of a
# pattern given as a string cost more than the substitutions)
_SPACES = re.compile(r"\s+")
_BRACKETED_LETTER = re.compile(r"\(([a-z])\)")
_NUMBER_BRACKETED = re.compile(r"^\d+\([a-z]\)")


def normalise_id(token: str) -> str:
    """"3 (b)" -> "3b", "7. 1" -> "7.1", "2C-i" -> "2c-i": one spelling for comparing ids."""
    t = _SPACES.sub("", str(token or "")).lower().strip(".:")
    return _BRACKETED_LETTER.sub(r"\1", t) if _NUMBER_BRACKETED.match(t) else t


def parent_number(token: str) -> str:
    """A part's recommendation by its spelling alone: "4a", "7.1", "3(b)", "2c-i" -> their leading number."""
    t = normalise_id(token)
    m = _PART_SUFFIX.match(t)
    return m.group(1) if m else t


def _unclipped(s: str) -> str:
    """Texts the source cut short end with "[…]": the marker is ours, not the report's words."""
    return s.replace("[\u2026]", " ").replace("[...]", " ").strip()


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _strings(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v is not None)


def recommendation_from_mapping(raw: dict) -> Recommendation:
    """A recommendation (or action, or unnumbered recommendation) as the YAML or the database gives it."""
    recipients = raw.get("recipients")
    text = raw.get("text")
    return Recommendation(
        id=str(raw.get("id") or ""),
        recipients=_strings(recipients),
        text=(str(text).strip() or None) if text is not None else None,
        parts=tuple(Part(str(p.get("id")), str(p.get("text") or "")) for p in raw.get("parts") or ()
                    if isinstance(p, dict) and p.get("id") is not None),
        notes=_strings(raw.get("notes")),
        due=_iso(raw.get("due")),
        text_is_summary=bool(raw.get("text_is_summary")),
        recipients_known=recipients is not None,
        sources=_strings(raw.get("sources")),
    )


def super_complaint_from_mapping(raw: dict) -> SuperComplaint:
    count = raw.get("recommendation_count")
    return SuperComplaint(
        slug=str(raw["slug"]),
        title=str(raw.get("title") or ""),
        short_title=str(raw.get("short_title") or ""),
        designated_bodies=_strings(raw.get("designated_bodies")),
        received=_iso(raw.get("received")),
        report_published=_iso(raw.get("report_published")),
        keywords=_strings(raw.get("keywords")),
        recipients=_strings(raw.get("recipients")),
        follow_up=tuple(FollowUp(_iso(f.get("date")) or "", str(f.get("what") or ""))
                        for f in raw.get("follow_up") or () if isinstance(f, dict)),
        recommendations=tuple(recommendation_from_mapping(r) for r in raw.get("recommendations") or ()),
        recommendation_count=int(count) if isinstance(count, int) or str(count or "").isdigit() else None,
        status=str(raw.get("status") or "published"),
        sources=_strings(raw.get("sources")),
        notes=_strings(raw.get("notes")),
        unnumbered_recommendations=tuple(recommendation_from_mapping(r)
                                         for r in raw.get("unnumbered_recommendations") or ()),
        actions=tuple(recommendation_from_mapping(r) for r in raw.get("actions") or ()),
        investigated_by=_strings(raw.get("investigated_by")),
        features_of_policing=_strings(raw.get("features_of_policing")),
    )


def organisation_from_mapping(row: dict) -> Organisation:
    former = row.get("former_names") or ""
    if isinstance(former, str):
        former = former.replace("|", ";").split(";")
    return Organisation(
        id=str(row["id"]), name=str(row["name"]), kind=str(row["kind"]), oversees=row.get("oversees") or None,
        body_type=row.get("body_type") or "", region=row.get("region") or "",
        former_names=tuple(n.strip() for n in former if n and n.strip()), country=row.get("country") or "",
    )


def load_catalogue(super_complaints_yaml_path, organisations_csv_path) -> Catalogue:
    """Load the catalogue; raises ExtractionError with one sentence when a file is unusable."""
    try:
        with open(super_complaints_yaml_path, encoding="utf-8") as f:
            raw = yaml.safe_load(f)
        scs = [super_complaint_from_mapping(r) for r in raw["super_complaints"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
        raise ExtractionError(f"Cannot read the super-complaints catalogue {super_complaints_yaml_path}: {e}.") from e
    try:
        with open(organisations_csv_path, encoding="utf-8", newline="") as f:
            orgs = [organisation_from_mapping(row) for row in csv.DictReader(f)]
    except (OSError, KeyError, csv.Error) as e:
        raise ExtractionError(f"Cannot read the organisations list {organisations_csv_path}: {e}.") from e
    return Catalogue(scs, orgs)


def default_paths() -> tuple[Path, Path]:
    base = Path(__file__).resolve().parent.parent / "reference_data"
    return base / "super_complaints.yaml", base / "organisations.csv"


def catalogue_to_mapping(catalogue: Catalogue) -> dict:
    """The catalogue as JSON-ready data, read back by `catalogue_from_mapping` (for the child process)."""
    def rec(r: Recommendation) -> dict:
        return {"id": r.id, "recipients": list(r.recipients) if r.recipients_known else None, "text": r.text,
                "parts": [{"id": p.id, "text": p.text} for p in r.parts], "notes": list(r.notes), "due": r.due,
                "text_is_summary": r.text_is_summary, "sources": list(r.sources)}

    return {
        "super_complaints": [{
            "slug": s.slug, "title": s.title, "short_title": s.short_title,
            "designated_bodies": list(s.designated_bodies), "received": s.received,
            "report_published": s.report_published, "keywords": list(s.keywords), "recipients": list(s.recipients),
            "follow_up": [{"date": f.date, "what": f.what} for f in s.follow_up],
            "recommendations": [rec(r) for r in s.recommendations], "recommendation_count": s.recommendation_count,
            "status": s.status, "sources": list(s.sources), "notes": list(s.notes),
            "unnumbered_recommendations": [rec(r) for r in s.unnumbered_recommendations],
            "actions": [rec(r) for r in s.actions], "investigated_by": list(s.investigated_by),
            "features_of_policing": list(s.features_of_policing),
        } for s in catalogue.super_complaints],
        "organisations": [{"id": o.id, "name": o.name, "kind": o.kind, "oversees": o.oversees,
                           "body_type": o.body_type, "region": o.region, "former_names": list(o.former_names),
                           "country": o.country} for o in catalogue.organisations],
    }


def catalogue_from_mapping(data: dict) -> Catalogue:
    try:
        return Catalogue([super_complaint_from_mapping(s) for s in data["super_complaints"]],
                         [organisation_from_mapping(o) for o in data["organisations"]])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ExtractionError(f"The catalogue given to the engine is incomplete ({type(e).__name__}: {e}).") from e
