"""The thirteenth development set: one document of our own, in other words than heldout21's and heldout22's, for each
class of who wrote a document and when that round twelve changed (ADR 0008, Decision 20), so that each rule is shown
to read a class of text rather than the sentence that prompted it. Each fails on the code before the round.
"""
from build import Doc
from render import Style

DOCS = [
    # --- who -----------------------------------------------------------------------------------------------------

    # a national body's own numbered paper: its name opens the title, then the series ("Policy Bulletin 14")
    Doc("d13-ss-npcc-policy-bulletin", ["docx"], super_complaint="stop-and-search",
        authors=["npcc"], date=["2024-03-04"],
        responses={},
        style=Style(docx_headings="styles"),
        classes=["national-series-paper-title"],
        body="""
<h1>NPCC Policy Bulletin 14</h1>
<p>Issued 4 March 2024</p>
<h2>Section 60 and community scrutiny: the Criminal Justice Alliance super-complaint</h2>
<p>This bulletin tells chief officers what the joint report on the Criminal Justice Alliance super-complaint asks of
forces, and what the national portfolio is doing about it. Forces should send their own replies to the inspectorate
and copy them to the portfolio office.</p>
<p>A template for local replies is attached. The portfolio will gather the replies in the summer and share a summary
with forces.</p>
"""),

    # a force's own page: its contact lines (the site's furniture) and a line of the page send readers to it
    Doc("d13-stalking-lancashire-plan-page", ["html"], super_complaint="stalking",
        authors=["lancashire-constabulary"], optional_authors=["lancashire-pcc"], date=["2025-02-11"],
        responses={"10": ["complete"], "16": ["in_progress"]},
        style=Style(site="force", site_name="Lancashire Constabulary", page_title="Stalking: how we are improving",
                    furniture_words=["Home", "Report it", "Advice", "Your area", "About us"],
                    page_dates="<p>Updated: 11 February 2025</p>"),
        classes=["site-body-as-addressee"],
        body="""
<h1>Stalking: how we are improving</h1>
<p>The report on the Suzy Lamplugh Trust's super-complaint asked chief constables to publish what they would do. Our
answers are below; questions about them can be sent to Lancashire Constabulary's Public Protection Unit.</p>
<h2>Recommendation 10</h2>
<p>Every detective and every call taker has now finished the refreshed stalking course. Complete.</p>
<h2>Recommendation 16</h2>
<p>A joint review with the Police and Crime Commissioner and the Commissioner's victims team began in January and is
still going on.</p>
"""),

    # an overview of others' responses on the site of a body that helped write the report: a plural "responses by"
    # that the page says it has received, and a table that lists what each body sent
    Doc("d13-s2s-iopc-roundup", ["html"], super_complaint="safe-to-share",
        authors=["iopc"], date=["2021-09-30"],
        responses={},
        absent=["1", "2", "3", "4", "5", "6", "7", "8"],
        style=Style(site="national", site_name="Independent Office for Police Conduct",
                    page_title="Safe to share? Where the responses stand",
                    furniture_words=["Home", "Complaints", "Investigations", "Learning", "About us"],
                    page_dates="<p>Updated: 30 September 2021</p>"),
        classes=["overview-of-others-responses"],
        body="""
<h1>Safe to share?: where the responses stand</h1>
<p>Responses by the Home Office and the National Police Chiefs' Council to our joint report with the inspectorate
and the College have all been received.</p>
<p>Chief constables and commissioners have been sending theirs over the summer.</p>
<p>We will look at them with our partners before deciding whether to say more.</p>
<p>This list is kept as they arrive.</p>
<table>
<tr><th>Body</th><th>What was sent</th><th>Arrived</th></tr>
<tr><td>Home Office</td><td>Letter from the Minister</td><td>July 2021</td></tr>
<tr><td>APCC</td><td>Statement by the APCC chair</td><td>June 2021</td></tr>
</table>
"""),

    # a commissioner's office writing about a plan "signed off by" the commissioner, then about the force's work:
    # the past act opens no signature, so the force named after it signs nothing
    Doc("d13-ppda-suffolk-opcc-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["suffolk-pcc"], date=["2022-11-08"],
        responses={"3": ["complete"]},
        style=Style(docx_headings="bold"),
        classes=["signed-off-in-prose"],
        body="""
<p>Office of the Suffolk Police and Crime Commissioner</p>
<p>8 November 2022</p>
<p>Dear Inspector,</p>
<p><strong>Police perpetrated domestic abuse: recommendation 3</strong></p>
<p>The commissioner's scrutiny protocol for these cases was signed off by the Police and Crime Commissioner in
September, and Suffolk Constabulary's professional standards department now sends us every such case file each
month. We consider recommendation 3 complete.</p>
<p>Yours sincerely,</p>
<p>Chief Executive<br>Office of the Suffolk Police and Crime Commissioner</p>
"""),

    # a national lead's letter from London: the rank before the national title is the lead's own, not a force's
    Doc("d13-stalking-npcc-lead-memo", ["markdown"], super_complaint="stalking",
        authors=["npcc"], date=["2025-01-22"],
        responses={"7": ["in_progress"]},
        classes=["national-lead-rank-in-from-line"],
        body="""
<p>National Police Chiefs' Council<br>Second Floor, 1 Pages Walk<br>London SE1 4SF</p>
<p>From: Assistant Chief Constable, NPCC Lead for Stalking and Harassment<br>To: Chief Officers, all forces</p>
<p>22 January 2025</p>
<h1>Stalking super-complaint: crime recording</h1>
<p>Recommendation 7: the change to crime recording systems is being built with the two main suppliers, and the first
release reaches forces in the spring. Work is under way.</p>
"""),

    # a force's Word plan whose page footer names the commissioner it works with: a partner, not a second writer
    Doc("d13-ms-devon-footer-partner", ["docx"], super_complaint="modern-slavery",
        authors=["devon-and-cornwall-police"], date=["2021-08-20"],
        responses={"2": ["in_progress"]},
        style=Style(docx_headings="bold",
                    docx_footer="Devon and Cornwall Police - in partnership with the Police and Crime Commissioner "
                                "for Devon, Cornwall and the Isles of Scilly"),
        classes=["partner-in-footer"],
        body="""
<h1>Devon and Cornwall Police: modern slavery plan</h1>
<p>20 August 2021</p>
<p>This plan answers the report on Hestia's super-complaint, The hidden victims.</p>
<h2>Recommendation 2</h2>
<p>Specialist modern slavery advisers are being placed in each command; two of the four are in post. In progress.</p>
"""),

    # --- when ----------------------------------------------------------------------------------------------------

    # a tracker's rows open their updates with a dating word ("Issued ..."): the work's date, not the tracker's
    Doc("d13-pm-cheshire-bail-tracker", ["html"], super_complaint="protective-measures",
        authors=["cheshire-constabulary"], date=["2023-02-14"],
        responses={"1": ["complete"]},
        style=Style(site="plain", page_title="Cheshire Constabulary bail tracker"),
        classes=["tracker-cell-dating-word"],
        body="""
<h1>Cheshire Constabulary: pre-charge bail tracker</h1>
<p>14 February 2023</p>
<p>This tracker answers the report on the Centre for Women's Justice super-complaint, A duty to protect.</p>
<table>
<tr><th>Rec</th><th>Update</th><th>Status</th></tr>
<tr><td>1</td><td>Issued 3 May 2022 to every custody sergeant: the RUI review procedure, now audited monthly.</td><td>Complete</td></tr>
</table>
"""),

    # a version's number, a comma and its dating word, with more words after the date
    Doc("d13-s2s-avon-plan-version", ["docx"], super_complaint="safe-to-share",
        authors=["avon-and-somerset-constabulary"], date=["2024-04-04"],
        responses={"4": ["in_progress"]},
        style=Style(docx_headings="bold"),
        classes=["version-comma-dating-word"],
        body="""
<h1>Avon and Somerset Constabulary: safe reporting plan</h1>
<p>Version 2.1, revised 4 April 2024 (replaces version 2.0 of January)</p>
<p>This plan answers the Safe to share? report on the Liberty and Southall Black Sisters super-complaint.</p>
<h2>Recommendation 4</h2>
<p>The reporting pathway with two migrant women's charities is being trialled in Bristol. In progress.</p>
"""),

    # a document's name, a comma and its date, closing a sentence of the front matter
    Doc("d13-hba-gwent-return", ["pdf"], super_complaint="honour-based-abuse",
        authors=["gwent-police"], date=["2024-08-02"],
        responses={"1": ["complete"]},
        style=Style(pdf_ruled=True),
        classes=["title-clause-date"],
        body="""
<h1>Gwent Police: honour-based abuse</h1>
<p>Quarterly return to the Police and Crime Commissioner, 2 August 2024. Lead officer: Detective Superintendent,
Public Protection.</p>
<p>This return follows the report on the Tees Valley Inclusion Project's super-complaint.</p>
<h2>Recommendation 1</h2>
<p>The investigation policy now covers the risk of honour-based abuse in every rape case. Complete.</p>
"""),

    # a same-day reaction whose date stands on its own line under the byline (a Markdown hard break)
    Doc("d13-ppda-apcc-same-day", ["markdown"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["apcc"], date=["2022-06-30"],
        responses={},
        classes=["date-alone-under-byline"],
        body="""
<h1>Commissioners respond to the police perpetrated domestic abuse report</h1>
<p>APCC Press Office<br>30 June 2022</p>
<p>The Association of Police and Crime Commissioners welcomes the report published today on the Centre for Women's
Justice super-complaint. Commissioners will ask their chief constables how they intend to respond.</p>
"""),

    # a record of a meeting that also gives the later day it was confirmed
    Doc("d13-ss-wiltshire-audit-notes", ["docx"], super_complaint="stop-and-search",
        authors=["wiltshire-pcc"], optional_authors=["wiltshire-police"], date=["2024-03-05"],
        responses={"8": ["in_progress"]},
        style=Style(docx_headings="bold"),
        classes=["minutes-confirmed-later"],
        body="""
<h1>Wiltshire and Swindon Police and Crime Commissioner: Scrutiny Panel</h1>
<p>Notes of the meeting of the Scrutiny Panel held on 5 March 2024, confirmed as a correct record on 11 June 2024.</p>
<h2>Item 4: stop and search</h2>
<p>The Commissioner's policy lead set out progress on recommendation 8 of the super-complaint report: the panel's
new terms of reference are drafted and community members are being recruited. Work is under way.</p>
"""),

    # a page whose body is dated, and whose furniture says when it was last looked at
    Doc("d13-s2s-devon-pcc-reviewed", ["html"], super_complaint="safe-to-share",
        authors=["devon-and-cornwall-pcc"], date=["2021-07-09"],
        responses={"6": ["complete"]},
        style=Style(site="pcc", site_name="Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                    page_title="Safe to share? the Commissioner's response",
                    furniture_words=["Home", "About", "Plan", "Scrutiny", "Contact"],
                    page_dates="<p>Reviewed: 1 February 2024</p>"),
        classes=["reviewed-below-body-date"],
        body="""
<h1>Safe to share?: the Commissioner's response</h1>
<p>Date: 9 July 2021</p>
<p>This is my response, as Police and Crime Commissioner, to the report on the Liberty and Southall Black Sisters
super-complaint.</p>
<h2>Recommendation 6</h2>
<p>My office has mapped the specialist support open to victims with insecure immigration status across the two
counties. This work is complete.</p>
"""),
]
