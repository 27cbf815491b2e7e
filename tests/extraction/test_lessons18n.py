"""Refusals stay refusals after the reader's retrain (ADR 0008, Decision 46: round fifteen's refuse18). A refusal the
writer states, in any tense or person and in any of the verbs official letters decline with, is not accepted and
begins nothing, whatever the statistical reader leans towards: declining told in the past ("has declined to"),
against a thing ("decided against"), impersonally ("there are no plans to", "it is not our intention to"), as a
disposition ("not minded to"), as a support the writer cannot give ("cannot support this recommendation", which the
base read as welcome), as disagreement or refusal of the recommendation, the recommendation "not supported" or "not
been accepted", a step "ruled out", a conclusion that it "should not be taken forward", and the act in its -ing form
("will not be introducing"). Each is written afresh, in words neither dev31 nor any set uses; each case marked "base:"
fails on the round's starting code (eb1812b; what it read is in the comment) and passes now. The neighbours the
reading must not take (another body's refusal reported, a refusal held by "unless", a refusal of a part beside
acceptance) pass on both."""
import pytest

from rectrack.extraction import extract_bytes

_PM = "A duty to protect: Police use of protective measures in cases involving violence against women and girls\n\n"
_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"
_WHO = {"force": ("Cumbria Constabulary", _STALKING), "pcc": ("Devon and Cornwall Police and Crime Commissioner",
                                                             _STALKING),
        "national": ("National Police Chiefs' Council", _PM), "department": ("Home Office", _PM)}
_REFUSED = ("not_started", "not_stated")


def _read(catalogue, who: str, body: str, rec: str = "7") -> tuple[str, str]:
    org, head = _WHO[who]
    text = (f"{org}\n\n11 March 2025\n\n{head}Dear Chief Inspector,\n\nRecommendation {rec}\n\n{body}\n\n"
            "Yours sincerely,\n\nHead of Strategy\n")
    got = {r.recommendation: r for r in extract_bytes(text.encode(), "x.txt", catalogue).responses}[rec]
    return str(getattr(got.progress, "value", got.progress)), str(getattr(got.position, "value", got.position))


@pytest.mark.parametrize("who, body", [
    # base: not_stated, accepted (its "support this recommendation" read as welcome)
    ("force", "Our chief officers cannot support this recommendation, given the cost of a separate rota."),
    # base: not_stated, not_stated
    ("force", "The Deputy Chief Constable is not minded to adopt a second screening questionnaire."),
    # base: not_started, not_stated
    ("pcc", "It is not our intention to take this recommendation forward in the current police and crime plan."),
    # base: not_started, not_stated
    ("pcc", "There are currently no plans to fund a further caseworker post for the county."),
    # base: not_stated, not_stated
    ("pcc", "I have decided against commissioning a second helpline for the county."),
    # base: not_stated, not_stated
    ("national", "The NPCC disagrees with this recommendation and has explained why to the inspectorate."),
    # base: not_stated, not_stated
    ("national", "On the advice of its leads, this recommendation is not supported by the Council."),
    # base: in_progress, accepted
    ("department", "The Secretary of State has declined to amend the statutory guidance in the way proposed."),
    # base: not_stated, not_stated
    ("department", "The Department refuses recommendation 7 for the reasons given in its earlier letter."),
    # base: complete, accepted
    ("department", "A standalone national register was examined during the spring and ruled out."),
    # base: complete, accepted
    ("department", "Officials weighed the options, and ministers have concluded that this should not be taken "
                   "forward."),
    # base: not_stated, not_stated
    ("force", "The recommendation has not been accepted by the Chief Constable."),
])
def test_a_refusal_the_writer_states_is_not_accepted_and_begins_nothing(catalogue, who, body):
    progress, position = _read(catalogue, who, body)
    assert position == "not_accepted" and progress in _REFUSED


@pytest.mark.parametrize("who, body", [
    # the earlier readings kept (pass on both): the future tense, a plain refusal, a refusal after its reasons
    ("force", "We will not introduce a separate stalking triage desk."),
    ("force", "Following a review by the chief officer team, we have chosen not to take this recommendation forward."),
    ("department", "The Government will not be creating a new criminal offence of this kind."),
    ("pcc", "The Commissioner does not accept this recommendation."),
    ("department", "The evidence for a statutory duty is weak, and for that reason the Government does not accept "
                   "this recommendation."),
])
def test_the_refusals_read_before_are_still_read(catalogue, who, body):
    progress, position = _read(catalogue, who, body)
    assert position == "not_accepted" and progress in _REFUSED


@pytest.mark.parametrize("who, body", [
    # another body's refusal, reported beside the writer's own work: not the writer's refusal
    ("force", "The probation service has declined to join the panel; we have set up the panel without it and it "
              "meets monthly."),
    # a refusal held by a condition, beside acceptance
    ("force", "We accept this recommendation; we would not add a second rota unless call volumes doubled."),
])
def test_a_refusal_of_another_or_held_by_a_condition_is_not_the_writers(catalogue, who, body):
    assert _read(catalogue, who, body)[1] != "not_accepted"


def test_a_refusal_of_a_part_beside_acceptance_is_partial(catalogue):
    # the neighbour (passes on both): part accepted, part refused
    got = _read(catalogue, "force", "We accept this recommendation in part: the training will be given, but we will "
                                    "not create a separate unit.")
    assert got[1] == "partially_accepted"
