"""The workflow hooks on the other parts' pages: response, super-complaint and organisation pages."""
import pytest
from django.urls import NoReverseMatch, reverse

from rectrack.core.vocabulary import WorkflowState as S
from rectrack.workflow.services import transition


def _url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        pytest.skip(f"{name} is not mounted")


def test_response_page_has_the_workflow_panel(users, client_for, rec, sussex, make_response):
    response = make_response(rec, sussex)
    url = _url("responses:detail", response.pk)
    page = client_for(users.sussex_editor).get(url).content.decode()
    assert "Submit to the inspectorate" in page and reverse("workflow:transition", args=[response.pk]) in page
    reply = client_for(users.sussex_editor).post(reverse("workflow:transition", args=[response.pk]),
                                                 {"to_state": "submitted", "next": url}, follow=True)
    assert reply.status_code == 200 and "The response is now submitted" in reply.content.decode()
    page = client_for(users.inspector).get(url).content.decode()
    assert "Return to the organisation" in page and "Workflow history" in page


def test_complaint_and_organisation_pages_show_deadlines(users, client_for, rec, sussex, make_response,
                                                         django_assert_max_num_queries):
    transition(users.sussex_editor, make_response(rec, sussex), S.SUBMITTED)
    page = client_for(None).get(_url("complaints:detail", "safe-to-share")).content.decode()
    assert 'id="deadlines"' in page and "Long overdue" in page
    page = client_for(users.inspector).get(_url("organisations:detail", "sussex-police")).content.decode()
    assert 'id="deadlines"' in page and "Grant an extension" in page
