"""Alignment classes found on heldout21 and heldout22 in round twelve (ADR 0008, Decision 19): which passage answers
which recommendation. Each is written afresh here, in words neither those sets nor dev12 use, so a rule is seen to read
the class and not the sentence that showed it. Every test fails on the round's starting code (a61e314) and passes
now; each also checks the neighbouring reading the rule must not take."""
from tests.extraction.test_lessons9 import _HBA, _SLAVERY, _STALKING, _by_rec, _read

_IMMIGRATION = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration "
                "status\n\n")
_PPDA = "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint\n\n"
_SECTION_60 = "Section 60 stop and search and community scrutiny: the Criminal Justice Alliance super-complaint\n\n"


def _letter(body: str, head: str, who: str = "Merseyside Police", sign: str = "Chief Constable") -> str:
    return f"{who}\n\n4 August 2025\n\n{head}Dear Inspector,\n\n{body}\n\nYours sincerely,\n\n{sign}\n"


def test_a_version_history_table_is_no_list_of_recommendations(catalogue):
    # base: "3.1" and "4.0" in the version column were read as recommendations 3 and 4
    page = ("# Tracker\n\nSussex Police, 4 August 2025\n\n" + _PPDA
            + "| Rec | Progress |\n|---|---|\n| 1 | Complete: all cases reviewed. |\n\n## Document control\n\n"
            "| Version | Date | Change |\n|---|---|---|\n| 3.1 | 2 May 2025 | Owner changed |\n"
            "| 4.0 | 4 August 2025 | Quarterly refresh |\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"1"}
    # the neighbour: a tracker whose first column is headed by the recommendation still answers its rows
    assert set(_by_rec(_read(catalogue, page.replace("| Version | Date |", "| Rec | Date |"), "p.md"))) >= {"1", "3"}


def test_the_nth_of_the_recommendations_to_a_recipient_counts_among_theirs(catalogue):
    # base: "the first of the recommendations for commissioners" opened nothing
    page = _letter("The first of the recommendations for commissioners required a review of what we commission for "
                   "victims of stalking. That review closed in June and an extra advocate is now funded.",
                   _STALKING, "Office of the Police and Crime Commissioner for Kent", "Police and Crime Commissioner")
    assert set(_by_rec(_read(catalogue, page))) == {"15"}
    # inside a sentence too, and "the second recommendation to chief constables" is the second of theirs, not the
    # report's second (Safe to share?: 1, 4 and 5 are for chief constables)
    inside = _letter("Our workstream 2 covers the second recommendation to chief constables. A reporting route with a "
                     "refuge is being trialled in two districts.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, inside))) == {"4"}


def test_a_group_then_a_verdict_on_its_first_closing_a_sentence(catalogue):
    # base: neither was found ("the first two recommendations are for" was no group)
    page = _letter("The first two recommendations are for chief constables. Our public protection policy was "
                   "rewritten in May to name honour-based abuse as a risk, so the first is now met. On the second, "
                   "community briefings for officers start in September.", _HBA)
    assert set(_by_rec(_read(catalogue, page))) == {"1", "2"}
    # the neighbour: the verdict closes a sentence only; "the first is the harder" says nothing of its progress
    assert "1" not in _by_rec(_read(catalogue, page.replace("so the first is now met", "though the first is the "
                                                             "harder of them")))


def test_minutes_of_an_officer_reporting_on_a_recommendation(catalogue):
    # base: "reported on recommendation 8" and "had been ... under recommendation 1" opened nothing
    minutes = ("Police and Crime Panel\n\nMinutes of 4 August 2025\n\n" + _SECTION_60
               + "The Chief Executive reported on recommendation 8. Panel members had observed twelve searches and "
               "a youth panel was being formed.\n")
    assert set(_by_rec(_read(catalogue, minutes))) == {"8"}
    ppda = ("Accountability Board\n\nMinutes of 4 August 2025\n\n" + _PPDA
            + "The Deputy Chief Constable said that the live cases had been audited under recommendation 1 in July.\n\n"
            "The Chief Constable gave an update on recommendation 2: the new unit is half staffed.\n")
    assert set(_by_rec(_read(catalogue, ppda))) == {"1", "2"}


def test_a_recommendation_named_at_its_place_or_as_a_clause_after_its_subject(catalogue):
    # base: "The X at recommendation 3 is ..." and "On X, which is recommendation 1, ..." opened nothing
    page = _letter("On stopping the referrals of victims whose status is only in doubt, which is recommendation 1, the "
                   "force changed its policy in March.\n\nThe safeguarding protocol at recommendation 3 is being "
                   "written nationally and we will adopt it.", _IMMIGRATION)
    assert set(_by_rec(_read(catalogue, page))) == {"1", "3"}
    # the neighbour: "which is recommendation 1" with only a description after it is no answer
    described = page.replace(", the force changed its policy in March.", ", is for chief constables.")
    assert "1" not in _by_rec(_read(catalogue, described))


def test_a_listing_for_the_writer_answered_as_a_group(catalogue):
    # base: "Recommendations 16 and 25 are for us ..." was read as an overview, and answered nothing
    page = _letter("Recommendations 16 and 25 are for us and the force jointly. We have not yet begun on them; they "
                   "go to the partnership board in March.", _STALKING,
                   "Office of the Police and Crime Commissioner for Essex", "Police and Crime Commissioner")
    assert set(_by_rec(_read(catalogue, page))) == {"16", "25"}
    # the neighbour: a listing for someone else stays an overview
    theirs = page.replace("are for us and the force jointly", "are for chief constables")
    assert not {"16", "25"} & set(_by_rec(_read(catalogue, theirs)))


def test_ordinals_joined_and_as_required_by_an_ordinal(catalogue):
    # base: only the second was found
    page = _letter("In line with the first recommendation of the report, we audited every open case in the spring "
                   "and the audit is closed.\n\nOn the second recommendation and our part of the third, a new "
                   "procedure is out for consultation.", _PPDA)
    assert set(_by_rec(_read(catalogue, page))) == {"1", "2", "3"}


def test_a_recipients_news_or_a_wish_is_not_the_writers_answer(catalogue):
    # base: read as the writer's answer to recommendation 1 (a one-recommendation report)
    page = ("# Statement\n\nNorfolk Police and Crime Commissioner, 4 August 2025\n\n" + _SLAVERY
            + "## Recommendation 1\n\nRecommendation 1 asks the Home Office to commission work on victims' "
            "experience. The Home Office has not yet replied. We hope that commissioners are involved.\n\n"
            "## Local work\n\nI fund a navigator in the victims' hub.\n")
    assert "1" not in _by_rec(_read(catalogue, page, "p.md"))
    # the neighbour: the writer's own act after the description is its answer
    own = page.replace("The Home Office has not yet replied. We hope that commissioners are involved.",
                       "We have given the Home Office our victims' hub data for it.")
    assert "1" in _by_rec(_read(catalogue, own, "p.md"))


def test_the_reports_call_for_a_recipient_named_alone(catalogue):
    # base: "the report's call for chief constables to ..." was not read as what it asks
    page = ("# News\n\nSurrey Police, 4 August 2025\n\n" + _IMMIGRATION
            + "Our new route answers the report's call for chief constables to make sure that migrant victims and "
            "witnesses are supported through safe reporting pathways. It has been open across the county since July.\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"4"}


def test_a_section_of_the_writers_own_numbering_that_names_the_recommendation(catalogue):
    # base: none of the four was found
    page = ("# Joint update\n\nSurrey Police and the Surrey Police and Crime Commissioner, 4 August 2025\n\n"
            + _IMMIGRATION
            + "## Action one\n\nAction one is the first of the recommendations to chief constables. Sharing on "
            "doubt alone has stopped since January.\n\n"
            "## Action two\n\nAction two answers the recommendation made jointly to chief constables and "
            "commissioners. Outreach sessions are being held.\n\n"
            "## Action three\n\nAction three is the recommendation that commissioners assess local access to "
            "specialist victim support. We will start it in the spring.\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"1", "5", "6"}


def test_another_bodys_act_as_a_recommendation_asks_is_theirs(catalogue):
    # base: recommendation 27 was read as the commissioner's answer
    page = _letter("I am aware that the APCC will respond for all commissioners, as recommendation 27 asks.\n\n"
                   "On recommendation 15, my office has begun reviewing stalking services.", _STALKING,
                   "Office of the Police and Crime Commissioner for Suffolk", "Police and Crime Commissioner")
    assert set(_by_rec(_read(catalogue, page))) == {"15"}


# --- round eleven's leftovers, read in round twelve --------------------------------------------------------------

def test_an_unnumbered_item_in_the_recommendation_column_ends_the_row_above(catalogue):
    # base: the commissioners' row ran into recommendation 3's, and kept it as an answer
    page = ("<html><body><main><h1>Tracker</h1><p>Kent Police, 4 August 2025</p><p>" + _HBA + "</p><table>"
            "<tr><th>Recommendation</th><th>Owner</th><th>Update</th></tr>"
            "<tr><td>2</td><td>PPU</td><td>Advisory groups refreshed; the rest is due in the spring.</td></tr>"
            "<tr><td>3</td><td>NPCC</td><td>For the NPCC.</td></tr>"
            "<tr><td>PCC commissioning: inclusive consultation</td><td>OPCC</td><td>Consultation has begun with six "
            "groups.</td></tr></table></main></body></html>")
    assert set(_by_rec(_read(catalogue, page, "p.html"))) == {"2"}
    # the neighbour: a row whose recommendation cell is empty still goes on with the row above
    more = page.replace("<td>PCC commissioning: inclusive consultation</td>", "<td></td>")
    assert set(_by_rec(_read(catalogue, more, "p.html"))) == {"2", "3"}


def test_the_one_numbered_recommendation_said_to_be_anothers_beside_the_writers_unnumbered_ones(catalogue):
    # base: both read as answers to recommendation 1 (a report whose only numbered recommendation is the Home Office's)
    plan = ("The hidden victims: our plan\n\nCumbria Constabulary, 4 August 2025\n\n" + _SLAVERY
            + "The report's first recommendation is for the Home Office, and the others are addressed to chief "
            "constables. We have acted on all of them and will report in the spring.\n\nTraining\n\nEvery detective "
            "has now done the course.\n")
    assert "1" not in _by_rec(_read(catalogue, plan))
    page = ("The hidden victims: our comments\n\nCumbria Police, Fire and Crime Commissioner, 4 August 2025\n\n"
            + _SLAVERY + "Its recommendations go to chief constables, to commissioners and, in recommendation 1, "
            "to the Home Office.\n\nLocal support\n\nMy office has started mapping what support victims can reach.\n")
    assert "1" not in _by_rec(_read(catalogue, page))


def test_the_inspectorates_own_page_answers_none_of_its_recommendations(catalogue):
    # base: "Recommendation 5 asked ..." with the replies received read as an answer
    page = ("<html><head><title>Responses - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services"
            "</title></head><body><header><a href='/'>HMICFRS</a></header><main>"
            "<h1>Responses to our recommendations</h1>"
            "<p>4 August 2025</p><p>" + _IMMIGRATION + "</p><p>We published the report with the College of Policing "
            "and the IOPC. Recommendation 5 asked chief constables and commissioners to promote confidence in "
            "reporting. We have received 28 replies and have published them all.</p></main></body></html>")
    result = _read(catalogue, page, "p.html")
    assert [o.id for o in result.organisations] == ["hmicfrs"] and "5" not in _by_rec(result)
    # the neighbour: the same words on a force's page are its answer
    force = page.replace("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "Kent Police")
    force = force.replace("HMICFRS", "Kent Police").replace("We have received 28 replies and have published them all.",
                                                             "Kent Police has been running a campaign since May.")
    assert "5" in _by_rec(_read(catalogue, force, "p.html"))


def test_a_plural_subject_that_meets_a_recommendation(catalogue):
    # base: "meet recommendation 8" (a plural subject's verb) opened nothing
    page = ("# News\n\nCleveland Police and Crime Commissioner, 4 August 2025\n\n" + _SECTION_60
            + "The Commissioner said the new scrutiny arrangements meet recommendation 8: a panel reads every "
            "authorisation each month.\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"8"}


def test_recommendations_whose_recipients_were_asked_to_report_directly(catalogue):
    # base: a national body's listing read as its answer to both
    letter = _letter("Recommendations 1 and 2 are for chief constables, and I have asked each force to report its "
                     "progress to the inspectorate directly.\n\nRecommendation 3: national guidance is being drafted.",
                     _PPDA, "National Police Chiefs' Council", "NPCC lead")
    assert set(_by_rec(_read(catalogue, letter))) == {"3"}
    # the neighbour: the listing followed by the writer's own act is its answer
    own = letter.replace("I have asked each force to report its progress to the inspectorate directly",
                         "I have collected every force's audit and all are complete")
    assert {"1", "2"} <= set(_by_rec(_read(catalogue, own)))


def test_a_group_named_by_what_the_report_asked_of_a_recipient_then_its_places(catalogue):
    # base: neither was found (no "recommendation" anywhere in the answers)
    page = ("# Blog\n\nDurham Constabulary, 4 August 2025\n\n" + _HBA
            + "I told the panel that Durham would deliver all the report asked of forces.\n\n"
            "The first thing the report asked of forces, a change to our rape policy, has been made.\n\n"
            "The second, on cultural awareness, is under way with six community groups.\n")
    assert set(_by_rec(_read(catalogue, page, "p.md"))) == {"1", "2"}
    # the neighbour: with no group said by whom it asked, "the second" counts nothing
    alone = page.replace("I told the panel that Durham would deliver all the report asked of forces.\n\n", "")
    assert "2" not in _by_rec(_read(catalogue, alone, "p.md"))
