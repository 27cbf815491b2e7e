"""Browser tests: Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

Every test under tests/browser/ is marked ``browser`` automatically (``make test`` runs them in their
own pass: ``pytest -m browser``). They run on SQLite with a transactional database, and the
reference data (organisations, super-complaints) is loaded for every test.

Fixtures
- ``browser``: one headless Chromium (``/usr/bin/chromium``) for the session. Without Chromium the
  tests are skipped, unless ``CI`` is set, where they fail.
- ``page``: a fresh page in a fresh context (no cookies), 10 s default timeout, 1280x900 viewport.
  A failing test leaves a screenshot in ``test-results/``.
- ``page_errors``: a list that collects the page's console errors and uncaught exceptions (including
  Content Security Policy refusals), e.g. ``assert page_errors == []``.
- ``live_url``: the live server's base URL, e.g. ``page.goto(f"{live_url}/organisations/")``.
- ``reference_data``: the reference data in the transactional database (autouse here; put back in bulk after
  each test's flush, ``tests/support/reference.py``).
- ``signed_in_page``: ``signed_in_page("inspectorate")``, ``signed_in_page("org_editor")`` (Sussex
  Police by default), ``signed_in_page("designated_body")`` (Liberty by default), or with
  ``organisation_id=...`` / ``username=...``: creates that user with
  ``rectrack.accounts.services.create_user``, signs in through the real form at /accounts/sign-in/
  and returns the ``page``. The user is ``signed_in_page.user`` afterwards.
- ``assert_no_axe_violations``: ``assert_no_axe_violations(page)`` runs axe-core (vendored from npm
  by scripts/vendor_govuk.py) for WCAG 2.0/2.1/2.2 A and AA and fails with a readable list of the
  violations. Optional ``disable_rules=("rule-id",)`` and ``include="#main-content"``. The same
  function is importable: ``from tests.support.browser import assert_no_axe_violations``.
- ``tests.support.browser.sign_in(page, live_url, username, password)``: fill in and submit the
  sign-in form (for users you made yourself, e.g. with ``tests.support.users.make_user``).

Example::

    def test_matrix(live_url, signed_in_page, assert_no_axe_violations):
        page = signed_in_page("inspectorate")
        page.goto(f"{live_url}/")
        assert_no_axe_violations(page)
"""
import os
import re
from pathlib import Path

import pytest

from tests.support import browser as support
from tests.support import reference
from tests.support.users import PASSWORD, make_user

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test (creating
# users, loading data) would otherwise be refused as "async unsafe".
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

RESULTS = Path(__file__).resolve().parents[2] / "test-results"
DEFAULT_ORGANISATION = {"org_editor": "sussex-police", "designated_body": "liberty"}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_failed_key] = report.failed
    return report


_failed_key = pytest.StashKey[bool]()


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    if not Path(support.CHROMIUM).exists():
        message = f"{support.CHROMIUM} is missing: install Debian's chromium package ('make test' does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    browser = playwright_instance.chromium.launch(executable_path=support.CHROMIUM, args=support.CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser, page_errors, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("console", lambda msg: page_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page_errors.append(str(exc)))
    yield page
    if request.node.stash.get(_failed_key, False):
        RESULTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
        try:
            page.screenshot(path=str(RESULTS / f"{name}.png"), full_page=True)
        except Exception:  # a screenshot is a courtesy; never hide the real failure
            pass
    context.close()


@pytest.fixture
def live_url(live_server, transactional_db) -> str:
    return live_server.url


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    reference.ensure()  # each test's flush empties the database: put back the rows the session loaded


@pytest.fixture
def signed_in_page(page, live_url):
    counter = iter(range(1, 1000))

    def signed_in(role: str, *, organisation_id: str | None = None, username: str | None = None):
        organisation_id = organisation_id or DEFAULT_ORGANISATION.get(role)
        username = username or f"{role.replace('_', '-')}-{next(counter)}"
        signed_in.user = make_user(username, role, organisation_id)
        support.sign_in(page, live_url, username, PASSWORD)
        assert "/accounts/sign-in/" not in page.url, f"signing in as {username} failed: still on {page.url}"
        return page

    signed_in.user = None
    return signed_in


@pytest.fixture
def assert_no_axe_violations():
    return support.assert_no_axe_violations
