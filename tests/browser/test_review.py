"""The review page in a real browser: an inspector sees the highlighted span, accepts an answer, and the
page has no WCAG 2.2 A/AA violations (axe), before and after the decision."""
import io
from pathlib import Path

from django.core.management import call_command

from rectrack.ingestion.models import Document, ExtractedAnswer
from rectrack.responses.models import Response

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "rectrack" / "sample_corpus" / "northumbria.txt"


def test_an_inspector_reviews_an_ingested_sample(live_url, signed_in_page, page_errors, assert_no_axe_violations):
    call_command("ingest", str(SAMPLE), stdout=io.StringIO(), stderr=io.StringIO())
    document = Document.objects.get()
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/documents/{document.pk}/review/")
    assert page.get_by_role("heading", level=1).inner_text() == "Review the extracted answers"

    marks = page.locator(".app-source-text mark")
    assert marks.count() == ExtractedAnswer.objects.filter(document=document).count() > 0
    first = ExtractedAnswer.objects.get(document=document, recommendation__number="6")
    mark = page.locator(f"#answer-{first.pk} mark")
    assert mark.is_visible()
    assert mark.inner_text().strip() == document.text[first.start:first.end].strip()
    assert_no_axe_violations(page)

    page.locator(f"#answer-{first.pk}").get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    assert "accepted as a draft response" in page.locator(".govuk-notification-banner").inner_text()
    response = Response.objects.get()
    assert (response.organisation_id, response.state, response.source) == ("northumbria-pcc", "draft", "document")
    assert page.locator(f"#answer-{first.pk}").get_by_text("Accepted by").is_visible()
    assert_no_axe_violations(page)
    assert page_errors == []


def test_the_correct_form_and_the_other_pages_are_accessible(live_url, signed_in_page, page_errors,
                                                            assert_no_axe_violations):
    call_command("ingest", str(SAMPLE), stdout=io.StringIO(), stderr=io.StringIO())
    answer = ExtractedAnswer.objects.filter(recommendation__number="1").first()
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/documents/{answer.document_id}/review/{answer.pk}/correct/")
    assert_no_axe_violations(page)
    page.get_by_label("Recommendation", exact=True).select_option("")
    page.get_by_role("button", name="Save as a draft response").click()
    page.wait_for_load_state()
    assert "Select the recommendation." in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Recommendation", exact=True).select_option(label="Recommendation 4")
    page.get_by_label("Awaiting national action").check()
    page.get_by_role("button", name="Save as a draft response").click()
    page.wait_for_load_state()
    response = Response.objects.get()
    assert (response.recommendation.number, response.progress) == ("4", "awaiting_national")
    for path in ("/documents/", f"/documents/{answer.document_id}/", "/documents/upload/",
                 f"/documents/jobs/{answer.job_id}/"):
        page.goto(f"{live_url}{path}")
        assert_no_axe_violations(page)
    assert page_errors == []
