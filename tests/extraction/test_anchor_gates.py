"""anchors._INLINE opens with a look-ahead naming its verbs' first letters (a class lets the pattern be tried only where
one stands): every verb the pattern reads must begin with one of them, or the look-ahead would hide it."""
import re

from rectrack.extraction import anchors, textutil


def test_the_look_ahead_names_the_first_letter_of_every_verb():
    words = textutil.openings(anchors._INLINE)
    assert words and "accept" in words
    letters = re.match(r"\(\?=\[(\w+)\]\)", anchors._INLINE.pattern).group(1)
    assert {w[0] for w in words} <= set(letters)


def test_a_verb_before_the_recommendation_is_read_with_or_without_capitals():
    for s in ("The NPCC accepts recommendation 9 in full.", "WE HAVE IMPLEMENTED RECOMMENDATION 4.",
              "Work on recommendation 2 continues."):
        m = anchors._INLINE.search(s)
        assert m and m.group("nums").strip() in ("9", "4", "2"), s
