"""Who wrote a document and when: classes heldout25 and heldout26 showed (ADR 0008, Decision 25). Each is written
afresh here, in words neither those sets nor dev17 use, so a rule is seen to read the class and not the sentence that
showed it; each test fails on the code before the round (7206575) and, where there is one, also checks the
neighbouring reading the rule must not take."""
from tests.extraction.test_lessons9 import _HBA, _STALKING, _read


def _ids(result) -> list[str]:
    return [o.id for o in result.organisations]


# --- when -------------------------------------------------------------------------------------------------------

def test_a_full_date_in_the_opening_lines_keeps_its_day_without_a_cue(catalogue):
    # base: "..., 14 January 2025" closing a long opening line had no dating word before it; the date was read as the
    # latest event the document reports and cut to "2025-01"
    text = ("# Stalking super-complaint\n\nAnswer sent by the Chief Constable of Gwent Police to the Inspectorate "
            "and to the College of Policing, 14 January 2025\n\n" + _STALKING +
            "Recommendation 10: our training on stalking was refreshed in December 2024 and is now complete.\n")
    assert _read(catalogue, text, "g.md").document_date == "2025-01-14"


def test_an_event_in_the_body_still_dates_an_undated_document_only_to_its_month(catalogue):
    # the neighbour of the rule above (unchanged from base): a day told of an event in the answers is not the
    # document's own day; the document was written then or later
    text = ("# Stalking super-complaint: Gwent Police\n\n" + _STALKING + "Our work so far.\n\nMore work.\n\n"
            "Recommendation 10: our training on stalking was refreshed and signed off by the Chief Officer Group on "
            "9 December 2024.\n")
    assert _read(catalogue, text, "g.md").document_date == "2024-12"


def test_a_dateline_sentence_outranks_the_earlier_day_its_data_stood(catalogue):
    # base: "as at 30 September 2024" ranked above every date line, so the paper's own month was lost to its data's day
    text = ("# Stalking: how forces stand\n\nNovember 2024. Force data as at 30 September 2024.\n\n" + _STALKING +
            "Recommendation 10: thirty forces have refreshed their training.\n")
    assert _read(catalogue, text, "n.md").document_date == "2024-11"
    # the neighbour: where the document gives no date of its own, the day its data stood still dates it
    alone = ("# Stalking: how forces stand\n\nForce data as at 30 September 2024.\n\n" + _STALKING +
             "Recommendation 10: thirty forces have refreshed their training.\n")
    assert _read(catalogue, alone, "n.md").document_date == "2024-09-30"


def test_a_record_is_dated_by_the_meeting_its_opening_lines_name(catalogue):
    # base: "Meeting of 11 September 2024" under a title ending "notes" read the day as an event's ("meeting of"), so
    # the record was dated only to its latest event's month
    text = ("Stalking Scrutiny Board - notes\n\nMeeting of 11 September 2024 at the Commissioner's office\n\n" +
            _STALKING + "Recommendation 15: the Commissioner reported that the review of stalking services had "
            "started in August.\n")
    assert _read(catalogue, text).document_date == "2024-09-11"


# --- who --------------------------------------------------------------------------------------------------------

def test_a_joint_masthead_names_every_body_it_joins(catalogue):
    # base: only a single name as a sentence of its own, then "Version" or "as at", was a masthead; "X and the Y." then
    # "Published ..." gave neither, and the force named nowhere else as the writer was lost
    text = ("# Honour-based abuse: our joint position\n\nMerseyside Police and the Merseyside Police and Crime "
            "Commissioner. Published 2 October 2023.\n\n" + _HBA +
            "Recommendation 1: the revised policy has been approved by the Commissioner and is in force.\n")
    assert set(_ids(_read(catalogue, text, "m.md"))) == {"merseyside-police", "merseyside-pcc"}


def test_a_body_on_an_email_headers_to_line_is_whom_it_was_sent_to(catalogue):
    # base: the force on the wrapped "To:" line stood in the title's lines and was read as a second writer
    text = ("From: Policy Officer, Office of the Police and Crime Commissioner for Suffolk\n"
            "To: Chief Inspector Dana Whitlock, Safeguarding Hub,\n"
            "Suffolk Constabulary\n"
            "Sent: 2 February 2024 14:30\n"
            "Subject: Honour-based abuse - the Commissioner's note\n\n"
            "Dana,\n\nThe Commissioner has asked me to record that recommendation 1 of the report on the Tees Valley "
            "Inclusion Project's super-complaint is now in hand with the force.\n\nRegards,\nAlex\n")
    assert _ids(_read(catalogue, text)) == ["suffolk-pcc"]


def test_a_title_naming_the_work_it_examines_does_not_make_that_body_a_writer(catalogue):
    # base: the title's "Review of Merseyside Police's progress" gave the force a title's points, as a writer's own
    # "Merseyside Police's progress report" would; what a paper reviews is its subject (as in a sentence already)
    text = ("Merseyside Police and Crime Commissioner\n\nReview of Merseyside Police's progress on the honour-based "
            "abuse super-complaint\n\nPolice and Crime Board, 6 June 2023\n\n" + _HBA +
            "Recommendation 1: the Commissioner heard that the revised policy is in force.\n")
    assert _ids(_read(catalogue, text)) == ["merseyside-pcc"]
