"""Characters real files carry that a reader does not see (ADR 0008): soft hyphens, zero-width spaces, a byte order
mark inside the text, typesetting ligatures, non-ASCII hyphens and Word's private-use bullets. The same letter read
with and without them gives the same reading, in every format that has a text of its own."""
import pytest

from rectrack.extraction import extract_bytes
from rectrack.extraction.textutil import plain_chars

from .makers import docx_bytes, pdf_bytes

_LETTER = [
    "Lancashire Constabulary",
    "5 March 2024",
    "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint",
    "Recommendation 1: the review has finished and every case is now referred to the IOPC.",
    "Recommendation 2: a training package is being written and will be delivered in the autumn.",
    "Yours sincerely, Chief Constable",
]


def _dirty(line: str) -> str:
    """The line as a PDF's text layer or a CMS page may carry it."""
    return (line.replace("Recommendation", "Recom\u00admen\u00addation").replace("finished", "\ufb01nished")
            .replace("March ", "March\u200b ").replace("now ", "now\u2060 ").replace("super-complaint",
                                                                                     "super\u2011complaint"))


def _reading(result) -> tuple:
    return (result.super_complaint, tuple(result.organisations), result.document_date,
            tuple((p.recommendation, p.progress) for p in result.responses))


def _files(lines: list[str]) -> dict[str, bytes]:
    html = "".join(f"<p>{line}</p>" for line in lines)

    def build(d):
        for line in lines:
            d.add_paragraph(line)

    return {
        "x.txt": "\n\n".join(lines).encode(),
        "x.md": "\n\n".join(lines).encode(),
        "x.html": f"<!doctype html><html><body><main>{html}</main></body></html>".encode(),
        "x.docx": docx_bytes(build),
        "x.pdf": pdf_bytes(f"<html><body>{html}</body></html>"),
    }


@pytest.mark.parametrize("name", ["x.txt", "x.md", "x.html", "x.docx", "x.pdf"])
def test_invisible_and_compatibility_characters_do_not_change_the_reading(catalogue, name):
    clean = _reading(extract_bytes(_files(_LETTER)[name], name, catalogue))
    dirty = _reading(extract_bytes(_files([_dirty(line) for line in _LETTER])[name], name, catalogue))
    assert clean[0] == "police-perpetrated-domestic-abuse"
    assert ("1", "complete") in clean[3] and ("2", "in_progress") in clean[3]
    assert dirty == clean


def test_plain_chars_keeps_what_is_text_and_leaves_ascii_alone():
    ascii_text = "Recommendation 4 - complete"
    assert plain_chars(ascii_text) is ascii_text
    assert plain_chars("\ufeffRecom\u00admen\u200bdation 4 \u2011 \ufb01nal\u2060") == "Recommendation 4 - final"
    assert plain_chars("\uf0b7\tTraining delivered") == "\u2022\tTraining delivered"
    # what the reader must keep: curly quotes, dashes and accented names are letters of the text
    assert plain_chars("Ynys M\u00f4n \u2013 the PCC\u2019s reply") == "Ynys M\u00f4n \u2013 the PCC\u2019s reply"
