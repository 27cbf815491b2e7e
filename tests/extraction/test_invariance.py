"""What a careful reader reads does not change when a document changes in ways that do not change it (ADR 0008,
"Invariance"): every development document of our sets, read as committed and read after each change in
`perturb.py`, gives the same super-complaint, authors, date and answers. The changes are those by which real files
differ from our renderings; each one found a class the rules had missed before the readers were mended for it."""
from __future__ import annotations

from pathlib import Path

import pytest

from rectrack.extraction import extract_bytes

from .perturb import DOCX, HTML, MARKDOWN, PDF_CSS, TEXT

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")


def _files(suffix: str) -> list[Path]:
    return sorted(p for s in SETS for p in (CORPUS / s / "docs").glob(f"*{suffix}"))


def _reading(data: bytes, name: str, catalogue) -> tuple:
    r = extract_bytes(data, name, catalogue)
    return (r.super_complaint, tuple(o.id for o in r.organisations), r.document_date,
            tuple((p.recommendation, str(p.progress)) for p in r.responses))


_COMMITTED: dict[Path, tuple] = {}  # each document's reading as committed, read once for every change


def _as_committed(path: Path, catalogue) -> tuple:
    if path not in _COMMITTED:
        _COMMITTED[path] = _reading(path.read_bytes(), path.name, catalogue)
    return _COMMITTED[path]


def _differences(files: list[Path], change, catalogue, binary: bool = False) -> list[str]:
    out = []
    for path in files:
        changed = change(path.read_bytes()) if binary else change(path.read_text(encoding="utf-8")).encode()
        if changed == path.read_bytes():
            continue
        got = _reading(changed, path.name, catalogue)
        want = _as_committed(path, catalogue)
        if got != want:
            out.append(f"{path.parent.parent.name}/{path.name}: {want} -> {got}")
    return out


@pytest.mark.parametrize("name", sorted(HTML))
def test_pages_read_the_same_after(catalogue, name):
    files = _files(".html")
    assert len(files) >= 30
    assert _differences(files, HTML[name], catalogue) == []


@pytest.mark.parametrize("name", sorted(TEXT))
def test_text_files_read_the_same_after(catalogue, name):
    files = _files(".txt")
    assert len(files) >= 20
    assert _differences(files, TEXT[name], catalogue) == []


@pytest.mark.parametrize("name", sorted(MARKDOWN))
def test_markdown_files_read_the_same_after(catalogue, name):
    files = _files(".md")
    assert len(files) >= 8
    assert _differences(files, MARKDOWN[name], catalogue) == []


@pytest.mark.parametrize("name", sorted(DOCX))
def test_word_files_read_the_same_after(catalogue, name):
    files = _files(".docx")
    assert len(files) >= 20
    assert _differences(files, DOCX[name], catalogue, binary=True) == []


@pytest.mark.parametrize("name", sorted(PDF_CSS))
def test_pdfs_read_the_same_typeset_otherwise(catalogue, name):
    """Each development document rendered to PDF twice, in the house style and typeset otherwise."""
    import importlib
    import sys

    sys.path.insert(0, str(CORPUS))
    from render import to_pdf

    out, n = [], 0
    for set_name in SETS:
        for doc in importlib.import_module(set_name).DOCS:
            if "pdf" not in doc.formats:
                continue
            n += 1
            want = _reading(to_pdf(doc.body, doc.style), "x.pdf", catalogue)
            got = _reading(to_pdf(doc.body, doc.style, PDF_CSS[name]), "x.pdf", catalogue)
            if got != want:
                out.append(f"{set_name}/{doc.name}: {want} -> {got}")
    assert n >= 15
    assert out == []
