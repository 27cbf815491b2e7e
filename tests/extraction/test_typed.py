"""The typed engine: frozen dataclasses, the contract's JSON, and a table of stages each replaceable alone."""
import dataclasses
import json

import pytest

from rectrack.extraction import DEFAULT_STAGES, ExtractionError, ExtractionResult, analyse, extract_bytes, read_document
from rectrack.extraction.cli import main
from rectrack.extraction.results import ResponseProposal, Span
from rectrack.extraction.stages import Reading, Stages

DOC = ("Kent Police response to the Safe to share? report (Liberty and Southall Black Sisters)\n\n"
       "Dated 9 June 2021\n\nRecommendation 1. To chief constables\n\n"
       "As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts "
       "about a victim's immigration status, we recommend that they immediately stop sharing information on "
       "domestic abuse victims with Immigration Enforcement.\n\n"
       "Kent Police consider this recommendation implemented and complete. Our ref KP/2021/17.\n\n"
       "Recommendation 4\n\nWe are building safe reporting pathways with Kalayaan and the work is ongoing.\n")
CONTRACT_KEYS = ["file", "format", "super_complaint", "organisations", "document_date", "responses", "warnings"]
RESPONSE_KEYS = ["recommendation", "label", "progress", "position", "confidence", "evidence", "start", "end",
                 "references", "mentions"]


@pytest.fixture(scope="module")
def result(catalogue):
    return extract_bytes(DOC.encode(), "kent.txt", catalogue)


def test_the_result_is_frozen_dataclasses(result):
    assert isinstance(result, ExtractionResult) and isinstance(result.responses[0], ResponseProposal)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.document_date = "2030"
    assert result.organisations[0].id == "kent-police" and result.document_date_precision == "day"


def test_to_json_is_the_contract_with_optional_extras_after_it(result):
    out = result.to_json()
    assert list(out)[:len(CONTRACT_KEYS)] == CONTRACT_KEYS
    first = out["responses"][0]
    assert list(first)[:len(RESPONSE_KEYS)] == RESPONSE_KEYS
    assert first["recommendation"] == "1" and first["progress"] == "complete"
    assert json.loads(json.dumps(out)) == out


def test_the_quote_and_the_narrative_are_separate_spans(result):
    first = result.responses[0]
    quote, answer = first.quote.text(DOC), first.answer.text(DOC)
    assert quote.startswith("As an interim measure") and "Immigration Enforcement" in quote
    assert answer.startswith("Kent Police consider") and "interim measure" not in answer
    assert first.span.start <= first.quote.start < first.answer.start < first.span.end
    assert first.progress_reason.rule and first.progress_reason.sentence == first.evidence


def test_json_comes_back_as_the_same_dataclasses(result):
    again = ExtractionResult.from_json(result.to_json())
    assert again.to_json() == result.to_json()
    assert again.responses[0].answer == result.responses[0].answer


@pytest.mark.parametrize("broken", [
    [],
    {"file": "x", "format": "exe", "responses": []},
    {"file": "x", "format": "text", "responses": [{"recommendation": "1", "progress": "done", "start": 0, "end": 1}]},
    {"file": "x", "format": "text", "responses": [{"recommendation": "1", "start": 5, "end": 1}]},
    {"file": "x", "format": "text", "responses": [{"recommendation": "", "start": 0, "end": 1}]},
    {"file": "x", "format": "text", "document_date": "June 2021", "responses": []},
    {"file": "x", "format": "text", "responses": [{"recommendation": "1", "start": 0, "end": 1,
                                                    "confidence": "high"}]},
])
def test_json_that_is_not_a_result_is_one_sentence(broken):
    with pytest.raises(ExtractionError, match=r"^The engine's result is not valid \(.+\)\.$"):
        ExtractionResult.from_json(broken)


def test_the_command_line_prints_to_json(tmp_path, capsys, result):
    f = tmp_path / "kent.txt"
    f.write_text(DOC)
    assert main(["--in-process", str(f)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {**result.to_json(), "file": str(f)}


# --- stages -------------------------------------------------------------------------------------------

def test_the_stage_table_names_every_step():
    assert DEFAULT_STAGES.names[:3] == ["names", "super_complaint", "markers"]
    assert {"segments", "alignment", "document_date", "progress", "position", "review_warnings"} <= set(
        DEFAULT_STAGES.names)
    with pytest.raises(ValueError):
        Stages([("a", print), ("a", print)])
    with pytest.raises(KeyError):
        DEFAULT_STAGES.replace("nope", print)


def test_one_stage_is_replaced_alone(catalogue):
    def dated_by_rule(r: Reading):
        r.document_date, r.document_date_rule = "2030-01", "test rule"

    stages = DEFAULT_STAGES.replace("document_date", dated_by_rule)
    result = analyse(read_document(DOC.encode(), "kent.txt"), "kent.txt", catalogue, stages)
    assert result.document_date == "2030-01" and result.document_date_reason.rule == "test rule"
    assert [r.recommendation for r in result.responses] == ["1", "4"]  # everything else as before
    assert DEFAULT_STAGES["document_date"] is not dated_by_rule  # the default table is unchanged


def test_stages_run_up_to_one_and_can_be_left_out(catalogue):
    doc = read_document(DOC.encode(), "kent.txt")
    reading = DEFAULT_STAGES.until("authors").run(Reading(doc, "kent.txt", catalogue))
    assert reading.authors == ["kent-police"] and reading.super_complaint.slug == "safe-to-share"
    assert reading.drafts == []
    quiet = analyse(doc, "kent.txt", catalogue, DEFAULT_STAGES.without("references"))
    assert quiet.responses[0].references == ()


def test_a_stage_is_inserted_by_name(catalogue):
    seen = []
    stages = DEFAULT_STAGES.after("alignment", "spy", lambda r: seen.append([s.ids for s in r.segments]))
    analyse(read_document(DOC.encode(), "kent.txt"), "kent.txt", catalogue, stages)
    assert seen == [[["1"], ["4"]]]
    assert stages.names.index("spy") == stages.names.index("alignment") + 1


def test_spans_read_their_text():
    assert Span(2, 5).text("abcdefg") == "cde"
