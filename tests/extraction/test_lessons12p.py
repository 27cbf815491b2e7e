"""Round twelve, progress and position (ADR 0008, Decision 21): the classes found on the blind sets heldout21 and
heldout22 and on the dev half of the blind writer's passages, each written here in a third wording (neither the sets'
nor dev14's). Every test fails on the round's starting code (a61e314) and passes now; most also check the neighbouring
reading the rule must not take."""
from rectrack.extraction import extract_bytes
from rectrack.extraction.status import classify

_S60 = ("Report on the Criminal Justice Alliance's super-complaint: section 60 of the Criminal Justice and Public "
        "Order Act 1994\n\n")


def _read(text: str):
    return classify(text, [(0, len(text))], [])


def _tracker(catalogue, rows: list[tuple[str, str, str]], who: str = "Avon and Somerset Constabulary") -> dict:
    lines = "\n".join(f"| {n} | {status} | {update} |" for n, status, update in rows)
    text = (f"# {who}: section 60 action tracker\n\n{_S60}Updated 5 December 2024\n\n| Rec | Status | Update |\n"
            f"| --- | --- | --- |\n{lines}\n")
    return {p.recommendation: p.progress for p in extract_bytes(text.encode(), "x.md", catalogue).responses}


# --- position ---------------------------------------------------------------------------------------------------------

def test_a_roll_up_of_acceptances_in_the_simple_past_is_accepted():
    # the regression of round eleven: the roll-up had been read as accepted only through a faint "under way"
    assert _read("These sit with forces as well. All of the chief officers accepted them at the spring "
                 "meeting.").position == "accepted"
    assert _read("Recommendation 9 was accepted by each of the panels we surveyed.").position == "accepted"
    # the neighbour: a roll-up that refuses stays a refusal
    assert _read("None of the commissioners has accepted them; they do not accept recommendation 9.").position \
        == "not_accepted"


def test_one_part_accepted_and_another_refused_in_separate_sentences_is_partial():
    text = ("The Department supports the aim of a single referral route. It does not agree that the route should be "
            "run by forces rather than by local authorities, and will say so in its guidance.")
    assert _read(text).position == "partially_accepted"
    text = ("The board accepted most of the recommendation. It has not accepted the proposal that every panel "
            "member be vetted by the force.")
    assert _read(text).position == "partially_accepted"
    # the neighbour: a refusal of the whole recommendation after an agreement with something else is no part refused
    text = ("We agree that the concerns raised are serious. We do not accept this recommendation, for the reasons "
            "given in the annex.")
    assert _read(text).position == "not_accepted"


def test_a_part_refused_says_nothing_of_how_far_the_accepted_part_has_got():
    text = ("The new referral form was finished in June and every custody suite now uses it. We accept the need for "
            "a clear route. We have not, however, accepted that officers should stop recording nationality, since the "
            "courts must continue to be told.")
    found = _read(text)
    assert found.progress == "complete" and found.position == "partially_accepted"


def test_a_refusal_drawn_from_its_reasons_is_not_accepted_and_begins_nothing():
    text = ("We have discussed this with the inspectorate and the police, and concluded that a separate register "
            "would add little while the current one is being reformed. We shall therefore not be taking this "
            "forward.")
    found = _read(text)
    assert found.position == "not_accepted" and found.progress == "not_started"
    assert _read("Having looked at it with the team, we won't be taking it forward; the existing audit covers "
                 "it.").position == "not_accepted"


def test_a_recommendation_numbered_in_words_is_accepted():
    assert _read("The force also accepts recommendation nine and will set out how in its plan.").position \
        == "accepted"


# --- a status column against its update -----------------------------------------------------------------------------

def test_complete_beside_an_update_whose_work_goes_on_is_under_way(catalogue):
    rows = [("2", "Complete", "Done in the north. The southern phase is ongoing and finishes in March."),
            ("3", "Complete", "The pilot at three stations still continues this winter."),
            ("4", "Complete", "Live for response teams; neighbourhood teams go live from February."),
            # the neighbour: monitoring finished work goes on, and the line is done
            ("5", "Complete", "Introduced in July. Oversight is ongoing at the quarterly scrutiny panel.")]
    found = _tracker(catalogue, rows)
    assert found["2"] == found["3"] == found["4"] == "in_progress"
    assert found["5"] == "complete"


def test_an_amber_line_whose_update_waits_on_a_national_body_is_awaiting(catalogue):
    rows = [("6", "In progress", "Pending the Home Office's revised code of practice before the local version is "
                                 "drafted."),
            # the neighbour: a wait on a local step is work under way
            ("7", "In progress", "Pending sign-off by the chief officer group next month.")]
    found = _tracker(catalogue, rows)
    assert found["6"] == "awaiting_national" and found["7"] == "in_progress"


# --- what is no work still to do ------------------------------------------------------------------------------------

def test_a_replys_form_words_are_no_work_still_to_do():
    text = ("Recommendation 1 asked forces to review their bail processes. The force did this in 2022, and a "
            "specialist team has checked every case since then; it is how we now work day to day. If you are not "
            "satisfied with the way we have dealt with your request, you may ask for an internal review.")
    assert _read(text).progress == "complete"
    text = ("The revised policy was adopted in March. I am copying this letter to the national policing lead and my "
            "panel.")
    assert _read(text).progress == "complete"
    # the neighbour: a letter's own work still going on is still read
    text = "The revised policy is being consulted on. I am copying this letter to the national policing lead."
    assert _read(text).progress == "in_progress"


def test_business_as_usual_in_prose_and_a_change_measured_by_a_share():
    text = ("The checking regime has been in force since early 2023 and has become business as usual. Late reviews "
            "have fallen by 55 per cent.")
    assert _read(text).progress == "complete"
    # the neighbour: a share of the people done is still a share of the work
    assert _read("About 55 per cent of sergeants have done the course; the rest attend in May.").progress \
        == "in_progress"


# --- plans ---------------------------------------------------------------------------------------------------------

def test_plans_dated_by_a_quarter_or_a_scheduled_review_are_not_started():
    assert _read("The force will commission a review of its panel arrangements, starting in Q2 "
                 "2025.").progress == "not_started"
    assert _read("Our guidance is due for its annual revision in October, and the new section will be written "
                 "into it then.").progress == "not_started"
    assert _read("A victims' survey covering this is due to be commissioned in the spring.").progress == "not_started"


def test_nothing_moved_yet_is_not_started():
    assert _read("Agreed at the last board, but nothing has happened yet; the team will pick it up after the "
                 "audit.").progress == "not_started"
    assert _read("No changes have been made so far to the referral form.").progress == "not_started"


def test_a_count_against_an_expected_whole_is_under_way_and_reading_findings_is_oversight():
    text = ("The Deputy Chief Constable has informed me that the file review began in August and that 23 of an "
            "expected 60 files have been read. I will consider its findings when the review is finished.")
    assert _read(text).progress == "in_progress"


def test_acceptance_then_what_will_follow_is_an_intention():
    assert _read("The Commissioner accepts recommendation 6 and will ask the force for a joint plan.").progress \
        == "not_started"
    # the neighbour: acceptance, then work already under way
    assert _read("The Commissioner accepts recommendation 6 and will keep the panel informed; the review is already "
                 "under way.").progress == "in_progress"


def test_work_held_back_for_a_national_product_on_its_way_is_awaiting():
    text = ("The leaflet for victims is drafted, but we are holding it back. The Home Office will publish a national "
            "version this summer and we would rather use theirs.")
    assert _read(text).progress == "awaiting_national"
    # the neighbour: held back for a local reason is not a national wait
    text = "The leaflet for victims is drafted, but we are holding it back until our translators have finished."
    assert _read(text).progress != "awaiting_national"


def test_a_reported_decision_to_accept_is_accepted():
    assert _read("It was agreed by the management board last month that we accept. Work has not yet "
                 "begun.").position == "accepted"


def test_a_stopgap_in_use_says_the_work_itself_is_not_done():
    text = ("A stop-gap paper log has been in use at every custody suite since May; the digital version is with the "
            "supplier.")
    assert _read(text).progress == "in_progress"


def test_a_status_line_is_read_against_the_update_line_beside_it():
    text = "Status: Complete\nUpdate: Introduced for the east of the county. The west and the city go live in May."
    assert _read(text).progress == "in_progress"
    # the neighbour: an update that agrees leaves the status line standing
    text = "Status: Complete\nUpdate: Introduced across the county in May. Staff have all been briefed."
    assert _read(text).progress == "complete"


def test_not_started_beside_an_update_reporting_the_work_begun_is_under_way(catalogue):
    rows = [("8", "Not started", "The dip sample started last week; 9 of 25 files checked to date."),
            # the neighbour: an update that denies any start leaves the column standing
            ("9", "Not started", "Not yet started: it is planned for the summer.")]
    found = _tracker(catalogue, rows)
    assert found["8"] == "in_progress" and found["9"] == "not_started"


def test_an_open_column_beside_an_update_proposing_closure_is_done(catalogue):
    rows = [("8", "In progress", "Every file was checked by the end of June. Propose to close: no further action is "
                                 "necessary."),
            # the neighbour: an update with work still to come keeps the column
            ("9", "In progress", "Half the files were checked by June; further checks follow in the autumn.")]
    found = _tracker(catalogue, rows)
    assert found["8"] == "complete" and found["9"] == "in_progress"
