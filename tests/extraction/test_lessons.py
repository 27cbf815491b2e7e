"""Failure classes found when the second held-out set was scored (each written afresh here, in more
than one format, so the fix is tested on documents the held-out set does not contain)."""
import pytest

from makers import docx_bytes, pdf_bytes
from rectrack.extraction import extract_bytes

# --- a subject line naming several recommendations, then one paragraph for each -----------------------

_SUBJECT = "Update on recommendations 2 and 4"
_TWO = ("With regard to recommendation 2, the force has finished training every public protection "
        "investigator on the new approach.")
_FOUR = ("Turning to recommendation 4, we have begun mapping referral routes with the two councils "
         "and expect to finish in the spring.")


def _subject_letter(fmt: str) -> bytes:
    if fmt == "html":
        return (f"<html><body><p>Lancashire Constabulary</p><p>4 May 2023</p><p><strong>{_SUBJECT}</strong></p>"
                f"<p>{_TWO}</p><p>{_FOUR}</p><p>Yours sincerely,</p><p>Chief Constable</p></body></html>").encode()
    if fmt == "md":
        return f"Lancashire Constabulary\n\n4 May 2023\n\n**{_SUBJECT}**\n\n{_TWO}\n\n{_FOUR}\n\nYours sincerely,\n".encode()
    if fmt == "docx":
        def build(d):
            d.add_paragraph("Lancashire Constabulary")
            d.add_paragraph("4 May 2023")
            d.add_paragraph().add_run(_SUBJECT).bold = True
            d.add_paragraph(_TWO)
            d.add_paragraph(_FOUR)
            d.add_paragraph("Yours sincerely,")
        return docx_bytes(build)
    return pdf_bytes(f"<p>Lancashire Constabulary</p><p>4 May 2023</p><p><b>{_SUBJECT}</b></p><p>{_TWO}</p>"
                     f"<p>{_FOUR}</p><p>Yours sincerely,</p>")


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_a_bold_subject_naming_two_recommendations_still_splits_at_each(catalogue, fmt):
    text = _subject_letter(fmt)
    # the stalking report's recommendation 2 and 4 are for chief constables
    text = text.replace(b"Update on", b"Stalking super-complaint: update on")
    r = extract_bytes(text, "letter." + fmt, catalogue)
    got = {x.recommendation: x.progress for x in r.responses}
    assert got == {"2": "complete", "4": "in_progress"}, got
    four = next(x for x in r.responses if x.recommendation == "4")
    assert four.label.startswith("Turning to recommendation 4") and not four.shared_with


# --- an action plan whose parts stand differently ------------------------------------------------------

def _plan_html(rows: str) -> bytes:
    return ("<html><head><title>Stalking action plan | Dorset Police</title></head><body><main>"
            "<h1>Dorset Police stalking super-complaint action plan</h1><p>Updated June 2025</p>"
            "<table><tr><th>Rec</th><th>Sub</th><th>Owner</th><th>Initial response (December 2024)</th>"
            "<th>May 2025 update</th></tr>" + rows + "</table></main></body></html>").encode()


def test_parts_of_an_action_plan_are_read_one_by_one(catalogue):
    rows = ("<tr><td rowspan='2'>7</td><td>7.1</td><td>Crime registrar</td><td>Asked the supplier.</td>"
            "<td>Change being built; live in August.</td></tr>"
            "<tr><td>7.2</td><td>Intelligence manager</td><td>Manual checks agreed.</td>"
            "<td>Manual checks in place every week.</td></tr>"
            "<tr><td>10</td><td>10.1</td><td>Learning and development</td><td>Course being written.</td>"
            "<td>Course delivered to every investigator.</td></tr>")
    r = extract_bytes(_plan_html(rows), "plan.html", catalogue)
    got = {x.recommendation: x.progress for x in r.responses}
    assert got == {"7": "in_progress", "10": "complete"}, got
    seven = next(x for x in r.responses if x.recommendation == "7")
    assert [(a.id, a.progress) for a in seven.actions] == [("7.1", "in_progress"), ("7.2", "complete")]
    assert "latest dated update" in seven.progress_reason.rule and seven.progress_reason.sentence


@pytest.mark.parametrize("sentence,expected", [
    ("We began this work in the spring.", "in_progress"),
    ("Work on the new referral route began last month.", "in_progress"),
    ("Course delivered to every investigator.", "complete"),
    ("Guidance issued to all officers.", "complete"),
])
def test_terse_and_past_tense_statements(catalogue, sentence, expected):
    from rectrack.extraction.status import progress_finding
    assert progress_finding(sentence, [(0, len(sentence))]).value == expected


# --- a news item quoting a spokesperson -----------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_a_quoted_spokesperson_is_not_an_author(catalogue, fmt):
    body = ("All police and crime commissioners have agreed to review the services they commission for "
            "victims of stalking, in answer to the Suzy Lamplugh Trust's super-complaint.")
    quote = ("The APCC's joint lead for victims, the Police, Fire and Crime Commissioner for Essex, said: "
             "\u201cVictims must be believed.\u201d")
    if fmt == "html":
        data = (f"<html><head><title>Commissioners answer stalking report | APCC</title>"
                f"<meta property='og:site_name' content='Association of Police and Crime Commissioners'></head>"
                f"<body><main><h1>Commissioners answer stalking report</h1><p>3 March 2025</p><p>{body}</p>"
                f"<p>{quote}</p></main></body></html>").encode()
    else:
        data = f"APCC news\n\nCommissioners answer stalking report\n\n3 March 2025\n\n{body}\n\n{quote}\n".encode()
    r = extract_bytes(data, "news." + fmt, catalogue)
    ids = [o.id for o in r.organisations]
    assert ids == ["apcc"], ids
