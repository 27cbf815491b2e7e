"""The super-complaints list, one super-complaint with its national matrix, and one recommendation."""
import datetime
import re
from collections import Counter

from rectrack.responses import services
from rectrack.tracker.deadline_rows import deadline_rows
from rectrack.tracker.deadlines import primary
from tests.responses import factories

MATRIX = "/super-complaints/safe-to-share/"


def test_list_counts_recommendations_recipients_and_visible_responses(users, client_for):
    factories.make_response(users.inspector, "1", "sussex-police")
    factories.make_response(users.inspector, "1", "kent-police", published=False)
    anonymous = client_for(None).get("/")
    html = anonymous.content.decode()
    assert anonymous.context["nav_section"] == "complaints"
    row = next(r for r in anonymous.context["rows"] if r["super_complaint"].slug == "safe-to-share")
    assert (row["recommendations"], row["recipients"], row["responses"]) == (8, 94, 1)
    assert "17 December 2020" in html and "/exports/super-complaints.csv" in html
    signed_in = client_for(users.inspector).get("/super-complaints/")  # "/" takes them to their work
    assert next(r for r in signed_in.context["rows"] if r["super_complaint"].slug == "safe-to-share")["responses"] == 2


def test_matrix_page(users, client_for):
    own = factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"], progress="complete")
    services.record_no_response(user=users.inspector, super_complaint=own.recommendation.super_complaint,
                                organisation=factories.org("kent-police"), checked_on=datetime.date(2021, 3, 2),
                                checked_where="the force website")
    html = client_for(None).get(MATRIX).content.decode()
    # The wide matrix scrolls inside a labelled, keyboard-focusable region.
    assert re.search(
        r'<div class="app-table-scroll[^"]*" tabindex="0" role="region" aria-label="National picture', html
    )
    assert (
        f'<a class="govuk-link app-matrix__link" href="/responses/{own.pk}/">'
        '<strong class="govuk-tag govuk-tag--green">Complete</strong></a>'
        in html
    )
    assert "(joint<span class=\"govuk-visually-hidden\"> response by Sussex Police</span>)" in html
    assert '<strong class="govuk-tag govuk-tag--red">No response published</strong>' in html
    assert 'class="govuk-table__cell app-matrix__none"' in html
    assert "No response published — checked on 2 March 2021 at the force website" in html
    assert 'href="/exports/matrix.csv?super_complaint=safe-to-share"' in html
    assert "Add<span" not in html  # the public cannot add responses
    assert "Liberty" in html  # designated bodies in the summary


def test_matrix_add_links_only_where_the_user_may(users, client_for):
    html = client_for(users.sussex_editor).get(MATRIX).content.decode()
    assert "a response from Sussex Police to recommendation 1" in html
    assert "a response from Kent Police to" not in html


def test_matrix_filters_and_sorting_in_the_page(users, client_for):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    page = client_for(None).get(MATRIX, {"kind": "force", "progress": "complete", "sort": "region"})
    names = [row.organisation.name for row in page.context["rows"]]
    assert names == ["Sussex Police"]
    assert "Showing 1 body matching the filters" in page.content.decode()
    assert '<option value="force" selected>' in page.content.decode()
    page = client_for(None).get(MATRIX, {"not_responded": "1", "recommendation": "1"})
    assert "Sussex Police" not in [row.organisation.name for row in page.context["rows"]]


def test_recommendation_page_and_filters(users, client_for):
    factories.make_response(users.inspector, "4", "sussex-police", narrative="x" * 300, progress="complete")
    url = "/super-complaints/safe-to-share/recommendations/4/"
    page = client_for(None).get(url)
    html = page.content.decode()
    assert "4a" in html and "proper policy and practice framework" in html
    assert "x" * 199 + "…" in html and "x" * 201 not in html
    assert len(page.context["cells"]) == page.context["total"] == 47
    with_response = client_for(None).get(url, {"answered": "yes"}).context["cells"]
    assert [c.organisation.id for c in with_response] == ["sussex-police"]
    without = client_for(None).get(url, {"answered": "no", "region": "South East"}).context["cells"]
    assert "sussex-police" not in {c.organisation.id for c in without} and without
    assert all(c.organisation.region == "South East" for c in without)
    assert 'href="/exports/responses.csv?super_complaint=safe-to-share&amp;recommendation=4"' in html


def test_summary_recommendation_is_marked(client_for, reference_data):
    html = client_for(None).get("/super-complaints/safe-to-share/recommendations/2/").content.decode()
    assert "This is a summary, not the report's exact words." in html


def test_unknown_super_complaint_and_recommendation_are_404(client_for, reference_data):
    assert client_for(None).get("/super-complaints/nope/").status_code == 404
    assert client_for(None).get("/super-complaints/safe-to-share/recommendations/99/").status_code == 404


def test_matrix_deadline_tags_only_where_action_is_needed(users, client_for):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    page = client_for(users.inspector).get(MATRIX)
    html = page.content.decode()
    assert 'id="matrix-deadline-key"' in html and "Deadline tags appear in a cell only where action is needed" in html
    row = next(r for r in page.context["rows"] if r.organisation.id == "sussex-police")
    assert row.cells_html.count("Long overdue") == row.owed - 1  # the met clock of recommendation 1 is not tagged
    assert "Met " not in str(row.cells_html)
    # the deadline summary counts the matrix's states: the same as the deadline list, computed afresh
    shown = Counter(
        primary(r.cell.deadlines).state
        for r in deadline_rows(super_complaint=page.context["super_complaint"])
        if r.clock is r.cell.deadlines[0]
    )
    for state, n in page.context["deadline_summary"]["counts"]:
        assert shown[state] == n
    filtered = client_for(None).get(MATRIX, {"deadline": "met"})
    assert [r.organisation.id for r in filtered.context["rows"]] == ["sussex-police"]
    assert '<option value="met" selected>' in filtered.content.decode()


def test_matrix_with_a_row_for_each_recommendation(users, client_for, django_assert_max_num_queries):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    factories.make_response(users.inspector, "1", "kent-police", progress="in_progress")
    factories.make_response(users.inspector, "1", "essex-police", progress="complete", published=False)
    client = client_for(None)
    page = client.get(MATRIX, {"layout": "recommendations", "kind": "force"})
    rows = {row.recommendation.number: row for row in page.context["recommendation_rows"]}
    assert page.context["rows"] == []  # no cell-by-cell table is built
    first = {state: n for state, _, n in rows["1"].counts}
    # The public counts published answers only; Essex's draft is "no response" to it.
    assert (first["complete"], first["in_progress"]) == (1, 1)
    assert first["no_response"] == rows["1"].owed - 2
    html = page.content.decode()
    assert 'href="/super-complaints/safe-to-share/recommendations/1/">Recommendation 1</a>' in html
    # the filters are kept when switching back and forth; headers stay in view in a tall scroll box
    back = re.search(r'<a class="govuk-link" href="\?([^"]*)#matrix">Show a row for each body', html).group(1)
    assert "kind=force" in back and "layout" not in back
    assert 'class="app-table-scroll app-table-scroll--tall"' in html
    with django_assert_max_num_queries(14):  # the page's constant count: timeline and follow-ups included
        client.get(MATRIX, {"layout": "recommendations"})


def test_the_layout_switch_is_offered_on_the_body_view(client_for, reference_data):
    html = client_for(None).get(MATRIX, {"region": "South East"}).content.decode()
    link = re.search(r'<a class="govuk-link" href="\?([^"]*)#matrix">Show a row for each recommendation', html)
    assert link and "layout=recommendations" in link.group(1) and "region=South+East" in link.group(1)


def test_organisation_page_rows(users, client_for):
    """The rows are joined in Python (``ResponseRows``): each owed recommendation once, the answer's progress and
    position, a draft's workflow tag and a joint answer's writer for those who may see them, "Add a response" only
    for those who may add one, and every name escaped."""
    factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"], progress="complete",
                            position="accepted")
    factories.make_response(users.inspector, "6", "sussex-pcc", published=False, progress="in_progress")
    pcc = factories.org("sussex-pcc")
    pcc.name = "Sussex <b>PCC</b>"
    pcc.save()
    page = client_for(users.inspector).get("/organisations/sussex-pcc/").content.decode()
    owed = re.findall(r'<a class="govuk-link" href="/super-complaints/safe-to-share/recommendations/([^/"]+)/">'
                      r"Recommendation \1</a></th>", page)
    assert owed and len(owed) == len(set(owed))
    row5 = page[page.index("Recommendation 5</a></th>"):]
    row5 = row5[:row5.index("</tr>")]
    assert "Accepted" in row5 and "Complete" in row5 and "(joint, by Sussex Police)" in row5
    row6 = page[page.index("Recommendation 6</a></th>"):]
    row6 = row6[:row6.index("</tr>")]
    assert "In progress" in row6 and "Workflow: </span>Draft" in row6
    assert "Sussex &lt;b&gt;PCC&lt;/b&gt;" in page and "Sussex <b>PCC</b>" not in page
    unanswered = next(n for n in owed if n not in {"5", "6"})
    row = page[page.index(f"Recommendation {unanswered}</a></th>"):]
    row = row[:row.index("</tr>")]
    assert "No response" in row and "Add a response" in row and "organisation=sussex-pcc" in row
    public = client_for(None).get("/organisations/sussex-pcc/").content.decode()
    assert "Add a response" not in public and "Workflow: " not in public  # the draft is not public
    row6 = public[public.index("Recommendation 6</a></th>"):]
    assert "No response" in row6[:row6.index("</tr>")]
