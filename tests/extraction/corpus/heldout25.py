"""heldout25: a blind held-out set of invented responses to police super-complaints, written mostly from the
side of national bodies and commissioners (NPCC, APCC, Home Office, College of Policing, HMICFRS, MOPAC,
PCCs, PFCCs and mayors).

Written blind: the writer read only the product brief, the shared corpus README and samples, the reference
catalogue and organisations list, build.py and render.py. Every document, person and sentence is invented;
organisation names are real ones from the reference list. Recommendation numbers that the catalogue lists
without text (recipients unknown) are used as the invented documents say, not as a claim about the real
reports.

Per super-complaint (24 documents, 33 files: text 6, markdown 6, html 7, docx 7, pdf 7):
- safe-to-share (5): NPCC 56-day letter to HMICFRS (docx, pdf); Home Office response on the data-sharing
  review (markdown); MOPAC update "as at" with a later published date (text, markdown); Northamptonshire
  PFCC panel paper (pdf); HMICFRS follow-up page that answers nothing (html).
- protective-measures (3): NPCC response table with a status column contradicted by its update, ranges and
  a refusal (html, docx); Home Office letter with a refusal and a wait on the MoJ (pdf, text); Dorset OPCC
  board paper scrutinising the force (markdown).
- modern-slavery (3): Home Office letter on recommendation 1 with bulleted parts (docx); West Midlands PCC
  page answering the PCC recommendation by subject only (html); College of Policing update on its Action 1,
  not recommendation 1 (text).
- police-perpetrated-domestic-abuse (4): APCC collation of 3a (pdf); Gwent PCC on 3a, planned with a date
  (docx, text); Home Office letter declining recommendation four (html); second NPCC overview (markdown).
- honour-based-abuse (2): updated NPCC response with a contradicted status column (pdf, html); Cleveland PCC
  56-day comments reporting the force's progress (docx).
- stop-and-search (3): APCC response on recommendation 8 (html, text); West Yorkshire Deputy Mayor's panel
  report naming recommendation 8 by subject only (pdf); Home Office response, month-only date (docx).
- stalking (4): APCC response for all PCCs (markdown, pdf); NPCC progress report with parts and ranges
  (html, docx); Kent PCC panel update (text); Home Office ministerial letter (markdown).
"""
from build import Doc
from render import Style

A, P, N = "accepted", "partially_accepted", "not_accepted"
NS = "not_stated"


def r(progress, position=(NS,)):
    return {"progress": list(progress), "position": list(position)}


DOCS: list[Doc] = []

# ---------------------------------------------------------------------------------------------- safe-to-share
DOCS.append(Doc(
    name="s2s-npcc-56day-letter",
    formats=["docx", "pdf"],
    super_complaint="safe-to-share",
    authors=["npcc"], date=["2021-02-10"],
    responses={"1": r(["complete"], [A]), "3": r(["awaiting_national"], [A, P]),
               "4": r(["in_progress"], [A]), "5": r(["in_progress"], [A])},
    optional=["8"], absent=["2", "6", "7"],
    classes=["national-body", "letter-to-inspectorate", "roll-up-position", "in-principle", "awaiting-national",
             "distracting-dates"],
    style=Style(docx_letterhead_in_header=True, pdf_header="National Police Chiefs' Council - OFFICIAL",
                pdf_ruled=False),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>Our ref: NPCC/MV/2021/014<br>10 February 2021</p>
<p>Catherine Dowd<br>HM Inspectorate of Constabulary and Fire &amp; Rescue Services<br>Super-complaints team</p>
<p>Dear Inspector,</p>
<h2>Safe to share? Response of the National Police Chiefs' Council</h2>
<p>I write as the NPCC lead for migrant victims of crime, on behalf of chief constables, in response to the report
published on 17 December 2020 on the super-complaint made by Liberty and Southall Black Sisters. This letter sets
out the position of the service within the 56 days the report asks for.</p>
<p>Chief constables have, through Chiefs' Council on 27 January 2021, accepted recommendations 1, 4 and 5, which
are addressed to them. The NPCC accepts recommendation 3 in principle, jointly with the Home Office.
Recommendations 2 and 7 are for the Home Office, which will reply separately, and recommendation 6 is for police
and crime commissioners; the APCC will respond for them.</p>
<h3>Recommendation 1 (interim cessation of data sharing)</h3>
<p>An interim operational instruction was issued to all forces on 22 December 2020. Every force in England and
Wales has since confirmed in writing that officers no longer share information about domestic abuse victims with
Immigration Enforcement where they only have doubts about status, and that such victims are referred to a third
party. We regard this recommendation as implemented across the service.</p>
<h3>Recommendation 3 (safeguarding protocol)</h3>
<p>We agree with the intent of a protocol, but it cannot be drafted until the Home Office has completed the review
of the legal framework under recommendation 2. Work on the protocol is therefore paused until the outcome of that
review is known.</p>
<h3>Recommendation 4 (safe reporting pathways)</h3>
<p>Forces are mapping the specialist organisations in their areas. A national template policy covering the points
listed in the recommendation is being drafted with the College of Policing and will be circulated to forces by the
end of April 2021.</p>
<h3>Recommendation 5 (confidence in reporting)</h3>
<p>A communications toolkit for forces and commissioners is in development with the specialist sector and will be
piloted in four force areas this spring.</p>
<p>We will provide the update asked for in recommendation 8 by 17 June 2021.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable Helen Marwick<br>NPCC Lead for Migrant Victims of Crime<br>National Police Chiefs' Council</p>
"""))

DOCS.append(Doc(
    name="s2s-home-office-review",
    formats=["markdown"],
    super_complaint="safe-to-share",
    authors=["home-office"], date=["2021-12-15"],
    responses={"2": r(["complete"], [P]), "3": r(["in_progress"], [A]), "7": r(["complete"], [A])},
    optional=["8"], absent=["1", "4", "5", "6"],
    classes=["national-body", "partial-acceptance", "overview-list-not-response", "published-date"],
    body="""
<h1>Home Office response to the Safe to share? super-complaint report</h1>
<p>Published 15 December 2021</p>
<p>From: Home Office, Crime, Policing and Fire Group</p>
<h2>Summary of the recommendations</h2>
<p>The report made eight recommendations. Recommendations 1 and 4 were made to chief constables, recommendation 5 to
chief constables and police and crime commissioners, and recommendation 6 to police and crime commissioners. Those
are for policing to answer. Recommendations 2 and 7 were made to the Home Office, and recommendation 3 to the Home
Office and the National Police Chiefs' Council. This document answers those three and is also our update under
recommendation 8.</p>
<h2>Recommendation 2: review of the legal framework and policy</h2>
<p>We accept the recommendation to review the framework, and the review is now complete; its findings are published
alongside this response. We do not, however, accept the case for a complete firewall between policing and
Immigration Enforcement. The review concludes that safeguards in data protection law, together with the new
protocol, are the better way to give migrant victims confidence.</p>
<h2>Recommendation 3: safeguarding protocol</h2>
<p>Accepted. The Home Office and the NPCC are drafting the Immigration Enforcement Migrant Victims Protocol. Officials
held workshops with specialist organisations in October and November 2021, and we expect to publish the protocol in
spring 2022.</p>
<h2>Recommendation 7</h2>
<p>Accepted. Guidance for Immigration Enforcement staff on dealing with referrals of victims of crime was revised in
September 2021 and has been issued to all staff. We consider this recommendation delivered.</p>
<p>Crown copyright 2021</p>
"""))

DOCS.append(Doc(
    name="s2s-mopac-update",
    formats=["text", "markdown"],
    super_complaint="safe-to-share",
    authors=["london-mayor"], date=["2022-04-14", "2022-03-31"],
    responses={"5": r(["in_progress"], [A]), "6": r(["complete"], [A])},
    optional=["8"], absent=["1", "4"],
    optional_authors=[],
    classes=["mayor", "as-at-vs-published", "roll-up-position", "distracting-organisations"],
    style=Style(wrap=88, upper_h1=True),
    body="""
<h1>Mayor's Office for Policing and Crime: Safe to share? progress update</h1>
<p>Position as at 31 March 2022. Published 14 April 2022.</p>
<p>This update is issued by the Mayor's Office for Policing and Crime (MOPAC) on behalf of the Mayor of London as
the police and crime commissioner for London. MOPAC accepted both of the recommendations addressed to it when the
report was published. The Metropolitan Police Service has published its own response to recommendations 1 and 4,
which are for the Commissioner of Police of the Metropolis; MOPAC oversees that work through its Oversight Board
but does not report on it here.</p>
<h2>Recommendation 5: confidence in reporting</h2>
<p>Progress: under way. MOPAC and the Metropolitan Police Service ran the first phase of a campaign with London's
migrant and refugee organisations between November 2021 and February 2022. A second phase, aimed at communities in
outer London boroughs, is planned for the second quarter of 2022-23.</p>
<h2>Recommendation 6: specialist victim support</h2>
<p>Progress: complete. MOPAC's assessment of access to specialist support for victims with insecure immigration
status was finished in November 2021. As a result we have funded two 'by and for' advocacy services from January
2022, and the London Victim and Witness Service now has a referral route to them.</p>
<p>This note also serves as MOPAC's contribution to the update required by recommendation 8.</p>
<p>Deputy Mayor for Policing and Crime: Ruth Okonjo (signed)</p>
"""))

DOCS.append(Doc(
    name="s2s-northants-pfcc-panel",
    formats=["pdf"],
    super_complaint="safe-to-share",
    authors=["northamptonshire-pfcc"], optional_authors=["northamptonshire-police"],
    date=["2021-08-26", "2021-09-09"],
    responses={"5": r(["in_progress"]), "6": r(["not_started"]), "8": r(["complete"])},
    absent=["1", "4"],
    classes=["commissioner", "panel-paper", "planned-quarter", "position-not-stated", "meeting-vs-report-date"],
    style=Style(pdf_header="Northamptonshire Police, Fire and Crime Panel", pdf_footer="Agenda item 7"),
    body="""
<h1>Northamptonshire Police, Fire and Crime Panel</h1>
<p>Meeting: 9 September 2021<br>Agenda item 7<br>Report of the Northamptonshire Police, Fire and Crime Commissioner<br>
Date of report: 26 August 2021<br>Author: Dan Whitcombe, Head of Policy, Office of the Police, Fire and Crime
Commissioner</p>
<h2>Police super-complaint: Safe to share?</h2>
<p>1. Purpose. This report informs the Panel of progress on the recommendations of the Safe to share? report that are
addressed to the Commissioner. Recommendations 1 and 4, for the Chief Constable, are reported to the Commissioner's
Accountability Board and are not covered here.</p>
<table>
<tr><th>Recommendation</th><th>Progress</th></tr>
<tr><td>5. Promote migrant victims' confidence in reporting (with the Chief Constable)</td><td>The Commissioner and
Northamptonshire Police have agreed a joint engagement plan with local migrant support groups; two community events
have been held and a translated leaflet is being printed.</td></tr>
<tr><td>6. Assess local access to specialist victim support</td><td>Not yet begun. The assessment will form part of
the victims' needs assessment, which will be commissioned in Q4 2021/22.</td></tr>
<tr><td>8. Six-month update to HMICFRS</td><td>The Commissioner's update was sent to HM Inspectorate on 16 June
2021.</td></tr>
</table>
<p>2. Recommendation. The Panel is asked to note the report.</p>
"""))

DOCS.append(Doc(
    name="s2s-hmicfrs-followup-page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["hmicfrs"], date=["2021-11-24"],
    responses={}, absent=["1", "4", "5"], optional=["8"],
    classes=["inspectorate-page", "no-responses", "table-of-links", "distracting-organisations"],
    style=Style(site="national", site_name="HMICFRS", page_title="Safe to share? Follow-up | HMICFRS",
                furniture_words=["Home", "Our work", "Publications", "Police forces", "About us"],
                page_dates="<p>Last updated: 24 November 2021</p>"),
    body="""
<h1>Safe to share? Follow-up on the super-complaint recommendations</h1>
<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the Independent Office
for Police Conduct published their report on 17 December 2020.</p>
<p>Today we have written to all chief constables asking them for an update, by 14 January 2022, on the progress they
have made on recommendations 1, 4 and 5. We will publish the replies we receive.</p>
<h2>Responses received so far</h2>
<table>
<tr><th>Organisation</th><th>Document</th><th>Received</th></tr>
<tr><td>National Police Chiefs' Council</td><td>Letter (PDF)</td><td>February 2021</td></tr>
<tr><td>Home Office</td><td>Response (HTML)</td><td>June 2021</td></tr>
<tr><td>Avon and Somerset Police and Crime Commissioner</td><td>Update (PDF)</td><td>June 2021</td></tr>
<tr><td>Sussex Police</td><td>Update (Word)</td><td>June 2021</td></tr>
</table>
<p>Recommendation 8 asked every recipient to update HM Chief Inspector within six months. Updates not yet received
are being followed up.</p>
"""))

# ---------------------------------------------------------------------------------------- protective-measures
DOCS.append(Doc(
    name="pm-npcc-response",
    formats=["html", "docx"],
    super_complaint="protective-measures",
    authors=["npcc"], date=["2022-03-25", "2022-06-07"],
    responses={"1": r(["in_progress"], [A]), "2": r(["complete"], [A]), "3": r(["awaiting_national"], [P]),
               "4": r(["in_progress"], [A]), "5": r(["complete"], [A]), "6": r(["complete"], [A]),
               "7": r(["in_progress"], [A]), "8": r(["not_started", "not_stated"], [N]),
               "9": r(["complete"], [A]), "10": r(["complete"], [A])},
    absent=["11", "12", "13", "14", "15"],
    classes=["national-body", "speaks-for-all-forces", "table", "status-column-contradicted", "range", "refused",
             "partial-acceptance", "published-vs-dated"],
    style=Style(site="govuk", page_title="NPCC response to recommendations - GOV.UK", docx_headings="bold"),
    body="""
<h1>National Police Chiefs' Council (NPCC) response to recommendations: A duty to protect</h1>
<p>Published 7 June 2022</p>
<p>Response dated 25 March 2022, submitted by the NPCC Lead for Violence against Women and Girls on behalf of chief
constables in England and Wales.</p>
<p>The report made 15 recommendations. Ten required a response from chief constables and the NPCC; recommendations 11
to 15 are for the Home Office and the Ministry of Justice and are not answered here.</p>
<table>
<tr><th>Rec</th><th>Position</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Accepted</td><td>In progress</td><td>Processes for managing released under investigation are in place
in all forces; national bail data returns begin in April 2022.</td></tr>
<tr><td>2</td><td>Accepted</td><td>Complete</td><td>Briefing on the full range of protective measures issued to all
forces in January 2022.</td></tr>
<tr><td>3</td><td>Accepted in part</td><td>On hold</td><td>Forces cannot change bail conditions practice until the Home
Office concludes its review of pre-charge bail legislation.</td></tr>
<tr><td>4</td><td>Accepted</td><td>In progress</td><td>Forces are reviewing the use of DVPNs and DVPOs against the
College of Policing's guidance.</td></tr>
<tr><td>5 and 6</td><td>Accepted</td><td>Complete</td><td>Guidance issued to forces in February 2022.</td></tr>
<tr><td>7</td><td>Accepted</td><td>Complete</td><td>A training package on non-molestation orders is being piloted in
three forces; national roll-out is expected in autumn 2022.</td></tr>
<tr><td>8</td><td>Not accepted</td><td>-</td><td>Chief constables consider this would duplicate existing inspection
and performance arrangements and will not take it forward.</td></tr>
<tr><td>9-10</td><td>Accepted</td><td>Complete</td><td>Included in the NPCC VAWG framework published in December
2021.</td></tr>
</table>
<p>Assistant Chief Constable Gareth Lowry, National Police Chiefs' Council</p>
"""))

DOCS.append(Doc(
    name="pm-home-office-letter",
    formats=["pdf", "text"],
    super_complaint="protective-measures",
    authors=["home-office"], date=["2022-03-30"],
    responses={"11": r(["not_stated", "not_started"], [N]), "12": r(["awaiting_national"], [A]),
               "13": r(["complete"], [A])},
    absent=["14", "15"],
    classes=["national-body", "letter-to-inspectorate", "refused", "awaiting-other-body", "distracting-organisations"],
    style=Style(wrap=80, pdf_header="Home Office", text_tables="pipes"),
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>30 March 2022</p>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Chief Inspector,</p>
<h2>A duty to protect: Home Office response</h2>
<p>Thank you for the report of 24 August 2021 on the Centre for Women's Justice super-complaint. I set out below the
Government's response to the recommendations addressed to the Home Office, some of them jointly with the Ministry of
Justice.</p>
<p><strong>Recommendation 11 (an offence of breaching pre-charge bail).</strong> We have considered this carefully.
We do not accept the recommendation. Creating a bespoke offence would risk drawing victims into prosecutions and
would duplicate powers of arrest for breach that officers already have.</p>
<p><strong>Recommendation 12 (how the police are told about non-molestation orders).</strong> We accept this
recommendation. The notification of orders to the police depends on changes to the family court's case management
system, which the Ministry of Justice owns. We will report further once the Ministry of Justice has made those
changes.</p>
<p><strong>Recommendation 13 (pre-charge bail guidance).</strong> Accepted and implemented: the changes to pre-charge
bail in the Police, Crime, Sentencing and Courts Act 2022, together with revised statutory guidance, now apply.</p>
<p>Recommendations 14 and 15 are for the Ministry of Justice, which will write to you separately.</p>
<p>Yours sincerely,</p>
<p>Eleanor Voss<br>Minister of State for Safeguarding, Home Office</p>
"""))

DOCS.append(Doc(
    name="pm-dorset-opcc-board-paper",
    formats=["markdown"],
    super_complaint="protective-measures",
    authors=["dorset-pcc"], optional_authors=["dorset-police"], date=["2022-07-12"],
    responses={"1": r(["complete"]), "2": r(["in_progress"]), "4": r(["awaiting_national", "in_progress"]),
               "6": r(["not_started"])},
    classes=["commissioner", "board-paper", "scrutiny-of-force", "status-column-contradicted", "position-not-stated",
             "planned-quarter"],
    body="""
<h1>Dorset Police and Crime Commissioner: Strategic Board</h1>
<p>12 July 2022<br>Paper 5: Scrutiny of the force's progress on the protective measures super-complaint<br>Prepared by
the Office of the Police and Crime Commissioner (Policy and Scrutiny Officer: Jenna Farrow)</p>
<p>The Commissioner asked the force to report its progress against the recommendations of A duty to protect that are
addressed to chief constables. The RAG ratings are the force's own; the OPCC's comments follow the table.</p>
<table>
<tr><th>Recommendation</th><th>Force RAG</th><th>Update from Dorset Police</th></tr>
<tr><td>Rec 1</td><td>Green - complete</td><td>Audit of released under investigation cases completed; new bail
policy published on 1 June 2022.</td></tr>
<tr><td>Rec 2</td><td>Amber - on track</td><td>Briefing on protective measures delivered to 60% of response officers;
the remainder by September 2022.</td></tr>
<tr><td>Rec 4</td><td>Green - complete</td><td>The force awaits the NPCC's revised DVPO guidance before updating its
own procedure.</td></tr>
<tr><td>Rec 6</td><td>Red - not started</td><td>Scheduled for Q3 2022/23.</td></tr>
</table>
<p>OPCC comment: the rating for Rec 4 does not match the update and the force has been asked to correct it.</p>
"""))

# ---------------------------------------------------------------------------------------------- modern-slavery
DOCS.append(Doc(
    name="ms-home-office-letter",
    formats=["docx"],
    super_complaint="modern-slavery",
    authors=["home-office"], date=["2021-07-21"],
    responses={"1": r(["in_progress"], [A])},
    optional=["1a", "1b"],
    classes=["national-body", "letter-to-inspectorate", "bulleted-parts", "distracting-organisations"],
    style=Style(docx_letterhead="table", docx_footer="Home Office, 2 Marsham Street, London SW1P 4DF"),
    body="""
<div class="letterhead">Home Office<br>Modern Slavery Unit<br>2 Marsham Street, London SW1P 4DF</div>
<p>21 July 2021</p>
<p>Dear HM Inspector,</p>
<h2>The hidden victims: response to recommendation 1</h2>
<p>Thank you for the report of 26 May 2021 on Hestia's super-complaint. Recommendation 1 asks the Home Office, in
consultation with chief constables, the Independent Anti-Slavery Commissioner, the Victims' Commissioner, the Crown
Prosecution Service and voluntary agencies, to commission work to:</p>
<ul>
<li>better understand the victim experience of the police response to modern slavery and of the wider response from
immigration and other law enforcement agencies; and</li>
<li>assess the extent to which victims' needs are met by the current arrangements.</li>
</ul>
<p>The Home Office accepts this recommendation. We have commissioned research into the victim experience, covering
the first of these points, from an academic partnership; fieldwork began in June and the findings are due by March
2022. The scoping of the second strand has started with the Independent Anti-Slavery Commissioner's office.</p>
<p>The College of Policing will answer separately on its action to revise Authorised Professional Practice.</p>
<p>Yours sincerely,</p>
<p>Priya Ramanathan<br>Director, Modern Slavery Unit, Home Office</p>
"""))

DOCS.append(Doc(
    name="ms-west-midlands-pcc-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["west-midlands-pcc"], date=["2021-07-19"],
    responses={}, absent=["1"],
    classes=["commissioner", "by-subject-only", "no-catalogue-id", "web-furniture"],
    style=Style(site="pcc", site_name="West Midlands Police and Crime Commissioner",
                page_title="Response to The hidden victims | West Midlands PCC", panels=True,
                mega_menu=["Our plan", "Victims", "Funding", "Transparency", "Meetings", "Get involved"],
                page_dates="<p>Published: 19 July 2021</p><p>Next review: July 2022</p>"),
    body="""
<h1>Commissioner's response to The hidden victims</h1>
<p>The report on Hestia's super-complaint about the police response to victims of modern slavery was published on 26
May 2021. Recommendation 1 is for the Home Office and I welcome it.</p>
<p>The report also asks police and crime commissioners to work with their chief constables to understand what support
victims of modern slavery need. I agree. My office is working with West Midlands Police and the regional anti-slavery
network to map the support available, and I will publish the results with my victims' needs assessment this
autumn.</p>
<p>Commissioner Jamal Haddad, West Midlands Police and Crime Commissioner</p>
"""))

DOCS.append(Doc(
    name="ms-college-action-update",
    formats=["text"],
    super_complaint="modern-slavery",
    authors=["college-of-policing"], date=["2022-03"],
    responses={}, absent=["1"],
    classes=["national-body", "action-not-recommendation", "no-responses", "month-only-date"],
    style=Style(wrap=76),
    body="""
<h1>College of Policing: update on the actions in The hidden victims</h1>
<p>March 2022</p>
<p>The report on Hestia's super-complaint set out recommendations for the Home Office, chief constables and police and
crime commissioners, and separate actions for the College of Policing and HMICFRS. Recommendation 1, to the Home
Office, is not for the College.</p>
<h2>Action 1: review and update Authorised Professional Practice on modern slavery</h2>
<p>Status: in progress. The revised APP has been drafted with the NPCC modern slavery lead and the Independent
Anti-Slavery Commissioner's office. Consultation closed on 28 February 2022 and publication is planned for the summer
of 2022.</p>
<p>Action 2 is for HMICFRS.</p>
<p>Issued by the College of Policing, Leamington Road, Ryton-on-Dunsmore.</p>
"""))

# -------------------------------------------------------------------------- police-perpetrated-domestic-abuse
DOCS.append(Doc(
    name="ppda-apcc-collation-3a",
    formats=["pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["apcc"], date=["2023-01"],
    responses={"3": r(["in_progress"], [A])},
    optional=["3a"], absent=["1", "2", "4"],
    classes=["national-body", "speaks-for-all-commissioners", "lettered-part", "roll-up", "month-only-date"],
    style=Style(pdf_header="Association of Police and Crime Commissioners", pdf_ruled=True,
                pdf_cover="<h1>Police perpetrated domestic abuse</h1><p>Collated responses of police and crime "
                          "commissioners to recommendation 3a</p><p>Association of Police and Crime Commissioners"
                          "</p><p>January 2023</p>"),
    body="""
<h2>Introduction</h2>
<p>The Association of Police and Crime Commissioners (APCC) has collated the responses of police and crime
commissioners, police, fire and crime commissioners and deputy mayors to recommendation 3a of the report on the
Centre for Women's Justice super-complaint, published on 30 June 2022. Recommendations 1 and 2 are for chief
constables and are answered by the NPCC; recommendation 4 is for the Home Office.</p>
<h2>Recommendation 3a</h2>
<p>All 43 PCCs, PFCCs and deputy mayors accepted recommendation 3a.</p>
<table>
<tr><th>Progress reported by commissioners</th><th>Number</th></tr>
<tr><td>Review of local services complete</td><td>17</td></tr>
<tr><td>Review under way</td><td>24</td></tr>
<tr><td>Review not yet started</td><td>2</td></tr>
</table>
<p>Nationally, therefore, the work is under way and the APCC will collate a further update in July 2023.</p>
<p>Signed: Commissioner Laura Pennick, APCC joint lead for victims</p>
"""))

DOCS.append(Doc(
    name="ppda-gwent-pcc-response",
    formats=["docx", "text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["gwent-pcc"], date=["2022-08-24"],
    responses={"3": r(["not_started", "in_progress"], [A])},
    optional=["3a"], absent=["1", "2"],
    classes=["commissioner", "lettered-part", "planned-with-date", "56-day-comment"],
    style=Style(docx_letterhead="header_image", wrap=90),
    body="""
<div class="letterhead">Gwent Police and Crime Commissioner<br>Police Headquarters, Cwmbran</div>
<h1>Police and Crime Commissioner for Gwent: response to the super-complaint on police perpetrated domestic abuse</h1>
<p>Date: 24 August 2022</p>
<h2>Recommendation 3a</h2>
<p>I accept this recommendation. I have asked my office to commission an independent review of whether domestic abuse
services in Gwent can meet the specific needs of victims whose abuser is a police officer, including support through
the complaints and misconduct process. The review will start in October 2022 and report to me by March 2023.</p>
<p>The Chief Constable will answer recommendations 1 and 2 through the National Police Chiefs' Council.</p>
<p>Commissioner Rhiannon Pritchard, Gwent Police and Crime Commissioner</p>
"""))

DOCS.append(Doc(
    name="ppda-home-office-rec4",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["home-office"], date=["2022-11-15"],
    responses={"4": r(["not_stated", "complete"], [N])},
    absent=["3"],
    classes=["national-body", "spelled-number", "refused-with-reasons", "distracting-dates"],
    style=Style(site="govuk", page_title="Home Office response to recommendation 4 - GOV.UK"),
    body="""
<h1>Home Office letter responding to recommendation 4 of the police perpetrated domestic abuse super-complaint</h1>
<p>Letter from the Minister of State for Crime, Policing and Fire to HM Chief Inspector of Constabulary, 15 November
2022</p>
<p>Dear Chief Inspector,</p>
<p>I write in response to the report of 30 June 2022. The Ministry of Justice responded to recommendation 3(b) on 15
August 2022.</p>
<h2>Recommendation four</h2>
<p>The Home Office should consider whether it would be appropriate to issue statutory guidance on how allegations of
domestic abuse against police officers are dealt with in the misconduct system.</p>
<p>We have considered this and have concluded that statutory guidance would not be appropriate at this time. The IOPC's
statutory guidance and the College of Policing's guidance on outcomes already apply, and the Government's review of
police dismissals, launched in September 2022, will look at the handling of such cases. We will keep the matter
under review in the light of that work.</p>
<p>Yours sincerely,</p>
<p>Anthony Carrow, Minister of State for Crime, Policing and Fire</p>
"""))

DOCS.append(Doc(
    name="ppda-npcc-second-response",
    formats=["markdown"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["npcc"], date=["2022-12-30", "2023-01-27"],
    responses={"1": r(["complete"], [A]), "2": r(["in_progress"], [A]), "3": r(["awaiting_national"], [A])},
    absent=["4"],
    classes=["national-body", "speaks-for-all-forces", "roll-up-position", "awaiting-other-body",
             "published-vs-dated"],
    body="""
<h1>Second NPCC response to recommendations: overview report</h1>
<p>Dated 30 December 2022. Published on GOV.UK on 27 January 2023.</p>
<p>This report gives the overview of the responses of all 46 forces. On 5 September 2022 the NPCC confirmed that
every force had accepted the three recommendations made for policing. Recommendation 4 is for the Home Office.</p>
<h2>Recommendation 1: audit of live and recently closed cases</h2>
<p>All 46 forces have completed the audit and written, via the NPCC, to the College of Policing and the IOPC. This
recommendation is complete.</p>
<h2>Recommendation 2</h2>
<p>38 of the 46 forces report that the work is finished; the remaining eight expect to finish by April 2023.</p>
<h2>Recommendation 3 (the part for chief constables)</h2>
<p>Forces are ready to revise their victim support guidance but are waiting for the Ministry of Justice's revised
guidance for independent domestic violence advisers, so that the two match.</p>
<p>Chief Constable Mark Ashdown, National Police Chiefs' Council Lead for Domestic Abuse</p>
"""))

# ------------------------------------------------------------------------------------------ honour-based-abuse
DOCS.append(Doc(
    name="hba-npcc-updated-response",
    formats=["pdf", "html"],
    super_complaint="honour-based-abuse",
    authors=["npcc"], date=["2024-03-25", "2024-02-29"],
    responses={"1": r(["in_progress"], [A]), "2": r(["in_progress"], [A]), "3": r(["awaiting_national"], [A])},
    optional=["2a", "2b", "2c", "2d"],
    classes=["national-body", "speaks-for-all-forces", "status-column-contradicted", "parts-as-all",
             "awaiting-other-body", "as-at-vs-published"],
    style=Style(site="national", site_name="National Police Chiefs' Council",
                page_title="Updated NPCC response to the TVIP super-complaint",
                pdf_header="NPCC - Updated response - Tees Valley Inclusion Project super-complaint",
                pdf_ruled=False),
    body="""
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>Published 25 March 2024. Force returns as at 29 February 2024.</p>
<p>On 16 December 2022 the National Police Chiefs' Council accepted all three recommendations made to chief
constables and to the NPCC. This update gives forces' progress.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Update</th></tr>
<tr><td>Recommendation 1: the risk of honour-based abuse</td><td>Complete</td><td>41 of 43 forces have updated their
sexual abuse policies to include the risk of honour-based abuse; the remaining two expect to do so by June
2024.</td></tr>
<tr><td>Recommendation 2: cultural awareness (all four parts)</td><td>In progress</td><td>Forces are reviewing the
membership of independent advisory groups and preparing community information with local partners.</td></tr>
<tr><td>Recommendation 3: consideration of findings</td><td>On hold</td><td>The NPCC data standards review is paused
until the Home Office completes its consultation on the Annual Data Requirement.</td></tr>
</table>
<p>The recommendation to police and crime commissioners on commissioning is answered by the APCC.</p>
<p>Deputy Chief Constable Sarah Ilsley, NPCC Lead for Honour-Based Abuse</p>
"""))

DOCS.append(Doc(
    name="hba-cleveland-pcc-comments",
    formats=["docx"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-pcc"], optional_authors=["cleveland-police"], date=["2023-02-09"],
    responses={"1": r(["complete"], [A]), "2": r(["in_progress"], [A])},
    absent=["3"],
    classes=["commissioner", "56-day-comment", "reports-force-progress", "by-subject-only",
             "distracting-organisations"],
    style=Style(docx_letterhead="header_image", docx_headings="bold"),
    body="""
<div class="letterhead">Cleveland Police and Crime Commissioner<br>Cleveland Community Safety Hub, Middlesbrough</div>
<h1>Commissioner's comments on the report on Tees Valley Inclusion Project's super-complaint</h1>
<p>9 February 2023</p>
<p>The report, published on 16 December 2022, made recommendations to chief constables, police and crime
commissioners and the National Police Chiefs' Council. Recommendation 3 is for the NPCC.</p>
<p>The Chief Constable has told me that Cleveland Police accepts recommendations 1 and 2.</p>
<p><strong>Recommendation 1.</strong> The force's sexual offences policy was revised in January 2023 and now includes
the risk of honour-based abuse. I regard this as done.</p>
<p><strong>Recommendation 2.</strong> The force is working with its independent advisory group and local community
organisations on information about culture and religion for officers. The work is expected to finish in the summer
of 2023, and I will scrutinise it at my Scrutiny and Performance Board.</p>
<p>I also accept the recommendation to commissioners on inclusive consultation before commissioning victims'
services; my office will consult the Halo Project and other 'by and for' organisations this spring.</p>
<p>Commissioner Graham Ellerby, Cleveland Police and Crime Commissioner</p>
"""))

# ------------------------------------------------------------------------------------------------- stop-and-search
DOCS.append(Doc(
    name="sas-apcc-response",
    formats=["html", "text"],
    super_complaint="stop-and-search",
    authors=["apcc"], date=["2024-05-13"],
    responses={"8": r(["in_progress"], [A])},
    absent=["9"],
    classes=["national-body", "speaks-for-all-commissioners", "roll-up", "planned-date"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                page_title="APCC response to the CJA super-complaint", wrap=84,
                furniture_words=["Home", "Members", "Portfolios", "News", "Contact"]),
    body="""
<h1>APCC response to the Criminal Justice Alliance super-complaint report</h1>
<p>Published 13 May 2024</p>
<p>The Association of Police and Crime Commissioners responds on behalf of all police and crime commissioners and
equivalents to the report of 15 December 2023 on section 60 and independent community scrutiny of stop and search.</p>
<h2>Recommendation 8</h2>
<p>All 43 police and crime commissioners and equivalents have accepted recommendation 8.</p>
<p>Most commissioners already fund or support an independent stop and search scrutiny panel. A number are now
reviewing their panels' terms of reference, training and membership so that panels are representative and can
scrutinise section 60 authorisations. The APCC will publish a good-practice guide for panels by autumn 2024.</p>
<p>Recommendation 9, on the publication of section 60 data, is for chief constables and the Home Office.</p>
<p>Commissioner Owen Latchford, APCC lead for race disparity and stop and search</p>
"""))

DOCS.append(Doc(
    name="sas-west-yorkshire-mayor-panel",
    formats=["pdf"],
    super_complaint="stop-and-search",
    authors=["west-yorkshire-mayor"], date=["2024-07-26"],
    responses={"8": r(["not_started", "in_progress"], [A])},
    classes=["mayor", "panel-paper", "by-subject-only", "planned-date"],
    style=Style(pdf_header="West Yorkshire Police and Crime Panel",
                pdf_footer="West Yorkshire Combined Authority"),
    body="""
<h1>West Yorkshire Police and Crime Panel</h1>
<p>26 July 2024<br>Report of the Deputy Mayor for Policing and Crime, on behalf of the Mayor of West Yorkshire</p>
<h2>Stop and search: independent community scrutiny</h2>
<p>In March 2024 the Mayor accepted the recommendation in the report on the Criminal Justice Alliance super-complaint
that commissioners make sure there is effective independent community scrutiny of stop and search, including the
use of section 60.</p>
<p>New terms of reference for the West Yorkshire Stop and Search Scrutiny Board, with places for young people and a
standing item on section 60 authorisations, will be put to the Mayor's Police and Crime Board in October 2024.</p>
<p>West Yorkshire Police's response to the recommendations for chief constables is reported separately to the
Board.</p>
<p>Deputy Mayor for Policing and Crime: Aisha Mirza</p>
"""))

DOCS.append(Doc(
    name="sas-home-office-response",
    formats=["docx"],
    super_complaint="stop-and-search",
    authors=["home-office"], date=["2024-05"],
    responses={"9": r(["not_stated", "not_started"], [N]), "10": r(["not_started", "in_progress"], [A])},
    absent=["7"],
    classes=["national-body", "refused", "planned-date", "month-only-date"],
    style=Style(docx_headings="styles", docx_footer="Home Office - May 2024"),
    body="""
<h1>Home Office response to the super-complaint on section 60 stop and search</h1>
<p>May 2024</p>
<p>This is the Home Office response to the recommendations addressed to it in the report of 15 December 2023.
Recommendation 7 is for the National Police Chiefs' Council.</p>
<h2>Recommendation 9</h2>
<p>The Government does not accept this recommendation. Section 60 is a vital tool for preventing serious violence, and
the changes to authorisation proposed would limit its use at the moments it is most needed. The existing safeguards
in PACE Code A remain appropriate.</p>
<h2>Recommendation 10</h2>
<p>We accept this recommendation. Forces will be asked to supply data on section 60 searches by ethnicity and outcome
through the Annual Data Requirement from April 2025, and the Home Office will publish it in the annual statistics.</p>
<p>Jonathan Beale, Director, Police Powers Unit, Home Office</p>
"""))

# -------------------------------------------------------------------------------------------------------- stalking
DOCS.append(Doc(
    name="stalk-apcc-response",
    formats=["markdown", "pdf"],
    super_complaint="stalking",
    authors=["apcc"], date=["2024-11-21", "2025-01-08"],
    responses={"15": r(["in_progress"], [A]), "16": r(["awaiting_national", "not_started"], [A, P]),
               "25": r(["not_stated"], [A, P])},
    optional=["27"],
    classes=["national-body", "speaks-for-all-commissioners", "in-principle", "roll-up-position",
             "dated-vs-published"],
    style=Style(pdf_header="APCC - Stalking super-complaint response"),
    body="""
<h1>Association of Police and Crime Commissioners: response to the stalking super-complaint report</h1>
<p>21 November 2024 (published on GOV.UK on 8 January 2025)</p>
<p>As recommendation 27 asks, the APCC responds on behalf of all police and crime commissioners and their mayoral
equivalents. The report was published on 27 September 2024; most of its recommendations are due by 27 March 2025.</p>
<h2>Recommendation 15: specialist services and ISACs</h2>
<p>All 43 PCCs have accepted this recommendation. Commissioners are reviewing the stalking support they commission,
including independent stalking advocate caseworkers, and will finish their reviews by 27 March 2025.</p>
<h2>Recommendation 16</h2>
<p>PCCs accept this recommendation in principle. The joint reviews with chief constables will start once the NPCC has
agreed the force action plans, so that the two pieces of work fit together.</p>
<h2>Recommendation 25</h2>
<p>41 PCCs have accepted this recommendation; two have accepted it in part because of funding pressures.</p>
<p>Commissioner Bethan Holloway, APCC Victims Portfolio Lead</p>
"""))

DOCS.append(Doc(
    name="stalk-npcc-progress-report",
    formats=["html", "docx"],
    super_complaint="stalking",
    authors=["npcc"], date=["2025-08"],
    responses={"7": r(["in_progress"], [A]), "10": r(["complete"], [A]), "11": r(["in_progress"], [A]),
               "12": r(["in_progress"], [A]), "13": r(["in_progress"], [A]), "14": r(["in_progress"], [A]),
               "16": r(["in_progress"], [A])},
    optional=["7.1", "7.2", "25"], absent=["8", "9"],
    classes=["national-body", "speaks-for-all-forces", "range", "parts", "month-only-date", "as-at",
             "distracting-dates"],
    style=Style(site="govuk", page_title="NPCC report on forces' progress: stalking super-complaint - GOV.UK",
                docx_headings="bold"),
    body="""
<h1>NPCC report on the progress made by police forces on the stalking super-complaint</h1>
<p>August 2025. Force returns as at 30 June 2025.</p>
<p>This report is from the National Police Chiefs' Council stalking and harassment portfolio. Chief constables
accepted all 15 recommendations made to them in November 2024. Recommendations 8 and 9 are not for chief constables.
Most recommendations were due by 27 March 2025.</p>
<h2>Recommendation 7: crime recording systems (7.1 and 7.2)</h2>
<p>38 forces have made the system changes needed to search for stalking as an included classification (7.1). All
forces have interim measures such as intelligence reports in place while changes are pending (7.2). Five forces
still await supplier releases.</p>
<h2>Recommendation 10: learning and training</h2>
<p>All 43 forces have reviewed and updated their training on stalking. Complete.</p>
<h2>Recommendations 11 to 14: investigation standards</h2>
<p>Work continues in most forces; national assurance of investigation standards will be reported in the next update.</p>
<h2>Recommendation 16 (jointly with PCCs)</h2>
<p>Joint reviews with commissioners are under way in 31 force areas.</p>
<p>Recommendation 25 will be reported in the next update.</p>
<p>Chief Constable Rachel Dunmore, NPCC Lead for Stalking and Harassment</p>
"""))

DOCS.append(Doc(
    name="stalk-kent-pcc-panel-update",
    formats=["text"],
    super_complaint="stalking",
    authors=["kent-pcc"], date=["2025-06-03"],
    responses={"15": r(["complete"], [A]), "16": r(["not_started"], [A]), "25": r(["awaiting_national"], [A])},
    classes=["commissioner", "panel-paper", "last-updated", "planned-quarter", "awaiting-other-body"],
    style=Style(wrap=72, text_tables="form"),
    body="""
<h1>Kent Police and Crime Panel: stalking super-complaint, Commissioner's update</h1>
<p>Last updated: 3 June 2025</p>
<p>The Kent Police and Crime Commissioner accepted recommendations 15, 16 and 25 through the APCC's collective
response of November 2024.</p>
<table>
<tr><th>Recommendation</th><th>Progress</th></tr>
<tr><td>15</td><td>Complete. The review of stalking services is finished and an ISAC service has been commissioned
from 1 April 2025.</td></tr>
<tr><td>16</td><td>A joint review with Kent Police is planned for Q2 2025/26.</td></tr>
<tr><td>25</td><td>Not yet started: we are waiting for the Home Office's revised statutory guidance on
stalking.</td></tr>
</table>
<p>Report author: Tom Kearsley, Office of the Kent Police and Crime Commissioner</p>
"""))

DOCS.append(Doc(
    name="stalk-home-office-minister-letter",
    formats=["markdown"],
    super_complaint="stalking",
    authors=["home-office"], date=["2024-11-22"],
    responses={"1": r(["not_started", "in_progress"], [A]), "2": r(["in_progress"], [P])},
    absent=["3", "4"],
    classes=["national-body", "ministerial-letter", "partial-acceptance", "planned-date"],
    body="""
<div class="letterhead">Home Office<br>Minister for Safeguarding and Violence Against Women and Girls</div>
<p>22 November 2024</p>
<p>Dear HM Chief Inspector,</p>
<p>Thank you for the report of 27 September 2024 on the Suzy Lamplugh Trust's super-complaint.</p>
<p><strong>Recommendation 1 (the law on stalking).</strong> I accept this recommendation. The Government will review
the stalking legislation; its terms of reference will be published in 2025.</p>
<p><strong>Recommendation 2 (stalking protection orders).</strong> I accept this recommendation in part. We will
allow courts to make stalking protection orders on conviction and on acquittal, through amendments to the Crime and
Policing Bill now before Parliament. We do not accept the proposal for a separate interim order, because interim
stalking protection orders already exist.</p>
<p>Recommendations 3 and 4 are for the Ministry of Justice and the Crown Prosecution Service.</p>
<p>Yours sincerely,</p>
<p>Harriet Lindqvist MP, Minister for Safeguarding, Home Office</p>
"""))
