"""Round thirteen's second half, trackers and action plans (ADR 0008, Decision 32, helper `track15`): the classes
found on the blind sets heldout27 and heldout28, each written here in a third wording (neither the sets' nor dev22's). A
tracker's status column is the writer's summary and its update the account. Every test fails on the round's starting
code (ea35b14) and passes now; each also checks the neighbouring reading the rule must not take."""
from rectrack.extraction import extract_bytes

_S2S = ("Report on the super-complaint Safe to share? about victims of domestic abuse with insecure immigration "
        "status\n\n")
_STALKING = "Report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking\n\n"
_PM = ("Report on the super-complaint about police use of protective measures in cases involving violence against "
       "women and girls\n\n")


def _progress(catalogue, text: str, name: str = "x.md") -> dict:
    return {p.recommendation: p.progress for p in extract_bytes(text.encode(), name, catalogue).responses}


def test_an_update_that_denies_completion_outranks_a_complete_column(catalogue):
    # the base read both rows complete from their column
    text = (f"# Bedfordshire Police: Safe to share? tracker\n\n{_S2S}Position at 4 April 2022\n\n"
            "| Rec | Status | Update |\n|---|---|---|\n"
            "| 1 | Green - Complete | The new instruction is written but has not been approved by the Chief Officer "
            "Group yet. |\n"
            "| 4 | Complete | Partnership pilot in Luton; the evaluation isn't finished and the other districts will "
            "follow it. |\n"
            "| 5 | Complete | Leaflets were printed in February and are handed out at every front counter. |\n")
    got = _progress(catalogue, text)
    assert got["1"] == got["4"] == "in_progress"
    assert got["5"] == "complete"  # the neighbour: an update that tells the work's history leaves the column standing


def test_an_update_held_up_until_a_national_body_acts_is_awaiting_national_action(catalogue):
    # the base read the amber row as under way and the "Complete" row as done
    text = (f"# Leicestershire Police: stalking action plan\n\n{_STALKING}Updated 2 June 2025\n\n"
            "| No. | Status | Comment |\n|---|---|---|\n"
            "| 3 | Amber | The force cannot adopt a final risk model until the College of Policing revises its "
            "practice guidance. |\n"
            "| 6 | Complete | Dependent on the Home Office confirming its grant for advocates. |\n"
            "| 9 | Amber | Cannot be finished until the new case management system is installed locally. |\n")
    got = _progress(catalogue, text)
    assert got["3"] == got["6"] == "awaiting_national"
    assert got["9"] == "in_progress"  # the neighbour: a local dependence is not a national body's wait


def test_a_line_of_boxes_with_none_ticked_states_nothing(catalogue):
    # the base read "Complete", the first option's word, as the row's status
    text = (f"# North Wales Police: protective measures return\n\n{_PM}Returned 9 May 2022\n\n"
            "| Recommendation | Status | Commentary |\n|---|---|---|\n"
            "| 2 - Bail | \u2610 Complete \u2610 In progress | A new bail review rota is being piloted in the "
            "western area. |\n"
            "| 4 - Orders | \u2612 Complete \u2610 In progress | The orders desk has handled every application since "
            "January. |\n")
    got = _progress(catalogue, text)
    assert got["2"] == "in_progress"
    assert got["4"] == "complete"  # the neighbour: the ticked option still speaks


def test_a_share_done_beside_a_closed_row_is_done(catalogue):
    # the base read both rows as under way from the share
    text = (f"# Hampshire Constabulary: stalking tracker\n\n{_STALKING}Position at 20 May 2025\n\n"
            "| Ref | RAG | Update |\n|---|---|---|\n"
            "| 10 | Complete | The course was launched in January; 91% of detectives have completed it. |\n"
            "| 12 | Green | Guidance issued to all supervisors; 80% have used it. Closed. |\n"
            "| 13 | Complete | Delivered to 55% of response officers; the remainder are booked for July. |\n")
    got = _progress(catalogue, text)
    assert got["10"] == got["12"] == "complete"
    assert got["13"] == "in_progress"  # the neighbour: the rest said to come is still work under way


def test_an_action_cell_in_free_words_is_that_actions_reading(catalogue):
    # the base let the one cell with a status word ("Not started") speak for recommendation 7
    text = (f"# Cheshire Constabulary: stalking action plan\n\n{_STALKING}Published 28 November 2024\n\n"
            "| Ref | Action | Progress |\n|---|---|---|\n"
            "| 7 | Records system change | Specification agreed with the vendor in October; delivery is due in "
            "the spring |\n"
            "| 7.1 | Using the new capability | Not started - follows 7 |\n"
            "| 7.2 | Interim search flag | Live since 4 November 2024 |\n"
            "| 11 | Supervision checklist | Complete |\n")
    got = _progress(catalogue, text)
    assert got["7"] == "in_progress"
    assert got["11"] == "complete"  # the neighbour: a row of one status word is read as before
