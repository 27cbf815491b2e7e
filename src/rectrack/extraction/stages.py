"""The analysis as a table of named stages over one state object, in the manner of markdown-it-py's rules.

Each stage is a function `stage(reading: Reading) -> None` that reads what earlier stages left on the
`Reading` and adds its own part. The table (`Stages`) runs them in order; a stage can be replaced,
disabled, or a new one inserted before or after another by name, so each can be tested and changed
alone:

    stages = DEFAULT_STAGES.replace("document_date", my_dating_rule)
    result = analyse(document, "x.pdf", catalogue, stages)

The stages, in order:

    names            every mention of an organisation from the reference data
    super_complaint  which report the document answers
    markers          "Recommendation 4", "Response to recommendation 1" ...: where passages start
    front_matter     the title and the front matter, and the area the document is about
    appended_letters other bodies' letters appended to the document (not its responses)
    authors          the organisations that wrote it
    segments         one passage per recommendation marker, table row or quoted text
    alignment        each passage to the catalogue's recommendations
    document_date    the document's own date, with the precision it gives
    answers          one draft response per recommendation, with its quote and answer spans
    progress         what each answer says about progress (rules, then the statistical reader); parts summed up
    action_plan      an action plan's dated updates, sub-recommendation actions and owners; the latest update
    position         what each answer says about accepting the recommendation
    update_request   a recommendation asking for an update, answered by this update
    action_counts    "20 actions, eight of them completed"
    references       inspectorate and local references, and the bodies each answer names
    fulfils          "this letter fulfils recommendation 8" without a passage of its own
    calibration      raw confidences to calibrated ones
    review_warnings  a warning for every proposal a reviewer should look at first
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import anchors, authors, calibration, complaint, dates, orgs, refs, scores, status
from .blocks import HEADING, Document
from .catalogue import Catalogue, SuperComplaint, normalise_id
from .results import (
    Action,
    ActionCounts,
    ExtractionResult,
    ExtractionWarning,
    OrganisationRef,
    Reason,
    ResponseProposal,
    Span,
    Update,
)
from .segment import (
    _GENERIC_HEADING,
    _NUM,
    _NUMLIST,
    _SUBJECT_WORDS,
    Marker,
    Segment,
    Segmenter,
    _stem,
    block_marker,
    expand_numbers,
    find_markers,
    subject_stems,
)
from .textutil import ASCII_FOLDS, NUMBER_WORDS, PLACE_WORDS, finditer, forget_sentences, lowered, sentences
from .verbatim import in_verbatim

Stage = Callable[["Reading"], None]


@dataclass
class Draft:
    """One response while the stages build it; `proposal()` freezes it."""

    recommendation: str
    segment: Segment
    label: str
    span: Span
    quote: Span | None = None
    answer: Span | None = None
    progress: str = status.NOT_STATED
    confidence: float = scores.NOT_STATED
    evidence: str = ""
    progress_reason: Reason | None = None
    position: str = status.NOT_STATED
    position_confidence: float = scores.POSITION_NOT_STATED
    position_evidence: str = ""
    position_reason: Reason | None = None
    references: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    shared_with: tuple[str, ...] = ()
    actions: list[Action] = field(default_factory=list)
    parts: list[Segment] = field(default_factory=list)  # passages answering its sub-recommendations
    action_counts: ActionCounts | None = None
    updates: list[Update] = field(default_factory=list)
    explicit: bool = False  # the progress was stated, not weighed from cues

    def set_progress(self, value: str, confidence: float, text: str, span: tuple[int, int] | None, rule: str,
                     explicit: bool = False) -> None:
        self.progress, self.confidence = value, round(confidence, 2)
        self.evidence = status.clean(text[span[0]:span[1]]) if span else ""
        self.progress_reason = Reason(rule, self.evidence, Span(*span) if span else None)
        self.explicit = explicit

    def set_position(self, value: str, confidence: float, text: str, span: tuple[int, int] | None, rule: str) -> None:
        self.position, self.position_confidence = value, round(confidence, 2)
        self.position_evidence = status.clean(text[span[0]:span[1]]) if span else ""
        self.position_reason = Reason(rule, self.position_evidence, Span(*span) if span else None)

    def proposal(self) -> ResponseProposal:
        return ResponseProposal(
            recommendation=self.recommendation, label=self.label, progress=self.progress, position=self.position,
            confidence=self.confidence, evidence=self.evidence, span=self.span, references=self.references,
            mentions=self.mentions, position_confidence=self.position_confidence,
            position_evidence=self.position_evidence, progress_reason=self.progress_reason,
            position_reason=self.position_reason, quote=self.quote, answer=self.answer,
            shared_with=self.shared_with, actions=tuple(self.actions), action_counts=self.action_counts,
            updates=tuple(self.updates))


@dataclass
class Reading:
    """The state the stages share: the document, the catalogue, and what has been read so far."""

    doc: Document
    filename: str
    catalogue: Catalogue
    index: orgs.OrgIndex | None = None
    mentions: list[orgs.Mention] = field(default_factory=list)
    super_complaint: SuperComplaint | None = None
    super_complaint_confidence: float = 0.0
    # headings naming another report the document answers in a section of its own (that report, the heading's
    # offset: the markers stage splits blocks at anchors, so an index would not last)
    other_reports: list[tuple[SuperComplaint, int]] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    title_end: int = 0
    front_end: int = 0
    primary: str | None = None  # the force family the document is mostly about
    zones: list[tuple[int, int]] = field(default_factory=list)  # other bodies' appended letters
    authors: list[str] = field(default_factory=list)
    segmenter: Segmenter | None = None
    segments: list[Segment] = field(default_factory=list)
    document_date: str | None = None
    document_date_rule: str = ""
    drafts: list[Draft] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def warn(self, code: str, message: str, recommendation: str | None = None) -> None:
        self.warnings.append(ExtractionWarning(code, message, recommendation))

    def inside_zone(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.zones)

    def result(self) -> ExtractionResult:
        idx = self.index
        return ExtractionResult(
            file=self.filename, format=self.doc.format,
            super_complaint=self.super_complaint.slug if self.super_complaint else None,
            organisations=tuple(OrganisationRef(a, idx.orgs[a].name, idx.orgs[a].kind) for a in self.authors),
            document_date=self.document_date, responses=tuple(d.proposal() for d in self.drafts),
            warnings=tuple(self.warnings), super_complaint_confidence=self.super_complaint_confidence,
            text_length=len(self.text), pages=self.doc.pages,
            document_date_reason=Reason(self.document_date_rule) if self.document_date_rule else None,
        )


class Stages:
    """An ordered table of named stages; every change returns a new table (the default stays as it is)."""

    def __init__(self, rules: list[tuple[str, Stage]]):
        names = [n for n, _ in rules]
        if len(set(names)) != len(names):
            raise ValueError("stage names must be unique")
        self._rules = list(rules)

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._rules]

    def __getitem__(self, name: str) -> Stage:
        return self._rules[self._at(name)][1]

    def _at(self, name: str) -> int:
        for i, (n, _) in enumerate(self._rules):
            if n == name:
                return i
        raise KeyError(f"no stage named {name!r}")

    def replace(self, name: str, fn: Stage) -> Stages:
        rules = list(self._rules)
        rules[self._at(name)] = (name, fn)
        return Stages(rules)

    def before(self, name: str, new: str, fn: Stage) -> Stages:
        rules = list(self._rules)
        rules.insert(self._at(name), (new, fn))
        return Stages(rules)

    def after(self, name: str, new: str, fn: Stage) -> Stages:
        rules = list(self._rules)
        rules.insert(self._at(name) + 1, (new, fn))
        return Stages(rules)

    def without(self, *names: str) -> Stages:
        for n in names:
            self._at(n)
        return Stages([(n, f) for n, f in self._rules if n not in names])

    def until(self, name: str) -> Stages:
        """The stages up to and including `name`: for testing one stage on what the earlier ones read."""
        return Stages(self._rules[: self._at(name) + 1])

    def run(self, reading: Reading) -> Reading:
        for _, fn in self._rules:
            fn(reading)
        return reading


# --- the stages ----------------------------------------------------------------------------------

def find_names(r: Reading) -> None:
    r.index = orgs.index(r.catalogue)
    r.mentions = r.index.find(r.text)


def detect_super_complaint(r: Reading) -> None:
    r.super_complaint, r.super_complaint_confidence, points = complaint.detect(r.text, r.mentions, r.catalogue,
                                                                              r.doc.meta)
    top = max(points, key=points.get) if points else None
    named = frozenset(slug for slug, v in points.items() if v >= scores.COMPLAINT_MIN_SCORE)
    if r.super_complaint is None and top and points[top] >= scores.COMPLAINT_MIN_SCORE:
        # two reports too close to call by their names and words, in a paper that gives each a section: the report
        # is the one whose section clearly holds the answers
        report, _, clear = complaint.report_of_the_answers(r.doc, r.catalogue, r.catalogue.sc_by_slug[top], named)
        if clear:
            r.super_complaint, r.super_complaint_confidence = report, scores.COMPLAINT_BY_SECTIONS
    if r.super_complaint is None:
        kinds = {i: o.kind for i, o in r.index.orgs.items()}
        date = dates.document_date(r.doc, set(), [], meta_date=r.doc.meta.get("published"))
        inferred = complaint.by_circumstance(r.text, date, r.mentions, kinds, r.catalogue)
        if inferred is not None:
            r.super_complaint, r.super_complaint_confidence = inferred, scores.COMPLAINT_BY_CIRCUMSTANCE
            r.warn("super_complaint", f"The document never names its report; {inferred.short_title or inferred.slug} "
                                      "was inferred from its date and the recommendations it answers. Check it.")
            return
        r.warn("super_complaint", "Could not tell which super-complaint this document answers.")
        return
    # a paper on several reports, each in its own section, answers the report its answers stand under (looked for only
    # where a second report has points enough to be named at all: about one document in nine)
    sections: list[tuple[SuperComplaint, int]] = []
    if len(named) >= 2:
        r.super_complaint, sections, _ = complaint.report_of_the_answers(r.doc, r.catalogue, r.super_complaint,
                                                                         named | {r.super_complaint.slug})
    r.other_reports = [(c, r.doc.blocks[i].start) for c, i in sorted(
        {*complaint.other_report_headings(r.doc, r.catalogue, r.super_complaint), *sections}, key=lambda x: x[1])]
    for other in dict.fromkeys(c for c, _ in r.other_reports):
        r.warn("super_complaint", f"The document also answers {other.short_title or other.slug} in a section of its "
                                  f"own; only its answers to {r.super_complaint.short_title or r.super_complaint.slug} "
                                  "are proposed here. Read that section by hand.")


def find_passage_markers(r: Reading) -> None:
    """Markers at the start of blocks, and anchors inside prose (the paragraph is split there, so the
    document the later stages read has one block per anchor; its text is unchanged)."""
    r.doc, inside = anchors.split_at_anchors(r.doc, r.super_complaint, lambda b: block_marker(b) is not None)
    markers = find_markers(r.doc, r.super_complaint)
    marked = {m.block for m in markers}
    r.markers = sorted(markers + [m for i, m in inside.items() if i not in marked], key=lambda m: m.block)


def front_matter(r: Reading) -> None:
    """Where the front matter ends (the first recommendation passage, or a fifth of the text), where the
    title ends, and which force area the document is about (role words like "the Force" take its bodies)."""
    text = r.text
    r.front_end = r.markers[0].start if r.markers else min(len(text), max(1500, len(text) // 5))
    r.title_end = _title_end(r.doc)
    # the site a page is on and a letter's letterhead name the area too, though the text may not
    described = [m for key in ("site", "header", "running") for m in r.index.find(r.doc.meta.get(key, ""))]
    r.primary = orgs.resolve(text, r.mentions, r.index, r.front_end, described)


def appended_letters(r: Reading) -> None:
    r.zones = orgs.foreign_zones(r.doc, r.mentions, r.index, r.primary, r.front_end)
    if r.zones:
        r.mentions = [m for m in r.mentions if not r.inside_zone(m.start)]
        r.markers = [m for m in r.markers if not r.inside_zone(m.start)]


def find_authors(r: Reading) -> None:
    r.authors = authors.find_authors(r.doc, r.mentions, r.index, r.front_end, r.title_end, r.primary)


def find_segments(r: Reading) -> None:
    roles = {"chief_constables" if r.index.orgs[a].kind == "force" else "policing_bodies" for a in r.authors}
    kinds = {r.index.orgs[a].kind for a in r.authors}
    # every author a force, or every one a policing body: the role whose sole recommendation an unnumbered text answers
    sole = {"force": "chief_constables", "policing_body": "policing_bodies"}.get(kinds.pop()) if len(kinds) == 1 \
        else None
    # the kinds of body that wrote it, the commissioners' association counted with the commissioners and the chiefs'
    # council with the forces (each answers for them: "Recommendations 4 and 5 are for chief constables, and every
    # force has taken them on" from the NPCC is its answer)
    own = frozenset(r.index.orgs[a].kind for a in r.authors)
    kinds = own | ({"policing_body"} if "apcc" in r.authors else set()) | ({"force"} if "npcc" in r.authors else set())
    r.segmenter = Segmenter(r.doc, r.super_complaint, roles, r.zones + _other_reports_sections(r), sole,
                            frozenset(kinds), own, frozenset(r.authors))
    r.segments = r.segmenter.segments(r.markers)
    if r.segments and r.authors and _only_the_investigators(r):
        # the inspectorate's own page ("Recommendation 8 asked every body ... The table below lists the responses we
        # have received") says what its report asked and who replied; it answers none of its own recommendations
        r.segments = []


def _other_reports_sections(r: Reading) -> list[tuple[int, int]]:
    """A paper answering two reports in sections of their own ("2. The police response to stalking" ... "3. Safe to
    share?"): the numbers in the other report's section are that report's, not answers to the one chosen. A section
    runs from the heading naming the other report to the next heading that is not a recommendation's own (a
    "Recommendation 5" heading inside it is its subsection) or the next line naming a report. Read only where the
    document names another report in a heading (found once, when the report is chosen)."""
    if not r.other_reports:
        return []
    blocks = r.doc.blocks
    # where any report's section begins, the chosen one's too ("Safe to share?" alone on a line of a text note)
    titles = {blocks[i].start for _, i in complaint.report_title_lines(r.doc, r.catalogue)}
    out = []
    for _, start in r.other_reports:
        end = len(r.text)
        for b in blocks:
            if b.start > start and (b.kind == HEADING and block_marker(b) is None or b.start in titles):
                end = b.start
                break
        out.append((start, end))
    return out


def _only_the_investigators(r: Reading) -> bool:
    """Whether every author investigated the super-complaint and none is a recipient of its recommendations. The
    College, one of the investigators, is left out: its guidance answers what the reports ask of policing, though
    the catalogue seldom names it as a recipient."""
    sc = r.super_complaint
    if sc is None or not all(a in sc.investigated_by for a in r.authors):
        return False
    asked = {c.replace("_", "-") for rec in sc.recommendations for c in rec.recipients} | {"college-of-policing"}
    return not any(a in asked for a in r.authors)


def align(r: Reading) -> None:
    r.segmenter.align(r.segments)
    for message in r.segmenter.warnings:
        r.warn("alignment", message)


def document_date(r: Reading) -> None:
    super_complaint = r.super_complaint
    excluded = set(super_complaint.catalogue_dates) if super_complaint else set()
    if not super_complaint:
        for other in r.catalogue.super_complaints:
            excluded |= other.catalogue_dates
    notes: list[str] = []
    # dates inside a quoted recommendation ("the letter ... dated 29 January 2019") are the report's words
    quoted = [q for seg in r.segments for q in seg.quote]
    r.document_date = dates.document_date(r.doc, excluded, notes, list(r.zones) + quoted, r.doc.meta.get("published"))
    r.document_date_rule = "the latest event the document reports" if notes else ("a dating cue" if r.document_date
                                                                                  else "")
    for message in notes:
        r.warn("document_date", message)


def answers(r: Reading) -> None:
    """One draft per recommendation. Passages for its parts ("Recommendation 7.1", "7.2") are read together
    as one answer with an action per part; of several passages for the recommendation itself (an overview
    and a response), the one that answers it at most length is kept."""
    text = r.text
    chosen: dict[str, Segment] = {}
    parts: dict[str, list[Segment]] = {}
    for s in r.segments:
        for rid in s.ids:
            if len(s.ids) == 1 and s.numbers and _is_part(r, s.numbers[0], rid):
                parts.setdefault(rid, []).append(s)
                continue
            prev = chosen.get(rid)
            if prev is None or _preference(s, text) > _preference(prev, text):
                chosen[rid] = s
    for rid in list(parts):
        if rid not in chosen:
            chosen[rid] = parts[rid].pop(0)
    for rid, s in sorted(chosen.items(), key=lambda kv: kv[1].start):
        group = [s] + parts.get(rid, [])
        d = Draft(
            recommendation=rid,
            segment=s,
            label=s.label,
            span=Span(min(g.start for g in group), max(g.end for g in group)),
            quote=_cover([q for g in group for q in g.quote]),
            answer=_cover([a for g in group for a in g.answer]),
            shared_with=tuple(i for i in s.ids if i != rid) if len(s.ids) > 1 else (),
        )
        d.parts = parts.get(rid, [])
        r.drafts.append(d)


_NAMED = re.compile(r"\brecommendations?\s+(?:no\.?\s*)?(" + _NUMLIST + r")", re.I)


def _own_sentences(text: str, sents: list[tuple[int, int]], d: Draft) -> list[tuple[int, int]]:
    """Of a passage that answers several recommendations ("We accept recommendations 2 and 3. The review
    (recommendation 2) began in the autumn. The protocol (recommendation 3) will follow it."), the sentences
    about this one: those that name it, or name none of the others."""
    if not d.shared_with:
        return sents
    others = set(d.shared_with) - {d.recommendation}
    group = others | {d.recommendation}
    kept = []
    line_of: str | None = None  # the number the last line opened with: its sentences and wrapped pieces follow it
    ordered = sorted(group, key=_id_key)
    gate = _ORDINAL_WORDS.intersection(lowered(text)[sents[0][0]:sents[-1][1]].split()) if sents else ()
    said_of: str | None = None  # the member picked out by its place ("The first of these ..."), for its paragraph
    last = sents[0][0] if sents else 0
    for a, b in sents:
        if said_of and "\n\n" in text[last:a]:
            said_of = None  # the paragraph that picked out a member has ended
        last = b
        named = {normalise_id(n) for m in _NAMED.finditer(text, a, b) for n in expand_numbers(m.group(1))}
        if not named and gate:
            place = _ORDINAL_MEMBER.match(text, a, b)
            if place:
                word = place.group(1).lower()
                k = len(ordered) - 1 if word in ("last", "latter") else 0 if word == "former" else _ORDINALS.index(word)
                said_of = ordered[k] if k < len(ordered) else None
            if said_of:
                named = {said_of}
        if named:
            line_of = None
        else:
            # a line under a group's heading that opens with one of the group's numbers ("11, supervision: complete.",
            # "R12 - on hold ...") is that recommendation's line: the number a line opens with names it as surely as
            # "recommendation 12" would; what follows it, up to the next such line, is still its line
            lead = _LINE_NUMBER.match(text, a, b)
            if lead and normalise_id(lead.group(1)) in group:
                line_of = normalise_id(lead.group(1))
            if line_of:
                named = {line_of}
        if named & others and d.recommendation not in named:
            continue
        kept.append((a, b))
    return kept or sents


# A passage answering a group ("they accept the three recommendations made for policing") that picks out one member
# by its place ("The first of these asks forces to audit ...", "The second recommendation ...") tells, in that
# sentence and the rest of its paragraph, of that member only: the others are read from what is said of the group
# (Decision 49). The members are the group's numbers in order; "the former" / "the latter" and "the last" as a pair's
# or a list's ends
# (a group's members to the tenth: a longer list is not answered member by member in prose)
_ORDINALS = PLACE_WORDS[:10]
_ORDINAL_WORDS = frozenset(_ORDINALS + ("last", "latter", "former"))
_ORDINAL_MEMBER = re.compile(
    r"\W*(?:(?:on|for|as\s+for|turning\s+to|under)\s+)?the\s+(" + "|".join(_ORDINALS) + r"|last|latter|former)\b"
    r"(?:\s+(?:of\s+(?:these|them|those|the\s+(?:three|two|four|five|six)\b)|one\b|recommendation\b))", re.I)


# a line opening with a bare recommendation number and a separator: "11, supervision ...", "12: on hold", "R13 - ...",
# "(14) not started"; not "12 forces have ..." or "2022 saw ..." (no separator after the number)
_LINE_NUMBER = re.compile(r"[\W_]{0,3}(?:r|rec\.?\s*)?(\d{1,2}(?:\.\d{1,2})?[a-k]?)\)?\s*[,:\u2013\u2014-]\s", re.I)


def _is_part(r: Reading, number: str, rid: str) -> bool:
    """"7.1" read as recommendation 7 is one of its parts; "7" is the recommendation itself."""
    return normalise_id(number) != rid and r.super_complaint is not None and r.super_complaint.parent_id(number) == rid


def progress(r: Reading) -> None:
    """Each answer's progress. An answer read from several parts ("7.1", "7.2") sums them up: parts all
    complete make it complete, parts in different states make it in progress."""
    text = r.text
    for d in r.drafts:
        s = d.segment
        label_span = [(s.start, min(s.end, s.start + len(s.label)))]
        sents = _own_sentences(text, status.answer_sentences(text, s.answer), d)
        if len(sents) > 1 and _any_lead(text, s.answer):
            sents = _others_subjects(r, d, sents)
        if len(r.drafts) == 1 and not s.status_cells:
            sents = sents + _work_section(r, d)
        f = status.progress_finding(text, sents, s.status_cells, label_span)
        if d.shared_with and s.status_cells:
            # one row answering several recommendations: its mark of this one by number outranks its one status
            f = status.own_mark(text, sents, d.recommendation) or f
        if d.parts:
            findings = [f] + [status.progress_finding(text, status.answer_sentences(text, p.answer), p.status_cells,
                                                      [(p.start, min(p.end, p.start + len(p.label)))]) for p in d.parts]
            for p, pf in zip(d.parts, findings[1:]):
                d.actions.append(Action(p.numbers[0], status.clean(p.answer_text(text)), "", pf.value,
                                        _cover(p.answer) or Span(p.start, p.end)))
            f = status.combine(findings) or f
        else:
            f = _numbered_parts(r, d, f)
        if f.value == status.NOT_STATED or f.rule.startswith(_READ_BY_WEIGHT):
            # a timeline says by its dates what its words alone (an entry "checklist audited") do not
            f = status.timeline_finding(text, sents, r.document_date) or f
        d.set_progress(f.value, f.confidence, text, f.span, f.rule, explicit=f.confidence >= scores.STATUS_LABEL)


_READ_BY_WEIGHT = ("statistical reader", "weighed cues")

# A later paragraph of an answer that opens by naming its own subject ("On promoting confidence in reporting, the joint
# plan had been drafted ...", "Turning to the safeguarding protocol, ...") speaks of that subject: where its words are
# another recommendation's of the same report and not this one's, the paragraph is that one's answer, not this one's
# (Decision 49), and its work is left out of this answer's progress, up to the next paragraph. A subject of fewer than
# two words of substance, or one this recommendation's own text holds, or one several others' hold, keeps the paragraph
_SUBJECT_LEAD = re.compile(r"\s*(?:on|turning\s+to|as\s+(?:for|to|regards)|regarding|in\s+relation\s+to|"
                           r"with\s+regard\s+to)\s+(?P<subject>[^,:;.]{4,80}?)\s*[,:]", re.I)


# A document that answers one recommendation (a decision record, a short paper) and gives the work its own section
# after the answer ("Decision: I accept recommendation 8 and approve a grant ..." then "Implementation: No work has yet
# begun; recruitment starts in May") tells the answer's progress in that section: the section's heading names the
# work's state, and with one answer in the document there is no other it could be about (Decision 49)
_WORK_HEADING = re.compile(r"\W*(?:\d{1,2}[.)]?\s*)?(?:implementation|progress(?:\s+to\s+date)?|update|current\s+"
                           r"(?:position|status)|delivery|action\s+taken|next\s+steps)\W*$", re.I)


def _work_section(r: Reading, d: Draft) -> list[tuple[int, int]]:
    end = d.segment.end
    blocks = r.doc.blocks
    for i, blk in enumerate(blocks):
        if blk.start < end or not (blk.kind == HEADING or blk.bold) or len(blk.text) > 40:
            continue
        if not _WORK_HEADING.match(blk.text):
            continue
        body = []
        for nxt in blocks[i + 1:]:
            if nxt.kind == HEADING or nxt.bold:
                break
            body.append((nxt.start, nxt.end))
        return status.answer_sentences(r.text, body)
    return []


_LEAD_WORDS = ("\n\non ", "\n\nturning to ", "\n\nas for ", "\n\nas to ", "\n\nas regards ", "\n\nregarding ",
               "\n\nin relation to ", "\n\nwith regard to ")


def _any_lead(text: str, spans: list[tuple[int, int]]) -> bool:
    """The word gate: some paragraph of the answer opens with a subject's lead word."""
    a, b = spans[0][0], spans[-1][1]
    if "\n\n" not in text[a:b]:
        return False
    low = text[a:b].lower()
    return any(w in low for w in _LEAD_WORDS)


def _others_subjects(r: Reading, d: Draft, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    sc = r.super_complaint
    own = sc.recommendation(d.recommendation) if sc else None
    if sc is None or own is None or not own.text or len(sents) < 2:
        return sents
    text = r.text
    out: list[tuple[int, int]] = []
    skipping, last = False, sents[0][1]
    for i, (a, b) in enumerate(sents):
        if i and "\n\n" in text[last:a]:  # a paragraph starts here
            skipping = False
            lead = _SUBJECT_LEAD.match(text, a, b)
            if lead and not _NAMED.search(text, a, b):
                words = {_stem(w) for w in _SUBJECT_WORDS.findall(lead.group("subject").lower())
                         if w not in _GENERIC_HEADING}
                if len(words) >= 2 and not words <= subject_stems(own.text):
                    fits = [rid for rid in sc.ids if rid != d.recommendation and (o := sc.recommendation(rid))
                            and o.text and words <= subject_stems(o.text)]
                    skipping = len(fits) == 1
        last = b
        if not skipping:
            out.append((a, b))
    return out or sents


def _numbered_parts(r: Reading, d: Draft, f: status.Finding) -> status.Finding:
    """Paragraphs of one answer that open with its parts' numbers ("10.1 The module has been added. Complete.",
    "10.2 Refresher training is under way") are its parts, read and summed up like parts with headings of their
    own: one "Complete." must not stand for the whole."""
    rx = re.compile(r"\W{0,3}" + re.escape(d.recommendation) + r"(?:\.\d{1,2}|[a-k])[.):]?\s", re.I)
    spans = [(a, e) for a, e in d.segment.answer if rx.match(r.text, a, e)]
    if len(spans) < 2:
        return f
    findings = []
    for a, e in spans:
        pf = status.progress_finding(r.text, status.answer_sentences(r.text, [(a, e)]), ())
        findings.append(pf)
        number = rx.match(r.text, a, e).group().strip(" .):")
        d.actions.append(Action(number.strip(), status.clean(r.text[a:e]), "", pf.value, Span(a, e)))
    return status.combine(findings) or f


def action_plan(r: Reading) -> None:
    """A table with dated update columns and sub-recommendation rows: each dated column becomes an update
    with its own as-of date and text span, each sub-recommendation an action with its owner, and the
    progress is what the latest update says (the earlier ones are history)."""
    text = r.text
    for d in r.drafts:
        s = d.segment
        if not s.rows:
            continue
        action_findings = []
        for row in s.rows:
            if row.sub or row.cells_of("owner"):
                latest = _latest_cells(row, s.update_columns) or row.cells_of("status") or row.cells_of("answer")
                f = status.progress_finding(text, status.answer_sentences(text, latest), row.cells_of("status"))
                action_findings.append(f)
                owner = " ".join(text[a:b] for a, b in row.cells_of("owner"))
                body = row.cells_of("answer") or latest
                d.actions.append(Action(row.sub or d.recommendation, status.clean(" ".join(text[a:b] for a, b in body)),
                                        owner, f.value, _cover(list(row.cells.values()))))
        for col in s.update_columns:
            cells = [row.cells[col.index] for row in s.rows if col.index in row.cells
                     and row.cells[col.index][1] > row.cells[col.index][0]]
            if not cells:
                continue
            f = status.progress_finding(text, status.answer_sentences(text, cells))
            d.updates.append(Update(col.as_of, col.header, status.clean(" ".join(text[a:b] for a, b in cells)), f.value,
                                    _cover(cells)))
        if d.updates and not (d.explicit and s.status_cells):
            # the latest update says where the work stands; the earlier ones are its history
            latest_col = next(c for c in reversed(s.update_columns) if c.header == d.updates[-1].label)
            cells = [row.cells[latest_col.index] for row in s.rows if latest_col.index in row.cells]
            f = status.progress_finding(text, status.answer_sentences(text, cells))
            if d.actions:
                # each action's own latest update, summed up (their texts read together would blur them)
                parts = [a for a in action_findings if a.value != status.NOT_STATED]
                f = status.combine(([] if len(parts) == len(action_findings) else [f]) + parts) or f
            if f.value != status.NOT_STATED:
                d.set_progress(f.value, max(f.confidence, scores.LATEST_UPDATE if f.confidence >= scores.STATUS_LABEL
                                            else f.confidence), text, f.span,
                               f"the latest dated update ({d.updates[-1].label}): {f.rule}", explicit=d.explicit)


def _latest_cells(row, columns) -> list[tuple[int, int]]:
    for col in reversed(columns):
        span = row.cells.get(col.index)
        if span and span[1] > span[0]:
            return [span]
    return []


def position(r: Reading) -> None:
    """What each answer says about accepting its recommendation; failing that, what the document says about
    all of them ("we accept all the recommendations made to chief constables"); failing that, work done or
    under way implies the recommendation was accepted (with a lower confidence)."""
    text = r.text
    whole = _document_position(r)
    # a position the document states elsewhere, on named recommendations or all of them, read once when needed
    said: tuple[dict[str, status.Finding], status.Finding] | None = None
    response: bool | None = None  # whether the document calls itself a response, read once when needed
    for d in r.drafts:
        s = d.segment
        label_span = [(s.start, min(s.end, s.start + len(s.label)))]
        f = status.position_finding(text, label_span + _own_sentences(text, status.answer_sentences(text, s.answer), d))
        if f.span and f.rule.startswith("explicit"):
            f = _own_clause(text, f, d.recommendation)
        if f.value == status.NOT_STATED and whole is not None:
            # the front matter's statement, read in the clause that names this recommendation where it names several
            # ("accepts recommendations 2 to 6 and accepts recommendation 1 in part")
            f = _own_clause(text, whole, d.recommendation)
            if f is not whole:
                f = status.Finding(f.value, whole.confidence, f.span, whole.rule + " (its own clause)")
        elif f.value == status.NOT_STATED:
            # work done or under way is no statement of position: a tracker, an action plan, minutes, a board
            # paper or a news item reports progress, and an analyst records the position as not stated unless the
            # document says it somewhere ("I accept both recommendations", "we accept every recommendation made
            # to chief constables", after the answers or between them)
            if said is None:
                said = _position_said_anywhere(r)
            named, collective = said
            f = named.get(d.recommendation) or collective
            if f.value == status.NOT_STATED and d.progress in _WORK and (
                    response if response is not None else (response := _calls_itself_a_response(r))):
                # a response to the recommendations that answers one by what it does ("Recommendation 2. Officers
                # have trialled ..., and we intend to use it across the force") takes it up: the document exists
                # to give the writer's position, and the work is that position
                f = status.Finding(status.ACCEPTED, scores.POSITION_FROM_PROGRESS, f.span,
                                   "a response that answers by work done or under way implies it was accepted")
        d.set_position(f.value, f.confidence, text, f.span, f.rule)


# where one clause of a sentence ends and the next begins: "accepts recommendations 2 to 6 and accepts recommendation 1
# in part", "we accept recommendation 3; we do not accept recommendation 4", "... but not recommendation 5"
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:and|but|while|whereas)\s+", re.I)


def _own_clause(text: str, f: status.Finding, rid: str) -> status.Finding:
    """A statement of position that names several recommendations, each with its own position ("accepts
    recommendations 2 to 6 and accepts recommendation 1 in part"), read in the clause that names this one."""
    a, b = f.span
    named = [(m, {normalise_id(n) for n in expand_numbers(m.group(1))}) for m in _NAMED.finditer(text, a, b)]
    if len(named) < 2 or not any(rid in ids for _, ids in named) or all(rid in ids for _, ids in named):
        return f
    cuts = [a] + [m.end() for m in _CLAUSE_BREAK.finditer(text, a, b)] + [b]
    for start, end in zip(cuts, cuts[1:]):
        if any(rid in ids and start <= m.start() < end for m, ids in named):
            own = status.position_finding(text, [(start, end)])
            if own.value != status.NOT_STATED:
                return status.Finding(own.value, own.confidence, f.span, own.rule + " (its own clause)")
            return f
    return f


_ALL_RECOMMENDATIONS = re.compile(r"\brecommendations\b", re.I)


def _document_position(r: Reading) -> status.Finding | None:
    """A position the document takes on all its recommendations, in its front matter."""
    text = r.text
    first = min([d.span.start for d in r.drafts], default=r.front_end)
    end = min(first, len(text))
    # the word found in the lower-cased text first (the whole text's, made once), each sentence searched only where
    # it holds it; where lower-casing moves positions or a letter re.I reads as an ASCII one is there, every sentence
    low = lowered(text)
    if len(low) != len(text) or not (text.isascii() or not any(c in text for c in ASCII_FOLDS)):
        sents = [(a, b) for a, b in sentences(text, 0, end) if _ALL_RECOMMENDATIONS.search(text[a:b])]
    elif low.find("recommendations", 0, end) < 0:
        sents = []  # no sentence of the front matter names them (the filter below would keep none)
    else:
        sents = [(a, b) for a, b in sentences(text, 0, end)
                 if low.find("recommendations", a, b) >= 0 and _ALL_RECOMMENDATIONS.search(text[a:b])]
    f = status.position_finding(text, sents)
    if f.value == status.NOT_STATED:
        return None
    return status.Finding(f.value, min(f.confidence, scores.POSITION_DOCUMENT), f.span,
                          "the document's position on all its recommendations")


# a statement of position on all the document's recommendations, wherever it stands: "accepts both", "I accept both
# recommendations", "accept every recommendation made to chief constables", "would accept everything it asked of
# chief constables", "we accept all of them", "accepts the recommendations made to chief constables"
_COLLECTIVE = re.compile(r"\b(?:accept|agree|support)\w*\s+(?:(?:all|both|each|every|everything|them|the)\b)|"
                         r"\b(?:all|both|every|each)\s+(?:of\s+(?:them|the|its|our|your)\s+)?(?:\w+\s+)?"
                         r"recommendations?\b[^.]{0,60}\b(?:accept|agree)", re.I)
_COLLECTIVE_GATE = re.compile(r"accept|agree", re.I)
_WORK = (status.COMPLETE, status.IN_PROGRESS, status.AWAITING)
# the front matter of a document that is the writer's response to the recommendations, not an update on them
_RESPONSE_TO = re.compile(r"\bresponse\s+to\s+(?:the\s+)?(?:recommendations|report|super-?complaint|"
                          r"[\w\s'\u2019-]{0,40}super-?complaint)\b|\brespond(?:s|ing)?\s+to\s+the\s+recommendations\b|"
                          r"\b(?:the|our|a)\s+(?:formal\s+|joint\s+|full\s+)?response\s+(?:of|from)\b|"
                          # a letter to the report's authors answering it: "Dear Inspector", "Dear HM Chief Inspector"
                          r"\bdear\s+(?:(?:hm|her\s+majesty's|his\s+majesty's)\s+)?(?:chief\s+)?inspector\b", re.I)
_UPDATE_KIND = re.compile(r"\b(?:update|progress|tracker|minutes|action\s+plan|agenda|board|panel|"
                          r"as\s+at|one\s+year|months\s+on)\b", re.I)


def _calls_itself_a_response(r: Reading) -> bool:
    first = min([d.span.start for d in r.drafts], default=r.front_end)
    front = r.text[:min(first, 1500)]
    return bool(_RESPONSE_TO.search(front)) and not _UPDATE_KIND.search(front)


_NOTHING_SAID = status.Finding(status.NOT_STATED, scores.POSITION_NOT_STATED, None, "nothing said about the position")


def _position_said_anywhere(r: Reading) -> tuple[dict[str, status.Finding], status.Finding]:
    """A position the document states outside the answers and the front matter: on recommendations it names
    ("The Commissioner accepts recommendations 2 to 6 and accepts recommendation 1 in part" in an introduction
    after the front matter), each read in its own clause; and on all its recommendations ("I accept both
    recommendations" in a closing paragraph, a chief constable's "we accept every recommendation made to chief
    constables" quoted after the news item's account of the work)."""
    text = r.text
    named: dict[str, status.Finding] = {}
    sents: list[tuple[int, int]] = []  # the statements on all of them
    seen: set[tuple[int, int]] = set()
    one: tuple[int, int] | None = None  # a single recommendation accepted, unnumbered (Decision 50)
    # only the sentences holding "accept" or "agree" are read, each split from its own paragraph (the whole text is
    # never split: most documents say these words only inside their answers, or nowhere). The words found by str.find
    # in the lower-cased text (`textutil.finditer`): the case-blind pattern was tried at every "a" of the document
    for hit in finditer(_COLLECTIVE_GATE, text, lowered(text)):
        p = hit.start()
        lo = max(text.rfind("\n\n", 0, p) + 2, p - 600, 0)
        hi = text.find("\n\n", p)
        hi = min(len(text) if hi < 0 else hi, p + 600)
        for a, b in sentences(text, lo, hi):
            if not a <= p < b or (a, b) in seen:
                continue
            seen.add((a, b))
            if (_COLLECTIVE.search(text, a, b) and _ALL_RECOMMENDATIONS_SAID.search(text, a, b)) or (
                    text.find("of which", a, b) >= 0 and _SET_THEN_ACCEPTED.search(text, a, b)):
                # (Decision 50) or the set named first, its acceptance in a relative clause after it ("the three
                # recommendations ..., all of which I accepted"), tried only where "of which" stands
                sents.append((a, b))
            if "ecommendation" not in text[a:b]:
                continue
            if one is None and len(r.drafts) == 1 and (m := _ACCEPTS_ONE.search(text, a, b)) \
                    and not _DENIED.search(text, a, m.end()):
                one = (a, b)
            ids = [normalise_id(n) for m in _NAMED.finditer(text, a, b) for n in expand_numbers(m.group(1))]
            if not ids:
                continue
            f = status.position_finding(text, [(a, b)])
            if f.value == status.NOT_STATED or not f.rule.startswith("explicit"):
                continue
            for rid in ids:
                own = _own_clause(text, f, rid)
                found = status.Finding(own.value, min(own.confidence, scores.POSITION_DOCUMENT), own.span,
                                       own.rule + ", stated outside its answer")
                named.setdefault(rid, found)
                # a part accepted ("has accepted recommendation 3a", the part for commissioners) speaks for the
                # writer's answer to the whole recommendation when nothing else does
                named.setdefault(rid.rstrip("abcdefghijk"), found)
    if not sents and one is not None and not named:
        # (Decision 50) the count of one: "The Commissioner has accepted a national recommendation to strengthen
        # community scrutiny" in a news item answering one recommendation names that one, as "accepted the three
        # recommendations" names all three in a paper answering three (Decision 41)
        return named, status.Finding(status.ACCEPTED, scores.POSITION_DOCUMENT, one,
                                     "explicit statement of position on the one recommendation it answers")
    if not sents:
        return named, _NOTHING_SAID
    f = status.position_finding(text, sents)
    answered = {d.recommendation.rstrip("abcdefghijk") for d in r.drafts}
    if f.value == status.NOT_STATED:
        # the statement patterns want the recommendations named: "accepts both", "would accept everything it
        # asked of chief constables" name them by a word for all of them
        for a, b in sents:
            m = _ACCEPTS_ALL.search(text, a, b)
            if m and not _DENIED.search(text, a, m.end()):
                f = status.Finding(status.ACCEPTED, scores.POSITION_DOCUMENT, (a, b), "explicit statement of position")
                break
            m = _ACCEPTS_COUNTED.search(text, a, b)
            if m and not _DENIED.search(text, a, m.end()) and _count(m.group(1)) >= len(answered):
                # "In December 2022 the NPCC accepted the three key recommendations made to policing": a definite
                # count of recommendations names all of them, so long as it counts at least those the document
                # answers ("accepted the two recommendations for forces" in a paper answering five says nothing of
                # the other three)
                f = status.Finding(status.ACCEPTED, scores.POSITION_DOCUMENT, (a, b),
                                   "explicit statement of position on a counted set of recommendations")
                break
            m = _SET_THEN_ACCEPTED.search(text, a, b)
            if m and not _DENIED.search(text, m.start("which"), m.end()) and (
                    not m.group(1) or _count(m.group(1)) >= len(answered)):
                # (Decision 50) "an update on the three recommendations for policing in the report ..., all of
                # which were accepted by chiefs in December 2022", "the recommendations made to commissioners, all
                # of which I accepted in my response": the set named first, each of it accepted in a relative
                # clause; a count must cover those the document answers, as the counted acceptance's does
                f = status.Finding(status.ACCEPTED, scores.POSITION_DOCUMENT, (a, b),
                                   "explicit statement of position on a named set of recommendations, all accepted")
                break
    if f.value == status.NOT_STATED:
        return named, _NOTHING_SAID
    return named, status.Finding(f.value, min(f.confidence, scores.POSITION_DOCUMENT), f.span,
                                 "the document's position on all its recommendations, stated outside the answers")


# acceptance of all of them by a word for all of them, unless denied before it ("we cannot accept both")
_ACCEPTS_ALL = re.compile(r"\baccept(?:s|ed)?\s+(?:both|everything|all\s+of\s+them|them\s+all|"
                          r"all\s+(?:the|its|their)\s+recommendations|every\s+recommendation)\b", re.I)
# acceptance of a definite counted set: "accepted the three key recommendations", "accepts all 12 recommendations",
# "has accepted the four recommendations made to it" (the count read by `_count`)
_COUNT_WORDS = {w: n for n, w in enumerate(NUMBER_WORDS[1:13], 1)}  # one to twelve: a report's count of recommendations
_ACCEPTS_COUNTED = re.compile(r"\baccept(?:s|ed)?\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(\d{1,2}|"
                              + "|".join(_COUNT_WORDS) + r")\s+(?:[\w'\u2019-]+\s+){0,2}?recommendations\b", re.I)


# the set named, then its acceptance in a relative clause: "the three recommendations made to commissioners, all of
# which I accepted", "..., both of which the force has accepted", "..., all of which were accepted by chiefs" (the
# count, where given, read by `_count`; the words between "which" and the verb are its subject and auxiliary)
_SET_THEN_ACCEPTED = re.compile(r"(?:\b(?:the|its|their|our|these|all)\s+(\d{1,2}|" + "|".join(_COUNT_WORDS)
                                + r")\s+(?:[\w'\u2019-]+\s+){0,2}?)?recommendations\b[^.;]{0,120}?,\s*"
                                r"(?P<which>(?:all|both|each)\s+of\s+which)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                                r"accept(?:s|ed)?\b", re.I)


# one recommendation accepted, unnumbered, by a word for one: "has accepted a national recommendation to ...",
# "accepted the recommendation made to commissioners", "accepts the one recommendation addressed to it" (a numbered
# one is read as named; "recommendations" is a set)
_ACCEPTS_ONE = re.compile(r"\baccept(?:s|ed)?\s+(?:a|the|one|its|the\s+one|this)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                          r"recommendation\b(?!s|\s+\d)", re.I)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower(), 0)


_DENIED = re.compile(r"\bnot\b|n't\b|\bnever\b|\bcannot\b|\bunable\b|\bneither\b", re.I)


# what the collective statement is about: recommendations, or "both", "all of them", "everything it asked"
_ALL_RECOMMENDATIONS_SAID = re.compile(r"\brecommendations\b|\bboth\b|\ball of them\b|\bevery\s+recommendation\b|"
                                       r"\beverything\b|\bthem all\b", re.I)


_UPDATE_REC = re.compile(r"\b(?:provide|publish|submit|send)\s+(?:an?\s+|their\s+)?(?:update|progress\s+report|"
                         r"report\s+on\s+progress)", re.I)
_UPDATE_SAID = re.compile(r"\b(?:this\s+(?:update|response|report|document|letter)|provide\s+an\s+update|"
                          r"(?:an|this)\s+update)\b", re.I)


# A recommendation whose one act is a review ("Review the relevant legal framework and policy ...", "By 27 March 2025,
# review whether the right specialist services have been commissioned ..."): the act asked for is the review, so an
# answer saying that review is done answers it in full, whatever the writer goes on to do with its findings ("We have
# completed the review ... We are introducing a protocol": the protocol is the review's outcome, not the recommendation
# still under way). A recommendation with a second act ("review and update their training", "conduct an assessment
# ... and take any necessary steps") is not done by its review
_REVIEW_ONLY_REC = re.compile(r"\W*(?:by\s+[^,]{3,30},\s*)?(?:work\s+together\s+to\s+)?review\b(?![^.]*?\band\s+"
                              r"(?:update|take|implement|introduce|develop|put|make|ensure|publish|act|build|amend|"
                              r"change|revise|provide|deliver)\b)", re.I)
_REVIEW_DONE = re.compile(r"\b(?:have|has|had)\s+(?:now\s+)?(?:completed|concluded|finished)\s+(?:the|our|its|their|"
                          r"this|a|that)\s+(?:[\w-]+\s+){0,3}?review\b|\breview\b[^.;]{0,100}?\b(?:is|was|has\s+been|"
                          r"had\s+been)\s+(?:now\s+)?(?:complete[d]?|concluded|finished)\b", re.I)


_REVIEW_SHARE_WORDS = ("remaining", "the rest", "remainder", "still to", "yet to", "not yet", "others")


def _review_asked_done(r: Reading, d: Draft, rec_text: str) -> bool:
    """The recommendation asks for a review only, and the answer, read under way, says that review is done."""
    if d.progress != status.IN_PROGRESS or not _REVIEW_ONLY_REC.match(rec_text):
        return False
    rule = d.progress_reason.rule if d.progress_reason else ""
    if not rule.startswith(("statistical", "weighed", "work done", "a step done")):
        return False
    text = r.text
    said = next(((a, b) for a, b in d.segment.answer if _REVIEW_DONE.search(text, a, b)), None)
    if said is None:
        return False
    if any(w in d.segment.answer_text(text).lower() for w in _REVIEW_SHARE_WORDS):
        # the review done by some, the rest still to come ("29 had completed their review and the remaining 14
        # expected to finish by March"): a share of it, under way
        return False
    span = _sentence_with(text, said, _REVIEW_DONE)
    done = _REVIEW_DONE.search(text, *span)
    if done is None or status.negated_before(text, span[0], done.start()):
        return False  # "we have not yet completed the review"
    d.set_progress(status.COMPLETE, scores.MIXED_STATUS_CELLS, text, span,
                   "the recommendation asks for a review and the answer says it is done")
    return True


# The other way about (Decision 49): a recommendation that asks for a review and for the remedy where the review finds
# the thing missing ("review whether the right services have been commissioned ... provide the necessary services where
# they do not exist", "... and fill any gaps it finds") is not done by a review that found the gap: an answer read done
# on the sentence telling the review finished and what it found missing ("The review, completed in December, found
# that the county has no dedicated service") has the remedy the recommendation asks for still to come, unless the
# answer says it is in place. A review that found nothing missing is the whole of it
_REMEDY_WHERE_MISSING = re.compile(r"\bwhere\s+(?:they|it|these|such\s+\w+|there\s+(?:is|are))\s+(?:do|does|is|are)?\s*"
                                   r"(?:not\s+(?:exist|in\s+place|available|provided)|none|no\b|gaps?)|"
                                   r"\b(?:fill|close|address)\s+(?:any|the)\s+gaps?\b|\bwhere\s+(?:gaps|needed|"
                                   r"necessary|required|lacking|missing)\b", re.I)
_GAP_FOUND = re.compile(r"\b(?:found|identified|showed|shows|concluded|confirmed|highlighted)\b(?:\s+that)?[^.]{0,80}?"
                        r"(?:\bno\b|\bnot\b|n't\b|\bgaps?\b|\black(?:s|ing)?\b|\bwithout\b|\binsufficient\b|"
                        r"\bshortfalls?\b|\bunmet\b|\bmissing\b)", re.I)
# the review done, also told by its participle ("The review, completed in December, found ...")
_REVIEW_FINISHED = re.compile(_REVIEW_DONE.pattern + r"|\breview\b(?:\s+of\s+[\w\s'-]{1,60}?)?,?\s+"
                              r"(?:now\s+|which\s+was\s+)?"
                              r"(?:completed|concluded|finished)\b", re.I)
# the remedy said to be in place after all ("the service is now in place", "has since been commissioned")
_REMEDY_IN_PLACE = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|since\s+)?(?:in\s+place|live|running|"
                              r"commissioned|operational|provided)\b", re.I)


def _review_found_gap(r: Reading, d: Draft, rec_text: str) -> bool:
    if d.progress != status.COMPLETE or d.progress_reason is None or d.progress_reason.span is None:
        return False
    if not d.progress_reason.rule.startswith(_READ_BY_WEIGHT) or not _REMEDY_WHERE_MISSING.search(rec_text):
        return False
    text = r.text
    a, b = d.progress_reason.span.start, d.progress_reason.span.end
    done = _REVIEW_FINISHED.search(text, a, b)
    if done is None or status.negated_before(text, a, done.start()):
        return False
    gap = _GAP_FOUND.search(text, a, b)
    if gap is None or any(_REMEDY_IN_PLACE.search(text, x, y) for x, y in d.segment.answer):
        return False
    d.set_progress(status.IN_PROGRESS, scores.MIXED_STATUS_CELLS, text, (a, b),
                   "the review asked for is done and found a gap: the remedy the recommendation asks for is to come")
    return True


def update_request(r: Reading) -> None:
    """A recommendation asking for an update is complete when the document says it is that update; one asking only
    for a review, when the answer says the review is done (`_REVIEW_ONLY_REC`)."""
    text, super_complaint = r.text, r.super_complaint
    for d in r.drafts:
        if d.explicit:
            continue
        rec = super_complaint.recommendation(d.recommendation) if super_complaint else None
        rec_text = (rec.text if rec and rec.text else "") or d.segment.quote_text(text)
        if "review" in rec_text[:60].lower() and (_review_asked_done(r, d, rec_text)
                                                   or _review_found_gap(r, d, rec_text)):
            continue
        if not _UPDATE_REC.search(rec_text[:200]):
            continue
        said = next(((a, b) for a, b in d.segment.answer if _UPDATE_SAID.search(text[a:b])), None)
        if said:
            span = _sentence_with(text, said, _UPDATE_SAID)
            d.set_progress(status.COMPLETE, scores.UPDATE_IS_THE_DOCUMENT, text, span,
                           "the recommendation asks for an update and this document is it")


def action_counts(r: Reading) -> None:
    text = r.text
    for d in r.drafts:
        counts = refs.action_counts(d.segment.answer_text(text))
        if not counts:
            continue
        d.action_counts = ActionCounts(counts["total"], counts.get("completed"), counts.get("in_progress"),
                                       counts.get("outstanding"))
        if not d.explicit and counts.get("completed") is not None:
            # "20 actions ... eight of these are completed" says how far the work has got
            done = counts["completed"] >= counts["total"]
            d.progress = status.COMPLETE if done else status.IN_PROGRESS
            d.confidence = scores.ACTION_COUNTS
            d.progress_reason = Reason("counts of completed actions", d.evidence, d.progress_reason.span
                                       if d.progress_reason else None)


def references(r: Reading) -> None:
    text, known = r.text, r.index.known_names
    for d in r.drafts:
        s = d.segment
        # the references a document gives the recommendation in any passage of its own (an overview row kept as the
        # answer, and the section headed "Recommendation 1 (HMICFRS ref SC1-R1)") are the answer's
        spans = s.ref_spans + [sp for o in r.segments if o is not s and o.ids == [d.recommendation]
                               for sp in o.ref_spans]
        d.references = tuple(refs.references(" ".join(text[a:b] for a, b in spans)))
        d.mentions = tuple(refs.named_bodies(s.answer_text(text), known))


_FULFILS = re.compile(r"\bthis\s+(?:\w+\s+){0,2}(?:fulfils|fulfills|discharges|satisfies|meets|completes)\s+"
                      r"recommendation\s+(" + _NUM + r")", re.I)


def fulfils(r: Reading) -> None:
    """'This update fulfils recommendation 8': the document itself answers it."""
    text, super_complaint = r.text, r.super_complaint
    low = lowered(text)
    if not any(w in low for w in ("fulfil", "discharges", "satisfies", "meets", "completes")):
        return
    have = {d.recommendation for d in r.drafts}
    cat_ids = set(super_complaint.ids) if super_complaint else set()
    for m in _FULFILS.finditer(text):
        for rid in expand_numbers(m.group(1)):
            if rid in have or (cat_ids and rid not in cat_ids):
                continue
            span = next(((a, b) for a, b in sentences(text, max(0, m.start() - 300), min(len(text), m.end() + 300))
                         if a <= m.start() < b), (m.start(), m.end()))
            seg = Segment([rid], "fulfils", text[span[0]:span[1]][:200], span[0], span[1], [], answer=[span], ids=[rid])
            d = Draft(rid, seg, seg.label, Span(*span), answer=Span(*span))
            d.set_progress(
                status.COMPLETE, scores.FULFILS, text, span, "the document says it fulfils the recommendation"
            )
            r.drafts.append(d)
            have.add(rid)


def calibrate(r: Reading) -> None:
    """Raw progress scores to calibrated confidences: the share of such readings that were right on the
    development documents (`calibration.py`, ADR 0008)."""
    for d in r.drafts:
        if d.progress != status.NOT_STATED:  # "nothing said" is not a reading to be sure of: it stays low
            d.confidence = calibration.calibrate(d.confidence)


def review_warnings(r: Reading) -> None:
    r.drafts.sort(key=lambda d: (d.span.start, _id_key(d.recommendation)))
    if not r.drafts:
        r.warn("no_responses", "No response to a recommendation was found.")
    for d in r.drafts:
        if d.confidence < scores.LOW_CONFIDENCE:
            r.warn("low_confidence", f"Recommendation {d.recommendation}: progress '{d.progress}' is a "
                                     f"low-confidence reading ({d.confidence:.2f}); please check it.", d.recommendation)


DEFAULT_STAGES = Stages([
    ("names", find_names),
    ("super_complaint", detect_super_complaint),
    ("markers", find_passage_markers),
    ("front_matter", front_matter),
    ("appended_letters", appended_letters),
    ("authors", find_authors),
    ("segments", find_segments),
    ("alignment", align),
    ("document_date", document_date),
    ("answers", answers),
    ("progress", progress),
    ("action_plan", action_plan),
    ("position", position),
    ("update_request", update_request),
    ("action_counts", action_counts),
    ("references", references),
    ("fulfils", fulfils),
    ("calibration", calibrate),
    ("review_warnings", review_warnings),
])


def analyse(doc: Document, filename: str, catalogue: Catalogue, stages: Stages = DEFAULT_STAGES) -> ExtractionResult:
    try:
        # read from the spelt-out text, shown in the organisation's own words (Decision 33)
        return in_verbatim(stages.run(Reading(doc, filename, catalogue)).result(), doc)
    finally:
        forget_sentences()  # the stages' sentence memo holds this document's text: not kept past its reading


# --- helpers ------------------------------------------------------------------------------------

def _title_end(doc: Document) -> int:
    """The title: the first block, and the short lines right under it (a byline, a letterhead's second line)."""
    if not doc.blocks:
        return 0
    end = doc.blocks[0].end
    for b in doc.blocks[1:3]:
        if len(b.text) > 80 or b.kind == "table_row":
            break
        end = b.end
    return min(end, 600)


def _id_key(rid: str):
    m = re.match(r"(\d+)", rid or "")
    return (int(m.group(1)) if m else 999, rid)


def _preference(s: Segment, text: str) -> tuple:
    # a response or a table row first; then a passage about this recommendation alone over one that names it among
    # others ("The Chief Constable has accepted recommendations 1, 2, 4 and 5" in a summary, before "Recommendation 1:
    # complete. ..."): the summary speaks of all of them at once, the line of this one; then the longer
    return (s.kind in ("response", "row"), len(s.ids) == 1, len(s.answer_text(text)))


def _cover(spans: list[tuple[int, int]]) -> Span | None:
    """The one span from the first part's start to the last part's end."""
    if not spans:
        return None
    return Span(min(a for a, _ in spans), max(b for _, b in spans))


def _sentence_with(text: str, span: tuple[int, int], rx) -> tuple[int, int]:
    for a, b in sentences(text, *span):
        if rx.search(text[a:b]):
            return a, b
    return span
