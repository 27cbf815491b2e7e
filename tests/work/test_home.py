"""Each person's home page: the right work for the right person, and nothing they may not see."""
import pytest
from django.urls import reverse

from rectrack.responses import services as responses
from rectrack.work.selectors import queues
from tests.responses.factories import make_response

pytestmark = pytest.mark.django_db
HOME = "/work/"


def test_the_front_page_sends_signed_in_people_to_their_work(users, client_for):
    assert client_for(None).get("/").status_code == 200
    assert b"Police super-complaints" in client_for(None).get("/").content
    response = client_for(users.sussex_editor).get("/")
    assert response.status_code == 302 and response["Location"] == HOME
    # The list of super-complaints is still a click away for them.
    assert client_for(users.sussex_editor).get(reverse("tracker:complaints")).status_code == 200


def test_signing_in_lands_on_your_work(users, client):
    response = client.post(reverse("accounts:login"), {"username": "sussex-editor", "password": users.password})
    assert response.status_code == 302 and response["Location"] == HOME


def test_home_needs_signing_in(client_for):
    response = client_for(None).get(HOME)
    assert response.status_code == 302 and "sign-in" in response["Location"]


def test_the_inspectorate_sees_submissions_evidence_and_overdue(users, client_for, draft, submitted, with_evidence):
    page = client_for(users.inspector).get(HOME).content.decode()
    assert "Submitted for publication" in page
    assert reverse("responses:detail", args=[submitted.pk]) in page
    assert reverse("responses:assess", args=[with_evidence.pk]) in page
    # A draft is not waiting for the inspectorate.
    assert reverse("responses:detail", args=[draft.pk]) not in page
    # "Safe to share?" was due in 2021: Sussex still owes recommendation 1 and is overdue.
    assert "Overdue by organisation" in page and "Sussex Police" in page
    counts = queues.counts(users.inspector)
    assert counts["submitted"] == 2 and counts["evidence"] == 1  # the evidence came with a resubmission


def test_assessing_takes_a_response_off_the_evidence_queue_until_new_evidence(users, with_evidence):
    assert list(queues.evidence_awaiting_assessment()) == [with_evidence]
    responses.set_assessment(user=users.inspector, response=with_evidence, status="evidence_accepted")
    assert not queues.evidence_awaiting_assessment().exists()


def test_an_editor_sees_what_its_organisation_owes(users, client_for, draft, returned, joint_request, action_due,
                                                   published):
    page = client_for(users.sussex_editor).get(HOME).content.decode()
    assert "What Sussex Police owes" in page
    assert "Please add the action owners." in page  # the return comment
    assert "Sussex Police and Crime Commissioner" in page  # the joint request's writer
    assert reverse("responses:joint_decision", args=[joint_request.pk]) in page
    assert "Train every call handler" in page
    # Northumbria's response is not Sussex's work.
    assert reverse("responses:detail", args=[published.pk]) not in page
    counts = queues.counts(users.sussex_editor)
    assert counts["returned"] == 1 and counts["joint"] == 1 and counts["overdue"] > 0


def test_an_editor_does_not_see_another_organisations_returns(users, client_for, returned):
    page = client_for(users.northumbria_editor).get(HOME).content.decode()
    assert "Please add the action owners." not in page
    assert queues.counts(users.northumbria_editor)["returned"] == 0


def test_a_designated_body_sees_published_responses_only(users, client_for, draft, published):
    page = client_for(users.liberty).get(HOME).content.decode()
    assert reverse("responses:adequacy", args=[published.pk]) in page
    assert reverse("responses:detail", args=[draft.pk]) not in page
    assert "DRAFT-SECRET" not in page
    assert queues.counts(users.liberty) == {"unjudged": 1}


def test_a_recorded_view_moves_to_your_views(users, client_for, published):
    responses.record_adequacy(user=users.liberty, response=published, verdict="partly_adequate", comment="Vague.")
    page = client_for(users.liberty).get(HOME).content.decode()
    assert "Partly adequate" in page
    assert queues.counts(users.liberty) == {"unjudged": 0}


def test_the_navigation_counts_what_waits(users, client_for, submitted, with_evidence):
    page = client_for(users.inspector).get(reverse("tracker:complaints")).content.decode()
    assert 'class="app-count">3<span class="govuk-visually-hidden"> waiting' in page


@pytest.mark.parametrize("who", ["inspector", "sussex_editor", "liberty"])
def test_home_pages_use_a_constant_number_of_queries(who, users, client_for, django_assert_max_num_queries):
    client = client_for(getattr(users, who))
    make_response(users.inspector, "1", "sussex-police")
    with django_assert_max_num_queries(16) as few:
        assert client.get(HOME).status_code == 200
    for number in ("4", "5", "8"):
        for org_id in ("sussex-police", "northumbria-police", "kent-police", "essex-police"):
            made = make_response(users.inspector, number, org_id, published=(number != "4"))
            responses.add_evidence_link(user=users.inspector, response=made, url="https://example.org/e",
                                        title="Evidence")
            responses.add_action(user=users.inspector, response=made, data={"description": "Do it"})
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(HOME).status_code == 200
