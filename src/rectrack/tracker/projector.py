"""The projector: the one implementation of the joint-answer rule and the met-date rules.

``refresh(pairs)`` recomputes the standings of some (recommendation id, organisation id) pairs from the
record and writes what changed (creating standings for new recipients, deleting those no longer owed), in
a constant number of queries whatever the number of pairs. The record reports the pairs each write
touches (``rectrack.tracker.signals``), in the writer's transaction; ``rebuild()`` recomputes everything
(``rectrack rebuild_tracker``, and bulk loaders).

The rules:

- **Who answers.** A recipient's own response answers for it; failing that, a response of another body
  that it agreed should count for it (a ``JointLink`` accepted). Internally the working copies are
  compared; publicly the published versions: the public answer is the recipient's own published response,
  else a joint one that is published.
- **Owed.** A recipient owes a response to each recommendation fanned out to it that is not retired.
- **Met.** A clock is met once the answering response has been submitted and still stands (submitted,
  published, or being revised after publication; not a draft never submitted, a returned or a withdrawn
  one). It was met on the day of its first submission; a response taken from a document the organisation
  published was met on that document's date; one with no recorded submission on its as-of (or creation)
  date. The update clock is met by a submission after the initial response was due (when the update falls
  due later than the initial response), otherwise by the first.
"""
from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Min
from django.utils import timezone

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core.vocabulary import Clock, JointStatus, WorkflowState
from rectrack.responses.models import JointLink, NoResponseCheck, Response, ResponseVersion
from rectrack.tracker.models import Standing
from rectrack.workflow.models import DeadlineExtension, Transition

Pair = tuple[int, str]
# Every column the projector writes (what a refresh compares and updates).
COLUMNS = [
    "super_complaint_id", "response_id", "written_by_id", "state", "progress", "position", "as_of",
    "public_response_id", "public_version_id", "public_written_by_id", "public_progress", "public_position",
    "public_as_of", "first_published_at", "published_at",
    "initial_due", "initial_original_due", "initial_met_on", "initial_extension_id",
    "has_update_clock", "update_due", "update_original_due", "update_met_on", "update_extension_id",
    "no_response_check_id", "pending_joint",
]
# States in which a submitted response still stands (a draft after publication is a revision under way).
_STANDING_STATES = {WorkflowState.SUBMITTED, WorkflowState.PUBLISHED}
_RESPONSE_FIELDS = ("id", "recommendation_id", "organisation_id", "state", "progress", "position", "as_of",
                    "source", "created_at", "published_version_id")
CHUNK = 400  # recommendations per query batch in a rebuild (keeps IN lists short)


def met_dates(state: str, source: str, as_of, created_at, published: bool, submissions: list[datetime.date],
              initial_due, update_due, has_update: bool) -> tuple[datetime.date | None, datetime.date | None]:
    """(initial met on, update met on) for the answering response: the met-date rules in one place."""
    counts = state in _STANDING_STATES or (published and state != WorkflowState.WITHDRAWN)
    if not counts:
        return None, None
    dates = list(submissions)
    if source == Response.Source.DOCUMENT and as_of:
        dates.append(as_of)  # the organisation responded when it published the document
    if not dates:
        dates = [as_of or timezone.localtime(created_at).date()]
    dates.sort()
    met_initial = dates[0]
    met_update = None
    if has_update:
        opens = initial_due if initial_due and update_due and initial_due < update_due else None
        met_update = dates[0] if opens is None else next((d for d in dates if d > opens), None)
    return met_initial, met_update


def _values(queryset, fields):
    return queryset.order_by().values_list(*fields).iterator(chunk_size=5000)


def compute(pairs: set[Pair]) -> dict[Pair, dict]:
    """The standing (column -> value) of every owed pair among ``pairs``; constant queries."""
    if not pairs:
        return {}
    rec_ids = {r for r, _ in pairs}
    org_ids = {o for _, o in pairs}
    # A retired recommendation is owed by nobody any more: its responses stay on the record, its cells go.
    owed = {p for p in _values(Recipient.objects.filter(recommendation_id__in=rec_ids, organisation_id__in=org_ids,
                                                        recommendation__retired_on__isnull=True),
                               ("recommendation_id", "organisation_id")) if p in pairs}
    if not owed:
        return {}
    recs = {rid: (slug, update_due) for rid, slug, update_due in _values(
        Recommendation.objects.filter(pk__in={r for r, _ in owed}), ("id", "super_complaint_id", "update_due"))}
    initial = {
        super_complaint.slug: super_complaint.initial_response_due
        for super_complaint in SuperComplaint.objects.filter(slug__in={slug for slug, _ in recs.values()}).only(
            "slug",
            "report_published",
            "report_published_date",
            "initial_response_days",
            "initial_response_due_override",
        )
    }

    # Responses: the recipients' own, and the ones they agreed should count for them.
    own: dict[Pair, tuple] = {}
    by_id: dict[int, tuple] = {}
    for row in _values(Response.objects.filter(recommendation_id__in=rec_ids, organisation_id__in=org_ids),
                       _RESPONSE_FIELDS):
        by_id[row[0]] = row
        own[(row[1], row[2])] = row
    joint: dict[Pair, tuple] = {}
    links = list(_values(JointLink.objects.filter(response__recommendation_id__in=rec_ids, organisation_id__in=org_ids,
                                                  status=JointStatus.ACCEPTED),
                         ("organisation_id", *(f"response__{f}" for f in _RESPONSE_FIELDS))))
    for org_id, *row in sorted(links, key=lambda r: r[1]):  # the oldest agreed joint response first
        row = tuple(row)
        by_id.setdefault(row[0], row)
        joint.setdefault((row[1], org_id), row)
    pending = {(rec_id, org_id): n for rec_id, org_id, n in _values(
        JointLink.objects.filter(response__recommendation_id__in=rec_ids, organisation_id__in=org_ids,
                                 status=JointStatus.PENDING)
        .values("response__recommendation_id", "organisation_id").annotate(n=Count("id")),
        ("response__recommendation_id", "organisation_id", "n"))}

    response_ids = list(by_id)
    submissions: dict[int, list[datetime.date]] = defaultdict(list)
    versions: dict[int, tuple] = {}
    first_published: dict[int, datetime.datetime] = {}
    if response_ids:
        zone = timezone.get_current_timezone()
        for response_id, at in _values(Transition.objects.filter(response_id__in=response_ids,
                                                                 to_state=WorkflowState.SUBMITTED),
                                       ("response_id", "at")):
            submissions[response_id].append(at.astimezone(zone).date())
        published_ids = [row[9] for row in by_id.values() if row[9]]
        versions = {row[0]: row for row in _values(ResponseVersion.objects.filter(pk__in=published_ids),
                                                   ("id", "progress", "position", "as_of", "published_at"))}
        first_published = dict(_values(
            ResponseVersion.objects.filter(response_id__in=response_ids, withdrawn_at__isnull=True)
            .values("response_id").annotate(first=Min("published_at")), ("response_id", "first")))

    extensions: dict[tuple, tuple] = {}
    for ext_id, rec_id, org_id, clock, new_due in _values(
            DeadlineExtension.objects.filter(recommendation_id__in=rec_ids, organisation_id__in=org_ids)
            .order_by("granted_at", "pk"), ("id", "recommendation_id", "organisation_id", "clock", "new_due")):
        extensions[(rec_id, org_id, clock)] = (ext_id, new_due)  # the latest wins
    checks: dict[tuple[str, str], int] = {}
    for check_id, slug, org_id in _values(
            NoResponseCheck.objects.filter(super_complaint_id__in={s for s, _ in recs.values()},
                                           organisation_id__in=org_ids).order_by("checked_on", "pk"),
            ("id", "super_complaint_id", "organisation_id")):
        checks[(slug, org_id)] = check_id  # the latest wins

    out = {}
    for pair in owed:
        rec_id, org_id = pair
        slug, update_due = recs[rec_id]
        answer = own.get(pair) or joint.get(pair)
        own_row = own.get(pair)
        public = own_row if own_row and own_row[9] else joint.get(pair) if joint.get(pair) and joint[pair][9] else None
        initial_due = initial[slug]
        ext_i = extensions.get((rec_id, org_id, Clock.INITIAL))
        ext_u = extensions.get((rec_id, org_id, Clock.UPDATE))
        has_update = update_due is not None or ext_u is not None
        effective_update = ext_u[1] if ext_u else update_due
        met_i = met_u = None
        if answer is not None:
            met_i, met_u = met_dates(answer[3], answer[7], answer[6], answer[8], bool(answer[9]),
                                     submissions.get(answer[0], []), initial_due, effective_update, has_update)
        version = versions.get(public[9]) if public else None
        out[pair] = {
            "super_complaint_id": slug,
            "response_id": answer[0] if answer else None,
            "written_by_id": answer[2] if answer and answer[2] != org_id else None,
            "state": answer[3] if answer else "",
            "progress": answer[4] if answer else "",
            "position": answer[5] if answer else "",
            "as_of": answer[6] if answer else None,
            "public_response_id": public[0] if version else None,
            "public_version_id": version[0] if version else None,
            "public_written_by_id": public[2] if version and public[2] != org_id else None,
            "public_progress": version[1] if version else "",
            "public_position": version[2] if version else "",
            "public_as_of": version[3] if version else None,
            "first_published_at": first_published.get(public[0]) if version else None,
            "published_at": version[4] if version else None,
            "initial_due": ext_i[1] if ext_i else initial_due,
            "initial_original_due": initial_due,
            "initial_met_on": met_i,
            "initial_extension_id": ext_i[0] if ext_i else None,
            "has_update_clock": has_update,
            "update_due": effective_update,
            "update_original_due": update_due,
            "update_met_on": met_u,
            "update_extension_id": ext_u[0] if ext_u else None,
            "no_response_check_id": checks.get((slug, org_id)),
            "pending_joint": pending.get(pair, 0),
        }
    return out


def refresh(pairs: Iterable[Pair]) -> None:
    """Bring the standings of ``pairs`` up to date (create, update, delete) in the current transaction."""
    pairs = set(pairs)
    if not pairs:
        return
    with transaction.atomic():
        wanted = compute(pairs)
        existing = {(s.recommendation_id, s.organisation_id): s for s in Standing.objects.filter(
            recommendation_id__in={r for r, _ in pairs}, organisation_id__in={o for _, o in pairs})
            if (s.recommendation_id, s.organisation_id) in pairs}
        gone = [s.pk for pair, s in existing.items() if pair not in wanted]
        if gone:
            Standing.objects.filter(pk__in=gone).delete()
        changed, created = [], []
        columns: set[str] = set()
        for pair, values in wanted.items():
            row = existing.get(pair)
            if row is None:
                created.append(Standing(recommendation_id=pair[0], organisation_id=pair[1], **values))
                continue
            differ = [name for name, value in values.items() if getattr(row, name) != value]
            if differ:
                for name in differ:
                    setattr(row, name, values[name])
                columns.update(differ)
                changed.append(row)
        if created:
            Standing.objects.bulk_create(created, batch_size=1000)
        if changed:
            # Only the columns that changed: bulk_update writes a CASE over every row for each column it is
            # given, and a deadline change (every recipient's due dates) took seconds when given all thirty.
            Standing.objects.bulk_update(changed, sorted(c.removesuffix("_id") if c.endswith("_id") else c
                                                         for c in columns), batch_size=500)


def pairs_of_recommendations(rec_ids: Iterable[int]) -> set[Pair]:
    return set(_values(Recipient.objects.filter(recommendation_id__in=list(rec_ids)),
                       ("recommendation_id", "organisation_id")))


def rebuild() -> int:
    """Recompute every standing from scratch (in chunks of recommendations); returns how many there are."""
    with transaction.atomic():
        rec_ids = list(Recommendation.objects.order_by("pk").values_list("pk", flat=True))
        Standing.objects.exclude(recommendation_id__in=rec_ids).delete()
        for start in range(0, len(rec_ids), CHUNK):
            chunk = rec_ids[start:start + CHUNK]
            pairs = pairs_of_recommendations(chunk)
            wanted = compute(pairs)
            Standing.objects.filter(recommendation_id__in=chunk).delete()
            Standing.objects.bulk_create([Standing(recommendation_id=r, organisation_id=o, **v)
                                          for (r, o), v in wanted.items()], batch_size=1000)
        return Standing.objects.count()
