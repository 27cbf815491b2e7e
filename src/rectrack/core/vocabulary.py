"""The brief's status vocabulary: one set of words for models, API, exports, charts and extraction.

Each word is defined once, with everything said about it: its value (what is stored and exchanged), its
label (what people read), its GOV.UK tag colour and, for the words charts draw, its chart style (colour,
hatch, marker, line) so that nothing relies on colour alone. Pure Python (no Django): the extraction
engine imports it too.

"No response" is one value, ``no_response`` ("No response published"): the cell of a recipient with no
answer the reader may see, which is true for every reader (a body's own draft is an answer it sees).
"""
from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class Term(StrEnum):
    """A vocabulary word: ``Member = "value", "Label", "govuk-tag--colour", {chart style}``."""

    label: str
    tag: str
    style: MappingProxyType

    def __new__(cls, value: str, label: str, tag: str = "govuk-tag--grey", style: dict | None = None):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.tag = tag
        member.style = MappingProxyType(style or {})
        return member


# GOV.UK palette; each chart style also has a hatch, marker and line of its own.
class Progress(Term):
    COMPLETE = "complete", "Complete", "govuk-tag--green", {
        "color": "#00703c", "hatch": "", "hatchcolor": "#ffffff", "marker": "o", "linestyle": "-"}
    IN_PROGRESS = "in_progress", "In progress", "govuk-tag--blue", {
        "color": "#1d70b8", "hatch": "//", "hatchcolor": "#ffffff", "marker": "s", "linestyle": "--"}
    AWAITING_NATIONAL = "awaiting_national", "Awaiting national action", "govuk-tag--yellow", {
        "color": "#ffdd00", "hatch": "..", "hatchcolor": "#0b0c0c", "marker": "^", "linestyle": "-."}
    NOT_STARTED = "not_started", "Not started", "govuk-tag--orange", {
        "color": "#f47738", "hatch": "xx", "hatchcolor": "#0b0c0c", "marker": "D", "linestyle": ":"}
    NOT_STATED = "not_stated", "Not stated", "govuk-tag--grey", {
        "color": "#b1b4b6", "hatch": "\\\\", "hatchcolor": "#0b0c0c", "marker": "v", "linestyle": (0, (5, 1))}


class Cell(Term):
    """What a tracker cell shows besides a progress value: that there is no answer to read."""

    NO_RESPONSE = "no_response", "No response published", "govuk-tag--red", {
        "color": "#d4351c", "hatch": "--", "hatchcolor": "#ffffff", "marker": "x", "linestyle": (0, (1, 3))}


NO_RESPONSE = Cell.NO_RESPONSE
# Every state a cell can show, in the order pages, counts and charts list them ('no response' last).
CELL_STATES: tuple[Term, ...] = (*Progress, NO_RESPONSE)


class Position(Term):
    ACCEPTED = "accepted", "Accepted"
    PARTIALLY_ACCEPTED = "partially_accepted", "Partially accepted"
    NOT_ACCEPTED = "not_accepted", "Not accepted"
    NOT_STATED = "not_stated", "Not stated"


class Assessment(Term):
    """The inspectorate's own axis: only people set it."""

    NOT_ASSESSED = "not_assessed", "Not assessed"
    EVIDENCE_ACCEPTED = "evidence_accepted", "Evidence accepted", "govuk-tag--purple"
    EVIDENCE_INSUFFICIENT = "evidence_insufficient", "Evidence insufficient", "govuk-tag--purple"
    DISCHARGED = "discharged", "Discharged", "govuk-tag--purple"


class Adequacy(Term):
    ADEQUATE = "adequate", "Adequate"
    PARTLY_ADEQUATE = "partly_adequate", "Partly adequate"
    INADEQUATE = "inadequate", "Inadequate"


class WorkflowState(Term):
    DRAFT = "draft", "Draft", "govuk-tag--grey"
    SUBMITTED = "submitted", "Submitted", "govuk-tag--light-blue"
    RETURNED = "returned", "Returned", "govuk-tag--orange"
    PUBLISHED = "published", "Published", "govuk-tag--green"
    WITHDRAWN = "withdrawn", "Withdrawn", "govuk-tag--red"


class JointStatus(Term):
    """A request that one organisation's response also count for another: only an accepted one counts."""

    PENDING = "pending", "Awaiting their agreement"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class Clock(Term):
    """The two deadline clocks of a recipient on a recommendation."""

    INITIAL = "initial", "Initial response"  # publication date + the report's days, or the set date
    UPDATE = "update", "Progress update"  # the recommendation's own due date


class Deadline(Term):
    """The state of one clock on a given day."""

    DUE = "due", "Due", "govuk-tag--blue"
    OVERDUE = "overdue", "Overdue", "govuk-tag--orange"
    LONG_OVERDUE = "long_overdue", "Long overdue", "govuk-tag--red"
    MET = "met", "Met", "govuk-tag--green"
    NONE = "none", "No deadline set", "govuk-tag--grey"


class ActionStatus(Term):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"


class TextStatus(Term):
    """How far a catalogued recommendation's wording is known."""

    VERBATIM = "verbatim", "Verbatim", "govuk-tag--green"
    SUMMARY = "summary", "Summary", "govuk-tag--blue"
    UNKNOWN = "unknown", "Text not yet recorded", "govuk-tag--grey"


class RecipientClass(Term):
    """Who a recommendation is addressed to: a kind of body (every one of that kind) or one national body."""

    CHIEF_CONSTABLES = "chief_constables", "Chief constables"
    POLICING_BODIES = "policing_bodies", "Police and crime commissioners and equivalents"
    HOME_OFFICE = "home_office", "Home Office"
    NPCC = "npcc", "National Police Chiefs' Council"
    APCC = "apcc", "Association of Police and Crime Commissioners"
    COLLEGE_OF_POLICING = "college_of_policing", "College of Policing"
    HMICFRS = "hmicfrs", "HMICFRS"
    IOPC = "iopc", "IOPC"
    MINISTRY_OF_JUSTICE = "ministry_of_justice", "Ministry of Justice"
    CPS = "cps", "Crown Prosecution Service"
    ALL_RECIPIENTS = "all_recipients", "All recipients"


class ComplaintStatus(Term):
    """Where a super-complaint is in its life."""

    RECEIVED = "received", "Received", "govuk-tag--grey"
    UNDER_INVESTIGATION = "under_investigation", "Under investigation", "govuk-tag--blue"
    PUBLISHED = "published", "Published", "govuk-tag--green"  # its report is
    CLOSED = "closed", "Closed", "govuk-tag--grey"


class LifeEvent(Term):
    """The dated steps of a super-complaint's life (its timeline)."""

    RECEIVED = "received", "Received"
    ELIGIBILITY = "eligibility", "Eligibility decision"
    INVESTIGATION = "investigation", "Investigation"
    REPORT_PUBLISHED = "report_published", "Report published"
    RESPONSE_DEADLINE = "response_deadline", "Response deadline"
    FOLLOW_UP = "follow_up", "Follow-up"
    CLOSURE = "closure", "Closure"


# What pages say where the catalogue does not know who a recommendation is addressed to.
RECIPIENTS_UNKNOWN = "Recipients not yet recorded"

VOCABULARIES: tuple[type[Term], ...] = (Progress, Cell, Position, Assessment, Adequacy, WorkflowState,
                                        JointStatus, Clock, Deadline, ActionStatus, TextStatus, RecipientClass,
                                        ComplaintStatus, LifeEvent)


def _by_value(attribute: str, vocabularies=VOCABULARIES) -> MappingProxyType:
    """value -> attribute over vocabularies; a value that two of them share must mean the same there."""
    out: dict[str, str] = {}
    for vocabulary in vocabularies:
        for member in vocabulary:
            value = getattr(member, attribute)
            if out.setdefault(member.value, value) != value:
                raise ValueError(f"{member.value!r} is {out[member.value]!r} and {value!r}: one word, one meaning.")
    return MappingProxyType(out)


# Derived look-ups, for templates and the words a value stands for wherever it is shown.
LABELS = _by_value("label")
CLOCK_LABELS = _by_value("label", (Clock,))
DEADLINE_LABELS = _by_value("label", (Deadline,))
DEADLINE_TAG = _by_value("tag", (Deadline,))
WORKFLOW_TAG = _by_value("tag", (WorkflowState,))
PROGRESS_TAG = _by_value("tag", (Progress, Cell))


def choices(vocabulary: type[Term]) -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in vocabulary]
