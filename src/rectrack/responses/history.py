"""A response's history as a readable timeline: who changed what, when, with the differences."""
from dataclasses import dataclass, field
from datetime import datetime

from rectrack.core.vocabulary import LABELS
from rectrack.responses.models import (
    Action,
    AdequacyView,
    Assessment,
    Evidence,
    JointLink,
    Response,
    ResponseVersion,
)

HIDDEN_FIELDS = {"id", "updated_at", "created_at", "assessed_at", "recorded_at", "uploaded_at", "file", "response",
                 "assessed_by", "recorded_by", "uploaded_by", "checked_by", "version", "on_version", "requested_by",
                 "requested_at", "decided_by", "decided_at"}
# What the public change log compares between published versions.
PUBLIC_FIELDS = ["position", "progress", "as_of", "narrative", "inspectorate_ref", "local_ref", "owner",
                 "governance_board"]


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class TimelineEntry:
    when: datetime
    who: str
    subject: str
    kind: str  # created | changed | deleted
    reason: str = ""
    changes: list[FieldChange] = field(default_factory=list)


def _display(model, name: str, value) -> str:
    if value in (None, ""):
        return "(blank)"
    if isinstance(value, str) and value in LABELS:
        return LABELS[value]
    return str(value)


def _entries_for(records, model, subject_of) -> list[TimelineEntry]:
    """records: historical rows of one model, any objects; diffs each against the previous of the same object."""
    field_names = [f.name for f in model._meta.fields if f.name not in HIDDEN_FIELDS]
    labels = {f.name: str(f.verbose_name).capitalize() for f in model._meta.fields}
    # attname ("organisation_id" for a foreign key): reading the related object would cost a query per record.
    attnames = {f.name: f.attname for f in model._meta.fields}
    previous: dict[int, object] = {}
    out = []
    for rec in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        prev = previous.get(rec.id)
        kind = {"+": "created", "~": "changed", "-": "deleted"}[rec.history_type]
        changes = []
        if kind == "changed" and prev is not None:
            for name in field_names:
                old, new = getattr(prev, attnames[name], None), getattr(rec, attnames[name], None)
                if old != new:
                    changes.append(FieldChange(labels[name], _display(model, name, old), _display(model, name, new)))
            if not changes:
                previous[rec.id] = rec
                continue
        elif kind == "created":
            for name in field_names:
                value = getattr(rec, attnames[name], None)
                if value not in (None, "", []):
                    changes.append(FieldChange(labels[name], "", _display(model, name, value)))
        previous[rec.id] = rec
        user = rec.history_user
        out.append(TimelineEntry(rec.history_date, user.get_username() if user else "system", subject_of(rec),
                                 kind, rec.history_change_reason or "", changes))
    return out


def response_timeline(response: Response) -> list[TimelineEntry]:
    """Newest first. Five queries whatever the length of the history."""
    entries = []
    entries += _entries_for(response.history.select_related("history_user"), Response, lambda r: "Response")
    entries += _entries_for(Action.history.filter(response_id=response.pk).select_related("history_user"), Action,
                            lambda r: f"Action: {r.description[:60]}")
    entries += _entries_for(Evidence.history.filter(response_id=response.pk).select_related("history_user"), Evidence,
                            lambda r: f"Evidence: {r.title[:60]}")
    entries += _entries_for(Assessment.history.filter(response_id=response.pk).select_related("history_user"),
                            Assessment, lambda r: "Inspectorate assessment")
    entries += _entries_for(AdequacyView.history.filter(response_id=response.pk).select_related("history_user"),
                            AdequacyView, lambda r: f"Adequacy view ({r.designated_body_id})")
    entries += _entries_for(JointLink.history.filter(response_id=response.pk).select_related("history_user"),
                            JointLink, lambda r: f"Joint answer for {r.organisation_id}")
    return sorted(entries, key=lambda e: e.when, reverse=True)


@dataclass
class PublicChange:
    """One published version as the public change log shows it: when, and what changed from the one before."""

    number: int
    when: datetime
    changes: list[FieldChange]
    redacted: list[str]
    first: bool


def _field_changes(model, before, after, names: list[str]) -> list[FieldChange]:
    labels = {f.name: str(f.verbose_name).capitalize() for f in model._meta.fields}
    out = []
    for name in names:
        old, new = getattr(before, name, None) if before is not None else None, getattr(after, name)
        if old != new:
            out.append(FieldChange(labels[name], _display(model, name, old) if before is not None else "",
                                   _display(model, name, new)))
    return out


def public_changes(response: Response) -> list[PublicChange]:
    """The public change log: computed from the published versions only (never the working copy, a comment
    or a username), newest first. Withdrawn versions are not part of it. One query."""
    versions = list(ResponseVersion.objects.filter(response=response, withdrawn_at__isnull=True).order_by("number"))
    out, before = [], None
    for version in versions:
        out.append(PublicChange(version.number, version.published_at,
                                _field_changes(ResponseVersion, before, version, PUBLIC_FIELDS),
                                list(version.redacted), before is None))
        before = version
    return out[::-1]


def revision_changes(response: Response, published: ResponseVersion) -> list[FieldChange]:
    """What the working copy changes from the published version (a revision under way)."""
    return _field_changes(ResponseVersion, published, response, PUBLIC_FIELDS)
