"""Workflow pages and hooks: transition POSTs, deadline settings, extensions, deadline list, reminders log."""
import datetime

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import WorkflowState as S
from rectrack.responses.models import Response
from rectrack.workflow.models import DeadlineExtension, DeadlineSettingChange, Transition
from rectrack.workflow.services import transition

D = datetime.date


@pytest.fixture
def draft(rec, sussex, make_response):
    return make_response(rec, sussex)


def _url(response):
    return reverse("workflow:transition", args=[response.pk])


# Transitions ------------------------------------------------------------------------------------------

def test_transition_is_post_only(users, client_for, draft):
    assert client_for(users.sussex_editor).get(_url(draft)).status_code == 405


def test_anonymous_is_sent_to_sign_in(client_for, draft):
    response = client_for(None).post(_url(draft), {"to_state": "submitted"})
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    assert Response.objects.get(pk=draft.pk).state == S.DRAFT


def test_editor_submits(users, client_for, draft):
    response = client_for(users.sussex_editor).post(_url(draft), {"to_state": "submitted", "comment": "Ready",
                                                                  "next": "/organisations/sussex-police/"})
    assert response.status_code == 302 and response["Location"] == "/organisations/sussex-police/"
    assert Response.objects.get(pk=draft.pk).state == S.SUBMITTED
    assert Transition.objects.get().comment == "Ready"


def test_unsafe_next_is_ignored(users, client_for, draft):
    response = client_for(users.sussex_editor).post(_url(draft), {"to_state": "submitted",
                                                                  "next": "https://evil.example/"})
    assert "evil" not in response["Location"]


def test_wrong_role_is_refused(users, client_for, draft):
    # Others do not even find a draft; the organisation itself may not publish.
    assert client_for(users.northumbria_editor).post(_url(draft), {"to_state": "submitted"}).status_code == 404
    assert client_for(users.liberty).post(_url(draft), {"to_state": "submitted"}).status_code == 404
    transition(users.sussex_editor, draft, S.SUBMITTED)
    assert client_for(users.sussex_editor).post(_url(draft), {"to_state": "published"}).status_code == 403
    assert Response.objects.get(pk=draft.pk).state == S.SUBMITTED


def test_return_without_comment_shows_the_error(users, client_for, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    response = client_for(users.inspector).post(_url(draft), {"to_state": "returned", "comment": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and "Enter a comment explaining why" in html
    assert 'name="to_state" value="returned"' in html
    assert Response.objects.get(pk=draft.pk).state == S.SUBMITTED


def test_hidden_response_is_404_for_the_public(client_for, draft):
    assert client_for(None).post(_url(draft), {"to_state": "submitted"}).status_code == 302  # sign in first


# The response hook ------------------------------------------------------------------------------------

def _render_hook(name, user, **context):
    request = RequestFactory().get("/somewhere/")
    request.user = user
    return render_to_string(f"hooks/{name}.html", {"user": user, **context}, request=request)


def test_response_hook_shows_state_buttons_and_log(users, draft):
    html = _render_hook("response_workflow", users.sussex_editor, response=draft)
    assert "Draft" in html and "Submit to the inspectorate" in html and "Publish" not in html
    transition(users.sussex_editor, draft, S.SUBMITTED, "Signed off")
    draft.refresh_from_db()
    html = _render_hook("response_workflow", users.inspector, response=draft)
    assert "Publish" in html and "Return to the organisation" in html and 'name="comment"' in html
    assert "Signed off" in html and "sussex-editor" in html and 'name="csrfmiddlewaretoken"' in html
    assert "<button" not in _render_hook("response_workflow", users.liberty, response=draft)


def test_response_hook_for_the_public_shows_no_log(users, draft):
    from django.contrib.auth.models import AnonymousUser

    transition(users.sussex_editor, draft, S.SUBMITTED, "Internal note")
    transition(users.inspector, draft, S.PUBLISHED)
    draft.refresh_from_db()
    html = _render_hook("response_workflow", AnonymousUser(), response=draft)
    assert "Published" in html and "Internal note" not in html and "<button" not in html


# The deadlines on the complaint and organisation pages -------------------------------------------------

def test_complaint_page_deadlines(users, client_for, sts):
    html = client_for(users.inspector).get(reverse("tracker:complaint", args=[sts.slug])).content.decode()
    assert "11 February 2021" in html and "56 days from publication" in html
    assert "Recommendation 8: due 17 June 2021" in html
    assert "Long overdue" in html and reverse("workflow:deadlines", args=[sts.slug]) in html
    public = client_for(users.sussex_editor).get(reverse("tracker:complaint", args=[sts.slug])).content.decode()
    assert "Change deadlines" not in public and "11 February 2021" in public


def test_complaint_page_deadlines_partial_date(users, client_for, reference_data):
    super_complaint = SuperComplaint.objects.get(slug="protective-measures")
    super_complaint.report_published = "2021-08"  # a month without a day, as catalogues sometimes give it
    super_complaint.save(update_fields=["report_published"])
    html = client_for(users.inspector).get(reverse("tracker:complaint", args=[super_complaint.slug])).content.decode()
    assert "publication date has no day" in html


def test_organisation_page_deadlines(users, client_for, sussex):
    html = client_for(users.inspector).get(reverse("tracker:organisation", args=[sussex.pk])).content.decode()
    assert "Recommendation 1" in html and "Long overdue" in html
    assert reverse("tracker:extend", args=["safe-to-share", "sussex-police"]) in html
    own = client_for(users.sussex_editor).get(reverse("tracker:organisation", args=[sussex.pk])).content.decode()
    assert "Grant an extension" not in own


# Deadline settings ------------------------------------------------------------------------------------

def _settings_data(sts, **overrides):
    data = {"initial_response_days": "56", "initial_response_due_override_0": "", "initial_response_due_override_1": "",
            "initial_response_due_override_2": "", "reason": ""}
    for rec in Recommendation.objects.filter(super_complaint=sts):
        for i, part in enumerate([rec.update_due.day, rec.update_due.month, rec.update_due.year]
                                 if rec.update_due else ["", "", ""]):
            data[f"update_due_{rec.pk}_{i}"] = str(part)
    data.update(overrides)
    return data


def test_deadline_settings_permissions(users, client_for, sts):
    url = reverse("workflow:deadlines", args=[sts.slug])
    assert client_for(None).get(url).status_code == 302
    assert client_for(users.sussex_editor).get(url).status_code == 403
    assert client_for(users.liberty).post(url, _settings_data(sts)).status_code == 403
    response = client_for(users.inspector).get(url)
    assert response.status_code == 200 and "Recommendation 8: progress update due" in response.content.decode()


def test_deadline_settings_change_is_logged(users, client_for, sts, rec8):
    url = reverse("workflow:deadlines", args=[sts.slug])
    data = _settings_data(sts, initial_response_days="60", reason="Christmas period",
                          **{f"update_due_{rec8.pk}_0": "30", f"update_due_{rec8.pk}_1": "6"})
    response = client_for(users.inspector).post(url, data)
    assert response.status_code == 302
    sts.refresh_from_db()
    rec8.refresh_from_db()
    assert sts.initial_response_days == 60 and sts.initial_response_due == D(2021, 2, 15)
    assert rec8.update_due == D(2021, 6, 30)
    changes = {(c.field, c.old_value, c.new_value, c.reason, c.changed_by) for c in DeadlineSettingChange.objects.all()}
    assert changes == {("initial_response_days", "56", "60", "Christmas period", users.inspector),
                       ("update_due", "2021-06-17", "2021-06-30", "Christmas period", users.inspector)}
    page = client_for(users.inspector).get(url).content.decode()
    assert "Christmas period" in page


def test_deadline_settings_errors(users, client_for, sts):
    url = reverse("workflow:deadlines", args=[sts.slug])
    response = client_for(users.inspector).post(url, _settings_data(
        sts, initial_response_days="0", initial_response_due_override_0="31", initial_response_due_override_1="2",
        initial_response_due_override_2="2021"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and "must be a real date" in html
    sts.refresh_from_db()
    assert sts.initial_response_days == 56 and not DeadlineSettingChange.objects.exists()


# Extensions -------------------------------------------------------------------------------------------

def test_extension_form(users, client_for, sts, rec, sussex):
    url = reverse("tracker:extend", args=[sts.slug, sussex.pk])
    assert client_for(users.sussex_editor).get(url).status_code == 403
    page = client_for(users.inspector).get(url)
    assert page.status_code == 200 and "Recommendation 4" in page.content.decode()
    data = {"recommendations": [str(rec.pk)], "clock": "initial", "new_due_0": "31", "new_due_1": "3",
            "new_due_2": "2021", "reason": ""}
    response = client_for(users.inspector).post(url, data)
    assert response.status_code == 400 and "Enter the reason for the extension" in response.content.decode()
    assert not DeadlineExtension.objects.exists()
    response = client_for(users.inspector).post(url, {**data, "reason": "Chief constable's illness"})
    assert response.status_code == 302
    ext = DeadlineExtension.objects.get()
    assert (ext.organisation, ext.recommendation, ext.new_due, ext.granted_by) == (sussex, rec, D(2021, 3, 31),
                                                                                   users.inspector)
    assert "Chief constable&#x27;s illness" in client_for(users.inspector).get(url).content.decode()


def test_extension_for_a_non_recipient_is_404(users, client_for, sts):
    url = reverse("tracker:extend", args=[sts.slug, "liberty"])
    assert client_for(users.inspector).get(url).status_code == 404


# Deadline list and reminders log ----------------------------------------------------------------------

def test_deadline_list_filters(users, client_for, rec, sussex, make_response, django_assert_max_num_queries):
    response = make_response(rec, sussex)
    transition(users.sussex_editor, response, S.SUBMITTED)
    url = reverse("tracker:deadline_list")
    client = client_for(None)
    with django_assert_max_num_queries(12):
        page = client.get(url, {"super_complaint": "safe-to-share", "state": "met"}).content.decode()
    assert "Sussex Police" in page and "Northumbria Police" not in page and "1 deadline" in page
    page = client.get(url, {"organisation": "sussex-police", "state": "overdue_any"}).content.decode()
    assert "Sussex Police" in page and "Northumbria Police" not in page and "Long overdue" in page
    page = client.get(url, {"state": "bogus", "clock": "update"}).content.decode()
    assert "Progress update" in page and "Initial response</td>" not in page
    assert "Extend" not in page


def test_reminder_log_page(users, client_for):
    url = reverse("workflow:reminders")
    assert client_for(users.sussex_editor).get(url).status_code == 403
    assert client_for(users.inspector).get(url).status_code == 200
