"""Deadline states of a recipient's two clocks, derived from dates: never stored by hand (ADR 0005).

- ``initial``: the initial response, ``SuperComplaint.initial_response_due`` (publication date plus
  ``initial_response_days``, default 56, or the inspectorate's override). A publication date without
  a day ("2021-08") gives no initial clock until the inspectorate sets an override: we never invent a day.
- ``update``: a progress update, ``Recommendation.update_due``, only where the recommendation has one.

Either clock can be extended per recipient (``workflow.DeadlineExtension``): the latest extension wins.
When a clock was met is worked out by the projector (``rectrack.tracker.projector.met_dates``) and
stored on the standing; this module only classifies a clock on a day: **met**, else **due** until its
date, **overdue** after it, **long overdue** once more than ``RECTRACK_LONG_OVERDUE_DAYS`` (default 28)
days past it, **none** without a date.
"""
import datetime
from dataclasses import dataclass

from django.conf import settings

from rectrack.core.dates import format_date
from rectrack.core.vocabulary import CLOCK_LABELS, DEADLINE_LABELS, DEADLINE_TAG, Clock, Deadline, LifeEvent

INITIAL, UPDATE = Clock.INITIAL.value, Clock.UPDATE.value
CLOCKS = (INITIAL, UPDATE)
DUE, OVERDUE, LONG_OVERDUE, MET, NONE = (s.value for s in Deadline)
STATES = tuple(s.value for s in Deadline)


def long_overdue_days() -> int:
    return int(getattr(settings, "RECTRACK_LONG_OVERDUE_DAYS", 28))


def due_soon_days() -> int:
    """A clock due within this many days is "due soon" (the reminders' ``RECTRACK_REMINDER_DAYS_BEFORE``)."""
    return int(getattr(settings, "RECTRACK_REMINDER_DAYS_BEFORE", 14))


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
        return DEADLINE_LABELS[self.state]

    @property
    def tag_class(self) -> str:
        return DEADLINE_TAG[self.state]

    @property
    def clock_label(self) -> str:
        return CLOCK_LABELS.get(self.clock) or LifeEvent.FOLLOW_UP.label  # FOLLOW_UP: a request's own clock

    @property
    def is_open(self) -> bool:
        """Still owed: due, overdue or long overdue."""
        return self.state in (DUE, OVERDUE, LONG_OVERDUE)

    def actionable(self, today: datetime.date, soon: int) -> bool:
        """Overdue, long overdue, or due within ``soon`` days: worth flagging in a cell."""
        if self.state in (OVERDUE, LONG_OVERDUE):
            return True
        return self.state == DUE and self.due is not None and (self.due - today).days <= soon

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


# A follow-up request's deadline (``complaints.FollowUpRequest``): a third kind of clock, kept out of the
# standings (one request, few pairs) and worked out when shown; met by the first answer on or after asking.
FOLLOW_UP = "follow_up"


def follow_up_state(due: datetime.date, answered_on: datetime.date | None, today: datetime.date) -> DeadlineState:
    return clock_state(FOLLOW_UP, due, answered_on, today)


def primary(clocks: list[DeadlineState]) -> DeadlineState | None:
    """The clock to show in one cell: the first still owed (with a date, if any has one), else the last met."""
    if not clocks:
        return None
    unmet = [c for c in clocks if c.state != MET]
    if unmet:
        return next((c for c in unmet if c.due), unmet[0])
    return clocks[-1]


class Clocks:
    """Classifies the clocks of many standings on one day, sharing the immutable results: a national
    matrix has thousands of cells but a few hundred distinct (due, met, original) inputs."""

    def __init__(self, today: datetime.date):
        self.today = today
        self.long_after = long_overdue_days()
        self._made: dict[tuple, DeadlineState] = {}
        # For readers of many standings: their clocks and shown clock by the raw dates read (tracker.selectors).
        self.memo: dict[tuple, tuple[list[DeadlineState], DeadlineState | None]] = {}

    def state(self, clock: str, due, met_on, original_due, reason: str = "") -> DeadlineState:
        key = (clock, due, met_on, original_due, reason)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = clock_state(clock, due, met_on, self.today, original_due=original_due,
                                                 extension_reason=reason, long_after=self.long_after)
        return made

    def of(self, initial: tuple, update: tuple | None) -> list[DeadlineState]:
        """``initial`` and ``update``: (due, met_on, original_due[, extension reason]); ``update`` None where
        there is no such clock."""
        clocks = [self.state(INITIAL, *initial)]
        if update is not None:
            clocks.append(self.state(UPDATE, *update))
        return clocks
