"""A PDF converted to text (ADR 0008, "Invariance"): its page furniture is blanked (offsets kept), a page break inside
a sentence does not end the paragraph, and a protective marking is no text of the document in any format."""
from rectrack.extraction.blocks import is_marking
from rectrack.extraction.readers.text import read_text

_PAGES = ("OFFICIAL\n\nLancashire Constabulary\n\nRecommendation 11\n\nWork on notifications has not begun; it needs a "
          "change\n\nPage 1 of 2\n\fOFFICIAL\n\nto the court notification process.\n\nRecommendation 12\n\nDone.\n\n"
          "Page 2 of 2\n")


def test_page_furniture_is_blanked_and_a_sentence_runs_on_over_the_break():
    doc = read_text(_PAGES)
    texts = [b.text for b in doc.blocks]
    assert "OFFICIAL" not in " ".join(texts) and "Page 1 of 2" not in " ".join(texts)
    answer = next(b for b in doc.blocks if b.text.startswith("Work on"))
    assert answer.text.endswith("to the court notification process.")
    assert len(doc.text) == len(_PAGES)  # offsets point where they did
    assert doc.text[answer.start:answer.start + 7] == "Work on"


def test_a_page_break_after_a_finished_sentence_ends_the_paragraph():
    doc = read_text("Lancashire Constabulary\n\nThe audit is complete.\n\nPage 1 of 2\n\f\nthe next page opens here.\n")
    assert [b.text for b in doc.blocks][-2:] == ["The audit is complete.", "the next page opens here."]


def test_a_protective_marking_is_a_marking_and_nothing_else_is():
    for marking in ("OFFICIAL", "OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", "NOT PROTECTIVELY MARKED",
                    "[OFFICIAL]"):
        assert is_marking(marking), marking
    for text in ("Official figures show a fall.", "OFFICIAL statistics", "Restricted access to the system",
                 "Recommendation 3"):
        assert not is_marking(text), text
