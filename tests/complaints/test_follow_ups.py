"""Follow-up requests: a deadline for exactly the pairs asked, and who has answered on the report's page."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from rectrack.complaints import services
from rectrack.complaints.models import FollowUpRequest, Recommendation, SuperComplaint
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Response
from rectrack.tracker.deadline_rows import follow_up_rows
from tests.support.record import set_state

pytestmark = pytest.mark.django_db
ASKED, DUE = datetime.date(2021, 11, 24), datetime.date(2022, 1, 31)


def ask(users, numbers=("1", "4", "5"), orgs=("sussex-police", "northumbria-police")):
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    return services.create_follow_up(
        user=users.inspector, super_complaint=super_complaint, asked_on=ASKED, due=DUE,
        description="Wrote to chief constables asking for an update",
        recommendations=list(Recommendation.objects.filter(super_complaint=super_complaint, number__in=numbers)),
        organisations=None if orgs is None else list(Organisation.objects.filter(pk__in=orgs)))


def publish_response(org_id, number, as_of):
    response = Response.objects.create(
        recommendation=Recommendation.objects.get(super_complaint="safe-to-share", number=number),
        organisation_id=org_id, progress="in_progress", position="accepted", as_of=as_of, narrative="Done some.")
    return set_state(response, WorkflowState.PUBLISHED)


def test_a_deadline_for_exactly_the_pairs_asked(users):
    request = ask(users)
    assert request.pairs().count() == 6
    [status] = follow_up_rows(request.super_complaint, today=datetime.date(2022, 2, 10))
    assert {(a.organisation.pk, a.recommendation.number) for a in status.answers} == {
        (o, n) for o in ("sussex-police", "northumbria-police") for n in ("1", "4", "5")}
    assert {a.clock.state for a in status.answers} == {"overdue"}
    assert all(a.clock.due == DUE for a in status.answers)


def test_an_answer_on_or_after_the_request_counts_and_an_earlier_one_does_not(users):
    publish_response("sussex-police", "1", datetime.date(2021, 12, 10))
    publish_response("northumbria-police", "1", datetime.date(2021, 10, 1))
    [status] = follow_up_rows(ask(users).super_complaint, today=datetime.date(2022, 1, 2))
    by_pair = {(a.organisation.pk, a.recommendation.number): a for a in status.answers}
    assert by_pair[("sussex-police", "1")].answered_on == datetime.date(2021, 12, 10)
    assert by_pair[("sussex-police", "1")].clock.state == "met"
    assert by_pair[("northumbria-police", "1")].answered_on is None
    assert by_pair[("northumbria-police", "1")].clock.state == "due"
    assert status.answered == 1


def test_everyone_means_every_recipient_of_the_chosen_recommendations(users):
    request = ask(users, numbers=("6",), orgs=None)
    assert request.organisations.count() == Organisation.objects.filter(kind="policing_body").count()


def test_bad_requests_change_nothing(users):
    with pytest.raises(ValidationError, match="Not a recipient"):
        ask(users, numbers=("2",), orgs=("sussex-police",))  # recommendation 2 is the Home Office's
    with pytest.raises(ValidationError, match="Choose the recommendations"):
        ask(users, numbers=())
    assert not FollowUpRequest.objects.exists()


def test_the_report_page_shows_who_has_answered_and_the_form_works(users, client_for):
    client = client_for(users.inspector)
    sussex = Organisation.objects.get(pk="sussex-police")
    recs = Recommendation.objects.filter(super_complaint="safe-to-share", number__in=["1", "4"])
    page = client.post(reverse("catalogue:follow_up_create", args=["safe-to-share"]), {
        "asked_on_0": "24", "asked_on_1": "11", "asked_on_2": "2021", "due_0": "31", "due_1": "1",
        "due_2": "2022", "description": "Wrote to chief constables", "recommendations": [r.pk for r in recs],
        "organisations": [sussex.pk]})
    assert page.status_code == 302, page.context["form"].errors
    text = client.get(reverse("tracker:complaint", args=["safe-to-share"])).content.decode()
    assert "Who has answered the request" in text and "0 of 2 answered" in text
    assert FollowUpRequest.objects.get().history.latest().history_user == users.inspector


def test_a_follow_up_deadline_is_reminded_once_and_not_after_an_answer(users, mailoutbox):
    from rectrack.tracker.reminders import run_reminders

    users.sussex_editor.email = "sussex@example.org"
    users.sussex_editor.save()
    ask(users, numbers=("1",), orgs=("sussex-police",))
    soon = DUE - datetime.timedelta(days=3)
    run_reminders(soon)
    follow_mails = [m for m in mailoutbox if "recommendation 1, follow-up due 31 Jan 2022" in m.body]
    assert len(follow_mails) == 1 and follow_mails[0].to == ["sussex@example.org"]
    run_reminders(soon)
    assert sum("follow-up due" in m.body for m in mailoutbox) == 1  # never the same reminder twice
    publish_response("sussex-police", "1", datetime.date(2022, 1, 5))
    mailoutbox.clear()
    run_reminders(DUE + datetime.timedelta(days=2))
    assert not any("follow-up" in m.body for m in mailoutbox)
