"""Round sixteen's second half, alignment recall in the older tuned sets (ADR 0008, Decision 55, helper `align20`):
each class written here in a third wording (neither heldout28's nor dev38's). Each test fails on the half's starting
code (ac7bea6) and passes now; where the rule has a neighbouring reading it must not take, the test checks that too."""
from rectrack.extraction import extract_bytes


def _read(catalogue, text: str, name: str = "x.md"):
    result = extract_bytes(text.encode(), name, catalogue)
    return {p.recommendation: p.progress for p in result.responses}


def test_a_place_in_a_named_group_answers_as_the_object_of_the_sentences_subject(catalogue):
    # ac7bea6 read a place of the group only as a sentence's first words ("On the second, ..."): "Action towards the
    # second ..." named nothing, and 2 was not read
    text = ("# Cheshire Police and Crime Commissioner: update on honour-based abuse\n\n20 June 2023\n\n"
            "The super-complaint report on honour-based abuse made two recommendations to chief constables. "
            "The first of them asked forces to add honour-based abuse risk to their sexual abuse policies; "
            "Cheshire Constabulary has done this and the policy was published in May.\n\n"
            "Action towards the second, on understanding local cultures and religions, is under way: the force "
            "is meeting community groups and will brief officers in the autumn.\n")
    got = _read(catalogue, text)
    assert set(got) == {"1", "2"}
    # the neighbour: with no group named before it, the same sentence names no place
    alone = ("# Cheshire Police and Crime Commissioner: update on honour-based abuse\n\n20 June 2023\n\n"
             "The super-complaint report on honour-based abuse was published in December.\n\n"
             "Action towards the second stage of the local plan is under way: the force is meeting community "
             "groups.\n")
    assert "2" not in _read(catalogue, alone)
