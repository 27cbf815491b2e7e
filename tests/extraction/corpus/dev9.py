"""The ninth development set: one document of our own, in other words than the blind sets' (heldout17 to heldout20),
for each class of alignment changed in round eleven (ADR 0008, Decision 15): which passage answers which
recommendation. Each names its recommendations the way the blind writers' documents did, in other voices and other
reports, so that each rule is shown to read a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a board paper's numbered paragraphs: a topic with its number in brackets run into the answer, and a paragraph
    # number before an ordinal ("4.1 On the ninth recommendation, ...")
    Doc("d9-pm-norfolk-audit-committee", ["docx", "pdf"], super_complaint="protective-measures",
        authors=["norfolk-constabulary"], date=["2022-06-09"],
        responses={"4": ["complete"], "3": ["in_progress"], "9": ["in_progress"]},
        classes=["topic-then-bracketed-number", "paragraph-number-before-anchor"],
        body="""
<h1>Norfolk Constabulary</h1>
<h2>Joint Audit Committee, 9 June 2022</h2>
<h3>Item 11: A duty to protect - the force's response</h3>
<p>1. This paper tells the Committee what the force has done about the report "A duty to protect: police use of
protective measures in cases involving violence against women and girls".</p>
<p>2. Domestic violence protection notices (recommendation 4). A duty inspector now reviews every notice within a
day of its issue, and the audit in May found no case without that review.</p>
<p>3. The victim's view on bail (recommendation 3). A field for it has been added to the custody record in a test
system; officers in two custody suites are trying it this month.</p>
<p>4.1 On the ninth recommendation, the force sends a monthly return on its use of protective measures to the
national data hub, although three of the twelve fields cannot yet be filled.</p>
<p>5. Members are invited to note the paper.</p>
"""),

    # places among a recipient's, where the catalogue knows no recipients for the report's recommendations; one
    # recommendation made to commissioners, accepted; another body's answer to one
    Doc("d9-sas-cheshire-joint-letter", ["html", "text"], super_complaint="stop-and-search",
        authors=["cheshire-pcc", "cheshire-constabulary"], date=["2024-04-22"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "8": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["10"],
        style=Style(site="pcc", site_name="Cheshire Police and Crime Commissioner", wrap=78,
                    page_title="Section 60 super-complaint: our joint reply | Cheshire PCC"),
        classes=["place-among-recipients-unknown", "one-recommendation-to-a-body", "answered-by-another"],
        body="""
<h1>Section 60 stop and search: joint reply from the Commissioner and the Chief Constable</h1>
<p>22 April 2024</p>
<p>This is our reply to the report on the Criminal Justice Alliance's super-complaint about section 60 and
independent community scrutiny of stop and search.</p>
<p>Taking the recommendations for forces in turn, the first, that a senior officer gives written reasons for every
authorisation, has been met since January, when the new form came into use. The third, on recording the ethnicity of
everyone searched under section 60, is being built into the stop and search app and will be finished by the
autumn.</p>
<p>The report made a single recommendation to police and crime commissioners, to make sure that community scrutiny
covers section 60. The Commissioner accepted it in February, and her scrutiny panel has held its first two reviews
of authorisations, with more planned each quarter.</p>
<p>Recommendation 10 has been answered by the Home Office.</p>
<p>Police and Crime Commissioner for Cheshire and Chief Constable, Cheshire Constabulary</p>
"""),

    # a tracker whose number cells list several recommendations; a table that only lists the report's recommendations
    Doc("d9-st-cumbria-delivery-plan", ["markdown", "docx"], super_complaint="stalking",
        authors=["cumbria-constabulary"], date=["2025-02-03"],
        responses={"7": ["in_progress"], "11": ["complete"], "12": ["complete"], "13": ["in_progress"],
                   "14": ["in_progress"], "16": ["not_started"]},
        absent=["15", "25"],
        classes=["number-cell-lists-several", "overview-table"],
        body="""
<h1>Cumbria Constabulary: stalking delivery plan</h1>
<p>Updated 3 February 2025. This plan answers the report on the Suzy Lamplugh Trust's super-complaint on the police
response to stalking.</p>
<h2>What the report asked of us</h2>
<table>
<tr><th>Rec</th><th>Addressed to</th><th>In brief</th></tr>
<tr><td>7</td><td>Chief constables</td><td>Crime recording changes</td></tr>
<tr><td>15</td><td>Commissioners</td><td>Review specialist services for victims</td></tr>
<tr><td>25</td><td>Commissioners and chief constables</td><td>Joint performance reporting</td></tr>
</table>
<h2>Where we are</h2>
<table>
<tr><th>Rec no.</th><th>Lead</th><th>Progress</th></tr>
<tr><td>7</td><td>Head of Crime Standards</td><td>Supplier has the change request; a manual flag is used
meanwhile.</td></tr>
<tr><td>11 &amp; 12</td><td>Contact Management</td><td>Screening questions and the first response guide are both in
use in the control room since December.</td></tr>
<tr><td>R13 / R14</td><td>Public Protection</td><td>Protection order applications are being reviewed by a specialist
lawyer; the breach process is being written.</td></tr>
<tr><td>16</td><td>Chief Superintendent, Operations</td><td>Not yet begun; to start with the Commissioner's office in
the summer.</td></tr>
</table>
"""),

    # a statement on the day of the report accepting its recommendations as a group, by count and for whom
    Doc("d9-hba-northumbria-statement", ["html"], super_complaint="honour-based-abuse",
        authors=["northumbria-police"], date=["2022-12-16"],
        responses={"1": {"progress": ["not_stated", "not_started", "in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["not_stated", "not_started", "in_progress"], "position": ["accepted"]}},
        absent=["3"],
        style=Style(site="force", site_name="Northumbria Police",
                    page_title="Our statement on the honour-based abuse super-complaint | Northumbria Police",
                    page_dates="<p>Published 16 December 2022</p>"),
        classes=["group-acceptance-day-one"],
        body="""
<h1>Northumbria Police statement: honour-based abuse super-complaint report</h1>
<p>Northumbria Police welcomes today's report on the Tees Valley Inclusion Project's super-complaint about how the
police respond to victims of sexual abuse who may be at risk of honour-based abuse, and supports both of its
recommendations for police forces.</p>
<p>Assistant Chief Constable for Safeguarding said: "Survivors told the investigation that they were not always
believed or understood. Our detectives will look again at how we assess risk when someone reports sexual abuse, and
we will build on the cultural awareness training we began with community partners."</p>
<p>Ends.</p>
"""),

    # "that part of recommendation 3"; "the recommendation" after a sentence that only described one; work elsewhere
    Doc("d9-ppda-dorset-pcc-decision", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["dorset-pcc"], date=["2022-09-14"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        classes=["part-of-recommendation", "the-recommendation-after-one-described", "taken-forward-separately"],
        body="""
<h1>Dorset Police and Crime Commissioner: decision sheet 2022/31</h1>
<p>Decision date: 14 September 2022</p>
<h2>Summary</h2>
<p>The report on the Centre for Women's Justice super-complaint about police perpetrated domestic abuse addresses
commissioners in recommendation 3, which asks that the services they commission can meet the needs of victims whose
abuser is in the police. The Commissioner endorsed the recommendation at her Policing Board on 6 September, and her
commissioning lead is mapping every funded service against it, to finish in November.</p>
<p>Recommendations 1 and 2 are being dealt with separately by the Chief Constable, and recommendation 4 by the Home
Office.</p>
<h2>Decision</h2>
<p>The Commissioner adopts that part of recommendation 3 which falls to her office and agrees the mapping above.</p>
<p>Signed: Police and Crime Commissioner for Dorset</p>
"""),

    # a group, then its numbers after a colon; "in accordance with recommendation 27"; another recommendation named
    # by its place ends the passage before it
    Doc("d9-st-apcc-members-note", ["docx", "html"], super_complaint="stalking", authors=["apcc"],
        date=["2025-03-20"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]},
                   "16": {"progress": ["in_progress"], "position": ["accepted"]},
                   "25": {"progress": ["in_progress", "not_started"], "position": ["accepted"]},
                   "27": {"progress": ["complete"], "position": ["accepted", "not_stated"]}},
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="Stalking super-complaint: note to members | APCC"),
        classes=["group-then-numbers-after-colon", "in-accordance-with"],
        body="""
<h1>Note to members: the stalking super-complaint</h1>
<p>20 March 2025</p>
<p>Every commissioner has now accepted the three recommendations addressed to us: recommendations 15, 16 and 25. Most
offices have begun the review of specialist services, and joint reviews with forces are running in about half of
areas; the joint performance reports will follow once the national data set is agreed.</p>
<p>In accordance with recommendation 27, the Association sent one collated response for all commissioners to the
inspectorate in December, so members need not send their own.</p>
<p>The twentieth recommendation is for the College of Policing.</p>
<p>Chief Executive, Association of Police and Crime Commissioners</p>
"""),
    # a reply above the request it answers: each answer opened by the number and its topic; the quoted request below
    # lists the same numbers with the report's words
    Doc("d9-pm-avon-email-reply", ["text"], super_complaint="protective-measures",
        authors=["avon-and-somerset-constabulary"], date=["2022-01-14"],
        # the quoted request's sender read as an author is the appended-letters class (who11's round), not scored here
        optional_authors=["hmicfrs"],
        responses={"2": ["in_progress"], "5": ["awaiting_national"], "9": ["complete"]},
        classes=["reply-above-quoted-request", "number-and-topic-opens-answer"],
        body="""
<p>From: Public Protection Team (Avon and Somerset Constabulary)<br>Sent: 14 January 2022 16:40<br>To: HMICFRS
Super-complaints<br>Subject: RE: A duty to protect - update on recommendations 2, 5 and 9</p>
<p>Hello,</p>
<p>Our position on the three recommendations in your letter is below.</p>
<p>2 (pre-charge bail conditions): a checklist for custody sergeants has been drafted and is being tried in Bristol
before it goes force-wide in March.</p>
<p>5 (analysis where measures were not used): we will carry this out once the national data definitions the Home
Office is consulting on are settled.</p>
<p>9 (data on protective measures): our monthly return to the national hub started in November and is complete for
every month since.</p>
<p>Kind regards,<br>Public Protection Team</p>
<p>________________________________</p>
<p>From: HMICFRS Super-complaints<br>Sent: 1 December 2021 10:12<br>To: Avon and Somerset Constabulary<br>Subject: A
duty to protect - update on recommendations 2, 5 and 9</p>
<p>Recommendation 2: Chief constables should make sure bail conditions protect victims.</p>
<p>Recommendation 5: Chief constables should analyse cases where protective measures were not used.</p>
<p>Recommendation 9: Chief constables should collect data on their use of protective measures.</p>
<p>HMICFRS Super-complaints Team</p>
"""),

    # a bare ordinal after a recommendation named by its place in the report; a number list opening a cell with its
    # subjects; work "asked of them by" a recommendation
    Doc("d9-st-derbyshire-progress-page", ["html", "pdf"], super_complaint="stalking",
        authors=["derbyshire-constabulary"], date=["2025-06-30"],
        responses={"7": ["complete"], "8": ["in_progress"], "13": ["complete"], "14": ["complete"],
                   "16": ["in_progress"]},
        style=Style(site="force", site_name="Derbyshire Constabulary",
                    page_title="Stalking super-complaint: progress | Derbyshire Constabulary"),
        classes=["bare-ordinal-after-report-place", "number-list-opens-cell", "asked-of-them-by"],
        body="""
<h1>Our progress on the stalking super-complaint</h1>
<p>Derbyshire Constabulary - last updated 30 June 2025</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint about the police response to stalking was published in
September 2024. This page says where we are.</p>
<h2>Recording and advice</h2>
<p>The report's seventh recommendation is now met: officers can record stalking alongside the crimes it includes, and
our crime registrar checks a sample every month. The eighth, on advice for investigators, is half done, with one of
two specialist advisers in post.</p>
<h2>Orders</h2>
<table>
<tr><th>Recommendation</th><th>What has happened</th></tr>
<tr><td>13 and 14 - protection orders and breaches</td><td>Both finished: a specialist lawyer reviews every
application, and breaches go straight to the public protection unit.</td></tr>
</table>
<h2>With the Commissioner</h2>
<p>The Chief Constable and the Commissioner have started the joint review asked of them by recommendation 16 and will
publish what it finds in the autumn.</p>
"""),
    # a national body's page: a heading that names the report; recommendations it says are for chief constables
    Doc("d9-s2s-home-office-reply", ["html", "docx"], super_complaint="safe-to-share", authors=["home-office"],
        date=["2021-05-20"],
        responses={"2": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        absent=["1", "4"],
        style=Style(site="govuk", page_title="Policing and immigration status: Home Office reply - GOV.UK"),
        classes=["heading-names-the-report", "for-another-kind-of-body"],
        body="""
<h1>Policing and immigration status: Home Office reply</h1>
<p>Home Office, 20 May 2021</p>
<p>This is the Home Office's reply to the report on the super-complaint by Liberty and Southall Black Sisters.</p>
<h2>Policing and immigration status</h2>
<p>Victims must be able to report crime whatever their status. Recommendations 1 and 4 are for chief constables; forces will set out their own progress.</p>
<h2>Recommendation 2</h2>
<p>The review of the legal framework and policy on sharing victims' data is under way and will report in the
autumn.</p>
<h2>Recommendation 3</h2>
<p>Officials are drafting the safeguarding protocol with the National Police Chiefs' Council; a first draft has gone
to specialist organisations for comment.</p>
"""),

    # a tracker's row saying only whose it is not
    Doc("d9-s2s-thames-valley-tracker", ["markdown"], super_complaint="safe-to-share",
        authors=["thames-valley-police"], date=["2021-07-12"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        absent=["7"],
        classes=["not-for-us-row"],
        body="""
<h1>Thames Valley Police: Safe to share? tracker</h1>
<p>As at 12 July 2021. Liberty and Southall Black Sisters' super-complaint on policing and immigration status.</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>Sharing on doubt alone stopped in January; audited in June.</td></tr>
<tr><td>4</td><td>Head of Public Protection</td><td>Pathway with two charities designed; launch in September.</td></tr>
<tr><td>5</td><td>Corporate Communications</td><td>Leaflets in five languages being printed.</td></tr>
<tr><td>7</td><td>-</td><td>Not for Thames Valley Police</td></tr>
</table>
"""),
    # a PDF whose bold lead-in breaks a paragraph into lines: a line inside the answer that opens with a word that also
    # closes passages ("signed", "contact") is still the answer's
    Doc("d9-st-npcc-quarterly-note", ["pdf"], super_complaint="stalking", authors=["npcc"], date=["2025-04-30"],
        responses={"11": ["complete"], "12": ["in_progress"]},
        classes=["wrapped-line-opens-with-closing-word"],
        body="""
<h1>Stalking super-complaint: quarterly national note</h1>
<p>30 April 2025</p>
<p>This note reports forces' progress on the report on the Suzy Lamplugh Trust's super-complaint.</p>
<p><strong>Recommendation 11 (specialist advice).</strong> Every force now has a specialist adviser
signed off by its chief officer group. Complete.</p>
<p><strong>Recommendation 12 (protection orders).</strong> Thirty forces have one lawyer as the single point of
contact for applications; the others are recruiting.</p>
<p>National Police Chiefs' Council, Stalking and Harassment Portfolio</p>
"""),
    # "Rec" written short inside sentences; "this recommendation" in the paragraph after one that only described it
    Doc("d9-st-suffolk-email-update", ["text", "docx"], super_complaint="stalking",
        authors=["suffolk-constabulary"], date=["2025-05-19"],
        responses={"10": ["complete"], "13": ["complete"], "14": ["complete"], "16": ["not_started"]},
        style=Style(wrap=74),
        classes=["rec-short-in-prose", "this-recommendation-next-paragraph"],
        body="""
<p>From: Public Protection Command, Suffolk Constabulary<br>Sent: 19 May 2025 08:50<br>Subject: Stalking
super-complaint - our update</p>
<p>Good morning,</p>
<p>Here is Suffolk Constabulary's update on the police response to stalking report. Training under Rec 10 is
finished: every investigator has done the refreshed course. We have also finished the work on Recs 13 and 14, and a
specialist lawyer now reviews every protection order application and every breach.</p>
<p>The report's recommendation 16 is about a joint review of stalking services with the Commissioner.</p>
<p>The Chief Constable and the Commissioner accepted this recommendation in January; the review itself will start
in June.</p>
<p>Regards,<br>Public Protection Command</p>
"""),
    # a list quoting the report's recommendations in its own sentences (recipients, then "should"), for numbers the
    # catalogue has no words for, before sections that answer only some of them; a board paper's "Topic - recommendation
    # N." run into its answer
    Doc("d9-st-essex-plan-page", ["html", "docx"], super_complaint="stalking", authors=["essex-police"],
        date=["2025-01-22"],
        responses={"11": ["in_progress"], "13": ["complete"], "17": ["not_started"]},
        absent=["12"],
        style=Style(site="force", site_name="Essex Police",
                    page_title="Stalking: what we are doing | Essex Police"),
        classes=["quoted-recommendation-list", "topic-dash-number"],
        body="""
<h1>Stalking: what we are doing</h1>
<p>Essex Police, 22 January 2025</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking asked forces, among
other things, to act as follows:</p>
<ul>
<li>Recommendation 11: chief constables should make specialist stalking advice available to investigators.</li>
<li>Recommendation 12: forces should review how they use stalking protection orders.</li>
<li>Recommendation 13: chief constables should adopt the national screening questions.</li>
</ul>
<h2>Where we are</h2>
<p>Specialist advice - recommendation 11. One adviser started in December and a second post is being advertised.</p>
<p>Screening: recommendation 13. The questions have been used in every call about stalking since October.</p>
<p>Multi-agency work - recommendation 17. Not begun; we will start it after the spring restructure.</p>
"""),
]
