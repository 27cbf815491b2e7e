"""Reads for ingestion pages: the document list, one document, one job and the review queue."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404

from rectrack.core.vocabulary import LABELS, PROGRESS_TAG
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob
from rectrack.ingestion.services import LOW_CONFIDENCE, proposed_decision
from rectrack.responses.models import Response

# Characters of source text shown either side of an answer's span on the review page.
CONTEXT_CHARS = 300

JOB_TAG: dict[str, str] = {
    ExtractionJob.Status.QUEUED: "govuk-tag--grey",
    ExtractionJob.Status.RUNNING: "govuk-tag--blue",
    ExtractionJob.Status.DONE: "govuk-tag--green",
    ExtractionJob.Status.FAILED: "govuk-tag--red",
}
DECISION_TAG: dict[str, str] = {
    ExtractedAnswer.Decision.PENDING: "govuk-tag--yellow",
    ExtractedAnswer.Decision.ACCEPTED: "govuk-tag--green",
    ExtractedAnswer.Decision.CORRECTED: "govuk-tag--turquoise",
    ExtractedAnswer.Decision.REJECTED: "govuk-tag--grey",
}


def document_list():
    """Every document with its latest job's status and its answers awaiting review (one query)."""
    latest = ExtractionJob.objects.filter(document=OuterRef("pk")).order_by("-created_at", "-pk")
    return (
        Document.objects.select_related("super_complaint")
        .annotate(
            job_status=Subquery(latest.values("status")[:1]),
            job_id=Subquery(latest.values("pk")[:1]),
            answer_count=Count("answers", distinct=True),
            pending_count=Count("answers", filter=Q(answers__decision=ExtractedAnswer.Decision.PENDING), distinct=True),
        )
        .order_by("-uploaded_at", "-pk")
    )


def get_document(pk: int) -> Document:
    return get_object_or_404(
        Document.objects.select_related("super_complaint", "uploaded_by", "previous").prefetch_related(
            "organisations",
            Prefetch("jobs", queryset=ExtractionJob.objects.order_by("-created_at", "-pk")),
            Prefetch("answers", queryset=ExtractedAnswer.objects.select_related(
                "recommendation", "organisation", "response", "decided_by").order_by("start", "pk")),
        ),
        pk=pk,
    )


def get_job(pk: int) -> ExtractionJob:
    return get_object_or_404(
        ExtractionJob.objects.select_related("document").annotate(answer_count=Count("answers")), pk=pk
    )


def job_status(job: ExtractionJob) -> dict:
    """What the status poll needs: plain values, put on the page as text by the script."""
    return {"id": job.pk, "status": job.status, "label": job.get_status_display(),
            "tag": JOB_TAG.get(job.status, "govuk-tag--grey"), "active": job.active, "error": job.error}


def get_answer(document_pk: int, answer_pk: int) -> ExtractedAnswer:
    return get_object_or_404(
        ExtractedAnswer.objects.select_related("document", "document__super_complaint", "recommendation",
                                               "organisation", "response"),
        pk=answer_pk, document_id=document_pk,
    )


@dataclass
class ReviewItem:
    answer: ExtractedAnswer
    before: str  # source text before the span (context)
    highlighted: str  # text[start:end]: the span, shown in <mark>
    after: str  # source text after the span (context)
    cut_before: bool
    cut_after: bool
    low_confidence: bool
    progress: str
    position: str
    existing: Response | None
    quoted: str = ""  # the recommendation's own words the passage quotes: kept apart from the answer

    @property
    def pending(self) -> bool:
        return self.answer.decision == ExtractedAnswer.Decision.PENDING

    @property
    def progress_label(self) -> str:
        return LABELS.get(self.progress, self.progress)

    @property
    def progress_tag(self) -> str:
        return PROGRESS_TAG.get(self.progress, "govuk-tag--grey")

    @property
    def position_label(self) -> str:
        return LABELS.get(self.position, self.position)

    @property
    def decision_tag(self) -> str:
        return DECISION_TAG.get(self.answer.decision, "govuk-tag--grey")

    @property
    def references(self) -> list[str]:
        return [str(r) for r in (self.answer.proposed or {}).get("references") or []]

    @property
    def evidence(self) -> str:
        return str((self.answer.proposed or {}).get("evidence") or "")

    @property
    def progress_rule(self) -> str:
        """Why the engine chose the progress: the rule, or the model, that decided."""
        return str((self.answer.proposed or {}).get("progress_rule") or "")

    @property
    def position_rule(self) -> str:
        return str((self.answer.proposed or {}).get("position_rule") or "")

    @property
    def position_evidence(self) -> str:
        return str((self.answer.proposed or {}).get("position_evidence") or "")

    @property
    def decided_summary(self) -> str:
        """What the reviewer recorded, in words: 'Complete, accepted'."""
        d = self.answer.decided or {}
        values = [LABELS.get(d.get(k), "") for k in ("progress", "position") if d.get(k)]
        return ", ".join(v if i == 0 else v.lower() for i, v in enumerate(values))

    @property
    def confidence_percent(self) -> int:
        return round(self.answer.confidence * 100)


def highlight(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> tuple[str, str, str, bool, bool]:
    """Three plain strings (before, span, after) for the template to escape; never markup."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    # Begin and end the context on a line boundary where one is near, so it reads naturally.
    nl = text.find("\n", lo, start)
    if lo > 0 and nl != -1:
        lo = nl + 1
    nl = text.rfind("\n", end, hi)
    if hi < len(text) and nl != -1:
        hi = nl
    return text[lo:start], text[start:end], text[end:hi], lo > 0, hi < len(text)


def review_items(document: Document) -> list[ReviewItem]:
    """The document's answers for review: pending low-confidence ones first, then pending, then decided.

    Three queries whatever the number of answers (answers, existing responses, nothing per row).
    """
    answers = list(
        ExtractedAnswer.objects.filter(document=document)
        .select_related("recommendation", "organisation", "response", "decided_by")
    )
    pairs = {(a.recommendation_id, a.organisation_id) for a in answers if a.recommendation_id and a.organisation_id}
    existing: dict[tuple[int | None, str | None], Response] = {}
    if pairs:
        q = Q()
        for rec_id, org_id in pairs:
            q |= Q(recommendation_id=rec_id, organisation_id=org_id)
        existing = {(r.recommendation_id, r.organisation_id): r
                    for r in Response.objects.filter(q).select_related("organisation")}
    text = document.text
    items = []
    for a in answers:
        before, span, after, cut_before, cut_after = highlight(text, a.start, a.end)
        proposal = proposed_decision(a)
        p = a.proposed or {}
        quote_start, quote_end = p.get("quote_start"), p.get("quote_end")
        quoted = text[quote_start:quote_end].strip() if isinstance(quote_start, int) and isinstance(
            quote_end, int) and 0 <= quote_start < quote_end <= len(text) else ""
        items.append(ReviewItem(
            answer=a, before=before, highlighted=span, after=after, cut_before=cut_before, cut_after=cut_after,
            low_confidence=a.confidence < LOW_CONFIDENCE, progress=proposal["progress"],
            position=proposal["position"], existing=existing.get((a.recommendation_id, a.organisation_id)),
            quoted=quoted,
        ))

    def order(item: ReviewItem):
        rec_order = item.answer.recommendation.order if item.answer.recommendation else 10_000
        return (not item.pending, not (item.pending and item.low_confidence), rec_order, item.answer.start,
                item.answer.pk)

    return sorted(items, key=order)


def review_counts(items: list[ReviewItem]) -> dict:
    return {
        "total": len(items),
        "pending": sum(1 for i in items if i.pending),
        "low": sum(1 for i in items if i.pending and i.low_confidence),
    }


# --- Versions of a fetched document (ADR 0018) ------------------------------------------------------

# Lines of unchanged text kept around each change, and the most diff lines a page shows.
DIFF_CONTEXT_LINES = 2
DIFF_MAX_LINES = 1500


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "gap" (unchanged lines left out), "same", "del" or "ins"
    text: str


@dataclass
class VersionChanges:
    previous: Document
    ready: bool  # both versions have been read (the diff is of their plain text)
    lines: list[DiffLine] = field(default_factory=list)
    truncated: bool = False

    @property
    def changed(self) -> bool:
        return any(line.kind in ("del", "ins") for line in self.lines)


def version_changes(document: Document) -> VersionChanges | None:
    """What changed in the plain text since the version ``document`` replaced (None: it replaced none).

    A line diff (``difflib``), unchanged stretches cut to a few lines either side of each change; the
    template escapes every line like any other text."""
    previous = document.previous
    if previous is None:
        return None
    if not (previous.text and document.text):
        return VersionChanges(previous, ready=False)
    lines: list[DiffLine] = []
    old, new = previous.text.splitlines(), document.text.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for group in matcher.get_grouped_opcodes(DIFF_CONTEXT_LINES):
        _, i1, _, j1, _ = group[0]
        lines.append(DiffLine("gap", f"Line {i1 + 1} of the earlier version, line {j1 + 1} of this one"))
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                lines.extend(DiffLine("same", t) for t in old[i1:i2])
                continue
            lines.extend(DiffLine("del", t) for t in old[i1:i2])
            lines.extend(DiffLine("ins", t) for t in new[j1:j2])
    return VersionChanges(previous, ready=True, lines=lines[:DIFF_MAX_LINES], truncated=len(lines) > DIFF_MAX_LINES)
