"""Layouts the shared corpus lacks: the rules must come from the reference data, not the samples."""
import layouts

from rectrack.extraction import extract_bytes


def _run(catalogue, text, name):
    r = extract_bytes(text.encode("utf-8"), name, catalogue).to_json()
    return r, {x["recommendation"]: x for x in r["responses"]}


def test_table_layout_web_page_with_cookie_banner_and_navigation(catalogue):
    r, got = _run(catalogue, layouts.TABLE_HTML, "tvp.html")
    assert r["format"] == "html" and r["super_complaint"] == "safe-to-share"
    assert [o["id"] for o in r["organisations"]] == ["thames-valley-police"]
    assert r["document_date"] == "2022-03-03"
    # the banner, the menu, the aside and the footer name recommendations 2, 3, 6, 7 and 8
    assert set(got) == {"1", "4", "5"}
    assert [got[k]["progress"] for k in ("1", "4", "5")] == ["complete", "in_progress", "awaiting_national"]
    assert got["4"]["label"] == "Rec No. 4"
    assert all(x["confidence"] >= 0.9 for x in got.values())


def test_letter_with_date_line_renumbering_and_appended_letter(catalogue):
    r, got = _run(catalogue, layouts.LETTER_RENUMBERED, "kent.txt")
    assert [o["id"] for o in r["organisations"]] == ["kent-police"]  # not the NPCC of the appendix
    assert r["document_date"] == "2021-06-14"  # the date line, not the appendix's date
    # the letter's recommendations 2 and 3 quote the catalogue's 4 and 5
    assert set(got) == {"1", "4", "5"}
    assert got["4"]["label"] == "Recommendation 2" and got["5"]["label"] == "Recommendation 3"
    assert got["1"]["progress"] == "complete" and got["1"]["position"] == "accepted"
    assert got["4"]["progress"] == "in_progress"
    assert got["5"]["progress"] == "awaiting_national"
    assert any("numbers the recommendations its own way" in w for w in r["warnings"])


def test_response_to_another_super_complaint_keeps_the_documents_numbers(catalogue):
    r, got = _run(catalogue, layouts.STALKING_MD, "wmp.md")
    assert r["super_complaint"] == "stalking"
    assert [o["id"] for o in r["organisations"]] == ["west-midlands-police"]
    assert r["document_date"] == "2024-11-12"
    assert set(got) == {"1", "3", "4", "7"}  # "Recommendations 3 and 4" answers both
    assert got["1"]["progress"] == "complete"
    assert got["3"]["progress"] == got["4"]["progress"] == "in_progress"
    assert got["3"]["start"] == got["4"]["start"]
    assert got["7"]["progress"] in ("awaiting_national", "not_started")


def test_pcc_letter_with_letterhead_and_signature(catalogue):
    r, got = _run(catalogue, layouts.PCC_LETTER, "dc.txt")
    assert [o["id"] for o in r["organisations"]] == ["devon-and-cornwall-pcc"]
    assert r["document_date"] == "2021-07-09"
    assert set(got) == {"6", "8"}
    assert got["6"]["progress"] == "in_progress"
    assert got["8"]["progress"] == "complete"  # the letter is itself the update it asks for


def test_undated_joint_update_with_action_counts(catalogue):
    r, got = _run(catalogue, layouts.UNDATED_JOINT, "gm.txt")
    assert {o["id"] for o in r["organisations"]} == {"greater-manchester-police", "greater-manchester-mayor"}
    assert r["document_date"] == "2021-10"  # latest reported event; "spring 2022" is a plan
    assert any("inferred" in w for w in r["warnings"])
    assert set(got) == {"4", "5", "6"}
    assert got["6"]["action_counts"]["completed"] == 8
    assert got["6"]["progress"] == "in_progress"


def test_evidence_and_spans_point_into_the_text(catalogue):
    from rectrack.extraction import read_document
    doc = read_document(layouts.LETTER_RENUMBERED.encode(), "kent.txt")
    r, got = _run(catalogue, layouts.LETTER_RENUMBERED, "kent.txt")
    for x in got.values():
        assert doc.text[x["start"]:x["end"]].startswith(x["label"])
        if x["evidence"]:
            assert " ".join(doc.text[x["evidence_start"]:x["evidence_end"]].split()) == x["evidence"]


def test_unnumbered_response_aligned_by_quoted_text(catalogue):
    text = (f"Essex Police update on the Safe to share? super-complaint (Liberty and Southall Black Sisters)\n\n"
            f"Dated 1 February 2022\n\n{layouts.REC1}\n\nEssex Police consider this recommendation implemented "
            f"and complete.\n\n{layouts.REC4}\n\nA pathway with specialist organisations is being developed and work "
            f"is ongoing.\n")
    r, got = _run(catalogue, text, "essex.txt")
    assert [o["id"] for o in r["organisations"]] == ["essex-police"]
    assert {k: v["progress"] for k, v in got.items()} == {"1": "complete", "4": "in_progress"}
