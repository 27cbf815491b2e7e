"""Alignment classes found on the blind writers' sets (heldout17 to heldout20) in round eleven (ADR 0008, Decision 15):
which passage answers which recommendation. Each is written afresh here, in words neither the blind sets nor dev9 use,
so a rule is seen to read the class and not the sentence that showed it; each test also checks the neighbouring
reading the rule must not take."""
from tests.extraction.test_lessons9 import _HBA, _STALKING, _by_rec, _read

_SECTION_60 = "Section 60 stop and search and community scrutiny: the Criminal Justice Alliance super-complaint\n\n"
_IMMIGRATION = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration "
                "status\n\n")
_PPDA = "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint\n\n"
_PROTECTIVE = ("A duty to protect: Police use of protective measures in cases involving violence against women and "
               "girls\n\n")


def _letter(body: str, head: str, who: str = "Leicestershire Police") -> str:
    return f"{who}\n\n3 July 2025\n\n{head}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\nChief Constable\n"


# --- tables -------------------------------------------------------------------------------------------------

def test_a_trackers_number_cell_that_lists_several_recommendations_answers_each(catalogue):
    page = ("# Stalking: where we are\n\nLeicestershire Police, 3 July 2025\n\n" + _STALKING
            + "| Recommendation | Where we are |\n|---|---|\n| 7 | The supplier is building the field. |\n"
            "| 11 and 12 | Screening and first response guidance both live since April. |\n"
            "| R13, R14 | Order applications go through one lawyer; breach process in draft. |\n")
    found = _by_rec(_read(catalogue, page, "p.md"))
    assert set(found) == {"7", "11", "12", "13", "14"}
    # the neighbour: a cell with a year span or a date is no list of recommendations
    dated = page.replace("| 7 |", "| 2024/25 |").replace("| 11 and 12 |", "| 31/03/2025 |")
    assert set(_by_rec(_read(catalogue, dated, "p.md"))) == {"13", "14"}


def test_a_table_that_only_lists_the_reports_recommendations_answers_none(catalogue):
    page = ("<html><body><main><h1>Our response</h1><p>" + _IMMIGRATION + "</p><table><tr><th>Number</th>"
            "<th>For</th><th>Summary</th></tr><tr><td>2</td><td>Home Office</td><td>Review the legal framework</td>"
            "</tr><tr><td>3</td><td>Home Office and NPCC</td><td>A safeguarding protocol</td></tr></table>"
            "<h2>Recommendation 1</h2><p>We stopped sharing on doubt alone in March and audit it every quarter.</p>"
            "</main></body></html>")
    assert set(_by_rec(_read(catalogue, page, "p.html"))) == {"1"}
    # the neighbour: a table with a column for what was done answers its rows
    answered = page.replace("<th>Summary</th>", "<th>Progress</th>")
    assert {"2", "3"} <= set(_by_rec(_read(catalogue, answered, "p.html")))


# --- numbered paragraphs ------------------------------------------------------------------------------------

def test_a_numbered_paragraph_that_opens_with_its_topic_and_the_number_in_brackets_answers_it(catalogue):
    paper = _letter("6. Custody records (recommendation 3). Sergeants now record what the victim wants before bail "
                    "is set, and the first audit found it done in nine cases of ten.\n\n7. Any other business.",
                    _PROTECTIVE)
    found = _by_rec(_read(catalogue, paper))
    assert set(found) == {"3"}
    # the neighbour: a paragraph that only restates what the report asks is no answer
    restated = paper.replace("Sergeants now record what the victim wants before bail is set, and the first audit found "
                             "it done in nine cases of ten.", "Forces should record what the victim wants before bail "
                             "is set.")
    assert "3" not in _by_rec(_read(catalogue, restated))


def test_a_paragraph_number_before_an_anchor_does_not_hide_it(catalogue):
    paper = _letter("2.4 Turning to recommendation 7, our records supplier has delivered the new field and it is in "
                    "use in every district.", _STALKING)
    assert set(_by_rec(_read(catalogue, paper))) == {"7"}


# --- named by their place or as a group ---------------------------------------------------------------------

def test_a_place_among_a_recipients_recommendations_counts_those_the_catalogue_cannot_give_to_another(catalogue):
    # section 60: the catalogue knows only that recommendation 8 is for commissioners
    letter = _letter("Among the recommendations for chief constables, the second is now in place: every authorisation "
                     "is explained on our website within a day. The fifth has been started, with a pilot in two "
                     "districts.", _SECTION_60)
    assert set(_by_rec(_read(catalogue, letter))) == {"2", "5"}
    # the neighbour: where the catalogue knows whom they are for, their place is among those (1, 4 and 5)
    known = _letter("Among the recommendations for chief constables, the second is now in place: our pathway with two "
                    "charities opened in May.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, known))) == {"4"}


def test_one_recommendation_for_a_body_then_its_answer(catalogue):
    letter = _letter("The report has one recommendation for police and crime commissioners, about specialist help for "
                     "migrant victims. I accepted it in March and the mapping of local services is under way.",
                     _IMMIGRATION, who="Office of the Police and Crime Commissioner for Leicestershire")
    assert set(_by_rec(_read(catalogue, letter))) == {"6"}


def test_a_group_accepted_by_its_count_and_for_whom_answers_each_when_the_catalogue_agrees(catalogue):
    statement = ("Leicestershire Police\n\n30 June 2022\n\n" + _PPDA + "The force accepts all three recommendations "
                 "made to chief constables and has asked its head of professional standards to lead the work.\n")
    found = _by_rec(_read(catalogue, statement))
    assert set(found) == {"1", "2", "3"} and {p.position for p in found.values()} == {"accepted"}
    # the neighbour: a count the catalogue does not bear out names no recommendation
    wrong = statement.replace("all three recommendations", "both recommendations")
    assert not _by_rec(_read(catalogue, wrong))


def test_a_group_then_its_numbers_after_a_colon_answers_each(catalogue):
    letter = _letter("We agree with the four recommendations that fall to us: recommendations 1, 4 and 5, and "
                     "recommendation 8. Officers have been briefed on all of them.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, letter))) == {"1", "4", "5", "8"}
    # the numbers alone after the colon
    bare = _letter("We have taken forward the recommendations for forces: 1, 4 and 5. Officers have been briefed on "
                   "all of them.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, bare))) == {"1", "4", "5"}


def test_a_sentence_saying_it_acts_as_a_recommendation_asks_answers_it(catalogue):
    letter = _letter("In line with recommendation 8, this letter gives the force's update six months on; our pathway "
                     "with two charities opened in May.", _IMMIGRATION)
    assert "8" in _by_rec(_read(catalogue, letter))
    requested = letter.replace("In line with recommendation 8,", "As requested in recommendation 8,")
    assert "8" in _by_rec(_read(catalogue, requested))
    # the neighbour: the same opening that only restates what forces should do
    restated = _letter("In line with recommendation 4, forces should create safe reporting pathways.", _IMMIGRATION)
    assert "4" not in _by_rec(_read(catalogue, restated))
    # nor inside another recommendation's section, where it says what that answer builds on
    inside = _letter("Recommendation 5. To chief constables and commissioners\n\nIn line with recommendation 4, our "
                     "leaflets now explain the pathway in six languages.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, inside))) == {"5"}


def test_that_recommendation_after_a_sentence_that_only_described_it(catalogue):
    letter = _letter("The report's recommendation 16 concerns joint reviews by forces and commissioners. We have "
                     "accepted that recommendation and the first joint review began in May.", _STALKING)
    assert set(_by_rec(_read(catalogue, letter))) == {"16"}


def test_whom_the_report_asked_picks_the_recommendation_its_words_name(catalogue):
    # the asked words fit recommendation 4 (chief constables) as well as 6 (commissioners): whom it asked decides
    letter = _letter("The report asked police and crime commissioners to assess whether victims in their area can get "
                     "specialist support, and to build networks with the organisations that offer it. My office "
                     "finished that work in May.", _IMMIGRATION, who="Office of the Police and Crime Commissioner for "
                     "Leicestershire")
    assert set(_by_rec(_read(catalogue, letter))) == {"6"}
    # the neighbour: the same words asked of chief constables are not the commissioners' recommendation
    forces = letter.replace("asked police and crime commissioners", "asked chief constables")
    assert "6" not in _by_rec(_read(catalogue, forces))


# --- where a passage ends, and whose it is ------------------------------------------------------------------

def test_another_recommendation_named_by_its_place_ends_the_passage_before_it(catalogue):
    letter = _letter("Recommendation 2: we have finished the review of every open case.\n\nThe third recommendation "
                     "is for the National Police Chiefs' Council, which leads on data.", _HBA)
    assert set(_by_rec(_read(catalogue, letter))) == {"2"}


def test_a_recommendation_answered_by_another_body_or_elsewhere_is_not_answered_here(catalogue):
    letter = _letter("Recommendation 5: our campaign with community radio ran in June.\n\nRecommendation 6 has been "
                     "answered by the Commissioner's office.\n\nRecommendation 8 is being handled separately by the "
                     "Chief Constable's staff officer.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, letter))) == {"5"}


def test_a_reply_above_the_request_it_quotes_is_read_and_the_request_is_not(catalogue):
    email = ("From: Safeguarding Hub\nSent: 2 February 2022 09:30\nTo: Super-complaints\nSubject: RE: update on "
             "recommendations 3, 6 and 10\n\nMorning,\n\nAnswers below.\n\n3 (the victim's view on bail) - recorded on "
             "every custody record since January.\n\n6 (officers' knowledge of the measures) - e-learning done by "
             "70% so far.\n\n10 (a duty to report the data) - we are waiting for the Home Office to decide.\n\n"
             "Thanks\n\n-----Original Message-----\nFrom: Super-complaints\nSent: 5 January 2022 14:00\n"
             "Subject: update on recommendations 3, 6 and 10\n\nRecommendation 3: Chief constables should record "
             "the victim's view.\n\n"
             "Recommendation 6: Chief constables should make sure officers know every measure.\n\nRecommendation 10: "
             "The Home Office should require the data to be reported.\n\n" + _PROTECTIVE)
    found = _by_rec(_read(catalogue, email))
    assert set(found) == {"3", "6", "10"}
    # each answer is the reply's line, not the quoted request's words
    assert all("should" not in _passage(email, p) for p in found.values())


def test_a_bare_ordinal_after_a_place_in_the_report_counts_in_the_report(catalogue):
    letter = _letter("The report's twelfth recommendation is now met: every protection order goes to one lawyer. The "
                     "ninth, on specialist advisers, is under way, with one adviser appointed.", _STALKING)
    assert set(_by_rec(_read(catalogue, letter))) == {"12", "9"}
    # the neighbour: after a list of numbers, "the second" is the list's
    listed = _letter("Recommendations 7 and 10 are ours. The second is under way: 300 officers are trained.", _STALKING)
    assert set(_by_rec(_read(catalogue, listed))) == {"10"}


def test_a_number_list_opening_a_cell_with_its_subjects_answers_each(catalogue):
    page = ("# Section 60: our plan\n\nLeicestershire Police, 3 July 2025\n\n" + _SECTION_60
            + "| Recommendation | Update |\n|---|---|\n| 5 & 6: children searched; panel scrutiny | Both under way. |\n"
            "| 1 (authorisations) | Complete. |\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"1", "5", "6"}


def test_an_act_done_to_the_thing_a_recommendation_describes_answers_it(catalogue):
    letter = _letter("Together with the Commissioner we have finished the joint review described in recommendation 16; "
                     "its findings go to the panel in June.", _STALKING)
    assert set(_by_rec(_read(catalogue, letter))) == {"16"}
    # the neighbour: the same words as a reference inside another answer's heading section
    other = _letter("Recommendation 15. The Commissioner has begun the service review, after the joint review "
                    "described in recommendation 16 showed gaps.", _STALKING)
    assert "15" in _by_rec(_read(catalogue, other))


def _passage(text: str, proposal) -> str:
    return text[proposal.span.start:proposal.span.end]


def test_a_recommendation_said_to_be_for_another_kind_of_body_is_theirs_to_answer(catalogue):
    letter = ("College of Policing\n\n3 July 2025\n\n" + _STALKING + "Recommendations 7 and 11 are for chief "
              "constables, and we understand forces are reporting their progress to the national lead.\n\n"
              "Recommendation 12: the revised "
              "guidance on protection orders was published in May.\n")
    assert set(_by_rec(_read(catalogue, letter))) == {"12"}
    # the neighbour: a commissioner telling what the force has said it did is that answer, at second hand
    pcc = ("Office of the Police and Crime Commissioner for Leicestershire\n\n3 July 2025\n\n" + _PPDA
           + "Recommendation 1 is for the Chief Constable. The force has told me that its audit of every open case "
           "ended in June.\n\nRecommendation 3. My office has mapped the services it funds.\n")
    assert set(_by_rec(_read(catalogue, pcc))) == {"1", "3"}


def test_a_trackers_row_that_only_says_it_is_not_theirs_answers_nothing(catalogue):
    page = ("# Our tracker\n\nLeicestershire Police, 3 July 2025\n\n" + _IMMIGRATION + "| Rec | Owner | Progress |\n"
            "|---|---|---|\n| 1 | PPU | Stopped in March. |\n| 2 | - | Not for Leicestershire |\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"1"}


def test_a_heading_that_names_the_report_is_no_recommendations_subject(catalogue):
    page = ("<html><body><main><h1>Police perpetrated domestic abuse</h1><p>Leicestershire Police, 3 July 2025. "
            + _PPDA + "</p><h2>Recommendation 2</h2><p>Our vetting review finished in May.</p></main></body></html>")
    assert set(_by_rec(_read(catalogue, page, "p.html"))) == {"2"}


def test_a_line_inside_an_answer_that_opens_with_a_closing_word_does_not_end_it(catalogue):
    # a PDF's lines, each a block: the second line of the answer opens with "references", as a heading might
    note = ("National Police Chiefs' Council\n\n3 July 2025\n\n" + _STALKING + "Recommendation 13 (risk screening). "
            "The screening questions now carry\n\nreferences to the national tool in every force. Complete.\n\n"
            "Signed: National Policing Lead\n")
    found = _by_rec(_read(catalogue, note))
    assert "national tool" in _passage(note, found["13"])
    # the neighbour: a closing line of its own still ends the passage
    assert "Signed" not in _passage(note, found["13"])


def test_rec_written_short_in_prose_names_a_recommendation(catalogue):
    letter = _letter("On Rec 7 our supplier has delivered the new field. Recs 11 and 12 are both complete: screening "
                     "and first response guidance went live in May.", _STALKING)
    assert set(_by_rec(_read(catalogue, letter))) == {"7", "11", "12"}
    # the neighbour: a record number or a "rec centre" is not one
    other = _letter("Recommendation 7: the new field went live in May, logged as change rec. 2025-118 at the rec "
                    "centre.", _STALKING)
    assert set(_by_rec(_read(catalogue, other))) == {"7"}


def test_that_recommendation_in_the_paragraph_after_the_one_that_described_it(catalogue):
    letter = _letter("Recommendation 7: the new crime recording field is live.\n\n"
                     "The report's recommendation 25 concerns a joint performance report for forces and "
                     "commissioners.\n\nWe have agreed that recommendation with the Commissioner, and the first report "
                     "is being drafted.", _STALKING)
    assert set(_by_rec(_read(catalogue, letter))) == {"7", "25"}
    # the neighbour: after a paragraph naming two, "that recommendation" says not which
    two = letter.replace("recommendation 25 concerns", "recommendations 16 and 25 concern")
    assert set(_by_rec(_read(catalogue, two))) == {"7"}


def test_a_list_of_the_reports_own_sentences_answers_none_of_them(catalogue):
    page = ("<html><body><main><h1>Stalking</h1><p>Leicestershire Police, 3 July 2025. " + _STALKING + "</p><ul>"
            "<li>Recommendation 18: Forces should share stalking data with local partners.</li>"
            "<li>Recommendation 19: The College of Policing should add stalking to the curriculum.</li></ul>"
            "<h2>Recommendation 18</h2><p>Our data sharing agreement with the councils was signed in May.</p>"
            "</main></body></html>")
    assert set(_by_rec(_read(catalogue, page, "p.html"))) == {"18"}
    # the neighbour: a line that says what the writer did is its answer, in the same list
    done = page.replace("Forces should share stalking data with local partners.",
                        "Forces should share data; we have signed an agreement with the councils.")
    assert "18" in _by_rec(_read(catalogue, done, "p.html"))


def test_a_topic_then_a_dash_or_colon_and_the_number_opens_its_answer(catalogue):
    paper = _letter("3. Victim contact - recommendation 9. Every force return now counts the contacts made.\n\n"
                    "4. Orders: recommendation 7. A new process for orders is being written with the courts.",
                    _PROTECTIVE)
    assert set(_by_rec(_read(catalogue, paper))) == {"9", "7"}
    # the neighbour: the same shape that only restates what forces should do
    restated = paper.replace("A new process for orders is being written with the courts.",
                             "Forces should write a process for orders with the courts.")
    assert "7" not in _by_rec(_read(catalogue, restated))
