"""Charts: valid, accessible SVG served as images, each with alt text and a table alternative."""
import datetime
import xml.etree.ElementTree as ET

from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from rectrack.core.vocabulary import WorkflowState
from rectrack.publishing import charts
from rectrack.publishing.snapshots import take_snapshot

from .conftest import set_state

SVG = "{http://www.w3.org/2000/svg}"


def test_each_chart_is_valid_accessible_svg(client, published, super_complaint):
    for name in charts.CHARTS:
        response = client.get(reverse("publishing:chart", args=[super_complaint.slug, name]))
        assert response.status_code == 200 and response["Content-Type"].startswith("image/svg+xml")
        root = ET.fromstring(response.content)
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img" and "width" not in root.attrib and "height" not in root.attrib
        assert root.get("viewBox")
        title = root.find(f"{SVG}title")
        assert title is not None and title.text == charts.CHARTS[name]
        assert root.get("aria-labelledby") == title.get("id")
        assert root.find(f"{SVG}desc") is not None
        assert "<script" not in response.content.decode()
        # Text stays text (svg.fonttype none): the labels can be read and searched.
        assert "<text" in response.content.decode()
    assert client.get(reverse("publishing:chart", args=[super_complaint.slug, "nope"])).status_code == 404


def test_svg_is_deterministic(published, super_complaint):
    data = charts.chart_data(super_complaint)
    assert charts.render_progress(data) == charts.render_progress(data)


def test_complaint_page_has_images_with_alt_text_and_tables(client, published, super_complaint):
    html = client.get(reverse("publishing:complaint", args=[super_complaint.slug])).content.decode()
    for name in charts.CHARTS:
        assert reverse("publishing:chart", args=[super_complaint.slug, name]) + "?v=" in html
    assert html.count("Show the data as a table") == 3
    assert 'alt="Progress per recommendation across recipients: of ' in html
    assert "<svg" not in html  # served as images: the page's CSP never meets matplotlib's inline styles


def test_chart_data(users, published, super_complaint):
    data = charts.chart_data(super_complaint)
    rec1 = next(r for r in data.recommendations if r["number"] == "1")
    assert rec1["counts"]["complete"] == 1 and rec1["counts"]["in_progress"] == 0  # the draft is not counted
    assert rec1["counts"]["no_response"] == rec1["total"] - 1
    assert data.timeline[-1]["counts"]["complete"] == 1 and data.timeline[-1]["counts"]["in_progress"] == 1
    forces = next(k for k in data.kinds if k["label"] == "Police force")
    assert forces["published"] == 2
    take_snapshot(user=users.inspector, super_complaint=super_complaint)
    set_state(published["northumbria_1"], WorkflowState.PUBLISHED)
    data = charts.chart_data(super_complaint)  # a new stamp: not the cached data
    assert data.snapshots[0]["total"] == 2 and data.timeline[-1]["counts"]["in_progress"] == 2


def test_month_ends():
    assert charts._month_ends(datetime.date(2021, 11, 5), datetime.date(2022, 1, 10)) == [
        datetime.date(2021, 11, 30), datetime.date(2021, 12, 31), datetime.date(2022, 1, 10)]


def render_hook(name, **context):
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser
    request.user = AnonymousUser()
    return Template(f'{{% include "hooks/{name}.html" %}}').render(Context({"request": request, **context}))


def test_hooks(published, super_complaint, rec, org):
    # The working page links to the charts on the public page instead of drawing them again.
    html = render_hook("complaint_extra", super_complaint=super_complaint)
    public = reverse("publishing:complaint", args=[super_complaint.slug])
    assert f"{public}#charts-heading-{super_complaint.slug}" in html and "Show the data as a table" not in html
    assert render_hook("complaint_extra").strip() == ""
    html = render_hook("recommendation_extra", recommendation=rec(1))
    assert reverse("publishing:compare", args=[super_complaint.slug, "1"]) in html
    html = render_hook("organisation_publishing", organisation=org("sussex-police"))
    assert reverse("publishing:record", args=[super_complaint.slug, "sussex-police"]) in html
    assert reverse("publishing:record_pdf", args=[super_complaint.slug, "sussex-police"]) in html
    assert "Public response records" not in render_hook("organisation_publishing", organisation=org("liberty"))


def test_over_time_uses_the_dates_answers_are_as_of(respond, super_complaint):
    respond("sussex-police", 1, as_of=datetime.date(2021, 3, 15))
    data = charts.chart_data(super_complaint)
    assert data.timeline[0]["date"] == datetime.date(2021, 3, 31)  # not the day it was published here
    assert data.timeline[0]["total"] == 1


def test_empty_states_have_words_not_empty_charts(client, super_complaint):
    html = client.get(reverse("publishing:complaint", args=[super_complaint.slug])).content.decode()
    assert reverse("publishing:chart", args=[super_complaint.slug, "over-time"]) not in html
    assert "Nothing to chart yet: no response to this super-complaint has been published" in html
    assert reverse("publishing:chart", args=[super_complaint.slug, "progress"]) in html  # what is owed is still charted


def test_an_organisations_progress_over_its_updates(client, users, respond, super_complaint, org):
    from rectrack.responses import services

    first = respond("sussex-police", 1, progress="in_progress", as_of=datetime.date(2021, 3, 1))
    respond("sussex-police", 4, progress="not_started", as_of=datetime.date(2021, 3, 1))
    services.update_response(user=users.inspector, response=first,
                             data={"progress": "complete", "as_of": datetime.date(2022, 1, 10)})
    set_state(first, WorkflowState.PUBLISHED)
    data = charts.organisation_chart_data(super_complaint, org("sussex-police"))
    assert [u["date"] for u in data.updates] == [datetime.date(2021, 3, 1), datetime.date(2022, 1, 10)]
    before, after = data.updates
    assert (before["counts"]["in_progress"], before["counts"]["not_started"], before["counts"]["complete"]) == (1, 1, 0)
    assert (after["counts"]["in_progress"], after["counts"]["complete"]) == (0, 1)
    assert before["counts"]["no_response"] == data.owed - 2
    assert all(sum(u["counts"].values()) == data.owed for u in data.updates)

    url = reverse("publishing:organisation_chart", args=[super_complaint.slug, "sussex-police"])
    svg = client.get(url)
    assert svg.status_code == 200 and svg["Content-Type"].startswith("image/svg+xml")
    root = ET.fromstring(svg.content)
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == charts.ORGANISATION_CHART
    html = client.get(reverse("publishing:organisation", args=[super_complaint.slug, "sussex-police"])).content.decode()
    assert url + "?v=" in html and "10 January 2022" in html and 'alt="Progress over' in html
    # No published answer: words instead of a chart, and no image to fetch.
    html = client.get(reverse("publishing:organisation", args=[super_complaint.slug, "kent-police"])).content.decode()
    assert "Nothing to chart yet" in html
    assert (
        client.get(reverse("publishing:organisation_chart", args=[super_complaint.slug, "kent-police"])).status_code
        == 404
    )
