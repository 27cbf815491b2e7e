"""The fifth development set: one document of our own for each change made in round eight, after the eighth
held-out set was scored untuned (ADR 0008), in other words than heldout8's, so that each rule is shown to read
a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a status column is overruled by an update that plainly says otherwise: "Complete" beside work not yet in
    # effect; "Not started" beside an update that waits on a national body; "On track" beside a finished task
    Doc("d5-st-cheshire-status-vs-update", ["html", "pdf"], super_complaint="stalking",
        authors=["cheshire-constabulary"], date=["2025-06-20"],
        responses={"7": ["in_progress"], "10": ["complete"], "16": ["awaiting_national"], "25": ["complete"]},
        style=Style(site="force", site_name="Cheshire Constabulary",
                    page_title="Stalking: our progress | Cheshire Constabulary",
                    pdf_header="Cheshire Constabulary | OFFICIAL"),
        classes=["status-contradicts-update"],
        body="""
<h1>Stalking super-complaint: progress</h1>
<p>Updated on 20 June 2025</p>
<table>
<tr><th>Recommendation</th><th>Lead</th><th>Status</th><th>Latest</th></tr>
<tr><td>7</td><td>Crime Registrar</td><td>Complete</td><td>System change tested; not yet rolled out to the control
room, which moves to the new version in August.</td></tr>
<tr><td>10</td><td>Head of Training</td><td>On target</td><td>Refresher course finished and rolled out to every
response team.</td></tr>
<tr><td>16</td><td>Public Protection</td><td>Not started</td><td>We are waiting for the Home Office's revised
statutory guidance on protection orders.</td></tr>
<tr><td>25</td><td>Victim Services</td><td>Complete</td><td>Victims' leaflet in use since January.</td></tr>
</table>
"""),
    # "That is now done.": a pronoun standing for the answer's action
    Doc("d5-hba-west-mercia-pronoun", ["text"], super_complaint="honour-based-abuse",
        authors=["west-mercia-police"], date=["2023-08-02"],
        responses={"1": ["complete"], "2": ["in_progress"]}, style=Style(wrap=76),
        classes=["pronoun-done"],
        body="""
<h1>West Mercia Police</h1>
<p>Honour-based abuse super-complaint: our reply</p>
<p>2 August 2023</p>
<p>Recommendation 1 asked us to add the risk of honour-based abuse to our sexual offences policy. That is now done.</p>
<p>Recommendation 2. Our cultural awareness training for investigators is under way; two of five cohorts have
attended.</p>
"""),
    # dating rows of forms and exports: "Date of decision:", "Last edited", an email's "Sent:" with a weekday;
    # a CMS page's "Review date" is the next review, not the page's date
    Doc("d5-pm-durham-pcc-dated-rows", ["html"], super_complaint="protective-measures", authors=["durham-pcc"],
        date=["2022-01-11"], responses={"1": ["complete"]},
        style=Style(site="pcc", site_name="Durham Police and Crime Commissioner",
                    page_title="Decision: protective measures response | Durham PCC",
                    page_dates="<p>Posted: 11 January 2022</p><p>Review date: January 2023</p>"),
        classes=["review-date"],
        body="""
<h1>Protective measures: the Commissioner's response</h1>
<p>Recommendation 1. The constabulary's released under investigation cases are all reviewed by an inspector each
month, as the national bail lead advised.</p>
"""),
    Doc("d5-ms-cheshire-pcc-form", ["markdown"], super_complaint="modern-slavery", authors=["cheshire-pcc"],
        date=["2021-09-14"], responses={"1": ["in_progress"]},
        classes=["date-of-row", "last-edited"],
        body="""
<h1>Cheshire Police and Crime Commissioner: response to The hidden victims</h1>
<p>Date of decision: 14 September 2021</p>
<p>Recommendation 1. The Commissioner is working with the regional anti-slavery network on joint victim support;
the first meeting was in July 2021.</p>
"""),
    Doc("d5-ms-gwent-email", ["text"], super_complaint="modern-slavery", authors=["gwent-police"],
        date=["2021-09-03"], responses={"1": ["in_progress"]}, style=Style(wrap=74),
        classes=["email-sent-weekday"],
        body="""
<p>From: Public Protection, Gwent Police<br>Sent: Friday, 3 September 2021 09:41<br>To: HMICFRS<br>Subject: The hidden
victims: Report on Hestia's super-complaint - our response</p>
<p>Recommendation 1 - our work with partners on support for victims is continuing through the regional network.</p>
<p>Regards,<br>Detective Inspector, Gwent Police</p>
"""),
    # copy lists name whom a letter was sent to: a wrapped "cc:" line and a national title in it add no author;
    # "the Police and Crime Panel" after a force's area is not the force
    Doc("d5-ss-sussex-pcc-cc", ["text", "pdf"], super_complaint="stop-and-search", authors=["sussex-pcc"],
        date=["2024-03-05"], responses={"8": ["in_progress"]}, style=Style(wrap=70),
        classes=["cc-lines", "police-and-crime-panel"],
        body="""
<div class="letterhead">Office of the Sussex Police &amp; Crime Commissioner<br>Lewes BN7 2DZ</div>
<p>5 March 2024</p>
<p>Dear Inspectorate,</p>
<p>Recommendation 8. Our stop and search scrutiny panel is being refreshed: new members are being recruited and the
panel will report to the Sussex Police and Crime Panel in the autumn.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner</p>
<p>cc: the Chief Constable of Sussex Police; the Criminal Justice Alliance; the Sussex Police and Crime Panel;
the Home Office; the College of Policing; the Association of Police and Crime Commissioners; the NPCC lead for stop
and search</p>
"""),
    # a national body's letter in the first person ("my office") posted from a place that is also a force's area
    Doc("d5-ppda-iopc-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse", authors=["iopc"],
        date=["2022-09-12"], responses={}, optional=["1", "2", "3", "4"],
        classes=["national-first-person", "address-area"],
        body="""
<div class="letterhead">Independent Office for Police Conduct<br>10 South Colonnade<br>London E14 4PU</div>
<p>12 September 2022</p>
<p>Dear Chief Inspector,</p>
<p>Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint</p>
<p>My office will carry out the oversight work the report asks of us, beginning with a sample of referrals from
five forces this winter.</p>
<p>Yours sincerely,</p>
<p>Director General, Independent Office for Police Conduct</p>
"""),
# tracker words for finished lines ("Embedded", "BAU", "Superseded by ..."); a heading naming its subject first
    # and the recommendation after it ("Authorisation levels (recommendation 1)")
    Doc("d5-ss-leicestershire-bau", ["html"], super_complaint="stop-and-search", authors=["leicestershire-police"],
        date=["2024-05-07"], responses={"1": ["complete"], "3": ["complete"], "5": ["complete", "not_stated"],
                                        "7": ["in_progress"]},
        style=Style(site="force", site_name="Leicestershire Police",
                    page_title="Section 60 super-complaint | Leicestershire Police"),
        classes=["tracker-status-words", "trailing-heading-number"],
        body="""
<h1>Section 60 and community scrutiny: where we are</h1>
<p>Updated: 7 May 2024</p>
<h2>Authorisation levels (recommendation 1)</h2>
<p>Status: Embedded. Only a chief officer may authorise section 60, and this has been force policy since 2022.</p>
<h2>Recording the reasons (recommendation 3)</h2>
<p>BAU - reasons are recorded on every authorisation form and checked by the Stop and Search Board.</p>
<h2>Length of authorisations - Recommendation 5</h2>
<p>Superseded by the force's new authorisation template, which caps every authorisation at 15 hours.</p>
<h2>Officer training (recommendation 7)</h2>
<p>The refresher is being rewritten with the community reference group.</p>
"""),
    # headings in Welsh and English, the English number after a slash
    Doc("d5-st-north-wales-bilingual", ["docx"], super_complaint="stalking", authors=["north-wales-police"],
        date=["2025-03-25"], responses={"7": ["complete"], "10": ["in_progress"]},
        classes=["bilingual-headings"],
        body="""
<h1>Heddlu Gogledd Cymru / North Wales Police</h1>
<p>Ymateb i'r uwch-gwyn stelcian / Response to the stalking super-complaint</p>
<p>25 Mawrth 2025 / 25 March 2025</p>
<h3>Argymhelliad 7 / Recommendation 7</h3>
<p>Mae'r newid wedi'i wneud. The change to our crime system was made in January and stalking can now be recorded with
any other offence.</p>
<h3>Argymhelliad 10 / Recommendation 10</h3>
<p>Mae'r hyfforddiant yn parhau. Training for investigators continues; half of them have attended so far.</p>
"""),
    # a commissioner's letter that speaks of "the force's response" among its answers, cites a report in a footnote
    # above the sign-off, sets up a group (work under way), reports a review that concluded, and declines a part
    Doc("d5-ppda-lincolnshire-pcc-letter", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["lincolnshire-pcc"], date=["2023-02-16"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["not_started", "not_stated"]},
        style=Style(wrap=72),
        classes=["role-in-answers", "footnote-citation", "group-established", "review-concluded", "no-plans"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Lincolnshire<br>Deepdale Lane<br>Nettleham
LN2 2LT</div>
<p>16 February 2023</p>
<p>Dear Chief Inspector,</p>
<p>Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint</p>
<p>Recommendation 1. The audit of cases concluded in November and its findings went to the Professional Standards
Board in December; the force's response sets out the detail.</p>
<p>Recommendation 2. A working group with two neighbouring forces has been set up to agree when another force should
investigate; its terms of reference are being drafted.</p>
<p>Recommendation 3. Our commissioned services already support all victims, and we have no plans to commission a
separate service.</p>
<p>1 College of Policing, Domestic abuse APP, 2022.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Lincolnshire</p>
"""),
# after heldout9 (scored once untuned at the round's end): a paper's cover block of labelled fields run together
    # ("Paper for: ... Date: ..."), a report "published by" another body, a description joined to its answer by
    # "and", a "being trialled" update
    Doc("d5-ss-london-mayor-board-paper", ["docx"], super_complaint="stop-and-search", authors=["london-mayor"],
        date=["2024-04-03"], responses={"8": ["in_progress"], "9": ["complete"]},
        classes=["cover-block-fields", "report-published-by", "description-and-answer", "being-trialled"],
        body="""
<h1>Mayor's Office for Policing and Crime</h1>
<p>Paper for: Oversight Board<br>Date: 3 April 2024<br>Author: Head of Oversight<br>Status: For noting</p>
<p>Section 60 super-complaint. This paper sets out MOPAC's response to the report on section 60 and community
scrutiny published by HMICFRS in December 2023.</p>
<p>Recommendation 8. A new model for community scrutiny panels is being trialled in four boroughs.</p>
<p>Recommendation 9 asked us to publish the panels' findings and every borough's findings have been online since
February.</p>
"""),
    # minutes: a meeting's dateline with a time and a place, an answer in reported speech; a heading's line that
    # ends mid-sentence in a hard-wrapped text; "Posted by ... on 9th June"
    Doc("d5-ppda-durham-minutes", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-constabulary"], date=["2023-03-14"],
        responses={"2": ["in_progress"], "3": ["in_progress"]}, style=Style(wrap=78),
        classes=["meeting-dateline", "reported-speech", "wrapped-label"],
        body="""
<p>DURHAM CONSTABULARY - PUBLIC PROTECTION BOARD</p>
<p>Tuesday 14 March 2023, 14.00, Aykley Heads</p>
<p>Item 3. Police perpetrated domestic abuse super-complaint. The Detective Chief Superintendent explained that, on
recommendation 2, a memorandum with Cleveland Police for investigating each other's cases is being negotiated.</p>
<p>4. Recommendation 3. The review of support for these victims is around half<br>complete; the remaining services
will be visited in April.</p>
"""),
    Doc("d5-st-devon-blog", ["html"], super_complaint="stalking", authors=["devon-and-cornwall-pcc"],
        date=["2025-06-09"], responses={"15": ["in_progress"]},
        style=Style(site="pcc", site_name="Devon and Cornwall Police and Crime Commissioner",
                    page_title="Blog: stalking services | Devon and Cornwall OPCC"),
        classes=["posted-by-on"],
        body="""
<h1>Why stalking services matter</h1>
<p>Posted by the Deputy Commissioner on 9th June 2025</p>
<p>Recommendation 15 asked commissioners to look at the services they fund for victims of stalking. Our review has
reached the halfway point; the report will be ready in the autumn.</p>
"""),
]
