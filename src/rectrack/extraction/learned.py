"""The statistical reader: what a sentence says about progress and position, as probabilities.

A multinomial logistic regression over a sentence's words and word pairs, trained on sentences written
and labelled for rectrack (`model/sentences.tsv`, trained by `model/train.py`; nothing downloaded, no
published response used). It reads implied statements the rules have no pattern for ("we shall hold
back until ...", "three of the four teams are now in place") and runs in microseconds a sentence: the
weights are a dictionary from feature to one weight per class, so a sentence costs a few dozen lookups.

The rules stay first (ADR 0008): an explicit statement, a status column or a status line decides; the
model speaks only where the rules would only have weighed cues, and its probability becomes the
confidence after calibration.
"""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from rectrack.core.vocabulary import Position, Progress

from .textutil import contains_any, fold

WEIGHTS = Path(__file__).resolve().parent / "model" / "weights.json"
# the model's classes: the vocabulary's words, with "none" for a sentence that says nothing of them
PROGRESS_CLASSES = (*(p.value for p in Progress if p is not Progress.NOT_STATED), "none")
POSITION_CLASSES = (*(p.value for p in Position if p is not Position.NOT_STATED), "none")

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
           "apr|jun|jul|aug|sep|sept|oct|nov|dec")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|[;:]")
# names of bodies say who acts, not how far the work has got: one token each
_BODY = re.compile(
    r"\b(?:the\s+)?(?:home\s+office|npcc|apcc|college\s+of\s+policing|hmicfrs|iopc|ministry\s+of\s+justice|"
    r"national\s+police\s+chiefs'?\s+council|chief\s+constables?'?\s+council)\b"
)


_MONTH_WORDS = frozenset(_MONTHS.split("|"))
# the words every match of _BODY holds, on folded text (single spaces): most sentences have none
_BODY_HINTS = ("home office", "npcc", "apcc", "college of policing", "hmicfrs", "iopc", "ministry of justice",
               "council")


def _token(t: str) -> str:
    if t.isdigit():
        return "YEAR" if len(t) == 4 and t[:2] in ("19", "20") else "NUM"
    return "MONTH" if t in _MONTH_WORDS else t


# "The Chief Constable has told me (that) ...", "The force tells us ...", "She said the ...", "According to the force,
# ...": who reports it says nothing of how far the work has got; the reported clause is what is read
_FRAME = re.compile(
    r"^(?:according\s+to\s+[^,.;:]{1,60},\s*|[^.;:\"]{1,80}?\b(?:(?:has|have|had)\s+)?(?:told|tells|tell|informed|"
    r"informs|assured|assures|advised|advises)\s+(?:me|us|the\s+(?:\w+\s+){0,2}?(?:panel|board|meeting|committee|"
    r"commissioner))(?:\s+that)?\s+|[^.;:\"]{1,80}?\b(?:said|says|added|adds)(?:\s+that)?\s+|"
    # these verbs also take a thing done as their object ("has confirmed specialist support"): only with "that"
    r"[^.;:\"]{1,80}?\b(?:reported|reports|confirmed|confirms|explained|explains|stated|states|noted|notes)\s+that\s+)"
    r"(?=\S)", re.I)
_FRAME_WORDS = ("told", "tells", "tell ", "inform", "assur", "advise", "said", "says", "added", "adds", "according")
_FRAME_THAT_WORDS = ("report", "confirm", "explain", "state", "noted", "notes")


def unframed(sentence: str) -> str:
    """A sentence less the frame of reported speech that opens it ("the force tells us this is done" is "this is
    done"); the sentence itself when it has none, or when the frame is nearly all there is."""
    low = sentence[:100].lower()
    # the frame's verbs: those that need "that" are looked for only when "that" is there (most sentences say "report")
    if not contains_any(low, _FRAME_WORDS) and not (" that " in low and contains_any(low, _FRAME_THAT_WORDS)):
        return sentence
    m = _FRAME.match(sentence)
    return sentence[m.end():] if m and len(sentence) - m.end() > 8 else sentence


def tokens(sentence: str) -> list[str]:
    return _tokens(fold(sentence))


def _tokens(s: str) -> list[str]:
    if any(h in s for h in _BODY_HINTS):  # the pattern only where it can match
        s = _BODY.sub(" nationalbody ", s)
    if "n't" in s:  # emails and tracker cells write "haven't started": read as "have not started", as the rest is
        s = _NOT.sub(_not, s)
    toks = _TOKEN.findall(s)
    if _MONTH_WORDS.isdisjoint(toks) and not _DIGIT.search(s):
        return toks  # nothing to rename: no number, no month (most sentences; a call a word would cost more)
    return [_token(t) for t in toks]


_DIGIT = re.compile(r"\d")
_NOT = re.compile(r"\b([a-z]+)n't\b")
_NOT_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def _not(m: re.Match) -> str:
    return f"{_NOT_STEMS.get(m.group(1), m.group(1))} not"


_NEGATORS = frozenset(("not", "no", "never", "none", "without", "nothing", "cannot", "unable", "yet"))
_FUTURE = frozenset(("will", "shall", "would", "intend", "intends", "intending", "mean", "plan", "plans", "planned",
                     "scheduled"))
_HAVE = frozenset(("has", "have", "had"))
_BE = frozenset(("is", "are", "am", "was", "were", "being", "been"))
_WAIT = frozenset(("until", "once", "pending", "awaiting", "await", "awaits", "waiting", "depends", "dependent",
                   "subject", "unless"))
_SELF = frozenset(("we", "i", "our", "my", "us"))
_IRREGULAR = frozenset(("done", "made", "set", "built", "run", "met", "put", "taken", "given", "written",
                        "held", "sent", "brought", "seen", "become", "gone", "won", "paid", "led", "read", "spent"))
_DONE_VERBS = frozenset(("completed", "finished", "delivered", "launched", "implemented", "introduced", "issued",
                         "published", "embedded", "adopted", "agreed", "appointed", "closed"))
# a state after "is", "are", "was", "now": "the review is complete", "the flag is live"
_DONE_STATES = frozenset(("complete", "completed", "done", "finished", "closed", "live", "embedded", "implemented",
                          "delivered", "achieved", "met", "operational", "compliant", "discharged"))
# work begun is work under way, not done: "the review has begun"
_STARTED = frozenset(("begun", "began", "started", "commenced", "underway"))
_DONE_CANDIDATES = _IRREGULAR | _DONE_STATES | _STARTED
_VERB_ENDINGS = ("ed", "ing")
_ACCEPTING = frozenset(("accepted", "welcomed", "endorsed", "supported", "acknowledged", "noted"))
_GOING_WORDS = frozenset(("way", "ongoing", "progress", "progressing"))
_BEGUN_AFTER = frozenset(("has", "have", "had", "been", "now", "already", "just", "recently", "is", "are", "work"))
# a clause opened by one of these is a condition or a time, not a report: "after the training has run"
_CONDITION = frozenset(("once", "after", "when", "until", "before", "unless", "if"))
_PERCENT = re.compile(r"(\d{1,3})(?:\.\d)?\s*(?:%|per\s*cent|percent)")


def _participle(t: str) -> bool:
    return (len(t) > 4 and t.endswith("ed")) or t in _IRREGULAR


# some of the work, not all: "the remaining sessions", "half the teams", "partly"
_PART = frozenset(("remaining", "remainder", "rest", "half", "partly", "partially", "part", "most", "some"))
_DETERMINERS = frozenset(("the", "every", "all", "each", "a", "an", "its", "our", "their", "his", "her", "both"))
_NOT_BEFORE_HEADLINE = frozenset(("to", "be", "will", "not", "being", "been", "shall", "would", "is", "are", "was",
                                  "were", "has", "have", "had", "once", "after", "when", "until", "if"))


_FINITE = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "shall", "be", "remain", "remains"))


def _clause(toks: list[str], i: int) -> list[str]:
    end = next((k for k in range(i + 1, len(toks)) if toks[k] in (";", ":")), len(toks))
    return toks[i + 1:end]


def _headline_done(toks: list[str]) -> bool:
    """A tracker's headline in the past, without its auxiliary: "Change made in June; officers briefed",
    "Policy rewritten": a participle among a clause's first three words, with no "to", "be" or "will" before it."""
    starts = [0] + ([i + 1 for i, t in enumerate(toks) if t == ";" or t == ":"] if ";" in toks or ":" in toks else [])
    for start in starts:
        for i in (start + 1, start + 2):
            if i >= len(toks) or toks[i] in (";", ":"):
                break
            t = toks[i]
            if _participle(t) and toks[i - 1] not in _NOT_BEFORE_HEADLINE \
                    and _NOT_BEFORE_HEADLINE.isdisjoint(toks[start:i]) and _FINITE.isdisjoint(_clause(toks, i)):
                return True  # no verb of its own after it: "cases closed last year are still open" is no headline
    return False


def _positions(toks: list[str], words: set[str]) -> list[int]:
    """Where each of a few words stands in the tokens, in order (found by list.index, in C)."""
    out = []
    for w in words:
        i = toks.index(w)
        while True:
            out.append(i)
            try:
                i = toks.index(w, i + 1)
            except ValueError:
                break
    return sorted(out)


def _reach(marks: list[int], first: int, last: int, seps: list[int], n: int) -> set[int]:
    """The positions from `first` to `last` words after each mark, stopping at a ";" or ":" (never one)."""
    out = set()
    for j in marks:
        for i in range(j + first, min(n, j + last + 1)):
            if i in seps:
                break
            out.add(i)
    return out


def _shape(toks: list[str], folded: str) -> list[str]:
    """Features of how a sentence is said rather than its words: negation and its scope (the five words after "not",
    "no", "never", "...n't"), tense and modality (work done, under way, to come, or waited for; done and to come
    together), who acts (we, a national body), a share done ("45%", "0%", "100%"), and the words of a terse cell.

    Only the words that can start or end a reading are visited (a sentence costs microseconds): a word is in a
    negation's scope when a negator stands at most five words before it, and in a condition when "once", "after",
    "when" ... stands at most six before it, with no ";" or ":" between."""
    out = []
    tokset = set(toks)
    seps = [i for i, t in enumerate(toks) if t == ";" or t == ":"] if ";" in tokset or ":" in tokset else []
    negators = ([i for i, t in enumerate(toks) if t in _NEGATORS or t[-3:] == "n't"] if "n't" in folded
                else _positions(toks, tokset & _NEGATORS))
    conditions = _positions(toks, tokset & _CONDITION)

    negated = _reach(negators, 1, 5, seps, len(toks)) if negators else ()
    conditional = _reach(conditions, 0, 6, seps, len(toks)) if conditions else ()
    out += ["n:" + toks[i] for i in sorted(negated)]
    done = going = cond_done = False
    # only the words that can say work done, begun or going on (one C-level test a word picks them)
    for i in [i for i, t in enumerate(toks) if t.endswith(_VERB_ENDINGS) or t in _DONE_CANDIDATES]:
        t = toks[i]
        if t[-2:] == "ed" or t in _DONE_CANDIDATES:
            prev = toks[i - 1] if i else ""
            if t in _STARTED:
                # "has begun", "is now underway": under way; "the contract started on 1 July" tells of a thing begun and
                # in place, and "not begun" of nothing begun
                going = going or ((t == "underway" or prev in _BEGUN_AFTER) and i not in negated)
                continue
            if t in _ACCEPTING or (t == "agreed" and toks[i + 1:i + 2] in (["to"], ["with"])):
                continue  # "all forces have accepted recommendation 4": a position, not work done
            perfect = prev in _HAVE or prev in ("was", "were") \
                or (i > 1 and toks[i - 2] in _HAVE and prev in ("now", "already", "been", "all"))
            if (_participle(t) and perfect) \
                    or (t in _DONE_VERBS and prev in ("and", "now", "fully", "already", "successfully")) \
                    or (t in _DONE_STATES and prev in ("is", "are", "was", "were", "now", "fully", "been", "went",
                                                       "gone")) \
                    or (t[-2:] == "ed" and len(t) > 4 and toks[i + 1:i + 2] and toks[i + 1] in _DETERMINERS
                        and prev not in _NOT_BEFORE_HEADLINE):
                # "drafted and published", "now implemented", "the review is complete", the simple past of an act
                # ("the unit reviewed every case"); not "the closed cases"
                if i not in negated:
                    if i in conditional:
                        cond_done = True
                    else:
                        done = True
        elif t[-3:] == "ing" and (len(t) > 5 or t == "being") and i and toks[i - 1] in _BE:
            going = True
    if not done and "place" in tokset:  # "authorisation in place", "now in place": a state of work done
        done = any(t == "place" and toks[i - 1] == "in" and i - 1 not in negated and i not in negated
                   and i - 1 not in conditional for i, t in enumerate(toks) if i)
    if not going and not _GOING_WORDS.isdisjoint(tokset):  # "is under way", "ongoing", "in progress", "progressing"
        going = "ongoing" in tokset or "progressing" in tokset or any(
            (t == "way" and toks[i - 1] == "under") or (t == "progress" and toks[i - 1] == "in")
            for i, t in enumerate(toks) if i)
    future = not _FUTURE.isdisjoint(tokset)
    negated_future = future and any(t in _FUTURE and toks[i + 1:i + 2] == ["not"] for i, t in enumerate(toks))
    out += ["m:" + name for name, on in (("done", done), ("future", future), ("going", going)) if on]
    if done and future:
        out.append("m:done+future")
    if done and going:
        out.append("m:done+going")  # "the policy was updated and the training is under way"
    if negated_future:
        out.append("m:future-not")
    if cond_done:
        out.append("m:condition-done")
    if _headline_done(toks):
        out.append("m:headline-done")
    if not _PART.isdisjoint(toks):
        out.append("m:part")
    if not _WAIT.isdisjoint(toks):
        national = "nationalbody" in toks or "national" in toks or "government" in toks
        out.append("m:wait+national" if national else "m:wait")
    head = toks[:3]
    if not _SELF.isdisjoint(head):
        out.append("a:self")
    elif "nationalbody" in head or "national" in head:
        out.append("a:national")
    if "%" in folded or "cent" in folded:
        m = _PERCENT.search(folded)
        # "complaints have dropped by 30 per cent" measures an effect of the work, not a share of it done
        if m and not folded.endswith("by ", 0, m.start()):
            n = int(m.group(1))
            out.append("pct:" + ("0" if n == 0 else "100" if n >= 100 else "part"))
    if len(toks) <= 4:
        out += ["terse:" + t for t in toks]
    return out


@functools.lru_cache(maxsize=8192)
def features(sentence: str) -> list[str]:
    sentence = unframed(sentence)
    folded = fold(sentence)
    toks = _tokens(folded)
    feats = ["bias"]
    feats += ["w:" + t for t in toks]
    feats += ["b:" + a + " " + b for a, b in zip(toks, toks[1:])]
    if toks:
        feats.append("first:" + toks[0])
        feats.append("first2:" + " ".join(toks[:2]))
    feats.append("len:" + ("short" if len(toks) <= 4 else "long" if len(toks) > 20 else "mid"))
    feats += _shape(toks, folded)
    return feats


def feature_scale(feats: list[str]) -> float:
    """Each feature counts 1/sqrt(n): a long sentence is not surer for having more words (the bias is 1)."""
    return 1.0 / math.sqrt(max(1, len(feats) - 1))


class Model:
    def __init__(self, data: dict):
        self.classes = {axis: tuple(data[axis]["classes"]) for axis in ("progress", "position")}
        self.weights = {axis: data[axis]["weights"] for axis in ("progress", "position")}

    def probabilities(self, sentence: str, axis: str = "progress") -> dict[str, float]:
        return self._probabilities(sentence, axis)

    @functools.lru_cache(maxsize=8192)  # noqa: B019 (one model per process, never freed) a sentence is read for progress and position, and again by the label
    def _probabilities(self, sentence: str, axis: str) -> dict[str, float]:
        classes, weights = self.classes[axis], self.weights[axis]
        feats = features(sentence)
        scale = feature_scale(feats)
        rows = [w for w in map(weights.get, feats[1:]) if w]
        z = [b + scale * sum(col) for b, col in zip(weights.get("bias", [0.0] * len(classes)), zip(*rows))] \
            if rows else list(weights.get("bias", [0.0] * len(classes)))
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(classes, e)}


@functools.cache
def model() -> Model | None:
    """The trained model, or None when the weights file is missing (the rules then decide alone)."""
    try:
        return Model(json.loads(WEIGHTS.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
