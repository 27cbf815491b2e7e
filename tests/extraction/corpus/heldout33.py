"""heldout33: a blind held-out set of invented super-complaint response documents.

Written blind: the writer read only the brief, the shared corpus README, the reference catalogue and
organisation list, and build.py / render.py; never the extraction engine, its decisions, its tests or any
other set. Every document is invented (no published response was copied), written as commissioners and
their offices, police (fire) and crime panels, mayors' offices, national bodies (NPCC leads, APCC, College
of Policing, IOPC, Home Office, Ministry of Justice, HMICFRS collection pages) and a few forces write.

It covers all seven published super-complaints (safe-to-share, protective-measures, modern-slavery,
police-perpetrated-domestic-abuse, honour-based-abuse, stop-and-search, stalking) in letters, statutory
section 29A-style responses, trackers with RAG and status columns, committee and board papers with
numbered paragraphs, minutes, news items, FOI replies, CMS pages with page dates, decision records and
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
    optional=["1"],
    absent=[],
    classes=["minutes", "hard_wrapped", "panel", "acceptance_nothing_done", "second_hand_force_progress",
             "approval_date_not_document_date", "report_date_not_document_date"],
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
