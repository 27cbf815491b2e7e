"""PDF with a text layer: headings from font size and weight, tables, page numbers.

pypdfium2 reads every page (about a millisecond a page, and it tells a damaged or encrypted
file apart with a clear error); pdfplumber's slower table finder runs only on pages that
draw ruling lines.
"""
from __future__ import annotations

import io
import re
from collections import Counter

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, Document, DocumentBuilder
from ..errors import ExtractionError
from .html import strip_tags

MAX_PAGES = 300
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2013\u00b7\-*o]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+")
_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
_TRAILING_BULLETS = "\u2022\u25aa\u25cf\u25e6"
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


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


def read_pdf(data: bytes) -> Document:
    import pypdfium2 as pdfium
    n_pages = _open_check(data)
    pages = []
    table_pages = []
    try:
        pdf = pdfium.PdfDocument(data)
        try:
            for i in range(min(n_pages, MAX_PAGES)):
                page = pdf[i]
                try:
                    pages.append(_page_lines_pdfium(page, i + 1))
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
    b = DocumentBuilder("pdf")
    _assemble(pages, b)
    doc = b.build(pages=n_pages)
    if not doc.text.strip():
        raise ExtractionError("The PDF has no text layer (it may be a scanned image); it needs OCR first.")
    return doc


def _page_lines_pdfium(page, pageno: int) -> dict:
    """Lines with the size and weight of their first character: pdfium reads a page in milliseconds."""
    import ctypes

    import pypdfium2.raw as raw
    tp = page.get_textpage()
    try:
        height = float(page.get_height() or 842)
        n = tp.count_chars()
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
                text = "".join(chr(c) for _, c in chars).strip()
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
            bullet_next = text[-1] in _TRAILING_BULLETS and len(text) > 1
            if bullet_next:
                text = text[:-1].rstrip()  # pdfium sometimes reads the next item's bullet at the line's end
            out.append({"text": text, "x0": rect.left, "top": height - rect.top, "bottom": height - rect.bottom,
                        "size": size, "bold": weight >= 600 or bool(_BOLD_FONT.search(name)),
                        "bullet_next": bullet_next})
        return {"page": pageno, "height": height, "lines": out, "tables": []}
    finally:
        tp.close()


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
                            tables.append((t.bbox, rows))
                except Exception:
                    tables = []
                page.close()
                if tables:
                    p = pages[i]
                    p["tables"] = tables
                    p["lines"] = [ln for ln in p["lines"] if not _inside_table(ln, tables)]
    except Exception:
        return  # tables are a refinement: the text is already read


def _inside_table(ln: dict, tables) -> bool:
    return any(bx0 - 1 <= ln["x0"] <= bx1 and btop - 2 <= ln["top"] and ln["bottom"] <= bbottom + 2
               for (bx0, btop, bx1, bbottom), _ in tables)


def _assemble(pages: list[dict], b: DocumentBuilder) -> None:
    sizes = Counter()
    for p in pages:
        for ln in p["lines"]:
            sizes[ln["size"]] += len(ln["text"])
    body = sizes.most_common(1)[0][0] if sizes else 10
    heading_sizes = sorted({s for s in sizes if s >= body * 1.15 and s - body >= 1}, reverse=True)
    furniture = _furniture(pages)
    for p in pages:
        items = [("line", ln["top"], ln) for ln in p["lines"]
                 if not _is_furniture(ln, p, furniture)]
        items += [("table", bbox[1], rows) for bbox, rows in p["tables"]]
        items.sort(key=lambda x: x[1])
        para: list[dict] = []
        kind = PARAGRAPH

        def flush():
            nonlocal para, kind
            if para:
                text = " ".join(x["text"] for x in para)
                first = para[0]
                if first["size"] in heading_sizes:
                    b.add(HEADING, text, level=heading_sizes.index(first["size"]) + 1, page=p["page"])
                else:
                    bold = all(x["bold"] for x in para)
                    b.add(kind, text, page=p["page"], bold=bold)
            para, kind = [], PARAGRAPH

        for what, _, item in items:
            if what == "table":
                flush()
                tid = b.new_table()
                for r, row in enumerate(item):
                    cells = [strip_tags(c) if c and "<" in c else (c or "") for c in row]
                    b.add_row(cells, tid, page=p["page"], header=False)
                continue
            ln = item
            if para:
                prev = para[-1]
                gap = ln["top"] - prev["bottom"]
                line_h = max(1.0, prev["bottom"] - prev["top"])
                new_style = ln["size"] != prev["size"] or ln["bold"] != prev["bold"]
                if gap > 0.5 * line_h or new_style or _BULLET.match(ln["text"]) or prev.get("bullet_next"):
                    flush()
                    if prev.get("bullet_next"):
                        kind = LIST_ITEM
            if not para and _BULLET.match(ln["text"]):
                kind = LIST_ITEM
            para.append(ln)
        flush()


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


def _is_furniture(ln: dict, p: dict, furniture: set[str]) -> bool:
    near_edge = ln["top"] < p["height"] * 0.08 or ln["bottom"] > p["height"] * 0.92
    if not near_edge:
        return False
    return bool(_PAGE_NO.match(ln["text"])) or re.sub(r"\d+", "#", ln["text"].strip().lower()) in furniture
