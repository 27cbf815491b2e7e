"""Failed documents: retried or deleted from their page by the inspectorate, with confirmation; the same
failed file uploaded again offers a retry; a document a response came from is never deleted."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from rectrack.ingestion import services
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob
from rectrack.responses.models import Response
from tests.ingestion.helpers import answer, result

pytestmark = pytest.mark.django_db

TEXT = "Recommendation 1. We have stopped sharing data. Recommendation 4. Work continues."
BAD = b"BAD: the fake engine cannot read this"
REASON = "The file is not a document rectrack can read."
RETRY_BUTTON = 'data-module="govuk-button">Retry the extraction</button>'
DELETE_BUTTON = 'data-module="govuk-button">Delete the document</button>'


def url(name, *args):
    return reverse(f"ingestion:{name}", args=args)


@pytest.fixture
def failed(fake_engine, ingest):
    fake_engine(TEXT, [answer("1", 0, 47), answer("4", 48, len(TEXT))])
    document = ingest(BAD, "unreadable.txt")
    assert document.jobs.get().status == "failed"
    return document


@pytest.fixture
def read(fake_engine, ingest):
    fake_engine(TEXT, [answer("1", 0, 47), answer("4", 48, len(TEXT))])
    document = ingest(b"a readable response", "readable.txt")
    assert document.answers.count() == 2
    return document


# --- Uploading the same failed file again ---------------------------------------------------------------

def test_the_same_failed_file_uploaded_again_offers_a_retry(users, client_for, failed):
    client = client_for(users.inspector)
    response = client.post(url("upload"), {"file": SimpleUploadedFile("again.txt", BAD)})
    assert response.status_code == 302 and response["Location"] == url("retry", failed.pk)
    page = client.get(response["Location"]).content.decode()
    assert "uploaded before as “unreadable.txt” and rectrack could not read it" in page
    assert "already uploaded" not in page and "nothing has changed" not in page
    assert "Retry the extraction?" in page and REASON in page and RETRY_BUTTON in page
    assert Document.objects.count() == 1 and ExtractionJob.objects.count() == 1


# --- Retry ----------------------------------------------------------------------------------------------

def test_retry_from_the_document_page_queues_a_new_job_and_keeps_the_failed_one(users, client_for, failed):
    client = client_for(users.inspector)
    page = client.get(url("document", failed.pk)).content.decode()
    assert "rectrack could not read this document" in page and REASON in page
    assert f'href="{url("retry", failed.pk)}"' in page and f'href="{url("delete", failed.pk)}"' in page
    response = client.post(url("retry", failed.pk))
    new = ExtractionJob.objects.order_by("-pk").first()
    assert response.status_code == 302 and response["Location"] == url("job", new.pk)
    assert new.status == "queued" and new.task_id and new.requested_by == users.inspector
    assert list(failed.jobs.order_by("pk").values_list("status", flat=True)) == ["failed", "queued"]
    # A second click changes nothing: only a failed extraction can be retried.
    again = client.post(url("retry", failed.pk), follow=True).content.decode()
    assert ("Only a failed extraction, or one that did not recognise the super-complaint, can be retried: "
            "this document’s is queued.") in again
    assert failed.jobs.count() == 2


def test_a_retried_job_runs_and_can_succeed(users, failed, monkeypatch):
    from rectrack.ingestion import engine

    job = services.retry_extraction(user=users.inspector, document=failed)
    fixed = result("unreadable.txt", [answer("1", 0, 47)])
    monkeypatch.setattr(engine, "extract", lambda data, name: engine.Extracted(result=fixed, text=TEXT))
    assert services.run_extraction(job.pk).status == "done"  # the engine was fixed meanwhile
    assert ExtractedAnswer.objects.filter(job=job).count() == 1
    assert failed.jobs.get(pk__lt=job.pk).status == "failed"


def test_only_a_failed_extraction_is_retried(users, read):
    with pytest.raises(ValidationError, match="this document’s is done"):
        services.retry_extraction(user=users.inspector, document=read)
    assert read.jobs.count() == 1


def test_the_retry_page_for_a_document_that_did_not_fail(users, client_for, read):
    page = client_for(users.inspector).get(url("retry", read.pk)).content.decode()
    assert "There is nothing to retry" in page and RETRY_BUTTON not in page


# --- Delete ---------------------------------------------------------------------------------------------

def test_delete_asks_first_then_removes_the_document_its_jobs_and_file(users, client_for, failed,
                                                                       django_capture_on_commit_callbacks):
    client = client_for(users.inspector)
    storage, name, pk, sha256 = failed.file.storage, failed.file.name, failed.pk, failed.sha256
    page = client.get(url("delete", pk)).content.decode()
    assert "Delete this document?" in page and "its 1 extraction and the 0 answers" in page and DELETE_BUTTON in page
    assert Document.objects.filter(pk=pk).exists() and storage.exists(name)  # asking changed nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("delete", pk))
    assert response.status_code == 302 and response["Location"] == url("list")
    assert not Document.objects.filter(pk=pk).exists() and not ExtractionJob.objects.exists()
    assert not storage.exists(name)
    gone = Document.history.get(id=pk, history_type="-")
    assert (gone.sha256, gone.filename, gone.history_user) == (sha256, "unreadable.txt", users.inspector)
    listing = client.get(url("list")).content.decode()
    assert "“unreadable.txt” was deleted." in listing


def test_unreviewed_answers_go_with_their_document(users, read):
    services.delete_document(user=users.inspector, document=read)
    assert not ExtractedAnswer.objects.exists() and not Document.objects.exists()


def test_a_document_a_response_came_from_is_never_deleted(users, client_for, read):
    first = read.answers.get(recommendation__number="1")
    services.accept_answer(user=users.inspector, answer=first)
    response = Response.objects.get()
    client = client_for(users.inspector)
    page = client.get(url("delete", read.pk)).content.decode()
    assert "This document cannot be deleted" in page and "Responses were made from it" in page
    assert "1 of its answers has been reviewed" in page and DELETE_BUTTON not in page
    client.post(url("delete", read.pk))
    assert Document.objects.filter(pk=read.pk).exists()
    response.refresh_from_db()
    assert response.source_document_id == read.pk and read.answers.count() == 2


def test_a_document_an_old_version_of_a_response_came_from_stays(users, read):
    """The response now says something else, but its history still cites the document."""
    from rectrack.responses import services as response_services

    services.accept_answer(user=users.inspector, answer=read.answers.get(recommendation__number="1"))
    response = Response.objects.get()
    response_services.update_response(user=users.inspector, response=response,
                                      data={"source": "typed", "source_document": None})
    ExtractedAnswer.objects.update(decision="pending")  # only the history now ties them
    with pytest.raises(ValidationError, match="Responses were made from it"):
        services.delete_document(user=users.inspector, document=read)


def test_a_document_being_read_is_not_deleted(users, read):
    services.enqueue_extraction(read)
    with pytest.raises(ValidationError, match="queued or running"):
        services.delete_document(user=users.inspector, document=read)


def test_a_rejected_answer_keeps_its_document(users, read):
    services.reject_answer(user=users.inspector, answer=read.answers.first(), comment="Not a response.")
    assert services.deletion_blockers(read) == [
        "1 of its answers has been reviewed, so it stays as the record of that decision."]


# --- Only the inspectorate ------------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["sussex_editor", "liberty"])
def test_others_can_neither_retry_nor_delete(users, client_for, failed, who):
    client = client_for(getattr(users, who))
    for name in ("retry", "delete"):
        assert client.get(url(name, failed.pk)).status_code == 403
        assert client.post(url(name, failed.pk)).status_code == 403
    page = client.get(url("document", failed.pk)).content.decode()
    assert url("retry", failed.pk) not in page and url("delete", failed.pk) not in page
    user = getattr(users, who)
    with pytest.raises(PermissionDenied):
        services.retry_extraction(user=user, document=failed)
    with pytest.raises(PermissionDenied):
        services.delete_document(user=user, document=failed)
    assert failed.jobs.count() == 1 and Document.objects.filter(pk=failed.pk).exists()


def test_anonymous_users_are_sent_to_sign_in(client_for, failed):
    for name in ("retry", "delete"):
        response = client_for(None).post(url(name, failed.pk))
        assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]
    assert Document.objects.filter(pk=failed.pk).exists()
