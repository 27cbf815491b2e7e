"""Round fifteen, alignment: which report a paper on several answers, and numbers named as another's (ADR 0008,
Decision 40, helper `align18`): the classes found on heldout29 and heldout30, written here in a third wording
(neither the sets' nor dev28's). Each test fails on the round's starting code (d65657d) and passes now; where a rule
has a neighbouring reading it must not take, the test checks that too."""
from rectrack.extraction import extract_bytes


def _read(catalogue, text: str, name: str = "x.md"):
    result = extract_bytes(text.encode(), name, catalogue)
    return result.super_complaint, {p.recommendation: p.progress for p in result.responses}


def test_a_paper_on_two_reports_answers_the_report_its_sections_answer(catalogue):
    # d65657d chose safe-to-share (its name stands in a heading) and read the stalking answers as its numbers
    text = ("# Force Executive Board: open super-complaint recommendations\n\nReport of the Deputy Chief Constable, "
            "5 May 2025\n\n## Safe to share? (report of December 2020)\n\nRecommendation 3 of that report was closed "
            "by this board in 2021.\n\n## Stalking super-complaint (report of September 2024)\n\n"
            "Recommendation 7: the new stalking classification went live on the crime system in April. Complete.\n\n"
            "Recommendation 10: the revised stalking course is being delivered; 60% of officers have finished it.\n\n"
            "## Decision sought\n\nThe Board is asked to note the report.\n")
    sc, got = _read(catalogue, text)
    assert sc == "stalking"
    assert set(got) == {"7", "10"}  # the other report's section keeps its number to itself


def test_another_reports_name_in_a_heading_does_not_outweigh_the_section_holding_the_answers(catalogue):
    # d65657d chose modern-slavery (the other report's name in a heading outweighed the answered one's subject)
    text = ("# Police and Crime Panel: progress on super-complaints\n\n14 March 2022\n\n"
            "## The hidden victims (report of May 2021)\n\nIts single recommendation is being taken forward by the "
            "Home Office.\n\n## Protective measures super-complaint (report of August 2021)\n\n"
            "Recommendation 3: bail decisions are now reviewed by an inspector within seven days. Complete.\n\n"
            "Recommendation 6: guidance on domestic violence protection orders has been drafted and goes to "
            "officers in April.\n\nRecommendation 11: a review of breach enforcement has started.\n")
    sc, got = _read(catalogue, text)
    assert sc == "protective-measures"
    assert set(got) == {"3", "6", "11"}


def test_an_associations_members_who_will_answer_a_number_themselves_do_not_make_it_answered(catalogue):
    # d65657d read 15 as answered: the APCC speaks for commissioners, so "commissioners will answer" read as its own
    text = ("# Association of Police and Crime Commissioners: response to the stalking super-complaint\n\n"
            "3 February 2025\n\nThe APCC accepts recommendation 27. A coordinator has been appointed to gather "
            "commissioners' work on stalking, and the first summary is due in May.\n\n"
            "Police and crime commissioners will answer recommendation 15 in their local responses.\n")
    sc, got = _read(catalogue, text)
    assert sc == "stalking"
    assert set(got) == {"27"}  # the neighbour: the association's own recommendation stays answered


def test_a_number_named_in_apposition_with_another_recipient_is_not_answered(catalogue):
    # d65657d read recommendation 1 as the College's answer
    text = ("# College of Policing: modern slavery guidance refreshed\n\nCollege of Policing, 2 August 2022\n\n"
            "Following \"The hidden victims\", the report on Hestia's super-complaint, the College has refreshed "
            "its guidance on identifying and supporting victims of modern slavery.\n\n"
            "Recommendation 1 of that report, for the Home Office, is the department's to take forward. Forces "
            "should brief their officers on the refreshed guidance by October.\n")
    sc, got = _read(catalogue, text)
    assert sc == "modern-slavery"
    assert got == {}


def test_a_list_a_lead_in_gives_as_the_reports_words_answers_nothing(catalogue):
    # d65657d read the list's items as an answer (to recommendation 3)
    text = ("# Commissioner's statement on the honour-based abuse super-complaint\n\n20 December 2022\n\n"
            "The Commissioner for Avon and Somerset has read the report on the Tees Valley Inclusion Project's "
            "super-complaint.\n\nIn summary, the report recommended that:\n\n"
            "- chief constables update their forces' sexual abuse policies to include the risk of honour-based "
            "abuse, since forces generally only include it in their domestic abuse policies;\n"
            "- chief constables make sure that officers understand the different cultures and religions of the "
            "communities they police;\n"
            "- the National Police Chiefs' Council takes the super-complaint into account when it reviews data "
            "standards.\n\n"
            "The Commissioner said: \"I will be talking to the Chief Constable about these findings.\"\n")
    sc, got = _read(catalogue, text)
    assert sc == "honour-based-abuse"
    assert got == {}


def test_a_numbered_minute_naming_one_recommendation_is_its_item_wherever_the_number_stands(catalogue):
    # d65657d found no answer: the number stands mid-sentence, after the minute's own number
    text = ("# Lancashire Police and Crime Panel\n\nMinutes of the meeting of 9 October 2025\n\n"
            "7. Super-complaint on the police response to stalking\n\n"
            "7.1 The Deputy Commissioner reported that, of the two recommendations for commissioners in the stalking "
            "report, recommendation 15 was complete: a specialist stalking advocacy service had been commissioned "
            "in July.\n\n"
            "7.2 Members asked for a further report on recommendation 16 in January.\n")
    sc, got = _read(catalogue, text)
    assert sc == "stalking"
    assert got == {"15": "complete"}  # the neighbour: a request for a later report is not an item on 16
