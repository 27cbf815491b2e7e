"""Held-out set 26: invented police-force and joint force-and-commissioner responses to super-complaints.

Written blind: the writer read only the product brief, the shared corpus README and its three samples, the
reference catalogue and organisations list, and build.py / render.py. No engine code, no other labelled set,
no real published response was read or copied. Every person named is invented; organisation names are real.
The emphasis is on forces' own documents (letters to the inspectorate, trackers and action plans with RAG
columns, FOI replies, emails, papers to a commissioner's board, web pages and news items) and joint
force-and-commissioner documents.

Per super-complaint (22 documents, 34 files):
- safe-to-share (4): Dyfed-Powys letter to HMICFRS (docx, pdf); BTP tracker (markdown, text with pipes);
  Gwent joint web page with a later update (html); Met paper to a MOPAC board (pdf, docx).
- protective-measures (3): Northamptonshire FOI reply (text); Lincolnshire action plan with a range row and a
  refused recommendation (docx, pdf); Cheshire news item, "both" recommendations on bail (html, markdown).
- modern-slavery (2): West Mercia paper to the PCC's board and South Wales Police web page, both answering by
  subject only (no catalogue number is answered; recommendation 1 is the Home Office's).
- police-perpetrated-domestic-abuse (3): Durham letter (pdf, text); Hertfordshire joint page with the PCC's
  3a (html); City of London report to the Police Authority Board (markdown).
- honour-based-abuse (3): West Yorkshire tracker with 2a-2d rows (html, pdf); Cleveland email to the OPCC
  (text); Lancashire position statement, 2 partly accepted, PCC letter appended (pdf, docx).
- stop-and-search (3): Nottinghamshire joint page, ranges "1 to 3" and "5 and 6" (html, markdown);
  Wiltshire paper to the PCC's board, one recommendation not accepted (text); South Yorkshire action plan,
  a RAG column contradicted by its update (docx, markdown).
- stalking (4): Derbyshire action plan with 7.1/7.2 rows (html); Surrey six-month update (docx, pdf);
  Norfolk joint response with the PCC's 15 (markdown); Warwickshire news item (markdown).

Numbers of recommendations whose recipients the catalogue does not know (protective measures, stop and
search, stalking) are invented consistently within a document; only ids the catalogue lists are labelled.
"""
from build import Doc
from render import Style



def table(header: list[str], rows: list[list[str]]) -> str:
    h = "<tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>{h}{body}</table>"


def R(progress, position=("not_stated",)):
    return {"progress": list(progress), "position": list(position)}


ACC = ("accepted",)

DOCS: list[Doc] = []

# ------------------------------------------------------------------------------------------------------------
# safe-to-share
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sts-dyfed-powys-letter",
    formats=["docx", "pdf"],
    super_complaint="safe-to-share",
    authors=["dyfed-powys-police"],
    date=["2021-06-10"],
    responses={"1": R(["complete"], ACC), "4": R(["in_progress"], ACC), "5": R(["in_progress"])},
    optional=["8"],
    absent=["2", "3", "6"],
    style=Style(docx_letterhead_in_header=True, pdf_header="Dyfed-Powys Police - OFFICIAL"),
    classes=["letter", "letterhead_in_header", "recommendation_8_is_the_letter", "pcc_answers_separately",
             "distracting_dates"],
    body="""
<div class="letterhead">Dyfed-Powys Police<br>Police Headquarters<br>PO Box 99<br>Llangunnor<br>Carmarthen SA31 2PF</div>
<p>Our ref: CC/SC/2021/014<br>Your ref: SC-STS-08</p>
<p>10 June 2021</p>
<p>Mr Rupert Halloway<br>Super-complaints team<br>HM Inspectorate of Constabulary and Fire &amp; Rescue Services</p>
<p>Dear Mr Halloway,</p>
<p><strong>Safe to share? Update from Dyfed-Powys Police on the recommendations for chief constables</strong></p>
<p>Thank you for your letter of 19 May 2021 reminding recipients that an update is due within six months of the
publication of the report on 17 December 2020. This letter is that update for Dyfed-Powys Police. Of the eight
recommendations, those addressed to chief constables are recommendations 1 and 4, and recommendation 5, which is
shared with police and crime commissioners. The Commissioner will write to you separately about his part of
recommendation 5 and about recommendation 6.</p>
<h3>Recommendation 1</h3>
<p>We accepted recommendation 1 in full. A force instruction (FI 07/21) was issued to all officers and staff on
8 February 2021: where an officer only has concerns or doubts about the immigration status of a victim of domestic
abuse, no information is to be passed to Immigration Enforcement, and the victim is to be referred to a third-party
adviser instead. Our crime recording system no longer offers the immigration referral option for domestic abuse
occurrences without supervisor approval. We regard this recommendation as implemented. We will review the
instruction when the College of Policing publishes its final guidance.</p>
<h3>Recommendation 4</h3>
<p>We support recommendation 4. Working with BAWSO and the regional migrant support forum, we have drafted a safe
reporting pathway for victims and witnesses with insecure immigration status. It is being tested in the Carmarthen
and Llanelli local policing areas and we expect it to go live across the force by October 2021.</p>
<h3>Recommendation 5</h3>
<p>Community engagement officers have begun a programme of outreach with faith and community groups in Swansea Bay
and Aberystwyth, and translated leaflets explaining that victims can report without fear of immigration
enforcement are being distributed. This work continues through the summer.</p>
<h3>Recommendations for national bodies</h3>
<p>We note that recommendations 2 and 3 rest with the Home Office and, for the safeguarding protocol, with the
National Police Chiefs' Council. The force will adopt the protocol once it is published.</p>
<p>Yours sincerely,</p>
<p>Eleri Vaughan-Pryce<br>Chief Constable, Dyfed-Powys Police</p>
""",
))

DOCS.append(Doc(
    name="sts-btp-tracker",
    formats=["markdown", "text"],
    super_complaint="safe-to-share",
    authors=["british-transport-police"],
    date=["2021-09-30"],
    responses={"1": R(["complete", "awaiting_national"]), "4": R(["in_progress"]),
               "5": R(["in_progress", "complete"]), "8": R(["complete"])},
    optional=["4a", "4d", "4e"],
    absent=["6"],
    style=Style(text_tables="pipes"),
    classes=["tracker_table", "rag_column", "status_contradicted_by_update", "parts_as_rows", "not_applicable_row",
             "next_review_date"],
    body="""
<h1>British Transport Police: Safe to share? recommendations tracker</h1>
<p>Police data sharing for immigration purposes: report on the Liberty and Southall Black Sisters super-complaint.</p>
<p>Position as at 30 September 2021. Tracker owner: Head of Public Protection, BTP Crime Directorate. Next review:
31 December 2021.</p>
""" + table(["Ref", "Recommendation", "Action", "Owner", "Due", "RAG", "Update"], [
        ["R1", "Stop sharing DA victims' information with Immigration Enforcement where officers only have doubts about status",
         "Policy note issued to all officers; Immigration Enforcement referral form amended", "D/Supt Public Protection",
         "31/03/2021", "Green - Complete",
         "Interim College of Policing guidance received. The force position will be finalised once the final national guidance is published. No doubt-only referrals made since March."],
        ["R4(a)", "Policy and practice framework for officers", "Draft procedure on victims with insecure status",
         "Legal Services / PPU", "31/12/2021", "Amber", "Draft procedure with Legal Services for review."],
        ["R4(d)", "Pathways developed with specialist organisations", "Scoping with rail industry charities and migrant support groups",
         "Partnerships Manager", "31/03/2022", "Red", "Not yet started; scoping meeting planned for Q4 2021/22."],
        ["R4(e)", "Clarity on when information will be shared", "Include in the procedure at R4(a)", "PPU",
         "31/12/2021", "Amber", "Text drafted."],
        ["R5", "Promote migrant victims' confidence in reporting", "Communications plan with the BTPA",
         "Head of Corporate Communications", "30/11/2021", "Complete",
         "Comms plan agreed with the BTPA; launch of the poster campaign at major stations deferred to January 2022."],
        ["R6", "PCCs: local access to specialist victim support", "Not applicable to BTP (for PCCs)", "-", "-", "N/A", "-"],
        ["R8", "Update to HMCIC within six months", "Update letter to HMICFRS", "Deputy Chief Constable",
         "17/06/2021", "Complete", "Sent 16/06/2021."],
    ]),
))

DOCS.append(Doc(
    name="sts-gwent-joint-page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["gwent-police", "gwent-pcc"],
    date=["2022-03-14", "2021-07-02"],
    responses={"1": R(["complete"], ACC), "4": R(["in_progress"], ACC), "5": R(["in_progress"], ACC),
               "6": R(["in_progress"], ACC)},
    optional=["8"],
    absent=["2", "3", "7"],
    style=Style(site="pcc", site_name="Office of the Police and Crime Commissioner for Gwent",
                page_title="Safe to share? Joint response | OPCC Gwent",
                mega_menu=["Police and crime plan", "Holding the Chief Constable to account", "Commissioning",
                           "Victims", "Meetings and decisions", "Transparency"],
                page_dates="Published: 2 July 2021 | Last updated: 14 March 2022", panels=True,
                related=["HMICFRS inspection reports", "Joint Audit Committee papers"]),
    classes=["joint_force_pcc", "web_page_furniture", "both_numbers", "update_appended", "published_vs_updated"],
    body="""
<h1>Safe to share? Joint response from Gwent Police and the Police and Crime Commissioner for Gwent</h1>
<p>In December 2020 HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the
Independent Office for Police Conduct published their report on the super-complaint made by Liberty and Southall
Black Sisters about police sharing victims' immigration information with the Home Office. The Chief Constable and
the Commissioner accept the recommendations addressed to them. This joint response is our six-month update.</p>
<h2>Recommendation 1 (Chief Constable)</h2>
<p>Since March 2021 Gwent Police officers have not shared information with Immigration Enforcement about victims of
domestic abuse where they only have doubts about the victim's status. The domestic abuse procedure has been
changed and briefed to all response and neighbourhood teams. This recommendation is complete.</p>
<h2>Recommendations 4 and 5 (Chief Constable; recommendation 5 jointly with the Commissioner)</h2>
<p>Work on both is under way. A safe reporting pathway is being designed with the Gwent Migrant Forum and Welsh
Women's Aid, and joint engagement events in Newport are planned over the autumn.</p>
<h2>Recommendation 6 (Commissioner)</h2>
<p>The Commissioner has agreed to carry out an assessment of local access to specialist support for migrant victims
and will commission it in autumn 2021.</p>
<p><strong>Update, March 2022:</strong> the assessment began in January 2022 and is being carried out by an
independent researcher; it will report to the Commissioner's Strategy and Performance Board in summer 2022.</p>
<p>Recommendations 2, 3 and 7 are for the Home Office and the National Police Chiefs' Council and are not answered
here.</p>
<p>Jonathan Maddox-Evans, Chief Executive, Office of the Police and Crime Commissioner for Gwent</p>
""",
))

DOCS.append(Doc(
    name="sts-met-mopac-paper",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["metropolitan-police-service"],
    optional_authors=["london-mayor"],
    date=["2021-09-15", "2021-09"],
    responses={"1": R(["awaiting_national"], ["accepted", "partially_accepted"]),
               "4": R(["in_progress"], ["partially_accepted"]),
               "5": R(["in_progress"], ACC)},
    optional=["8", "4e"],
    absent=["6"],
    style=Style(pdf_header="MOPAC Oversight Board - 22 September 2021 - Item 7", pdf_ruled=False,
                docx_headings="bold"),
    classes=["board_paper", "in_principle", "partially_accepted", "meeting_date_vs_paper_date", "awaiting_college"],
    body="""
<h1>Metropolitan Police Service: response to the Safe to share? super-complaint report</h1>
<p>Paper for the MOPAC Oversight Board, meeting of 22 September 2021, agenda item 7.<br>
Date of paper: 15 September 2021<br>Report by: Commander Priya Lindqvist-Shah, Metropolitan Police Service<br>
Classification: OFFICIAL</p>
<h2>1. Purpose</h2>
<p>To set out the Metropolitan Police Service's position on the recommendations addressed to chief constables in
the Safe to share? report and to update the Board on progress. The update sent to HMICFRS on 17 June 2021 was
based on an earlier version of this paper.</p>
<h2>2. Recommendation 1</h2>
<p>The MPS accepts recommendation 1 in principle. Frontline guidance for officers has been drafted but will not
be issued until the College of Policing has published its national guidance, so that officers do not receive two
versions. Until then the existing MPS policy continues to apply.</p>
<h2>3. Recommendation 4</h2>
<p>The MPS partially accepts recommendation 4. We accept the need for safe reporting pathways built with specialist
organisations, and a pathway pilot is running in two basic command units. We do not accept part (e) as drafted:
we cannot give a general assurance about the circumstances in which information will never be shared, because
officers must act where there is evidence of an offence.</p>
<h2>4. Recommendation 5</h2>
<p>Accepted. The MPS and MOPAC are developing a joint engagement plan with London's migrant community
organisations; the first round of listening events took place in August 2021 and further events run to
December.</p>
<h2>5. Recommendation 6</h2>
<p>Recommendation 6 is for MOPAC; the Deputy Mayor for Policing and Crime will report on it separately.</p>
<h2>6. Recommendation</h2>
<p>The Board is asked to note the MPS position.</p>
""",
))

# ------------------------------------------------------------------------------------------------------------
# protective-measures
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="pm-northants-foi",
    formats=["text"],
    super_complaint="protective-measures",
    authors=["northamptonshire-police"],
    date=["2022-04-14"],
    responses={"1": R(["complete"]), "3": R(["in_progress"]), "6": R(["awaiting_national"])},
    absent=["2", "10", "14"],
    style=Style(wrap=76, upper_h1=True),
    classes=["foi_reply", "request_quoted", "subject_in_brackets", "awaiting_home_office", "received_vs_response_date"],
    body="""
<h1>Freedom of Information request FOI 002417/22</h1>
<p>Northamptonshire Police, Information Access Team, Wootton Hall, Northampton NN4 0JQ</p>
<p>Request received: 17 March 2022<br>Date of response: 14 April 2022</p>
<h2>Your request</h2>
<p>"Please tell me what Northamptonshire Police has done in response to each recommendation addressed to chief
constables in the report A duty to protect: police use of protective measures in cases involving violence against
women and girls (August 2021)."</p>
<h2>Our response</h2>
<p>Northamptonshire Police can confirm that it holds information relevant to your request, which is provided
below.</p>
<p>Recommendation 1 (released under investigation): a new review process for suspects released under
investigation was implemented in November 2021. Every RUI case is now reviewed by an inspector at 28 days and a
detective chief inspector at 90 days. This recommendation has been implemented.</p>
<p>Recommendation 3 (breaches of non-molestation orders): a training input for response and neighbourhood officers
on recording and investigating breaches is being delivered. At the date of this response 61% of response officers
have completed it; the remainder are scheduled before the end of June 2022.</p>
<p>Recommendation 6 (domestic violence protection notices and orders): the force is waiting for the Home Office's
revised statutory guidance on domestic abuse protection orders before changing its procedure, so that officers are
not trained twice.</p>
<p>Recommendations 2, 10 and 14 are addressed to the Home Office and the Ministry of Justice. Northamptonshire
Police does not hold information about the action taken on them.</p>
<h2>Right of appeal</h2>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working
days. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water
Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Information Access Team, Northamptonshire Police</p>
""",
))

DOCS.append(Doc(
    name="pm-lincolnshire-plan",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["lincolnshire-police"],
    date=["2022-01-31"],
    responses={"1": R(["complete"], ACC), "3": R(["in_progress"], ACC), "4": R(["in_progress"], ACC),
               "5": R(["in_progress"], ACC), "7": R(["awaiting_national"], ACC),
               "9": R(["not_started", "not_stated"], ["not_accepted"]),
               "12": R(["in_progress", "complete"], ACC)},
    style=Style(docx_headings="bold", pdf_header="Lincolnshire Police | OFFICIAL", docx_footer="Lincolnshire Police, Force Headquarters, Nettleham, Lincoln"),
    classes=["action_plan_table", "range_row", "not_accepted_with_reasons", "status_contradicted_by_update",
             "blanket_acceptance_with_exception", "version_and_as_at"],
    body="""
<h1>Lincolnshire Police: A duty to protect - force action plan</h1>
<p>Version 3, as at 31 January 2022. Next review: 30 April 2022.<br>Plan owner: Detective Chief Superintendent
Marcus Fenwright, Head of Crime and Public Protection</p>
<p>This plan sets out Lincolnshire Police's response to the super-complaint report by HMICFRS, the College of
Policing and the IOPC on police use of protective measures in cases involving violence against women and girls
(published 24 August 2021). Lincolnshire Police has accepted all of the recommendations addressed to chief
constables except recommendation 9, for the reason given below.</p>
""" + table(["Ref", "Recommendation", "Action", "Owner", "Due", "RAG", "Update"], [
        ["1", "Processes for managing released under investigation (RUI)", "Bail and RUI review panel",
         "DCI Bail Management", "31/12/2021", "Green", "Complete: panel in place since December 2021 and reporting monthly."],
        ["3-5", "Use of protective orders (DVPN, DVPO, non-molestation orders)", "Review of procedures; DVPO pilot",
         "Supt Safeguarding", "Q2 2022/23", "Amber", "Work under way on all three; DVPO pilot running in Boston and Lincoln."],
        ["7", "Breach of pre-charge bail", "Officer guidance on breach", "DCI Bail Management", "TBC", "Red",
         "On hold: awaiting the Home Office decision on a bespoke breach offence before guidance is issued."],
        ["9", "Dedicated protective orders team", "None", "-", "-", "Not accepted",
         "The force does not accept recommendation 9: a dedicated team is not affordable within the 2022/23 budget. Position to be revisited in 2023/24."],
        ["12", "Training on all protective measures", "Training package for frontline officers", "Learning and Development",
         "31/03/2022", "Green - complete", "Package written and signed off; delivery to frontline teams starts in March 2022."],
    ]) + """
<p>Approved by the Chief Officer Group. Prepared by Marcus Fenwright, Lincolnshire Police.</p>
""",
))

DOCS.append(Doc(
    name="pm-cheshire-news",
    formats=["html", "markdown"],
    super_complaint="protective-measures",
    authors=["cheshire-constabulary"],
    optional_authors=["cheshire-pcc"],
    date=["2021-10-19"],
    responses={"1": R(["complete"]), "2": R(["complete"]), "11": R(["in_progress"])},
    style=Style(site="news", site_name="Cheshire Constabulary", page_title="Force responds to protective measures report"),
    classes=["news_item", "both", "quoted_commissioner", "distracting_ministry_of_justice"],
    body="""
<h1>Cheshire Constabulary responds to national report on protective measures</h1>
<p>Published: 19 October 2021</p>
<p>Cheshire Constabulary has published its response to A duty to protect, the report on the Centre for Women's
Justice super-complaint about police use of protective measures in cases of violence against women and girls.</p>
<p>The report's two recommendations on pre-charge bail and released under investigation (recommendations 1 and 2)
are both now in place in Cheshire: every suspect in a domestic abuse case released without bail is reviewed by a
sergeant within 24 hours, and bail conditions are recorded on the force's systems so that frontline officers can
see them.</p>
<p>Work on recommendation 11, on how officers learn that a non-molestation order has been made, is continuing with
the family courts and the Ministry of Justice and is expected to be completed by spring 2022.</p>
<p>Assistant Chief Constable Harriet Olumide said: "Protective measures save lives. We have acted quickly and we
will keep our progress under review."</p>
<p>The Police and Crime Commissioner for Cheshire said he welcomed the force's response and would scrutinise
progress at his public accountability meetings.</p>
""",
))

# ------------------------------------------------------------------------------------------------------------
# modern-slavery
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ms-west-mercia-paper",
    formats=["docx", "text"],
    super_complaint="modern-slavery",
    authors=["west-mercia-police"],
    optional_authors=["west-mercia-pcc"],
    date=["2022-03-01", "2022-03-08"],
    responses={},
    absent=["1"],
    style=Style(docx_headings="bold", wrap=80),
    classes=["board_paper", "subject_only_no_numbers", "home_office_recommendation_mentioned", "hestia_report_date"],
    body="""
<h1>West Mercia Police: report to the Police and Crime Commissioner's Performance and Accountability Board</h1>
<p>Meeting: 8 March 2022. Agenda item 5.<br>Date of paper: 1 March 2022<br>Author: Detective Superintendent Callum
Ashdown-Reyes, Head of Serious and Organised Crime, West Mercia Police</p>
<h2>The hidden victims: police response to victims of modern slavery</h2>
<p>Hestia's super-complaint drew on its March 2019 report Underground lives. The inspectorate's report, published in
May 2021, made recommendations to the Home Office, to chief constables and to police and crime commissioners.
Recommendation 1 asks the Home Office to commission work on the victim experience; it is not for the force and is
not covered in this paper.</p>
<h3>Training and specialist knowledge</h3>
<p>All detectives in the Protecting Vulnerable People command completed the modern slavery module in 2021. A
first-responder guide to the National Referral Mechanism was issued to response officers in January 2022. This
area is complete.</p>
<h3>Allocation of modern slavery investigations</h3>
<p>Since November 2021, modern slavery investigations are allocated to the Serious and Organised Crime unit or to a
trained detective in a local policing area. An audit of allocation is due in June 2022.</p>
<h3>Understanding victims' support needs with the Commissioner</h3>
<p>The force and the Commissioner's office have agreed to review the support available to victims after the NRM
decision. Terms of reference are being drafted; the review has not started.</p>
<h2>Recommendation to the Board</h2>
<p>The Board is asked to note the progress reported.</p>
""",
))

DOCS.append(Doc(
    name="ms-south-wales-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["south-wales-police"],
    date=["2021-11-11", "2021-11"],
    responses={},
    optional=["1"],
    style=Style(site="force", site_name="South Wales Police", page_title="Modern slavery super-complaint: our response",
                mega_menu=["Report", "Advice", "Your area", "Services", "About us", "Careers", "Freedom of information",
                           "Our priorities", "Complaints"],
                panels=True, page_dates="Last reviewed: 11 November 2021. Next review: November 2022.",
                related=["Modern slavery and human trafficking", "Support for victims"]),
    classes=["web_page_furniture", "subject_only_no_numbers", "contribution_to_national_recommendation",
             "last_reviewed_date"],
    body="""
<h1>Our response to The hidden victims: the modern slavery super-complaint</h1>
<p>South Wales Police welcomes the report of HMICFRS, the College of Policing and the IOPC on Hestia's
super-complaint about the police response to victims of modern slavery. This page sets out what we have done.</p>
<h2>Making sure officers know what to do</h2>
<p>Every frontline officer has received a briefing on identifying victims and on their duty to notify and refer
through the National Referral Mechanism. We have trained 40 modern slavery champions across our basic command units,
and this work is complete.</p>
<h2>The right people investigating</h2>
<p>Modern slavery crimes are now investigated by the Exploitation Hub or by detectives who have completed the
specialist course. We are reviewing the Hub's capacity and expect to report by March 2022.</p>
<h2>Supporting national work</h2>
<p>Recommendation 1 is for the Home Office. South Wales Police took part in the Home Office's workshops on the
victim experience in September 2021 and will continue to contribute.</p>
<h2>Working with the Commissioner</h2>
<p>We are working with the South Wales Police and Crime Commissioner's office to map support for victims in Cardiff
and Swansea. The mapping is under way.</p>
""",
))

# ------------------------------------------------------------------------------------------------------------
# police-perpetrated-domestic-abuse
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ppda-durham-letter",
    formats=["pdf", "text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["durham-constabulary"],
    date=["2022-12-22"],
    responses={"1": R(["complete"], ACC), "2": R(["in_progress"], ACC), "3": R(["in_progress"], ACC)},
    optional=["3c"],
    absent=["4", "3a"],
    style=Style(pdf_ruled=False, pdf_header="OFFICIAL - Durham Constabulary", wrap=78),
    classes=["letter", "audit_figures", "own_part_of_shared_recommendation", "pcc_answers_separately",
             "distracting_dates"],
    body="""
<div class="letterhead">Durham Constabulary<br>Office of the Chief Constable<br>Aykley Heads<br>Durham DH1 5TT</div>
<p>22 December 2022</p>
<p>NPCC Lead for Police Perpetrated Domestic Abuse<br>National Police Chiefs' Council<br>cc: HMICFRS super-complaints team</p>
<p>Dear colleague,</p>
<p><strong>Police perpetrated domestic abuse super-complaint: Durham Constabulary response</strong></p>
<p>I write, as the report of 30 June 2022 asks, to explain how Durham Constabulary has improved and will improve its
response to allegations of police perpetrated domestic abuse. Durham Constabulary accepted the recommendations made
for policing in September 2022.</p>
<h3>Recommendation 1</h3>
<p>The audit is complete. The Professional Standards Department reviewed all 14 live cases and the 23 cases closed
in the 12 months ending 30 June 2022. Five cases were referred back for assessment as conduct matters and two have
been re-investigated. The findings were sent to the College of Policing on 9 December 2022.</p>
<h3>Recommendation 2</h3>
<p>Work is in progress. A specialist PPDA investigator post within the Counter Corruption Unit was filled in
November 2022 and the revised PPDA procedure is in consultation with staff associations.</p>
<h3>Recommendation 3(c): our part</h3>
<p>Guidance for supervisors on supporting victims who are themselves officers or staff has been drafted with the
force's domestic abuse coordinator and will be published in March 2023. The Police, Crime and Victims'
Commissioner has responded separately on recommendation 3a.</p>
<p>Recommendation 4 is for the Home Office and is not addressed in this letter.</p>
<p>Yours faithfully,</p>
<p>Rowan Thackeray-Mills<br>Chief Constable, Durham Constabulary</p>
""",
))

DOCS.append(Doc(
    name="ppda-herts-joint-page",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["hertfordshire-constabulary", "hertfordshire-pcc"],
    date=["2023-02-28", "2023-03-03"],
    responses={"1": R(["complete"], ACC), "2": R(["complete"], ACC), "3": R(["in_progress"], ACC)},
    optional=["3a"],
    absent=["4"],
    style=Style(site="pcc", site_name="Hertfordshire Police and Crime Commissioner",
                page_title="PPDA super-complaint: joint progress statement",
                page_dates="Published 3 March 2023", panels=False,
                related=["Domestic abuse services we fund", "Professional standards"]),
    classes=["joint_force_pcc", "pcc_part_3a", "as_at_vs_published", "web_page_furniture"],
    body="""
<h1>Police perpetrated domestic abuse: joint progress statement</h1>
<p>Hertfordshire Constabulary and the Hertfordshire Police and Crime Commissioner. Position as at 28 February
2023.</p>
<p>The Chief Constable accepted recommendations 1 and 2 of the Centre for Women's Justice super-complaint report in
September 2022, and the Commissioner accepted recommendation 3a.</p>
<h2>Chief Constable</h2>
<p><strong>Recommendation 1.</strong> Audit of live and recently closed cases: completed in November 2022 and the
findings reported to the College of Policing through the NPCC. Complete.</p>
<p><strong>Recommendation 2.</strong> Complete: all PPDA allegations are now assessed by the Professional Standards
Department within 48 hours and recorded as complaint or conduct matters where appropriate.</p>
<h2>Commissioner</h2>
<p><strong>Recommendation 3a.</strong> The Commissioner has asked the providers of the county's commissioned
domestic abuse services to set out how they support victims whose abuser is a police officer. The review is under
way and will report to the Commissioner's Strategic Governance Board by June 2023.</p>
<p>Recommendation 4 is for the Home Office.</p>
""",
))

DOCS.append(Doc(
    name="ppda-city-of-london-report",
    formats=["markdown"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["city-of-london-police"],
    optional_authors=["city-of-london-police-authority"],
    date=["2023-05-12"],
    responses={"1": R(["complete"], ACC), "2": R(["in_progress", "complete"], ACC),
               "3": R(["awaiting_national"], ACC)},
    classes=["committee_report", "status_contradicted_by_update", "awaiting_college", "quarter_due_date"],
    body="""
<h1>City of London Police: police perpetrated domestic abuse super-complaint - progress report</h1>
<p>Committee: Professional Standards and Integrity Committee of the Police Authority Board<br>Date: 12 May 2023<br>
Report of: Commissioner of Police<br>Report author: Detective Superintendent Naomi Achterberg, Professional
Standards</p>
<h2>Summary</h2>
<p>City of London Police accepted the three recommendations made for policing in the Centre for Women's Justice
super-complaint report. This report updates Members on progress.</p>
""" + table(["Recommendation", "Status", "Update"], [
        ["1 - audit of live and closed PPDA cases", "Complete", "Audit of 6 live and 9 closed cases finished in December 2022; no case required re-referral."],
        ["2 - handling of PPDA allegations", "Complete", "New assessment process live. Two remaining actions (vetting refresh for PPDA subjects and a PSD dashboard) are due by Q3 2023/24."],
        ["3 - support for victims (chief constables' part)", "Awaiting national guidance", "Force guidance will follow the College of Policing's PPDA guidance, expected later in 2023."],
    ]) + """
<h2>Recommendation</h2>
<p>Members are asked to note the report.</p>
""",
))

# ------------------------------------------------------------------------------------------------------------
# honour-based-abuse
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="hba-west-yorkshire-tracker",
    formats=["html", "pdf"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-police"],
    date=["2023-09-29", "2023-10-05"],
    responses={"1": R(["complete"]), "2": R(["in_progress"])},
    optional=["2a", "2b", "2c", "2d"],
    absent=["3"],
    style=Style(site="force", site_name="West Yorkshire Police", page_title="Honour-based abuse super-complaint tracker",
                page_dates="Page last updated: 5 October 2023", pdf_header="West Yorkshire Police - HBA tracker",
                furniture_words=["Home", "Report", "Contact", "Advice", "News", "Your area"]),
    classes=["tracker_table", "rag_column", "parts_as_rows", "national_recommendation_row", "as_at_vs_updated"],
    body="""
<h1>West Yorkshire Police: honour-based abuse super-complaint tracker</h1>
<p>Report on the Tees Valley Inclusion Project super-complaint (December 2022). Position as at 29 September 2023.</p>
""" + table(["Ref", "Recommendation", "Action", "Owner", "Due", "RAG", "Update"], [
        ["1", "Sexual abuse policies to include the risk of honour-based abuse", "Rewrite policy SA-04",
         "Head of Safeguarding", "30/06/2023", "Green", "Complete: revised policy published July 2023."],
        ["2a", "Officers aware of community demographics", "District community profiles", "District commanders",
         "31/12/2023", "Amber", "Profiles complete for Bradford and Kirklees; Leeds, Calderdale and Wakefield in progress."],
        ["2b", "Independent advisory groups reflect demographics", "IAG membership review", "Head of Engagement",
         "31/03/2024", "Red", "Not started; IAG review scheduled for January 2024."],
        ["2c", "Information on culture and religion prepared with communities", "Information pack with local partners",
         "Head of Engagement", "31/03/2024", "Amber", "First draft shared with community reviewers."],
        ["2d", "Investigations consider cultural factors", "Investigative checklist", "Head of Crime", "30/09/2023",
         "Green", "Complete: checklist added to the rape and serious sexual offences investigation template."],
        ["3", "NPCC data standards", "For the NPCC: no force action", "-", "-", "N/A", "-"],
    ]),
))

DOCS.append(Doc(
    name="hba-cleveland-email",
    formats=["text"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2023-06-19"],
    responses={"1": R(["in_progress"]), "2": R(["awaiting_national", "in_progress"])},
    absent=["3"],
    style=Style(wrap=72),
    classes=["email", "quoted_earlier_email", "both", "waiting_on_college", "informal_wording"],
    body="""
<p>From: Joanne Pettigrew-Hale (DCI, Safeguarding) - Cleveland Police<br>To: Policy and Scrutiny Officer, Office
of the Police and Crime Commissioner for Cleveland<br>Sent: 19 June 2023 10:42<br>Subject: RE: TVIP
super-complaint - quarterly update for the scrutiny panel</p>
<p>Hi Sam,</p>
<p>Here's where we are on recs 1 and 2 from the Tees Valley Inclusion Project super-complaint. Both are still open.</p>
<p>Rec 1 (sexual abuse policy to cover HBA risk): the revised policy went to the Policy Board on 7 June and is
waiting for DCC sign-off. Publication expected July.</p>
<p>Rec 2 (cultural awareness): the community profiles for Middlesbrough and Stockton are done. For the training
element we're waiting on the College of Policing's national learning package before we roll anything out
force-wide, so that part is on hold for now.</p>
<p>Rec 3 is for the NPCC so nothing from us on that one.</p>
<p>Thanks,<br>Jo</p>
<p>-----Original message-----<br>From: Policy and Scrutiny Officer, OPCC Cleveland<br>Sent: 12 June 2023 16:05<br>
Subject: TVIP super-complaint - quarterly update for the scrutiny panel</p>
<p>Jo, could you send me a short update on the force's progress before the panel on 27 June? Thanks, Sam</p>
""",
))

DOCS.append(Doc(
    name="hba-lancashire-statement",
    formats=["pdf", "docx"],
    super_complaint="honour-based-abuse",
    authors=["lancashire-constabulary"],
    optional_authors=["lancashire-pcc"],
    date=["2023-02"],
    responses={"1": R(["not_started"], ACC), "2": R(["in_progress"], ["partially_accepted"])},
    absent=["3"],
    style=Style(pdf_cover="<h1>Lancashire Constabulary</h1><p>Position statement: honour-based abuse super-complaint</p><p>February 2023</p>",
                pdf_header="Lancashire Constabulary", docx_footer="Issued by Lancashire Constabulary Public Protection Unit"),
    classes=["position_statement", "month_only_date", "partially_accepted_by_part", "planned_start",
             "appended_pcc_letter"],
    body="""
<h1>Position statement: how Lancashire Constabulary will respond to the honour-based abuse super-complaint</h1>
<p>February 2023<br>Prepared by: Superintendent Farah Quennell-Dobbs, Public Protection, Lancashire Constabulary</p>
<p>On 16 December 2022 HMICFRS, the College of Policing and the IOPC published their report on the Tees Valley
Inclusion Project's super-complaint. This statement gives the force's position on the recommendations to chief
constables.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p>Accepted. The sexual offences policy is due for its annual review in April 2023; the review will add the risk of
honour-based abuse, with a target date of 30 June 2023. Work has not yet begun.</p>
<h2>Recommendation 2: cultural awareness</h2>
<p>Partly accepted. We accept parts 2a, 2c and 2d, and mapping of community demographics in Blackburn, Preston and
Burnley is under way. We do not accept part 2b in its current form: our independent advisory groups are made up of
volunteers and cannot be made to mirror local demographics, although we will widen recruitment.</p>
<h2>Recommendation 3</h2>
<p>This recommendation is for the National Police Chiefs' Council.</p>
<h2>Appendix: letter from the Police and Crime Commissioner</h2>
<p>The Commissioner welcomes the force's statement. She has asked her office to review how victims from ethnic
minority communities are consulted before victims' services are recommissioned in 2024, and will report on this
separately.</p>
""",
))

# ------------------------------------------------------------------------------------------------------------
# stop-and-search
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sas-notts-joint-page",
    formats=["html", "markdown"],
    super_complaint="stop-and-search",
    authors=["nottinghamshire-police", "nottinghamshire-pcc"],
    date=["2024-02-20"],
    responses={"1": R(["complete"], ACC), "2": R(["complete"], ACC), "3": R(["complete"], ACC),
               "4": R(["in_progress"], ACC), "5": R(["awaiting_national"], ACC), "6": R(["awaiting_national"], ACC),
               "8": R(["in_progress"], ACC)},
    absent=["7", "9", "10"],
    style=Style(site="force", site_name="Nottinghamshire Police", page_title="Stop and search super-complaint: our joint response",
                mega_menu=["Report", "Advice", "Stop and search", "Your area", "About us", "Jobs"],
                related=["Stop and search data", "Independent scrutiny panel"]),
    classes=["joint_force_pcc", "ranges", "awaiting_npcc", "web_page_furniture"],
    body="""
<h1>Section 60 and community scrutiny: joint response to the Criminal Justice Alliance super-complaint</h1>
<p>Nottinghamshire Police and the Nottinghamshire Police and Crime Commissioner. Published 20 February 2024.</p>
<p>The report of 15 December 2023 made ten recommendations. Six are for chief constables (recommendations 1 to 6)
and one, recommendation 8, is for police and crime commissioners. Recommendations 7, 9 and 10 are for national
bodies. The Chief Constable and the Commissioner accept all of the recommendations addressed to them.</p>
<h2>Recommendations 1 to 3: section 60 authorisations</h2>
<p>Done. Our section 60 authorisation form now requires the authorising officer to record the intelligence relied
on, the geographic area and the shortest necessary duration, and every authorisation is reviewed by a chief officer
within seven days.</p>
<h2>Recommendation 4: children who are stopped and searched</h2>
<p>A safeguarding referral is now prompted when a child is searched. Training for officers is being rolled out and
will be finished by June 2024.</p>
<h2>Recommendations 5 and 6</h2>
<p>Both depend on the NPCC's revised national stop and search guidance, expected in summer 2024. We will act on them
when it is published.</p>
<h2>Recommendation 8: the Commissioner</h2>
<p>The Commissioner's independent stop and search scrutiny panel had its terms of reference refreshed in January
2024, and recruitment of younger members is under way.</p>
""",
))

DOCS.append(Doc(
    name="sas-wiltshire-paper",
    formats=["text"],
    super_complaint="stop-and-search",
    authors=["wiltshire-police"],
    optional_authors=["wiltshire-pcc"],
    date=["2024-03"],
    responses={"1": R(["complete"], ACC), "2": R(["in_progress"], ACC), "3": R(["not_stated", "not_started"], ["not_accepted"]),
               "4": R(["not_stated"], ACC), "5": R(["not_started"], ACC)},
    style=Style(wrap=70, upper_h1=True),
    classes=["board_paper", "month_only_date", "not_accepted_with_reasons", "accepted_without_progress",
             "planned_quarter", "distracting_figures"],
    body="""
<h1>Wiltshire Police: paper to the Commissioner's Monitoring Board</h1>
<p>March 2024<br>Subject: Criminal Justice Alliance super-complaint (section 60 and community scrutiny of stop and
search)<br>Author: Chief Superintendent Owain Bellweather, Wiltshire Police</p>
<h2>Summary</h2>
<p>The Chief Constable has accepted recommendations 1, 2, 4 and 5 of the super-complaint report. He has not
accepted recommendation 3. Wiltshire Police made three section 60 authorisations in 2023.</p>
<h2>Progress</h2>
<p>Recommendation 1: complete. Authorisations are now published on the force website within 24 hours.</p>
<p>Recommendation 2: in progress. Body-worn video review of section 60 searches started in February 2024.</p>
<p>Recommendation 3: not accepted. The force considers that its existing community impact assessment already meets
the need the recommendation describes, and a separate assessment for each authorisation would delay urgent
authorisations in a way that risks public safety.</p>
<p>Recommendation 5: not started. Planned for Q2 2024/25, once the new stop and search lead is in post.</p>
<h2>Next update</h2>
<p>September 2024.</p>
""",
))

DOCS.append(Doc(
    name="sas-south-yorkshire-plan",
    formats=["docx", "markdown"],
    super_complaint="stop-and-search",
    authors=["south-yorkshire-police"],
    date=["2024-07-31"],
    responses={"1": R(["complete"]), "2": R(["in_progress"]), "4": R(["complete", "awaiting_national"]),
               "6": R(["not_started"])},
    absent=["8"],
    style=Style(docx_headings="styles", docx_footer="South Yorkshire Police, Carbrook House, Sheffield S9 2EH"),
    classes=["action_plan_table", "rag_column", "status_contradicted_by_update", "mayor_row_for_information",
             "quarter_due_date"],
    body="""
<h1>South Yorkshire Police: CJA super-complaint action plan</h1>
<p>Section 60 and independent community scrutiny of stop and search. Action plan as at 31 July 2024.<br>
Plan owner: Chief Inspector Adaeze Marlowe-Finch, Stop and Search Lead, South Yorkshire Police</p>
""" + table(["Ref", "Recommendation", "Action", "Owner", "Due", "RAG", "Update"], [
        ["Rec 1", "Section 60 authorisation records", "New authorisation template", "Ops Support", "31/03/2024",
         "Green", "Complete."],
        ["Rec 2", "Review of searches under section 60", "Monthly dip-sampling of body-worn video",
         "Stop and Search Lead", "30/09/2024", "Amber", "Dip-sampling began in May 2024; first report due September."],
        ["Rec 4", "Officer training on section 60", "Revised training input", "Learning and Development",
         "31/12/2024", "Green - complete", "Awaiting the NPCC's national guidance before the revised input is finalised."],
        ["Rec 6", "Communicating with communities", "Community briefing after every authorisation",
         "Corporate Communications", "Q4 2024/25", "Not started", "-"],
        ["Rec 8", "Mayor: community scrutiny (for information)", "-", "Mayor of South Yorkshire", "-", "N/A",
         "The Mayor's office reports separately."],
    ]),
))

# ------------------------------------------------------------------------------------------------------------
# stalking
# ------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="stk-derbyshire-plan",
    formats=["html"],
    super_complaint="stalking",
    authors=["derbyshire-constabulary"],
    date=["2024-11-21"],
    responses={"7": R(["in_progress"], ACC), "10": R(["in_progress"], ACC), "16": R(["not_started"], ACC),
               "25": R(["awaiting_national"], ACC)},
    optional=["7.1", "7.2"],
    absent=["15", "8", "9"],
    style=Style(site="force", site_name="Derbyshire Constabulary", page_title="Police response to stalking: our action plan",
                mega_menu=["Report it", "Advice", "Services", "Your area", "About us", "News", "Careers", "Contact"],
                panels=True, related=["Stalking and harassment advice", "Super-complaints"],
                page_dates="Published: 21 November 2024. Last reviewed: 21 November 2024."),
    classes=["action_plan_table", "npcc_framework_parts", "web_page_furniture", "blanket_acceptance",
             "pcc_recommendation_mentioned"],
    body="""
<h1>Police response to stalking: our action plan</h1>
<p>The Suzy Lamplugh Trust's super-complaint report was published on 27 September 2024. Chief constables were asked
to publish an action plan within 56 days. Derbyshire Constabulary accepts all of the recommendations made to chief
constables. Recommendations 8 and 9 are not addressed to chief constables, and recommendation 15 is for the Police
and Crime Commissioner.</p>
""" + table(["Recommendation", "What we will do", "Lead", "By when", "Status"], [
        ["7.1", "Make sure officers use the included-classification function on the crime system", "Head of Crime Standards", "27 March 2025", "In progress"],
        ["7.2", "Intelligence submissions to flag stalking until the system change is made", "Head of Intelligence", "December 2024", "Complete"],
        ["10", "Review stalking training for call handlers, response officers and investigators", "Head of Learning", "27 March 2025", "In progress"],
        ["16 (with the PCC)", "Joint review of services for stalking victims", "ACC Crime and the OPCC", "27 March 2025", "Not started: scoping meeting in January 2025"],
        ["25", "Stalking protection order process", "Head of Public Protection", "TBC", "Waiting for national guidance from the College of Policing"],
    ]),
))

DOCS.append(Doc(
    name="stk-surrey-update",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["surrey-police"],
    date=["2025-03-21", "2025-03"],
    responses={"7": R(["complete"], ACC), "10": R(["in_progress"], ACC), "11": R(["complete"], ACC),
               "12": R(["awaiting_national"], ACC), "13": R(["in_progress"], ACC), "14": R(["not_started"], ACC),
               "16": R(["in_progress"], ACC)},
    optional=["7.1", "7.2"],
    style=Style(docx_headings="bold", pdf_header="Surrey Police - OFFICIAL", pdf_ruled=True),
    classes=["six_month_update", "range_heading", "subject_per_line", "deadline_distractor", "awaiting_home_office"],
    body="""
<h1>Surrey Police: six-month update to the NPCC on the stalking super-complaint</h1>
<p>Submitted: 21 March 2025<br>Author: Detective Chief Inspector Lorna Abercrombie-Tate, Surrey Police</p>
<p>Surrey Police accepted all fifteen recommendations addressed to chief constables in its action plan of
22 November 2024. Most are due by 27 March 2025.</p>
<h2>Recommendation 7 (including 7.1 and 7.2)</h2>
<p>Complete. The change to the crime recording system allowing included classifications went live on 3 February
2025 and supervisors check its use in monthly audits.</p>
<h2>Recommendations 10 to 14</h2>
<ul>
<li>10, training: in progress; the revised course has been delivered to 70% of investigators.</li>
<li>11, supervision of stalking investigations: complete.</li>
<li>12, stalking protection orders: on hold pending the Home Office's revised statutory guidance.</li>
<li>13, victim contact: in progress.</li>
<li>14, working with the CPS: not started; a joint case review with the CPS is planned for May 2025.</li>
</ul>
<h2>Recommendation 16</h2>
<p>The joint review with the Surrey Police and Crime Commissioner is under way and will report in June 2025.</p>
""",
))

DOCS.append(Doc(
    name="stk-norfolk-joint",
    formats=["markdown"],
    super_complaint="stalking",
    authors=["norfolk-constabulary", "norfolk-pcc"],
    date=["2025-01-14"],
    responses={"7": R(["in_progress"], ACC), "10": R(["in_progress"], ACC), "15": R(["complete"], ACC),
               "16": R(["in_progress"], ACC)},
    absent=["27"],
    classes=["joint_force_pcc", "last_updated", "apcc_recommendation_mentioned", "pcc_answers_inside"],
    body="""
<h1>Norfolk Constabulary and Norfolk Police and Crime Commissioner: joint response to the stalking super-complaint</h1>
<p>Last updated: 14 January 2025</p>
<p>This page brings together the force's action plan (first published 20 November 2024) and the Commissioner's
response. Both accept the recommendations addressed to them.</p>
<h2>The Chief Constable</h2>
<p><strong>Recommendation 7</strong> - crime recording: the request for the system change has been raised with the
supplier and interim intelligence flags are in use. In progress.</p>
<p><strong>Recommendation 10</strong> - training: the stalking training review is under way and will finish by
March 2025.</p>
<h2>The Commissioner</h2>
<p><strong>Recommendation 15</strong> - the Commissioner's review of stalking services was completed in December
2024. It found that the independent stalking advocacy service he commissions meets demand, and its contract has
been extended to March 2026.</p>
<p><strong>Recommendation 16</strong> - the joint review by the force and the Commissioner of the referral route
into that service has started and will report in March 2025.</p>
<p>Recommendation 27 asked the APCC to respond on behalf of all commissioners; it has done so.</p>
""",
))

DOCS.append(Doc(
    name="stk-warwickshire-news",
    formats=["markdown"],
    super_complaint="stalking",
    authors=["warwickshire-police"],
    optional_authors=["warwickshire-pcc"],
    date=["2025-08-04"],
    responses={"7": R(["awaiting_national", "in_progress"]), "10": R(["in_progress"]),
               "11": R(["complete"]), "12": R(["complete"]), "13": R(["complete"]), "14": R(["complete"])},
    classes=["news_item", "range_complete", "supplier_dependency", "national_report_distractor", "quoted_commissioner"],
    body="""
<h1>Warwickshire Police nears completion of its stalking action plan</h1>
<p>Published: 4 August 2025</p>
<p>Warwickshire Police has completed most of the actions it promised in response to the Suzy Lamplugh Trust's
super-complaint on the police response to stalking. The National Police Chiefs' Council published its national
progress report on 1 August 2025.</p>
<p>Recommendations 11 to 14, covering supervision, victim contact, stalking protection orders and joint working
with the Crown Prosecution Service, are complete.</p>
<p>Two pieces of work remain. The change to the crime recording system needed for recommendation 7 depends on a
national release by the system's supplier, expected in the autumn; interim searches are in place. Refresher
training under recommendation 10 is being delivered and will be finished by October 2025.</p>
<p>Detective Superintendent Imogen Cartwright-Bale said: "Stalking is a serious crime and victims deserve to be
believed."</p>
<p>The Warwickshire Police and Crime Commissioner said the force's progress would be reviewed at his next
performance meeting.</p>
""",
))
