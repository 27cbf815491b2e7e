"""The public record shows published responses only, to everyone, with constant query counts."""
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from rectrack.core.vocabulary import WorkflowState
from rectrack.publishing.selectors import CAVEAT

from .conftest import set_state


def get(client, name, *args, **query):
    response = client.get(reverse(f"publishing:{name}", args=args), query)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


@pytest.mark.parametrize("who", [None, "inspector", "northumbria_editor"])
def test_complaint_page_shows_only_published_responses_to_everyone(who, client_for, users, published, super_complaint):
    client = client_for(getattr(users, who) if who else None)
    html = get(client, "complaint", super_complaint.slug)
    assert "Sussex Police" in html
    assert "Complete" in html
    assert "No response published" in html
    assert "SECRET DRAFT TEXT" not in html
    # Northumbria's draft is invisible: its row for recommendation 1 says no response published.
    row = html[html.index(">Northumbria Police<"):]
    row = row[:row.index("</tr>")]
    assert "No response published" in row
    assert "In progress" not in row and "Complete" not in row


def test_index_recommendation_organisation_and_compare_pages(client, published, super_complaint):
    assert "Policing and immigration status" in get(client, "index")
    html = get(client, "recommendation", super_complaint.slug, "1")
    assert "Sussex Police" in html and "No response published" in html and "SECRET DRAFT TEXT" not in html
    html = get(client, "organisation", super_complaint.slug, "sussex-police")
    assert (
        "Recommendation 4" in html
        and reverse("publishing:record_pdf", args=[super_complaint.slug, "sussex-police"]) in html
    )
    html = get(client, "compare", super_complaint.slug, "1")
    assert CAVEAT.replace("'", "&#x27;") in html
    assert "Sussex stopped sharing data." in html
    assert "SECRET DRAFT TEXT" not in html


def test_compare_filters(client, published, super_complaint):
    html = get(client, "compare", super_complaint.slug, "1", progress="complete")
    assert "1 of " in html and "Sussex Police" in html and "Northumbria Police" not in html
    html = get(client, "compare", super_complaint.slug, "1", region="North East")
    assert "Northumbria Police" in html and "Sussex Police</a>" not in html
    html = get(client, "compare", super_complaint.slug, "1", kind="policing_body")
    assert "0 of " in html  # recommendation 1 is for chief constables only
    html = get(client, "compare", super_complaint.slug, "1", position="accepted", progress="nonsense")
    assert "Sussex Police" in html and "Northumbria Police</a>" not in html


def test_unknown_things_are_404(client, super_complaint):
    assert client.get("/public/no-such-complaint/").status_code == 404
    assert client.get(f"/public/{super_complaint.slug}/recommendations/99/").status_code == 404
    assert client.get(f"/public/{super_complaint.slug}/organisations/no-such-org/record/").status_code == 404
    # Liberty owes nothing to its own super-complaint: no record.
    assert client.get(f"/public/{super_complaint.slug}/organisations/liberty/record/").status_code == 404


PAGES = [
    ("index", []), ("complaint", ["safe-to-share"]), ("recommendation", ["safe-to-share", "1"]),
    ("compare", ["safe-to-share", "1"]), ("organisation", ["safe-to-share", "sussex-police"]),
    ("record", ["safe-to-share", "sussex-police"]), ("schema", []), ("snapshots", []),
]


def _query_counts(client) -> dict[str, int]:
    counts = {}
    for name, args in PAGES:
        cache.clear()  # the uncached path: what a first reader pays
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse(f"publishing:{name}", args=args)).status_code == 200
        counts[name] = len(ctx.captured_queries)
    return counts


def test_query_counts_do_not_grow_with_the_data(client, respond, users, published):
    small = _query_counts(client)
    for org_id in ["kent-police", "essex-police", "surrey-police", "thames-valley-police"]:
        for number in (1, 4, 5, 8):
            resp = respond(org_id, number)
            from rectrack.responses import services
            services.add_action(user=users.inspector, response=resp, data={"description": "An action"})
            services.add_evidence_link(user=users.inspector, response=resp, url="https://example.org/e", title="E")
    for number in (4, 5, 8):
        respond("northumbria-police", number, state=WorkflowState.SUBMITTED)
    set_state(published["northumbria_1"], WorkflowState.PUBLISHED)
    large = _query_counts(client)
    assert large == small


def test_complaint_page_uses_few_queries(client, published, super_complaint, django_assert_max_num_queries):
    client.get(reverse("publishing:complaint", args=[super_complaint.slug]))
    # 7 (one the "last updated" aggregate), and 3 for the timeline (complaints.selectors.timeline)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("publishing:complaint", args=[super_complaint.slug])).status_code == 200


def test_cache_follows_changes(client, published, super_complaint):
    assert "Sussex stopped" not in get(client, "complaint", super_complaint.slug)
    before = get(client, "complaint", super_complaint.slug)
    set_state(published["northumbria_1"], WorkflowState.PUBLISHED)
    after = get(client, "complaint", super_complaint.slug)
    assert before != after
    row = after[after.index(">Northumbria Police<"):]
    assert "In progress" in row[:row.index("</tr>")]
