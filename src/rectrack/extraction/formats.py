"""Recognise a file's format from its content and decode text files.

The file name is only a hint: published responses are often saved with the wrong
extension (a ".pdf" that is an HTML error page, a ".doc" that is really DOCX).
"""
from __future__ import annotations

import re

from .errors import ExtractionError

TEXT, MARKDOWN, HTML, DOCX, PDF = "text", "markdown", "html", "docx", "pdf"
FORMATS = (TEXT, MARKDOWN, HTML, DOCX, PDF)

# Signatures of binary formats we cannot read, so the message can say what the file is.
_BINARY_SIGNATURES = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc/.xls); save it as DOCX or PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
]

_HTML_RE = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|h[1-6]|table|article|main|section|ul|ol)[\s>]",
    re.I)
_PAGE_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_MD_HINTS = [
    re.compile(r"^#{1,6}\s+\S", re.M),  # ATX heading
    re.compile(r"\*\*[^*\n]+\*\*"),  # strong emphasis
    re.compile(r"\[[^\]\n]+\]\([^)\s]*\)"),  # link
    re.compile(r"^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}", re.M),  # pipe table
    re.compile(r"^[^\n]+\n(?:=+|-+)\s*$", re.M),  # setext heading
]


def sniff(data: bytes, filename: str = "") -> str:
    """Return one of FORMATS or raise ExtractionError naming what the file seems to be."""
    if not data or not data.strip():
        raise ExtractionError("The file is empty.")
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return DOCX  # the DOCX reader checks the archive really holds a Word document
    for sig, what in _BINARY_SIGNATURES:
        if data.startswith(sig):
            raise ExtractionError(f"The file is {what}, not a format rectrack can read.")
    sample = data[:65536]
    if _looks_binary(sample):
        raise ExtractionError("The file is binary data in an unknown format, not a document rectrack can read.")
    stripped = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    name = filename.lower()
    hints: list[int] = []  # counted only where the answer depends on them: five patterns over 64 KB cost

    def hits() -> int:
        if not hints:
            text = sample.decode("utf-8", errors="replace")
            hints.extend((sum(1 for rx in _MD_HINTS if rx.search(text)), bool(_MD_HINTS[0].search(text))))
        return hints[0]

    if _HTML_RE.search(stripped[:4096]) and (stripped[:1] == b"<" or _PAGE_RE.search(stripped[:4096]) or (
            len(_HTML_RE.findall(sample)) >= 3 and not hits() and not _fragments_in_cells(sample))):
        return HTML  # a page; Markdown or text with HTML fragments in its tables' cells stays what it is
    if name.endswith((".html", ".htm", ".xhtml")) and b"<" in sample and b">" in sample:
        return HTML
    if name.endswith((".md", ".markdown")) or hits() >= 2 or (hits() and hints[1]):
        return MARKDOWN
    return TEXT


def _fragments_in_cells(sample: bytes) -> bool:
    """Every line with a tag is a row of a pipe table ("3 | <p>Head of Custody</p> | <p>Complete</p>"): a form
    exported to text keeps its cells' markup, and the document is still text, not a page."""
    tagged = [line for line in sample.splitlines() if _HTML_RE.search(line)]
    return bool(tagged) and all(line.count(b"|") >= 1 for line in tagged)


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # control bytes but tab, newlines, form feed


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte order mark
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))  # counted in C, not byte by byte in Python
    return controls > max(8, len(sample) // 100)


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ExtractionError("The file claims to be UTF-16 text but its bytes are not valid UTF-16.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ExtractionError(
            "The text is neither valid UTF-8 nor Windows-1252 (cp1252); save it as UTF-8 and try again."
        ) from None
