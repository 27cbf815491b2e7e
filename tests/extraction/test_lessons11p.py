"""Progress and position classes from the blind sets heldout17-20 (ADR 0008, round eleven, Decision 16). Each is written
afresh here, in words neither those sets nor dev10 use, so a rule is seen to read the class and not the sentence that
showed it; each test also checks the neighbouring reading the rule must not take. Each failed on the code before the
round."""
from rectrack.extraction import extract_bytes, status

_PM = "A duty to protect: Police use of protective measures in cases involving violence against women and girls\n\n"
_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"
_STS = "Safe to share? Report on Liberty and Southall Black Sisters' super-complaint\n\n"


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _answers(result) -> dict:
    return {p.recommendation: p for p in result.responses}


def _letter(body: str, head: str = _STS, who: str = "Lancashire Constabulary") -> str:
    return f"{who}\n\n4 October 2021\n\n{head}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\nChief Constable\n"


def _tracker(rows: list[tuple[str, str, str, str]], head: str = _STALKING, who: str = "Durham Constabulary") -> str:
    lines = "\n".join(f"| {n} | {rag} | {update} | {state} |" for n, rag, update, state in rows)
    return (f"# {who}: stalking recommendations\n\n{head}Last updated 12 May 2025\n\n"
            f"| Recommendation | RAG | Progress update | Status |\n| --- | --- | --- | --- |\n{lines}\n")


# --- a status column against its own update -------------------------------------------------------------------------

def test_a_finished_status_beside_some_done_and_the_rest_to_come_is_under_way(catalogue):
    rows = [("10", "Green", "Workshop attended by 45% of detectives; the remainder are scheduled over the winter.",
             "Closed")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["10"].progress == "in_progress"
    # the neighbour: a share that is not of work done (an audit's score) leaves the column standing
    rows = [("10", "Green", "Dip sample in April showed 97% of cases correctly flagged.", "Closed")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["10"].progress == "complete"


def test_a_line_paused_for_a_national_body_waits_on_national_action_whatever_its_colour(catalogue):
    rows = [("12", "Amber", "Stopped for now, until the NPCC confirms which risk tool forces are to use.", "On hold")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["12"].progress == "awaiting_national"
    rows = [("12", "Red", "Not begun: this depends on the College of Policing's revised practice guidance.",
             "Open - behind schedule")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["12"].progress == "awaiting_national"
    # the neighbour: paused for a reason of our own is no wait on a national body
    rows = [("12", "Amber", "Paused until our new analyst joins in the summer.", "Open")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["12"].progress != "awaiting_national"


def test_a_line_closed_because_the_recommendation_was_refused_is_not_done(catalogue):
    rows = [("14", "-", "The force does not accept this recommendation; existing teams cover it. No action planned.",
             "Closed")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["14"].progress == "not_started"
    rows = [("14", "Green", "Specialist desk opened in March and staffed every day.", "Closed")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["14"].progress == "complete"


def test_an_open_column_beside_an_update_that_says_finished_is_complete(catalogue):
    rows = [("11", "Amber", "Done in February: the screening script is used on every call.", "Live")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["11"].progress == "complete"
    rows = [("11", "Green", "The safeguarding referral is now business as usual for every stalking report.",
             "In progress")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["11"].progress == "complete"
    # the neighbour: finished in part, with more to come, leaves the column standing
    rows = [("11", "Amber", "Done in February for call takers; dispatchers will follow in June.", "In progress")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["11"].progress == "in_progress"


def test_complete_beside_cannot_be_closed_until_is_under_way(catalogue):
    rows = [("13", "Green", "Workaround agreed with the registrar. This cannot be closed until the supplier's next "
                            "release adds the field.", "Complete")]
    assert _answers(_read(catalogue, _tracker(rows), "x.md"))["13"].progress == "in_progress"


def test_a_colour_beside_a_status_in_words_is_one_row_not_two_actions():
    text = "| 12 | Amber | Waiting for the Home Office to publish its review. | On hold |"
    cells = [(text.index("Amber"), text.index("Amber") + 5), (text.index("On hold"), text.index("On hold") + 7)]
    found = status._from_cells(text, cells)
    assert found.value == "awaiting_national" and found.rule == "status column"
    # the colour set aside is not read as the update: green is no "Complete" beside a plan under way
    text = "| 7 | Green | Draft leaflet out for comment until April. | On track |"
    cells = [(text.index("Green"), text.index("Green") + 5), (text.index("On track"), text.index("On track") + 8)]
    sents = [(text.index("Green"), text.index("Green") + 5), (text.index("Draft"), text.index("April.") + 6),
             (text.index("On track"), text.index("On track") + 8)]
    assert status.progress_finding(text, sents, cells).value == "in_progress"
    # the neighbour: amber beside "Complete" contradict each other and read, as before, as work under way
    text = "| 3 | Amber | Scoping meeting held. | Complete |"
    cells = [(text.index("Amber"), text.index("Amber") + 5), (text.index("Complete"), text.index("Complete") + 8)]
    assert status._from_cells(text, cells).value == "in_progress"


# --- check-box forms ------------------------------------------------------------------------------------------------

def test_a_position_line_of_boxes_is_read_by_its_tick_and_says_no_progress(catalogue):
    body = ("Recommendation 6\n\nDecision: [ ] Accepted [x] Accepted in part [ ] Not accepted\n\n"
            "Where we are: [x] Not yet begun [ ] Under way [ ] Finished\n\n"
            "We will look at the leaflet with partners in the new year.")
    found = _answers(_read(catalogue, _letter(body, _PM)))["6"]
    assert found.position == "partially_accepted" and found.progress == "not_started"
    body = body.replace("[ ] Accepted [x] Accepted in part", "[x] Accepted [ ] Accepted in part")
    assert _answers(_read(catalogue, _letter(body, _PM)))["6"].position == "accepted"


def test_a_ticked_finished_box_beside_a_narrative_of_some_trained_is_under_way(catalogue):
    body = ("Recommendation 6\n\nDecision: [x] Accepted [ ] Accepted in part [ ] Not accepted\n\n"
            "Where we are: [ ] Not yet begun [ ] Under way [x] Complete\n\n"
            "The new input has reached 70 per cent of constables; the rest are booked on it in March.")
    assert _answers(_read(catalogue, _letter(body, _PM)))["6"].progress == "in_progress"
    # the neighbour: the tick stands beside a narrative that agrees with it
    body = body.replace("The new input has reached 70 per cent of constables; the rest are booked on it in March.",
                        "Every constable has had the new input.")
    assert _answers(_read(catalogue, _letter(body, _PM)))["6"].progress == "complete"


# --- prose ----------------------------------------------------------------------------------------------------------

def test_waiting_on_what_a_national_body_named_before_is_doing(catalogue):
    body = ("Recommendation 5\n\nThe College of Policing is redrafting its practice advice on victims whose status is "
            "uncertain. Our own briefing for officers will be rewritten when that advice is issued.")
    assert _answers(_read(catalogue, _letter(body)))["5"].progress == "awaiting_national"
    body = ("Recommendation 5\n\nOur rewrite of the briefing has been put on hold while the Home Office finishes "
            "looking at the same rules.")
    assert _answers(_read(catalogue, _letter(body)))["5"].progress == "awaiting_national"
    # the neighbour: waiting on our own work, with no national body named, is no wait on national action
    body = ("Recommendation 5\n\nOur communications team is redrafting the briefing. It will be issued when that "
            "draft is approved by the chief officer group.")
    assert _answers(_read(catalogue, _letter(body)))["5"].progress != "awaiting_national"


def test_the_writers_verdict_on_the_whole_decides(catalogue):
    body = ("Recommendation 4\n\nThe reporting route opened in May, and a second charity joins it in the autumn to "
            "widen the languages offered. With that, all parts of the recommendation are in place.")
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "complete"
    body = ("Recommendation 4\n\nThe panel heard that the Chief Constable regarded recommendation 4 as met, and that "
            "the second charity would join the route later in the year.")
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "complete"


def test_what_was_done_meeting_the_recommendation_is_complete(catalogue):
    body = ("Recommendation 6\n\nThe caseworker post we created at the migrant women's centre in May fulfils "
            "recommendation 6, which asked commissioners to assess the specialist support open to victims locally "
            "and to build networks where it was lacking.")
    assert _answers(_read(catalogue, _letter(body, who="Lancashire Police and Crime Commissioner")))["6"].progress \
        == "complete"
    # the neighbour: what would meet it, later, is no work done
    body = ("Recommendation 6\n\nA caseworker post at the migrant women's centre would meet recommendation 6, and "
            "we will advertise it in the spring.")
    assert _answers(_read(catalogue, _letter(body, who="Lancashire Police and Crime Commissioner")))["6"].progress \
        != "complete"


def test_partly_compliant_is_part_of_the_way(catalogue):
    body = "Recommendation 4\n\nThe Constabulary remains only partly compliant with this recommendation."
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "in_progress"
    body = "Recommendation 4\n\nThe Constabulary is now fully compliant with this recommendation."
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "complete"


def test_a_pilot_already_running_beside_an_intention_is_under_way(catalogue):
    body = ("Recommendation 4\n\nThe reporting app has been trialled in the eastern area since March, and we intend "
            "to offer it in every area after the trial is reviewed.")
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "in_progress"
    # the neighbour: an intention with nothing begun is not started
    body = "Recommendation 4\n\nWe intend to trial a reporting app in the eastern area after the trial is approved."
    assert _answers(_read(catalogue, _letter(body)))["4"].progress == "not_started"


def test_a_lone_will_about_what_others_report_says_no_progress(catalogue):
    body = ("Recommendations 4 and 5 are for chief constables, and every force has taken them on; forces will give "
            "their own accounts of them to the inspectorate.")
    found = _answers(_read(catalogue, _letter(body, who="National Police Chiefs' Council")))
    assert found["4"].progress == "not_stated" and found["5"].progress == "not_stated"


# --- position -------------------------------------------------------------------------------------------------------

def test_disputing_one_part_beside_work_done_is_partial_acceptance(catalogue):
    body = ("Recommendation 1\n\nOfficers have been told again that a doubt about status is no reason to contact "
            "Immigration Enforcement, and the instruction is in the domestic abuse policy. We do not accept that "
            "information must never be shared in any case, since a victim may ask us to share it.")
    found = _answers(_read(catalogue, _letter(body)))["1"]
    assert found.position == "partially_accepted" and found.progress != "not_started"
    # refusing it by a pronoun is refusing it
    body = "Recommendation 1\n\nWe have weighed this recommendation and do not support it, for the reasons above."
    assert _answers(_read(catalogue, _letter(body)))["1"].position == "not_accepted"
    # the neighbour: refusing the recommendation itself is not accepted
    body = ("Recommendation 1\n\nWe do not accept this recommendation, since our policy already covers it and no "
            "change is planned.")
    assert _answers(_read(catalogue, _letter(body)))["1"].position == "not_accepted"


def test_have_accepted_both_and_waiting_on_national_imply_acceptance(catalogue):
    body = "Recommendations 4 and 5 ask commissioners to act as well. Commissioners have accepted both."
    found = _answers(_read(catalogue, _letter(body, who="Association of Police and Crime Commissioners")))
    assert found["4"].position == "accepted" and found["5"].position == "accepted"
    body = ("Recommendation 6\n\nWe will adopt whatever national approach the NPCC agrees, and change nothing "
            "locally before then.")
    found = _answers(_read(catalogue, _letter(body, who="Association of Police and Crime Commissioners")))["6"]
    assert found.progress == "awaiting_national" and found.position == "accepted"


def test_a_sentence_with_a_position_for_each_of_several_recommendations_is_read_clause_by_clause():
    from rectrack.extraction.stages import _own_clause

    text = "The Chief Constable accepts recommendations 2 and 3, and accepts recommendation 7 only in principle."
    whole = status.position_finding(text, [(0, len(text))])
    assert {r: _own_clause(text, whole, r).value for r in ("2", "3", "7")} == {
        "2": "accepted", "3": "accepted", "7": "partially_accepted"}
    # the neighbour: one position for all the recommendations named stands for each
    text = "The Chief Constable accepts recommendations 2, 3 and 7 in full."
    whole = status.position_finding(text, [(0, len(text))])
    assert _own_clause(text, whole, "7").value == "accepted"
