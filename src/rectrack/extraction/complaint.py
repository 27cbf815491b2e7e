"""Which super-complaint a document answers, from the catalogue's titles, bodies, keywords and texts."""
from __future__ import annotations

import math
import re

from . import scores
from .catalogue import Catalogue, SuperComplaint
from .orgs import Mention
from .segment import _bigrams
from .textutil import fold


def _keyword(kw: str) -> tuple[str, bool, re.Pattern]:
    """(folded keyword for a quick substring test, case-sensitive?, whole-word pattern)."""
    acronym = kw.isupper() and len(kw) <= 6
    rx = re.compile(r"(?<![\w-])" + re.escape(fold(kw) if not acronym else kw).replace(r"\ ", r"[\s-]+") + r"(?![\w-])")
    return fold(kw), acronym, rx


def _prepared(catalogue: Catalogue):
    def build(cat):
        out = []
        for sc in cat.super_complaints:
            kws = [_keyword(k) for k in sc.keywords]
            recs = [_bigrams(r.text) for r in sc.recommendations if r.text]
            out.append((sc, fold(sc.title), fold(sc.short_title), kws, recs))
        return out
    return catalogue.cached("complaint_index", build)


def detect(text: str, mentions: list[Mention], catalogue: Catalogue) -> tuple[SuperComplaint | None, float, dict]:
    folded = fold(text)
    head = folded[:4000]
    doc_grams = None
    mentioned = {i for m in mentions if m.entry.kind == "name" for i in m.ids}
    points = {}
    for sc, title, short, kws, recs in _prepared(catalogue):
        score = 0.0
        if title and title in folded:
            score += scores.COMPLAINT_TITLE
        elif title and len(title) > 30 and _title_words_present(title, head):
            score += scores.COMPLAINT_TITLE_WORDS
        if short and len(short) > 12 and short in folded:
            score += scores.COMPLAINT_SHORT_TITLE
        score += scores.COMPLAINT_DESIGNATED_BODY * len(set(sc.designated_bodies) & mentioned)
        hits = 0
        for low, acronym, rx in kws:
            # substring counts first: a pattern opening with a look-behind is tried at every position
            if acronym:
                n = len(rx.findall(text)) if low.upper() in text else 0
            else:
                n = folded.count(low)
            if n:
                hits += 1
                score += scores.COMPLAINT_KEYWORD + 0.5 * math.log(n)
        points[sc.slug] = round(score, 2)
    # Quoted recommendation texts settle close calls; reading them costs a pass over the text.
    ranked = sorted(points.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] - ranked[1] < scores.COMPLAINT_CLOSE_CALL:
        for sc, title, short, kws, recs in _prepared(catalogue):
            if recs:
                if doc_grams is None:
                    doc_grams = _bigrams(text)
                quoted = sum(1 for g in recs if g and len(g & doc_grams) / len(g) >= 0.5)
                points[sc.slug] = round(points[sc.slug] + scores.COMPLAINT_QUOTED_RECOMMENDATION * quoted, 2)
    if not points:
        return None, 0.0, points
    best = max(points, key=points.get)
    if points[best] < scores.COMPLAINT_MIN_SCORE:
        return None, 0.0, points
    ranked = sorted(points.values(), reverse=True)
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0)
    conf = round(min(0.99, 0.5 + margin / 20), 2)
    return catalogue.sc_by_slug[best], conf, points


def _title_words_present(title: str, head: str) -> bool:
    words = [w for w in re.findall(r"[a-z]{4,}", title)]
    if not words:
        return False
    return sum(1 for w in set(words) if w in head) / len(set(words)) >= 0.8
