"""The organisations list (grouped by kind, filter by region) and one organisation's page."""
from tests.responses import factories


def test_list_grouped_by_kind_with_region_filter(client_for, reference_data):
    page = client_for(None).get("/organisations/")
    kinds = [kind for kind, _, _ in page.context["groups"]]
    assert kinds == ["force", "policing_body", "national", "designated_body"]
    assert page.context["nav_section"] == "organisations"
    north_east = client_for(None).get("/organisations/", {"region": "North East"})
    names = {o.name for _, _, orgs in north_east.context["groups"] for o in orgs}
    assert "Northumbria Police" in names and "Sussex Police" not in names
    assert "Showing" in north_east.content.decode() and "in North East" in north_east.content.decode()


def test_organisation_page_groups_responses_and_shows_oversight(users, client_for):
    factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"], progress="complete")
    page = client_for(None).get("/organisations/sussex-pcc/")
    html = page.content.decode()
    assert "Oversees" in html and 'href="/organisations/sussex-police/"' in html
    [cells] = [
        cells for super_complaint, cells, _ in page.context["by_complaint"] if super_complaint.slug == "safe-to-share"
    ]
    assert [c.recommendation.number for c in cells] == ["5", "6", "8"]
    assert cells[0].joint and "(joint, by Sussex Police)" in html
    assert 'href="/exports/responses.csv?organisation=sussex-pcc"' in html
    force = client_for(None).get("/organisations/sussex-police/").content.decode()
    assert "Overseen by" in force


def test_designated_body_page(client_for, reference_data):
    html = client_for(None).get("/organisations/liberty/").content.decode()
    assert "Super-complaints raised" in html and "Policing and immigration status" in html


def test_unknown_organisation_is_404(client_for, reference_data):
    response = client_for(None).get("/organisations/nobody/")
    assert response.status_code == 404 and b"Page not found" in response.content
