"""The fourteenth development set: one document of our own for each class of progress and position reading changed in
round twelve (ADR 0008, Decision 21), found on the blind sets heldout21 and heldout22 and on the dev half of the blind
writer's passages, and written here in other words, reports and formats, so that each rule is shown to read a class
of text rather than the sentence that prompted it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a national body's roll-up of what every commissioner decided: acceptance told in the simple past, by a count of
    # all of them ("Each of the commissioners accepted them"), or in the passive with the recommendation's number
    Doc("d14-stalking-apcc-roll-up", ["markdown", "html"], super_complaint="stalking",
        authors=["apcc"], date=["2025-02-11"],
        responses={"15": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
                   "16": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
                   "25": {"progress": ["not_stated", "not_started"], "position": ["accepted"]}},
        optional=["27"],
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="Stalking super-complaint: where commissioners stand | APCC"),
        classes=["roll-up-acceptance-simple-past", "roll-up-acceptance-passive"],
        body="""
<h1>Stalking super-complaint: where commissioners stand</h1>
<p>Published 11 February 2025</p>
<p>The Association of Police and Crime Commissioners collected the views of its members on the report about the
Suzy Lamplugh Trust's super-complaint, and sets them out here for the inspectorate.</p>
<h2>Recommendation 15</h2>
<p>Recommendation 15 was accepted by every commissioner who replied to our survey in December.</p>
<h2>Recommendations 16 and 25</h2>
<p>Both of these are shared with chief constables. Each of the commissioners accepted them, and they will agree the
next steps with their forces over the coming months.</p>
"""),

    # a department's letter: one part accepted and another refused in separate sentences, the accepted work finished;
    # a refusal that comes after its reasons and draws on them ("We will therefore not be taking it forward")
    Doc("d14-s2s-home-office-reply", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["home-office"], date=["2023-04-19"],
        responses={"2": {"progress": ["complete"], "position": ["partially_accepted"]},
                   "7": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(),
        classes=["part-accepted-part-refused-across-sentences", "refusal-after-its-reasons"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>19 April 2023</p>
<p>Dear Chief Inspector,</p>
<p>I am writing with the Government's further response to the report on the Safe to share? super-complaint made by
Liberty and Southall Black Sisters.</p>
<h2>Recommendation 2</h2>
<p>The examination of how the police and the immigration system exchange information about victims has been finished
and its findings were laid before Parliament last week. We agree with the principle that the priorities for sharing
should be plain to victims and officers alike. We have not, however, agreed to sever the two systems entirely, as the
findings show that some exchange remains needed to protect the public.</p>
<h2>Recommendation 7</h2>
<p>We have weighed this carefully with the police and with the sector, and have come to the view that a change of
this kind is not warranted while the new arrangements settle in. We will therefore not be taking forward this
recommendation.</p>
<p>Yours sincerely,</p>
<p>Minister for Safeguarding</p>
"""),

    # a tracker whose "Complete" column is not kept in step with its update (a second phase under way, a trial that
    # goes on, areas that go live later), and an amber line whose update opens by waiting on a national body; a
    # "Complete" beside monitoring of finished work stays complete
    Doc("d14-ss-suffolk-tracker", ["markdown", "docx"], super_complaint="stop-and-search",
        authors=["suffolk-constabulary"], date=["2024-10-31"],
        responses={"1": ["in_progress"], "2": ["complete"], "3": ["in_progress"], "5": ["awaiting_national"],
                   "6": ["in_progress"], "9": ["in_progress"], "10": ["complete"]},
        style=Style(page_title="Stop and search improvement tracker"),
        classes=["complete-column-beside-work-going-on", "amber-beside-a-national-wait",
                 "complete-beside-monitoring", "not-started-column-beside-work-begun",
                 "in-progress-column-beside-proposed-closure"],
        body="""
<h1>Suffolk Constabulary: stop and search improvement tracker</h1>
<p>Position at 31 October 2024, following the report on the Criminal Justice Alliance's super-complaint about
section 60.</p>
<table>
<tr><th>Rec</th><th>Action</th><th>RAG</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Authorisation template</td><td>Green</td><td>Complete</td><td>The new template is used in the west of
the county. Its second stage, for the east, is in progress and ends in January.</td></tr>
<tr><td>2</td><td>Written reasons for each authorisation</td><td>Green</td><td>Complete</td><td>Introduced in May.
Monitoring is ongoing through the monthly scrutiny meeting.</td></tr>
<tr><td>3</td><td>Recording of outcomes</td><td>Green</td><td>Complete</td><td>The trial of the recording screen at two
stations continues; wider use depends on what the trial shows.</td></tr>
<tr><td>5</td><td>Community briefing on powers</td><td>Amber</td><td>In progress</td><td>Awaiting the College of
Policing's revised guidance on section 60 before the briefing can be written.</td></tr>
<tr><td>6</td><td>Body-worn video review</td><td>Green</td><td>Complete</td><td>Reviews live at Ipswich; the remaining
stations go live in the new year.</td></tr>
<tr><td>9</td><td>Dip sample of search records</td><td>Amber</td><td>Not started</td><td>The dip sample commenced in
October, and 14 of 40 records have been checked so far.</td></tr>
<tr><td>10</td><td>Review of body-worn video retention</td><td>Amber</td><td>In progress</td><td>Retention settings
checked on every camera in September. No further action needed; proposed for closure.</td></tr>
</table>
"""),

    # a freedom of information reply: the account of work done ends with the form's words on an internal review and the
    # Information Commissioner, which are no work still to do; "now business as usual"; a change measured "by 30 per
    # cent" is no share of the work
    Doc("d14-pm-norfolk-foi", ["text", "html"], super_complaint="protective-measures",
        authors=["norfolk-constabulary"], date=["2023-08-22"],
        responses={"1": ["complete"]},
        style=Style(site="force", site_name="Norfolk Constabulary",
                    page_title="FOI 000512/23 Protective measures | Norfolk Constabulary", wrap=80),
        classes=["foi-form-words", "business-as-usual-in-prose", "a-change-measured-is-no-share"],
        body="""
<h1>Freedom of Information request 000512/23</h1>
<p>Date of response: 22 August 2023</p>
<p>You asked what Norfolk Constabulary has done about recommendation 1 of the report on the Centre for Women's
Justice's super-complaint about protective measures.</p>
<p>Recommendation 1 asked forces to manage pre-charge bail and release under investigation in line with the
national lead's guidance. The constabulary set up a bail review desk in March 2022, and since the autumn of that year
every case has been checked by it. The desk is now business as usual. The number of suspects released under
investigation in abuse cases has dropped by 30 per cent.</p>
<p>If you are dissatisfied with the handling of your request, you can ask for an internal review within 40 working
days. You also have the right to complain to the Information Commissioner.</p>
"""),

    # a commissioner's letter: plans dated by a season, a quarter or a scheduled review, with nothing begun ("No
    # change has been made yet"); a plan's sentence is no report of work done
    Doc("d14-s2s-gwent-pcc-letter", ["docx", "html"], super_complaint="safe-to-share",
        authors=["gwent-pcc"], date=["2022-02-08"],
        responses={"5": ["not_started"], "6": ["not_started"]},
        style=Style(site="pcc", site_name="Gwent Police and Crime Commissioner",
                    page_title="Letter to HMICFRS: Safe to share? | Gwent OPCC"),
        classes=["plan-due-to-be-commissioned", "plan-due-for-scheduled-review", "no-change-made-yet"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Gwent</div>
<p>8 February 2022</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report on the Safe to share? super-complaint. I answer here the recommendations made to
commissioners.</p>
<h2>Recommendation 5</h2>
<p>My office's plan for reaching victims who fear contact with the authorities is due for its yearly refresh in
June, and reassurance for migrant victims will be added to it then. No change has been made yet.</p>
<h2>Recommendation 6</h2>
<p>I accept this recommendation. The support available to migrant victims will be looked at in the next needs
assessment, which is due to be commissioned in the summer.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Gwent</p>
"""),

    # minutes of a panel: a count against an expected whole ("31 of an estimated 50"), beside the commissioner's plan to
    # read the findings later (oversight, not a plan of work); a quarter-dated plan with nothing yet moving; and, as
    # a neighbour, a review done and a course "was being developed" (told in the past, still going on)
    Doc("d14-ppda-durham-panel-minutes", ["text", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-pcc"], date=["2022-11-24"],
        responses={"1": ["in_progress"], "2": ["not_started"], "3": ["in_progress"]},
        optional=["3a"],
        style=Style(wrap=84),
        classes=["count-of-expected-whole", "reading-findings-is-oversight",
                 "quarter-dated-plan", "nothing-has-moved-yet"],
        body="""
<h1>Durham Police and Crime Panel: minutes of the meeting of 24 November 2022</h1>
<h2>12. Police perpetrated domestic abuse super-complaint</h2>
<p>The Commissioner introduced his update on the report about the Centre for Women's Justice's super-complaint.</p>
<p>On recommendation 1, the Chief Constable had informed him that the case audit started in September and that the
professional standards team has checked 31 of an estimated 50 files so far. He would look at the results when the
audit had finished.</p>
<p>On recommendation 2, the Commissioner said that the force had agreed the new procedure but nothing has moved yet;
the training team expect to begin in quarter 4.</p>
<p>On recommendation 3, the Commissioner had asked the independent advocacy service whether it could support people
abused by officers. That assessment had concluded, and a course for its advocates on the complaints system was
being developed with a specialist charity.</p>
<p>RESOLVED that the update be noted.</p>
"""),

    # a force's note to its commissioner's office: a decision to accept reported ("decided ... that the force would
    # accept it"), and local work held back because a national body's product is on its way (no "until")
    Doc("d14-stalking-kent-note", ["markdown", "pdf"], super_complaint="stalking",
        authors=["kent-police"], date=["2025-04-09"],
        responses={"10": {"progress": ["awaiting_national"], "position": ["accepted"]}},
        style=Style(),
        classes=["held-back-for-a-national-product", "decision-to-accept-reported"],
        body="""
<h1>Kent Police: note to the OPCC on the stalking super-complaint</h1>
<p>9 April 2025</p>
<p>This note answers the report on the Suzy Lamplugh Trust's super-complaint for the Commissioner's office.</p>
<h2>Recommendation 10</h2>
<p>The chief officer group decided in March that the force would accept it. Our own stalking input for
investigators is written, but we are keeping it back for now: the College of Policing is developing a national
learning package on stalking, and officers should not be taught from two versions.</p>
"""),

    # a national body's progress page: a stopgap in use everywhere while the system change waits on suppliers
    Doc("d14-stalking-npcc-update", ["html"], super_complaint="stalking",
        authors=["npcc"], date=["2025-05-21"],
        responses={"7": ["in_progress"]},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="Stalking super-complaint: progress update | NPCC"),
        classes=["interim-measure-in-place"],
        body="""
<h1>Stalking super-complaint: progress update</h1>
<p>21 May 2025</p>
<p>The National Police Chiefs' Council reports here on the recommendations of the report on the Suzy Lamplugh
Trust's super-complaint for chief constables.</p>
<h2>Recommendation 7</h2>
<p>Forces rely on their suppliers for the records change this recommendation needs. A temporary manual marker has
been in use in every force since January.</p>
"""),

    # a force's web page that gives each answer as a "Status:" line and an "Update:" line: the status line is a
    # status column by another name, and the update can say otherwise
    Doc("d14-s2s-essex-status-page", ["html", "text"], super_complaint="safe-to-share",
        authors=["essex-police"], date=["2022-06-15"],
        responses={"1": ["in_progress"], "4": ["in_progress"]},
        style=Style(site="force", site_name="Essex Police",
                    page_title="Safe to share? Our progress | Essex Police"),
        classes=["status-line-beside-update-line"],
        body="""
<h1>Safe to share? Our progress</h1>
<p>Last updated 15 June 2022</p>
<p>This page reports what Essex Police has done about the recommendations of the report on the super-complaint made
by Liberty and Southall Black Sisters.</p>
<h2>Recommendation 1</h2>
<p>Status: Complete</p>
<p>Update: 58% of officers have now done the refresher on the new instruction. The rest are booked for July.</p>
<h2>Recommendation 4</h2>
<p>Status: Complete</p>
<p>Update: The referral route to the two partner charities works in the north of the county. The remaining two
districts go live from September.</p>
"""),

    # a short reply by email: a refusal in an email's words ("we won't take it forward as a project of its own")
    Doc("d14-hba-northumbria-email", ["text"], super_complaint="honour-based-abuse",
        authors=["northumbria-police"], date=["2023-03-14"],
        responses={"2": {"progress": ["not_started", "complete", "not_stated"], "position": ["not_accepted"]}},
        style=Style(),
        classes=["email-refusal"],
        body="""
<p>From: Northumbria Police Strategic Planning</p>
<p>Sent: 14 March 2023</p>
<p>Subject: HBA super-complaint - our answer on recommendation 2</p>
<p>Thanks for chasing. On recommendation 2 of the honour-based abuse super-complaint report, the Chief Officer
team's decision is that we won't take it forward as a project of its own. The diversity input in the
probationer course already covers culture and religion, and officers refresh it every two years.</p>
<p>Regards,</p>
<p>Strategic Planning, Northumbria Police</p>
"""),
]
