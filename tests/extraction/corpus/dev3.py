"""The third development set: one document of our own for each change made after the fourth held-out set
was scored (ADR 0008), in other words than heldout4's, so that each rule is shown to read a class of text
rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a text file whose table cells kept their HTML: still text, not a web page
    Doc("d3-pm-essex-cells-text", ["text"], super_complaint="protective-measures", authors=["essex-police"],
        date=["2022-07-14"], responses={"2": ["in_progress"], "8": ["complete"]},
        style=Style(text_tables="pipes"), classes=["html-fragments-in-cells", "text-format"],
        body="""
<h1>Essex Police: protective measures recommendations</h1>
<p>Dated 14 July 2022</p>
<table>
<tr><th>Recommendation</th><th>Lead</th><th>Position</th></tr>
<tr><td>2</td><td>&lt;div&gt;Head of Crime&lt;/div&gt;</td><td>&lt;div&gt;&lt;p&gt;In progress&lt;/p&gt;&lt;/div&gt;</td></tr>
<tr><td>8</td><td>&lt;div&gt;Crime Registrar&lt;/div&gt;</td><td>&lt;div&gt;&lt;p&gt;Complete&lt;/p&gt;&lt;/div&gt;</td></tr>
</table>
"""),
    # the subject naming the complaint ("the modern slavery super-complaint") outweighs a stray generic keyword
    Doc("d3-ms-kent-plan-pdf", ["pdf"], super_complaint="modern-slavery", authors=["kent-police"], date=["2021-12"],
        responses={"2": ["complete"], "5": ["in_progress"]}, style=Style(pdf_ruled=True),
        classes=["named-by-subject", "ruled-table", "month-date"],
        body="""
<h1>Kent Police</h1>
<p>Modern slavery super-complaint: action plan, December 2021</p>
<table>
<tr><th>No.</th><th>Action</th><th>Update</th></tr>
<tr><td>2</td><td>Anti-slavery training for call handlers</td><td>Delivered to every call handler in November.
Complete.</td></tr>
<tr><td>5</td><td>Victim needs assessments</td><td>Being carried out with Kent County Council.</td></tr>
</table>
"""),
    # a commissioner's site, sections headed by role words only: the site says whose roles they are
    Doc("d3-ppda-lincs-sections-html", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["lincolnshire-pcc", "lincolnshire-police"], date=["2023-02-01"],
        responses={"1": ["in_progress"], "3": ["complete"]},
        style=Style(site="pcc", site_name="Lincolnshire Police and Crime Commissioner",
                    page_title="Police perpetrated domestic abuse | Lincolnshire PCC"),
        classes=["section-per-author", "role-words", "pcc-site"],
        body="""
<h1>Police perpetrated domestic abuse: our update</h1>
<p>1 February 2023</p>
<h2>The Chief Constable's update</h2>
<p>Recommendation 1: the review of closed cases is half way through; live cases were all reviewed in December.</p>
<h2>The Commissioner's update</h2>
<p>Recommendation 3: my office has added a police-perpetrated abuse pathway to the independent advocacy service
it funds, and the first victims were supported in January.</p>
"""),
    # a commissioner quoted as an APCC lead, answering inside the quotation; a press office block
    Doc("d3-st-apcc-deputy-docx", ["docx"], super_complaint="stalking", authors=["apcc"], date=["2025-03-19"],
        responses={"27": ["complete"]}, classes=["pcc-as-apcc-lead", "quotation-anchor", "press-office"],
        body="""
<h1>Good practice guide on commissioning stalking services published</h1>
<p>19 March 2025</p>
<p>The Police and Crime Commissioner for Gwent, the APCC's deputy lead for victims, said: "Turning to
recommendation 27, the guide we have published today brings together what commissioners fund for stalking
victims, and every office now has it."</p>
<p>Ends</p>
<p>APCC press office, telephone 020 7000 0002.</p>
"""),
    # a press release whose only author is in its press office line; the force is someone else's act
    Doc("d3-hba-npcc-press-text", ["text"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2023-08-02"], responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(wrap=80), classes=["press-office", "made-by"],
        body="""
<p>Update on honour-based abuse data standards</p>
<p>2 August 2023</p>
<p>The data standard, as agreed by the NPCC lead for data last year, is being revised. We accept recommendation
3 and are adding the new fields; a draft is with forces for comment.</p>
<p>National Police Chiefs' Council press office</p>
"""),
    # ordinals with other verbs, and an ordinal stating its status
    Doc("d3-ss-avon-ordinals-md", ["markdown"], super_complaint="stop-and-search",
        authors=["avon-and-somerset-constabulary"], date=["2024-05-22"],
        responses={"5": ["complete"], "7": ["in_progress"], "9": ["not_started"]},
        classes=["first-second", "ordinal-status"],
        body="""
<h1>Avon and Somerset Constabulary: section 60 recommendations</h1>
<p>22 May 2024</p>
<p>Three recommendations need action from us: recommendations 5, 7 and 9.</p>
<p>The first has been completed: our section 60 data is published every month. The second remains in
progress, with body-worn video reviews now covering two of our three areas. The third will begin when the new
scrutiny panel is appointed in the summer.</p>
"""),
    # waiting on a national decision, said as adopting it when it comes
    Doc("d3-pm-cheshire-national-docx", ["docx"], super_complaint="protective-measures",
        authors=["cheshire-constabulary"], date=["2022-03-09"],
        responses={"1": ["awaiting_national"], "10": ["awaiting_national"], "4": ["complete"]},
        classes=["implied-status", "awaiting-national"],
        body="""
<h1>Cheshire Constabulary: A duty to protect</h1>
<p>9 March 2022</p>
<h2>Recommendation 1</h2>
<p>We will implement the national bail model when the NPCC has agreed it with forces.</p>
<h2>Recommendation 10</h2>
<p>Our procedure will follow whatever guidance the College of Policing decides on.</p>
<h2>Recommendation 4</h2>
<p>Complete: all officers have had the refresher on protection notices.</p>
"""),
    # declining by adopting another body's reasons; the government's welcome of "your recommendations"
    Doc("d3-ppda-home-office-letter", ["pdf", "markdown"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2022-11-30"],
        responses={"4": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        optional=[], absent=["1", "3"], style=Style(pdf_ruled=False),
        classes=["implied-position", "not-accepted", "national-author-in-letterhead"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street</div>
<p>30 November 2022</p>
<p>Dear Chief Inspector,</p>
<p>Police perpetrated domestic abuse</p>
<p>Recommendation 4. We share the Independent Office for Police Conduct's view that the present referral rules
already cover these cases and that no new regulation is needed, so we will not be pursuing it.</p>
<p>Recommendations 1 and 3 are for forces and local bodies.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime and Policing</p>
"""),
    # plans: work that starts later, or once something else is done
    Doc("d3-st-surrey-pcc-plans-text", ["text"], super_complaint="stalking", authors=["surrey-pcc"],
        date=["2025-01-20"], responses={"15": ["not_started"], "16": ["not_started"], "25": ["in_progress"]},
        style=Style(wrap=82), classes=["future-plan"],
        body="""
<p>Surrey Police and Crime Commissioner</p>
<p>Stalking super-complaint: the Commissioner's response, 20 January 2025</p>
<p>Recommendation 15. A review of the stalking advocacy my office funds will be procured in the spring, after the
current contract has been extended.</p>
<p>Recommendation 16. The joint review with the Chief Constable begins in April.</p>
<p>Recommendation 25. My office is working with the force on a stalking communications plan.</p>
"""),
    # a national body named only by its minister's title in the front matter, and addressed by the report; a
    # short closing sentence naming another body is not a signature
    Doc("d3-ppda-moj-statement-html", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2023-01-26"], responses={"3": ["in_progress"]}, absent=["4"],
        style=Style(site="govuk", page_title="Written statement: police perpetrated domestic abuse - GOV.UK"),
        classes=["national-author-by-title", "recipient-named"],
        body="""
<p>Written ministerial statement</p>
<h1>Police perpetrated domestic abuse super-complaint</h1>
<p>Laid on 26 January 2023 by the Parliamentary Under-Secretary of State for Justice</p>
<p>The report made one recommendation to the Ministry of Justice, jointly with commissioners and chief
constables.</p>
<h2>Recommendation 3</h2>
<p>Guidance for independent domestic violence advisers on victims whose abuser is an officer is being written with
the Domestic Abuse Commissioner.</p>
<p>Recommendation 4 is for the Home Office.</p>
"""),
    # a table's notes: "went live", "To be ... once ..."; support in principle that cannot be resourced; work set
    # in train by asking someone else
    Doc("d3-st-dorset-notes-html", ["html", "markdown"], super_complaint="stalking", authors=["dorset-police"],
        date=["2025-08-11"],
        responses={"7": ["complete"], "11": ["not_started"], "12": {"position": ["partially_accepted"]},
                   "16": ["in_progress"]},
        style=Style(site="force", site_name="Dorset Police", page_title="Stalking: our progress | Dorset Police"),
        classes=["table-notes", "partial-position", "asked-to"],
        body="""
<h1>Dorset Police: stalking super-complaint, where we are</h1>
<table>
<tr><th>Rec</th><th>Commitment</th><th>Note</th></tr>
<tr><td>7</td><td>Stalking flag on our records system</td><td>&lt;p&gt;The flag went live in July.&lt;/p&gt;</td></tr>
<tr><td>11</td><td>Supervisor checklist</td><td>&lt;p&gt;To be written after the new training has run.&lt;/p&gt;</td></tr>
<tr><td>12</td><td>Specialist stalking unit</td><td>&lt;p&gt;We support this recommendation in principle, but we cannot
fund a separate unit this year.&lt;/p&gt;</td></tr>
<tr><td>16</td><td>Joint review with the Commissioner</td><td>&lt;p&gt;The Chief Constable has asked the head of public
protection to set out the review's terms with the Commissioner's office.&lt;/p&gt;</td></tr>
</table>
<p>Page last reviewed: 11 August 2025</p>
"""),
    # a title ending in "response" above a "From:" line; a decision deferred until something else is done
    Doc("d3-hba-college-response-html", ["html"], super_complaint="honour-based-abuse",
        authors=["college-of-policing"], date=["2023-05-15"],
        responses={"2": {"progress": ["not_started", "awaiting_national"], "position": ["accepted"]}},
        absent=["3"], style=Style(site="national", site_name="National policing guidance",
                                  page_title="Honour-based abuse: our response"),
        classes=["from-line", "deferred"],
        body="""
<h1>Honour-based abuse super-complaint: our response</h1>
<p>From: College of Policing</p>
<p>Published 15 May 2023</p>
<p>We accept recommendation 2, on understanding of cultures and communities. We will revisit our cultural awareness
module after forces have completed their local reviews.</p>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
"""),
    # one passage for several recommendations: each read from the sentences about it
    Doc("d3-st-norfolk-several-html", ["html"], super_complaint="stalking", authors=["norfolk-constabulary"],
        date=["2025-04-03"],
        responses={"7": {"progress": ["complete"], "position": ["accepted"]},
                   "10": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(site="force", site_name="Norfolk Constabulary",
                    page_title="Stalking super-complaint | Norfolk Constabulary"),
        classes=["several-at-once"],
        body="""
<h1>Stalking super-complaint: our response</h1>
<p>3 April 2025</p>
<p>We accept recommendations 7 and 10. The change to our crime recording system (recommendation 7) has been
implemented. The review of stalking training (recommendation 10) will begin in the autumn.</p>
"""),
]
