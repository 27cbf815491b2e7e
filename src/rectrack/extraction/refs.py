"""References, named organisations and boards, and counts of actions inside a response."""
from __future__ import annotations

import functools
import re

from .orgs import norm
from .textutil import NUMBER_WORDS, finditer

_REF_PATTERNS = [
    re.compile(r"#\s?\d{3,}"),
    re.compile(r"\b[A-Z]{2,6}[-/]?\d{3,}\b"),
    # a reference column's or heading's code of parts: "SC1-R1", "WP/SC/01", "HBA-03" (letters and digits both)
    re.compile(r"(?<![\w/-])(?!COVID)(?=[A-Z0-9/-]*[A-Z])(?=[A-Z0-9/-]*\d)[A-Z][A-Z0-9]{0,5}(?:[-/][A-Z0-9]{1,6}){1,3}(?![\w/-])"),
    re.compile(r"\bref(?:erence)?\.?\s*(?:no\.?|number)?\s*[:#]?\s*([A-Z0-9][A-Za-z0-9\-/]{2,})"),
]
_ORG_WORDS = (r"(?:Board|Boards|Forum|Group|Partnership|Network|Service|Services|Centre|Center|Project|Trust|Hub|"
              r"Unit|Team|Council|Alliance|Association|Foundation|Charity|Society|Initiative|Panel|Committee|"
              r"Agency|Authority|Programme|Refuge|Aid|Support|Help|Advice|Collective|Coalition|Consortium)")
_CAP = r"(?:[A-Z][\w'\u2019&-]*|[A-Z]{2,})"
# an organisation word after a word and one space ("Safe Lives Service"). The space and the word's last character are
# tested after a match (`_after_a_word`), not by a look-behind: a pattern opening with the words is searched for by
# their first letters alone, some three times faster than trying a look-behind at every position of the text
_ORG_WORD_RE = re.compile(_ORG_WORDS + r"\b")
_WORD_END = re.compile(r"[\w')]")
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019&-])" + _CAP + r"(?:\s+(?:(?:of|and|for|the|&|on|in)\s+)?" + _CAP + r")*\s+$")
_LIST_CUE = re.compile(r"\b(?:such\s+as|including|include|includes|commissioned|commissions|partnership\s+with|"
                       r"links?\s+with|referred\s+to|provided\s+by|run\s+by)\s+((?:[A-Z][^.;:()]{1,200}))")
_STOP_START = re.compile(r"^(?:The|This|These|Those|Our|Their|A|An|All|Any|Each|Every|Some|In|On|For|With|To)\s+")
_NUMWORDS = {w: i for i, w in enumerate(NUMBER_WORDS)}
_NUMWORDS.update({"thirty": 30, "forty": 40, "fifty": 50})
_N = r"(\d{1,3}|" + "|".join(_NUMWORDS) + r")"
_ACTIONS_TOTAL = re.compile(r"\b" + _N + r"\s+(?:separate\s+|specific\s+|individual\s+|key\s+|agreed\s+)?actions\b",
                            re.I)
_ACTIONS_WORD = re.compile(r"actions\b", re.I)
# a share is its part, not its whole: in "two of its five actions are complete" the count done is two (the whole, "five
# actions", is the total `_ACTIONS_TOTAL` reads), so the share's "of" may name the whole by any determiner and number
_ACTIONS_STATE = re.compile(r"\b" + _N + r"\s+(?:of\s+(?:these|the|which|them|those|its|their|our|his|her|my|your)\s+"
                            r"(?:(?:\d{1,3}|" + "|".join(_NUMWORDS) + r")\s+)?)?(?:actions\s+)?"
                            r"(?:are|have\s+been|were|is|has\s+been|remain)\s+(?:now\s+)?(?:fully\s+)?"
                            r"(complete[d]?|closed|implemented|done|delivered|in\s+progress|ongoing|open|outstanding)",
                            re.I)


def references(text: str) -> list[str]:
    out: list[str] = []
    for rx in _REF_PATTERNS:
        for m in rx.finditer(text):
            v = (m.group(1) if m.groups() else m.group()).replace(" ", "")
            if re.fullmatch(r"(?:19|20)\d\d", v.lstrip("#")) or not re.search(r"\d", v):
                continue
            if not any(v in o or o in v for o in out):
                out.append(v)
    return out


def named_bodies(text: str, known: set[str], limit: int = 25) -> list[str]:
    """Specialist organisations and boards a response names (not the catalogue's own bodies)."""
    found: list[str] = []

    def add(name: str):
        name = _STOP_START.sub("", " ".join(name.split()).strip(" ,.'\u2019\"()"))
        if len(name) < 3 or _norm(name) in known or not name[:1].isupper():
            return
        if name not in found and len(found) < limit:
            found.append(name)

    # find the organisation words first, then read the capitalised name that ends in each
    for w in _ORG_WORD_RE.finditer(text):
        if not _after_a_word(text, w.start()):
            continue
        m = _NAME_BEFORE.search(text, max(0, w.start() - 80), w.start())
        if m:
            add(text[m.start():w.end()])
    # tried only where its opening words stand (`textutil.finditer`): the pattern opens with \b, so the scan tried it at
    # every position of each answer
    for m in finditer(_LIST_CUE, text):
        for item in re.split(r",\s*|\s+and\s+|\s+or\s+", m.group(1)):
            words = []
            for w in item.strip().split():  # the name is the run of capitalised words
                if not (w[:1].isupper() or (words and w.lower() in ("of", "for", "the", "&"))):
                    break
                words.append(w)
            if not words or len(words) > 5:
                break
            add(" ".join(words))
            if len(words) < len(item.split()):
                break  # the sentence goes on after the name: the list has ended
    return found


def _after_a_word(text: str, i: int) -> bool:
    """text[i] follows one space after a word's last character (a letter, digit, underscore, apostrophe or bracket)."""
    return i >= 2 and text[i - 1] == " " and _WORD_END.match(text, i - 2) is not None


@functools.lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    return norm(name)


def _int(tok: str) -> int:
    return int(tok) if tok.isdigit() else _NUMWORDS[tok.lower()]


def action_counts(text: str) -> dict | None:
    # counts come with a total ("20 actions"); look for the word before trying the numbers (by str.find: the case-blind
    # pattern was tried at every position of each answer)
    total = None
    for a in finditer(_ACTIONS_WORD, text):
        m = _ACTIONS_TOTAL.search(text, max(0, a.start() - 40), a.end())
        if m:
            total = _int(m.group(1))
            break
    if total is None:
        return None
    counts: dict = {}
    for m in _ACTIONS_STATE.finditer(text):
        state = m.group(2).lower()
        key = ("completed" if state.startswith(("complete", "closed", "implemented", "done", "delivered"))
               else "in_progress" if state in ("in progress", "ongoing", "open") else "outstanding")
        counts.setdefault(key, _int(m.group(1)))
    return {"total": total, **counts}
