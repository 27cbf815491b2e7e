"""The overdue page: grouped, filtered, paged, downloadable; reminders previewed, sent once, logged."""
import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from rectrack.workflow.models import ReminderLog
from tests.responses.factories import make_response
from tests.support.users import make_user

pytestmark = pytest.mark.django_db
PAGE = reverse("work:overdue")


def reminder_url(org_id):
    return reverse("work:reminder", args=[org_id])


def test_only_the_inspectorate_chases(users, client_for):
    assert client_for(users.sussex_editor).get(PAGE).status_code == 403
    assert client_for(users.liberty).post(reminder_url("sussex-police")).status_code == 403
    assert client_for(None).get(PAGE).status_code == 302


def test_grouped_by_organisation_with_days_and_counts(users, client_for):
    page = client_for(users.inspector).get(PAGE, {"super_complaint": "safe-to-share", "kind": "force",
                                                           "region": "South East"}).content.decode()
    assert "Sussex Police" in page and "Send a reminder" in page
    # Filtered to forces: no commissioner is listed.
    assert "Sussex Police and Crime Commissioner" not in page
    assert "long overdue" in page


def test_an_organisation_that_responded_is_not_overdue_on_that_recommendation(users, client_for):
    make_response(users.inspector, "1", "sussex-police")  # published: the initial clock is met
    rows = list(csv.DictReader(io.StringIO(b"".join(client_for(users.inspector).get(
        PAGE, {"super_complaint": "safe-to-share", "format": "csv"}).streaming_content).decode("utf-8-sig"))))
    sussex = {(r["recommendation"], r["clock"]) for r in rows if r["organisation"] == "sussex-police"}
    northumbria = {(r["recommendation"], r["clock"]) for r in rows if r["organisation"] == "northumbria-police"}
    assert ("1", "Initial response") not in sussex
    assert ("1", "Initial response") in northumbria
    assert all(int(r["days_overdue"]) > 0 for r in rows)
    assert {r["state"] for r in rows} <= {"Overdue", "Long overdue"}


def test_the_csv_neutralises_formulas(users, client_for):
    from rectrack.organisations.models import Organisation

    Organisation.objects.filter(pk="sussex-police").update(name="=HYPERLINK(\"http://x\")")
    body = b"".join(client_for(users.inspector).get(PAGE, {"format": "csv"}).streaming_content).decode("utf-8-sig")
    assert "=HYPERLINK" in body and ",=HYPERLINK" not in body and ",\"=HYPERLINK" not in body


def test_paging_keeps_the_filters(users, client_for):
    page = client_for(users.inspector).get(PAGE, {"kind": "force"}).content.decode()
    assert "Page 1 of" in page and "kind=force&amp;page=2" in page
    second = client_for(users.inspector).get(PAGE, {"kind": "force", "page": "2"})
    assert second.status_code == 200 and "Page 2 of" in second.content.decode()


def test_unknown_filters_are_ignored(users, client_for):
    response = client_for(users.inspector).get(PAGE, {"kind": "<script>", "super_complaint": "nope", "page": "x"})
    assert response.status_code == 200 and "<script>" not in response.content.decode()


def test_the_page_uses_a_constant_number_of_queries(users, client_for, django_assert_max_num_queries):
    client = client_for(users.inspector)
    with django_assert_max_num_queries(12) as few:
        client.get(PAGE)
    for number in ("1", "4", "5"):
        for org_id in ("sussex-police", "kent-police", "essex-police"):
            make_response(users.inspector, number, org_id)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(PAGE)


def test_a_reminder_is_previewed_then_sent_once_and_logged(users, client_for):
    users.sussex_editor.email = "lead@sussex.example"
    users.sussex_editor.save()
    client = client_for(users.inspector)
    preview = client.get(reminder_url("sussex-police")).content.decode()
    assert "lead@sussex.example" in preview and "Send the reminder" in preview
    assert "Long overdue: super-complaint responses" in preview  # the subject
    assert not mail.outbox and not ReminderLog.objects.exists()  # a preview sends nothing

    response = client.post(reminder_url("sussex-police"))
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lead@sussex.example"]
    logged = ReminderLog.objects.filter(organisation_id="sussex-police").count()
    assert logged > 0

    # Never twice for the same event: the preview says so and a second send is refused.
    again = client.get(reminder_url("sussex-police")).content.decode()
    assert "Already reminded" in again and "Send the reminder" not in again
    refused = client.post(reminder_url("sussex-police"))
    assert refused.status_code == 400 and "already been sent" in refused.content.decode()
    assert len(mail.outbox) == 1 and ReminderLog.objects.count() == logged


def test_a_reminder_with_nobody_to_email_is_refused(users, client_for):
    make_user("kent-no-email", "org_editor", "kent-police")
    response = client_for(users.inspector).post(reminder_url("kent-police"))
    assert response.status_code == 400 and "Nobody at Kent Police can be emailed" in response.content.decode()
    assert not mail.outbox and not ReminderLog.objects.exists()


def test_sending_needs_the_csrf_token(users):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users.inspector)
    assert client.post(reminder_url("sussex-police")).status_code == 403
    assert not ReminderLog.objects.exists()
