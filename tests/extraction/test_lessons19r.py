"""Round sixteen, the statistical reader retrained with a fourth blind writer's sentences (ADR 0008, Decision 53,
helper `reader19`): the readings the retrain must hold, in wordings of my own (neither the blind writer's nor the
sets'). The writer's convention, and the golds' (heldout31's minister's letter, the Home Office answers to the
police-perpetrated domestic abuse report's fourth recommendation in dev, heldout11, heldout22 and heldout25): a
refusal whose reason is that existing arrangements already provide what is asked is not accepted, and says nothing of
work done; older training sentences of that class said complete and partially accepted, and were relabelled. The
first three tests fail on the round's starting code (1b3b6a8; what it read is in each test's comment) and pass with
the retrained reader (the experiment's commit a58b8b3 on branch `reader19`), which was not adopted: the documents lost
more answers than they gained. They are kept as strict expected failures, so a later retrain that reads them shows
it; the others hold neighbours both read alike (an aim agreed and already met with no refusal is work done; a status
stated with the work still to spread is not finished; an acceptance in full)."""
import pytest

from rectrack.extraction import extract_bytes

_NOT_ADOPTED = pytest.mark.xfail(strict=True, reason="read by a58b8b3's retrain, not adopted (Decision 53)")

_PM = "A duty to protect: Police use of protective measures in cases involving violence against women and girls\n\n"


def _read(catalogue, body: str, who: str = "Hampshire and Isle of Wight Police and Crime Commissioner"):
    text = f"{who}\n\n14 March 2024\n\n{_PM}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\nChief Executive\n"
    return {p.recommendation: (str(p.progress), str(p.position))
            for p in extract_bytes(text.encode(), "x.txt", catalogue).responses}


@_NOT_ADOPTED
def test_a_refusal_because_existing_arrangements_provide_is_not_accepted(catalogue):
    # the base read no progress and no position: the decision not to act was weighed as nothing stated
    body = ("Recommendation 6\n\nWe have decided not to set up a dedicated liaison post, because the victims' hub we "
            "already fund does that job.")
    assert _read(catalogue, body)["6"] == ("not_started", "not_accepted")


@_NOT_ADOPTED
def test_disagreeing_that_something_new_is_needed_is_no_work_done(catalogue):
    # the base read complete: "already governs" was weighed as the work finished, though the writer declines it
    body = ("Recommendation 6\n\nI do not agree that a new protocol is required, as the agreement with the local "
            "authority already governs this sharing.")
    assert _read(catalogue, body)["6"][0] != "complete"


@_NOT_ADOPTED
def test_seeing_no_need_because_the_existing_assessment_covers_it_is_no_work_done(catalogue):
    # the base read complete
    body = ("Recommendation 6\n\nWe see no need for a separate checklist: the existing risk assessment already asks "
            "these questions.")
    assert _read(catalogue, body)["6"][0] != "complete"


def test_an_aim_met_with_no_refusal_is_still_work_done(catalogue):
    # the neighbour the relabelling must not take: no refusal, the writer says the work is finished
    body = ("Recommendation 6\n\nThe revised bail guidance went live on 1 March and all custody sergeants have since "
            "been trained on it.")
    assert _read(catalogue, body)["6"][0] == "complete"


def test_work_still_spreading_is_under_way_and_an_acceptance_in_full_is_accepted(catalogue):
    body = ("Recommendation 6\n\nThe Commissioner accepts this recommendation in full. The first phase of the training "
            "has been delivered, with the second phase being rolled out over the winter.")
    assert _read(catalogue, body)["6"] == ("in_progress", "accepted")
