"""Import a report's recommendations into the catalogue: upload, proposals, a person's decision (ADR 0014).

The engine reads the report's numbered recommendations in its bounded child process
(``engine.extract_recommendations``), synchronously: a report is read in seconds and the person waits for
the list anyway. Each one it finds is stored as a ``RecommendationProposal``; nothing reaches the catalogue
until the inspectorate accepts or edits a proposal, and both go through ``complaints.services
.save_recommendation``, so its permission, validation, history, version check and fan-out all apply.

A new upload for a super-complaint replaces its proposals still awaiting review (they were never decided;
the latest reading is the one to review) and keeps the decided ones as the record of what was imported.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from rectrack.complaints import services as catalogue
from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core import uploads
from rectrack.core.audit import require
from rectrack.core.vocabulary import RecipientClass, TextStatus
from rectrack.ingestion import engine
from rectrack.ingestion.models import CatalogueMatch, ProposalDecision, RecommendationProposal
from rectrack.ingestion.services import clean_filename
from rectrack.organisations.models import Organisation

PERMISSION = catalogue.PERMISSION
REPORT_FORMATS = (uploads.PDF, uploads.DOCX, uploads.HTML, uploads.TEXT)
DENIED = "Only the inspectorate can import recommendations into the catalogue."
CLASS_VALUES = {m.value for m in RecipientClass}


def _read(source) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    source.seek(0)
    return b"".join(source.chunks()) if hasattr(source, "chunks") else source.read()


def _due(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None  # the engine's date is a proposal: an impossible one is left for the person to enter


def propose(*, user, super_complaint: SuperComplaint, source, filename: str) -> list[RecommendationProposal]:
    """Read an uploaded report and store one pending proposal per numbered recommendation.

    Raises ``ValidationError({"file": ...})`` (nothing stored) for a file that is not an accepted report,
    one the engine cannot read (its one sentence), or one in which it finds no numbered recommendation.
    """
    require(user, PERMISSION, message=DENIED)
    filename = clean_filename(filename)
    uploads.check_upload(source, filename=filename, formats=REPORT_FORMATS)
    try:
        # outside any transaction: the child process takes seconds and holds no lock
        result = engine.extract_recommendations(_read(source), filename)
    except engine.ExtractionError as e:
        raise ValidationError({"file": str(e)}) from None
    seen: set[str] = set()
    rows: list[RecommendationProposal] = []
    now = timezone.now()
    for found in result.recommendations:
        if found.id in seen:  # a report that repeats a number (a summary and the full list): the first reading
            continue
        seen.add(found.id)
        rows.append(RecommendationProposal(
            super_complaint=super_complaint, filename=filename, uploaded_by=user, uploaded_at=now,
            order=len(rows), number=found.id[:20], text=found.text.strip(),
            recipient_classes=[c for c in dict.fromkeys(found.recipients) if c in CLASS_VALUES],
            due=_due(found.due), parts=[{"id": p.id, "text": p.text} for p in found.parts]))
    if not rows:
        raise ValidationError({"file": "rectrack found no numbered recommendations in this file. Check it is the "
                                       "report, or add the recommendations one by one."})
    with transaction.atomic():
        super_complaint.proposals.filter(decision=ProposalDecision.PENDING).delete()
        return RecommendationProposal.objects.bulk_create(rows)


def proposal_data(proposal: RecommendationProposal, current: Recommendation | None = None) -> dict:
    """What accepting the proposal saves, in ``save_recommendation``'s terms. The report's words are
    verbatim; bodies named in the catalogue are kept (the engine reads classes, not named bodies)."""
    named = []
    if current is not None and current.named_bodies:
        named = list(Organisation.objects.filter(pk__in=current.named_bodies))
    return {"number": proposal.number, "text_status": TextStatus.VERBATIM.value if proposal.text else
            TextStatus.UNKNOWN.value, "text": proposal.text, "recipient_classes": list(proposal.recipient_classes),
            "named_bodies": named, "update_due": proposal.due, "parts": catalogue.format_parts(proposal.parts)}


def _current(proposal: RecommendationProposal) -> Recommendation | None:
    return Recommendation.objects.filter(super_complaint_id=proposal.super_complaint_id,
                                         number=proposal.number).first()


def _lock_pending(proposal: RecommendationProposal) -> RecommendationProposal:
    row = RecommendationProposal.objects.select_for_update().select_related("super_complaint").get(pk=proposal.pk)
    if row.decision != ProposalDecision.PENDING:
        raise ValidationError(f"Recommendation {row.number} was already decided "
                              f"({row.decision_term.label.lower()}): nothing was changed.")
    return row


def _decide(row: RecommendationProposal, user, decision: ProposalDecision, rec: Recommendation | None) -> None:
    row.decision, row.decided_by, row.decided_at, row.recommendation = decision, user, timezone.now(), rec
    row.save(update_fields=["decision", "decided_by", "decided_at", "recommendation"])


@transaction.atomic
def accept(*, user, proposal: RecommendationProposal, catalogue_version: int | None = None) -> Recommendation:
    """Put the proposal into the catalogue as the engine read it: a new recommendation, or the one with its
    number updated. ``catalogue_version`` is the version of that recommendation the reviewer saw (a change
    since is a ``StaleEdit``, nothing saved)."""
    require(user, PERMISSION, message=DENIED)
    row = _lock_pending(proposal)
    current = _current(row)
    rec = catalogue.save_recommendation(user=user, super_complaint=row.super_complaint, recommendation=current,
                                        data=proposal_data(row, current),
                                        expected_version=catalogue_version if current else None)
    _decide(row, user, ProposalDecision.ACCEPTED, rec)
    return rec


@transaction.atomic
def accept_edited(*, user, proposal: RecommendationProposal, data: dict,
                  catalogue_version: int | None = None) -> Recommendation:
    """Put the reviewer's corrected version of the proposal into the catalogue (``data`` as for
    ``save_recommendation``). The number may be corrected too: the recommendation with the corrected
    number is the one created or updated."""
    require(user, PERMISSION, message=DENIED)
    row = _lock_pending(proposal)
    number = (data.get("number") or "").strip()
    current = Recommendation.objects.filter(super_complaint_id=row.super_complaint_id, number=number).first()
    if current is not None and number != row.number:
        # the reviewer saw the catalogue's recommendation with the proposal's number, not this one
        raise ValidationError({"number": f"{row.super_complaint.short_title} already has a recommendation {number}: "
                                         f"change it on its own page, or keep the number {row.number}."})
    rec = catalogue.save_recommendation(user=user, super_complaint=row.super_complaint, recommendation=current,
                                        data=data, expected_version=catalogue_version if current else None)
    _decide(row, user, ProposalDecision.EDITED, rec)
    return rec


@transaction.atomic
def reject(*, user, proposal: RecommendationProposal) -> RecommendationProposal:
    """Leave the catalogue as it is for this proposal."""
    require(user, PERMISSION, message=DENIED)
    row = _lock_pending(proposal)
    _decide(row, user, ProposalDecision.REJECTED, None)
    return row


# --- Reading ----------------------------------------------------------------------------------------------

def _words(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class Comparison:
    match: CatalogueMatch
    current: Recommendation | None
    differences: tuple[str, ...]  # what differs, in words ("text", "recipients", ...)


def compare(proposal: RecommendationProposal, current: Recommendation | None) -> Comparison:
    if current is None:
        return Comparison(CatalogueMatch.NEW, None, ())
    differences = []
    if not current.text_known or _words(current.text) != _words(proposal.text):
        differences.append("text")
    if set(current.recipient_classes or ()) != set(proposal.recipient_classes):
        differences.append("recipients")
    if current.update_due != proposal.due:
        differences.append("due date")
    if [(str(p.get("id")), _words(p.get("text"))) for p in current.parts or () if isinstance(p, dict)] != [
            (p["id"], _words(p["text"])) for p in proposal.parts]:
        differences.append("parts")
    return Comparison(CatalogueMatch.DIFFERS if differences else CatalogueMatch.SAME, current, tuple(differences))


@dataclass(frozen=True)
class ReviewRow:
    proposal: RecommendationProposal
    comparison: Comparison


def review_rows(super_complaint: SuperComplaint) -> list[ReviewRow]:
    """Every proposal of the super-complaint with what the catalogue has for its number (two queries)."""
    proposals = list(super_complaint.proposals.select_related("decided_by", "recommendation"))
    current = {r.number: r for r in Recommendation.objects.filter(super_complaint=super_complaint)}
    return [ReviewRow(p, compare(p, current.get(p.number))) for p in proposals]
