"""PDF with a text layer: headings from font size and weight, tables, page numbers.

pypdfium2 reads every page (about a millisecond a page, and it tells a damaged or encrypted
file apart with a clear error); pdfplumber's slower table finder runs only on pages that
draw ruling lines.

Before pdfium lays out a page (about 200 bytes of memory per glyph), the page's drawing
instructions are inflated with a bound and their text operands counted (`_check_content`):
a 400 KB file whose page draws forty million glyphs is refused in milliseconds.
"""
from __future__ import annotations

import bisect
import html
import io
import re
import zlib
from collections import Counter

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, Document, DocumentBuilder, is_marking
from ..errors import ExtractionError
from ..limits import DEFAULT_LIMITS, Limits, megabytes
from ..textutil import plain_chars

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2013\u00b7\-*o]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+"
)
# "Page 2 of 5", "2 / 5", "Page 1 of" (a template that failed to draw its page count)
_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{0,4})?\s*$", re.I)
_INNER_BULLET = re.compile(r"\s+[\u2022\u25aa\u25cf\u25e6]\s+")
_OPENS_PASSAGE = re.compile(r"(?:rec(?:ommendation)?s?\b|\d{1,2}(?:\.\d{1,2})?[.):]?\s|[A-Z][\w ]{0,30}:)", re.I)
_TRAILING_BULLETS = "\u2022\u25aa\u25cf\u25e6"
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)

# pdfium marks a hyphen it takes for a line-end one with U+0002 (or U+FFFE); a typesetter's break may be drawn as
# U+2010 (HYPHEN) or a soft hyphen: all are a plain hyphen here, and `_Hyphens` decides whether the word joins
_HYPHEN_CHARS = str.maketrans({"\x02": "-", "\ufffe": "-", "\u2010": "-", "\u00ad": "-"})


# A PDF made from a web template can draw a character reference as its characters ("Chiefs&#x27; Council", "Fire
# &amp; Rescue"): a template that escaped its text twice. No writer means those characters; a reader reads the
# character they stand for.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp);")


def _hyphens_plain(text: str) -> str:
    if "&" in text:
        text = _CHAR_REF.sub(lambda m: plain_chars(html.unescape(m.group())), text)
    return text if text.isascii() and "\x02" not in text else text.translate(_HYPHEN_CHARS)


_WORD = re.compile(r"[a-z]+")
_ENDINGS = ("ing", "ed", "d", "s", "es", "ly", "er", "ers", "ment", "ments", "ation", "ations")
_LAST_PART = re.compile(r"([A-Za-z]+)-$")
_FIRST_PART = re.compile(r"^([a-z]+)")
_CELL_BREAK = re.compile(r"([A-Za-z]+)-[ \n]([a-z]+)")


class _Hyphens:
    """A word broken at a line's end with a hyphen: a typesetter's break ("com-" / "pleted", from a designed report
    or a Word file set to hyphenate) or a compound that happens to end the line ("honour-" / "based"). pdfium cannot
    tell them apart, and neither can a rule on the hyphen alone; the document's own words can. The word is joined
    ("completed") when the document uses it whole elsewhere; it is a compound and keeps its hyphen ("honour-based")
    when either part is a word the document uses ("based" is, "pleted" is not). When the words do not tell, the
    document does: one hyphenated by a typesetter breaks many lines so (three or more), and its breaks join; in
    one that is not (Word does not hyphenate unless told to), a line-end hyphen is a compound's. "pre-" / "and
    post-charge" keeps its space."""

    def __init__(self, pages: list[dict]):
        words: set[str] = set()
        breaks = 0
        for p in pages:
            for ln in p["lines"]:
                text = ln["text"]
                breaks += text.endswith("-") and text[-2:-1].isalpha()
                found = _WORD.findall(text.lower())
                if text.endswith("-") and found:
                    found = found[:-1]  # the first part of a broken word is no word of the document
                if text[:1].islower() and found:
                    found = found[1:]  # nor may be a line's first, in lower case (lines of cells interleave)
                words.update(found)
            for _, rows, _, _ in p["tables"]:
                for row in rows:
                    for cell in row:
                        plain = _hyphens_plain(cell or "").lower()
                        breaks += len(_CELL_BREAK.findall(plain))
                        words.update(_WORD.findall(_CELL_BREAK.sub(" ", plain)))
        self.words = words
        self.typeset = breaks >= 3

    def join(self, first: str, second: str) -> str:
        """first + second, first ending with a hyphen at its line's end."""
        a, b = _LAST_PART.search(first), _FIRST_PART.match(second)
        if not a or not b:
            return first + " " + second
        head, tail = a.group(1).lower(), b.group(1)
        if tail in ("and", "or", "to"):
            return first + " " + second  # "pre- and post-charge"
        if self._known(head + tail) or (self.typeset and head not in self.words and tail not in self.words):
            return first[:-1] + second  # a typesetter's break
        return first + second  # a compound

    def _known(self, word: str) -> bool:
        """The word, or its stem before a common ending ("re-" / "viewing" where the document says "review")."""
        return word in self.words or any(word.endswith(end) and word[:-len(end)] in self.words
                                         for end in _ENDINGS if len(word) - len(end) >= 4)

    def cell(self, text: str) -> str:
        return _CELL_BREAK.sub(lambda m: self.join(m.group(1) + "-", m.group(2)), text)


def _open_check(data: bytes) -> int:
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg or "security" in msg:
            raise ExtractionError("The PDF is encrypted (password-protected); save an unprotected copy.") from None
        raise ExtractionError("The PDF is damaged or truncated and cannot be read.") from None
    try:
        n = len(pdf)
    finally:
        pdf.close()
    if n == 0:
        raise ExtractionError("The PDF has no pages.")
    return n


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    import pypdfium2 as pdfium
    n_pages = _open_check(data)
    if n_pages > limits.max_pdf_pages:
        raise ExtractionError(f"The PDF has {n_pages:,} pages, more than the {limits.max_pdf_pages:,} rectrack reads "
                              f"in one document.")
    _check_content(data, limits)
    pages = []
    table_pages = []
    try:
        pdf = pdfium.PdfDocument(data)
        try:
            for i in range(n_pages):
                page = pdf[i]
                try:
                    pages.append(_page_lines_pdfium(page, i + 1, limits))
                    if _has_rules(page):
                        table_pages.append(i)
                finally:
                    page.close()
        finally:
            pdf.close()
    except ExtractionError:
        raise
    except Exception as e:
        raise ExtractionError(f"The PDF is damaged and its text cannot be read ({type(e).__name__}).") from None
    if table_pages:
        _add_tables(data, pages, table_pages)
    b = DocumentBuilder("pdf", limits)
    _assemble(pages, b)
    doc = b.build(pages=n_pages, meta={"running": _running_lines(pages)})
    if not doc.text.strip():
        raise ExtractionError("The PDF has no text layer (it may be a scanned image); it needs OCR first.")
    return doc


def _page_lines_pdfium(page, pageno: int, limits: Limits = DEFAULT_LIMITS) -> dict:
    """Lines with the size and weight of their first character: pdfium reads a page in milliseconds."""
    import ctypes

    import pypdfium2.raw as raw
    tp = page.get_textpage()
    try:
        height = float(page.get_height() or 842)
        n = tp.count_chars()
        if n > limits.max_pdf_page_chars:
            raise page_too_dense(pageno, n, limits)
        lines, cur = [], []
        for i in range(n):
            ch = raw.FPDFText_GetUnicode(tp.raw, i)
            if ch in (10, 13):
                if cur:
                    lines.append(cur)
                cur = []
            else:
                cur.append((i, ch))
        if cur:
            lines.append(cur)
        out = []
        buf = ctypes.create_string_buffer(128)
        rect = raw.FS_RECTF()
        flags = ctypes.c_int()
        for chars in lines:
            try:
                # a line-end hyphen, whatever character draws it, is a hyphen; `_Hyphens` joins the word or not
                text = _hyphens_plain("".join(chr(c) for _, c in chars)).strip()
            except ValueError:
                continue
            if not text:
                continue
            first = next(i for i, c in chars if not chr(c).isspace())
            size = round(raw.FPDFText_GetFontSize(tp.raw, first), 1)
            weight = raw.FPDFText_GetFontWeight(tp.raw, first)
            raw.FPDFText_GetFontInfo(tp.raw, first, buf, len(buf), ctypes.byref(flags))
            name = buf.value.decode("latin-1", "replace")
            # the loose box spans the font's ascent and descent: line gaps then mean paragraph gaps
            raw.FPDFText_GetLooseCharBox(tp.raw, first, ctypes.byref(rect))
            left, top, bottom = rect.left, rect.top, rect.bottom
            last = next(i for i, c in reversed(chars) if not chr(c).isspace())
            raw.FPDFText_GetLooseCharBox(tp.raw, last, ctypes.byref(rect))
            right = rect.right
            bullet_next = text[-1] in _TRAILING_BULLETS and len(text) > 1
            if bullet_next:
                text = text[:-1].rstrip()  # pdfium sometimes reads the next item's bullet at the line's end
            out.append({"text": text, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                        "size": size, "bold": weight >= 600 or bool(_BOLD_FONT.search(name)),
                        "bullet_next": bullet_next})
        column = _second_column(out, float(page.get_width() or 595))
        # a page set in two columns has its columns side by side, lined up like a table's: not a table
        tables = _aligned_tables(tp, height) if column is None else []
        kept = [ln for ln in out if not _inside_table(ln, tables)] if tables else out
        return {"page": pageno, "height": height, "column": column, "lines": kept, "all_lines": out, "tables": tables}
    finally:
        tp.close()


_MIN_COLUMN_GAP = 9.0  # points between two cells of one row; words of a sentence are 2 to 4 apart


def _aligned_tables(tp, height: float) -> list:
    """Tables drawn without rules: a header line of short, well-separated cells, then lines whose runs of
    text line up under its columns. pdfium's text rectangles already split a line where a column gap is."""
    n = tp.count_rects()
    if n < 6:
        return []
    rects = []
    for i in range(n):
        left, bottom, right, top = tp.get_rect(i)
        text = _hyphens_plain(tp.get_text_bounded(left, bottom, right, top)).strip()
        if text:
            rects.append((height - top, height - bottom, left, right, text))
    rects.sort(key=lambda r: (round(r[0] / 3), r[2]))
    lines: list[list[tuple]] = []
    for r in rects:  # visual lines: rectangles that share a baseline
        if lines and abs(lines[-1][0][0] - r[0]) <= 3:
            lines[-1].append(r)
        else:
            lines.append([r])
    tables = []
    k = 0
    while k < len(lines):
        table = _table_from(lines, k)
        if table:
            rows, end = table
            cells_top = lines[k][0][0]
            bottom = max(r[1] for line in lines[k:end] for r in line)
            x0 = min(r[2] for line in lines[k:end] for r in line)
            x1 = max(r[3] for line in lines[k:end] for r in line)
            tables.append(((x0, cells_top, x1, bottom), rows, True, False))
            k = end
        else:
            k += 1
    return tables


def _table_from(lines: list[list[tuple]], k: int):
    head = sorted(lines[k], key=lambda r: r[2])
    if len(head) < 2 or any(len(r[4]) > 40 for r in head):
        return None
    if any(b[2] - a[3] < _MIN_COLUMN_GAP for a, b in zip(head, head[1:])):
        return None
    columns = [r[2] for r in head]
    rows: list[list[list[str]]] = [[[r[4]] for r in head]]
    last_bottom = max(r[1] for r in head)
    line_h = max(r[1] - r[0] for r in head)
    j = k + 1
    while j < len(lines):
        line = sorted(lines[j], key=lambda r: r[2])
        if line[0][0] - last_bottom > 2.5 * line_h or line[0][2] < columns[0] - 10:
            break
        placed = []
        for r in line:
            col = max((c for c, x in enumerate(columns) if x - 6 <= r[2]), default=None)
            if col is None or (col + 1 < len(columns) and r[3] > columns[col + 1] + 4):
                placed = None  # a run across two columns: prose, not a cell
                break
            placed.append((col, r[4]))
        if not placed:
            break
        if placed[0][0] == 0:  # something in the first column starts a row; the rest continues one
            rows.append([[] for _ in columns])
        for col, text in placed:
            rows[-1][col].append(text)
        last_bottom = max(last_bottom, max(r[1] for r in line))
        j += 1
    if len(rows) < 3:  # a header and at least two rows
        return None
    return [[" ".join(cell) for cell in row] for row in rows], j


def _has_rules(page) -> bool:
    """Ruled tables are drawn with paths; only such pages pay for pdfplumber's table finder."""
    import pypdfium2.raw as raw
    count = 0
    for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        count += 1
        if count >= 4:
            return True
    return False


def _add_tables(data: bytes, pages: list[dict], indexes: list[int]) -> None:
    """Ruled tables, found by pdfplumber on the pages that draw rules. A row that a page break cuts has no
    bottom rule on its first page, so pdfplumber leaves it out: its words, below the table down to the
    page's end, are read into the table's columns as a partial row, which the next page's first row
    continues (`_assemble`)."""
    import pdfplumber
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i in indexes:
                page = pdf.pages[i]
                tables = []
                try:
                    for t in page.find_tables():
                        rows = t.extract()
                        if rows and len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                            ncols = len(max(rows, key=len))
                            bbox, partial = _cut_row(page, t, ncols)
                            if partial:
                                rows = rows + [partial]
                            bbox, rest = _rest_of_cut_row(page, t, ncols, bbox)
                            if rest:
                                rows = [rest] + rows
                            tables.append((bbox, rows, False, bool(partial)))
                except Exception:
                    tables = []
                page.close()
                if tables:
                    p = pages[i]
                    # a ruled table found here replaces any text-aligned reading of the same area
                    p["tables"] = tables + [t for t in p["tables"] if not _overlaps(t[0], tables)]
                    p["lines"] = [ln for ln in p["all_lines"] if not _inside_table(ln, p["tables"])]
    except Exception:
        return  # tables are a refinement: the text is already read


def _cut_row(page, table, ncols: int):
    """The words of a row cut by the page break, below a ruled table that runs to the foot of the page."""
    x0, top, x1, bottom = table.bbox
    height = float(page.height)
    if bottom < height * 0.7 or not table.rows:
        return table.bbox, None
    edges = sorted({round(c[0], 1) for row in table.rows for c in row.cells if c})
    words = [w for w in page.extract_words() if w["top"] > bottom - 1 and w["bottom"] < height * 0.92
             and x0 - 2 <= w["x0"] <= x1]
    if not words:
        return table.bbox, None
    words.sort(key=lambda w: (w["top"], w["x0"]))
    cells: list[list[str]] = [[] for _ in range(max(ncols, len(edges)))]
    last = bottom
    for w in words:
        if w["top"] - last > 30:
            break  # a gap: what follows is not the cut row
        col = max((k for k, e in enumerate(edges) if e - 2 <= w["x0"]), default=0)
        cells[min(col, len(cells) - 1)].append(w["text"])
        last = w["bottom"]
    row = [" ".join(c) for c in cells][:ncols]
    return (x0, top, x1, last + 1), row


def _rest_of_cut_row(page, table, ncols: int, bbox):
    """The rest of a row the page break cut, above a ruled table that starts at the head of the page: its
    words go into the table's columns, with an empty first cell, so that `_assemble` joins them on."""
    x0, top, x1, bottom = bbox
    height = float(page.height)
    if top > height * 0.3 or not table.rows:
        return bbox, None
    edges = sorted({round(c[0], 1) for row in table.rows for c in row.cells if c})
    words = [w for w in page.extract_words() if w["bottom"] < top + 1 and w["top"] > height * 0.05
             and x0 - 2 <= w["x0"] <= x1]
    second = edges[1] if len(edges) > 1 else x1
    if not words or any(w["x0"] < second - 2 for w in words):
        return bbox, None  # text in the first column above the table: a heading or a paragraph, not a cut row
    cells: list[list[str]] = [[] for _ in range(max(ncols, len(edges)))]
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        col = max((k for k, e in enumerate(edges) if e - 2 <= w["x0"]), default=0)
        cells[min(col, len(cells) - 1)].append(w["text"])
    return (x0, min(w["top"] for w in words) - 1, x1, bottom), [" ".join(c) for c in cells][:ncols]


def _overlaps(box, tables) -> bool:
    x0, top, x1, bottom = box
    return any(not (x1 < bx0 or bx1 < x0 or bottom < btop or bbottom < top) for (bx0, btop, bx1, bbottom), *_ in tables)


def _inside_table(ln: dict, tables) -> bool:
    return any(bx0 - 1 <= ln["x0"] <= bx1 and btop - 2 <= ln["top"] and ln["bottom"] <= bbottom + 2
               for (bx0, btop, bx1, bbottom), *_ in tables)


def _assemble(pages: list[dict], b: DocumentBuilder) -> None:
    sizes = Counter()
    for p in pages:
        for ln in p["lines"]:
            sizes[ln["size"]] += len(ln["text"])
    body = sizes.most_common(1)[0][0] if sizes else 10
    heading_sizes = sorted({s for s in sizes if s >= body * 1.15 and s - body >= 1}, reverse=True)
    furniture = _furniture(pages)
    hyphens = _Hyphens(pages)
    table = None  # the table being read: it may go on over the next page

    def emit_table():
        nonlocal table
        if table and table["rows"]:
            tid = b.new_table()
            for row, head, page in table["rows"]:
                b.add_row(row, tid, page=page, header=head)
        table = None

    for p in pages:
        items = [("line", ln["top"], ln) for ln in p["lines"]
                 if not _is_furniture(ln, p, furniture)]
        items += [("table", bbox[1], (rows, header, partial, bbox)) for bbox, rows, header, partial in p["tables"]]
        column = p.get("column") if not p["tables"] else None  # ruled tables found later end the column reading
        if column is None:
            items.sort(key=lambda x: x[1])
        else:
            items.sort(key=_reading_order(items, column))
        # a two-column page's right edges: where a line cut by its column's end would have run to
        body_lines = [ln for what, _, ln in items if what == "line"] if column is not None else []
        page_right = max((ln["x1"] for ln in body_lines), default=0.0)
        left_edge = max((ln["x1"] for ln in body_lines if column is not None and ln["x1"] < column), default=0.0)
        para: list[dict] = []
        kind = PARAGRAPH

        def flush(p=p):  # this page's: flush runs within its loop turn
            nonlocal para, kind
            if para:
                text = para[0]["text"]
                for x in para[1:]:
                    text = hyphens.join(text, x["text"]) if text.endswith("-") else text + " " + x["text"]
                first = para[0]
                if first["size"] in heading_sizes:
                    b.add(HEADING, text, level=heading_sizes.index(first["size"]) + 1, page=p["page"])
                elif _INNER_BULLET.search(text):
                    # list items pdfium ran together ("report; • victims are given ..."): one block each
                    for item in _INNER_BULLET.split(text):
                        b.add(LIST_ITEM, item, page=p["page"])
                else:
                    bold = all(x["bold"] for x in para)
                    b.add(kind, text, page=p["page"], bold=bold)
            para, kind = [], PARAGRAPH

        for n, (what, _, item) in enumerate(items):
            if what == "table":
                flush()
                rows, header, partial, _ = item
                rows = [[hyphens.cell(_hyphens_plain(c or "")) for c in row] for row in rows]
                continues = n == 0 and table is not None and not header and len(rows[0]) == table["ncols"]
                if continues and table["partial"] and not rows[0][0].strip():
                    # the first row finishes the row the page break cut
                    last = table["rows"][-1]
                    table["rows"][-1] = ([" ".join(x for x in (a, c) if x) for a, c in zip(last[0], rows[0])],
                                         last[1], last[2])
                    rows = rows[1:]
                if not continues:
                    emit_table()
                    table = {"rows": [], "ncols": len(rows[0]) if rows else 0, "partial": False}
                table["rows"] += [(row, header and r == 0, p["page"]) for r, row in enumerate(rows)]
                table["partial"] = partial
                continue
            emit_table()
            ln = item
            if para:
                prev = para[-1]
                gap = ln["top"] - prev["bottom"]
                line_h = max(1.0, prev["bottom"] - prev["top"])
                new_style = ln["size"] != prev["size"] or ln["bold"] != prev["bold"]
                if column is not None and ln["top"] < prev["top"] - 1:
                    # up to the next column's top: the paragraph goes on only where the column broke it (its last
                    # line runs to the column's edge, mid-sentence); "14 March 2024" ending a column ends its block
                    # (ragged right: it is cut when the next word would not have fitted on it)
                    edge = left_edge if prev["x0"] < column else page_right
                    char = (prev["x1"] - prev["x0"]) / max(1, len(prev["text"]))
                    word = len(ln["text"].split(" ", 1)[0]) + 1
                    # a line that opens a passage ("Recommendation 1.", "2.", "Response:") starts a block anyway
                    fits = prev["x1"] + word * char < edge - 2
                    broken = not prev["text"].rstrip().endswith((".", ":", ";", "!", "?")) and (
                        ln["text"][:1].islower() or (not fits and not _OPENS_PASSAGE.match(ln["text"])))
                    gap = 0.0 if broken else line_h
                if gap > 0.5 * line_h or new_style or _BULLET.match(ln["text"]) or prev.get("bullet_next"):
                    flush()
                    if prev.get("bullet_next"):
                        kind = LIST_ITEM
            if not para and _BULLET.match(ln["text"]):
                kind = LIST_ITEM
            para.append(ln)
        flush()
    emit_table()


def _second_column(lines: list[dict], width: float) -> float | None:
    """Where a page's second column starts, if it is set in two (an annual report, a newsletter, a designed
    briefing): many lines begin at one place near the middle while others, beside them, end before it. Read by
    height alone, the two columns' lines interleave line by line."""
    if len(lines) < 8:  # a short letter in two columns has eight lines or so a column
        return None
    starts = Counter(round(ln["x0"] / 2) * 2 for ln in lines if 0.3 * width < ln["x0"] < 0.7 * width)
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    right = [ln for ln in lines if abs(ln["x0"] - x) <= 3]
    left = [ln for ln in lines if ln["x1"] < x - 5]
    if n < 4 or len(left) < 4:
        return None
    top, bottom = min(ln["top"] for ln in right), max(ln["bottom"] for ln in right)
    beside = [ln for ln in left if top <= ln["top"] <= bottom]
    if len(beside) < 0.4 * len(right):  # a left column of a few large title lines beside the text is still one
        return None
    # two columns, not a table: in the band, lines start at the margin or at the column (a bullet's indent aside),
    # where a table's cells start at three places or more
    margin = min(ln["x0"] for ln in beside)
    band = [ln for ln in lines if top <= ln["top"] <= bottom]
    # a right-aligned line (a letterhead's address, a date) ends at its column's edge: it makes no third start
    left_edge, right_edge = max(ln["x1"] for ln in beside), max(ln["x1"] for ln in right)
    aligned = sum(1 for ln in band if ln["x0"] - margin <= 12 or -3 <= ln["x0"] - x <= 12
                  or (ln["x1"] < x and abs(ln["x1"] - left_edge) <= 3)
                  or (ln["x0"] > x and abs(ln["x1"] - right_edge) <= 3))
    return float(x) - 3 if aligned >= 0.9 * len(band) else None


def _reading_order(items: list, column: float):
    """Sort key for a page in two columns: down the left column, then the right, band by band between the lines
    and tables that span both (a title above the columns, a table or a footnote below them)."""
    def extent(what: str, item) -> tuple[float, float]:
        return (item["x0"], item["x1"]) if what == "line" else (item[3][0], item[3][2])

    def wide(what: str, item) -> bool:
        x0, x1 = extent(what, item)
        return x0 < column - 10 and x1 > column + 10

    cuts = sorted(top for what, top, item in items if wide(what, item))

    def key(entry):
        what, top, item = entry
        if wide(what, item):
            return (bisect.bisect_left(cuts, top), 2, top)
        return (bisect.bisect_right(cuts, top), 1 if extent(what, item)[0] >= column else 0, top)
    return key


def _furniture(pages: list[dict]) -> set[str]:
    """Running headers and footers: the same line near the edge of most pages."""
    if len(pages) < 3:
        return set()
    seen = Counter()
    for p in pages:
        keys = set()
        for ln in p["lines"]:
            if ln["top"] < p["height"] * 0.08 or ln["bottom"] > p["height"] * 0.92:
                keys.add(re.sub(r"\d+", "#", ln["text"].strip().lower()))
        seen.update(keys)
    return {k for k, c in seen.items() if c >= 0.5 * len(pages)}


def _running_lines(pages: list[dict]) -> str:
    """The running header's and footer's lines the text leaves out (once each, page numbers and protective markings
    apart): a letterhead or "Issued by the NPCC" printed on every page says who wrote the document."""
    furniture = _furniture(pages)
    out: dict[str, None] = {}
    for p in pages[:3]:
        for ln in p["lines"]:
            if not _PAGE_NO.match(ln["text"]) and not is_marking(ln["text"]) and _is_furniture(ln, p, furniture):
                out[" ".join(ln["text"].split())] = None
    return " / ".join(out)


def _is_furniture(ln: dict, p: dict, furniture: set[str]) -> bool:
    near_edge = ln["top"] < p["height"] * 0.08 or ln["bottom"] > p["height"] * 0.92
    if not near_edge:
        return False
    return bool(_PAGE_NO.match(ln["text"])) or re.sub(r"\d+", "#", ln["text"].strip().lower()) in furniture


# --- bounds on what a page may draw, checked before pdfium lays it out ---------------------------

_STRING_OPERAND = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>", re.S)
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
_MAX_FORM_DEPTH = 4


def page_too_dense(pageno: int, n: int, limits: Limits) -> ExtractionError:
    return ExtractionError(f"Page {pageno} of the PDF draws about {n:,} characters, more than the "
                           f"{limits.max_pdf_page_chars:,} a page may hold; it is not a readable document.")


def _check_content(data: bytes, limits: Limits) -> None:
    """Inflate each page's content streams (and the forms they draw) with a bound, and estimate the glyphs
    they show from their string operands. pdfminer only parses the objects here; nothing is laid out.
    A file pdfminer cannot parse is left to pdfium, whose character count and the child process's memory
    limit still bound it."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import LIT

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = list(PDFPage.create_pages(doc))
    except Exception:
        return
    budget = [limits.max_pdf_content_bytes]
    forms: dict[int, int] = {}

    def inflate(stream, what: str) -> bytes:
        content = _inflate(stream, min(limits.max_pdf_page_content_bytes, budget[0]))
        if content is None:
            if budget[0] < limits.max_pdf_page_content_bytes:
                raise ExtractionError(f"The PDF's drawing instructions inflate to more than "
                                      f"{megabytes(limits.max_pdf_content_bytes)}; it is not a readable document.")
            raise ExtractionError(f"{what} of the PDF inflates to more than "
                                  f"{megabytes(limits.max_pdf_page_content_bytes)} of drawing instructions; it is "
                                  f"not a readable document.")
        budget[0] -= len(content)
        return content

    def glyphs(content: bytes, resources, what: str, depth: int) -> int:
        n = 0
        if len(content) > 4096:  # small streams cannot hold many glyphs: skip the scan
            n = sum(len(m.group()) - 2 for m in _STRING_OPERAND.finditer(content))
        if depth >= _MAX_FORM_DEPTH or b"Do" not in content:
            return n
        xobjects = _dict(resolve1(_dict(resolve1(resources)).get("XObject")))
        for m in _DO.finditer(content):
            ref = xobjects.get(m.group(1).decode("latin-1"))
            form = resolve1(ref)
            if not isinstance(form, PDFStream) or form.get("Subtype") is not LIT("Form"):
                continue
            key = getattr(ref, "objid", id(form))
            if key not in forms:
                forms[key] = 0  # a form that draws itself counts once
                forms[key] = glyphs(inflate(form, what), form.get("Resources") or resources, what, depth + 1)
            n += forms[key]
        return n

    try:
        for number, page in enumerate(pages, 1):
            what = f"Page {number}"
            content = b" ".join(inflate(s, what) for s in (resolve1(x) for x in page.contents)
                                if isinstance(s, PDFStream))
            n = glyphs(content, page.resources, what, 0)
            if n > limits.max_pdf_page_chars:
                raise page_too_dense(number, n, limits)
    except ExtractionError:
        raise
    except Exception:
        return  # a structure pdfminer misreads is left to pdfium and the child process's limits


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _inflate(stream, limit: int) -> bytes | None:
    """The stream's decoded bytes, or None when they would exceed limit. Flate (nearly every content
    stream) is inflated in steps with a bound; the rare other filters are decoded by pdfminer."""
    if stream.data is not None:  # already decoded
        return None if len(stream.data) > limit else stream.data
    raw = stream.rawdata or b""
    if stream.decipher:
        raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
    names = [getattr(f, "name", str(f)) for f, _ in stream.get_filters()]
    if all(n in ("FlateDecode", "Fl") for n in names):
        out = raw
        for _ in names:
            d = zlib.decompressobj()
            try:
                out = d.decompress(out, limit + 1)
            except zlib.error:
                return b""  # damaged: pdfium will say so, or draw what it can
            if len(out) > limit:
                return None
        return out
    out = stream.get_data()
    return None if len(out) > limit else out
