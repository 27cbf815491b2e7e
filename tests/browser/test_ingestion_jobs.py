"""The job and document pages while an extraction runs and after it fails, in a real browser: the status
updates in place (the poll, loaded with the CSP nonce), the end is announced in a live region, a failed
document offers retry and delete with confirmation, and every page passes axe (WCAG 2.2 A/AA)."""
import pytest
from playwright.sync_api import expect

from rectrack.ingestion import engine, services
from rectrack.ingestion.models import ExtractionJob
from tests.ingestion.helpers import result

TEXT = "Recommendation 1. We have stopped sharing data."


@pytest.fixture
def readable(monkeypatch):
    def extract(data, name):
        if data.startswith(b"BAD"):
            raise engine.ExtractionError("The file is not a document rectrack can read")
        return engine.Extracted(result=result(name), text=TEXT)  # a whole contract object, as the child sends

    monkeypatch.setattr(engine, "extract", extract)


def test_the_job_page_follows_the_job_and_says_when_it_ends(live_url, signed_in_page, page_errors, readable,
                                                           assert_no_axe_violations):
    job = services.store_document(user=None, source=TEXT.encode(), filename="response.txt").job
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/documents/jobs/{job.pk}/")
    status = page.locator("#job-status")
    assert status.inner_text() == "Queued"
    assert_no_axe_violations(page)
    page.evaluate("window.notReloaded = true")

    services.run_extraction(job.pk)  # the worker, meanwhile
    expect(status).to_have_text("Done", timeout=20000)  # without a reload: the poll updated the tag
    assert "govuk-tag--green" in status.get_attribute("class")
    assert page.evaluate("window.notReloaded") is True
    live = page.locator("#job-status-live")
    assert live.get_attribute("aria-live") == "polite"
    assert "The extraction has finished." in live.inner_text()
    assert live.get_by_role("link", name="See the result").is_visible()
    assert_no_axe_violations(page)
    assert page_errors == []  # no Content Security Policy refusal for the script


def test_a_failed_document_is_retried_and_deleted_with_confirmation(live_url, signed_in_page, page_errors,
                                                                    readable, assert_no_axe_violations):
    stored = services.store_document(user=None, source=b"BAD bytes", filename="unreadable.txt")
    services.run_extraction(stored.job.pk)
    document = stored.document
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/documents/{document.pk}/")
    banner = page.get_by_role("region", name="Important")
    assert "The file is not a document rectrack can read." in banner.inner_text()
    assert_no_axe_violations(page)

    banner.get_by_role("button", name="Retry the extraction").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Retry the extraction?"
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Retry the extraction").click()
    page.wait_for_load_state()
    new = ExtractionJob.objects.order_by("-pk").first()
    assert page.url.endswith(f"/documents/jobs/{new.pk}/") and new.status == "queued"
    services.run_extraction(new.pk)  # fails again: the same bytes

    page.goto(f"{live_url}/documents/{document.pk}/")
    page.get_by_role("button", name="Delete the document").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Delete this document?"
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Delete the document").click()
    page.wait_for_load_state()
    assert "“unreadable.txt” was deleted." in page.locator(".govuk-notification-banner").inner_text()
    assert not ExtractionJob.objects.exists()
    assert page_errors == []
