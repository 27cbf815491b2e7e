"""Failure classes found when the eleventh held-out set was scored untuned (ADR 0008, round nine). Each is written
afresh here, in words neither heldout11 nor dev6 uses, so a rule is seen to read the class and not the sentence that
showed it; each test also checks the neighbouring reading the rule must not take."""
from rectrack.extraction import extract_bytes

_STALKING = "The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint\n\n"
_HBA = ("How the police respond to victims of sexual abuse when the victim is from an ethnic minority background and "
        "may be at risk of honour-based abuse: Report on Tees Valley Inclusion Project's super-complaint\n\n")
_SLAVERY = "The hidden victims: Report on Hestia's super-complaint\n\n"


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _by_rec(result) -> dict:
    return {p.recommendation: p for p in result.responses}


def _letter(body: str, head: str = _STALKING, who: str = "Dyfed-Powys Police") -> str:
    return f"{who}\n\n12 June 2025\n\n{head}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\nChief Constable\n"


# --- where an answer starts ---------------------------------------------------------------------------------

def test_reported_speech_whose_clause_has_the_recommendation_as_or_inside_its_subject_opens_its_answer(catalogue):
    minutes = _letter("The Superintendent told the board that recommendation 3 had been completed in May.\n\n"
                      "The Head of Crime said that the stalking clinic set up for recommendation 8 was running in two "
                      "of the four districts.")
    found = _by_rec(_read(catalogue, minutes))
    assert found["3"].progress == "complete"
    assert found["8"].progress == "in_progress"
    # the neighbour: a clause that only talks about the recommendation answers nothing
    remark = _letter("The Superintendent said that recommendation 3 matters a great deal to victims.")
    assert "3" not in _by_rec(_read(catalogue, remark))


def test_a_recommendation_named_at_its_sentences_end_opens_its_answer(catalogue):
    found = _by_rec(_read(catalogue, _letter("Work is yet to start on recommendation 11, as the post is vacant.")))
    assert found["11"].progress == "not_started"
    found = _by_rec(_read(catalogue, _letter("Among those we have dealt with is recommendation 9. Stalking cases "
                                             "are now reviewed by a detective inspector within a day.")))
    assert found["9"].progress == "complete"
    # the neighbour: "in line with recommendation 9" only refers to it
    assert "9" not in _by_rec(_read(catalogue, _letter("Our policy was written in line with recommendation 9.")))


def test_an_ordinal_names_the_reports_recommendation_when_no_list_came_before(catalogue):
    found = _by_rec(_read(catalogue, _letter("The report's second recommendation is about cultural awareness. "
                                             "Every public protection officer has now been trained.", head=_HBA)))
    assert found["2"].progress == "complete"
    # the neighbour: after a list, "the first recommendation" is the list's first, not the report's
    listed = _letter("Recommendations 2 and 3 concern us.\n\nThe first recommendation is about training. Every public "
                     "protection officer has now been trained.", head=_HBA)
    found = _by_rec(_read(catalogue, listed))
    assert "1" not in found and found["2"].progress == "complete"


def test_a_recommendation_named_by_its_only_recipient_or_as_a_one_recommendation_reports_is_that_one(catalogue):
    # honour-based abuse: only the third is for the NPCC
    npcc = _letter("The recommendation addressed to the NPCC is about data standards. The new standard was issued "
                   "to forces in March.", head=_HBA, who="National Police Chiefs' Council")
    assert _by_rec(_read(catalogue, npcc))["3"].progress == "complete"
    # two are for chief constables: "the recommendation for chief constables" says neither
    both = _letter("The recommendation for chief constables was read with care. Policies were updated in March.",
                   head=_HBA)
    assert not {"1", "2"} & set(_by_rec(_read(catalogue, both)))
    # the hidden victims makes one recommendation: a letter that never numbers it answers it
    single = _letter("We have given our survivors' accounts to the Home Office to help with the recommendation, and "
                     "more interviews are planned.", head=_SLAVERY)
    assert _by_rec(_read(catalogue, single))["1"].progress == "in_progress"
    # the neighbour: a report with many recommendations gives "the recommendation" no number
    many = _letter("We have given our accounts to the Home Office to help with the recommendation.")
    assert not _by_rec(_read(catalogue, many))


def test_recommendations_others_will_answer_directly_are_not_answered_here(catalogue):
    text = _letter("Recommendations 10 and 11 are for chief constables, and I know each of them is replying to you "
                   "directly.\n\nRecommendation 27. The guidance for commissioners was published in March.",
                   who="Association of Police and Crime Commissioners")
    found = _by_rec(_read(catalogue, text))
    assert "10" not in found and "11" not in found
    assert found["27"].progress == "complete"


def test_a_sentence_saying_what_the_report_asks_closed_by_its_number_opens_the_answer_after_it(catalogue):
    text = _letter("The report calls on commissioners to look again at advocacy services (recommendation 15). We "
                   "did so in January and found no gaps.", who="Dyfed-Powys Police and Crime Commissioner")
    assert _by_rec(_read(catalogue, text))["15"].progress == "complete"
    # the neighbour: with nothing after it, the sentence answers nothing
    alone = _letter("The report calls on commissioners to look again at advocacy services (recommendation 15).",
                    who="Dyfed-Powys Police and Crime Commissioner")
    assert "15" not in _by_rec(_read(catalogue, alone))


def test_a_paper_naming_one_recommendation_in_its_background_answers_it_in_its_later_sections(catalogue):
    paper = ("<html><head><title>Decision record 2022/08 | Dyfed-Powys Police and Crime Commissioner</title></head>"
             "<body><main><h1>Decision record 2022/08</h1><p>3 February 2022</p><p>A duty to protect: Police use of "
             "protective measures in cases involving violence against women and girls</p><h2>Background</h2><p>The "
             "report was published in December 2021 after an investigation of the Centre for Women's Justice "
             "super-complaint. Recommendation 11 of that report asks commissioners and forces to make sure victims "
             "can get advice on protective orders.</p><h2>Options</h2><p>To commission an independent service, or to "
             "ask the force to provide one.</p><h2>Decision</h2><p>I approve an independent service. The provider has "
             "been appointed and work is under way.</p></main></body></html>")
    found = _by_rec(_read(catalogue, paper, "d.html"))
    assert set(found) == {"11"} and found["11"].progress == "in_progress"
    # the neighbour: a paper naming two recommendations in its background says which its sections answer, or none
    two = paper.replace("Recommendation 11 of that report asks", "Recommendations 11 and 12 of that report ask")
    assert not _by_rec(_read(catalogue, two, "d.html"))


# --- how far the work has got -------------------------------------------------------------------------------

def test_a_local_sign_off_still_awaited_is_work_under_way_and_a_national_one_is_awaiting_national(catalogue):
    local = _letter("Recommendation 10. The revised course was awaiting sign-off by the Learning Board in July.")
    assert _by_rec(_read(catalogue, local))["10"].progress == "in_progress"
    national = _letter("Recommendation 10. We are awaiting approval of the national course by the College of "
                       "Policing.")
    assert _by_rec(_read(catalogue, national))["10"].progress == "awaiting_national"


def test_what_was_asked_said_to_be_done_without_a_verb_of_completion_is_complete(catalogue):
    done = _letter('Recommendation 25. The Commissioner said: "The report asked us to agree a leaflet for victims '
                   'with the force, and we did."')
    assert _by_rec(_read(catalogue, done))["25"].progress == "complete"
    full = _letter("Recommendation 25. The leaflet agreed with the Commissioner fulfils this recommendation in full.")
    assert _by_rec(_read(catalogue, full))["25"].progress == "complete"
    # the neighbour: the same asked-for thing, promised
    later = _letter('Recommendation 25. The Commissioner said: "The report asked us to agree a leaflet for victims '
                    'with the force, and we will do so in the spring."')
    assert _by_rec(_read(catalogue, later))["25"].progress != "complete"


# --- dates and authors --------------------------------------------------------------------------------------

def test_a_record_of_a_meeting_is_dated_by_the_meeting_its_first_lines_name(catalogue):
    text = ("Unconfirmed minutes of the Police and Crime Panel meeting, held in the Council Chamber on Wednesday 5 "
            "October 2022\n\n" + _STALKING + "Recommendation 15. The Commissioner said the review had finished in "
            "September.\n\nThe Panel will meet next in January 2023.\n")
    assert _read(catalogue, text).document_date == "2022-10-05"
    # the neighbour: a meeting named in the body is history, not the document's date
    body = ("Dyfed-Powys Police and Crime Commissioner\n\nUpdate for the inspectorate, 1 December 2022\n\n" + _STALKING
            + "Recommendation 15. The minutes of the meeting held on 5 October 2022 record the review's end.\n")
    assert _read(catalogue, body).document_date == "2022-12-01"


def _page(byline: str, speaker: str, site: str = "College of Policing") -> str:
    return (f"<html><head><title>Stalking training | {site}</title></head><body><header><a class='logo' href='/'>"
            f"{site}</a></header><main><article><h1>New stalking course for investigators</h1>{byline}"
            "<p>Investigators in every force can now take the College's new stalking course, which answers "
            "recommendation 10 of the stalking super-complaint report.</p>"
            f"<p>{speaker} said: \"Every force has agreed to use it.\"</p></article></main></body></html>")


def test_a_news_items_byline_time_element_dates_it_and_a_time_inside_a_sentence_does_not(catalogue):
    byline = "<p><time datetime='2025-01-15'>15 January 2025</time> | 2 minute read</p>"
    result = extract_bytes(_page(byline, "The College's chief executive").encode(), "p.html", catalogue)
    assert result.document_date == "2025-01-15"
    in_text = ("<p>The course was first shown to forces at a conference on <time datetime='2024-11-20'>20 November "
               "2024</time>, where trainers from thirty forces tried it out and gave their views.</p>")
    result = extract_bytes(_page(in_text, "The College's chief executive").encode(), "p.html", catalogue)
    assert result.document_date != "2024-11-20"


def test_another_national_bodys_lead_quoted_on_a_national_bodys_own_page_is_not_an_author(catalogue):
    byline = "<p>Published 15 January 2025</p>"
    quoted = extract_bytes(_page(byline, "The APCC's lead for victims").encode(), "p.html", catalogue)
    assert [o["id"] for o in quoted.to_json()["organisations"]] == ["college-of-policing"]
    # the neighbour: the body's own lead, quoted on its own page, still names it
    own = extract_bytes(_page(byline, "The APCC's lead for victims", site="APCC").encode(), "p.html", catalogue)
    assert "apcc" in [o["id"] for o in own.to_json()["organisations"]]


# --- classes heldout12 showed (scored untuned after heldout11's fixes) -------------------------------------------

def _html_table(head: str, rows: list[str], title: str = "Progress | Gwent Police", before: str = "") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>" for r in rows)
    return (f"<html><head><title>{title}</title></head><body><main><h1>Gwent Police: stalking super-complaint</h1>"
            f"<p>Last updated: 1 August 2025</p>{before}<table><tr>"
            + "".join(f"<th>{h}</th>" for h in head.split(" | ")) + f"</tr>{cells}</table></main></body></html>")


def _table_read(catalogue, head: str, rows: list[str], before: str = "") -> dict:
    return _by_rec(extract_bytes(_html_table(head, rows, before=before).encode(), "t.html", catalogue))


def test_a_formal_notices_dated_this_day_and_a_registers_printed_on_date_date_the_document(catalogue):
    notice = _letter("Recommendation 15. The review of services finished in May.").replace(
        "Yours sincerely,", "Dated this 21st day of July 2025\n\nSigned,").replace("12 June 2025\n\n", "")
    assert _read(catalogue, notice).document_date == "2025-07-21"
    register = ("Gwent Police inspection register\n\nExported on 14/08/2025 by Corporate Development\n\n" + _STALKING
                + "Recommendation 10. Due 31/12/2025. The new course is being written.\n")
    assert _read(catalogue, register).document_date == "2025-08-14"


def test_a_bodys_position_or_view_on_a_recommendation_opens_its_answer(catalogue):
    text = _letter("The Commissioner's view on recommendation 16 is that the joint review should include the courts, "
                   "and the terms have now been agreed with them.", who="Gwent Police and Crime Commissioner")
    assert _by_rec(_read(catalogue, text))["16"].progress in ("in_progress", "complete")


def test_a_response_said_to_be_published_separately_names_no_author(catalogue):
    text = ("Gwent Police and Crime Commissioner\n\n1 August 2025\n\n" + _STALKING + "The Chief Constable's response, "
            "which is published separately, covers the recommendations for forces.\n\nRecommendation 15. I reviewed "
            "the stalking services I fund in June.\n")
    assert [o["id"] for o in _read(catalogue, text).to_json()["organisations"]] == ["gwent-pcc"]


def test_brag_ratings_read_blue_as_complete_and_green_as_on_track(catalogue):
    key = "<p>BRAG: Blue - complete, Green - on track, Amber - at risk, Red - off track.</p>"
    found = _table_read(catalogue, "Rec | BRAG | Update", ["7 | Blue | Flag added to the records system.",
                                                           "10 | Green | Course being written."], before=key)
    assert found["7"].progress == "complete" and found["10"].progress == "in_progress"
    # the neighbour: without a BRAG key, "Green" in a RAG column still reads as done
    found = _table_read(catalogue, "Rec | RAG | Update", ["10 | Green | New course in use."])
    assert found["10"].progress == "complete"


def test_a_cell_saying_only_whose_recommendation_it_is_answers_nothing(catalogue):
    found = _table_read(catalogue, "Rec | Lead | Update", ["27 | APCC | A matter for the APCC.",
                                                           "10 | Head of Learning | Course being written."])
    assert "27" not in found and found["10"].progress == "in_progress"


def test_a_task_lists_check_box_stands_before_the_recommendation_and_a_bracketed_remark_answers_it(catalogue):
    md = ("# Gwent Police - stalking actions\n\nLast updated 1 August 2025\n\n" + _STALKING
          + "- [x] Rec 7 - stalking flag on the crime system (live since June)\n"
            "- [ ] Rec 10 - refresher course for investigators (about half of them trained so far)\n")
    found = _by_rec(_read(catalogue, md, "a.md"))
    assert found["7"].progress == "complete" and found["10"].progress == "in_progress"


def test_one_column_calling_a_row_not_applicable_does_not_hide_the_other_columns_answer(catalogue):
    found = _table_read(catalogue, "Rec | Commissioner | Chief Constable",
                        ["15 | The review of services I fund is half done. | Not applicable to the force.",
                         "16 | Not applicable. | Not applicable to the force."])
    assert found["15"].progress == "in_progress" and "16" not in found


def test_a_registers_rows_for_other_reports_are_not_this_reports_answers(catalogue):
    found = _table_read(catalogue, "Report | Ref | Status | Update",
                        ["Stalking super-complaint | 10 | Open | Course being written.",
                         "PEEL 2023-25 | 12 | Closed | Call handling audit finished."])
    assert set(found) == {"10"}
    # the neighbour: a register naming no report in its rows keeps them all
    found = _table_read(catalogue, "Report | Ref | Status | Update",
                        [" | 10 | Open | Course being written.", " | 12 | Closed | Audit of orders finished."])
    assert set(found) == {"10", "12"}


def test_an_open_status_beside_an_update_that_says_not_started_is_not_started(catalogue):
    found = _table_read(catalogue, "Rec | Status | Update", ["12 | Open - overdue | Not started. No analyst yet.",
                                                             "13 | Open | Checklist in use in two districts."])
    assert found["12"].progress == "not_started" and found["13"].progress == "in_progress"


def test_as_the_report_recommended_names_a_one_recommendation_reports_recommendation(catalogue):
    text = _letter("We are sharing survivors' accounts with the Home Office, as the report recommended, and more "
                   "interviews are planned.", head=_SLAVERY)
    assert _by_rec(_read(catalogue, text))["1"].progress == "in_progress"
    # the neighbour: in a report with many recommendations it names none
    assert not _by_rec(_read(catalogue, _letter("We are sharing accounts with the Home Office, as the report "
                                                "recommended, and more interviews are planned.")))


# --- classes heldout10 showed (scored untuned at round eight's end; tuned on in round nine) -----------------------

def test_a_number_set_off_by_commas_or_worked_on_with_a_partner_opens_an_answer_inside_a_quotation(catalogue):
    text = _letter('The Superintendent said: "The report asked us to publish advice on protection orders, '
                   'recommendation 14, and the advice has been on our website since May. We are working with the '
                   'Crown Prosecution Service on recommendation 13, and joint training is being planned."')
    found = _by_rec(_read(catalogue, text))
    assert found["14"].progress == "complete" and found["13"].progress == "in_progress"
    # the neighbour: a number set off by commas with nothing answering after it opens nothing
    aside = _letter("The report, recommendation 14, is long.")
    assert "14" not in _by_rec(_read(catalogue, aside))


def test_a_timeline_of_dated_events_reads_by_the_documents_own_date(catalogue):
    def read(entries: str) -> str:
        text = ("Gwent Police\n\nUpdated 1 August 2025\n\n" + _STALKING + "Training (recommendation 10)\n\n"
                + entries)
        return _by_rec(_read(catalogue, text))["10"].progress

    assert read("March 2025 - course written\n\nWinter 2025 - every investigator trained\n") == "in_progress"
    assert read("October 2025 - course written\n\nWinter 2025 - every investigator trained\n") == "not_started"


# --- classes heldout13 showed (scored untuned at round nine's end; tuned on after) ------------------------------

def test_a_papers_cover_form_names_its_author(catalogue):
    paper = ("Title | Stalking super-complaint: progress\n\nPaper by | NPCC Lead for Stalking and Harassment\n\n"
             + _STALKING + "Recommendation 10. Forty forces have reviewed their training.\n")
    assert [o["id"] for o in _read(catalogue, paper).to_json()["organisations"]] == ["npcc"]
    # the neighbour: "the report of HMICFRS" in a sentence is the report's maker, not the paper's author
    prose = ("Gwent Police\n\n1 August 2025\n\n" + _STALKING + "The report of HMICFRS was read by the Board.\n\n"
             "Recommendation 10. The course is being written.\n")
    assert "hmicfrs" not in [o["id"] for o in _read(catalogue, prose).to_json()["organisations"]]


def test_a_raw_email_headers_date_dates_it_to_the_day(catalogue):
    text = ("From: Gwent Police\nDate: Fri, 1 Aug 2025 10:31:07 +0100\nSubject: " + _STALKING
            + "Recommendation 10. The course is being written.\n")
    assert _read(catalogue, text).document_date == "2025-08-01"


def test_our_response_or_update_on_a_recommendation_mid_sentence_opens_its_answer(catalogue):
    text = _letter("Today we sent the inspectorate our update on recommendation 16. The joint review with the "
                   "Commissioner has begun and will report in the autumn.")
    assert _by_rec(_read(catalogue, text))["16"].progress == "in_progress"


def test_work_already_in_place_before_the_report_asked_is_complete(catalogue):
    text = _letter("Recommendation 13. The force's procedures for breaches of orders already follow the College's "
                   "guidance: each breach is reviewed by an inspector and again by the crime registrar, and the victim "
                   "is told of the outcome.")
    assert _by_rec(_read(catalogue, text))["13"].progress == "complete"


def test_the_reports_only_recommendation_is_the_one_recommendation(catalogue):
    text = _letter("The report's only recommendation asks the Home Office to consult chief constables. We have "
                   "given it our survivors' accounts and more interviews are planned.", head=_SLAVERY)
    assert _by_rec(_read(catalogue, text))["1"].progress == "in_progress"
