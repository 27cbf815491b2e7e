"""The public search: only published versions are found (never drafts, withdrawn or redacted text), filters,
paging, safe highlighting, the page and the API; on SQLite (FTS5) and, with ``make test-postgres``, PostgreSQL."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rectrack.core.vocabulary import WorkflowState
from rectrack.publishing import search
from rectrack.publishing.models import SearchEntry
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.support import record

pytestmark = pytest.mark.django_db


def find(q="", **filters):
    return search.search(search.SearchFilters.from_query({"q": q, **filters}))


def found_bodies(q="", **filters):
    return [r.entry.body for r in find(q, **filters).results]


def _published_action(users, response, description):
    services.add_action(user=users.inspector, response=response,
                        data={"description": description, "status": "in_progress",
                              "due_date": datetime.date(2022, 3, 1)})
    return record.publish(response)[0]


def test_published_text_is_found_with_its_passage_marked(published):
    page = find("sussex stopped")
    assert page.total == 1
    result = page.results[0]
    assert result.entry.kind == "response"
    assert result.entry.organisation_id == "sussex-police"
    # (PostgreSQL's passages end at a word: no full stop.)
    assert result.passage.startswith("<mark>Sussex</mark> <mark>stopped</mark> sharing data")
    assert result.url.endswith("/public/safe-to-share/organisations/sussex-police/record/#recommendation-1")
    assert result.heading == "Sussex Police on recommendation 1"


def test_drafts_are_never_found(published):
    assert find("SECRET DRAFT").total == 0
    assert not SearchEntry.objects.filter(response=published["northumbria_1"]).exists()


def test_stemmed_words_match(respond):
    respond("sussex-police", 4, narrative="We are building pathways with specialist organisations.")
    assert find("build pathway").total == 1


def test_recommendations_are_found(reference_data):
    page = find("Immigration Enforcement", type="recommendation", super_complaint="safe-to-share")
    numbers = {r.entry.recommendation.number for r in page.results}
    assert "1" in numbers
    assert all(r.entry.kind == "recommendation" for r in page.results)
    assert all("<mark>" in r.passage for r in page.results)


def test_published_actions_are_found_and_unpublished_ones_are_not(users, respond):
    response = respond("sussex-police", 4, narrative="Pathways.")
    response = _published_action(users, response, "Train every call handler in safe reporting")
    services.add_action(user=users.inspector, response=response,
                        data={"description": "Unpublished quokka plan", "status": "not_started"})
    page = find("call handler")
    assert [r.entry.kind for r in page.results] == ["action"]
    assert page.results[0].entry.status == "in_progress"
    assert page.results[0].entry.progress == "in_progress"
    assert find("quokka").total == 0


def test_a_revision_stays_private_until_published(users, respond):
    response = respond("sussex-police", 1, narrative="Original wombat statement.")
    services.update_response(user=users.inspector, response=response, data={"narrative": "Revised numbat text."})
    assert Response.objects.get(pk=response.pk).state == WorkflowState.DRAFT
    assert find("wombat").total == 1
    assert find("numbat").total == 0
    record.publish(response)
    assert find("wombat").total == 0
    assert find("numbat").total == 1


def _fts_rows(word):
    """What the FTS5 index itself holds for a word (not only what the selector shows)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH %s", [f'"{word}"'])
        return cursor.fetchall()


def test_withdrawn_text_leaves_the_index(respond):
    response = respond("sussex-police", 1, narrative="A capybara statement.")
    assert find("capybara").total == 1
    record.set_state(response, WorkflowState.WITHDRAWN)
    assert find("capybara").total == 0
    assert not SearchEntry.objects.filter(response=response).exists()
    if connection.vendor == "sqlite":
        assert _fts_rows("capybara") == []


def test_redacted_text_leaves_the_index(users, respond):
    response = respond("sussex-police", 1, narrative="Contact Ms Ocelotperson at home.")
    assert find("Ocelotperson").total == 1
    version = Response.objects.get(pk=response.pk).published_version
    services.redact(user=users.inspector, version=version, fields=["narrative"], reason="Personal data")
    assert find("Ocelotperson").total == 0
    # The response itself stays findable by its organisation, without the text.
    assert SearchEntry.objects.get(response=response, kind="response").body == ""
    if connection.vendor == "sqlite":
        assert _fts_rows("ocelotperson") == []


def test_filters(respond):
    respond("sussex-police", 1, progress="complete", narrative="Giraffe policy one.")
    respond("northumbria-police", 1, progress="in_progress", narrative="Giraffe policy two.")
    assert find("giraffe").total == 2
    assert found_bodies("giraffe", organisation="northumbria-police") == ["Giraffe policy two."]
    assert found_bodies("giraffe", progress="complete") == ["Giraffe policy one."]
    assert found_bodies("giraffe", recommendation="4") == []
    assert find("giraffe", super_complaint="safe-to-share", recommendation="1", kind="force").total == 2
    assert find("giraffe", kind="policing_body").total == 0
    assert find("giraffe", type="action").total == 0


def test_region_filter(respond, org):
    respond("sussex-police", 1, narrative="Giraffe policy one.")
    region = org("sussex-police").region
    assert region, "the reference data gives Sussex Police a region"
    assert find("giraffe", region=region).total == 1
    other = org("northumbria-police").region
    assert other != region
    assert find("giraffe", region=other).total == 0


def test_filters_alone_list_the_record(published):
    page = find(organisation="sussex-police", type="response")
    assert page.total == 2
    assert [r.entry.recommendation.number for r in page.results] == ["1", "4"]


def test_bad_filter_values_are_errors_and_search_nothing(published):
    filters = search.SearchFilters.from_query({"q": "sharing", "progress": "finished", "organisation": "nobody",
                                               "page": "x"})
    assert set(filters.errors) == {"progress", "organisation", "page"}
    assert search.search(filters).total == 0


@pytest.mark.parametrize("q", ['"unbalanced', "sharing OR NOT", "NEAR(a b)", "col:umn", "*", "a AND (", "'; DROP"])
def test_query_syntax_is_never_interpreted(published, q):
    find(q)  # no database error whatever the words


def test_paging(respond):
    for org_id in ["sussex-police", "northumbria-police", "kent-police"]:
        respond(org_id, 1, narrative="Platypus paging text.")
    first = search.search(search.SearchFilters.from_query({"q": "platypus"}), per_page=2)
    second = search.search(search.SearchFilters.from_query({"q": "platypus", "page": "2"}), per_page=2)
    assert (first.total, first.pages, len(first.results), len(second.results)) == (3, 2, 2, 1)
    ids = {r.entry.pk for r in first.results} | {r.entry.pk for r in second.results}
    assert len(ids) == 3
    past = search.search(search.SearchFilters.from_query({"q": "platypus", "page": "9"}), per_page=2)
    assert past.page == 2 and len(past.results) == 1


def test_highlight_escapes_then_marks():
    html = search.highlight("<script>x</script> \x02a&b\x03 \x03stray \x02open")
    assert html == "&lt;script&gt;x&lt;/script&gt; <mark>a&amp;b</mark> stray <mark>open</mark>"


def test_user_text_in_results_is_escaped(client, respond):
    respond("sussex-police", 1, narrative='<img src=x onerror="alert(1)"> aardvark')
    body = client.get("/public/search/", {"q": "aardvark"}).content.decode()
    assert "<img src=x" not in body
    if connection.vendor == "sqlite":  # PostgreSQL's ts_headline leaves out what its parser reads as a tag
        assert "&lt;img src=x" in body
    assert "<mark>aardvark</mark>" in body


def test_search_page(client, published):
    page = client.get("/public/search/", {"q": "sussex stopped"})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Results 1 to 1 of 1" in text
    assert "Sussex Police on recommendation 1" in text
    assert "SECRET" not in client.get("/public/search/", {"q": "secret"}).content.decode()
    empty = client.get("/public/search/")
    assert empty.status_code == 200 and "Results" not in empty.content.decode()


def test_search_page_shows_bad_input_as_an_error(client, published):
    page = client.get("/public/search/", {"q": "sharing", "kind": "aliens"})
    assert page.status_code == 400
    text = page.content.decode()
    assert "There is a problem" in text and "Choose a kind of organisation from the list" in text
    assert "Results" not in text


def test_signed_in_people_find_only_what_the_public_finds(client_for, users, published):
    for user in (users.inspector, users.northumbria_editor):
        text = client_for(user).get("/public/search/", {"q": "secret draft"}).content.decode()
        assert "No results" in text


def test_search_page_query_count_is_constant(client, respond, django_assert_max_num_queries):
    respond("sussex-police", 1, narrative="Lemur text.")

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/public/search/", {"q": "lemur"}).status_code == 200
        return len(ctx.captured_queries)

    one = count()
    for org_id in ["northumbria-police", "kent-police", "essex-police", "surrey-police"]:
        respond(org_id, 1, narrative="Lemur text.")
    assert count() == one


def test_api_search(client, published):
    body = client.get("/api/search", {"q": "sussex stopped"}).json()
    assert body["total"] == 1
    result = body["results"][0]
    assert result["type"] == "response"
    assert result["organisation"] == "sussex-police"
    assert result["progress"] == "complete"
    assert "<mark>stopped</mark>" in result["passage"]
    assert result["url"].startswith("http://testserver/public/safe-to-share/")
    assert client.get("/api/search", {"q": "secret draft"}).json()["total"] == 0


def test_api_search_refuses_bad_values(client, published):
    answer = client.get("/api/search", {"q": "sharing", "progress": "finished"})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "progress"
    assert client.get("/api/search", {"per_page": "1000"}).status_code == 422


def test_rebuild_gives_the_same_index(users, published):
    _published_action(users, published["sussex_4"], "A published action to rebuild")
    before = sorted(SearchEntry.objects.values_list("kind", "response_id", "action_id", "body"))
    assert search.rebuild() == len(before)
    assert sorted(SearchEntry.objects.values_list("kind", "response_id", "action_id", "body")) == before
    assert find("rebuild").total == 1
    assert not search.is_stale()
