"""Wording a writer chooses that a careful reader reads as the usual wording: classes the wording changes of
`perturb_wording.py` found over every labelled set (ADR 0008, Decision 28). Each test is written afresh in words
of its own (no committed document's, perturbed or not); each fails on the code at the start of round thirteen
(7206575) and passes now."""
from rectrack.extraction import extract_bytes

_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"


def _read(catalogue, text: str, name: str):
    return extract_bytes(text.encode(), name, catalogue)


def _by_rec(result) -> dict:
    return {p.recommendation: p for p in result.responses}


# --- a full stop that ends an abbreviation before a number ends no sentence ---------------------------------

def test_an_abbreviation_before_a_number_does_not_end_the_sentence(catalogue):
    # base: "Rec." and "No." ended a sentence, so "12 the force has finished ..." named no recommendation and the
    # answers were lost (no answer at all)
    text = ("# Stalking: where we are\n\n" + _STALKING + "Humberside Police, June 2023\n\nOn Rec. 12 the force has "
            "finished its review of stalking protection orders. For Recommendation No. 9 the new triage questions "
            "are being tested in two districts.\n")
    got = _by_rec(_read(catalogue, text, "a.md"))
    assert set(got) == {"9", "12"}
    assert got["12"].progress == "complete" and got["9"].progress == "in_progress"


# --- a short form of "recommendation" is the word -----------------------------------------------------------

def test_a_short_form_of_recommendation_is_read_as_the_word_for_its_position(catalogue):
    # base: "Rec 16 was accepted" was no statement of the position (the position rules read "recommendation")
    text = ("Essex Police and Crime Commissioner\n\n" + _STALKING + "Rec 16 was accepted in full by the "
            "Commissioner when the report came out.\n\nThe review of services it asks for is now finished.\n")
    assert _by_rec(_read(catalogue, text, "a.txt"))["16"].position == "accepted"
    # in capitals, as under a heading set in capitals
    assert _by_rec(_read(catalogue, text.replace("Rec 16", "REC 16"), "a.txt"))["16"].position == "accepted"


# --- a contraction says what its full form says -------------------------------------------------------------

def test_a_negative_contraction_is_a_negative(catalogue):
    # base: "we don't accept this recommendation" read as accepted (the "not" the rules look for is not there)
    text = ("Surrey Police\n\n" + _STALKING + "Recommendation 5: we haven't begun this work yet.\n\n"
            "Recommendation 7: we don't accept this recommendation, as the force already flags these crimes.\n\n"
            "Recommendation 10: we're drafting the course with the College.\n")
    got = _by_rec(_read(catalogue, text, "c.txt"))
    assert got["7"].position == "not_accepted"
    assert got["5"].progress == "not_started" and got["10"].progress == "in_progress"


# --- a weekday before a date is part of the date ------------------------------------------------------------

def test_a_weekday_before_a_date_keeps_the_dating_cue_before_it(catalogue):
    # base: the day's name stood between the cue ("updated", "Position at", an email's "Sent:") and the date, so
    # the cue was not read and the document was dated to the month of a later mention or of its own date
    body = _STALKING + "Recommendation 10: the investigators' course is under way; it began on 1 August 2023.\n"
    byline = "# Stalking: our delivery log\n\nNorfolk Constabulary - updated Friday 6 October 2023, for the board\n\n"
    assert _read(catalogue, byline + body, "w.md").document_date == "2023-10-06"
    position = "Norfolk Constabulary\n\nPosition at Wednesday 4 October 2023, for the scrutiny panel.\n\n"
    assert _read(catalogue, position + body, "w.txt").document_date == "2023-10-04"
    email = ("From: Head of Public Protection, Norfolk Constabulary\nSent: Wed 4 Oct 2023 10:12\n"
             "Subject: stalking update\n\n")
    assert _read(catalogue, email + body, "e.txt").document_date == "2023-10-04"


# --- a status column's words ---------------------------------------------------------------------------------

def test_in_train_in_a_status_column_is_under_way(catalogue):
    # base: "In train" (work set going) was no status word, and the row was read as not stated
    page = ("<html><body><main><h1>Merseyside Police: stalking plan</h1><p>" + _STALKING.strip() + "</p>"
            "<table><tr><th>Recommendation</th><th>Lead</th><th>Status</th></tr>"
            "<tr><td>10. Training for investigators</td><td>Head of Learning</td><td>In train</td></tr>"
            "<tr><td>12. Guidance</td><td>Head of PVP</td><td>Complete</td></tr></table></main></body></html>")
    got = _by_rec(_read(catalogue, page, "t.html"))
    assert got["10"].progress == "in_progress" and got["12"].progress == "complete"


def test_a_recommendations_number_written_with_no_or_in_words_is_its_number(catalogue):
    # base: "Recommendation No. 16 has been accepted" was no answer at all (its full stop ended a sentence), and
    # "number 16" and "sixteen" were read for the answer but not by the rules written with the figure after the
    # word (the position was not stated)
    for name in ("No. 16", "number 16", "sixteen"):
        text = ("Lincolnshire Police and Crime Commissioner\n\n" + _STALKING + f"Recommendation {name} has been "
                "accepted by the Commissioner, who has asked for the review of services to start in the spring.\n")
        assert _by_rec(_read(catalogue, text, "n.txt"))["16"].position == "accepted", name
