"""The reference data (super-complaints with their recommendations, and organisations)."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ExtractionError


@dataclass(frozen=True)
class Recommendation:
    id: str
    recipients: tuple[str, ...]
    text: str | None
    parts: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    due: str | None = None

    @property
    def full_text(self) -> str:
        """Everything a document may quote for this recommendation."""
        bits = [self.text or ""] + [t for _, t in self.parts] + list(self.notes)
        return " ".join(b for b in bits if b)


@dataclass(frozen=True)
class FollowUp:
    date: str
    what: str


@dataclass(frozen=True)
class SuperComplaint:
    slug: str
    title: str
    short_title: str
    designated_bodies: tuple[str, ...]
    received: str | None
    report_published: str | None
    keywords: tuple[str, ...]
    recipients: tuple[str, ...]
    follow_up: tuple[FollowUp, ...]
    recommendations: tuple[Recommendation, ...]
    recommendation_count: int | None = None

    def recommendation(self, rid: str) -> Recommendation | None:
        for r in self.recommendations:
            if r.id == rid:
                return r
        return None

    @property
    def catalogue_dates(self) -> set[str]:
        """Dates of the report's own history: never the date of a response to it."""
        return {d for d in (self.received, self.report_published) if d}


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    kind: str  # force | policing_body | national | designated_body
    oversees: str | None
    body_type: str
    region: str
    former_names: tuple[str, ...]
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


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _recommendation(raw: dict) -> Recommendation:
    return Recommendation(
        id=str(raw["id"]),
        recipients=tuple(raw.get("recipients") or ()),
        text=(raw.get("text") or None),
        parts=tuple((str(p["id"]), p.get("text") or "") for p in raw.get("parts") or ()),
        notes=tuple(raw.get("notes") or ()),
        due=_iso(raw.get("due")),
    )


def _super_complaint(raw: dict) -> SuperComplaint:
    return SuperComplaint(
        slug=str(raw["slug"]),
        title=raw.get("title") or "",
        short_title=raw.get("short_title") or "",
        designated_bodies=tuple(raw.get("designated_bodies") or ()),
        received=_iso(raw.get("received")),
        report_published=_iso(raw.get("report_published")),
        keywords=tuple(str(k) for k in raw.get("keywords") or ()),
        recipients=tuple(raw.get("recipients") or ()),
        follow_up=tuple(FollowUp(_iso(f.get("date")) or "", f.get("what") or "")
                        for f in raw.get("follow_up") or ()),
        recommendations=tuple(_recommendation(r) for r in raw.get("recommendations") or ()),
        recommendation_count=raw.get("recommendation_count"),
    )


def load_catalogue(super_complaints_yaml_path, organisations_csv_path) -> Catalogue:
    """Load the catalogue; raises ExtractionError with one sentence when a file is unusable."""
    try:
        with open(super_complaints_yaml_path, encoding="utf-8") as f:
            raw = yaml.safe_load(f)
        scs = [_super_complaint(r) for r in raw["super_complaints"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as e:
        raise ExtractionError(f"Cannot read the super-complaints catalogue {super_complaints_yaml_path}: {e}.") from e
    try:
        with open(organisations_csv_path, encoding="utf-8", newline="") as f:
            orgs = [Organisation(
                id=row["id"], name=row["name"], kind=row["kind"], oversees=row.get("oversees") or None,
                body_type=row.get("body_type") or "", region=row.get("region") or "",
                former_names=tuple(n.strip() for n in (row.get("former_names") or "").replace("|", ";").split(";")
                                   if n.strip()),
                country=row.get("country") or "",
            ) for row in csv.DictReader(f)]
    except (OSError, KeyError, csv.Error) as e:
        raise ExtractionError(f"Cannot read the organisations list {organisations_csv_path}: {e}.") from e
    return Catalogue(scs, orgs)


def default_paths() -> tuple[Path, Path]:
    base = Path(__file__).resolve().parent.parent / "reference_data"
    return base / "super_complaints.yaml", base / "organisations.csv"
