"""The one place the service calls the pure-Python extraction engine.

The engine runs in a child process with memory, CPU-time, wall-clock and output limits
(``rectrack.extraction.sandbox``), so a hostile or broken document fails its job with one sentence
instead of taking the worker down. Limits come from ``rectrack.extraction.limits``; the setting
``RECTRACK_EXTRACTION_LIMITS`` (a dict) overrides any of them, and the file-size bound is the service's
upload limit (``RECTRACK_MAX_UPLOAD_BYTES``), so whatever was stored can be read.

Tests replace ``extract`` (``monkeypatch.setattr(engine, "extract", fake)``) to drive ingestion with
any result; everything else in ingestion goes through this function.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from rectrack.extraction.errors import ExtractionError
from rectrack.extraction.limits import DEFAULT_LIMITS, Limits
from rectrack.extraction.sandbox import Sandbox

__all__ = ["ExtractionError", "Extracted", "extract", "limits"]


@dataclass
class Extracted:
    result: dict  # the contract's JSON object (without the text)
    text: str  # the plain text the result's offsets point into


def reference_dir() -> Path:
    return Path(getattr(settings, "RECTRACK_REFERENCE_DIR", settings.PACKAGE_DIR / "reference_data"))


@functools.cache
def _limits(overrides: tuple, max_file_bytes: int) -> Limits:
    return DEFAULT_LIMITS.with_overrides({"max_file_bytes": max_file_bytes, **dict(overrides)})


def limits() -> Limits:
    overrides = getattr(settings, "RECTRACK_EXTRACTION_LIMITS", None) or {}
    return _limits(tuple(sorted(overrides.items())), settings.RECTRACK_MAX_UPLOAD_BYTES)


def extract(data: bytes, filename: str) -> Extracted:
    """Run the engine on one file in a child process; raises ExtractionError (one sentence) when it
    cannot be read, or could not be read within the limits."""
    ref = reference_dir()
    with Sandbox((ref / "super_complaints.yaml", ref / "organisations.csv"), limits()) as sandbox:
        out = sandbox.run("extract", data, filename)
    return Extracted(result=out["result"], text=out["text"])
