"""Plain text: blocks are blank-line separated paragraphs and bullet lines.

The document's text is the decoded file itself (newlines normalised, invisible characters such as soft
hyphens dropped, ligatures spelt out: `textutil.plain_chars`), so offsets point into what the author wrote.
"""
from __future__ import annotations

import re

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Document, block_too_long, check_text
from ..limits import DEFAULT_LIMITS, Limits
from ..textutil import plain_chars

_BULLET = re.compile(
    r"[ \t]*(?:[-*\u2022\u2023\u25aa\u25cf\u25e6\u2013\u00b7o]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+\S"
)
# "1.1 ...", "2.3.1 ...": an outline number opening a line
_OUTLINE_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\S")
_SENTENCE_END = re.compile(r"[.,;!?]['\"\u2019\u201d)]?$")


def read_text(text: str, fmt: str = "text", limits: Limits = DEFAULT_LIMITS) -> Document:
    # offsets point into the text as the reader sees it: newlines normalised, invisible characters gone
    text = plain_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    check_text(text, limits)
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
            flush()
        elif _BULLET.match(line):
            flush()
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(LIST_ITEM, line.strip(), pos + lead, pos + lead + len(stripped),
                                level=1 + lead // 2))
        elif blocks and blocks[-1].kind == LIST_ITEM and para_start is None and line[:1] in " \t":
            # an indented continuation line of a bullet
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
    return Document(text, blocks, fmt)


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
