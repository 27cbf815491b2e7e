"""Round sixteen, alignment recall: answers whose recommendation stands where no rule read it (ADR 0008, Decision 47,
helper `align19`): the classes found on heldout31 and heldout32, written here in a third wording (neither the sets'
nor dev32's). Each test fails on the round's starting code (1b3b6a8) and passes now; where a rule has a neighbouring
reading it must not take, the test checks that too."""
from rectrack.extraction import extract_bytes


def _read(catalogue, text: str, name: str = "x.md"):
    result = extract_bytes(text.encode(), name, catalogue)
    return {p.recommendation: p.progress for p in result.responses}


def test_a_wrapped_numbered_paragraph_goes_on_flush_left_in_a_text_reply(catalogue):
    # 1b3b6a8 cut the item after its first line: "first of them" then stood in a paragraph of its own, away from
    # the group its item named, and 5 was not read
    text = ("Office of the Police and Crime Commissioner for Surrey\n\n9 March 2022\n\n"
            "Your request for information about the Safe to share? report.\n\n"
            "1. The Commissioner published a response to the report in February 2021; it\n"
            "is on the website.\n\n"
            "2. The report makes two recommendations to commissioners. As for the\n"
            "first of them, which asks forces and commissioners together to build\n"
            "confidence, the outreach work continues and is reviewed each year.\n\n"
            "Information Rights Officer\n")
    got = _read(catalogue, text, "x.txt")
    assert set(got) == {"5"}  # (1b3b6a8 read 6, by the words "build" and "commissioners" of the cut-off line)
    # the neighbour: a short item of its own followed by a paragraph is not joined to it
    from rectrack.extraction.readers.text import read_text
    doc = read_text("1. Short item\nnext line of a paragraph that is not the item's.\n")
    assert [b.kind for b in doc.blocks][0] == "list_item" and len(doc.blocks) == 2


def test_a_numberless_email_reply_is_not_numbered_by_the_message_it_quotes(catalogue):
    # 1b3b6a8 judged the whole email numbered (the quoted request names recommendation 3) and so never read the
    # reply's group "the two recommendations for chief constables were accepted"
    text = ("From: Chief Superintendent, Safeguarding, Gwent Police\nSent: 2 May 2023 09:12\nTo: OPCC\n"
            "Subject: RE: HBA super-complaint\n\nMorning,\n\nThe two recommendations for chief constables were "
            "accepted by the force in January. The policy rewrite is under way and cultural awareness briefings "
            "are being prepared.\n\nThanks\n\n-----Original Message-----\nFrom: OPCC\nSent: 28 April 2023 15:00\n\n"
            "Can you update us on the honour-based abuse report, and on whether recommendation 3 affects the "
            "force?\n")
    got = _read(catalogue, text, "x.txt")
    assert set(got) == {"1", "2"}  # the neighbour: the quoted request's 3 is not an answer


def test_a_section_headed_by_a_local_recipient_answers_their_recommendations(catalogue):
    # 1b3b6a8 read only the numbered section: the one headed by whom its recommendations are for was nobody's
    text = ("# Surrey Police and Crime Commissioner: response to the Safe to share? report\n\n"
            "4 February 2021\n\n## Recommendations for the Chief Constable\n\n"
            "The Chief Constable has told me that officers no longer pass victims' details to Immigration "
            "Enforcement on doubts about status, and that work on reporting pathways with local charities has "
            "started.\n\n## Recommendation 6\n\nI accept this recommendation; the assessment of local support "
            "is under way.\n")
    got = _read(catalogue, text)
    assert {"1", "4", "5", "6"} <= set(got)
    # the neighbour: a section headed by a national body's recommendations, in a commissioner's response, is about
    # another body's work
    assert not {"2", "3", "7"} & set(got)
    other = text.replace("## Recommendation 6", "## Recommendations for the Home Office\n\nThe Home Office is "
                         "reviewing its policy and will publish its protocol in the summer.\n\n## Recommendation 6")
    assert not {"2", "3", "7"} & set(_read(catalogue, other))


def test_a_paragraph_opening_with_its_topic_answers_the_named_group_member(catalogue):
    # 1b3b6a8 read 6 by its number and left the paragraph about 5 (named by its topic alone) unread
    text = ("# Police and Crime Panel, 14 October 2021\n\n## Item 5: Safe to share?\n\nThe Commissioner said "
            "recommendations 5 and 6 were for commissioners. The Commissioner reported that recommendation 6 had "
            "been completed in June.\n\n"
            "On migrant victims' confidence to report, outreach sessions with community groups have started and "
            "more are planned for the winter.\n")
    got = _read(catalogue, text)
    assert {"5", "6"} <= set(got)


def test_a_heading_names_its_recommendation_by_its_recipients(catalogue):
    # 1b3b6a8 read a heading only by a number; "the recommendation for commissioners alone" named none
    text = ("# Response of the Police and Crime Commissioner for Kent to Safe to share?\n\n10 February 2021\n\n"
            "## Local support (the recommendation made to commissioners alone)\n\nI accept it. The assessment of "
            "specialist services began in January.\n\n## Recommendation 8\n\nAn update will go to the "
            "Inspectorate by June.\n")
    got = _read(catalogue, text)
    assert set(got) == {"6", "8"}


def test_what_was_asked_of_whom_by_a_recommendation_names_it(catalogue):
    # 1b3b6a8 did not read "asked of commissioners by recommendation 6" as the sentence's subject
    text = ("# Accountability Board minutes, 3 March 2022\n\nThe Chief Executive confirmed that the mapping of "
            "specialist support asked of police and crime commissioners by recommendation 6 was finished in "
            "January.\n")
    got = _read(catalogue, text)
    assert "6" in got


def test_a_section_heading_trails_the_reports_number_with_its_part(catalogue):
    # 1b3b6a8 did not read "(recommendation 3, part b)" at a heading's end
    text = ("# MOPAC Board paper, 9 May 2023: police perpetrated domestic abuse\n\n"
            "## 4. Support for victims (recommendation 3, part b)\n\n4.1 A review of commissioned services has "
            "begun and will report in July.\n\n## 5. Case audit (recommendation 1)\n\n5.1 The audit is "
            "complete.\n")
    got = _read(catalogue, text)
    assert set(got) == {"1", "3"}


def test_a_topic_then_its_place_in_apposition_names_the_recommendation(catalogue):
    # 1b3b6a8 read the ordinal only when it opened the sentence
    text = ("# Force update to the Commissioner, 2 June 2023: honour-based abuse report\n\n"
            "As for cultural understanding, the second recommendation, training for investigators has begun and "
            "half of them have finished it.\n")
    got = _read(catalogue, text)
    assert "2" in got


def test_a_group_named_by_count_before_its_verb_is_answered(catalogue):
    # 1b3b6a8 read such a group only with the verb first ("we accepted the two recommendations ...")
    text = ("# Cleveland Police: honour-based abuse report\n\n12 April 2023\n\n"
            "Both recommendations made to chief constables have now been accepted. Our policy rewrite is under "
            "way.\n")
    got = _read(catalogue, text)
    assert set(got) == {"1", "2"}


def test_a_letters_sentence_of_purpose_names_what_it_answers(catalogue):
    # 1b3b6a8 read no rule in "I write to update you on recommendation N" and found no answer in the letter
    text = ("Office of the Chief Constable, Lancashire Constabulary\n\n4 July 2022\n\nDear Chief Inspector,\n\n"
            "I am writing to inform you about recommendation 1 of your report on protective measures. Our custody "
            "sergeants now review bail for every domestic abuse suspect, and the new procedure is in force.\n\n"
            "The recommendations for the Home Office are for it to answer.\n\nYours sincerely,\n\nChief Constable\n")
    got = _read(catalogue, text, "x.txt")
    assert set(got) == {"1"}


def test_a_description_closing_its_paragraph_is_answered_by_the_next(catalogue):
    # 1b3b6a8 read the bracketed number only when the answer went on in the same paragraph
    text = ("# Constabulary news: stalking crime recording\n\n2 May 2025\n\nThe stalking super-complaint report "
            "called on chief constables to let crime systems record stalking behind other offences (recommendation 7)."
            "\n\nOur crime system was changed in March, and every record with a stalking flag is now checked.\n"
            "\n## Training\n\nRecommendation 10: our stalking course is being rewritten.\n")
    got = _read(catalogue, text)
    assert set(got) == {"7", "10"}
    # the neighbour: a description followed by a paragraph naming another number is not its answer
    other = text.replace("Our crime system", "Recommendation 10 is about training. Our crime system")
    assert "7" not in _read(catalogue, other)
