"""The brief's status vocabulary: one set of words for models, API, exports and extraction.

Pure Python (no Django) so the extraction engine and the web service share it.
"""
from enum import StrEnum


class Progress(StrEnum):
    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    AWAITING_NATIONAL = "awaiting_national"
    NOT_STARTED = "not_started"
    NOT_STATED = "not_stated"


class Position(StrEnum):
    ACCEPTED = "accepted"
    PARTIALLY_ACCEPTED = "partially_accepted"
    NOT_ACCEPTED = "not_accepted"
    NOT_STATED = "not_stated"


class Assessment(StrEnum):
    NOT_ASSESSED = "not_assessed"
    EVIDENCE_ACCEPTED = "evidence_accepted"
    EVIDENCE_INSUFFICIENT = "evidence_insufficient"
    DISCHARGED = "discharged"


class Adequacy(StrEnum):
    ADEQUATE = "adequate"
    PARTLY_ADEQUATE = "partly_adequate"
    INADEQUATE = "inadequate"


class WorkflowState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class JointStatus(StrEnum):
    """A request that one organisation's response also count for another: only an accepted one counts."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class Clock(StrEnum):
    """The two deadline clocks of a recipient on a recommendation."""

    INITIAL = "initial"  # the initial response (publication date + the report's days, or the set date)
    UPDATE = "update"  # a progress update (the recommendation's own due date)


class Deadline(StrEnum):
    """The state of one clock on a given day."""

    DUE = "due"
    OVERDUE = "overdue"
    LONG_OVERDUE = "long_overdue"
    MET = "met"
    NONE = "none"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


LABELS = {
    "complete": "Complete",
    "in_progress": "In progress",
    "awaiting_national": "Awaiting national action",
    "not_started": "Not started",
    "not_stated": "Not stated",
    "accepted": "Accepted",
    "partially_accepted": "Partially accepted",
    "not_accepted": "Not accepted",
    "not_assessed": "Not assessed",
    "evidence_accepted": "Evidence accepted",
    "evidence_insufficient": "Evidence insufficient",
    "discharged": "Discharged",
    "adequate": "Adequate",
    "partly_adequate": "Partly adequate",
    "inadequate": "Inadequate",
    "draft": "Draft",
    "submitted": "Submitted",
    "returned": "Returned",
    "published": "Published",
    "withdrawn": "Withdrawn",
    "pending": "Awaiting their agreement",
    "declined": "Declined",
    "no_response": "No response",
    "no_response_published": "No response published",
}

CLOCK_LABELS = {"initial": "Initial response", "update": "Progress update"}
DEADLINE_LABELS = {"due": "Due", "overdue": "Overdue", "long_overdue": "Long overdue", "met": "Met",
                   "none": "No deadline set"}
DEADLINE_TAG = {
    "due": "govuk-tag--blue",
    "overdue": "govuk-tag--orange",
    "long_overdue": "govuk-tag--red",
    "met": "govuk-tag--green",
    "none": "govuk-tag--grey",
}
WORKFLOW_TAG = {
    "draft": "govuk-tag--grey",
    "submitted": "govuk-tag--light-blue",
    "returned": "govuk-tag--orange",
    "published": "govuk-tag--green",
    "withdrawn": "govuk-tag--red",
}

# GOV.UK tag colour modifiers per progress value; 'no response' is deliberately the loudest.
PROGRESS_TAG = {
    "complete": "govuk-tag--green",
    "in_progress": "govuk-tag--blue",
    "awaiting_national": "govuk-tag--yellow",
    "not_started": "govuk-tag--orange",
    "not_stated": "govuk-tag--grey",
    "no_response": "govuk-tag--red",
    "no_response_published": "govuk-tag--red",
}


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    return [(m.value, LABELS[m.value]) for m in enum]
