"""Deadline states for recipients: derived from dates and responses, never stored by hand.

Two clocks per recipient (organisation) and recommendation (docs/decisions/0005-workflow-and-deadlines.md):

- ``initial``: the initial response, ``SuperComplaint.initial_response_due`` (publication date plus
  ``initial_response_days``, default 56, or the inspectorate's override). A publication date without
  a day ("2021-08") gives no initial clock until the inspectorate sets an override: we never invent a day.
- ``update``: a progress update, ``Recommendation.update_due`` (the catalogue's ``due``, or a date in the
  recommendation's text), only where the recommendation has one.

Either clock can be extended per recipient (``workflow.DeadlineExtension``): the latest extension wins.

A clock is **met** when the recipient's response (its own, or a joint response that counts for it) is
now submitted or published; it was met on the date of its first submission (or, for a response taken
from a document the organisation published, that document's ``as_of`` date; or, for a response with no
recorded submission, its ``as_of`` or creation date). The update clock is met by a submission, or a
recorded progress update, made after the initial response was due. A draft or returned response meets
nothing. Unmet clocks are **due** until their date, **overdue** after it, and **long overdue** once more than
``RECTRACK_LONG_OVERDUE_DAYS`` (default 28) days past it. Without a date a clock's state is **none**.
"""
import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

INITIAL = "initial"
UPDATE = "update"
CLOCKS = (INITIAL, UPDATE)
CLOCK_LABELS = {INITIAL: "Initial response", UPDATE: "Progress update"}

DUE = "due"
OVERDUE = "overdue"
LONG_OVERDUE = "long_overdue"
MET = "met"
NONE = "none"
STATES = (DUE, OVERDUE, LONG_OVERDUE, MET, NONE)
STATE_LABELS = {DUE: "Due", OVERDUE: "Overdue", LONG_OVERDUE: "Long overdue", MET: "Met", NONE: "No deadline set"}
STATE_TAGS = {
    DUE: "govuk-tag--blue",
    OVERDUE: "govuk-tag--orange",
    LONG_OVERDUE: "govuk-tag--red",
    MET: "govuk-tag--green",
    NONE: "govuk-tag--grey",
}


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Calendar months, clamped to the end of a shorter month: 31 Jan + 1 month = 28 (or 29) Feb."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def format_date(value: datetime.date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def long_overdue_days() -> int:
    return int(getattr(settings, "RECTRACK_LONG_OVERDUE_DAYS", 28))


def due_soon_days() -> int:
    """A clock due within this many days is "due soon" (the reminders' ``RECTRACK_REMINDER_DAYS_BEFORE``)."""
    return int(getattr(settings, "RECTRACK_REMINDER_DAYS_BEFORE", 14))


def is_actionable(clock, today: datetime.date, soon: int | None = None) -> bool:
    """Overdue, long overdue, or due within ``soon`` days (default ``due_soon_days()``): worth flagging in a cell."""
    if clock.state in (OVERDUE, LONG_OVERDUE):
        return True
    soon = due_soon_days() if soon is None else soon
    return clock.state == DUE and clock.due is not None and (clock.due - today).days <= soon


@dataclass(frozen=True, slots=True)
class DeadlineState:
    clock: str  # "initial" | "update"
    state: str  # due | overdue | long_overdue | met | none
    due: datetime.date | None
    met_on: datetime.date | None = None
    original_due: datetime.date | None = None  # before any extension
    extension_reason: str = ""
    days_late: int = 0  # for overdue clocks: days past the due date today; for met ones: days late when met

    @property
    def extended(self) -> bool:
        return self.original_due != self.due

    @property
    def late(self) -> bool:
        return self.state == MET and bool(self.due and self.met_on and self.met_on > self.due)

    @property
    def label(self) -> str:
        if self.state == MET:
            return f"Met {format_date(self.met_on)}" + (" (late)" if self.late else "")
        if self.state == DUE:
            return f"Due {format_date(self.due)}"
        return STATE_LABELS[self.state]

    @property
    def tag_class(self) -> str:
        return STATE_TAGS[self.state]

    @property
    def clock_label(self) -> str:
        return CLOCK_LABELS[self.clock]

    @property
    def is_open(self) -> bool:
        """Still owed: due, overdue or long overdue."""
        return self.state in (DUE, OVERDUE, LONG_OVERDUE)

    def __str__(self) -> str:
        return self.label


def clock_state(clock: str, due: datetime.date | None, met_on: datetime.date | None, today: datetime.date,
                *, original_due: datetime.date | None = None, extension_reason: str = "",
                long_after: int | None = None) -> DeadlineState:
    """Classify one clock on ``today``."""
    long_after = long_overdue_days() if long_after is None else long_after
    original = due if original_due is None else original_due
    common = {"clock": clock, "due": due, "original_due": original, "extension_reason": extension_reason}
    if met_on is not None:
        return DeadlineState(state=MET, met_on=met_on, days_late=max(0, (met_on - due).days) if due else 0, **common)
    if due is None:
        return DeadlineState(state=NONE, **common)
    late = (today - due).days
    if late <= 0:
        return DeadlineState(state=DUE, **common)
    return DeadlineState(state=LONG_OVERDUE if late > long_after else OVERDUE, days_late=late, **common)


def primary(clocks: list[DeadlineState]) -> DeadlineState:
    """The clock to show in one cell: the first still owed (with a date, if any has one), else the last met."""
    unmet = [c for c in clocks if c.state != MET]
    if unmet:
        return next((c for c in unmet if c.due), unmet[0])
    return clocks[-1]


def _submission_dates(pairs_recs, pairs_orgs):
    """For each (recommendation id, organisation id): (response state, sorted submission dates).

    All responses count, whatever the viewer may see: meeting a deadline is a fact about the
    recipient, not about what has been published (no content is revealed).

    Three queries. The responses are narrowed by the smaller side only (the recommendations of a matrix
    or a recommendation page; the organisation of an organisation page): a few unrequested pairs cost
    less than an OR over the joint-response table with DISTINCT. Joint responses and transitions are read
    through a subquery, not thousands of ids as parameters.
    """
    from rectrack.responses.models import Response
    from rectrack.workflow.models import Transition
    from rectrack.vocabulary import WorkflowState

    pairs_recs, pairs_orgs = list(pairs_recs), list(pairs_orgs)
    through = Response.counts_for.through
    base = Response.objects.filter(recommendation_id__in=pairs_recs)
    if len(pairs_orgs) < len(pairs_recs):
        base = base.filter(Q(organisation_id__in=pairs_orgs)
                           | Q(pk__in=through.objects.filter(organisation_id__in=pairs_orgs).values("response_id")))
    # Plain tuples, not model instances: this runs for every cell of the national matrix.
    responses = list(base.order_by().values_list("id", "recommendation_id", "organisation_id", "state", "source",
                                                 "as_of", "created_at"))
    if not responses:
        return {}
    ids = base.values("id")
    joint = defaultdict(list)
    for response_id, org_id in through.objects.filter(response_id__in=ids).values_list("response_id", "organisation_id"):
        joint[response_id].append(org_id)
    events = defaultdict(list)
    zone = timezone.get_current_timezone()
    for response_id, at in Transition.objects.filter(response_id__in=ids).filter(
            Q(to_state=WorkflowState.SUBMITTED) | Q(from_state=WorkflowState.PUBLISHED,
                                                     to_state=WorkflowState.PUBLISHED)
    ).order_by().values_list("response_id", "at"):
        events[response_id].append(at.astimezone(zone).date())
    out = {}
    draft = WorkflowState.DRAFT
    for pk, rec_id, org_id, state, source, as_of, created_at in responses:
        dates = events.get(pk, [])
        if source == "document" and as_of:
            dates = [*dates, as_of]  # the organisation responded when it published the document
        if not dates and state != draft:
            dates = [as_of or created_at.astimezone(zone).date()]
        value = (state, tuple(sorted(dates)))
        out[(rec_id, org_id)] = value
        for other in joint.get(pk, ()):
            out.setdefault((rec_id, other), value)
    return out


def pair_deadlines(pairs, today: datetime.date | None = None) -> dict[tuple[int, str], list[DeadlineState]]:
    """Both clocks for each (recommendation, organisation id) pair: {(rec id, org id): [clocks]}. See ``_deadlines``."""
    return {pair: clocks for pair, (clocks, _) in _deadlines(pairs, today).items()}


def _deadlines(pairs, today: datetime.date | None = None) -> dict[tuple[int, str], tuple[list[DeadlineState], DeadlineState]]:
    """Both clocks for each (recommendation, organisation id) pair, in a constant number of queries.

    ``pairs`` is an iterable of (Recommendation, organisation id). Returns {(rec id, org id): [clocks]},
    the initial clock first, then the update clock where the recommendation has one (or an extension of it).
    """
    from rectrack.complaints.models import SuperComplaint
    from rectrack.vocabulary import WorkflowState
    from rectrack.workflow.models import DeadlineExtension

    pairs = list(pairs)
    if not pairs:
        return {}
    today = today or timezone.localdate()
    long_after = long_overdue_days()
    recs = {rec.id: rec for rec, _ in pairs}
    org_ids = {org_id for _, org_id in pairs}
    initial_dues = {pk: sc.initial_response_due for pk, sc in
                    SuperComplaint.objects.in_bulk({rec.super_complaint_id for rec in recs.values()}).items()}
    wanted = {(rec.id, org_id) for rec, org_id in pairs}
    extensions = {}
    for ext in DeadlineExtension.objects.filter(recommendation_id__in=recs, organisation_id__in=org_ids).order_by(
            "granted_at", "pk").only("recommendation_id", "organisation_id", "clock", "new_due", "reason"):
        if (ext.recommendation_id, ext.organisation_id) in wanted:
            extensions[(ext.recommendation_id, ext.organisation_id, ext.clock)] = ext  # latest wins
    submissions = _submission_dates(recs, org_ids)

    # Pairs with the same inputs (e.g. every recipient of a recommendation without a response or an
    # extension, or responses submitted on the same day) share one computed, immutable result: the
    # national matrix computes a few hundred, not thousands, and builds no per-cell objects.
    counting = (WorkflowState.SUBMITTED, WorkflowState.PUBLISHED)
    computed: dict[tuple, tuple[list[DeadlineState], DeadlineState]] = {}
    made: dict[tuple, DeadlineState] = {}

    def state_of(clock, due, met_on, base, ext):
        args = (clock, due, met_on, base, ext.pk if ext else None)
        if args not in made:
            made[args] = clock_state(clock, due, met_on, today, original_due=base,
                                     extension_reason=ext.reason if ext else "", long_after=long_after)
        return made[args]

    per_rec = {}  # rec id -> (initial due, update due, when an update may be made without an extension)
    for rec_id, rec in recs.items():
        initial_due = initial_dues[rec.super_complaint_id]
        update_due = rec.update_due
        per_rec[rec_id] = (initial_due, update_due,
                           initial_due if initial_due and update_due and initial_due < update_due else None)
    no_submission = (None, ())
    out = {}
    for rec, org_id in pairs:
        rec_id = rec.id
        pair = (rec_id, org_id)
        if pair in out:
            continue
        initial_due, update_due, opens = per_rec[rec_id]
        state, dates = submissions.get(pair, no_submission)
        ext_initial = extensions.get((rec_id, org_id, INITIAL)) if extensions else None
        ext_update = extensions.get((rec_id, org_id, UPDATE)) if extensions else None
        has_update = update_due is not None or ext_update is not None
        met_initial = met_update = None
        if dates and state in counting:
            met_initial = dates[0]
            if has_update:
                if ext_update is not None:
                    due = ext_update.new_due
                    opens = initial_due if initial_due and due and initial_due < due else None
                met_update = dates[0] if opens is None else next((d for d in dates if d > opens), None)
        key = (rec_id, ext_initial, ext_update, met_initial, met_update)
        if key not in computed:
            clocks = [state_of(INITIAL, ext_initial.new_due if ext_initial else initial_due, met_initial,
                               initial_due, ext_initial)]
            if has_update:
                clocks.append(state_of(UPDATE, ext_update.new_due if ext_update else update_due, met_update,
                                       update_due, ext_update))
            computed[key] = (clocks, primary(clocks))
        out[pair] = computed[key]
    return out


def annotate_cells(cells, today=None) -> None:
    """Set ``cell.deadline`` (the clock to show) and ``cell.deadlines`` (both clocks) on owed cells.

    Constant queries for any number of cells. Cells not owed get ``None`` and ``[]``.
    """
    cells = list(cells)
    keys = [(c.recommendation.id, c.organisation.pk) if getattr(c, "owed", True) else None for c in cells]
    states = _deadlines([(c.recommendation, key[1]) for c, key in zip(cells, keys) if key], today)
    for cell, key in zip(cells, keys):
        clocks, shown = states.get(key, ([], None)) if key else ([], None)
        cell.deadlines = clocks  # shared between cells with the same inputs: read, do not change
        cell.deadline = shown


def filter_cells(cells, state: str) -> list:
    """Cells whose shown deadline is in ``state`` ("overdue" also matches long overdue ones)."""
    wanted = {OVERDUE, LONG_OVERDUE} if state == OVERDUE else {state}
    return [c for c in cells if getattr(c, "deadline", None) is not None and c.deadline.state in wanted]
