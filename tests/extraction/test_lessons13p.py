"""Round twelve's second half, position (ADR 0008, Decision 22): the classes found on heldout23 and heldout24, each
written here in a third wording (neither the sets' nor dev15's). Every test fails on the half-round's starting code
(8f89136) and passes now; most also check the neighbouring reading the rule must not take."""
from rectrack.extraction import extract_bytes
from rectrack.extraction.status import classify

_S2S = "Safe to share? Report on Liberty and Southall Black Sisters' super-complaint on policing and immigration status"


def _read(text: str):
    return classify(text, [(0, len(text))], [])


def _positions(catalogue, text: str, name: str = "x.md") -> dict:
    return {p.recommendation: p.position for p in extract_bytes(text.encode(), name, catalogue).responses}


def test_work_reported_in_an_update_is_no_statement_of_position(catalogue):
    # fails on 8f89136: work done or under way was read as accepted in every kind of document
    text = (f"# Suffolk Constabulary: six-monthly progress update\n\n{_S2S}\n\nUpdate as at 31 May 2022\n\n"
            "## Recommendation 1\n\nThe instruction to officers was issued in March 2021 and is now embedded.\n\n"
            "## Recommendation 4\n\nA referral pathway with a migrant advice service is being tested in Ipswich.\n")
    assert _positions(catalogue, text) == {"1": "not_stated", "4": "not_stated"}


def test_a_response_that_answers_by_its_work_takes_the_recommendations_up(catalogue):
    # the neighbour of the rule above: a document that calls itself the writer's response still reads its work as
    # acceptance (passes on 8f89136 too; it guards the narrowing)
    text = ("# Our response to the recommendations of the Safe to share? super-complaint\n\n"
            "Suffolk Constabulary, 4 June 2021\n\n"
            "## Recommendation 1\n\nThe instruction to officers was issued in March 2021.\n\n"
            "## Recommendation 4\n\nA referral pathway with a migrant advice service is being tested in Ipswich.\n")
    assert _positions(catalogue, text) == {"1": "accepted", "4": "accepted"}


def test_a_position_on_all_of_them_stated_after_the_answers_is_read(catalogue):
    # fails on 8f89136: only the front matter's statement on all the recommendations was read; nothing was begun,
    # so no work stood in for it either
    text = (f"# Statement of the Warwickshire Police and Crime Commissioner\n\n{_S2S}\n\n1 June 2021\n\n"
            "## Recommendation 5\n\nI will discuss a joint campaign with the Chief Constable at our next meeting.\n\n"
            "## Recommendation 6\n\nI will ask my office to consider an assessment of specialist support.\n\n"
            "## Conclusion\n\nHaving considered the report with care, I accept both of the recommendations made to "
            "commissioners.\n")
    assert _positions(catalogue, text) == {"5": "accepted", "6": "accepted"}


def test_a_position_on_named_recommendations_stated_outside_their_answers_is_read_in_its_own_clause(catalogue):
    # fails on 8f89136: a statement naming the recommendations was read only inside an answer
    text = (f"# Warwickshire Police: Safe to share?\n\n{_S2S}\n\n1 June 2021\n\n"
            "## Summary\n\nSetting out our view, the Chief Constable accepts recommendation 1 and accepts "
            "recommendation 4 in part.\n\n"
            "## Recommendation 1\n\nOfficers will be briefed in the summer.\n\n"
            "## Recommendation 4\n\nOfficers will be briefed in the autumn.\n")
    assert _positions(catalogue, text) == {"1": "accepted", "4": "partially_accepted"}


def test_acceptance_of_it_said_in_other_words_is_accepted():
    # fails on 8f89136: these were read as nothing said (an answer's work stood in for them)
    assert _read("The Minister is happy to accept it and has asked officials to begin.").position == "accepted"
    assert _read("The panel accepted it at the October meeting.").position == "accepted"
    assert _read("This also was accepted by the board, and a plan is being drawn up.").position == "accepted"
    assert _read("I agree.").position == "accepted"
    assert _read("The Mayor accepts the part of the recommendation directed at policing bodies.").position \
        == "accepted"
    # the neighbours: accepted "in part" stays partial, and a refusal stays a refusal
    assert _read("The panel accepted it in part.").position != "accepted"
    assert _read("We do not agree.").position != "accepted"


def test_a_refusal_told_as_an_intention_is_not_accepted():
    # fails on 8f89136: "do not intend to" was no statement of position, and the work beside it stood in for one
    assert _read("The Department does not intend to legislate for a new duty at present; existing powers will be "
                 "reviewed in 2025.").position == "not_accepted"
    # the neighbour: an intention to act is no refusal
    assert _read("We intend to introduce the new form next year.").position != "not_accepted"


def test_an_acceptance_then_a_part_refused_in_a_later_sentence_is_partial():
    # fails on 8f89136: the first explicit acceptance decided, and the refusal after it was not read
    text = ("We accept the recommendation to publish guidance on bail conditions, and drafting has begun. We do not "
            "accept that the guidance should be put on a statutory footing.")
    assert _read(text).position == "partially_accepted"
    # the neighbour: an acceptance with no refusal after it stays accepted
    assert _read("We accept the recommendation to publish guidance, and drafting has begun.").position == "accepted"
