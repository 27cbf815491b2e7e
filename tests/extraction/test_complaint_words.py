"""complaint._names_the_complaint finds "<subject> super-complaint" from the places the words stand, found once a
document: it must say what searching the whole text says, for every text and subject."""
from hypothesis import given, settings
from hypothesis import strategies as st

from rectrack.extraction.complaint import _complaint_word_starts, _names_the_complaint

_PIECES = ["stalking", " super-complaint", " super complaint", " supercomplaint", " ", "abuse", "the", "-", "s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["stalking", "abuse", "the abuse", "s", "e"]))
def test_the_places_say_what_a_search_says(pieces, keyword):
    folded = "".join(pieces)
    starts = _complaint_word_starts(folded)
    assert _names_the_complaint(folded, keyword, starts) == _names_the_complaint(folded, keyword)


def test_many_mentions_fall_back_to_the_search():
    folded = "stalking super-complaint. " * 60
    assert _complaint_word_starts(folded) is None
    assert _names_the_complaint(folded, "stalking", None)
    assert not _names_the_complaint(folded, "abuse", None)


def test_a_subject_at_the_start_and_one_not_before_the_words():
    folded = "stalking super-complaint and abuse"
    starts = _complaint_word_starts(folded)
    assert starts == [8]
    assert _names_the_complaint(folded, "stalking", starts)
    assert not _names_the_complaint(folded, "abuse", starts)
