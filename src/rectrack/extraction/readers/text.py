"""Plain text: blocks are blank-line separated paragraphs and bullet lines.

The document's text is the decoded file itself (newlines normalised, invisible characters such as soft
hyphens dropped, ligatures spelt out: `textutil.plain_chars`), so offsets point into what the author wrote.
"""
from __future__ import annotations

import re
from collections import Counter

from ..blocks import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    Document,
    block_too_long,
    check_text,
    is_marking,
    verbatim_of,
)
from ..limits import DEFAULT_LIMITS, Limits
from ..textutil import plain_chars, spell_out_mapped

_BULLET = re.compile(
    r"[ \t]*(?:[-*\u2022\u2023\u25aa\u25cf\u25e6\u2013\u00b7o]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+\S"
)
# "1.1 ...", "2.3.1 ...": an outline number opening a line
_OUTLINE_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\S")
_SENTENCE_END = re.compile(r"[.,;!?]['\"\u2019\u201d)]?$")


# a PDF converted to text keeps each page's running header and footer: "Page 2 of 5", "- 3 -", and, after the form
# feed that starts a page, its marking or running title ("OFFICIAL", "Stalking super-complaint: our response")
_PAGE_NUMBER = re.compile(r"[ \t\f]*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|"
                          r"-\s*\d{1,4}\s*-)[ \t\f]*$", re.I)
_ANY_PAGE_NUMBER = re.compile(r"^" + _PAGE_NUMBER.pattern, re.I | re.M)


# the words a protective marking line holds (`blocks.MARKING`): only a text with one of them is read line by line
_MARKING_WORD = re.compile(r"official|protect|classified|restricted", re.I)


def _blank_page_furniture(text: str) -> tuple[str, set[int]]:
    """The text with its page furniture blanked out (spaces, so every offset still points where it did): page
    numbers, a protective marking ("OFFICIAL"), and a short line that runs at the page breaks (after a form feed or
    beside a page number) and also opens the document or runs at another break. Left in, a page break in the middle
    of an answer ended it and gave the next passage "OFFICIAL". Also the offsets of the blank lines of each page
    break that falls inside a sentence (the line before it unfinished, the line after it in lower case): they do not
    end the paragraph."""
    if "\f" not in text and not _ANY_PAGE_NUMBER.search(text) and not _MARKING_WORD.search(text):
        return text, set()
    lines = text.split("\n")
    numbered = {i for i, line in enumerate(lines) if len(line) < 40 and _PAGE_NUMBER.match(line)}

    def at_break(i: int) -> bool:
        return "\f" in lines[i] or any(j in numbered for j in range(i - 2, i + 3))

    breaks = {i for i in range(len(lines)) if at_break(i)}
    seen = Counter(lines[i].strip(" \t\f") for i in breaks)
    first = [i for i, line in enumerate(lines[:8]) if line.strip()][:3]  # the first page's running header
    # a running line: at two breaks, or at a break and again among the first lines (a line of its own twice)
    opening = Counter(lines[i].strip() for i in first if i not in breaks)
    furniture = {k for k, c in seen.items() if k and len(k) <= 80 and (c >= 2 or opening[k])}
    out = []
    blanked = set()
    for i, line in enumerate(lines):
        key = line.strip(" \t\f")
        if i in numbered or (key in furniture and (i in breaks or i in first)) or (key and is_marking(key)):
            out.append(" " * len(line))
            blanked.add(i)
        else:
            out.append(line)
    soft: set[int] = set()
    starts = [0]
    for line in out[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(out):
        if i not in blanked:
            i += 1
            continue
        a = i  # a page break: the run of blank lines around furniture
        while a > 0 and not out[a - 1].strip():
            a -= 1
        e = i
        while e + 1 < len(out) and not out[e + 1].strip():
            e += 1
        before, after = (out[a - 1].rstrip() if a else ""), (out[e + 1].lstrip() if e + 1 < len(out) else "")
        if before and after[:1].islower() and before[-1] not in ".:;!?)":
            soft.update(starts[j] for j in range(a, e + 1))
        i = e + 1
    return "\n".join(out), soft


def read_text(text: str, fmt: str = "text", limits: Limits = DEFAULT_LIMITS) -> Document:
    # offsets point into the text as the reader sees it: newlines normalised, invisible characters gone
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, limits)  # before the character work: an oversized text is refused unread
    # the rules read the text spelt out (Decision 28); what differs is kept to show the organisation's words
    original = plain_chars(text)
    text, spelt = spell_out_mapped(original)
    check_text(text, limits)  # (and again: spelling out lengthens a text a little)
    text, page_breaks = _blank_page_furniture(text)
    blocks: list[Block] = []
    para_start = None
    para_end = 0
    pos = 0
    n = len(text)
    outline_para = False  # the paragraph opened with an outline number: so does each of its items

    def flush():
        nonlocal para_start
        if para_start is not None:
            if para_end - para_start > limits.max_block_chars:
                raise block_too_long(para_end - para_start, limits)
            rows = _pipe_table(text, para_start, para_end, len({b.table for b in blocks if b.kind == TABLE_ROW}))
            blocks.extend(rows or [_paragraph(text, para_start, para_end)])
            para_start = None

    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        stripped = line.strip()
        outline = bool(_OUTLINE_LINE.match(line))
        if outline and para_start is not None and outline_para:
            flush()  # "1.1 ...", "1.2 ..." on consecutive lines are separate items, not one paragraph
        if not stripped:
            if pos not in page_breaks:  # a page break inside a sentence does not end its paragraph
                flush()
        elif _BULLET.match(line):
            flush()
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(LIST_ITEM, line.strip(), pos + lead, pos + lead + len(stripped),
                                level=1 + lead // 2))
        elif blocks and blocks[-1].kind == LIST_ITEM and para_start is None and (
                line[:1] in " \t" or _wrapped_on(text, blocks[-1], stripped)):
            # an indented continuation line of a bullet, or a hard-wrapped item's next line written flush left (an
            # email's or a letter's numbered paragraphs: "2. Two of the report's recommendations ... On the" /
            # "first of them, which asks ..."): the item's sentence goes on there, and what it says is the item's
            b = blocks[-1]
            b.end = pos + len(line.rstrip())
            b.text = text[b.start:b.end]
        else:
            lead = len(line) - len(line.lstrip())
            if para_start is None:
                para_start = pos + lead
                outline_para = outline
            para_end = pos + len(line.rstrip())
        pos = nl + 1
    flush()
    doc = Document(text, blocks, fmt)
    if spelt:
        doc.verbatim_text, doc.spelt = verbatim_of(text, original, spelt), spelt
    return doc


def _wrapped_on(text: str, item: Block, line: str) -> bool:
    """Whether a flush-left line right under a list item is the item's hard-wrapped sentence going on: the item's
    last line stops mid-sentence (no closing punctuation, no colon) and is a full line's width (wrapped there, not
    a short item of its own), and the new line opens in lower case (the sentence's next word, not a heading or a
    paragraph of its own); once the item has gone on so, a later line may open with a name too."""
    if not (line[:1].islower() or "\n" in item.text and line[:1].isupper()):
        return False
    last = text[text.rfind("\n", 0, item.end) + 1:item.end]
    return len(last) >= 60 and last[-1:] not in ".;:!?\"'\u2019\u201d)"


def _paragraph(text: str, start: int, end: int) -> Block:
    body = text[start:end]
    single_line = "\n" not in body
    if single_line and len(body) <= 150 and not _SENTENCE_END.search(body):
        return Block(HEADING, body, start, end, level=None)
    return Block(PARAGRAPH, body, start, end)


_SEPARATOR_ROW = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")


def _pipe_table(text: str, start: int, end: int, table: int) -> list[Block]:
    """"Recommendation | Update | Status" over lines with as many cells each: a table converted to text.
    The rows keep their offsets into the text; a "---|---" line under the first row marks it the header,
    as does a first row with no figure in it."""
    lines = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    if len(lines) < 2 or not all("|" in line for _, line in lines):
        return []
    rows = []
    separator_after_first = False
    for i, (at, line) in enumerate(lines):
        if _SEPARATOR_ROW.match(line):
            separator_after_first = separator_after_first or i == 1
            continue
        body = line.rstrip()
        parts, offsets, pos = body.split("|"), [], 0
        for part in parts:
            offsets.append(pos)
            pos += len(part) + 1
        cells = []
        for k, (part, off) in enumerate(zip(parts, offsets)):
            if (k == 0 or k == len(parts) - 1) and not part.strip():
                continue  # the pipes at either end of a Markdown-style row open and close no cell
            lead = len(part) - len(part.lstrip())
            cells.append((at + off + lead, at + off + lead + len(part.strip())))
        rows.append((at, at + len(body), cells))
    if len(rows) < 2 or len({len(c) for _, _, c in rows}) != 1 or len(rows[0][2]) < 2:
        return []
    first = text[rows[0][0]:rows[0][1]]
    header = separator_after_first or not re.search(r"\d", first)
    return [Block(TABLE_ROW, text[a:e], a, e, cells=cells, table=table, header=header and i == 0)
            for i, (a, e, cells) in enumerate(rows)]
