"""The benchmark's synthetic dataset generator (bench/dataset.py) keeps building what the benchmark expects."""
import pytest
from django.db import transaction
from django.db.models import Count

from bench import dataset
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Action, Assessment, JointLink, Response
from rectrack.tracker.models import Standing

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def summary(django_db_setup, django_db_blocker):
    """One tiny build (a force and its policing body) shared by the module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield dataset.generate(scale=0.02)
        transaction.set_rollback(True)


def test_every_super_complaint_has_30_recommendations_owed_by_the_chosen_forces_and_bodies(summary):
    assert SuperComplaint.objects.count() == summary.super_complaints == 8
    counts = dict(SuperComplaint.objects.annotate(n=Count("recommendations")).values_list("slug", "n"))
    assert set(counts.values()) == {dataset.RECOMMENDATIONS_PER_COMPLAINT}
    participants = set(summary.organisations)
    kinds = set(Organisation.objects.filter(id__in=participants).values_list("kind", flat=True))
    assert kinds == {"force", "policing_body"}
    synthetic = Recommendation.objects.filter(pk__in=summary.new_recommendation_ids)
    from_catalogue = Recommendation.objects.exclude(pk__in=summary.new_recommendation_ids).count()
    assert from_catalogue > 8  # the catalogue's own recommendations are kept, not replaced
    assert (
        synthetic.count()
        == summary.recommendations_created
        == 8 * dataset.RECOMMENDATIONS_PER_COMPLAINT - from_catalogue
    )
    assert {tuple(r.recipient_classes) for r in synthetic} == {("chief_constables", "policing_bodies")}
    for rec in synthetic.prefetch_related("recipients"):
        assert {r.organisation_id for r in rec.recipients.all()} == participants


def test_most_pairs_have_a_response_and_most_responses_are_published(summary):
    owed = set(Recipient.objects.values_list("recommendation_id", "organisation_id"))
    responses = list(
        Response.objects.values_list("recommendation_id", "organisation_id", "state", "progress", "position")
    )
    assert len(responses) == summary.responses
    assert all((r, o) in owed for r, o, *_ in responses)
    answerable = {(r, o) for r, o in owed if o in set(summary.organisations) or
                  Organisation.objects.get(pk=o).kind == "national"}
    assert 0.8 < len(responses) / len(answerable) <= 1.0
    published = sum(1 for *_, state, _, _ in responses if state == "published")
    assert published == summary.published
    assert 0.65 < published / len(responses) < 0.95
    assert {p for *_, p, _ in responses} <= {
        "complete",
        "in_progress",
        "awaiting_national",
        "not_started",
        "not_stated",
    }
    assert len({p for *_, p, _ in responses}) >= 3
    assert {p for *_, p in responses} <= {"accepted", "partially_accepted", "not_accepted", "not_stated"}
    assert Assessment.objects.count() == summary.assessments
    assert not Assessment.objects.exclude(response__state="published").exists()


def test_each_response_has_three_actions_and_ten_history_versions_ending_at_its_current_values(summary):
    assert Action.objects.count() == summary.actions == 3 * summary.responses
    assert set(Response.objects.annotate(n=Count("actions")).values_list("n", flat=True)) == {3}
    History = Response.history.model
    assert History.objects.count() == summary.response_history == 10 * summary.responses
    assert set(History.objects.values("id").annotate(n=Count("history_id")).values_list("n", flat=True)) == {10}
    for resp in Response.objects.order_by("?")[:20]:
        versions = list(resp.history.order_by("history_date", "history_id"))
        assert versions[0].history_type == "+" and {v.history_type for v in versions[1:]} == {"~"}
        dates = [v.history_date for v in versions]
        assert dates == sorted(dates) and dates[0] < dates[-1]
        latest = resp.history.latest()  # what simple-history (and the timeline) treats as current
        assert (latest.progress, latest.position, latest.narrative, latest.state) == (
            resp.progress, resp.position, resp.narrative, resp.state)
        assert latest.recommendation_id == resp.recommendation_id and latest.organisation_id == resp.organisation_id
    action_history = Action.history.model.objects
    assert action_history.count() == summary.action_history
    assert action_history.filter(history_type="+").count() == summary.actions
    assert not action_history.exclude(id__in=Action.objects.values("pk")).exists()


def test_published_responses_have_their_version_and_the_tracker_is_built(summary):
    published = Response.objects.filter(state="published")
    assert published.count() == summary.published == published.filter(published_version__isnull=False).count()
    assert not Response.objects.exclude(state="published").filter(published_version__isnull=False).exists()
    version = published.select_related("published_version").first().published_version
    assert version.actions.count() == 3
    assert Standing.objects.count() == Recipient.objects.count()
    assert Standing.objects.filter(public_response__isnull=False).count() >= summary.published


def test_joint_responses_count_only_for_owing_bodies_without_their_own_response(summary):
    through = JointLink.objects.select_related("response")
    assert through.count() == summary.joint > 0 and {row.status for row in through} == {"accepted"}
    for row in through:
        assert Recipient.objects.filter(recommendation_id=row.response.recommendation_id,
                                        organisation_id=row.organisation_id).exists()
        assert not Response.objects.filter(recommendation_id=row.response.recommendation_id,
                                           organisation_id=row.organisation_id).exists()


def test_refuses_to_build_twice(summary):
    with pytest.raises(RuntimeError):
        dataset.generate(scale=0.02)
