"""What a reviewer is shown is the organisation's own words (ADR 0008, Decision 33).

The rules read a document with its contractions and the short forms of "recommendation" spelt out (Decision 28:
"can't" is "cannot", "Rec. 3" is "Recommendation 3"); the document's plain text, every offset of the result, and every
string cut from the text (evidence, label, the narrative a reviewer stores) are the verbatim words. Each test fails on
the base of round fourteen (dfead50), whose text and strings were the spelt-out words, and passes now; the reading
(authors, date, alignment, progress, position) is the same as with the words spelt out.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rectrack.extraction import analyse, read_document
from rectrack.extraction.pipeline import run_task
from rectrack.extraction.readers.text import read_text
from rectrack.extraction.textutil import back, spell_out, spell_out_mapped

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
from render import Style, render  # noqa: E402

# a force's reply in the short forms a writer uses; the same reply spelt out is read the same
SHORT = """
<h1>Response to the super-complaint on the police response to stalking</h1>
<p>Essex Police, 3 March 2024</p>
<h2>Rec. 3</h2>
<p>We can't accept this recommendation as written. It's been weighed by the chief officer group and we won't adopt
it.</p>
<h2>Recs 4 and 5</h2>
<p>Both are complete: every call handler has had the new training.</p>
<h2>REC 1</h2>
<p>This is in progress; it's due to finish in the summer.</p>
"""
SPELT = (SHORT.replace("can't", "cannot").replace("It's been", "It has been").replace("won't", "will not")
         .replace("it's due", "it is due").replace("Rec. 3", "Recommendation 3")
         .replace("Recs 4 and 5", "Recommendations 4 and 5").replace("REC 1", "RECOMMENDATION 1"))
SHORT_WORDS = ("can't", "It's been", "won't", "it's due", "Rec. 3", "Recs 4 and 5", "REC 1")
SPELT_WORDS = ("cannot", "It has been", "will not", "it is due", "Recommendation 3", "Recommendations 4",
               "RECOMMENDATION")
FORMATS = ("text", "markdown", "html", "docx", "pdf")


def _read(body: str, fmt: str, catalogue, text_tables: str = "pipes"):
    data, ext = render(body, fmt, Style(site="plain", page_title="Stalking: our response", text_tables=text_tables))
    doc = read_document(data, f"reply.{ext}")
    return doc, analyse(doc, f"reply.{ext}", catalogue), data, f"reply.{ext}"


def _reading(result) -> tuple:
    return (result.super_complaint, tuple(o.id for o in result.organisations), result.document_date,
            tuple((p.recommendation, str(p.progress), str(p.position), p.shared_with) for p in result.responses))


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_a_reviewer_sees_is_the_verbatim_and_the_reading_is_the_same(catalogue, fmt):
    doc, result, data, name = _read(SHORT, fmt, catalogue)
    _, spelt_result, _, _ = _read(SPELT, fmt, catalogue)
    assert _reading(result) == _reading(spelt_result)  # the rules read the short forms as the full words
    assert {p.recommendation for p in result.responses} >= {"1", "3", "4", "5"}
    text = doc.verbatim
    for w in SHORT_WORDS:  # the document's plain text keeps the organisation's words
        assert w in text, w
    assert not any(w in text for w in SPELT_WORDS)
    assert run_task("extract", data, name, catalogue)["text"] == text  # what the service stores
    assert result.text_length == len(text)
    by_id = {p.recommendation: p for p in result.responses}
    for p in result.responses:
        j = p.to_json()
        strings = [j["label"], j["evidence"], j["position_evidence"], text[p.narrative_span.start:p.narrative_span.end]]
        assert not any(w in s for s in strings for w in SPELT_WORDS), strings
        if "evidence_start" in j:  # the evidence is cut from the verbatim text where its offsets say
            assert " ".join(text[j["evidence_start"]:j["evidence_end"]].split()) == j["evidence"]
        assert text[j["start"]:j["end"]].strip()
    narrative = by_id["3"].narrative_span
    assert "can't" in text[narrative.start:narrative.end] and "won't" in text[narrative.start:narrative.end]
    assert "can't" in by_id["3"].evidence or "won't" in by_id["3"].evidence
    assert "it's due" in text[by_id["1"].narrative_span.start:by_id["1"].narrative_span.end]
    assert by_id["3"].label == "Rec. 3" and by_id["4"].label.startswith("Recs 4") and by_id["1"].label == "REC 1"


def test_a_document_with_nothing_spelt_out_keeps_one_text(catalogue):
    doc, result, _, _ = _read(SPELT, "markdown", catalogue)
    assert doc.spelt == [] and doc.verbatim is doc.text


def test_the_map_puts_a_span_inside_a_spelt_out_word_around_the_word():
    v = "They won't; REC.2 and rec 4 and Recommendation No. 6, recommendation seven: it's been done. Rec 10"
    r, spelt = spell_out_mapped(v)
    assert r == spell_out(v)
    i = r.index("will not")
    assert v[back(spelt, i, False):back(spelt, i + len("will not"), True)] == "won't"
    assert v[back(spelt, i + 2, False):back(spelt, i + 2, True)] == "won't"  # a span inside the word: all of it
    j = r.index("done")
    assert v[back(spelt, j, False):back(spelt, j + 4, True)] == "done"
    assert back(spelt, len(r), True) == len(v)


# a tracker's rows: each cell's short forms kept in the cell, the offsets of the row's cells on the verbatim text
TABLE = """
<h1>Stalking super-complaint: tracker</h1>
<p>Essex Police, 3 March 2024</p>
<table>
<tr><th>Rec</th><th>Update</th></tr>
<tr><td>Rec 2</td><td>Complete. We've trained every supervisor and it's now in the audit plan.</td></tr>
<tr><td>Rec 6</td><td>Not started: we can't begin until the national guidance is out.</td></tr>
</table>
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_rows_cells_keep_their_words(catalogue, fmt):
    doc, result, _, _ = _read(TABLE, fmt, catalogue)
    spelt = TABLE.replace("We've", "We have").replace("it's", "it is").replace("can't", "cannot")
    assert _reading(result) == _reading(_read(spelt.replace("Rec ", "Recommendation "), fmt, catalogue)[1])
    text = doc.verbatim
    assert "We've trained" in text and "can't begin" in text
    for b in doc.blocks:  # the reading text's blocks: their offsets index the reading text, as the rules read them
        assert doc.text[b.start:b.end] == b.text
    by_id = {p.recommendation: p for p in result.responses}
    assert "can't" in text[by_id["6"].narrative_span.start:by_id["6"].narrative_span.end]
    assert "We've" in text[by_id["2"].narrative_span.start:by_id["2"].narrative_span.end]
    assert "cannot" not in by_id["6"].evidence and "We have" not in by_id["2"].evidence


def test_the_text_reader_keeps_a_blanked_running_line_blank():
    head = "Stalking: we won't stop\n\n"  # a running header, blanked by the reader (spaces, offsets kept)
    doc = read_text(head + "We can't say more today.\n\nPage 1 of 2\n\f" + head + "Rec. 4 is done; it's closed.\n\n"
                    "Page 2 of 2\n")
    assert "won't" not in doc.verbatim and "stop" not in doc.verbatim  # blank in both texts
    assert "We can't say more today." in doc.verbatim and "Rec. 4 is done; it's closed." in doc.verbatim
    for b in doc.blocks:  # each block's verbatim, spelt out, is what the rules read
        assert spell_out(doc.verbatim[doc.to_verbatim(b.start):doc.to_verbatim(b.end, True)]) == b.text
