"""The sign-in page in a real browser: accessible, shows GOV.UK errors, and signs people in."""
from django.conf import settings
from django.urls import reverse

from tests.support.browser import sign_in
from tests.support.users import PASSWORD, make_user


def test_sign_in_page_has_no_accessibility_violations(page, live_url, page_errors, assert_no_axe_violations):
    page.goto(f"{live_url}/accounts/sign-in/")
    assert page.get_by_role("heading", level=1).inner_text() == "Sign in"
    assert_no_axe_violations(page)
    assert page_errors == []


def test_wrong_password_shows_the_error_summary(page, live_url, page_errors, assert_no_axe_violations):
    make_user("sussex-editor", "org_editor", "sussex-police")
    sign_in(page, live_url, "sussex-editor", "not-the-right-password")
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert "There is a problem" in summary.inner_text()
    assert page.url.endswith("/accounts/sign-in/")
    # The page with the error summary must be as accessible as the empty form.
    assert_no_axe_violations(page)
    assert page_errors == []


def test_signing_in_works(signed_in_page, live_url, page_errors):
    page = signed_in_page("org_editor")
    assert page.url == f"{live_url}{reverse(settings.LOGIN_REDIRECT_URL)}"
    assert f"Signed in as {signed_in_page.user.username}" in page.locator(".govuk-phase-banner").inner_text()
    assert page.get_by_role("button", name="Sign out").is_visible()
    assert page_errors == []


def test_passwords_are_case_sensitive(page, live_url):
    make_user("inspector", "inspectorate")
    sign_in(page, live_url, "inspector", PASSWORD.upper())
    assert page.locator(".govuk-error-summary").is_visible()
