"""How the PDF reader lays a page out (ADR 0008, "Invariance"): a word broken at a line's end joins or keeps its
hyphen by the document's own words (and whether it is hyphenated throughout); a page in two columns is read column by
column."""
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


def _line(x0: float, x1: float, top: float, text: str = "words") -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10, "text": text}


def test_a_page_in_two_columns_is_read_down_the_left_column_then_the_right():
    from rectrack.extraction.readers.pdf import _reading_order, _second_column

    title = _line(63, 500, 40, "Title across both columns")
    left = [_line(63, 280, 80 + 12 * i, f"left {i}") for i in range(8)]
    right = [_line(312, 528, 80 + 12 * i, f"right {i}") for i in range(8)]
    footer = _line(63, 520, 300, "A note across both columns")
    lines = [title, *[x for pair in zip(left, right) for x in pair], footer]
    column = _second_column(lines, 595)
    assert column is not None and 300 < column < 312
    items = sorted((("line", ln["top"], ln) for ln in lines), key=_reading_order(
        [("line", ln["top"], ln) for ln in lines], column))
    assert [ln["text"] for _, _, ln in items] == ["Title across both columns", *[f"left {i}" for i in range(8)],
                                                  *[f"right {i}" for i in range(8)], "A note across both columns"]


def test_a_table_whose_cells_start_in_three_places_is_not_two_columns():
    from rectrack.extraction.readers.pdf import _second_column

    rows = [_line(x, x + 80, 80 + 12 * i) for i in range(8) for x in (63, 200, 330)]
    assert _second_column(rows, 595) is None
