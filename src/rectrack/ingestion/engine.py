"""The one place the service calls the pure-Python extraction engine.

Tests replace ``extract`` (``monkeypatch.setattr(engine, "extract", fake)``) to drive ingestion with
any result; everything else in ingestion goes through this function.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from rectrack.extraction.errors import ExtractionError

__all__ = ["ExtractionError", "Extracted", "extract", "catalogue"]


@dataclass
class Extracted:
    result: dict  # the contract's JSON object (without the text)
    text: str  # the plain text the result's offsets point into


def reference_dir() -> Path:
    return Path(getattr(settings, "RECTRACK_REFERENCE_DIR", settings.PACKAGE_DIR / "reference_data"))


@functools.cache
def _catalogue(yaml_path: str, csv_path: str):
    from rectrack.extraction import load_catalogue

    return load_catalogue(yaml_path, csv_path)


def catalogue():
    ref = reference_dir()
    return _catalogue(str(ref / "super_complaints.yaml"), str(ref / "organisations.csv"))


def extract(data: bytes, filename: str) -> Extracted:
    """Run the engine on one file; raises ExtractionError (one sentence) when it cannot be read.

    ``extract_bytes`` returns the contract's object without the plain text, so this reads the document
    and analyses it in two steps (what ``extract_bytes`` does) to keep the text the offsets point into.
    """
    from rectrack.extraction import analyse, read_document

    document = read_document(data, filename)
    result = analyse(document, filename, catalogue())
    return Extracted(result=result, text=document.text)
