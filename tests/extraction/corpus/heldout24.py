"""heldout24: a blind held-out set of invented responses to police super-complaints.

Written blind: the writer read only the product brief, the shared corpus README with its three samples,
the reference catalogue (super_complaints.yaml), the organisations file, build.py and render.py. Nothing
of the engine, the scorer, the tests or any other labelled set was read. Every document, person and
sentence is invented; organisation names are real (from the reference list). Emphasis: the ordinary run
of what forces and commissioners publish in the months and years after a report (statutory comment pages,
progress updates, trackers, board papers and minutes, panel reports, joint statements, letters to the
inspectorate, national bodies' updates).

Recommendation parts (3a, 7.1, 4(a)-(k), 2a-2d) are labelled under the parent recommendation id, with the
part ids the document uses given as `optional`.

Contents per super-complaint:
- safe-to-share: Derbyshire PCC statutory comment page (html, text); Cumbria Constabulary tracker
  (docx, pdf); North Wales PCC accountability board minutes (text, pdf); NPCC update on the safeguarding
  protocol (markdown); Bedfordshire force/PCC joint news item naming the complaint by subject (html).
- protective-measures: NPCC update for all forces (html, markdown); Kent Police letter to HMICFRS, month
  only (docx, pdf); Hampshire PCC report to the Police and Crime Panel with ranges (pdf, text).
- modern-slavery: APCC statement for all PCCs, recommendations by subject only, with College/HMICFRS
  "actions" as distractors (markdown, html); West Midlands Police progress report two years on with cover,
  by subject only (pdf); Home Office letter on its recommendation 1 and its two parts (text). The
  catalogue numbers only recommendation 1, so subject-only answers carry no labelled response.
- police-perpetrated-domestic-abuse: Cheshire PCC comment on 3a (html); Durham Constabulary audit
  update (pdf, docx); Home Office letter refusing recommendation 4 with reasons (docx); Gloucestershire panel
  agenda that only mentions recommendations (text).
- honour-based-abuse: South Yorkshire Mayor's news item, PCC recommendation by subject only (html);
  Cleveland Police tracker with a status column contradicted by its update (docx, pdf); NPCC update on recommendation 3 for all forces (markdown).
- stop-and-search: Thames Valley PCC comment on recommendation 8 with mega menu (html); Gwent Police
  response with "in principle", partial acceptance and awaiting the Home Office (docx, text); Leicestershire joint news item, short title
  only, force recommendations by subject only (html).
- stalking: Norfolk Constabulary 56-day action plan with 7.1/7.2 (html, markdown); Staffordshire
  Commissioner comment on 15, 16, 25 (text); Dorset Police six-month tracker (pdf, docx); Essex PFCC
  scrutiny board minutes approved later (docx); APCC update for all PCCs, "both recommendations"
  (markdown); Lincolnshire Police one-year news item (html).
"""
from __future__ import annotations

from build import Doc
from render import Style


def R(progress, position=("not_stated",)):
    return {"progress": list(progress), "position": list(position)}


ACC = ("accepted",)
NS = ("not_stated",)

DOCS: list[Doc] = []

# ---------------------------------------------------------------------------------------------------
# safe-to-share
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="s2s-derbyshire-pcc-statutory-comment",
    formats=["html", "text"],
    super_complaint="safe-to-share",
    authors=["derbyshire-pcc"],
    optional_authors=["derbyshire-constabulary"],
    date=["2021-02-11"],
    responses={"5": R(["in_progress"], ACC), "6": R(["not_started"], ACC)},
    optional=["1", "8"],
    absent=["2", "3", "4", "7"],
    classes=["pcc statutory comment weeks after report", "report date and 17 June deadline as distractors",
             "force's position on rec 1 reported second-hand by the PCC", "rec 6 planned for next financial year"],
    style=Style(site="pcc", site_name="Office of the Derbyshire Police and Crime Commissioner",
                page_title="Commissioner's comment: policing and immigration status super-complaint",
                furniture_words=["Home", "About the Commissioner", "Police and Crime Plan", "Grants", "Get involved",
                                 "Transparency"],
                page_dates="<p>Published: 11 February 2021</p>", wrap=90),
    body="""
<h1>Commissioner's comment on the super-complaint report on policing and immigration status</h1>
<p>11 February 2021</p>
<p>On 17 December 2020 Her Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS),
the College of Policing and the Independent Office for Police Conduct published <em>Safe to share?</em>,
their report on the super-complaint made by Liberty and Southall Black Sisters in December 2018. Under
section 29A of the Police Reform Act 2002 I am required to publish comments on the report within 56 days.
This page is my comment.</p>
<h2>Summary of the report</h2>
<p>The report makes eight recommendations. Recommendations 1 and 4 are for chief constables;
recommendations 2 and 7 are for the Home Office; recommendation 3 is for the Home Office and the
National Police Chiefs' Council; recommendation 5 is for chief constables and police and crime
commissioners; recommendation 6 is for police and crime commissioners; and recommendation 8 asks every
recipient to provide an update within six months, by 17 June 2021.</p>
<h2>The Chief Constable's response</h2>
<p>I have discussed the report with the Chief Constable at my Strategic Priorities Assurance Board.
She has told me that Derbyshire Constabulary issued an instruction to all officers on 4 January 2021
that information about domestic abuse victims is not to be passed to Immigration Enforcement where
officers only have doubts about a victim's status (recommendation 1). The Constabulary will publish its
own response on safe reporting pathways (recommendation 4) and I will scrutinise it when it does.</p>
<h2>My response</h2>
<h3>Recommendation 5</h3>
<p>I accept this recommendation. My office is working with the Constabulary's communications team and
with Derby Refugee Advice, a local charity, on a campaign in community languages to explain that victims
of crime will be supported whatever their immigration status. The first materials were shared with
partners in January and the campaign will run through the spring.</p>
<h3>Recommendation 6</h3>
<p>I accept this recommendation. I have not yet carried out the assessment of access to specialist
support that the report asks for. It will be commissioned at the start of the 2021/22 financial year
as part of my victims' services needs assessment, and I will report on it to the Police and Crime Panel.</p>
<p>I will provide the update asked for in recommendation 8 in June.</p>
<p>Angela Whitcombe<br>Police and Crime Commissioner for Derbyshire</p>
""",
))

DOCS.append(Doc(
    name="s2s-cumbria-tracker-2022",
    formats=["docx", "pdf"],
    super_complaint="safe-to-share",
    authors=["cumbria-constabulary"],
    date=["2022-03-31", "2022-04-12"],
    responses={"1": R(["complete"], NS), "4": R(["in_progress"], NS),
               "5": R(["awaiting_national", "in_progress"], NS), "8": R(["complete"], NS)},
    optional=["4a", "4b", "4c", "4d", "4e", "4f", "4g", "4h", "4i", "4j", "4k"],
    absent=["2", "3", "6", "7"],
    classes=["tracker table Rec/Action/Owner/Due/Status/Update", "parts 4(a)-(k) split over rows",
             "rec 5 in progress but waiting on rec 3 protocol", "as at date vs due dates in table",
             "PCC recommendation 6 noted as not for the force"],
    style=Style(docx_headings="bold", pdf_ruled=True, pdf_header="Cumbria Constabulary - OFFICIAL",
                pdf_footer="Strategic Development Unit - recommendations tracker", docx_footer="OFFICIAL"),
    body="""
<h1>Recommendations tracker: Safe to share? (HMICFRS super-complaint, December 2020)</h1>
<p>Cumbria Constabulary. Position as at 31 March 2022. Prepared by the Strategic Development Unit for the
Organisational Learning Board, 12 April 2022.</p>
<p>Only recommendations addressed to chief constables are tracked here. Recommendation 6 is for the Police,
Fire and Crime Commissioner, who reports on it separately; recommendations 2, 3 and 7 are for national
bodies.</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Stop sharing DA victims' data with Immigration Enforcement where there is only doubt about status; refer to third-party support</td><td>Head of Public Protection</td><td>Jan 2021</td><td>Complete</td><td>Force instruction issued 21/01/2021 and added to the Domestic Abuse policy (v7). Dip sample of 40 cases in Nov 2021 found no referrals made on doubt alone.</td></tr>
<tr><td>4 (a)-(c)</td><td>Policy and practice framework for officers; victim and witness support policy</td><td>Supt Protecting Vulnerable People</td><td>Sep 2022</td><td>In progress</td><td>Draft procedure written and consulted on with the Victim and Witness Care Unit. Sign-off planned at the Policy Board in July 2022.</td></tr>
<tr><td>4 (d)-(k)</td><td>Pathways to specialist organisations; information sharing explained to victims; awareness and outreach</td><td>Supt Protecting Vulnerable People</td><td>Dec 2022</td><td>In progress</td><td>Pathway agreed in principle with two regional advice services. Outreach sessions held in Carlisle and Barrow (Feb 2022). Briefing for frontline officers still to be produced.</td></tr>
<tr><td>5</td><td>Promote migrant victims' confidence in reporting, with the Commissioner</td><td>Head of Corporate Communications</td><td>TBC</td><td>In progress</td><td>Campaign material drafted but held back: we are waiting for the national safeguarding protocol from the Home Office and NPCC (recommendation 3) so that what we tell the public matches it.</td></tr>
<tr><td>8</td><td>Six-month update to HMCIC</td><td>Chief of Staff</td><td>17/06/2021</td><td>Complete</td><td>Update sent 15 June 2021.</td></tr>
</table>
<p>Next review: Organisational Learning Board, October 2022.</p>
""",
))

DOCS.append(Doc(
    name="s2s-north-wales-accountability-minutes",
    formats=["text", "pdf"],
    super_complaint="safe-to-share",
    authors=["north-wales-pcc", "north-wales-police"],
    date=["2021-09-14", "2021-10-12"],
    responses={"1": R(["complete"], NS), "4": R(["in_progress"], NS), "6": R(["in_progress"], NS)},
    optional=["5", "8"],
    absent=[],
    classes=["PCC accountability board minutes", "meeting date vs approval date", "other agenda items",
             "the force answers in the PCC's minutes", "action log with due dates"],
    style=Style(wrap=84, upper_h1=True, text_tables="pipes", pdf_ruled=False,
                pdf_header="Strategic Executive Board - Minutes"),
    body="""
<h1>Strategic Executive Board</h1>
<p>Police and Crime Commissioner for North Wales and North Wales Police</p>
<p>Minutes of the meeting held on Tuesday 14 September 2021 at 10:00, Police Headquarters, Colwyn Bay
and by video link.</p>
<p><strong>Present:</strong> Police and Crime Commissioner (Chair); Deputy Commissioner; Chief Executive
(OPCC); Chief Constable; Deputy Chief Constable; Assistant Chief Constable (Operations); Chief Finance
Officer.</p>
<h2>1. Apologies and declarations of interest</h2>
<p>Apologies were received from the Director of Finance. No declarations were made.</p>
<h2>2. Minutes of the previous meeting (10 August 2021)</h2>
<p>Agreed as a true record.</p>
<h2>3. Performance report, quarter 1</h2>
<p>The DCC presented the quarter 1 report. Detailed discussion is recorded in the confidential annex.</p>
<h2>4. Super-complaint: policing and immigration status (Safe to share?)</h2>
<p>The ACC (Operations) updated the Board on North Wales Police's response to the super-complaint report
published on 17 December 2020. The force's six-month update was sent to HMICFRS in June.</p>
<p>Recommendation 1: the ACC confirmed that the interim instruction is embedded. Officers no longer pass
information to Immigration Enforcement about domestic abuse victims where there is only a doubt about
immigration status; the force considers this recommendation complete.</p>
<p>Recommendation 4: the safe reporting pathway with BAWSO and the North Wales Advice and Advocacy
service is being written up; training for the Public Protection Unit is planned for November. The
Commissioner asked for the pathway to be brought back to the Board once agreed.</p>
<p>Recommendation 6: the Chief Executive reported that the OPCC mapping of specialist support services
across the six local authority areas is under way and about half complete; findings will go to the
Commissioner's Victims' Board in December.</p>
<p>The Commissioner noted that recommendation 5 is shared between the force and his office and asked
that the joint communications plan be included in the next update.</p>
<h2>5. Any other business</h2>
<p>None.</p>
<h2>Action log</h2>
<table>
<tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>SEB 21/41</td><td>Bring agreed safe reporting pathway (rec 4) to the Board</td><td>ACC Operations</td><td>December 2021</td></tr>
<tr><td>SEB 21/42</td><td>Joint communications plan (rec 5) to next update</td><td>Chief Executive / Head of Corporate Communications</td><td>December 2021</td></tr>
</table>
<p>Date of next meeting: 12 October 2021.</p>
<p>Minutes approved by the Board on 12 October 2021.</p>
""",
))

DOCS.append(Doc(
    name="s2s-npcc-safeguarding-protocol-update",
    formats=["markdown"],
    super_complaint="safe-to-share",
    authors=["npcc"],
    optional_authors=["home-office"],
    date=["2022-09-01"],
    responses={"3": R(["awaiting_national", "in_progress"], ACC), "1": R(["complete"], NS)},
    optional=[],
    absent=["2", "4", "5"],
    classes=["national body speaking for all forces", "rec shared by Home Office and NPCC, waiting on ministers",
             "Home Office review of December 2021 as history", "as at date"],
    body="""
<h1>National Police Chiefs' Council: update on the Safe to Share super-complaint recommendations</h1>
<p><strong>As at:</strong> 1 September 2022<br><strong>From:</strong> NPCC lead for migrant victims and
immigration enforcement, Deputy Chief Constable Marcus Reavley</p>
<h2>Background</h2>
<p>The report on the super-complaint by Liberty and Southall Black Sisters was published on 17 December
2020. Recommendation 3 asks the Home Office and the NPCC to develop a safeguarding protocol on the police
approach to migrant victims and witnesses. The Home Office published its review of data sharing for migrant
victims (recommendation 2) on 15 December 2021, which set out the Immigration Enforcement Migrant Victims
Protocol. This note gives the NPCC's position.</p>
<h2>Recommendation 3: safeguarding protocol</h2>
<p>The NPCC accepted this recommendation in 2021 and it remains accepted. A draft police protocol,
aligned with the Home Office's Migrant Victims Protocol, was agreed by the NPCC Crime Operations
Coordination Committee in May 2022. It has been with Home Office ministers since June 2022 and we cannot
issue it to forces until ministers have agreed it. We expect a decision in the autumn.</p>
<h2>Recommendation 1: interim measure</h2>
<p>All 43 forces in England and Wales and British Transport Police have confirmed to the NPCC that the
interim measure is in place. For the NPCC this recommendation is complete.</p>
<h2>Other recommendations</h2>
<p>Forces continue to report their own progress on recommendations 4 and 5 to HMICFRS; once the protocol
is issued, forces will be asked to align their local safe reporting pathways with it.</p>
""",
))

DOCS.append(Doc(
    name="s2s-bedfordshire-joint-news",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["bedfordshire-police", "bedfordshire-pcc"],
    date=["2023-05-18"],
    responses={"4": R(["complete"], NS), "5": R(["in_progress"], NS)},
    optional=["6"],
    absent=[],
    classes=["news item with published date", "complaint named by subject only, no title",
             "recommendations named by subject (safe reporting pathways) plus numbers in passing",
             "joint force and PCC", "furniture: news site"],
    style=Style(site="news", site_name="Bedfordshire Police",
                page_title="New safe reporting route for migrant victims of crime | Bedfordshire Police",
                furniture_words=["Home", "Report", "News", "Advice", "Contact us", "Careers"]),
    body="""
<h1>New safe reporting route for migrant victims of crime</h1>
<p>Published: 18 May 2023 | Bedfordshire Police and Bedfordshire Police and Crime Commissioner</p>
<p>Victims of crime who are worried about their immigration status now have a dedicated route to report
to Bedfordshire Police through trusted community organisations, the force and the Police and Crime
Commissioner announced today.</p>
<p>The route was set up after the national super-complaint about police sharing victims' immigration
information with the Home Office. The inspectorate's report, published in December 2020, asked chief
constables to create safe reporting pathways (its fourth recommendation) and asked forces and
commissioners together to build confidence among migrant victims (the fifth).</p>
<p>Detective Chief Superintendent Priya Anand said: "With the launch of this pathway, our work on the
safe reporting recommendation is complete. Officers have been trained, the policy is published on our
website and the pathway is in place with three partner organisations in Luton and Bedford."</p>
<p>Commissioner Lucy Whitmore added: "Building trust takes longer. Our joint confidence campaign is still
running and will continue through 2023, with community events planned in the summer. Earlier this year my
office also finished its review of specialist support services, which is why we were able to fund two
of the partners."</p>
<p>Anyone who wants to report a crime can call 101 or, in an emergency, 999.</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# protective-measures
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="pm-npcc-forces-update-2023",
    formats=["html", "markdown"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2023-03-14"],
    responses={"1": R(["in_progress"], ACC), "2": R(["complete"], ACC), "4": R(["complete"], ACC),
               "5": R(["awaiting_national"], ACC), "9": R(["in_progress"], ("partially_accepted",))},
    optional=[],
    absent=["6", "7", "8", "12"],
    classes=["national body answering for all forces", "govuk furniture", "Home Office/MoJ recs listed, not answered",
             "awaiting Bail Act changes", "partial acceptance", "last updated vs first published"],
    style=Style(site="govuk", page_title="NPCC update: A duty to protect recommendations - GOV.UK"),
    body="""
<h1>National Police Chiefs' Council update on the recommendations of 'A duty to protect'</h1>
<p>Published 7 June 2022<br>Last updated 14 March 2023</p>
<h2>Introduction</h2>
<p>This update is provided by the NPCC on behalf of chief constables in England and Wales. It covers the
recommendations in <em>A duty to protect: Police use of protective measures in cases involving violence
against women and girls</em> (published 24 August 2021) that were addressed to chief constables or to the
NPCC. Recommendations 6, 7, 8 and 12 were addressed to the Home Office and the Ministry of Justice, which
are responding separately.</p>
<h2>Recommendation 1: released under investigation</h2>
<p>Accepted. Forces have implemented processes for managing RUI in line with the bail management
portfolio's guidance, and the changes to pre-charge bail in the Police, Crime, Sentencing and Courts Act
2022 came into force on 28 October 2022. Forces are now revising their local bail policies; 31 forces
have done so and the rest expect to by the summer.</p>
<h2>Recommendation 2: understanding of protective measures</h2>
<p>Accepted. The College of Policing's protective orders learning package was made available to all
forces in 2022 and every force has confirmed that frontline officers have completed it. This
recommendation is complete.</p>
<h2>Recommendation 4: domestic violence protection notices</h2>
<p>Accepted and complete. All forces now have a named DVPN/DVPO lead and a process for reviewing
applications that are refused.</p>
<h2>Recommendation 5: enforcement of bail conditions</h2>
<p>Accepted. Forces cannot take this further until the Home Office completes its consideration of a
specific offence of breaching pre-charge bail conditions (recommendation 12). The NPCC will update forces when the Home
Office decides.</p>
<h2>Recommendation 9: data on protective measures</h2>
<p>Partially accepted. Forces will record the use of DVPNs and bail conditions in domestic abuse cases,
but national systems do not yet allow non-molestation orders to be recorded in a consistent way. A data
standard is being developed with the Home Office Police Data team.</p>
""",
))

DOCS.append(Doc(
    name="pm-kent-letter-to-hmicfrs",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["kent-police"],
    date=["2021-10"],
    responses={"1": R(["in_progress"], ACC), "3": R(["complete"], ACC),
               "13": R(["in_progress"], ("partially_accepted",))},
    optional=[],
    absent=["12"],
    classes=["force letter to the inspectorate", "month-only date", "letterhead in page header (logo alt text)",
             "HMICFRS and Kent PCC named as addressee / copy, not authors", "rec for HO mentioned",
             "partial acceptance with reasons"],
    style=Style(docx_letterhead="header_image", pdf_ruled=False),
    body="""
<div class="letterhead">Kent Police<br>Office of the Chief Constable<br>Police Headquarters, Sutton Road<br>Maidstone ME15 9BZ</div>
<p>His Majesty's Inspector of Constabulary<br>HMICFRS<br>London</p>
<p>October 2021</p>
<p>Our ref: CC/SC/2021/17</p>
<p>Dear Inspector,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women
and girls</strong></p>
<p>Thank you for the report of 24 August 2021 on the Centre for Women's Justice's super-complaint. I set
out below Kent Police's response to the recommendations made to chief constables. I have shared this
letter with the Kent Police and Crime Commissioner.</p>
<p><strong>Recommendation 1 (released under investigation)</strong></p>
<p>Kent Police accepts this recommendation. We have begun a review of every domestic abuse investigation
in which the suspect is released under investigation, led by the Head of Criminal Justice. The review
will be finished by the end of January 2022 and bail will be used where it is necessary and
proportionate.</p>
<p><strong>Recommendation 3 (victims told of outcomes of bail decisions)</strong></p>
<p>Accepted. Our Victim Contract was updated in September 2021 so that victims are told within 24 hours
when a suspect is bailed, released under investigation or has conditions varied. This recommendation is
complete.</p>
<p><strong>Recommendation 13 (non-molestation orders)</strong></p>
<p>We accept this recommendation in part. We agree that breaches of non-molestation orders should be
investigated with the same priority as other domestic abuse offences, and a new crime recording
instruction is being drafted. We do not accept that every order should be entered on the Police National
Computer by the force, because the force is not told about orders reliably; we consider that this part
falls to the courts and to the Ministry of Justice.</p>
<p>Recommendation 12, on a specific offence of breaching pre-charge bail, is for the Home Office and we
have not responded to it.</p>
<p>Yours sincerely,</p>
<p>Timothy Aldous<br>Chief Constable</p>
<p>cc: Kent Police and Crime Commissioner</p>
""",
))

DOCS.append(Doc(
    name="pm-hampshire-pcc-panel-report",
    formats=["pdf", "text"],
    super_complaint="protective-measures",
    authors=["hampshire-and-isle-of-wight-pcc"],
    optional_authors=["hampshire-and-isle-of-wight-constabulary"],
    date=["2023-01-09"],
    responses={"1": R(["complete"], NS), "2": R(["complete"], NS), "3": R(["complete"], NS),
               "4": R(["complete"], NS), "10": R(["in_progress"], NS), "11": R(["in_progress"], NS)},
    optional=[],
    absent=["6", "7", "8"],
    classes=["PCC report to the Police and Crime Panel", "ranges: recommendations 1 to 4, 10-11, 6 to 8",
             "report date vs meeting date", "recs 6-8 mentioned as for the Home Office/MoJ",
             "PCC reporting the force's progress"],
    style=Style(pdf_ruled=True, pdf_header="Hampshire and Isle of Wight Police and Crime Panel",
                pdf_cover="<h1>Police and Crime Panel</h1><p>Meeting: 20 January 2023</p><p>Agenda item 7</p>",
                wrap=88),
    body="""
<h1>Report of the Police and Crime Commissioner: Police use of protective measures (super-complaint)</h1>
<p>Report to: Hampshire and Isle of Wight Police and Crime Panel<br>Meeting date: 20 January 2023<br>
Report date: 9 January 2023<br>Author: Head of Policy and Scrutiny, Office of the Police and Crime
Commissioner</p>
<h2>1. Purpose</h2>
<p>1.1 The Panel asked for an update on how the Commissioner holds the Chief Constable to account for the
recommendations of the super-complaint report on protective measures published in August 2021.</p>
<h2>2. Scrutiny</h2>
<p>2.1 The Commissioner reviewed the Constabulary's action plan at her Accountability Meeting on
6 December 2022. The table below gives the position the Constabulary reported.</p>
<table>
<tr><th>Recommendations</th><th>Subject</th><th>Position reported</th></tr>
<tr><td>1 to 4</td><td>Released under investigation, understanding of protective measures, victims' updates on bail, DVPNs</td><td>All actions completed; evidence seen by the OPCC Scrutiny Officer</td></tr>
<tr><td>10-11</td><td>Training for call handlers and investigators</td><td>Ongoing; the new module is being rolled out and will be finished by June 2023</td></tr>
</table>
<p>2.2 Recommendations 6 to 8 are for the Home Office and the Ministry of Justice and are not included.</p>
<h2>3. Recommendation</h2>
<p>3.1 The Panel is asked to note the report.</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# modern-slavery (the catalogue numbers only recommendation 1, to the Home Office; the others are known by
# subject only, so documents answering them by subject carry no labelled response)
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ms-apcc-statement-all-pccs",
    formats=["markdown", "html"],
    super_complaint="modern-slavery",
    authors=["apcc"],
    date=["2021-07-20"],
    responses={},
    optional=[],
    absent=["1"],
    classes=["national body answering for all PCCs", "recommendations answered by subject only, no numbers",
             "College and HMICFRS 'Action 1' / 'Action 2' are not recommendations",
             "Home Office rec 1 quoted, not answered", "report date and Hestia 2019 date as distractors"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                page_title="APCC response: The hidden victims",
                furniture_words=["Home", "About", "Our work", "PCCs", "News", "Member resources"],
                mega_menu=["Victims", "Criminal justice", "Modern slavery", "Finance", "Workforce", "Digital"],
                page_dates="<p>Posted: 20 July 2021</p>"),
    body="""
<h1>APCC response to The hidden victims: police response to victims of modern slavery</h1>
<p>20 July 2021</p>
<p>This is the response of the Association of Police and Crime Commissioners, on behalf of police and
crime commissioners in England and Wales, to the report on Hestia's super-complaint, published on 26 May
2021. Hestia's super-complaint was based on its March 2019 report <em>Underground lives</em>.</p>
<h2>Recommendations and actions not for commissioners</h2>
<p>Recommendation 1 asks the Home Office, in consultation with chief constables and others, to commission
work to better understand the victim experience. The report also sets out Action 1 for the College of
Policing (to update its Authorised Professional Practice) and Action 2 for HMICFRS (inspection activity).
These are for those bodies.</p>
<h2>Working with chief constables to understand victims' needs</h2>
<p>PCCs accept the recommendation that they work with chief constables to understand what support victims
of modern slavery need. The APCC's Victims portfolio has circulated a template for local needs
assessments, and about two thirds of offices have begun one.</p>
<h2>Commissioning of support services</h2>
<p>Commissioners will consider what services to commission once the local needs assessments are
finished. No commissioning decisions have yet been taken.</p>
<p>Signed: Councillor Edwina Marsh, APCC joint lead for victims</p>
""",
))

DOCS.append(Doc(
    name="ms-west-midlands-progress-2023",
    formats=["pdf"],
    super_complaint="modern-slavery",
    authors=["west-midlands-police"],
    date=["2023-06"],
    responses={},
    optional=["1"],
    absent=[],
    classes=["force progress update two years after the report", "PDF cover page", "named by short title",
             "force recommendations by subject only (no catalogue numbers)",
             "force's contribution to the Home Office's rec 1 work", "month-only date"],
    style=Style(pdf_ruled=False, pdf_header="West Midlands Police",
                pdf_cover="<h1>Police response to victims of modern slavery</h1><p>Progress report</p>"
                          "<p>West Midlands Police</p><p>June 2023</p>"),
    body="""
<h1>Police response to victims of modern slavery: progress report</h1>
<p>West Midlands Police, June 2023</p>
<h2>Introduction</h2>
<p>In May 2021 the inspectorate, the College of Policing and the IOPC published their report on the
police response to victims of modern slavery. We published our first response in November 2021. This
report sets out where we are two years on against the recommendations made to chief constables.</p>
<h2>Training and specialist knowledge</h2>
<p>All frontline officers and staff have completed the modern slavery e-learning, and every response
hub has an accredited modern slavery tactical adviser. Victim support arrangements are set out in a
single guide on the intranet. We regard this recommendation as complete.</p>
<h2>Allocation of investigations</h2>
<p>Modern slavery investigations are now allocated to the Modern Slavery and Organised Immigration Crime
Unit or, for lower-risk cases, to trained investigators in local CID. An audit in March 2023 found that
one in six investigations had still been allocated to untrained staff, so this work continues; a
second audit is planned for December 2023.</p>
<h2>Working with the Police and Crime Commissioner</h2>
<p>We have shared our victim data with the Office of the Police and Crime Commissioner to inform its
needs assessment. The Commissioner's commissioning of new services is still under way.</p>
<h2>Home Office research (recommendation 1)</h2>
<p>Recommendation 1 is for the Home Office. At its request we took part in the research on victims'
experience of the police response in 2022, providing anonymised case files and arranging interviews.</p>
""",
))

DOCS.append(Doc(
    name="ms-home-office-update-rec1",
    formats=["text"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2022-04-28"],
    responses={"1": R(["in_progress"], ACC)},
    optional=["1a", "1b"],
    absent=[],
    classes=["Home Office letter on its own recommendation", "parts 1a/1b as bullets 'first'/'second'",
             "Independent Anti-Slavery Commissioner and CPS named, not authors", "publication dates of research ahead"],
    style=Style(wrap=76),
    body="""
<div class="letterhead">Home Office<br>Modern Slavery Unit<br>2 Marsham Street, London SW1P 4DF</div>
<p>28 April 2022</p>
<p>Dear Chief Inspector,</p>
<p><strong>The hidden victims: Home Office update on recommendation 1</strong></p>
<p>I am writing with an update on the recommendation made to the Home Office in the report on Hestia's
super-complaint, published on 26 May 2021. We accepted the recommendation in our response of August 2021.</p>
<p>On the first part, understanding the victim experience of the police response, we commissioned
research in December 2021 after consulting the Independent Anti-Slavery Commissioner, the Victims'
Commissioner, the Crown Prosecution Service and voluntary sector support providers. Fieldwork with
survivors began in March 2022.</p>
<p>On the second part, the research team has agreed its method with the National Police Chiefs' Council
and will report to ministers by the end of 2022; we expect to publish the findings in spring 2023.</p>
<p>Yours sincerely,</p>
<p>Harriet Coyle<br>Director, Modern Slavery and Exploitation</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# police-perpetrated-domestic-abuse
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ppda-cheshire-pcc-comment",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["cheshire-pcc"],
    date=["2022-08-23", "2023-03-02"],
    responses={"3": R(["complete", "in_progress"], ACC)},
    optional=["3a"],
    absent=["1", "2", "4"],
    classes=["PCC statutory comment", "rec 3a part named", "force recs left to the Chief Constable",
             "MoJ part 3b mentioned", "last reviewed/next review dates under content"],
    style=Style(site="pcc", site_name="Cheshire Police and Crime Commissioner",
                page_title="Response to the police perpetrated domestic abuse super-complaint",
                furniture_words=["Home", "Your Commissioner", "Police and Crime Plan", "Victims", "News",
                                 "Contact"],
                panels=True, related=["Police and Crime Plan 2021-2024", "Victims' services we fund"],
                page_dates="<p>Published: 23 August 2022. Last reviewed: 2 March 2023. Next review: March 2024.</p>"),
    body="""
<h1>Commissioner's response to the police perpetrated domestic abuse super-complaint</h1>
<p>The report on the Centre for Women's Justice super-complaint about police perpetrated domestic abuse
was published on 30 June 2022. It makes recommendations to chief constables, police and crime
commissioners, the Ministry of Justice and the Home Office.</p>
<p>Recommendations 1 and 2 are for the Chief Constable, who will respond through the National Police
Chiefs' Council. Recommendation 4 is for the Home Office, and part (b) of recommendation 3 is for the
Ministry of Justice.</p>
<h2>Recommendation 3a</h2>
<p><em>PCCs considering whether local services are capable of dealing with the specific risks and
vulnerabilities of PPDA victims and supporting them when engaging with the police complaints and
disciplinary system.</em></p>
<p>I accept this recommendation. My office has reviewed the domestic abuse services I commission with
the providers. The review found that services can support victims whose abuser is a police officer,
but that advisers need to know more about the police complaints and misconduct system. I have asked my
Complaints Review Manager to train IDVAs in the autumn; three of the four sessions have taken place.</p>
<p>Daniel Rourke<br>Police and Crime Commissioner for Cheshire</p>
""",
))

DOCS.append(Doc(
    name="ppda-durham-audit-update",
    formats=["pdf", "docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["durham-constabulary"],
    date=["2023-03-31"],
    responses={"1": R(["complete"], ACC), "2": R(["in_progress"], ACC), "3": R(["complete"], ACC)},
    optional=[],
    absent=["4"],
    classes=["force update a year after the report", "as at date with audit window dates",
             "letter to College via NPCC in history", "force's own part of rec 3"],
    style=Style(pdf_ruled=False, docx_headings="styles", pdf_footer="Durham Constabulary - Professional Standards"),
    body="""
<h1>Police perpetrated domestic abuse super-complaint: Durham Constabulary update</h1>
<p>Position as at 31 March 2023</p>
<p>Durham Constabulary accepted the three recommendations made to policing in the report of 30 June
2022. This update replaces our response of December 2022.</p>
<h2>Recommendation 1 (audit of cases)</h2>
<p>Status: Complete. The Professional Standards Department audited all live PPDA cases and those closed
between 1 July 2021 and 30 June 2022 (27 cases). Four were referred back for assessment as conduct
matters. The Chief Constable wrote to the College of Policing, via the NPCC, on 21 December 2022.</p>
<h2>Recommendation 2</h2>
<p>Status: In progress. Investigations into PPDA allegations are now allocated outside the officer's
command. A quality assurance process is being designed with the Centre for Women's Justice's feedback in
mind and is due to start in the summer.</p>
<h2>Recommendation 3 (support for victims)</h2>
<p>Status: Complete for the force's part. Victims in PPDA cases are referred to an independent adviser
outside the force, and the victim contact policy was updated in February 2023.</p>
<p>Recommendation 4 is for the Home Office.</p>
""",
))

DOCS.append(Doc(
    name="ppda-home-office-letter-rec4",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["home-office"],
    date=["2023-07-19"],
    responses={"4": R(["not_started", "not_stated"], ("not_accepted",))},
    optional=[],
    absent=["1", "3"],
    classes=["Home Office letter refusing a recommendation with reasons", "letterhead table cell",
             "earlier letter of 15 November 2022 as history", "other recipients' recs mentioned"],
    style=Style(docx_letterhead="table", docx_footer="Home Office, 2 Marsham Street, London SW1P 4DF"),
    body="""
<div class="letterhead">Home Office<br>Minister of State for Crime, Policing and Fire<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>19 July 2023</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse: super-complaint by the Centre for Women's Justice</strong></p>
<p>In my predecessor's letter of 15 November 2022 the Government said it would consider recommendation 4
further. I am now writing with our decision.</p>
<p>Recommendation four asked the Home Office to consider whether it would be appropriate to change the
framework so that allegations of domestic abuse by police officers are investigated by another force. We
have considered this carefully with the NPCC and the IOPC. The Government does not accept the
recommendation. The existing powers of the IOPC to direct or carry out independent investigations, and
the changes to the police dismissals process made this year, give the protection the recommendation
seeks. We will not be taking the work forward.</p>
<p>Chief constables have responded to recommendation 1, and PCCs and the Ministry of Justice to
recommendation 3; those responses have been published separately.</p>
<p>Yours sincerely,</p>
<p>Rt Hon Graham Ellery MP</p>
""",
))

DOCS.append(Doc(
    name="ppda-gloucestershire-panel-agenda",
    formats=["text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["gloucestershire-pcc"],
    date=["2022-10-07", "2022-10-21"],
    responses={},
    optional=[],
    absent=["1", "2", "3"],
    classes=["panel agenda only mentioning recommendations", "no response given", "meeting date vs publication date",
             "report date as distractor"],
    style=Style(wrap=80, upper_h1=True),
    body="""
<h1>Gloucestershire Police and Crime Panel</h1>
<p>Agenda for the meeting on Friday 21 October 2022, 10:00, Shire Hall, Gloucester.<br>
Published by the Office of the Police and Crime Commissioner for Gloucestershire, 7 October 2022.</p>
<ol>
<li>Apologies</li>
<li>Declarations of interest</li>
<li>Minutes of the meeting held on 15 July 2022</li>
<li>Commissioner's update report</li>
<li>Police perpetrated domestic abuse super-complaint (report of 30 June 2022): the Commissioner will
present his response to recommendation 3 and the Constabulary's plans for recommendations 1 and 2.
Report to follow.</li>
<li>Complaints against the Commissioner</li>
<li>Work programme</li>
</ol>
<p>Contact: Panel Support Officer, 01452 000 000.</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# honour-based-abuse
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="hba-south-yorkshire-mayor-news",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["south-yorkshire-mayor"],
    optional_authors=["south-yorkshire-police"],
    date=["2023-02-10"],
    responses={},
    optional=["1", "2"],
    absent=["3"],
    classes=["mayor's news item with published date", "complaint named by subject",
             "PCC recommendation answered by subject only (no catalogue number)",
             "force's acceptance reported second-hand", "NPCC rec mentioned"],
    style=Style(site="news", site_name="South Yorkshire Mayoral Combined Authority",
                page_title="Mayor responds to super-complaint on honour-based abuse",
                furniture_words=["Home", "Policing and crime", "Transport", "Skills", "News", "Contact"]),
    body="""
<h1>Mayor responds to super-complaint on sexual abuse victims at risk of honour-based abuse</h1>
<p>10 February 2023</p>
<p>The Mayor of South Yorkshire has published his response to the super-complaint report on how police
respond to victims of sexual abuse from ethnic minority backgrounds who may be at risk of honour-based
abuse, published on 16 December 2022 after a complaint by Tees Valley Inclusion Project.</p>
<p>The report asks police and crime commissioners to make sure their consultations
before commissioning victims' services include all communities. The Mayor accepts it. His Policing and
Crime Team has started a series of listening events with community groups in Sheffield, Rotherham,
Doncaster and Barnsley, and what they hear will shape the victims' services tender due in the autumn.</p>
<p>South Yorkshire Police has told the Mayor that it accepts recommendations 1 and 2 and will update its
sexual abuse policy. Recommendation 3 is for the National Police Chiefs' Council.</p>
""",
))

DOCS.append(Doc(
    name="hba-cleveland-tracker",
    formats=["docx", "pdf"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2024-01-15"],
    responses={"1": R(["in_progress"], NS), "2": R(["in_progress"], NS)},
    optional=["2a", "2b", "2c", "2d"],
    absent=["3"],
    classes=["tracker with status column contradicted by update (rec 1 'Complete')",
             "rec 2 split into 2a-2d rows, mixed statuses", "NPCC rec noted 'no local action'",
             "as at date vs due dates"],
    style=Style(docx_headings="bold", pdf_ruled=True, pdf_header="Cleveland Police - Action plan"),
    body="""
<h1>HBA super-complaint action plan (Tees Valley Inclusion Project)</h1>
<p>Cleveland Police. Version 4. Data as at 15 January 2024. Owner: Head of Vulnerability.</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Add the risk of honour-based abuse to the Sexual Offences policy</td><td>DCI Policy</td><td>31/03/2023</td><td>Complete</td><td>Draft returned by Legal Services in December; the revised policy is now expected to be published in Q1 2024/25 after consultation with the IAG.</td></tr>
<tr><td>2a</td><td>Community demographics briefing for officers</td><td>Neighbourhoods Supt</td><td>30/06/2023</td><td>Complete</td><td>Briefing packs issued to all neighbourhood teams, July 2023.</td></tr>
<tr><td>2b</td><td>Review membership of the Independent Advisory Group</td><td>Head of Inclusion</td><td>30/09/2023</td><td>Complete</td><td>Three new members recruited.</td></tr>
<tr><td>2c</td><td>Culture and religion information with local communities</td><td>Head of Inclusion</td><td>31/03/2024</td><td>In progress</td><td>Working with Halo Project; first chapters drafted.</td></tr>
<tr><td>2d</td><td>Investigation plans to consider cultural factors</td><td>DCI Public Protection</td><td>31/03/2024</td><td>Not started</td><td>Awaiting completion of 2c.</td></tr>
<tr><td>3</td><td>For NPCC</td><td>-</td><td>-</td><td>N/A</td><td>No local action.</td></tr>
</table>
<p>The Police and Crime Commissioner's recommendation on commissioning is tracked by the OPCC.</p>
""",
))

DOCS.append(Doc(
    name="hba-npcc-update-rec3",
    formats=["markdown"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2023-11"],
    responses={"3": R(["awaiting_national", "in_progress"], ACC), "1": R(["in_progress"], ACC),
               "2": R(["in_progress"], ACC)},
    optional=[],
    absent=[],
    classes=["national body speaking for all forces", "month-only date", "waiting on Home Office data standard",
             "counts of forces as progress"],
    body="""
<h1>Tees Valley Inclusion Project super-complaint: NPCC progress note</h1>
<p>November 2023</p>
<p>The NPCC lead for honour-based abuse, forced marriage and female genital mutilation, Commander Aisha
Qureshi, provides this note on behalf of chief constables and the NPCC.</p>
<h2>Recommendation 1: The risk of honour-based abuse</h2>
<p>Accepted by all forces. 29 forces have updated their sexual abuse policies; the others are doing so.</p>
<h2>Recommendation 2: Cultural awareness</h2>
<p>Accepted. Forces are working through the four elements with their advisory groups; a national
briefing product is being produced with the College of Policing.</p>
<h2>Recommendation 3: Consideration of findings</h2>
<p>Accepted. The NPCC's proposals for recording ethnicity and other protected characteristics have been
submitted to the Home Office, which owns the national data standard. We are waiting for the Home Office to
decide on the changes before they can be put in place.</p>
<p>The recommendation for police and crime commissioners is not covered here.</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# stop-and-search
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sas-thames-valley-pcc-comment",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["thames-valley-pcc"],
    date=["2024-02-08"],
    responses={"8": R(["in_progress"], ACC)},
    optional=[],
    absent=[],
    classes=["PCC statutory comment page with mega menu, panels, related links", "single rec for PCCs",
             "APCC and CJA named, not authors", "report date and deadlines as distractors"],
    style=Style(site="pcc", site_name="Thames Valley Police and Crime Commissioner",
                page_title="Response to the section 60 super-complaint report",
                mega_menu=["Police and Crime Plan", "Victims First", "Community safety", "Grants",
                           "Custody visiting", "Complaints", "Scrutiny", "Transparency", "Meetings",
                           "News", "About the PCC", "Contact"],
                panels=True, related=["Stop and search scrutiny panel", "Police and Crime Plan 2021-25"],
                page_dates="<p>Page published 8 February 2024</p>"),
    body="""
<h1>Response to the super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>The report on the Criminal Justice Alliance's super-complaint was published on 15 December 2023.
Commissioners must comment within 56 days. This is my response to the recommendation made to police and
crime commissioners. The Chief Constable is responding to the recommendations made to chief constables.</p>
<h2>Recommendation 8</h2>
<p>I accept recommendation 8. The Thames Valley stop and search scrutiny panel already meets every
quarter and reviews body-worn video. To meet the recommendation fully we are recruiting new members so
that the panel better reflects the communities most affected, we will give every member training, and from
April 2024 the panel will scrutinise every section 60 authorisation. The Association of Police and Crime
Commissioners will collate responses from all commissioners.</p>
<p>Helen Farrow, Police and Crime Commissioner for Thames Valley</p>
""",
))

DOCS.append(Doc(
    name="sas-gwent-police-response",
    formats=["docx", "text"],
    super_complaint="stop-and-search",
    authors=["gwent-police"],
    date=["2024-06-03"],
    responses={"1": R(["complete"], ACC), "2": R(["in_progress"], ("partially_accepted",)),
               "3": R(["awaiting_national"], ACC), "4": R(["not_started"], ACC),
               "5": R(["in_progress"], ACC), "6": R(["not_started", "not_stated"], ("accepted", "partially_accepted"))},
    optional=[],
    absent=["8"],
    classes=["force response with version and last updated", "in principle acceptance",
             "awaiting Home Office review", "planned for a quarter (not started)", "PCC rec 8 mentioned",
             "docx bold headings"],
    style=Style(docx_headings="bold", wrap=92, text_tables="form", docx_footer="Gwent Police - OFFICIAL"),
    body="""
<h1>Gwent Police response to the Criminal Justice Alliance super-complaint</h1>
<p>Version 1.2. Last updated 3 June 2024. First published 9 February 2024.</p>
<p>The report of 15 December 2023 makes ten recommendations, six of them to chief constables. These are
Gwent Police's responses. Recommendation 8, on community scrutiny, is for the Police and Crime
Commissioner for Gwent, who has published her own response.</p>
<h2>Recommendation 1</h2>
<p>Accepted. The force's section 60 authorisation template now requires the authorising officer to
record the intelligence relied on and the geographical area in writing. In place since March 2024.
Complete.</p>
<h2>Recommendation 2</h2>
<p>Partially accepted. We agree that authorisations should be as short as possible and are reviewing
them with the scrutiny panel. We do not agree that an extension should always need chief officer
approval out of hours; a superintendent will continue to approve extensions of up to two hours. Review
ongoing.</p>
<h2>Recommendation 3</h2>
<p>Accepted. This depends on the Home Office's review of the section 60 best use scheme. We will update
our procedure once the review is published.</p>
<h2>Recommendation 4</h2>
<p>Accepted. Community impact assessments for each authorisation will start in quarter 3 of 2024/25;
work has not yet begun.</p>
<h2>Recommendation 5</h2>
<p>Accepted. Data on section 60 searches by ethnicity is published monthly from May 2024; the
accompanying narrative analysis is being developed.</p>
<h2>Recommendation 6</h2>
<p>Accepted in principle. Gwent Police supports the aim of the recommendation, but the action depends on
the force's new records system, for which no date has been set.</p>
""",
))

DOCS.append(Doc(
    name="sas-leicestershire-joint-news",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["leicestershire-pcc", "leicestershire-police"],
    date=["2024-03-21"],
    responses={"8": R(["complete"], ACC)},
    optional=[],
    absent=[],
    classes=["joint news item", "complaint named by short title only ('section 60 super-complaint')",
             "force recommendations by subject only, no numbers (not labelled)", "news furniture with related news"],
    style=Style(site="news", site_name="Leicestershire Police and Crime Commissioner",
                page_title="Stop and search scrutiny strengthened | Leicestershire OPCC"),
    body="""
<h1>Stop and search scrutiny strengthened after section 60 super-complaint</h1>
<p>21 March 2024</p>
<p>Leicestershire's Police and Crime Commissioner and Leicestershire Police have set out their joint
response to the section 60 super-complaint report.</p>
<p>The Commissioner has accepted the recommendation to commissioners on independent community scrutiny,
recommendation 8, and says it has now been met in full: the new Stop and Search Community Scrutiny Group
met for the first time on 6 March with 14 trained members, and it will look at every section 60
authorisation.</p>
<p>The force has accepted the recommendations for chief constables, which cover how section 60
authorisations are made, communicated to the public and recorded. Chief Superintendent Gareth Lowe said
work on those is well advanced and a full action plan will be published on the force website.</p>
""",
))

# ---------------------------------------------------------------------------------------------------
# stalking
# ---------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="stalking-norfolk-action-plan",
    formats=["html", "markdown"],
    super_complaint="stalking",
    authors=["norfolk-constabulary"],
    date=["2024-11-20"],
    responses={"7": R(["in_progress"], NS), "10": R(["in_progress"], NS), "11": R(["complete"], NS),
               "12": R(["not_started"], NS), "14": R(["awaiting_national"], NS)},
    optional=["7.1", "7.2"],
    absent=["15", "16"],
    classes=["56-day force action plan", "7.1 and 7.2 as rows", "deadlines 27 March 2025 and 22 November 2024",
             "waiting on College guidance", "PCC recs mentioned"],
    style=Style(site="force", site_name="Norfolk Constabulary",
                page_title="Stalking super-complaint: our action plan",
                furniture_words=["Home", "Report", "Advice", "News", "About us", "Contact us"],
                page_dates="<p>Published 20 November 2024</p>", panels=True),
    body="""
<h1>Police response to stalking: Norfolk Constabulary action plan</h1>
<p>Version 1, 20 November 2024</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint was published on 27 September 2024. It asks
chief constables to publish an action plan within 56 days, by 22 November 2024. This is ours. Most
recommendations are to be delivered by 27 March 2025.</p>
<p>Recommendations 15 and 16 concern commissioning of services and are being led by the Office of the
Police and Crime Commissioner for Norfolk.</p>
<table>
<tr><th>Recommendation</th><th>What we will do</th><th>Progress</th></tr>
<tr><td>7</td><td>Request changes to our crime recording system so stalking can be recorded as an included classification</td><td>Change request raised with the supplier in October 2024; in progress</td></tr>
<tr><td>7.1</td><td>Guidance and checks so that officers use the new capability</td><td>Will follow the system change</td></tr>
<tr><td>7.2</td><td>Interim intelligence reports to make stalking searchable</td><td>In place from 1 November 2024</td></tr>
<tr><td>10</td><td>Review stalking learning and training</td><td>Training needs analysis under way</td></tr>
<tr><td>11</td><td>Stalking champions in every local policing area</td><td>Done: 22 champions appointed</td></tr>
<tr><td>12</td><td>Multi-agency stalking intervention programme</td><td>Not yet started; scoping to begin in January 2025</td></tr>
<tr><td>14</td><td>Adopt updated stalking guidance</td><td>Waiting for the College of Policing to publish revised APP</td></tr>
</table>
""",
))

DOCS.append(Doc(
    name="stalking-staffordshire-commissioner-comment",
    formats=["text"],
    super_complaint="stalking",
    authors=["staffordshire-pfcc"],
    optional_authors=[],
    date=["2024-11-19"],
    responses={"15": R(["in_progress"], ACC), "16": R(["not_started"], ACC)},
    optional=["25"],
    absent=["27"],
    classes=["commissioner's statutory comment as converted text", "rec 25 led by the force, commissioner only oversees",
             "APCC rec 27 mentioned", "deadline dates"],
    style=Style(wrap=78, upper_h1=True),
    body="""
<h1>Staffordshire Commissioner: response to the police response to stalking super-complaint</h1>
<p>19 November 2024</p>
<p>I welcome the report of 27 September 2024 on the Suzy Lamplugh Trust's super-complaint. Three
recommendations concern commissioners: 15, 16 and 25. The Association of Police and Crime Commissioners
is also collating commissioners' responses, as recommendation 27 asks.</p>
<p><strong>Recommendation 15.</strong> I accept this recommendation. My office is reviewing the specialist
stalking services we commission, including independent stalking advocacy. Two ISAC posts are funded
until March 2025 and the review will tell me whether more are needed. The review will report by
27 March 2025.</p>
<p><strong>Recommendation 16.</strong> I accept this recommendation. The joint review with Staffordshire
Police has not started yet; terms of reference will be agreed in January 2025.</p>
<p><strong>Recommendation 25.</strong> This is for the Chief Constable to lead and I will hold him to
account for it through my Strategic Governance Board.</p>
<p>Robert Kessling<br>Staffordshire Commissioner for Police, Fire and Rescue and Crime</p>
""",
))

DOCS.append(Doc(
    name="stalking-dorset-six-month-tracker",
    formats=["pdf", "docx"],
    super_complaint="stalking",
    authors=["dorset-police"],
    date=["2025-03-21"],
    responses={"7": R(["in_progress"], NS), "10": R(["complete"], NS), "11": R(["not_started"], NS),
               "13": R(["awaiting_national"], NS), "14": R(["in_progress"], NS)},
    optional=["7.1", "7.2"],
    absent=[],
    classes=["six-month tracker as at date", "status column contradicted by update (rec 7)",
             "NPCC return date and 27 March deadline as distractors", "awaiting College product"],
    style=Style(pdf_ruled=True, pdf_header="Dorset Police - Stalking super-complaint tracker",
                docx_headings="styles"),
    body="""
<h1>Stalking super-complaint: six-month progress tracker</h1>
<p>Dorset Police. As at 21 March 2025, for return to the NPCC by 28 March 2025.</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Update</th></tr>
<tr><td>7 / 7.1 / 7.2</td><td>Crime recording: included classifications; use of the capability; interim searchability</td><td>Head of Crime Standards</td><td>27/03/2025</td><td>Complete</td><td>Supplier change is now scheduled to go live in June 2025. Interim intelligence-report process in place (7.2). Guidance for 7.1 will follow go-live.</td></tr>
<tr><td>10</td><td>Review learning and training on stalking</td><td>Learning and Development</td><td>27/03/2025</td><td>Complete</td><td>Review finished in February 2025; new module live.</td></tr>
<tr><td>11</td><td>Stalking single points of contact</td><td>Det Supt Safeguarding</td><td>27/03/2025</td><td>Not started</td><td>Delayed by the force restructure; new date September 2025.</td></tr>
<tr><td>13</td><td>Supervisory review standards</td><td>Det Supt Safeguarding</td><td>27/03/2025</td><td>Paused</td><td>Waiting for the College of Policing's national supervision standard before local changes.</td></tr>
<tr><td>14</td><td>Victim needs assessment at first contact</td><td>Head of Contact Management</td><td>30/06/2025</td><td>On track</td><td>Pilot running in the Force Command Centre.</td></tr>
</table>
""",
))

DOCS.append(Doc(
    name="stalking-essex-scrutiny-board-minutes",
    formats=["docx"],
    super_complaint="stalking",
    authors=["essex-pfcc", "essex-police"],
    date=["2025-05-13", "2025-06-17"],
    responses={"15": R(["complete"], NS), "7": R(["in_progress"], NS), "10": R(["complete"], NS)},
    optional=["16"],
    absent=[],
    classes=["PFCC scrutiny board minutes", "meeting date vs approval date", "force and PFCC both answer",
             "rec 16 discussed without a status", "unrelated agenda items"],
    style=Style(docx_headings="bold", docx_footer="Essex Police, Fire and Crime Commissioner - Performance and Resources Scrutiny Board"),
    body="""
<h1>Essex Police, Fire and Crime Commissioner: Performance and Resources Scrutiny Board</h1>
<p>Minutes of the meeting held on 13 May 2025, Kelvedon Park.</p>
<p>Attendees: Police, Fire and Crime Commissioner (Chair); Chief Executive, PFCC's office; Chief
Constable; Deputy Chief Constable; Director of Finance; Head of Performance Analysis.</p>
<h2>1. Minutes and action log</h2>
<p>The minutes of 8 April 2025 were agreed. Action 34 (custody detention times) closed.</p>
<h2>2. Stalking super-complaint: progress against the recommendations</h2>
<p>The DCC reported on Essex Police's position after the NPCC's six-month return in March. On recommendation 7,
the crime recording change is being tested and is not yet live. Recommendation 10 is complete: the
stalking training module went live in February and 1,850 officers have completed it.</p>
<p>The Chief Executive reported that the Commissioner's review of stalking services under
recommendation 15 is complete; an additional independent stalking advocate has been commissioned from
July 2025.</p>
<p>The Commissioner asked that the joint review under recommendation 16 be brought to a future meeting.</p>
<h2>3. Finance update</h2>
<p>The Director of Finance presented the outturn report.</p>
<p>Minutes approved at the Board meeting on 17 June 2025.</p>
""",
))

DOCS.append(Doc(
    name="stalking-apcc-update-all-pccs",
    formats=["markdown"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2025-01"],
    responses={"15": R(["in_progress"], ACC), "16": R(["in_progress"], ACC), "25": R(["in_progress"], ACC),
               "27": R(["complete"], ("not_stated", "accepted"))},
    optional=[],
    absent=["7", "10"],
    classes=["national body answering for all PCCs", "month-only date", "counts of PCCs accepting",
             "force recommendations mentioned as context"],
    body="""
<h1>APCC response on behalf of PCCs: the police response to stalking</h1>
<p>January 2025</p>
<p>The Association of Police and Crime Commissioners has collated responses from all police and crime
commissioners and mayors with policing responsibilities, as recommendation 27 of the report asks; this
document is that collated response.</p>
<h2>Recommendation 15</h2>
<p>All 43 PCCs and equivalents have accepted recommendation 15. Commissioners are reviewing their
stalking services before the 27 March 2025 deadline; most expect to finish by then.</p>
<h2>Recommendations 16 and 25</h2>
<p>These recommendations are also directed at chief constables. All PCCs accepted both recommendations, and joint
reviews with forces are under way in most areas.</p>
<p>Force recommendations such as 7 (crime recording) and 10 (training) are being reported by the
National Police Chiefs' Council.</p>
""",
))

DOCS.append(Doc(
    name="stalking-lincolnshire-one-year-news",
    formats=["html"],
    super_complaint="stalking",
    authors=["lincolnshire-police"],
    date=["2025-09-26"],
    responses={"10": R(["complete"], NS)},
    optional=["7"],
    absent=[],
    classes=["force news item a year later", "one rec answered, one mentioned vaguely",
             "dates of report anniversary", "Suzy Lamplugh Trust quoted, not an author"],
    style=Style(site="news", site_name="Lincolnshire Police",
                page_title="One year on: how we have changed our response to stalking"),
    body="""
<h1>One year on: how we have changed our response to stalking</h1>
<p>Posted 26 September 2025</p>
<p>A year ago this week, on 27 September 2024, the national report on the police response to stalking
was published after a super-complaint by the Suzy Lamplugh Trust.</p>
<p>Since then every officer and member of staff in Lincolnshire Police who deals with the public has
completed our new stalking training, which means recommendation 10 of the report is complete for us.
We have also made changes to how stalking is recorded on our systems (recommendation 7) and we will say
more about that work soon.</p>
<p>If you are being stalked, call 101 or the National Stalking Helpline. In an emergency call 999.</p>
""",
))
