"""Notifications: the right people, after the commit, as they chose, logged, and never a draft to an outsider."""
import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse

from rectrack.responses import services as responses
from rectrack.work import notifications, periodic
from rectrack.work.models import Frequency, Notification
from rectrack.workflow import services as workflow
from tests.responses.factories import make_response, org
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def emails(users):
    """Everyone in the standard cast has an address."""
    for name in ("inspector", "sussex_editor", "northumbria_editor", "liberty"):
        user = getattr(users, name)
        user.email = f"{user.username}@example.org"
        user.save()
    return users


def sent_to(address):
    return [m for m in mail.outbox if address in m.to]


def test_a_submission_tells_the_inspectorate_after_the_commit(emails, django_capture_on_commit_callbacks):
    draft = make_response(emails.sussex_editor, "1", "sussex-police", published=False,
                          narrative="DRAFT-SECRET plan")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        workflow.transition(emails.sussex_editor, draft, "submitted")
    assert not mail.outbox  # nothing is emailed before the transaction commits
    for callback in callbacks:
        callback()
    [message] = sent_to("inspector@example.org")
    assert "Submitted: Sussex Police" in message.subject
    assert "DRAFT-SECRET" not in message.body  # what happened and a link, never the text
    # Nobody else hears of a draft's submission; the submitter is not told of their own action.
    assert not sent_to("liberty-user@example.org") and not sent_to("sussex-editor@example.org")
    assert not sent_to("northumbria-editor@example.org")
    assert Notification.objects.get(email="inspector@example.org").sent_at is not None


def test_a_rolled_back_change_tells_nobody(emails, django_capture_on_commit_callbacks):
    draft = make_response(emails.sussex_editor, "1", "sussex-police", published=False)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            workflow.transition(emails.sussex_editor, draft, "submitted")
            raise RuntimeError("something later in the same transaction fails")
    assert not mail.outbox and not Notification.objects.exists()


def test_return_publish_and_assessment_tell_the_organisations_editors(emails, django_capture_on_commit_callbacks):
    response = make_response(emails.sussex_editor, "1", "sussex-police", published=False)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(emails.sussex_editor, response, "submitted")
        workflow.transition(emails.inspector, response, "returned", comment="Name the owner, please.")
    [returned] = sent_to("sussex-editor@example.org")
    assert returned.subject.startswith("Returned:") and "Name the owner, please." in returned.body
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(emails.sussex_editor, response, "submitted")
        workflow.transition(emails.inspector, response, "published")
    responses.add_evidence_link(user=emails.sussex_editor, response=response, url="https://example.org/p",
                                title="Plan")
    with django_capture_on_commit_callbacks(execute=True):
        responses.set_assessment(user=emails.inspector, response=response, status="evidence_accepted")
    subjects = [m.subject for m in sent_to("sussex-editor@example.org")]
    assert any(s.startswith("Published:") for s in subjects)
    assert any(s.startswith("Assessed:") for s in subjects)
    # Northumbria's editors hear nothing of Sussex's response.
    assert not sent_to("northumbria-editor@example.org")


def test_a_joint_request_tells_the_asked_bodys_editors(emails, django_capture_on_commit_callbacks):
    pcc = make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")
    response = make_response(pcc, "5", "sussex-pcc", published=False)
    with django_capture_on_commit_callbacks(execute=True):
        link = responses.request_joint(user=pcc, response=response, organisation=org("sussex-police"))
    [message] = sent_to("sussex-editor@example.org")
    assert "Joint answer requested" in message.subject
    assert reverse("responses:joint_decision", args=[link.pk]) in message.body


def test_off_means_no_email_and_daily_means_one_digest(emails, django_capture_on_commit_callbacks):
    notifications.set_frequency(user=emails.inspector, frequency=Frequency.DAILY)
    for number in ("1", "4"):
        draft = make_response(emails.sussex_editor, number, "sussex-police", published=False)
        with django_capture_on_commit_callbacks(execute=True):
            workflow.transition(emails.sussex_editor, draft, "submitted")
    assert not sent_to("inspector@example.org")
    assert Notification.objects.filter(email="inspector@example.org", digest=True, sent_at__isnull=True).count() == 2
    assert periodic.daily_digest() == 1
    [digest] = sent_to("inspector@example.org")
    assert "2 updates" in digest.subject and "recommendation 1" in digest.body and "recommendation 4" in digest.body
    assert periodic.daily_digest() == 0  # never twice

    notifications.set_frequency(user=emails.inspector, frequency=Frequency.OFF)
    draft = make_response(emails.sussex_editor, "5", "sussex-police", published=False)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(emails.sussex_editor, draft, "submitted")
    assert len(sent_to("inspector@example.org")) == 1
    assert not Notification.objects.filter(email="inspector@example.org", response=draft).exists()


def test_deadline_reminders_run_on_the_schedule_and_respect_off(emails):
    make_user("kent-editor", "org_editor", "kent-police").__class__.objects.filter(
        username="kent-editor").update(email="kent@example.org")
    notifications.set_frequency(user=emails.sussex_editor, frequency=Frequency.OFF)
    summary = periodic.deadline_reminders()
    assert summary["sent"] > 0
    assert sent_to("kent@example.org") and not sent_to("sussex-editor@example.org")
    assert periodic.deadline_reminders()["sent"] == 0  # the log stops a second sending


def test_the_jobs_are_registered_with_the_scheduler():
    from rectrack.core import scheduler

    scheduler.autodiscover()
    names = {job.name for job in scheduler.jobs()}
    assert {"work.deadline_reminders", "work.daily_digest"} <= names


def test_the_preference_page(emails, client_for):
    client = client_for(emails.liberty)
    page = client.get(reverse("work:notifications")).content.decode()
    assert 'value="each"' in page and "checked" in page
    bad = client.post(reverse("work:notifications"), {"frequency": "hourly"})
    assert bad.status_code == 400 and "govuk-error-summary" in bad.content.decode()
    assert notifications.frequency_of(emails.liberty) == Frequency.EACH
    assert client.post(reverse("work:notifications"), {"frequency": "daily"}).status_code == 302
    assert notifications.frequency_of(emails.liberty) == Frequency.DAILY
    assert reverse("work:notifications") in client.get(reverse("accounts:account")).content.decode()


def test_the_preference_page_needs_signing_in(client_for, db):
    assert client_for(None).get(reverse("work:notifications")).status_code == 302


def test_the_inspectorate_reads_the_log_in_the_admin(emails, client_for, django_capture_on_commit_callbacks):
    draft = make_response(emails.sussex_editor, "1", "sussex-police", published=False)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(emails.sussex_editor, draft, "submitted")
    emails.inspector.is_staff = True
    emails.inspector.save()
    page = client_for(emails.inspector).get(reverse("admin:work_notification_changelist")).content.decode()
    assert "inspector@example.org" in page and "Submitted: Sussex Police" in page
