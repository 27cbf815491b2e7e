"""The twelfth held-out set: written in round nine after the fixes made for heldout11, in voices no earlier set used,
and scored once untuned: the honest figure of that round's code (ADR 0008). Nothing in it was run through the engine
before it was scored.

Invented like the others (no published response was read or copied): a commissioner's page whose statuses are
badges, a force's spreadsheet tracker printed to PDF with other inspections' rows among the super-complaint's, a
commissioner's news item that numbers recommendations in words, a Home Office unit's letter, a joint response set as
two columns (commissioner | chief constable), an email reply from a commissioner's policy officer, a Markdown action
plan whose status is a check box, a commissioner's annual report with one section on the super-complaint, a national
body's correspondence page, a Word table using BRAG ratings (blue for complete), and a formal notice "dated this 4th
day of October".
"""
from build import Doc
from render import Style

DOCS = [
    # the force is optional since its first score: the page gives "their joint position" (the gold had missed it)
    Doc("h12-pm-herts-badges", ["html"], super_complaint="protective-measures", authors=["hertfordshire-pcc"],
        optional_authors=["hertfordshire-constabulary"], date=["2022-03-14"],
        responses={"1": ["complete"], "3": ["in_progress"], "8": ["not_started"]},
        style=Style(site="plain", page_title="Protective measures super-complaint | Hertfordshire OPCC"),
        classes=["status-badges", "drupal-date-field", "copyright-year"],
        body="""
<div id="sliding-popup"><p>We use cookies on this site to enhance your user experience.</p><button>OK, I agree</button>
<button>No, thanks</button></div>
<header role="banner"><a href="/" class="site-logo" title="Home">Hertfordshire Police and Crime Commissioner</a>
<nav><ul><li>Home</li><li>About</li><li>Plan</li><li>Performance</li><li>Get involved</li></ul></nav></header>
<main><div class="region-content">
<h1 class="page-title">A duty to protect: our response</h1>
<div class="field field--name-field-published-date"><div class="field__label">Published on</div>
<div class="field__item">14/03/2022</div></div>
<p>The Commissioner and the Chief Constable have considered the report on police use of protective measures in cases
of violence against women and girls. Their joint position on the recommendations that apply locally is below.</p>
<table class="table">
<thead><tr><th>Recommendation</th><th>Response</th><th>Status</th></tr></thead>
<tbody>
<tr><td>1</td><td>Released under investigation cases are reviewed at 28 days and three months, and the victim is told
of each decision.</td><td><span class="badge bg-success">Completed</span></td></tr>
<tr><td>3</td><td>Bail conditions are being added to the victim's letter; the template is with the Witness Care
Unit.</td><td><span class="badge bg-warning">Ongoing</span></td></tr>
<tr><td>8</td><td>A review of how breaches of non-molestation orders are handled will be commissioned in 2022/23.</td>
<td><span class="badge bg-secondary">Not yet started</span></td></tr>
</tbody></table>
</div></main>
<footer><p>&copy; 2024 Office of the Police and Crime Commissioner for Hertfordshire</p></footer>
"""),

    Doc("h12-st-notts-spreadsheet", ["pdf"], super_complaint="stalking", authors=["nottinghamshire-police"],
        date=["2025-09-02"],
        responses={"7": ["complete"], "10": ["in_progress"], "12": ["not_started"]},
        style=Style(pdf_ruled=True, pdf_header="Nottinghamshire Police - Inspection Recommendations Register"),
        classes=["spreadsheet-export", "other-inspections-rows", "generated-date"],
        body="""
<p>Report generated 02/09/2025 08:14 by Strategic Planning and Performance</p>
<table>
<tr><th>Source</th><th>Report</th><th>Rec No</th><th>Owner</th><th>Due</th><th>Status</th><th>Latest update</th></tr>
<tr><td>PEEL 2023-25</td><td>PEEL inspection</td><td>AFI 4</td><td>Supt Contact</td><td>31/12/2025</td><td>Open</td>
<td>Call handling audit booked for October.</td></tr>
<tr><td>Super-complaint</td><td>Police response to stalking</td><td>7</td><td>Crime Registrar</td><td>27/03/2025</td>
<td>Closed</td><td>Niche flag for stalking with no crime recorded went live 3 March.</td></tr>
<tr><td>Super-complaint</td><td>Police response to stalking</td><td>10</td><td>Head of L&amp;D</td><td>27/03/2025</td>
<td>Open - overdue</td><td>Course designed; 40% of investigators trained by end of August.</td></tr>
<tr><td>Super-complaint</td><td>Police response to stalking</td><td>12</td><td>DCI PPU</td><td>27/03/2025</td>
<td>Open - overdue</td><td>Not started. Awaiting a new analyst post.</td></tr>
<tr><td>Thematic</td><td>Vetting, misconduct and misogyny</td><td>Rec 14</td><td>PSD</td><td>30/06/2025</td>
<td>Closed</td><td>Complete.</td></tr>
</table>
"""),

    Doc("h12-st-derbyshire-news-words", ["html"], super_complaint="stalking", authors=["derbyshire-pcc"],
        date=["2025-04-02"],
        responses={"15": ["complete"], "16": ["in_progress"]},
        style=Style(site="pcc", site_name="Derbyshire Police and Crime Commissioner",
                    page_title="Commissioner funds new stalking advocates | Derbyshire PCC",
                    page_dates="<p>Posted 2 April 2025 in News</p>",
                    related=["Commissioner's annual report 2023/24", "Stop and search scrutiny panel report (2024)"]),
        classes=["numbers-in-words", "news-item"],
        body="""
<h1>Commissioner funds new stalking advocates</h1>
<p>Two new independent stalking advocates will start work in Derbyshire this month, funded by the Police and Crime
Commissioner.</p>
<p>The posts follow the Commissioner's review of stalking services, which was completed in February and answered
recommendation fifteen of last year's national report on the police response to stalking.</p>
<p>"Recommendation sixteen asks me to work with the Chief Constable on protection orders," the Commissioner said. "We
have started that work together and I expect to report on it in the summer."</p>
<p>Victims of stalking can contact the Derbyshire Victim Services on 0800 612 6505.</p>
"""),

    Doc("h12-sas-home-office-unit", ["docx"], super_complaint="stop-and-search", authors=["home-office"],
        date=["2022-01-18"],
        responses={"2": ["in_progress"]},
        style=Style(docx_letterhead="table"),
        classes=["national-body", "unit-signs", "ordinal-date-with-label"],
        body="""
<div class="letterhead">Home Office<br>Police Powers Unit<br>2 Marsham Street, London SW1P 4DF</div>
<p>Date: 18th January 2022</p>
<p>Dear Ms Billingham,</p>
<p>Section 60 and independent community scrutiny of stop and search</p>
<p>Thank you for your letter about the report of HMICFRS and the IOPC on the Criminal Justice Alliance's
super-complaint. I have been asked to reply.</p>
<p>The Government's position on recommendation 2 is that the Best Use of Stop and Search scheme should be revised
rather than withdrawn. Officials are now working with the NPCC on the revised scheme, and a public consultation is
planned for the spring.</p>
<p>Yours sincerely,</p>
<p>Head of Police Powers Unit<br>Home Office</p>
"""),

    Doc("h12-s2s-cumbria-two-columns", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["cumbria-pfcc", "cumbria-constabulary"], date=["2021-07"],
        responses={"1": ["complete"], "5": ["in_progress"], "6": ["not_started"]},
        style=Style(pdf_ruled=True, pdf_footer="Joint response - July 2021"),
        classes=["joint-two-columns", "month-date"],
        body="""
<h1>Safe to share? Joint response of the Police, Fire and Crime Commissioner for Cumbria and Cumbria Constabulary</h1>
<p>July 2021</p>
<table>
<tr><th>Rec</th><th>Commissioner's response</th><th>Chief Constable's response</th></tr>
<tr><td>1</td><td>I have seen the instruction to officers and am assured by it.</td><td>Implemented in March 2021;
officers do not share information about victims with Immigration Enforcement.</td></tr>
<tr><td>5</td><td>I will hold the Chief Constable to account for this at my Public Accountability Conference.</td>
<td>In progress: community engagement with migrant groups in Carlisle and Barrow has begun.</td></tr>
<tr><td>6</td><td>The assessment of specialist support has not yet begun and will form part of the 2022 victims'
needs assessment.</td><td>Not applicable to the force.</td></tr>
</table>
"""),

    Doc("h12-ppda-leics-email", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["leicestershire-pcc"], date=["2022-12-15"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["complete"]},
        style=Style(wrap=78),
        classes=["email-reply", "r-numbers", "policy-officer-signs"],
        body="""
<p>From: OPCC Leicestershire &lt;opcc@leics.pcc.pnn.gov.uk&gt;<br>Sent: 15 December 2022 16:03<br>To: HMICFRS
Super-complaints<br>Subject: RE: PPDA super-complaint - 6 month update</p>
<p>Good afternoon,</p>
<p>Please find below the update from Leicestershire on the police perpetrated domestic abuse super-complaint, agreed
with the force.</p>
<ul>
<li>R1: Review of live and closed cases finished in October; the findings went to the Force Executive Board.</li>
<li>R2: Arrangement with Northamptonshire for investigating each other's cases is drafted, not yet signed.</li>
<li>R3: The Commissioner's domestic abuse services already take referrals where the abuser is an officer. No
change needed.</li>
</ul>
<p>Kind regards,</p>
<p>Policy Officer<br>Office of the Police and Crime Commissioner for Leicestershire</p>
"""),

    Doc("h12-sas-west-mercia-checkboxes", ["markdown"], super_complaint="stop-and-search",
        authors=["west-mercia-police"], date=["2022-02-21"],
        responses={"3": ["complete"], "5": ["in_progress"], "7": ["not_started"]},
        classes=["checkbox-status"],
        body="""
<h1>West Mercia Police - Section 60 super-complaint action plan</h1>
<p>Updated 21 February 2022 by the Stop and Search Lead</p>
<ul>
<li>[x] Rec 3 - publish section 60 data each month (done; on the website since December)</li>
<li>[ ] Rec 5 - body-worn video footage shared with scrutiny panels (two of five panels so far)</li>
<li>[ ] Rec 7 - not begun; needs the new records system in 2023</li>
</ul>
"""),

    Doc("h12-ms-cambs-annual-report", ["pdf"], super_complaint="modern-slavery", authors=["cambridgeshire-pcc"],
        date=["2023-07", "2023"],
        responses={"1": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_cover="<h1>Police and Crime Commissioner for Cambridgeshire and "
                    "Peterborough</h1><h2>Annual Report 2022/23</h2><p>Published July 2023</p>",
                    pdf_footer="Annual Report 2022/23"),
        classes=["annual-report-section", "single-recommendation-report", "cover-date"],
        body="""
<h2>4. Supporting victims</h2>
<p>4.1 In 2022/23 the Commissioner's Victim and Witness Hub supported 9,412 victims, 6 per cent more than in
2021/22.</p>
<h3>Modern slavery</h3>
<p>4.2 The Commissioner has continued to follow the national work prompted by the hidden victims report on Hestia's
super-complaint. The force has contributed survivors' accounts to the Home Office's review, which the report
recommended, and the Commissioner's Modern Slavery Partnership has agreed a new referral pathway that is being
tested in Peterborough.</p>
<h3>Restorative justice</h3>
<p>4.3 The restorative justice service received 212 referrals.</p>
"""),

    Doc("h12-ppda-npcc-correspondence", ["html", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2023-03-10"],
        responses={"1": ["in_progress"], "2": ["in_progress"], "3": ["complete"]},
        style=Style(site="govuk", page_title="NPCC response: police perpetrated domestic abuse - GOV.UK",
                    pdf_ruled=True),
        classes=["govuk-correspondence", "national-body", "counts-of-forces"],
        body="""
<h1>Correspondence: police perpetrated domestic abuse super-complaint - NPCC response</h1>
<p>From: National Police Chiefs' Council<br>Published 10 March 2023</p>
<p>This letter responds on behalf of chief constables to the report of June 2022.</p>
<p>Recommendation 1: 40 of the 43 forces have completed the review of live and recently closed cases. The remaining
three expect to finish by the end of April.</p>
<p>Recommendation 2: every force has a protocol for investigations by another force or an independent unit in
draft; 29 have signed theirs.</p>
<p>Recommendation 3: forces have confirmed with their commissioners that support services can take these cases.
No further work is needed.</p>
"""),

    Doc("h12-hba-south-wales-brag", ["docx"], super_complaint="honour-based-abuse", authors=["south-wales-police"],
        date=["2023-06-30"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(docx_headings="bold"),
        classes=["brag-blue-complete", "status-and-update"],
        body="""
<h1>South Wales Police: honour-based abuse super-complaint</h1>
<p>Position at 30 June 2023. BRAG key: Blue - complete; Green - on track; Amber - at risk; Red - off track.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>BRAG</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>Blue</td><td>RASSO policy updated in May to cover the risk of
honour-based abuse.</td></tr>
<tr><td>2</td><td>Head of Learning</td><td>Green</td><td>Cultural awareness sessions for investigators started in
June; 120 of 400 trained.</td></tr>
<tr><td>3</td><td>NPCC</td><td>-</td><td>For the NPCC.</td></tr>
</table>
"""),

    Doc("h12-s2s-dyfed-powys-notice", ["pdf"], super_complaint="safe-to-share", authors=["dyfed-powys-pcc"],
        date=["2021-10-04"],
        responses={"6": ["in_progress"]},
        absent=["2", "3", "7"],
        style=Style(pdf_ruled=True),
        classes=["formal-dated-this-day", "date-at-end"],
        body="""
<h1>Police and Crime Commissioner for Dyfed-Powys</h1>
<h2>Statement under section 28A of the Police Act 1996</h2>
<p>Report: Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration
status</p>
<p>The Commissioner notes the report and the Chief Constable's response to the recommendations for chief
constables, which is published separately.</p>
<p>Recommendation 6 asks policing bodies to assess access to specialist support for migrant victims. The
Commissioner's office has begun mapping the services available in each of the four counties, with the help of the
regional migrant support network, and will complete the assessment by March.</p>
<p>Dated this 4th day of October 2021</p>
<p>Police and Crime Commissioner for Dyfed-Powys</p>
"""),
]
