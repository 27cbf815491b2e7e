"""Review decisions: accept, correct, reject; never overwrite a response without confirmation."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rectrack.complaints.models import Recommendation
from rectrack.ingestion import services
from rectrack.ingestion.models import ExtractedAnswer
from rectrack.organisations.models import Organisation
from rectrack.responses import services as response_services
from rectrack.responses.models import Response
from tests.ingestion.helpers import answer

pytestmark = pytest.mark.django_db

TEXT = ("Sussex Police response.\n"
        "Recommendation 1. To chief constables.\nWe stopped sharing data. This is complete.\n"
        "Recommendation 4. To chief constables.\nWork is in progress with partners.\n")
R1 = (TEXT.index("Recommendation 1"), TEXT.index("Recommendation 4") - 1)
R4 = (TEXT.index("Recommendation 4"), len(TEXT) - 1)


@pytest.fixture
def document(fake_engine, ingest):
    fake_engine(TEXT, [answer("1", *R1, progress="complete", position="accepted", confidence=0.93),
                       answer("4", *R4, progress="in_progress", position="not_stated", confidence=0.4)])
    return ingest(b"sussex response", "sussex.txt")


def get_answer(number: str) -> ExtractedAnswer:
    return ExtractedAnswer.objects.get(recommendation__number=number)


def test_accept_creates_a_draft_response_with_provenance(users, document):
    a = get_answer("1")
    services.accept_answer(user=users.inspector, answer=a, comment="Reads right.")
    response = Response.objects.get()
    assert response.recommendation.number == "1" and response.organisation_id == "sussex-police"
    assert response.state == "draft" and response.source == "document"
    assert (response.progress, response.position) == ("complete", "accepted")
    assert response.source_document == document
    assert (response.source_start, response.source_end) == R1
    assert response.source_label == "Recommendation 1"
    assert response.narrative == TEXT[R1[0]:R1[1]].strip()
    assert response.as_of.isoformat() == "2022-01-14"
    a.refresh_from_db()
    assert a.decision == "accepted" and a.decided_by == users.inspector and a.decided_at
    assert a.decided["progress"] == "complete" and a.response == response
    assert a.review_comment == "Reads right."
    assert response.history.first().history_user == users.inspector


def test_correct_records_the_reviewers_values_and_keeps_the_proposal(users, document):
    a = get_answer("4")
    proposed = dict(a.proposed)
    rec5 = Recommendation.objects.get(super_complaint="safe-to-share", number="5")
    pcc = Organisation.objects.get(pk="sussex-pcc")
    services.correct_answer(user=users.inspector, answer=a, recommendation=rec5, organisation=pcc,
                            progress="awaiting_national", position="partially_accepted", comment="Misread")
    response = Response.objects.get()
    assert (response.recommendation, response.organisation) == (rec5, pcc)
    assert (response.progress, response.position) == ("awaiting_national", "partially_accepted")
    a.refresh_from_db()
    assert a.proposed == proposed  # what the machine said stays as it said it
    assert a.recommendation.number == "4" and a.organisation_id == "sussex-police"
    assert a.decision == "corrected"
    assert a.decided == {"recommendation": "5", "organisation": "sussex-pcc", "progress": "awaiting_national",
                         "position": "partially_accepted", "response": response.pk, "replaced_existing": False}


def test_correct_refuses_an_organisation_that_does_not_owe_the_recommendation(users, document):
    rec2 = Recommendation.objects.get(super_complaint="safe-to-share", number="2")
    with pytest.raises(ValidationError, match="does not owe"):
        services.correct_answer(user=users.inspector, answer=get_answer("1"), recommendation=rec2,
                                organisation=Organisation.objects.get(pk="sussex-police"),
                                progress="complete", position="accepted")
    assert not Response.objects.exists()
    assert get_answer("1").decision == "pending"


def test_reject_writes_nothing_to_the_tracker(users, document):
    a = get_answer("1")
    services.reject_answer(user=users.inspector, answer=a, comment="Not a response")
    a.refresh_from_db()
    assert a.decision == "rejected" and a.review_comment == "Not a response" and a.decided is None
    assert not Response.objects.exists()


def test_an_answer_is_decided_once(users, document):
    a = get_answer("1")
    services.reject_answer(user=users.inspector, answer=a)
    with pytest.raises(ValidationError, match="already been reviewed"):
        services.accept_answer(user=users.inspector, answer=a)
    assert not Response.objects.exists()


def typed_response(users, number="1", state=None):
    response = response_services.create_response(
        user=users.inspector, recommendation=Recommendation.objects.get(super_complaint="safe-to-share", number=number),
        organisation=Organisation.objects.get(pk="sussex-police"),
        data={"progress": "in_progress", "position": "accepted", "narrative": "Typed by Sussex."},
    )
    if state:
        Response.objects.filter(pk=response.pk).update(state=state)
    return response


def test_an_existing_typed_response_is_not_overwritten_without_confirmation(users, document):
    typed = typed_response(users)
    a = get_answer("1")
    with pytest.raises(services.ReplaceConfirmationRequired) as info:
        services.accept_answer(user=users.inspector, answer=a)
    changes = {c.name: c for c in info.value.changes}
    assert changes["progress"].changed and changes["progress"].current == "In progress"
    assert changes["progress"].proposed == "Complete"
    assert ("del", "Typed by Sussex.") in changes["narrative"].parts
    typed.refresh_from_db()
    assert typed.narrative == "Typed by Sussex." and typed.source == "typed" and typed.progress == "in_progress"
    assert get_answer("1").decision == "pending"

    services.accept_answer(user=users.inspector, answer=a, replace=True)
    typed.refresh_from_db()
    assert typed.progress == "complete" and typed.source == "document" and typed.source_document == document
    assert typed.narrative == TEXT[R1[0]:R1[1]].strip() and typed.state == "draft"
    assert Response.objects.count() == 1
    a.refresh_from_db()
    assert a.decided["replaced_existing"] is True
    # The history keeps the typed version.
    assert typed.history.filter(narrative="Typed by Sussex.").exists()


def test_a_published_response_is_never_replaced_from_a_document(users, document):
    typed_response(users, state="published")
    with pytest.raises(ValidationError, match="return it to draft"):
        services.accept_answer(user=users.inspector, answer=get_answer("1"), replace=True)
    assert Response.objects.get().narrative == "Typed by Sussex."


@pytest.mark.parametrize("who", ["sussex_editor", "liberty"])
def test_only_the_inspectorate_decides(users, document, who):
    a = get_answer("1")
    for decide in (services.accept_answer, services.reject_answer):
        with pytest.raises(PermissionDenied):
            decide(user=getattr(users, who), answer=a)
    assert get_answer("1").decision == "pending"
    assert not Response.objects.exists()


def test_unrecognised_answers_must_be_corrected_not_accepted(users, fake_engine, ingest):
    fake_engine("Recommendation 2. The Home Office said.", [answer("2", 0, 39)])
    ingest(b"x")
    with pytest.raises(ValidationError, match="correct this answer"):
        services.accept_answer(user=users.inspector, answer=ExtractedAnswer.objects.get())


@pytest.mark.parametrize("given, first_day, shown", [("2022-01", "2022-01-01", "January 2022"),
                                                     ("2021", "2021-01-01", "2021")])
def test_a_month_or_year_dated_document_dates_its_answers_never_by_the_upload(users, fake_engine, ingest, client_for,
                                                                              given, first_day, shown):
    fake_engine(TEXT, [answer("1", *R1, progress="complete")], document_date=given)
    ingest(b"a letter dated only by its month or year", "letter.txt")
    services.accept_answer(user=users.inspector, answer=get_answer("1"))
    response = Response.objects.get()
    assert response.as_of.isoformat() == first_day  # its first day, not the day it was uploaded
    html = client_for(users.inspector).get(f"/responses/{response.pk}/").content.decode()
    assert f"{shown} (the date of the document)" in html


def test_the_reviewer_adds_an_answer_the_engine_missed_with_its_span(users, document, client_for):
    add = f"/documents/{document.pk}/review/add/"
    client = client_for(users.inspector)
    rec4 = Recommendation.objects.get(super_complaint="safe-to-share", number="4")
    data = {"passage": "Work is in progress   with\npartners.", "recommendation": rec4.pk,
            "organisation": "sussex-police", "progress": "in_progress", "position": "accepted"}
    missing = client.post(add, {**data, "passage": "Words the letter never says."}).content.decode()
    assert "That passage is not in the document" in missing and "govuk-error-summary" in missing
    assert ExtractedAnswer.objects.filter(document=document).count() == 2  # nothing added
    assert client.post(add, data).status_code == 302
    added = ExtractedAnswer.objects.filter(document=document).order_by("-pk").first()
    assert TEXT[added.start:added.end] == "Work is in progress with partners."  # found despite the spacing
    assert added.decision == "pending" and added.proposed["added_by_reviewer"]
    services.accept_answer(user=users.inspector, answer=added)
    assert Response.objects.get(recommendation=rec4, organisation_id="sussex-police").progress == "in_progress"
    assert client_for(users.sussex_editor).get(add).status_code == 403


def test_a_document_date_reads_in_words_on_the_review_page(users, client_for, fake_engine, ingest):
    fake_engine(TEXT, [answer("1", *R1)], document_date="2022-01")
    document = ingest(b"a January letter", "jan.txt")
    page = client_for(users.inspector).get(f"/documents/{document.pk}/review/").content.decode()
    assert "Dated January 2022." in page
