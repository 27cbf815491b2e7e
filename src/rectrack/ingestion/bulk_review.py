"""Review at the speed of reading: accept every confident answer of a document at once, reject with a reason,
undo a rejection. Built on the one-answer services (``rectrack.ingestion.services``), so each answer is
checked and recorded exactly as if it had been accepted on its own."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from rectrack.core import validators
from rectrack.ingestion import services
from rectrack.ingestion.models import Document, ExtractedAnswer

# An answer at least this confident may be accepted with the others in one step; below it, each answer is read
# on its own. One named value, to tune against the held-out sets' calibrated confidences (ADR 0008). Accepting
# only ever makes drafts, so a wrong one is corrected before anything is submitted or published.
BULK_ACCEPT_CONFIDENCE = 0.85
log = logging.getLogger(__name__)
MAX_REASON = 2000


def acceptable_in_bulk(answer: ExtractedAnswer) -> bool:
    """Pending, confident, and tied to a recommendation and an organisation."""
    return (answer.decision == ExtractedAnswer.Decision.PENDING and answer.confidence >= BULK_ACCEPT_CONFIDENCE
            and answer.recommendation_id is not None and answer.organisation_id is not None)


@dataclass
class BulkResult:
    accepted: list[ExtractedAnswer] = field(default_factory=list)
    skipped: list[tuple[ExtractedAnswer, str]] = field(default_factory=list)  # with the reason, in words


@transaction.atomic
def accept_confident(*, user, document: Document) -> BulkResult:
    """Accept every answer of ``document`` that ``acceptable_in_bulk``, as drafts; an answer that would replace
    an existing response, or that the one-answer service refuses, is left pending for a person, and said why."""
    services.require(user, services.REVIEW_PERM, document)
    result = BulkResult()
    answers = (ExtractedAnswer.objects.filter(document=document, decision=ExtractedAnswer.Decision.PENDING,
                                              confidence__gte=BULK_ACCEPT_CONFIDENCE)
               .select_related("recommendation", "organisation").order_by("start", "pk"))
    for answer in answers:
        if not acceptable_in_bulk(answer):
            continue
        try:
            with transaction.atomic():  # one answer's refusal undoes only that answer
                result.accepted.append(services.accept_answer(user=user, answer=answer,
                                                              comment="Accepted with the other confident answers"))
        except services.ReplaceConfirmationRequired:
            result.skipped.append((answer, "a response already exists: accept it on its own to compare"))
        except ValidationError as e:
            result.skipped.append((answer, " ".join(e.messages)))
    if not result.accepted and not result.skipped:
        raise ValidationError("No answer of this document is waiting with high confidence.")
    return result


def reject_with_reason(*, user, answer: ExtractedAnswer, reason: str) -> ExtractedAnswer:
    """A rejection says why, so that whoever reads the document later (or undoes it) knows."""
    reason = validators.text(reason or "", "The reason", max_length=MAX_REASON, field="comment").strip()
    if not reason:
        raise ValidationError({"comment": "Give the reason for rejecting the answer."})
    return services.reject_answer(user=user, answer=answer, comment=reason)


@transaction.atomic
def undo_rejection(*, user, answer: ExtractedAnswer) -> ExtractedAnswer:
    """Put a rejected answer back in the queue. Rejecting wrote nothing else, so nothing else changes."""
    services.require(user, services.REVIEW_PERM, answer)
    answer = ExtractedAnswer.objects.select_for_update(of=("self",)).get(pk=answer.pk)
    if answer.decision != ExtractedAnswer.Decision.REJECTED:
        raise ValidationError(
            f"Only a rejection can be undone; this answer is {answer.get_decision_display().lower()}."
        )
    # The answer keeps no history of its own: the log line keeps who rejected it, why, and who undid it.
    log.info("Rejection undone", extra={"answer": answer.pk, "rejected_by": answer.decided_by_id,
                                         "reason": answer.review_comment, "undone_by": getattr(user, "pk", None)})
    answer.decision = ExtractedAnswer.Decision.PENDING
    answer.decided = None
    answer.decided_by = None
    answer.decided_at = None
    answer.review_comment = ""
    answer.save(update_fields=["decision", "decided", "decided_by", "decided_at", "review_comment"])
    return answer
