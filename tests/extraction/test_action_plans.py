"""Force action plans (issue 9): one response per recommendation, parts as actions with owners, the dated
updates as history, and the progress from the latest update; in DOCX, HTML and a PDF whose table runs
over four pages and cuts rows at the page breaks."""
import action_plans as ap
import pytest

from rectrack.extraction import extract_bytes

EXT = {"docx": "docx", "html": "html", "pdf": "pdf"}


@pytest.fixture(scope="module", params=["docx", "html", "pdf"])
def reading(request, catalogue):
    data = ap.plan(request.param)
    return request.param, data, extract_bytes(data, "plan." + EXT[request.param], catalogue)


def test_one_response_per_recommendation_for_chief_constables(reading):
    fmt, _, result = reading
    assert result.super_complaint == "stalking" and [o.id for o in result.organisations] == ["kent-police"]
    assert sorted((r.recommendation for r in result.responses), key=int) == sorted(ap.GOLD, key=int)
    assert not {r.recommendation for r in result.responses} & set(ap.OTHERS)  # "not applicable to the force"


def test_progress_is_read_from_the_latest_update(reading):
    _, _, result = reading
    got = {r.recommendation: r.progress for r in result.responses}
    assert got == ap.GOLD
    seven = next(r for r in result.responses if r.recommendation == "7")
    assert "latest dated update" in seven.progress_reason.rule


def test_parts_are_actions_with_their_owners(reading):
    _, _, result = reading
    seven = next(r for r in result.responses if r.recommendation == "7")
    assert [(a.id, a.owner) for a in seven.actions] == [("7.1", "Head of Crime Recording"),
                                                        ("7.2", "Head of Intelligence")]
    assert all(a.progress == "complete" for a in seven.actions)


def test_dated_updates_are_the_history_with_their_own_dates_and_spans(reading):
    fmt, data, result = reading
    seven = next(r for r in result.responses if r.recommendation == "7")
    assert [u.as_of for u in seven.updates] == ["2024-11", "2025-03", "2025-09"]
    assert [u.progress for u in seven.updates][-1] == "complete"
    assert "System change scheduled for the June release" in seven.updates[1].text
    for u in seven.updates:
        assert u.span and u.span.start < u.span.end
    out = seven.to_json()
    assert [u["as_of"] for u in out["updates"]] == ["2024-11", "2025-03", "2025-09"]
    assert [a["owner"] for a in out["actions"]][0] == "Head of Crime Recording"


def test_a_blank_latest_column_falls_back_to_the_update_before(reading):
    _, _, result = reading
    six = next(r for r in result.responses if r.recommendation == "6")
    assert [u.as_of for u in six.updates] == ["2024-11", "2025-03"] and six.progress == "complete"
