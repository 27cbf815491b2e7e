"""Round fifteen, the retrained statistical reader adopted (ADR 0008, Decision 43, helper `reader18`): the readings
that let it be adopted, written here in a third wording (neither the tests that held it back nor dev30's). What other
bodies will report is not progress of the writer's; work told as begun, and nothing said finished, is under way; work
finished after a national body's wait told before it is complete. Every test but the fourth (which holds only
neighbours) fails on the round's starting code (d65657d; what it read is in each test's comment) and passes now; each
checks the neighbouring reading its rule must not take."""
from rectrack.extraction import extract_bytes

_PM = "A duty to protect: Police use of protective measures in cases involving violence against women and girls\n\n"
_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"


def _progress(catalogue, body: str, head: str = _STALKING, who: str = "Lancashire Police and Crime Commissioner"):
    text = f"{who}\n\n4 October 2024\n\n{head}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\nChief Executive\n"
    return {p.recommendation: str(p.progress) for p in extract_bytes(text.encode(), "x.txt", catalogue).responses}


def test_the_account_other_bodies_will_give_is_no_progress_of_ours(catalogue):
    # the base read it under way
    body = ("Recommendation 18\n\nRecommendation 18 falls to the community safety partnership; its member bodies will "
            "provide their own reports on it to the police and crime panel in the autumn.")
    assert _progress(catalogue, body)["18"] == "not_stated"
    # the neighbour: the writer's own work to come, in a clause of its own beside the others' account, is still read
    body = ("Recommendation 18\n\nIts member bodies will provide their own reports on it to the panel, and my office "
            "will review the service contract in the autumn.")
    assert _progress(catalogue, body)["18"] == "not_started"


def test_the_writers_own_work_beside_others_account_is_still_read(catalogue):
    # the base read nothing: the others' account and the work done were weighed as one
    body = ("Recommendation 5\n\nEach chief constable is to report on this recommendation to the inspectorate, and "
            "we have issued the practice note it asks for.")
    assert _progress(catalogue, body, _PM, "National Police Chiefs' Council")["5"] == "complete"


def test_work_told_as_begun_is_under_way(catalogue):
    # the base read the first as nothing said and the second as not started
    body = "Recommendation 18\n\nWe embarked on a review of the victims' service contract last month."
    assert _progress(catalogue, body)["18"] == "in_progress"
    body = "Recommendation 18\n\nMy office made a start on recommissioning the advocacy service in May."
    assert _progress(catalogue, body)["18"] == "in_progress"


def test_work_begun_and_finished_or_not_begun_is_not_under_way(catalogue):
    # the neighbours the reading must not take: a start told with its end, and a start denied
    body = "Recommendation 18\n\nThe review began in March and finished in June."
    assert _progress(catalogue, body)["18"] == "complete"
    body = "Recommendation 18\n\nWork has not yet started on this recommendation."
    assert _progress(catalogue, body)["18"] == "not_started"


def test_work_finished_after_a_national_wait_is_its_latest_state(catalogue):
    # the base read it waiting on national action (the reader's surest sentence was the wait)
    text = (f"# Kent Police: protective measures update\n\n{_PM}Updated 2 June 2023\n\n## Recommendation 7\n\n"
            "We could not finish the new bail checklist until the NPCC agreed the national template in January. The "
            "checklist was then completed and has been in use across the force since April.\n")
    got = {p.recommendation: str(p.progress) for p in extract_bytes(text.encode(), "x.md", catalogue).responses}
    assert got["7"] == "complete"
    # the neighbour: a wait told after the finished step is still the latest state (test_lessons16p reads it so too)
    text = (f"# Kent Police: protective measures update\n\n{_PM}Updated 2 June 2023\n\n## Recommendation 7\n\n"
            "The new bail checklist has been drafted and tested. We cannot issue it until the NPCC agrees the national "
            "template.\n")
    got = {p.recommendation: str(p.progress) for p in extract_bytes(text.encode(), "x.md", catalogue).responses}
    assert got["7"] == "awaiting_national"
