"""The fourth development set: one document of our own for each change made in round six, after the sixth
held-out set was scored (ADR 0008), in other words than heldout6's, so that each rule is shown to read a class
of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a season dates a document to its year; a season inside a sentence is a plan's time, not its date
    Doc("d4-ppda-norfolk-autumn-text", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["norfolk-constabulary"], date=["2022"],
        responses={"1": ["complete"], "2": ["not_started"]}, style=Style(wrap=74),
        classes=["season-date", "future-plan", "hard-wrapped"],
        body="""
<h1>Norfolk Constabulary</h1>
<p>Police perpetrated domestic abuse: position statement</p>
<p>Autumn 2022</p>
<p>Recommendation 1. Every live case and every case closed in the last three years has been looked at again by the
professional standards department; the review is finished.</p>
<p>Recommendation 2. We shall ask a neighbouring force to take on such investigations in Winter 2023, after the
collaboration agreement between the eastern region's forces has been signed.</p>
"""),
    # an accordion whose titles are buttons outside any heading (aria-controls), on a commissioner's CMS page
    Doc("d4-st-devon-pcc-collapsible", ["html"], super_complaint="stalking", authors=["devon-and-cornwall-pcc"],
        date=["2025-02-03"], responses={"15": ["in_progress"], "25": ["complete"]},
        style=Style(site="pcc", site_name="Devon and Cornwall Police and Crime Commissioner",
                    page_title="Stalking: the Commissioner's response | Devon and Cornwall OPCC",
                    mega_menu=["Victim support", "Stalking advocacy", "Road safety", "Scrutiny", "Publications"],
                    panels=True, page_dates="<p>Published: 3 February 2025</p><p>Next review: February 2026</p>"),
        classes=["accordion-buttons", "cms-page", "several-page-dates"],
        body="""
<h1>Stalking super-complaint: the Commissioner's response</h1>
<div class="collapsible-list">
<div class="collapsible-item"><button class="collapsible-item__toggle" aria-controls="r15" aria-expanded="false">Recommendation 15</button>
<div id="r15"><p>The Commissioner's office is mapping which stalking services are funded in each local authority area;
the mapping is about two thirds done.</p></div></div>
<div class="collapsible-item"><button class="collapsible-item__toggle" aria-controls="r25" aria-expanded="false">Recommendation 25</button>
<div id="r25"><p>A leaflet telling victims what to expect from the police has been published with the force and is
given out at every first contact.</p></div></div>
</div>
"""),
    # a Word letter whose letterhead is only a picture in the page header: its alt text names the body
    Doc("d4-hba-avon-pcc-logo-docx", ["docx"], super_complaint="honour-based-abuse", authors=["avon-and-somerset-pcc"],
        date=["2023-02-27"], responses={"1": ["in_progress"]}, absent=["3"],
        style=Style(docx_letterhead="header_image"),
        classes=["letterhead-only-as-logo-alt-text", "letter"],
        body="""
<div class="letterhead">Logo of the Avon and Somerset Police and Crime Commissioner<br>Valley Road, Portishead</div>
<p>27 February 2023</p>
<p>Dear Inspector,</p>
<p>Honour-based abuse super-complaint</p>
<p>Recommendation 1: I have asked the Chief Constable to bring the revised sexual offences policy, which now covers
the risk of honour-based abuse, to my scrutiny board in April; it is being consulted on with local groups.</p>
<p>Recommendation 3 is for the NPCC.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner</p>
"""),
    # one document answering two reports, each under its own heading: the report answered by number leads
    Doc("d4-two-st-ppda-surrey-police", ["markdown"], super_complaint="stalking", authors=["surrey-police"],
        date=["2025-03-14"], responses={"7": ["complete"], "10": ["in_progress"]}, optional=["1", "2", "3"],
        classes=["two-reports-in-one"],
        body="""
<h1>Surrey Police: responses to super-complaint reports, March 2025</h1>
<p>14 March 2025</p>
<p>This update covers The police response to stalking and, briefly, Police perpetrated domestic abuse.</p>
<h2>The police response to stalking</h2>
<p>Recommendation 7. Stalking can be flagged on any crime record since January.</p>
<p>Recommendation 10. A new stalking course is being delivered to investigators this spring.</p>
<h2>Police perpetrated domestic abuse</h2>
<p>Our work with the Centre for Women's Justice continues, and our annual report on these cases will be published
in the summer.</p>
"""),
    # prose naming a recommendation in a participle clause or a bracket after the sentence's subject
    Doc("d4-s2s-npcc-prose-anchors-news", ["html"], super_complaint="safe-to-share", authors=["npcc"],
        date=["2021-12-08"], responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(site="news", site_name="National Police Chiefs' Council",
                    page_title="Update on migrant victims of crime | NPCC"),
        classes=["participle-anchor", "bracketed-subject", "news-item"],
        body="""
<h1>Update on policing and immigration status</h1>
<p>8 December 2021</p>
<p>All forces have stopped passing the details of victims to Immigration Enforcement where officers only doubt their
status, meeting recommendation 1. Safe reporting pathways (recommendation 4) are being designed with specialist
organisations in every region.</p>
<p>Ends</p>
"""),
    # a share of the work done is work under way
    Doc("d4-ms-kent-share-done-pdf", ["pdf"], super_complaint="modern-slavery", authors=["kent-police"],
        date=["2021-09-30"], responses={"2": ["in_progress"], "3": ["complete"]},
        style=Style(pdf_ruled=False, pdf_header="Kent Police", pdf_footer="OFFICIAL"),
        classes=["share-done", "running-footer"],
        body="""
<h1>Kent Police: response to The hidden victims</h1>
<p>Dated 30 September 2021</p>
<h2>Recommendation 2</h2>
<p>Some 60% of investigators have completed the modern slavery module; the rest are scheduled before Christmas.</p>
<h2>Recommendation 3</h2>
<p>Every victim referred to the National Referral Mechanism now has a named officer, and has had since July.</p>
"""),
    # a part-numbered answer: parts in different states make it in progress; a plan with an active verb
    Doc("d4-ppda-thames-valley-parts-docx", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["thames-valley-police"], date=["2022-11-21"],
        responses={"1": ["complete"], "3": ["in_progress"], "2": ["not_started"]},
        classes=["numbered-parts", "future-plan"],
        body="""
<h1>Thames Valley Police: police perpetrated domestic abuse</h1>
<p>21 November 2022</p>
<h2>Recommendation 1</h2>
<p>All cases reviewed. Complete.</p>
<h2>Recommendation 2</h2>
<p>We will transfer such investigations to a neighbouring force from April, when the memorandum is signed.</p>
<h2>Recommendation 3</h2>
<p>3a The force's own support for officers and staff who are victims has been reviewed. Complete.</p>
<p>3b Joint work with the Commissioner's commissioned services is still being scoped.</p>
"""),
    # (after heldout7 was scored) a quotation that opens with a recommendation as its subject, and a short quoted
    # answer whose closing quotation mark ends it
    Doc("d4-pm-news-quoting-acc", ["html"], super_complaint="protective-measures", authors=["north-yorkshire-police"],
        date=["2022-04-21"], responses={"5": ["complete"], "9": ["in_progress"]},
        style=Style(site="news", site_name="North Yorkshire Police",
                    page_title="Force update on protective measures | North Yorkshire Police"),
        classes=["quotation-anchor", "news-item"],
        body="""
<h1>Force sets out progress on protective measures report</h1>
<p>21 April 2022</p>
<p>The force has published its response to the report A duty to protect.</p>
<p>Its lead for public protection said: "Recommendation 5 has been delivered in full: every domestic abuse
arrest is now reviewed for a protection notice. As for recommendation 9, officers are being trained now."</p>
"""),
    # a named body's act still to come, and oversight of finished work that is no plan
    Doc("d4-st-cleveland-pcc-agent-plan", ["text"], super_complaint="stalking", authors=["cleveland-pcc"],
        date=["2025-01-20"], responses={"15": ["not_started"], "25": ["complete"]}, style=Style(wrap=80),
        classes=["future-plan", "oversight-not-plan"],
        body="""
<h1>Cleveland Police and Crime Commissioner</h1>
<p>Stalking super-complaint: the Commissioner's response</p>
<p>20 January 2025</p>
<p>Recommendation 15. The Commissioner's office will retender the stalking advocacy contract in the summer, when the
current one ends.</p>
<p>Recommendation 25. Information for victims about what to expect was published with the force in December. The
Commissioner will check progress on it at each quarterly meeting.</p>
"""),
    # a CMS page whose "Related links" list (no class to mark it) names another report by its name: furniture
    Doc("d4-ss-surrey-related-links", ["html"], super_complaint="stop-and-search", authors=["surrey-police"],
        date=["2024-06-18"], responses={"2": ["complete"]},
        style=Style(site="force", site_name="Surrey Police", page_title="Section 60 | Surrey Police",
                    related=["A duty to protect: our response to the protective measures super-complaint",
                             "Police perpetrated domestic abuse: what we have done"]),
        classes=["related-links-other-report", "cms-page"],
        body="""
<h1>Section 60 authorisations</h1>
<p>Published 18 June 2024</p>
<p>Recommendation 2: every authorisation, with its area and duration, is now published on this page within a day.</p>
"""),
    # a tracker whose status column is icons: the status is in their text alternatives (alt, aria-label)
    Doc("d4-ms-lincs-icon-status", ["html"], super_complaint="modern-slavery", authors=["lincolnshire-police"],
        date=["2021-10-04"], responses={"2": ["complete"], "3": ["in_progress"], "5": ["not_started"]},
        style=Style(site="force", site_name="Lincolnshire Police",
                    page_title="Modern slavery super-complaint tracker | Lincolnshire Police"),
        classes=["status-as-icon-text", "table"],
        body="""
<h1>The hidden victims: our tracker</h1>
<p>Last updated: 4 October 2021</p>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Status</th></tr>
<tr><td>2</td><td>Modern slavery investigations allocated to the serious crime team.</td>
<td><img src="/icons/tick.svg" alt="Complete"></td></tr>
<tr><td>3</td><td>Named officer for every victim referred to the National Referral Mechanism.</td>
<td><span class="status-icon status-icon--amber" aria-label="In progress"></span></td></tr>
<tr><td>5</td><td>Review of the victim care contract with the Commissioner.</td>
<td><img src="/icons/cross.svg" alt="Not started"></td></tr>
</table>
"""),
    # a Word form dated with a two-digit year, and a reference in the text that looks like a date
    Doc("d4-pm-wiltshire-short-year-pdf", ["pdf"], super_complaint="protective-measures", authors=["wiltshire-police"],
        date=["2021-11-03"], responses={"1": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="Wiltshire Police"),
        classes=["two-digit-year", "form-rows"],
        body="""
<h1>Protective measures super-complaint: update form</h1>
<table>
<tr><td>Date</td><td>03/11/21</td></tr>
<tr><td>Owner</td><td>Head of Public Protection</td></tr>
</table>
<p>Recommendation 1: released under investigation cases over three months old are being reviewed under the process
agreed with the NPCC lead for bail (decision log 14/6/21); about half have been reviewed.</p>
"""),
]
