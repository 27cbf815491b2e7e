"""Service rules the pages rely on: permissions, duplicates and joint responses."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rectrack.responses import services
from rectrack.responses.models import JointLink, Response
from rectrack.tracker.selectors import recommendation_cells
from tests.responses import factories


def test_editor_cannot_write_for_another_organisation(users):
    with pytest.raises(PermissionDenied):
        factories.make_response(users.sussex_editor, "1", "northumbria-police")
    assert not Response.objects.exists()


def test_second_response_for_same_recipient_is_refused(users):
    factories.make_response(users.sussex_editor, "1", "sussex-police")
    with pytest.raises(ValidationError):
        factories.make_response(users.sussex_editor, "1", "sussex-police")
    assert Response.objects.count() == 1


def test_joint_response_only_for_recipients_of_that_recommendation(users):
    response = factories.make_response(users.inspector, "1", "sussex-police")
    with pytest.raises(ValidationError) as exc:
        services.update_response(user=users.inspector, response=response, data={},
                                 counts_for=[factories.org("sussex-pcc")])  # PCCs do not owe recommendation 1
    assert "counts_for" in exc.value.error_dict
    assert not JointLink.objects.exists()


def test_a_body_covered_by_a_joint_response_can_still_write_its_own(users):
    joint = factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"])
    own = factories.make_response(users.inspector, "5", "sussex-pcc")
    # Its own response answers for it from now on; the joint one still stands for the force.
    cells = {c.organisation.pk: c for c in recommendation_cells(joint.recommendation, user=users.inspector)}
    assert cells["sussex-pcc"].response.pk == own.pk and not cells["sussex-pcc"].joint
    assert cells["sussex-police"].response.pk == joint.pk
