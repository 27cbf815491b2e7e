"""Who wrote a document and when (ADR 0008, Decision 36: round fourteen's authors16, on heldout27 and heldout28). In a
meeting's record the bodies whose officers give the account of their own work are its authors; a body the answered
recommendations are addressed to answers them, it is no bystander; a building named after a body and the name a
closing action list sends something to are no writer; a document saying whose work it records names its owner; a page
listing others' papers as file links is the page owner's alone; the date the content speaks as of outranks the page's
own dates printed under it. Each test is written afresh, in words neither those sets nor dev25 use; each fails on the
round's starting code (dfead50) unless it says it checks the neighbouring reading the rule must not take (those pass
on both)."""
from rectrack.extraction import extract_bytes

_PPDA = ("Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint\n\n")
_SAFE = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status\n\n")


def _read(catalogue, text: str, name: str = "x.txt"):
    return extract_bytes(text.encode(), name, catalogue)


def _orgs(result) -> list[str]:
    return [o.id for o in result.organisations]


def test_a_commissioner_briefing_a_panel_in_its_minutes_is_an_author(catalogue):
    # base: "the Commissioner briefed the Panel" was no evidence of the commissioner's (only the force was found)
    text = ("Essex Police, Fire and Crime Panel - minutes\n\nMeeting held on 6 July 2023\n\n" + _PPDA
            + "The Chief Constable presented the force's progress: the audit of open cases is finished.\n\n"
            "The Police, Fire and Crime Commissioner briefed the Panel on recommendation 3a: the domestic abuse "
            "services he funds are being reviewed, and training for their advocates will follow.\n\n"
            "The Panel noted the report.\n")
    orgs = _orgs(_read(catalogue, text))
    assert "essex-pfcc" in orgs and "essex-police" in orgs


def test_a_department_answering_recommendations_given_to_it_stays_an_author(catalogue):
    # base: "the recommendations given to the Home Office" read the Home Office as a mere addressee and struck it out
    text = ("# Joint reply from the Home Office and the Ministry of Justice\n\n2 May 2022\n\n"
            "Protective measures super-complaint\n\n"
            "We set out here our answer to the two recommendations the report has given to the Home Office and the "
            "Ministry of Justice.\n\n## Recommendation 13\n\nWe accept this recommendation; a pilot is running.\n")
    orgs = _orgs(_read(catalogue, text, "j.md"))
    assert "home-office" in orgs and "ministry-of-justice" in orgs


def test_a_letterhead_address_at_the_force_headquarters_is_not_the_force(catalogue):
    # base: "Surrey Police Headquarters" in the commissioner's letterhead made the force a writer of the letter
    text = ("Office of the Police and Crime Commissioner for Surrey\nSurrey Police Headquarters\nMount Browne\n"
            "Guildford GU3 1HG\n\n9 March 2021\n\nDear Sir Thomas,\n\n" + _SAFE
            + "I accept the two recommendations made to commissioners. My office has begun mapping the support "
            "available to migrant victims.\n\nYours sincerely,\n\nPolice and Crime Commissioner for Surrey\n")
    assert _orgs(_read(catalogue, text)) == ["surrey-pcc"]


def test_a_log_that_says_whose_work_it_records_names_its_owner(catalogue):
    # base: with no masthead the log fell back to the most-named body of the area, and the commissioner's office,
    # named in two rows, came in with the force
    text = ("Recommendations log\n\n" + _SAFE
            + "This log records what Cleveland Police is doing on the recommendations to chief constables.\n\n"
            "Recommendation 1 | Complete | A new instruction on sharing victims' details is in force.\n"
            "Recommendation 5 | OPCC | For the PCC, who reports separately; the OPCC leads this.\n"
            "Recommendation 6 | OPCC | For the commissioner's office.\n")
    assert _orgs(_read(catalogue, text)) == ["cleveland-police"]


def test_names_on_listed_file_links_are_not_the_pages_authors(catalogue):
    # base: "NPCC response ... (PDF, 1MB)" on a line of a list made the NPCC a writer of the page that links it
    text = ("<html><head><title>College of Policing - responses received</title></head><body>"
            "<h1>Responses to the safe to share super-complaint report</h1><p>14 June 2021</p>"
            "<p>" + _SAFE.strip() + "</p>"
            "<p>The College has received these responses.</p>"
            "<p>NPCC response to the report (PDF, 1MB)</p><p>Home Office letter (Word, 80KB)</p>"
            "<p>The College of Policing has published its own reply to the report.</p></body></html>")
    orgs = _orgs(_read(catalogue, text, "c.html"))
    assert "npcc" not in orgs


def test_an_action_list_sending_a_letter_to_a_national_body_does_not_sign_for_it(catalogue):
    # base: the closing action list read as the names under a signature, and "the recommendation 1 return to the
    # NPCC" (read as a recommendation's addressee, so not struck out) signed the minutes
    text = ("Cheshire Constabulary Governance Board: minutes\n\n4 April 2023\n\n" + _PPDA
            + "The Deputy Chief Constable reported that the audit of cases has been completed.\n\n"
            "Actions\n\nAction: Send the recommendation 1 return to the NPCC\nOwner: DCC\n")
    assert "npcc" not in _orgs(_read(catalogue, text))


def test_the_content_as_at_date_outranks_the_pages_published_and_reviewed_dates(catalogue):
    # base: the page's "Published" line under the content dated a tracker whose position is a year later
    text = ("<html><head><title>Norfolk Constabulary - our tracker</title></head><body>"
            "<h1>Safe to share? our tracker</h1><p>" + _SAFE.strip() + "</p>"
            "<p>Status of actions as at 20 April 2022.</p>"
            "<p>Recommendation 1: complete. A new instruction on victims' details is in force.</p>"
            "<p>Recommendation 4: in progress. A reporting route is being piloted.</p>"
            "<p>Published: 11 March 2021</p><p>Last reviewed: 2 February 2024</p></body></html>")
    assert _read(catalogue, text, "t.html").document_date == "2022-04-20"


def test_a_pages_date_that_is_the_contents_own_stands(catalogue):
    # the neighbouring reading (passes on both): with no date of the content's own, the page's published date stands
    text = ("<html><head><title>Norfolk Constabulary - our response</title></head><body>"
            "<h1>Safe to share? our response</h1><p>" + _SAFE.strip() + "</p>"
            "<p>Recommendation 1: complete. A new instruction on victims' details is in force.</p>"
            "<p>Published: 11 March 2021</p></body></html>")
    assert _read(catalogue, text, "t.html").document_date == "2021-03-11"
