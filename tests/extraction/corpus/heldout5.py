"""The fifth held-out set: written after the engine was changed in the light of the fourth held-out set (whose
documents then became development documents), and scored once, untuned, at the end of that round: the honest
figure for the round (ADR 0008).

Invented like the others, in other voices and layouts, across the seven published reports and every format.
Nothing in it was run through the engine before it was scored.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h5-s2s-merseyside-pcc-news", ["html"], super_complaint="safe-to-share", authors=["merseyside-pcc"],
        date=["2021-10-27"], responses={"5": ["awaiting_national"], "6": ["complete"]},
        style=Style(site="news", site_name="Merseyside Police and Crime Commissioner",
                    page_title="Support for migrant victims | Merseyside PCC"),
        classes=["news-item", "implied-status", "other-dates-in-body"],
        body="""
<h1>Commissioner confirms support for migrant victims of crime</h1>
<p>27 October 2021</p>
<p>Merseyside's Police and Crime Commissioner has set out her response to the inspectorate's December 2020 report on
victims with insecure immigration status.</p>
<p>On recommendation 6, the Commissioner's review of specialist support, carried out between March and June,
found two gaps, and both have since been filled through the Victims' Fund.</p>
<p>On recommendation 5, the joint campaign with Merseyside Police is being held back until the Home Office
publishes the safeguarding protocol, so that the messages match it.</p>
"""),
    Doc("h5-s2s-cambs-rag-docx", ["docx"], super_complaint="safe-to-share", authors=["cambridgeshire-constabulary"],
        date=["2021-07-05"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        optional=["8"], classes=["table", "rag-column"],
        body="""
<h1>Cambridgeshire Constabulary</h1>
<p>Safe to share? Recommendations for chief constables &#8211; position at 5 July 2021</p>
<table>
<tr><th>Recommendation</th><th>Update</th><th>RAG</th></tr>
<tr><td>1</td><td>Public protection policy amended; no referrals to Immigration Enforcement since January.</td>
<td>Green</td></tr>
<tr><td>4</td><td>Meeting the county's refugee forum monthly to design a reporting route.</td><td>Amber</td></tr>
<tr><td>5</td><td>Campaign material drafted with the Commissioner's office.</td><td>Amber</td></tr>
</table>
"""),
    Doc("h5-pm-npcc-bail-pdf", ["pdf"], super_complaint="protective-measures", authors=["npcc"],
        date=["2022-02-14"], responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_ruled=False), classes=["national-author-in-signature", "letter"],
        body="""
<p>14 February 2022</p>
<p>Dear HM Inspector,</p>
<p>Police use of protective measures: recommendation 1</p>
<p>I accept recommendation 1 on behalf of chiefs. A national framework for reviewing released under investigation
cases is with forces for consultation, and the final version will go to Chiefs' Council in April.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable<br>National Police Chiefs' Council Lead for Bail and Released Under Investigation</p>
"""),
    Doc("h5-ms-north-wales-md", ["markdown"], super_complaint="modern-slavery", authors=["north-wales-police"],
        date=["2021-11-08"], responses={"2": ["not_started"], "3": ["complete"], "5": ["complete"]},
        classes=["several-at-once", "future-plan"],
        body="""
<h1>North Wales Police: the hidden victims</h1>
<p>8 November 2021</p>
<p>Recommendations 3 and 5 have both been implemented: every modern slavery investigation is now overseen by a
detective inspector, and each victim referred to the National Referral Mechanism is told who their officer is.</p>
<p>Recommendation 2, on refresher training, will be delivered from April, when the new course has been written.</p>
"""),
    Doc("h5-ppda-staffs-commissioner-text", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["staffordshire-pfcc"], date=["2022-10"], responses={"3": ["in_progress"]}, absent=["4"],
        style=Style(wrap=78), classes=["month-date", "letter"],
        body="""
<div class="letterhead">Staffordshire Commissioner<br>Police, Fire and Rescue and Crime</div>
<p>October 2022</p>
<p>Dear Sir or Madam,</p>
<p>Police perpetrated domestic abuse super-complaint</p>
<p>Recommendation 3 asks commissioners to make sure support services can help victims whose abuser works for the
police. My office is extending its independent advocacy contract so that such victims are seen outside policing;
the change takes effect in the new year.</p>
<p>Recommendation 4 is for the Home Office.</p>
<p>Yours faithfully,</p>
<p>Staffordshire Commissioner</p>
"""),
    Doc("h5-hba-notts-web", ["html"], super_complaint="honour-based-abuse", authors=["nottinghamshire-police"],
        date=["2023-07-03"], responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
        style=Style(site="force", site_name="Nottinghamshire Police",
                    page_title="Honour-based abuse super-complaint | Nottinghamshire Police"),
        classes=["last-updated", "other-dates-in-body"],
        body="""
<h1>Our response to the honour-based abuse super-complaint</h1>
<p>The report, published on 16 December 2022, made two recommendations to chief constables.</p>
<h2>Recommendation 1</h2>
<p>Our sexual offences policy now covers the risk of honour-based abuse. It was approved in May.</p>
<h2>Recommendation 2</h2>
<p>Cultural awareness sessions for investigators are running through the summer, led by local charities.</p>
<p>Recommendation 3 is for the NPCC.</p>
<p>Last updated: 3 July 2023</p>
"""),
    Doc("h5-ss-west-yorks-mayor-pdf", ["pdf"], super_complaint="stop-and-search", authors=["west-yorkshire-mayor"],
        date=["2024-03-14"], responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_ruled=False), classes=["policing-body-mayor", "implied-position"],
        body="""
<h1>Mayor of West Yorkshire</h1>
<p>Section 60 stop and search: response to recommendation 8</p>
<p>14 March 2024</p>
<p>The Mayor welcomes the recommendation and will act on it. The Deputy Mayor for Policing and Crime is setting up
an independent panel to scrutinise every section 60 authorisation in West Yorkshire; members are being
recruited now.</p>
"""),
    Doc("h5-st-college-docx", ["docx"], super_complaint="stalking", authors=["college-of-policing"],
        date=["2025-02-25"], responses={"20": ["in_progress"], "22": ["complete"]},
        style=Style(docx_letterhead_in_header=True), classes=["national-author-in-letterhead", "letter"],
        body="""
<div class="letterhead">College of Policing<br>Leamington Road, Ryton-on-Dunsmore, Coventry CV8 3EN</div>
<p>25 February 2025</p>
<p>Dear Chief Inspector,</p>
<p>The police response to stalking</p>
<p>Recommendation 20: the revised authorised professional practice is being written with the National Stalking
Consortium and will be published in the summer.</p>
<p>Recommendation 22: the stalking screening questions have been added to the investigator's guide.</p>
<p>Yours sincerely,</p>
<p>Director of Operational Standards</p>
"""),
    Doc("h5-st-northumbria-joint-md", ["markdown", "pdf"], super_complaint="stalking",
        authors=["northumbria-police", "northumbria-pcc"], date=["2025-04-28"],
        responses={"7": ["complete"], "10": ["in_progress"], "15": ["awaiting_national", "not_started"]},
        style=Style(pdf_ruled=False), classes=["joint-letter", "section-per-author"],
        body="""
<h1>Northumbria Police and Northumbria Police and Crime Commissioner: joint stalking response</h1>
<p>28 April 2025</p>
<h2>Response from the Chief Constable</h2>
<p>Recommendation 7. Stalking can now be recorded alongside any other offence on our system; the change went live
in March.</p>
<p>Recommendation 10. The stalking training review is under way and will finish in June.</p>
<h2>Response from the Commissioner</h2>
<p>Recommendation 15. I will review the stalking services I fund once the national stalking intervention framework
is published, so that the review can take account of it.</p>
"""),
    Doc("h5-pm-home-office-govuk", ["html"], super_complaint="protective-measures", authors=["home-office"],
        date=["2022-01-20"],
        responses={"13": {"progress": ["in_progress"], "position": ["accepted"]},
                   "14": {"progress": ["not_started", "not_stated", "awaiting_national"],
                          "position": ["partially_accepted"]}},
        style=Style(site="govuk", page_title="Protective measures super-complaint: government response - GOV.UK"),
        classes=["national-author-in-header", "partial-position"],
        body="""
<h1>Protective measures super-complaint: government response</h1>
<p>From: Home Office</p>
<p>Published 20 January 2022</p>
<h2>Recommendation 13</h2>
<p>We accept this recommendation. The statutory guidance on domestic violence protection orders is being revised,
and a draft will be published for consultation this spring.</p>
<h2>Recommendation 14</h2>
<p>We agree that breaches must be followed up, but we do not think a new offence is needed; we will look again
once the new protection orders have been piloted.</p>
"""),
    Doc("h5-ppda-met-ruled-pdf", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["metropolitan-police-service"], date=["2023-03-31"],
        responses={"1": ["complete"], "2": ["in_progress"]}, absent=["4"],
        style=Style(pdf_ruled=True, pdf_header="Metropolitan Police Service"), classes=["ruled-table", "update-columns"],
        body="""
<h1>Police perpetrated domestic abuse: Metropolitan Police Service progress</h1>
<p>As at 31 March 2023</p>
<table>
<tr><th>Recommendation</th><th>Update December 2022</th><th>Update March 2023</th></tr>
<tr><td>1</td><td>Case review 60% complete.</td><td>All live and closed cases reviewed; findings reported to the
Commissioner.</td></tr>
<tr><td>2</td><td>Options being considered.</td><td>Cases now allocated to a different command; a protocol with
the City of London Police is being drafted.</td></tr>
</table>
<p>Recommendation 4 is for the Home Office.</p>
"""),
]
