"""Every unusable file gets one clear sentence; nothing else escapes."""
import io
import zipfile

import pytest
from makers import docx_bytes, encrypted_pdf, pdf_bytes

from rectrack.extraction import ExtractionError, extract_bytes
from rectrack.extraction.limits import Limits


def _error(data, catalogue, name="f", **kw) -> str:
    with pytest.raises(ExtractionError) as e:
        extract_bytes(data, name, catalogue, **kw).to_json()
    msg = str(e.value)
    assert msg and "\n" not in msg and msg.rstrip().endswith(".") and len(msg) < 300
    return msg


def test_empty_file(catalogue):
    assert "empty" in _error(b"", catalogue)


def test_binary_garbage(catalogue):
    assert "binary" in _error(bytes(range(256)) * 40, catalogue, "x.txt")


def test_truncated_pdf(catalogue):
    pdf = pdf_bytes("<p>Recommendation 1. We consider this recommendation complete.</p>")
    assert "damaged or truncated" in _error(pdf[: len(pdf) // 3], catalogue, "x.pdf")


def test_encrypted_pdf(catalogue):
    assert "encrypted" in _error(encrypted_pdf(), catalogue, "x.pdf")


def test_pdf_without_text_layer(catalogue):
    # a page with only a drawing: what a scan without OCR looks like to a text extractor
    pdf = pdf_bytes('<div style="width:200px;height:200px;background:black"></div>')
    assert "no text layer" in _error(pdf, catalogue, "scan.pdf")


def test_docx_zip_bomb_by_ratio(catalogue):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as f:
            for _ in range(20):
                f.write(b"\0" * 1048576)
    assert "zip bomb" in _error(bio.getvalue(), catalogue, "bomb.docx")


def test_docx_zip_bomb_by_total_size(catalogue):
    data = docx_bytes(lambda d: [d.add_paragraph("x" * 100) for _ in range(2000)])
    assert "zip bomb" in _error(data, catalogue, "big.docx", limits=Limits(max_docx_uncompressed_bytes=50_000))


def test_zip_that_is_not_a_word_document(catalogue):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert "Excel or PowerPoint" in _error(bio.getvalue(), catalogue, "x.docx")


def test_truncated_docx(catalogue):
    data = docx_bytes(lambda d: d.add_paragraph("Recommendation 1"))
    assert "ZIP" in _error(data[:400], catalogue, "x.docx")


def test_file_over_the_size_limit(catalogue):
    msg = _error(b"a" * (2 * 1048576 + 1), catalogue, "big.txt", limits=Limits(max_file_bytes=2 * 1048576))
    assert "over the 2 MB limit" in msg


def test_fifty_megabytes_refused_by_default(catalogue):
    assert "25 MB limit" in _error(b" " * (50 * 1048576), catalogue, "huge.txt")


def test_unknown_format(catalogue):
    assert "PNG image" in _error(b"\x89PNG\r\n\x1a\n" + bytes(64), catalogue, "x.pdf")


def test_cp1252_fallback_reads_the_text(catalogue):
    text = "Recommendation 1\n\nThe Commissioner\u2019s office considers this recommendation complete.\n"
    r = extract_bytes(text.encode("cp1252"), "x.txt", catalogue).to_json()
    assert r["responses"][0]["progress"] == "complete"


def test_text_that_is_neither_utf8_nor_cp1252(catalogue):
    assert "neither valid UTF-8 nor Windows-1252" in _error(b"Recommendation \x81\x8d\x9d", catalogue, "x.txt")


def test_html_with_no_text(catalogue):
    assert "no text" in _error(b"<html><body><script>x()</script><nav>menu</nav></body></html>", catalogue)


def test_deeply_nested_html_is_read_or_refused_cleanly(catalogue):
    data = b"<html><body>" + b"<div>" * 5000 + b"Recommendation 1 complete" + b"</div>" * 5000 + b"</body></html>"
    try:
        r = extract_bytes(data, "deep.html", catalogue).to_json()
        assert "Recommendation 1" in " ".join(x["label"] for x in r["responses"]) or r["responses"] == []
    except ExtractionError:
        pass
