"""The catalogue pages in a real browser: add a recommendation through the GOV.UK form and see it fan out,
and no WCAG 2.2 A/AA violations (axe-core) on the catalogue, recommendation form and timeline pages."""
import pytest
from playwright.sync_api import expect

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation


@pytest.fixture(autouse=True)
def _patient(page):
    page.set_default_timeout(45_000)


def test_inspector_adds_a_recommendation_that_fans_out(live_url, signed_in_page, page_errors,
                                                      assert_no_axe_violations):
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/catalogue/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The catalogue")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Add a recommendation to Policing and immigration status").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add recommendation").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the recommendation's number")
    page.get_by_label("Number", exact=True).fill("9")
    page.get_by_label("Text", exact=True).fill("Chief constables should publish a plan.")
    page.get_by_label("Chief constables", exact=True).check()
    page.get_by_role("button", name="Add recommendation").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Recommendation added")
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommendation 9")
    forces = Organisation.objects.filter(kind="force").count()
    assert Recommendation.objects.get(super_complaint="safe-to-share", number="9").recipients.count() == forces
    page.goto(f"{live_url}/catalogue/safe-to-share/timeline/")
    expect(page.get_by_role("heading", name="The life of this super-complaint")).to_be_visible()
    assert_no_axe_violations(page)
    assert page_errors == []
