"""heldout33: a blind held-out set of invented super-complaint response documents.

Written blind: the writer read only the brief, the shared corpus README, the reference catalogue and
organisation list, and build.py / render.py; never the extraction engine, its decisions, its tests or any
other set. Every document is invented (no published response was copied), written as commissioners and
their offices, police (fire) and crime panels, mayors' offices, national bodies (NPCC leads, APCC, College
of Policing, IOPC, Home Office, Ministry of Justice, HMICFRS collection pages) and a few forces write.

It covers all seven published super-complaints (safe-to-share, protective-measures, modern-slavery,
police-perpetrated-domestic-abuse, honour-based-abuse, stop-and-search, stalking) in letters, statutory
section 29A-style responses, trackers with RAG and status columns, committee and board papers with
numbered paragraphs, minutes, news items, an email, FOI replies, CMS pages with page dates, decision records and
progress updates long after the report. Each Doc's `classes` lists the difficulties it carries.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []

# ---------------------------------------------------------------------------------------------------
# 1. Safe to share: a PCC's statutory comments as a letter, with an overview list that is not a response
DOCS.append(Doc(
    name="s2s-cheshire-pcc-s29a-letter",
    formats=["docx", "pdf"],
    super_complaint="safe-to-share",
    authors=["cheshire-pcc"],
    date=["2021-02-11"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["1", "2", "3", "4", "7"],
    classes=["letter", "letterhead_table", "overview_list_not_response", "report_date_not_document_date",
             "deadline_not_document_date", "reference_line", "recommendations_for_others_listed"],
    style=Style(docx_letterhead="table", pdf_header="OFFICIAL", pdf_footer="Office of the Police and Crime Commissioner for Cheshire"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Cheshire<br>Clemonds Hey, Oakmere Road<br>Winsford<br>Cheshire CW7 2UA</div>
<p>Our ref: OPCC/HMI/21/014<br>Your ref: SC-2018-01</p>
<p>11 February 2021</p>
<p>HM Chief Inspector of Constabulary<br>HMICFRS<br>Clive House<br>70 Petty France<br>London SW1H 9EX</p>
<p>Dear Chief Inspector,</p>
<h2>Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status</h2>
<p>I write under section 29A of the Police Reform Act 2002 with my comments on the report you published jointly with the College of Policing and the Independent Office for Police Conduct on 17 December 2020.</p>
<p>For ease of reference, the report made the following eight recommendations:</p>
<ol>
<li>Chief constables: stop sharing information about domestic abuse victims with Immigration Enforcement where officers only have doubts about their status.</li>
<li>Home Office: review the legal framework and policy, including the option of a firewall.</li>
<li>Home Office and NPCC: develop a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways with specialist organisations.</li>
<li>Chief constables and PCCs: promote migrant victims' confidence in reporting.</li>
<li>PCCs: assess local access to specialist victim support and build networks.</li>
<li>Home Office.</li>
<li>All recipients: an update within six months.</li>
</ol>
<p>The Chief Constable will respond to you directly on the recommendations made to chief constables. My comments below concern the two recommendations in which police and crime commissioners have a part.</p>
<p><strong>Promoting confidence in reporting (recommendation 5)</strong></p>
<p>I accept this recommendation. My office and the Constabulary have agreed a joint communications plan, written with the Cheshire Migrant Forum and two refugee support charities, which explains in community languages that victims can report crime without their details being passed on for immigration purposes. The first materials were distributed in January and further sessions with community groups are being arranged for the spring.</p>
<p><strong>Local access to specialist support (recommendation 6)</strong></p>
<p>I also accept recommendation 6. I have commissioned an independent assessment of how migrant victims with insecure immigration status reach specialist support in Cheshire, including advice on immigration matters and access to refuge for women with no recourse to public funds. The assessment began in January and will report to me in May 2021; I will then decide what further services to commission and how to strengthen the local network.</p>
<p>As recommendation 8 asks, I will provide you with an update on progress by 17 June 2021.</p>
<p>Yours sincerely,</p>
<p>Martin Hallworth<br>Police and Crime Commissioner for Cheshire</p>
<p>cc: Chief Constable, Cheshire Constabulary</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 2. Safe to share: a mayor's office page with an initial response and a later update
DOCS.append(Doc(
    name="s2s-mopac-page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["london-mayor"],
    date=["2023-10-04", "2023-09"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["complete"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["1", "4"],
    classes=["cms_page", "page_dates_two", "initial_and_update_sections", "group_reference",
             "recommendations_for_others_listed", "mayor_office"],
    style=Style(site="pcc", site_name="Mayor's Office for Policing and Crime (MOPAC)",
                page_title="Safe to share? Our response | MOPAC",
                mega_menu=["Victims", "Violence against women and girls", "Police accountability", "Data and statistics",
                           "Funding", "Publications", "Decisions", "About MOPAC"],
                panels=True, related=["Victims' Commissioner for London", "Police and Crime Plan 2022-25"],
                page_dates="<p>Published: 12 March 2021</p><p>Last updated: 4 October 2023</p>"),
    body="""
<h1>Safe to share? MOPAC's response to the super-complaint on policing and immigration status</h1>
<p>In December 2020 HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the IOPC published their report on the super-complaint made by Liberty and Southall Black Sisters. The report asks chief constables and police and crime commissioners, which in London means the Mayor, acting through the Deputy Mayor for Policing and Crime, to respond.</p>
<p>The Metropolitan Police Service has published its own response to recommendations 1 and 4, which are for the Commissioner of Police of the Metropolis.</p>
<h2>Our initial response (March 2021)</h2>
<p>The Deputy Mayor accepts both of the recommendations addressed to police and crime commissioners and welcomes the report's finding that fear of immigration enforcement deters victims from coming forward.</p>
<h3>Recommendation 5: confidence in reporting</h3>
<p>MOPAC will work with the MPS and London's specialist migrant women's organisations to design safe reporting messages and to test a third-party reporting route.</p>
<h3>Recommendation 6: access to specialist support</h3>
<p>MOPAC will map the specialist services available to migrant victims across the 32 boroughs and identify gaps.</p>
<h2>Update (September 2023)</h2>
<h3>Recommendation 5</h3>
<p>The third-party reporting pilot, run with three by and for organisations, has been extended to March 2024 while it is evaluated. A pan-London campaign in eight languages ran in summer 2022; a second phase is being planned with the MPS.</p>
<h3>Recommendation 6</h3>
<p>The mapping was completed in 2022 and published as part of our victims' needs assessment. In response we increased funding for specialist advocacy for women with no recourse to public funds; this is now part of the commissioned London Victim and Witness Service and is reviewed through our normal contract management.</p>
<p>We sent HMICFRS an update on both recommendations in June 2021, as the report asked.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 3. Safe to share: Home Office letter on GOV.UK answering its recommendations, 2 and 7 together
DOCS.append(Doc(
    name="s2s-home-office-letter",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    date=["2021-12-16"],
    responses={
        "2": {"progress": ["complete"], "position": ["partially_accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "7": {"progress": ["not_started", "awaiting_national"], "position": ["accepted"]},
    },
    absent=["1", "4", "5", "6"],
    classes=["letter", "govuk_page", "named_together", "partial_acceptance", "national_body",
             "recommendations_for_others_listed"],
    style=Style(site="govuk", site_name="GOV.UK", page_title="Home Office response to Safe to share? - GOV.UK",
                page_dates="<p>Published 16 December 2021</p>"),
    body="""
<h1>Home Office response to the Safe to share? super-complaint report</h1>
<p>Letter from the Minister for Safeguarding to HM Chief Inspector of Constabulary.</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report of the investigation into the super-complaint on policing and immigration status, which HMICFRS, the College of Policing and the IOPC published in December 2020. Recommendations 1, 4, 5 and 6 are for chief constables and police and crime commissioners, who are responding to you themselves. I set out below the Government's response to the recommendations made to the Home Office.</p>
<h2>Recommendations 2 and 7</h2>
<p>We have taken these two recommendations together, as the report suggested they could be. Yesterday we published the outcome of our review of data sharing for migrant victims and witnesses of crime, which looked at the legal framework and policy and at the case for a firewall. The review concludes that a complete firewall, which would prevent the police from ever sharing information with Immigration Enforcement, would not be appropriate, and we do not accept that part of recommendation 2. We do accept the rest of the recommendation and the review sets out the priorities we will follow. The review itself is now complete.</p>
<p>On recommendation 7, which we accept, the further work will follow once the protocol described below is agreed; it has not yet begun.</p>
<h2>Recommendation 3</h2>
<p>We accept this recommendation. Home Office officials are developing the safeguarding protocol with the National Police Chiefs' Council, and a draft has been shared with specialist organisations for comment. We aim to publish it in 2022.</p>
<p>Yours sincerely,</p>
<p>Sarah Whitcombe MP<br>Minister for Safeguarding</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 4. Safe to share: police, fire and crime panel minutes, hard-wrapped text
DOCS.append(Doc(
    name="s2s-northants-panel-minutes",
    formats=["text"],
    super_complaint="safe-to-share",
    authors=["northamptonshire-pfcc"],
    optional_authors=["northamptonshire-police"],
    date=["2021-04-08"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["not_started"], "position": ["accepted"]},
    },
    optional=["1", "8"],
    absent=[],
    classes=["minutes", "hard_wrapped", "panel", "acceptance_nothing_done", "second_hand_force_progress",
             "other_meeting_dates_not_document_date", "report_date_not_document_date"],
    style=Style(wrap=72, upper_h1=True),
    body="""
<h1>Northamptonshire Police, Fire and Crime Panel</h1>
<p>Minutes of the meeting held virtually on Thursday 8 April 2021 at 1.00pm</p>
<p>Present: Councillor J. Birch (Chair), Councillors A. Bowen, M. Patel, S. Rowe, T. Whitworth; independent co-opted member Mrs K. Okafor.<br>Also present: the Police, Fire and Crime Commissioner; the Chief Executive, OPFCC; the Monitoring Officer.</p>
<h3>41/21 Apologies and declarations of interest</h3>
<p>Apologies were received from Councillor R. Dean. There were no declarations of interest.</p>
<h3>42/21 Minutes of the previous meeting</h3>
<p>The minutes of the meeting held on 11 February 2021 were agreed as a correct record.</p>
<h3>43/21 Police super-complaint: Safe to share?</h3>
<p>The Chief Executive introduced the report, which set out the Commissioner's response to the report on the super-complaint by Liberty and Southall Black Sisters published on 17 December 2020. Two of the eight recommendations were directed at police and crime commissioners, and the Commissioner had written to HM Inspectorate to say that he accepted both.</p>
<p>On promoting confidence in reporting, the Commissioner said that he and the Chief Constable had agreed joint messages with local migrant support groups, and that the first community engagement events had taken place in March. More were planned with faith groups in the summer.</p>
<p>On the assessment of local specialist support, the Chief Executive said that the assessment had not yet started. It would form part of the victims' needs assessment which the Office intended to commission in the summer, and the Panel would receive the findings.</p>
<p>Councillor Patel asked whether the force had stopped passing details of domestic abuse victims to Immigration Enforcement. The Commissioner said that the Chief Constable had issued an instruction to that effect in January and had told him it was being followed; the force's own response to HM Inspectorate covered this in detail.</p>
<p>Councillor Rowe asked when the Panel would see progress. The Commissioner said that the update to HM Inspectorate was due by 17 June 2021 and that he would share it with the Panel.</p>
<p>RESOLVED: that the Panel notes the Commissioner's response and asks for the six-month update to be brought to its meeting in September 2021.</p>
<h3>44/21 Date of next meeting</h3>
<p>10 June 2021 at 1.00pm.</p>
<p>Chair ........................ Date ..............</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 5. Safe to share: a force tracker whose status column and update disagree (unruled PDF, DOCX)
DOCS.append(Doc(
    name="s2s-lincolnshire-tracker",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["lincolnshire-police"],
    date=["2021-09-30"],
    responses={
        "1": ["complete"],
        "4": ["in_progress"],
        "5": ["in_progress"],
        "8": ["complete"],
    },
    absent=["2", "3", "6", "7"],
    classes=["tracker", "rag_status", "status_update_disagree", "bau", "percentages", "unruled_pdf_table",
             "running_header_footer", "parts_rows", "no_position_column"],
    style=Style(pdf_ruled=False, pdf_header="OFFICIAL - Lincolnshire Police",
                pdf_footer="Vulnerability and Safeguarding Board - 30/09/2021", docx_headings="bold",
                docx_footer="Lincolnshire Police - OFFICIAL"),
    body="""
<h1>Safe to share? Recommendation tracker</h1>
<p>Version 4. Updated: 30/09/2021. Owner: ACC Protective Services. Governance: Vulnerability and Safeguarding Board.<br>Report published: 17/12/2020. Six-month update due: 17/06/2021.</p>
<p>Overall completion: 50% (3 of 6 actions Green).</p>
<table>
<tr><th>Rec</th><th>Summary</th><th>Lead</th><th>RAG</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Stop sharing DA victims' details with Immigration Enforcement where there are only doubts about status</td><td>D/Supt PVP</td><td>G</td><td>Complete</td><td>Interim instruction issued to all staff 21/12/2020. Dip sample of 60 DA incidents (Aug 2021) found no referrals to Immigration Enforcement. Now BAU; monitored through PVP audit.</td></tr>
<tr><td>4a</td><td>Policy and practice framework</td><td>D/Supt PVP</td><td>A</td><td>In progress</td><td>Draft migrant victims procedure with Legal Services. Publication expected Q4.</td></tr>
<tr><td>4d</td><td>Pathways to specialist organisations</td><td>Partnerships Insp</td><td>A</td><td>In progress</td><td>Mapping of support organisations under way with the OPCC's commissioning team.</td></tr>
<tr><td>4g</td><td>Tell victims whether information will be shared</td><td>Learning and Development</td><td>R</td><td>Not started</td><td>Awaiting completion of 4a.</td></tr>
<tr><td>5</td><td>Promote migrant victims' confidence in reporting (with OPCC)</td><td>Corporate Comms</td><td>G</td><td>Complete</td><td>Joint communications plan with OPCC agreed. Engagement events planned for November 2021 have not yet taken place; translation of leaflets is outstanding.</td></tr>
<tr><td>8</td><td>Six-month update to HMICFRS</td><td>Strategic Planning</td><td>G</td><td>Complete</td><td>Update submitted 15/06/2021.</td></tr>
</table>
<p>Recommendation 6 is for the Police and Crime Commissioner and is reported by the OPCC. Recommendations 2, 3 and 7 are not addressed to chief constables and are not tracked here.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 6. Safe to share: an NPCC portfolio lead's update (Markdown and a national CMS page)
DOCS.append(Doc(
    name="s2s-npcc-lead-update",
    formats=["markdown", "html"],
    super_complaint="safe-to-share",
    authors=["npcc"],
    date=["2022-03-02"],
    responses={
        "3": {"progress": ["awaiting_national"], "position": ["accepted"]},
        "1": ["in_progress", "complete"],
    },
    optional=["4"],
    absent=["2", "7"],
    classes=["national_body", "npcc_lead", "waiting_on_home_office", "answering_for_forces",
             "recommendation_by_subject", "recommendations_for_others_listed"],
    style=Style(site="national", site_name="National Police Chiefs' Council",
                page_title="Safe to share? update from the NPCC lead | NPCC",
                furniture_words=["Home", "News", "Publications", "Coordination committees", "Contact"],
                page_dates="<p>Posted 2 March 2022</p>"),
    body="""
<h1>Safe to share? Update from the NPCC lead for migration and related matters</h1>
<p>2 March 2022</p>
<p>This note updates HM Inspectorate on the work the National Police Chiefs' Council has led since the super-complaint report on policing and immigration status was published. The report's recommendations to the Home Office alone (recommendations 2 and 7) are for the Home Office to answer.</p>
<h2>The safeguarding protocol</h2>
<p>The NPCC accepted the recommendation that it and the Home Office develop a safeguarding protocol for the police approach to migrant victims and witnesses. Our contribution, covering what officers should do when a victim's status is uncertain and how information is recorded, was given to the Home Office in November 2021. The protocol cannot be issued to forces until the Home Office has completed its own part, following its review of data sharing, and we are waiting for the Home Office to confirm a date.</p>
<h2>Interim measure on domestic abuse victims</h2>
<p>On behalf of chief constables, I asked every force to confirm that officers no longer share the details of domestic abuse victims with Immigration Enforcement where they only have doubts about status. Forty-two forces have confirmed this; the remaining force has issued draft guidance and expects to confirm by the end of March.</p>
<p>Forces continue to develop their safe reporting pathways with local specialist organisations; each force reports its own progress.</p>
<p>Assistant Chief Constable Helen Marsh<br>NPCC lead for migration and related matters</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 7. Safe to share: the College of Policing's page on the guidance recommendation 1 asked it for
DOCS.append(Doc(
    name="s2s-college-guidance-page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["college-of-policing"],
    date=["2023-05-18", "2020-12-23"],
    responses={"1": ["complete"]},
    optional=["3"],
    absent=[],
    classes=["cms_page", "page_dates_two", "national_body", "body_named_inside_recommendation",
             "done_now_bau", "history_dates"],
    style=Style(site="national", site_name="College of Policing", page_title="Migrant victims: our guidance | College of Policing",
                furniture_words=["Home", "Guidance", "Career and learning", "Research", "Support for forces", "About us"],
                related=["Domestic abuse APP", "Vulnerability and risk"],
                page_dates="<p>First published 23 December 2020</p><p>Last reviewed 18 May 2023</p>"),
    body="""
<h1>Victims with insecure immigration status: our guidance</h1>
<p>The super-complaint report <em>Safe to share?</em> recommended that, where officers only have concerns or doubts about a domestic abuse victim's immigration status, they stop sharing the victim's information with Immigration Enforcement, and that the College of Policing immediately develop guidance to clarify this part of practice (recommendation 1).</p>
<h2>What we did</h2>
<p>We issued interim guidance to all forces on 23 December 2020. It explains the difference between uncertain or insecure status and immigration offending, and how to refer victims to a third party who can advise them.</p>
<p>The guidance was incorporated into our authorised professional practice on domestic abuse when it was revised in 2022. It is now maintained as part of that guidance and reviewed on the usual cycle, so there is no separate interim document any more.</p>
<h2>Related work</h2>
<p>We also advised the Home Office and the NPCC as they developed the safeguarding protocol on migrant victims and witnesses.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 8. Protective measures: the NPCC bail lead's letter on recommendation 1, behind a cover page
DOCS.append(Doc(
    name="pm-npcc-bail-lead-letter",
    formats=["pdf"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-04-28", "2022-04"],
    responses={"1": {"progress": ["awaiting_national", "in_progress"], "position": ["accepted"]}},
    absent=[],
    classes=["letter", "pdf_cover", "npcc_lead", "waiting_on_legislation", "old_letter_date_not_document_date",
             "report_date_not_document_date", "recommendations_by_subject_unnumbered"],
    style=Style(pdf_cover="<h1>National Police Chiefs' Council</h1><h2>A duty to protect: response to recommendation 1</h2>"
                          "<p>Bail Management Portfolio</p><p>April 2022</p>",
                pdf_header="NPCC - OFFICIAL", pdf_footer="NPCC Bail Management Portfolio"),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>28 April 2022</p>
<p>HM Inspector of Constabulary<br>Super-complaints team, HMICFRS</p>
<p>Dear HM Inspector,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women and girls</strong></p>
<p>I write as NPCC lead for bail management in response to recommendation 1 of the report published on 24 August 2021, which asks chief constables, with the NPCC lead for bail, to manage released under investigation (RUI) in line with the portfolio's letter of 29 January 2019.</p>
<p>Chief constables and the NPCC accept this recommendation. Every force now has a named chief officer for bail and RUI, and most have introduced supervisory reviews of RUI cases at 30, 60 and 90 days.</p>
<p>However, the bail provisions of the Police, Crime, Sentencing and Courts Act 2022 will change the presumption against bail and the timescales forces work to. The revised national guidance that forces need in order to finish this work will be issued by the College of Policing only once the Home Office confirms the commencement date. Until then forces cannot complete the changes this recommendation asks for, and the NPCC will not ask them to adopt interim processes that would have to be replaced within months.</p>
<p>The recommendations on a bespoke offence of breaching pre-charge bail and on notifying the police of non-molestation orders are for the Home Office and the Ministry of Justice, and I do not comment on them here.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable Mark Ellery<br>NPCC Lead for Bail Management</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 9. Protective measures: a force report to the PCC's accountability board, numbered paragraphs
DOCS.append(Doc(
    name="pm-dorset-accountability-board",
    formats=["docx", "text"],
    super_complaint="protective-measures",
    authors=["dorset-police"],
    optional_authors=["dorset-pcc"],
    date=["2022-07"],
    responses={"1": ["in_progress", "awaiting_national"]},
    absent=[],
    classes=["board_paper", "numbered_paragraphs", "recommendation_by_position", "recommendation_by_subject",
             "two_dates", "deadline_not_document_date", "hard_wrapped"],
    style=Style(docx_headings="bold", wrap=80, docx_footer="Dorset OPCC - Accountability Board - 14 July 2022"),
    body="""
<h1>Police and Crime Commissioner's Accountability Board</h1>
<p>Meeting: 14 July 2022<br>Agenda item: 6<br>Title: Super-complaint report 'A duty to protect' - force progress<br>Report by: Assistant Chief Constable, Crime and Criminal Justice<br>Date of report: 4 July 2022<br>Classification: OFFICIAL</p>
<h2>1. Purpose</h2>
<p>1.1 To update the Commissioner on the force's progress against the recommendations of the super-complaint report on protective measures, in particular the first of the recommendations to chief constables, which concerns released under investigation.</p>
<h2>2. Background</h2>
<p>2.1 The report was published in August 2021. It made fifteen recommendations, ten of which concern chief constables and the NPCC.</p>
<p>2.2 The Commissioner asked at the Board of 10 March 2022 for an update before the summer.</p>
<h2>3. Progress</h2>
<p>3.1 Released under investigation. All RUI cases are now reviewed by a sergeant at 28 days and an inspector at 90 days, and cases involving domestic abuse or stalking are flagged for a bail decision at each review. The number of domestic abuse suspects on RUI has fallen from 412 in September 2021 to 268 in June 2022.</p>
<p>3.2 The force cannot yet complete this work: the review process will be rewritten when the new bail provisions commence, and a data field to record the reason for RUI is awaiting a change to the Niche records system scheduled for October 2022.</p>
<p>3.3 Non-molestation orders. Officers have been briefed on the arrest powers for breach, and the control room now checks for orders on every domestic incident.</p>
<h2>4. Recommendation</h2>
<p>4.1 The Commissioner is asked to note the progress and to receive a further update by 31 January 2023.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 10. Modern slavery: a Home Office letter on recommendation 1 (letterhead in the DOCX page header)
DOCS.append(Doc(
    name="ms-home-office-letter",
    formats=["pdf", "docx"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-10-20"],
    responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
    absent=[],
    classes=["letter", "letterhead_in_header", "reference_line", "action_not_recommendation",
             "report_date_not_document_date", "national_body"],
    style=Style(docx_letterhead_in_header=True, pdf_header="Home Office"),
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>Our ref: MIN/0452/21</p>
<p>20 October 2021</p>
<p>HM Chief Inspector of Constabulary<br>Chief Executive, College of Policing<br>Director General, Independent Office for Police Conduct</p>
<p>Dear colleagues,</p>
<p><strong>The hidden victims: report on Hestia's super-complaint on the police response to victims of modern slavery</strong></p>
<p>Thank you for your report of 26 May 2021. I am writing with the Government's response to the recommendation made to the Home Office.</p>
<p><strong>Recommendation 1. To the Home Office</strong></p>
<p>The report asks us to commission work, with chief constables, the Independent Anti-Slavery Commissioner, the Victims' Commissioner, the Crown Prosecution Service and support organisations, to understand better the experience of victims of the police response and of the wider law enforcement response.</p>
<p>We accept this recommendation. We have commissioned research through the Modern Slavery and Human Rights Policy and Evidence Centre, which will interview survivors and first responders. The steering group, which includes the Independent Anti-Slavery Commissioner's office and the CPS, met for the first time in September and fieldwork will begin early in 2022.</p>
<p>I welcome the College's commitment, under action 1 of the report, to revise its authorised professional practice on modern slavery, and HMICFRS's intention to use inspection to promote improvement.</p>
<p>Yours sincerely,</p>
<p>Sarah Whitcombe MP<br>Minister for Safeguarding</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 11. Modern slavery: an OPCC freedom of information reply that answers no numbered recommendation
DOCS.append(Doc(
    name="ms-humberside-opcc-foi",
    formats=["docx", "html"],
    super_complaint="modern-slavery",
    authors=["humberside-pcc"],
    date=["2023-02-07"],
    responses={},
    absent=["1"],
    classes=["foi_reply", "recommendation_quoted_not_answered", "unnumbered_recommendation_only",
             "history_dates", "reference_line"],
    style=Style(site="pcc", site_name="Humberside Police and Crime Commissioner",
                page_title="FOI 2023/011: modern slavery super-complaint | Humberside PCC",
                furniture_words=["Home", "Your Commissioner", "Transparency", "Freedom of information", "Contact"],
                page_dates="<p>Disclosure published: 7 February 2023</p>", docx_headings="bold"),
    body="""
<h1>Freedom of information request FOI 2023/011</h1>
<p>Date of response: 7 February 2023</p>
<h2>Request</h2>
<p>Please provide the Commissioner's response to the super-complaint report 'The hidden victims' (May 2021) and tell me what the Commissioner has done since to implement recommendation 1.</p>
<h2>Response</h2>
<p>The Office of the Police and Crime Commissioner holds information relevant to your request.</p>
<p>Recommendation 1 of the report is addressed to the Home Office; it asks the Home Office to commission work to understand the experience of victims. It is not a recommendation to police and crime commissioners, so the Commissioner holds no information about implementing it.</p>
<p>The Commissioner's comments on the report were published on our website on 21 July 2021. They concern the report's call for chief constables and commissioners to work together to understand what support victims of modern slavery need. Since then the Commissioner has funded a modern slavery navigator post within the Humber victim care service (2022/23 funding: &pound;48,000).</p>
<p>If you are unhappy with this response you may ask for an internal review within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 12. Police perpetrated domestic abuse: a PCC's statutory response page to part 3a
DOCS.append(Doc(
    name="ppda-hertfordshire-pcc-3a",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["hertfordshire-pcc"],
    date=["2022-08-26"],
    responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
    absent=["1", "2"],
    classes=["s29a_response", "cms_page", "part_numbering", "recommendations_for_others_listed", "panels"],
    style=Style(site="pcc", site_name="Hertfordshire Police and Crime Commissioner",
                page_title="Commissioner's response: police perpetrated domestic abuse | Herts PCC",
                mega_menu=["Your Commissioner", "Police and Crime Plan", "Beacon victim care", "Grants",
                           "Transparency", "Statutory responses", "News", "Contact"],
                panels=True, page_dates="<p>Published: 26 August 2022</p>"),
    body="""
<h1>Commissioner's response to the super-complaint on police perpetrated domestic abuse</h1>
<p>On 30 June 2022 HMICFRS, the College of Policing and the IOPC published their report on the Centre for Women's Justice super-complaint about the police response to domestic abuse committed by police officers and staff. Under section 29A of the Police Reform Act 2002 I must publish my comments on the report.</p>
<p>Recommendations 1 and 2 are for the Chief Constable, who will respond to HMICFRS himself; I will hold him to account for the audit of cases through my Strategic Board.</p>
<h2>Recommendation 3a</h2>
<p><em>PCCs, MoJ and Chief Constables should make sure their provision of domestic abuse support services and guidance is capable of meeting the specific needs of all non-police and police victims of PPDA. For PCCs, this should include considering whether local services are capable of dealing with the specific risks and vulnerabilities of PPDA victims and supporting them when engaging with the police complaints and disciplinary system.</em></p>
<h3>My response</h3>
<p>I accept this recommendation. My office has begun a review, with Beacon and our commissioned domestic abuse services, of whether victims whose abuser is a police officer can get independent support that they trust, including from outside Hertfordshire when they prefer. The review will report to my Strategic Board in December 2022, and I will publish what I decide.</p>
<p>Jonathan Ashby<br>Police and Crime Commissioner for Hertfordshire</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 13. Police perpetrated domestic abuse: the Ministry of Justice's letter on 3(b), logo only in the header
DOCS.append(Doc(
    name="ppda-moj-letter-3b",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["ministry-of-justice"],
    date=["2022-08-19"],
    responses={"3": {"progress": ["not_started"], "position": ["accepted"]}},
    absent=["4"],
    classes=["letter", "letterhead_logo_only", "part_numbering", "acceptance_nothing_done", "national_body",
             "future_dates"],
    style=Style(docx_letterhead="header_image"),
    body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>Minister for Victims<br>102 Petty France<br>London SW1H 9AJ</p>
<p>19 August 2022</p>
<p>Dear HM Chief Inspector,</p>
<p>POLICE PERPETRATED DOMESTIC ABUSE: REPORT ON THE CENTRE FOR WOMEN'S JUSTICE SUPER-COMPLAINT</p>
<p>Thank you for sending me the report. Part (b) of recommendation 3 asks the Ministry of Justice to make sure that its guidance for independent domestic violence advisers covers the specific risks and vulnerabilities of victims of police perpetrated domestic abuse, and the support and advice they may need with both the criminal and the misconduct sides of the police response.</p>
<p>I accept recommendation 3 (b). We will take it forward in the next revision of the IDVA guidance, which we expect to start in spring 2023 once the Victims Bill has been introduced; no drafting has been done yet. We will consult the Domestic Abuse Commissioner and specialist services when we do.</p>
<p>Recommendation 4 is for the Home Office, which will write to you separately.</p>
<p>Yours sincerely,</p>
<p>Edward Lindqvist MP<br>Minister for Victims</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 14. Police perpetrated domestic abuse: a PCC's report to the police and crime panel a year on
DOCS.append(Doc(
    name="ppda-west-mercia-panel-report",
    formats=["pdf", "docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["west-mercia-pcc"],
    optional_authors=["west-mercia-police"],
    date=["2023-06-13", "2023-06-20"],
    responses={
        "3": {"progress": ["complete"], "position": ["accepted"]},
        "1": ["complete"],
        "2": ["in_progress"],
    },
    absent=["4"],
    classes=["panel_report", "numbered_paragraphs", "two_dates", "done_now_bau", "pcc_reports_force_progress",
             "part_numbering", "running_header_footer", "percentages"],
    style=Style(pdf_header="West Mercia Police and Crime Panel - 20 June 2023", docx_headings="bold",
                pdf_footer="Report of the Police and Crime Commissioner"),
    body="""
<h1>West Mercia Police and Crime Panel</h1>
<p>20 June 2023</p>
<h2>Police perpetrated domestic abuse super-complaint: one year on</h2>
<p>Report of the Police and Crime Commissioner<br>Date of report: 13 June 2023</p>
<h3>Purpose of report</h3>
<p>1. To update the Panel on the Commissioner's response, and the force's, to the report on the Centre for Women's Justice super-complaint, published on 30 June 2022.</p>
<h3>The Commissioner's recommendation</h3>
<p>2. The part of recommendation 3 addressed to police and crime commissioners (3a) asks commissioners to consider whether local services can meet the particular risks and needs of victims of police perpetrated domestic abuse. The Commissioner accepted it in August 2022.</p>
<p>3. The review of commissioned services finished in February 2023. As a result the Commissioner now funds an independent advocate, employed by a provider outside the force area, whom victims can contact without going through West Mercia Police. The post has been written into the core victim services contract from April 2023 and is managed as part of that contract. The Commissioner considers the recommendation implemented.</p>
<h3>The force's recommendations</h3>
<p>4. The Chief Constable has told the Commissioner that the audit required by recommendation 1 was completed in December 2022. It covered 97 live and recently closed cases; 11 were referred back to Professional Standards to be reassessed as complaint or conduct matters, and the force's letter was sent to the College of Policing through the NPCC.</p>
<p>5. Work on recommendation 2 continues through the force's PPDA improvement plan, overseen by the Deputy Chief Constable. Seven of its twelve actions (58%) are complete.</p>
<p>6. Recommendation 4 is for the Home Office.</p>
<h3>Recommendation</h3>
<p>7. The Panel is asked to note this report.</p>
<p>Contact: Policy Officer, Office of the Police and Crime Commissioner, 01905 000000</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 15. Police perpetrated domestic abuse: an NPCC news item with a byline, recommendations by group
DOCS.append(Doc(
    name="ppda-npcc-news",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["npcc"],
    date=["2022-09-06"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "3": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
    },
    absent=["4"],
    classes=["news_item", "byline", "group_reference", "acceptance_only", "deadline_not_document_date",
             "national_body"],
    style=Style(site="news", site_name="National Police Chiefs' Council",
                page_title="Forces accept super-complaint recommendations | NPCC news",
                furniture_words=["Home", "News", "Publications", "About", "Contact"]),
    body="""
<h1>All forces accept super-complaint recommendations on police perpetrated domestic abuse</h1>
<p>By NPCC Press Office<br>6 September 2022</p>
<p>Every police force in England and Wales, together with British Transport Police and the Police Service of Northern Ireland, has accepted the three recommendations made for policing in the super-complaint report on police perpetrated domestic abuse, the National Police Chiefs' Council said today.</p>
<p>The report, published in June by HM Inspectorate of Constabulary, the College of Policing and the IOPC, followed a super-complaint by the Centre for Women's Justice. The three recommendations for policing are recommendations 1 and 2 and the chief constables' part of recommendation 3.</p>
<p>Forces have started the audit of live and recently closed cases that the first of them requires, and will report the results through the NPCC by the end of December.</p>
<p>The NPCC Chair said: "Allegations of domestic abuse against officers and staff must be investigated robustly and fairly. Victims must have confidence that they will be believed and supported, whoever the perpetrator."</p>
<p>Recommendation 4 is for the Home Office, which will respond separately.</p>
<p>Notes to editors: The NPCC brings together 43 operationally independent and locally accountable chief constables and their chief officer teams.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 16. Police perpetrated domestic abuse: the IOPC's page on its own action, mentioning recommendation 1
DOCS.append(Doc(
    name="ppda-iopc-oversight-page",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["iopc"],
    date=["2024-03-21"],
    responses={},
    absent=["1"],
    classes=["cms_page", "action_not_recommendation", "recommendation_mentioned_not_answered", "history_dates",
             "national_body"],
    style=Style(site="national", site_name="Independent Office for Police Conduct",
                page_title="Police perpetrated domestic abuse: our oversight | IOPC",
                furniture_words=["Home", "Complaints", "Investigations", "Learning", "Research", "About us"],
                page_dates="<p>Page last updated: 21 March 2024</p>"),
    body="""
<h1>Police perpetrated domestic abuse: our oversight work</h1>
<p>The super-complaint report on police perpetrated domestic abuse, published in June 2022, included an action for the IOPC: to carry out a targeted programme of oversight of how the police handle allegations of domestic abuse by officers and staff.</p>
<h2>What we have done</h2>
<ul>
<li>Between October 2022 and September 2023 we reviewed 120 referrals from 29 forces involving allegations of domestic abuse against police officers and staff.</li>
<li>We published our findings and eleven learning recommendations for forces in February 2024.</li>
<li>We now include these cases in our routine oversight of force professional standards departments.</li>
</ul>
<h2>Forces' audits</h2>
<p>Recommendation 1 of the report asked chief constables to audit live and recently closed cases. Those audits were reported to the NPCC and the College of Policing; questions about a particular force's audit should be put to that force.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 17. Honour-based abuse: a mayor's statement on publication, with an update added later
DOCS.append(Doc(
    name="hba-south-yorkshire-mayor-statement",
    formats=["markdown", "html"],
    super_complaint="honour-based-abuse",
    authors=["south-yorkshire-mayor"],
    optional_authors=["south-yorkshire-police"],
    date=["2023-06", "2022-12-16"],
    responses={
        "1": ["complete"],
        "2": ["in_progress"],
    },
    absent=["3"],
    classes=["news_statement", "mayor_office", "update_appended", "initial_mentions_then_update",
             "recommendation_named_mid_sentence", "unnumbered_recommendation_only"],
    style=Style(site="pcc", site_name="South Yorkshire Mayoral Combined Authority",
                page_title="Mayor responds to super-complaint report on honour-based abuse | SYMCA",
                furniture_words=["Home", "Policing and crime", "Transport", "Skills", "News", "Contact"],
                page_dates="<p>Published: 16 December 2022</p><p>Updated: 28 June 2023</p>"),
    body="""
<h1>Mayor responds to super-complaint report on victims at risk of honour-based abuse</h1>
<p>16 December 2022</p>
<p>The Mayor of South Yorkshire has welcomed today's report on the super-complaint by the Tees Valley Inclusion Project about how the police respond to victims of sexual abuse from ethnic minority backgrounds who may be at risk of honour-based abuse.</p>
<p>The report asks chief constables to update their forces' sexual abuse policies to include the risk of honour-based abuse (recommendation 1) and to make sure officers understand the communities they police (recommendation 2). The Mayor said he would ask the Chief Constable how South Yorkshire Police will respond to both at his next Public Accountability Board. Recommendation 3 is for the National Police Chiefs' Council.</p>
<p>The report also asks police and crime commissioners and mayors to make sure that their consultation before commissioning victims' services includes all communities. The Mayor said: "I accept that challenge. Our next victims' needs assessment will be designed with the voluntary sector organisations that work with women from ethnic minority communities."</p>
<h2>Update: June 2023</h2>
<p>At the Public Accountability Board on 22 June 2023 the Chief Constable reported that the force's sexual abuse policy now includes the risk of honour-based abuse, with the policy revised and published in April. Work to improve officers' cultural awareness is under way: community profiles for each district are being written with local groups, and the first two have been issued.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 18. Honour-based abuse: an OPCC scrutiny page carrying the force's tracker (status column vs update)
DOCS.append(Doc(
    name="hba-cleveland-scrutiny-tracker",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-pcc", "cleveland-police"],
    date=["2024-03-14"],
    responses={
        "1": ["complete"],
        "2": ["in_progress"],
    },
    absent=["3"],
    classes=["tracker", "joint_force_pcc", "status_update_disagree", "parts_rows", "cms_page",
             "meeting_date_not_document_date", "no_position_column"],
    style=Style(site="pcc", site_name="Cleveland Police and Crime Commissioner",
                page_title="Scrutiny: honour-based abuse super-complaint | Cleveland PCC",
                mega_menu=["Your PCC", "Police and Crime Plan", "Scrutiny", "Victims", "Funding", "Meetings",
                           "Transparency", "News"],
                panels=True, page_dates="<p>Published 14 March 2024</p>"),
    body="""
<h1>Scrutiny: Cleveland Police's response to the honour-based abuse super-complaint</h1>
<p>The Commissioner scrutinised the force's progress on the Tees Valley Inclusion Project super-complaint at the Scrutiny, Delivery and Performance Board on 5 March 2024. The force's tracker, as presented to the Board, is below.</p>
<table>
<tr><th>Recommendation</th><th>Force action</th><th>Status</th><th>Update</th></tr>
<tr><td>1 - sexual abuse policies to include the risk of honour-based abuse</td><td>Revise RASSO policy</td><td>Complete</td><td>Policy revised and published July 2023. Honour-based abuse risk questions added to the initial investigation checklist.</td></tr>
<tr><td>2a - awareness of the demographics of communities</td><td>Neighbourhood community profiles</td><td>Complete</td><td>Profiles for all four districts published on the intranet.</td></tr>
<tr><td>2b - independent advisory groups reflect demographics</td><td>IAG recruitment</td><td>In progress</td><td>Recruitment drive under way; three new members appointed, two more sought.</td></tr>
<tr><td>2c - up-to-date information on culture and religion</td><td>Culture and faith guide for officers</td><td>Complete</td><td>Local guide on hold until the College of Policing national product is available; no date yet.</td></tr>
<tr><td>2d - investigations consider cultural factors</td><td>Supervisory review template</td><td>In progress</td><td>Template drafted; pilot in Middlesbrough from April.</td></tr>
<tr><td>3</td><td>For the NPCC</td><td>N/A</td><td>Not a force recommendation.</td></tr>
</table>
<h2>Commissioner's comments</h2>
<p>The Commissioner is satisfied that the first recommendation has been delivered. He has asked the force to return to the Board in September with a further update on the second, including the date of the national culture and faith product.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 19. Honour-based abuse: an NPCC lead's update, converted to hard-wrapped text
DOCS.append(Doc(
    name="hba-npcc-lead-update",
    formats=["text"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-18"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["in_progress", "awaiting_national"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
    },
    classes=["npcc_lead", "hard_wrapped", "answering_for_forces", "percentages", "report_date_not_document_date",
             "recommendation_by_subject_heading"],
    style=Style(wrap=76, upper_h1=True),
    body="""
<h1>NPCC update: Tees Valley Inclusion Project super-complaint</h1>
<p>NPCC lead for honour-based abuse, forced marriage and female genital mutilation<br>18 March 2024</p>
<p>When the report was published on 16 December 2022 the NPCC accepted, on behalf of chief constables and for itself, all three of the recommendations made to policing. This paper sets out progress fifteen months on, based on returns from 45 forces.</p>
<h2>The risk of honour-based abuse in sexual abuse policies</h2>
<p>39 of 45 forces (87%) have amended their sexual abuse policies to include the risk of honour-based abuse. The remaining six have drafts in consultation and expect to publish by the summer.</p>
<h2>Cultural awareness</h2>
<p>Progress is more varied. Most forces have produced community profiles and are reviewing the make-up of their independent advisory groups. Many are holding back their own information on culture and religion until the College of Policing publishes the national resource it is developing with the NPCC, expected later in 2024.</p>
<h2>Consideration of findings</h2>
<p>The NPCC took the super-complaint's findings into account in its proposals on data standards for protected characteristics, which were submitted to the Home Office in November 2023. This recommendation is complete. Any change to the Annual Data Requirement is for the Home Office to decide.</p>
<p>The recommendation to police and crime commissioners on inclusive consultation is being answered through the APCC.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 20. Stop and search: a PFCC decision record funding community scrutiny (recommendation 8)
DOCS.append(Doc(
    name="sas-essex-pfcc-decision",
    formats=["docx", "pdf"],
    super_complaint="stop-and-search",
    authors=["essex-pfcc"],
    date=["2024-06-03"],
    responses={"8": {"progress": ["in_progress", "not_started"], "position": ["accepted"]}},
    absent=[],
    classes=["decision_record", "form_fields", "several_dates_sign_off", "history_dates",
             "report_date_not_document_date", "deadline_not_document_date"],
    style=Style(docx_headings="bold", pdf_header="Essex PFCC Decision Report PFCC/112/24",
                docx_footer="Essex Police, Fire and Crime Commissioner, Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"),
    body="""
<h1>Decision Report</h1>
<p>Reference number: PFCC/112/24<br>Title: Independent stop and search scrutiny - response to recommendation 8 of the Criminal Justice Alliance super-complaint report<br>Report by: Head of Performance and Scrutiny<br>Classification: OFFICIAL</p>
<h2>1. Executive summary</h2>
<p>The report on the Criminal Justice Alliance's super-complaint about section 60 and the community scrutiny of stop and search was published on 15 December 2023. It made ten recommendations. Recommendation 8 is addressed to police and crime commissioners and concerns independent community scrutiny of stop and search. The Commissioner accepted it in his response of 9 February 2024.</p>
<h2>2. Recommendation</h2>
<p>That the Commissioner approves expenditure of &pound;22,500 in 2024/25 to strengthen the independent scrutiny of stop and search in Essex.</p>
<h2>3. Background and proposal</h2>
<p>The existing Stop and Search Scrutiny Panel meets quarterly but has no training budget and few members under 25. The funding will pay for training for all panel members, delivered by an external provider; targeted recruitment of young people and people from communities most affected by stop and search; and a standing arrangement for the panel to review every section 60 authorisation within 14 days. Training is due to be delivered from September 2024 and the first section 60 reviews will take place in the third quarter.</p>
<h2>4. Financial implications</h2>
<p>Funded from the Commissioner's community safety reserve. Chief Finance Officer comments received 24 May 2024.</p>
<h2>5. Approval</h2>
<p>I approve the recommendation set out above.</p>
<p>Signature: Richard Haverstock<br>Police, Fire and Crime Commissioner for Essex<br>Date: 3 June 2024</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 21. Stop and search: the APCC's response for all PCCs (national CMS page)
DOCS.append(Doc(
    name="sas-apcc-response",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["apcc"],
    date=["2024-05-10"],
    responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
    absent=[],
    classes=["national_body", "apcc_for_all_pccs", "recommendation_by_position", "cms_page",
             "percentages", "recommendations_by_subject_unnumbered"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                page_title="APCC response: stop and search super-complaint | APCC",
                furniture_words=["Home", "About", "PCCs", "Portfolios", "Member resources", "News"],
                page_dates="<p>Published 10 May 2024</p>"),
    body="""
<h1>APCC response to the Criminal Justice Alliance super-complaint report</h1>
<p>The Association of Police and Crime Commissioners responds here on behalf of all police and crime commissioners, police, fire and crime commissioners and mayors with policing responsibilities to the report on section 60 and independent community scrutiny of stop and search, published by HMICFRS, the College of Policing and the IOPC in December 2023.</p>
<p>Of the report's ten recommendations, the eighth is addressed to police and crime commissioners. It concerns independent community scrutiny of stop and search: how panels are recruited and trained, how representative they are, and how they scrutinise section 60 authorisations.</p>
<h2>Our response</h2>
<p>All 43 PCCs and equivalents have accepted this recommendation.</p>
<p>PCCs are at different stages. From the returns our members sent us in April, 31 (72%) have reviewed their local scrutiny arrangements against the report's findings, and 14 have already changed them, for example by training panel members, recruiting young people or adding section 60 to the panel's terms of reference. The others expect to finish their reviews during 2024. The APCC's joint leads for race disparity and for police accountability will bring PCCs together in the autumn to share practice.</p>
<p>The recommendations about the use of section 60 itself are for chief constables, the NPCC and the Home Office, who are responding separately.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 22. Stop and search: police and crime panel minutes in Markdown, recommendation named by subject
DOCS.append(Doc(
    name="sas-kent-panel-minutes",
    formats=["markdown"],
    super_complaint="stop-and-search",
    authors=["kent-pcc"],
    date=["2025-02-04"],
    responses={"8": {"progress": ["complete"], "position": ["accepted"]}},
    absent=[],
    classes=["minutes", "panel", "done_now_bau", "recommendation_by_subject", "history_dates"],
    style=Style(),
    body="""
<h1>Kent and Medway Police and Crime Panel</h1>
<p><strong>Minutes of the meeting held at Sessions House, Maidstone, on Tuesday 4 February 2025</strong></p>
<p>Present: Mr P. Cooper (Chair), Cllr D. Amos, Cllr R. Baines, Cllr L. Chaudhry, Cllr H. Evans, Mrs J. Pike (independent member).<br>In attendance: the Police and Crime Commissioner; the Chief Executive, OPCC.</p>
<h3>88. Police and Crime Commissioner's update on stop and search scrutiny</h3>
<p>(1) The Commissioner reminded the Panel that he had accepted, in February 2024, the super-complaint report's recommendation to commissioners on independent community scrutiny of stop and search.</p>
<p>(2) He reported that the work was finished. The new independent scrutiny panel, with members recruited through youth and community organisations and trained by the College of Policing's approved provider, had met every quarter since April 2024 and reviewed all four section 60 authorisations made in the county. The panel's reports were published on his website and the arrangements were now part of his office's business as usual.</p>
<p>(3) Cllr Chaudhry asked whether the force had responded to the recommendations addressed to chief constables. The Commissioner said those were for the Chief Constable, who would attend the Panel's June meeting.</p>
<p>(4) RESOLVED that the update be noted.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 23. Stalking: the APCC's summary response on GOV.UK for all PCCs (15, 16, 25; 27 by implication)
DOCS.append(Doc(
    name="stalk-apcc-summary",
    formats=["html"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2024-12-20"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "25": {"progress": ["awaiting_national"], "position": ["accepted", "partially_accepted"]},
    },
    optional=["27"],
    absent=[],
    classes=["govuk_page", "apcc_for_all_pccs", "deadline_not_document_date", "waiting_on_home_office",
             "acceptance_only", "joint_recipients"],
    style=Style(site="govuk", site_name="GOV.UK", page_title="APCC summary response: stalking super-complaint - GOV.UK",
                page_dates="<p>Published 20 December 2024</p>"),
    body="""
<h1>APCC summary response to the super-complaint report on the police response to stalking</h1>
<p>As recommendation 27 asks, the Association of Police and Crime Commissioners has agreed to respond on behalf of all police and crime commissioners and their equivalents. This summary draws on the responses of all 43.</p>
<h2>Recommendation 15</h2>
<p><em>By 27 March 2025, review whether the right specialist services have been commissioned to support stalking victims in their area, including provision of trained independent stalking advocate caseworkers (ISACs).</em></p>
<p>All 43 PCCs accepted this recommendation. Twelve have completed their review; the rest are reviewing their commissioned services now, and several are discussing joint ISAC provision with neighbouring areas.</p>
<h2>Recommendation 16</h2>
<p>This recommendation is also directed to chief constables. All PCCs accepted it and will work with their chief constables on the review it asks for.</p>
<h2>Recommendation 25</h2>
<p>PCCs accept recommendation 25 in principle. Many noted that they cannot act on it fully until the Home Office publishes its revised statutory guidance on stalking protection orders, and they will return to it when that guidance is available.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 24. Stalking: a PCC's progress update a year after the report (letterhead in header; PDF with cover)
DOCS.append(Doc(
    name="stalk-norfolk-pcc-update",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["norfolk-pcc"],
    optional_authors=["norfolk-constabulary"],
    date=["2025-11-12", "2025-11"],
    responses={
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
        "25": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=[],
    classes=["progress_update_late", "done_now_bau", "acceptance_nothing_done", "pdf_cover",
             "letterhead_in_header", "deadline_not_document_date", "report_date_not_document_date"],
    style=Style(docx_letterhead_in_header=True,
                pdf_cover="<h1>Office of the Police and Crime Commissioner for Norfolk</h1>"
                          "<h2>Police response to stalking: Commissioner's progress update</h2><p>November 2025</p>",
                pdf_footer="OPCC Norfolk - OFFICIAL"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Norfolk<br>Jubilee House, Falconers Chase<br>Wymondham NR18 0WW</div>
<h1>Police response to stalking: progress update</h1>
<p>Date: 12 November 2025<br>Author: Head of Commissioning and Partnerships</p>
<p>The super-complaint report on the police response to stalking was published on 27 September 2024. In my response of December 2024 I accepted the three recommendations addressed to me. This update reports progress against them; the Chief Constable reports separately on the recommendations for the force.</p>
<h2>Recommendation 15: specialist services for stalking victims</h2>
<p>Our review found that Norfolk had no dedicated independent stalking advocate. From 1 April 2025 I have jointly commissioned, with the Suffolk Commissioner, two ISAC posts from a specialist provider. They have supported 96 victims in their first six months. The service is now part of my core victim services and is reviewed at the quarterly contract meeting.</p>
<h2>Recommendation 16</h2>
<p>The joint review with Norfolk Constabulary that this recommendation asks for concluded in June 2025. It identified four actions; two have been delivered and the other two, on referral pathways from the control room, are being developed with the force.</p>
<h2>Recommendation 25</h2>
<p>I accept this recommendation. Work on it has not yet started; it is scheduled in my office's business plan for 2026/27.</p>
<p>Police and Crime Commissioner for Norfolk</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 25. Stalking: a force action plan with evidence requirements 7.1 / 7.2 (PDF with cover; text with pipes)
DOCS.append(Doc(
    name="stalk-suffolk-action-plan",
    formats=["pdf", "text"],
    super_complaint="stalking",
    authors=["suffolk-constabulary"],
    optional_authors=["suffolk-pcc"],
    date=["2025-03-14"],
    responses={
        "7": ["in_progress"],
        "10": ["in_progress"],
        "16": ["in_progress"],
        "25": ["awaiting_national"],
    },
    absent=["8", "9", "15"],
    classes=["action_plan", "tracker", "part_numbering_7_1", "status_update_disagree", "pdf_cover",
             "deadline_not_document_date", "version_history_dates", "no_position_column", "percentages"],
    style=Style(text_tables="pipes", pdf_ruled=True, pdf_header="Suffolk Constabulary - OFFICIAL",
                pdf_cover="<h1>Suffolk Constabulary</h1><h2>Police response to stalking: force action plan</h2>"
                          "<p>Version 3 - March 2025</p>"),
    body="""
<h1>Police response to stalking: Suffolk Constabulary action plan</h1>
<p>Version history: v1 published 21 November 2024; v2 10 January 2025; v3 updated 14 March 2025.<br>Senior responsible owner: ACC Local Policing. Governance: Stalking and Harassment Delivery Group.</p>
<p>The super-complaint report made 29 recommendations, 15 of them to chief constables. Most carry the deadline 27 March 2025. This plan shows the force's actions against each evidence requirement in the NPCC framework. Overall, 9 of 14 evidence requirements (64%) are complete.</p>
<table>
<tr><th>Rec</th><th>Evidence requirement</th><th>Action</th><th>Owner</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Seek changes to crime recording systems so that included classifications can be recorded and searched</td><td>Athena change request</td><td>Head of Crime Standards</td><td>Complete</td><td>Change went live 3 February 2025.</td></tr>
<tr><td>7.1</td><td>Processes so the capability is used</td><td>Guidance and audit</td><td>Force Crime Registrar</td><td>In progress</td><td>Guidance issued. Compliance audit due May 2025.</td></tr>
<tr><td>7.2</td><td>Alternative measures while changes are pending</td><td>Intelligence report flag</td><td>Force Crime Registrar</td><td>Complete</td><td>Used until the Athena change; no longer needed.</td></tr>
<tr><td>10</td><td>Review and update learning and training on stalking</td><td>Training review and new package</td><td>Head of L&amp;D</td><td>Complete</td><td>Review complete and new package written. Delivered to 60% of frontline officers so far; the remainder by June 2025.</td></tr>
<tr><td>16</td><td>Joint review with the OPCC</td><td>Joint commissioning review</td><td>OPCC / Supt Safeguarding</td><td>In progress</td><td>Terms of reference agreed with the OPCC in February 2025; review under way.</td></tr>
<tr><td>25</td><td>Joint with the OPCC</td><td>To be confirmed</td><td>Supt Safeguarding</td><td>On hold</td><td>Awaiting the revised Home Office guidance on stalking protection orders before local work can begin.</td></tr>
</table>
<p>Recommendations 8 and 9 are not addressed to chief constables. Recommendation 15 is for the Police and Crime Commissioner.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 26. Stalking: an HMICFRS collection page of responses (a list of links, answering nothing)
DOCS.append(Doc(
    name="stalk-hmicfrs-responses-page",
    formats=["html"],
    super_complaint="stalking",
    authors=["hmicfrs"],
    date=["2025-01-09"],
    responses={},
    absent=["15"],
    classes=["collection_page", "list_of_links", "recommendation_mentioned_not_answered", "page_dates_two",
             "report_date_not_document_date", "national_body"],
    style=Style(site="national", site_name="HMICFRS", page_title="Police response to stalking: responses | HMICFRS",
                furniture_words=["Home", "Our work", "Publications", "Police super-complaints", "About us"],
                page_dates="<p>First published: 27 September 2024</p><p>Last updated: 9 January 2025</p>"),
    body="""
<h1>The police response to stalking: responses to the super-complaint report</h1>
<p>This page brings together the responses we have received to our report on the Suzy Lamplugh Trust's super-complaint, which we published with the College of Policing and the IOPC. We will add further responses as they are published. The inclusion of a response here does not mean we have assessed it.</p>
<table>
<tr><th>Organisation</th><th>Response</th><th>Date</th></tr>
<tr><td>Home Office</td><td>Letter from the Minister for Safeguarding</td><td>3 December 2024</td></tr>
<tr><td>National Police Chiefs' Council</td><td>56-day update on forces' action plans</td><td>22 November 2024</td></tr>
<tr><td>Association of Police and Crime Commissioners</td><td>Summary response for all PCCs, including recommendation 15</td><td>20 December 2024</td></tr>
<tr><td>Crown Prosecution Service</td><td>Letter from the Director of Public Prosecutions</td><td>19 December 2024</td></tr>
</table>
<p>Forces' action plans are published on their own websites. The NPCC holds a list of links.</p>
"""))

# ---------------------------------------------------------------------------------------------------
# 27. Stalking: an OPCC email to the inspectorate, typed with line breaks, above the message it answers
DOCS.append(Doc(
    name="stalk-gwent-opcc-email",
    formats=["text"],
    super_complaint="stalking",
    authors=["gwent-pcc"],
    optional_authors=["gwent-police"],
    date=["2025-03-26"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=[],
    classes=["email", "quoted_earlier_message_date", "deadline_not_document_date", "typed_line_breaks",
             "joint_on_behalf", "attachment_referred_not_included"],
    style=Style(),
    body="""
<p>From: Policy and Partnerships Manager, OPCC Gwent<br>Sent: 26 March 2025 16:42<br>To: HMICFRS Super-complaints<br>Cc: Chief Executive, OPCC Gwent; Staff Officer to the Chief Constable, Gwent Police<br>Subject: RE: Stalking super-complaint - update requested by 27 March 2025</p>
<p>Good afternoon,</p>
<p>On behalf of the Commissioner, and for recommendation 16 on behalf of the Chief Constable as well, please see our update below. The force's full action plan is attached separately.</p>
<p>Rec 15 (PCCs - specialist services / ISACs)<br>Accepted by the Commissioner in December. The review of commissioned services is well advanced: we have mapped current stalking support across the five local authority areas and are in talks with the Dyfed-Powys and South Wales commissioners about a shared ISAC service. We expect to make a commissioning decision in May.</p>
<p>Rec 16 (PCCs and chief constables)<br>Also accepted. The joint review with Gwent Police started in January and a first workshop has been held with the force's stalking lead and the Safer Gwent partnership. Findings are due in the summer.</p>
<p>Happy to discuss if helpful.</p>
<p>Kind regards,<br>Policy and Partnerships Manager<br>Office of the Police and Crime Commissioner for Gwent<br>Tel: 01633 000000</p>
<p>-----Original Message-----<br>From: HMICFRS Super-complaints<br>Sent: 03 March 2025 09:15<br>To: OPCC Gwent<br>Subject: Stalking super-complaint - update requested by 27 March 2025</p>
<p>Dear colleague,<br>As you know, most of the recommendations in our report of 27 September 2024 carry the deadline of 27 March 2025. Please send us a short update on the recommendations addressed to your commissioner by that date.<br>Many thanks,<br>Super-complaints team</p>
"""))
