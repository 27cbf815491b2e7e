"""Invented documents in unseen layouts, scored against hand-written gold (see unseen.py)."""
import pytest
import unseen

from rectrack.extraction import extract_bytes


def _check(r, c) -> list[str]:
    problems = []
    if r["super_complaint"] != c["super_complaint"]:
        problems.append(f"super-complaint {r['super_complaint']!r}")
    required, optional = c["orgs"]
    got = {o["id"] for o in r["organisations"]}
    if not set(required) <= got or not got <= set(required) | set(optional):
        problems.append(f"organisations {sorted(got)}")
    if not any(str(r["document_date"]).startswith(d) for d in c["date"]):
        problems.append(f"date {r['document_date']!r}")
    resp = {}
    for x in r["responses"]:
        resp.setdefault(x["recommendation"], x)
    allowed = set(c["responses"]) | set(c.get("optional", ()))
    if not set(c["responses"]) <= set(resp) or not set(resp) <= allowed:
        problems.append(f"recommendations {sorted(resp)}")
    for rid, ok in c["responses"].items():
        if rid in resp and resp[rid]["progress"] not in ok:
            problems.append(f"rec {rid} progress {resp[rid]['progress']!r} ({resp[rid]['evidence'][:60]!r})")
        elif rid in resp and resp[rid]["confidence"] < c.get("min_confidence", 0):
            problems.append(f"rec {rid} confidence {resp[rid]['confidence']}")
    return problems


@pytest.mark.parametrize("c", unseen.CASES, ids=[c["name"] for c in unseen.CASES])
def test_unseen_document(catalogue, c):
    r = extract_bytes(unseen.content_bytes(c), c["name"], catalogue).to_json()
    assert r["format"] == c["format"]
    assert _check(r, c) == []


TEXT_CASES = [c for c in unseen.CASES if c["format"] in ("text", "markdown")]


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("c", TEXT_CASES, ids=[c["name"] for c in TEXT_CASES])
def test_unseen_document_in_other_formats(catalogue, c, fmt):
    # the same words as a web page or a Word document: rules work on blocks, not on one format
    r = extract_bytes(unseen.rendered(c, fmt), c["name"].rsplit(".", 1)[0] + "." + fmt, catalogue).to_json()
    assert r["format"] == fmt
    assert _check(r, c) == []


def test_absent_recommendations_are_in_the_gold_for_reference():
    # every case names what it mentions without answering, or has nothing of the kind
    for c in unseen.CASES:
        assert not set(c.get("absent", ())) & set(c["responses"]), c["name"]
