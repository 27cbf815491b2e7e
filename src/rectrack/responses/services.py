"""Writes to responses, actions, evidence, assessments and adequacy views.

Every write goes through here: the permission check, validation and the history record happen in one
place, so pages, the API and ingestion cannot drift apart. Each function is atomic: on any error
nothing is saved.
"""
import hashlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import uploads
from rectrack.organisations.models import Organisation
from rectrack.responses.models import (
    Action,
    AdequacyView,
    Assessment,
    Evidence,
    NoResponseCheck,
    Response,
)
from rectrack.vocabulary import WorkflowState

RESPONSE_FIELDS = [
    "position", "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner", "governance_board",
]
SOURCE_FIELDS = ["source", "source_document", "source_start", "source_end", "source_label"]
ACTION_FIELDS = ["description", "owner", "due_date", "status", "completed_on"]


def require(user, perm: str, obj=None) -> None:
    if not user.has_perm(perm, obj):
        raise PermissionDenied(f"You do not have permission to do this ({perm}).")


def _attach_history_user(instance, user, reason: str = "") -> None:
    # simple-history reads these when saving outside a request (API, CLI, tasks).
    instance._history_user = user if getattr(user, "is_authenticated", False) else None
    if reason:
        instance._change_reason = reason


def _apply(instance, data: dict, fields: list[str]) -> list[str]:
    changed = []
    for field in fields:
        if field in data and getattr(instance, field) != data[field]:
            setattr(instance, field, data[field])
            changed.append(field)
    return changed


def _validate_joint(response: Response, counts_for: list[Organisation]) -> None:
    """A joint response may count for other recipients of the same recommendation without their own response."""
    rec = response.recommendation
    owed = set(Recipient.objects.filter(recommendation=rec).values_list("organisation_id", flat=True))
    for org in counts_for:
        if org.pk == response.organisation_id:
            raise ValidationError({"counts_for": "A response cannot count for its own organisation twice."})
        if org.pk not in owed:
            raise ValidationError({"counts_for": f"{org.name} does not owe a response to recommendation {rec.number}."})
        clash = Response.objects.filter(recommendation=rec).filter(organisation=org).exclude(pk=response.pk)
        other_joint = Response.objects.filter(recommendation=rec, counts_for=org).exclude(pk=response.pk)
        if clash.exists() or other_joint.exists():
            raise ValidationError({"counts_for": f"{org.name} already has a response to recommendation {rec.number}."})


@transaction.atomic
def create_response(*, user, recommendation: Recommendation, organisation: Organisation, data: dict,
                    counts_for: list[Organisation] | None = None, source: str = Response.Source.TYPED,
                    reason: str = "") -> Response:
    require(user, "responses.add_response_for", organisation)
    if not Recipient.objects.filter(recommendation=recommendation, organisation=organisation).exists():
        raise ValidationError(f"{organisation.name} does not owe a response to recommendation {recommendation.number}.")
    if Response.objects.filter(recommendation=recommendation, counts_for=organisation).exists():
        raise ValidationError(
            f"A joint response already counts for {organisation.name} on recommendation {recommendation.number}."
        )
    if Response.objects.filter(recommendation=recommendation, organisation=organisation).exists():
        raise ValidationError(
            f"{organisation.name} already has a response to recommendation {recommendation.number}: edit that one."
        )
    response = Response(recommendation=recommendation, organisation=organisation, source=source)
    _apply(response, data, RESPONSE_FIELDS + SOURCE_FIELDS[1:])
    response.full_clean(exclude=["source_document"])
    _attach_history_user(response, user, reason or "Created")
    response.save()
    if counts_for:
        _validate_joint(response, counts_for)
        response.counts_for.set(counts_for)
    return response


@transaction.atomic
def update_response(*, user, response: Response, data: dict, counts_for: list[Organisation] | None = None,
                    reason: str = "") -> list[str]:
    """Edit a response's content; provenance fields (SOURCE_FIELDS) change too when a reviewed document
    replaces what was there."""
    require(user, "responses.change_response", response)
    response = Response.objects.select_for_update().get(pk=response.pk)
    changed = _apply(response, data, RESPONSE_FIELDS + SOURCE_FIELDS)
    response.full_clean(exclude=["source_document"])
    if counts_for is not None:
        if set(o.pk for o in counts_for) != set(response.counts_for.values_list("pk", flat=True)):
            _validate_joint(response, counts_for)
            changed.append("counts_for")
    if changed:
        _attach_history_user(response, user, reason or "Edited")
        response.save()
        if counts_for is not None and "counts_for" in changed:
            response.counts_for.set(counts_for)
    return changed


def _delete(user, perm: str, instance) -> None:
    """Permission check, then a delete whose history record names who did it."""
    require(user, perm, instance)
    _attach_history_user(instance, user, "Deleted")
    instance.delete()


@transaction.atomic
def delete_response(*, user, response: Response) -> None:
    _delete(user, "responses.delete_response", response)


@transaction.atomic
def add_action(*, user, response: Response, data: dict) -> Action:
    require(user, "responses.manage_actions", response)
    action = Action(response=response)
    _apply(action, data, ACTION_FIELDS)
    _clean_action(action)
    _attach_history_user(action, user, "Added")
    action.save()
    return action


def _clean_action(action: Action) -> None:
    action.full_clean()
    if action.completed_on and action.status != "complete":
        raise ValidationError({"completed_on": "Only a complete action has a completion date."})
    if action.status == "complete" and not action.completed_on:
        action.completed_on = timezone.localdate()


@transaction.atomic
def update_action(*, user, action: Action, data: dict) -> list[str]:
    require(user, "responses.change_action", action)
    changed = _apply(action, data, ACTION_FIELDS)
    if changed:
        _clean_action(action)
        _attach_history_user(action, user, "Edited")
        action.save()
    return changed


@transaction.atomic
def delete_action(*, user, action: Action) -> None:
    _delete(user, "responses.change_action", action)


@dataclass
class HashedUpload:
    sha256: str
    size: int


def hash_upload(uploaded) -> HashedUpload:
    """Stream the file once to get its SHA-256 and size without holding it in memory."""
    digest = hashlib.sha256()
    size = 0
    uploaded.seek(0)
    for chunk in uploaded.chunks() if hasattr(uploaded, "chunks") else iter(lambda: uploaded.read(65536), b""):
        digest.update(chunk)
        size += len(chunk)
    uploaded.seek(0)
    return HashedUpload(digest.hexdigest(), size)


@transaction.atomic
def add_evidence_file(*, user, response: Response, uploaded, title: str) -> Evidence:
    """Accept a file by its content (ADR 0011) and store it once under its hash."""
    require(user, "responses.manage_evidence", response)
    name = (getattr(uploaded, "name", "") or "evidence").replace("\\", "/").rsplit("/", 1)[-1][:255]
    fmt = uploads.check_upload(uploaded, filename=name, formats=uploads.EVIDENCE_FORMATS)
    hashed = hash_upload(uploaded)
    evidence = Evidence(
        response=response, kind=Evidence.Kind.FILE, title=(title or name).strip(), filename=name,
        content_type=fmt.content_type,  # what the bytes are, never what the browser said
        sha256=hashed.sha256, size=hashed.size, uploaded_by=user if user.is_authenticated else None,
    )
    evidence.full_clean(exclude=["file"])
    path = evidence.file.field.generate_filename(evidence, name)
    if evidence.file.storage.exists(path):
        evidence.file.name = path  # the same bytes are stored already: evidence items share the file
    else:
        evidence.file.save(name, File(uploaded), save=False)
    _attach_history_user(evidence, user, "Added")
    evidence.save()
    return evidence


@transaction.atomic
def add_evidence_link(*, user, response: Response, url: str, title: str) -> Evidence:
    require(user, "responses.manage_evidence", response)
    evidence = Evidence(response=response, kind=Evidence.Kind.LINK, url=url.strip(), title=(title or url).strip(),
                        uploaded_by=user if user.is_authenticated else None)
    evidence.full_clean(exclude=["file"])
    if not evidence.url.lower().startswith(("https://", "http://")):
        raise ValidationError({"url": "Enter a web address starting with https:// or http://."})
    _attach_history_user(evidence, user, "Added")
    evidence.save()
    return evidence


@transaction.atomic
def delete_evidence(*, user, evidence: Evidence) -> None:
    # The history keeps the hash, title and size; the bytes go once the delete commits and no other
    # evidence item shares the stored file (a post_delete receiver, ADR 0011).
    _delete(user, "responses.change_evidence", evidence)


@transaction.atomic
def set_assessment(*, user, response: Response, status: str, comment: str = "") -> Assessment:
    require(user, "responses.assess_response", response)
    assessment = Assessment.objects.filter(response=response).first() or Assessment(response=response)
    assessment.status = status
    assessment.comment = comment
    assessment.assessed_by = user
    assessment.full_clean()
    _attach_history_user(assessment, user, "Assessed")
    assessment.save()
    return assessment


@transaction.atomic
def record_adequacy(*, user, response: Response, verdict: str, comment: str = "") -> AdequacyView:
    require(user, "responses.record_adequacy", response)
    if response.state != WorkflowState.PUBLISHED:
        raise ValidationError("A view on adequacy can only be recorded on a published response.")
    view = (AdequacyView.objects.filter(response=response, designated_body_id=user.organisation_id).first()
            or AdequacyView(response=response, designated_body_id=user.organisation_id))
    view.verdict = verdict
    view.comment = comment
    view.recorded_by = user
    view.full_clean()
    _attach_history_user(view, user, "Recorded")
    view.save()
    return view


@transaction.atomic
def record_no_response(*, user, super_complaint: SuperComplaint, organisation: Organisation, checked_on,
                       checked_where: str, note: str = "") -> NoResponseCheck:
    require(user, "responses.record_no_response", organisation)
    if not Recipient.objects.filter(recommendation__super_complaint=super_complaint, organisation=organisation).exists():
        raise ValidationError(f"{organisation.name} owes no response to {super_complaint}.")
    if checked_on and checked_on > timezone.localdate():
        raise ValidationError({"checked_on": "The date checked must be today or in the past."})
    check = NoResponseCheck(super_complaint=super_complaint, organisation=organisation, checked_on=checked_on,
                            checked_where=checked_where.strip(), note=note, checked_by=user)
    check.full_clean()
    _attach_history_user(check, user, "Recorded")
    check.save()
    return check
