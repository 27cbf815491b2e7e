"""A word broken at a PDF line's end (ADR 0008, "Invariance"): joined when it is a typesetter's break, kept when it
is a compound, decided by the document's own words and, where they do not tell, by whether it was hyphenated."""
from rectrack.extraction.readers.pdf import _Hyphens, _hyphens_plain

_TYPESET = ("The policy was re-", "written in May and the train-", "ing of officers is under",
            "way: the audit was com-", "pleted in March.", "Training on honour-based abuse is",
            "delivered; the policy is based on the guidance.")


def _page(*lines: str, cells: tuple = ()) -> dict:
    return {"lines": [{"text": t} for t in lines], "tables": [((0, 0, 0, 0), [list(cells)], True, False)]}


def test_in_a_hyphenated_document_a_break_neither_part_of_which_is_a_word_joins_the_word():
    h = _Hyphens([_page(*_TYPESET)])
    assert h.typeset
    assert h.join("The audit of cases was com-", "pleted in March.") == "The audit of cases was completed in March."
    # "based" is a word the document uses: the line's hyphen is a compound's
    assert h.join("Training on honour-", "based abuse is delivered.") == "Training on honour-based abuse is delivered."


def test_in_a_document_that_is_not_hyphenated_a_line_end_hyphen_is_a_compounds():
    h = _Hyphens([_page("Include honour-", "based abuse risk in every policy.")])
    assert not h.typeset
    assert h.join("Include honour-", "based abuse risk") == "Include honour-based abuse risk"


def test_a_word_the_document_uses_whole_is_joined_even_if_not_hyphenated():
    h = _Hyphens([_page("We use the new form for every recording of a crime; the", "first part re-",
                        "cording was done.")])
    assert "re" not in h.words and "cording" not in h.words  # the fragments are not words
    assert h.join("part re-", "cording was done.") == "part recording was done."
    # or its stem: the document says "review", the broken word is "reviewing"
    h = _Hyphens([_page("We review every case.", "Eight forces are still re-", "viewing theirs.")])
    assert h.join("still re-", "viewing theirs.") == "still reviewing theirs."


def test_a_suspended_hyphen_keeps_its_space_and_cells_are_read_the_same_way():
    h = _Hyphens([_page(*_TYPESET, "Officers receive pre- and post-charge guidance.", cells=("Status: com-\npleted",))])
    assert h.join("Officers receive pre-", "and post-charge guidance.") == (
        "Officers receive pre- and post-charge guidance.")
    assert h.cell("Status: com- pleted") == "Status: completed"


def test_every_character_a_line_end_hyphen_is_drawn_with_is_a_hyphen():
    assert _hyphens_plain("com\u2010") == "com-"
    assert _hyphens_plain("com\u00ad") == "com-"
    assert _hyphens_plain("com\x02") == "com-"
    assert _hyphens_plain("plain text") == "plain text"
