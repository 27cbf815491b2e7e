"""The complaint page's cached matrix (rectrack.complaints.matrix_cache): same page as built from scratch,
every change shown at once, nothing of one audience served to another."""
import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rectrack.complaints.models import DataVersion
from rectrack.organisations.models import Organisation
from rectrack.publishing.stamp import data_stamp
from rectrack.responses import services
from rectrack.workflow import services as workflow
from tests.responses import factories

MATRIX = "/super-complaints/safe-to-share/"
NONCE = re.compile(r'nonce="[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"')


def main(html: str) -> str:
    """The page's main content, without per-request tokens."""
    return NONCE.sub("", html[html.index("<main"):html.index("</main>")])


def matrix_region(html: str) -> str:
    return html[html.index('id="matrix"'):html.index('id="non-responders"')]


def sussex_row(page):
    return next(r for r in page.context["rows"] if r.organisation.id == "sussex-police")


@pytest.fixture
def data(users):
    factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"], progress="complete")
    factories.make_response(users.inspector, "1", "kent-police", published=False)
    factories.make_response(users.inspector, "4", "northumbria-police", progress="complete")
    services.record_no_response(user=users.inspector, super_complaint=factories.rec("1").super_complaint,
                                organisation=factories.org("essex-police"), checked_on=datetime.date(2021, 3, 2),
                                checked_where="the <force> website")
    return users


@pytest.mark.parametrize("who", [None, "inspector", "sussex_editor", "liberty"])
@pytest.mark.parametrize("query", [{}, {"kind": "force", "sort": "-answered"}, {"progress": "complete"},
                                   {"not_responded": "1", "recommendation": "1"}, {"deadline": "overdue"},
                                   {"region": "South East", "sort": "region"}])
def test_cached_page_is_the_page_built_from_scratch(data, client_for, settings, who, query):
    client = client_for(getattr(data, who) if who else None)
    settings.RECTRACK_MATRIX_CACHE = False
    fresh = client.get(MATRIX, query).content.decode()
    settings.RECTRACK_MATRIX_CACHE = True
    first = client.get(MATRIX, query).content.decode()  # builds the entry
    again = client.get(MATRIX, query).content.decode()  # reads it
    assert main(first) == main(fresh) == main(again)
    assert matrix_region(again) == matrix_region(fresh)


def test_user_supplied_text_is_escaped_in_the_cached_rows(users, client_for):
    Organisation.objects.filter(pk="sussex-pcc").update(name='Sussex <script>alert("x")</script> PCC')
    factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"])
    Organisation.objects.filter(pk="sussex-police").update(name="Sussex & <b>Police</b>")
    for _ in range(2):
        html = client_for(users.inspector).get(MATRIX).content.decode()
        assert "<script>alert" not in html and "<b>Police</b>" not in html
        assert "Sussex &amp; &lt;b&gt;Police&lt;/b&gt;" in html


def test_anonymous_never_gets_the_signed_in_variant(data, client_for):
    draft = factories.make_response(data.inspector, "4", "sussex-police", published=False)
    inspector = client_for(data.inspector).get(MATRIX).content.decode()
    assert f'href="/responses/{draft.pk}/"' in inspector  # the inspectorate's entry, with the drafts, is cached
    for user in (None, data.sussex_editor):
        page = client_for(user).get(MATRIX)
        html = page.content.decode()
        if user is None:
            assert f'href="/responses/{draft.pk}/"' not in html
            assert "Add<span" not in html
        else:  # an editor may see unpublished responses, and add for their own organisation only
            assert "a response from Sussex Police to recommendation 1" in html
            assert "a response from Kent Police to" not in html
    # and the other way round: the public entry first, then the inspectorate sees its drafts and add links
    factories.make_response(data.inspector, "4", "kent-police", published=False)
    assert "Add<span" not in client_for(None).get(MATRIX).content.decode()
    html = client_for(data.inspector).get(MATRIX).content.decode()
    assert "a response from Kent Police to recommendation 4" not in html  # it has a (draft) response
    assert "a response from Kent Police to recommendation 5" in html


def test_an_edited_response_shows_at_once(data, client_for):
    client = client_for(None)
    response = factories.make_response(data.inspector, "5", "surrey-police", progress="in_progress")
    client.get(MATRIX)
    services.update_response(user=data.inspector, response=response, data={"progress": "complete"})
    row = next(r for r in client.get(MATRIX).context["rows"] if r.organisation.id == "surrey-police")
    assert f'href="/responses/{response.pk}/"><strong class="govuk-tag govuk-tag--green">Complete' in row.cells_html
    # joint organisations changed
    services.update_response(user=data.inspector, response=response, data={}, counts_for=[factories.org("surrey-pcc")])
    assert any(r.organisation.id == "surrey-pcc" and "(joint" in r.cells_html for r in client.get(MATRIX).context["rows"])
    # unpublished by a queryset update (no save, no updated_at): the count of published responses changes
    response.__class__.objects.filter(pk=response.pk).update(state="draft")
    row = next(r for r in client.get(MATRIX).context["rows"] if r.organisation.id == "surrey-police")
    assert f"/responses/{response.pk}/" not in row.cells_html
    # deleted
    factories.publish(response)
    assert f"/responses/{response.pk}/" in client.get(MATRIX).content.decode()
    response.delete()
    assert f"/responses/{response.pk}/" not in client.get(MATRIX).content.decode()


def test_a_transition_shows_at_once(data, client_for):
    client = client_for(data.inspector)
    draft = factories.make_response(data.inspector, "1", "sussex-police", published=False)
    before = sussex_row(client.get(MATRIX))
    assert before.cells_html.count("Long overdue") == before.owed - 1  # recommendation 5's is met; a draft meets none
    workflow.transition(data.inspector, draft, "submitted")
    after = sussex_row(client.get(MATRIX))
    assert after.cells_html.count("Long overdue") == after.owed - 2
    assert f"/responses/{draft.pk}/" not in client_for(None).get(MATRIX).content.decode()
    workflow.transition(data.inspector, draft, "published")
    assert f"/responses/{draft.pk}/" in client_for(None).get(MATRIX).content.decode()


def test_an_extension_and_a_deadline_setting_show_at_once(data, client_for):
    client = client_for(data.inspector)
    today = timezone.localdate()
    assert "Due " not in sussex_row(client.get(MATRIX)).cells_html
    workflow.grant_extension(user=data.inspector, recommendation=factories.rec("1"),
                             organisation=factories.org("sussex-police"), clock="initial",
                             new_due=today + datetime.timedelta(days=7), reason="Asked in time")
    row = sussex_row(client.get(MATRIX))
    assert row.cells_html.count("Due ") == 1
    sc = factories.rec("1").super_complaint
    workflow.update_deadline_settings(user=data.inspector, super_complaint=sc,
                                      initial_response_days=sc.initial_response_days,
                                      initial_response_due_override=today + datetime.timedelta(days=3))
    page = client.get(MATRIX)
    row = sussex_row(page)
    assert "Long overdue" not in row.cells_html and row.cells_html.count("Due ") >= row.owed - 1
    assert page.context["matrix"].deadline_counts["due"] > 0


def test_reference_data_and_checks_show_at_once(data, client_for):
    client = client_for(None)
    client.get(MATRIX)
    version = DataVersion.objects.get(name="reference").value
    Organisation.objects.get(pk="sussex-police").save()
    assert DataVersion.objects.get(name="reference").value == version + 1  # bumped in the writer's transaction
    org = Organisation.objects.get(pk="surrey-police")
    org.name = "Surrey Constabulary"
    org.save()
    assert "Surrey Constabulary" in client.get(MATRIX).content.decode()
    services.record_no_response(user=data.inspector, super_complaint=factories.rec("1").super_complaint,
                                organisation=factories.org("kent-police"), checked_on=datetime.date(2022, 5, 6),
                                checked_where="the annual report")
    assert "checked on 6 May 2022 at the annual report" in client.get(MATRIX).content.decode()


def test_the_stamp_is_one_query_and_changes_with_the_data(data):
    sc = factories.rec("1").super_complaint
    with CaptureQueriesContext(connection) as queries:
        first = data_stamp(sc)
    assert len(queries) == 1
    assert data_stamp(sc) == first
    workflow.grant_extension(user=data.inspector, recommendation=factories.rec("4"),
                             organisation=factories.org("kent-police"), clock="initial",
                             new_due=timezone.localdate() + datetime.timedelta(days=30), reason="Asked")
    assert data_stamp(sc) != first


def test_the_cached_page_uses_fewer_queries(data, client_for, settings):
    client = client_for(data.inspector)
    client.get(MATRIX)
    with CaptureQueriesContext(connection) as cached:
        client.get(MATRIX)
    settings.RECTRACK_MATRIX_CACHE = False
    client.get(MATRIX)
    with CaptureQueriesContext(connection) as fresh:
        client.get(MATRIX)
    assert len(cached) < len(fresh)
    assert len(cached) <= 10
