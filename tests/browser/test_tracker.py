"""The tracker in a real browser: record a response from the matrix, see it in the matrix and in the
history; and no WCAG 2.2 A/AA violations (axe-core) on the matrix, recommendation, organisation and
response pages."""
import datetime
import re

import pytest
from playwright.sync_api import expect

from rectrack.responses import services
from tests.responses import factories
from tests.support.users import make_user

MATRIX = "/super-complaints/safe-to-share/"


@pytest.fixture(autouse=True)
def _patient(page):
    # The national matrix is the heaviest page, and test machines are shared: allow it time.
    page.set_default_timeout(45_000)


def test_inspector_records_and_updates_a_response_from_the_matrix(live_url, signed_in_page, page_errors):
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}{MATRIX}")
    page.get_by_role("link", name="Add a response from Sussex Police to recommendation 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a response to recommendation 1")

    page.get_by_label("Accepted", exact=True).check()
    page.get_by_label("In progress", exact=True).check()
    page.get_by_label("What has been done, or is planned").fill("Officers briefed.\nPolicy under review.")
    page.get_by_role("button", name="Save response").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Response saved.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Response from Sussex Police")

    page.get_by_role("link", name="Edit response").click()
    page.get_by_label("Complete", exact=True).check()
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Response updated.")
    history = page.locator(".app-timeline")
    expect(history.locator(".app-diff-del").first).to_have_text("In progress")
    expect(history.locator(".app-diff-ins").first).to_have_text("Complete")
    expect(history).to_contain_text("changed from In progress to Complete")

    page.goto(f"{live_url}{MATRIX}")
    row = page.locator("table.app-matrix tbody tr").filter(has=page.get_by_role("rowheader", name="Sussex Police"))
    expect(row.locator("td").first).to_contain_text("Complete")
    assert page_errors == []


def test_form_errors_are_summarised_and_linked(live_url, signed_in_page):
    page = signed_in_page("org_editor")
    rec = factories.rec("1")
    page.goto(f"{live_url}/responses/new/?recommendation={rec.pk}&organisation=sussex-police")
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("2")
    page.get_by_label("Year").fill("2021")
    page.get_by_role("button", name="Save response").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select the progress")
    expect(summary).to_contain_text("must be a real date")
    summary.get_by_role("link", name="Select the progress").click()
    expect(page.locator("#id_progress_0")).to_be_focused()


@pytest.fixture
def recorded(transactional_db):
    inspector = make_user("axe-inspector", "inspectorate")
    response = factories.make_response(inspector, "5", "sussex-police", counts_for=["sussex-pcc"],
                                       narrative="We accept.\n\nA plan is in place.", owner="DCC",
                                       governance_board="Victims board")
    services.add_action(user=inspector, response=response, data={"description": "Brief staff", "owner": "DI A",
                                                                  "due_date": datetime.date(2021, 9, 1)})
    services.add_evidence_link(user=inspector, response=response, url="https://example.org/plan", title="Plan")
    services.update_response(user=inspector, response=response, data={"progress": "complete"})
    services.set_assessment(user=inspector, response=response, status="evidence_accepted", comment="Good.")
    factories.make_response(inspector, "1", "kent-police", progress="awaiting_national")
    return response


@pytest.mark.parametrize("role", ["anonymous", "inspectorate"])
def test_tracker_pages_have_no_axe_violations(live_url, page, signed_in_page, recorded, assert_no_axe_violations, role):
    if role != "anonymous":
        page = signed_in_page(role)
    for path in [MATRIX, f"{MATRIX}?kind=force&sort=-answered", f"{MATRIX}?layout=recommendations",
                 f"{MATRIX}recommendations/5/",
                 "/organisations/sussex-pcc/", f"/responses/{recorded.pk}/", "/", "/organisations/"]:
        page.goto(f"{live_url}{path}")
        assert_no_axe_violations(page)
    if role == "inspectorate":
        for path in [f"/responses/{recorded.pk}/edit/", f"/responses/{recorded.pk}/actions/new/"]:
            page.goto(f"{live_url}{path}")
            assert_no_axe_violations(page)
        page.get_by_role("button", name=re.compile("Add action")).click()  # an error summary
        expect(page.locator(".govuk-error-summary")).to_be_visible()
        assert_no_axe_violations(page)


def test_the_matrix_keeps_its_headers_in_view_and_never_scrolls_the_page_sideways(live_url, page, recorded):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_url}{MATRIX}")
    box = page.locator(".app-table-scroll--tall").first
    header = box.locator("thead th").nth(1)
    box.evaluate("el => el.scrollBy(0, 400)")  # scroll the table's own box down
    # the header row stays at the top of the box (the caption above it scrolls away)
    assert abs(header.bounding_box()["y"] - box.bounding_box()["y"]) < 2
    first_column = box.locator("tbody th").first
    left_before = first_column.bounding_box()["x"]
    box.evaluate("el => el.scrollBy(600, 0)")
    assert abs(first_column.bounding_box()["x"] - left_before) < 2  # and the bodies' names too
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
