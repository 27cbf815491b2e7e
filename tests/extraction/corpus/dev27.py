"""The twenty-seventh development set: one document of our own for each progress class changed in round fifteen by
helper `progress18` (ADR 0008, Decision 39), found on heldout29 and heldout30 and written here in other words, reports
and formats. Each reads how a careful analyst weighs a kind of evidence, not a phrase: a question asserts nothing (a
question reported from a meeting, a telling put off to later, the report's own ask told in the answer); one sentence
that tells a step done and then the work's next step to come is work under way; a share of a plan's actions done is
its part, not its whole; a recommendation answered in parts, a table row each, is summed up as its parts; the work's
first step (settling how it is to be done) not yet taken is work not begun; an email's "Recs 3 and 4 are both
complete" is the writer's statement about both. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # panel minutes (a web page and its text copy): the commissioner's account of one recommendation, then a member's
    # question about another that the reader took for work done; and a national summary's telling put off to later
    Doc("d27-ppda-bedfordshire-panel-minutes", ["html", "text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["bedfordshire-pcc"], date=["2023-03-09", "2023-03"],
        responses={"3": ["complete"], "1": ["not_stated"]},
        style=Style(site="pcc", site_name="Bedfordshire Police and Crime Panel"),
        classes=["reported-question-asserts-nothing"],
        body="""
<h1>Bedfordshire Police and Crime Panel</h1>
<p>Minutes of the meeting held on 9 March 2023</p>
<p>41/23 Police perpetrated domestic abuse super-complaint</p>
<p>(a) The Commissioner reported on recommendation 3. The review of the victim services she funds was concluded in
January and a specialist advocate for people abused by officers took up post in February.</p>
<p>(b) On recommendation 1, a councillor asked whether the force had already audited every live case and each case
closed in the past year. The Commissioner undertook to put the question to the Chief Constable.</p>
<p>RESOLVED: that the report be noted.</p>
"""),

    # a commissioner's update (Markdown and Word): a step done and the next booked in one sentence; a finished
    # assessment, a grant awarded and the service's start to come in one sentence
    Doc("d27-s2s-dyfed-powys-pcc-update", ["markdown", "docx"], super_complaint="safe-to-share",
        authors=["dyfed-powys-pcc"], date=["2021-07-05", "2021-07"],
        responses={"5": ["in_progress"], "6": ["in_progress"]},
        style=Style(docx_headings="bold"),
        classes=["step-done-then-next-to-come-in-one-sentence", "start-to-come-after-steps-done"],
        body="""
<h1>Dyfed-Powys Police and Crime Commissioner: Safe to share? six-month update</h1>
<p>5 July 2021</p>
<h2>Recommendation 5</h2>
<p>The Commissioner's office has briefed every community safety partnership on reporting safely, and a round of
drop-in sessions with migrant support groups is booked for September 2021.</p>
<h2>Recommendation 6</h2>
<p>Our mapping of specialist support for migrant victims is complete; a two-year contract has been awarded to a
regional charity and the new service will be launched in October.</p>
"""),

    # an FOI reply (text and PDF): a share of a delivery plan's actions closed, the rest not said
    Doc("d27-ppda-suffolk-foi", ["text", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["suffolk-constabulary"], date=["2023-05-17", "2023-05"],
        responses={"2": ["in_progress"]},
        style=Style(pdf_header="Suffolk Constabulary - Information Management"),
        classes=["share-of-actions-done"],
        body="""
<p>Suffolk Constabulary<br>Information Management Unit</p>
<p>17 May 2023</p>
<h1>Freedom of Information request 2023/0388</h1>
<p>You asked what the force has done about recommendation 2 of the super-complaint report on police perpetrated
domestic abuse.</p>
<p>The force drew up a delivery plan for recommendation 2 in September 2022. Three of its eight actions are closed, and
a working group of the professional standards department meets every month.</p>
<p>If you are unhappy with this response you may ask for an internal review.</p>
"""),

    # a force response (Word and PDF): a recommendation in parts, a table row each, some done, one begun and one not
    # begun
    Doc("d27-hba-wiltshire-response", ["docx", "pdf"], super_complaint="honour-based-abuse",
        authors=["wiltshire-police"], date=["2023-02"],
        responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
        style=Style(pdf_ruled=True, pdf_header="Wiltshire Police"),
        classes=["parts-in-rows-summed"],
        body="""
<h1>Wiltshire Police: response to the honour-based abuse super-complaint</h1>
<p>February 2023</p>
<h2>The first recommendation to chief constables</h2>
<p>The force's sexual offences policy now includes the risk of honour-based abuse. This is complete.</p>
<h2>The second recommendation to chief constables</h2>
<p>This recommendation has four parts.</p>
<table>
<tr><th>Part</th><th>Position</th></tr>
<tr><td>Knowing the area's communities</td><td>Sector profiles circulated to neighbourhood teams in 2022.</td></tr>
<tr><td>Advisory groups</td><td>Membership review begun; new members sought in the summer.</td></tr>
<tr><td>Material on faith and culture</td><td>Not yet started; to be written with the faith forum.</td></tr>
<tr><td>Investigations</td><td>Covered by the revised policy (above).</td></tr>
</table>
<p>The third recommendation is for the NPCC; we will use whatever data standard it sets.</p>
"""),

    # a commissioner's letter (text): accepted, with how to go about it not yet settled; and an email's statement
    # about two recommendations at once
    Doc("d27-stalk-northants-letter-email", ["text"], super_complaint="stalking",
        authors=["northamptonshire-pfcc"], date=["2025-01-14", "2025-01"],
        responses={"15": {"progress": ["not_started", "not_stated"], "position": ["accepted"]},
                   "16": {"progress": ["complete"]}, "25": {"progress": ["complete"]}},
        style=Style(wrap=76),
        classes=["first-step-not-taken", "shortened-numbers-both-complete"],
        body="""
<p>Office of the Northamptonshire Police, Fire and Crime Commissioner</p>
<p>14 January 2025</p>
<p>Dear Chief Inspector,</p>
<p>Stalking super-complaint: the Commissioner's response</p>
<p><strong>Recommendation 15</strong><br>I accept this recommendation. Working with the Chief Constable, I will
consider how victims of stalking can get specialist help sooner. We have yet to agree the approach, and I will report
on it at a future Accountability Board.</p>
<p><strong>Recommendations 16 and 25</strong><br>Recs 16 and 25 are both delivered. The joint review with the Chief
Constable reported in December; the last two teams are booked onto the protocol briefing next month and the protocol
is now part of induction.</p>
<p>Yours sincerely,<br>Police, Fire and Crime Commissioner</p>
"""),

    # a force's web tracker: a colour whose own words count a share of the milestones met, short of the whole, and a
    # neighbour whose share is the whole
    Doc("d27-stalk-avon-tracker", ["html"], super_complaint="stalking",
        authors=["avon-and-somerset-constabulary"], date=["2025-07-01"],
        responses={"7": ["in_progress"], "10": ["complete"]},
        style=Style(site="force", site_name="Avon and Somerset Constabulary"),
        classes=["share-short-of-whole-in-status-cell"],
        body="""
<h1>Avon and Somerset Constabulary: stalking recommendations tracker</h1>
<p>As at 1 July 2025</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>RAG and status</th><th>Notes</th></tr>
<tr><td>7</td><td>Crime Registrar</td><td>Green: 4 of 5 milestones achieved</td><td>Recording rules changed and
staff guidance issued.</td></tr>
<tr><td>10</td><td>Head of Training</td><td>Blue: 3 of 3 milestones achieved</td><td>All investigators trained by
March.</td></tr>
</table>
"""),

    # a commissioner's page: the one recommendation for commissioners asks only for a review, and the page says the
    # review is finished before it turns to what the office will do with its findings
    Doc("d27-stalk-wiltshire-pcc-page", ["html"], super_complaint="stalking",
        authors=["wiltshire-pcc"], date=["2025-03-20", "2025-03"],
        responses={"15": ["complete"]},
        style=Style(site="pcc", site_name="Wiltshire and Swindon Police and Crime Commissioner",
                    page_dates="<p>Published 20 March 2025</p>"),
        classes=["review-asked-and-done"],
        body="""
<h1>Stalking super-complaint: the Commissioner's response</h1>
<h2>Recommendation 15</h2>
<p>The Commissioner's office has completed its review of the stalking support it funds. We are now introducing a
joint referral route with the county's two providers and are recruiting a second advocate.</p>
"""),
]
