"""Small text helpers shared by the analysers."""
from __future__ import annotations

import re

_QUOTE_PAIRS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
                ("\u2014", "-"), ("\u00a0", " "))
# a single newline is a wrapped line inside a paragraph, not the end of a sentence
_SENT_BREAK = re.compile(r"(?<=[.!?])['\")\]]?\s+|\n[ \t]*\n\s*")


def fold(s: str) -> str:
    """Lowercase, plain quotes and dashes, single spaces: for comparing texts."""
    if not s.isascii():  # a few C-level replaces beat str.translate's per-character lookups
        for a, b in _QUOTE_PAIRS:
            if a in s:
                s = s.replace(a, b)
    return " ".join(s.lower().split())


def spaced(s: str, chars: str) -> str:
    """s with each of chars replaced by a space. A C-level scan, and a replace where found, per character: for a few
    characters a tenth of the time of str.translate, which looks every character of s up in its table."""
    for c in chars:
        if c in s:
            s = s.replace(c, " ")
    return s


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding whitespace."""
    out = []
    pos = start
    for m in _SENT_BREAK.finditer(text, start, end):
        _trim_into(text, pos, m.start() + (1 if text[m.start()] in "'\")]" else 0), out)
        pos = m.end()
    _trim_into(text, pos, end, out)
    return out


def _trim_into(text: str, s: int, e: int, out: list) -> None:
    # str.strip drops exactly what str.isspace calls space, in C rather than a character at a time here
    part = text[s:e].lstrip()
    if part:
        s = e - len(part)
        out.append((s, s + len(part.rstrip())))
