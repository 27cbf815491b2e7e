"""Pages: permissions, upload, job status, document, download, review (escaping, order, decisions)."""
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from rectrack.ingestion import services
from rectrack.ingestion.models import Document, ExtractedAnswer, ExtractionJob
from rectrack.responses import services as response_services
from rectrack.responses.models import Response
from tests.ingestion.helpers import answer

pytestmark = pytest.mark.django_db

TEXT = ("Intro <b>bold</b>.\n"
        "Recommendation 1. <script>alert('x')</script> We have stopped sharing. This is complete.\n"
        "Recommendation 4. Work continues.\n")
R1 = (TEXT.index("Recommendation 1"), TEXT.index("Recommendation 4") - 1)
R4 = (TEXT.index("Recommendation 4"), len(TEXT) - 1)


@pytest.fixture
def document(fake_engine, ingest):
    fake_engine(TEXT, [answer("1", *R1, progress="complete", confidence=0.95),
                       answer("4", *R4, progress="in_progress", confidence=0.3, evidence="<i>Work</i> continues.")])
    return ingest(b"a response", "resp.txt")


def url(name, *args):
    return reverse(f"ingestion:{name}", args=args)


def pages(document):
    a = ExtractedAnswer.objects.filter(document=document).first()
    return {
        "list": ("get", url("list")), "upload": ("get", url("upload")),
        "job": ("get", url("job", document.jobs.first().pk)), "review": ("get", url("review", document.pk)),
        "correct": ("get", url("correct", document.pk, a.pk)),
        "accept": ("post", url("accept", document.pk, a.pk)), "reject": ("post", url("reject", document.pk, a.pk)),
    }


@pytest.mark.parametrize("who", ["sussex_editor", "liberty"])
def test_editors_and_designated_bodies_get_403(users, client_for, document, who):
    client = client_for(getattr(users, who))
    for name, (method, path) in pages(document).items():
        assert getattr(client, method)(path).status_code == 403, name
    assert not Response.objects.exists()
    assert ExtractedAnswer.objects.filter(decision="pending").count() == 2


def test_anonymous_users_are_sent_to_sign_in(users, client_for, document):
    client = client_for(None)
    for name, (method, path) in {**pages(document), "document": ("get", url("document", document.pk)),
                                 "download": ("get", url("download", document.pk))}.items():
        response = getattr(client, method)(path)
        assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"], name


def test_the_inspectorate_sees_every_page(users, client_for, document):
    client = client_for(users.inspector)
    for name, (method, path) in pages(document).items():
        if method == "get":
            assert client.get(path).status_code == 200, name


def test_upload_stores_queues_and_refuses_a_duplicate(users, client_for, reference_data):
    client = client_for(users.inspector)
    response = client.post(url("upload"), {"file": SimpleUploadedFile("r.txt", b"Recommendation 1. Done."),
                                           "source_url": "https://example.police.uk/r.txt"})
    job = ExtractionJob.objects.get()
    assert response.status_code == 302 and response["Location"] == url("job", job.pk)
    assert job.status == "queued" and job.document.uploaded_by == users.inspector
    assert job.document.source_url == "https://example.police.uk/r.txt"
    page = client.get(url("job", job.pk)).content.decode()
    assert "Queued" in page and f'href="{url("job", job.pk)}"' in page and "refresh this page" in page
    assert f'data-job-status-url="{url("job_status", job.pk)}"' in page and "job-status.js" in page
    assert "http-equiv" not in page

    again = client.post(
        url("upload"), {"file": SimpleUploadedFile("copy.txt", b"Recommendation 1. Done.")}, follow=True
    )
    assert "already uploaded" in again.content.decode() and "nothing has changed" in again.content.decode()
    assert Document.objects.count() == 1 and ExtractionJob.objects.count() == 1


def test_upload_errors_use_the_govuk_error_summary(users, client_for, reference_data):
    client = client_for(users.inspector)
    empty = client.post(url("upload"), {"file": SimpleUploadedFile("e.txt", b"")})
    assert "govuk-error-summary" in empty.content.decode() and "The selected file is empty." in empty.content.decode()
    missing = client.post(url("upload"), {})
    assert "Select a file." in missing.content.decode()
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=1024 * 1024):
        big = client.post(url("upload"), {"file": SimpleUploadedFile("b.txt", b"x" * (1024 * 1024 + 1))})
    assert "The selected file must be smaller than 1 MB." in big.content.decode()
    assert not Document.objects.exists()


def test_a_failed_job_shows_its_sentence(users, client_for, fake_engine, ingest):
    fake_engine("", [])
    document = ingest(b"BAD file")
    page = client_for(users.inspector).get(url("job", document.jobs.get().pk)).content.decode()
    assert "Failed" in page and "The file is not a document rectrack can read." in page


def test_the_review_page_escapes_the_document_and_highlights_the_span(users, client_for, document):
    page = client_for(users.inspector).get(url("review", document.pk)).content.decode()
    assert "<script>alert" not in page and "<b>bold" not in page and "<i>Work" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    marks = re.findall(r"<mark>(.*?)</mark>", page, re.S)
    assert len(marks) == 2
    assert marks[1].startswith("Recommendation 1. &lt;script&gt;")


def test_low_confidence_answers_are_flagged_and_listed_first(users, client_for, document):
    page = client_for(users.inspector).get(url("review", document.pk)).content.decode()
    first, second = [m.start() for m in re.finditer(r'<section [^>]*id="answer-', page)]
    low_tag = page.index("Low confidence")
    assert first < low_tag < second
    assert page.index("Recommendation 4") < page.index("Recommendation 1: ")
    assert page.count(">Low confidence<") == 1


def test_the_review_page_needs_constant_queries(users, client_for, document, fake_engine, ingest,
                                               django_assert_max_num_queries):
    client = client_for(users.inspector)
    client.get(url("review", document.pk))
    with django_assert_max_num_queries(14):
        client.get(url("review", document.pk))
    many = ingest(b"another", "other.txt")  # same fake engine: two answers ...
    ExtractedAnswer.objects.bulk_create([ExtractedAnswer(
        job=many.jobs.get(), document=many, recommendation=a.recommendation, organisation=a.organisation,
        proposed=a.proposed, confidence=a.confidence, start=a.start, end=a.end) for a in many.answers.all()] * 10)
    with django_assert_max_num_queries(14):  # ... and twenty-two, with the same number of queries
        assert client.get(url("review", many.pk)).status_code == 200


def test_accept_through_the_page(users, client_for, document):
    client = client_for(users.inspector)
    a = ExtractedAnswer.objects.get(recommendation__number="1")
    response = client.post(url("accept", document.pk, a.pk), {"comment": "ok"})
    assert response.status_code == 302 and response["Location"].endswith(f"#answer-{a.pk}")
    created = Response.objects.get()
    assert created.state == "draft" and created.source_document == document
    page = client.get(url("review", document.pk)).content.decode()
    assert "Accepted by inspector" in page and "Recorded as: Complete, accepted." in page


def test_accept_over_a_typed_response_asks_to_confirm_with_the_differences(users, client_for, document):
    a = ExtractedAnswer.objects.get(recommendation__number="1")
    typed = response_services.create_response(
        user=users.inspector, recommendation=a.recommendation, organisation=a.organisation,
        data={"progress": "in_progress", "narrative": "Typed words."})
    client = client_for(users.inspector)
    page = client.post(url("accept", document.pk, a.pk)).content.decode()
    assert "already has a response" in page and "What would change" in page
    assert '<del class="app-diff-del">Typed words.</del>' in page
    assert 'name="replace" value="on"' in page
    typed.refresh_from_db()
    assert typed.narrative == "Typed words."
    client.post(url("accept", document.pk, a.pk), {"replace": "on"})
    typed.refresh_from_db()
    assert typed.progress == "complete" and typed.source == "document"


def test_correct_through_the_page(users, client_for, document):
    client = client_for(users.inspector)
    a = ExtractedAnswer.objects.get(recommendation__number="4")
    form = client.get(url("correct", document.pk, a.pk)).content.decode()
    assert "rectrack read: In progress." in form and "<mark>" in form
    bad = client.post(url("correct", document.pk, a.pk), {"recommendation": a.recommendation_id})
    assert "Select the progress." in bad.content.decode() and "govuk-error-summary" in bad.content.decode()
    response = client.post(url("correct", document.pk, a.pk), {
        "recommendation": a.recommendation_id, "organisation": "sussex-police",
        "progress": "awaiting_national", "position": "accepted"})
    assert response.status_code == 302
    assert Response.objects.get().progress == "awaiting_national"


def test_correct_over_an_existing_response_needs_the_replace_box(users, client_for, document):
    a = ExtractedAnswer.objects.get(recommendation__number="4")
    response_services.create_response(user=users.inspector, recommendation=a.recommendation,
                                      organisation=a.organisation, data={"narrative": "Typed."})
    client = client_for(users.inspector)
    data = {"recommendation": a.recommendation_id, "organisation": "sussex-police",
            "progress": "complete", "position": "accepted"}
    page = client.post(url("correct", document.pk, a.pk), data).content.decode()
    assert "confirm that this one replaces it" in page and "What would change" in page
    assert Response.objects.get().narrative == "Typed."
    assert client.post(url("correct", document.pk, a.pk), {**data, "replace": "on"}).status_code == 302
    assert Response.objects.get().progress == "complete"


def test_reject_through_the_page(users, client_for, document):
    client = client_for(users.inspector)
    a = ExtractedAnswer.objects.get(recommendation__number="1")
    assert client.post(url("reject", document.pk, a.pk), {"comment": "no"}).status_code == 302
    a.refresh_from_db()
    assert a.decision == "rejected" and not Response.objects.exists()


def test_document_page_and_download(users, client_for, document):
    editor = client_for(users.sussex_editor)
    page = editor.get(url("document", document.pk)).content.decode()
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert "Review the answers" not in page  # proposals are the inspectorate's
    response = editor.get(url("download", document.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content) == b"a response"
    inspector_page = client_for(users.inspector).get(url("document", document.pk)).content.decode()
    assert "Review the answers" in inspector_page and "Job " in inspector_page


def test_the_document_list(users, client_for, document, django_assert_max_num_queries):
    client = client_for(users.inspector)
    with django_assert_max_num_queries(9):  # 8, and the navigation's count of your work
        page = client.get(url("list")).content.decode()
    assert "resp.txt" in page and "Done" in page and url("review", document.pk) in page


def test_services_refuse_uploads_from_non_inspectorate(users, reference_data):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.store_document(user=users.sussex_editor, source=b"x", filename="x.txt")


def test_the_admin_lists_ingestion_read_only(users, client_for, document):
    client = client_for(users.inspector)
    for model in ("document", "extractionjob", "extractedanswer"):
        assert client.get(f"/admin/ingestion/{model}/").status_code == 200, model
        assert client.get(f"/admin/ingestion/{model}/add/").status_code == 403, model
    assert client_for(users.sussex_editor).get("/admin/ingestion/document/").status_code == 302


def test_uploads_are_accepted_by_content_and_the_sniffed_type_is_stored(users, client_for, reference_data):
    client = client_for(users.inspector)
    form = client.get(url("upload")).content.decode()
    assert "PDF, DOCX, HTML, Markdown or plain text, smaller than 25 MB" in form
    assert 'accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt,.text"' in form
    exe = SimpleUploadedFile("response.pdf", b"MZ\x90\x00" + b"\x00" * 60, content_type="application/pdf")
    page = client.post(url("upload"), {"file": exe}).content.decode()
    assert "govuk-error-summary" in page and 'href="#id_file"' in page
    assert ("The selected file is a Windows program. The selected file must be a PDF, DOCX, HTML, Markdown or "
            "plain text file.") in page
    html = SimpleUploadedFile("response.docx", b"<!doctype html><html><body><p>Recommendation 1.</p></body></html>",
                              content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    page = client.post(url("upload"), {"file": html}).content.decode()
    assert "ends in .docx but the file is a web page (HTML)" in page
    assert not Document.objects.exists() and not ExtractionJob.objects.exists()

    renamed = SimpleUploadedFile("response.html", html.open().read(), content_type="application/octet-stream")
    assert client.post(url("upload"), {"file": renamed}).status_code == 302
    assert Document.objects.get().content_type == "text/html"  # what the bytes are, not what the browser said


def test_the_document_and_job_pages_need_constant_queries(users, client_for, document,
                                                          django_assert_max_num_queries):
    client = client_for(users.inspector)
    job = document.jobs.get()

    def counted(path):
        with django_assert_max_num_queries(16) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    before = counted(url("document", document.pk)), counted(url("job", job.pk))
    for _ in range(5):  # more jobs (retries) and their answers: the same number of queries
        extra = ExtractionJob.objects.create(document=document, status="done")
        ExtractedAnswer.objects.bulk_create([ExtractedAnswer(job=extra, document=document, proposed={},
                                                             start=0, end=1)] * 3)
    assert (counted(url("document", document.pk)), counted(url("job", job.pk))) == before


def test_each_proposal_shows_why_and_keeps_the_quoted_recommendation_apart(users, client_for, fake_engine, ingest):
    text = ("Recommendation 2: Chief constables should stop sharing data.\n"
            "We accept this recommendation and have stopped sharing <data>.\n")
    quote = (text.index("Chief"), text.index("\n"))
    proposal = {**answer("2", 0, len(text), progress="complete", position="accepted",
                         evidence="We have stopped sharing."),
                "progress_rule": "work reported done", "position_rule": "explicit statement of position",
                "position_evidence": "We accept this recommendation", "quote_start": quote[0], "quote_end": quote[1]}
    fake_engine(text, [proposal])
    document = ingest(b"a letter", "letter.txt")
    page = client_for(users.inspector).get(url("review", document.pk)).content.decode()
    assert "Decided by: work reported done" in page
    assert "Decided by: explicit statement of position" in page and "<q>We accept this recommendation</q>" in page
    assert "<q>Chief constables should stop sharing data.</q>" in page  # shown as quoted, apart from the answer


def test_correct_the_narrative_the_date_and_the_references(users, client_for, fake_engine, ingest):
    text = "Recommendation 1 (HMICFRS ref #17531, our ref SP-22/4).\nWe have stopped sharing data.\n"
    fake_engine(text, [answer("1", 0, len(text), references=("#17531", "SP-22/4"))])
    document = ingest(b"a letter", "letter.txt")
    a = ExtractedAnswer.objects.get(document=document)
    client = client_for(users.inspector)
    form = client.get(url("correct", document.pk, a.pk)).content.decode()
    assert 'value="#17531"' in form and 'value="SP-22/4"' in form  # the references read, pre-filled
    assert "We have stopped sharing data." in form
    bad = client.post(url("correct", document.pk, a.pk), {
        "recommendation": a.recommendation_id, "organisation": "sussex-police", "progress": "complete",
        "position": "accepted", "narrative": "x", "as_of_0": "31", "as_of_1": "2", "as_of_2": "2022"})
    assert "As of must be a real date" in bad.content.decode() and not Response.objects.exists()
    ok = client.post(url("correct", document.pk, a.pk), {
        "recommendation": a.recommendation_id, "organisation": "sussex-police", "progress": "complete",
        "position": "accepted", "narrative": "Data sharing with immigration enforcement stopped in 2021.",
        "as_of_0": "3", "as_of_1": "2", "as_of_2": "2022", "inspectorate_ref": "#17531", "local_ref": "SP-22/5"})
    assert ok.status_code == 302, re.findall(r'<a href="#[^"]*">([^<]*)</a>', ok.content.decode())
    response = Response.objects.get()
    assert response.narrative == "Data sharing with immigration enforcement stopped in 2021."
    assert response.as_of.isoformat() == "2022-02-03"
    assert (response.inspectorate_ref, response.local_ref) == ("#17531", "SP-22/5")


def test_an_accepted_answer_keeps_the_references_it_was_read_with(users, fake_engine, ingest):
    text = "Recommendation 1.\nWe have stopped sharing data.\n"
    fake_engine(text, [answer("1", 0, len(text), references=("#17531", "SP-22/4"))])
    document = ingest(b"another letter", "letter2.txt")
    services.accept_answer(user=users.inspector, answer=ExtractedAnswer.objects.get(document=document))
    response = Response.objects.get()
    assert (response.inspectorate_ref, response.local_ref) == ("#17531", "SP-22/4")
