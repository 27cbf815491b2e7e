"""Failure classes found when the eighth held-out set was scored untuned (ADR 0008, round eight). Each is written
afresh here, in words neither heldout8 nor dev5 uses, so a rule is seen to read the class and not the sentence that
showed it; each test also checks the neighbouring reading the rule must not take."""
import pytest

from rectrack.extraction import extract_bytes
from rectrack.extraction.orgs import index


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _authors(catalogue, text: str) -> list[str]:
    return [o["id"] for o in _read(catalogue, text).to_json()["organisations"]]


_PPDA = "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint\n\n"


def _by_rec(result) -> dict:
    return {p.recommendation: p for p in result.responses}


def _tracker(status: str, update: str) -> str:
    return ("<html><head><title>Stalking tracker | Dorset Police</title></head><body><main>"
            "<h1>Dorset Police: stalking super-complaint tracker</h1><p>Last updated: 3 July 2025</p>"
            "<table><tr><th>Recommendation</th><th>Owner</th><th>Status</th><th>Update</th></tr>"
            f"<tr><td>10</td><td>Head of Learning</td><td>{status}</td><td>{update}</td></tr></table>"
            "</main></body></html>")


def _progress_of(catalogue, status: str, update: str) -> str:
    result = extract_bytes(_tracker(status, update).encode(), "t.html", catalogue)
    return _by_rec(result)["10"].progress


# --- a status column against its update -------------------------------------------------------------------

def test_complete_in_the_status_column_yields_to_an_update_saying_the_work_is_not_yet_in_effect(catalogue):
    assert _progress_of(catalogue, "Complete", "New course agreed by the Training Board; not yet launched, first "
                                               "dates are being set.") == "in_progress"
    assert _progress_of(catalogue, "Completed", "Course content finished; it goes to the Chief Officer Group for "
                                                "sign-off next month.") == "in_progress"
    # the neighbour: a complete task with a routine look-back stays complete
    assert _progress_of(catalogue, "Complete", "Every investigator has attended the new course. The content will be "
                                               "reviewed each year.") == "complete"


def test_not_started_beside_an_update_that_waits_on_a_national_body_is_awaiting_national_action(catalogue):
    assert _progress_of(catalogue, "Not started", "Dependent on the College of Policing publishing its new stalking "
                                                  "module.") == "awaiting_national"
    assert _progress_of(catalogue, "Not started", "No capacity in the learning team this year.") == "not_started"


def test_a_schedule_only_status_yields_to_an_update_in_headline_form_that_says_finished(catalogue):
    assert _progress_of(catalogue, "On schedule", "Training review concluded and its findings accepted by the "
                                                  "Chief Constable.") == "complete"
    assert _progress_of(catalogue, "On track", "Course being written with the Suzy Lamplugh Trust.") == "in_progress"


def test_a_pronoun_standing_for_the_answers_action_says_complete(catalogue):
    done = ("Dorset Police\n\nStalking super-complaint: position statement\n\n3 July 2025\n\n"
            "Recommendation 25. We were asked to agree what victims are told with the Commissioner. That is done. The "
            "card will be given to each victim by the attending officer and we plan to translate it.\n")
    assert _by_rec(_read(catalogue, done))["25"].progress == "complete"
    later = done.replace("That is done.", "That will be done in the autumn.")
    assert _by_rec(_read(catalogue, later))["25"].progress != "complete"


# --- dates --------------------------------------------------------------------------------------------------

def test_form_rows_and_email_headers_date_the_document_to_the_day(catalogue):
    body = "\n\nRecommendation 1. Every modern slavery case now has a named detective inspector.\n"
    head = "Suffolk Constabulary\n\nThe hidden victims: Report on Hestia's super-complaint\n\n"
    assert _read(catalogue, head + "Date of submission: 9 August 2021" + body).document_date == "2021-08-09"
    assert _read(catalogue, head + "Date of return: 9 August 2021" + body).document_date == "2021-08-09"
    assert _read(catalogue, head + "Last edited 9 August 2021 by the PPU" + body).document_date == "2021-08-09"
    email = ("From: Suffolk Constabulary\nSent: Monday, 9 August 2021 11:15\nTo: HMICFRS\nSubject: The hidden "
             "victims: Report on Hestia's super-complaint" + body)
    assert _read(catalogue, email).document_date == "2021-08-09"


def test_a_pages_review_date_is_not_its_date(catalogue):
    page = ("<html><head><title>Response | Suffolk Constabulary</title></head><body><main>"
            "<h1>Suffolk Constabulary: The hidden victims</h1>"
            "<p>Recommendation 1. Every modern slavery case now has a named detective inspector.</p>"
            "<div class='meta'><p>Published: 2 September 2021</p><p>Review date: September 2022</p></div>"
            "</main></body></html>")
    assert extract_bytes(page.encode(), "p.html", catalogue).document_date == "2021-09-02"


# --- authors ------------------------------------------------------------------------------------------------

def test_a_copy_list_over_several_lines_adds_no_author(catalogue):
    letter = ("Office of the Police and Crime Commissioner for Norfolk\n\n4 May 2023\n\n" + _PPDA +
              "Recommendation 3. The Commissioner has funded an independent adviser for victims whose abuser\n"
              "serves in the police; the post was filled in April.\n\n"
              "Yours sincerely,\n\nPolice and Crime Commissioner for Norfolk\n\n"
              "cc: Chief Constable, Norfolk Constabulary; Centre for Women's Justice;\n"
              "Domestic Abuse Commissioner; Home Office; the NPCC lead for\n"
              "domestic abuse\n")
    assert _authors(catalogue, letter) == ["norfolk-pcc"]


def test_a_forces_area_before_and_crime_names_the_commissioners_plan_or_panel_not_the_force(catalogue):
    idx = index(catalogue)
    for text in ("the Surrey Police and Crime Plan 2021-25", "reported to the Kent Police & Crime Panel"):
        assert all(m.entry.kind != "name" or not any(catalogue.org_by_id[i].kind == "force" for i in m.ids)
                   for m in idx.find(text)), text
    assert [m.ids for m in idx.find("Surrey Police and its partners") if m.entry.kind == "name"] == [("surrey-police",)]


def test_a_national_bodys_first_person_letter_is_not_a_commissioners_from_its_postal_area(catalogue):
    letter = ("Victims' Commissioner for England and Wales\n102 Petty France\nLondon SW1H 9AJ\n\n6 June 2023\n\n"
              "Dear Chief Inspector,\n\nHonour-based abuse super-complaint\n\n"
              "Recommendation 2. My office will ask victims whether officers understood their culture."
              "\n\nYours sincerely,\n\nHead of Policy, for the College of Policing\n")
    ids = _authors(catalogue, letter)
    assert "london-mayor" not in ids and "college-of-policing" in ids, ids


# --- tracker words, headings, narrative ------------------------------------------------------------------------

def _statement(body: str) -> str:
    return ("Bedfordshire Police\n\nSection 60 and community scrutiny super-complaint: update\n\n2 May 2024\n\n"
            + body + "\n")


def test_a_trackers_words_for_a_finished_line_read_as_complete(catalogue):
    for words in ("Status: Business as usual. Authorisations are checked each month.",
                  "Embedded - the check is part of the monthly stop and search board.",
                  "Superseded by the force's 2023 authorisation policy, which goes further."):
        assert _by_rec(_read(catalogue, _statement("Recommendation 2. " + words)))["2"].progress == "complete", words
    assert _by_rec(_read(catalogue, _statement("Recommendation 2. Status: Ongoing. Checks are being designed.")))[
        "2"].progress == "in_progress"


def test_a_heading_that_names_the_recommendation_after_its_subject_opens_its_answer(catalogue):
    page = ("<html><head><title>Stop and search | Bedfordshire Police</title></head><body><main>"
            "<h1>Bedfordshire Police: section 60 super-complaint</h1><p>Updated: 2 May 2024</p>"
            "<h2>Publishing authorisations (rec 4)</h2><p>Every authorisation is on our website within a day.</p>"
            "<h2>Argymhelliad 6 / Recommendation 6</h2><p>Community briefings are being planned.</p>"
            "<h2>Our record in 2019 (see table 4)</h2><p>We made 40 authorisations that year.</p>"
            "</main></body></html>")
    got = _by_rec(extract_bytes(page.encode(), "p.html", catalogue))
    assert set(got) == {"4", "6"}, set(got)
    assert got["4"].progress == "complete" and got["6"].progress == "in_progress"


@pytest.mark.parametrize("body, progress", [
    # a group set up to do the work: work under way, not done
    ("A working group led by the Superintendent for Neighbourhoods has been established with the council and youth "
     "groups. It first met in April.", "in_progress"),
    # a refusal in narrative: nothing will be done
    ("We have considered the proposal with the panel. The force does not intend to create a second panel, as the "
     "present one already covers the whole county.", "not_started"),
    # a piece of work told as finished in the simple past
    ("We have re-examined how panel members are chosen. That evaluation ended in April and what it found is described "
     "in the annex attached to this update.", "complete"),
])
def test_narrative_progress_a_careful_reader_takes(catalogue, body, progress):
    assert _by_rec(_read(catalogue, _statement("Recommendation 6. " + body)))["6"].progress == progress


# --- authors, again --------------------------------------------------------------------------------------------

def test_a_role_inside_a_commissioners_answers_and_a_cited_report_above_the_signature_add_no_author(catalogue):
    letter = ("Office of the Police and Crime Commissioner for Cumbria\n\n9 March 2023\n\n" + _PPDA +
              "Recommendation 1. The audit was finished in January; the constabulary's update gives its findings.\n\n"
              "Recommendation 3. I have asked our victims' service to report on support for these victims.\n\n"
              "2 IOPC, Annual report and statement of accounts, 2022.\n\n"
              "Yours sincerely,\n\nPolice, Fire and Crime Commissioner for Cumbria\n")
    assert _authors(catalogue, letter) == ["cumbria-pfcc"]
    # the neighbour: a heading of its own still names a section's author
    sections = letter.replace("Recommendation 3.", "Chief Constable's comments\n\nRecommendation 3.")
    assert "cumbria-constabulary" in _authors(catalogue, sections)


# --- after heldout9 (scored once untuned at the round's end) ----------------------------------------------------

_MS = "The hidden victims: Report on Hestia's super-complaint\n\n"
_MS_ANSWER = "\n\nRecommendation 1. Each modern slavery case has a named detective inspector.\n"


@pytest.mark.parametrize("head, date", [
    ("To: Chief Officer Group Date: 4 November 2021 From: Head of Crime", "2021-11-04"),  # fields run together
    ("Prepared for the Board. Due date: 30 June 2022\n\n4 November 2021", "2021-11-04"),  # a due date is a plan's
    ("Last review: 4 November 2021 (Crime Board)", "2021-11-04"),
    ("Posted by the Chief Constable on 4th November 2021", "2021-11-04"),
    ("Wednesday 4 November 2021, 09.30, Force Headquarters", "2021-11-04"),  # a meeting's dateline
])
def test_more_places_where_a_document_dates_itself(catalogue, head, date):
    assert _read(catalogue, "Norfolk Constabulary\n\n" + _MS + head + _MS_ANSWER).document_date == date


def test_a_report_published_by_a_national_body_does_not_make_it_the_author(catalogue):
    text = ("Norfolk Constabulary\n\n14 October 2021\n\n" + _MS + "We respond here to the report on modern slavery "
            "published by HMICFRS in May 2021." + _MS_ANSWER)
    assert _authors(catalogue, text) == ["norfolk-constabulary"]
    own = "Response published by Norfolk Constabulary\n\n14 October 2021\n\n" + _MS + _MS_ANSWER.strip()
    assert _authors(catalogue, own) == ["norfolk-constabulary"]


def test_an_answer_in_minutes_reported_speech_is_found(catalogue):
    text = ("NORFOLK CONSTABULARY - CRIME BOARD\n\n14 October 2021\n\n" + _MS + "The Detective Superintendent "
            "confirmed that, on recommendation 1, a senior investigator is now named for every case.\n")
    assert "1" in _by_rec(_read(catalogue, text))


@pytest.mark.parametrize("answer, progress", [
    # an answer joined to the recommendation's description by "and"
    ("Recommendation 1 asked forces to give each case a senior investigator and we have done so since June.",
     "complete"),
    # the rest of a hard-wrapped sentence after a label line is no status of its own
    ("2. Recommendation 1. Allocating a named senior investigator to every case is about half\ncomplete; the other "
     "teams follow in the new year.", "in_progress"),
    # something made but still on trial is under way
    ("Recommendation 1. Tool written and signed off; on trial in the west.", "in_progress"),
])
def test_more_answers_a_careful_reader_takes(catalogue, answer, progress):
    text = "Norfolk Constabulary\n\n14 October 2021\n\n" + _MS + answer + "\n"
    assert _by_rec(_read(catalogue, text))["1"].progress == progress
