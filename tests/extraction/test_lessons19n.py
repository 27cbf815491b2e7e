"""Positions read where the document states them, by the scope the statement gives (ADR 0008, Decision 50: round
sixteen's position19, on heldout31 and heldout32). A refusal whose object is the recommendation itself refuses it,
whatever reason it gives, existing provision among them (a refusal of a step because the existing one already serves
is still the other convention's); a set of recommendations named first and accepted in a relative clause ("..., all
of which were accepted") is a position on each answer, so long as a count, where given, covers them; a word for one
recommendation accepted ("has accepted a recommendation from the inspectorate") is a position on the one answer of a
document that answers one; the members a collated response speaks for, in the plural ("Chief constables accept it"),
speak as its writer. Each is written afresh, in words neither heldout31/32 nor dev35 use; each case marked "base:"
fails on the round's starting code (1b3b6a8; what it read is in the comment) and passes now; the neighbours the
readings must not take pass on both."""
import pytest

from rectrack.extraction import extract_bytes

_PM = "A duty to protect: Police use of protective measures in cases involving violence against women and girls\n\n"
_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"
_SAFE = "Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status\n\n"
_REFUSED = ("not_started", "not_stated")


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _answers(result) -> dict[str, tuple[str, str]]:
    return {r.recommendation: (str(getattr(r.progress, "value", r.progress)),
                               str(getattr(r.position, "value", r.position))) for r in result.responses}


def _letter(org: str, head: str, body: str) -> str:
    return f"{org}\n\n4 February 2025\n\n{head}Dear Chief Inspector,\n\n{body}\n\nYours sincerely,\n\nHead of Policy\n"


@pytest.mark.parametrize("body", [
    # base: complete, accepted (the reason's "already" set the refusal aside, and the reader read the reason as done)
    "Recommendation 7\n\nBecause the statutory guidance issued last year already covers this ground, ministers will "
    "not be taking recommendation 7 forward.",
    # base: complete, accepted
    "Recommendation 7\n\nGiven that the current arrangements already meet its aim, the Secretary of State has "
    "decided not to pursue recommendation 7.",
])
def test_a_refusal_of_the_recommendation_itself_is_a_refusal_whatever_its_reason(catalogue, body):
    progress, position = _answers(_read(catalogue, _letter("Home Office", _PM, body)))["7"]
    assert position == "not_accepted" and progress in _REFUSED


@pytest.mark.parametrize("body", [
    # the neighbours (pass on both): a step declined because the existing one serves is no refusal of the
    # recommendation; a refusal of it held until something happens is a wait
    "Recommendation 7\n\nWe will not set up a second national register, as the existing one already covers these "
    "orders.",
    "Recommendation 7\n\nThe Department will not take this recommendation forward until the existing pilot in two "
    "regions has been evaluated.",
])
def test_a_step_declined_for_existing_provision_or_a_wait_is_no_refusal(catalogue, body):
    progress, position = _answers(_read(catalogue, _letter("Home Office", _PM, body)))["7"]
    assert position != "not_accepted"


def test_a_set_named_then_accepted_in_a_relative_clause_is_a_position_on_each(catalogue):
    # base: not_stated on 7 ("all of which" names no recommendation by number and follows its set; the reader took
    # only 10's own answer as acceptance)
    text = ("# Cumbria Constabulary: stalking update\n\n1 April 2025\n\n" + _STALKING
            + "## Recommendation 7\n\nThe crime system change went live in February.\n\n## Recommendation 10\n\n"
            "The refreshed course is being delivered to every team.\n\nBoth answers above concern the "
            "recommendations made to chief constables, all of which the Chief Constable accepted last autumn.\n")
    answers = _answers(_read(catalogue, text, "u.md"))
    assert answers["7"][1] == "accepted" and answers["10"][1] == "accepted"


def test_a_counted_set_smaller_than_the_answers_is_no_position_on_each(catalogue):
    # the neighbour (passes on both): "the two new recommendations ..., both of which" cannot speak for three answers
    text = ("# Cumbria Constabulary: stalking update\n\n1 April 2025\n\n" + _STALKING
            + "## Recommendation 7\n\nThe crime system change went live in February.\n\n## Recommendation 10\n\n"
            "The refreshed course is being delivered to every team.\n\n## Recommendation 16\n\nThe joint review is "
            "being scoped.\n\nThe first two answers above concern the two new recommendations for forces, both of "
            "which the Chief Constable accepted last autumn.\n")
    answers = _answers(_read(catalogue, text, "u.md"))
    assert not all(answers[r][1] == "accepted" for r in ("7", "10", "16"))


def test_a_word_for_one_recommendation_accepted_is_the_position_of_the_one_answered(catalogue):
    # base: not_stated ("a recommendation" is neither numbered nor a set)
    text = ("# Commissioner backs stronger support for stalking victims\n\n12 May 2025\n\n" + _STALKING
            + "The Police and Crime Commissioner for Devon and Cornwall has accepted a recommendation from the "
            "inspectorate on specialist support for victims.\n\n## Recommendation 15\n\nTwo new advocates have "
            "been recruited and the review of services is being finished this summer.\n")
    assert _answers(_read(catalogue, text, "n.md"))["15"][1] == "accepted"


def test_a_word_for_one_accepted_in_a_paper_answering_two_is_no_position_on_both(catalogue):
    # the neighbour (passes on both): which of the two "a recommendation" is, the sentence does not say
    text = ("# Commissioner backs stronger support for stalking victims\n\n12 May 2025\n\n" + _STALKING
            + "The Police and Crime Commissioner for Devon and Cornwall has accepted a recommendation from the "
            "inspectorate on specialist support for victims.\n\n## Recommendation 15\n\nTwo new advocates have "
            "been recruited.\n\n## Recommendation 16\n\nThe joint review is being scoped with the force.\n")
    answers = _answers(_read(catalogue, text, "n.md"))
    assert not (answers["15"][1] == "accepted" and answers["16"][1] == "accepted")


def test_the_members_a_collated_response_speaks_for_accept_as_its_writer(catalogue):
    # base: not_stated ("Forces across the region endorse it": a sayer in the plural)
    text = ("# Association of Police and Crime Commissioners: regional summary\n\n3 June 2021\n\n" + _SAFE
            + "## Recommendation 6\n\nThe recommendation asks for an assessment of local support. The commissioners "
            "of the region endorse it. Assessments are being drafted in three areas.\n")
    assert _answers(_read(catalogue, text, "s.md"))["6"][1] == "accepted"
