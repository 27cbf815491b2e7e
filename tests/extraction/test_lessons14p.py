"""Round thirteen, progress and position (ADR 0008, Decision 27, helper `progress14`): the classes found on the blind
sets heldout25 and heldout26, each written here in a third wording (neither the sets' nor dev19's). Every test fails
on the round's starting code (7206575) and passes now; most also check the neighbouring reading the rule must not
take."""
from rectrack.extraction import extract_bytes
from rectrack.extraction.status import classify

_PM = ("Report on the super-complaint about police use of protective measures in cases involving violence against "
       "women and girls\n\n")
_STALKING = "Report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking\n\n"


def _read(text: str):
    return classify(text, [(0, len(text))], [])


def _responses(catalogue, text: str, name: str = "x.md") -> dict:
    return {p.recommendation: p for p in extract_bytes(text.encode(), name, catalogue).responses}


# --- which sentences are the recommendation's own ---------------------------------------------------------------------

def test_a_group_heading_over_numbered_lines_reads_each_line_for_its_own_number(catalogue):
    # the base read one line's cue ("on hold") for every number under the heading
    text = (f"# Avon and Somerset Constabulary: stalking six-month return\n\n{_STALKING}Returned 2 April 2025\n\n"
            "## Recommendations 18 to 21\n\n"
            "- 18: risk assessment tools: in progress, with the pilot in two districts.\n"
            "- 19: stalking clinics: complete.\n"
            "- 20: case file quality: on hold pending the Crown Prosecution Service's national file standard.\n"
            "- 21: trauma-informed interviews: not started.\n")
    got = {k: v.progress for k, v in _responses(catalogue, text).items()}
    assert got == {"18": "in_progress", "19": "complete", "20": "awaiting_national", "21": "not_started"}


def test_a_range_named_as_the_subject_with_what_it_covers_between_commas_states_its_status(catalogue):
    # the base read the sentence after it ("still being worked through") as the range's progress
    text = (f"# Kent Police completes most of its stalking plan\n\n{_STALKING}Published 3 September 2025\n\n"
            "Recommendations 5 to 8, on advice lines, risk checks and case reviews, have been implemented. Some of "
            "the plan is still being worked through. "
            "Training under recommendation 10 is being delivered and will be finished by December.\n")
    got = {k: v.progress for k, v in _responses(catalogue, text).items()}
    assert got["5"] == got["8"] == "complete" and got["10"] == "in_progress"
    # the neighbour: a range's sentence in other words ("are being worked on") is no verdict of done
    assert _read("Recommendations 5 to 8, on bail, orders and training, are being worked on.").progress \
        == "in_progress"


def test_a_line_about_one_recommendation_outranks_a_summary_naming_several(catalogue):
    # the base chose the summary sentence, longer, as the answer to 2 and 4, and read no progress from it
    text = (f"# Norfolk Constabulary: report to the Police and Crime Commissioner\n\n{_PM}9 June 2022\n\n"
            "## Summary\n\nThe Chief Constable has accepted recommendations 2, 4 and 6 of the report, and each is "
            "reported below in turn.\n\n## Progress\n\n"
            "Recommendation 2: finished. The bail policy was reissued.\n\n"
            "Recommendation 4: under way. Officers are being briefed.\n\n"
            "Recommendation 6: not yet started.\n")
    got = {k: v.progress for k, v in _responses(catalogue, text, "x.txt").items()}
    assert got == {"2": "complete", "4": "in_progress", "6": "not_started"}


# --- a status column against its update ------------------------------------------------------------------------------

def test_an_update_that_surely_says_the_work_goes_on_outranks_a_complete_column(catalogue):
    # the base kept "Complete" beside an update that reports a trial still running and one that waits on the NPCC
    text = (f"# Dyfed-Powys Police: protective measures tracker\n\n{_PM}Updated 11 July 2022\n\n"
            "| Rec | Status | Update |\n| --- | --- | --- |\n"
            "| 2 | Complete | The new briefing is being trialled on two shifts in Carmarthen before going wider. |\n"
            "| 3 | Complete | The force awaits the NPCC's national bail template before changing its forms. |\n"
            "| 4 | Complete | The DVPO checklist was published in June and is used for every application. |\n")
    got = {k: v.progress for k, v in _responses(catalogue, text).items()}
    assert got == {"2": "in_progress", "3": "awaiting_national", "4": "complete"}


def test_not_started_because_a_national_body_must_act_first_is_awaiting_national():
    # the base read the label's "Not started" and stopped there
    assert _read("Status: Not started, waiting on the Home Office's revised code of practice.").progress \
        == "awaiting_national"
    # the neighbour: not started for a local reason stays not started
    assert _read("Status: Not started, waiting on the new inspector's arrival in post.").progress == "not_started"


def test_a_cell_of_no_words_is_no_evidence_and_a_refusal_in_the_status_column_begins_nothing(catalogue):
    # the base read the dashes as work done (the reader's priors alone) and kept them against the refusal after them
    text = (f"# Devon and Cornwall Police: protective measures plan\n\n{_PM}As at 3 March 2022\n\n"
            "| Ref | Action | Owner | Date | Status | Notes |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 6 | - | - | - | Not accepted | Existing processes cover this. |\n")
    got = _responses(catalogue, text)["6"]
    assert got.progress == "not_started" and got.position == "not_accepted"


# --- position ---------------------------------------------------------------------------------------------------------

def test_parts_accepted_by_their_letters_and_another_refused_is_partial():
    # the base read the later refusal of one part as a refusal of the whole
    text = ("The Government accepts parts (a) and (c), and officials are drafting the amendments. It does not accept "
            "part (b), which would cut across the courts' discretion.")
    assert _read(text).position == "partially_accepted"
    assert _read("Partly accepted. Part (b) is not accepted.").position == "partially_accepted"
    # the neighbour: the whole refused stays a refusal
    assert _read("We do not accept this recommendation, for the reasons in the annex.").position == "not_accepted"


def test_a_front_matter_acceptance_of_all_recommendations_by_their_count_reaches_each_answer(catalogue):
    # the base read no position from "accepted the three recommendations ..." and none in the answers
    text = (f"# Lancashire Constabulary: protective measures, update to the Police and Crime Panel\n\n{_PM}"
            "14 October 2022\n\nLancashire Constabulary accepted the three recommendations made to chief constables "
            "in the protective measures super-complaint report by the inspectorate, the College and the IOPC.\n\n"
            "| Recommendation | Progress |\n| --- | --- |\n"
            "| 1 | The bail review finished in August. |\n| 2 | Briefings are being given to every team. |\n"
            "| 4 | Planning starts next year. |\n")
    got = {k: v.position for k, v in _responses(catalogue, text).items()}
    assert got == {"1": "accepted", "2": "accepted", "4": "accepted"}


def test_a_reasoned_conclusion_against_the_step_asked_for_is_not_accepted():
    # the base read no position in it (and, in a response, implied acceptance from the work words around it)
    text = ("After consulting the courts, the Department determined that a national register of orders would not be "
            "justified at present.")
    assert _read(text).position == "not_accepted"
    # the neighbour: a timing that "would not be" possible is no refusal
    assert _read("We would not be able to begin the audit before April.").position != "not_accepted"


def test_an_act_told_in_the_past_with_its_day_is_done():
    # the base read no progress in it
    assert _read("The force's update was passed to the inspectorate on 21 February 2023.").progress == "complete"
    # the neighbour: the same with what is still to come is not read by this rule as done
    assert _read("The force's update was passed to the inspectorate on 21 February 2023, and the work it "
                 "describes will be finished in the summer.").progress != "complete"
