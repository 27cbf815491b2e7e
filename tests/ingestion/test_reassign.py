"""Moving a document to another super-complaint (ADR 0019): inspectorate reviewers only; refused once an answer
was accepted; its answers awaiting review discarded; read again with the catalogue restricted to the chosen
super-complaint, which every later reading keeps. Also: a document read without recognising its
super-complaint can be retried or deleted, like a failed one."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from rectrack.complaints.models import SuperComplaint
from rectrack.ingestion import engine, services
from rectrack.ingestion.models import ExtractedAnswer, ExtractionJob
from tests.ingestion.helpers import answer, result
from tests.ingestion.test_fetch import allow_local, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db

TEXT = "Recommendation 1. We have stopped sharing data. Recommendation 4. Work continues."
TARGET = "police-perpetrated-domestic-abuse"


def url(name, *args):
    return reverse(f"ingestion:{name}", args=args)


@pytest.fixture
def engine_calls(monkeypatch):
    """A stand-in engine that recognises "Safe to share?" unless told which super-complaint to read against,
    and records what it was told."""
    calls = []

    def extract(data: bytes, filename: str, super_complaint=None):
        calls.append(super_complaint)
        found = super_complaint or ("safe-to-share" if b"safe" in data else None)
        return engine.Extracted(result=result(filename, [answer("1", 0, 47), answer("4", 48, len(TEXT))],
                                              super_complaint=found), text=TEXT)

    monkeypatch.setattr(engine, "extract", extract)
    return calls


def _ingest(data, filename="doc.txt"):
    stored = services.store_document(user=None, source=data, filename=filename)
    services.run_extraction(stored.job.pk)
    stored.document.refresh_from_db()
    return stored.document


@pytest.fixture
def wrong(engine_calls, reference_data):
    """Read as "Safe to share?"; it really answers another super-complaint."""
    return _ingest(b"safe to share, or so the engine thinks")


@pytest.fixture
def unrecognised(engine_calls, reference_data):
    return _ingest(b"no idea which report this is")


@pytest.fixture
def target():
    return SuperComplaint.objects.get(slug=TARGET)


def test_moving_records_the_choice_discards_pending_answers_and_reads_again(users, wrong, target, engine_calls):
    assert wrong.super_complaint_id == "safe-to-share" and wrong.answers.count() == 2
    job = services.reassign_document(user=users.inspector, document=wrong, super_complaint=target)
    wrong.refresh_from_db()
    assert job.status == ExtractionJob.Status.QUEUED and job.requested_by == users.inspector
    assert (wrong.super_complaint_id, wrong.super_complaint_chosen_by) == (TARGET, users.inspector)
    assert wrong.super_complaint_chosen_at is not None and not wrong.answers.exists()
    assert wrong.history.first().history_change_reason == f"Moved to the super-complaint {TARGET}"
    services.run_extraction(job.pk)
    wrong.refresh_from_db()
    assert engine_calls[-1] == TARGET  # the engine read it against the chosen super-complaint only
    assert wrong.super_complaint_id == TARGET
    numbers = {(a.recommendation.super_complaint_id, a.recommendation.number) for a in wrong.answers.all()
               if a.recommendation}
    assert numbers and {sc for sc, _ in numbers} == {TARGET}


def test_the_choice_outlasts_a_reading_that_says_otherwise(users, unrecognised, target, monkeypatch):
    """Whatever a later reading reports, a person's choice stands."""
    job = services.reassign_document(user=users.inspector, document=unrecognised, super_complaint=target)
    monkeypatch.setattr(engine, "extract", lambda data, filename, super_complaint=None: engine.Extracted(
        result=result(filename, [], super_complaint=None), text=TEXT))
    services.run_extraction(job.pk)
    unrecognised.refresh_from_db()
    assert unrecognised.super_complaint_id == TARGET


def test_the_engines_catalogue_can_be_restricted_to_one_super_complaint(reference_data):
    restricted = engine.catalogue(only=TARGET).super_complaints
    assert [c.slug for c in restricted] == [TARGET] and restricted[0].recommendations
    assert len(engine.catalogue().super_complaints) == SuperComplaint.objects.count() > 1


@pytest.mark.parametrize("who", ["sussex_editor", "liberty"])
def test_only_the_inspectorate_moves_a_document(users, wrong, target, who):
    with pytest.raises(PermissionDenied):
        services.reassign_document(user=getattr(users, who), document=wrong, super_complaint=target)
    wrong.refresh_from_db()
    assert wrong.super_complaint_id == "safe-to-share" and wrong.answers.count() == 2 and wrong.jobs.count() == 1


def test_an_accepted_answer_refuses_the_move_and_changes_nothing(users, wrong, target):
    services.accept_answer(user=users.inspector, answer=wrong.answers.get(recommendation__number="1"))
    with pytest.raises(ValidationError, match="1 of its answers was accepted"):
        services.reassign_document(user=users.inspector, document=wrong, super_complaint=target)
    wrong.refresh_from_db()
    assert wrong.super_complaint_id == "safe-to-share" and wrong.super_complaint_chosen_at is None
    assert wrong.answers.filter(decision=ExtractedAnswer.Decision.PENDING).count() == 1 and wrong.jobs.count() == 1


def test_refused_while_being_read_without_a_choice_or_to_where_it_already_is(users, wrong, target):
    with pytest.raises(ValidationError, match="Choose the super-complaint"):
        services.reassign_document(user=users.inspector, document=wrong, super_complaint=None)
    job = services.reassign_document(user=users.inspector, document=wrong, super_complaint=target)
    with pytest.raises(ValidationError, match="queued or running"):
        services.reassign_document(user=users.inspector, document=wrong, super_complaint=target)
    services.run_extraction(job.pk)
    with pytest.raises(ValidationError, match="already assigned"):
        services.reassign_document(user=users.inspector, document=wrong, super_complaint=target)
    assert wrong.jobs.count() == 2


def test_a_new_version_fetched_from_its_address_keeps_the_choice(users, engine_calls, target, server, allow_local):
    from rectrack.ingestion import sources

    server.routes["/reply.txt"] = (200, {}, b"the first version, safe to share")
    document = sources.store_from_address(user=None, url=server.url("/reply.txt")).document
    services.run_extraction(document.jobs.get().pk)
    services.run_extraction(services.reassign_document(user=users.inspector, document=document,
                                                       super_complaint=target).pk)
    server.routes["/reply.txt"] = (200, {}, b"the second version, safe to share")
    new = sources.refetch_document(user=None, document=document).new
    services.run_extraction(new.jobs.get().pk)
    new.refresh_from_db()
    assert new.previous_id == document.pk and engine_calls[-1] == TARGET
    assert (new.super_complaint_id, new.super_complaint_chosen_by) == (TARGET, users.inspector)


# --- Pages ----------------------------------------------------------------------------------------------

def test_the_document_page_offers_the_move_to_reviewers_only(users, client_for, wrong):
    page = client_for(users.inspector).get(url("document", wrong.pk)).content.decode()
    assert f'action="{url("reassign", wrong.pk)}"' in page and "Move it to another super-complaint" in page
    assert '<select name="super_complaint"' in page and "Safe to share? Report on Liberty" in page
    assert "Choose a super-complaint</option>" in page
    assert "Move it to another" not in client_for(users.sussex_editor).get(url("document", wrong.pk)).content.decode()
    assert client_for(users.sussex_editor).get(url("reassign", wrong.pk)).status_code == 403


def test_choose_confirm_then_follow_the_job(users, client_for, wrong, target):
    client = client_for(users.inspector)
    page = client.get(url("reassign", wrong.pk)).content.decode()
    assert 'type="radio"' in page and target.title.replace("'", "&#x27;") in page
    empty = client.get(url("reassign", wrong.pk), {"super_complaint": ""})  # the select's "Choose ..." option
    assert empty.status_code == 400 and "Choose the super-complaint this document answers." in empty.content.decode()
    bad = client.get(url("reassign", wrong.pk), {"super_complaint": "no-such-thing"})
    assert bad.status_code == 400 and "govuk-error-summary" in bad.content.decode()
    assert "Choose one of the super-complaints listed." in bad.content.decode()
    confirm = client.get(url("reassign", wrong.pk), {"super_complaint": TARGET}).content.decode()
    assert "Move and read again" in confirm and "2 answers awaiting review are discarded" in confirm
    assert wrong.answers.count() == 2  # nothing changes before the POST
    response = client.post(url("reassign", wrong.pk), {"super_complaint": TARGET})
    job = wrong.jobs.order_by("-pk").first()
    assert response.status_code == 302 and response["Location"] == url("job", job.pk)
    job_page = client.get(response["Location"]).content.decode()
    assert "chosen by the inspectorate" in job_page and "Queued" in job_page


def test_the_post_needs_the_csrf_token_and_shows_the_services_refusal(users, wrong, client_for):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users.inspector)
    assert strict.post(url("reassign", wrong.pk), {"super_complaint": TARGET}).status_code == 403
    services.accept_answer(user=users.inspector, answer=wrong.answers.first())
    response = client_for(users.inspector).post(url("reassign", wrong.pk), {"super_complaint": TARGET})
    assert response.status_code == 400 and "was accepted and made into responses" in response.content.decode()
    assert client_for(users.inspector).post(url("reassign", wrong.pk), {}).status_code == 400
    wrong.refresh_from_db()
    assert wrong.super_complaint_id == "safe-to-share" and wrong.jobs.count() == 1


# --- Unrecognised documents: retry, move or delete -------------------------------------------------------

def test_an_unrecognised_document_offers_retry_move_and_delete(users, client_for, unrecognised):
    page = client_for(users.inspector).get(url("document", unrecognised.pk)).content.decode()
    assert "could not tell which super-complaint it answers" in page
    for link in (url("retry", unrecognised.pk), url("reassign", unrecognised.pk), url("delete", unrecognised.pk)):
        assert f'href="{link}"' in page, link
    job_page = client_for(users.inspector).get(url("job", unrecognised.jobs.get().pk)).content.decode()
    assert f'href="{url("reassign", unrecognised.pk)}"' in job_page


def test_retrying_an_unrecognised_document_reads_it_afresh(users, client_for, unrecognised):
    client = client_for(users.inspector)
    assert "Read it again" in client.get(url("retry", unrecognised.pk)).content.decode()
    response = client.post(url("retry", unrecognised.pk))
    assert response.status_code == 302 and unrecognised.jobs.count() == 2
    assert not unrecognised.answers.exists()  # proposed afresh by the new reading


def test_a_recognised_document_is_not_retried(users, wrong):
    with pytest.raises(ValidationError, match="this document’s is done"):
        services.retry_extraction(user=users.inspector, document=wrong)
