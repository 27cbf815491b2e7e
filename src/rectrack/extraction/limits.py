"""Every bound the engine puts on what a document may cost, in one place.

A published response is a few pages: tens of thousands of characters, a few hundred kilobytes. The
bounds below are one or two orders of magnitude above the largest real response, so they refuse only
what is not a response (a zip bomb, a PDF page drawing forty million glyphs, a hundred thousand nested
`<div>`s) and they refuse it *before* the work is done, with one sentence. The child process
(`sandbox.py`) adds the last line of defence: whatever a reader did not foresee is stopped by its
memory, CPU-time, wall-clock and output limits.

The service may override any of them with the Django setting ``RECTRACK_EXTRACTION_LIMITS`` (a dict of
field names to values); the command line uses the defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # the file itself
    max_file_bytes: int = 25 * MB  # the upload limit of the service (RECTRACK_MAX_UPLOAD_BYTES) is the same
    # every format: what the readers may produce
    max_text_chars: int = 3_000_000  # about 1,000 pages of prose
    max_block_chars: int = 200_000  # one paragraph, table row or line of a text file
    # PDF
    max_pdf_pages: int = 500
    max_pdf_page_chars: int = 100_000  # a dense A4 page of small print holds about 10,000
    max_pdf_page_content_bytes: int = 16 * MB  # a page's decompressed drawing instructions
    max_pdf_content_bytes: int = 256 * MB  # the same for the whole file
    # DOCX (a ZIP archive: the central directory's declared sizes bound what is ever inflated)
    max_docx_entries: int = 10_000
    max_docx_uncompressed_bytes: int = 100 * MB  # python-docx holds every part in memory, images included
    max_docx_xml_bytes: int = 40 * MB  # parsed XML costs several times its size in lxml
    max_docx_part_bytes: int = 32 * MB  # any one part
    max_docx_ratio: int = 200  # a text-heavy part compresses well, but not by more than this
    # HTML
    max_html_depth: int = 400  # real pages nest a few dozen elements deep
    max_html_elements: int = 250_000
    # the child process that runs a reader and the analysis
    child_memory_bytes: int = 1024 * MB  # address space (RLIMIT_AS)
    child_cpu_seconds: int = 60  # CPU time per document (RLIMIT_CPU)
    child_wall_seconds: int = 120  # wall-clock time per document, however busy the machine is
    child_result_bytes: int = 64 * MB  # the JSON a child may send back (the text and the result)

    def with_overrides(self, overrides: dict | None) -> Limits:
        """A copy with some fields changed; unknown names or non-positive values are a configuration error."""
        if not overrides:
            return self
        names = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise ValueError(f"Unknown extraction limit(s): {', '.join(unknown)}.")
        bad = sorted(k for k, v in overrides.items() if not isinstance(v, int) or isinstance(v, bool) or v <= 0)
        if bad:
            raise ValueError(f"Extraction limits must be positive whole numbers: {', '.join(bad)}.")
        return replace(self, **overrides)


DEFAULT_LIMITS = Limits()


def megabytes(n: int) -> str:
    """'1 GB', '25 MB', '1.5 MB': sizes as a person writes them."""
    if n >= 1024 * MB and n % (1024 * MB) == 0:
        return f"{n // (1024 * MB)} GB"
    if n >= MB:
        return f"{n / MB:.3g} MB"
    return f"{round(n / 1024)} KB" if n >= 1024 else f"{n} bytes"
