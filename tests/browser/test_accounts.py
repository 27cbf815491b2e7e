"""Account pages in a real browser, with axe-core (WCAG 2.2 A/AA): the lock-out message, your account,
password change, reset by email, API tokens and the sign-in log."""
import re

from django.core import mail
from playwright.sync_api import expect

from rectrack.accounts.models import User
from tests.support.browser import sign_in
from tests.support.users import PASSWORD, make_user

NEW_PASSWORD = "a-brand-new-pass-phrase-2026"


def test_lock_out_message_is_accessible(page, live_url, page_errors, assert_no_axe_violations):
    make_user("sussex-editor", "org_editor", "sussex-police")
    for _ in range(5):
        sign_in(page, live_url, "sussex-editor", "wrong-password")
    sign_in(page, live_url, "sussex-editor", PASSWORD)
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Too many failed attempts to sign in. Wait 15 minutes")
    expect(page).to_have_title(re.compile("^Error: Sign in"))
    assert_no_axe_violations(page)
    # The browser reports the page's own HTTP 429 in its console: that one is expected.
    assert [e for e in page_errors if "status of 429" not in e] == []


def test_your_account_and_password_change(signed_in_page, live_url, page_errors, assert_no_axe_violations):
    page = signed_in_page("org_editor")
    page.get_by_role("link", name="Your account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Change your password").click()
    assert_no_axe_violations(page)
    page.get_by_label("Old password").fill("not-my-password")
    page.get_by_label("New password", exact=True).fill("short")
    page.get_by_label("Confirm new password").fill("short")
    page.get_by_role("button", name="Change password").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(page).to_have_title(re.compile("^Error: Change your password"))
    assert_no_axe_violations(page)

    page.get_by_label("Old password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Confirm new password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Change password").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Your password has been changed")
    assert User.objects.get(pk=signed_in_page.user.pk).check_password(NEW_PASSWORD)
    assert page_errors == []


def test_password_reset_by_email(page, live_url, page_errors, assert_no_axe_violations):
    user = make_user("sussex-editor", "org_editor", "sussex-police")
    User.objects.filter(pk=user.pk).update(email="editor@sussex.example")
    page.goto(f"{live_url}/accounts/sign-in/")
    page.get_by_role("link", name="Forgotten your password?").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Send the link").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your email address")
    assert_no_axe_violations(page)
    page.get_by_label("Email address").fill("editor@sussex.example")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_no_axe_violations(page)

    link = re.search(r"https?://\S+/accounts/password-reset/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Choose a new password")
    assert_no_axe_violations(page)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Confirm new password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save password").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your password has been reset")
    assert_no_axe_violations(page)

    page.goto(link)  # a second time: refused
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_no_axe_violations(page)
    sign_in(page, live_url, "sussex-editor", NEW_PASSWORD)
    assert "/accounts/sign-in/" not in page.url
    assert page_errors == []


def test_api_tokens_create_once_and_revoke(signed_in_page, live_url, page_errors, assert_no_axe_violations):
    page = signed_in_page("org_editor")
    page.goto(f"{live_url}/accounts/api-tokens/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your API tokens")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Create token").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a name for the token")
    assert_no_axe_violations(page)

    page.get_by_label("Name").fill("Sussex action tracker")
    page.get_by_label("Read and write").check()
    page.get_by_label(re.compile("^In 90 days")).check()
    page.get_by_role("button", name="Create token").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("API token created")
    token = page.get_by_label("Your new token").input_value()
    assert token.startswith("rtk_")
    assert_no_axe_violations(page)

    # The token works on the API, once shown.
    api = page.request.get(f"{live_url}/api/responses", headers={"Authorization": f"Bearer {token}"})
    assert api.status == 200

    page.get_by_role("link", name="Back to your API tokens").click()
    assert token not in page.content()
    page.get_by_role("link", name="Revoke Sussex action tracker").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Revoke token").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("has been revoked")
    assert_no_axe_violations(page)
    api = page.request.get(f"{live_url}/api/responses", headers={"Authorization": f"Bearer {token}"})
    assert api.status == 401
    assert page_errors == []


def test_sign_in_log_for_the_inspectorate(signed_in_page, live_url, page_errors, assert_no_axe_violations):
    page = signed_in_page("inspectorate")
    page.goto(f"{live_url}/accounts/sign-in-log/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in log")
    expect(page.locator("table")).to_contain_text(signed_in_page.user.username)
    assert_no_axe_violations(page)
    page.get_by_label("Outcome").select_option("failure")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_text("No events match.")).to_be_visible()
    assert_no_axe_violations(page)
    assert page_errors == []
