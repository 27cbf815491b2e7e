import pytest

from rectrack.extraction import ExtractionError
from rectrack.extraction.formats import decode, sniff


@pytest.mark.parametrize("data,name,fmt", [
    (b"%PDF-1.7\n...", "x.txt", "pdf"),
    (b"PK\x03\x04rest", "x.pdf", "docx"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "response.pdf", "html"),
    (b"  <div><p>Recommendation 1</p></div>", "noext", "html"),
    (b"# Title\n\nSome **bold** text.\n", "x.txt", "markdown"),
    (b"Plain words.\n\n- a bullet\n", "x.md", "markdown"),
    (b"Plain words only.\n\nAnother paragraph.\n", "x", "text"),
])
def test_sniff_uses_content_before_name(data, name, fmt):
    assert sniff(data, name) == fmt


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".doc"),
    (bytes(range(256)) * 4, "binary"),
])
def test_sniff_refuses_with_one_sentence(data, words):
    with pytest.raises(ExtractionError) as e:
        sniff(data, "f")
    msg = str(e.value)
    assert words in msg and msg.endswith(".") and "\n" not in msg


def test_decode_utf8_bom_and_cp1252():
    assert decode("caf\u00e9 \u2019".encode()) == "caf\u00e9 \u2019"
    assert decode(b"\xef\xbb\xbfhello") == "hello"
    assert decode("Commissioner\u2019s caf\u00e9".encode("cp1252")) == "Commissioner\u2019s caf\u00e9"
    assert decode("UTF-16 text".encode("utf-16")) == "UTF-16 text"


def test_decode_reports_text_that_is_neither_utf8_nor_cp1252():
    with pytest.raises(ExtractionError, match="neither valid UTF-8 nor Windows-1252"):
        decode(b"Recommendation 1 \x81\x8d\x90 broken")
