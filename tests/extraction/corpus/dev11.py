"""The eleventh development set: one document of our own, in other words than heldout17-20's, for each class of
who wrote a document, when, its references and what the readers keep, changed in round eleven (ADR 0008, Decision
17), so that each rule is shown to read a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a byline whose body and date follow a separator, above a plan that also names the commissioner
    Doc("d11-hba-dorset-action-log", ["markdown", "html"], super_complaint="honour-based-abuse",
        authors=["dorset-police"], date=["2023-10-02"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(site="plain", page_title="Honour-based abuse action log"),
        classes=["byline-after-separator", "date-after-separator"],
        body="""
<h1>Honour-based abuse: our action log</h1>
<p>Dorset Police – updated 2 October 2023, ahead of the January board</p>
<p>This log follows the report on the Tees Valley Inclusion Project's super-complaint. The Police and Crime
Commissioner's office reads it each quarter.</p>
<table>
<tr><th>Recommendation</th><th>Position</th></tr>
<tr><td>1</td><td>Complete: the rape investigation policy now covers honour-based abuse risk, and every investigator
has been briefed.</td></tr>
<tr><td>4</td><td>In progress: ethnicity is now recorded for victims, and suspects will follow in the spring.</td></tr>
</table>
"""),

    # the page header of a Word plan, and the running header of its PDF, date it after a separator
    Doc("d11-sas-essex-section-60-plan", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["essex-police"], date=["2024-05-14"],
        responses={"1": ["complete"], "3": ["in_progress"]},
        style=Style(docx_letterhead_in_header=True),
        classes=["date-in-page-header"],
        body="""
<div class="letterhead">Essex Police<br>Section 60 improvement plan<br>Revision 3 - issued 14/05/2024 by the Chief Officer Group</div>
<h1>Section 60: what we are changing</h1>
<p>The Criminal Justice Alliance super-complaint report asked chief constables to change how section 60 powers are
authorised and explained. This plan answers the recommendations for us.</p>
<table>
<tr><th>Ref</th><th>Action</th><th>Target</th><th>Status</th></tr>
<tr><td>1</td><td>Every authorisation signed by a superintendent with a written reason</td><td>31/03/2025</td>
<td>Complete</td></tr>
<tr><td>3</td><td>Record the outcome of each search under the authorisation</td><td>30/09/2025</td>
<td>In progress</td></tr>
</table>
"""),

    # a register compiled jointly by the force and its policing body, which the text names once and the force often
    Doc("d11-ms-west-yorks-register", ["html", "text"], super_complaint="modern-slavery",
        authors=["west-yorkshire-police", "west-yorkshire-mayor"], date=["2023-06-30"],
        responses={"2": ["complete"], "5": ["in_progress"]},
        style=Style(site="plain", page_title="Modern slavery recommendations register"),
        classes=["kept-jointly-by"],
        body="""
<h1>Modern slavery super-complaint: recommendations register</h1>
<p>Position at 30 June 2023. This register is compiled jointly by West Yorkshire Police and the Mayor of West
Yorkshire, and goes to the joint audit committee.</p>
<p>The register follows the report on Hestia's super-complaint, The hidden victims.</p>
<h2>Recommendation 2</h2>
<p>West Yorkshire Police now screens every modern slavery victim for immigration enforcement referrals at the first
contact; the change was completed in April. Complete.</p>
<h2>Recommendation 5</h2>
<p>West Yorkshire Police is still agreeing the referral route with the Home Office's casework teams. In progress.</p>
"""),

    # a meeting's notes: a chief officer reports and presents the force's update; the force answers in them
    Doc("d11-ppda-cheshire-board-notes", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cheshire-pcc", "cheshire-constabulary"], date=["2023-05-17"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(pdf_ruled=True),
        classes=["officer-reports-in-minutes"],
        body="""
<p>Cheshire Police and Crime Commissioner - Accountability Board</p>
<h1>Notes of the meeting held on Wednesday 17 May 2023</h1>
<p>Attendees: the Police and Crime Commissioner; the Chief Constable; the Deputy Chief Constable; the Chief Executive,
OPCC.</p>
<h2>Item 3: Police perpetrated domestic abuse super-complaint</h2>
<p>The Deputy Chief Constable reported that every open case of this kind had been reviewed under recommendation 1 by
the end of March, and she considered that work complete.</p>
<p>The Chief Constable presented an update on recommendation 2: a dedicated investigation team has been formed, and
two posts are still being filled.</p>
<p>The Commissioner asked for the next report in September.</p>
"""),

    # a commissioner's page whose section for the force only says where the force's answer is
    Doc("d11-sts-gwent-pcc-page", ["html", "pdf"], super_complaint="safe-to-share",
        authors=["gwent-pcc"], date=["2021-08-09"],
        responses={"6": ["complete"]},
        optional=["5"],
        style=Style(site="pcc", site_name="Police and Crime Commissioner for Gwent",
                    page_title="Safe to share? | Police and Crime Commissioner for Gwent"),
        classes=["response-published-elsewhere"],
        body="""
<h1>Safe to share? The Commissioner's answer</h1>
<p>Published 9 August 2021</p>
<p>The super-complaint by Liberty and Southall Black Sisters led to eight recommendations, two of which are for
commissioners.</p>
<h2>Recommendation 6</h2>
<p>The Commissioner has assessed access to specialist support for migrant victims across Gwent and has funded a new
advice line with a local charity, which opened in July. Complete.</p>
<h2>The force's reply</h2>
<p>Recommendations 1 and 4 are for the force. Its response is posted on the force website.</p>
"""),

    # an email reply above the inspectorate's quoted request, signed above a disclaimer kept in one paragraph
    Doc("d11-pm-norfolk-email-reply", ["text"], super_complaint="protective-measures",
        authors=["norfolk-constabulary"], date=["2021-12-03"],
        responses={"6": ["complete"]},
        style=Style(wrap=78),
        classes=["email-quoted-message", "signature-above-disclaimer", "sender-body-in-brackets"],
        body="""
<p>From: Lowe, Priya (Norfolk Constabulary Safeguarding)<br>Sent: 03 December 2021 15:40<br>To: Super-Complaints<br>
Subject: RE: A duty to protect - recommendation 6</p>
<p>Hello,</p>
<p>Our update on recommendation 6: all 1,900 frontline officers have now finished the protective measures course,
and it is part of every new officer's training. We regard this as complete.</p>
<p>Best wishes,</p>
<p>Priya<br>DCI Priya Lowe<br>Safeguarding Unit<br>Norfolk Constabulary<br>This e-mail is private. If it has reached
you by mistake, tell the sender and delete it.</p>
<p>________________________________<br>From: Super-Complaints<br>Sent: 02 November 2021 11:00<br>To: Norfolk
Constabulary</p>
<p>Dear Chief Constable,</p>
<p>Please tell us by 3 December what progress has been made on recommendation 6 of our report "A duty to protect".</p>
<p>Yours sincerely,</p>
<p>Super-Complaints Team<br>HMICFRS</p>
"""),

    # a commissioner's report: the object of scrutiny and the subject of "until ... has" are not authors
    Doc("d11-ppda-cleveland-pcc-report", ["pdf", "html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cleveland-pcc"], date=["2023-07"],
        responses={"3": ["in_progress"]},
        style=Style(site="pcc", site_name="Cleveland Police and Crime Commissioner",
                    page_title="Scrutiny report | Cleveland Police and Crime Commissioner",
                    pdf_header="Cleveland Police and Crime Commissioner"),
        classes=["scrutinised-not-author", "clause-subject-not-author"],
        body="""
<h1>Scrutiny report: police perpetrated domestic abuse</h1>
<p>July 2023</p>
<p>At its June meeting my scrutiny panel reviewed the force's response to the Centre for Women's Justice
super-complaint. The force has finished its case review; its new team is being recruited.</p>
<h2>Recommendation 3</h2>
<p>My office has reviewed the support available to victims whose abuser is an officer. The independent advocacy
contract will not be let until the Home Office has issued its guidance on funding; meanwhile we have extended the
existing service. In progress.</p>
"""),

    # a letter whose writer is named only in its running footer, drawn as a template escaped twice; in Word, in the
    # page footer
    Doc("d11-st-durham-commissioner-letter", ["pdf", "docx"], super_complaint="stalking",
        authors=["durham-pcc"], date=["2025-02-11"],
        responses={"15": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="Durham Police, Crime and Victims' Commissioner - Victims' Services",
                    docx_footer="Durham Police, Crime and Victims' Commissioner, Aykley Heads, Durham"),
        classes=["author-only-in-footer", "character-references-drawn"],
        body="""
<p>11 February 2025</p>
<p>Dear HM Inspector,</p>
<p>On the Suzy Lamplugh Trust's super-complaint about the police response to stalking, I write with my position on
the recommendation addressed to commissioners.</p>
<p>Recommendation 15: the review of the stalking advocacy service is half way through; its findings will come to
me in the spring.</p>
<p>Yours sincerely,</p>
<p>Policy Adviser</p>
"""),

    # a letter of three pages whose writer is named only in the running footer the text leaves out
    Doc("d11-sts-london-policing-office-letter", ["pdf"], super_complaint="safe-to-share",
        authors=["london-mayor"], date=["2021-07-20"],
        responses={"5": ["in_progress"], "6": ["complete"]},
        style=Style(pdf_ruled=False, pdf_footer="Mayor's Office for Policing and Crime - Victims and Witnesses Team"),
        classes=["author-only-in-running-footer", "character-references-drawn"],
        body="""
<div style="page-break-after: always">
<p>20 July 2021</p>
<p>Dear HM Inspector,</p>
<p>Thank you for the report on the super-complaint by Liberty and Southall Black Sisters about policing and
immigration status. This letter sets out where we have got to on the two recommendations for commissioners and their
equivalents.</p>
</div>
<div style="page-break-after: always">
<h2>Recommendation 5</h2>
<p>We have begun a programme with community organisations across the capital to build confidence in reporting, and
the first three workshops have taken place. More are planned for the autumn.</p>
</div>
<h2>Recommendation 6</h2>
<p>The assessment of specialist support for migrant victims across London was finished in June, and two new
services have been funded. This is complete.</p>
<p>Yours sincerely,</p>
<p>Director, Strategy and Commissioning</p>
"""),

    # a short letter set in two columns, its letterhead right-aligned in the left column and its date ending it
    Doc("d11-s2s-northumbria-two-column-letter", ["pdf"], super_complaint="safe-to-share",
        authors=["northumbria-police"], date=["2021-08-16"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(pdf_ruled=False),
        classes=["two-column-short-letter"],
        body="""
<style>body { column-count: 2; column-gap: 1cm; }</style>
<div class="letterhead">Northumbria Police<br>Middle Engine Lane<br>Wallsend NE28 9NT</div>
<p>16 August 2021</p>
<p>Dear HM Inspector,</p>
<p>Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status.</p>
<p>Recommendation 1. Our officers no longer pass a victim's details to Immigration Enforcement when they only doubt
the victim's status, and the procedure that tells them so has been reissued to every team. This is complete.</p>
<p>Recommendation 4. A reporting route through two specialist charities is being designed with them, and the first
referrals are expected in the winter.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable</p>
"""),

    # a page's related list of titles, without links, naming national bodies
    Doc("d11-s2s-lincs-pcc-page", ["html"], super_complaint="safe-to-share",
        authors=["lincolnshire-pcc"], date=["2021-09-14"],
        responses={"6": ["in_progress"]},
        style=Style(site="pcc", site_name="Lincolnshire Police and Crime Commissioner",
                    page_title="Migrant victims | Lincolnshire Police and Crime Commissioner"),
        classes=["related-titles-without-links"],
        body="""
<h1>Victims with insecure immigration status: our work</h1>
<p>Updated 14 September 2021</p>
<p>Liberty and Southall Black Sisters' super-complaint on policing and immigration status led to eight
recommendations; one of them is for commissioners alone.</p>
<h2>Recommendation 6</h2>
<p>Our assessment of local support is half done; we expect to report in December. In progress.</p>
<h2>Related pages</h2>
<ul><li>National Police Chiefs' Council guidance on immigration enforcement</li><li>HMICFRS PEEL 2021/22:
Lincolnshire Police</li><li>Victims' Code leaflets</li></ul>
"""),

    # a Word plan's version history names its keeper and its latest issue; the tracker below names other owners
    Doc("d11-hba-suffolk-plan-history", ["docx", "markdown"], super_complaint="honour-based-abuse",
        authors=["suffolk-constabulary"], date=["2024-04-03"],
        responses={"1": ["complete"], "3": ["awaiting_national"]},
        style=Style(),
        classes=["control-table-owner-and-date"],
        body="""
<h1>Honour-based abuse: improvement plan</h1>
<table>
<tr><th>Version</th><th>Date</th><th>Author</th><th>Changes</th></tr>
<tr><td>1.0</td><td>12/01/2024</td><td>Suffolk Constabulary</td><td>First issue</td></tr>
<tr><td>1.1</td><td>03/04/2024</td><td>Suffolk Constabulary</td><td>Second recommendation's row rewritten</td></tr>
</table>
<p>The plan answers the report on the Tees Valley Inclusion Project's super-complaint about victims at risk of
honour-based abuse. The Police and Crime Commissioner's office is consulted on each version.</p>
<table>
<tr><th>Recommendation</th><th>Owner</th><th>Target date</th><th>Progress</th></tr>
<tr><td>1</td><td>Head of Crime</td><td>31/12/2024</td><td>Complete: the sexual offences policy now asks about
honour-based abuse risk.</td></tr>
<tr><td>3</td><td>NPCC</td><td>TBC</td><td>Waiting for the national data standard from the NPCC.</td></tr>
</table>
"""),

    # a return form dated with hyphens between day, month and year
    Doc("d11-pm-wiltshire-return-form", ["text", "docx"], super_complaint="protective-measures",
        authors=["wiltshire-police"], date=["2022-10-14"],
        responses={"6": ["in_progress"]},
        style=Style(),
        classes=["hyphenated-numeric-date"],
        body="""
<h1>A duty to protect: return to the inspectorate</h1>
<table>
<tr><td>Force</td><td>Wiltshire Police</td></tr>
<tr><td>Completed by</td><td>Head of Public Protection</td></tr>
<tr><td>Signed off</td><td>14-10-2022</td></tr>
</table>
<h2>Recommendation 6</h2>
<p>Training on protective measures has reached 1,150 of 1,600 frontline officers; the rest are booked for the
winter. In progress.</p>
"""),

    # references written as codes of letters and digits, in headings and in a reference column
    Doc("d11-sts-kent-coded-update", ["markdown", "docx", "pdf"], super_complaint="safe-to-share",
        authors=["kent-police"], date=["2022-02-04"],
        responses={"1": {"progress": ["complete"], "references": ["IMM-R1", "KP/MV/1"]},
                   "4": {"progress": ["in_progress"], "references": ["IMM-R4", "KP/MV/4"]}},
        style=Style(),
        classes=["reference-codes"],
        body="""
<div class="letterhead">Kent Police</div>
<h1>Safe to share? Our update to the inspectorate</h1>
<p>4 February 2022</p>
<p>This update covers the recommendations of the report on Liberty and Southall Black Sisters' super-complaint that
are addressed to chief constables.</p>
<h2>Recommendation 1 (inspectorate code IMM-R1, force code KP/MV/1)</h2>
<p>Officers no longer pass on a victim's details where they only doubt the victim's status. This is complete.</p>
<h2>Recommendation 4 (inspectorate code IMM-R4, force code KP/MV/4)</h2>
<p>The safe reporting route with two specialist charities is being designed. In progress.</p>
"""),
]
