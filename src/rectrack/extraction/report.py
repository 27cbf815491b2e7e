"""Read a super-complaint report's numbered recommendations: the other half of `rectrack extract`.

    rectrack extract --recommendations report.pdf

A report lists its recommendations in one of a few ways: a heading per recommendation ("Recommendation
7") with the text under it; a labelled paragraph ("Recommendation 7: By 27 March 2025, chief constables
should ..."); or a numbered list under a "Recommendations" heading, often grouped by recipient ("To chief
constables", "Recommendations for police and crime commissioners"). For each one the reader gives:

- its number, and its text (the recommendation's own words, without the label);
- its recipients in the catalogue's vocabulary, from who "should" act in the text ("chief constables and
  police and crime commissioners should"), else from the group heading it sits under;
- its due date when the text gives one ("By 27 March 2025");
- its parts: sub-numbered items ("7.1", "7.2", "a)") or a bulleted list after "should:" / "make sure
  that:" (numbered "7a", "7b", ... when the report does not number them).

The result is typed (`ReportResult`); `to_json()` is the command line's object.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .blocks import HEADING, LIST_ITEM, TABLE_ROW, Document
from .dates import find_dates
from .errors import ExtractionError
from .recipients import recipients_in
from .results import Span, _Invalid, _objects, _opt_str, _span, _str, _strs
from .segment import _WORD_NUMS

_LABEL = re.compile(
    r"^\W{0,3}(?:recommendation|rec\.?)\s*(?:no\.?\s*|number\s+)?(?P<id>\d{1,2}(?:\.\d{1,2})?[a-z]?|"
    + "|".join(sorted(_WORD_NUMS, key=len, reverse=True)) + r")\b\s*(?:[:.)\-\u2013\u2014]\s*)?", re.I)
_NUMBERED = re.compile(r"^\W{0,2}(?P<id>\d{1,2})[.)]\s+(?=\S)")
_PART = re.compile(r"^\W{0,2}(?P<id>\d{1,2}\.\d{1,2}|\(?[a-k]\)|[a-k]\.|\(?[ivx]{1,4}\))\s+(?=\S)", re.I)
_SECTION = re.compile(r"^\W*(?:(?:our\s+)?recommendations?|actions?)\b", re.I)
_GROUP = re.compile(
    r"^\W*(?:(?:recommendations?|actions?)\s+(?:for|to|made\s+to|addressed\s+to)\s+|to\s+|for\s+)(?P<who>.{3,120})$",
    re.I,
)
_NOT_RECOMMENDATIONS = re.compile(r"^\W*(?:actions?\s+(?:for|to)|areas?\s+for\s+improvement|causes?\s+of\s+concern)",
                                  re.I)
_SHOULD = re.compile(r"\b(?:should|must|we\s+recommend\s+that|are\s+recommended\s+to|is\s+recommended\s+to)\b", re.I)
_LEAD_IN = re.compile(r"(?:should|must|to)\s*(?:make\s+sure|ensure|consider|include)?\s*(?:that)?\s*:\s*$|:\s*$", re.I)
_DUE = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+(?P<date>\d{1,2}\s+\w+\s+(?:19|20)\d\d)", re.I)

# "chief constables and police and crime commissioners should": the subject of "should"
_SUBJECT_BEFORE_SHOULD = re.compile(r"(?:^|[.;:]\s+|,\s+)(?P<who>[^.;:]{3,160}?)\s+(?:should|must)\b", re.I)


@dataclass(frozen=True)
class ProposedPart:
    id: str
    text: str

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class ProposedRecommendation:
    id: str
    recipients: tuple[str, ...]
    text: str
    due: str | None = None
    parts: tuple[ProposedPart, ...] = ()
    span: Span | None = None

    def to_json(self) -> dict:
        out = {"id": self.id, "recipients": list(self.recipients), "text": self.text, "due": self.due,
               "parts": [p.to_json() for p in self.parts]}
        if self.span:
            out["start"], out["end"] = self.span.start, self.span.end
        return out


@dataclass(frozen=True)
class ReportResult:
    file: str
    format: str
    recommendations: tuple[ProposedRecommendation, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        out = {"file": self.file, "recommendations": [r.to_json() for r in self.recommendations]}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_json(cls, d: dict, fmt: str = "") -> ReportResult:
        """The command line's object back as dataclasses (the child process answers in JSON)."""
        try:
            return cls(
                file=_str(d.get("file"), "file"), format=fmt,
                recommendations=tuple(ProposedRecommendation(
                    id=_str(r.get("id"), "recommendation id", required=True),
                    recipients=_strs(r.get("recipients"), "recipients"), text=_str(r.get("text"), "text"),
                    due=_opt_str(r.get("due"), "due"),
                    parts=tuple(ProposedPart(_str(p.get("id"), "part id", required=True), _str(p.get("text"), "part"))
                                for p in _objects(r.get("parts"), "parts")),
                    span=_span(r, "start", "end")) for r in _objects(d.get("recommendations"), "recommendations")),
                warnings=_strs(d.get("warnings"), "warnings"))
        except (_Invalid, AttributeError) as e:
            raise ExtractionError(f"The engine's result is not valid ({e}).") from None


def _who_should(text: str) -> tuple[str, ...]:
    """Who the recommendation asks to act: the subject of its first "should"."""
    m = _SUBJECT_BEFORE_SHOULD.search(text[:600])
    if not m:
        return ()
    who = re.sub(r"^\W*(?:by\s+\d{1,2}\s+\w+\s+\d{4},?\s*|we\s+recommend\s+that\s+|as\s+an\s+interim\s+measure,?\s*)",
                 "", m.group("who"), flags=re.I)
    return recipients_in(who)


def read_recommendations(doc: Document, filename: str) -> ReportResult:
    found: list[dict] = []
    group: tuple[str, ...] = ()
    in_section = False
    current: dict | None = None
    for b in doc.blocks:
        if b.kind == TABLE_ROW:
            current = None
            continue
        t = b.text
        label = _LABEL.match(t)
        if (b.kind == HEADING or b.bold or len(t) < 120) and not label:
            g = _GROUP.match(t)
            if g and recipients_in(g.group("who")) and len(t) < 120:
                group = recipients_in(g.group("who"))
                in_section = not _NOT_RECOMMENDATIONS.match(t)
                current = None
                continue
            if _SECTION.match(t) and len(t) < 80:
                in_section = not _NOT_RECOMMENDATIONS.match(t)
                current = None
                continue
            if b.kind == HEADING and not _SHOULD.search(t):  # a text file's short lead-in line is no heading
                current = None
                in_section = False
                continue
        numbered = None if label else (_NUMBERED.match(t) if in_section else None)
        if label or numbered:
            m = label or numbered
            rid = m.group("id").lower()
            rid = _WORD_NUMS.get(rid, rid)
            body = t[m.end():].strip()
            part_of = _parent_of(rid, found)
            if part_of is not None:
                part_of["parts"].append((rid, body, b))
                current = part_of
                continue
            current = {"id": rid, "text": [body] if body else [], "parts": [], "group": group, "start": b.start,
                       "end": b.end}
            found.append(current)
            continue
        if current is None:
            continue
        part = _PART.match(t)
        own = part and part.group("id").split(".")[0] == current["id"]  # "3.1" under recommendation 3
        if part and (own or b.kind == LIST_ITEM or current["parts"] or _LEAD_IN.search(" ".join(current["text"]))):
            pid = part.group("id").strip("().").lower()
            current["parts"].append((pid, t[part.end():].strip(), b))
        elif b.kind == LIST_ITEM and current["text"] and _LEAD_IN.search(current["text"][-1]):
            current["parts"].append((None, t.lstrip("-\u2022*\u2013 ").strip(), b))
        elif b.kind == LIST_ITEM and current["parts"]:
            current["parts"].append((None, t.lstrip("-\u2022*\u2013 ").strip(), b))
        elif current["parts"]:
            current = None  # prose after the parts: the recommendation has ended
            continue
        else:
            if len(" ".join(current["text"])) > 1500 or not (_SHOULD.search(t) or not current["text"]):
                current = None  # the report's prose, not the recommendation's
                continue
            current["text"].append(t)
        if current is not None:
            current["end"] = b.end
    out = []
    warnings = []
    seen = set()
    for r in found:
        if r["id"] in seen:
            continue  # a summary list and the chapter: the first full statement stands
        seen.add(r["id"])
        body = " ".join(x for x in r["text"] if x).strip()
        who = _who_should(body) or r["group"]
        if not who:
            warnings.append(f"Recommendation {r['id']}: its recipients were not found.")
        due = None
        m = _DUE.search(body[:200])
        if m:
            dates = find_dates(m.group("date"))
            due = dates[0].iso if dates and dates[0].day else None
        parts = []
        letters = _part_letters()
        for pid, ptext, _ in r["parts"]:
            if pid is None or not re.match(r"^\d", pid):
                pid = f"{r['id']}{pid or next(letters)}" if not (pid and pid[0].isdigit()) else pid
            parts.append(ProposedPart(pid, ptext))
        out.append(ProposedRecommendation(r["id"], tuple(who), body, due, tuple(parts), Span(r["start"], r["end"])))
    if not out:
        warnings.append("No numbered recommendations were found.")
    return ReportResult(filename, doc.format, tuple(out), tuple(warnings))


def _part_letters() -> Iterator[str]:
    """Names for a recommendation's unnamed parts: a to z, then aa, ab ... (a long list of bullets must not run
    out of names)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    yield from alphabet
    for first in alphabet:
        for second in alphabet:
            yield first + second
    n = 0
    while True:  # beyond 702 parts: numbered, still unique
        n += 1
        yield f"part{n}"


def _parent_of(rid: str, found: list[dict]) -> dict | None:
    """"7.1" after recommendation 7 is one of its parts."""
    m = re.match(r"^(\d{1,2})(?:\.\d{1,2}|[a-z])$", rid)
    if not m:
        return None
    return next((r for r in reversed(found) if r["id"] == m.group(1)), None)
