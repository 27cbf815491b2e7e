"""The twenty-ninth development set: one document of our own for each class of who wrote a document, when, and what
position it states, changed in round fifteen by helper `authors18` (ADR 0008, Decision 41), found on heldout29 and
heldout30 and written here in other words, reports and formats: in a meeting's record a force's chief officer named
only by rank or its short form ("the T/ACC", "the DCC") giving the account of the force's work makes the area's force an
author; a force's name that runs on into a panel's name is the panel's, not the force's; another body's response the
document encloses or attaches is not its own; a sentence telling the document's own approval or issue dates it to
the day; acceptance of a definite counted set of recommendations ("the two recommendations made to commissioners")
is a position on each; a form's "Position" and "Accepted" cells run together in an unruled table state the position.
Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # minutes of a commissioner's board: the force is never named, its temporary assistant chief constable gives the
    # account of the force's work
    Doc("d29-st-dorset-board-minutes", ["markdown", "text"], super_complaint="stalking",
        authors=["dorset-pcc", "dorset-police"], date=["2025-03-06"],
        responses={"10": ["in_progress"]},
        optional=["15"],
        style=Style(wrap=76),
        classes=["meeting-record-officer-by-rank"],
        body="""
<h1>Dorset Police and Crime Commissioner: Police Accountability Board</h1>
<p>Minutes of the meeting held on 6 March 2025 in the Committee Room, Winfrith</p>
<p>Attending: the Police and Crime Commissioner (chair); the T/ACC for local policing; the OPCC Chief Executive;
the OPCC Head of Commissioning.</p>
<h2>3. Stalking super-complaint</h2>
<p>3.1 The T/ACC confirmed that training on stalking for all response and neighbourhood officers under
recommendation 10 is under way: 240 of some 900 officers have completed it and the rest are booked for the coming
months.</p>
<p>3.2 Members asked how quickly victims get a named contact. The answer will come to the June board.</p>
<p>3.3 Agreed: the board noted the position.</p>
"""),

    # a commissioner's report to the panel that scrutinises them: the panel's name opens with the force's
    Doc("d29-ss-northamptonshire-panel-paper", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["northamptonshire-pfcc"], date=["2024-07-11"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_header="Northamptonshire Police, Fire and Crime Panel", pdf_footer="Item 6"),
        classes=["panel-name-opens-with-force-name"],
        body="""
<h1>Northamptonshire Police, Fire and Crime Panel</h1>
<p>Date of meeting: 11 July 2024<br>Report of the Northamptonshire Police, Fire and Crime Commissioner</p>
<h2>Stop and search super-complaint: the Commissioner's answer to recommendation 8</h2>
<p>1. The report on the Criminal Justice Alliance super-complaint asks commissioners to make sure stop and search
is scrutinised by people from the communities most affected (recommendation 8).</p>
<p>2. The Commissioner accepts recommendation 8. The independent scrutiny group now meets every six weeks to watch
body-worn video of searches, and two places on it are being filled by young people through the youth council.</p>
<p>3. The Panel is invited to note the report.</p>
"""),

    # a commissioner's letter that encloses the chief constable's own answer
    Doc("d29-s2s-wiltshire-pcc-letter", ["text", "docx"], super_complaint="safe-to-share",
        authors=["wiltshire-pcc"], date=["2021-02-10"],
        responses={"6": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["5"],
        style=Style(docx_letterhead_in_header=True, wrap=72),
        classes=["enclosed-response-of-another"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Wiltshire and Swindon<br>London Road<br>Devizes SN10 2DN</div>
<p>10 February 2021</p>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Sir Thomas,</p>
<p><strong>Safe to share? Comments under section 29A</strong></p>
<p>These are my comments on the report on the super-complaint by Liberty and Southall Black Sisters. A copy of the
Chief Constable's reply on the recommendations for chief constables is enclosed with this letter.</p>
<p><strong>Recommendation 6</strong><br>I accept this recommendation. My office has started a review of the support
open to migrant victims in Wiltshire and Swindon, which will report to me in the summer.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Wiltshire and Swindon</p>
"""),

    # a force's action plan whose only date of its own is its approval, told in a sentence
    Doc("d29-hba-lincolnshire-plan", ["docx", "html"], super_complaint="honour-based-abuse",
        authors=["lincolnshire-police"], date=["2023-10-09"],
        responses={"1": ["in_progress"], "2": ["in_progress"]},
        style=Style(site="force", site_name="Lincolnshire Police", page_title="Honour-based abuse: our plan"),
        classes=["own-approval-dates-the-document"],
        body="""
<h1>Lincolnshire Police: honour-based abuse super-complaint plan</h1>
<p>This plan answers the two recommendations the report makes to chief constables. This plan was endorsed by the
Force Executive Board on 9 October 2023 and will be looked at again each quarter.</p>
<table>
<tr><th>Recommendation</th><th>What we are doing</th><th>Status</th></tr>
<tr><td>1</td><td>The sexual offences policy is being rewritten to cover the risk of honour-based abuse; a draft has been out to consultation since August 2023.</td><td>In progress</td></tr>
<tr><td>2</td><td>Local community profiles are being refreshed with the county council and two advisory groups are recruiting.</td><td>In progress</td></tr>
</table>
"""),

    # a commissioner's update a year on, repeating the acceptance of a counted set of recommendations
    Doc("d29-s2s-suffolk-pcc-update", ["markdown", "pdf"], super_complaint="safe-to-share",
        authors=["suffolk-pcc"], date=["2022-03-01"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(pdf_header="Suffolk Police and Crime Commissioner"),
        classes=["counted-set-accepted-earlier"],
        body="""
<h1>Suffolk Police and Crime Commissioner: safe to share, a year on</h1>
<p>1 March 2022</p>
<p>In February 2021 the Commissioner accepted the two local recommendations in full and said how each would
be met. This
note says where each stands.</p>
<h2>Recommendation 5</h2>
<p>The campaign to build migrant victims' confidence in reporting is running in four languages and will extend to two
more by the autumn.</p>
<h2>Recommendation 6</h2>
<p>The review of specialist support for victims with insecure immigration status was finished in December 2021 and
its findings are now part of the commissioning plan.</p>
"""),

    # a commissioner's decision record as an unruled table: label and value cells run together in the PDF
    Doc("d29-st-leicestershire-decision", ["pdf"], super_complaint="stalking",
        authors=["leicestershire-pcc"], date=["2025-02-04"],
        responses={"15": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(pdf_ruled=False, pdf_header="Leicester, Leicestershire and Rutland Police and Crime Commissioner"),
        classes=["form-cells-run-together-position"],
        body="""
<h1>Decision record: stalking super-complaint</h1>
<p>Date of decision: 4 February 2025</p>
<table><tr><td>Recommendation</td><td>15 (police and crime commissioners, with the local authorities)</td></tr>
<tr><td>Position</td><td>Accepted</td></tr>
<tr><td>Progress</td><td>A needs assessment of stalking advocacy services will be commissioned in 2025/26.</td></tr></table>
<p>The Commissioner, who inherited the matter from the previous term of office, signs this record as its owner.</p>
"""),
]
