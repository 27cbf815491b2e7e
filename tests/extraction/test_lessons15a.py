"""Answers by subject, without numbers (ADR 0008, Decision 31: round thirteen's second half, subj15, on heldout27 and
heldout28). A document that says how many of one group's recommendations it answers and then gives as many sections
headed by a subject answers them in the report's order; a subject heading's words fit a recommendation's text
whatever their plural or adjective form. Each test is written afresh, in words neither those sets nor dev21 use; each
fails on the round's starting code (ea35b14) unless it says it checks the neighbouring reading the rule must not
take (those pass on both)."""
from tests.extraction.test_lessons9 import _HBA, _read

_IMMIGRATION = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration "
                "status\n\n")


def _by_rec(result) -> dict:
    return {p.recommendation: p for p in result.responses}


def test_a_stated_count_of_commissioners_recommendations_maps_subject_headings_in_order(catalogue):
    # base: no number anywhere and no heading whose every word is one recommendation's, so nothing was answered
    text = ("# Avon and Somerset PCC\n\n22 April 2021\n\n" + _IMMIGRATION
            + "Below I answer the two recommendations directed to police and crime commissioners.\n\n"
            "## Encouraging victims to come forward\n\nA campaign with migrant community radio stations has "
            "started and runs until June.\n\n"
            "## Local networks of advocates\n\nThe mapping of support services across the area was completed in "
            "March and the report is published.\n\nYours sincerely,\n\nAvon and Somerset PCC\n")
    found = _by_rec(_read(catalogue, text, "a.md"))
    assert set(found) == {"5", "6"}
    assert found["6"].label.startswith("Local networks")


def test_a_subject_line_opening_a_paragraph_counts_as_its_heading(catalogue):
    # base: the subject line and its answer in one paragraph (a Word letter's bold run and line break) were never
    # read as a heading, so the chiefs' two recommendations went unanswered
    text = ("Cumbria Constabulary\n\n1 September 2023\n\n" + _HBA
            + "This is our reply on the two recommendations for chief constables.\n\n"
            "Policy on sexual offences\nOur policy was changed in May to require a check for honour-based abuse "
            "risk.\n\n"
            "Awareness among officers\nCommunity briefings for officers have begun in two of our three areas.\n\n"
            "Yours faithfully,\n\nChief Constable\n")
    found = _by_rec(_read(catalogue, text, "c.txt"))
    assert set(found) == {"1", "2"}
    assert "3" not in found


def test_a_stated_count_that_is_not_the_catalogues_maps_nothing(catalogue):
    # the neighbouring reading (passes on both): four recommendations for commissioners is not the report's count,
    # so the headings are not mapped by their place
    text = ("# Avon and Somerset PCC\n\n22 April 2021\n\n" + _IMMIGRATION
            + "Below I answer the four recommendations for commissioners.\n\n"
            "## Encouraging victims to come forward\n\nA campaign has started.\n\n"
            "## Local networks of advocates\n\nThe mapping was completed in March.\n")
    found = _by_rec(_read(catalogue, text, "a.md"))
    # (the commissioner's own recommendation may still be read from the whole letter, as before: not by a heading)
    assert "5" not in found
    assert not any(p.label.startswith(("Encouraging", "Local")) for p in found.values())


def test_subject_headings_out_of_the_reports_order_map_nothing(catalogue):
    # the neighbouring reading (passes on both): the first heading's words fit the second recommendation better, so
    # the order is not the report's and no heading is given a number by its place
    text = ("Cumbria Constabulary\n\n1 September 2023\n\n" + _HBA
            + "This is our reply on the two recommendations for chief constables.\n\n"
            "Cultures and religions\nCommunity briefings for officers have begun.\n\n"
            "Something else entirely\nOur work continues across the force.\n\n"
            "Yours faithfully,\n\nChief Constable\n")
    found = _by_rec(_read(catalogue, text, "c.txt"))
    assert "1" not in found


def test_a_heading_in_another_word_form_than_the_reports_still_names_it(catalogue):
    # base: "policies" in the heading against the report's "policy"... and "cultural" against "cultures" were
    # different words, so neither heading fitted one recommendation
    text = ("# Merseyside PCC: scrutiny of the force\n\n5 October 2023\n\n" + _HBA
            + "## Abuse policies and honour-based risk\n\nThe force's sexual abuse policy now names honour-based "
            "abuse as a risk to be assessed; the change is complete.\n\n"
            "## Officers' cultural understanding\n\nTraining on the cultures of local communities is under "
            "way.\n\n## Ethnicity recording\n\nThis recommendation is for the National Police Chiefs' Council.\n")
    found = _by_rec(_read(catalogue, text, "m.md"))
    assert "1" in found and "2" in found and "3" not in found
