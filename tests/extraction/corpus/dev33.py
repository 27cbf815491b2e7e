"""The thirty-third development set: documents of our own for round sixteen's alignment-precision readings of helper
`scope19` (ADR 0008, Decision 48), in other words than heldout31/32's and the tests': a passage whose opening sentence
names its recommendation with a national body as recipient is that body's at any length ("were made to the Home
Office", "the recommendation for the NPCC about ..."); a heading giving its section "to other organisations"; a report
with one recommendation, for the Home Office, where another national body's act told in the third person and a heading
run into the passage are not the writer's waiting; a minute's number inside a clause of waiting; one entry of a list
of documents. Each document also carries answers the readings must keep. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a force's page: an overview giving two numbers to the Home Office runs on, past 500 characters, into the force's
    # general acceptance before its own answers
    Doc("d33-s2s-force-overview", ["html", "markdown"], super_complaint="safe-to-share",
        authors=["norfolk-constabulary"], date=["2021-09-20"], optional_authors=["norfolk-pcc"],
        responses={"1": ["complete"], "4": ["in_progress"]}, absent=["2", "6", "7"],
        style=Style(site="plain", page_title="Safe to share? Our progress | Norfolk Constabulary"),
        classes=["overview-numbers-made-to-national-body", "long-passage"],
        body="""
<h1>Safe to share? Norfolk Constabulary's progress</h1>
<p>20 September 2021</p>
<p>Recommendations 2 and 7 are directed to the Home Office (its review of data sharing with Immigration Enforcement is
due next year), and recommendation 6 to commissioners; Norfolk's Police and Crime Commissioner has written her own
reply.</p>
<p>Norfolk Constabulary takes on every recommendation the inspectorates addressed to chief constables. Our Vulnerability
Board oversees the work, each action has a named chief officer as its owner, and the page is refreshed after each
board meeting so that partners and the public can see what has changed since the last update and what is still to
come over the coming months.</p>
<h2>Recommendation 1</h2>
<p>Officers stopped passing victims' details to Immigration Enforcement in February 2021, and the instruction has been
written into the domestic abuse policy. Complete.</p>
<h2>Recommendation 4</h2>
<p>A safe reporting route with three migrant support charities is being tested in Norwich; it will be extended to the
whole county in the new year.</p>
"""),

    # a force's letter: the national body's recommendation named by its recipient, not its number, in a numbered
    # paragraph between the force's answers
    Doc("d33-hba-force-letter", ["docx", "text"], super_complaint="honour-based-abuse",
        authors=["humberside-police"], date=["2023-05-22"],
        responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
        style=Style(),
        classes=["recommendation-named-by-national-recipient"],
        body="""
<div class="letterhead">Humberside Police<br>Police Headquarters<br>Hull</div>
<p>22 May 2023</p>
<p>Dear Inspector,</p>
<p><strong>Honour-based abuse super-complaint: Humberside Police update</strong></p>
<p>1. Our sexual abuse policy has included the risk of honour-based abuse since March 2023, meeting recommendation 1.</p>
<p>2. Recommendation 2: cultural awareness sessions, designed with the Humber Ethnic Minority Forum, are being delivered
to response and neighbourhood officers; half have attended.</p>
<p>3. The recommendation for the National Police Chiefs' Council about ethnicity data has been taken up by the
Council's lead, who is consulting forces on a common standard.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable, Humberside Police</p>
"""),

    # a report with one recommendation, for the Home Office: the force names it, another national body's act follows
    # in the third person, and a heading opens the force's own work
    Doc("d33-ms-force-note", ["docx", "text"], super_complaint="modern-slavery",
        authors=["suffolk-constabulary"], date=["2021-10"],
        responses={}, absent=["1"],
        style=Style(),
        classes=["sole-recommendation-national", "third-person-national-act", "heading-run-into-passage"],
        body="""
<h1>Suffolk Constabulary: The hidden victims - our position</h1>
<p>October 2021</p>
<p>The report on Hestia's super-complaint about the police response to victims of modern slavery was published in May
2021.</p>
<p>Recommendation 1 is addressed to the Home Office: research into what victims experience when they report. The
Home Office has asked the National Crime Agency for its referral data for that research.</p>
<h2>What Suffolk Constabulary has done</h2>
<p>Every modern slavery investigation is now led by a detective from the Serious Crime Unit, and a victim liaison
officer has been appointed for the county.</p>
"""),

    # minutes: a numbered minute names one number only as what the force waits for; another answers by number
    Doc("d33-s2s-panel-minutes", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["hampshire-and-isle-of-wight-pcc"], date=["2022-02-15"],
        optional_authors=["hampshire-and-isle-of-wight-constabulary"],
        responses={"5": ["in_progress"], "6": ["complete"]}, absent=["2"],
        style=Style(),
        classes=["minute-number-waited-on", "minute-number-subject"],
        body="""
<h1>Hampshire and Isle of Wight Police and Crime Commissioner: Accountability Meeting</h1>
<p>Minutes of the meeting held on 15 February 2022</p>
<h2>Item 4. Safe to share? super-complaint</h2>
<p>4.1 The Commissioner confirmed that the needs assessment for migrant victims' support, asked of commissioners in
recommendation 6, was finished in December and its findings have been published.</p>
<p>4.2 The Chief Constable explained that the force's guidance for call handlers is drafted; it will not be issued before
the Home Office publishes its revised data-sharing guidance (recommendation 2).</p>
<p>4.3 Joint work on recommendation 5 continues: two community events have been held with migrant support groups and a
third is planned for April.</p>
"""),

    # a commissioner's page of documents: one entry of its list names the force's report on a number; the page
    # answers nothing itself
    Doc("d33-sas-pcc-documents", ["html", "markdown"], super_complaint="stop-and-search",
        authors=["cheshire-pcc"], date=["2024-07-08"], optional_authors=["cheshire-constabulary"],
        responses={}, absent=["3"],
        style=Style(site="plain", page_title="Stop and search super-complaint | Cheshire Police and Crime Commissioner"),
        classes=["list-entry-not-subject"],
        body="""
<h1>Stop and search super-complaint: documents</h1>
<p>Office of the Police and Crime Commissioner for Cheshire</p>
<p>8 July 2024</p>
<ul>
<li>Cheshire Constabulary: report on recommendation 3 (June 2024)</li>
<li>Letter from the Commissioner to the inspectorate (February 2024)</li>
<li>Minutes of the scrutiny panel (May 2024)</li>
</ul>
<p>These are the papers about the super-complaint on section 60 and community scrutiny of stop and search. We will add
the force's next report when it has been received.</p>
"""),

    # a commissioner's update: its own answer under its number, and a section giving the other recipients'
    # recommendations "to other organisations"
    Doc("d33-sas-pcc-update", ["html", "docx"], super_complaint="stop-and-search",
        authors=["cheshire-pcc"], date=["2024-09-16"],
        responses={"8": ["in_progress"]}, absent=["10"],
        style=Style(site="plain", page_title="Stop and search: update | Cheshire Police and Crime Commissioner"),
        classes=["heading-to-other-organisations"],
        body="""
<h1>Stop and search super-complaint: the Commissioner's update</h1>
<p>Office of the Police and Crime Commissioner for Cheshire</p>
<p>16 September 2024</p>
<h2>Recommendation 8</h2>
<p>The Commissioner's office is recruiting new members for the independent stop and search scrutiny panel, and the
panel's revised terms of reference will be agreed in September.</p>
<h2>Recommendations to other organisations</h2>
<p>Recommendation 10: the Home Office has said it will revise the code of practice once it has consulted policing.</p>
"""),
]
