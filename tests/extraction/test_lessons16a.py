"""Whose numbering a number is (ADR 0008, Decision 34: round fourteen, helper align16, on heldout27 and heldout28).
A list of short lines each led by the report's numbers and a dash or colon answers each number; a passage opening by
calling the recommendation a national body's matter is put aside; the report's listing verb negated and the
document's own scope put a number aside; in a paper answering two reports, the other report's section holds that
report's numbers. Each test is written afresh, in words neither those sets nor dev23 use; each fails on the round's
starting code (dfead50) unless it says it checks the neighbouring reading the rule must not take (those pass on
both)."""
from tests.extraction.test_lessons9 import _read

_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"
_DUTY = ("A duty to protect: Police use of protective measures in cases involving violence against women and "
         "girls\n\n")
_SLAVERY = "The hidden victims: Report on Hestia's super-complaint\n\n"
_PPDA = "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint\n\n"


def _by_rec(result) -> dict:
    return {p.recommendation: p for p in result.responses}


def test_short_lines_led_by_the_reports_numbers_answer_each(catalogue):
    # base: no line names "recommendation" before its number, so the note answered nothing
    text = ("From: Head of Public Protection, Cumbria Constabulary\nSent: 4 April 2025 12:10\n"
            "Subject: stalking recommendations 7 and 10 - note for the Chief\n\n" + _STALKING
            + "Chief,\n\nBrief position on our two, as requested.\n\n"
            "7: finished. The records change went live on 1 March and the interim flag has been withdrawn.\n\n"
            "10 - under way. Two thirds of response officers have completed the new course so far.\n\n"
            "Regards,\nHead of Public Protection\n")
    found = _by_rec(_read(catalogue, text, "n.txt"))
    assert set(found) == {"7", "10"}
    assert found["7"].progress == "complete"
    assert found["10"].progress == "in_progress"


def test_a_numbered_agenda_is_the_documents_own_numbering(catalogue):
    # the neighbouring reading (passes on both): minutes' items 1, 2, 3 led by a dash are the document's own
    # numbering, though the report has recommendations 1 to 3, unless the text names each as a recommendation
    text = ("Gwent Police and Crime Panel: minutes of 3 June 2025\n\n" + _STALKING
            + "1 - Apologies were received from two members.\n\n"
            "2 - The minutes of the last meeting were agreed.\n\n"
            "3 - The Chief Constable reported that recommendation 12 had been completed in May.\n\n")
    found = _by_rec(_read(catalogue, text, "m.txt"))
    assert "1" not in found and "2" not in found


def test_a_passage_opening_as_a_national_bodys_matter_is_put_aside(catalogue):
    # base: the report's only recommendation, quoted, then "This remains a matter for the Government" and the
    # commissioner's own work on other findings, was read as the commissioner waiting on the Government
    text = ("# Lancashire Police and Crime Commissioner\n\n2 November 2021\n\n" + _SLAVERY
            + "The report makes one recommendation, to the Home Office:\n\n"
            "\"In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims "
            "Commissioners, the Crown Prosecution Service, voluntary agencies that provide support to victims, "
            "and others as appropriate, commission work to better understand the victim experience of the police "
            "response to modern slavery.\"\n\n"
            "This remains a matter for the Government. The rest of this page describes the support the "
            "Commissioner has commissioned for survivors since the report.\n\n"
            "## Survivor support\n\nA specialist caseworker was appointed in October.\n")
    assert "1" not in _by_rec(_read(catalogue, text, "p.md"))


def test_a_recommendation_not_made_to_the_writer_is_put_aside(catalogue):
    # base: "was not made to" (the report's listing verb, negated) was read as the answer's words
    text = ("Durham Constabulary\n\nInformation request reply, 5 July 2023\n\n" + _PPDA
            + "Recommendation 1. Allegations are referred to Professional Standards on the day they are made, and "
            "have been since January.\n\n"
            "Recommendation 4. This was not made to chief constables; the force has no information to give.\n\n")
    found = _by_rec(_read(catalogue, text, "f.txt"))
    assert "1" in found and "4" not in found


def test_a_number_outside_the_documents_scope_is_put_aside(catalogue):
    # base: "is not part of this note" did not put the number aside, and 25 was answered
    text = ("Office of the Police and Crime Commissioner for Devon and Cornwall\n\nBriefing note, 12 March 2025\n\n"
            + _STALKING
            + "Recommendation 15. The review of stalking services has been completed and the contract extended.\n\n"
            "Recommendation 25 is being discussed with criminal justice partners and is not part of this note.\n\n")
    found = _by_rec(_read(catalogue, text, "b.txt"))
    assert "15" in found and "25" not in found


def test_another_reports_section_holds_that_reports_numbers(catalogue):
    # base: in a paper answering two reports, the second report's "Recommendation 4" and "Recommendation 5" were
    # read as the first report's answers
    text = ("# Essex Police, Fire and Crime Panel, 8 May 2025: stalking super-complaint update\n\n"
            "Report of the Essex Police, Fire and Crime Commissioner\n\n"
            "## The police response to stalking\n\n"
            "Recommendation 15. The Commissioner's review of stalking services was completed in March.\n\n"
            "## A duty to protect\n\n"
            "Recommendation 4. Bail checks by inspectors have been in place since 2023.\n\n"
            "Recommendation 5. The order template is being rewritten.\n\n"
            "## Decision\n\nThe Panel is asked to note the update.\n")
    found = _by_rec(_read(catalogue, text, "e.md"))
    assert "15" in found
    assert "4" not in found and "5" not in found


def test_a_row_whose_cell_says_whose_it_is_is_put_aside(catalogue):
    # base: the row's cells read joined ("Home Office A matter for the Home Office") hid the cell's own start, so
    # the row was an answer
    text = ("# College of Policing: Safe to share? actions\n\n28 June 2021\n\n"
            "Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status\n\n"
            "| Rec | Addressed to | Our response |\n|---|---|---|\n"
            "| 1 | Chief constables | Our guidance on this was published in May and is being used by forces. |\n"
            "| 7 | Home Office | A matter for the Home Office |\n")
    found = _by_rec(_read(catalogue, text, "t.md"))
    assert "1" in found and "7" not in found


def test_a_number_inside_a_clause_of_waiting_is_what_is_waited_on(catalogue):
    # base: "until the standard that the NPCC is setting under recommendation 3 is published" split the passage and
    # gave recommendation 2's answer to 3
    text = ("Lancashire Constabulary\n\n2 May 2023\n\n"
            "How the police respond to victims of sexual abuse when the victim is from an ethnic minority background "
            "and may be at risk of honour-based abuse: Report on Tees Valley Inclusion Project's super-complaint\n\n"
            "Recommendation 2\n\nThe awareness course is ready, but we are holding it back until the recording "
            "standard that the NPCC is setting under recommendation 3 is published.\n")
    found = _by_rec(_read(catalogue, text, "w.txt"))
    assert set(found) == {"2"}


def test_the_reply_answers_by_the_requests_question_numbers(catalogue):
    # base: "Question 2 -" was no marker, so recommendation 5's answer was lost (and "Question 1"'s passage ran on)
    text = ("Freedom of information reply, Cleveland Police\n\nDate of response: 19 January 2023\n\n" + _DUTY
            + "You asked:\n\n1. Has the force done what recommendation 2 asks?\n\n"
            "2. What progress has been made on recommendation 5?\n\n"
            "3. How many notices were issued under recommendation 9?\n\n"
            "Answer\n\nQuestion 1 - Yes. The change was completed in September.\n\n"
            "Question 2 - Work is in progress; the new forms are being trialled.\n\n"
            "Question 3 - The force does not hold this information centrally.\n")
    found = _by_rec(_read(catalogue, text, "q.txt"))
    assert set(found) == {"2", "5"}  # the third question's answer says only that nothing is held
    assert found["5"].progress == "in_progress"


def test_a_forms_title_row_naming_one_recommendation_is_its_subject_line(catalogue):
    # base: every line of the record is a table row, and rows were never read as a subject line, so nothing was
    # answered
    text = ("# Decision notice 2024/07\n\nPolice and Crime Commissioner for Hampshire\n\n"
            "| Field | Entry |\n|---|---|\n"
            "| Title | Section 60 and community scrutiny of stop and search super-complaint: recommendation 8 |\n"
            "| Decision | I approve funding for the scrutiny panel's training and a new coordinator post. |\n"
            "| Progress | The coordinator was appointed in May and the training has been delivered. |\n"
            "| Date | 3 June 2024 |\n")
    assert set(_by_rec(_read(catalogue, text, "d.md"))) == {"8"}
