"""PDF with a text layer via pdfplumber: headings from font size and weight, tables, page numbers.

pypdfium2 opens the file first: it is fast and tells a damaged or encrypted file apart
with a clear error before the slower layout analysis starts.
"""
from __future__ import annotations

import io
import re
from collections import Counter

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, DocumentBuilder, Document
from ..errors import ExtractionError
from .html import strip_tags

MAX_PAGES = 300
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2013\u00b7\-*o]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+")
_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
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
    n_pages = _open_check(data)
    import pdfplumber
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for i, page in enumerate(pdf.pages):
                if i >= MAX_PAGES:
                    break
                pages.append(_page_lines(page, i + 1))
                page.close()  # drop pdfplumber's per-page caches: memory stays bounded
    except ExtractionError:
        raise
    except Exception as e:
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            raise ExtractionError("The PDF is encrypted (password-protected); save an unprotected copy.") from None
        raise ExtractionError(f"The PDF is damaged and its text cannot be read ({name}).") from None
    b = DocumentBuilder("pdf")
    _assemble(pages, b)
    doc = b.build(pages=n_pages)
    if not doc.text.strip():
        raise ExtractionError("The PDF has no text layer (it may be a scanned image); it needs OCR first.")
    return doc


def _page_lines(page, pageno: int) -> dict:
    tables = []
    try:
        found = page.find_tables()
    except Exception:
        found = []
    for t in found:
        try:
            rows = t.extract()
        except Exception:
            continue
        if rows and len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append((t.bbox, rows))
    lines = []
    for ln in page.extract_text_lines(return_chars=True, strip=True):
        x0, top, x1, bottom = ln["x0"], ln["top"], ln["x1"], ln["bottom"]
        if any(bx0 - 1 <= x0 and top >= btop - 1 and bottom <= bbottom + 1 and x1 <= bx1 + 1
               for (bx0, btop, bx1, bbottom), _ in tables):
            continue
        chars = [c for c in ln.get("chars", []) if c.get("text", "").strip()]
        if not chars:
            continue
        size = Counter(round(c.get("size", 0), 1) for c in chars).most_common(1)[0][0]
        bold = sum(1 for c in chars if _BOLD_FONT.search(c.get("fontname", ""))) >= 0.8 * len(chars)
        lines.append({"text": ln["text"], "x0": x0, "top": top, "bottom": bottom, "size": size, "bold": bold})
    return {"page": pageno, "height": float(page.height or 842), "lines": lines, "tables": tables}


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
                if gap > 0.8 * line_h or new_style or _BULLET.match(ln["text"]):
                    flush()
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
