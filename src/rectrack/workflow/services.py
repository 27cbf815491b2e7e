"""Writes for the workflow: transitions, deadline settings and extensions.

Like ``rectrack.responses.services``: permission check, validation and the audit record in one
atomic function; ``PermissionDenied`` / ``ValidationError`` on refusal, nothing saved.
"""
import datetime
import hashlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction as db_transaction

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import projection, validators
from rectrack.core.audit import attach_history_user, bump_version, check_version
from rectrack.core.dates import format_date
from rectrack.core.vocabulary import LABELS, Clock, Position, Progress, WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses import services as response_services
from rectrack.responses.models import Response
from rectrack.workflow import transitions as registry
from rectrack.workflow.models import DeadlineExtension, DeadlineSettingChange, Transition

MAX_COMMENT = 5000
MAX_INITIAL_DAYS = 366 * 3


def _require(user, perm: str, obj=None, message: str = "") -> None:
    if not user.has_perm(perm, obj):
        raise PermissionDenied(message or f"You do not have permission to do this ({perm}).")


def _user_or_none(user):
    return user if getattr(user, "is_authenticated", False) else None


@db_transaction.atomic
def transition(user, response: Response, to_state: str, comment: str = "",
               expected_version: int | None = None, require_version: bool = False) -> Transition:
    """Move ``response`` to ``to_state`` if the registry allows it from its current state for this user.

    ``expected_version``: the version of the response the person decided on (a publish or return of a
    response that changed since they looked at it is refused with ``StaleEdit``). ``require_version``: refuse
    the step without one (a person's decision must say what it decided on; ADR 0021), once the permission and
    the comment have been checked, so that those errors come first.
    """
    response = Response.objects.select_for_update().get(pk=response.pk)
    check_version(response, expected_version, what="response", fields=response_services.RESPONSE_FIELDS)
    rule = registry.find(response.state, to_state)
    if rule is None or not rule.applies(response):
        allowed = ", ".join(LABELS[r.target] for r in registry.from_state(response.state) if r.applies(response))
        raise ValidationError(
            f"A {LABELS[response.state].lower()} response cannot move to "
            f"{LABELS.get(to_state, to_state).lower()} (allowed: {(allowed or 'none').lower()})."
        )
    _require(user, rule.perm, response, f"Only {rule.who} can do this ({rule.label.lower()}).")
    comment = validators.text(comment, "Comment", max_length=MAX_COMMENT, field="comment").strip()
    if rule.comment_required and not comment:
        raise ValidationError({"comment": "Enter a comment explaining why."})
    if require_version and expected_version is None:
        raise ValidationError("This form is out of date or incomplete: go back to the response, reload it and try "
                              "again.")
    if rule.target == WorkflowState.SUBMITTED and not (
            response.narrative.strip() or response.position != Position.NOT_STATED
            or response.progress != Progress.NOT_STATED):
        raise ValidationError("Add a narrative, position or progress before submitting the response.")
    with projection.batch():
        record = Transition.objects.create(response=response, name=rule.name, from_state=response.state,
                                           to_state=rule.target, by=_user_or_none(user), comment=comment)
        if rule.target == WorkflowState.PUBLISHED:
            response_services.publish_version(user=user, response=response)
        elif rule.target == WorkflowState.WITHDRAWN:
            response_services.withdraw_versions(response)
        response.state = rule.target
        bump_version(response)
        # The comment is internal (the transition log and the internal history); the public never sees either.
        attach_history_user(response, user, f"{rule.label}: {comment}" if comment else rule.label)
        response.save()
    return record


def transition_log(response: Response):
    return Transition.objects.filter(response=response).select_related("by", "by__organisation")


def _log(user, super_complaint: SuperComplaint, field: str, old, new, reason: str, recommendation=None) -> None:
    as_text = lambda v: v.isoformat() if isinstance(v, datetime.date) else ("" if v is None else str(v))  # noqa: E731
    DeadlineSettingChange.objects.create(super_complaint=super_complaint, recommendation=recommendation, field=field,
                                         old_value=as_text(old), new_value=as_text(new), reason=reason,
                                         changed_by=_user_or_none(user))


STALE_DEADLINES = ("Someone else changed these deadlines while you were editing them, so your changes were not "
                   "saved. Check their changes, listed under 'Changes to these deadlines', then save again to apply "
                   "your entries over theirs.")


def deadline_settings_digest(super_complaint: SuperComplaint, recommendations) -> str:
    """A short fingerprint of a report's deadline settings (what the settings form shows)."""
    values = [super_complaint.initial_response_days, super_complaint.initial_response_due_override,
              *sorted((r.pk, r.update_due) for r in recommendations)]
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


@db_transaction.atomic
def update_deadline_settings(*, user, super_complaint: SuperComplaint, initial_response_days: int,
                             initial_response_due_override: datetime.date | None,
                             update_dues: dict[int, datetime.date | None] | None = None,
                             reason: str = "", started_from: str | None = None) -> list[str]:
    """The inspectorate's report-level deadline settings; every change logged. Returns what changed.

    ``started_from``: the ``deadline_settings_digest`` of the settings the form showed. The form posts every
    setting, so a save from a page opened before someone else's change would put their values back: refused
    (ADR 0021). ``None``: no check (callers that read and write in one go)."""
    _require(user, "workflow.change_deadlines", super_complaint)
    super_complaint = SuperComplaint.objects.select_for_update().get(pk=super_complaint.pk)
    recs = {r.pk: r for r in Recommendation.objects.filter(super_complaint=super_complaint)}
    if started_from is not None and started_from != deadline_settings_digest(super_complaint, recs.values()):
        raise ValidationError(STALE_DEADLINES, code="stale")
    if initial_response_days is None or not 1 <= int(initial_response_days) <= MAX_INITIAL_DAYS:
        raise ValidationError({"initial_response_days": f"Enter a number of days from 1 to {MAX_INITIAL_DAYS}."})
    changed = []
    for field, value in (("initial_response_days", int(initial_response_days)),
                         ("initial_response_due_override", initial_response_due_override)):
        old = getattr(super_complaint, field)
        if old != value:
            setattr(super_complaint, field, value)
            _log(user, super_complaint, field, old, value, reason)
            changed.append(field)
    if changed:
        super_complaint.save(update_fields=changed)
    for pk, due in (update_dues or {}).items():
        rec = recs.get(int(pk))
        if rec is None:
            raise ValidationError(f"Recommendation {pk} is not part of {super_complaint}.")
        if rec.update_due != due:
            _log(user, super_complaint, "update_due", rec.update_due, due, reason, recommendation=rec)
            rec.update_due = due
            rec.save(update_fields=["update_due"])
            changed.append(f"update_due:{rec.number}")
    return changed


@db_transaction.atomic
def grant_extension(*, user, recommendation: Recommendation, organisation: Organisation, clock: str,
                    new_due: datetime.date, reason: str) -> DeadlineExtension:
    """A new due date for one recipient on one clock; the reason is required and kept in history."""
    _require(user, "workflow.grant_extension", organisation)
    if clock not in Clock:
        raise ValidationError({"clock": "Choose the initial response or the progress update."})
    if not Recipient.objects.filter(recommendation=recommendation, organisation=organisation).exists():
        raise ValidationError(f"{organisation.name} does not owe a response to recommendation {recommendation.number}.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter the reason for the extension."})
    if new_due is None:
        raise ValidationError({"new_due": "Enter the new due date."})
    if clock == Clock.UPDATE and recommendation.update_due is None:
        raise ValidationError({"clock": f"Recommendation {recommendation.number} has no progress-update deadline."})
    original = (
        recommendation.update_due if clock == Clock.UPDATE else recommendation.super_complaint.initial_response_due
    )
    if original is None:
        raise ValidationError({"clock": "This report has no initial-response deadline yet: set one first."})
    if new_due <= original:
        raise ValidationError({"new_due": f"The new due date must be after the original one, {format_date(original)}."})
    ext = DeadlineExtension(recommendation=recommendation, organisation=organisation, clock=clock,
                            new_due=new_due, reason=reason, granted_by=_user_or_none(user))
    ext.full_clean()
    attach_history_user(ext, user, f"Extended to {format_date(new_due)}")
    ext.save()
    return ext


@db_transaction.atomic
def grant_extensions(*, user, recommendations: list[Recommendation], organisation: Organisation, clock: str,
                     new_due: datetime.date, reason: str) -> list[DeadlineExtension]:
    """The same extension for several recommendations at once (all or nothing)."""
    if not recommendations:
        raise ValidationError({"recommendations": "Choose at least one recommendation."})
    return [grant_extension(user=user, recommendation=r, organisation=organisation, clock=clock, new_due=new_due,
                            reason=reason) for r in recommendations]
