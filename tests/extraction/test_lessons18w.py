"""Who wrote a document, when, and the position it states (ADR 0008, Decision 41: round fifteen's authors18, on
heldout29 and heldout30). In a meeting's record a force's chief officer named only by rank or its short form giving
the account of the force's work makes the area's force an author; a force's name that runs on into a panel's name is
the panel's; another body's response the document encloses or attaches is not its own; a sentence telling the
document's own approval or issue dates it to the day; a title ending in "on" above a dateline does not make the
dateline an event's; acceptance of a definite counted set of recommendations is a position on each; a form's
"Position" and "Accepted" cells run together state the position. Each test is written afresh, in words neither those
sets nor dev29 use; each fails on the round's starting code (d65657d) unless it says it checks the neighbouring
reading the rule must not take (those pass on both)."""
from rectrack.extraction import extract_bytes, status

_SAFE = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status\n\n")
_STALKING = "Stalking super-complaint: the Suzy Lamplugh Trust's report\n\n"


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _orgs(result) -> list[str]:
    return [o.id for o in result.organisations]


def _positions(result) -> dict[str, str]:
    return {r.recommendation: str(getattr(r.position, "value", r.position)) for r in result.responses}


def test_a_chief_officer_by_short_form_giving_the_account_in_minutes_makes_the_area_force_an_author(catalogue):
    # base: the record never spells the force's name, and "the DCC advised" was no evidence of it (only the
    # commissioner was found)
    text = ("Suffolk Police and Crime Commissioner - Accountability and Performance Panel\n\n"
            "Minutes of the meeting held on 14 May 2021\n\n" + _SAFE
            + "4.1 The DCC advised that officers stopped passing victims' details to Immigration Enforcement on "
            "recommendation 1 in March, and an audit found no exceptions.\n\n"
            "4.2 The Commissioner thanked officers for the update.\n")
    orgs = _orgs(_read(catalogue, text))
    assert "suffolk-pcc" in orgs and "suffolk-constabulary" in orgs


def test_a_panels_name_opening_with_the_force_name_is_not_the_force(catalogue):
    # base: the panel's name opens with the force's own, "Staffordshire Police", which made the force a writer of the
    # commissioner's report to the panel
    text = ("Staffordshire Police, Fire and Crime Panel\n\nMeeting: 3 June 2024\n\n"
            "Stop and search: the Criminal Justice Alliance super-complaint\n\n"
            "1. This paper gives the Commissioner's answer to recommendation 8, the one for commissioners.\n\n"
            "2. The Commissioner accepts recommendation 8; the community scrutiny group is recruiting younger "
            "members.\n")
    assert "staffordshire-police" not in _orgs(_read(catalogue, text))


def test_a_forces_own_board_named_after_it_keeps_the_force(catalogue):
    # the neighbouring reading (passes on both): a committee of the force's own is the force's, whatever its name adds
    text = ("Gwent Police Strategic Board\n\nPaper for the meeting of 3 June 2024\n\n"
            "Stop and search: the Criminal Justice Alliance super-complaint\n\n"
            "1. Recommendation 1: our use of the power is now reviewed every month with the community group.\n")
    assert "gwent-police" in _orgs(_read(catalogue, text))


def test_a_response_the_letter_carries_as_an_appendix_is_not_the_letters(catalogue):
    # base: "the Chief Constable's response ... has been appended" made the force a writer of the commissioner's letter
    text = ("Office of the Police and Crime Commissioner for Lincolnshire\n\n8 February 2021\n\nDear Sir Thomas,\n\n"
            + _SAFE
            + "The Chief Constable's response on the recommendations to chief constables has been appended to this "
            "letter for your information.\n\nRecommendation 6\nI accept this recommendation. My office is mapping "
            "the support open to migrant victims.\n\nYours sincerely,\n\nPolice and Crime Commissioner for "
            "Lincolnshire\n")
    assert _orgs(_read(catalogue, text)) == ["lincolnshire-pcc"]


def test_a_force_the_letter_names_as_signing_with_it_stays_an_author(catalogue):
    # the neighbouring reading (passes on both): a joint letter signed by both keeps both
    text = ("Joint response from the Police and Crime Commissioner for Lincolnshire and Lincolnshire Police\n\n"
            "8 February 2021\n\nDear Sir Thomas,\n\n" + _SAFE
            + "Recommendation 6\nWe accept this recommendation. Mapping of support is under way.\n\n"
            "Yours sincerely,\n\nPolice and Crime Commissioner for Lincolnshire\n"
            "Chief Constable, Lincolnshire Police\n")
    orgs = _orgs(_read(catalogue, text))
    assert "lincolnshire-pcc" in orgs and "lincolnshire-police" in orgs


def test_the_documents_own_sign_off_in_a_sentence_dates_it_to_the_day(catalogue):
    # base: with no dateline, the latest event dated the plan to its month only ("2024-02")
    text = ("# Avon and Somerset Police: stalking action plan\n\n" + _STALKING
            + "Version 2.0 was signed off by the Chief Officer Group on 12 February 2024, after consultation since "
            "January 2024.\n\n"
            "| Recommendation | Action | Status |\n|---|---|---|\n"
            "| 10 | Training for response officers is being written. | In progress |\n")
    assert _read(catalogue, text, "p.md").document_date == "2024-02-12"


def test_a_dateline_under_a_title_ending_in_on_is_the_documents_date(catalogue):
    # base: the title's last word "on" was read as "on <date>", an event's, so the dateline was dropped and the
    # update was dated to the month of its latest event
    text = ("# Stalking: the force's progress, twelve months on\n\n4 October 2025\n\n" + _STALKING
            + "Recommendation 10: training for response officers was finished in September 2025.\n")
    assert _read(catalogue, text, "u.md").document_date == "2025-10-04"


def test_acceptance_of_a_counted_set_is_a_position_on_each(catalogue):
    # base: "accepted the two original recommendations" named no recommendation by number or by "all", so neither
    # answer had a position
    text = ("# Norfolk Police and Crime Commissioner: update\n\n2 March 2022\n\n" + _SAFE
            + "When the report was published the Commissioner accepted the two original recommendations without "
            "reservation and set out a plan for each.\n\n## Recommendation 5\n\nThe confidence campaign is running "
            "in three languages.\n\n## Recommendation 6\n\nThe mapping of specialist support is half done.\n")
    positions = _positions(_read(catalogue, text, "n.md"))
    assert positions.get("5") == "accepted" and positions.get("6") == "accepted"


def test_a_count_smaller_than_the_answers_is_no_position_on_all(catalogue):
    # the neighbouring reading (passes on both): "accepted the one new recommendation" cannot speak for two answers
    text = ("# Norfolk Police and Crime Commissioner: update\n\n2 March 2022\n\n" + _SAFE
            + "When the report was published the Commissioner accepted the one new recommendation without "
            "reservation and set out a plan.\n\n## Recommendation 5\n\nThe confidence campaign is running "
            "in three languages.\n\n## Recommendation 6\n\nThe mapping of specialist support is half done.\n")
    positions = _positions(_read(catalogue, text, "n.md"))
    assert not (positions.get("5") == "accepted" and positions.get("6") == "accepted")


def test_a_forms_position_cells_run_together_state_the_position():
    # base: "Position Accepted" with its cells run together (an unruled table flattened) said nothing
    s = "Rec 16 (chief constables and PCCs) Position Accepted Owner Head of Commissioning Target March 2026"
    assert status.position_finding(s, [(0, len(s))]).value == status.ACCEPTED
    # the neighbouring reading (passes on both): the words in a sentence's lower case are no form's cells
    s2 = "We took the position accepted by most forces last year on training."
    assert status.position_finding(s2, [(0, len(s2))]).value != status.ACCEPTED
