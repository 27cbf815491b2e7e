import datetime
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from rectrack.complaints.models import (
    AdequacyAccessChange,
    FollowUpRequest,
    Recipient,
    Recommendation,
    SuperComplaint,
    TimelineEvent,
)
from rectrack.core.audit import acting_user, attach_history_user, bump_version, check_version, require
from rectrack.core.dates import add_months, parse_partial_date
from rectrack.core.vocabulary import ComplaintStatus, LifeEvent, RecipientClass, TextStatus
from rectrack.organisations.models import Organisation
from rectrack.organisations.services import LoadSummary, ReferenceDataError

# Classes of recipients that fan out to every organisation of a kind; any other class names one
# national body whose id is the class with hyphens (home_office -> home-office).
KIND_CLASSES = {"chief_constables": Organisation.Kind.FORCE, "policing_bodies": Organisation.Kind.POLICING_BODY}
ALL_RECIPIENTS = "all_recipients"
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_IN_TEXT = re.compile(
    r"\bby (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})",
    re.IGNORECASE,
)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def _partial(value, where: str) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    if not PARTIAL_DATE.match(text):
        raise ReferenceDataError(f"{where}: {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
    return text


def due_from_text(text: str, published: datetime.date | None = None) -> datetime.date | None:
    """A deadline written into a recommendation's text.

    'By 27 March 2025' (also '27th March, 2025'); 'by (the end of) March 2025' (the month's last day); and,
    given the report's full publication date, 'within six months / 56 days / 8 weeks of (the date of)
    publication' or '... of this report' (calendar months, clamped to the month's end: 31 Aug + 6 months
    = 28 or 29 Feb). None when there is no such phrase or the date does not exist.
    """
    months = "|".join(MONTHS)
    numbers = "zero one two three four five six seven eight nine ten eleven twelve".split()
    text = " ".join((text or "").split())
    try:
        if m := re.search(rf"\bby (\d{{1,2}})(?:st|nd|rd|th)? ({months}),? (\d{{4}})\b", text, re.IGNORECASE):
            return datetime.date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        if m := re.search(rf"\bby (?:the end of )?({months}),? (\d{{4}})\b", text, re.IGNORECASE):
            first = datetime.date(int(m.group(2)), MONTHS.index(m.group(1).lower()) + 1, 1)
            return add_months(first, 1) - datetime.timedelta(days=1)
    except ValueError:
        return None
    within = re.search(
        rf"\bwithin (\d{{1,3}}|{'|'.join(numbers)}) (?:calendar )?(day|week|month)s? (?:of|from|after) "
        r"(?:the )?(?:date of )?(?:the )?(?:publication|this report)", text, re.IGNORECASE)
    if not published or not within:
        return None
    word = within.group(1).lower()
    count = int(word) if word.isdigit() else numbers.index(word)
    unit = within.group(2).lower()
    if unit == "month":
        return add_months(published, count)
    return published + datetime.timedelta(days=count * (7 if unit == "week" else 1))


def read_catalogue(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        raise ReferenceDataError(f"{path}: cannot be read as YAML ({e}).") from e
    if not isinstance(data, dict) or not isinstance(data.get("super_complaints"), list):
        raise ReferenceDataError(f"{path}: expected a top-level 'super_complaints' list.")
    slugs = set()
    for i, super_complaint in enumerate(data["super_complaints"]):
        where = f"{path}: super-complaint {i + 1}"
        if not isinstance(super_complaint, dict) or not super_complaint.get("slug") or not super_complaint.get("title"):
            raise ReferenceDataError(f"{where} needs a slug and a title.")
        if super_complaint["slug"] in slugs:
            raise ReferenceDataError(f"{where}: slug {super_complaint['slug']!r} appears twice.")
        slugs.add(super_complaint["slug"])
        numbers = set()
        for rec in super_complaint.get("recommendations") or []:
            if not isinstance(rec, dict) or not rec.get("id"):
                raise ReferenceDataError(f"{where} ({super_complaint['slug']}): every recommendation needs an id.")
            if str(rec["id"]) in numbers:
                raise ReferenceDataError(
                    f"{where} ({super_complaint['slug']}): recommendation {rec['id']} appears twice."
                )
            numbers.add(str(rec["id"]))
            if rec.get("recipients") is not None and not isinstance(rec["recipients"], list):
                raise ReferenceDataError(
                    f"{where} ({super_complaint['slug']}): recommendation {rec['id']} recipients must be a list."
                )
    return data["super_complaints"]


def recipient_organisations(recipient_classes: list[str], all_classes: list[str], organisations,
                             named_bodies: Sequence[str] = ()) -> list[tuple[str, Organisation]]:
    """Fan recipient classes out to organisations; 'all_recipients' means every other class of the report.
    Bodies named besides the classes are recipients too (their class is their id)."""
    by_kind: dict[str, list[Organisation]] = {}
    by_id = {}
    for org in organisations:
        by_kind.setdefault(org.kind, []).append(org)
        by_id[org.id] = org
    classes = []
    for cls in recipient_classes:
        classes.extend([c for c in all_classes if c != ALL_RECIPIENTS] if cls == ALL_RECIPIENTS else [cls])
    out, seen = [], set()
    for cls in classes:
        if cls in KIND_CLASSES:
            members = by_kind.get(KIND_CLASSES[cls], [])
        else:
            org = by_id.get(cls.replace("_", "-"))
            if org is None:
                raise ReferenceDataError(f"recipient class {cls!r} names no organisation in the reference data.")
            members = [org]
        for org in members:
            if org.id not in seen:
                seen.add(org.id)
                out.append((cls, org))
    for org_id in named_bodies:
        org = by_id.get(org_id)
        if org is None:
            raise ReferenceDataError(f"named body {org_id!r} is not in the organisations file.")
        if org.id not in seen:
            seen.add(org.id)
            out.append((org.id, org))
    return out


def report_classes(super_complaint: SuperComplaint) -> list[str]:
    """What 'all recipients' stands for in a report: every class its recommendations name, else its own."""
    named = [c for classes in super_complaint.recommendations.values_list("recipient_classes", flat=True)
             for c in classes or [] if c != ALL_RECIPIENTS]
    return list(dict.fromkeys(named or super_complaint.recipient_classes or []))


def fan_out(recommendation: Recommendation, all_classes: list[str], organisations) -> None:
    """Make the recommendation's Recipient rows match its classes and named bodies. The rows' own signals
    tell the read model (``tracker/signals.py``); unknown recipients mean no rows at all."""
    wanted = recipient_organisations(recommendation.recipient_classes or [], all_classes, organisations,
                                     recommendation.named_bodies or [])
    current = {r.organisation_id: r for r in recommendation.recipients.all()}
    for cls, org in wanted:
        if org.id not in current:
            Recipient.objects.create(recommendation=recommendation, organisation=org, recipient_class=cls)
        elif current[org.id].recipient_class != cls:
            row = current[org.id]
            row.recipient_class = cls
            row.save(update_fields=["recipient_class"])
    keep = {o.id for _, o in wanted}
    for org_id, row in current.items():
        if org_id not in keep:
            row.delete()


# The file's fields the service may also change: compared three ways at every re-load.
COMPLAINT_FIELDS = ["title", "short_title", "received", "report_published", "investigated_by",
                    "features_of_policing", "keywords", "follow_up", "recipient_classes", "recommendation_count",
                    "designated_bodies", "order", "status", "sources"]
RECOMMENDATION_FIELDS = ["order", "text", "text_known", "text_is_summary", "recipient_classes", "parts", "notes",
                         "update_due"]


@dataclass
class CatalogueLoad(LoadSummary):
    """A load's counts, and the values the file changed that the service had changed too (kept as they are)."""

    conflicts: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return super().__str__() + (f", {len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}"
                                    if self.conflicts else "")


def _row_values(obj, fields: list[str]) -> dict:
    out: dict[str, object] = {}
    for name in fields:
        if name == "designated_bodies":
            out[name] = sorted(obj.designated_bodies.values_list("pk", flat=True))
        elif name == "update_due":
            out[name] = obj.update_due.isoformat() if obj.update_due else None
        else:
            out[name] = getattr(obj, name)
    return out


def _merge(where: str, row: dict, base: dict | None, incoming: dict, conflicts: list[str]) -> dict:
    """The values to store: the file's where the service left the field as last loaded, the service's
    where it changed it (a conflict when the file changed it too, differently). ``base`` None: the row
    predates this bookkeeping, so the stored values are the base and the file wins as it always did."""
    base = row if base is None else base
    out = {}
    for name, new in incoming.items():
        mine = row.get(name)
        if name == "order":  # where a row sits is not worth a conflict: the service's place wins once moved
            out[name] = new if mine == base.get(name, new) else mine
        elif name not in base:  # created in the service: only agreement is silent
            if mine not in (None, "", [], new):
                conflicts.append(f"{where}: {name} is {_show(mine)} in the service, {_show(new)} in the file; "
                                 "the service's value was kept.")
                out[name] = mine
                continue
            out[name] = new
        elif mine == base[name] or mine == new:
            out[name] = new
        else:
            out[name] = mine
            if new != base[name]:
                conflicts.append(f"{where}: {name} was changed in the service to {_show(mine)}; the file now says "
                                 f"{_show(new)}; the service's value was kept.")
    return out


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:79] + "…"


@transaction.atomic
def load_catalogue(path: Path) -> CatalogueLoad:
    """Load the catalogue file. The first load creates everything; after that the database is the truth:
    a re-load adds what is new, takes the file's changes where the service left a value as last loaded, and
    reports (never overwrites) values changed in both places (ADR 0014)."""
    complaints = read_catalogue(path)
    organisations = list(Organisation.objects.all())
    known = {o.id for o in organisations}
    summary = CatalogueLoad()
    for order, super_complaint in enumerate(complaints):
        where = f"{path}: {super_complaint['slug']}"
        for body in super_complaint.get("designated_bodies") or []:
            if body not in known:
                raise ReferenceDataError(f"{where}: designated body {body!r} is not in the organisations file.")
        recs = super_complaint.get("recommendations") or []
        all_classes = list(
            dict.fromkeys(
                [c for r in recs for c in r.get("recipients") or [] if c != ALL_RECIPIENTS]
                or (super_complaint.get("recipients") or [])
            )
        )
        published = _partial(super_complaint.get("report_published"), where)
        incoming = {
            "title": super_complaint["title"].strip(),
            "short_title": (super_complaint.get("short_title") or super_complaint["title"]).strip(),
            "received": _partial(super_complaint.get("received"), where),
            "report_published": published,
            "investigated_by": super_complaint.get("investigated_by") or [],
            "features_of_policing": super_complaint.get("features_of_policing") or [],
            "keywords": super_complaint.get("keywords") or [],
            "follow_up": [
                {**f, "date": _partial(f.get("date"), where)} for f in super_complaint.get("follow_up") or []
            ],
            "recipient_classes": super_complaint.get("recipients") or all_classes,
            "recommendation_count": super_complaint.get("recommendation_count") or (len(recs) or None),
            "designated_bodies": sorted(super_complaint.get("designated_bodies") or []),
            "order": order,
            "status": super_complaint.get("status")
            or (ComplaintStatus.PUBLISHED if published else ComplaintStatus.RECEIVED),
            "sources": [str(u) for u in super_complaint.get("sources") or []],
        }
        if incoming["status"] not in {m.value for m in ComplaintStatus}:
            raise ReferenceDataError(f"{where}: status {incoming['status']!r} is not one of "
                                     f"{', '.join(m.value for m in ComplaintStatus)}.")
        obj = SuperComplaint.objects.filter(slug=super_complaint["slug"]).first()
        if obj is None:
            values, created = incoming, True
            obj = SuperComplaint(slug=super_complaint["slug"])
        else:
            values, created = _merge(super_complaint["slug"], _row_values(obj, COMPLAINT_FIELDS), obj.loaded, incoming,
                                     summary.conflicts), False
        changed = created or values != _row_values(obj, COMPLAINT_FIELDS) or obj.loaded != incoming
        if changed:
            for name, value in values.items():
                if name != "designated_bodies":
                    setattr(obj, name, value)
            obj.report_published_date = parse_partial_date(obj.report_published)
            obj.loaded = incoming
            attach_history_user(obj, None, "Loaded from the catalogue file")
            obj.save()
            obj.designated_bodies.set(values["designated_bodies"])
        summary.created += created
        summary.updated += changed and not created
        summary.unchanged += not changed
        _seed_events(obj, incoming["follow_up"])
        numbers = []
        for rec_order, rec in enumerate(recs):
            number = str(rec["id"])
            numbers.append(number)
            text = rec.get("text")
            due = rec.get("due")
            if due is not None and not isinstance(due, datetime.date):
                raise ReferenceDataError(f"{where}: recommendation {number} due {due!r} is not a full date.")
            due = due or due_from_text(text or "", obj.report_published_date if len(published) == 10 else None)
            incoming_rec = {
                "order": rec_order,
                "text": (text or "").strip(),
                "text_known": text is not None,
                "text_is_summary": bool(rec.get("text_is_summary")),
                # null recipients: not yet known, so no fan-out until someone records them
                "recipient_classes": list(rec.get("recipients") or []),
                "parts": rec.get("parts") or [],
                "notes": rec.get("notes") or [],
                "update_due": due.isoformat() if due else None,
            }
            recommendation = Recommendation.objects.filter(super_complaint=obj, number=number).first()
            if recommendation is None:
                recommendation, rec_values = Recommendation(super_complaint=obj, number=number), incoming_rec
            else:
                rec_values = _merge(f"{super_complaint['slug']} recommendation {number}",
                                    _row_values(recommendation, RECOMMENDATION_FIELDS), recommendation.loaded,
                                    incoming_rec, summary.conflicts)
            if (recommendation.pk is None or recommendation.loaded != incoming_rec
                    or rec_values != _row_values(recommendation, RECOMMENDATION_FIELDS)):
                for name, value in rec_values.items():
                    setattr(recommendation, name, value)
                if isinstance(recommendation.update_due, str):
                    recommendation.update_due = datetime.date.fromisoformat(recommendation.update_due)
                recommendation.loaded = incoming_rec
                attach_history_user(recommendation, None, "Loaded from the catalogue file")
                recommendation.save()
            fan_out(recommendation, all_classes, organisations)
        _drop_removed(obj, numbers, summary.conflicts)
    return summary


def _seed_events(super_complaint: SuperComplaint, follow_up: list[dict]) -> None:
    """The file's follow-up lines become timeline events once; after that they are the service's."""
    have = set(super_complaint.events.exclude(source_key="").values_list("source_key", flat=True))
    for item in follow_up:
        key = f"follow_up:{item.get('date')}:{str(item.get('what') or '')[:120]}"
        if key in have or not item.get("date"):
            continue
        have.add(key)
        event = TimelineEvent(super_complaint=super_complaint, kind=LifeEvent.FOLLOW_UP, date=item["date"],
                              sort_date=parse_partial_date(item["date"]) or datetime.date.min,
                              description=str(item.get("what") or ""),
                              source_key=key)
        attach_history_user(event, None, "Loaded from the catalogue file")
        event.save()


def _drop_removed(super_complaint: SuperComplaint, numbers: list[str], conflicts: list[str]) -> None:
    """Recommendations the file no longer lists go if they came from the file, nobody changed them in the
    service and nobody has responded; otherwise they stay and the load says so. Those created in the
    service are not the file's to remove."""
    for rec in Recommendation.objects.filter(super_complaint=super_complaint).exclude(number__in=numbers):
        if rec.loaded == {}:
            continue
        if rec.responses.exists():
            conflicts.append(f"{super_complaint.slug} recommendation {rec.number}: no longer in the file but has "
                             "responses; kept.")
        elif rec.loaded is not None and _row_values(rec, RECOMMENDATION_FIELDS) != rec.loaded:
            conflicts.append(f"{super_complaint.slug} recommendation {rec.number}: no longer in the file but was "
                             "changed in the service; kept.")
        else:
            rec.delete()


@transaction.atomic
def set_adequacy_access(*, user, super_complaint: SuperComplaint, bodies: list[Organisation],
                        started_from: list[str] | None = None) -> list[str]:
    """Open a super-complaint to designated bodies other than those that raised it, for their views on
    adequacy; returns the ids added and removed (each change is kept in the history). ``started_from``: the
    ids the person's page showed; if the list changed since, nothing is saved (None: no check)."""
    require(user, "complaints.change_reference_data", message="Only the inspectorate can open a super-complaint.")
    wrong = [b.name for b in bodies if b.kind != Organisation.Kind.DESIGNATED_BODY]
    if wrong:
        raise ValidationError({"bodies": f"Only designated bodies record views on adequacy ({', '.join(wrong)})."})
    SuperComplaint.objects.select_for_update().filter(pk=super_complaint.pk).first()  # one change at a time
    before = set(super_complaint.adequacy_opened_to.values_list("pk", flat=True))
    if started_from is not None and set(started_from) != before:
        raise ValidationError("Someone else changed who may record views on adequacy while you were editing, so "
                              "your change was not saved. Reload the page to see the current list, then make "
                              "your change again.", code="stale")
    after = {b.pk for b in bodies}
    super_complaint.adequacy_opened_to.set(bodies)
    changed = sorted(before ^ after)
    if changed:
        AdequacyAccessChange.objects.create(super_complaint=super_complaint, added=sorted(after - before),
                                            removed=sorted(before - after), changed_by=acting_user(user))
    return changed


# --- the inspectorate's edits ----------------------------------------------------------------------------

PERMISSION = "complaints.change_reference_data"
CLASS_VALUES = {m.value for m in RecipientClass}
NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,19}$")
PART_LINE = re.compile(r"^\s*(\d[0-9A-Za-z.\-]{0,19})[.):]?\s+(\S.*)$")  # "7.1 ...", "4a) ..."
COMPLAINT_EDIT_FIELDS = ["title", "short_title", "received", "report_published", "recommendation_count", "status"]
RECOMMENDATION_EDIT_FIELDS = ["number", "text", "text_known", "text_is_summary", "recipient_classes",
                              "named_bodies", "parts", "update_due", "retired_on", "retired_reason"]


def parse_parts(text: str) -> list[dict]:
    """'7.1 Publish a plan' per line -> [{"id": "7.1", "text": "Publish a plan"}]; a line without an id
    is an error (ValidationError), never a guess."""
    parts, seen = [], set()
    for i, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        m = PART_LINE.match(line)
        if not m:
            raise ValidationError({"parts": f"Line {i} of the parts must start with the part's number, then its "
                                            "text (for example '7.1 Publish a plan')."})
        if m.group(1) in seen:
            raise ValidationError({"parts": f"Part {m.group(1)} appears twice."})
        seen.add(m.group(1))
        parts.append({"id": m.group(1), "text": m.group(2).strip()})
    return parts


def format_parts(parts: list[dict]) -> str:
    return "\n".join(f"{p.get('id')} {p.get('text') or ''}".strip() for p in parts or [] if isinstance(p, dict))


def _refan_report(super_complaint: SuperComplaint, organisations=None) -> None:
    """'All recipients' follows the report's classes: re-fan every recommendation of the report that uses it."""
    organisations = organisations if organisations is not None else list(Organisation.objects.all())
    classes = report_classes(super_complaint)
    for rec in super_complaint.recommendations.all():
        if ALL_RECIPIENTS in (rec.recipient_classes or []):
            fan_out(rec, classes, organisations)


def _next_order(queryset) -> int:
    return (queryset.order_by("-order").values_list("order", flat=True).first() or 0) + 1


def _new_or_locked(existing, expected_version, what: str, fields: list[str], new):
    """The row to save: a new one (``loaded={}``: created in the service, so a re-load never removes it) or
    the stored one, locked and checked against the version the edit started from."""
    if existing is None:
        return new()
    row = type(existing).objects.select_for_update().get(pk=existing.pk)
    check_version(row, expected_version, what=what, fields=fields)
    bump_version(row)
    return row


@transaction.atomic
def save_super_complaint(*, user, super_complaint: SuperComplaint | None, data: dict,
                         expected_version: int | None = None) -> SuperComplaint:
    """Create (``super_complaint`` None: ``data['slug']`` names it) or edit a super-complaint."""
    require(user, PERMISSION, message="Only the inspectorate can change the catalogue.")
    errors = {}
    for name in ("received", "report_published"):
        value = (data.get(name) or "").strip()
        if value and (not PARTIAL_DATE.match(value) or parse_partial_date(value) is None):
            errors[name] = "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-08 or 2021-08-24."
    if not (data.get("title") or "").strip():
        errors["title"] = "Enter the report's title."
    if data.get("status") not in {m.value for m in ComplaintStatus}:
        errors["status"] = "Choose where the super-complaint is in its life."
    bodies = list(data.get("designated_bodies") or [])
    if any(b.kind != Organisation.Kind.DESIGNATED_BODY for b in bodies):
        errors["designated_bodies"] = "Only designated bodies raise super-complaints."
    if super_complaint is None:
        slug = (data.get("slug") or "").strip()
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            errors["slug"] = "Enter a short name of lower-case letters, digits and hyphens, like 'safe-to-share'."
        elif SuperComplaint.objects.filter(slug=slug).exists():
            errors["slug"] = f"There is already a super-complaint called {slug!r}."
    if errors:
        raise ValidationError(errors)
    super_complaint = _new_or_locked(super_complaint, expected_version, "super-complaint", COMPLAINT_EDIT_FIELDS,
                        lambda: SuperComplaint(slug=slug, loaded={}, order=_next_order(SuperComplaint.objects)))
    super_complaint.title = data["title"].strip()
    super_complaint.short_title = (data.get("short_title") or "").strip() or super_complaint.title
    super_complaint.received = (data.get("received") or "").strip()
    super_complaint.report_published = (data.get("report_published") or "").strip()
    super_complaint.report_published_date = parse_partial_date(super_complaint.report_published)
    super_complaint.recommendation_count = data.get("recommendation_count")
    super_complaint.status = data["status"]
    attach_history_user(
        super_complaint, user, "Changed in the service" if super_complaint else "Created in the service"
    )
    super_complaint.save()
    super_complaint.designated_bodies.set(bodies)
    return super_complaint


def _validate_recommendation(super_complaint, recommendation, data) -> list[dict]:
    """Every problem with the input at once (ValidationError), else the parsed parts."""
    errors: dict[str, str | list[str]] = {}
    number = (data.get("number") or "").strip()
    if not NUMBER.match(number):
        errors["number"] = "Enter the recommendation's number as the report gives it, for example 7 or 3a."
    elif (Recommendation.objects.filter(super_complaint=super_complaint, number=number)
          .exclude(pk__in=[recommendation.pk] if recommendation is not None and recommendation.pk else []).exists()):
        errors["number"] = f"{super_complaint.short_title} already has a recommendation {number}."
    status = data.get("text_status")
    if status not in {m.value for m in TextStatus}:
        errors["text_status"] = "Say whether the text is the report's words, a summary, or not yet recorded."
    elif status != TextStatus.UNKNOWN and not (data.get("text") or "").strip():
        errors["text"] = "Enter the recommendation's text, or say it is not yet recorded."
    wrong = [c for c in data.get("recipient_classes") or [] if c not in CLASS_VALUES]
    if wrong:
        errors["recipient_classes"] = f"Unknown recipient classes: {', '.join(wrong)}."
    if any(not isinstance(o, Organisation) for o in data.get("named_bodies") or []):
        errors["named_bodies"] = "Choose named bodies from the list of organisations."
    parts = []
    try:
        parts = parse_parts(data.get("parts") or "")
    except ValidationError as e:
        errors.update(e.message_dict)
    if errors:
        raise ValidationError(errors)
    return parts


@transaction.atomic
def save_recommendation(*, user, super_complaint: SuperComplaint, recommendation: Recommendation | None,
                        data: dict, expected_version: int | None = None) -> Recommendation:
    """Add or edit a recommendation; its recipients fan out at once (and the read model follows)."""
    require(user, PERMISSION, message="Only the inspectorate can change the catalogue.")
    parts = _validate_recommendation(super_complaint, recommendation, data)
    rec = _new_or_locked(recommendation, expected_version, "recommendation", RECOMMENDATION_EDIT_FIELDS,
                         lambda: Recommendation(super_complaint=super_complaint, loaded={},
                                                order=_next_order(super_complaint.recommendations)))
    before = report_classes(super_complaint)
    status = data["text_status"]
    rec.number = data["number"].strip()
    rec.text_known = status != TextStatus.UNKNOWN
    rec.text_is_summary = status == TextStatus.SUMMARY
    rec.text = (data.get("text") or "").strip() if rec.text_known else ""
    rec.recipient_classes = list(dict.fromkeys(data.get("recipient_classes") or []))
    rec.named_bodies = sorted({o.pk for o in data.get("named_bodies") or []})
    rec.parts = parts
    rec.update_due = data.get("update_due")
    attach_history_user(rec, user, "Changed in the service" if recommendation else "Added in the service")
    rec.save()
    organisations = list(Organisation.objects.all())
    fan_out(rec, report_classes(super_complaint), organisations)
    if report_classes(super_complaint) != before:
        _refan_report(super_complaint, organisations)
    if recommendation is None and super_complaint.recommendation_count is not None:
        count = super_complaint.recommendations.count()
        if count > super_complaint.recommendation_count:
            SuperComplaint.objects.filter(pk=super_complaint.pk).update(recommendation_count=count)
    return rec


@transaction.atomic
def retire_recommendation(*, user, recommendation: Recommendation, on: datetime.date | None, reason: str,
                          expected_version: int | None = None) -> Recommendation:
    """Retire a recommendation (or, with ``on`` None, bring it back). Its responses stay on the record."""
    require(user, PERMISSION, message="Only the inspectorate can change the catalogue.")
    if on is not None and not (reason or "").strip():
        raise ValidationError({"reason": "Say why the recommendation is retired."})
    rec = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
    check_version(rec, expected_version, what="recommendation", fields=RECOMMENDATION_EDIT_FIELDS)
    bump_version(rec)
    rec.retired_on = on
    rec.retired_reason = (reason or "").strip() if on else ""
    attach_history_user(rec, user, "Retired" if on else "Brought back")
    rec.save()
    return rec


EVENT_FIELDS = ["kind", "date", "description", "outcome"]


@transaction.atomic
def save_event(*, user, super_complaint: SuperComplaint, event: TimelineEvent | None, data: dict,
               expected_version: int | None = None) -> TimelineEvent:
    """Record (or change) a dated step of a super-complaint's life."""
    require(user, PERMISSION, message="Only the inspectorate can change the catalogue.")
    errors = {}
    date = (data.get("date") or "").strip()
    if not PARTIAL_DATE.match(date) or parse_partial_date(date) is None:
        errors["date"] = "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-11-24."
    if data.get("kind") not in {m.value for m in LifeEvent}:
        errors["kind"] = "Choose what happened."
    if not (data.get("description") or "").strip():
        errors["description"] = "Say what happened."
    if errors:
        raise ValidationError(errors)
    row = _new_or_locked(event, expected_version, "event", EVENT_FIELDS,
                         lambda: TimelineEvent(super_complaint=super_complaint))
    row.kind, row.date, row.sort_date = data["kind"], date, parse_partial_date(date)
    row.description = data["description"].strip()
    row.outcome = (data.get("outcome") or "").strip()
    attach_history_user(row, user, "Changed in the service" if event else "Recorded in the service")
    row.save()
    if row.kind == LifeEvent.CLOSURE and super_complaint.status != ComplaintStatus.CLOSED:
        super_complaint = SuperComplaint.objects.select_for_update().get(pk=super_complaint.pk)
        super_complaint.status = ComplaintStatus.CLOSED
        bump_version(super_complaint)
        attach_history_user(super_complaint, user, "Closed")
        super_complaint.save()
    return row


@transaction.atomic
def delete_event(*, user, event: TimelineEvent) -> None:
    require(user, PERMISSION, message="Only the inspectorate can change the catalogue.")
    attach_history_user(event, user, "Deleted in the service")
    event.delete()


@transaction.atomic
def create_follow_up(*, user, super_complaint: SuperComplaint, asked_on: datetime.date, due: datetime.date,
                     description: str, recommendations: list[Recommendation], organisations: list[Organisation] | None
                     ) -> FollowUpRequest:
    """Ask recipients for an update on recommendations by a date. ``organisations`` None: every recipient of
    the chosen recommendations. Each body chosen must owe at least one of them. Also a timeline event."""
    require(user, PERMISSION, message="Only the inspectorate can ask for an update.")
    errors = {}
    if not recommendations:
        errors["recommendations"] = "Choose the recommendations the update is about."
    elif any(r.super_complaint_id != super_complaint.pk for r in recommendations):
        errors["recommendations"] = "Choose recommendations of this super-complaint."
    owing = set(Recipient.objects.filter(recommendation__in=recommendations).values_list("organisation_id", flat=True))
    chosen = owing if organisations is None else {o.pk for o in organisations}
    if recommendations and not chosen:
        errors["organisations"] = "Choose who is asked: nobody owes a response to these recommendations yet."
    elif chosen - owing:
        names = sorted(Organisation.objects.filter(pk__in=chosen - owing).values_list("name", flat=True))
        errors["organisations"] = f"Not a recipient of any chosen recommendation: {', '.join(names)}."
    if asked_on and due and due < asked_on:
        errors["due"] = "The update must be due on or after the day it was asked for."
    if not (description or "").strip():
        errors["description"] = "Say what was asked, for example 'Wrote to chief constables asking for an update'."
    if errors:
        raise ValidationError(errors)
    request = FollowUpRequest(super_complaint=super_complaint, asked_on=asked_on, due=due,
                              description=description.strip())
    attach_history_user(request, user, "Asked in the service")
    request.save()
    request.recommendations.set(recommendations)
    request.organisations.set(Organisation.objects.filter(pk__in=chosen))
    numbers = ", ".join(r.number for r in sorted(recommendations, key=lambda r: r.order))
    save_event(user=user, super_complaint=super_complaint, event=None, data={
        "kind": LifeEvent.FOLLOW_UP, "date": asked_on.isoformat(),
        "description": f"{description.strip()} (recommendation{'s' if len(recommendations) > 1 else ''} {numbers}; "
                       f"{len(chosen)} bod{'ies' if len(chosen) != 1 else 'y'}; due {due.isoformat()})"})
    return request
