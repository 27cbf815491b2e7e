"""Progress and position of one response, with a confidence and the sentence that shows it.

Explicit statements ("consider this recommendation implemented and complete", "Status:
in progress", "we accept this recommendation") decide. Without one, cues are weighed
(awaiting national guidance, drafts, plans, completed work) and the result carries a
lower confidence; below `scores.LOW_CONFIDENCE` the caller adds a warning rather than guess silently.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rectrack.core.vocabulary import Position, Progress

from . import scores
from .learned import model, unframed
from .textutil import NUMBER_WORDS, can_match, finditer, sentences

COMPLETE, IN_PROGRESS, AWAITING, NOT_STARTED, NOT_STATED = (
    Progress.COMPLETE, Progress.IN_PROGRESS, Progress.AWAITING_NATIONAL, Progress.NOT_STARTED, Progress.NOT_STATED)
ACCEPTED, PARTIAL, NOT_ACCEPTED = Position.ACCEPTED, Position.PARTIALLY_ACCEPTED, Position.NOT_ACCEPTED

_JUDGE = (r"(?:consider|considers|considered|deem|deems|deemed|regard|regards|regarded|assess|assesses|assessed|"
          r"believe|believes|believed|class|classes|classed|classify|classified|rate|rates|rated|judge|judges|judged)")
# (a count between the determiner and the noun is still all of them: "accepted the three recommendations made to
# forces", "accepts its two recommendations")
_THIS = (r"(?:this|the|that|these|your|its|their|all\s+(?:of\s+)?(?:the\s+|your\s+|its\s+)?)\s*"
         r"(?:(?:" + "|".join(NUMBER_WORDS[2:13]) + r"|\d{1,2})\s+)?recommendations?")
_AS = r"\s+(?:to\s+(?:be|have\s+been)\s+|as\s+(?:being\s+)?|is\s+|has\s+been\s+|now\s+)*(?:now\s+|being\s+|fully\s+)*"
_DONE = (r"(?:implemented(?:\s+and\s+complete[d]?)?|complete[d]?|discharged|closed|met|achieved|delivered|fulfilled|"
         r"finished)\b")
_ONGOING = (
    r"(?:in\s+progress|ongoing|on-going|partially\s+(?:implemented|complete[d]?|met|achieved)|being\s+(?:progressed|"
    r"implemented|worked\s+on|addressed)|open|on\s+track|under\s+way|underway|not\s+yet\s+(?:complete[d]?|"
    r"fully\s+implemented|closed))\b"
)
_WAIT = r"(?:awaiting|pending|on\s+hold|deferred|dependent\s+on|reliant\s+on)\b"
_NOT_YET = r"(?:not\s+(?:yet\s+)?(?:started|commenced|begun|progressed)|yet\s+to\s+(?:start|begin|commence))\b"

_NUMBERED_EARLY = r"recommendations?\s+\d{1,2}[a-k]?(?:\.\d{1,2})?"
_EXPLICIT = [
    (COMPLETE, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _THIS + _AS + _DONE, re.I)),
    (IN_PROGRESS, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _THIS + _AS + _ONGOING, re.I)),
    (AWAITING, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _THIS + _AS + _WAIT, re.I)),
    (NOT_STARTED, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _THIS + _AS + _NOT_YET, re.I)),
    (COMPLETE, re.compile(r"\b" + _THIS + r"\s+(?:is|has\s+been|was|have\s+been|are)\s+(?:now\s+)?(?:fully\s+)?"
                          + _DONE, re.I)),
    (IN_PROGRESS, re.compile(r"\b" + _THIS + r"\s+(?:is|remains|are|remain)\s+(?:still\s+|currently\s+)?" + _ONGOING,
                             re.I)),
    (AWAITING, re.compile(r"\b" + _THIS + r"\s+(?:is|remains|are|remain)\s+(?:still\s+|currently\s+)?" + _WAIT, re.I)),
    (NOT_STARTED, re.compile(r"\b" + _THIS + r"\s+(?:has|have)\s+" + _NOT_YET, re.I)),
    (COMPLETE, re.compile(r"\b(?:we\s+are|(?:the\s+)?force\s+is|is)\s+(?:now\s+)?fully\s+compliant\s+with\s+" + _THIS,
                          re.I)),
    # "we are partially compliant with this recommendation", "not yet fully compliant": part of the way
    (IN_PROGRESS, re.compile(r"\b(?:are|is|am|remain|remains)\s+(?:now\s+|currently\s+|still\s+)?(?:only\s+)?"
                             r"(?:partially|partly|largely|mostly|not\s+yet\s+fully)\s+compliant\s+with\s+" + _THIS,
                             re.I)),
    # "We accept this recommendation and it is now fully implemented."
    (COMPLETE, re.compile(_THIS + r"\b.{0,60}?\b(?:it|this)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:fully\s+)?" + _DONE,
                          re.I)),
]
# "The first is done: ...", "The second of these is under way": an ordinal standing for a recommendation the
# document just listed (anchors.py opened the passage there)
_ORDINAL_SUBJECT = (r"^\W*(?:and\s+|but\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|former|latter|last|final)"
                    r"(?:\s+of\s+(?:these|them|those))?(?:\s+(?:recommendation|one))?")
_EXPLICIT += [
    (COMPLETE, re.compile(_ORDINAL_SUBJECT + r"\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:fully\s+)?(?:done\b|" + _DONE
                          + ")", re.I)),
    (IN_PROGRESS, re.compile(_ORDINAL_SUBJECT + r"\s+(?:is|remains)\s+(?:still\s+|currently\s+)?" + _ONGOING, re.I)),
    (NOT_STARTED, re.compile(_ORDINAL_SUBJECT + r"\s+(?:has|have)\s+" + _NOT_YET, re.I)),
]
# "Recommendation 7 is done", "recommendation 5 has already been met": a numbered recommendation as the subject
_EXPLICIT += [
    # ... several of them, as a list or a range, and what they cover between commas: "Recommendations 11 to 14,
    # covering supervision and victim contact, are complete" (the subject is the numbers, whatever stands between);
    # the word shortened as an email or a tracker shortens it ("Recs 7 and 10"), and a quantifier standing after the
    # verb for the whole subject ("are both delivered", "have each been met"): the same statement
    (COMPLETE, re.compile(r"\b(?:recommendations?|recs?\.?)\s+\d{1,2}[a-k]?(?:\.\d{1,2})?"
                          r"(?:\s*(?:,|and|to|-|\u2013)\s*\d{1,2}[a-k]?(?:\.\d{1,2})?)*(?:\s*,[^.;]{1,160}?,)?"
                          r"\s+(?:is|has\s+been|was|have\s+been|are|have\s+(?:both|all|each)\s+been)\s+"
                          r"(?:now\s+|already\s+|all\s+|both\s+|each\s+)*(?:fully\s+)?(?:done\b|" + _DONE + ")",
                          re.I)),
]
# the writer's verdict on the work as a whole: "This completes our work on the recommendation", "every part of it had
# been delivered", "all elements of recommendation 4 are now in place"
_EXPLICIT += [
    (COMPLETE, re.compile(r"\b(?:this|that|which|it)\s+(?:now\s+)?(?:completes|concludes|finishes|closes)\s+(?:all\s+)?"
                          r"(?:our|the|its|their|my|the\s+force's)\s+(?:work|action|actions|response)\s+(?:on|for|under)\s+"
                          r"(?:" + _THIS + r"|" + _NUMBERED_EARLY + r")", re.I)),
    # "The new service meets recommendation 15", "this fulfils the recommendation": what was done answers it
    (COMPLETE, re.compile(r"(?:^|[,;:]\s*|\b(?:it|this|which|that)\s+|\bthe\s+[\w'-]+(?:\s+[\w'-]+){0,12}?\s+)"
                          r"(?:now\s+|fully\s+|therefore\s+)?(?:meets|fulfils|fulfills|satisfies|discharges)\s+(?:"
                          + _THIS + r"|" + _NUMBERED_EARLY + r")", re.I)),
    (COMPLETE, re.compile(r"\b(?:every|each|all)\s+(?:the\s+)?(?:parts?|elements?|strands?|aspects?)\s+of\s+(?:it|this|"
                          + _THIS + r"|" + _NUMBERED_EARLY + r")\s+(?:has|had|have|is|are)\s+(?:now\s+)?(?:been\s+)?"
                          r"(?:fully\s+)?(?:" + _DONE + r"|in\s+place)", re.I)),
]
# "We deem recommendation 7 met", "the board considers recommendation 2 discharged": the writer's verdict on a numbered
# recommendation decides, whatever other work the passage goes on to
_NUMBERED = r"recommendations?\s+\d{1,2}[a-k]?(?:\.\d{1,2})?"
_EXPLICIT += [
    (COMPLETE, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _NUMBERED + _AS + _DONE, re.I)),
    (IN_PROGRESS, re.compile(_JUDGE + r"\s+(?:that\s+)?" + _NUMBERED + _AS + _ONGOING, re.I)),
]
_ORDINAL_OPENS = re.compile(_ORDINAL_SUBJECT + r"\s", re.I)
_DONE_WORDS = ("implement", "complete", "discharg", "closed", " met", "achiev", "deliver", "fulfil", "finish")
_ONGOING_WORDS = ("progress", "going", "partial", "being", "open", "track", "under", "not yet")
_WAIT_WORDS = ("await", "pending", "hold", "defer", "depend", "reliant")
_NOT_YET_WORDS = ("not", "yet")
_EXPLICIT_NEEDLES = [_DONE_WORDS, _ONGOING_WORDS, _WAIT_WORDS, _NOT_YET_WORDS, _DONE_WORDS, _ONGOING_WORDS, _WAIT_WORDS,
                     _NOT_YET_WORDS, ("compliant",), ("compliant",), _DONE_WORDS, _DONE_WORDS + ("done",),
                     _ONGOING_WORDS, _NOT_YET_WORDS, _DONE_WORDS + ("done",),
                     ("complet", "conclud", "finish", "closes"),
                     ("meets", "fulfils", "fulfills", "satisfies", "discharges"),
                     _DONE_WORDS + ("in place",), _DONE_WORDS, _ONGOING_WORDS]
assert len(_EXPLICIT_NEEDLES) == len(_EXPLICIT)
# "Status: Complete", "RAG: Green", a status column
_STATUS_LABEL = re.compile(r"\b(?:current\s+)?(?:status|progress|rag(?:\s+rating)?|position)\s*[:\-\u2013]\s*(.{2,40})",
                           re.I)
_STATUS_LABEL_WORDS = ("status", "progress", "rag", "position")  # one of which every label's match holds
_STATUS_WORDS = [
    (NOT_STARTED, re.compile(r"^\W*(?:not\s+(?:yet\s+)?(?:started|commenced|begun))\b", re.I)),
    (AWAITING, re.compile(r"^\W*(?:awaiting|pending|on\s+hold|deferred|waiting)\b", re.I)),
    (IN_PROGRESS, re.compile(r"^\W*(?:in\s+progress|ongoing|on-going|partially|partly|amber|open|on\s+track|underway|"
                             r"under\s+way|started|not\s+(?:yet\s+)?complete|on\s+(?:target|schedule)|"
                             r"(?:to|on)\s+(?:plan|schedule|target)|in\s+train)\b", re.I)),
    (COMPLETE, re.compile(r"^\W*(?:complete[d]?|closed|implemented|fully\s+implemented|discharged|achieved|green|"
                          r"done|delivered|met|embedded|business\s+as\s+usual|bau|superseded|blue)\b", re.I)),
]

# A sentence that is nothing but a status ("Complete.", "Partially implemented.", "RAG status: Green",
# "Not yet started", "Complete – the policy was amended"): as explicit as a status column.
_LABEL = r"(?:(?:current\s+|overall\s+)?(?:status|progress|rag(?:\s+(?:status|rating))?|position)\s*[:\-\u2013]?\s*)?"
# ... also after a list line's own number and subject ("11, supervision of investigations: complete.", "R4 - training:
# in progress"): a group's lines under one heading each give their own status (these patterns are tried only on a
# sentence that opens with a digit or an "r": `_LINE_OPENERS`)
_LINE_LEAD = r"(?:(?:r|rec\.?\s*)?\d{1,2}(?:\.\d{1,2})?[a-k]?\)?\s*[,:\-\u2013]\s+(?:[^:;.\d]{1,60}:\s+)?)?"
_LINE_OPENERS = frozenset("0123456789rR")


def _line_opens(s: str) -> bool:
    """The sentence may open with a list line's own number ("11, ...", "R4 - ...", "Rec. 4: ..."), so the patterns
    that allow one are worth trying (a first-character test: most sentences open otherwise)."""
    if s[:1] not in _LINE_OPENERS:
        s = s.lstrip(" \t\n*\u2022-\u2013(")
        if s[:1] not in _LINE_OPENERS:
            return False
    return s[:1].isdigit() or s[1:2].isdigit() or s[1:3].lower() == "ec" and not s[3:4].isalpha()
_PHRASES = [
    (NOT_STARTED, r"not\s+(?:yet\s+)?(?:started|commenced|begun)|yet\s+to\s+(?:start|begin|commence)"),
    (
        AWAITING,
        r"(?:awaiting|pending|waiting\s+(?:for|on)|on\s+hold|deferred)(?:\s+(?:the\s+)?(?:national|home\s+office|"
        r"npcc|college|guidance|review|legislation|decision|outcome|direction|protocol)\b)*",
    ),
    (
        IN_PROGRESS,
        r"in\s+progress|work\s+in\s+progress|wip|ongoing|on-going|(?:partially|partly)(?:\s+(?:implemented|"
        r"complete[d]?|met|achieved|delivered))?|amber|open|on\s+track|under\s*way|in\s+train|started|in\s+development|"
        r"not\s+(?:yet\s+)?(?:complete[d]?|fully\s+implemented|closed)",
    ),
    (
        COMPLETE,
        r"(?:fully\s+)?(?:complete[d]?|implemented(?:\s+and\s+complete[d]?)?|met|achieved|delivered)|closed|"
        r"discharged|green|done|embedded|business\s+as\s+usual|bau",
    ),
]
# the status, then its end, a dash or colon and more, or "and" and more ("Implemented and being monitored through the
# Gold group", "Complete and now business as usual"): the opening words say how far the work has got
_STATUS_ONLY, _STATUS_ONLY_LINE = (
    [(p, re.compile(r"^\W*" + lead + _LABEL + r"(?:" + rx + r")(?:[\W_]*$|\s*[\-\u2013\u2014:;]\s+\S|\s+and\s+\w)",
                    re.I)) for p, rx in _PHRASES] for lead in ("", _LINE_LEAD))
_NATIONAL_BODY = (r"(?:national|npcc|national\s+police\s+chiefs|college(?:\s+of\s+policing)?|home\s+office|government|"
                  r"legislation|ministry)")
# "Awaiting national guidance from the College of Policing on ...": a status opening the sentence
# ... also after "TBC" ("TBC pending the College's guidance", "TBC: needs a national release"): a date to be confirmed
# because the work waits on a national body
_AWAITING_OPENS, _AWAITING_OPENS_LINE = (
    re.compile(r"^\W*" + lead + _LABEL + r"(?:tbc\W+)?(?:awaiting|pending|waiting\s+(?:for|on)|on\s+hold|"
               r"(?<=tbc\W)\W*(?:needs?|requires?|depends\s+on|dependent\s+on))\b[^.;]{0,120}?\b"
               + _NATIONAL_BODY, re.I) for lead in ("", _LINE_LEAD))


# "Superseded by the new orders": closed, nothing more to do under it (a tracker's word for a finished line)
_SUPERSEDED = re.compile(r"^\W*" + _LABEL + r"superseded\s+by\b", re.I)


_SHARE_ONLY = re.compile(r"^\W*(?:(?:rec(?:ommendation)?|action)\s*\d{1,2}(?:\.\d{1,2})?[a-k]?\s*[\-\u2013:]\s*)?"
                         r"(\d{1,3})(?:\.\d)?\s*(?:%|per\s*cent)(?:\s+(?:complete[d]?|done|delivered|implemented))?"
                         r"(?:[\W_]*$|\s*[\-\u2013\u2014:;,]\s+\S)", re.I)


# A form's status line with a box for every option, one ticked ("Status: \u2610 Not started \u2610 In progress
# \u2612 Complete", "[ ] Open [x] Closed", "Not started \u2610  Under way \u2611  Done \u2610"): the ticked option is
# the status, and the words of the others say nothing
_BOX = re.compile(r"\[\s?\]|\[[xX\u2713\u2714]\]|[\u2610\u2611\u2612\u2713\u2714\u2705\u25a1]")
_TICKED = frozenset(("\u2611", "\u2612", "\u2713", "\u2714", "\u2705"))
_BOX_CHARS = ("[", "\u2610", "\u2611", "\u2612", "\u2713", "\u2714", "\u2705", "\u25a1")
_BOX_PREFIX = re.compile(r"^\W*(?:[\w ]{1,30}:)?\W*$")


def ticked_label(s: str) -> str | None:
    """The words of the one ticked option of a line of check boxes; "" for a line of boxes with none or several
    ticked (its words say nothing); None for a line without boxes."""
    if not any(c in s for c in _BOX_CHARS):
        return None
    boxes = list(_BOX.finditer(s))
    marked = [k for k, b in enumerate(boxes) if b.group() in _TICKED or "x" in b.group().lower()
              or "\u2713" in b.group() or "\u2714" in b.group()]
    if len(boxes) < 2:
        return None
    if len(marked) != 1:
        return ""
    k = marked[0]
    box_first = bool(_BOX_PREFIX.match(s[:boxes[0].start()]))
    if box_first:
        label = s[boxes[k].end():boxes[k + 1].start() if k + 1 < len(boxes) else len(s)]
    else:
        label = s[boxes[k - 1].end() if k else 0:boxes[k].start()]
    return label.strip(" \t:;,.-|")


# a form's position line ("Position: \u2612 Accepted \u2610 Partially accepted") is no progress: "partially accepted"
# is not "partially implemented"
_POSITION_OPTION = re.compile(r"^\W*(?:(?:partially|partly|fully|not)\s+)?(?:accepted|agreed|rejected|supported)\b|"
                              r"^\W*accepted\s+in\s+(?:part|principle)\b", re.I)


def _box_position(label: str) -> str | None:
    """The position a ticked option's words give ("Accepted", "Partly agreed", "Not supported"), or None."""
    m = _POSITION_OPTION.match(label)
    if not m:
        return None
    low = label.lower()
    if low.lstrip(" \t:;,.-|[]").startswith(("not", "rejected")):
        return NOT_ACCEPTED
    if "part" in low or "principle" in low:
        return PARTIAL
    return ACCEPTED


def ticked(s: str) -> str | None:
    """The progress a line of check boxes gives by its one ticked option, or None."""
    return _ticked_progress(ticked_label(s))


def _ticked_progress(label: str | None) -> str | None:
    if not label or _POSITION_OPTION.match(label):
        return None
    return status_only(label) or next((p for p, rx in _STATUS_WORDS if rx.search(label)), None)


def status_only(s: str) -> str | None:
    """The progress a sentence states and nothing else, or None."""
    if len(s) > 200:
        return None
    if "%" in s or "cent" in s:
        m = _SHARE_ONLY.match(s)
        if m:  # a share done, on its own: none is not started, all is done, any other share is under way
            share = int(m.group(1))
            return NOT_STARTED if share == 0 else COMPLETE if share >= 100 else IN_PROGRESS
    line = _line_opens(s)
    for prog, rx in _STATUS_ONLY_LINE if line else _STATUS_ONLY:
        if rx.match(s):
            return prog
    if (_AWAITING_OPENS_LINE if line else _AWAITING_OPENS).match(s):
        return AWAITING
    if _SUPERSEDED.match(s):
        return COMPLETE
    return None


# Cues: (progress, weight, pattern). Weighed when nothing explicit is said.
_NATIONAL = (r"\b(?:national|npcc|national\s+police\s+chiefs|college(?:\s+of\s+policing)?|home\s+office|government|"
             r"legislation|legislative|ministry|hmicfrs)")
class _Windowed:
    """A cue read in steps: a trigger word, then within a window of the same clause (no "." or ";") the
    next pattern, and so on. One pattern with nested variable-length gaps would backtrack at every word."""

    def __init__(self, trigger: str, *steps: tuple[str, int]):
        self.trigger = re.compile(trigger, re.I)
        self.steps = [(re.compile(rx, re.I), width) for rx, width in steps]

    def finditer(self, text: str, low: str | None = None):
        for m in finditer(self.trigger, text, low):
            pos = m.end()
            for rx, width in self.steps:
                window = text[pos:pos + width]
                cut = min((i for i in (window.find("."), window.find(";")) if i >= 0), default=len(window))
                found = rx.search(window, 0, cut)
                if not found:
                    break
                pos += found.end()
            else:
                yield m


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
          r"autumn|winter|new\s+year)")


class _FuturePlan:
    """"An assessment will be commissioned in the autumn, once this year's contracts have been let": something
    that will be done at a later time or once something else has happened, said in a sentence that reports
    no work under way ("we are working with ... ; these will be shared in the spring" is under way)."""

    _PLAN = re.compile(
        r"\b(?:will|shall|should|is\s+to|are\s+to)\s+(?:only\s+)?(?:be\s+[a-z]+ed|start|begin|commence)\b|"
        # "a survey is due to be procured in the spring"; not the end of work going on ("we are drafting a leaflet; it
        # is due to be launched in June")
        r"(?:(?<=\bis\s)|(?<=\bare\s))due\s+to\s+(?:be\s+(?!published|completed|finished|launched|delivered|concluded|"
        r"finali[sz]ed)"
        r"[a-z]+ed|start|begin|commence)\b|"
        # "the guidance is due for its annual revision in October": the revision is the plan
        r"(?:(?<=\bis\s)|(?<=\bare\s))due\s+for\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:scheduled\s+|next\s+|annual\s+|"
        r"planned\s+)?"
        r"(?:review|refresh|update|revision|renewal)\b|"
        r"(?:^|(?<=[.\n|]))\s*to\s+be\s+[a-z]+ed\b|"  # a note: "To be designed once training ends."
        # deferred: "we will look again once the new orders have been piloted"
        r"\b(?:will|shall)\s+(?:look\s+(?:at\s+(?:this|it)\s+)?again|revisit|reconsider|return\s+to)\b", re.I)
    # an act still to come: "we will agree the wording with the Commissioner in the autumn", "I will commission an
    # assessment in Spring 2022", "the Commissioner will fund an adviser from April"; not the end of work already
    # going ("will finish in June"), nor oversight of the work ("the Commissioner will review progress again")
    _ACT = re.compile(
        r"(?=[ws])\b(?:will|shall)\s+(?!be\b|not\b|have\b|finish|end\b|ends\b|complet|conclud|continu|remain|keep|still|"
        r"also\s+(?:finish|complet)|monitor|check|report|update|(?:\w+\s+){1,2}progress\b|"
        # oversight of the work, not the work: "will ask for a further report", "will receive an update"
        r"ask\s+(?:for\s+)?(?:a\s+|an\s+)?(?:further\s+|new\s+|another\s+)?(?:update|report)|receive|scrutini|"
        # "I will consider the results once the review ends": reading the work's results, not the work
        r"(?:look\s+at|consider|read|study)\s+(?:the\s+|its\s+|their\s+)?(?:findings|results|outcomes?)\b)"
        r"[a-z]{3,}\b", re.I)
    # its doer: a pronoun, or a few words after "the", "my", "our", "this" (read back from "will": one pattern
    # tried from every "the" of the text would cost more than all the other cues)
    _DOER = re.compile(r"(?:\b(?:we|i|they|it|he|she)|\b(?:the|my|our|this)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+$", re.I)
    # a named time or a condition; "next year" is left out: said of a committed review it reads as under way
    # (a quarter is a named time too: "starting in quarter 2", "in Q4", "next quarter")
    _WHEN = re.compile(r"\b(?:once|after|until|when|in\s+(?:the\s+)?" + _MONTH + r"|from\s+" + _MONTH + r"|"
                       r"(?:in|from|during|by)\s+(?:the\s+)?(?:q[1-4]|quarter\s+(?:[1-4]|one|two|three|four)|"
                       r"(?:first|second|third|fourth|final|last)\s+quarter)|next\s+quarter)\b", re.I)
    # ... or work done beside the plan: "my office has mapped the services, and we will commission one from April"
    _UNDER_WAY = re.compile(r"\b(?:is|are|am)\s+(?:now\s+|already\s+|currently\s+|still\s+)?(?:being\s+)?"
                            r"[a-z]{3,}ing\b|\b(?:has|have)\s+(?:already\s+|now\s+)?(?:begun|started|(?!been\b)[a-z]{3,}ed)\b|"
                            # "it has been piloted in two regions since February": running, not a plan
                            r"\b(?:has|have)\s+been\s+(?:piloted|trialled|trialed|tested|running|operating|in\s+(?:use|"
                            r"place|operation))\b|\balready\b", re.I)

    def finditer(self, text: str, low: str | None = None):
        found = {m.start(): m for m in finditer(self._ACT, text, low)
                 if self._DOER.search(text, max(0, m.start() - 50), m.start())}
        found.update((m.start(), m) for m in finditer(self._PLAN, text, low))  # one cue where both read the same words
        for m in (found[k] for k in sorted(found)):
            # a single newline is a hard-wrapped line inside the sentence (text converted from PDF), not its end
            a = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()) + 1) + 1
            e = min((x for x in (text.find(".", m.end()), text.find("\n\n", m.end())) if x >= 0), default=len(text))
            if self._WHEN.search(text, m.end(), min(e, m.end() + 100)) and not self._under_way(text, a, e):
                yield m

    @classmethod
    def plans(cls, text: str, a: int, b: int) -> bool:
        """The sentence at a:b holds a plan with a time or a condition and no work under way."""
        low = text[a:b].lower()
        if not any(w in low for w in ("will", "shall", "should", "is to", "are to", "to be", "due")):
            return False
        return next(cls().finditer(text[a:b]), None) is not None

    _CONDITION = re.compile(r"\b(?:once|after|when|until|before|if|unless)\b[^.;,]{0,40}$", re.I)

    def _under_way(self, text: str, a: int, e: int) -> bool:
        """Work under way or done in the sentence, outside a condition ("after forces have completed theirs" is
        not work of ours done)."""
        return any(not self._CONDITION.search(text, max(a, u.start() - 45), u.start())
                   or self._REST.search(text, max(a, u.start() - 45), u.start())
                   for u in self._UNDER_WAY.finditer(text, a, e))

    # "once the last forces have finished", "when the remaining teams have been trained": the others have
    _REST = re.compile(r"\b(?:the\s+)?(?:last|remaining|rest\s+of\s+the|other)\s+[^.;,]{0,30}$", re.I)


class _Intention(_FuturePlan):
    """"We intend to appoint a lead", "we plan to commission a review": an intention, in a sentence that reports no
    work done or under way ("we have trained two teams and intend to train the rest" is under way)."""

    _INTEND = re.compile(r"\b(?:plan|plans|planning|aim|aims|intend|intends|intending)\s+to\b", re.I)

    def finditer(self, text: str, low: str | None = None):
        for m in finditer(self._INTEND, text, low):
            a = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()) + 1) + 1
            e = min((x for x in (text.find(".", m.end()), text.find("\n\n", m.end())) if x >= 0), default=len(text))
            if not self._under_way(text, a, e):
                yield m


class _AcceptedThenWill(_FuturePlan):
    """"The office accepts recommendation 6 and will ask the force for a joint plan", "the board accepted it, and
    will set up a group to take it on": an acceptance and what will follow it, with nothing yet done or
    under way in what follows, is an intention (not started), though it names no time."""

    # read in two steps: the acceptance (a rare word), then "and ... will" in the same clause after it (one pattern
    # with a lazy gap was tried from every "accept" to the clause's end, and cost more than the other plan cues)
    _ACCEPT = re.compile(r"\baccept(?:s|ed)?\b", re.I)
    _THEN_WILL = re.compile(r",?\s+and\s+(?:(?:we|they|i|he|she|it)\s+)?will\s+"
                            r"(?!not\b|continue|keep|still|remain|also\s+continue|be\s+(?:monitor|review|report))"
                            r"[a-z]{3,}", re.I)

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        return (self._ACCEPT,)

    def finditer(self, text: str, low: str | None = None):
        low = text.lower() if low is None else low
        if "will" not in low:
            return  # no "will", no intention
        for m in finditer(self._ACCEPT, text, low):
            window = text[m.end():m.end() + 120]
            cut = min((i for i in (window.find("."), window.find(";")) if i >= 0), default=len(window))
            w = self._THEN_WILL.search(window, 0, cut)
            if not w:
                continue
            end = m.end() + w.end()
            e = min((x for x in (text.find(".", end), text.find("\n\n", end)) if x >= 0), default=len(text))
            if not self._under_way(text, end, e):
                yield m


class _HeldForNational:
    """"The leaflet is drafted but we are keeping it back: the Home Office will publish a national version":
    local work held back, with no "until", because a national body's own product is on its way. Read only where the
    answer names a national body and says its product is to come (a hold for a local reason is no national wait)."""

    _HELD = re.compile(r"\b(?:holding|held|hold(?:s)?|keeping|kept)\s+(?:(?:it|them|this|these|that)\s+)?"
                       r"(?:off|back)\b", re.I)
    _COMING = re.compile(_NATIONAL + r"\b[^.;]{0,80}?\b(?:is\s+coming|are\s+coming|"
                         r"coming\s+(?:out|soon|via|from|through)|"
                         r"on\s+(?:its|their)\s+way|in\s+development|being\s+(?:developed|produced|written|prepared|drafted)|"
                         r"(?:is|are)\s+(?:now\s+)?(?:developing|producing|writing|preparing|drafting)|"
                         r"will\s+(?:publish|issue|produce|release|bring\s+out))\b|"
                         r"\bnational\s+(?:product|package|guidance|version|toolkit|resource)\s+(?:is|was)\s+"
                         r"(?:coming|due|planned|on\s+its\s+way|being\s+(?:developed|produced|written))\b", re.I)

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        return (self._HELD,)

    def finditer(self, text: str, low: str | None = None):
        low = text.lower() if low is None else low
        if " back" not in low and " off" not in low:
            return
        found = list(finditer(self._HELD, text, low))
        if found and self._COMING.search(text):  # the whole answer searched only when a hold was found
            yield from found


_LONE_WILL = 0.5


class _WaitsOnNamed:
    """Work paused, or waiting on a thing the answer names by a pronoun ("that guidance", "its review", "it"), in an
    answer that names a national body: read with the sentence before it, the wait is for that body."""

    _PAUSED = re.compile(r"\b(?:paused|on\s+hold|suspended|deferred|held\s+back|hold(?:ing)?\s+off|held\s+off)\b"
                         r"[^.;]{0,60}?\b(?:while|until|pending|awaiting|following)\b", re.I)
    _WAIT = re.compile(
        r"\b(?:wait(?:s|ing)?\s+(?:for|on)|await(?:s|ing)?|pending)\s+(?:that|this|it|them|its|their)\b|"
        # "when that advice is issued", "until its review concludes": the thing waited for, whatever its name
        r"\b(?:until|once|when|after)\s+(?:it|they|(?:that|its|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
        r"(?:(?:is|are|has\s+been|have\s+been)\s+(?:published|issued|agreed|finali[sz]ed|released|available|complete[d]?|concluded|settled|approved|"
        r"confirmed|out|ready|known)|concludes|reports|ends|finishes|completes|is\s+over)\b", re.I)

    _NAMED = re.compile(_NATIONAL, re.I)

    _EITHER = re.compile(_PAUSED.pattern + "|" + _WAIT.pattern, re.I)  # one pass over the answer, not two

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        return (self._EITHER,)

    _NAMED_WORDS = ("national", "npcc", "college", "office", "government", "legislat", "ministry", "hmicfrs")

    def finditer(self, text: str, low: str | None = None):
        low = text.lower() if low is None else low
        if not any(w in low for w in self._NAMED_WORDS):
            return  # no national body's word in the answer: nothing to wait on (a word test first: the rest costs more)
        found = [m for rx in self.patterns for m in finditer(rx, text, low)]
        if found and self._NAMED.search(text):  # the whole answer searched only when a wait was found
            yield from found


_CUES = [
    (
        AWAITING,
        3,
        _Windowed(
            r"\b(?:await(?:s|ing|ed)?|wait(?:s|ing)?\s+(?:for|on)|pending|dependent\s+(?:up)?on|"
            r"depend(?:s|ing|ent)?\s+(?:up)?on|subject\s+to|until)\b",
            (_NATIONAL, 80),
        ),
    ),
    (
        AWAITING,
        3,
        re.compile(r"\bbefore\b[^.;]{0,60}\btak(?:e|es|ing)\s+any\s+(?:definitive\s+|further\s+)?action", re.I),
    ),
    (
        AWAITING,
        1,
        _Windowed(
            r"\b(?:once|when|upon\s+receipt\s+of|following)\b",
            (_NATIONAL + r"\b", 100),
            (
                r"\b(?:published|received|concluded|finali[sz]ed|issued|available|clear|agreed|"
                r"complete[d]?)",
                80,
            ),
        ),
    ),
    (
        AWAITING,
        1,
        re.compile(
            r"\b(?:national\s+(?:steer|direction|guidance|protocol)\s+(?:is|has|once|when)|"
            r"clearer\s+national|guidance\s+(?:has\s+been\s+|was\s+)?sought|"
            r"shaped\s+by\s+the\s+" + _NATIONAL + r")",
            re.I,
        ),
    ),
    # "we will adopt whatever position the national lead agrees", "we will follow the national approach once it has
    # been agreed": the answer waits for a national decision
    (
        AWAITING,
        3,
        _Windowed(
            r"\b(?:adopt|follow|apply|implement|align\s+(?:with|to)|abide\s+by)\s+(?:whatever|any|the)\b",
            (_NATIONAL + r"\b", 60),
            (r"\b(?:agree[sd]?|decide[sd]?|settle[sd]?|once|when|until|eventual|emerging|"
             r"not\s+yet\s+(?:concluded|reported|published|finished|been\s+(?:agreed|published)))\b", 80),
        ),
    ),
    # (?=[...]): the first letters of the alternatives, so the engine skips every other position at once
    (
        IN_PROGRESS,
        1,
        re.compile(
            r"(?=[oucidpanwbfgtsr])\b(?:ongoing|on-going|underway|under\s+way|in\s+progress|"
            r"is\s+being|are\s+being|"
            r"currently\s+(?:being\s+)?\w+ing|in\s+draft|draft(?:ed|ing)?|developing|"
            r"next\s+steps|"
            r"continu(?:e|es|ing)\s+to|work\s+is\s+continuing|consult(?:ation|ed|ing)\s+on|"
            r"being\s+consulted|further\s+(?:work|action)|gap\s+analysis|to\s+be\s+completed|"
            r"still\s+needs|needs\s+to\s+be|room\s+for\s+improvement|in\s+discussion|"
            r"(?:will|to)\s+be\s+(?:reviewed|updated|developed|launched|delivered|taken\s+forward)|"
            r"work\s+is\s+(?:ongoing|continuing|underway))\b",
            re.I,
        ),
    ),
    (IN_PROGRESS, _LONE_WILL, re.compile(r"\bwill\b(?!\s+not\b)", re.I)),  # plans are weak evidence of work under way
    # "New form built; in test.", "on trial in two districts": made, but not yet in use
    (IN_PROGRESS, 2, re.compile(r"\b(?:in|under)\s+(?:test|testing|trial|pilot)\b|\bon\s+trial\b|\bbeing\s+"
                                r"(?:tested|trialled|trialed|piloted)\b|"
                                # "it has been piloted in two areas since May": a trial running, not the work done
                                r"\b(?:has|have)\s+been\s+(?:tested|trialled|trialed|piloted)\s+(?:in|since|for|with|"
                                r"across|at|by)\b", re.I)),
    (
        IN_PROGRESS,
        1,
        re.compile(
            r"(?=[ia])\b(?:is|are|am)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?!waiting|awaiting|"
            r"being\b|going\s+to|meeting\b|exceeding\b)[a-z]{3,}ing\b",
            re.I,
        ),
    ),  # "they are reviewing"
    (
        NOT_STARTED,
        2,
        re.compile(
            r"(?=[wiap])\b(?:will|is\s+due\s+to|are\s+due\s+to|plans?\s+to|intends?\s+to)\s+"
            r"(?:start|begin|commence)\b",
            re.I,
        ),
    ),
    (
        COMPLETE,
        1,
        re.compile(
            r"(?=[haiwcmfd])\b(?:(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:completed|implemented|put\s+in\s+place|"
            r"embedded|delivered|introduced|established|finished|concluded|published|launched|added|rolled\s+out|"
            r"amended|rewritten|reissued)|"
            # "was published with the force in December": done, told in the past
            r"(?:was|were)\s+(?:completed|implemented|published|launched|introduced|delivered|rolled\s+out|issued|"
            r"finished|put\s+in\s+place)|"
            # "..., completing recommendation 1": the work done meets the recommendation
            r"(?<=,\s)(?:completing|meeting|fulfilling|discharging)\s+(?:this\s+|the\s+)?recommendation|"
            r"went\s+live|(?:is|are)\s+(?:now\s+)?live|live\s+since|already\s+(?:in\s+place|exists?|established|"
            # "the force's processes already follow the guidance": in place before the report asked
            r"has|have|a\s+well|follows?|meets?|compl(?:y|ies)|records?|reviews?|provides?|offers?)|(?:is|are)\s+(?:fully\s+)?compliant|(?:is|are|was)\s+complete[d]?)\b",
            re.I,
        ),
    ),
    (
        NOT_STARTED,
        2,
        re.compile(
            r"(?=[nyh])\b(?:not\s+yet\s+(?:started|begun|commenced)|(?:has|have|had)\s+not\s+(?:yet\s+)?"
            r"(?:started|begun|commenced)|no\s+(?:work|action|progress)\s+"
            r"(?:has|have)\s+(?:yet\s+)?been|yet\s+to\s+(?:start|begin|commence))\b",
            re.I,
        ),
    ),
    # "the review is half way through", "two of our four divisions": part of the work is done
    (
        IN_PROGRESS,
        2,
        re.compile(r"(?=[hptfarnoml\d])(?:(?=[hptf\d])\b(?:half|part)[\s-]?way\s+(?:through|there|done)|\b(?P<n>two|three|four|five|\d{1,3})\s+of\s+"
                   # "23 of an estimated 60 files": a count against the whole still to do
                   r"(?:our\s+|the\s+|its\s+|an?\s+(?:expected|estimated|planned)\s+|a\s+total\s+of\s+)?(?!(?P=n)\b)(?:three|four|five|six|seven|eight|ten|\d{1,3})\b|"
                   # "around 80 per cent of officers have completed it; the remainder are booked on it"
                   # (not after "by": "has dropped by 30 per cent" measures an effect, not a share of the work done)
                   # (each branch asks for its look-behind only at its own first letters: at every word it cost more)
                   r"\b(?:(?=[1-9])(?<!\bby\s)[1-9]\d?(?:\.\d)?\s*(?:per\s*cent|%)|(?=[arnoml])(?<!\bby\s)(?:about|around|"
                   r"roughly|nearly|almost|over|more\s+than|less\s+than)\s+(?:half|a\s+third|two\s+thirds|a\s+quarter|"
                   r"three\s+quarters))(?=\W|$)|"
                   r"\bthe\s+(?:remainder|rest|remaining\s+\w+)\s+(?:are|is|will|have\s+been)\s+(?:booked|scheduled|"
                   r"due|planned|being)\b)", re.I),
    ),
    # "I have asked the Chief Constable to include ...": work set in train
    (
        IN_PROGRESS,
        1,
        re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:asked|commissioned|tasked|instructed)\s+(?:the\s+|our\s+|my\s+)?"
                   r"[\w\s]{2,40}?\s+to\s+[a-z]", re.I),
    ),
    # "work starts in January", "the review begins next month": the work's start is still to come
    (
        NOT_STARTED,
        2,
        re.compile(r"\b(?:starts|begins|commences)\s+(?:in|on|next|once|when|after|from)\b", re.I),
    ),
    # "an assessment will be commissioned in the autumn, once the contracts are let": a plan with a future date or
    # a condition, in a sentence that reports no work under way
    (NOT_STARTED, 2, _FuturePlan()),
    # "we intend to appoint a lead", "we plan to commission a review": an intention, with nothing yet done (work
    # done or under way in the answer outweighs it)
    (NOT_STARTED, 1, _Intention()),
    # "accepts recommendation 6 and will ask the force for a plan": acceptance, then an intention
    (NOT_STARTED, 2, _AcceptedThenWill()),
    # "a stop-gap paper log has been in use since May" while the system change waits on a supplier: a stopgap in use
    # says the work itself is not done
    (
        IN_PROGRESS,
        2,
        re.compile(r"\b(?:interim|temporary|stopgap|stop-gap)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been|"
                   r"was|were)\s+(?:now\s+)?(?:in\s+place|introduced|live|operating|running|in\s+use)\b", re.I),
    ),
    # "Nothing has happened yet", "nothing written so far", "no changes have been made yet": nothing begun (a cue
    # of its own behind its words: in the pattern above, it was tried at every word opening with "n")
    (
        NOT_STARTED,
        2,
        re.compile(r"\b(?:nothing\s+(?:has\s+)?(?:moved|happened|changed|been\s+done|started|begun|drafted|written)\s+"
                   r"(?:yet|so\s+far)|no\s+changes?\s+(?:has|have)\s+(?:yet\s+)?been)\b", re.I),
    ),
    # "we will not be taking it forward": nothing will be done
    (
        NOT_STARTED,
        2,
        re.compile(r"\b(?:will|shall)\s+not\s+be\s+(?:taking|implementing|adopting|pursuing|progressing|changing|"
                   r"making|introducing)\b", re.I),
    ),
    # "now part of the board's normal business", "this is now how we work day to day": business as usual
    (
        COMPLETE,
        2,
        re.compile(r"\bpart\s+of\s+(?:our|the|its|their|my)\s+(?:[\w'\u2019]+\s+){0,2}?(?:normal|usual|routine|"
                   r"day[\s-]to[\s-]day|everyday|core|standard)\s+(?:business|work|practice|activity|activities)\b|"
                   r"\bhow\s+we\s+(?:now\s+)?work\s+(?:day[\s-]to[\s-]day|every\s+day)\b|\b(?:is|are)\s+now\s+routine\b|"
                   # "has been fully in place since January and is now business as usual"
                   r"\b(?:is|are|has\s+become|have\s+become)\s+(?:now\s+)?(?:simply\s+)?(?:business\s+as\s+usual|bau)\b",
                   re.I),
    ),
    # "no further action is needed": the work is done (the "further action" above is negated by its "no")
    (
        COMPLETE,
        2,
        re.compile(
            r"\b(?:no\s+(?:further\s+|more\s+)?(?:action|work|commissioning|activity|changes?(?:\s+to\s+"
            r"\w+)?)\s+(?:is\s+|are\s+|was\s+)?(?:needed|"
            r"required|necessary)|nothing\s+(?:more|further)\s+(?:is\s+|needs\s+to\s+be\s+)?"
            r"(?:needed|required|necessary|done))\b",
            re.I,
        ),
    ),
    # "a task and finish group has been established": a body set up to do the work, which is under way, not done
    (
        IN_PROGRESS,
        2,
        re.compile(r"\b(?:group|board|panel|forum|team|steering\s+committee|working\s+party)\s+(?:\([^)]{0,20}\)\s+)?"
                   r"(?:[\w,'\s]{0,80}?\s)?(?:has|have)\s+(?:now\s+|recently\s+)?been\s+(?:established|set\s+up|formed|"
                   r"convened|created|stood\s+up)\b|"
                   # "a steering group was formed in May", "we have convened a working group with the commissioner"
                   r"\b(?:group|board|panel|forum|steering\s+committee|working\s+party)\s+(?:was|were)\s+(?:formed|set\s+up|"
                   r"established|convened|created)\b|\b(?:set\s+up|formed|convened|established|created)\s+(?:a|an|our)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:group|board|panel|forum|working\s+party)\b", re.I),
    ),
    # "the government has no plans to ...", "we do not intend to": nothing will be done
    (
        NOT_STARTED,
        1,
        re.compile(r"\b(?:(?:has|have|had)\s+no\s+(?:current\s+)?(?:plans?|intention)\s+to|"
                   r"(?:does|do|did)\s+not\s+(?:intend|plan|propose)\s+to)\b", re.I),
    ),
    # "The review concluded in the summer": a piece of work told as finished, in the simple past
    (
        COMPLETE,
        1,
        re.compile(r"\b(?:review|audit|assessment|evaluation|exercise|consultation|inquiry|project)\s+"
                   r"(?:concluded|finished|ended|reported)\b(?!\s+(?:that|by|in\s+(?:the\s+)?(?:next|coming)))", re.I),
    ),
    # "the protocol is awaiting sign-off at Chief Officer Group": written, waiting for a local decision (a national
    # body's approval is also read as awaiting national action by the cue above, which weighs more)
    (
        IN_PROGRESS,
        2,
        re.compile(r"\b(?:awaiting|awaits|pending|waiting\s+(?:for|on))\s+(?:formal\s+|final\s+|the\s+)?(?:sign[\s-]?off|"
                   r"approval|ratification|authori[sz]ation|signature)\b", re.I),
    ),
    # '"Recommendation 27 asked us to give commissioners this guidance by today, and we have."', "it answers the
    # second recommendation in full": the thing asked for, said to be done without a verb of completion
    (
        COMPLETE,
        2,
        re.compile(r"\b(?:asked|required|wanted|called\s+on)\s+(?:us|me|forces|commissioners|the\s+\w+)\s+to\b"
                   r"[^.;]{0,120}?,?\s+and\s+(?:we|i|it|they)\s+(?:have|has|did)(?:\s+(?:done\s+)?(?:so|that|it))?\s*(?=[.;!\"\u201d]|$)|"
                   r"\b(?:answer(?:s|ed)?|meets?|met|fulfil(?:s|led)?|satisf(?:y|ies|ied)|address(?:es|ed)|"
                   r"discharge[sd]?)\b[^.;]{0,60}?\bin\s+full\b|"
                   r"\bfully\s+(?:answers?|meets?|fulfils?|satisfies|addresses|discharges)\b", re.I),
    ),
    # work paused or waiting for what a national body named in the answer is doing: "the NPCC is writing guidance
    # ... we will review our offer once that guidance is published", "our review has been paused while the Home
    # Office completes its own", "the Home Office cannot settle its position until its review ends, and we are
    # waiting for that"
    (AWAITING, 3, _WaitsOnNamed()),
    # "we are holding the leaflet back: the Home Office will publish a national version"
    (AWAITING, 3, _HeldForNational()),
]
# words without which each cue pattern above cannot match (None: always try it)
_CUE_NEEDLES = [("await", "wait", "pending", "depend", "subject to", "until"), ("before",),
                ("once", "when", "upon", "following"), ("national", "guidance", "shaped"),
                ("adopt", "follow", "apply", "implement", "align", "abide"), None, ("will",),
                ("test", "trial", "pilot"),
                ("ing",), ("start", "begin", "commence"), None,
                ("not yet", "no work", "no action", "no progress", "yet to", "not started", "not begun",
                 "not commenced"),
                ("half", "part", "two of", "three of", "four of", "five of", *(f"{d} of" for d in range(10)),
                 "per cent", "percent", "%", "third", "quarter", "remainder", "the rest", "remaining"),
                ("asked", "commissioned", "tasked", "instructed"),
                ("starts", "begins", "commences"),
                ("will", "shall", "should", "is to", "are to", "to be", "due "), ("plan", "aim", "intend"),
                ("accept",), ("interim", "temporary", "stopgap", "stop-gap"),
                ("nothing", "no change"),
                ("not be",),
                ("part of", "how we", "now routine", "business as usual", "bau"),
                ("no ", "nothing more", "nothing further"),
                ("been", "formed", "set up", "convened", "established", "created"),
                ("no plan", "no current", "no intention", "not intend", "not plan", "not propose"),
                ("concluded", "finished", "ended", "reported"), ("sign-off", "sign off", "signoff", "approval",
                                                                 "ratification", "authoris", "authoriz", "signature"),
                ("in full", "fully answer", "fully meet", "fully fulfil", "fully satisf", "fully address",
                 "fully discharg", "and we have", "and we did", "and i have", "and it has", "and they have"),
                ("paused", "hold", "suspended", "deferred", "held back", "held off", "wait", "pending", "until",
                 "once", "when", "after"),
                ("hold", "held", "keeping", "kept")]
assert len(_CUE_NEEDLES) == len(_CUES)
_CUES_WITH_NEEDLES = list(zip(_CUES, _CUE_NEEDLES))
_CUE_CAP = {IN_PROGRESS: 6, COMPLETE: 4, AWAITING: 8, NOT_STARTED: 4}
_NEGATED = re.compile(r"\b(?:not|n't|never|no|no\s+longer|not\s+all|not\s+yet)\b[\w\s]{0,20}$", re.I)


def negated_before(text: str, start: int, at: int) -> bool:
    """A negation in the words just before text[at] (within the sentence from start)."""
    return _NEGATED.search(text, max(start, at - 30), at) is not None

# "this recommendation", "recommendation 9", "recommendations 3a and 3b", "all the recommendations"
_THIS_OR_NUMBERED = (r"(?:" + _THIS + r"(?:\s+(?:\d{1,2}[a-k]?|\(\s*\w\s*\)))?(?:\s*(?:,|and)\s*\d{1,2}[a-k]?)*|"
                     r"recommendations?\s+\d{1,2}[a-k]?(?:\s*(?:,|and)\s*\d{1,2}[a-k]?)*|"
                     # "the force also accepts recommendation nine": the number in words
                     r"recommendations?\s+(?:" + "|".join(NUMBER_WORDS[1:13]) + r")\b|"
                     r"(?:all|each|every|both)\s+(?:of\s+)?(?:the\s+|its\s+|our\s+)?(?:\w+\s+)?recommendations?)")
_POSITION = [  # the partial reading first: its "agree ..., but ... not" would read as not accepted
    # "we agree that the police should be told, but we do not think a new duty is needed"
    (
        PARTIAL,
        re.compile(
            r"\b(?:agree|accept|support)(?:s|d)?\b[^.;]{0,160}\b(?:but|however|although)\b[^.]{0,120}\b"
            r"(?:not|no\s+need|unnecessary|cannot|can't|unable)\b|\bdo(?:es)?\s+not\s+agree\s+that\b[^.]{0,200}\b(?:instead|"
            r"alternative|propose[sd]?|rather)\b|"
            r"\b(?:accept|support)(?:s|ed)?\s+(?:" + _THIS_OR_NUMBERED + r"\s+)?(?:only\s+)?"
            r"(?:in\s+part|in\s+principle|partially)|"
            # "partly" is "partially": "Partly accepted." opening an answer is its verdict, whatever part it refuses
            r"\b(?:partially|partly)\s+accept(?:s|ed)?|\baccepted\s+in\s+(?:part|principle)\b|"
            r"^\W*(?:position\s*[:\-\u2013]\s*)?partially\s+accepted\W*$",
            re.I,
        ),
    ),
    (
        NOT_ACCEPTED,
        re.compile(
            r"\b(?:do|does|did|cannot|can\s*not)\s+not\s+accept\b|\b(?:not|n't)\s+(?:been\s+)?accept(?:ed)?\b"
            # (Decision 46) declining in any verb the house's letters use, and a support the writer cannot give:
            # "We cannot support this recommendation" (its "support this recommendation" otherwise read as welcome),
            # "we refuse recommendation 4", "this recommendation is not supported", "decided against it"
            r"|\b(?:cannot|can\s*not|can't|unable\s+to|not\s+able\s+to|not\s+(?:minded|prepared|willing)\s+to)\s+"
            r"(?:support|agree\s+with|endorse|adopt|implement)\s+" + _THIS_OR_NUMBERED +
            r"|\b(?:refus(?:e|es|ed)|disagree(?:s|d)?\s+with)\s+" + _THIS_OR_NUMBERED +
            r"|\b" + _THIS + r"\s+(?:is|has\s+been|was)\s+(?:therefore\s+)?(?:not\s+(?:been\s+)?(?:supported|agreed)|"
            r"rejected|declined)\b|\b(?:decided|resolved|come\s+down)\s+against\b|\bruled\s+out\s*(?:[.;]|$)"
            r"|\breject(?:s|ed)?\s+"
            + _THIS_OR_NUMBERED
            + r"|\bdeclines?\s+"
            + _THIS_OR_NUMBERED
            + r"|\bdo(?:es)?\s+not\s+(?:agree|support)\s+(?:with\s+)?"
            + _THIS_OR_NUMBERED
            # "We have considered this recommendation carefully and do not support it"
            + r"|\b(?:do|does|did)\s+not\s+(?:support|agree\s+with)\s+(?:it|them)\b"
            + r"|^\W*(?:not\s+accepted|rejected)\W*$"
            # "we share the national council's view that the evidence does not support this": another body's
            # reasons for not acting, adopted; "we will not be taking it forward"
            r"|\b(?:share|shares|agree\s+with)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?views?\b[^.]{0,160}?\bthat\b"
            r"[^.]{0,160}?\b(?:not|no|cannot|unnecessary|disproportionate)\b"
            r"|\b(?:will|shall)\s+(?:therefore\s+|thus\s+|now\s+)?not\s+be\s+(?:taking\s+(?:it|this|them|these)\s+"
            r"forward|taking\s+forward\s+(?:this|the|that)\s+recommendation|implementing|adopting|pursuing|creating)\b"
            # "we won't take it forward as a separate piece of work": an email's refusal
            r"|\b(?:won't|will\s+not)\s+(?:be\s+)?tak(?:e|ing)\s+(?:it|this|them)\s+forward\b"
            # a government's refusal told as an intention: "We do not intend to create a new offence at this time"
            r"|\b(?:do|does)\s+not\s+intend\s+to\s+(?:create|introduce|legislate|establish|set\s+up|adopt|"
            r"bring\s+(?:in|forward))\b"
            # a reasoned conclusion against the step the recommendation asks for: "We have considered this and have
            # concluded that statutory guidance would not be appropriate at this time"
            r"|\b(?:concluded|decided|determined|judged)\s+that\s+[^.;]{0,120}?\b(?:would|should)\s+not\s+be\s+(?:taken\s+"
            r"forward|pursued|appropriate|"
            r"necessary|proportionate|justified|warranted|the\s+right\s+(?:approach|course|step))\b",
            re.I,
        ),
    ),
    (
        ACCEPTED,
        re.compile(
            r"\b(?:fully\s+)?accept(?:s|ed)?\s+(?:in\s+full\s+)?"
            + _THIS_OR_NUMBERED
            + r"|\b"
            + _THIS
            + r"\s+(?:is|has\s+been|was|were|have\s+been)\s+(?:fully\s+)?accepted|\bagree(?:s|d)?\s+with\s+"
            + _THIS_OR_NUMBERED
            + r"|\bposition\s*[:\-\u2013]\s*accepted|^\W*(?:fully\s+)?accepted\W*$|"
            # a form's label and value cells run together where an unruled table lost its cells ("Recommendation 3
            # ... Position Accepted Progress ..."): the capitals mark the cells, so only as written
            r"(?-i:\bPosition[ \t]+Accepted\b)|"
            # "Recommendation 5 is for both of us, and I accept it": the pronoun stands for the recommendation
            r"\b(?:i|we)\s+(?:fully\s+|also\s+|therefore\s+)?accept\s+(?:it|them|both(?:\s+of\s+them)?)\s*(?:[.;,]|$|in\s+full)|"
            # "Recommendations 16 and 25 are also for chief constables. Commissioners have accepted both."
            r"\b(?:have|has)\s+(?:now\s+|also\s+|each\s+|all\s+)?accepted\s+(?:it|them|both(?:\s+of\s+them)?)\s*"
            r"(?:[.;,]|$|in\s+full)|"
            # a roll-up told in the simple past: "All of the chief officers accepted them at the meeting", "each panel
            # accepted it"; "Recommendation 9 was accepted by each of the panels"
            r"\b(?:all|every|each|both)\s+(?:[\w'\u2019-]+\s+){1,4}?accepted\s+(?:it|them|both)\b|"
            r"\brecommendations?\s+\d{1,2}[a-k]?\s+(?:was|were|has\s+been|have\s+been)\s+(?:fully\s+)?accepted\b|"
            # a decision reported: "agreed at the chief officers' meeting that we accept", "decided that the force would
            # accept it"
            r"\b(?:agreed|decided|confirmed)\b[^.;]{0,60}?\bthat\s+(?:we|i|the\s+(?:force|commissioner|constabulary))\s+"
            r"(?:would\s+|will\s+|should\s+)?accept(?:s|ed)?(?:\s+(?:it|this|them|the\s+recommendation))?\s*(?:[.;,]|$)|"
            r"^\W*accepted\s*(?:[.;:,\-\u2013]|and\b)|"
            # acceptance of "it" said in other words: "I am pleased to accept it", "the Commissioner accepted it in
            # February", "had accepted it in March" (a time, not "in part"), "this too has been accepted by every
            # commissioner"; and an answer's bare "We agree."
            r"\b(?:pleased|happy|glad|delighted)\s+to\s+accept\s+(?:it|them|this|both)\b|"
            r"\baccepted\s+(?:it|them|both)\s+(?:in|on|at|during|last|this|when|after|shortly|soon)\b"
            r"(?!\s+(?:part|principle|full\s+but))|"
            r"\bthis\s+(?:too|also|as\s+well)\s+(?:is|has\s+been|was)\s+(?:fully\s+)?accepted\b|"
            r"^\W*(?:we|i)\s+(?:fully\s+|also\s+)?agree\W*$|"
            # the part of a shared recommendation that is the writer's: "accepts the part of recommendation 3
            # addressed to commissioners", "accept the parts of this recommendation that are for forces"
            r"\baccept(?:s|ed)?\s+the\s+parts?\s+of\s+(?:this\s+|the\s+)?recommendations?(?:\s+\d{1,2}[a-k]?)?\s+"
            r"(?:addressed|made|directed|that\s+(?:is|are)\s+(?:for|addressed)|for)\b",
            re.I,
        ),
    ),
]
_POSITION_NEEDLES = [("part", "principle", "but", "however", "although", "instead"),
                     ("not", "n't", "reject", "declin", "unable", "refus", "disagree", "ed against", "down against",
                      "ruled out"),
                     ("accept", "agree")]
_POSITION_CUE = re.compile(
    r"\b(?:welcome[sd]?|support(?:s|ed)?|embrace[sd]?|endorse[sd]?)\s+" + _THIS_OR_NUMBERED, re.I
)


@dataclass
class Finding:
    """One value read from the text: how sure, the sentence that decided it, and the rule that read it."""

    value: str
    confidence: float
    span: tuple[int, int] | None = None
    rule: str = ""


@dataclass
class Status:
    progress: str
    position: str
    confidence: float
    evidence: str
    evidence_span: tuple[int, int] | None
    position_confidence: float
    position_evidence: str
    progress_rule: str = ""
    position_rule: str = ""


_EXPLICIT_WORDS = ("recommendation", "status", "progress", "rag", "position", "compliant", "rec ", "recs ", "rec.")


def answer_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for a, b in spans for s in sentences(text, a, b)]


def classify(text: str, spans: list[tuple[int, int]], status_cells: list[tuple[int, int]],
             extra: list[tuple[int, int]] = ()) -> Status:
    """spans: the answer's parts in text; extra: the label, read for explicit statements only."""
    sents = answer_sentences(text, spans)
    prog = progress_finding(text, sents, status_cells, extra)
    pos = position_finding(text, list(extra) + sents)
    return Status(prog.value, pos.value, prog.confidence, clean(text[prog.span[0]:prog.span[1]]) if prog.span else "",
                  prog.span, pos.confidence, clean(text[pos.span[0]:pos.span[1]]) if pos.span else "",
                  prog.rule, pos.rule)


_CONCLUDED = re.compile(r"\b(?:therefore|accordingly|consequently|for\s+(?:these|those|this|that)\s+reasons?)\b", re.I)


def refused(prog: Finding, pos: Finding, text: str = "") -> Finding:
    """A recommendation plainly not accepted, whose progress only the reader's weighing found: the reasons a refusal
    gives ("the guidance already covers this", "we will keep it under review") are not work done or under way, so
    nothing is begun under it. A status or an explicit statement still decides."""
    weighed = prog.rule.startswith(("statistical", "weighed"))
    # the refusal, then its reasons; or the reasons, then the refusal drawn from them ("We have weighed this and
    # found that a separate register would add little ... We shall therefore not be taking this forward")
    if pos.value == NOT_ACCEPTED and pos.rule.startswith("explicit") and weighed and pos.span and prog.span \
            and (pos.span[0] <= prog.span[0] or _CONCLUDED.search(text, pos.span[0], pos.span[1])):
        return Finding(NOT_STARTED, min(prog.confidence, scores.CUE_CEILING), pos.span,
                       f"not accepted: nothing begun under it ({prog.rule} set aside)")
    return prog


def progress_finding(text: str, sents: list[tuple[int, int]], status_cells: list[tuple[int, int]] = (),
                     extra: list[tuple[int, int]] = ()) -> Finding:
    """The progress the answer states (explicitly first), else the one its cues weigh towards."""
    cell = _from_cells(text, status_cells)
    if cell:
        return _reconciled(cell, text, sents)
    explicit = _explicit(text, list(extra) + sents)
    if explicit and explicit.rule in (_TICKED_RULE, _STATUS_SENTENCE_RULE, _STATUS_LABEL_RULE):
        # a form's ticked box, and a "Status: ..." line above an "Update: ..." line, are a status column by another
        # name: the narrative beside it can say otherwise
        return _reconciled(explicit, text, sents)
    if explicit:
        return explicit
    # a form's words ("you may ask for an internal review", "I am copying this letter to ...") and a sentence refusing
    # a part (the position's, not progress's; the whole answer still decides a refusal below) are left out
    read = sents
    joined = "\n".join(text[a:b] for a, b in sents)
    low = joined.lower()  # one test of the answer's words before any sentence's; the cues read the same text
    if _any_in(low, _NOT_ABOUT_PROGRESS_WORDS) or ("not" in low and ("accept" in low or "agree" in low)) \
            or _asks_anywhere(text, sents, joined, low):
        kept = [s for s in sents if not _not_about_progress(text, *s)]
        if kept and len(kept) < len(sents):
            read = kept  # (nothing left out: the cues read the joined text already made)
    if read is sents:  # what other bodies will report is cut (Decision 43): an answer of nothing else says nothing
        read = _without_others_accounts(text, sents, low)
        if not read:
            return Finding(NOT_STATED, scores.NOT_STATED, None, "nothing said about progress: others will report it")
    if "accept" in low:  # accepting is a position, not a step of the work (Decision 49)
        kept = _without_acceptances(text, read, low)
        if not kept:
            return Finding(NOT_STATED, scores.NOT_STATED, None, "nothing said about progress: only accepted")
        read = kept
    # both readings weigh the same cues: count them once
    cues = _cue_totals(text, read, (joined, low) if read is sents else None)
    found = read_by_model(text, read, cues) or weigh_cues(text, read, cues)
    if found.value == COMPLETE and _any_in(low, _REST_WORDS):
        found = _rest_to_follow(text, read) or found
    if found.value == NOT_STATED and ("was " in low or "were " in low):
        found = _dated_act(text, read) or found
    if found.value in (NOT_STATED, COMPLETE) and _any_in(low, _BEGUN_WORDS):
        found = _work_begun(text, read, low, found)
    if found.value == AWAITING and found.span and found.rule.startswith("statistical"):
        found = _done_after_the_wait(text, read, found)
    refusing = [i for i, (a, b) in enumerate(sents) if _has_any(text[a:b], _REFUSAL_WORDS)]
    if refusing:
        pos = position_finding(text, list(extra) + sents)
        if found.value != NOT_STATED:
            found = refused(found, pos, text)
        elif pos.value == NOT_ACCEPTED and pos.rule.startswith("explicit") and refusing[0] < len(sents) - 1:
            # the refusal, then its reasons, read faintly or not at all ("Officers already give the grounds ..."):
            # nothing is begun under it; a bare "Not accepted." says nothing of progress
            found = Finding(NOT_STARTED, scores.CUE_BASE, sents[refusing[0]],
                            "not accepted, with its reasons: nothing begun")
    if found.value in (COMPLETE, NOT_STARTED) and " | " in joined and found.rule.startswith("statistical"):
        found = parts_in_rows(text, read, found)
    if found.value == IN_PROGRESS and "yet" in low and found.rule.startswith(
            ("statistical", "weighed")):
        found = first_step_not_taken(text, sents, found)
    found = plan_or_refusal(text, sents, found)  # Decision 29's conventions (1) and (2)
    if found.value != NOT_STATED and found.value != AWAITING and _any_in(low, _HELD_WORDS):
        found = held_for_national(text, sents, found)
    if found.value == COMPLETE and (_any_in(low, _GOING_ON_WORDS) or _any_in(low, _PLANNED_WORDS)
                                    or "booked" in low or "will be " in low):
        found = still_going_on(text, sents, found)
    elif found.value == NOT_STARTED and found.span and found.rule.startswith(("statistical", "weighed")) \
            and _any_in(low, _DONE_STEP_WORDS) and not re.search(_NOT_YET, low) and not _NOTHING_YET.search(low):
        # a start to come after steps done in the same sentence ("The assessment is finished; a grant has been awarded
        # and the service starts in September"): the start is the work's next step, not the work not begun
        if _done_then_to_come(text, *found.span, need_done=True):
            found = Finding(IN_PROGRESS, min(found.confidence, scores.MIXED_STATUS_CELLS), found.span,
                            "a step done, then the next to come in one sentence: under way")
    return found


# (Decision 46: and the other verbs of declining, so a refusal stated in them outranks the reader's lean on progress)
_REFUSAL_WORDS = ("not accept", "n't accept", "reject", "declin", "not agree", "not support", "not be ", "refus",
                  "ruled out", "decided against", "disagree")

# The latest state of the work an answer reports decides, not its first clause; and a definite noun is the thing an
# earlier sentence of the same answer named. Work held, in prose, until a national body acts ("cannot put the changes
# in place until ... the Home Office issues revised guidance", "is waiting to hear whether the Home Office will fund
# the posts", "can only begin once the College has published its framework") is waiting on national action: the
# vocabulary's "deferred until national guidance, a Home Office review or another body acts". Decision 32 read this in
# a tracker's update beside its column; in prose it is the same statement
# the national body by its name: "national" alone is the thing's adjective ("once the national data set is agreed",
# agreed by whom the sentence does not say), not a body that acts
_NATIONAL_ACTOR = (r"\b(?:npcc|national\s+police\s+chiefs|college\s+of\s+policing|the\s+college\b|home\s+office|"
                   r"government|legislation|legislative|parliament|ministry|hmicfrs|department\s+for)")
_NATIONAL_DOER = re.compile(r"\W*(?:(?:the|a)\s+)?(?:joint\s+)?" + _NATIONAL_ACTOR, re.I)
_HELD_FOR_NATIONAL = re.compile(
    r"\b(?:cannot|can\s*not|can't|unable\s+to|not\s+able\s+to)\b[^.;]{0,80}?\b(?:until|pending|before|without)\b"
    r"[^.;]{0,120}?" + _NATIONAL_ACTOR + r"|"
    r"\b(?:is|are|am|remains?)\s+(?:still\s+)?(?:waiting|awaiting)\b[^.;]{0,60}?" + _NATIONAL_ACTOR + r"|"
    r"\bawaits\b[^.;]{0,60}?" + _NATIONAL_ACTOR + r"|"
    # an act to come held for it: "will finalise the policy when the NPCC's guidance arrives", "can only begin once
    # the College has published its framework" (not work going on until then: "will continue until ...")
    r"(?P<act>\b(?:will|can|could|shall)\s+(?:only\s+)?(?:be\s+)?(?!continue|remain|keep|stay)[a-z]+\b[^.;]{0,40}?"
    r"\b(?:once|when|after|until|as\s+soon\s+as)\b[^.;]{0,80}?" + _NATIONAL_ACTOR + r")", re.I)
# an act to come held for a thing named by its definite noun ("Work will begin as soon as the guidance is published",
# "our procedure will be rewritten once the practice is issued"): whose the thing is, an earlier sentence of the answer
# says (its head noun, the word before the verb that tells what becomes of it)
_HELD_FOR_THING = re.compile(
    r"\b(?:will|can|could|shall|to)\s+(?:only\s+)?(?:be\s+)?(?!continue|remain|keep|stay)[a-z]+\b[^.;]{0,40}?"
    r"\b(?:once|when|after|until|as\s+soon\s+as)\s+(?:the|that|this|its|their)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?P<noun>[a-z\-]{4,})\s+(?:is|are|has|have|comes?|arrives?|becomes?|gets?)\b", re.I)
_HELD_WORDS = ("until", "wait", "once", "when", "after", "as soon as", "pending", "before", "without")
# the wait already over in the answer's latest words: "the guidance was published in May and ...", "now received"
_WAIT_OVER = re.compile(r"\b(?:was|were|has\s+(?:now\s+)?been|have\s+(?:now\s+)?been|now)\s+(?:published|issued|"
                        r"received|confirmed|agreed|provided|enacted)\b", re.I)


# work told as still going on: "the training package is now being built", "recruitment is under way", "the posts are
# yet to be filled"; not the use or the oversight of finished work ("is being used", "is being monitored")
_GOING_ON = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?being\s+(?!used\b|applied\b|followed\b|monitored\b|"
    r"reviewed\b|embedded\b|tested\b|audited\b)[a-z]+(?:ed|en|lt|wn)\b|"
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:under\s*way|in\s+train)\b|\b(?:yet|still)\s+to\s+be\s+[a-z]+(?:ed|en|lt)\b",
    re.I)
_GOING_ON_WORDS = ("being", "under", "way", "in train", "yet to", "still to")


# One sentence, a step done and then, in a later clause, the work's own next step to come ("Our portfolio has written to
# every commissioner, and a national workshop is booked for February"; "The assessment is finished; a grant has been
# awarded and the service starts in September"): the sentence's last clause is the work's latest state, under way.
# The step to come is one of the work (Decision 38's `_WORK_TO_COME`, or a start planned for a time, `_PLANNED` with
# `_TO_COME`), not a step after it (`_AFTER_THE_WORK`: "an evaluation is planned for the spring"); the done step is
# not one inside a condition ("would begin after the review was finished": the done word is the condition's)
_CLAUSE_EDGE = re.compile(r"[;:,\u2013\u2014]|\s-\s|\band\s+(?:the|a|an|our|its|their|this|these|we|it)\b", re.I)
_DONE_STEP = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?(?:complete[d]?|"
                        r"finished|done|delivered|implemented|in\s+place|live|awarded|agreed|approved|published|"
                        r"issued)\b|\b(?:has|have)\s+(?:now\s+|already\s+)?(?!been\b)[a-z]+(?:ed|en|tten|ought|ent)\b",
                        re.I)
_DONE_STEP_WORDS = ("complete", "finish", "done", "deliver", "implement", "in place", "live", "award", "agreed",
                    "approved", "published", "issued", "has ", "have ")
# the state said in the negative ("nothing has moved yet", "we haven't been able to start yet"): no step is done
_NOTHING_YET = re.compile(r"\b(?:nothing|not|no|never)\b[^.;]{0,40}\byet\b|n't\b[^.;]{0,40}\byet\b")
_IN_A_CONDITION = re.compile(r"\b(?:after|once|when|until|before|if|unless)\b[^;:,]*$", re.I)


def _done_then_to_come(text: str, a: int, b: int, need_done: bool) -> bool:
    """The sentence text[a:b] tells a step to come of the work in a clause after its first (after a step done in an
    earlier clause, where need_done)."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, a, b)]
    if not edges:
        return False
    first = edges[0]
    if need_done:
        done = _DONE_STEP.search(text, a, b)
        if done is None or _IN_A_CONDITION.search(text, a, done.start()):
            return False
        later = [e for e in edges if e >= done.end()]
        if not later:
            return False
        first = later[0]
    come = _WORK_TO_COME.search(text, first, b)
    if come is None:
        plan = _PLANNED.search(text, first, b)
        if plan is None or not _TO_COME.search(text, plan.start(), b) or _PAST_PLAN.search(text, first, b):
            return False
        come = plan
    # the clause the step to come is told in: from the clause edge before it
    start = max([e for e in edges if e <= come.start()] or [first])
    return not _AFTER_THE_WORK.search(text, start, b)


def parts_in_rows(text: str, sents, found: Finding) -> Finding:
    """A recommendation answered in parts, a table's row each (its part, then the part's state): the parts are summed
    up as `combine` sums a tracker's status cells, so a part done beside a part still to do or not begun is work under
    way, however surely the reader reads one row. A row that tells nothing (a header, "Part | Position": no verb of
    tense, `_TOLD`) and a row the reader reads as saying nothing of progress are no part."""
    m = model()
    if m is None:
        return found
    done = rest = None
    for a, b in sents:
        if " | " not in text[a:b] or not _TOLD.search(text, a, b):
            continue
        probs = m.probabilities(text[a:b][:600], "progress")
        if probs["none"] >= 0.5:
            continue
        top = max((c for c in probs if c != "none"), key=lambda c: probs[c])
        if top == COMPLETE:
            done = done or (a, b)
        elif top in (IN_PROGRESS, NOT_STARTED):
            rest = rest or (a, b)
    if done and rest:
        return Finding(IN_PROGRESS, min(found.confidence, scores.MIXED_STATUS_CELLS), rest,
                       "parts in rows, done beside still to do: under way")
    return found


# The step before the work not yet taken ("We have not yet agreed the approach", "the scope is yet to be decided"):
# an answer that says how it will go about the work has not decided is one whose work has not begun, whatever a "will
# look at" leans to. The verbs are those of settling how the work is to be done (agree, decide, scope, design, plan,
# settle, choose), not of finishing it ("not yet completed" is work under way)
_FIRST_STEP_NOT_TAKEN = re.compile(
    r"\b(?:not\s+yet|yet\s+to)\s+(?:been\s+|be\s+)?(?:agreed?|decided?|scoped?|designed?|planned?|plan|settled?|"
    r"chosen|choose|determined?)\b", re.I)


# an act told in the past ("was sent", "were trained", "issued the guidance in May")
_PAST_ACT = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?[a-z]{3,}(?:ed|en|lt|wn|ne)\b|"
                       r"\b[a-z]{3,}ed\s+(?:in|on|by|at|to|with|the|a|our|its|their)\b", re.I)


def first_step_not_taken(text: str, sents, found: Finding) -> Finding:
    """An under-way reading of an answer that says the work's first step (settling how it is to be done) is not yet
    taken, with no other sentence the reader reads as work done or under way: not started."""
    for a, b in sents:
        if _FIRST_STEP_NOT_TAKEN.search(text, a, b):
            # work beside it must be told as done or going on: a sentence of what the writer will do ("I will examine
            # how ...") is the plan whose approach is not settled, however the reader leans
            told = [(x, y) for x, y in sents if (x, y) == (a, b) or _PERFECT.search(text, x, y)
                    or _DONE_STEP.search(text, x, y) or _PAST_ACT.search(text, x, y)]
            if len(told) > 1 and _work_beside(text, told, (a, b)):
                return found
            return Finding(NOT_STARTED, min(found.confidence, scores.CUE_CEILING), (a, b),
                           "the work's first step not yet taken: not begun")
    return found


def still_going_on(text: str, sents, found: Finding) -> Finding:
    """A finished step, then work told as still going on, in the same answer ("the policy has been approved; the
    training package is now being built"): the latest state of the work is under way, not done. Told from the done
    reading's evidence on: work told as going on before it is what the done step finished."""
    if not found.rule.startswith(("statistical", "weighed")) or not found.span:
        return found
    if _done_then_to_come(text, *found.span, need_done=False):
        return Finding(IN_PROGRESS, min(found.confidence, scores.MIXED_STATUS_CELLS), found.span,
                       "a step done, then the work's next step to come in one sentence: under way")
    for a, b in sents:
        if b <= found.span[0]:
            continue
        m = _GOING_ON.search(text, max(a, found.span[0]), b)
        if m is None:
            if a >= found.span[1] and _plan_to_come(text, a, b):
                # a later sentence that plans the rest ("Classroom sessions to begin in September"): what is done is
                # a step, not the whole
                return Finding(IN_PROGRESS, min(found.confidence, scores.MIXED_STATUS_CELLS), (a, b),
                               "work done, then the rest planned: the answer's latest state")
            continue
        clause = text[max(text.rfind(";", a, m.start()), text.rfind(",", a, m.start()), a):m.end()].lower()
        if _any_in(clause, _OVERSIGHT_WORDS):
            continue  # checking finished work is no work still to do
        return Finding(IN_PROGRESS, min(found.confidence, scores.MIXED_STATUS_CELLS), (a, b),
                       "work done, then work still going on: the answer's latest state")
    return found


def held_for_national(text: str, sents, found: Finding) -> Finding:
    """The answer's latest state, where it is a national body's wait: a sentence holding the work until a national
    body acts, or until a thing whose national owner an earlier sentence of the answer names, is awaiting national
    action. A "complete" reading gives way only to a wait told after its evidence (a finished preliminary step, "the
    review is complete", then the wait for the funding it shows is needed); a "not started" one (a start to come) to
    a wait anywhere in the answer, which is why it has not started. A wait the answer says is over is no wait."""
    if not found.rule.startswith(("statistical", "weighed", "an act planned")) or not found.span:
        return found
    if found.value == IN_PROGRESS and not _NATIONAL_DOER.match(text, *found.span):
        # work under way is the latest state where it is the writer's own ("the draft is being consulted on; it will
        # be updated once the Home Office review concludes"): only the national body's own work going on ("The
        # Home Office is preparing a revised framework") leaves the writer's work held for it
        return found
    # the stage said in so many words ("we have not yet begun this work"): an act to come once a national body has
    # acted is then its plan ("BTP will join the national approach once the Home Office has set it out"), and only a
    # wait told as holding the work now ("cannot ... until", "is waiting for") makes the wait national
    said_not_begun = found.value == NOT_STARTED and any(re.search(_NOT_YET, text[x:y], re.I) for x, y in sents)
    for i, (a, b) in enumerate(sents):
        if found.value in (COMPLETE, IN_PROGRESS) and b <= found.span[0]:
            continue  # told before the work done or going on: the latest state is the work's
        held = _HELD_FOR_NATIONAL.search(text, a, b)
        if held is not None and held.group("act") and said_not_begun:
            continue
        if held is None:
            if said_not_begun:
                continue
            thing = _HELD_FOR_THING.search(text, a, b)
            if thing is None:
                continue
            noun = thing.group("noun").lower().rstrip("s")
            # its owner: an earlier sentence (or this one's opening) naming the same thing beside a national body
            owned = any(noun in text[x:y].lower() and re.search(_NATIONAL_ACTOR, text[x:y], re.I)
                        for x, y in sents[:i]) or re.search(_NATIONAL_ACTOR, text[a:thing.start()], re.I)
            if not owned:
                continue
        if any(_WAIT_OVER.search(text, x, y) for x, y in sents[i + 1:]):
            continue
        return Finding(AWAITING, min(found.confidence, scores.CUE_CEILING), (a, b),
                       "held until a national body acts: the answer's latest state")
    return found


# an act told in the past with the day it happened ("The update was sent to the inspectorate on 16 June 2021", "the
# first panel was held on 3 May 2023"): the act is done. Read only where nothing else speaks, and never in a
# sentence that also tells of what is to come
_DATED_ACT = re.compile(r"\b(?:was|were)\s+(?:\w+ed|sent|held|made|given|written|run|set\s+up|signed\s+off)\b"
                        r"[^.;]{0,60}?\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|"
                        r"august|september|october|november|december)\s+\d{4}\b", re.I)
_TO_COME = re.compile(r"\b(?:will|shall|to\s+be|being|planned|due|not)\b", re.I)


def _dated_act(text: str, sents) -> Finding | None:
    for a, b in sents:
        m = _DATED_ACT.search(text, a, b)
        if m and not _TO_COME.search(text, a, b):
            return Finding(COMPLETE, scores.CUE_BASE, (a, b), "an act told in the past with its day: done")
    return None


_NAMING_LEAD = re.compile(r"^\W*(?:(?:on|regarding|turning\s+to|as\s+regards|as\s+for|for|with\s+regard\s+to|"
                          r"in\s+(?:respect|relation)\s+(?:of|to))\s+)?(?:the\s+)?(?:hmicfrs\s+)?recommendations?\s+"
                          r"(?:\d{1,2}(?:\.\d{1,2})?[a-k]?(?:\s*(?:,|and|&)\s*)?){1,4}\s*[,:\u2013\-]\s*", re.I)
# 'The Commissioner, the APCC's lead for victims, said: "...': who speaks says nothing about progress either
_SPEAKER_LEAD = re.compile(
    r"^[^\"\u201c]{0,240}?\b(?:said|says|added|commented|explained|stated)\s*[:,]?\s*[\"\u201c\u2018]", re.I)
_QUOTES = ('"', "\u201c", "\u2018", "'")
_WORDED = re.compile(r"[^\W\d_]{3}")
_PRIOR = {AWAITING: 1.2, NOT_STARTED: 1.1}  # rarer, and decisive when said: a little more weight


# The words of a reply's form, not of its answer: an FOI reply's closing paragraphs ("If you are unhappy with the way
# the way we have dealt with your request, you may ask for an internal review", "you may complain to the Information
# Commissioner") say what the reader may do next, not what the force still has to do. Named rules, each behind its
# word gate.
_FORM_WORDS = [
    (("unhappy", "dissatisfied", "not satisfied"),
     re.compile(r"\bif\s+you\s+are\s+(?:unhappy|dissatisfied|not\s+satisfied)\s+with\b", re.I)),
    (("internal review", "information commissioner"),
     re.compile(r"\b(?:ask|request|apply)\s+for\s+an\s+internal\s+review\b|"
                r"\b(?:complain|appeal|write|apply)\s+(?:directly\s+)?to\s+the\s+information\s+commissioner\b", re.I)),
    # a letter's closing: "I am copying this letter to the national policing lead" is no work under way
    (("copying", "copied", "copy of"),
     re.compile(r"\b(?:i\s+am|we\s+are|i'm|we're)\s+(?:also\s+)?copying\s+(?:this|my|our)\s+(?:letter|reply|response)\b|"
                r"\b(?:this|my|our)\s+(?:letter|reply|response)\s+(?:is|has\s+been)\s+(?:also\s+)?copied\s+to\b|"
                r"\ba\s+copy\s+of\s+this\s+(?:letter|reply|response)\s+(?:goes|has\s+gone|is\s+being\s+sent)\s+to\b",
                re.I)),
]


_NOT_ABOUT_PROGRESS_WORDS = ("unhappy", "satisfied", "internal review", "information commissioner", "copying",
                             "copied", "copy of")

# A question asserts nothing: what someone wants to know is not what is so. A sentence that asks ("Has the policy
# been changed?", `_ASKS`), a question reported as someone put it ("A member asked whether the force had changed its
# system", "asked about recommendation 16"), and a question put off to a later telling ("Individual PCCs will set out
# how they are taking them forward"): the clause after "whether" / "how" / "about" is the question's, and the work's
# state is read from the answer's other sentences (or nothing is said). Asking as the writer's own act is work, not a
# question ("Her office has asked the services it funds to describe how ...", "is asking each provider how it
# supports ...", "we asked whether ..."): the reported question is another's, told in the simple past, and "asked
# when" is as often the conjunction ("as the Home Office asked when it consulted us")
# a sentence that asks opens as a question does (an auxiliary or a question word) and ends at its question mark: a
# report's title in quotation marks ("... arising from the "Safe to share?" super-complaint") ends no question
_ASKS = re.compile(r"\W*(?:has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|shall|may|what|when|"
                   r"why|how|which|who|where)\b[^?]*\?[\"'\u201d\u2019)\]]*\s*$", re.I)
_REPORTED_QUESTION = re.compile(
    # (the verb first, then the words before it: a pattern opening with lookbehinds tries them at every character)
    r"\b(?=asked|enquired|inquired|queried|wondered)(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bwe\s)(?<!\bi\s)"
    r"(?<!\bwho\s)(?:asked|enquired|inquired|queried|wondered)\s+(?:(?!to\b)[\w'\u2019]+\s+){0,3}?"
    r"(?:whether|if|about|how|what|why|which)\b", re.I)
_TOLD_LATER = re.compile(
    r"\b(?:will|would|shall)\s+(?:\w+\s+)?(?:set\s+out|explain|describe|report\s+on|say|tell\s+\w+|show|confirm)"
    r"\s+(?:\w+\s+){0,2}?(?:how|whether|what|why|which)\b", re.I)
_REPORTED_WORDS = ("asked", "enquired", "inquired", "queried", "wondered")
_TOLD_LATER_WORDS = ("set out", "explain", "describe", "report on", "confirm", " say", " tell", " show")


def _question(text: str, low: str, a: int = 0, b: int | None = None) -> bool:
    """A question in text[a:b] (low: its lower-cased words), each pattern behind its own words."""
    end = len(text) if b is None else b
    if _any_in(low, _REPORTED_WORDS) and _REPORTED_QUESTION.search(text, a, end):
        return True
    return _any_in(low, _TOLD_LATER_WORDS) and ("will" in low or "would" in low or "shall" in low) \
        and _TOLD_LATER.search(text, a, end) is not None
# the same of the report's ask told in the answer: a sentence whose subject is the recommendation or the report and
# whose verb asks ("Recommendation 15 asks PCCs, by March, to review whether the right services have been
# commissioned", "The report calls for ...") says what is wanted, not what is done
_THE_ASK = re.compile(r"\W*(?:the\s+|this\s+|that\s+)?(?:report|recommendations?|recs?)\b(?:\s+\d{1,2}[a-k]?"
                      r"(?:\s*(?:,|and|&)\s*\d{1,2}[a-k]?)*)?\s+(?:also\s+)?(?:asks|asked|calls\s+for|called\s+for|"
                      r"recommends|recommended|requires|required|urges|expects|wants)\b", re.I)
_ASK_WORDS = ("asks", "asked", "calls for", "called for", "recommends", "recommended", "requires", "required",
              "urges", "expects", "wants")


def _asks_anywhere(text: str, sents, joined: str, low: str) -> bool:
    """A question or the report's ask in the answer, found before any sentence is tested for the form's words: the
    question patterns once over the joined sentences, behind their own words; the sentence-shaped readings (`_ASKS`,
    `_THE_ASK`) only at the opening of a sentence that holds "?" or names the report or a recommendation."""
    if _question(joined, low):
        return True
    if "?" in low and any("?" in text[a:b] and _ASKS.match(text, a, b) for a, b in sents):
        return True
    if not _any_in(low, _ASK_WORDS):
        return False
    for a, b in sents:
        head = text[a:a + 40].lower()
        if ("report" in head or "rec" in head) and _THE_ASK.match(text, a, b):
            return True
    return False


# What other bodies will report is not progress of the writer's (ADR 0008 Decision 43): a clause whose subject is
# other bodies ("forces", "each commissioner", "chief constables", "partners") and whose verb is an account still to
# be given ("will report on it", "will give their own accounts", "are to publish their own updates", "will set out
# their progress") tells who will say how far the work has got, not how far it has. The clause is cut from the words
# progress is read in (cues and the statistical reader alike), the rest of its sentence still read. The subject is
# read by structure: the clause's first words, after the sentence's start, a semicolon or colon, or a joining "and" /
# "but" / "while"; a body of the writer's own ("we", "the force", "our officers") is never its subject.
# the gates, on the answer's and then each sentence's lowered words: a body's word that can be such a subject, and a
# verb of giving an account (most answers have neither, and the clause pattern is dear to try at every position)
_OTHERS_ACCOUNT_WORDS = ("forces", "each force", "every force", "individual force", "other force", "chief constable",
                         "commissioner", "pcc", "partner", "bodies", "each body", "every body", "agenc", "organis",
                         "organiz")
_ACCOUNT_VERB_WORDS = ("report", "account", "update", "respon", "repl", "answer", "publish", "set out", "confirm",
                       "tell", "inform")
_OTHERS_ACCOUNT = re.compile(
    r"(?:^|[;:]|,?\s+(?:and|but|while|whereas)\b)\s*(?:"
    # one body among several: "each force", "every commissioner", "individual chief constables"
    r"(?:each|every|individual|other)\s+(?:local\s+|partner\s+|police\s+)?(?:force|chief\s+constable|"
    r"(?:police\s+and\s+crime\s+)?commissioner|pcc|partner|body|agency|organi[sz]ation)s?|"
    # bodies named in the plural: "forces", "the commissioners", "local partner agencies"
    r"(?:(?:the|all|other|local|those|these|its|their)\s+)?"
    r"(?:(?:other|individual|local|partner|member|constituent|police|territorial)\s+)?"
    r"(?:forces|chief\s+constables|(?:police\s+and\s+crime\s+)?commissioners|pccs|partners|bodies|agencies|"
    r"organi[sz]ations))"
    # "the member agencies of the partnership will ...": the body's own "of" phrase before its verb
    r"(?:\s+of\s+(?:the\s+)?[a-z\-]+(?:\s+[a-z\-]+){0,2}?)?\s+"
    r"(?:will|(?:is|are)\s+(?:to|expected\s+to|due\s+to|asked\s+to)|(?:has|have)\s+been\s+asked\s+to|shall)\s+"
    r"(?:each\s+|then\s+|"
    r"themselves\s+|also\s+|in\s+turn\s+)?"
    r"(?:report|account|give\s+(?:an?\s+|their\s+(?:own\s+)?|its\s+(?:own\s+)?)?(?:accounts?|updates?|reports?)|"
    r"provide\s+(?:an?\s+|their\s+(?:own\s+)?|its\s+(?:own\s+)?)?(?:updates?|accounts?|reports?)|respond|reply|"
    r"answer|(?:publish|set\s+out|confirm)\s+(?:their|its)\s+(?:own\b|progress|responses?|updates?|reports?|plans?|"
    r"positions?)|(?:tell|inform|update)\s+(?:us|the\s+(?:inspectorate|college|council|commissioner|panel)|hmicfrs))"
    # the clause runs to its sentence's end, a semicolon, or a joined clause of its own (", and we have issued ...")
    r"\b(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;])*", re.I)


def _without_others_accounts(text: str, sents: list[tuple[int, int]], low: str) -> list[tuple[int, int]]:
    """The sentences with every clause cut that gives other bodies' account to come (`_OTHERS_ACCOUNT`); a sentence
    that is nothing else is left out. low: the sentences' words lower-cased (the word gate)."""
    if "will" not in low and " to " not in low or not _any_in(low, _OTHERS_ACCOUNT_WORDS) \
            or not _any_in(low, _ACCOUNT_VERB_WORDS):
        return sents
    out: list[tuple[int, int]] = []
    for a, b in sents:
        sentence = text[a:b].lower()
        if not (_any_in(sentence, _OTHERS_ACCOUNT_WORDS) and _any_in(sentence, _ACCOUNT_VERB_WORDS)):
            out.append((a, b))
            continue
        pos = a
        # the sentence on its own, so that "^" is its start (a search from an offset does not anchor there)
        for m in _OTHERS_ACCOUNT.finditer(text[a:b]):
            if _WORDED.search(text, pos, a + m.start()):
                out.append((pos, a + m.start()))
            pos = a + m.end()
        if pos < b and _WORDED.search(text, pos, b):
            out.append((pos, b))
    # nothing cut: the caller's own list, so that what it computed over the answer's words still serves
    return sents if out == sents else out


# Accepting is a position, not a step of the work (ADR 0008 Decision 49; the reading Decision 43 left): a clause whose
# only act is accepting the recommendation ("I accept recommendation 8", "Recommendation 15 was accepted by every
# commissioner who replied", "all 43 forces have confirmed that they accept the three recommendations made for
# policing") says where the writer (or others) stand, not how far the work has got; the statistical reader weighs
# "accepted" and "confirmed" as work done. Such a sentence is left out of the words progress is read in, as others'
# account to come is (`_OTHERS_ACCOUNT`); a next clause with a subject of its own is still read ("..., and her panel has
# held its first reviews"); an answer of nothing else says nothing of progress. Read by structure: a subject with no
# verb of its own, the verb accept (or its passive), the recommendation or a pronoun for it as object, and a tail of no
# verb-led clause; not a denial (a refusal is the position's and `refused()`'s), and not an acceptance done by doing
# ("by setting up ...")
_ACCEPT_OBJECT = (r"(?:(?:(?!(?:and|or|but|by|which|that|to|[\w-]+ed)\b)[\w'\u2019-]+\s+){0,4}?"
                  r"(?:recommendations?|proposals?)\b(?:\s+(?:no\.?\s*)?\d{1,2}[a-z]?"
                  r"(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,2}[a-z]?)*)?|it|them|this|these|those|both|all|each)")
_ACCEPT_TAIL = (r"(?:\s+(?:in\s+(?:full|part|principle)|fully|formally|unreservedly|without\s+reservation|too|also))?"
                r"(?!\s+by\s+\w+ing\b)(?:(?!\b(?:which|and|but|while|whereas|so|because|although|though|since|"
                r"with|as)\b)[^.;:,!?])*")
_ACCEPTANCE_ONLY = re.compile(
    r"(?P<subj>(?:(?!\b(?:will|would|has|have|had|is|are|was|were|been|being|does|did|can|shall|having|after|"
    r"following|since)\b)[^.;:!?]){0,200}?)"
    r"(?:\b(?:(?:has|have|had)\s+(?:now\s+|all\s+|each\s+|both\s+|also\s+|already\s+|formally\s+|fully\s+)*"
    # the acceptance reported: "have confirmed that they accept", "have written to me to say that they accept"
    r"(?:confirmed|said|stated|agreed|(?:told|informed)\s+(?:us|me|the\s+[\w-]+)|written\s+to\s+(?:us|me|the\s+[\w-]+)"
    r"\s+to\s+(?:say|confirm))\s+(?:that\s+)?(?:they|it|he|she|we|I)\s+(?:have\s+|had\s+)?(?:all\s+)?|"
    r"(?:has|have|had|do|does|did)\s+(?:now\s+|all\s+|each\s+|both\s+|also\s+|already\s+|formally\s+|fully\s+)*|"
    r"(?:now\s+|all\s+|each\s+|both\s+|also\s+|formally\s+|fully\s+|therefore\s+)+))?"
    r"\baccept(?:s|ed)?\s+" + _ACCEPT_OBJECT + _ACCEPT_TAIL + r"|"
    # the passive: "Recommendation 15 was accepted by every commissioner", "both have been accepted in full"
    r"(?P<psubj>\W*(?:(?:(?!(?:and|or|but|by|which|that|to|[\w-]+ed)\b)[\w'\u2019-]+\s+){0,4}?(?:recommendations?|"
    r"proposals?)(?:\s+(?:no\.?\s*)?\d{1,2}[a-z]?(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,2}[a-z]?)*)?|it|they|this|"
    r"these|those|both|all|each|all\s+of\s+them|both\s+of\s+them|each\s+of\s+them))\s+"
    r"(?:is|are|was|were|(?:has|have|had)\s+(?:now\s+|also\s+|already\s+)?been)\s+(?:now\s+|also\s+|all\s+|fully\s+|"
    r"formally\s+)*accepted\b" + _ACCEPT_TAIL,
    re.I)
_NOT_WORDS = re.compile(r"\bnot\b|n't\b|\bnever\b|\bno\b|\bcannot\b|\bunable\b", re.I)


# the clause after an acceptance that has a subject of its own (", and her panel has held its first reviews", "; the
# training was delivered in March"): the rest of the sentence, read without the acceptance. A verb sharing the
# acceptance's subject ("We accept this recommendation and will put it in place once ...") is not: that sentence is
# read whole, since the reader weighs a plan with the acceptance before it as it was taught
_OWN_SUBJECT_CLAUSE = re.compile(r"\s*(?:[;:]|,?\s+(?:and|but|while|whereas)\b)\s*(?=(?:the|a|an|our|its|their|this|"
                                 r"these|those|her|his|my|we|they|it|he|she|i|each|every|all|most|some)\b)", re.I)


def _without_acceptances(text: str, sents: list[tuple[int, int]], low: str) -> list[tuple[int, int]]:
    """The sentences with the clause cut whose only act is accepting (`_ACCEPTANCE_ONLY`, from the sentence's start):
    a sentence of nothing else is left out, one whose next clause has its own subject is read from that clause.
    low: the sentences' words lower-cased (the word gate)."""
    if "accept" not in low:
        return sents
    out = []
    for a, b in sents:
        sentence = text[a:b]
        if "accept" in sentence.lower() and not _NOT_WORDS.search(sentence):
            m = _ACCEPTANCE_ONLY.match(text, a, b)
            if m is not None:
                if not _WORDED.search(text, m.end(), b):
                    continue
                if _OWN_SUBJECT_CLAUSE.match(text, m.end(), b):
                    out.append((m.end(), b))
                    continue
        out.append((a, b))
    return sents if out == sents else out


# Work begun is work under way (Decision 43): an answer that tells, in the past, that the work started ("we began
# this work in the spring", "work on the new route got under way last month", "we embarked on a review of the
# contract") and says nothing of it finished reports work under way, whatever the statistical reader leans to (it
# reads some such sentences as done, some as saying nothing). Not a start told as to come or denied ("will begin",
# "has not yet started", "is to be started"), nor the use of something finished ("began using the checklist"), nor an
# answer that also says the work is finished ("began in March and finished in June")
_BEGUN_WORDS = ("began", "begun", "started", "commenced", "embarked", "under way", "underway", "made a start",
                "set to work")
_WORK_BEGUN = re.compile(
    r"\b(?:began|(?:has|have)\s+(?:now\s+)?begun|started|commenced|embarked\s+(?:up)?on|got\s+(?:under\s*way|started)|"
    r"made\s+a\s+start\s+on|set\s+to\s+work\s+on)\b(?!\s+(?:to\s+)?us(?:e|ing)\b)", re.I)
_START_DENIED = re.compile(
    r"\b(?:not|n't|never|yet\s+to|be|been\s+asked|to)\s+(?:\w+\s+)?(?:started|commenced|begun)\b", re.I)
_FINISHED_WORDS = ("complet", "finish", "conclud", "ended", "in place", "went live", "now live", "delivered",
                   "closed", "discharg")


def _work_begun(text: str, sents: list[tuple[int, int]], low: str, found: Finding) -> Finding:
    if _any_in(low, _FINISHED_WORDS):
        return found
    for a, b in sents:
        if _WORK_BEGUN.search(text, a, b) and not _START_DENIED.search(text, a, b):
            if found.value == COMPLETE and found.span not in (None, (a, b)):
                return found  # the reading rests on another sentence: work done there, beside the start told here
            return Finding(IN_PROGRESS, max(scores.CUE_BASE, min(found.confidence, scores.CUE_CEILING)), (a, b),
                           "work begun, and nothing said finished: under way")
    return found


def _done_after_the_wait(text: str, sents: list[tuple[int, int]], found: Finding) -> Finding:
    """The answer's latest state, where the reader's wait for a national body is told before the work finished (Decision
    35's reading, the other way about; Decision 43): "the review was held up until the Home Office issued its guidance.
    It has since been concluded and its report published" is complete. A sentence after the wait that the reader reads
    surely as done, and no later one it reads surely as still waiting or going on, decides."""
    m = model()
    done = None
    for a, b in sents:
        if a < found.span[1]:
            continue
        probs = m.probabilities(text[a:b][:600], "progress")
        if max(probs[AWAITING], probs[IN_PROGRESS], probs[NOT_STARTED]) >= scores.MODEL_SURE:
            return found  # a wait or work still going on after it: the latest state is not the finished work
        if probs[COMPLETE] >= scores.MODEL_SURE and not _FuturePlan.plans(text, a, b):
            done = (a, b, probs[COMPLETE])
    if done is None:
        return found
    return Finding(COMPLETE, round(min(found.confidence, done[2]), 2), done[:2],
                   "work finished after the national wait it tells: the answer's latest state")


def _not_about_progress(text: str, a: int, b: int) -> bool:
    """The sentence is the form's words, a question (`_REPORTED_QUESTION`, `_TOLD_LATER`, `_ASKS`), the report's ask
    (`_THE_ASK`), or refuses a part of the recommendation (`_refuses_part`)."""
    low = text[a:b].lower()
    if any(any(w in low for w in gate) and rx.search(text, a, b) for gate, rx in _FORM_WORDS):
        return True
    if _question(text, low, a, b) or ("?" in low and _ASKS.match(text, a, b)):
        return True
    if _any_in(low, _ASK_WORDS) and _THE_ASK.match(text, a, b):
        return True
    return _refuses_part(text, a, b, low)


def read_by_model(text: str, sents: list[tuple[int, int]], cue_totals=None) -> Finding | None:
    """Progress read by the statistical reader and the weighed cues together.

    Each sentence the model thinks says something about progress (its "none" below one half) adds its
    probabilities; the cues add their weights; each side is made a share of its own total, and the value
    with the largest sum of shares wins (awaiting national and not started a little favoured: rarer, and
    decisive when said). The evidence is the sentence the model reads as that value most surely. None
    when neither side has anything to say."""
    m = model()
    if m is None or not sents:
        return None
    mass: dict[str, float] = {}
    best: dict[str, tuple[float, tuple[int, int]]] = {}
    merged: list[tuple[int, int]] = []
    for a, b in sents:  # a sentence hard-wrapped over lines (a PDF's text) is read whole, not as two
        if merged and _continues(text, a) and a - merged[-1][1] < 3:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    sents = merged
    still_to_do = None  # the first sentence the model reads, surely, as work under way or not yet begun
    done = None  # ... and as work done
    for a, b in sents:
        # "On recommendation 3a, ...": the words naming the recommendation say nothing about its progress
        sentence = text[a:b][:600]
        if '"' in sentence or "\u201c" in sentence or "\u2018" in sentence:  # the speaker's lead ends at a quotation
            sentence = _SPEAKER_LEAD.sub("", sentence, count=1)
        sentence = _NAMING_LEAD.sub("", sentence, count=1)
        if not _WORDED.search(sentence):
            continue  # a cell of no words ("-", "n/a", "5.") says nothing; the reader's priors alone would speak
        if ticked_label(sentence) == "":
            continue  # nor a line of boxes with none ticked: its words are the form's options (`_from_cells`)
        probs = m.probabilities(sentence, "progress")
        if probs["none"] >= scores.MODEL_SAYS_NOTHING:
            continue
        for c, p in probs.items():
            if c == "none":
                continue
            mass[c] = mass.get(c, 0.0) + p
            if p > best.get(c, (0.0, None))[0]:
                best[c] = (p, (a, b))
        if sentence.lstrip().startswith(_QUOTES):
            continue  # a quotation (the recommendation's text) is no report of work
        if still_to_do is None and max(probs[IN_PROGRESS], probs[NOT_STARTED]) >= scores.MODEL_SURE:
            still_to_do = (a, b)
        if done is None and probs[COMPLETE] >= scores.MODEL_SURE:
            done = (a, b)
    total = sum(mass.values())
    cues, _ = cue_totals or _cue_totals(text, sents)
    cue_total = sum(cues.values())
    if total < 0.5 and not cue_total:
        return None
    # the cues' share, less when they are few and weak: a lone "will" is not as much evidence as the reader's sentences
    cue_weight = scores.CUE_SHARE_WEIGHT * min(1.0, cue_total / scores.CUE_FULL_WEIGHT)
    blend = {c: (mass.get(c, 0.0) / total if total else 0.0) + cue_weight *
             (cues.get(c, 0.0) / cue_total if cue_total else 0.0) for c in set(mass) | set(cues)}
    top = max(blend, key=lambda c: blend[c] * _PRIOR.get(c, 1.0))
    if top not in best:
        return None  # only the cues speak: weigh_cues says it with its own evidence
    if mass[top] < scores.MODEL_LONE_PROBABILITY and cues.get(top, 0.0) <= _LONE_WILL:
        # a faint leaning over all the sentences that no cue shares but a lone "will" ("we welcome the report")
        return None
    share = blend[top] / sum(blend.values())
    conf = min(scores.MODEL_CEILING, 0.5 * share + 0.5 * best[top][0])
    if cue_total and max(cues, key=cues.get) != top:
        conf *= scores.MODEL_CUES_DISAGREE  # the rules' cues favour another value: less sure
    if done and _FuturePlan.plans(text, *done):
        done = None  # a sentence that plans ("the policy is due for its review in May, and the risk will be written
        # into it then") reports no work done, however the reader leans
    if still_to_do and done and done != still_to_do and top in (COMPLETE, NOT_STARTED):
        # part done and part still to do ("the live cases were reviewed in May; the closed ones are planned but have
        # no date"): the whole is under way, as parts in several states are summed up
        return Finding(IN_PROGRESS, round(min(conf, scores.MIXED_STATUS_CELLS), 2), still_to_do or done,
                       "statistical reader: work done beside work still to do")
    if conf < scores.MODEL_MIN_PROBABILITY:
        return None
    return Finding(
        top,
        round(conf, 2),
        best[top][1],
        f"statistical reader with cues ({top.replace('_', ' ')} {best[top][0]:.2f} in its strongest sentence)",
    )


def _cue_totals(text: str, sents: list[tuple[int, int]],
                joined_low: tuple[str, str] | None = None) -> tuple[dict[str, float], dict[str, tuple[float, int]]]:
    """Each progress value's cue weight over the answer (capped), and where its strongest cue is. joined_low: the
    sentences joined by newlines, and lower-cased, when the caller has them."""
    if joined_low is None:
        joined = "\n".join(text[a:b] for a, b in sents)
        low = joined.lower()
    else:
        joined, low = joined_low
    totals = dict.fromkeys(_CUE_CAP, 0.0)
    best: dict[str, tuple[float, int]] = {}
    for (prog, w, rx), needles in _CUES_WITH_NEEDLES:
        if needles:
            for n in needles:  # (a plain loop: a generator per cue and answer cost more than the tests themselves)
                if n in low:
                    break
            else:
                continue  # the pattern cannot match without one of these words
        for m in finditer(rx, joined, low) if isinstance(rx, re.Pattern) else rx.finditer(joined, low):
            if _NEGATED.search(joined, max(0, m.start() - 30), m.start()):
                continue
            value = prog
            if prog == COMPLETE and _FuturePlan._CONDITION.search(joined, max(0, m.start() - 45), m.start()):
                # work done inside a condition ("once forces have finished") is not done; "once the last forces have
                # finished" says the others have: under way
                if not _FuturePlan._REST.search(joined, max(0, m.start() - 45), m.start()):
                    continue
                value = IN_PROGRESS
            totals[value] += w
            if w > best.get(value, (0, 0))[0]:
                best[value] = (w, m.start())
    return {k: min(v, _CUE_CAP[k]) for k, v in totals.items()}, best


def weigh_cues(text: str, sents: list[tuple[int, int]], cue_totals=None) -> Finding:
    """Weigh the cues over the whole answer at once, then find the sentence of the strongest."""
    totals, best = cue_totals or _cue_totals(text, sents)
    starts, pos = [], 0
    for a, b in sents:
        starts.append(pos)
        pos += b - a + 1
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    (top, tv), (_, second) = ranked[0], ranked[1]
    if tv <= _LONE_WILL:
        # nothing but one "will", and no sentence the reader reads: "each force will publish its own plan" says what
        # others will report, not how far any work has got
        return Finding(NOT_STATED, scores.NOT_STATED, None, "nothing said about progress")
    margin = (tv - second) / tv
    # never as sure as an explicit statement; less sure with few cues or close rivals
    conf = round(min(scores.CUE_CEILING, scores.CUE_BASE + scores.CUE_MARGIN_WEIGHT * margin
                     + scores.CUE_STRENGTH_WEIGHT * min(tv, scores.CUE_STRENGTH_CAP)), 2)
    k = bisect.bisect_right(starts, best[top][1]) - 1
    return Finding(top, conf, sents[k], f"weighed cues ({top.replace('_', ' ')} {tv:g} against {second:g})")


# A row, a line or a paragraph that answers several recommendations at once ("3 and 4 | ... | In progress") carries one
# status for all of them, the row's; where its own account marks one of them by number ("the policy was amended in May
# (recommendation 4 achieved)", "recommendation 9 is now complete", "(12 in progress)"), that mark is this one's own
# status and outranks the shared one: the narrower scope decides (a careful reader reads a shared summary as the row's,
# a numbered mark as the recommendation's). Read only for an answer shared with another recommendation, and only a
# mark that names the number beside a stage word, so a row of one recommendation is never read by it
_OWN_MARK = re.compile(
    r"(?:\(\s*|\brec(?:ommendation)?s?\.?\s*)(?P<num>\d{1,2}[a-k]?)\s*(?:[:\-\u2013]\s*)?"
    r"(?:is\s+|has\s+been\s+|was\s+)?(?:now\s+|fully\s+)?"
    r"(?P<stage>achieved|complete[d]?|met|done|delivered|closed|discharged|implemented|in\s+progress|under\s*way|"
    r"ongoing|open|outstanding)\b", re.I)
_OWN_MARK_STAGE = {"in progress": IN_PROGRESS, "under way": IN_PROGRESS, "underway": IN_PROGRESS,
                   "ongoing": IN_PROGRESS, "open": IN_PROGRESS, "outstanding": IN_PROGRESS}


def own_mark(text: str, sents: list[tuple[int, int]], number: str) -> Finding | None:
    """The stage a shared answer's account gives this recommendation by its number, if it gives one."""
    for a, b in sents:
        chunk = text[a:b]
        if number not in chunk:  # the cheap gate: the number itself must be in the sentence
            continue
        for m in _OWN_MARK.finditer(chunk):
            if m.group("num").lower() != number.lower() or _NEGATED.search(chunk, max(0, m.start() - 30), m.start()):
                continue
            stage = " ".join(m.group("stage").lower().split())
            return Finding(_OWN_MARK_STAGE.get(stage, COMPLETE), scores.MIXED_STATUS_CELLS,
                           (a + m.start(), a + m.end()), "the shared row's mark of this recommendation by its number")
    return None


# A report that speaks for many bodies (a national lead for the forces, a commissioner for the districts) finishes a
# recommendation only when all of them have: a count of them still to follow ("Thirty-seven have delivered it; six
# expect to finish by March", "the remaining two expect to do so by June") leaves it under way, whatever the summary
# or the words of the ones done say. The count is of bodies or units, never of other recommendations
_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_REST_EXPECTED = re.compile(
    r"\b(?:the\s+)?(?:remaining|other|last)\s+" + _COUNT + r"\b(?!\s+(?:recommendations?|recs?|years?|months?|weeks?))"
    r"[^.;]{0,40}?\b(?:expect|plan|aim|intend|are\s+due|are\s+scheduled|will)\b|"
    r"\b" + _COUNT + r"\s+(?:more\s+|other\s+|further\s+)?(?:forces\s+|areas\s+|others\s+|districts\s+|teams\s+)?"
    r"(?:expect|plan|aim|intend|are\s+due|are\s+scheduled)\s+to\s+(?:finish|complete|do\s+so|follow|deliver|"
    r"have\s+(?:done|finished|completed))\b", re.I)

_REST_WORDS = ("expect", "plan", "aim", "intend", "due", "scheduled", " will ")  # one of which every match holds


def _rest_to_follow(text: str, read: list[tuple[int, int]]) -> Finding | None:
    span = next(((a, b) for a, b in read if _REST_EXPECTED.search(text, a, b)), None)
    if span is None:
        return None
    return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, span, "a count of the rest still to follow")


def combine(findings: list[Finding]) -> Finding | None:
    """Several readings of one recommendation's parts, summed up as one: all the same is that; work done
    or under way beside anything else is in progress; otherwise waiting, then not started."""
    said = [f for f in findings if f.value != NOT_STATED]
    if not said:
        return None
    kinds = {f.value for f in said}
    if len(kinds) == 1:
        value = said[0].value
    elif kinds & {COMPLETE, IN_PROGRESS}:
        value = IN_PROGRESS
    else:
        value = AWAITING if AWAITING in kinds else NOT_STARTED
    chosen = next((f for f in said if f.value == value), said[0])
    conf = min(f.confidence for f in said) if len(kinds) == 1 else min(chosen.confidence, scores.MIXED_STATUS_CELLS)
    rule = chosen.rule if len(said) == 1 else f"{len(said)} parts summed up ({chosen.rule})"
    return Finding(value, conf, chosen.span, rule)


# BRAG ratings ("Blue - complete; Green - on track"): blue is done and green only on track; asked only of a cell that
# says "Green", so the text is searched rarely
# the key, or a status cell that says "Blue" in the same document's table ("| Blue |"): BRAG ratings are in use
_BRAG = re.compile(r"\bBRAG\b|\bblue\s*[-\u2013:=]\s*(?:complete|completed|closed|done)|"
                   r"(?:^|\|)[ \t]*blue[ \t]*(?:$|\|)", re.I | re.M)
# a RAG colour with words after it ("Green - on track", "Amber: slipped to Q3", "Red - not started"): the words say
# how far the work has got, the colour only how it is going against its plan
_COLOUR_QUALIFIED = re.compile(r"^\W*(?:green|amber|red|blue)\b\s*(?:[-\u2013\u2014:;,(]|\s)\s*(\w.*)$", re.I | re.S)
# "G" is on track like "Green" (the update decides whether it is done: `_reconciled`); "R" is "off track" as often as
# "not started": not read
_RAG_LETTER = {"g": IN_PROGRESS, "a": IN_PROGRESS}
_COLOUR_ONLY = re.compile(r"\s*(?:green|amber|red|g|a|r)\W*$", re.I)


def _model_says(words: str) -> str | None:
    """What the statistical reader surely reads in a few words ("three weeks late"), or None."""
    m = model()
    if m is None:
        return None
    probs = m.probabilities(words, "progress")
    top = max(probs, key=probs.get)
    return None if top == "none" or probs[top] < scores.MODEL_SURE else Progress(top)


# A share is its part, not its whole: a status cell that counts what is done ("Green - 2 of 3 deliverables met", "4 of
# 6 actions complete") has the rest still to do, whatever its colour or its word of completion says; only a share
# that is the whole ("3 of 3 met") is done
_SHARE_DONE = re.compile(r"\b(\d{1,3})\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+|these\s+)?(\d{1,3})\b"
                         r"[^.;|]{0,40}?\b(?:met|complete[d]?|delivered|done|closed|achieved|implemented|in\s+place)\b",
                         re.I)


def _share_short(cell: str) -> bool:
    """The cell counts a share of its work done that is less than the whole."""
    if " of " not in cell:
        return False
    m = _SHARE_DONE.search(cell)
    return m is not None and int(m.group(1)) < int(m.group(2))


def _from_cells(text: str, cells) -> Finding | None:
    """A status column: one cell decides; several (one per action) are summed up."""
    found = []
    for cs, ce in cells:
        cell = text[cs:ce].strip(" .")
        if _share_short(cell):
            found.append((IN_PROGRESS, (cs, ce)))
            continue
        label = ticked_label(cell)
        if label == "":
            # a line of boxes with none ticked ("\u2610 Complete \u2610 Ongoing") states nothing: its words are the
            # form's options, not the row's status; the update beside it is the row's account
            continue
        box = _ticked_progress(label)
        if box:
            found.append((box, (cs, ce)))
            continue
        if cell.lower() in _RAG_LETTER:
            found.append((_RAG_LETTER[cell.lower()], (cs, ce)))
            continue
        if cell.lower() in ("green", "g"):
            # green is "on track", whether or not blue is in use: the update beside it says whether the work is done
            # (`_reconciled`); alone it is work under way
            found.append((IN_PROGRESS, (cs, ce)))
            continue
        qualified = _COLOUR_QUALIFIED.match(cell)
        if qualified:
            words = qualified.group(1)
            prog = status_only(words) or next((p for p, rx in _STATUS_WORDS if rx.search(words)), None) \
                or _model_says(words)
            if prog:
                found.append((prog, (cs, ce)))
                continue
        for prog, rx in _STATUS_WORDS:
            if rx.search(cell):
                found.append((prog, (cs, ce)))
                break
        else:
            if len(cells) > 1 and _WORDED.search(cell):
                # one cell per action, this one in free words ("In place since 1 November", "Request submitted;
                # release expected in the spring"): what the reader surely reads in it is that action's status,
                # so that one worded cell does not speak for all of them
                prog = _model_says(cell)
                if prog:
                    found.append((prog, (cs, ce)))
    if not found:
        return None
    worded = [f for f in found if not _COLOUR_ONLY.match(text, *f[1])]
    warned = any(_COLOUR_ONLY.match(text, *f[1]) and text[f[1][0]:f[1][1]].strip()[:1].lower() in "ar"
                 for f in found)
    if worded and len(worded) < len(found) and not (warned and any(p == COMPLETE for p, _ in worded)):
        # a row with a RAG colour and a status in words ("Amber | ... | On hold"): the colour says how the work goes
        # against its plan, the words how far it has got; they are one row's two columns, not two actions. Amber or
        # red beside "Complete" contradict each other, and are read as before: work under way
        found = worded
    kinds = {p for p, _ in found}
    if len(kinds) == 1:
        return Finding(found[0][0], scores.STATUS_CELL, found[0][1], "status column")
    # mixed rows: some work done or under way means the whole is under way
    prog = IN_PROGRESS if kinds & {COMPLETE, IN_PROGRESS} else AWAITING if AWAITING in kinds else NOT_STARTED
    span = next((sp for p, sp in found if p == prog), found[0][1])
    return Finding(prog, scores.MIXED_STATUS_CELLS, span, "status column (actions in several states)")


# A status column says less than the update beside it and trackers are not always kept in step: a careful reader
# follows the update where it plainly says otherwise. "Complete" beside work not yet in effect ("not yet live",
# "awaiting sign-off", "goes to the Board for approval"); "On track" (a schedule, not a stage) beside an update
# that reads as finished; "Not started" beside an update that waits on a national body.
_NOT_IN_EFFECT = re.compile(
    r"\bnot\s+yet\s+(?:live|published|in\s+place|in\s+force|approved|agreed|signed\s+off|launched|implemented|"
    r"rolled\s+out|started)\b|\bawaiting\s+(?:formal\s+)?(?:sign[\s-]?off|approval|ratification|agreement)\b|"
    r"\bfor\s+(?:formal\s+)?(?:approval|sign[\s-]?off|ratification)\b|\bwill\s+(?:start|begin|go\s+live)\s+(?:when|once)\b|"
    # "the recommendation itself cannot be closed until the 2026 release": an interim measure, not the work
    r"\b(?:cannot|can\s*not|can't)\s+(?:yet\s+)?be\s+(?:closed|signed\s+off|discharged|completed)\b|"
    # completion denied in so many words: "the supplier has not yet delivered it", "the evaluation is not yet
    # finished", "roll-out has not been agreed", "will not finish before April": whatever the column says, the update
    # says plainly that the work is not done (a tracker's summary is outranked by its account)
    r"\b(?:(?:has|have|is|are|was|were)\s+not|hasn't|haven't|isn't|aren't|will\s+not|won't)\s+(?:yet\s+)?"
    r"(?:been\s+|be\s+)?(?:fully\s+)?(?:finish(?:ed)?|complete[d]?|deliver(?:ed)?|agreed|approved|evaluated|"
    r"concluded|finalised|finalized|implemented|rolled\s+out|signed\s+off|launched|embedded|adopted|in\s+place|"
    r"given|issued|started|begun|commenced)\b",
    re.I)
# work held up until a national body acts ("We cannot finalise our model until the College publishes its revised
# practice", "Cannot proceed until ... the Home Office issues statutory guidance", "Depends on the Home Office ...
# changing the way forces are told"): waiting on national action, whatever the column says. The blocked clause, or
# an update that opens with its dependence; a local dependence ("once the new coordinator is in post") is not this
_BLOCKED_FOR_NATIONAL = re.compile(
    r"(?:^\W*(?:depends?|dependent|reliant|contingent)\s+(?:on|upon)\b|"
    r"\b(?:cannot|can\s*not|can't|unable\s+to|not\s+able\s+to|no\s+(?:further\s+|local\s+)?(?:action|progress|work)\s+"
    r"(?:is\s+)?possible)\b[^.;]{0,80}?\b(?:until|pending|before|without)\b)[^.;]{0,120}?" + _NATIONAL, re.I)
_BLOCKED_WORDS = ("depend", "reliant", "contingent", "cannot", "can not", "can't", "unable", "not able", "possible")
_WAITS_ON_NATIONAL = re.compile(
    r"\b(?:depends?\s+on|dependent\s+on|awaiting|waiting\s+(?:for|on)|until)\b[^.;]{0,80}?" + _NATIONAL, re.I)
# the reason a status of "not started" gives, in its own words: a national body's wait ("Not yet started: we are waiting
# for the Home Office's revised guidance", "Not started, pending the College's national guidance")
_NOT_STARTED_FOR = re.compile(
    r"\b(?:depends?\s+on|dependent\s+on|awaiting|waiting\s+(?:for|on)|until|pending)\b[^.;]{0,80}?" + _NATIONAL, re.I)
# a tracker update in headline form: "Review of services completed and reported to the Board on 12 June."
_DONE_HEADLINE = re.compile(r"\W*(?![^.;]{0,80}\b(?:will|to\s+be|being|not)\b)(?:[\w'\-]+\s+){1,8}?(?:now\s+)?"
                            r"(?:completed|finished|concluded|delivered|signed\s+off)\b(?!\s+(?:by|in|next|later))",
                            re.I)
# some of the people or the work done, the rest still to come ("delivered to 71% of officers; the rest are booked",
# "completed by 61% of officers", "the remainder by September"): under way, whatever the column says. A share that
# is not of work done ("the audit found 96% compliance") says nothing of the stage
_PART_DONE = re.compile(
    r"\b(?:delivered|completed|trained|attended|received|rolled\s+out|briefed|reached)\b[^.;]{0,40}?"
    r"\b(?:[1-9]\d?(?:\.\d)?\s*(?:%|per\s*cent)|(?:about|around|almost|nearly|over|just\s+over|more\s+than)\s+"
    r"(?:half|two\s+thirds|three\s+quarters|a\s+third|a\s+quarter))\s+of\b|"
    r"\b[1-9]\d?(?:\.\d)?\s*(?:%|per\s*cent)\s+of\s+[^.;]{0,60}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:completed|attended|been\s+(?:trained|briefed)|received|done)\b|"
    r"\b(?:the\s+)?(?:rest|remainder|remaining\s+(?:officers|staff|teams|districts|forces|units|sessions|courses))"
    r"\s+(?:are\s+|is\s+|will\s+be\s+|have\s+been\s+)?(?:booked|scheduled|due|planned|to\s+follow|by|before|in|"
    r"during|over)\b", re.I)
# the rest of the people or the work said to be still to come ("the rest are booked", "the remaining teams by May")
_REST_TO_COME = re.compile(r"\b(?:the\s+)?(?:rest|remainder|remaining\s+\w+)\s+(?:are\s+|is\s+|will\s+be\s+|"
                           r"have\s+been\s+)?(?:booked|scheduled|due|planned|to\s+follow|by|before|in|during|over)\b",
                           re.I)
# a tracker line paused, or not begun, for a national body ("Paused pending the Home Office's decision", "Not started:
# depends on the national risk tool the College is developing"): waiting on national action, whatever the colour
_PAUSED_FOR_NATIONAL = re.compile(
    r"(?:^|(?<=\|))\W*(?:paused|on\s+hold|suspended|deferred|not\s+(?:yet\s+)?(?:started|begun|commenced))\b[^.;]{0,60}?"
    r"\b(?:pending|until|while|awaiting|waiting\s+(?:for|on)|depends?\s+on|dependent\s+on|following)\b[^.;]{0,100}?"
    + _NATIONAL, re.I | re.M)
# a line closed because the recommendation was refused ("Closed | We do not accept this recommendation ... No further
# action"): nothing was done under it
_REFUSED = re.compile(r"\b(?:do(?:es)?\s+not|did\s+not|cannot|will\s+not)\s+(?:accept|agree\s+with|support)\s+"
                      r"(?:this|the|that)\s+recommendation\b|\brecommendation\s+(?:is\s+|was\s+)?not\s+accepted\b|"
                      r"\b(?:we\s+)?reject(?:ed)?\s+(?:this|the)\s+recommendation\b", re.I)
# an update that says the work is finished: opening with "Completed"/"Done"/"Achieved" and a time or a colon, or
# naming the finished state ("is now business as usual", "fully embedded")
_FINISHED_UPDATE = re.compile(
    r"\W*(?:(?:completed|complete|done|achieved|implemented|delivered|finished)\s*(?:in\s+\w+(?:\s+\d{4})?\s*)?[:;\-\u2013]|"
    r"[^.;]{0,80}?\b(?:is|are)\s+now\s+(?:fully\s+)?(?:business\s+as\s+usual|bau|embedded|routine|standard\s+practice)\b|"
    # a tracker's own word that the line is finished: "No further action required - propose closure", "propose Blue"
    r"[^.;]{0,80}?\b(?:no\s+further\s+action\s+(?:is\s+)?(?:required|needed|necessary)|propos(?:e|ed|ing)\s+(?:for\s+)?"
    r"(?:closure|to\s+close|closing|blue|completion)\b)|"
    # the line closed in the tracker's own word, a sentence of its own: "Closed.", "Closed at Board."
    r"(?:now\s+)?closed(?:\s+(?:at|by)\s+(?:the\s+)?[\w ]{1,30})?\W*$)",
    re.I)
# anything still to do or not yet right in an update: then an "In progress" column stands
_STILL_TO_DO = re.compile(r"\b(?:will|remaining|remainder|rest\s+of|still|not\s+yet(?!\s+(?:been\s+)?updated)|"
                          r"yet\s+to|outstanding|next\s+(?:step|phase)|(?<!\bno\s)further|until|pending|awaiting|planned|"
                          r"scheduled|due|being|delayed|overdue|slipped|however|but)\b", re.I)
_NUMBER_OPENS = re.compile(r"\W*rec(?:ommendation)?s?\.?\s*\d", re.I)
_DELAYED = re.compile(r"\b(?:delayed|overdue|slipped|slipping|behind\s+schedule|postponed|put\s+back|pushed\s+back|"
                      r"deferred|not\s+yet)\b", re.I)
_OPEN_ONLY = re.compile(r"^\W*open\b(?:\W+(?:overdue|late|live|active))?\W*$", re.I)
_SCHEDULE_ONLY = re.compile(r"^\W*(?:on\s+track|on\s+target|on\s+schedule)\W*$", re.I)


# More of the update's words that outweigh its column, as a table: (the column's value, what the update says, the
# reading, the rule's name). Each is read only in the update beside a status column (or a ticked box), never in prose.
_UPDATE_AGAINST_COLUMN = [
    # "Complete" beside work that goes on: "the southern phase is ongoing and finishes in March", "The pilot at three
    # stations still continues", "neighbourhood teams go live from February".
    # Monitoring or assurance that goes on is of finished work and is left alone (`_OVERSIGHT`)
    (COMPLETE, re.compile(
        r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:under\s*way|ongoing|in\s+progress)\b|"
        r"\b(?:pilot|trial|roll[\s-]?out|phase|work)\b[^.;]{0,60}?\b(?:continues|depends?\s+on|dependent\s+on)\b|"
        r"\bgo(?:es)?\s+live\s+(?:in|on|from|by|once|when|after)\b", re.I),
     IN_PROGRESS, "the update: work goes on, against its status column"),
    # an amber or "In progress" column beside an update that opens by waiting on a national body ("Pending the Home
    # Office's revised code before the local version is drafted"): the line waits on national action
    (IN_PROGRESS, _AWAITING_OPENS, AWAITING, "the update waits on a national body, against its status column"),
    # "Not started" beside an update that reports the work begun ("Audit commenced in October - 18 of 40 cases
    # reviewed to date"): the column was not kept up to date
    (NOT_STARTED, re.compile(r"\b(?:commenced|started|began|begun|under\s*way|in\s+progress|half\s+done)\b|"
                             r"\b\d{1,3}\s+of\s+(?:the\s+)?\d{1,3}\b[^.;]{0,40}?\b(?:to\s+date|so\s+far|done|"
                             r"complete[d]?|reviewed|trained|briefed)\b", re.I),
     IN_PROGRESS, "the update reports the work begun, against its status column"),
]
_OVERSIGHT = re.compile(r"\W*(?:\w+\s+){0,2}?(?:monitoring|scrutiny|assurance|oversight|"
                        r"audit(?:ing)?\s+of\s+compliance)\b", re.I)


def _against_column(cell: Finding, text: str, update) -> Finding | None:
    for value, rx, reading, rule in _UPDATE_AGAINST_COLUMN:
        if cell.value != value:
            continue
        for a, b in update:
            m = rx.search(text, a, b) if rx is not _AWAITING_OPENS else rx.match(text[a:b])
            # (not what is denied: "not yet started", "no longer under way")
            if m and not _OVERSIGHT.match(text, a, b) and \
                    not (rx is not _AWAITING_OPENS and _NEGATED.search(text, max(a, m.start() - 30), m.start())):
                return Finding(reading, scores.MIXED_STATUS_CELLS, (a, b), rule)
    return None


def _first(rx: re.Pattern, text: str, update, default):
    return next(((a, b) for a, b in update if rx.search(text[a:b])), default)


def _reconciled(cell: Finding, text: str, sents) -> Finding:
    said = cell.span and text[cell.span[0]:cell.span[1]]
    # the update: the row's other sentences, less a RAG colour set aside beside a status in words (`_from_cells`)
    update = [(a, b) for a, b in sents
              if not (cell.span and a <= cell.span[0] < b) and not _COLOUR_ONLY.match(text, a, b)]
    if not said:
        return cell
    if cell.value == NOT_STARTED and _NOT_STARTED_FOR.search(said):
        # "Not yet started: we are waiting for the Home Office's revised guidance": not started because it waits on
        # a national body is the narrower state, awaiting national action (the vocabulary's "deferred until ...")
        return Finding(AWAITING, cell.confidence, cell.span, cell.rule + ", waiting on a national body")
    if not update:
        # a "Status: Complete" label whose sentence runs on into its commentary ("RAG: Green Status: Complete
        # Commentary: ... will be launched in February") holds its own update
        if cell.value == COMPLETE and cell.rule == _STATUS_LABEL_RULE:
            return _step_to_come(cell, text, [cell.span], text[cell.span[0]:cell.span[1]]) or cell
        return cell
    words = "\n".join(text[a:b] for a, b in update)
    # (a sentence opening with a recommendation's number, "Rec 4: ...", speaks of that one, not of this line)
    refusal = next(((a, b) for a, b in update if _REFUSED.search(text[a:b]) and not _NUMBER_OPENS.match(text, a, b)),
                   None) if cell.value == COMPLETE and "closed" in said.lower() else None
    if refusal:
        return Finding(NOT_STARTED, scores.MIXED_STATUS_CELLS, refusal,
                       "the update: closed as not accepted, nothing done under it")
    if cell.value in (COMPLETE, IN_PROGRESS) and _any_in(words.lower(), _BLOCKED_WORDS):
        blocked = next(((a, b) for a, b in update if _BLOCKED_FOR_NATIONAL.search(text[a:b])), None)
        if blocked:
            return Finding(AWAITING, scores.MIXED_STATUS_CELLS, blocked,
                           "the update: held up until a national body acts")
    if cell.value != COMPLETE:
        paused = next(((a, b) for a, b in update if _PAUSED_FOR_NATIONAL.search(text[a:b])), None)
        if paused:
            return Finding(AWAITING, scores.MIXED_STATUS_CELLS, paused, "the update: paused for a national body")
    part_done = cell.value in (COMPLETE, IN_PROGRESS) and _PART_DONE.search(words)
    to_do = (cell.value == IN_PROGRESS or part_done) and bool(_STILL_TO_DO.search(words))
    finished = next(((a, b) for a, b in update if _FINISHED_UPDATE.match(text, a, b)), None) \
        if (cell.value == IN_PROGRESS or part_done) and not to_do else None
    if part_done and (to_do or _REST_TO_COME.search(words) or not (finished or cell.value == COMPLETE)):
        # a share done is the rest still to come only where the update says so ("... the rest are booked", "will",
        # "remaining") or the row's own words do not close it: "Complete" beside "94% of officers have completed the
        # e-learning" and nothing to come, or a row the update closes ("Closed."), is done as the writer judges it
        # "Complete" or "On track" beside "delivered to 71% of officers; the rest are booked": under way
        return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, _first(_PART_DONE, text, update, cell.span),
                       "the update: some done, the rest to come")
    if cell.value == IN_PROGRESS and not to_do:
        # "In progress" or "Amber" beside an update that says the work is finished ("Completed in January: the line is
        # live", "now business as usual and used every time since March"): the column was not kept up to date
        if finished:
            return Finding(COMPLETE, scores.MIXED_STATUS_CELLS, finished, "the update says finished, beside its column")
    if cell.value == COMPLETE and said.strip(" .").lower() in ("green", "g") and _DELAYED.search(words):
        # a colour is how the work goes against its plan: "Green" beside "overdue" or "delayed" is not done
        span = next(((a, b) for a, b in update if _DELAYED.search(text[a:b])), cell.span)
        return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, span, "the update, against its colour")
    if cell.value == COMPLETE and _any_in(words.lower(), _REST_WORDS) and _REST_EXPECTED.search(words):
        span = next(((a, b) for a, b in update if _REST_EXPECTED.search(text, a, b)), cell.span)
        return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, span, "the update: a count of the rest still to follow")
    if cell.value == COMPLETE and _NOT_IN_EFFECT.search(words):
        span = next(((a, b) for a, b in update if _NOT_IN_EFFECT.search(text[a:b])), cell.span)
        return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, span, "the update, against its status column")
    if cell.value == COMPLETE:
        # the work's own step still to come: the column is the writer's summary, the update the account, and an
        # update that books the work's own next step for later is not finished work (`_WORK_TO_COME`)
        to_come = _step_to_come(cell, text, update, words)
        if to_come:
            return to_come
    against = _against_column(cell, text, update)
    if against:
        return against
    if cell.value == NOT_STARTED and _WAITS_ON_NATIONAL.search(words):
        span = next(((a, b) for a, b in update if _WAITS_ON_NATIONAL.search(text[a:b])), cell.span)
        return Finding(AWAITING, scores.MIXED_STATUS_CELLS, span, "the update, against its status column")
    if cell.value == IN_PROGRESS and _OPEN_ONLY.match(said):
        # "Open - overdue" says only that the line is not closed; "Not started." in the update says how far it got
        stated = next(((a, b, st) for a, b in update if (st := status_only(text[a:b])) in (NOT_STARTED, AWAITING)),
                      None)
        if stated:
            return Finding(stated[2], scores.MIXED_STATUS_CELLS, stated[:2], "the update, beside an open status column")
    if cell.value == IN_PROGRESS and (_SCHEDULE_ONLY.match(said) or said.strip(" .").lower() in ("green", "g")):
        done = next(((a, b) for a, b in update if _DONE_HEADLINE.match(text, a, b)), None)
        if done:
            return Finding(COMPLETE, scores.MIXED_STATUS_CELLS, done,
                           "the update, beside a schedule-only status column")
        # the update's own words: another status cell beside it ("On track") says nothing of the stage
        said_update = [(a, b) for a, b in update if not _SCHEDULE_ONLY.match(text[a:b])] or update
        reading = None if _DELAYED.search(words) else _explicit(text, said_update) or read_by_model(text, said_update)
        if reading and reading.value == COMPLETE:
            return Finding(COMPLETE, min(reading.confidence, scores.MIXED_STATUS_CELLS), reading.span,
                           f"the update ({reading.rule}), beside a schedule-only status column")
    # a share reached with nothing said to come ("Complete - BAU" beside "training delivered to 94% of officers; now
    # part of the initial course") was weighed above by the shares' own convention, done as the writer judges it: the
    # reader's lean on the share's words ("delivered to 94% of": in progress) does not weigh it again (Decision 49)
    share_settled = part_done and not to_do
    if cell.value == COMPLETE and not share_settled and _any_in(low := words.lower(), _STILL_GOING_WORDS) \
            and not _any_in(low, _OVERSIGHT_WORDS):
        # the update is the row's account and the status column its summary: where the update says plainly that the
        # work goes on or waits ("41 of 43 forces have ...; the other two by June", "is being piloted in three
        # forces", "the force awaits the national guidance before ..."), the account outranks the summary. Only a
        # sure reading counts (a faint one, or one beside monitoring of finished work, leaves the column standing)
        reading = read_by_model(text, update)
        if (reading and reading.value in (IN_PROGRESS, AWAITING)
                and reading.confidence >= scores.MODEL_UPDATE_OUTRANKS):
            return Finding(reading.value, min(reading.confidence, scores.MIXED_STATUS_CELLS), reading.span,
                           f"the update ({reading.rule}), against its status column")
    return cell


# A "Complete" column beside an update that books the work's own step for later: "build scheduled for April", "the
# change itself is scheduled for the upgrade in October", "will not go live until the agreement is signed", "the final
# module will be delivered in December". The writer's summary closes the line; the account says the thing itself is
# not yet built, live or delivered: under way. The verbs are those of the work coming into effect (built, delivered,
# live, launched, installed, rolled out), or a step "scheduled" / "booked" for later; a step after the work
# (`_AFTER_THE_WORK`: a review, an evaluation, monitoring, refresher training, a report to a board) is not the work
_WORK_TO_COME = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:scheduled|booked|timetabled|programmed)\s+(?:for|in|to)\b|"
    r"\b(?:build|go[\s-]live|launch|roll[\s-]?out|installation|implementation|release|upgrade|switch[\s-]?over)\s+"
    r"(?:is\s+|are\s+)?(?:now\s+)?(?:scheduled|booked|planned|expected|due)\s+(?:for|in|on|by|to)\b|"
    r"\bwill\s+(?:not\s+|only\s+)?(?:go\s+live|take\s+effect|be\s+(?:built|delivered|implemented|rolled\s+out|"
    r"launched|installed|introduced|live|in\s+place|switched\s+on|completed|finished))\b", re.I)


def _step_to_come(cell: Finding, text: str, update, words: str) -> Finding | None:
    if not _any_in(words.lower(), _TO_COME_WORDS):
        return None
    span = next(((a, b) for a, b in update if _WORK_TO_COME.search(text, a, b)
                 and not _AFTER_THE_WORK.search(text, a, b)), None)
    if span is None:
        return None
    return Finding(IN_PROGRESS, scores.MIXED_STATUS_CELLS, span,
                   "the update: the work's own step still to come, against its status column")


_TO_COME_WORDS = ("schedul", "booked", "timetabled", "programmed", "will ", "planned", "expected", "due ")
_AFTER_THE_WORK = re.compile(r"\b(?:review(?:ed)?|evaluat\w*|monitor\w*|audit\w*|dip[\s-]?sampl\w*|refresher|"
                             r"annual(?:ly)?|each\s+year|every\s+year|new\s+starters|business\s+as\s+usual|bau|"
                             r"report(?:ed)?\s+to|update\s+to|meeting|board|panel|committee|inspect\w*)\b", re.I)

_OVERSIGHT_WORDS = ("monitor", "scrutin", "assurance", "oversight", "audit", "review")
# the word gate before the reader is asked (a "Complete" row's update was never read before; most say it is done): an
# update that says the work goes on or waits holds one of these
_STILL_GOING_WORDS = ("being", "await", "wait", "pending", "remain", "expect", "will ", "until", "pilot", "trial",
                      " of ", "%", "per cent", "not yet", "continu", "ongoing", "under way", "underway", "in progress",
                      "due ", "plan", "hold")


# A timeline of dated events ("January 2025 - training needs analysis finished", "Spring 2026 - all investigators
# trained"): events dated up to the document's own date have happened and later ones are planned, so both together
# are work under way and only planned ones are work not started
_MONTH_NUM = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), 1)}
_SEASON_NUM = {"spring": 4, "summer": 7, "autumn": 10, "winter": 12}
_TIMELINE_ENTRY = re.compile(r"\W*(?:(?:early|mid|late)[\s-]+)?(?P<when>"
                             + "|".join(list(_MONTH_NUM) + list(_SEASON_NUM))
                             + r")\s+(?P<year>(?:19|20)\d\d)\s*[-\u2013\u2014:]\s+\S", re.I)


_TIMELINE_OPENERS = frozenset([*_MONTH_NUM, *_SEASON_NUM, "early", "mid", "late"])


def timeline_finding(text: str, sents, as_of: str | None) -> Finding | None:
    """The progress a timeline of two or more dated entries shows, judged by the document's date (ISO)."""
    if not as_of or len(as_of) < 7:
        return None
    now = (int(as_of[:4]), int(as_of[5:7]))
    past, future = [], []
    for a, b in sents:
        # an entry opens with a month, a season or "early/mid/late": the first word says whether to look further
        if text[a:a + 12].lstrip(" \u2022-*").split(" ", 1)[0].lower().rstrip("-") not in _TIMELINE_OPENERS:
            continue
        m = _TIMELINE_ENTRY.match(text, a, b)
        if m:
            when = m.group("when").lower()
            key = (int(m.group("year")), _MONTH_NUM.get(when) or _SEASON_NUM[when])
            (past if key <= now else future).append((a, b))
    if len(past) + len(future) < 2 or not future:
        return None
    if past:
        return Finding(IN_PROGRESS, scores.STATUS_LABEL, future[0], "a timeline: events done and events to come")
    return Finding(NOT_STARTED, scores.STATUS_LABEL, future[0], "a timeline of events still to come")


_PRONOUN_DONE = re.compile(r"^\W*(?:this|that|it)\s+(?:has\s+(?:now\s+|already\s+)?been\s+|is\s+(?:now\s+|already\s+)?)"
                           r"(?:fully\s+)?(?:done|completed|delivered|implemented|achieved|met|finished|closed)\b",
                           re.I)


def _continues(text: str, a: int) -> bool:
    """The span at a carries on a sentence hard-wrapped over lines ("... is about two thirds\ncomplete; ..."): a
    heading's line taken as the label can end mid-sentence, and what follows is no sentence of its own."""
    before = text[max(0, a - 80):a]
    gap = len(before) - len(before.rstrip())
    if "\n\n" in before[len(before) - gap:] or not before.strip():
        return False
    return before.rstrip()[-1:].isalnum() or before.rstrip().endswith(",")


_TICKED_RULE = "the ticked box of a status line"
_STATUS_SENTENCE_RULE = "a sentence that states the status"  # a table's status cell, where the reader saw no table
_STATUS_LABEL_RULE = "status label"


_REC_SHORT = ("rec ", "recs ", "rec.")  # the word as emails and trackers shorten it ("Recs 7 and 10 are delivered")


def _explicit(text: str, sents) -> Finding | None:
    for a, b in sents:
        s = text[a:b]
        # reported speech says what the reported clause says: "the force tells us this is done", "the Chief
        # Constable has told me the training is complete"
        told = unframed(s) if len(s) <= 300 else s  # only a short sentence can be a status or a pronoun's verdict
        label = ticked_label(s)
        if label is not None:
            box = _ticked_progress(label)
            if box:
                return Finding(box, scores.STATUS_ONLY_SENTENCE, (a, b), _TICKED_RULE)
            continue  # a line of boxes speaks only by its one ticked option (a position line says no progress)
        prog = None if _continues(text, a) else status_only(s) or (told is not s and status_only(told))
        if prog:
            return Finding(prog, scores.STATUS_ONLY_SENTENCE, (a, b), _STATUS_SENTENCE_RULE)
        if len(s) <= 200 and _PRONOUN_DONE.match(told):  # "This has been done.": the answer's subject is its action
            return Finding(COMPLETE, scores.EXPLICIT_STATEMENT, (a, b), "explicit statement about the recommendation")
        low = s.lower()
        ordinal = "the " in low[:12] and bool(_ORDINAL_OPENS.match(s))
        whole = " of it " in low and _has_any(low, ("every ", "each ", "all "))  # "every part of it has been done"
        if not ordinal and not whole and not _any_in(low, _EXPLICIT_WORDS):
            continue
        about = ordinal or whole or "recommendation" in low or "compliant" in low or _any_in(low, _REC_SHORT)
        for (prog, rx), needles in zip(_EXPLICIT if about else (), _EXPLICIT_NEEDLES):
            if not _any_in(low, needles):
                continue  # the pattern needs one of these words
            if not can_match(rx, s, low):
                continue  # nor can it open: a verdict verb ("consider", "deem") tried at every letter of the sentence
                # costs ten times the test of the words its matches open with
            m = rx.search(s)
            if m and not _NEGATED.search(s[:m.start()]):
                return Finding(prog, scores.EXPLICIT_STATEMENT, (a, b), "explicit statement about the recommendation")
        # (the label's words gate its search: a sentence naming the recommendation but no status is read at every
        # letter otherwise; a sentence not in ASCII is searched as it is, for the letters re.I reads as ASCII ones)
        m = _STATUS_LABEL.search(s) if _any_in(low, _STATUS_LABEL_WORDS) or not s.isascii() else None
        if m:
            for prog, rx in _STATUS_WORDS:
                if rx.search(m.group(1)):
                    return Finding(prog, scores.STATUS_LABEL, (a, b), _STATUS_LABEL_RULE)
    return None


def _any_in(low: str, words: tuple[str, ...]) -> bool:
    for w in words:  # (a plain loop: cheaper than a generator for a test run on every sentence)
        if w in low:
            return True
    return False


def _has_any(s: str, words: tuple[str, ...]) -> bool:
    low = s.lower()
    return any(w in low for w in words)


_POSITION_STEMS = ("accept", "reject", "declin", "agree", "support", "view", "will not be", "shall not be",
                   "therefore not be", "won't", "will not take",  # (an email's "won't take it forward")
                   "not intend to", "would not be",
                   # (Decision 46) the other verbs of declining: "we refuse it", "decided against", "ruled out",
                   # "concluded that it should not be taken forward"
                   # (not "against" alone: "violence against women and girls" is in every such paper's title)
                   "refus", "ed against", "down against", "ruled out", "should not be")
_POSITION_MODEL_STEMS = _POSITION_STEMS + ("welcom", "endors", "committed", "not intend", "not believe", "not think",
                                           "decided", "will not", "evidence does")


# disputing a claim or a part ("we do not accept that only ... should ...") rather than the recommendation itself
_DISPUTES_PART = re.compile(r"\b(?:do|does|did)\s+not\s+(?:accept|agree)\s+that\s+(?!(?:this|the|that|these)\s+"
                            r"recommendations?\b)", re.I)


# a sentence that tells something: a verb with its tense (an auxiliary, a past or perfect form). A row's title or an
# action's name ("Review recording of breaches", "Non-molestation orders") tells no work, whatever the reader leans
_TOLD = re.compile(r"\b(?:is|are|was|were|has|have|had|been|being|will|am|[a-z]{2,}ed|wrote|held|ran|met|sent|began|"
                   r"made|gave|took|built|set\s+up|now)\b|['\u2019](?:ve|s|re)\b", re.I)


def _work_beside(text: str, sents, refusal: tuple[int, int]) -> bool:
    """Another sentence of the answer that the statistical reader surely reads as work done or under way."""
    m = model()
    if m is None:
        return False
    for a, b in sents:
        if (a, b) == refusal or _has_any(text[a:b], _REFUSAL_WORDS) or not _TOLD.search(text, a, b):
            continue
        probs = m.probabilities(text[a:b][:600], "progress")
        if probs[COMPLETE] + probs[IN_PROGRESS] >= scores.MODEL_SURE:
            return True
    return False


# Accepting one thing in a sentence and refusing another in a later one ("The Department supports the aim of a
# single route. It does not agree that forces should run it", "The board accepted most of the recommendation. It has
# not accepted the proposal that ..."): the answer accepts part of the recommendation. A pair of rules read over the
# answer's sentences, each named: what accepts a part, what refuses a part (the whole recommendation refused, "we do
# not accept this recommendation", is no part)
_PART_RULES = {
    "accepts a part": re.compile(
        r"\b(?:accept|agree|support)(?:s|ed)?\s+(?:(?:with\s+)?(?:the|its)\s+(?:need|aims?|principle|intent(?:ion)?|spirit|"
        r"importance|first|second|third|fourth|case\s+for)\b|most\s+of\b|that\b|"
        # parts named by their letters or numbers: "We accept parts 2a, 2c and 2d", "accepts part (a)", "elements 1.1"
        r"(?:parts?|elements?|limbs?)\s+\(?(?:\d{1,2}\s*)?(?:\(?[a-k]\)?|\.\d{1,2})\b)", re.I),
    "refuses a part": re.compile(
        r"\b(?:do|does|did|have|has|had)\s+not\b,?(?:\s*however,?)?\s+(?:accept(?:ed)?|agree(?:d)?)\b|"
        r"\b(?:is|was|are|were)\s+not\s+accepted\b", re.I),
    "refuses the whole": re.compile(
        r"\bnot\b,?(?:\s*however,?)?\s+(?:accept(?:ed)?|agree(?:d)?\s+with|support(?:ed)?)\s+(?:this|the|that|these)\s+"
        r"recommendations?\b(?!\s+that)", re.I),
}


def _refuses_part(text: str, a: int, b: int, low: str = "") -> bool:
    """The sentence refuses a part of the recommendation, not the whole ("We have not, however, accepted the case for
    a firewall: ... some information must continue to be shared"): it says what will not be done, nothing of how far
    the accepted part has got."""
    low = low or text[a:b].lower()
    return ("accept" in low or "agree" in low) and "not" in low \
        and bool(_PART_RULES["refuses a part"].search(text, a, b)) \
        and not _PART_RULES["refuses the whole"].search(text, a, b)


def _accepts_part(text: str, said) -> tuple[int, int] | None:
    """The sentence refusing a part, after one accepting another part; None when the answer has no such pair. said:
    (start, end, the sentence lower-cased) for each sentence."""
    if len(said) < 2 or not any("not" in low for _, _, low in said):
        return None  # no refusal
    accepted = False
    for a, b, low in said:
        s = text[a:b]
        if "accept" not in low and "agree" not in low and "support" not in low:
            continue
        if accepted and _PART_RULES["refuses a part"].search(s) and not _PART_RULES["refuses the whole"].search(s):
            return a, b
        accepted = accepted or bool(_PART_RULES["accepts a part"].search(s))
    return None


def position_finding(text: str, sents) -> Finding:
    """The position the answer states; else the statistical reader's, when it is sure enough; else
    nothing (the caller may then infer it from the document or the progress)."""
    every = sents
    # no such word, no position (each sentence lower-cased once, for every test below and Decision 29's)
    lows = [text[a:b].lower() for a, b in sents]
    said = [(a, b, low) for (a, b), low in zip(sents, lows) if _any_in(low, _POSITION_MODEL_STEMS)]
    refusal = refusal_position(text, sents, lows) or accepted_but_waits(text, said)  # Decision 29: before "accept ...
    if refusal is not None:  # but ... not" is read as a reservation, or "accept" unnegated
        return refusal
    sents = [(a, b) for a, b, _ in said]
    for a, b, low in said:
        if not _any_in(low, _POSITION_STEMS):
            continue
        s = text[a:b]
        box = ticked_label(s)
        if box is not None:
            # a form's line of options ("\u2612 Accepted \u2610 Partially accepted \u2610 Not accepted"): only the
            # ticked option speaks; the others' words are the form's, not the writer's
            option = _box_position(box)
            if option:
                return Finding(option, scores.POSITION_EXPLICIT, (a, b), "the ticked box of a position line")
            continue
        for (pos, rx), needles in zip(_POSITION, _POSITION_NEEDLES):
            if _any_in(low, needles) and rx.search(s):
                if pos == NOT_ACCEPTED and _DISPUTES_PART.search(s) and _work_beside(text, every, (a, b)):
                    # "We do not accept that only chief officers should authorise" beside work done under the
                    # recommendation: one part disputed, the rest taken up
                    return Finding(PARTIAL, scores.POSITION_EXPLICIT, (a, b),
                                   "explicit statement of position: a part disputed, work done on the rest")
                part = _accepts_part(text, [(x, y, text[x:y].lower()) for x, y in every]) \
                    if pos == NOT_ACCEPTED else None
                if part:
                    return Finding(PARTIAL, scores.POSITION_EXPLICIT, part,
                                   "explicit statement of position: one part accepted, another refused")
                if pos == ACCEPTED:
                    # "We accept the recommendation to review the framework ... However, we do not accept the case
                    # for a complete firewall": the acceptance, then a part refused in a later sentence
                    for x, y in every:
                        if x >= b and "not" in (low2 := text[x:y].lower()) and _refuses_part(text, x, y, low2):
                            return Finding(PARTIAL, scores.POSITION_EXPLICIT, (x, y),
                                           "explicit statement of position: accepted, then a part refused")
                return Finding(pos, scores.POSITION_EXPLICIT, (a, b), "explicit statement of position")
    part = _accepts_part(text, said)
    if part:
        return Finding(PARTIAL, scores.POSITION_EXPLICIT, part,
                       "explicit statement of position: one part accepted, another refused")
    own = accepted_in_words(text, every, lows, said)  # Decision 29 (3): a statement, before the reader's guess
    if own is not None:
        return own
    m = model()
    if m is not None:
        best = (0.0, None, None)
        for a, b in sents:
            probs = m.probabilities(text[a:b][:600], "position")
            value = max((c for c in probs if c != "none"), key=probs.get)
            if probs[value] > best[0]:
                best = (probs[value], value, (a, b))
        if best[0] >= (scores.POSITION_MODEL_MIN_REFUSAL if best[1] == NOT_ACCEPTED else scores.POSITION_MODEL_MIN):
            return Finding(best[1], round(min(scores.POSITION_IMPLIED + 0.1, best[0]), 2), best[2],
                           f"statistical reader ({best[1].replace('_', ' ')} {best[0]:.2f})")
    for a, b in sents:
        s = text[a:b]
        if _POSITION_CUE.search(s):
            return Finding(ACCEPTED, scores.POSITION_IMPLIED, (a, b), "welcomes or supports the recommendation")
    return Finding("not_stated", scores.POSITION_NOT_STATED, None, "nothing said about the position")


_CELL_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,200})?/?>")


def clean(s: str) -> str:
    """A passage as a reviewer reads it: one line, markup a text export kept in its cells ("<p>Complete</p>")
    left out, at most 400 characters."""
    if "<" in s:
        s = _CELL_TAG.sub(" ", s)
    s = " ".join(s.split())
    return s if len(s) <= 400 else s[:397] + "..."


# --- Three conventions in how one sentence is read (ADR 0008, Decision 29) ------------------------------------------
# An analyst reads a sentence by its clause: who (the writer, or the body it reports) does what to what, and when.
# (1) A refusal to do the recommendation's act ("the Department will not legislate for this", "has no plans to fund a
# new post") is not started and not accepted. (2) An act planned for a time to come, with nothing said under way
# ("Go-live set for Q4", "we will appoint a coordinator next spring"), is not started. (3) Acceptance said in other
# words ("we are committed to delivering it", "signed up to the recommendation", "recommendation 6 is supported") is
# accepted. Each is a named rule behind a cheap word gate; each reads only where the answer's explicit statements and
# status have said nothing (a status, a ticked box or an explicit statement still decides).

# who speaks: the writer, a body it names, or a pronoun for either ("the Home Office said it will not ...")
# (a body by its name too: "Essex Police does not propose to ...")
_SAYER = (r"(?:\b(?:we|i|it|they|he|she)|\b(?:(?:the|this|our|my)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:force|constabulary|"
          r"police|service|commissioner|pcc|pfcc|opcc|government|office|department|ministry|college|npcc|council|"
          r"constable|board|authority|panel|agency))")
# the acts a recommendation asks for (to do, set up, change or pay for something); "will not wait for", "this will
# not delay" name no such act and are no refusal
_ACT_VERB = (r"(?:implement|introduce|commission|create|establish|adopt|set\s+up|fund|develop|change|alter|amend|"
             r"legislate|bring\s+(?:in|forward)|take\s+(?:(?:it|this|them|(?:the|this|that)\s+recommendation)\s+)?"
             r"forward|act\s+on|"
             r"pursue|proceed|carry\s+out|undertake|launch|issue|publish|provide|appoint|roll\s+out|mandate|build|"
             r"extend|require|make|run|deliver|progress|follow|produce|recruit|procure)")
# (ADR 0008, Decision 46) a refusal is the writer's statement whatever its tense or person, and outranks the
# statistical reader's lean: a minister or secretary of state speaks for the writer as a force or office does; the
# past ("has declined to", "decided against commissioning") and the impersonal ("there are no plans to", "it is not
# our intention to", "not minded to") refuse as the future does; "will not be introducing" is the act in its -ing form
_REFUSER = (_SAYER[:-2] + r"|secretary|ministers?))")
_ACT_ING = r"(?:introduc|creat|issu|produc|procur|pursu|provid|requir|legislat|mak|chang|tak|undertak|us)ing"
_REFUSED_ACT = re.compile(
    r"(?:(?:" + _REFUSER + r"(?:\s+[\w'\u2019-]+){0,2}?\s+|\band\s+|\bdecision\s+)"
    r"(?:will\s+not|won't|shall\s+not|(?:do|does|did)\s+not\s+(?:intend|propose|plan)\s+to|"
    r"(?:(?:has|have|had)\s+)?(?:decided|chosen|resolved|opted)\s+not\s+to|(?<=decision\s)not\s+to|"
    r"(?:has|have|had)\s+no\s+(?:plans?|intention)\s+to|(?:is|are|am)\s+not\s+(?:going|planning|proposing)\s+to|"
    r"(?:is|are|am)\s+not\s+(?:minded|prepared|willing)\s+to|"
    r"(?:cannot|can't|can\s+not|(?:is|are|am)\s+(?:not\s+able|unable)\s+to))|"
    # declining in the past is read only of the writer's own voice (first person, or "the force", "the Minister"):
    # "the Crown Prosecution Service has declined to change its guidance" is another body's refusal, reported
    r"(?:\b(?:we|i)|\b(?:the|this|our|my)\s+(?:force|constabulary|commissioner|government|department|minister|"
    r"home\s+secretary|secretary\s+of\s+state|council|office))\s+(?:(?:has|have|had)\s+)?(?:declined\s+to|"
    r"refused\s+to|decided\s+against)|"
    r"\bthere\s+(?:are|is)\s+(?:currently\s+)?no\s+(?:plans?|intention)\s+to|"
    r"\bit\s+is\s+not\s+(?:my|our)\s+intention\s+to)\s+"
    r"(?:(?:now|therefore|currently|be(?:\s+able\s+to)?)\s+)?"
    r"(?P<act>" + _ACT_VERB + r"|" + _ACT_ING + r"|accept)\w*\b", re.I)
# one of them in every refusal below
_REFUSAL_COARSE = ("not", "n't", "no plan", "no intention", "unable", "declined", "refused", "decided against")
_REFUSED_ACT_WORDS = ("will not", "won't", "shall not", "not intend", "not propose", "not plan", "not to ",
                      "no plan", "no intention", "not going", "not planning", "cannot", "can't", "can not",
                      "not able", "unable", "declined to", "refused to", "decided against", "not minded",
                      "not prepared", "not willing", "not my intention", "not our intention")
# a refusal held only until something happens is a wait ("will not alter the procedure until the orders commence");
# one whose reason is that existing practice already meets the aim is another convention's (complete, in part)
_REFUSAL_ASIDE = re.compile(r"\b(?:until|unless|pending|once|already|existing)\b", re.I)
# (ADR 0008, Decision 50) ... but a refusal whose object is the recommendation itself refuses the recommendation,
# whatever reason it gives: "the existing framework already provides what is needed, and so we will not be taking
# this recommendation forward" declines the recommendation (nothing of it is done or to do), where "we will not
# create a new register: the existing one already covers it" declines a step and says the aim is met. A wait
# ("until", "pending") still holds either refusal
_REFUSAL_WAITS = re.compile(r"\b(?:until|unless|pending|once)\b", re.I)
_OBJECT_IS_THE_REC = re.compile(r"\s*(?:(?:this|the|that|these)\s+recommendations?|recommendations?\s+\d{1,2}[a-k]?)\b",
                                re.I)


def _refuses_the_rec(text: str, m: re.Match) -> bool:
    """The refused act's object is the recommendation itself ("not be taking this recommendation forward", "will not
    implement recommendation 4"), not a step of its."""
    return "recommendation" in m.group(0).lower() or bool(_OBJECT_IS_THE_REC.match(text, m.end()))
_ACCEPT_STEMS = re.compile(r"\b(?:accept|agree|support|welcom|endors|committed)", re.I)
_ACCEPT_STEM_WORDS = ("accept", "agree", "support", "welcom", "endors", "committed")  # its word gate
_NEGATION_BEFORE = re.compile(r"\b(?:not|n't|never|no|unable|cannot)\b[\w\s]{0,24}$", re.I)


def _refusal_of_act(text: str, a: int, b: int, act_only: bool = False, low: str = "") -> re.Match | None:
    """The sentence refuses the recommendation's act, and neither holds the refusal until something happens nor rests
    it on existing practice; its acceptance words, if any, are all negated ("not able to accept it"). act_only: a
    refusal to accept ("has decided not to accept it") is a position, and says nothing of progress."""
    low = low or text[a:b].lower()
    if not _any_in(low, _REFUSED_ACT_WORDS):
        return None
    m = next((r for r in _REFUSED_ACT.finditer(text, a, b) if not act_only or r["act"].lower() != "accept"), None)
    if m is None:
        return None
    if _REFUSAL_ASIDE.search(text, a, b) and (_REFUSAL_WAITS.search(text, a, b) or not _refuses_the_rec(text, m)):
        return None
    for s in _ACCEPT_STEMS.finditer(text, a, b):  # "we accept it, but will not fund a new post": a part refused
        if not (m.start() <= s.start() < m.end()) and not _NEGATION_BEFORE.search(text, max(a, s.start() - 30),
                                                                                   s.start()):
            return None
    return m


# an act to come: a start, a launch, a plan or a deferral, and the time it is to come ("in Q3", "next spring",
# "in the new year", "2025/26", "Oct", "once the budget is set")
_PLANNED = re.compile(
    r"\b(?:planned|scheduled|due|set|expected|timetabled|programmed)\s+(?:for|to\s+(?:start|begin|commence|launch|"
    r"go\s+live|be\s+[a-z]+ed))\b|\bdeferred\s+(?:to|until|into)\b|"
    r"\b(?:to|will|shall|would|'ll|expect\s+to|aim\s+to)\s+(?:start|begin|commence|kick\s+(?:it\s+|this\s+)?off|launch|"
    r"establish|introduce|set\s+up|commission|appoint|recruit|procure|"
    r"be\s+(?:launched|established|introduced|set\s+up|commissioned|designed|procured|recruited|appointed))\b|"
    r"\b(?:starts?|begins?|commences?|launch(?:es)?)\s+(?:in|from|on|at|during)\b|\bstart(?:\s+date)?\s*[:\-]?\s*"
    r"(?:q[1-4]|\d)|^\W*(?:q[1-4]|quarter\s+[1-4])\s+start\b", re.I)
_PLANNED_WORDS = ("plan", "schedul", "due", "set ", "expect", "timetabl", "programm", "defer", "start", "begin",
                  "commence", "kick", "launch", "establish", "introduc", "commission", "appoint", "recruit",
                  "procure", "design")
_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
_TO_COME = re.compile(
    r"\b(?:q[1-4]|quarter\s+(?:[1-4]|one|two|three|four)|(?:first|second|third|fourth|final)\s+quarter|"
    r"20\d\d\s*[/\-]\s*\d\d|"
    r"(?:next|the\s+new|the\s+coming|this\s+coming)\s+(?:year|financial\s+year|quarter|month|" + _MONTH + r")|"
    r"(?:in|from|during|by|until|to|begin|start|starts)\s+(?:the\s+|early\s+|late\s+|mid[\s-])?"
    r"(?:" + _MONTH + r"|" + _MONTH_ABBR + r"|20\d\d)|"
    r"(?:once|when|after)\s+(?:the\s+)?[\w'\u2019-]+)", re.I)
# work done in the same sentence: what is scheduled is the rest ("Complete, except the last team, due next month")
_DONE_BESIDE = re.compile(r"\b(?:complete[d]?|delivered|in\s+place|done|finished|implemented|(?<!-)live|closed)\b"
                          r"(?![^.;]{0,12}\b(?:by|in|on|from)\b)", re.I)
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:planned|scheduled|due|set|expected|deferred)\b",
                        re.I)


def _plan_to_come(text: str, a: int, b: int) -> bool:
    """The sentence plans an act for a time to come, with no work under way or done in it."""
    low = text[a:b].lower()
    if not _any_in(low, _PLANNED_WORDS):
        return False
    m = _PLANNED.search(text, a, b)
    if m is None or not _TO_COME.search(text, m.start(), b) or _PAST_PLAN.search(text, a, b) \
            or _DONE_BESIDE.search(text, a, b):
        return False
    return not _FuturePlan()._under_way(text, a, b)


_CLAUSE_BREAK = re.compile(r"\s*(?:[;:\u2013\u2014]|\s-\s)\s*")
# work done or going on, in the words the reader may have seen: a perfect, a progressive ("is being drafted", "are
# working"), "under way", "ongoing"
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?!no\b|not\b|yet\b|to\b)[a-z]+|['\u2019]ve\s+(?!no\b|not\b)[a-z]+|"
                      r"\b(?:is|are|am|was|were)\s+(?:now\s+|currently\s+|already\s+)?(?:being\s+[a-z]+|[a-z]+ing)\b|"
                      r"\bunder\s*way\b|\bongoing\b", re.I)


def _only_the_plan(text: str, a: int, b: int) -> bool:
    """The sentence's clauses are the plan and, at most, a label ("Recommendation 16") or a position ("Recommendation
    5 is supported"): no clause of work beside it, and no word of work done or going on anywhere in it."""
    m = _PLANNED.search(text, a, b)
    if m is None or _PERFECT.search(text, a, b):
        return False
    at = a
    for part in _CLAUSE_BREAK.split(text[a:b]):
        start = text.find(part, at)
        at = start + len(part)
        if not start <= m.start() < at and len(part.split()) > 3 and not _ACCEPT_STEMS.search(part):
            return False
    return True


_BARE_POSITION = re.compile(r"\W*(?:(?:fully|partially|partly)\s+)?(?:accepted|agreed|supported)\W*$", re.I)


def plan_or_refusal(text: str, sents, found: Finding) -> Finding:
    """Progress by conventions (1) and (2): a refusal of the act, or an act planned for a time to come, is not
    started. A refusal is read where the weighing found nothing or took the refusal itself for work; a plan only where
    the weighing found nothing; neither where another sentence of the answer reads as work done or under way (a plan
    beside work under way is in progress)."""
    if found.value not in (NOT_STATED, IN_PROGRESS, COMPLETE) or not sents:
        return found
    if found.value != NOT_STATED and not found.rule.startswith(("statistical", "weighed")):
        return found
    # a reading whose evidence is the position alone ("Accepted.") or a row's title ("Breach recording") rests on no
    # work told: a plan elsewhere in the answer is read as where nothing was found (acceptance is a position, Decision
    # 22, not a report of work; a title names the work, it does not tell it)
    bare = found.span is not None and (bool(_BARE_POSITION.match(text, *found.span))
                                       or not _TOLD.search(text, *found.span))
    for a, b in sents:
        if found.value != NOT_STATED and found.span != (a, b) and not bare:
            continue
        if _refusal_of_act(text, a, b, act_only=True):
            rule = "refuses the recommendation's act: nothing begun"
        elif _plan_to_come(text, a, b) and (found.value == NOT_STATED or bare or _only_the_plan(text, a, b)):
            # (where the reader took the plan's sentence for work, only when the sentence is the plan alone, or the
            # plan and a position: "the draft is with Legal; expected to be agreed in October" has work beside the
            # plan, and a plan beside work under way is in progress)
            rule = "an act planned for a time to come: not begun"
        else:
            continue
        if len(sents) > 1 and _work_beside(text, sents, (a, b)):
            return found
        return Finding(NOT_STARTED, scores.CUE_BASE, (a, b), rule)
    return found


# acceptance in other words, by the writer (or the body it reports) of the recommendation itself: "we remain committed
# to delivering recommendation 4", "the force has signed up to it", "took the recommendation on board", "welcomes
# recommendation 2 and will ...", "Recommendation 6 is supported", "yes, we accept"; not of a finding, nor another's act
_THE_REC = (r"(?:(?:this|the|that|these|our|your|its|each|all)\s+(?:\w+\s+)?)?(?:recommendations?|recs?)\b"
            r"(?:\s+\d{1,2}[a-k]?)?|recommendations?\s+\d{1,2}[a-k]?|it\b|them\b")
_Q = r"[\"\u201c\u201d\u2018\u2019]?\s*"
# read in two steps (one pattern led by its sayer was tried from every word of every answer, and cost a tenth of the
# Markdown loop): the verb and its object, matched only where the verb's word stands, then the sayer in the few words
# before it (its auxiliary and adverb among them: "the force has now fully accepted it", "we're signed up to it")
_ACCEPTS_THE_REC = re.compile(
    r"(?:(?:accept|support|endorse|welcome|embrace)(?:s|d|ed)?[\"\u201d\u2019]?\s+(?:and\s+(?:accept|support)(?:s|ed)?\s+)?"
    + _Q + r"|committed\s+to\s+(?:(?:delivering|implementing|acting\s+on|taking\s+forward|meeting)\s+)?|"
    r"signed\s+up\s+to\s+)(?:" + _THE_REC + r")", re.I)
_ACCEPTS_VERBS = ("accept", "support", "endorse", "welcome", "embrace", "committed", "signed up")
# ("\s*" before the verb: its auxiliary may be a contraction glued to the sayer, "We've accepted it"; a word may
# open with a quotation mark, 'she "absolutely supports" it')
# (Decision 50) the sayer may be the members a collated response speaks for, in the plural: "All commissioners accept
# it" in the commissioners' association's summary, as "the commissioner accepts it" in one commissioner's letter
_SAYER_BEFORE = re.compile(_SAYER + r"s?(?:['\u2019](?:ve|re|m|s)\b)?"
                           r"(?:\s+[\"\u201c\u201d\u2018\u2019]?[\w'\u2019-]+){0,3}?\s*" + _Q + r"$", re.I)
# the forms that need no sayer, each behind its words: the recommendation taken on board, accepted in the passive, a
# bare "yes, we accept -"
_ACCEPTED_PLAIN = [
    (("on board",), re.compile(
        r"\b(?:took|take[sn]?|taking|have\s+taken|has\s+taken)\s+(?:" + _THE_REC + r")\s+on\s+board\b", re.I)),
    (("accepted", "supported", "agreed", "endorsed"), re.compile(
        r"\b(?:recommendations?\s+\d{1,2}[a-k]?|(?:this|the)\s+recommendation|rec\s*\d{1,2})\s+(?:is|was|has\s+been|"
        r"have\s+been)\s+(?:fully\s+)?(?:accepted|supported|agreed|endorsed)\b", re.I)),
    (("we accept", "i accept", "we fully accept", "i fully accept"), re.compile(
        r"\b(?:yes,?\s+)?(?:we|i)\s+(?:fully\s+)?accept\s*(?:[\-\u2013\u2014,;]|$)", re.I)),
]
_AGREED_AT = re.compile(r"^\W*agreed\s+(?:at|by|on)\b", re.I)


def _accepted_match(text: str, a: int, b: int, low: str = "") -> re.Match | None:
    """Where the sentence at a:b accepts the recommendation in other words, said by its writer or a body it names."""
    low = low or text[a:b].lower()
    for verb in _ACCEPTS_VERBS:
        i = low.find(verb)
        while i >= 0:
            if not (i and low[i - 1].isalnum()):
                m = _ACCEPTS_THE_REC.match(text, a + i, b)
                if m and _SAYER_BEFORE.search(text, max(a, a + i - 80), a + i):
                    return m
            i = low.find(verb, i + 1)
    for words, rx in _ACCEPTED_PLAIN:
        if _any_in(low, words) and (m := rx.search(text, a, b)):
            return m
    # a tracker's "Agreed at <meeting>": its "^" holds only at the text's start (a cell read alone)
    return _AGREED_AT.match(text, a, b) if a == 0 and "agreed" in low else None


_ACCEPTED_OTHER_WORDS = ("signed up", "on board", "embrac")  # acceptance's words that are not _POSITION_MODEL_STEMS
# a qualified acceptance is the partial rules' to read ("supports it, with reservations", "in principle", "save for")
_QUALIFIED = re.compile(r"\b(?:but|however|although|though|while|whilst|reservations?|caveat|principle|save|except|"
                        r"concerns?|in\s+part|partial(?:ly)?|subject\s+to|aims?|intent(?:ion)?|spirit|thrust)\b", re.I)


# a "but" that only says when ("but we cannot move until the College publishes", "but needed the Home Office to act
# first") qualifies the timing, not the acceptance: the progress reads the wait
_ONLY_WAITS = re.compile(r"\b(?:but|however)\b[^.;]{0,120}?\b(?:until|pending|before|first|once)\b", re.I)
_WAIT_WORDS_29 = ("until", "pending", "before", "first", "once")


def _qualified(text: str, a: int, b: int) -> bool:
    """The sentence qualifies what it accepts; a "but" clause that only waits is no qualification."""
    words = {m.group(0).lower() for m in _QUALIFIED.finditer(text, a, b)}
    if not words:
        return False
    return not (words <= {"but", "however"} and _ONLY_WAITS.search(text, a, b))


def accepted_but_waits(text: str, said) -> Finding | None:
    """"We accept the recommendation but cannot implement it until the NPCC publishes the protocol": an acceptance
    whose only "but" is a wait is accepted (the partial rules would read its "but ... cannot" as a reservation). Read
    only where no other sentence of the answer takes a position. said: (start, end, lower-cased) of the sentences
    holding a position's word."""
    hit = None
    for a, b, low in said:
        if not _any_in(low, _ACCEPT_STEM_WORDS):
            continue
        if hit is not None or not (" but" in low or "however" in low) or not _any_in(low, _WAIT_WORDS_29) \
                or not _ONLY_WAITS.search(text, a, b) \
                or _qualified(text, a, b):
            return None
        m = _POSITION[2][1].search(text, a, b) or _accepted_match(text, a, b, low)
        if m is None or _NEGATION_BEFORE.search(text, max(a, m.start() - 30), m.start()):
            return None
        hit = (a, b)
    if hit is None:
        return None
    return Finding(ACCEPTED, scores.POSITION_EXPLICIT, hit, "explicit statement of position: accepted, then a wait")


def accepted_in_words(text: str, sents, lows: list[str], said) -> Finding | None:
    """Position by convention (3): a sentence whose writer accepts the recommendation in other words, unqualified and
    not negated. said: the sentences holding a position's word (its verbs among them), already found; the others are
    read only for the words that are not a position's ("signed up", "on board", "embrace")."""
    stated = {(a, b) for a, b, _ in said}
    for (a, b), low in zip(sents, lows):
        if (a, b) not in stated and not _any_in(low, _ACCEPTED_OTHER_WORDS):
            continue
        m = _accepted_match(text, a, b, low)
        if m is None or _qualified(text, a, b) or _NEGATION_BEFORE.search(text, max(a, m.start() - 30), m.start()):
            continue
        return Finding(ACCEPTED, scores.POSITION_EXPLICIT, (a, b),
                       "explicit statement of position: accepted in other words")
    return None


def refusal_position(text: str, sents, lows: list[str]) -> Finding | None:
    """Position by convention (1): the one sentence of the answer that takes a position refuses the recommendation's
    act (or says it cannot be accepted). Where another sentence accepts something, the rules for a part decide."""
    # (a few short words first, each sentence's: every refusal holds one, and most sentences refuse nothing)
    hit = next(((a, b) for (a, b), low in zip(sents, lows)
                if _any_in(low, _REFUSAL_COARSE) and _refusal_of_act(text, a, b, low=low)), None)
    if hit is None:
        return None
    if any((a, b) != hit and _any_in(low, _ACCEPT_STEM_WORDS) for (a, b), low in zip(sents, lows)):
        return None  # another sentence takes a position
    return Finding(NOT_ACCEPTED, scores.POSITION_EXPLICIT, hit, "explicit statement of position: refuses the act")
