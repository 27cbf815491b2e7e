"""Forms: GOV.UK error summary on bad input, nothing saved; good input saved through the services."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from rectrack.responses.models import Action, Evidence, JointLink, Response
from tests.responses import factories

GOOD = {"position": "accepted", "progress": "complete", "narrative": "Policy <b>changed</b>.\n\nSecond paragraph.",
        "as_of_0": "27", "as_of_1": "3", "as_of_2": "2021", "owner": "Ch Supt A", "governance_board": "Board"}


def create_url(number="1", org_id="sussex-police"):
    return f"/responses/new/?recommendation={factories.rec(number).pk}&organisation={org_id}"


def assert_error_summary(response, *messages):
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html and "There is a problem" in html
    assert "<title>Error:" in html
    for message in messages:
        assert message in html


def test_create_response_then_page_shows_it_escaped(users, client_for):
    client = client_for(users.sussex_editor)
    response = client.post(create_url(), GOOD)
    created = Response.objects.get(organisation_id="sussex-police")
    assert response.status_code == 302 and response["Location"] == f"/responses/{created.pk}/"
    assert (created.progress, created.as_of, created.owner) == ("complete", datetime.date(2021, 3, 27), "Ch Supt A")
    page = client.get(response["Location"]).content.decode()
    assert "Response saved." in page
    assert "Policy &lt;b&gt;changed&lt;/b&gt;.</p>" in page and "<p>Second paragraph.</p>" in page


@pytest.mark.parametrize(("change", "message", "anchor"), [
    ({"progress": ""}, "Select the progress", "#id_progress_0"),
    ({"progress": "finished"}, "Select a valid choice", "#id_progress_0"),
    ({"as_of_0": "31", "as_of_1": "2"}, "must be a real date", "#id_as_of_0"),
    ({"as_of_2": ""}, "must include a year", "#id_as_of_0"),
    ({"as_of_2": "2999"}, "must be today or in the past", "#id_as_of_0"),
    ({"owner": "x" * 201}, "at most 200 characters", "#id_owner"),
])
def test_bad_input_shows_error_summary_and_saves_nothing(users, client_for, change, message, anchor):
    response = client_for(users.sussex_editor).post(create_url(), {**GOOD, **change})
    assert_error_summary(response, message, f'href="{anchor}"')
    assert "govuk-form-group--error" in response.content.decode()
    assert not Response.objects.exists()


def test_service_validation_error_becomes_a_form_error(users, client_for):
    response = client_for(users.inspector).post(create_url("2", "sussex-police"), GOOD)  # 2 is the Home Office's
    assert_error_summary(response, "Sussex Police does not owe a response to recommendation 2")
    assert not Response.objects.exists()


def test_edit_form_offers_only_paired_recipients_as_joint_partners(users, client_for):
    response = factories.make_response(users.inspector, "5", "sussex-police")
    html = client_for(users.sussex_editor).get(f"/responses/{response.pk}/edit/").content.decode()
    assert 'value="sussex-pcc"' in html  # the body that oversees Sussex Police
    assert 'value="kent-police"' not in html and 'value="avon-and-somerset-pcc"' not in html
    assert 'value="sussex-police"' not in html and 'value="home-office"' not in html
    # the inspectorate may link any other recipient
    html = client_for(users.inspector).get(f"/responses/{response.pk}/edit/").content.decode()
    assert 'value="kent-police"' in html and 'value="sussex-police"' not in html


def test_edit_with_bad_date_changes_nothing(users, client_for):
    response = factories.make_response(users.inspector, "1", "sussex-police", progress="in_progress")
    page = client_for(users.sussex_editor).post(f"/responses/{response.pk}/edit/", {**GOOD, "as_of_1": "13"})
    assert_error_summary(page, "must be a real date")
    assert Response.objects.get(pk=response.pk).progress == "in_progress"


def test_edit_joint_response_asks_the_partner(users, client_for):
    response = factories.make_response(users.inspector, "5", "sussex-police")
    page = client_for(users.sussex_editor).post(f"/responses/{response.pk}/edit/",
                                                {**GOOD, "counts_for": ["sussex-pcc"], "version": response.version})
    assert page.status_code == 302
    [link] = JointLink.objects.filter(response=response)
    assert (link.organisation_id, link.status) == ("sussex-pcc", "pending")


def test_action_add_edit_delete(users, client_for, sussex_response):
    client = client_for(users.sussex_editor)
    bad = client.post(f"/responses/{sussex_response.pk}/actions/new/", {"description": "", "status": "complete",
                                                                        "due_date_0": "1"})
    assert_error_summary(bad, "Enter what will be done", "Due date must include a month and year")
    assert not Action.objects.exists()
    client.post(f"/responses/{sussex_response.pk}/actions/new/",
                {"description": "Write policy", "owner": "DI B", "status": "not_started",
                 "due_date_0": "1", "due_date_1": "9", "due_date_2": "2021"})
    action = Action.objects.get()
    assert action.due_date == datetime.date(2021, 9, 1)
    bad = client.post(f"/responses/actions/{action.pk}/edit/",
                      {"description": "Write policy", "status": "in_progress", "version": action.version,
                       "completed_on_0": "1", "completed_on_1": "9", "completed_on_2": "2021"})
    assert_error_summary(bad, "Only a complete action has a completion date")
    assert Action.objects.get().status == "not_started"
    client.post(f"/responses/actions/{action.pk}/edit/", {"description": "Write policy", "status": "complete",
                                                          "version": action.version})
    assert Action.objects.get().status == "complete"
    client.post(f"/responses/actions/{action.pk}/delete/", {"version": Action.objects.get().version})
    assert not Action.objects.exists()


def test_evidence_link_must_be_http(users, client_for, sussex_response):
    client = client_for(users.sussex_editor)
    bad = client.post(f"/responses/{sussex_response.pk}/evidence/new-link/",
                      {"title": "x", "url": "javascript:alert(1)"})
    assert_error_summary(bad, "Enter a web address in the correct format")
    assert not Evidence.objects.exists()


def test_empty_file_refused(users, client_for, sussex_response):
    empty = SimpleUploadedFile("empty.pdf", b"", content_type="application/pdf")
    page = client_for(users.sussex_editor).post(f"/responses/{sussex_response.pk}/evidence/new-file/", {"file": empty})
    assert_error_summary(page, "The selected file is empty", 'href="#id_file"')
    assert not Evidence.objects.exists()


@override_settings(RECTRACK_MAX_UPLOAD_BYTES=10)
def test_too_big_file_refused(users, client_for, sussex_response):
    big = SimpleUploadedFile("big.pdf", b"x" * 11, content_type="application/pdf")
    page = client_for(users.sussex_editor).post(f"/responses/{sussex_response.pk}/evidence/new-file/", {"file": big})
    assert_error_summary(page, "must be smaller than")
    assert not Evidence.objects.exists()


def test_assessment_adequacy_and_no_response_check(users, client_for, sussex_response):
    client_for(users.inspector).post(f"/responses/{sussex_response.pk}/assessment/",
                                     {"status": "evidence_insufficient", "comment": "Send the policy."})
    client_for(users.liberty).post(f"/responses/{sussex_response.pk}/adequacy/", {"verdict": "inadequate"})
    page = client_for(None).get(f"/responses/{sussex_response.pk}/").content.decode()
    assert "Evidence insufficient" in page and "Send the policy." in page
    assert "Liberty" in page and "Inadequate" in page
    url = "/responses/no-response-checks/new/?super_complaint=safe-to-share&organisation=kent-police"
    bad = client_for(users.inspector).post(url, {"checked_where": ""})
    assert_error_summary(bad, "Enter the date checked", "Enter where it was looked for")
    ok = client_for(users.inspector).post(url, {"checked_on_0": "2", "checked_on_1": "3", "checked_on_2": "2021",
                                                "checked_where": "kent.police.uk publications page"})
    assert ok.status_code == 302 and ok["Location"].endswith("#non-responders")
    matrix_page = client_for(None).get(ok["Location"]).content.decode()
    assert "No response published — checked on 2 March 2021 at kent.police.uk publications page" in matrix_page
