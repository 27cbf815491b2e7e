"""The national deadline list in pages of a hundred, its filters kept from page to page."""
import re

from django.urls import reverse

from rectrack.tracker.deadline_rows import deadline_rows

URL = reverse("tracker:deadline_list")


def rows_of(html: str) -> list[str]:
    body = html.split('<tbody class="govuk-table__body">', 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr class=\"govuk-table__row\">(.*?)</tr>", body, flags=re.S)


def test_pages_of_a_hundred_with_the_filters_kept(reference_data, client):
    total = len(deadline_rows(clock="initial"))
    assert total > 200  # the reference catalogue owes thousands: enough for three pages
    first = client.get(URL, {"clock": "initial"}).content.decode()
    pages = -(-total // 100)
    assert f"{total:,} deadlines; 1 to 100 shown." in first
    assert f"Page 1 of {pages}" in first and len(rows_of(first)) == 100
    # The next page's link keeps the filter, and the rows go on where the first page stopped.
    assert 'href="?clock=initial&amp;page=2"' in first
    second = client.get(URL, {"clock": "initial", "page": "2"}).content.decode()
    assert "101 to 200 shown" in second and 'href="?clock=initial&amp;page=1"' in second
    assert not set(rows_of(first)) & set(rows_of(second))
    assert "Progress update</td>" not in second and "Initial response</td>" in second  # still the one clock
    # A page past the last, or not a number, is the last or the first page, never an error.
    last = client.get(URL, {"clock": "initial", "page": "99999"})
    assert last.status_code == 200 and f"Page {pages} of {pages}" in last.content.decode()
    assert "Page 1 of" in client.get(URL, {"clock": "initial", "page": "x"}).content.decode()


def test_a_short_list_has_no_pages(reference_data, client):
    page = client.get(URL, {"organisation": "sussex-police", "super_complaint": "safe-to-share"}).content.decode()
    assert "govuk-pagination" not in page and "shown" not in page and rows_of(page)
