"""Adequacy scope (issue 7, ADR 0012): a designated body records views on adequacy only on the super-complaints it
raised or that the inspectorate opened to it, and only on published responses."""
import pytest
from django.core.exceptions import PermissionDenied

from rectrack.complaints.models import AdequacyAccessChange
from rectrack.responses import services
from rectrack.responses.models import AdequacyView
from tests.responses.factories import make_response
from tests.security.conftest import SC
from tests.support.users import make_user

OPEN_URL = f"/catalogue/{SC}/adequacy-access/"


@pytest.fixture
def hestia(world):
    """A designated body that did not raise the super-complaint (Liberty did)."""
    return make_user("zx-hestia", "designated_body", "hestia")


def _record(client, response, verdict="inadequate"):
    return client.post(f"/responses/{response.pk}/adequacy/", {"verdict": verdict, "comment": "Our view"})


def test_the_body_that_raised_it_records_its_view(world, client_for):
    published = world.responses["published"]
    liberty = client_for(world.people["designated"])
    assert liberty.get(f"/responses/{published.pk}/adequacy/").status_code == 200
    assert _record(liberty, published).status_code == 302
    view = AdequacyView.objects.get(response=published)
    assert (view.designated_body_id, view.verdict, view.on_version_id) == ("liberty", "inadequate",
                                                                           published.published_version_id)


def test_another_designated_body_may_not_until_the_inspectorate_opens_it(world, client_for, hestia):
    published = world.responses["published"]
    client = client_for(hestia)
    assert client.get(f"/responses/{published.pk}/adequacy/").status_code == 403
    assert _record(client, published).status_code == 403
    with pytest.raises(PermissionDenied):
        services.record_adequacy(user=hestia, response=published, verdict="adequate")
    assert not AdequacyView.objects.exists()
    # Only the inspectorate opens a super-complaint to other bodies.
    assert client_for(world.people["designated"]).post(OPEN_URL, {"bodies": ["hestia"]}).status_code == 403
    assert client_for(world.people["owner"]).post(OPEN_URL, {"bodies": ["hestia"]}).status_code == 403
    assert not world.super_complaint.adequacy_opened_to.exists()

    opened = client_for(world.people["inspector"]).post(OPEN_URL, {"bodies": ["hestia"]})
    assert opened.status_code == 302
    assert list(world.super_complaint.adequacy_opened_to.values_list("pk", flat=True)) == ["hestia"]
    assert _record(client, published, "adequate").status_code == 302
    assert AdequacyView.objects.get(designated_body_id="hestia").verdict == "adequate"

    closed = client_for(world.people["inspector"]).post(OPEN_URL, {})
    assert closed.status_code == 302 and not world.super_complaint.adequacy_opened_to.exists()
    assert _record(client, published, "inadequate").status_code == 403
    assert AdequacyView.objects.get(designated_body_id="hestia").verdict == "adequate"
    changes = list(AdequacyAccessChange.objects.filter(super_complaint=world.super_complaint).order_by("pk")
                   .values_list("added", "removed", "changed_by__username"))
    assert changes == [(["hestia"], [], world.people["inspector"].username),
                       ([], ["hestia"], world.people["inspector"].username)]


def test_opening_one_super_complaint_opens_no_other(world, client_for, hestia):
    client_for(world.people["inspector"]).post(OPEN_URL, {"bodies": ["hestia"]})
    other = make_response(world.people["inspector"], "1", "sussex-police")  # safe-to-share, raised by Liberty
    assert _record(client_for(hestia), other).status_code == 403
    assert _record(client_for(world.people["designated"]), other).status_code == 302


@pytest.mark.parametrize("role", ["owner", "paired_pcc", "other_force", "inspector"])
def test_nobody_but_a_designated_body_records_a_view(world, client_for, role):
    published = world.responses["published"]
    assert _record(client_for(world.people[role]), published).status_code == 403
    assert not AdequacyView.objects.exists()


@pytest.mark.parametrize("state", ["draft", "submitted", "withdrawn"])
def test_only_published_responses_are_judged(world, client_for, state):
    response = world.responses[state]
    page = _record(client_for(world.people["designated"]), response)
    assert page.status_code in (200, 403, 404)
    assert not AdequacyView.objects.exists()
