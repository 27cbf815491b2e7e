"""The seventeenth development set: one document of our own for each class of who wrote a document and when, changed
in round thirteen (ADR 0008, Decision 25), found on heldout25 and heldout26 and written here in other words, reports
and formats, so that each rule is shown to read a class of text rather than the sentence that prompted it. Names,
places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a department's letter whose only date closes a long opening line ("Reply of ... to ..., 6 September 2021"):
    # no dating word stands before it, so it was taken as the latest event and kept only to its month
    Doc("d17-ms-home-office-reply", ["html", "docx"], super_complaint="modern-slavery",
        authors=["home-office"], date=["2021-09-06"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(docx_headings="bold"),
        classes=["day-given-in-the-opening-lines"],
        body="""
<h1>Modern slavery super-complaint: the Government's reply on recommendation 1</h1>
<p>Reply of the Parliamentary Under-Secretary of State for Safeguarding to HM Chief Inspector of Constabulary and the
Director General of the Independent Office for Police Conduct, 6 September 2021</p>
<p>Dear Chief Inspector and Director General,</p>
<p>Thank you for the report on the super-complaint about the treatment of victims of modern slavery, published on 26
May 2021.</p>
<h2>Recommendation 1</h2>
<p>We accept this recommendation. Officials are working with the National Crime Agency on the changes to the
referral process, and drafting began in July 2021.</p>
<p>Yours sincerely,</p>
<p>Parliamentary Under-Secretary of State for Safeguarding, Home Office</p>
"""),

    # a panel paper whose date heads its cover, run together with the next line in a PDF: no cue, and a later plan's
    # month ("will go to the Board in January 2025") is no event; the date was cut to its month
    Doc("d17-sas-dorset-panel-paper", ["pdf", "markdown"], super_complaint="stop-and-search",
        authors=["dorset-pcc"], date=["2024-10-03"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        style=Style(pdf_header="Dorset Police and Crime Panel"),
        classes=["day-given-in-the-opening-lines"],
        body="""
<h1>Dorset Police and Crime Panel</h1>
<p>3 October 2024<br>Paper of the Dorset Police and Crime Commissioner for the Panel's autumn meeting</p>
<h2>Recommendation 8: community scrutiny of stop and search</h2>
<p>In May 2024 the Commissioner agreed to the recommendation that commissioners make sure there is independent
community scrutiny of stop and search. The scrutiny group has met twice since the summer, and a revised membership,
with places for people under 25, will go to the Commissioner's Accountability Board in January 2025.</p>
<p>Dorset Police's own answers to the other recommendations are reported to the Board.</p>
"""),

    # a national paper's dateline, a sentence of its own, then the day its figures stood: the figures come first, the
    # paper later; the "as at" day outranked the paper's own month
    Doc("d17-hba-npcc-summary", ["docx", "html"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2024-05"],
        responses={"1": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["3"],
        style=Style(docx_headings="bold"),
        classes=["dateline-over-data-as-at"],
        body="""
<h1>Honour-based abuse super-complaint: national summary of force progress</h1>
<p>May 2024. Figures correct as at 31 March 2024.</p>
<p>This summary is compiled by the National Police Chiefs' Council's honour-based abuse portfolio from the forces'
quarterly returns.</p>
<h2>Recommendation 1</h2>
<p>Thirty-six forces have updated their policies on sexual abuse to cover the risks of honour-based abuse; the rest
are consulting on drafts.</p>
<h2>Recommendation 2</h2>
<p>Community profiles are in place in most forces and training is being rolled out across the remainder.</p>
"""),

    # a joint statement's masthead naming the force and the commissioner joined by "and", then "Last updated": the
    # page has no site name, so the force was lost
    Doc("d17-ppda-kent-joint", ["markdown", "text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["kent-police", "kent-pcc"], date=["2023-05-12"],
        responses={"1": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["2", "3a"],
        absent=["4"],
        classes=["joint-masthead"],
        body="""
<h1>Police perpetrated domestic abuse: where we are</h1>
<p>Kent Police and the Kent Police and Crime Commissioner. Last updated 12 May 2023.</p>
<h2>Recommendation 1</h2>
<p>The review of live and recent cases involving officers and staff is finished and its results have gone to the
College of Policing.</p>
<h2>Recommendation 3</h2>
<p>The Commissioner's commissioned services are setting out how they support victims whose abuser works for the
police; this is under way.</p>
<p>Recommendation 4 is for the Home Office.</p>
"""),

    # an email from the commissioner's office to a force officer: the force named on the wrapped "To:" line is the
    # addressee, not a second writer
    Doc("d17-hba-lancashire-opcc-email", ["text"], super_complaint="honour-based-abuse",
        authors=["lancashire-pcc"], date=["2023-09-04"],
        responses={"1": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]},
                   "2": {"progress": ["awaiting_national", "in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["3"],
        style=Style(wrap=70),
        classes=["email-addressee-field"],
        body="""
<p>From: Head of Policy and Scrutiny, Office of the Lancashire Police and Crime Commissioner<br>To: Detective
Superintendent Raymond Okafor, Public Protection, Lancashire Constabulary<br>Sent: 4 September 2023 09:15<br>
Subject: Honour-based abuse super-complaint - what the Commissioner will tell the panel</p>
<p>Ray,</p>
<p>For the panel next week the Commissioner will say this about the honour-based abuse super-complaint.</p>
<p>Recommendation 1: the force's policy on sexual abuse is being revised to take in honour-based abuse, and a draft
is with the Commissioner's office.</p>
<p>Recommendation 2: community profiles are under way for Blackburn and Preston; training waits on the national
package.</p>
<p>Best wishes,<br>Priya</p>
"""),

    # a commissioner's paper whose title says it examines the force's update: the force named as the object of the
    # examination is not a writer
    Doc("d17-hba-suffolk-pcc-assessment", ["text", "docx"], super_complaint="honour-based-abuse",
        authors=["suffolk-pcc"], date=["2024-03-12"],
        responses={"1": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["3"],
        classes=["title-naming-the-work-examined"],
        body="""
<h1>Suffolk Police and Crime Commissioner</h1>
<p>Scrutiny of the Constabulary's update on honour-based abuse</p>
<p>Accountability and Performance Panel, 12 March 2024</p>
<p>The Commissioner questioned the Deputy Chief Constable on the two recommendations made to chief constables.</p>
<p>Recommendation 1: the Deputy Chief Constable confirmed that the revised sexual abuse policy, which now covers
honour-based abuse, has been published. The Commissioner was satisfied that this is done.</p>
<p>Recommendation 2: community profiles are being written for the county's larger towns; the Commissioner asked for a
date for the training.</p>
"""),

    # a panel's record whose title puts "minutes" before its meeting line: the meeting's day, after "held on", was
    # read as an event and the record dated only to the month of its latest event
    Doc("d17-s2s-lincs-panel-record", ["markdown", "pdf"], super_complaint="safe-to-share",
        authors=["lincolnshire-pcc"], date=["2023-03-06"],
        responses={"6": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["5"],
        classes=["record-dated-by-its-meeting"],
        body="""
<h1>Lincolnshire Police and Crime Panel: draft minutes</h1>
<p>Meeting held on Monday 6 March 2023, County Offices, Lincoln</p>
<h2>Item 7: the Commissioner's update on the Safe to share? super-complaint</h2>
<p>Recommendation 6: the Police and Crime Commissioner for Lincolnshire told the Panel that the review of the
services he funds for victims with insecure immigration status began in January 2023 and is about half done.</p>
<p>The Panel noted the update.</p>
"""),
]
