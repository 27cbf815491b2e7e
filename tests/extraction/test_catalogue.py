"""The catalogue reader accepts everything in the fuller catalogue, and parts align to their parents."""
import pytest

from rectrack.extraction import extract_bytes
from rectrack.extraction.catalogue import (
    Catalogue,
    normalise_id,
    parent_number,
    recommendation_from_mapping,
    super_complaint_from_mapping,
)


def test_every_super_complaint_and_its_numbers_are_read(catalogue):
    slugs = {super_complaint.slug for super_complaint in catalogue.super_complaints}
    assert {"safe-to-share", "protective-measures", "modern-slavery", "police-perpetrated-domestic-abuse",
            "honour-based-abuse", "stop-and-search", "stalking", "sexual-offence-investigations"} <= slugs
    stalking = catalogue.sc_by_slug["stalking"]
    assert stalking.ids == tuple(str(i) for i in range(1, 30))
    assert stalking.recommendation_count == 29
    assert stalking.status == "published" and stalking.sources and stalking.notes
    seven = stalking.recommendation("7")
    assert [p.id for p in seven.parts] == ["7.1", "7.2"]
    assert seven.due == "2025-03-27" and seven.recipients == ("chief_constables",)
    unknown = stalking.recommendation("1")
    assert unknown.text is None and unknown.recipients == () and not unknown.recipients_known
    assert stalking.unnumbered_recommendations and all(r.id == "" for r in stalking.unnumbered_recommendations)
    assert catalogue.sc_by_slug["sexual-offence-investigations"].status == "under_investigation"
    slavery = catalogue.sc_by_slug["modern-slavery"]
    assert [a.recipients for a in slavery.actions] == [("college_of_policing",), ("hmicfrs",)]


def test_clipped_texts_lose_the_clipping_mark(catalogue):
    ten = catalogue.sc_by_slug["stalking"].recommendation("10")
    assert "\u2026" in ten.text and "\u2026" not in ten.quotable_text


@pytest.mark.parametrize("slug, token, parent", [
    ("stalking", "7.1", "7"), ("stalking", "7.2", "7"), ("stalking", "7", "7"), ("stalking", "16", "16"),
    ("police-perpetrated-domestic-abuse", "3a", "3"), ("police-perpetrated-domestic-abuse", "3 (b)", "3"),
    ("police-perpetrated-domestic-abuse", "3(B)", "3"), ("honour-based-abuse", "2c-i", "2"),
    ("honour-based-abuse", "2c", "2"), ("safe-to-share", "4k", "4"), ("modern-slavery", "1b", "1"),
])
def test_parts_belong_to_their_parent(catalogue, slug, token, parent):
    assert catalogue.sc_by_slug[slug].parent_id(token) == parent


def test_id_spellings():
    assert normalise_id(" 3 (b) ") == "3b"
    assert normalise_id("7. 1") == "7.1"
    assert parent_number("12.3") == "12" and parent_number("2c-ii") == "2" and parent_number("Two") == "two"


def test_missing_keys_and_nulls_are_unknowns_not_errors():
    super_complaint = super_complaint_from_mapping({"slug": "x", "title": "X", "recommendations": [
        {"id": 1, "recipients": None, "text": None}, {"id": "2", "parts": [{"id": "2a"}]}],
        "recommendation_count": None, "follow_up": [{"date": None}], "keywords": None})
    assert (
        super_complaint.ids == ("1", "2")
        and super_complaint.recommendation_count is None
        and super_complaint.keywords == ()
    )
    assert super_complaint.recommendation("2").parts[0].text == ""
    assert recommendation_from_mapping({"text": "  "}).text is None
    assert Catalogue([super_complaint], []).sc_by_slug["x"] is super_complaint


def test_a_document_answering_parts_is_aligned_to_the_recommendation(catalogue):
    text = ("Cheshire Constabulary: stalking action plan\n\nDated 20 November 2024\n\n"
            "The Suzy Lamplugh Trust's super-complaint on the police response to stalking.\n\n"
            "Recommendation 7.1\n\nA report of stalking crimes recorded as included classifications is now "
            "checked weekly by the crime registrar and the results go to the stalking board.\n\n"
            "Recommendation 7.2\n\nIntelligence reports are submitted for every stalking offence while the "
            "system change is pending; the change is in progress with the supplier.\n")
    r = extract_bytes(text.encode(), "plan.txt", catalogue).to_json()
    assert r["super_complaint"] == "stalking"
    assert {x["recommendation"] for x in r["responses"]} == {"7"}
