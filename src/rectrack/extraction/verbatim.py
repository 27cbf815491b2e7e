"""What the engine returns, in the organisation's own words (ADR 0008, Decision 33).

The rules read a document's text with its contractions and the short forms of "recommendation" spelt out ("can't" is
"cannot", "Rec. 3" is "Recommendation 3": Decision 28), so that every rule written with the full words reads both.
A reviewer is shown, and the record stores, what the organisation wrote: the document's plain text in the contract is
the verbatim text, every span of the result indexes it, and every string cut from the text (evidence, label, an
action's or an update's text) is cut from it. The readers keep, beside the reading text, the few stretches that were
spelt out (`Document.spelt`); this module moves a finished result onto the verbatim text. A document with nothing
spelt out (most of them) is returned as it is, at the cost of one test.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from .blocks import Document
from .results import Action, ExtractionResult, ExtractionWarning, Reason, ResponseProposal, Span, Update
from .status import clean


def in_verbatim(result: ExtractionResult, doc: Document) -> ExtractionResult:
    """`result` (read from `doc.text`) with its spans and strings on `doc.verbatim`."""
    if not doc.spelt:
        return result
    v = _Verbatim(doc)
    return replace(result, responses=tuple(v.response(r) for r in result.responses),
                   warnings=tuple(v.warning(w) for w in result.warnings), text_length=len(doc.verbatim))


class _Verbatim:
    def __init__(self, doc: Document):
        self.doc, self.text, self.verbatim = doc, doc.text, doc.verbatim

    def span(self, s: Span | None) -> Span | None:
        if s is None:
            return None
        return Span(self.doc.to_verbatim(s.start), self.doc.to_verbatim(s.end, True))

    def cut(self, a: int, b: int) -> str:
        return self.verbatim[self.doc.to_verbatim(a):self.doc.to_verbatim(b, True)]

    def stretches(self, a: int, b: int) -> list[tuple[int, int, int, int]]:
        """The spelt-out stretches that overlap text[a:b]."""
        spelt = self.doc.spelt
        k = max(bisect.bisect_right(spelt, (a, 1 << 62)) - 1, 0)
        out = []
        while k < len(spelt) and spelt[k][0] < b:
            if spelt[k][1] > a:
                out.append(spelt[k])
            k += 1
        return out

    def string(self, s: str, region: Span | None) -> str:
        """A string the stages cut from the reading text inside `region` (as it is, or as `status.clean` shows a
        passage), cut again from the verbatim text. Failing that (a label put together from two cells), each
        spelt-out stretch of the region is put back where the string holds it, in order."""
        if not s or region is None:
            return s
        a, b = region.start, region.end
        found = self.stretches(a, b)
        if not found:
            return s
        piece = self.text[a:b]
        if s == piece:
            return self.cut(a, b)
        i = self.text.find(s, a, b)
        if i >= 0:
            return self.cut(i, i + len(s))
        if s == clean(piece):
            return clean(self.cut(a, b))
        out: list[str] = []
        pos = 0
        for ra, rb, va, vb in found:
            j = s.find(self.text[ra:rb], pos)
            if j >= 0:
                out += (s[pos:j], self.verbatim[va:vb])
                pos = j + rb - ra
        out.append(s[pos:])
        return "".join(out)

    def anywhere(self, s: str) -> str:
        """A string whose place is not kept (an update column's header): cut again where the text holds it."""
        i = self.text.find(s) if s else -1
        return self.string(s, Span(i, i + len(s))) if i >= 0 else s

    def label(self, s: str, region: Span) -> str:
        """A passage's label: its words inside the passage, or (a table's header cell) elsewhere in the text."""
        if s and self.text.find(s, region.start, region.end) < 0:
            return self.anywhere(s)
        return self.string(s, region)

    def warning(self, w: ExtractionWarning) -> ExtractionWarning:
        """A note that quotes a passage's label first ("'Rec 3 ...' was matched to recommendation 3 by its
        position"): the label as the document writes it."""
        k = w.message.rfind("' ")
        if not w.message.startswith("'") or k < 2:
            return w
        quoted = w.message[1:k]
        label = self.anywhere(quoted)
        return w if label == quoted else replace(w, message=f"'{label}{w.message[k:]}")

    def reason(self, r: Reason | None, sentence: str) -> Reason | None:
        return None if r is None else Reason(r.rule, sentence, self.span(r.span))

    def response(self, p: ResponseProposal) -> ResponseProposal:
        ev_region = p.progress_reason.span if p.progress_reason and p.progress_reason.span else p.span
        pos_region = p.position_reason.span if p.position_reason and p.position_reason.span else p.span
        evidence = self.string(p.evidence, ev_region)
        position_evidence = self.string(p.position_evidence, pos_region)
        return replace(
            p, label=self.label(p.label, p.span),
            evidence=evidence, position_evidence=position_evidence, span=self.span(p.span) or p.span,
            progress_reason=self.reason(p.progress_reason, evidence),
            position_reason=self.reason(p.position_reason, position_evidence),
            quote=self.span(p.quote), answer=self.span(p.answer),
            actions=tuple(Action(a.id, self.string(a.text, a.span or p.span), a.owner, a.progress, self.span(a.span))
                          for a in p.actions),
            updates=tuple(Update(u.as_of, self.anywhere(u.label), self.string(u.text, u.span or p.span), u.progress,
                                 self.span(u.span)) for u in p.updates),
        )
