"""Three conventions in how one sentence is read (ADR 0008, Decision 29), each in a third wording: neither the blind
sentences that showed them nor dev20 use these words. Every case below fails on the code before the round (7206575):
the refusal and the plan read as nothing said about progress (or the position as nothing, or as accepted), the
acceptance in other words as no position. Each class also checks the neighbouring reading its rule must not take."""
import pytest

from rectrack.extraction.status import classify


def _read(s: str) -> tuple[str, str]:
    got = classify(s, [(0, len(s))], [])
    return got.progress, got.position


# --- (1) a refusal of the recommendation's act: not started, not accepted -----------------------------------------

@pytest.mark.parametrize("s", [
    # base: not_stated on both axes
    "After reviewing the options, the Mayor's office has opted not to procure a bespoke case-tracking system.",
    # base: not_stated on both axes
    "Ministers have been clear: the Department will not legislate for a statutory reporting duty.",
])
def test_a_refusal_of_the_act_is_not_started_and_not_accepted(s):
    assert _read(s) == ("not_started", "not_accepted")


def test_a_refusal_to_accept_is_not_accepted_and_says_nothing_of_progress():
    # base: "unable to accept this recommendation" read as accepted (its "accept this recommendation" unnegated)
    assert _read("Regrettably the Constabulary is unable to accept this recommendation.") == \
        ("not_stated", "not_accepted")


@pytest.mark.parametrize("s", [
    # "will not" whose object is no act of the recommendation's, or a refusal held until something happens
    "This change will not affect the rollout of the new custody software.",
    "We will not alter the referral form until the national template has been agreed.",
])
def test_will_not_about_something_else_is_no_refusal(s):
    assert _read(s)[1] != "not_accepted"


# --- (2) an act planned for a time to come: not started -----------------------------------------------------------

@pytest.mark.parametrize("s", [
    # base: not_stated
    "Go-live for the advocacy service is scheduled for the fourth quarter.",
    # base: not_stated
    "Our safeguarding leads will appoint a project manager from next September.",
])
def test_an_act_planned_for_a_time_to_come_is_not_started(s):
    assert _read(s)[0] == "not_started"


def test_a_plan_beside_work_done_is_not_a_plan():
    # the rest of the work is scheduled; what is done is done
    assert _read("Delivered in the north, with the southern hub scheduled to follow in the spring.")[0] != "not_started"


# --- (3) acceptance said in other words: accepted ------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # base: not_stated
    "The Chief Constable remains wholly committed to implementing recommendation 11.",
    # base: not_stated
    "Recommendation 8 has been endorsed by the Police and Crime Panel and by the force.",
])
def test_acceptance_in_other_words_is_accepted(s):
    assert _read(s)[1] == "accepted"


@pytest.mark.parametrize("s", [
    # qualified, or of a finding, or negated: not a plain acceptance of the recommendation
    "The force supports recommendation 3 in principle, but has reservations about its cost.",
    "We are not committed to recommendation 4 as drafted.",
])
def test_acceptance_qualified_or_negated_is_not_plain_acceptance(s):
    assert _read(s)[1] != "accepted"


@pytest.mark.parametrize("s", [
    # base: partially accepted (its "but ... cannot" read as a reservation)
    "The Commissioner supports recommendation 9, however the new contract cannot be let before the Ministry of "
    "Justice confirms the grant.",
    # base: not stated
    "We've endorsed it, but we can't do anything until the national template is out.",
])
def test_an_acceptance_whose_but_only_waits_is_accepted(s):
    assert _read(s)[1] == "accepted"


def test_an_acceptance_in_principle_that_waits_is_still_partial():
    assert _read("We accept the recommendation in principle but cannot fund it until next year.")[1] == \
        "partially_accepted"
