"""The source document of a published answer is public: its original address and the stored copy, as an
attachment, for published answers extracted from a document only (and not once their text was redacted)."""
import pytest
from django.urls import reverse

from rectrack.complaints.models import Recommendation
from rectrack.core.vocabulary import WorkflowState
from rectrack.ingestion.services import store_document
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.support import record

pytestmark = pytest.mark.django_db
CONTENT = b"Sussex Police response to recommendation 1.\nWe have stopped sharing data.\n"


@pytest.fixture
def document(reference_data):
    return store_document(user=None, source=CONTENT, filename="sussex-response.txt",
                          source_url="https://www.sussex.police.uk/response", enqueue=False).document


def extracted(users, document, org_id="sussex-police", number="1", state=WorkflowState.PUBLISHED) -> Response:
    rec = Recommendation.objects.get(super_complaint_id="safe-to-share", number=number)
    response = services.create_response(
        user=users.inspector, recommendation=rec, organisation=Organisation.objects.get(pk=org_id),
        source=Response.Source.DOCUMENT,
        data={"position": "accepted", "progress": "complete", "narrative": "We have stopped sharing data.",
              "source_document": document, "source_start": 0, "source_end": 40,
              "source_label": "Recommendation 1 section"})
    return record.set_state(response, state)


def download(client, response):
    return client.get(reverse("publishing:source_document", args=[response.pk]))


def test_the_stored_copy_of_a_published_answer_is_an_attachment(client, users, document):
    response = extracted(users, document)
    answer = download(client, response)
    assert answer.status_code == 200
    assert answer["Content-Disposition"].startswith("attachment;")
    assert 'filename="sussex-response.txt"' in answer["Content-Disposition"]
    assert answer["Content-Type"] == "application/octet-stream"
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Content-Security-Policy"] == "sandbox"
    assert b"".join(answer.streaming_content) == CONTENT


def test_the_record_links_the_original_address_and_the_stored_copy(client, users, document):
    response = extracted(users, document)
    html = client.get(reverse("publishing:record", args=["safe-to-share", "sussex-police"])).content.decode()
    assert 'href="https://www.sussex.police.uk/response"' in html
    assert reverse("publishing:source_document", args=[response.pk]) in html
    assert "Recommendation 1 section" in html


def test_not_for_drafts_withdrawn_or_typed_answers(client, users, document, respond):
    draft = extracted(users, document, state=WorkflowState.DRAFT)
    assert download(client, draft).status_code == 404
    record.publish(draft)
    record.set_state(draft, WorkflowState.WITHDRAWN)
    assert download(client, draft).status_code == 404
    typed = respond("northumbria-police", 1)
    assert download(client, typed).status_code == 404


def test_a_script_address_is_never_a_link(client, users, document):
    type(document).objects.filter(pk=document.pk).update(source_url="javascript:alert(1)")
    extracted(users, document)
    html = client.get(reverse("publishing:record", args=["safe-to-share", "sussex-police"])).content.decode()
    assert "javascript:" not in html


def test_a_redacted_answer_keeps_its_stored_copy_private(client, users, document):
    response = extracted(users, document)
    version = Response.objects.get(pk=response.pk).published_version
    services.redact(user=users.inspector, version=version, fields=["narrative"], reason="Personal data")
    assert download(client, response).status_code == 404


def test_the_document_is_the_one_published_not_a_revision_in_progress(client, users, document, reference_data):
    response = extracted(users, document)
    other = store_document(user=None, source=b"A later document, not yet reviewed.\n", filename="later.txt",
                           enqueue=False).document
    services.update_response(user=users.inspector, response=Response.objects.get(pk=response.pk),
                             data={"source_document": other, "narrative": "Revised."})
    assert Response.objects.get(pk=response.pk).source_document_id == other.pk
    answer = download(client, response)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == CONTENT
