"""The factories write through the services: the history names the acting user and the tracker follows."""
import pytest

from rectrack.core.vocabulary import WorkflowState
from rectrack.tracker.models import Standing
from tests.support.factories import ActionFactory, ResponseFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_published_response_reaches_the_tracker_with_its_author_in_the_history(reference_data):
    editor = UserFactory(role="org_editor", organisation_id="sussex-police")
    response = ResponseFactory(user=editor, published=True, progress="complete")
    assert response.state == WorkflowState.PUBLISHED
    assert response.history.earliest().history_user == editor
    standing = Standing.objects.get(recommendation=response.recommendation, organisation=response.organisation)
    assert (standing.public_response_id, standing.public_progress) == (response.pk, "complete")


def test_an_editor_of_another_force_cannot_be_used_to_write(reference_data):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        ResponseFactory(user=UserFactory(role="org_editor", organisation_id="northumbria-police"))


def test_actions_belong_to_their_response(reference_data):
    action = ActionFactory(status="in_progress")
    assert action.response.actions.get() == action
    assert action.status == "in_progress"
