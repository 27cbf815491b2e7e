"""Writes for ingestion: store a document once, run its extraction, and record the review decisions.

The machine's proposal (``ExtractedAnswer.proposed``) is never modified. A reviewer's decision is kept
beside it (``decision``, ``decided``, ``decided_by``, ``decided_at``, ``review_comment``); only an
accepted or corrected answer reaches the tracker, as a *draft* ``Response`` written through
``rectrack.responses.services``. An existing response is replaced only with explicit confirmation.
"""
from __future__ import annotations

import datetime
import difflib
import hashlib
import logging
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.tasks import task
from django.utils import timezone

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint, parse_partial_date
from rectrack.core import uploads
from rectrack.core.audit import attach_history_user
from rectrack.core.vocabulary import LABELS, Position, Progress, WorkflowState
from rectrack.ingestion import engine, leases
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob, document_upload_to
from rectrack.organisations.models import Organisation
from rectrack.responses import services as response_services
from rectrack.responses.models import Response

logger = logging.getLogger(__name__)

UPLOAD_PERM = "ingestion.upload_document"
REVIEW_PERM = "ingestion.review_extraction"
RETRY_PERM = "ingestion.retry_extraction"
DELETE_PERM = "ingestion.delete_document"
LOW_CONFIDENCE = 0.6
# Responses in these states may be replaced by a reviewed extraction; a submitted or published one may not.
REPLACEABLE_STATES = {WorkflowState.DRAFT, WorkflowState.RETURNED}


def require(user, perm: str, obj=None) -> None:
    response_services.require(user, perm, obj)


def max_upload_bytes() -> int:
    return uploads.max_upload_bytes()


# --- Storing documents ----------------------------------------------------------------------------

@dataclass
class Stored:
    document: Document
    created: bool
    job: ExtractionJob | None = None

    @property
    def failed_before(self) -> bool:
        """The same bytes were stored before and their latest extraction failed: offer a retry."""
        latest = latest_job(self.document)
        return not self.created and latest is not None and latest.status == ExtractionJob.Status.FAILED


def clean_filename(name: str) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return (name or "document")[:255]


def _hash(source) -> tuple[str, int]:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest(), len(source)
    hashed = response_services.hash_upload(source)
    return hashed.sha256, hashed.size


def latest_job(document: Document) -> ExtractionJob | None:
    return document.jobs.order_by("-created_at", "-pk").first()


@transaction.atomic
def store_document(*, user, source, filename: str, source_url: str = "", enqueue: bool = True) -> Stored:
    """Store a file once by its SHA-256 and queue its extraction.

    ``source`` is bytes or an uploaded file; it is accepted by its content (``core.uploads``), not by
    its name. The same content a second time changes nothing: the existing document comes back with
    ``created=False`` (and ``failed_before`` when a retry is what the person needs).
    """
    if user is not None:
        require(user, UPLOAD_PERM)
    filename = clean_filename(filename)
    fmt = uploads.check_upload(source, filename=filename, formats=uploads.DOCUMENT_FORMATS)
    sha256, size = _hash(source)
    existing = Document.objects.filter(sha256=sha256).first()
    if existing:
        return Stored(existing, created=False)
    document = Document(
        sha256=sha256, filename=filename, size=size, content_type=fmt.content_type,
        source_url=(source_url or "").strip(), uploaded_by=user if getattr(user, "is_authenticated", False) else None,
    )
    document.full_clean(exclude=["file", "sha256"])
    path = document_upload_to(document, document.filename)
    if document.file.storage.exists(path):
        document.file.name = path  # the same bytes are already there (the path is their hash)
    else:
        content = ContentFile(source) if isinstance(source, bytes) else File(source)
        document.file.save(document.filename, content, save=False)
    try:
        with transaction.atomic():
            attach_history_user(document, user, "Uploaded")
            document.save()
    except IntegrityError:
        # Someone stored the same file a moment ago: theirs stands (and its file is the same bytes).
        return Stored(Document.objects.get(sha256=sha256), created=False)
    job = enqueue_extraction(document, user=user) if enqueue else None
    return Stored(document, created=True, job=job)


@transaction.atomic
def enqueue_extraction(document: Document, user=None) -> ExtractionJob:
    """Create a queued job and its background task (both in this transaction)."""
    job = ExtractionJob.objects.create(
        document=document, requested_by=user if getattr(user, "is_authenticated", False) else None)
    result = extract_document.enqueue(job.pk)
    job.task_id = str(result.id)
    job.save(update_fields=["task_id"])
    return job


# --- Retrying and deleting ------------------------------------------------------------------------

def unrecognised(document: Document, latest: ExtractionJob | None) -> bool:
    """Read, but rectrack could not tell which super-complaint it answers."""
    return latest is not None and latest.status == ExtractionJob.Status.DONE and document.super_complaint_id is None


def retryable(document: Document, latest: ExtractionJob | None) -> bool:
    return latest is not None and (latest.status == ExtractionJob.Status.FAILED or unrecognised(document, latest))


@transaction.atomic
def retry_extraction(*, user, document: Document) -> ExtractionJob:
    """Queue a new job for a document whose latest extraction failed, or that was read without recognising its
    super-complaint (e.g. before the catalogue held it); the earlier jobs stay, unreviewed proposals go."""
    if user is not None:
        require(user, RETRY_PERM, document)
    leases.sweep_quietly()  # a job whose worker died is failed now, not when someone next looks
    document = Document.objects.select_for_update().get(pk=document.pk)  # two clicks make one job
    latest = latest_job(document)
    if not retryable(document, latest):
        state = latest.get_status_display().lower() if latest else "not run"
        raise ValidationError("Only a failed extraction, or one that did not recognise the super-complaint, can be "
                              f"retried: this document’s is {state}.")
    if unrecognised(document, latest):  # its proposals are made again
        _discard_proposals(document, "read again")
    return enqueue_extraction(document, user=user)


def _discard_proposals(document: Document, doing: str) -> int:
    """Delete the document's answers awaiting review before it is read again (the new reading proposes afresh);
    refused if any was accepted: a response was made from it. Rejected answers stay as records of decisions."""
    accepted = document.answers.filter(decision__in=[ExtractedAnswer.Decision.ACCEPTED,
                                                     ExtractedAnswer.Decision.CORRECTED]).count()
    if accepted:
        raise ValidationError(
            f"This document cannot be {doing}: {accepted} of its answers {'was' if accepted == 1 else 'were'} "
            "accepted and made into responses. Those responses keep it as their source; upload the document "
            "again as a new version instead.")
    deleted, _ = document.answers.filter(decision=ExtractedAnswer.Decision.PENDING).delete()
    return deleted


@transaction.atomic
def reassign_document(*, user, document: Document, super_complaint: SuperComplaint | None) -> ExtractionJob:
    """Move a document to another super-complaint (one that failed, was not recognised or was recognised wrongly)
    and read it again against that super-complaint only. The choice is kept on the document, so every later
    extraction keeps it; its answers awaiting review are discarded; refused if any answer was accepted, or while
    an extraction is queued or running. Inspectorate reviewers only."""
    require(user, REVIEW_PERM, document)
    if not isinstance(super_complaint, SuperComplaint):
        raise ValidationError({"super_complaint": "Choose the super-complaint this document answers."})
    leases.sweep_quietly()
    document = Document.objects.select_for_update().get(pk=document.pk)
    latest = latest_job(document)
    if latest is not None and latest.active:
        raise ValidationError("Its extraction is queued or running: wait for it to finish, then move it.")
    if document.super_complaint_id == super_complaint.pk and document.super_complaint_chosen_at:
        raise ValidationError({"super_complaint": f"This document is already assigned to “{super_complaint}”."})
    discarded = _discard_proposals(document, "moved")
    previous = document.super_complaint_id
    document.super_complaint = super_complaint
    document.super_complaint_chosen_by = user
    document.super_complaint_chosen_at = timezone.now()
    attach_history_user(document, user, f"Moved to the super-complaint {super_complaint.slug}")
    document.save(update_fields=["super_complaint", "super_complaint_chosen_by", "super_complaint_chosen_at"])
    logger.info("Document %s moved from %s to %s by %s (%s answers awaiting review discarded)", document.pk,
                previous or "no super-complaint", super_complaint.pk, user.get_username(), discarded)
    return enqueue_extraction(document, user=user)


def deletion_blockers(document: Document) -> list[str]:
    """Why ``document`` may not be deleted (empty: it may). A response made from it keeps it, so its
    provenance never points at nothing, and so do reviewed answers, which are records of decisions."""
    reasons = []
    if document.jobs.filter(status__in=[ExtractionJob.Status.QUEUED, ExtractionJob.Status.RUNNING]).exists():
        reasons.append("Its extraction is queued or running: wait for it to finish.")
    if (Response.objects.filter(source_document=document).exists()
            or Response.history.filter(source_document_id=document.pk).exists()):
        reasons.append("Responses were made from it, so it stays as their source.")
    reviewed = document.answers.exclude(decision=ExtractedAnswer.Decision.PENDING).count()
    if reviewed:
        reasons.append(f"{reviewed} of its answers {'has' if reviewed == 1 else 'have'} been reviewed, "
                       f"so it stays as the record of {'that decision' if reviewed == 1 else 'those decisions'}.")
    return reasons


@transaction.atomic
def delete_document(*, user, document: Document) -> None:
    """Delete a document, its jobs and its unreviewed answers; the stored file goes after the commit.

    Its history keeps the hash, name, size and who deleted it, never the bytes (ADR 0011).
    """
    require(user, DELETE_PERM, document)
    document = Document.objects.select_for_update().get(pk=document.pk)
    blockers = deletion_blockers(document)
    if blockers:
        raise ValidationError(["This document cannot be deleted.", *blockers])
    attach_history_user(document, user, "Deleted")
    logger.info("Document %s (%s, sha256 %s) deleted by %s", document.pk, document.filename, document.sha256,
                user.get_username())
    document.delete()  # jobs and answers cascade; the post_delete receiver removes the file on commit


# --- Running an extraction ------------------------------------------------------------------------

def _one_sentence(message: str) -> str:
    message = " ".join(str(message or "").split()) or "The file could not be read."
    return message if message.endswith((".", "!", "?")) else message + "."


def run_extraction(job_id: int) -> ExtractionJob:
    """Run one queued job: the engine, then the document's details and draft answers. Idempotent.

    Whatever happens, the job ends done or failed: the engine's sentence for a file it cannot read
    (``ExtractionError``: limits, damage, the child process running out of memory), a sentence naming
    the error otherwise, and the sweep's sentence if this worker dies before it can write either.
    """
    token = leases.claim(job_id)
    if token is None:  # not queued: done, failed, or another worker has it
        return ExtractionJob.objects.select_related("document").get(pk=job_id)
    job = ExtractionJob.objects.select_related("document").get(pk=job_id)
    document = job.document
    logger.info("Extraction job %s (document %s) claimed by %s", job.pk, document.pk, token)
    try:
        with leases.Heartbeat(job.pk, token):
            with document.file.open("rb") as f:
                data = f.read()
            # A super-complaint the inspectorate chose is the only one the engine may find (ADR 0019).
            chosen = {"super_complaint": document.super_complaint_id} if document.super_complaint_chosen_at else {}
            extracted = engine.extract(data, document.filename, **chosen)
        with transaction.atomic():
            if not leases.still_held(job.pk, token):
                logger.warning("Extraction job %s finished after it was swept: its result is discarded", job.pk)
                return ExtractionJob.objects.get(pk=job.pk)
            _record_result(job, document, extracted)
    except engine.ExtractionError as e:
        return _finish_failed(job, token, _one_sentence(e.message))
    except Exception as e:  # the job must end in a state a person can see, whatever went wrong
        logger.exception("Extraction job %s failed unexpectedly", job.pk)
        return _finish_failed(job, token, f"The extraction stopped on an unexpected error ({type(e).__name__}); "
                                          f"the details are in the service log.")
    except BaseException:  # the worker is being stopped (Ctrl-C twice, SystemExit): say so, then stop
        _finish_failed(job, token, leases.WORKER_INTERRUPTED)
        raise
    return job


def _finish_failed(job: ExtractionJob, token: str, error: str) -> ExtractionJob:
    if not leases.finish_failed(job.pk, token, error):
        logger.warning("Extraction job %s was already finished or swept; not recording: %s", job.pk, error)
    job.refresh_from_db()
    return job


def _record_result(job: ExtractionJob, document: Document, extracted: engine.Extracted) -> None:
    """The engine's typed result into the document's details and one pending ``ExtractedAnswer`` per
    proposal. An answer's span is its narrative (the quoted recommendation text left out); the proposal
    (``proposed``) keeps everything the engine read, the passage, quote and evidence spans included."""
    result, text = extracted.result, extracted.text
    if document.super_complaint_chosen_at:  # chosen by a person: kept, whatever the engine said
        super_complaint = document.super_complaint
    else:
        super_complaint = SuperComplaint.objects.filter(slug=result.super_complaint or "").first()
    org_ids = [o.id for o in result.organisations]
    found = Organisation.objects.in_bulk(org_ids)
    organisations = [found[i] for i in dict.fromkeys(org_ids) if i in found]
    document.text = text
    document.format = result.format[:10]
    document.super_complaint = super_complaint
    document.document_date = (result.document_date or "")[:10]  # "2022-01" stays a month
    document.save(update_fields=["text", "format", "super_complaint", "document_date"])
    document.organisations.set(organisations)

    resolver = RecipientResolver(super_complaint, organisations)
    answers = []
    for proposal in result.responses:
        recommendation = resolver.recommendation(proposal.recommendation)
        start, end = _clamp(proposal.narrative_span, len(text))
        answers.append(ExtractedAnswer(
            job=job, document=document, recommendation=recommendation,
            recommendation_label=proposal.label[:300], organisation=resolver.organisation(recommendation),
            proposed=proposal.to_json(), confidence=proposal.confidence, start=start, end=end,
        ))
    ExtractedAnswer.objects.bulk_create(answers)
    job.status = ExtractionJob.Status.DONE
    job.result = result.to_json()
    job.warnings = [w.message for w in result.warnings]
    job.error = ""
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "result", "warnings", "error", "finished_at"])


def _clamp(span, length: int) -> tuple[int, int]:
    """A span inside the text it points into (a fake engine in a test may point anywhere)."""
    start = min(max(span.start, 0), length)
    return start, min(max(span.end, start), length)


class RecipientResolver:
    """Map an extracted answer to the catalogue recommendation and the organisation that owes it.

    A joint document (a force and its PCC) answers for both: recommendation 6 (policing bodies) belongs
    to the PCC, recommendations to chief constables to the force. The document's own organisations are
    tried first, in the order the engine listed them; then the bodies linked to them (a force's PCC, a
    PCC's force), because a PCC may answer inside its force's document without signing it.
    """

    def __init__(self, super_complaint: SuperComplaint | None, organisations: list[Organisation]):
        self.super_complaint = super_complaint
        self.recommendations = (
            {r.number: r for r in Recommendation.objects.filter(super_complaint=super_complaint)}
            if super_complaint
            else {}
        )
        ids = [o.pk for o in organisations]
        linked = [o.oversees_id for o in organisations if o.oversees_id]
        linked += list(Organisation.objects.filter(oversees_id__in=ids).values_list("pk", flat=True))
        self.candidates = [ids, [i for i in dict.fromkeys(linked) if i not in ids]]
        owed = Recipient.objects.filter(
            recommendation__in=self.recommendations.values(), organisation_id__in=ids + self.candidates[1]
        ).select_related("organisation")
        self.owed: dict[int, dict[str, Organisation]] = {}
        for r in owed:
            self.owed.setdefault(r.recommendation_id, {})[r.organisation_id] = r.organisation

    def recommendation(self, number) -> Recommendation | None:
        number = str(number or "").strip()
        if number in self.recommendations:
            return self.recommendations[number]
        m = re.match(r"\d+", number)  # a part ("4a") answers its recommendation ("4")
        return self.recommendations.get(m.group(0)) if m else None

    def organisation(self, recommendation: Recommendation | None) -> Organisation | None:
        if recommendation is None:
            return None
        owed = self.owed.get(recommendation.pk, {})
        for tier in self.candidates:
            for org_id in tier:
                if org_id in owed:
                    return owed[org_id]
        return None


# --- Review ---------------------------------------------------------------------------------------

@dataclass
class Decision:
    recommendation: Recommendation
    organisation: Organisation
    progress: str
    position: str
    # What the reviewer corrected besides the values (None: as the document reads)
    narrative: str | None = None
    as_of: datetime.date | None = None
    inspectorate_ref: str | None = None
    local_ref: str | None = None


@dataclass
class FieldChange:
    name: str
    label: str
    current: str
    proposed: str
    parts: list[tuple[str, str]] = field(default_factory=list)  # narrative word diff: ("same"|"del"|"ins", text)

    @property
    def changed(self) -> bool:
        return self.current != self.proposed


class ReplaceConfirmationRequired(Exception):
    """A response already exists for this recipient: the reviewer must see the difference and confirm."""

    def __init__(self, existing: Response, changes: list[FieldChange]):
        super().__init__(f"{existing.organisation} already has a response to recommendation "
                         f"{existing.recommendation.number}.")
        self.existing = existing
        self.changes = changes


def proposed_decision(answer: ExtractedAnswer) -> dict:
    """The machine's values, in the shape a reviewer decides on."""
    p = answer.proposed or {}
    return {
        "progress": p.get("progress") if p.get("progress") in Progress else Progress.NOT_STATED.value,
        "position": p.get("position") if p.get("position") in Position else Position.NOT_STATED.value,
    }


# The inspectorate's own references read "#17531" or "HMICFRS ref 17531": a number of four to six figures.
_INSPECTORATE_REF = re.compile(r"^(?:#\s?)?\d{4,6}$")


def proposed_references(answer: ExtractedAnswer) -> dict[str, str]:
    """The references the engine read, as the response keeps them: the inspectorate's, and the body's own."""
    refs = [str(r).strip() for r in (answer.proposed or {}).get("references") or [] if str(r).strip()]
    inspectorate = [r for r in refs if _INSPECTORATE_REF.match(r)]
    local = [r for r in refs if r not in inspectorate]
    return {"inspectorate_ref": ", ".join(inspectorate)[:100], "local_ref": ", ".join(local)[:100]}


def answer_text(answer: ExtractedAnswer) -> str:
    return answer.document.text[answer.start:answer.end].strip()


def existing_response(recommendation: Recommendation, organisation: Organisation) -> Response | None:
    return (Response.objects.filter(recommendation=recommendation, organisation=organisation)
            .select_related("recommendation", "organisation").first())


def _word_diff(old: str, new: str) -> list[tuple[str, str]]:
    a, b = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(("same", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                parts.append(("del", "".join(a[i1:i2])))
            if j2 > j1:
                parts.append(("ins", "".join(b[j1:j2])))
    return parts


def response_changes(existing: Response, data: dict) -> list[FieldChange]:
    """What replacing ``existing`` with ``data`` would change, field by field."""
    changes = [
        FieldChange("position", "Position", LABELS.get(existing.position, existing.position),
                    LABELS.get(data["position"], data["position"])),
        FieldChange("progress", "Progress", LABELS.get(existing.progress, existing.progress),
                    LABELS.get(data["progress"], data["progress"])),
        FieldChange("narrative", "Narrative", existing.narrative, data["narrative"],
                    parts=_word_diff(existing.narrative, data["narrative"])),
        FieldChange("source", "Source", existing.get_source_display(), Response.Source.DOCUMENT.label),
    ]
    return changes


def _response_data(answer: ExtractedAnswer, decision: Decision) -> dict:
    document = answer.document
    data = {
        "position": decision.position,
        "progress": decision.progress,
        "narrative": answer_text(answer),
        "source_document": document,
        "source_start": answer.start,
        "source_end": answer.end,
        "source_label": answer.recommendation_label,
        **proposed_references(answer),
    }
    if document.document_date:
        # The document's own date, never the upload's: a month or a year ("January 2022") is dated from its
        # first day, and the response page shows it with the document's precision.
        data["as_of"] = parse_partial_date(document.document_date)
    for name in ("narrative", "as_of", "inspectorate_ref", "local_ref"):
        value = getattr(decision, name)
        if value is not None:  # the reviewer's correction
            data[name] = value.strip() if isinstance(value, str) else value
    return data


def _check_decision(decision: Decision) -> None:
    if decision.progress not in Progress:
        raise ValidationError({"progress": "Select the progress."})
    if decision.position not in Position:
        raise ValidationError({"position": "Select the position."})
    if not Recipient.objects.filter(recommendation=decision.recommendation,
                                    organisation=decision.organisation).exists():
        raise ValidationError({"organisation": f"{decision.organisation.name} does not owe a response to "
                                               f"recommendation {decision.recommendation.number}."})


def _write_response(*, user, answer: ExtractedAnswer, decision: Decision, replace: bool) -> Response:
    data = _response_data(answer, decision)
    existing = existing_response(decision.recommendation, decision.organisation)
    if existing is None:
        return response_services.create_response(
            user=user, recommendation=decision.recommendation, organisation=decision.organisation, data=data,
            source=Response.Source.DOCUMENT, reason=f"From document {answer.document.filename} (reviewed)",
        )
    if existing.state not in REPLACEABLE_STATES:
        raise ValidationError(
            f"The response of {existing.organisation.name} to recommendation {existing.recommendation.number} "
            f"is {existing.get_state_display().lower()}: return it to draft before replacing it."
        )
    if not replace:
        raise ReplaceConfirmationRequired(existing, response_changes(existing, data))
    response_services.update_response(
        user=user, response=existing, data={**data, "source": Response.Source.DOCUMENT},
        reason=f"Replaced from document {answer.document.filename} (reviewed)",
    )
    existing.refresh_from_db()
    return existing


def _pending(answer_id: int) -> ExtractedAnswer:
    answer = (ExtractedAnswer.objects.select_for_update(of=("self",))
              .select_related("document", "recommendation", "organisation").get(pk=answer_id))
    if answer.decision != ExtractedAnswer.Decision.PENDING:
        raise ValidationError(f"This answer has already been reviewed ({answer.get_decision_display().lower()}).")
    return answer


def _decide(user, answer: ExtractedAnswer, decision_kind: str, decided: dict | None, comment: str,
            response: Response | None) -> ExtractedAnswer:
    answer.decision = decision_kind
    answer.decided = decided
    answer.decided_by = user
    answer.decided_at = timezone.now()
    answer.review_comment = (comment or "").strip()
    answer.response = response
    answer.save(update_fields=["decision", "decided", "decided_by", "decided_at", "review_comment", "response"])
    return answer


def _decided(decision: Decision, response: Response, replaced: bool) -> dict:
    return {"recommendation": decision.recommendation.number, "organisation": decision.organisation.pk,
            "progress": decision.progress, "position": decision.position, "response": response.pk,
            "replaced_existing": replaced}


@transaction.atomic
def accept_answer(*, user, answer: ExtractedAnswer, replace: bool = False, comment: str = "") -> ExtractedAnswer:
    """Take the machine's proposal as it stands into a draft response."""
    require(user, REVIEW_PERM, answer)
    answer = _pending(answer.pk)
    if answer.recommendation is None or answer.organisation is None:
        raise ValidationError("The recommendation or the organisation was not recognised: correct this answer instead.")
    proposal = proposed_decision(answer)
    decision = Decision(answer.recommendation, answer.organisation, proposal["progress"], proposal["position"])
    _check_decision(decision)
    had = existing_response(decision.recommendation, decision.organisation) is not None
    response = _write_response(user=user, answer=answer, decision=decision, replace=replace)
    return _decide(
        user, answer, ExtractedAnswer.Decision.ACCEPTED, _decided(decision, response, had), comment, response
    )


@transaction.atomic
def correct_answer(*, user, answer: ExtractedAnswer, recommendation: Recommendation, organisation: Organisation,
                   progress: str, position: str, replace: bool = False, comment: str = "",
                   narrative: str | None = None, as_of: datetime.date | None = None,
                   inspectorate_ref: str | None = None, local_ref: str | None = None) -> ExtractedAnswer:
    """Take the reviewer's values (the proposal stays as the machine made it) into a draft response: the
    recommendation, organisation, progress and position, and where given the narrative, the as-of date and
    the references."""
    require(user, REVIEW_PERM, answer)
    answer = _pending(answer.pk)
    if answer.document.super_complaint_id and recommendation.super_complaint_id != answer.document.super_complaint_id:
        raise ValidationError({"recommendation": "Choose a recommendation of this document's super-complaint."})
    decision = Decision(recommendation, organisation, progress, position, narrative, as_of, inspectorate_ref,
                        local_ref)
    _check_decision(decision)
    had = existing_response(recommendation, organisation) is not None
    response = _write_response(user=user, answer=answer, decision=decision, replace=replace)
    return _decide(
        user, answer, ExtractedAnswer.Decision.CORRECTED, _decided(decision, response, had), comment, response
    )


@transaction.atomic
def reject_answer(*, user, answer: ExtractedAnswer, comment: str = "") -> ExtractedAnswer:
    """Nothing reaches the tracker; the decision and its reason are kept."""
    require(user, REVIEW_PERM, answer)
    answer = _pending(answer.pk)
    return _decide(user, answer, ExtractedAnswer.Decision.REJECTED, None, comment, None)



@transaction.atomic
def add_missed_answer(*, user, document: Document, passage: str, recommendation: Recommendation,
                      organisation: Organisation, progress: str, position: str) -> ExtractedAnswer:
    """An answer the engine missed, added by the reviewer with its span: the passage as pasted is found in the
    document's text (its spacing and line breaks may differ) and becomes a pending answer like the engine's,
    to accept or correct in the same review. Nothing is written to the tracker here."""
    require(user, REVIEW_PERM, document)
    words = (passage or "").split()
    if not words:
        raise ValidationError({"passage": "Paste the passage of the document that answers the recommendation."})
    if len(passage) > 50_000:
        raise ValidationError({"passage": "The passage is longer than an answer can be: paste only the answer."})
    match = re.search(r"\s+".join(re.escape(w) for w in words), document.text or "")
    if match is None:
        raise ValidationError({"passage": "That passage is not in the document: paste it as the document has it."})
    if document.super_complaint_id and recommendation.super_complaint_id != document.super_complaint_id:
        raise ValidationError({"recommendation": "Choose a recommendation of this document's super-complaint."})
    _check_decision(Decision(recommendation, organisation, progress, position))
    job = document.jobs.order_by("-pk").first()
    if job is None:
        raise ValidationError("This document has not been read yet: wait for its extraction to finish.")
    label = f"Added by {getattr(user, 'username', 'a reviewer')}"
    return ExtractedAnswer.objects.create(
        job=job, document=document, recommendation=recommendation, recommendation_label=label[:300],
        organisation=organisation, confidence=1.0, start=match.start(), end=match.end(),
        proposed={"recommendation": recommendation.number, "label": label, "progress": progress,
                  "position": position, "confidence": 1.0, "evidence": "", "start": match.start(),
                  "end": match.end(), "references": [], "mentions": [], "added_by_reviewer": True},
    )


# The background task lives beside the service it runs, so that enqueueing it needs no import of a module
# that imports this one (django.tasks, run by ``rectrack worker``).
@task
def extract_document(job_id: int) -> str:
    """Run one extraction job; returns the job's final status (the job row holds the details).

    Jobs whose worker died are swept first, so every worker that picks up work also clears the jobs
    another one left running (ADR 0011).
    """
    leases.sweep_quietly()
    try:
        return run_extraction(job_id).status
    except ExtractionJob.DoesNotExist:
        return "deleted"  # its document was deleted after the task was queued: nothing to do
