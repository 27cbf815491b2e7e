"""The ninth held-out set: written at the end of round eight, after its changes, in voices no earlier set used, and
scored once untuned: the honest figure of that round (ADR 0008). Nothing in it was run through the engine before
it was scored.

Invented like the others (no published response was read or copied): a report to a Police and Crime Panel by a
commissioner's chief executive, a police authority's board paper whose own "recommendations" are decisions for the
board, a force's question-and-answer page, a force's annual report with one section on super-complaints among
others, a Word action log with "R7"-style references and theme rows, a national letter to chief constables that
sums up forces' returns, the minutes of a joint audit committee, a commissioner's first-person blog post, and a
Markdown export of an action log.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h9-st-pcp-report", ["pdf", "text"], super_complaint="stalking", authors=["west-mercia-pcc"],
        date=["2025-06-24"],
        responses={"15": ["in_progress"], "16": ["in_progress"], "25": ["complete"]},
        style=Style(pdf_ruled=True, pdf_header="West Mercia Police and Crime Panel - 24 June 2025 - Agenda item 7",
                    wrap=78),
        classes=["panel-report", "report-recommendations-to-the-panel"],
        body="""
<h1>Police and Crime Panel</h1>
<p>24 June 2025</p>
<h2>Report of the Chief Executive, Office of the Police and Crime Commissioner</h2>
<h3>Stalking super-complaint: the Commissioner's response</h3>
<p><strong>Recommendation to the Panel:</strong> Members are asked to note the report.</p>
<p>1. Purpose. This report updates the Panel on the Commissioner's response to the report on the police response to
stalking published by HMICFRS on 27 September 2024. The Panel last considered this subject on 10 December 2024.</p>
<p>2. Background. The report made 29 recommendations, of which 15, 16 and 25 concern the Commissioner. The Chief
Constable reports separately to the Commissioner's Assurance Board on those for the force.</p>
<p>3. Recommendation 15. The review of stalking services is about two thirds complete; interviews with victims
are still to be done, and the Commissioner expects to receive the findings in September.</p>
<p>4. Recommendation 16. The joint review of stalking protection orders with the force and the courts has begun;
the first meeting took place in May.</p>
<p>5. Recommendation 25. The information for victims was agreed with the Chief Constable in March and is now on the
Commissioner's website and the force's.</p>
<p>6. Financial implications. None arising from this report.</p>
<p>Contact: Chief Executive, Office of the Police and Crime Commissioner for West Mercia</p>
"""),
    Doc("h9-s2s-btpa-board-paper", ["docx"], super_complaint="safe-to-share",
        authors=["british-transport-police-authority"], optional_authors=["british-transport-police"],
        date=["2021-07-15"],
        responses={"1": ["complete"], "6": ["not_started"]},
        classes=["board-paper", "board-recommendations"],
        body="""
<h1>British Transport Police Authority</h1>
<p>Report to: Authority Board<br>Date: 15 July 2021<br>Subject: Safe to share? Police super-complaint on
immigration status<br>Sponsor: Chief Executive<br>For: Decision</p>
<h2>1. Recommendations</h2>
<p>1.1 The Board is asked to approve the response at section 3 and to delegate its publication to the Chief
Executive.</p>
<h2>2. Background</h2>
<p>2.1 The report was published on 17 December 2020. Recommendations 1, 4 and 5 fall to chief constables and 6 to
policing bodies, of which the Authority is one.</p>
<h2>3. Response</h2>
<p>3.1 Recommendation 1: BTP issued the instruction to officers in April 2021 and it has been followed since.</p>
<p>3.2 Recommendation 6: the Authority has not yet assessed access to specialist support on the railway. Officers
propose that the assessment be included in the 2022/23 business plan.</p>
"""),
    Doc("h9-st-faq-page", ["html"], super_complaint="stalking", authors=["avon-and-somerset-constabulary"],
        date=["2025-05-02"],
        responses={"7": ["complete"], "10": ["in_progress"], "16": ["not_started"]},
        style=Style(site="force", site_name="Avon and Somerset Police",
                    page_title="Stalking super-complaint: questions and answers | Avon and Somerset Police",
                    page_dates="<p>Page last updated: 2 May 2025</p>", panels=True),
        classes=["faq", "question-headings"],
        body="""
<h1>Stalking super-complaint: your questions answered</h1>
<h2>What is a super-complaint?</h2>
<p>A complaint by a designated organisation that a feature of policing is harming the public. The Suzy Lamplugh
Trust made one about stalking in 2022.</p>
<h2>Can stalking now be recorded alongside other crimes?</h2>
<p>Yes. Recommendation 7 asked us to make this possible and our system has allowed it since February.</p>
<h2>Are officers being trained?</h2>
<p>Recommendation 10 is about training. Specialist investigators have been trained; training for response officers
runs until the end of the year.</p>
<h2>What about stalking protection orders?</h2>
<p>Recommendation 16 asks us to review their use with the Commissioner. This will start in the autumn, after the
new case management system is in place.</p>
"""),
    Doc("h9-hba-annual-report", ["pdf"], super_complaint="honour-based-abuse", authors=["west-yorkshire-police"],
        date=["2023-07", "2023"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="West Yorkshire Police Annual Report 2022/23",
                    pdf_cover="<h1>West Yorkshire Police</h1><h2>Annual Report 2022/23</h2><p>July 2023</p>"),
        classes=["annual-report", "one-section-of-many"],
        body="""
<h2>Chief Constable's foreword</h2>
<p>This has been a year of change. We recruited 640 officers, opened two new custody suites and answered 88% of
999 calls within ten seconds, against 84% in 2021/22.</p>
<h2>Neighbourhood policing</h2>
<p>Our neighbourhood teams held 1,900 community meetings. Burglary fell by 7% on the previous year.</p>
<h2>Responding to inspections and super-complaints</h2>
<p>In December 2022 HMICFRS reported on the super-complaint by the Tees Valley Inclusion Project about victims of
sexual abuse at risk of honour-based abuse.</p>
<p>Recommendation 1: our sexual offences policy was rewritten in April to cover the risk of honour-based abuse.</p>
<p>Recommendation 2: a cultural awareness course, built with community groups in Bradford, is being trialled with
two safeguarding units before it is offered to every investigator.</p>
<h2>Our people</h2>
<p>Sickness absence fell to 4.1%. We launched a new wellbeing service in October.</p>
"""),
    Doc("h9-ss-action-log-docx", ["docx"], super_complaint="stop-and-search", authors=["south-yorkshire-police"],
        date=["2024-09-12"],
        responses={"1": ["complete"], "2": ["in_progress"], "6": ["in_progress"], "7": ["not_started"]},
        classes=["r-references", "theme-rows", "action-log"],
        body="""
<h1>South Yorkshire Police - Section 60 super-complaint action log</h1>
<p>Last review: 12 September 2024 (Stop and Search Governance Board)</p>
<table>
<tr><th>Ref</th><th>Theme / action</th><th>Owner</th><th>Due</th><th>Progress</th></tr>
<tr><td></td><td>THEME A - AUTHORISATION</td><td></td><td></td><td></td></tr>
<tr><td>R1</td><td>Raise authorising rank</td><td>ACC Operations</td><td>Mar-24</td><td>Done Feb-24. Policy
updated.</td></tr>
<tr><td>R2</td><td>Record rationale and duration</td><td>Ops Support</td><td>Jun-24</td><td>New form built; in
test.</td></tr>
<tr><td></td><td>THEME B - SCRUTINY</td><td></td><td></td><td></td></tr>
<tr><td>R6</td><td>Community scrutiny of s60</td><td>Head of Engagement</td><td>Dec-24</td><td>Two panels have
reviewed s60 footage; the third is being recruited.</td></tr>
<tr><td>R7</td><td>Youth involvement in scrutiny</td><td>Head of Engagement</td><td>Mar-25</td><td>Not yet begun -
planned for the new year.</td></tr>
</table>
"""),
    Doc("h9-ppda-npcc-letter-to-forces", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2023-04-18"],
        responses={"1": ["complete", "in_progress"], "2": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["national-letter-to-forces", "aggregate-progress"],
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>18 April 2023</p>
<p>To: all Chief Constables<br>Cc: HMICFRS; College of Policing; APCC</p>
<p>Dear colleague,</p>
<p><strong>Police perpetrated domestic abuse super-complaint: national position</strong></p>
<p>Thank you for your returns. I set out below where we are nationally.</p>
<p>Recommendation 1 (audit of cases): 41 of 43 forces have completed their audits; the remaining two will finish
this month.</p>
<p>Recommendation 2 (investigation by another force): a national framework for referring cases to another force
has been drafted and will go to Chief Constables' Council in July.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Domestic Abuse</p>
"""),
    Doc("h9-ms-committee-minutes", ["text"], super_complaint="modern-slavery", authors=["wiltshire-police"],
        optional_authors=["wiltshire-pcc"], date=["2021-10-07"],
        responses={"1": ["in_progress"]},
        style=Style(wrap=80),
        classes=["minutes", "reported-speech"],
        body="""
<p>WILTSHIRE POLICE AND OFFICE OF THE POLICE AND CRIME COMMISSIONER</p>
<p>JOINT AUDIT COMMITTEE - MINUTES</p>
<p>Thursday 7 October 2021, 10.00, Police Headquarters, Devizes</p>
<p>Present: Chair; two independent members; Chief Finance Officers; Head of Public Protection (item 6)</p>
<p>Item 5. Minutes of the meeting of 8 July 2021 were agreed.</p>
<p>Item 6. HMICFRS super-complaint: The hidden victims. The Head of Public Protection reported that, on
recommendation 1, the force was working with the regional anti-slavery partnership on a shared approach to victim
support, and that a draft would come to the committee in January. Members asked about training; the Head of Public
Protection said that all detectives had completed the modern slavery e-learning in 2020.</p>
<p>Action: Head of Public Protection to circulate the draft approach when ready.</p>
"""),
    Doc("h9-pm-pcc-blog", ["html"], super_complaint="protective-measures", authors=["nottinghamshire-pcc"],
        date=["2022-03-03"],
        responses={"1": ["complete"], "7": ["in_progress"]},
        style=Style(site="pcc", site_name="Nottinghamshire Police and Crime Commissioner",
                    page_title="Commissioner's blog: keeping victims safe | Nottinghamshire PCC",
                    related=["Commissioner's blog: February 2022", "Police and Crime Plan 2021-2025"]),
        classes=["blog", "first-person", "ordinal-date"],
        body="""
<h1>Keeping victims safe: what we've done since the protective measures report</h1>
<p>Posted by the Commissioner on 3rd March 2022</p>
<p>I've been asked a lot about what happened after last summer's report on the police use of protective measures,
so here's an update.</p>
<p>Recommendation 1 was about people released under investigation. Nottinghamshire Police now reviews every one of
those cases each month and the number has more than halved - that job's done.</p>
<p>Recommendation 7, on domestic abuse protection orders, is one I'm keeping a close eye on. The pilot court is
up and running and we're learning from it before it goes county-wide.</p>
<p>As always, if you need help, call 101 or 999 in an emergency.</p>
"""),
    Doc("h9-st-teams-wiki-md", ["markdown"], super_complaint="stalking", authors=["thames-valley-police"],
        date=["2025-08-19"],
        responses={"7": ["complete"], "10": ["in_progress"], "25": ["awaiting_national", "not_started"]},
        classes=["wiki-export", "action-ids"],
        body="""
<h1>TVP Public Protection wiki / Stalking super-complaint</h1>
<p>Page owner: DCI Public Protection. Last modified 19 Aug 2025.</p>
<table>
<tr><th>Action ID</th><th>Rec</th><th>Description</th><th>State</th><th>Notes</th></tr>
<tr><td>ACT-031</td><td>7</td><td>Niche flag for stalking with other offences</td><td>Closed</td><td>Live since
May.</td></tr>
<tr><td>ACT-032</td><td>10</td><td>Training refresh</td><td>Open</td><td>Module 2 of 3 delivered.</td></tr>
<tr><td>ACT-033</td><td>25</td><td>Victim information with OPCC</td><td>Blocked</td><td>Held until the College
publishes its national victim information template.</td></tr>
</table>
"""),
]
