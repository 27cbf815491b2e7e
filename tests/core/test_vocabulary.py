"""One concept, one name: the models use exactly the brief's vocabulary."""
from rectrack.core.vocabulary import LABELS, PROGRESS_TAG, ActionStatus, Position, Progress
from rectrack.responses.models import Action, Response


def test_model_choices_are_the_brief_vocabulary():
    assert [c for c, _ in Response._meta.get_field("progress").choices] == [
        "complete", "in_progress", "awaiting_national", "not_started", "not_stated"]
    assert [c for c, _ in Response._meta.get_field("position").choices] == [
        "accepted", "partially_accepted", "not_accepted", "not_stated"]
    assert {c for c, _ in Action._meta.get_field("status").choices} <= {p.value for p in Progress}


def test_every_value_has_a_label_and_progress_a_colour():
    for enum in (Progress, Position, ActionStatus):
        for member in enum:
            assert LABELS[member.value]
    assert set(PROGRESS_TAG) >= {p.value for p in Progress}
