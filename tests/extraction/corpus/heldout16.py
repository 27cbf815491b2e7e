"""The sixteenth held-out set: dense in progress, written in round ten before any change of the round and before
reading the status cue lists (`status.py`, `model/sentences.tsv`), and scored once untuned (ADR 0008).

Invented like the others (no published response was read or copied), in the voices officers and commissioners'
staff write in: action-plan trackers with RAG columns whose update contradicts the colour, percentages, "Blue",
"Closed" and "Open" cells, "complete - now BAU", "implemented and being monitored through the Gold group",
"awaiting sign-off", "paused pending the national review", "not yet started: scheduled for 2027/28", "no further
action required", "superseded by the NPCC guidance", "partially implemented", refusals and acceptance in part,
reported speech ("the Chief Constable has told me ..."), plans with and without dates, and work done by a partner.
All seven published super-complaints; most files are HTML, PDF and DOCX.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h16-st-met-tracker", ["html", "pdf"], super_complaint="stalking",
        authors=["metropolitan-police-service"], date=["2025-09-30"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"], "4": ["in_progress"],
                   "5": ["complete"], "6": ["not_started"], "7": ["complete"], "8": ["in_progress"],
                   "9": ["awaiting_national"], "10": ["in_progress"]},
        style=Style(site="force", site_name="Metropolitan Police Service",
                    page_title="Stalking super-complaint action plan | Metropolitan Police", pdf_ruled=True),
        classes=["rag-tracker", "rag-contradicted-by-update", "terse-status-cells", "percentages"],
        body="""
<h1>Stalking super-complaint: action plan tracker</h1>
<p>Position at 30 September 2025. Owner: Commander, Public Protection.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>DCI Public Protection</td><td>Blue</td><td>Screening questions on stalking added to the risk form in
May. Complete - now BAU.</td></tr>
<tr><td>2</td><td>Crime Recording Unit</td><td>Green - on track</td><td>Guidance for decision makers drafted; the
consultation with the Force Crime Registrar closes in October.</td></tr>
<tr><td>3</td><td>Learning and Development</td><td>Amber - slipped to Q3</td><td>Launch moved back from Q2 because of
summer abstractions; the e-learning module goes live in Q3.</td></tr>
<tr><td>4</td><td>Public Protection</td><td>Green</td><td>Delayed. The supplier has not delivered the case tracking
module and no new date has been agreed.</td></tr>
<tr><td>5</td><td>Criminal Justice</td><td>Closed</td><td>Applications for stalking protection orders now go through
a single desk. Reviewed in August: no further action required.</td></tr>
<tr><td>6</td><td>Public Protection</td><td>Red</td><td>Not yet started: scheduled for 2027/28 in the force change
plan.</td></tr>
<tr><td>7</td><td>Digital Policing</td><td>Blue</td><td>Stalking flag live on the crime system; 1,240 crimes flagged
since launch.</td></tr>
<tr><td>8</td><td>Partnerships</td><td>Open</td><td>Awaiting sign-off at Chief Officer Group on 14 October.</td></tr>
<tr><td>9</td><td>Public Protection</td><td>Paused</td><td>Paused pending the national review of stalking protection
orders.</td></tr>
<tr><td>10</td><td>Learning and Development</td><td>Amber</td><td>Delivered to 87% of frontline staff; the rest by
December.</td></tr>
</table>
"""),

    Doc("h16-pm-kent-action-plan", ["docx", "pdf"], super_complaint="protective-measures",
        authors=["kent-police"], date=["2022-11-08"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["not_started"], "4": ["complete"],
                   "5": ["in_progress"], "6": ["awaiting_national"], "7": ["complete"]},
        style=Style(pdf_ruled=False, pdf_header="Kent Police - OFFICIAL"),
        classes=["action-plan", "superseded-by-national-guidance", "no-further-action", "on-hold"],
        body="""
<h1>A duty to protect: Kent Police action plan</h1>
<p>Updated 8 November 2022</p>
<table>
<tr><th>Recommendation</th><th>Owner</th><th>Status</th><th>Commentary</th></tr>
<tr><td>1</td><td>Head of Custody</td><td>Complete</td><td>Released under investigation cases are reviewed by an
inspector every 28 days. Implemented and being monitored through the Gold group.</td></tr>
<tr><td>2</td><td>Head of Custody</td><td>In progress</td><td>Partially implemented: the bail conditions checklist is
used in two of our three divisions.</td></tr>
<tr><td>3</td><td>DCI Safeguarding</td><td>Not started</td><td>Work will begin once the new case management system is
installed in 2023.</td></tr>
<tr><td>4</td><td>Head of Crime</td><td>Complete</td><td>Superseded by the NPCC guidance on pre-charge bail issued in
September, which the force has adopted in full.</td></tr>
<tr><td>5</td><td>Head of Crime</td><td>Open</td><td>Talks with HMCTS on listing breach hearings quickly are
continuing.</td></tr>
<tr><td>6</td><td>Head of Crime</td><td>On hold</td><td>On hold until the Home Office confirms the new statutory
guidance on protection orders.</td></tr>
<tr><td>7</td><td>Legal Services</td><td>Closed</td><td>No further action required. The force already met this
recommendation when the report was published.</td></tr>
</table>
"""),

    Doc("h16-s2s-essex-pfcc-letter", ["docx"], super_complaint="safe-to-share", authors=["essex-pfcc"],
        optional_authors=["essex-police"], date=["2021-06-15"],
        responses={"1": ["complete"], "4": ["in_progress"],
                   "5": {"progress": ["in_progress"], "position": ["accepted"]}, "6": ["not_started"]},
        style=Style(docx_letterhead_in_header=True),
        classes=["reported-speech", "commissioner-letter", "plan-with-date"],
        body="""
<div class="letterhead">Police, Fire and Crime Commissioner for Essex<br>Kelvedon Park, London Road, Rivenhall,
Witham CM8 3HB</div>
<p>15 June 2021</p>
<p>HM Chief Inspector of Constabulary</p>
<p>Dear Chief Inspector,</p>
<p>Safe to share? Response under section 28A of the Police Reform Act 2002</p>
<p>On recommendation 1, the Chief Constable has told me that the interim instruction on sharing victims' details has
been in force since March and that every officer has been briefed on it.</p>
<p>On recommendation 4, he tells me the force is working with the county's domestic abuse partnership on a safe
reporting route, which he expects to open in the autumn.</p>
<p>Recommendation 5 is for both of us, and I accept it. My office has mapped the specialist services available to
migrant victims, and we will commission an advocacy service from April 2022.</p>
<p>Recommendation 6: I have not yet begun the assessment of local access to specialist support. It will be part of
the victims' needs assessment I will carry out next year.</p>
<p>Yours faithfully,</p>
<p>Police, Fire and Crime Commissioner for Essex</p>
"""),

    Doc("h16-hba-npcc-data-letter", ["pdf"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2024-02-19"],
        responses={"3": {"progress": ["in_progress"], "position": ["partially_accepted"]}},
        absent=["1", "2"],
        style=Style(pdf_ruled=True),
        classes=["accept-in-part", "national-lead-letter"],
        body="""
<p>National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</p>
<p>19 February 2024</p>
<p>Dear Chief Inspector,</p>
<p>Super-complaint on sexual abuse victims at risk of honour-based abuse</p>
<p>Recommendations 1 and 2 are for chief constables, and I have asked forces to report their progress to you
directly.</p>
<p>Recommendation 3: we accept in part. We agree that ethnicity and religion should be recorded consistently, but we
do not agree that a new mandatory field is needed on every system. The data standards review is drafting its
proposals now and will consult forces in the spring.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Data Standards</p>
"""),

    Doc("h16-ppda-cleveland-pcc-page", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cleveland-pcc"], date=["2023-06-12"],
        responses={"1": ["in_progress"], "2": ["complete"],
                   "3": {"progress": ["not_started", "in_progress"], "position": ["partially_accepted"]}},
        absent=["4"],
        style=Style(site="pcc", site_name="Cleveland Police and Crime Commissioner",
                    page_title="Police perpetrated domestic abuse super-complaint | Cleveland PCC"),
        classes=["reported-speech", "accept-in-part", "plan-with-date"],
        body="""
<h1>Police perpetrated domestic abuse: the Commissioner's response</h1>
<p>Published 12 June 2023</p>
<p>Recommendation 4 is for the Home Office and is not answered here.</p>
<h2>Recommendation 1</h2>
<p>The Chief Constable has reported that every live case in which an officer is accused of domestic abuse has been
reviewed by the Professional Standards Department; the closed cases of the last five years will be reviewed by the
end of the year.</p>
<h2>Recommendation 2</h2>
<p>The force tells us this is done: such cases are now investigated by a different command from the one the officer
works in.</p>
<h2>Recommendation 3</h2>
<p>We accept this recommendation in part. We will review the guidance our commissioned services give to victims of
police-perpetrated abuse by March 2024. The independent advocacy service proposed in the report is a matter for
national funding.</p>
"""),

    Doc("h16-ms-home-office-reply", ["html"], super_complaint="modern-slavery", authors=["home-office"],
        date=["2022-03-10"],
        responses={"1": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(site="govuk", page_title="Modern slavery super-complaint: Home Office response - GOV.UK"),
        classes=["refusal", "govuk-page"],
        body="""
<h1>Home Office response to the super-complaint on the police response to victims of modern slavery</h1>
<p>Published 10 March 2022</p>
<h2>Recommendation 1</h2>
<p>We do not accept this recommendation. The existing statutory guidance already sets out how victims should be
treated when they are found to have committed offences, and we do not believe a new protocol would add to it.
We will keep the guidance under review.</p>
"""),

    Doc("h16-sas-wmids-pcc-news", ["html"], super_complaint="stop-and-search", authors=["west-midlands-pcc"],
        date=["2022-09-01"],
        responses={"8": ["complete"], "9": ["not_started"], "10": ["awaiting_national"]},
        style=Style(site="news", site_name="West Midlands Police and Crime Commissioner",
                    page_title="Stop and search scrutiny strengthened | West Midlands PCC"),
        classes=["news-item", "reported-speech", "waiting-for-national"],
        body="""
<h1>Commissioner strengthens scrutiny of section 60 stop and search</h1>
<p>1 September 2022</p>
<p>The Police and Crime Commissioner has set out how his office is answering the super-complaint by the Criminal
Justice Alliance.</p>
<p>The Commissioner said the Stop and Search Scrutiny Panel's new terms of reference, agreed in July, meet
recommendation 8 in full: the panel now looks at every section 60 authorisation within a week of it ending.</p>
<p>Work on recommendation 9 has not begun. The Commissioner plans to consult community groups in the new year.</p>
<p>Recommendation 10 rests with the Home Office, and the Commissioner is waiting for its revised code of practice
before changing anything locally.</p>
"""),

    Doc("h16-st-devon-pcc-update", ["docx"], super_complaint="stalking", authors=["devon-and-cornwall-pcc"],
        date=["2025-04-22"],
        responses={"15": ["complete"], "16": ["in_progress"], "25": ["in_progress"]},
        classes=["form-headings", "workstreams", "awaiting-sign-off"],
        body="""
<h1>Stalking super-complaint: update from the Office of the Police and Crime Commissioner for Devon, Cornwall and the
Isles of Scilly</h1>
<p>22 April 2025</p>
<h2>Recommendation 15</h2>
<p>Our needs assessment of services for stalking victims was delivered in January, and we have extended the
specialist advocacy contract to 2027.</p>
<h2>Recommendation 16</h2>
<p>The joint review with the Chief Constable is under way. Three of its five workstreams have been signed off.</p>
<h2>Recommendation 25</h2>
<p>The terms of a joint performance framework have been agreed with the force; it awaits sign-off at the Joint Audit
Committee in June.</p>
"""),

    Doc("h16-st-apcc-letter", ["pdf"], super_complaint="stalking", authors=["apcc"], date=["2025-05-14"],
        responses={"27": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(pdf_ruled=True),
        classes=["national-body-letter", "delivered"],
        body="""
<p>Association of Police and Crime Commissioners<br>Lower Ground, 5-8 The Sanctuary, London SW1P 3JS</p>
<p>14 May 2025</p>
<p>Dear Chief Inspector,</p>
<p>The police response to stalking</p>
<p>The APCC accepts recommendation 27. We issued a briefing to every commissioner in March, and our victims
portfolio group will check how it is used. We regard the recommendation as delivered.</p>
<p>Yours sincerely,</p>
<p>APCC Victims Portfolio Lead</p>
"""),

    Doc("h16-pm-northumbria-notes", ["markdown"], super_complaint="protective-measures", authors=["northumbria-police"],
        date=["2023-01"],
        responses={"8": ["awaiting_national", "not_started"], "9": ["complete"], "10": ["in_progress", "not_started"],
                   "11": ["in_progress"]},
        classes=["terse-sentences", "partner-delivery", "depends-on-national"],
        body="""
<h1>Northumbria Police: protective measures super-complaint</h1>
<p>Update, January 2023</p>
<h3>Recommendation 8</h3>
<p>We have not started this work. It depends on the changes to the national case file that the NPCC has told forces
to expect in 2024.</p>
<h3>Recommendation 9</h3>
<p>Done. Officers now record the victim's view on bail conditions on every file.</p>
<h3>Recommendation 10</h3>
<p>Work to do. A working group has been formed and meets for the first time next month.</p>
<h3>Recommendation 11</h3>
<p>Being delivered in partnership with Victim Support, who have trained 40 of our call handlers so far.</p>
"""),

    Doc("h16-s2s-sussex-pcc-rag", ["pdf"], super_complaint="safe-to-share", authors=["sussex-pcc"],
        date=["2022-02-02"],
        responses={"5": ["complete"], "6": ["in_progress"], "8": ["complete"]},
        style=Style(pdf_ruled=False, pdf_footer="Office of the Sussex Police and Crime Commissioner"),
        classes=["rag-tracker", "rag-contradicted-by-update", "blue"],
        body="""
<h1>Safe to share? Commissioner's recommendations: progress</h1>
<p>Office of the Sussex Police and Crime Commissioner, 2 February 2022</p>
<table>
<tr><th>Rec</th><th>RAG</th><th>Update</th></tr>
<tr><td>5</td><td>Green</td><td>Advocacy service commissioned and running since January; the contract is monitored
each quarter.</td></tr>
<tr><td>6</td><td>Green</td><td>Assessment overdue: the consultant's report is now delayed to March.</td></tr>
<tr><td>8</td><td>Blue</td><td>Update sent to HMICFRS in June 2021.</td></tr>
</table>
"""),

    Doc("h16-hba-wyp-committee-report", ["docx"], super_complaint="honour-based-abuse",
        authors=["west-yorkshire-police"], date=["2024-03-05"],
        responses={"1": ["in_progress", "awaiting_national"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(docx_headings="bold"),
        classes=["partially-implemented", "percentages", "committee-report"],
        body="""
<p>West Yorkshire Police</p>
<p>Report to the Accountability Meeting, 5 March 2024</p>
<h2>Honour-based abuse super-complaint</h2>
<p>Recommendation 1 - partially implemented. The domestic abuse policy now covers honour-based abuse; the sexual
offences policy will be revised when the national guidance is published.</p>
<p>Recommendation 2 - the cultural competence course has been delivered to 87% of frontline staff and is mandatory
for new starters.</p>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
"""),

    Doc("h16-sas-avon-panel-minutes", ["pdf"], super_complaint="stop-and-search",
        authors=["avon-and-somerset-pcc"], optional_authors=["avon-and-somerset-constabulary"],
        date=["2022-04-27"],
        responses={"1": ["in_progress"], "2": ["complete"],
                   "4": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "8": ["complete"]},
        style=Style(pdf_ruled=True, pdf_header="Avon and Somerset PCC - Scrutiny of Police Powers Panel"),
        classes=["minutes", "open-closed", "refusal"],
        body="""
<h1>Scrutiny of Police Powers Panel: minutes</h1>
<p>Meeting of 27 April 2022, Office of the Avon and Somerset Police and Crime Commissioner</p>
<h2>Item 4: Section 60 super-complaint recommendations</h2>
<ul>
<li>Rec 1: Open. The force's section 60 policy is being redrafted.</li>
<li>Rec 2: Closed. Community monitoring of every authorisation has been in place since February.</li>
<li>Rec 4: The force does not accept this recommendation; it considers that the data it publishes already meets the
need.</li>
<li>Rec 8: Complete. The panel reviews all authorisations quarterly.</li>
</ul>
"""),

    Doc("h16-ppda-durham-chief-letter", ["docx", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-constabulary"], date=["2023-04-03"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["not_started"], "position": ["accepted"]},
                   "3": ["complete"]},
        style=Style(pdf_ruled=True),
        classes=["plan-without-date", "partner-delivery", "partly-done"],
        body="""
<div class="letterhead">Durham Constabulary<br>Police Headquarters, Aykley Heads, Durham DH1 5TT</div>
<p>3 April 2023</p>
<p>Dear Chief Inspector,</p>
<p>Police perpetrated domestic abuse: our response</p>
<p>Recommendation 1: we accept it. The review of all live cases was completed in February and 14 cases were referred
back for further enquiries. The review of closed cases is planned but has no date yet.</p>
<p>Recommendation 2: we accept this recommendation. We intend to appoint a dedicated lead for these cases.</p>
<p>Recommendation 3: we agreed with the Commissioner that the Harbour service would give victims of police-perpetrated
abuse a route outside the force, and it has done so since March.</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
"""),

    Doc("h16-pm-cps-page", ["html"], super_complaint="protective-measures", authors=["cps"],
        date=["2022-12-01"],
        responses={"12": ["complete"], "13": ["in_progress"]},
        style=Style(site="national", site_name="Crown Prosecution Service",
                    page_title="Protective measures super-complaint: CPS response | The Crown Prosecution Service"),
        classes=["national-body-page", "joint-work"],
        body="""
<h1>Our response to the protective measures super-complaint</h1>
<p>1 December 2022</p>
<h2>Recommendation 12</h2>
<p>Our revised legal guidance on breaches of bail and protective orders was published in November and prosecutors
have been briefed on it.</p>
<h2>Recommendation 13</h2>
<p>The joint protocol with the police on breaches of domestic violence protection orders is being drafted with the
NPCC and will be published next spring.</p>
"""),

    Doc("h16-st-lancs-news", ["html"], super_complaint="stalking", authors=["lancashire-constabulary"],
        date=["2025-07-09"],
        responses={"7": ["complete"], "10": ["complete"], "12": ["not_started"]},
        style=Style(site="news", site_name="Lancashire Constabulary",
                    page_title="Force improves its response to stalking | Lancashire Constabulary"),
        classes=["news-item", "reported-speech-past-tense", "future-start"],
        body="""
<h1>Force improves its response to stalking</h1>
<p>9 July 2025</p>
<p>Lancashire Constabulary has set out the changes it has made since the super-complaint by the Suzy Lamplugh
Trust.</p>
<p>Detective Superintendent Jane Holt said the force had changed its crime recording system so that stalking can be
flagged, as recommendation 7 asked.</p>
<p>She said every investigator had now completed the new stalking training required by recommendation 10.</p>
<p>A review of how the force uses stalking protection orders, under recommendation 12, will start in September.</p>
"""),

    Doc("h16-st-surrey-slides", ["pdf"], super_complaint="stalking", authors=["surrey-police"],
        date=["2025-03-18"],
        responses={"17": ["complete"], "18": ["in_progress"], "19": ["awaiting_national"], "20": ["not_started"],
                   "21": ["complete"], "22": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="Surrey Police | OFFICIAL-SENSITIVE"),
        classes=["slide-deck", "tick-symbol", "percentages", "abbreviations"],
        body="""
<h1>Stalking super-complaint: where we are</h1>
<p>Force Performance Board, 18 March 2025</p>
<h2>Recommendations 17 to 22</h2>
<ul>
<li>Rec 17 &#10004; done</li>
<li>Rec 18 - WIP: policy with Legal</li>
<li>Rec 19 - TBC: needs a change in the next national release of the crime system</li>
<li>Rec 20 - 0%: not commenced</li>
<li>Rec 21 - 100%</li>
<li>Rec 22 - 45%</li>
</ul>
"""),

    Doc("h16-ms-wiltshire-text", ["text"], super_complaint="modern-slavery", authors=["wiltshire-police"],
        date=["2021-10-14"],
        responses={"1": ["awaiting_national"]},
        style=Style(wrap=72),
        classes=["waiting-for-home-office", "text-conversion"],
        body="""
<p>Wiltshire Police<br>14 October 2021</p>
<p>Hestia super-complaint: the hidden victims</p>
<p>Recommendation 1 is addressed to the Home Office. We are waiting for its decision on how victims who are
compelled to commit crimes should be treated, and we will not change our local procedure until it is made. In the
meantime our modern slavery coordinator continues to advise investigators.</p>
"""),

    Doc("h16-pm-gmp-tracker-text", ["text"], super_complaint="protective-measures",
        authors=["greater-manchester-police"], date=["2022-10-21"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["not_started"]},
        style=Style(wrap=80, text_tables="pipes"),
        classes=["rag-letters", "terse-status-cells"],
        body="""
<p>Greater Manchester Police - Criminal Justice and Custody Branch - 21/10/2022</p>
<p>Protective measures super-complaint: quarterly tracker</p>
<table>
<tr><th>Rec</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>G</td><td>Compliant. Reviews of released under investigation cases embedded.</td></tr>
<tr><td>2</td><td>A</td><td>Bail checklist in pilot; force-wide roll-out by March.</td></tr>
<tr><td>3</td><td>R</td><td>Not progressed; no owner assigned yet.</td></tr>
</table>
"""),

    Doc("h16-hba-avon-page", ["html"], super_complaint="honour-based-abuse",
        authors=["avon-and-somerset-constabulary"], date=["2023-11-20"],
        responses={"1": ["complete"], "2": ["complete"]},
        absent=["3"],
        style=Style(site="force", site_name="Avon and Somerset Constabulary",
                    page_title="Honour-based abuse super-complaint | Avon and Somerset Police"),
        classes=["bau", "monitored-through-gold"],
        body="""
<h1>Honour-based abuse super-complaint: our response</h1>
<p>Last updated: 20 November 2023</p>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
<h2>Recommendation 1</h2>
<p>Complete - now BAU. The rape and serious sexual offences policy was revised in June so that investigators
consider the risk of honour-based abuse from the first contact.</p>
<h2>Recommendation 2</h2>
<p>Implemented and being monitored through the Gold group for violence against women and girls. Every investigator
in the rape teams has attended the cultural awareness training.</p>
"""),

    Doc("h16-sas-home-office-letter", ["pdf"], super_complaint="stop-and-search", authors=["home-office"],
        date=["2022-08-12"],
        responses={"9": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "10": {"progress": ["not_started", "in_progress"], "position": ["partially_accepted"]}},
        style=Style(pdf_ruled=True),
        classes=["refusal", "accept-in-part", "plan-with-season"],
        body="""
<p>Home Office<br>2 Marsham Street, London SW1P 4DF</p>
<p>12 August 2022</p>
<p>Dear Chief Inspector,</p>
<p>Super-complaint on section 60 stop and search</p>
<p>We do not accept recommendation 9. The power is already subject to the safeguards Parliament set, and we do not
believe a further test is needed.</p>
<p>We accept recommendation 10 in part: we will amend the code of practice to require community scrutiny, but not
the second change the report proposes. A consultation on the revised code will open in the autumn.</p>
<p>Yours sincerely,</p>
<p>Policing Minister's Private Office, Home Office</p>
"""),
]
