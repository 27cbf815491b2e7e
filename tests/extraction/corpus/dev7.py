"""The seventh development set: documents of our own, in other words than heldout14's and heldout15's, for the
changes of round ten (ADR 0008), so that each rule is shown to read a class of text rather than the sentence that
prompted it. Each document fails on the code before the round.
"""
from build import Doc
from render import Style

DOCS = [
    # a panel paper whose cover names the office only by its role ("Report of: Deputy Chief Executive, OPCC") and the
    # area only through the panel's name; numbered sections (4.1, 4.2) that are not parts of a recommendation; a
    # recommendation named between its subject and verb, and one inside the subject
    Doc("d7-pm-suffolk-panel-cover", ["pdf", "docx"], super_complaint="protective-measures",
        authors=["suffolk-pcc"], optional_authors=["suffolk-constabulary"], date=["2022-11-25"],
        responses={"5": ["in_progress"], "11": ["complete"]},
        style=Style(pdf_ruled=True, pdf_header="Suffolk Police and Crime Panel"),
        classes=["panel-cover-area", "role-only-author", "appositive-before-verb", "reference-in-subject"],
        body="""
<table>
<tr><td>Meeting:</td><td>Suffolk Police and Crime Panel</td></tr>
<tr><td>Date of meeting:</td><td>25 November 2022</td></tr>
<tr><td>Report of:</td><td>Deputy Chief Executive, Office of the Police and Crime Commissioner</td></tr>
<tr><td>Item:</td><td>9</td></tr>
<tr><td>Title:</td><td>A duty to protect: the protective measures super-complaint, six months on</td></tr>
</table>
<h2>4. Progress</h2>
<p>4.1 The monitoring of bail conditions, recommendation 5, is being rebuilt around a weekly check by the
criminal justice hub; two of the three hubs already run it.</p>
<p>4.2 The audit of breaches called for in recommendation 11 was finished in October and its results were shared
with the Domestic Abuse Partnership.</p>
<h2>5. Decision required</h2>
<p>Members are asked to note this report.</p>
"""),

    # a commissioner's letter to the chief constable: the inside address names the force, which did not write it; a
    # recommendation judged in the writer's words ("we consider recommendation 9 discharged"), one taken forward
    Doc("d7-sas-northumbria-pcc-to-cc", ["docx", "html"], super_complaint="stop-and-search",
        authors=["northumbria-pcc"], date=["2024-05-07"],
        responses={"8": ["complete"], "9": ["in_progress"]},
        style=Style(site="plain", page_title="Letter to the Chief Constable"),
        classes=["inside-address-not-author", "judging-verb", "taking-forward"],
        body="""
<div class="letterhead">Office of the Northumbria Police and Crime Commissioner<br>2nd Floor, Victory House,
Balliol Business Park, Newcastle upon Tyne NE12 8EW</div>
<p>7 May 2024</p>
<p>The Chief Constable<br>Northumbria Police<br>Middle Engine Lane, Wallsend</p>
<p>Dear Chief Constable</p>
<p>Section 60 and community scrutiny</p>
<p>Having read the scrutiny board's minutes, we consider recommendation 8 discharged: every authorisation since
January has been examined by the independent panel.</p>
<p>I understand that the force is taking forward recommendation 9 through its new community engagement plan, which
the board will see in draft in July.</p>
<p>Yours sincerely</p>
<p>Police and Crime Commissioner</p>
"""),

    # a web page whose dates are labelled fields on one line; a recommendation named after the words
    # about the work ("..., which was recommendation 2") and one set off by commas after the verb
    Doc("d7-ppda-durham-date-fields", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-constabulary"], date=["2023-08-30"],
        responses={"2": ["complete"], "3": ["in_progress"]},
        style=Style(site="force", site_name="Durham Constabulary",
                    page_title="Officers accused of domestic abuse: update | Durham Constabulary"),
        classes=["labelled-date-fields", "which-was-recommendation", "parenthetic-under"],
        body="""
<h1>Officers accused of domestic abuse: our update</h1>
<p>Posted: 12 April 2023 | Updated: 30 August 2023</p>
<p>Allegations against our own staff are now investigated by a team outside the officer's command, which was
recommendation 2.</p>
<p>We are also looking, with the Commissioner and under recommendation 3, at whether the advocates we fund can take
referrals from other forces, and a first referral route with Cleveland is being tested.</p>
"""),

    # a news item's byline with its fields between bars; a recommendation named as another body's ("the Home
    # Office's recommendation") and one named only as "the only one for commissioners"
    Doc("d7-st-cumbria-pfcc-news", ["html"], super_complaint="stalking", authors=["cumbria-pfcc"],
        date=["2024-12-02"],
        responses={"15": ["in_progress"]},
        style=Style(site="news", site_name="Cumbria Police, Fire and Crime Commissioner",
                    page_title="Stalking victims' services under review | Cumbria PFCC"),
        classes=["byline-fields", "only-one-for-recipient"],
        body="""
<h1>Stalking victims' services under review</h1>
<p>By Communications Officer | 2 December 2024 | 2 minute read</p>
<p>The stalking super-complaint report of September makes many recommendations, but the only one addressed solely to
commissioners asks each of us to review the services we commission, and that review has begun in Cumbria.</p>
<p>The Commissioner said: "Victims told us they wait too long for an advocate. We will know by March what needs to
change."</p>
"""),

    # a national body whose recommendation is named as "the APCC's recommendation" and "made to the association";
    # the slide bullets of a chief officers' pack, in headline form with no full stop
    Doc("d7-st-apcc-possessive", ["docx", "pdf"], super_complaint="stalking", authors=["apcc"],
        date=["2025-02-14"],
        responses={"27": ["in_progress"]},
        style=Style(docx_letterhead_in_header=True),
        classes=["possessive-recipient"],
        body="""
<div class="letterhead">Association of Police and Crime Commissioners</div>
<p>14 February 2025</p>
<p>Dear colleague,</p>
<p>Stalking: sharing what works</p>
<p>The APCC's recommendation in the stalking report is that we help offices learn from each other when they
commission services; a first workshop has been held and the shared library of specifications is being built.</p>
<p>With best wishes,</p>
<p>Chief Executive</p>
"""),

    Doc("d7-hba-nottinghamshire-slides", ["pdf"], super_complaint="honour-based-abuse",
        authors=["nottinghamshire-police"], date=["2023-09-19"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="Nottinghamshire Police | OFFICIAL-SENSITIVE"),
        classes=["slide-bullets-headline"],
        body="""
<h1>HBA super-complaint: where we are</h1>
<p>Force Executive Board - 19 September 2023</p>
<h2>Position</h2>
<ul>
<li>Rec 1 - RASSO policy rewritten and published with an HBA risk section</li>
<li>Rec 2 - awareness input drafted; pilot with two teams booked</li>
</ul>
"""),

    # a commissioner's statement naming no recommendation: the report makes one recommendation to commissioners
    # alone, and that is what a commissioner's statement answers
    Doc("d7-sas-essex-pfcc-statement", ["html", "docx"], super_complaint="stop-and-search",
        authors=["essex-pfcc"], date=["2024-01-26"],
        responses={"8": ["in_progress"]},
        style=Style(site="pcc", site_name="Essex Police, Fire and Crime Commissioner",
                    page_title="Statement on section 60 scrutiny | Essex PFCC"),
        classes=["only-recommendation-for-the-authors-kind"],
        body="""
<h1>Statement on the section 60 super-complaint</h1>
<p>Published 26 January 2024</p>
<p>The Commissioner welcomes the report on the Criminal Justice Alliance's super-complaint about section 60 stop and
search and community scrutiny.</p>
<p>Our independent stop and search panel has begun reviewing section 60 authorisations, with body-worn video
footage; two of the four quarterly reviews have been held.</p>
<p>Essex Police, Fire and Crime Commissioner</p>
"""),

    # a national lead's letter naming its recommendation only by its place and whom it falls to, answered in the
    # paragraph after
    Doc("d7-ppda-home-office-ordinal", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2023-02-03"],
        responses={"4": ["in_progress"]},
        style=Style(docx_letterhead="header_image"),
        classes=["ordinal-only-named", "answer-in-next-paragraph"],
        body="""
<div class="letterhead">Home Office</div>
<p>3 February 2023</p>
<p>Dear Ms Wistrich,</p>
<p>Police perpetrated domestic abuse</p>
<p>As you will be aware, the report's fourth recommendation is addressed to this department.</p>
<p>Officials are considering the options with the NPCC and will put advice to ministers in the spring.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""),

    # (from progress10's where-misses) a chief officers' pack whose bullets give a status in shorthand ("WIP"), a
    # recommendation met in the writer's words ("satisfies recommendation 9") and one named in a relative clause ("the
    # refresher that recommendation 2 calls for"); a range that is a share ("Rec 10 - 0%") is one number
    Doc("d7-st-cleveland-shorthand-pack", ["pdf", "docx"], super_complaint="stalking",
        authors=["cleveland-police"], date=["2025-05-13"],
        responses={"2": ["complete"], "9": ["complete"], "11": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="Cleveland Police | OFFICIAL"),
        classes=["shorthand-status-bullet", "satisfies-recommendation", "that-recommendation-asks"],
        body="""
<h1>Stalking super-complaint: chief officer pack</h1>
<p>Cleveland Police - Chief Officer Team, 13 May 2025</p>
<p>Every call handler has completed the refresher that recommendation 2 calls for.</p>
<p>The revised case review checklist satisfies recommendation 9 in full and was issued in April.</p>
<ul><li>Rec 11 - WIP: draft guidance being checked by the legal team</li></ul>
"""),

    # (from progress10's where-misses) a report with one recommendation, for the Home Office: a force's line saying so,
    # followed by what it waits for, is its answer
    Doc("d7-ms-devon-awaits-home-office", ["docx", "text"], super_complaint="modern-slavery",
        authors=["devon-and-cornwall-police"], date=["2021-10-04"],
        responses={"1": ["awaiting_national"]},
        classes=["one-recommendation-for-a-national-body-answered-by-waiting"],
        body="""
<p>Devon and Cornwall Police</p>
<p>4 October 2021</p>
<p>Super-complaint by Hestia: police response to victims of modern slavery</p>
<p>Recommendation 1 is for the Home Office. We are waiting for the Home Office's guidance on victims with insecure immigration
status and will keep our current approach until it is issued.</p>
<p>Detective Chief Superintendent, Head of Crime</p>
"""),

    # (the lead's date class) text converted from a PDF, hard-wrapped mid-sentence: a wrapped line that opens with a
    # dating word ("published on ...", "updated on ...") reports an event; the letter's date line dates it
    Doc("d7-pm-surrey-wrapped-letter", ["text"], super_complaint="protective-measures", authors=["surrey-police"],
        date=["2021-11-30"],
        responses={"1": ["in_progress"]},
        classes=["soft-wrapped-dating-word"],
        body="""
<p>Surrey Police<br>Mount Browne, Guildford</p>
<p>30th November 2021</p>
<p>A duty to protect: update</p>
<p>Recommendation 1. Since the report on the Centre for Women's Justice super-complaint was<br>published on 24 August
2021 we have changed how released under investigation cases are reviewed; the force policy was<br>updated on 2 November
and the supervisors' training is under way.</p>
<p>Head of Criminal Justice</p>
"""),

    # a section headed by a recommendation's subject, not its number, in a document that numbers the others
    Doc("d7-st-dorset-pcc-subject-headings", ["docx", "pdf"], super_complaint="stalking", authors=["dorset-pcc"],
        date=["2025-04-22"],
        responses={"15": ["complete"], "16": ["in_progress"]},
        style=Style(docx_headings="styles", pdf_header="Dorset Police and Crime Commissioner"),
        classes=["subject-heading"],
        body="""
<h1>Dorset Police and Crime Commissioner: stalking super-complaint update</h1>
<p>22 April 2025</p>
<h2>Specialist support services</h2>
<p>Our review of the advocacy we pay for was completed in March: there was enough capacity in the east of the county
but not in the west, so a second advocate for the west has been funded.</p>
<h2>Recommendation 16</h2>
<p>The Chief Constable and I have agreed the scope of our joint review of victim care; the first findings are due in
the summer.</p>
"""),

    # recommendations named by what they ask, not by number: "The report asks us to ... " with the answer after it,
    # "On the X that each of us is asked to do, ...", and work "on the arrangements described in recommendation 4"
    Doc("d7-s2s-wiltshire-pcc-by-subject", ["html", "pdf"], super_complaint="safe-to-share",
        authors=["wiltshire-pcc"], date=["2021-03-19"],
        responses={"4": ["in_progress"], "6": ["complete"]},
        style=Style(site="pcc", site_name="Wiltshire Police and Crime Commissioner",
                    page_title="Policing and immigration status: my response | Wiltshire PCC",
                    pdf_header="Wiltshire Police and Crime Commissioner"),
        classes=["asked-by-subject", "on-the-described-in"],
        body="""
<h1>Policing and immigration status: my response</h1>
<p>19 March 2021</p>
<p>The report asks each of us to look at local access to specialist victim support organisations. My office mapped
the county's services in February and every victim can now reach an advocate who understands immigration law.</p>
<p>We are working with the force on the reporting routes described in recommendation 4, and a pilot with two
charities began this month.</p>
"""),

    # a one-recommendation report whose recommendation is for the Home Office: what the writer says it did for it is
    # its answer, said with an irregular verb ("has sent")
    Doc("d7-ms-humberside-pcc-single-home-office", ["docx"], super_complaint="modern-slavery",
        authors=["humberside-pcc"], date=["2022-01-21"],
        responses={"1": ["complete", "in_progress"]},
        classes=["single-recommendation-for-home-office-with-own-work", "irregular-perfect"],
        body="""
<p>Office of the Police and Crime Commissioner for Humberside</p>
<p>21 January 2022</p>
<p>Hestia super-complaint: the hidden victims</p>
<p>The report's only recommendation is for the Home Office. My office has sent the Home Office's policy team the
findings of our survivors' panel on insecure immigration status.</p>
<p>Police and Crime Commissioner</p>
"""),

    # a verdict closing its paragraph ("We deem recommendation 1 met.") is about the whole paragraph and ends the answer
    Doc("d7-s2s-bedfordshire-verdict", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["bedfordshire-police"], date=["2021-07-08"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        classes=["closing-verdict"],
        body="""
<p>Bedfordshire Police</p>
<p>8 July 2021</p>
<p>Safe to share? Our response to the super-complaint on policing and immigration status</p>
<p>Since February no officer has passed the details of a domestic abuse victim to Immigration Enforcement because of
doubts about their status, and our audit of 150 reports confirmed it. We deem recommendation 1 met.</p>
<p>Work with the county's advice services on a route for reporting through them is at an early stage.</p>
<p>Recommendation 4 will be delivered through that route, which the first two charities are now testing.</p>
<p>Head of Public Protection</p>
"""),

    # (the lead's class) an e-mail whose paragraphs each name their recommendation inside the phrase that opens them
    Doc("d7-s2s-leicestershire-opening-phrase", ["text", "docx"], super_complaint="safe-to-share",
        authors=["leicestershire-police"], date=["2021-09-14"],
        responses={"2": ["awaiting_national"], "4": ["in_progress"]},
        classes=["recommendation-in-opening-phrase", "email-header-in-one-paragraph"],
        body="""
<p>From: Public Protection, Leicestershire Police<br>Sent: 14 September 2021 11:20<br>Subject: Safe to share? -
our position</p>
<p>As for the review of the legal framework in recommendation 2, we are waiting for the Home Office to publish it.</p>
<p>The reporting pathway in recommendation 4 is being tested with two migrant support charities in Leicester.</p>
<p>Regards,<br>Detective Superintendent, Public Protection, Leicestershire Police</p>
"""),

    # (the lead's class) headings that name their recommendation by its place, for a report whose later
    # recommendations the catalogue knows by number only
    Doc("d7-pm-essex-ordinal-headings", ["docx", "html"], super_complaint="protective-measures",
        authors=["essex-police"], date=["2022-03-03"],
        responses={"1": ["complete"], "5": ["in_progress"]},
        style=Style(docx_headings="bold", site="force", site_name="Essex Police",
                    page_title="A duty to protect: our response | Essex Police"),
        classes=["ordinal-heading"],
        body="""
<h1>A duty to protect: our response</h1>
<p>Essex Police, 3 March 2022</p>
<h2>The first recommendation (released under investigation)</h2>
<p>Our process for released under investigation cases has been rewritten and has been in use since January.</p>
<h2>The fifth recommendation (bail conditions)</h2>
<p>Custody sergeants are being briefed on the revised guidance; two of the four suites have been covered.</p>
"""),
]
