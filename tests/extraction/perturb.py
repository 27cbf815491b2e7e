"""Changes to a document that do not change what a careful reader reads from it (ADR 0008, "Invariance").

Each takes the file's text and returns it changed as real files differ from our renderings: a CMS that pastes a
letter with `<br>` line breaks, bolds paragraphs instead of choosing headings, has no `<main>` landmark; a PDF's
text layer with ligatures and soft hyphens; a date written another way. `test_invariance.py` reads every
development document both ways and wants the same reading.
"""
from __future__ import annotations

import re

_TEXT_NODE = re.compile(r">([^<]+)<")
_MONTHS = ("January February March April May June July August September October November December").split()
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (20\d\d)\b")


def _body_text(html: str, change) -> str:
    """change applied to the text between tags after <body> (a <title> is not where such characters go)."""
    head, sep, body = html.partition("<body")
    if not sep:
        head, body = "", html
    return head + sep + _TEXT_NODE.sub(lambda m: ">" + change(m.group(1)) + "<", body)


def _invisible(t: str) -> str:
    t = re.sub(r"\b([A-Za-z]{4})([a-z]{4,})", "\\1\u00ad\\2", t)  # soft hyphens inside long words
    t = t.replace("fi", "\ufb01").replace("fl", "\ufb02")  # ligatures
    return re.sub(r"(\w) (\w)", "\\1\u200b \\2", t, count=3)  # zero-width spaces


def _us_dates(t: str) -> str:
    return _DATE.sub(lambda m: f"{m.group(2)} {m.group(1)}, {m.group(3)}", t)


def _numeric_dates(t: str) -> str:
    return _DATE.sub(lambda m: f"{int(m.group(1)):02d}/{_MONTHS.index(m.group(2)) + 1:02d}/{m.group(3)}", t)


HTML = {
    # a letter pasted into a CMS: its paragraphs kept apart only by two line breaks
    "br_paragraphs": lambda h: re.sub(r"</p>\s*<p>", "<br><br>", h),
    # headings written as bold paragraphs
    "bold_headings": lambda h: re.sub(r"<h([2-4])([^>]*)>(.*?)</h\1>", r"<p><strong>\3</strong></p>", h, flags=re.S),
    # no <main> or <article>: the content is a <div> like the menus around it
    "no_landmarks": lambda h: re.sub(r"<(main|article)\b", "<div", h).replace("</main>", "</div>")
    .replace("</article>", "</div>"),
    "headings_down": lambda h: re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", h),
    "paragraphs_in_items": lambda h: re.sub(r"<li([^>]*)>(.*?)</li>", r"<li\1><p>\2</p></li>", h, flags=re.S),
    "divs_for_paragraphs": lambda h: re.sub(r"<p(\s[^>]*)?>", r"<div\1>", h).replace("</p>", "</div>"),
    "invisible_characters": lambda h: _body_text(h, _invisible),
    "us_dates": lambda h: _body_text(h, _us_dates),
    "numeric_dates": lambda h: _body_text(h, _numeric_dates),
}

TEXT = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "invisible_characters": _invisible,
    "us_dates": _us_dates,
}
