"""heldout29: a blind held-out set, leaning to commissioners, their offices, mayors and national bodies.

Written blind by a test writer who did not read the extraction engine, its decisions, sessions, tests or other
sets, and did not run it. Every document is invented (no published response was copied). It covers the seven
reported super-complaints in the five formats: section 29A-style PCC responses, a mayor's decision record, panel
papers, APCC/NPCC/College/IOPC/Home Office items, an HMICFRS collection page, trackers, letters, emails, news.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []

# 1. PCC statutory response, safe-to-share, recommendations 5 and 6 (PCC's own), 1 and 4 mentioned for the force
DOCS.append(Doc(
    name="h29-kent-pcc-s29a-sts",
    formats=["html", "pdf"],
    style=Style(site="pcc", site_name="Kent Police and Crime Commissioner", page_title="Response to Safe to share?",
                page_dates="<p>Published: 12 February 2021</p><p>Last reviewed: 3 March 2023</p>",
                mega_menu=["Your Commissioner", "Transparency", "Grants", "Victims"], panels=True,
                pdf_header="Office of the Kent Police and Crime Commissioner"),
    body="""<h1>Commissioner's response under section 29A of the Police Reform Act 2002</h1>
<p>Report: Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status
(published 17 December 2020)</p>
<p>Date of response: 11 February 2021</p>
<p>The Commissioner has read the report and the Chief Constable's response, which is published separately and covers
recommendations 1 and 4. This note gives the Commissioner's own comments on the two recommendations addressed to
policing bodies.</p>
<h2>Recommendation 5</h2>
<p>I accept this recommendation. My office and the force are jointly producing a confidence campaign with local
migrant support groups; the first leaflets were printed in January and translation into six languages is under way.</p>
<h2>Recommendation 6</h2>
<p>I accept this recommendation. An assessment of access to specialist support will be commissioned in the next
financial year; no work has begun yet.</p>
<p>Matthew Scott, Kent Police and Crime Commissioner</p>""",
    super_complaint="safe-to-share", authors=["kent-pcc"], date=["2021-02-11", "2021-02"],
    responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
               "6": {"progress": ["not_started"], "position": ["accepted"]}},
    absent=["1", "4"],
    classes=["pcc-s29a", "page-dates-two", "report-date-not-doc-date", "accepted-not-started", "force-recs-mentioned"],
))

# 2. Mayor's decision record, stalking, recommendation 15 (commissioning) and 16 (joint review)
DOCS.append(Doc(
    name="h29-mopac-decision-stalking",
    formats=["docx"],
    style=Style(docx_letterhead="table", docx_footer="MOPAC, 169 Union Street, London SE1 0LL"),
    body="""<table><tr><td>MAYOR OF LONDON<br>OFFICE FOR POLICING AND CRIME</td><td>DMPC Decision – PCD 1822</td></tr></table>
<h1>Stalking advocacy: extension of the specialist service</h1>
<p>Date: 4 March 2025</p>
<h2>Executive summary</h2>
<p>1.1 The super-complaint report on the police response to stalking (September 2024) asked policing bodies, by
27 March 2025, to review whether the right specialist services have been commissioned to support stalking victims.
MOPAC completed that review in January 2025. It found a gap in advocacy for victims in outer boroughs. This decision
funds two further advocates, which closes the gap identified.</p>
<p>1.2 The report's recommendation that the Commissioner and the Mayor work together to review the local response
is being taken forward through the London VAWG Board; the joint review began in February and will report in the summer.</p>
<h2>Recommendation</h2>
<p>The Deputy Mayor for Policing and Crime is asked to approve expenditure of £180,000.</p>
<p>Approved: Deputy Mayor for Policing and Crime, 4 March 2025</p>""",
    super_complaint="stalking", authors=["london-mayor"], date=["2025-03-04", "2025-03"],
    responses={"15": ["complete", "in_progress"], "16": ["in_progress"]},
    classes=["decision-record", "named-by-subject", "deadline-date-not-doc-date", "letterhead-table", "own-numbering-paragraphs"],
))

# 3. Police and crime panel paper, honour-based abuse: PCC scrutiny of force response to 1 and 2
DOCS.append(Doc(
    name="h29-westmerc-panel-hba",
    formats=["pdf", "docx"],
    style=Style(pdf_ruled=False, pdf_header="West Mercia Police and Crime Panel – 14 June 2023 – Agenda item 7",
                pdf_footer="Page"),
    body="""<h1>West Mercia Police and Crime Panel<br>14 June 2023</h1>
<h2>Agenda item 7: Report of the Police and Crime Commissioner – super-complaint on honour-based abuse</h2>
<p>1. Purpose. To update the panel on how the Commissioner is holding the Chief Constable to account for the force's
response to the report published on 16 December 2022.</p>
<p>2. The report makes two recommendations to chief constables and one to the NPCC. The Commissioner has
scrutinised the force's response to the first two at his Holding to Account meeting of 23 May 2023.</p>
<p>3. Sexual abuse policy. The force has revised its sexual offences policy to include the risk of honour-based abuse;
the revised policy was published on the intranet in April 2023. The Commissioner is satisfied this is done.</p>
<p>4. Cultural awareness training. The force is developing training with a local 'by and for' organisation. A pilot
ran in May; roll-out to all response officers is planned for the autumn.</p>
<p>5. The third recommendation is for the NPCC and is not for this panel.</p>
<table><tr><th>Recommendation</th><th>Owner</th><th>RAG</th></tr>
<tr><td>1</td><td>ACC Crime</td><td>Green</td></tr><tr><td>2</td><td>Head of Learning</td><td>Amber</td></tr></table>
<p>6. The panel is asked to note this report.</p>
<p>Contact: Chief Executive, Office of the Police and Crime Commissioner</p>""",
    super_complaint="honour-based-abuse", authors=["west-mercia-pcc"], optional_authors=["west-mercia-police"],
    date=["2023-06-14", "2023-06"],
    responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
    classes=["panel-paper", "named-by-place", "named-by-subject", "rag-column", "report-date-not-doc-date",
             "running-header", "unruled-pdf", "meeting-dates-history"],
))

# 4. APCC national statement, protective measures, text hard-wrapped
DOCS.append(Doc(
    name="h29-apcc-protective",
    formats=["text", "html"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners", wrap=72,
                page_title="APCC statement on the protective measures super-complaint",
                page_dates="<p>Posted 24 August 2021</p><p>Updated 2 September 2021</p>"),
    body="""<h1>APCC statement: super-complaint on police use of protective measures</h1>
<p>24 August 2021</p>
<p>Responding to today's report by HMICFRS, the College of Policing and the IOPC on the Centre for Women's Justice
super-complaint, the APCC joint leads for victims said: "The findings make difficult reading. Commissioners will want
to use their scrutiny role to ask their chief constables how they will act on the recommendations, including
recommendation 1 on managing suspects released under investigation."</p>
<p>The APCC will work with the NPCC lead for bail management and the Home Office on the national recommendations and
will update members when there is more to share.</p>
<p>Notes to editors: the APCC is the national body that supports police and crime commissioners.</p>""",
    super_complaint="protective-measures", authors=["apcc"], date=["2021-08-24", "2021-08"],
    absent=["1"],
    classes=["national-statement", "press-release", "quoted-not-answered", "two-page-dates", "hard-wrapped"],
))

# 5. NPCC lead letter to chief constables, PPDA rec 1 and 2 guidance
DOCS.append(Doc(
    name="h29-npcc-ppda-letter",
    formats=["pdf"],
    style=Style(pdf_cover="<h1>NPCC</h1><p>National Police Chiefs' Council</p><p>OFFICIAL</p>",
                pdf_footer="OFFICIAL – NPCC Violence Against Women and Girls Programme"),
    body="""<p>From: NPCC Lead for Violence Against Women and Girls<br>To: All Chief Constables<br>
Our ref: NPCC/VAWG/0923<br>19 September 2022</p>
<h1>Police perpetrated domestic abuse super-complaint – national support</h1>
<p>Dear Chief Constable,</p>
<p>Following the report of 30 June 2022 on the Centre for Women's Justice super-complaint, I write to set out the
national offer. Recommendation 1 asks each of you to audit PPDA cases live or closed in the twelve months to 30 June
2022. A national audit template has been issued with this letter; the audits themselves are for forces, and I expect
returns by 31 December 2022.</p>
<p>On recommendation 2, the national guidance on handling police perpetrator cases is being drafted with the College of
Policing and will be issued in the new year.</p>
<p>Yours sincerely,<br>Chief Constable, NPCC VAWG lead</p>""",
    super_complaint="police-perpetrated-domestic-abuse", authors=["npcc"], date=["2022-09-19", "2022-09"],
    responses={"2": ["in_progress"]}, optional=["1"],
    classes=["national-letter", "cover-page", "reference-line", "deadline-date-not-doc-date", "report-date-not-doc-date",
             "recipient-not-author"],
))

# 6. Home Office written statement: safe-to-share recs 2, 3, 7
DOCS.append(Doc(
    name="h29-home-office-sts",
    formats=["html"],
    style=Style(site="govuk", site_name="GOV.UK", page_title="Home Office response to the policing and immigration status super-complaint",
                page_dates="<p>Published 15 December 2021</p><p>Last updated 20 January 2022 — Welsh translation added</p>"),
    body="""<h1>Home Office response to the super-complaint on policing and immigration status</h1>
<p>Home Office</p>
<p>This document sets out the Home Office response to the recommendations addressed to it in the joint report of
17 December 2020.</p>
<h2>The review of data sharing (recommendation 2)</h2>
<p>We have completed the review of the legal framework and policy, which is published alongside this response. We do
not accept that a complete firewall between the police and Immigration Enforcement is appropriate, and we will instead
introduce an immigration enforcement migrant victims protocol.</p>
<h2>Safeguarding protocol (recommendation 3)</h2>
<p>Working with the NPCC, we are developing the protocol; it will be piloted in 2022.</p>
<h2>Recommendation 7</h2>
<p>We accept this recommendation in principle. Work will begin once the protocol is in place.</p>""",
    super_complaint="safe-to-share", authors=["home-office"], date=["2021-12-15", "2021-12", "2022-01-20", "2022-01"],
    responses={"2": {"progress": ["complete"], "position": ["partially_accepted", "not_accepted"]},
               "3": ["in_progress"],
               "7": {"progress": ["not_started"], "position": ["accepted", "partially_accepted"]}},
    optional_authors=["npcc"],
    classes=["home-office", "govuk-page", "two-page-dates", "refusal-with-work-done", "accepted-in-principle",
             "named-in-heading-parenthesis"],
))
