"""One block model for every input format, with offsets into one plain text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ExtractionError
from .limits import DEFAULT_LIMITS, Limits
from .markup import strip_tags
from .textutil import Spelt, back, plain_chars, spaced, spell_out, spell_out_mapped

_HTML_FRAGMENT = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|ul|ol|li|a|table|tr|td)\b[^>]*>", re.I)

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"


@dataclass
class Block:
    kind: str
    text: str
    start: int
    end: int
    level: int | None = None  # heading level (1 = biggest); list nesting depth for list items
    page: int | None = None  # 1-based page number for PDF
    bold: bool = False  # the whole block is emphasised: a heading in all but name
    cells: list[tuple[int, int]] = field(default_factory=list)  # (start, end) per table cell
    table: int | None = None  # index of the table a row belongs to
    header: bool = False  # the row is a table header row

    def cell_texts(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.cells]


@dataclass
class Document:
    text: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    # what the file says about itself outside its text: "title" (a web page's <title>, a Word or PDF file's
    # title property), "site" (the website's name), "header" (a letterhead in a Word file's page header),
    # "running" (a PDF's running header and footer lines, a Word file's page footer), "author" (a document
    # property), "published" (a web page's or file's date)
    meta: dict[str, str] = field(default_factory=dict)
    # what several stages read of the document alike, found once (`quoted_message`)
    found: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    # `text` is what the rules read: contractions and the short forms of "recommendation" spelt out (Decision 28).
    # Where it differs, the organisation's own words (the verbatim text, the document's plain text in the contract,
    # what every output's offsets index) and the stretches that differ (Decision 33); None and [] when nothing was
    # spelt out, as in most documents
    verbatim_text: str | None = field(default=None, repr=False, compare=False)
    spelt: Spelt = field(default_factory=list, repr=False, compare=False)

    @property
    def verbatim(self) -> str:
        """The document's plain text in the organisation's own words (what a reviewer is shown and stores)."""
        return self.text if self.verbatim_text is None else self.verbatim_text

    def to_verbatim(self, pos: int, end: bool = False) -> int:
        """A position in `text` as one in `verbatim` (a span's end maps past a spelt-out word it falls inside)."""
        return back(self.spelt, pos, end) if self.spelt else pos


class DocumentBuilder:
    """Appends blocks to one plain text so that every block knows its span in it.

    Blocks are separated by a blank line, table cells by " | ", so the plain text
    reads naturally and the offsets stay exact.
    """

    CELL_SEP = " | "

    def __init__(self, fmt: str, limits: Limits = DEFAULT_LIMITS):
        self.format = fmt
        self.limits = limits
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []
        self._tables = 0
        # the verbatim of the blocks that had something spelt out, by their place in `_parts`, and the map
        self._verbatim: dict[int, str] = {}
        self._spelt: Spelt = []
        self._shift = 0  # the verbatim's length minus the reading text's, so far

    def _append(self, s: str, verbatim: str = "", spelt: Spelt | None = None) -> int:
        if len(s) > self.limits.max_block_chars:
            raise block_too_long(len(s), self.limits)
        if self._len + len(s) > self.limits.max_text_chars:
            raise text_too_long(self._len + len(s), self.limits)
        if self._len:
            self._parts.append("\n\n")
            self._len += 2
        start = self._len
        self._parts.append(s)
        self._len += len(s)
        if spelt:
            self._verbatim[len(self._parts) - 1] = verbatim
            v0 = start + self._shift
            self._spelt += [(ra + start, rb + start, va + v0, vb + v0) for ra, rb, va, vb in spelt]
            self._shift += len(verbatim) - len(s)
        return start

    def add(self, kind: str, text: str, level: int | None = None, page: int | None = None,
            bold: bool = False) -> Block | None:
        if "\u2028" in text and kind == PARAGRAPH:  # lines the author ended stay lines (`lines_as_blocks`)
            verbatim = "\n".join(x for x in (plain_space(line) for line in text.split("\u2028")) if x)
        else:
            verbatim = plain_space(text)
        text, spelt = spell_out_mapped(verbatim)
        if not text or is_marking(text):
            return None
        start = self._append(text, verbatim, spelt)
        block = Block(kind, text, start, start + len(text), level=level, page=page, bold=bold)
        self.blocks.append(block)
        return block

    def _fragment_text(self, cell: str) -> str:
        """Forms exported with their HTML markup in the cells ("<p>Implemented.</p>"): the cell's text."""
        if "<" not in cell or not _HTML_FRAGMENT.search(cell):
            return cell
        return strip_tags(cell.replace("<br", "\n<br").replace("</p>", "</p>\n"), self.limits)

    def new_table(self) -> int:
        self._tables += 1
        return self._tables - 1

    def add_row(self, cells: list[str], table: int, page: int | None = None,
                header: bool = False) -> Block | None:
        verbatim = [plain_space(self._fragment_text(c)) for c in cells]
        if not any(verbatim):
            return None
        read = [spell_out_mapped(c) for c in verbatim]
        cells = [c for c, _ in read]
        joined = self.CELL_SEP.join(cells)
        spelt: Spelt = []
        if any(m for _, m in read):  # each cell's map, moved to where the cell starts in the row
            r0 = v0 = 0
            for (c, m), v in zip(read, verbatim):
                spelt += [(ra + r0, rb + r0, va + v0, vb + v0) for ra, rb, va, vb in m]
                r0, v0 = r0 + len(c) + len(self.CELL_SEP), v0 + len(v) + len(self.CELL_SEP)
        start = self._append(joined, self.CELL_SEP.join(verbatim), spelt)
        spans, pos = [], start
        for c in cells:
            spans.append((pos, pos + len(c)))
            pos += len(c) + len(self.CELL_SEP)
        block = Block(TABLE_ROW, joined, start, start + len(joined), page=page, cells=spans,
                      table=table, header=header)
        self.blocks.append(block)
        return block

    def build(self, pages: int | None = None, meta: dict[str, str] | None = None) -> Document:
        meta = {k: normalise_space(v)[:300] for k, v in (meta or {}).items() if v and normalise_space(v)}
        doc = Document("".join(self._parts), self.blocks, self.format, pages, meta)
        if self._verbatim:
            parts = list(self._parts)
            for i, v in self._verbatim.items():
                parts[i] = v
            doc.verbatim_text, doc.spelt = "".join(parts), self._spelt
        return doc


# A protective marking (the Government Security Classifications) heads and foots most pages that police and
# government bodies write: it is no title, no heading and no text of the document.
MARKING = re.compile(r"[\W_]*(?:official(?:[\W_]+sensitive)?(?:[\W_]+(?:personal|commercial|for\s+public\s+release))?|"
                     r"not\s+protectively\s+marked|unclassified|protect|restricted)[\W_]*", re.I)


# the message a reply quotes below itself: Outlook's "-----Original Message-----" or its rule and header ("From: ...",
# "Sent: ..."), a mail client's "On 3 November 2021, Super-Complaints wrote:"; a forwarded message is not one (what
# is forwarded may be the answer itself)
_QUOTED_MESSAGE = re.compile(r"\s*(?:-{3,}\s*original\s+message\s*-{3,}|_{8,}\s*\n\s*from:|from:[^\n]{1,120}\n\s*"
                             r"(?:sent|date):|on\s[^\n]{5,150}\bwrote:\s*(?:\n|$))", re.I)


def quoted_message(doc: Document) -> int:
    """Where an email reply's quoted earlier message starts (its writer and its date are not the reply's), or the
    text's length. The reply's own header at the top is not one: something of the reply comes before it."""
    if "quoted" not in doc.found:
        doc.found["quoted"] = _quoted_message(doc)
    return doc.found["quoted"]


def _quoted_message(doc: Document) -> int:
    text = doc.text
    if not any(s in text for s in ("From:", "FROM:", "from:", "wrote:", "riginal", "RIGINAL", "______")):
        return len(text)  # (a C-level look for what each form must hold, before a test of every block)
    for k, b in enumerate(doc.blocks):
        if k >= 2 and _QUOTED_MESSAGE.match(text, b.start, b.end):
            return b.start
    return len(text)


# A document's control table near its top ("Owner | Version | Date" over "Surrey Police | 2.1 | 21/11/2024", a
# version history, or rows "Document owner | Surrey Police"): its cells say who keeps the document and when it was
# issued. A tracker's columns ("Recommendation | Action | Owner | Date") are about the work, not the document.
_WORK_LABEL = re.compile(r"recommendation|\brec\b|action|response|progress|task|measure|milestone|\brag\b|"
                         r"finding|area\s+for\s+improvement", re.I)
# nor is a schedule whose columns are "Meeting | Date" or "Event | Due" (a field "Review due | ..." is the document's)
_SCHEDULE_LABEL = re.compile(r"meeting|event|\bdue\b|target|deadline|timescale", re.I)


def control_cells(doc: Document, limit: int, label: re.Pattern) -> list[tuple[int, int]]:
    """The cells a document's control table gives under (or beside) a label that `label` matches, in the tables that
    start before `limit`: a table of at most eight rows whose labels are short and name no work."""
    tables: dict[int, list[Block]] = {}
    for b in doc.blocks:
        if b.kind != TABLE_ROW or b.table is None:
            if b.start > limit:
                break
            continue
        if b.table not in tables and b.start > limit:
            break
        tables.setdefault(b.table, []).append(b)
    out: list[tuple[int, int]] = []
    for rows in tables.values():
        if not 2 <= len(rows) <= 8:
            continue
        head = rows[0].cell_texts(doc.text)
        firsts = [r.cell_texts(doc.text)[0] for r in rows if r.cells]
        if all(len(h) <= 40 and not _WORK_LABEL.search(h) and not _SCHEDULE_LABEL.search(h) for h in head):
            cols = [i for i, h in enumerate(head) if label.fullmatch(h.strip())]
            out += [r.cells[i] for r in rows[1:] for i in cols if i < len(r.cells)]
        if all(len(f) <= 40 and not _WORK_LABEL.search(f) for f in firsts):  # one field a row: "Owner | Surrey Police"
            out += [c for r in rows if len(r.cells) >= 2 and label.fullmatch(r.cell_texts(doc.text)[0].strip())
                    for c in r.cells[1:]]
    return out


def is_marking(s: str) -> bool:
    return len(s) <= 60 and MARKING.fullmatch(s) is not None


# a paragraph or list item that writes its own number ("7.1 every officer ...", "(b) victims ...", "Recommendation 3:
# ..."): a list's number drawn beside it (an HTML <ol>, Word's numbering) would be a second, different one
_OWN_LABEL = re.compile(r"\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.):]?|\(?[a-z][.)]|\([ivx]{1,4}\)|rec(?:ommendation)?s?\b)"
                        r"(?:\s|$)", re.I)


def own_label(text: str) -> bool:
    return _OWN_LABEL.match(text) is not None


def heading_like(s: str) -> bool:
    """A short bold line that is not a sentence ("<p><strong>Officer training (recommendation 7)</strong></p>"): a
    heading, on the many CMS pages whose authors bold a paragraph rather than choose a heading."""
    s = s.strip()
    return 0 < len(s) <= 120 and s[-1] not in ".!?;," and "\n" not in s and "\u2028" not in s


def lines_as_blocks(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A paragraph's lines (split at its line breaks, each with whether it is bold) as the blocks a reader sees, read
    as a text file's lines are: an empty line (two breaks) ends a block; inside a block the lines stay lines, joined
    by "\u2028" (which `DocumentBuilder.add` keeps as a newline), so a letterhead's, an address's or a signature's
    lines and a date line read as they do in a text file. After a long line that stops mid-clause a break is a wrap
    (text pasted from an email or a PDF keeps its line ends: "... reviewed at 28 days, as the national" / "bail lead
    set out.") and the two lines are one. A block is bold when all its lines are."""
    blocks: list[list[tuple[str, bool]]] = [[]]
    for text, bold in lines:
        if not text.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        group = blocks[-1]
        if group and _wrapped(group[-1][0]):
            prev, prev_bold = group[-1]
            group[-1] = (prev.rstrip() + " " + text.lstrip(), prev_bold and bold)
        else:
            group.append((text, bold))
    return [("\u2028".join(t for t, _ in g), all(b for _, b in g)) for g in blocks if g]


_LINE_DONE = ".:;!?)\"'\u2019\u201d"


def _wrapped(line: str) -> bool:
    line = line.rstrip()
    return len(line) > 60 and line[-1] not in _LINE_DONE


_WS_ASCII, _WS_OTHER = "\t\r\n\x0b\x0c", "\u00a0\u2028\u2029"


def normalise_space(s: str) -> str:
    """Collapse runs of whitespace so each block is one line of text (and make its characters plain), as the rules
    read it (spelt out)."""
    return spell_out(plain_space(s))


def plain_space(s: str) -> str:
    """Runs of whitespace collapsed and characters made plain: a block's text in the organisation's own words."""
    if not s.isascii():
        s = spaced(plain_chars(s), _WS_ASCII + _WS_OTHER)
    else:
        s = spaced(s, _WS_ASCII)
    if "  " in s:
        s = " ".join(s.split())
    return s.strip()


def verbatim_of(text: str, original: str, spelt: Spelt) -> str:
    """The verbatim of a reading text spelt out of `original` by `spelt` and changed since in place without a change
    of length (the text reader blanks page furniture with spaces): a blanked stretch stays blank."""
    out, pos = [], 0
    for ra, rb, va, vb in spelt:
        out.append(text[pos:ra])
        out.append(original[va:vb] if text[ra:rb].strip() else " " * (vb - va))
        pos = rb
    out.append(text[pos:])
    return "".join(out)


def text_too_long(n: int, limits: Limits) -> ExtractionError:
    return ExtractionError(f"The document's text runs to more than {limits.max_text_chars:,} characters, "
                           f"more than rectrack reads in one document.")


def block_too_long(n: int, limits: Limits) -> ExtractionError:
    return ExtractionError(f"The document has a single paragraph or line of {n:,} characters, over the "
                           f"{limits.max_block_chars:,} allowed; it does not read as a written response.")


def check_text(text: str, limits: Limits) -> None:
    """Before a text format is parsed: its size, and its longest line (a 10 MB line is no paragraph)."""
    if len(text) > limits.max_text_chars:
        raise text_too_long(len(text), limits)
    if len(text) <= limits.max_block_chars:
        return
    pos, n = 0, len(text)
    while pos < n:  # str.find runs in C: one step per line, not per character
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if end - pos > limits.max_block_chars:
            raise block_too_long(end - pos, limits)
        pos = end + 1
