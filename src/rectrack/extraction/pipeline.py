"""From bytes to an `ExtractionResult`: read the document (`read_document`), then analyse it (`stages.py`)."""
from __future__ import annotations

import functools
from pathlib import Path

from . import complaint, orgs
from .blocks import Document
from .catalogue import Catalogue
from .errors import ExtractionError
from .formats import DOCX, HTML, MARKDOWN, PDF, TEXT, decode, sniff
from .limits import DEFAULT_LIMITS, Limits, megabytes
from .report import ReportResult, read_recommendations
from .results import ExtractionResult
from .stages import DEFAULT_STAGES, Stages, analyse


@functools.cache  # made once: five import statements a document cost as much as a small stage
def _readers():
    from .readers.docx import read_docx
    from .readers.html import read_html
    from .readers.markdown import read_markdown
    from .readers.pdf import read_pdf
    from .readers.text import read_text
    # binary formats take bytes; the others take the decoded text
    return {PDF: (read_pdf, False), DOCX: (read_docx, False), HTML: (read_html, True),
            MARKDOWN: (read_markdown, True), TEXT: (read_text, True)}


def _size_error(size: int, max_bytes: int) -> ExtractionError:
    return ExtractionError(
        f"The file is {size / 1048576:.1f} MB, over the {megabytes(max_bytes)} limit for extraction.")


def read_document(data: bytes, filename: str = "", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Bytes to a Document (plain text and blocks); ExtractionError when unusable."""
    if len(data) > limits.max_file_bytes:
        raise _size_error(len(data), limits.max_file_bytes)
    fmt = sniff(data, filename)
    reader, wants_text = _readers()[fmt]
    try:
        doc = reader(decode(data) if wants_text else data, limits=limits)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError(f"The {fmt} file is nested too deeply to read.") from None
    except MemoryError:
        raise ExtractionError(f"The {fmt} file needs too much memory to read.") from None
    if not doc.text.strip():
        raise ExtractionError(f"The {fmt} file contains no text.")
    return doc


def warm(catalogue: Catalogue) -> None:
    """Build the catalogue's name and complaint indexes now rather than on the first document."""
    complaint.detect("", [], catalogue)
    orgs.index(catalogue)


def run_task(task: str, data: bytes, filename: str, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS,
             with_text: bool = True) -> dict:
    """One request of the child process (sandbox.py): JSON-ready, and nothing else."""
    if task == "extract":
        doc = read_document(data, filename, limits)
        out = {"result": analyse(doc, filename, catalogue).to_json()}
        if with_text:
            out["text"] = doc.verbatim  # the plain text the result's offsets index (Decision 33)
        return out
    if task == "recommendations":
        return {"result": read_report(data, filename, limits).to_json()}
    raise ExtractionError(f"Unknown task {task!r}.")


def read_report(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> ReportResult:
    """A report's numbered recommendations, their recipients, due dates and parts (issue 9)."""
    doc = read_document(data, filename, limits)
    return read_recommendations(doc, filename)


def extract_bytes(data: bytes, filename: str, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS,
                  stages: Stages = DEFAULT_STAGES) -> ExtractionResult:
    """One file's reading; raises ExtractionError with one sentence if unreadable."""
    return analyse(read_document(data, filename, limits), filename, catalogue, stages)


def read_path(path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, refused before reading when it is over the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_file_bytes:
            raise _size_error(size, limits.max_file_bytes)
        return p.read_bytes()
    except IsADirectoryError:
        raise ExtractionError("The path is a folder, not a file.") from None
    except FileNotFoundError:
        raise ExtractionError("The file does not exist.") from None
    except PermissionError:
        raise ExtractionError("The file cannot be read (permission denied).") from None
    except OSError as e:
        raise ExtractionError(f"The file cannot be read ({e.strerror or e}).") from None


def extract_path(path, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS) -> ExtractionResult:
    return extract_bytes(read_path(path, limits), str(path), catalogue, limits)
