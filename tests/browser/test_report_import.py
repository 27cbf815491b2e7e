"""Importing a report's recommendations in a real browser: upload through the GOV.UK form, review, accept,
edit; no WCAG 2.2 A/AA violations (axe-core) on the upload, review and edit pages."""
import pytest
from playwright.sync_api import expect

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation

REPORT = b"""Recommendations

Recommendation 9: By 27 March 2025, chief constables should publish a plan for victims.

Recommendation 10: Chief constables and police and crime commissioners should review support services.
"""


@pytest.fixture(autouse=True)
def _patient(page):
    page.set_default_timeout(45_000)


def test_inspector_imports_a_report(live_url, signed_in_page, page_errors, assert_no_axe_violations):
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/catalogue/")
    page.get_by_role("link", name="Import from a report of Policing and immigration status").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review the recommendations read from a report")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Upload a report").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Read the report").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select the report")
    assert_no_axe_violations(page)
    page.get_by_label("Report").set_input_files(
        files=[{"name": "report.txt", "mimeType": "text/plain", "buffer": REPORT}])
    page.get_by_role("button", name="Read the report").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("rectrack read 2 recommendations")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Accept recommendation 9").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Recommendation 9 is in the catalogue")
    forces = Organisation.objects.filter(kind="force").count()
    assert Recommendation.objects.get(super_complaint="safe-to-share", number="9").recipients.count() == forces
    page.get_by_role("link", name="Edit recommendation 10 and accept").click()
    assert_no_axe_violations(page)
    page.get_by_label("Text", exact=True).fill("Chief constables should review support services.")
    page.get_by_label("Police and crime commissioners and equivalents", exact=True).uncheck()
    page.get_by_role("button", name="Save to the catalogue").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Recommendation 10 is in the catalogue")
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="10")
    assert rec.recipient_classes == ["chief_constables"] and rec.text.startswith("Chief constables should review")
    assert page_errors == []
