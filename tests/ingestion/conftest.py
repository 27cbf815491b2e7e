"""Fixtures for ingestion tests.

- ``sample_dir``: the shipped sample corpus (three real responses and LICENCE.md).
- ``fake_engine``: replaces the extraction engine with a function returning a result you control:
  ``fake_engine(text, responses=[...], organisations=["sussex-police"])``; files whose bytes start
  with ``b"BAD"`` raise ExtractionError("The file is not a document rectrack can read.").
- ``ingest``: ``ingest(data, filename="doc.txt")`` stores a document and runs its job directly;
  returns the refreshed ``Document``.
"""
from pathlib import Path

import pytest

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "rectrack" / "sample_corpus"


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture
def fake_engine(monkeypatch):
    from rectrack.ingestion import engine

    def install(text: str, responses: list[dict], organisations=("sussex-police",),
                super_complaint="safe-to-share", document_date="2022-01-14"):
        def extract(data: bytes, filename: str):
            if data.startswith(b"BAD"):
                raise engine.ExtractionError("The file is not a document rectrack can read.")
            result = {
                "file": filename, "format": "text", "super_complaint": super_complaint,
                "organisations": [{"id": o, "name": o, "kind": "force"} for o in organisations],
                "document_date": document_date, "responses": [dict(r) for r in responses],
                "warnings": ["A warning from the engine."],
            }
            return engine.Extracted(result=result, text=text)

        monkeypatch.setattr(engine, "extract", extract)
        return extract

    return install


@pytest.fixture
def ingest(db):
    from rectrack.ingestion import services

    def run(data: bytes, filename: str = "doc.txt"):
        stored = services.store_document(user=None, source=data, filename=filename)
        if stored.job:
            services.run_extraction(stored.job.pk)
        stored.document.refresh_from_db()
        return stored.document

    return run
