"""The public record in a real browser: accessible pages and charts, and the publish-then-snapshot story."""
import datetime

import pytest
from django.urls import reverse

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from tests.support.users import make_user

SLUG = "safe-to-share"


@pytest.fixture
def sussex_response():
    """Sussex Police's response to recommendation 1, written by its editor and published by the
    inspectorate through the workflow's transitions; returns (editor, inspector, response)."""
    editor = make_user("sussex-lead", "org_editor", "sussex-police")
    inspector = make_user("analyst", "inspectorate")
    response = services.create_response(
        user=editor, recommendation=Recommendation.objects.get(super_complaint_id=SLUG, number="1"),
        organisation=Organisation.objects.get(pk="sussex-police"),
        data={"position": "accepted", "progress": "complete", "narrative": "Sussex stopped sharing data.",
              "as_of": datetime.date(2021, 6, 1)})
    return editor, inspector, response


def warm_charts() -> None:
    """Render the charts once in this process (matplotlib's first run is slow on a loaded machine):
    the live server then serves them from the cache, within the page's load timeout."""
    from rectrack.complaints.models import SuperComplaint
    from rectrack.publishing import charts

    data = charts.chart_data(SuperComplaint.objects.get(slug=SLUG))
    for name in charts.CHARTS:
        charts.chart_svg(data, name)


def row_text(page, organisation: str) -> str:
    header = page.get_by_role("rowheader", name=organisation, exact=True)
    return page.locator("table.app-matrix tbody tr").filter(has=header).inner_text()


PUBLIC_PAGES = [
    reverse("publishing:index"),
    reverse("publishing:complaint", args=[SLUG]),
    reverse("publishing:recommendation", args=[SLUG, "1"]),
    reverse("publishing:compare", args=[SLUG, "1"]) + "?region=South+East",
    reverse("publishing:organisation", args=[SLUG, "sussex-police"]),
    reverse("publishing:record", args=[SLUG, "sussex-police"]),
    reverse("publishing:schema"),
    reverse("publishing:snapshots"),
]


def test_public_pages_and_charts_are_accessible(page, live_url, page_errors, assert_no_axe_violations,
                                                 sussex_response):
    from rectrack.workflow.services import transition

    editor, inspector, response = sussex_response
    transition(editor, response, "submitted")
    transition(inspector, response, "published")
    warm_charts()
    for path in PUBLIC_PAGES:
        page.goto(f"{live_url}{path}")
        assert page.locator("h1").count() == 1, path
        assert_no_axe_violations(page)
    # The charts: images that load, with alt text, and their tables opened.
    page.goto(f"{live_url}{reverse('publishing:complaint', args=[SLUG])}")
    images = page.locator(".app-chart img")
    assert images.count() == 3
    for i in range(3):
        img = images.nth(i)
        img.scroll_into_view_if_needed()
        assert img.get_attribute("alt")
        assert img.evaluate("el => el.complete && el.naturalWidth > 0")
    for summary in page.locator(".app-chart summary").all():
        summary.click()
    assert page.locator(".app-chart table").first.is_visible()
    assert_no_axe_violations(page)
    assert page_errors == []


def test_published_response_appears_and_an_earlier_snapshot_keeps_the_old_state(
        signed_in_page, live_url, page_errors, assert_no_axe_violations, sussex_response):
    from rectrack.workflow.services import transition

    editor, inspector, response = sussex_response
    complaint_url = f"{live_url}{reverse('publishing:complaint', args=[SLUG])}"

    # Before: a draft is not public, for anyone, signed in or not.
    warm_charts()
    page = signed_in_page("inspectorate")
    page.goto(complaint_url)
    assert "No response published" in row_text(page, "Sussex Police")

    # The inspectorate takes a snapshot through the form.
    page.goto(f"{live_url}{reverse('publishing:snapshot_take')}")
    assert_no_axe_violations(page)
    page.get_by_label("Super-complaint").select_option(SLUG)
    page.get_by_role("button", name="Take the snapshot").click()
    page.wait_for_load_state()
    assert "/public/snapshots/" in page.url
    snapshot_url = page.url
    assert "No response published" in row_text(page, "Sussex Police")
    assert_no_axe_violations(page)

    # The force submits, the inspectorate publishes.
    transition(editor, response, "submitted")
    transition(inspector, response, "published")

    warm_charts()
    page.goto(complaint_url)
    assert "Complete" in row_text(page, "Sussex Police")
    # The snapshot taken before is unchanged.
    page.goto(snapshot_url)
    assert "No response published" in row_text(page, "Sussex Police")
    assert "Verified unchanged" in page.locator("main").inner_text()

    # A second snapshot, then the comparison says what changed for whom.
    page.goto(f"{live_url}{reverse('publishing:snapshot_take')}?super_complaint={SLUG}")
    page.get_by_role("button", name="Take the snapshot").click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert "Newly published: 1" in text and "Sussex Police" in text
    assert_no_axe_violations(page)
    assert page_errors == []


# Every element that scrolls must be reachable by keyboard (focusable, with a role and a name).
UNREACHABLE_SCROLLERS = """() => [...document.querySelectorAll('body *')].filter(el => {
  const style = getComputedStyle(el);
  const scrolls = ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1
               || ['auto', 'scroll'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
  return scrolls && !(el.tabIndex >= 0 && el.getAttribute('role') && el.getAttribute('aria-label'));
}).map(el => el.outerHTML.slice(0, 120))"""


def test_search_snapshots_and_words_not_codes(page, live_url, page_errors, assert_no_axe_violations,
                                              sussex_response):
    from rectrack.publishing.snapshots import take_snapshot
    from rectrack.workflow.services import transition

    editor, inspector, response = sussex_response
    transition(editor, response, "submitted")
    transition(inspector, response, "published")
    rebuilt = take_snapshot(user=inspector, super_complaint=None, as_at=datetime.date(2021, 12, 31))
    take_snapshot(user=inspector, super_complaint=None)
    warm_charts()
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: wide tables must scroll in their region
    pages = [
        reverse("publishing:search") + "?q=sussex+stopped",
        reverse("publishing:search") + "?q=nothing+like+this",
        reverse("publishing:search") + "?q=data&kind=aliens",
        reverse("publishing:search"),
        reverse("publishing:snapshot", args=[rebuilt.pk]),
        reverse("publishing:snapshot_compare"),
        reverse("publishing:organisation", args=[SLUG, "sussex-police"]),
        reverse("publishing:recommendation", args=[SLUG, "5"]),
        reverse("publishing:schema"),
        reverse("publishing:complaint", args=[SLUG]),
    ]
    for path in pages:
        page.goto(f"{live_url}{path}")
        assert page.locator("h1").count() == 1, path
        assert_no_axe_violations(page)
        assert page.evaluate(UNREACHABLE_SCROLLERS) == [], path
        text = page.locator("main").inner_text()
        for code in ("chief_constables", "policing_bodies", "safe-to-share ", "source start"):
            assert code not in text, (path, code)

    # The check above can fail: at this width the public table does scroll, inside its focusable region.
    page.goto(f"{live_url}{reverse('publishing:complaint', args=[SLUG])}")
    assert page.evaluate("() => { const r = document.querySelector('.app-table-scroll');"
                         " return r.scrollWidth > r.clientWidth && r.tabIndex === 0; }")

    # Search: the passage is marked, the result leads to the record.
    page.goto(f"{live_url}{reverse('publishing:search')}")
    page.get_by_label("Words to search for").fill("sussex stopped")
    page.get_by_role("button", name="Search").click()
    assert page.locator(".app-search-passage mark").first.inner_text().lower() == "sussex"
    page.get_by_role("link", name="Sussex Police on recommendation 1").click()
    assert "Sussex stopped sharing data." in page.locator("main").inner_text()

    # A bad filter: the error summary names it and leads to the field.
    page.goto(f"{live_url}{reverse('publishing:search')}?q=data&kind=aliens")
    page.locator(".govuk-error-summary a").click()
    assert page.evaluate("document.activeElement.id") == "search-kind"

    # The rebuilt snapshot says so.
    page.goto(f"{live_url}{reverse('publishing:snapshot', args=[rebuilt.pk])}")
    assert "rebuilt from the record's history" in page.locator("main").inner_text()
    page.goto(f"{live_url}{reverse('publishing:recommendation', args=[SLUG, '5'])}")
    assert "Chief constables" in page.locator("main").inner_text()
