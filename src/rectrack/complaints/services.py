import datetime
import re
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from rectrack.complaints.models import AdequacyAccessChange, Recipient, Recommendation, SuperComplaint
from rectrack.core.audit import acting_user, require
from rectrack.core.dates import add_months, parse_partial_date
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
    for i, sc in enumerate(data["super_complaints"]):
        where = f"{path}: super-complaint {i + 1}"
        if not isinstance(sc, dict) or not sc.get("slug") or not sc.get("title"):
            raise ReferenceDataError(f"{where} needs a slug and a title.")
        if sc["slug"] in slugs:
            raise ReferenceDataError(f"{where}: slug {sc['slug']!r} appears twice.")
        slugs.add(sc["slug"])
        numbers = set()
        for rec in sc.get("recommendations") or []:
            if not isinstance(rec, dict) or not rec.get("id"):
                raise ReferenceDataError(f"{where} ({sc['slug']}): every recommendation needs an id.")
            if str(rec["id"]) in numbers:
                raise ReferenceDataError(f"{where} ({sc['slug']}): recommendation {rec['id']} appears twice.")
            numbers.add(str(rec["id"]))
            if rec.get("recipients") is not None and not isinstance(rec["recipients"], list):
                raise ReferenceDataError(
                    f"{where} ({sc['slug']}): recommendation {rec['id']} recipients must be a list."
                )
    return data["super_complaints"]


def recipient_organisations(
    recipient_classes: list[str], all_classes: list[str], organisations
) -> list[tuple[str, Organisation]]:
    """Fan recipient classes out to organisations; 'all_recipients' means every other class of the report."""
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
    return out


@transaction.atomic
def load_catalogue(path: Path) -> LoadSummary:
    complaints = read_catalogue(path)
    organisations = list(Organisation.objects.all())
    known = {o.id for o in organisations}
    summary = LoadSummary()
    for order, sc in enumerate(complaints):
        where = f"{path}: {sc['slug']}"
        for body in sc.get("designated_bodies") or []:
            if body not in known:
                raise ReferenceDataError(f"{where}: designated body {body!r} is not in the organisations file.")
        recs = sc.get("recommendations") or []
        all_classes = list(dict.fromkeys(
            [c for r in recs for c in r.get("recipients") or [] if c != ALL_RECIPIENTS] or (sc.get("recipients") or [])
        ))
        published = _partial(sc.get("report_published"), where)
        obj, created = SuperComplaint.objects.update_or_create(
            slug=sc["slug"],
            defaults={
                "title": sc["title"].strip(),
                "short_title": (sc.get("short_title") or sc["title"]).strip(),
                "received": _partial(sc.get("received"), where),
                "report_published": published,
                "report_published_date": parse_partial_date(published),
                "investigated_by": sc.get("investigated_by") or [],
                "features_of_policing": sc.get("features_of_policing") or [],
                "keywords": sc.get("keywords") or [],
                "follow_up": [{**f, "date": _partial(f.get("date"), where)} for f in sc.get("follow_up") or []],
                "recipient_classes": sc.get("recipients") or all_classes,
                "recommendation_count": sc.get("recommendation_count") or (len(recs) or None),
                "order": order,
            },
        )
        summary.created += created
        summary.updated += not created
        obj.designated_bodies.set(sc.get("designated_bodies") or [])
        numbers = []
        # A due date the inspectorate has set by hand (logged by the workflow app) outlives a re-load.
        edited_dues = set(Recommendation.objects.filter(
            super_complaint=obj, deadline_changes__field="update_due").values_list("number", flat=True))
        for rec_order, rec in enumerate(recs):
            number = str(rec["id"])
            numbers.append(number)
            text = rec.get("text")
            due = rec.get("due")
            if due is not None and not isinstance(due, datetime.date):
                raise ReferenceDataError(f"{where}: recommendation {number} due {due!r} is not a full date.")
            defaults = {
                "order": rec_order,
                "text": (text or "").strip(),
                "text_known": text is not None,
                "text_is_summary": bool(rec.get("text_is_summary")),
                # null recipients: not yet known, so no fan-out until someone records them
                "recipient_classes": list(rec.get("recipients") or []),
                "parts": rec.get("parts") or [],
                "notes": rec.get("notes") or [],
            }
            if number not in edited_dues:
                defaults["update_due"] = due or due_from_text(
                    text or "", obj.report_published_date if len(published) == 10 else None)
            recommendation, _ = Recommendation.objects.update_or_create(
                super_complaint=obj, number=number, defaults=defaults)
            wanted = recipient_organisations(rec.get("recipients") or [], all_classes, organisations)
            current = {r.organisation_id: r for r in recommendation.recipients.all()}
            for cls, org in wanted:
                if org.id not in current:
                    Recipient.objects.create(recommendation=recommendation, organisation=org, recipient_class=cls)
                elif current[org.id].recipient_class != cls:
                    Recipient.objects.filter(pk=current[org.id].pk).update(recipient_class=cls)
            Recipient.objects.filter(recommendation=recommendation).exclude(
                organisation_id__in=[o.id for _, o in wanted]
            ).delete()
        # Recommendations dropped from the catalogue go, unless someone has already responded to them.
        Recommendation.objects.filter(super_complaint=obj, responses__isnull=True).exclude(number__in=numbers).delete()
    return summary


@transaction.atomic
def set_adequacy_access(*, user, super_complaint: SuperComplaint, bodies: list[Organisation]) -> list[str]:
    """Open a super-complaint to designated bodies other than those that raised it, for their views on
    adequacy; returns the ids added and removed (each change is kept in the history)."""
    require(user, "complaints.change_reference_data", message="Only the inspectorate can open a super-complaint.")
    wrong = [b.name for b in bodies if b.kind != Organisation.Kind.DESIGNATED_BODY]
    if wrong:
        raise ValidationError({"bodies": f"Only designated bodies record views on adequacy ({', '.join(wrong)})."})
    before = set(super_complaint.adequacy_opened_to.values_list("pk", flat=True))
    after = {b.pk for b in bodies}
    super_complaint.adequacy_opened_to.set(bodies)
    changed = sorted(before ^ after)
    if changed:
        AdequacyAccessChange.objects.create(super_complaint=super_complaint, added=sorted(after - before),
                                            removed=sorted(before - after), changed_by=acting_user(user))
    return changed
