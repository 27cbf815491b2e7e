"""Uploads, the same way for every part of the service (ADR 0011).

- ``LimitedUploadHandler``: the one Django upload handler (``FILE_UPLOAD_HANDLERS``). It writes an
  upload to a temporary file only while the request's files stay within ``RECTRACK_MAX_UPLOAD_BYTES``;
  past that it deletes what it wrote and reads the rest without keeping it, and the form receives a
  ``RefusedUpload`` (no content, the real size) so it can say "must be smaller than 25 MB" on a normal
  page instead of a 500 or a reset connection.
- ``check_upload``: accepts a file by its content, never by its name or the browser's content type.
  Magic bytes and structure decide the format (a ZIP is DOCX only with ``word/document.xml``, XLSX only
  with ``xl/workbook.xml``; text must decode as UTF-8, UTF-16 with a byte order mark, or Windows-1252,
  without NULs or other control characters); the name's extension may only agree with it.
- ``discard_after_commit``: deletes a stored file once the delete that orphaned it has committed and
  no row refers to the same stored file any more (files are stored under their hash, so rows share).

Nothing here knows about documents or evidence: callers pass the formats they accept.
"""
from __future__ import annotations

import codecs
import io
import logging
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.db import transaction

logger = logging.getLogger(__name__)

HEAD_BYTES = 8192
CHUNK_BYTES = 64 * 1024


# --- Formats ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Format:
    key: str
    label: str  # as listed in "must be a PDF, DOCX, ... file"
    description: str  # what the file is, in a sentence: "a web page (HTML)"
    content_type: str  # stored, and what the service says the file is
    extensions: tuple[str, ...]  # names this format may carry; the first is the usual one


PDF = Format("pdf", "PDF", "a PDF", "application/pdf", (".pdf",))
DOCX = Format("docx", "DOCX", "a Word document (DOCX)",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",))
HTML = Format("html", "HTML", "a web page (HTML)", "text/html", (".html", ".htm"))
MARKDOWN = Format("markdown", "Markdown", "a Markdown file", "text/markdown", (".md", ".markdown"))
TEXT = Format("text", "plain text", "a plain text file", "text/plain", (".txt", ".text"))
CSV = Format("csv", "CSV", "a CSV file", "text/csv", (".csv",))
PNG = Format("png", "PNG", "a PNG image", "image/png", (".png",))
JPEG = Format("jpeg", "JPEG", "a JPEG image", "image/jpeg", (".jpg", ".jpeg"))
GIF = Format("gif", "GIF", "a GIF image", "image/gif", (".gif",))
WEBP = Format("webp", "WebP", "a WebP image", "image/webp", (".webp",))
XLSX = Format("xlsx", "XLSX", "an Excel spreadsheet (XLSX)",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",))
ODS = Format("ods", "ODS", "an OpenDocument spreadsheet (ODS)",
             "application/vnd.oasis.opendocument.spreadsheet", (".ods",))

# What the extraction engine reads; evidence may also be images and spreadsheets.
DOCUMENT_FORMATS = (PDF, DOCX, HTML, MARKDOWN, TEXT)
EVIDENCE_FORMATS = (*DOCUMENT_FORMATS, PNG, JPEG, GIF, WEBP, XLSX, ODS, CSV)
# Text content is one class: the extension only says which kind of text it is.
TEXT_FAMILY = (HTML, MARKDOWN, TEXT, CSV)

# Files we recognise but never accept, so the message can say what the file is.
_OTHER_SIGNATURES = [
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xcf\xfa\xed\xfe", "a program"),
    (b"#!", "a script"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc or .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"%!PS", "a PostScript file"),
]
# C0 controls that never occur in text: everything below space except tab, LF, VT (Word's line
# break), FF (page break), CR and SUB (an old end-of-file marker); and DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
# Readers accept the header anywhere in the first KB; we want it to open a line, so a web page that
# mentions "%PDF-1.7" in its text is not taken for a PDF.
_PDF_HEADER = re.compile(rb"(?:^|[\r\n])%PDF-\d")
_SVG_START = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+svg[^>]*>\s*)?<svg[\s>]", re.I | re.S)
_HTML_START = re.compile(
    rb"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title|meta|div|p|h[1-6]|table|article|main)[\s>/]",
    re.I | re.S,
)


def accepted_list(formats) -> str:
    """ "PDF, DOCX, HTML, Markdown or plain text" """
    labels = [f.label for f in formats]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"


def accept_attribute(formats) -> str:
    """The file input's ``accept`` (a hint to the browser's file picker, never a check)."""
    return ",".join(ext for f in formats for ext in f.extensions)


def extension(filename: str) -> str:
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = name.rpartition(".")
    return f".{ext.lower()}" if dot and stem and ext else ""


# --- Size -------------------------------------------------------------------------------------------

def max_upload_bytes() -> int:
    return settings.RECTRACK_MAX_UPLOAD_BYTES


def human_size(n: int) -> str:
    """25 MB, 512 KB, 10 bytes: the way the limit is written in messages and hints."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} byte{'s' if n != 1 else ''}"


def size_limit_message() -> str:
    return f"The selected file must be smaller than {human_size(max_upload_bytes())}."


def is_too_large(upload) -> bool:
    return bool(getattr(upload, "refused", False)) or (upload.size or 0) > max_upload_bytes()


class RefusedUpload(UploadedFile):
    """What a form receives for a file the handler stopped keeping: its name and real size, no bytes."""

    refused = True

    def __init__(self, name, content_type, size, charset=None, content_type_extra=None):
        super().__init__(io.BytesIO(), name, content_type, size, charset, content_type_extra)


class LimitedUploadHandler(TemporaryFileUploadHandler):
    """Keep an upload only while the request's files stay within ``RECTRACK_MAX_UPLOAD_BYTES``.

    The limit counts every file of the request together, so many files just under it cannot fill the
    disk either. Past it, the partial temporary file is deleted at once and the rest of the file is
    read and dropped (reading it to the end, rather than stopping, is what lets the browser show our
    error page instead of a reset connection; a proxy's body limit should stop absurd sizes earlier).
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.limit = max_upload_bytes()
        self.received = 0
        self.refused = False
        self.file_bytes = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.refused = False
        self.file_bytes = 0

    def receive_data_chunk(self, raw_data, start):
        self.file_bytes += len(raw_data)
        self.received += len(raw_data)
        if self.refused:
            return None
        if self.received > self.limit:
            self.refused = True
            self.file.close()  # a NamedTemporaryFile: closing deletes what was written
            logger.info("Upload %r refused: over %s bytes", self.file_name, self.limit)
            return None
        return super().receive_data_chunk(raw_data, start)

    def file_complete(self, file_size):
        if self.refused:
            return RefusedUpload(self.file_name, self.content_type, self.file_bytes, self.charset,
                                 self.content_type_extra)
        return super().file_complete(file_size)


# --- Content ----------------------------------------------------------------------------------------

class _Refused(Exception):
    """Internal: the content is not one we accept; ``what`` says what it is, when we can tell."""

    def __init__(self, what: str = ""):
        super().__init__(what)
        self.what = what


def _open(source):
    if isinstance(source, (bytes, bytearray, memoryview)):
        return io.BytesIO(bytes(source)), len(source)
    size = getattr(source, "size", None)
    if size is None:
        source.seek(0, io.SEEK_END)
        size = source.tell()
    source.seek(0)
    return source, size


def _read_chunks(f):
    f.seek(0)
    while chunk := f.read(CHUNK_BYTES):
        yield chunk


def _sniff_zip(f) -> Format:
    try:
        with zipfile.ZipFile(f) as zf:
            names = set(zf.namelist())
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                raise _Refused("an Office file with macros")
            office = "[Content_Types].xml" in names
            if office and "word/document.xml" in names:
                return DOCX
            if office and "xl/workbook.xml" in names:
                return XLSX
            if "mimetype" in names:
                with zf.open("mimetype") as m:
                    if m.read(100).strip() == ODS.content_type.encode():
                        return ODS
    except _Refused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError,
            KeyError, RuntimeError):
        raise _Refused("a damaged ZIP archive") from None
    raise _Refused("a ZIP archive")


def _check_text(f, head: bytes) -> None:
    """The whole file decodes as text without control characters, or ``_Refused``."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]  # the byte order mark says which way round
    elif head.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        try:
            for chunk in _read_chunks(f):
                if _CONTROL.search(decoder.decode(chunk)):
                    raise _Refused("binary data, not text")
            if _CONTROL.search(decoder.decode(b"", final=True)):
                raise _Refused("binary data, not text")
            return
        except UnicodeDecodeError:
            continue
    raise _Refused("text in an encoding rectrack cannot read (save it as UTF-8)")


def _text_format(head: bytes, ext: str) -> Format:
    for fmt in TEXT_FAMILY:
        if ext in fmt.extensions:
            return fmt
    # No extension, or one of another format (then the message says what the content is).
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _SVG_START.match(start):
        raise _Refused("an SVG image")  # text, but a format browsers run scripts in
    if _HTML_START.match(start):
        return HTML
    return TEXT


def identify(source, filename: str = "") -> Format:
    """The format of the content (raises ``_Refused`` for anything we do not accept at all)."""
    f, _ = _open(source)
    head = f.read(HEAD_BYTES)
    f.seek(0)
    try:
        if _PDF_HEADER.search(head[:1024]):
            return PDF
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            return PNG
        if head.startswith(b"\xff\xd8\xff"):
            return JPEG
        if head.startswith((b"GIF87a", b"GIF89a")):
            return GIF
        if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
            return WEBP
        if head.startswith(b"PK\x03\x04"):
            return _sniff_zip(f)
        for signature, what in _OTHER_SIGNATURES:
            if head.startswith(signature):
                raise _Refused(what)
        _check_text(f, head)
        return _text_format(head, extension(filename))
    finally:
        f.seek(0)


def check_upload(source, *, filename: str, formats, field: str = "file") -> Format:
    """Accept ``source`` (an uploaded file or bytes) only if its content is one of ``formats``.

    Raises ``ValidationError({field: message})`` with a message for a person: empty, too large, not
    an accepted format (saying what it seems to be), or named as something it is not.
    """
    def refuse(message: str):
        raise ValidationError({field: message})

    if not isinstance(source, (bytes, bytearray, memoryview)) and is_too_large(source):
        refuse(size_limit_message())
    f, size = _open(source)
    if size == 0:
        refuse("The selected file is empty.")
    if size > max_upload_bytes():
        refuse(size_limit_message())
    must_be = f"The selected file must be a {accepted_list(formats)} file."
    try:
        fmt = identify(f, filename)
    except _Refused as e:
        refuse(f"The selected file is {e.what}. {must_be}" if e.what else must_be)
    if fmt not in formats:
        refuse(f"The selected file is {fmt.description}. {must_be}")
    ext = extension(filename)
    if ext and ext not in fmt.extensions:
        refuse(f"The selected file’s name ends in {ext} but the file is {fmt.description}. Choose the "
               f"file again, or rename it to end in {fmt.extensions[0]} if that is what it is.")
    return fmt


# --- Retention ----------------------------------------------------------------------------------------

def discard_after_commit(model, name: str, storage, keep=None) -> None:
    """Delete the stored file ``name`` after this transaction commits, if no ``model`` row refers to it
    (and ``keep()``, when given, says nothing else still needs it).

    Rows share a stored file when they hold the same bytes (the path is the content's hash), so the
    file goes only with the last of them; a rollback keeps it.
    """
    if not name:
        return

    def discard():
        if model._default_manager.filter(file=name).exists() or (keep is not None and keep()):
            return
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Could not delete the stored file %s", name)

    transaction.on_commit(discard)


def discard_file_on_delete(sender, instance, **kwargs) -> None:
    """``post_delete`` receiver for models with a ``file`` field: also covers cascades and the admin."""
    stored = getattr(instance, "file", None)
    if stored and stored.name:
        discard_after_commit(sender, stored.name, stored.storage)
