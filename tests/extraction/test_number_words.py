"""One owner for the number words (ADR 0008, Decision 56).

`textutil` holds the words for counts and places once; every other module builds its own pattern or table from them.
These tests read the owner's tables both ways (word -> value, value -> word) and check that each user's pattern or
table still matches what it matched before the move (a tidy: no output changes, so these pass on the base too).
"""

from __future__ import annotations

from rectrack.extraction import anchors, refs, segment, stages, status, textutil
from rectrack.extraction.textutil import NUMBER_WORDS, PLACE_WORDS


def test_owner_tables_read_both_ways() -> None:
    assert len(NUMBER_WORDS) == 21 and len(PLACE_WORDS) == 20
    assert NUMBER_WORDS.index("seven") == 7 and NUMBER_WORDS[12] == "twelve" and NUMBER_WORDS[0] == "zero"
    assert PLACE_WORDS.index("seventh") + 1 == 7 and PLACE_WORDS[11] == "twelfth" and PLACE_WORDS[-1] == "twentieth"


def test_count_tables_built_from_the_owner() -> None:
    assert refs._NUMWORDS["twenty"] == 20 and refs._NUMWORDS["fifty"] == 50 and refs._NUMWORDS["zero"] == 0
    assert segment._WORD_NUMS["nineteen"] == "19"
    assert stages._COUNT_WORDS == {w: n for n, w in enumerate(NUMBER_WORDS[1:13], 1)}
    assert "thirteen" not in stages._COUNT_WORDS
    # "both" counts two only in anchors' group acceptance; one and eleven are not counts there
    assert anchors._NUMBER_WORDS["both"] == 2 and anchors._NUMBER_WORDS["ten"] == 10
    assert list(anchors._NUMBER_WORDS)[:3] == ["both", "two", "three"] and "one" not in anchors._NUMBER_WORDS
    assert textutil._NUMBER_WORDS[0] == "one" and len(textutil._NUMBER_WORDS) == 20


def test_place_tables_built_from_the_owner() -> None:
    assert segment.ORDINAL_PLACE["first"] == 0 and segment.ORDINAL_PLACE["twentieth"] == 19
    # "former" / "last" are places only in anchors' table, and in stages' member words
    assert anchors._ORDINALS["former"] == 0 and anchors._ORDINALS["last"] == -1 and anchors._ORDINALS["ninth"] == 8
    assert "former" not in segment.ORDINAL_PLACE
    assert stages._ORDINALS == PLACE_WORDS[:10] and "latter" in stages._ORDINAL_WORDS


def test_user_patterns_match_as_before() -> None:
    assert segment.ORDINAL_REC.search("We turn to your fourteenth recommendation now.")
    assert stages._ORDINAL_MEMBER.match("The latter of these is done")
    assert stages._ORDINAL_MEMBER.match("the tenth recommendation")
    assert not stages._ORDINAL_MEMBER.match("the eleventh recommendation")
    assert stages._ACCEPTS_COUNTED.search("The force accepted the eleven recommendations made to it")
    assert refs._ACTIONS_TOTAL.search("There are thirty actions in the plan")
    assert textutil._REC_NUMBER_FORM.search("Recommendation seventeen: done")
    assert anchors._ALL_ACCEPTED.search("We accept both recommendations.")
    assert status.re.search(status._THIS, "accepts its twelve recommendations")
    assert status.re.search(status._THIS_OR_NUMBERED, "also accepts recommendation nine")
