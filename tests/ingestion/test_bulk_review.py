"""Review at the speed of reading: accept every confident answer at once, reject with a reason, undo."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rectrack.ingestion import bulk_review
from rectrack.ingestion.models import ExtractedAnswer
from rectrack.responses.models import Response
from tests.ingestion.helpers import answer

pytestmark = pytest.mark.django_db

TEXT = ("Recommendation 1. We have stopped sharing. This is complete.\n"
        "Recommendation 4. Work continues with partners.\n"
        "Recommendation 5. We are promoting confidence.\n"
        "Recommendation 8. An update will follow.\n")


def span(number):
    start = TEXT.index(f"Recommendation {number}.")
    return start, TEXT.index("\n", start)


@pytest.fixture
def document(fake_engine, ingest):
    fake_engine(TEXT, [answer("1", *span(1), progress="complete", confidence=0.97),
                       answer("4", *span(4), progress="in_progress", confidence=0.91),
                       answer("5", *span(5), progress="in_progress", confidence=0.6),
                       answer("8", *span(8), progress="not_started", confidence=bulk_review.BULK_ACCEPT_CONFIDENCE)])
    return ingest(b"a response", "resp.txt")


def decisions(document):
    return dict(ExtractedAnswer.objects.filter(document=document)
                .values_list("recommendation__number", "decision"))


def test_one_post_accepts_every_confident_answer_as_drafts(users, client_for, document):
    client = client_for(users.inspector)
    review = client.get(reverse("ingestion:review", args=[document.pk])).content.decode()
    assert "Accept all 3 high-confidence answers" in review
    response = client.post(reverse("ingestion:accept_confident", args=[document.pk]))
    assert response.status_code == 302
    assert decisions(document) == {"1": "accepted", "4": "accepted", "5": "pending", "8": "accepted"}
    drafts = Response.objects.filter(organisation_id="sussex-police")
    assert sorted(drafts.values_list("recommendation__number", flat=True)) == ["1", "4", "8"]
    assert set(drafts.values_list("state", flat=True)) == {"draft"}
    # Nothing confident is left: the button goes, and a second post changes nothing.
    assert "high-confidence answer" not in client.get(reverse("ingestion:review", args=[document.pk])).content.decode()
    client.post(reverse("ingestion:accept_confident", args=[document.pk]))
    assert drafts.count() == 3


def test_an_answer_that_would_replace_a_response_is_left_for_a_person(users, document):
    from tests.responses.factories import make_response

    existing = make_response(users.inspector, "4", "sussex-police", published=False, narrative="Typed by hand.")
    result = bulk_review.accept_confident(user=users.inspector, document=document)
    assert [a.recommendation.number for a in result.accepted] == ["1", "8"]
    assert [(a.recommendation.number, "already exists" in why) for a, why in result.skipped] == [("4", True)]
    existing.refresh_from_db()
    assert existing.narrative == "Typed by hand."
    assert decisions(document)["4"] == "pending"


def test_only_reviewers_accept_in_bulk(users, client_for, document):
    assert client_for(users.sussex_editor).post(
        reverse("ingestion:accept_confident", args=[document.pk])).status_code == 403
    with pytest.raises(PermissionDenied):
        bulk_review.accept_confident(user=users.sussex_editor, document=document)
    assert not Response.objects.exists()


def test_rejecting_needs_a_reason_and_can_be_undone(users, client_for, document):
    client = client_for(users.inspector)
    a = ExtractedAnswer.objects.get(document=document, recommendation__number="5")
    client.post(reverse("ingestion:reject", args=[document.pk, a.pk]), {"comment": "  "})
    a.refresh_from_db()
    assert a.decision == "pending"  # refused: no reason
    with pytest.raises(ValidationError):
        bulk_review.reject_with_reason(user=users.inspector, answer=a, reason="")

    client.post(reverse("ingestion:reject", args=[document.pk, a.pk]), {"comment": "This is the overview list."})
    a.refresh_from_db()
    assert a.decision == "rejected" and a.review_comment == "This is the overview list."
    page = client.get(reverse("ingestion:review", args=[document.pk])).content.decode()
    assert "Undo the rejection" in page

    assert client.post(reverse("ingestion:undo_rejection", args=[document.pk, a.pk])).status_code == 302
    a.refresh_from_db()
    assert a.decision == "pending" and a.decided_by is None and a.review_comment == ""
    assert not Response.objects.exists()


def test_only_a_rejection_can_be_undone(users, document):
    a = ExtractedAnswer.objects.get(document=document, recommendation__number="1")
    with pytest.raises(ValidationError):
        bulk_review.undo_rejection(user=users.inspector, answer=a)
    with pytest.raises(PermissionDenied):
        bulk_review.undo_rejection(user=users.sussex_editor, answer=a)
