"""Round fourteen, progress by the answer's latest state (ADR 0008, Decision 35, helper `progress16`): the classes found
on heldout27, heldout28 and the development sentences, each written here in a third wording (neither the sets' nor
dev24's). Which sentence of an answer decides when several speak: the latest state of the work the answer reports, not
its first clause; a definite noun is the thing an earlier sentence of the same answer named; a row's title tells no
work. Every test fails on the round's starting code (dfead50) and passes now; each also checks the neighbouring
reading the rule must not take."""
from rectrack.extraction import extract_bytes

_STALKING = "Report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking\n\n"
_PM = ("Report on the super-complaint about police use of protective measures in cases involving violence against "
       "women and girls\n\n")


def _progress(catalogue, text: str, name: str = "x.md") -> dict:
    return {p.recommendation: p.progress for p in extract_bytes(text.encode(), name, catalogue).responses}


def test_a_finished_step_before_a_national_wait_is_awaiting_national_action(catalogue):
    # the base read 15 complete from its finished assessment (the reader's surest sentence)
    text = (f"# Hertfordshire Commissioner: stalking response\n\n{_STALKING}12 March 2025\n\n"
            "## Recommendation 15\n\nAccepted. Our needs assessment of the advocacy we fund has been completed and "
            "found that two more caseworkers are needed. We are waiting to learn whether the Ministry of Justice "
            "will meet their cost.\n\n"
            "## Recommendation 16\n\nAccepted. The joint review was held up until the Home Office issued its "
            "draft guidance in November. It has since been concluded and its report was published in February.\n")
    got = _progress(catalogue, text)
    assert got["15"] == "awaiting_national"
    assert got["16"] == "complete"  # the neighbour: a wait told before the finished work is not its latest state


def test_a_start_held_for_a_thing_whose_national_owner_an_earlier_sentence_names_is_awaiting(catalogue):
    # the base read 5 as under way (the national body's drafting) or not started (the start to come)
    text = (f"# Surrey Police: protective measures update\n\n{_PM}Updated 9 May 2022\n\n"
            "## Recommendation 5\n\nAccepted. The College of Policing is writing a new authorised professional "
            "practice on bail. Our local procedure will be rewritten as soon as the practice is published.\n\n"
            "## Recommendation 9\n\nAccepted. Our check of breach recording will start when the local audit plan "
            "is agreed by the force's governance board in the summer.\n")
    got = _progress(catalogue, text)
    assert got["5"] == "awaiting_national"
    assert got["9"] == "not_started"  # the neighbour: a start held for a local body's decision stays not started


def test_a_finished_step_then_work_told_as_going_on_is_under_way(catalogue):
    # the base read 15 complete from its signed agreement
    text = (f"# Devon and Cornwall Commissioner: stalking update\n\n{_STALKING}4 April 2025\n\n"
            "## Recommendation 15\n\nThe data-sharing agreement with the advocacy service has been signed by all "
            "partners; the shared referral form is still being designed.\n\n"
            "## Recommendation 16\n\nThe joint referral route was agreed in January and is now being used by every "
            "neighbourhood team.\n")
    got = _progress(catalogue, text)
    assert got["15"] == "in_progress"
    assert got["16"] == "complete"  # the neighbour: finished work now in use is done


def test_a_finished_step_then_the_rest_planned_is_under_way(catalogue):
    # the base read 15 complete from its issued form
    text = (f"# Avon and Somerset Commissioner: stalking update\n\n{_STALKING}2 June 2025\n\n"
            "## Recommendation 15\n\nThe referral form has been rewritten and was issued to all partners in April. "
            "Joint workshops on using it are scheduled to begin in the autumn.\n")
    assert _progress(catalogue, text)["15"] == "in_progress"


def test_a_plan_beside_a_title_cell_is_not_started(catalogue):
    # the base read 9 under way or done: the row's title cells ("Breach recording", "Audit breach recording on
    # Niche") were taken for work beside the plan, or for the reading's evidence
    text = (f"# Northumbria Police: protective measures action plan\n\n{_PM}Version 3, 14 March 2022\n\n"
            "| Rec | Theme | Action | Update |\n|---|---|---|---|\n"
            "| 9 | Order breaches | Sample breach crimes for recording accuracy | Agreed. Sampling to begin in Q3 "
            "2022/23 after the analyst is appointed. |\n"
            "| 3 | Awareness | Officer guide | A guide has been issued to every shift. Further briefings to begin "
            "in June. |\n")
    got = _progress(catalogue, text)
    assert got["9"] == "not_started"
    assert got["3"] == "in_progress"  # the neighbour: a plan beside work told in the same row is under way
