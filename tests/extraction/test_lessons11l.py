"""Round eleven, the lead's classes (ADR 0008 Decision 18), found on a blind writer's answer passages
(`corpus/passages/dev.jsonl`) and written here in a third wording. Each fails on the code before the round."""
import pytest

from rectrack.extraction.status import classify


def _read(text: str):
    return classify(text, [(0, len(text))], [])


@pytest.mark.parametrize("text", [
    # what a meeting did with a report is not work on it
    "The panel noted the report and its recommendations and thanked the officer for attending.",
    "Members were reminded that the super-complaint concerned the use of protective measures by the police.",
    # a faint leaning of the reader that no cue shares is no reading
    "The force is grateful to the inspectorate for its report and to the charity for raising the issue.",
])
def test_an_answer_that_says_nothing_of_the_work_reads_not_stated(text):
    assert _read(text).progress == "not_stated"


@pytest.mark.parametrize("text", [
    # contractions, as emails and tracker cells write them, read as their words
    "We haven't begun this work and don't expect to before the spring.",
    "Training on this hasn't started yet: the team haven't been able to book a trainer.",
])
def test_contracted_negations_read_as_not_started(text):
    assert _read(text).progress == "not_started"
