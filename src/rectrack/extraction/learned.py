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

from .textutil import fold

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
_BODY_HINTS = ("office", "npcc", "apcc", "college", "hmicfrs", "iopc", "ministry", "council")


def _token(t: str) -> str:
    if t.isdigit():
        return "YEAR" if len(t) == 4 and t[:2] in ("19", "20") else "NUM"
    return "MONTH" if t in _MONTH_WORDS else t


def tokens(sentence: str) -> list[str]:
    s = fold(sentence)
    if any(h in s for h in _BODY_HINTS):  # the pattern only where it can match
        s = _BODY.sub(" nationalbody ", s)
    return [_token(t) for t in _TOKEN.findall(s)]


@functools.lru_cache(maxsize=8192)
def features(sentence: str) -> list[str]:
    toks = tokens(sentence)
    feats = ["bias"]
    feats += ["w:" + t for t in toks]
    feats += ["b:" + a + " " + b for a, b in zip(toks, toks[1:])]
    if toks:
        feats.append("first:" + toks[0])
        feats.append("first2:" + " ".join(toks[:2]))
    feats.append("len:" + ("short" if len(toks) <= 4 else "long" if len(toks) > 20 else "mid"))
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
