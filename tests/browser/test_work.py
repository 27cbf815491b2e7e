"""Each role's main journey from its home page: sign in, find the work, do it, see the result (axe-clean)."""
from playwright.sync_api import expect

from rectrack.workflow import services as workflow
from tests.responses.factories import make_response
from tests.support.users import make_user


def test_the_inspectorate_chases_an_overdue_organisation(live_url, signed_in_page, assert_no_axe_violations):
    editor = make_user("kent-lead", "org_editor", "kent-police")
    editor.email = "kent@example.org"
    editor.save()
    page = signed_in_page("inspectorate")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your work")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="organisations, with filters").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overdue")
    page.get_by_label("Region").select_option("South East")
    page.get_by_label("Kind of organisation").select_option("force")
    page.get_by_role("button", name="Filter").click()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Send a reminder to Kent Police").click()
    expect(page.get_by_text("kent@example.org")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Send the reminder").click()
    expect(page.get_by_text("Reminder sent to Kent Police")).to_be_visible()


def test_an_editor_finds_a_returned_response(live_url, signed_in_page, assert_no_axe_violations):
    page = signed_in_page("org_editor")
    editor = signed_in_page.user
    inspector = make_user("inspector-1", "inspectorate")
    response = make_response(editor, "1", "sussex-police", published=False)
    workflow.transition(editor, response, "submitted")
    workflow.transition(inspector, response, "returned", comment="Add the owner of each action.")
    page.goto(f"{live_url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your work")
    expect(page.get_by_text("Add the owner of each action.")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#returned + table").get_by_role("link", name="recommendation 1").click()
    expect(page).to_have_url(f"{live_url}/responses/{response.pk}/")


def test_a_designated_body_records_its_view(live_url, signed_in_page, assert_no_axe_violations):
    published = make_response(make_user("inspector-2", "inspectorate"), "4", "northumbria-police")
    page = signed_in_page("designated_body")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your work")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Record your view of Northumbria Police's response to recommendation 4").click()
    page.get_by_label("Partly adequate").check()
    page.get_by_role("button", name="Save your view").click()
    page.goto(f"{live_url}/work/")
    expect(page.locator("#views")).to_be_visible()
    expect(page.locator("#views + table")).to_contain_text("Partly adequate")
    expect(page.locator("#unjudged + table")).to_have_count(0)  # nothing left to judge
    assert published.adequacy_views.get().verdict == "partly_adequate"


def test_a_commissioner_scrutinises_its_forces_response(live_url, signed_in_page, assert_no_axe_violations):
    force_editor = make_user("sussex-lead", "org_editor", "sussex-police")
    draft = make_response(force_editor, "1", "sussex-police", published=False)
    page = signed_in_page("org_editor", organisation_id="sussex-pcc")
    expect(page.locator("#scrutiny")).to_have_text("Responses to scrutinise")
    page.get_by_role("link", name="Scrutinise Sussex Police's response to recommendation 1").click()
    assert_no_axe_violations(page)
    page.get_by_label("Your comment").fill("Name the board that oversees this.")
    page.get_by_role("button", name="Add the comment").click()
    expect(page).to_have_url(f"{live_url}/responses/{draft.pk}/#scrutiny")
    expect(page.get_by_text("Name the board that oversees this.")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto(f"{live_url}/work/notifications/")
    page.get_by_label("One email a day (a digest)").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("One email a day (a digest)")).to_be_checked()
    assert_no_axe_violations(page)
