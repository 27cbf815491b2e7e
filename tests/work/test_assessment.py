"""Assessment with the evidence in view: the response, its actions and its evidence on the form; 'evidence
accepted' refused without evidence, with the error on the form and nothing saved."""
import pytest
from django.urls import reverse

from rectrack.responses import services as responses
from rectrack.responses.models import Assessment
from tests.responses.factories import make_response

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(users):
    made = make_response(users.inspector, "1", "sussex-police", narrative="We stopped sharing <b>data</b>.")
    responses.add_action(user=users.inspector, response=made, data={"description": "Retrain officers",
                                                                     "owner": "Head of training"})
    return made


def test_the_form_shows_the_response_actions_and_evidence(users, client_for, response):
    responses.add_evidence_link(user=users.inspector, response=response, url="https://example.org/policy",
                                title="Published policy")
    page = client_for(users.inspector).get(reverse("responses:assess", args=[response.pk])).content.decode()
    assert "We stopped sharing &lt;b&gt;data&lt;/b&gt;." in page  # escaped, never rendered as markup
    assert "Retrain officers" in page and "Head of training" in page
    assert "Published policy" in page and 'href="https://example.org/policy"' in page
    assert 'name="status"' in page


def test_evidence_accepted_needs_evidence(users, client_for, response):
    url = reverse("responses:assess", args=[response.pk])
    client = client_for(users.inspector)
    assert "There is no evidence" in client.get(url).content.decode()
    refused = client.post(url, {"status": "evidence_accepted", "comment": "Fine."})
    assert refused.status_code == 200 and "govuk-error-summary" in refused.content.decode()
    assert "Evidence can only be accepted when the response has evidence" in refused.content.decode()
    assert not Assessment.objects.filter(response=response).exists()
    # Another verdict is fine without evidence.
    assert client.post(url, {"status": "evidence_insufficient"}).status_code == 302
    assert Assessment.objects.get(response=response).status == "evidence_insufficient"


def test_only_the_inspectorate_assesses(users, client_for, response):
    assert client_for(users.sussex_editor).get(reverse("responses:assess", args=[response.pk])).status_code == 403
