"""What the engine returns: frozen dataclasses, and the contract's JSON (`to_json`) for the command line.

`ExtractionResult.to_json()` is exactly the object of the `rectrack extract` contract
(`../shared/corpus/README.md`), with optional extras after the contract's keys. `from_json` reads such
an object back and checks it: the service uses it at the child-process boundary (the child answers in
JSON, never in pickles), so what crosses it is validated once, then typed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from rectrack.core.vocabulary import Position, Progress

from .errors import ExtractionError

# the service's vocabulary (pure Python, rectrack.core.vocabulary): the contract's words are its values
PROGRESS = tuple(Progress)
POSITION = tuple(Position)
FORMATS = ("text", "markdown", "html", "docx", "pdf")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def _with_span(out: dict, span: Span | None) -> dict:
    if span:
        out["start"], out["end"] = span.start, span.end
    return out


@dataclass(frozen=True)
class OrganisationRef:
    id: str
    name: str
    kind: str

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind}


@dataclass(frozen=True)
class ExtractionWarning:
    """A note for the reviewer. `code` names the kind (for tests and statistics), `message` is the sentence."""

    code: str
    message: str
    recommendation: str | None = None


@dataclass(frozen=True)
class Reason:
    """Why a value was chosen: the rule (or model) that decided, and the sentence it read."""

    rule: str
    sentence: str = ""
    span: Span | None = None


@dataclass(frozen=True)
class Action:
    """One action inside a response: a sub-recommendation's answer in an action plan ("7.1"), with its owner."""

    id: str
    text: str
    owner: str = ""
    progress: str = "not_stated"
    span: Span | None = None

    def to_json(self) -> dict:
        return _with_span({"id": self.id, "text": self.text, "owner": self.owner, "progress": self.progress},
                          self.span)


@dataclass(frozen=True)
class Update:
    """A dated update of a response ("March 2026 update"): the service records each as history."""

    as_of: str | None  # ISO date or prefix ("2026-03")
    label: str
    text: str
    progress: str = "not_stated"
    span: Span | None = None

    def to_json(self) -> dict:
        return _with_span({"as_of": self.as_of, "label": self.label, "text": self.text, "progress": self.progress},
                          self.span)


@dataclass(frozen=True)
class ActionCounts:
    """"20 actions ... eight of these are completed": how far the work has got, as the document counts it."""

    total: int
    completed: int | None = None
    in_progress: int | None = None
    outstanding: int | None = None

    def to_json(self) -> dict:
        return {"total": self.total, **{k: v for k, v in (("completed", self.completed),
                                                          ("in_progress", self.in_progress),
                                                          ("outstanding", self.outstanding)) if v is not None}}


@dataclass(frozen=True)
class ResponseProposal:
    """The engine's reading of one recommendation's answer in the document."""

    recommendation: str  # the catalogue's id, whatever the document calls it
    label: str  # what the document calls it ("Recommendation one (HMICFRS Ref #17531)")
    progress: str
    position: str
    confidence: float  # of the progress: calibrated, see ADR 0008
    evidence: str  # the sentence that decided the progress
    span: Span  # the whole passage: heading, quoted recommendation and answer
    references: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    position_confidence: float = 0.5
    position_evidence: str = ""
    progress_reason: Reason | None = None
    position_reason: Reason | None = None
    quote: Span | None = None  # the recommendation's own words the passage quotes
    answer: Span | None = None  # the organisation's answer: the narrative a reviewer stores
    shared_with: tuple[str, ...] = ()  # other recommendations the same passage answers
    actions: tuple[Action, ...] = ()
    action_counts: ActionCounts | None = None
    updates: tuple[Update, ...] = ()

    @property
    def narrative_span(self) -> Span:
        return self.answer or self.span

    def to_json(self) -> dict:
        out = {
            "recommendation": self.recommendation, "label": self.label, "progress": self.progress,
            "position": self.position, "confidence": self.confidence, "evidence": self.evidence,
            "start": self.span.start, "end": self.span.end, "references": list(self.references),
            "mentions": list(self.mentions),
            "position_confidence": self.position_confidence, "position_evidence": self.position_evidence,
        }
        for key, reason in (("progress", self.progress_reason), ("position", self.position_reason)):
            if reason:
                out[f"{key}_rule"] = reason.rule
                if key == "progress" and reason.span:
                    out["evidence_start"], out["evidence_end"] = reason.span.start, reason.span.end
        for key, span in (("quote", self.quote), ("answer", self.answer)):
            if span:
                out[f"{key}_start"], out[f"{key}_end"] = span.start, span.end
        if self.shared_with:
            out["shared_with"] = list(self.shared_with)
        if self.actions:
            out["actions"] = [a.to_json() for a in self.actions]
        if self.action_counts:
            out["action_counts"] = self.action_counts.to_json()
        if self.updates:
            out["updates"] = [u.to_json() for u in self.updates]
        return out

    @classmethod
    def from_json(cls, d: dict) -> ResponseProposal:
        _need(isinstance(d, dict), "a response is not an object")
        span = _span(d, "start", "end", required=True)
        progress_rule, position_rule = d.get("progress_rule"), d.get("position_rule")
        return cls(
            recommendation=_str(d.get("recommendation"), "recommendation", required=True),
            label=_str(d.get("label"), "label"),
            progress=_choice(d.get("progress", "not_stated"), PROGRESS, "progress"),
            position=_choice(d.get("position", "not_stated"), POSITION, "position"),
            confidence=_unit(d.get("confidence", 0.0), "confidence"),
            evidence=_str(d.get("evidence"), "evidence"),
            span=span,
            references=_strs(d.get("references"), "references"),
            mentions=_strs(d.get("mentions"), "mentions"),
            position_confidence=_unit(d.get("position_confidence", 0.5), "position_confidence"),
            position_evidence=_str(d.get("position_evidence"), "position_evidence"),
            progress_reason=Reason(_str(progress_rule, "progress_rule"), _str(d.get("evidence"), "evidence"),
                                   _span(d, "evidence_start", "evidence_end")) if progress_rule else None,
            position_reason=Reason(_str(position_rule, "position_rule"),
                                   _str(d.get("position_evidence"), "position_evidence")) if position_rule else None,
            quote=_span(d, "quote_start", "quote_end"),
            answer=_span(d, "answer_start", "answer_end"),
            shared_with=_strs(d.get("shared_with"), "shared_with"),
            actions=tuple(Action(_str(a.get("id"), "action id"), _str(a.get("text"), "action text"),
                                 _str(a.get("owner"), "action owner"),
                                 _choice(a.get("progress", "not_stated"), PROGRESS, "action progress"),
                                 _span(a, "start", "end"))
                          for a in _objects(d.get("actions"), "actions")),
            action_counts=_counts(d.get("action_counts")),
            updates=tuple(Update(_opt_str(u.get("as_of"), "update as_of"), _str(u.get("label"), "update label"),
                                 _str(u.get("text"), "update text"),
                                 _choice(u.get("progress", "not_stated"), PROGRESS, "update progress"),
                                 _span(u, "start", "end"))
                          for u in _objects(d.get("updates"), "updates")),
        )


@dataclass(frozen=True)
class ExtractionResult:
    """One document's reading: the contract's object."""

    file: str
    format: str
    super_complaint: str | None
    organisations: tuple[OrganisationRef, ...]
    document_date: str | None  # ISO date or prefix: the precision the document gives
    responses: tuple[ResponseProposal, ...]
    warnings: tuple[ExtractionWarning, ...] = ()
    super_complaint_confidence: float = 0.0
    text_length: int = 0
    pages: int | None = None
    document_date_reason: Reason | None = None
    authors_reason: tuple[Reason, ...] = field(default=(), compare=False)

    @property
    def document_date_precision(self) -> str | None:
        if not self.document_date:
            return None
        return {4: "year", 7: "month", 10: "day"}.get(len(self.document_date))

    def to_json(self) -> dict:
        out = {
            "file": self.file, "format": self.format, "super_complaint": self.super_complaint,
            "organisations": [o.to_json() for o in self.organisations], "document_date": self.document_date,
            "responses": [r.to_json() for r in self.responses], "warnings": [w.message for w in self.warnings],
            "super_complaint_confidence": self.super_complaint_confidence, "text_length": self.text_length,
        }
        if self.document_date:
            out["document_date_precision"] = self.document_date_precision
        if self.document_date_reason:
            out["document_date_rule"] = self.document_date_reason.rule
        if self.pages is not None:
            out["pages"] = self.pages
        return out

    @classmethod
    def from_json(cls, d: dict) -> ExtractionResult:
        """A contract object back as dataclasses; ExtractionError (one sentence) when it is not one."""
        try:
            _need(isinstance(d, dict), "the result is not an object")
            date = _opt_str(d.get("document_date"), "document_date")
            _need(date is None or len(date) in (4, 7, 10), "document_date is not an ISO date or prefix")
            pages = d.get("pages")
            _need(pages is None or (isinstance(pages, int) and pages >= 0), "pages is not a count")
            rule = d.get("document_date_rule")
            return cls(
                file=_str(d.get("file"), "file"),
                format=_choice(d.get("format"), FORMATS, "format"),
                super_complaint=_opt_str(d.get("super_complaint"), "super_complaint"),
                organisations=tuple(
                    OrganisationRef(
                        _str(o.get("id"), "organisation id", required=True),
                        _str(o.get("name"), "organisation name"),
                        _str(o.get("kind"), "organisation kind"),
                    )
                    for o in _objects(d.get("organisations"), "organisations")
                ),
                document_date=date,
                responses=tuple(ResponseProposal.from_json(r) for r in _objects(d.get("responses"), "responses")),
                warnings=tuple(
                    ExtractionWarning("engine", _str(w, "warning")) for w in _list(d.get("warnings"), "warnings")
                ),
                super_complaint_confidence=_unit(
                    d.get("super_complaint_confidence", 0.0), "super_complaint_confidence"
                ),
                text_length=int(d.get("text_length") or 0),
                pages=pages,
                document_date_reason=Reason(_str(rule, "document_date_rule")) if rule else None,
            )
        except _Invalid as e:
            raise ExtractionError(f"The engine's result is not valid ({e}).") from None


# --- checking JSON on the way in -----------------------------------------------------------------

class _Invalid(Exception):
    pass


def _need(ok: bool, what: str) -> None:
    if not ok:
        raise _Invalid(what)


def _str(v, what: str, required: bool = False) -> str:
    if v is None and not required:
        return ""
    _need(isinstance(v, (str, int)) and not isinstance(v, bool), f"{what} is not text")
    s = str(v)
    _need(bool(s) or not required, f"{what} is empty")
    return s


def _opt_str(v, what: str) -> str | None:
    return None if v is None or v == "" else _str(v, what)


def _choice(v, allowed: tuple, what: str) -> str:
    _need(v in allowed, f"{what} {v!r} is not one of {', '.join(allowed)}")
    return v


def _unit(v, what: str) -> float:
    _need(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), f"{what} is not a number")
    return min(max(float(v), 0.0), 1.0)


def _list(v, what: str) -> list:
    if v is None:
        return []
    _need(isinstance(v, list), f"{what} is not a list")
    return v


def _objects(v, what: str) -> list[dict]:
    items = _list(v, what)
    _need(all(isinstance(x, dict) for x in items), f"{what} holds something other than objects")
    return items


def _strs(v, what: str) -> tuple[str, ...]:
    return tuple(_str(x, what) for x in _list(v, what))


def _int(v, what: str) -> int:
    _need(isinstance(v, int) and not isinstance(v, bool) and v >= 0, f"{what} is not a position in the text")
    return v


def _span(d: dict, a: str, b: str, required: bool = False) -> Span | None:
    if d.get(a) is None and d.get(b) is None and not required:
        return None
    start, end = _int(d.get(a), a), _int(d.get(b), b)
    _need(start <= end, f"{a} is after {b}")
    return Span(start, end)


def _counts(v) -> ActionCounts | None:
    if v is None:
        return None
    _need(isinstance(v, dict) and isinstance(v.get("total"), int), "action_counts has no total")
    return ActionCounts(v["total"], v.get("completed"), v.get("in_progress"), v.get("outstanding"))
