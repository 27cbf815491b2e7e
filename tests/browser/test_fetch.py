"""Documents from web addresses in a real browser (ADR 0018): the upload page's address form with its
error summary, the re-fetch button and the changes since the last version, each page passing axe."""
import pytest

from rectrack.ingestion import engine, services
from tests.ingestion.fetch_server import LocalServer

V1 = b"Response of Sussex Police\nWe accept recommendation 1.\nWe will report in March.\n"
V2 = b"Response of Sussex Police\nWe accept recommendation 1.\nWe have now completed the work.\n"


@pytest.fixture
def server(settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = True
    with LocalServer() as s:
        yield s


@pytest.fixture
def text_engine(monkeypatch):
    def extract(data, name):
        return engine.Extracted(result={"file": name, "format": "text", "super_complaint": None, "organisations": [],
                                        "document_date": "", "responses": [], "warnings": []}, text=data.decode())

    monkeypatch.setattr(engine, "extract", extract)


def test_fetch_refetch_and_see_what_changed(live_url, signed_in_page, page_errors, server, text_engine, settings,
                                            assert_no_axe_violations):
    from rectrack.ingestion.models import Document

    server.routes["/reply.txt"] = (200, {}, V1)
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/documents/upload/")

    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    page.get_by_label("Web address").fill("http://10.0.0.1/reply.pdf")
    page.get_by_role("button", name="Fetch").click()
    summary = page.locator(".govuk-error-summary")
    assert "private address" in summary.inner_text()
    assert page.title().startswith("Error:")
    assert_no_axe_violations(page)
    summary.get_by_role("link").click()
    assert page.evaluate("document.activeElement.id") == "id_url"

    settings.RECTRACK_FETCH_ALLOW_PRIVATE = True
    page.get_by_label("Web address").fill(server.url("/reply.txt"))
    page.get_by_role("button", name="Fetch").click()
    document = Document.objects.get()
    services.run_extraction(document.jobs.get().pk)
    page.goto(f"{live_url}/documents/{document.pk}/")
    assert_no_axe_violations(page)

    server.routes["/reply.txt"] = (200, {}, V2)
    page.get_by_role("button", name="Check the address for a new version").click()
    new = document.next_versions.get()
    services.run_extraction(new.jobs.get().pk)
    page.goto(f"{live_url}/documents/{new.pk}/")
    new.refresh_from_db()
    assert new.text == V2.decode(), new.jobs.get().error
    diff = page.get_by_role("region", name="Changes in the text since the last version")
    assert diff.locator("del").text_content() == "Removed: We will report in March."
    assert diff.locator("ins").text_content() == "Added: We have now completed the work."
    assert_no_axe_violations(page)
    assert page_errors == []
