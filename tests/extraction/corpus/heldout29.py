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

# 7. OPCC news item with byline, stop and search, recommendation 8 (PCCs)
DOCS.append(Doc(
    name="h29-westyorks-mayor-s60-news",
    formats=["html", "markdown"],
    style=Style(site="news", site_name="West Yorkshire Combined Authority", page_title="Deputy Mayor welcomes stop and search scrutiny changes",
                page_dates="<p>By Communications Team, 7 May 2024</p>", related=["Policing and crime", "Community scrutiny panels"]),
    body="""<h1>Deputy Mayor welcomes new community scrutiny of section 60 stop and search</h1>
<p>By Communications Team | 7 May 2024</p>
<p>The Deputy Mayor for Policing and Crime has set out how West Yorkshire is responding to the super-complaint report
on section 60 stop and search and community scrutiny, published in December 2023.</p>
<p>The report's recommendation to police and crime commissioners and mayors, recommendation 8, is about making sure
community scrutiny of stop and search covers section 60 authorisations. "We accept it in full," said the Deputy Mayor.
"Our independent scrutiny panel reviewed its first section 60 authorisations in April, and will now do so every
quarter as a standing item."</p>
<p>The panel's terms of reference were changed in March to include section 60 authorisations. The Deputy Mayor added
that the other recommendations, for chief constables and the College of Policing, are for them to answer.</p>""",
    super_complaint="stop-and-search", authors=["west-yorkshire-mayor"], date=["2024-05-07", "2024-05"],
    responses={"8": {"progress": ["complete", "in_progress"], "position": ["accepted"]}},
    classes=["news-byline", "mayor", "done-now-bau", "report-date-not-doc-date", "others-by-group-not-answered"],
))

# 8. Joint force and PCC stalking action plan tracker, status disagrees with update
DOCS.append(Doc(
    name="h29-essex-stalking-tracker",
    formats=["docx", "pdf"],
    style=Style(docx_letterhead_in_header=True, pdf_ruled=True, pdf_header="Essex Police and Essex PFCC – Stalking super-complaint action plan – v3"),
    body="""<h1>Essex Police and Essex Police, Fire and Crime Commissioner<br>Stalking super-complaint: joint action plan</h1>
<p>Version 3, updated 18 February 2025. Report published 27 September 2024. Recommendations due 27 March 2025.</p>
<table><tr><th>Rec</th><th>Summary</th><th>Lead</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Crime recording system changes</td><td>Head of IT</td><td>Complete</td><td>Change request raised with the
supplier; build scheduled for April 2025.</td></tr>
<tr><td>10</td><td>Review stalking training</td><td>Learning and Development</td><td>Complete</td><td>Training needs
analysis done; new CPD package live since January 2025. Now BAU.</td></tr>
<tr><td>15</td><td>Commissioning review (PFCC)</td><td>PFCC Head of Commissioning</td><td>In progress</td><td>Review of
stalking advocacy contracts under way; findings due March.</td></tr>
<tr><td>16</td><td>Joint review (PFCC and force)</td><td>Chief of Staff / ACC</td><td>Not started</td><td>Awaiting the
College of Policing's updated stalking guidance before scoping.</td></tr>
<tr><td>27</td><td>APCC</td><td>n/a</td><td>n/a</td><td>Not for Essex.</td></tr></table>""",
    super_complaint="stalking", authors=["essex-police", "essex-pfcc"], date=["2025-02-18", "2025-02"],
    responses={"7": ["in_progress"], "10": ["complete"], "15": ["in_progress"],
               "16": ["awaiting_national", "not_started"]},
    absent=["27"],
    classes=["tracker", "status-update-disagree", "bau", "joint-force-pcc", "deadline-date-not-doc-date",
             "waiting-on-national-body", "running-header", "letterhead-in-header"],
))

# 9. College of Policing CMS page, honour-based abuse, the NPCC rec quoted, College actions
DOCS.append(Doc(
    name="h29-college-hba-page",
    formats=["html"],
    style=Style(site="national", site_name="College of Policing", page_title="Honour-based abuse super-complaint: our response",
                page_dates="<p>First published 16 December 2022</p><p>Last reviewed 9 October 2023</p>",
                mega_menu=["Guidance", "Learning", "Research", "Support for forces"], related=["APP: Major investigation and public protection"]),
    body="""<h1>Honour-based abuse super-complaint: our response</h1>
<p>The report on sexual abuse victims at risk of honour-based abuse made three recommendations: two for chief
constables and one for the National Police Chiefs' Council, about ethnicity data. None is addressed to the College,
but the report sets actions for us, which we have completed.</p>
<h2>What we have done</h2>
<p>We updated Authorised Professional Practice on honour-based abuse in June 2023 and published a new learning module for
forces to use when they act on the recommendations about policies and cultural awareness.</p>
<h2>Recommendations for forces</h2>
<p>Forces are responsible for these. We do not collect forces' responses.</p>""",
    super_complaint="honour-based-abuse", authors=["college-of-policing"], date=["2023-10-09", "2023-10", "2022-12-16", "2022-12"],
    absent=["1", "2", "3"],
    classes=["national-page", "college-actions-not-recs", "by-group-not-answered", "two-page-dates", "mega-menu"],
))

# 10. Email from OPCC to HMICFRS, PPDA rec 3, typed with line breaks
DOCS.append(Doc(
    name="h29-gwent-opcc-ppda-email",
    formats=["text"],
    style=Style(wrap=None),
    body="""<p>From: Chief Executive, Office of the Police and Crime Commissioner for Gwent<br>
To: super-complaints mailbox, HMICFRS<br>
Sent: 28 October 2022 10:14<br>
Subject: RE: PPDA super-complaint – request for update</p>
<p>Good morning,</p>
<p>Thank you for your email of 3 October.<br>
On recommendation 3, the Commissioner has reviewed the domestic abuse support services she funds.<br>
Our IDVA provider now offers a separate pathway for victims whose abuser is a police officer or staff member,<br>
with referrals that bypass Gwent Police systems. This went live on 1 October and is complete from our side.</p>
<p>The force will reply separately on recommendations 1 and 2.</p>
<p>Kind regards,<br>Chief Executive, OPCC Gwent</p>""",
    super_complaint="police-perpetrated-domestic-abuse", authors=["gwent-pcc"], date=["2022-10-28", "2022-10"],
    responses={"3": ["complete"]}, absent=["1", "2"],
    classes=["email", "line-breaks", "history-date", "force-recs-deferred-to-force"],
))

# 11. Home Office modern slavery update, recommendation 1 (only)
DOCS.append(Doc(
    name="h29-home-office-ms-update",
    formats=["pdf", "markdown"],
    style=Style(pdf_ruled=False, pdf_footer="Home Office – OFFICIAL", pdf_header="Modern slavery super-complaint: progress update"),
    body="""<h1>Police response to victims of modern slavery: Home Office progress update</h1>
<p>March 2023</p>
<p>The report on the super-complaint by the Sophie Hayes Foundation (May 2021) made one recommendation to the Home Office:
to commission work, in consultation with chief constables, the Independent Anti-Slavery Commissioner and others, on
how victims are identified and supported when they are also suspected of offences.</p>
<p>We accepted the recommendation in our response of August 2021. The commissioned research was published in
November 2022, and the statutory guidance under the Modern Slavery Act 2015 was revised in January 2023 to reflect it.
We consider the recommendation implemented.</p>""",
    super_complaint="modern-slavery", authors=["home-office"], date=["2023-03"],
    responses={"1": {"progress": ["complete"], "position": ["accepted"]}},
    classes=["progress-update-years-later", "month-only-date", "history-date", "report-date-not-doc-date", "unruled-pdf"],
))

# 12. IOPC statement, PPDA: mostly quotes the report, no recommendations answered
DOCS.append(Doc(
    name="h29-iopc-ppda-statement",
    formats=["html"],
    style=Style(site="national", site_name="Independent Office for Police Conduct", page_title="Report on police perpetrated domestic abuse published",
                page_dates="<p>30 June 2022</p>"),
    body="""<h1>Report on police perpetrated domestic abuse super-complaint published</h1>
<p>30 June 2022</p>
<p>The IOPC, HMICFRS and the College of Policing today published their report. The report recommends that chief
constables audit live and recently closed PPDA cases (recommendation 1), and that PCCs, the Ministry of Justice and chief
constables make sure support services meet the needs of victims of PPDA (recommendation 3).</p>
<p>Our Director General said: "Victims must have confidence that allegations against officers will be handled fairly."</p>
<p>We will be updating our statutory guidance and will monitor referrals.</p>""",
    super_complaint="police-perpetrated-domestic-abuse", authors=["iopc"], date=["2022-06-30", "2022-06"],
    absent=["1", "3"],
    classes=["national-statement", "quotes-report", "report-day-is-doc-date", "no-responses"],
))

# 13. Force response letter, protective measures, rec 1 with own numbering
DOCS.append(Doc(
    name="h29-lancs-protective-letter",
    formats=["docx"],
    style=Style(docx_letterhead="header_image", docx_footer="Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston PR4 5SB"),
    body="""<p>Lancashire Constabulary<br>Office of the Chief Constable</p>
<p>Your ref: SC/PM/2021<br>Our ref: CC/0412/21</p>
<p>15 October 2021</p>
<p>HM Chief Inspector of Constabulary</p>
<p>Dear Chief Inspector,</p>
<p>Super-complaint: police use of protective measures in cases involving violence against women and girls</p>
<p>I write with the force's response. Our action plan numbers the actions for chief constables 1 to 6; action 1
corresponds to the report's recommendation 1 on released under investigation cases.</p>
<p>Action 1: we accept this recommendation. A daily review of all suspects released under investigation in domestic
abuse cases, to consider bail with conditions, began in September and is now part of the custody inspector's routine.</p>
<p>The remaining actions depend on the Home Office's review of pre-charge bail legislation, and we will report on them
when that review concludes.</p>
<p>Yours sincerely,<br>Chief Constable</p>""",
    super_complaint="protective-measures", authors=["lancashire-constabulary"], date=["2021-10-15", "2021-10"],
    responses={"1": {"progress": ["complete"], "position": ["accepted"]}},
    classes=["letter", "reference-line", "own-numbering", "letterhead-image", "vague-remaining-awaiting"],
))

# 14. HMICFRS collection page listing responses: no answers of its own
DOCS.append(Doc(
    name="h29-hmicfrs-s60-collection",
    formats=["html"],
    style=Style(site="national", site_name="HMICFRS", page_title="Section 60 super-complaint: responses",
                page_dates="<p>Published 15 December 2023</p><p>Last updated 11 July 2024</p>"),
    body="""<h1>Section 60 stop and search super-complaint: responses to the report</h1>
<p>This page collects the responses we have received to the recommendations in our report of 15 December 2023.
We publish them as we receive them; publication does not mean we have assessed them.</p>
<h2>Police and crime commissioners and mayors (recommendation 8)</h2>
<table><tr><th>Body</th><th>Response</th></tr>
<tr><td>Mayor of West Yorkshire</td><td>Response (PDF, 210KB)</td></tr>
<tr><td>Merseyside PCC</td><td>Response (PDF, 180KB)</td></tr></table>
<h2>Chief constables</h2>
<p>Responses from forces to the recommendations addressed to chief constables are listed by force below.</p>""",
    super_complaint="stop-and-search", authors=["hmicfrs"], date=["2024-07-11", "2024-07", "2023-12-15", "2023-12"],
    absent=["8"],
    classes=["hmicfrs-collection", "list-not-response", "two-page-dates", "named-in-heading-parenthesis"],
))

# 15. PCC safe-to-share six-month update (rec 8), plus 5 and 6 by subject only
DOCS.append(Doc(
    name="h29-northwales-pcc-sts-update",
    formats=["markdown", "docx"],
    style=Style(docx_headings="bold"),
    body="""<h1>North Wales Police and Crime Commissioner: update on Safe to share?</h1>
<p>June 2021</p>
<p>This is the Commissioner's update to HM Chief Inspector of Constabulary, six months after the report, as the report
asks all recipients to provide.</p>
<h2>Confidence to report</h2>
<p>The joint campaign with North Wales Police aimed at migrant communities ran in March and April 2021 in English,
Welsh, Polish and Arabic. An evaluation is planned; further activity will follow.</p>
<h2>Access to specialist support</h2>
<p>The Commissioner's assessment of local specialist support found no dedicated 'by and for' provision for migrant
women in the region. The assessment is finished; a new grant has been awarded to a regional organisation and the
service starts in September.</p>""",
    super_complaint="safe-to-share", authors=["north-wales-pcc"], date=["2021-06"],
    responses={"5": ["in_progress"], "6": ["complete", "in_progress"]},
    optional=["8"],
    classes=["by-subject-only", "month-only-date", "update-itself-is-rec", "part-done", "bold-headings"],
))

# 16. NPCC lead response on honour-based abuse rec 3 (ethnicity data), waiting on Home Office
DOCS.append(Doc(
    name="h29-npcc-hba-rec3",
    formats=["pdf", "text"],
    style=Style(pdf_cover="<h1>National Police Chiefs' Council</h1><p>Response to the honour-based abuse super-complaint</p><p>Date: 21 April 2023</p>",
                upper_h1=True, wrap=80),
    body="""<h1>NPCC response to the honour-based abuse super-complaint</h1>
<p>Date: 21 April 2023</p>
<p>The report made one recommendation to the National Police Chiefs' Council. The NPCC's work on data standards for
protected characteristics is reviewing how ethnicity is recorded. We accept the recommendation and have added the
super-complaint's findings to the terms of reference of that review.</p>
<p>Changes to the national data standard need Home Office agreement for the Annual Data Requirement; we are waiting for
the Home Office to confirm the 2024/25 requirement before the new standard can be issued.</p>
<p>The recommendations for chief constables (1 and 2) are for forces, and the NPCC is not collecting their responses.</p>""",
    super_complaint="honour-based-abuse", authors=["npcc"], date=["2023-04-21", "2023-04"],
    responses={"3": {"progress": ["awaiting_national", "in_progress"], "position": ["accepted"]}},
    absent=["1", "2"],
    classes=["national-body", "named-by-count", "waiting-on-home-office", "cover-page", "upper-title", "hard-wrapped"],
))

# 17. Merseyside PCC response answering several reports at once (HBA and PPDA)
DOCS.append(Doc(
    name="h29-merseyside-pcc-multi",
    formats=["html", "pdf"],
    style=Style(site="pcc", site_name="Merseyside Police and Crime Commissioner", page_title="Super-complaints: Commissioner's scrutiny",
                page_dates="<p>Page created 2 February 2023</p><p>Last reviewed 2 February 2023</p>", panels=True),
    body="""<h1>Super-complaints: the Commissioner's scrutiny of Merseyside Police</h1>
<p>2 February 2023</p>
<h2>Honour-based abuse (report of December 2022)</h2>
<p>The Chief Constable has told me that the force's sexual offences policy is being rewritten to include honour-based
abuse, and that the second of the recommendations to chief constables, on cultural awareness, will be met by an
updated training package. Both are in progress and I will review them at my March accountability meeting.</p>
<h2>Police perpetrated domestic abuse (report of June 2022)</h2>
<p>On the recommendation addressed jointly to PCCs, the MoJ and chief constables on support services, I have reviewed
the services I commission and I am satisfied they meet the needs of victims of police perpetrators; no change was
needed.</p>""",
    super_complaint="honour-based-abuse", authors=["merseyside-pcc"], optional_authors=["merseyside-police"],
    date=["2023-02-02", "2023-02"],
    responses={"1": ["in_progress"], "2": ["in_progress"]},
    optional=["3"],  # the PPDA section answers PPDA recommendation 3, which shares the number
    classes=["several-reports-one-doc", "named-by-place", "named-by-subject", "pcc-scrutiny", "history-dates"],
))

# 18. Police and crime panel minutes, stalking
DOCS.append(Doc(
    name="h29-surrey-panel-minutes-stalking",
    formats=["docx"],
    style=Style(docx_headings="bold", docx_footer="Surrey Police and Crime Panel – minutes – unconfirmed"),
    body="""<h1>Surrey Police and Crime Panel<br>Minutes of the meeting held on 6 February 2025</h1>
<p>Present: Panel members; the Police and Crime Commissioner; the Chief Executive of the OPCC.</p>
<p>34/25 Super-complaint on the police response to stalking</p>
<p>(i) The Commissioner introduced her report. Of the recommendations for commissioners, recommendation 15 had been
met: the review of commissioned stalking services was completed in December and a specialist stalking advocate post had
been added to the victim service.</p>
<p>(ii) A member asked about recommendation 16. The Commissioner said the joint review with the Chief Constable had not
yet started and would begin after the force's own review was finished.</p>
<p>(iii) A member asked whether the force had changed its crime recording system. The Commissioner said this was a
matter for the Chief Constable and she would ask him to write to the panel.</p>
<p>RESOLVED: that the panel notes the report.</p>""",
    super_complaint="stalking", authors=["surrey-pcc"], date=["2025-02-06", "2025-02"],
    responses={"15": ["complete"], "16": ["not_started"]}, absent=["7"],
    classes=["minutes", "panel", "own-paragraph-numbering", "by-subject-not-answered", "not-started-explicit"],
))

# 19. FOI reply from an OPCC, safe-to-share
DOCS.append(Doc(
    name="h29-derbys-opcc-foi-sts",
    formats=["docx", "text"],
    style=Style(docx_letterhead="table"),
    body="""<table><tr><td>Office of the Derbyshire Police and Crime Commissioner</td><td>FOI reference: FOI 2022/041</td></tr></table>
<p>9 May 2022</p>
<h1>Freedom of Information Act 2000: your request</h1>
<p>You asked: "What has the Commissioner done in response to recommendation 6 of the Safe to share? report?"</p>
<p>Response: The Commissioner commissioned an assessment of local access to specialist support for migrant victims,
which reported in November 2021. Its action plan is being delivered: two of its five actions are complete, and a
network of specialist organisations meets quarterly.</p>
<p>Information on recommendations 1 and 4 is held by Derbyshire Constabulary; you may wish to ask the force.</p>
<p>If you are not satisfied you may ask for an internal review within 40 working days.</p>""",
    super_complaint="safe-to-share", authors=["derbyshire-pcc"], date=["2022-05-09", "2022-05"],
    responses={"6": ["in_progress"]}, absent=["1", "4"],
    classes=["foi-reply", "letterhead-table", "part-done", "quoted-request", "history-date"],
))

# 20. South Yorkshire Mayor's decision, PPDA rec 3, accepted with nothing yet
DOCS.append(Doc(
    name="h29-syorks-mayor-ppda",
    formats=["pdf"],
    style=Style(pdf_ruled=False, pdf_header="South Yorkshire Mayoral Combined Authority", pdf_footer="Decision notice – OFFICIAL"),
    body="""<h1>Mayoral decision notice: police perpetrated domestic abuse super-complaint</h1>
<p>Decision date: 12 January 2025</p>
<table><tr><td>Recommendation</td><td>3 (PCCs, Ministry of Justice, chief constables)</td></tr>
<tr><td>Position</td><td>Accepted</td></tr>
<tr><td>Progress</td><td>A review of commissioned services will be scoped in 2025/26.</td></tr></table>
<p>The Mayor, as the policing body for South Yorkshire since May 2024, agrees to take forward the recommendation
inherited from the former Police and Crime Commissioner.</p>""",
    super_complaint="police-perpetrated-domestic-abuse", authors=["south-yorkshire-mayor"], date=["2025-01-12", "2025-01"],
    responses={"3": {"progress": ["not_started"], "position": ["accepted"]}},
    classes=["decision-record", "unruled-pdf", "form-table", "accepted-not-started", "history-date", "mayor"],
))

# 21. APCC stalking: rec 27 addressed to APCC
DOCS.append(Doc(
    name="h29-apcc-stalking-rec27",
    formats=["docx", "html"],
    style=Style(site="national", site_name="APCC", page_title="APCC response: stalking super-complaint",
                page_dates="<p>Published 20 December 2024</p>", docx_footer="APCC, Lower Ground Floor, 1 Horse Guards Avenue"),
    body="""<h1>APCC response to the stalking super-complaint report</h1>
<p>20 December 2024</p>
<p>The report includes one recommendation for the Association of Police and Crime Commissioners (recommendation 27).
The APCC accepts it. Our victims portfolio has written to all commissioners with a good-practice note, and a national
workshop is booked for February 2025.</p>
<p>Individual commissioners will answer recommendations 15 and 16 themselves.</p>""",
    super_complaint="stalking", authors=["apcc"], date=["2024-12-20", "2024-12"],
    responses={"27": {"progress": ["in_progress"], "position": ["accepted"]}}, absent=["15", "16"],
    classes=["national-body", "own-rec-among-many", "others-by-number-not-answered"],
))

# 22. Joint force and PCC web page, stop and search, own numbering 2.1 and parts
DOCS.append(Doc(
    name="h29-msp-s60-update",
    formats=["html"],
    style=Style(site="force", site_name="Merseyside Police", page_title="Section 60 super-complaint: our progress",
                page_dates="<p>Published: 3 September 2024</p><p>Page updated: 30 October 2025</p>",
                mega_menu=["Report", "Advice", "Your area", "About us"], panels=True),
    body="""<h1>Section 60 super-complaint: our progress</h1>
<p>Merseyside Police and the Merseyside Police and Crime Commissioner</p>
<p>Progress at 30 October 2025</p>
<h2>Part 2: Commissioner</h2>
<p>2.1 Community scrutiny of section 60 (report recommendation 8). The Commissioner's Stop and Search Scrutiny Panel has
reviewed every section 60 authorisation since January 2024. This is now business as usual.</p>
<h2>Part 1: Force</h2>
<p>1.1 Authorisations and community engagement. The force published all section 60 authorisations and their
debriefs on its website from June 2024.</p>""",
    super_complaint="stop-and-search", authors=["merseyside-police", "merseyside-pcc"], date=["2025-10-30", "2025-10", "2024-09-03", "2024-09"],
    responses={"8": ["complete"]},
    classes=["joint-force-pcc", "own-numbering-parts", "bau", "unknown-rec-number-force-part", "two-page-dates"],
))

# 23. Home Office letter, protective measures, pre-charge bail review
DOCS.append(Doc(
    name="h29-home-office-protective-letter",
    formats=["pdf", "docx"],
    style=Style(pdf_cover="<p>Home Office<br>2 Marsham Street<br>London SW1P 4DF</p>", docx_letterhead_in_header=True),
    body="""<p>Minister of State for Crime and Policing<br>2 Marsham Street, London SW1P 4DF</p>
<p>HM Chief Inspector of Constabulary</p>
<p>1 November 2021</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report of 24 August on the use of protective measures. The recommendations for the Home Office
concern pre-charge bail, released under investigation and the use of protective orders. As you know, the Police, Crime,
Sentencing and Courts Bill will change pre-charge bail; the Government will consider those recommendations once the
Bill has completed its passage, and we will then write again.</p>
<p>Yours sincerely,<br>Minister of State for Crime and Policing</p>""",
    super_complaint="protective-measures", authors=["home-office"], date=["2021-11-01", "2021-11"],
    classes=["letter", "by-group-without-numbers", "report-date-not-doc-date", "cover-page", "recipient-numbers-unknown"],
))

# 24. PFCC CMS page with accordions, stalking, 15 and 16 answered together
DOCS.append(Doc(
    name="h29-cumbria-pfcc-stalking-page",
    formats=["html"],  # the text renderer does not carry <details>
    style=Style(site="pcc", site_name="Cumbria Police, Fire and Crime Commissioner", page_title="Stalking super-complaint",
                page_dates="<p>Published: 26 March 2025</p><p>Last reviewed: 14 August 2025</p><p>Next review: February 2026</p>",
                mega_menu=["About the Commissioner", "Fire and rescue", "Victims", "Publications"], panels=True,
                related=["Victim services we fund", "Holding the Chief Constable to account"], wrap=76),
    body="""<h1>Stalking super-complaint: the Commissioner's response</h1>
<details><summary>What did the report ask commissioners to do?</summary>
<p>By 27 March 2025, to review the specialist services commissioned for stalking victims, and to work with the Chief
Constable to review the local response to stalking.</p></details>
<details><summary>What have we done?</summary>
<p>Recommendations 15 and 16: both reviews were carried out together with Cumbria Constabulary in early 2025 and
their joint report was agreed at the Public Accountability Conference on 18 March 2025. The actions it identified,
including a new stalking clinic, will be delivered during 2025/26.</p></details>
<details><summary>What about the force's recommendations?</summary>
<p>The Chief Constable publishes the force's response to the recommendations for chief constables.</p></details>""",
    super_complaint="stalking", authors=["cumbria-pfcc"], optional_authors=["cumbria-constabulary"],
    date=["2025-08-14", "2025-08", "2025-03-26", "2025-03"],
    responses={"15": ["complete", "in_progress"], "16": ["complete", "in_progress"]},
    classes=["cms-accordion", "answered-together", "three-page-dates", "deadline-date-not-doc-date", "review-done-actions-pending"],
))
