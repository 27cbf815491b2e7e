"""`rectrack extract --recommendations`: a report's numbered recommendations with recipients, due dates
and parts, in every format; a typed function for the service."""
import json

import pytest
import reports

from rectrack.extraction import ExtractionError, read_report
from rectrack.extraction.cli import main
from rectrack.extraction.recipients import recipients_in
from rectrack.extraction.report import ReportResult

FORMATS = [("text", "txt"), ("markdown", "md"), ("html", "html"), ("docx", "docx"), ("pdf", "pdf")]


@pytest.mark.parametrize("fmt,ext", FORMATS)
def test_every_recommendation_with_its_recipients_due_date_and_parts(fmt, ext):
    result = read_report(reports.report(fmt), f"report.{ext}")
    got = {r.id: (r.recipients, r.due, tuple(p.id for p in r.parts)) for r in result.recommendations}
    assert got == reports.GOLD
    assert not result.warnings
    three = next(r for r in result.recommendations if r.id == "3")
    assert three.text.startswith("By 31 December 2026, chief constables should review")
    assert three.parts[0].text == "Call handlers should be trained to recognise repeat victimisation."
    assert "Action 1" not in " ".join(r.text for r in result.recommendations)  # actions are not recommendations


def test_the_command_line_prints_one_object_per_file(tmp_path, capsys):
    report, missing = tmp_path / "report.html", tmp_path / "missing.pdf"
    report.write_bytes(reports.report("html"))
    assert main(["--recommendations", str(report), str(missing)]) == 1
    first, second = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert first["file"] == str(report) and [r["id"] for r in first["recommendations"]] == [
        str(i) for i in range(1, 10)
    ]
    seven = first["recommendations"][6]
    assert seven == {**seven, "recipients": ["npcc"], "due": "2027-03-31", "parts": []}
    assert set(first["recommendations"][1]) >= {"id", "recipients", "text", "due", "parts"}
    assert second == {"file": str(missing), "error": "The file does not exist."}


def test_the_typed_result_survives_json():
    result = read_report(reports.report("markdown"), "report.md")
    assert ReportResult.from_json(result.to_json()).recommendations == result.recommendations
    with pytest.raises(ExtractionError, match="not valid"):
        ReportResult.from_json({"file": "x", "recommendations": [{"id": ""}]})


def test_a_document_without_recommendations_says_so():
    result = read_report(b"Kent Police\n\nWe have nothing to add.\n", "letter.txt")
    assert result.recommendations == () and result.warnings == ("No numbered recommendations were found.",)


@pytest.mark.parametrize("phrase,classes", [
    ("chief constables and police and crime commissioners", ("chief_constables", "policing_bodies")),
    ("PCCs and their mayor equivalents", ("policing_bodies",)),
    ("the Home Office and the Ministry of Justice", ("home_office", "ministry_of_justice")),
    ("the National Police Chiefs' Council", ("npcc",)),
])
def test_recipients_in_the_catalogue_vocabulary(phrase, classes):
    assert recipients_in(phrase) == classes


def test_a_long_list_of_unnamed_parts_never_runs_out_of_names():
    """More than 26 bullets under one recommendation: named a..z, then aa, ab ... (it raised StopIteration)."""
    bullets = "\n".join(f"- do thing number {i} about the policy" for i in range(40))
    text = (f"Recommendations\n\nRecommendation 1\n\nBy 1 June 2026, chief constables should:\n\n{bullets}\n\n"
            "Recommendation 2\n\nThe College of Policing should publish guidance.\n")
    first = read_report(text.encode(), "report.md").recommendations[0]
    ids = [p.id for p in first.parts]
    assert len(ids) == 40 and len(set(ids)) == 40
    assert ids[:2] == ["1a", "1b"] and ids[25:28] == ["1z", "1aa", "1ab"]
