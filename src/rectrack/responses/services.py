"""Writes to responses, joint answers, actions, evidence, assessments, adequacy views and publication.

Every write goes through here: the permission check, validation, the guard against lost updates and the
history record happen in one place (``rectrack.core.audit``), so pages, the API and ingestion cannot drift
apart. Each function is atomic: on any error nothing is saved.

The working copy and what the public sees are kept apart: editors change the ``Response`` row, its
actions and evidence; the public reads only the ``ResponseVersion`` the inspectorate last published
(``publish_version``, called by the workflow). Changing a published or withdrawn response starts a
revision (the state goes back to draft) while the published version stays public; a submitted response is
locked until the inspectorate publishes or returns it.
"""
import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import projection, uploads, validators
from rectrack.core.audit import acting_user, attach_history_user, bump_version, check_version, require
from rectrack.core.signals import text_redacted
from rectrack.core.vocabulary import LABELS, JointStatus, WorkflowState
from rectrack.core.vocabulary import Assessment as AssessmentStatus
from rectrack.organisations.models import Organisation
from rectrack.organisations.selectors import are_paired
from rectrack.responses.models import (
    Action,
    AdequacyView,
    Assessment,
    Evidence,
    JointLink,
    NoResponseCheck,
    PublishedAction,
    Redaction,
    Response,
    ResponseVersion,
)

__all__ = ["require"]  # re-exported for callers that check a permission before calling a service

RESPONSE_FIELDS = [
    "position", "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner", "governance_board",
]
SOURCE_FIELDS = ["source", "source_document", "source_start", "source_end", "source_label"]
ACTION_FIELDS = ["description", "owner", "due_date", "status", "completed_on"]
EVIDENCE_FIELDS = ["title", "public"]  # what can change of evidence: its file or link never does
# Text that can be redacted from a published version (and from every copy of it).
REDACTABLE_FIELDS = {"narrative": "What they said", "owner": "Owner", "governance_board": "Governance board",
                     "inspectorate_ref": "Inspectorate reference", "local_ref": "Own reference",
                     "source_label": "Where in the source document"}
TEXT_RULES = {
    "narrative": ("What they said", 100_000), "inspectorate_ref": ("Inspectorate reference", 100),
    "local_ref": ("Own reference", 100), "owner": ("Owner", 200), "governance_board": ("Governance board", 200),
    "source_label": ("Where in the source document", 300), "description": ("What will be done", 20_000),
    "comment": ("Comment", 10_000), "title": ("Title", 300), "url": ("Web address", 1000),
    "checked_where": ("Where it was looked for", 1000), "note": ("Note", 10_000), "reason": ("Reason", 5000),
}


def _display(name: str, value) -> str:
    if value in (None, ""):
        return ""
    return LABELS.get(value, str(value)) if isinstance(value, str) else str(value)


def _apply(instance, data: dict, fields: list[str]) -> list[str]:
    changed = []
    for name in fields:
        if name in data and getattr(instance, name) != data[name]:
            setattr(instance, name, data[name])
            changed.append(name)
    return changed


def _check_texts(data: dict) -> None:
    validators.texts(data, {k: v for k, v in TEXT_RULES.items() if k in data})


def _check_response_dates(data: dict) -> None:
    if "as_of" in data:
        validators.date(data["as_of"], "Date of this response", field="as_of", past=True)


def _locked(response_id: int) -> Response:
    return Response.objects.select_for_update().select_related("recommendation__super_complaint").get(pk=response_id)


def _ensure_editable(response: Response) -> None:
    if response.state == WorkflowState.SUBMITTED:
        raise ValidationError(
            "This response has been submitted and is waiting for the inspectorate: it cannot be changed until "
            "they publish it or return it to you.", code="locked")


def _start_revision(response: Response, user, reason: str) -> None:
    """A change to a published or withdrawn response is a revision: back to draft, the published version
    stays what the public sees until the inspectorate publishes again."""
    if response.state in (WorkflowState.PUBLISHED, WorkflowState.WITHDRAWN):
        response.state = WorkflowState.DRAFT
        bump_version(response)
        attach_history_user(response, user, reason)
        response.save()


def _pairs(response: Response) -> set[tuple[int, str]]:
    """The tracker cells a response can answer: its own and those of every body linked to it."""
    orgs = {response.organisation_id, *response.joint_links.values_list("organisation_id", flat=True)}
    return {(response.recommendation_id, org_id) for org_id in orgs}


# --- Responses ----------------------------------------------------------------------------------------

@transaction.atomic
def create_response(*, user, recommendation: Recommendation, organisation: Organisation, data: dict,
                    counts_for: list[Organisation] | None = None, source: str = Response.Source.TYPED,
                    reason: str = "") -> Response:
    require(user, "responses.add_response_for", organisation)
    if not Recipient.objects.filter(recommendation=recommendation, organisation=organisation).exists():
        raise ValidationError(f"{organisation.name} does not owe a response to recommendation {recommendation.number}.")
    if Response.objects.filter(recommendation=recommendation, organisation=organisation).exists():
        raise ValidationError(
            f"{organisation.name} already has a response to recommendation {recommendation.number}: edit that one."
        )
    _check_texts(data)
    _check_response_dates(data)
    with projection.batch():
        response = Response(recommendation=recommendation, organisation=organisation, source=source)
        _apply(response, data, RESPONSE_FIELDS + SOURCE_FIELDS[1:])
        response.full_clean(exclude=["source_document", "published_version"])
        attach_history_user(response, user, reason or "Created")
        response.save()
        # Writing its own answer supersedes any joint answer still waiting for this body's agreement.
        for link in JointLink.objects.filter(response__recommendation=recommendation, organisation=organisation,
                                             status=JointStatus.PENDING).select_for_update():
            _decide_link(link, user, JointStatus.DECLINED, "Wrote its own response instead.")
        for other in counts_for or ():
            _request_joint(user, response, other)
    return response


@transaction.atomic
def update_response(*, user, response: Response, data: dict, counts_for: list[Organisation] | None = None,
                    reason: str = "", expected_version: int | None = None) -> list[str]:
    """Edit a response's content (``expected_version``: the version the edit started from; a stale edit is
    refused with ``StaleEdit``). Provenance fields (SOURCE_FIELDS) change too when a reviewed document
    replaces what was there. ``counts_for``: the bodies it should count for (requests are made or removed)."""
    require(user, "responses.change_response", response)
    response = _locked(response.pk)
    check_version(response, expected_version, what="response", fields=RESPONSE_FIELDS, display=_display)
    _ensure_editable(response)
    _check_texts(data)
    _check_response_dates(data)
    with projection.batch():
        changed = _apply(response, data, RESPONSE_FIELDS + SOURCE_FIELDS)
        response.full_clean(exclude=["source_document", "published_version"])
        if counts_for is not None and _set_requested(user, response, counts_for):
            changed.append("counts_for")
        if changed:
            if response.state in (WorkflowState.PUBLISHED, WorkflowState.WITHDRAWN):
                response.state = WorkflowState.DRAFT
            bump_version(response)
            attach_history_user(response, user, reason or "Edited")
            response.save()
    return changed


def _delete(user, perm: str, instance) -> None:
    """Permission check, then a delete whose history record names who did it."""
    require(user, perm, instance)
    attach_history_user(instance, user, "Deleted")
    instance.delete()


@transaction.atomic
def delete_response(*, user, response: Response, expected_version: int | None = None) -> None:
    require(user, "responses.delete_response", response)
    response = _locked(response.pk)
    check_version(response, expected_version, what="response", fields=RESPONSE_FIELDS, display=_display)
    with projection.batch():
        pairs = _pairs(response)
        _delete(user, "responses.delete_response", response)
        projection.touch(pairs)


# --- Joint answers --------------------------------------------------------------------------------------

def _check_joint_target(user, response: Response, organisation: Organisation) -> None:
    rec = response.recommendation
    if organisation.pk == response.organisation_id:
        raise ValidationError({"counts_for": "A response cannot count for its own organisation twice."})
    if not Recipient.objects.filter(recommendation=rec, organisation=organisation).exists():
        raise ValidationError({"counts_for": f"{organisation.name} does not owe a response to recommendation "
                                             f"{rec.number}."})
    if not user.has_perm("responses.set_joint") and not are_paired(response.organisation_id, organisation.pk):
        raise ValidationError({"counts_for": f"{response.organisation.name} and {organisation.name} are not paired: "
                                             "a joint answer needs a force and the body that oversees it, or a "
                                             "pair the inspectorate has linked."})
    if Response.objects.filter(recommendation=rec, organisation=organisation).exists():
        raise ValidationError({"counts_for": f"{organisation.name} has its own response to recommendation "
                                             f"{rec.number}."})
    if JointLink.objects.filter(response__recommendation=rec, organisation=organisation,
                                status=JointStatus.ACCEPTED).exclude(response=response).exists():
        raise ValidationError({"counts_for": f"Another joint response already counts for {organisation.name} on "
                                             f"recommendation {rec.number}."})


def _request_joint(user, response: Response, organisation: Organisation) -> JointLink:
    require(user, "responses.request_joint", response)
    _check_joint_target(user, response, organisation)
    # The inspectorate sets a link outright; an organisation asks, and the other body decides.
    status = JointStatus.ACCEPTED if user.has_perm("responses.set_joint") else JointStatus.PENDING
    link = JointLink.objects.select_for_update().filter(response=response, organisation=organisation).first()
    if (
        link is not None
        and link.status in (JointStatus.PENDING, JointStatus.ACCEPTED)
        and status == JointStatus.PENDING
    ):
        return link
    link = link or JointLink(response=response, organisation=organisation)
    link.status = status
    link.requested_by = acting_user(user)
    link.decided_by = acting_user(user) if status == JointStatus.ACCEPTED else None
    link.decided_at = timezone.now() if status == JointStatus.ACCEPTED else None
    link.comment = "Set by the inspectorate." if status == JointStatus.ACCEPTED else ""
    attach_history_user(link, user, "Joint answer set" if status == JointStatus.ACCEPTED else "Joint answer requested")
    link.save()
    return link


def _set_requested(user, response: Response, wanted: list[Organisation]) -> bool:
    """Make the response's links match ``wanted``: request new ones, remove the ones no longer wanted."""
    current = {link.organisation_id: link for link in response.joint_links.select_for_update()}
    wanted_ids = {o.pk for o in wanted}
    changed = False
    for org in wanted:
        link = current.get(org.pk)
        if link is None or link.status == JointStatus.DECLINED:
            _request_joint(user, response, org)
            changed = True
    for org_id, link in current.items():
        if org_id not in wanted_ids and link.status != JointStatus.DECLINED:
            _remove_link(user, link)
            changed = True
    return changed


def _decide_link(link: JointLink, user, status: str, comment: str) -> JointLink:
    link.status = status
    link.decided_by = acting_user(user)
    link.decided_at = timezone.now()
    link.comment = comment
    attach_history_user(link, user, f"Joint answer {LABELS[status].lower()}")
    link.save()
    return link


def _remove_link(user, link: JointLink) -> None:
    attach_history_user(link, user, "Joint answer removed")
    link.delete()


@transaction.atomic
def request_joint(*, user, response: Response, organisation: Organisation) -> JointLink:
    """Ask that ``response`` also count for ``organisation`` (the inspectorate sets it outright)."""
    response = _locked(response.pk)
    return _request_joint(user, response, organisation)


@transaction.atomic
def decide_joint(*, user, link: JointLink, accept: bool, comment: str = "") -> JointLink:
    """The other body agrees (the response then counts for it) or declines; it may also withdraw an earlier
    agreement. Its own standing changes only once it has agreed."""
    link = JointLink.objects.select_for_update().select_related("response__recommendation", "organisation").get(
        pk=link.pk)
    require(user, "responses.decide_joint", link, "Only the body the joint answer was offered to can decide.")
    comment = validators.text(comment, "Comment", max_length=5000, field="comment").strip()
    if accept:
        if link.status != JointStatus.PENDING:
            raise ValidationError(f"This request is already {LABELS[link.status].lower()}.")
        _check_joint_target(user, link.response, link.organisation)
        return _decide_link(link, user, JointStatus.ACCEPTED, comment)
    if link.status == JointStatus.DECLINED:
        raise ValidationError("This request is already declined.")
    return _decide_link(link, user, JointStatus.DECLINED, comment)


@transaction.atomic
def remove_joint(*, user, link: JointLink) -> None:
    """The writer (or the inspectorate) stops the response counting for the other body."""
    link = JointLink.objects.select_for_update().select_related("response").get(pk=link.pk)
    require(user, "responses.request_joint", link.response)
    _remove_link(user, link)


# --- Publication (called by the workflow) ----------------------------------------------------------------

def publish_version(*, user, response: Response) -> ResponseVersion:
    """Freeze the working copy as the next published version; the caller moves the state and saves."""
    number = (response.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = ResponseVersion.objects.create(
        response=response, number=number, published_at=timezone.now(), published_by=acting_user(user),
        **{name: getattr(response, name) for name in RESPONSE_FIELDS}, source=response.source,
        source_label=response.source_label,
        counts_for=sorted(response.joint_links.filter(status=JointStatus.ACCEPTED)
                          .values_list("organisation_id", flat=True)),
        evidence=[{"id": e.pk, "kind": e.kind, "title": e.title, "url": e.url, "filename": e.filename,
                   "size": e.size, "sha256": e.sha256, "content_type": e.content_type,
                   "added": e.uploaded_at.date().isoformat()}
                  for e in response.evidence.filter(public=True).order_by("uploaded_at", "pk")],
    )
    PublishedAction.objects.bulk_create([
        PublishedAction(version=version, action_id=a.pk, description=a.description, owner=a.owner,
                        due_date=a.due_date, status=a.status, completed_on=a.completed_on)
        for a in response.actions.order_by("due_date", "pk")
    ])
    response.published_version = version
    return version


def withdraw_versions(response: Response) -> None:
    """Every published version leaves the public record (the caller moves the state and saves)."""
    ResponseVersion.objects.filter(response=response, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
    response.published_version = None


@transaction.atomic
def redact(*, user, version: ResponseVersion, fields: list[str], reason: str) -> Redaction:
    """Remove published text (e.g. personal data published by mistake) from every view: the version, the
    working copy and the history where they hold the same text; a tombstone records who, when and why."""
    require(user, "responses.redact", version.response)
    reason = validators.text(reason, "Reason", max_length=5000, field="reason").strip()
    if not reason:
        raise ValidationError({"reason": "Enter why the text is being removed"})
    unknown = [f for f in fields if f not in REDACTABLE_FIELDS]
    if not fields or unknown:
        raise ValidationError({"fields": "Choose what to remove"})
    version = ResponseVersion.objects.select_for_update().get(pk=version.pk)
    response = _locked(version.response_id)
    removed = {}
    for name in fields:
        value = getattr(version, name)
        if value:
            removed[name] = value
    if not removed:
        raise ValidationError({"fields": "The chosen text is already empty"})
    for name, value in removed.items():
        # The same text carried into other versions, the working copy and its history goes too.
        holders = ResponseVersion.objects.filter(response=response, **{name: value})
        for other in holders:
            other.redacted = sorted({*other.redacted, name})
            setattr(other, name, "")
            other.save(update_fields=[name, "redacted"])
        Response.history.filter(id=response.pk, **{name: value}).update(**{name: ""})
        if getattr(response, name) == value:
            setattr(response, name, "")
    # The working copy changes without a history row of its own (the history must not keep the text).
    Response.objects.filter(pk=response.pk).update(**{n: getattr(response, n) for n in removed},
                                                   version=response.version + 1)
    tombstone = Redaction.objects.create(response=response, version=version, fields=sorted(removed),
                                         reason=reason, redacted_by=acting_user(user))
    text_redacted.send(sender=Redaction, response_id=response.pk, removed=removed, redaction=tombstone)
    projection.touch(_pairs(response))
    return tombstone


# --- Actions ----------------------------------------------------------------------------------------------

@transaction.atomic
def add_action(*, user, response: Response, data: dict) -> Action:
    require(user, "responses.manage_actions", response)
    response = _locked(response.pk)
    _ensure_editable(response)
    action = Action(response=response)
    _apply(action, data, ACTION_FIELDS)
    _clean_action(action)
    attach_history_user(action, user, "Added")
    action.save()
    _start_revision(response, user, "Action added")
    return action


def _clean_action(action: Action) -> None:
    _check_texts({"description": action.description, "owner": action.owner})
    action.full_clean(exclude=["response"])
    validators.date(action.due_date, "Due date", field="due_date")
    validators.date(action.completed_on, "Date completed", field="completed_on", past=True)
    if action.completed_on and action.status != "complete":
        raise ValidationError({"completed_on": "Only a complete action has a completion date."})
    if action.status == "complete" and not action.completed_on:
        action.completed_on = timezone.localdate()


def _locked_action(action: Action) -> Action:
    return Action.objects.select_for_update().select_related("response").get(pk=action.pk)


@transaction.atomic
def update_action(*, user, action: Action, data: dict, expected_version: int | None = None) -> list[str]:
    require(user, "responses.change_action", action)
    action = _locked_action(action)
    check_version(action, expected_version, what="action", fields=ACTION_FIELDS, display=_display)
    response = _locked(action.response_id)
    _ensure_editable(response)
    changed = _apply(action, data, ACTION_FIELDS)
    if changed:
        _clean_action(action)
        bump_version(action)
        attach_history_user(action, user, "Edited")
        action.save()
        _start_revision(response, user, "Action changed")
    return changed


@transaction.atomic
def delete_action(*, user, action: Action, expected_version: int | None = None) -> None:
    require(user, "responses.change_action", action)
    action = _locked_action(action)
    check_version(action, expected_version, what="action", fields=ACTION_FIELDS, display=_display)
    response = _locked(action.response_id)
    _ensure_editable(response)
    _delete(user, "responses.change_action", action)
    _start_revision(response, user, "Action deleted")


# --- Evidence ---------------------------------------------------------------------------------------------

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
def add_evidence_file(*, user, response: Response, uploaded, title: str, public: bool = False) -> Evidence:
    """Accept a file by its content (ADR 0011) and store it once under its hash."""
    require(user, "responses.manage_evidence", response)
    response = _locked(response.pk)
    _ensure_editable(response)
    name = (getattr(uploaded, "name", "") or "evidence").replace("\\", "/").rsplit("/", 1)[-1][:255]
    fmt = uploads.check_upload(uploaded, filename=name, formats=uploads.EVIDENCE_FORMATS)
    hashed = hash_upload(uploaded)
    _check_texts({"title": title})
    evidence = Evidence(
        response=response, kind=Evidence.Kind.FILE, title=(title or name).strip(), filename=name,
        content_type=fmt.content_type,  # what the bytes are, never what the browser said
        sha256=hashed.sha256, size=hashed.size, uploaded_by=acting_user(user), public=bool(public),
    )
    evidence.full_clean(exclude=["file", "response"])
    path = evidence.file.field.generate_filename(evidence, name)
    if evidence.file.storage.exists(path):
        evidence.file.name = path  # the same bytes are stored already: evidence items share the file
    else:
        evidence.file.save(name, File(uploaded), save=False)
    attach_history_user(evidence, user, "Added")
    evidence.save()
    _start_revision(response, user, "Evidence added")
    return evidence


@transaction.atomic
def add_evidence_link(*, user, response: Response, url: str, title: str, public: bool = False) -> Evidence:
    require(user, "responses.manage_evidence", response)
    response = _locked(response.pk)
    _ensure_editable(response)
    _check_texts({"title": title, "url": url})
    evidence = Evidence(response=response, kind=Evidence.Kind.LINK, url=url.strip(), title=(title or url).strip(),
                        uploaded_by=acting_user(user), public=bool(public))
    evidence.full_clean(exclude=["file", "response"])
    if not evidence.url.lower().startswith(("https://", "http://")):
        raise ValidationError({"url": "Enter a web address starting with https:// or http://."})
    attach_history_user(evidence, user, "Added")
    evidence.save()
    _start_revision(response, user, "Evidence added")
    return evidence


def _locked_evidence(evidence: Evidence, expected_version: int | None) -> tuple[Evidence, Response]:
    evidence = Evidence.objects.select_for_update().select_related("response").get(pk=evidence.pk)
    check_version(evidence, expected_version, what="evidence", fields=EVIDENCE_FIELDS, display=_display)
    response = _locked(evidence.response_id)
    _ensure_editable(response)
    return evidence, response


@transaction.atomic
def update_evidence(*, user, evidence: Evidence, data: dict, expected_version: int | None = None) -> list[str]:
    """Change evidence's title or whether it is public (public evidence reaches the public with the next
    publication). The file or link itself never changes: add new evidence instead."""
    require(user, "responses.change_evidence", evidence)
    evidence, response = _locked_evidence(evidence, expected_version)
    data = {k: v for k, v in data.items() if k in EVIDENCE_FIELDS}
    if "title" in data:
        _check_texts({"title": data["title"]})
        data["title"] = (data["title"] or "").strip()
        if not data["title"]:
            raise ValidationError({"title": "Enter a title."})
    if "public" in data:
        data["public"] = bool(data["public"])
    changed = _apply(evidence, data, EVIDENCE_FIELDS)
    if changed:
        evidence.full_clean(exclude=["file", "response"])
        bump_version(evidence)
        reason = ("Marked public" if evidence.public else "Marked internal") if changed == ["public"] else "Edited"
        attach_history_user(evidence, user, reason)
        evidence.save()
        _start_revision(response, user, "Evidence changed")
    return changed


def set_evidence_public(*, user, evidence: Evidence, public: bool, expected_version: int | None = None) -> Evidence:
    """Mark evidence public (it reaches the public with the next publication) or internal."""
    update_evidence(user=user, evidence=evidence, data={"public": public}, expected_version=expected_version)
    return Evidence.objects.get(pk=evidence.pk)


@transaction.atomic
def delete_evidence(*, user, evidence: Evidence, expected_version: int | None = None) -> None:
    # The history keeps the hash, title and size; the bytes go once the delete commits and no other
    # evidence item (or published version) refers to the stored file (a post_delete receiver, ADR 0011).
    require(user, "responses.change_evidence", evidence)
    evidence, response = _locked_evidence(evidence, expected_version)
    _delete(user, "responses.change_evidence", evidence)
    _start_revision(response, user, "Evidence removed")


# --- The inspectorate's assessment and the designated bodies' views ----------------------------------

def _latest(model, response: Response, **lookup):
    return model.objects.select_for_update().filter(response=response, **lookup).first()


def _refuse_second(existing, what: str) -> None:
    """``new=True`` (the API's create): one already exists, so this would overwrite it without naming the version
    it started from. Checked under the response's row lock, so two creates at once cannot both pass."""
    if existing is not None:
        raise ValidationError(f"This response already has {what} (id {existing.pk}): change it instead, naming the "
                              "version you started from.", code="exists")


@transaction.atomic
def set_assessment(*, user, response: Response, status: str | None, comment: str | None = "",
                   expected_version: int | None = None, new: bool = False) -> Assessment:
    """Record or change the inspectorate's assessment. ``None`` for status or comment keeps the current value."""
    require(user, "responses.assess_response", response)
    response = _locked(response.pk)
    existing = _latest(Assessment, response)
    if new:
        _refuse_second(existing, "an assessment")
    assessment = existing or Assessment(response=response)
    if assessment.pk:
        check_version(assessment, expected_version, what="assessment", fields=["status", "comment"],
                      display=_display)
        bump_version(assessment)
    status = assessment.status if status is None else status
    comment = assessment.comment if comment is None else comment
    comment = validators.text(comment, "Comment", max_length=10_000, field="comment")
    if status == AssessmentStatus.EVIDENCE_ACCEPTED and not response.evidence.exists():
        raise ValidationError({"status": "Evidence can only be accepted when the response has evidence: "
                                         "choose another assessment or ask for evidence"})
    assessment.status = status
    assessment.comment = comment
    assessment.assessed_by = acting_user(user)
    assessment.on_version = response.published_version
    assessment.full_clean(exclude=["response", "on_version"])
    attach_history_user(assessment, user, "Assessed")
    assessment.save()
    return assessment


@transaction.atomic
def record_adequacy(*, user, response: Response, verdict: str | None, comment: str | None = "",
                    expected_version: int | None = None, new: bool = False) -> AdequacyView:
    """Record or change the user's designated body's view. ``None`` for verdict or comment keeps the current."""
    require(user, "responses.record_adequacy", response,
            "Only a designated body that raised this super-complaint, or one the inspectorate opened it to, "
            "can record a view on adequacy.")
    response = _locked(response.pk)
    if response.published_version_id is None:
        raise ValidationError("A view on adequacy can only be recorded on a published response.")
    existing = _latest(AdequacyView, response, designated_body_id=user.organisation_id)
    if new:
        _refuse_second(existing, "your organisation’s view")
    view = existing or AdequacyView(response=response, designated_body_id=user.organisation_id)
    if view.pk:
        check_version(view, expected_version, what="view", fields=["verdict", "comment"], display=_display)
        bump_version(view)
    verdict = view.verdict if verdict is None else verdict
    comment = view.comment if comment is None else comment
    comment = validators.text(comment, "Comment", max_length=10_000, field="comment")
    view.verdict = verdict
    view.comment = comment
    view.recorded_by = acting_user(user)
    view.on_version = response.published_version
    view.full_clean(exclude=["response", "designated_body", "on_version"])
    attach_history_user(view, user, "Recorded")
    view.save()
    return view


@transaction.atomic
def delete_adequacy(*, user, view: AdequacyView, expected_version: int | None = None) -> None:
    """A designated body withdraws its own view (the history keeps what it said)."""
    require(user, "responses.change_adequacy", view)
    view = AdequacyView.objects.select_for_update().get(pk=view.pk)
    check_version(view, expected_version, what="view", fields=["verdict", "comment"], display=_display)
    _delete(user, "responses.change_adequacy", view)


@transaction.atomic
def record_no_response(*, user, super_complaint: SuperComplaint, organisation: Organisation, checked_on,
                       checked_where: str, note: str = "") -> NoResponseCheck:
    require(user, "responses.record_no_response", organisation)
    if not Recipient.objects.filter(
        recommendation__super_complaint=super_complaint, organisation=organisation
    ).exists():
        raise ValidationError(f"{organisation.name} owes no response to {super_complaint}.")
    _check_texts({"checked_where": checked_where, "note": note})
    validators.date(checked_on, "The date checked", field="checked_on", past=True)
    check = NoResponseCheck(super_complaint=super_complaint, organisation=organisation, checked_on=checked_on,
                            checked_where=checked_where.strip(), note=note, checked_by=acting_user(user))
    check.full_clean()
    attach_history_user(check, user, "Recorded")
    check.save()
    return check
