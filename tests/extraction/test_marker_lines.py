"""A recommendation marker on a line of its own, glued to its answer by the plain-text reader."""
from rectrack.extraction import extract_bytes


def test_marker_line_above_a_long_paragraph_starts_a_response(catalogue):
    answer = ("The force has issued interim guidance to officers that victims of domestic abuse whose "
              "immigration status is uncertain will not be referred to Immigration Enforcement, and it has "
              "briefed supervisors, call handlers and the specialist domestic abuse teams on the change.")
    text = (
        "Northumbria Police\nUpdate on Safe to share? Liberty and Southall Black Sisters' super-complaint\n\n"
        "1. Background\nThe report made eight recommendations on immigration status.\n\n"
        f"2.1 Recommendations 1, 4 and 5\n{answer} We are waiting for the national guidance from the NPCC.\n"
    )
    result = extract_bytes(text.encode(), "update.txt", catalogue).to_json()
    got = {r["recommendation"]: r for r in result["responses"]}
    assert {"1", "4", "5"} <= set(got)
    assert got["1"]["label"] == "2.1 Recommendations 1, 4 and 5"
    assert got["4"]["progress"] == "awaiting_national"
