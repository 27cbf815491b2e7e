"""heldout32: a blind held-out set of invented response documents to the seven published police super-complaints.

Written blind by a test writer who did not read the extraction engine, its decisions, its session notes, its
tests or any other labelled set, and who did not run the engine. Every document is invented from general
knowledge of how forces, police and crime commissioners, panels and national bodies in England and Wales write
(no published response was collected or copied). The set leans towards force documents and joint force-and-PCC
documents: trackers with RAG and status columns, action plans with owners and target dates, letters with
letterheads and references, board and panel papers with numbered paragraphs, minutes, FOI replies, decision
records, news items with bylines, CMS pages with page dates, an email, a GOV.UK response page, an HMICFRS
collection page, an IOPC page with its own "actions", and national letters. 26 documents, 36 files (12 HTML,
8 PDF, 9 DOCX, 5 text, 2 Markdown) across the seven published super-complaints.

The gold is what a careful analyst reads: a status column contradicted by its own update follows the update;
acceptance with nothing done is not_started (work promised) or not_stated; waiting on the Home Office, the NPCC
or the College is awaiting_national; a position is labelled only where the document states one. Only top-level
recommendation numbers are keyed (parts such as 7.1 or 3a roll up into their recommendation).
"""
from build import Doc
from render import Style

CLEVELAND_MENU = ["Report a crime", "Contact us", "Advice", "Your area", "Jobs", "About us", "Publications",
                  "Freedom of information", "Our performance", "Complaints", "Victim care", "Stalking"]

DOCS: list[Doc] = [
    # 1 ----------------------------------------------------------------------------------------------
    Doc(
        name="s2s_cleveland_tracker",
        formats=["html"],
        super_complaint="safe-to-share",
        authors=["cleveland-police"],
        date=["2022-03-09"],
        responses={
            "1": {"progress": ["complete"], "position": ["accepted"]},
            "4": {"progress": ["in_progress"], "position": ["accepted"]},
            "5": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        optional=["8"],
        absent=["2", "3", "6", "7"],
        classes=["tracker_status_contradicted_by_update", "rag_column", "page_dates_two", "report_date_not_doc_date",
                 "overview_list_not_response", "cms_furniture", "group_acceptance"],
        style=Style(site="force", site_name="Cleveland Police", page_title="Super-complaint: policing and immigration status | Cleveland Police",
                    mega_menu=CLEVELAND_MENU, panels=True, related=["Victim care", "Domestic abuse support", "Hate crime"],
                    page_dates="<p>Published: 14 June 2021</p><p>Last reviewed: 9 March 2022</p><p>Next review: March 2023</p>"),
        body="""
<h1>Police super-complaint: policing and immigration status</h1>
<p>On 17 December 2020 HM Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS), the College of Policing
and the Independent Office for Police Conduct published <em>Safe to share?</em>, their report on the super-complaint made by
Liberty and Southall Black Sisters. The report made eight recommendations.</p>
<p>Recommendations 2, 3 and 7 are for the Home Office (recommendation 3 jointly with the National Police Chiefs' Council),
and recommendation 6 is for police and crime commissioners; the Police and Crime Commissioner for Cleveland has published
a separate response. Recommendations 1, 4 and 5 are for chief constables, and recommendation 8 asks every recipient to report
progress within six months.</p>
<p>Cleveland Police accepts all the recommendations made to chief constables. The table below is our tracker; it replaced the
update we sent to HMICFRS in June 2021.</p>
<h2>Our progress</h2>
<table>
<tr><th>Rec</th><th>What it asks</th><th>RAG</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Stop sharing information on domestic abuse victims with Immigration Enforcement where officers only have doubts about their status</td>
<td>Green</td><td>Complete</td><td>Interim instruction issued to all officers and staff on 3 March 2021 and written into the Domestic Abuse
Policy (v4.2). Any referral to Immigration Enforcement about a victim now needs the authority of a detective inspector; none has been
made about a domestic abuse victim since the instruction. Dip-sampled quarterly by the Vulnerability Hub.</td></tr>
<tr><td>4</td><td>Safe reporting pathways for migrant victims and witnesses, with specialist organisations</td>
<td>Green</td><td>Complete</td><td>We are still designing the pathway with Justice First, the Halo Project and My Sister's Place. A first
draft is expected to be agreed with partners this summer and will then go to the Force Policy Board. Until it is in place, officers
refer victims with insecure status to the Victim Care Hub, which links them to an adviser.</td></tr>
<tr><td>5</td><td>Promote migrant victims' and witnesses' confidence in reporting</td>
<td>Amber</td><td>In progress</td><td>Joint engagement plan with the Office of the Police and Crime Commissioner agreed in January 2022.
Three community sessions held so far (Middlesbrough, Stockton, Hartlepool); translated leaflets being printed.</td></tr>
<tr><td>8</td><td>Update HMICFRS within six months</td>
<td>Green</td><td>Complete</td><td>Update sent to HMICFRS on 16 June 2021. This page is kept up to date in place of further letters.</td></tr>
</table>
<p>If you have any questions about this page, please contact the Vulnerability Hub through our website.</p>
""",
    ),
    # 2 ----------------------------------------------------------------------------------------------
    Doc(
        name="stalking_cumbria_action_plan",
        formats=["pdf", "docx"],
        super_complaint="stalking",
        authors=["cumbria-constabulary"],
        date=["2024-11-20"],
        responses={
            "7": {"progress": ["in_progress"], "position": ["accepted"]},
            "10": {"progress": ["in_progress"], "position": ["accepted"]},
            "16": {"progress": ["not_started"], "position": ["accepted"]},
        },
        optional=["25"],
        classes=["action_plan_table", "part_numbering_7_1", "parts_differ_in_status", "deadline_not_doc_date",
                 "cover_page", "running_header", "version_table", "report_date_not_doc_date"],
        style=Style(pdf_cover="<h1>Cumbria Constabulary</h1><h2>Police response to stalking</h2><p>Action plan in response to the "
                              "Suzy Lamplugh Trust super-complaint report</p><p>OFFICIAL</p>",
                    pdf_header="Cumbria Constabulary | Stalking super-complaint action plan | OFFICIAL",
                    pdf_footer="Owner: Head of Public Protection", docx_headings="bold",
                    docx_footer="OFFICIAL - Cumbria Constabulary, Carleton Hall, Penrith"),
        body="""
<h1>Police response to stalking: our action plan</h1>
<table>
<tr><th>Version</th><th>Date</th><th>Author</th><th>Change</th></tr>
<tr><td>1.0</td><td>1 November 2024</td><td>DCI, Public Protection</td><td>First draft</td></tr>
<tr><td>1.2</td><td>20 November 2024</td><td>Head of Public Protection</td><td>Approved by the Deputy Chief Constable for publication</td></tr>
</table>
<h2>1. Introduction</h2>
<p>1.1 On 27 September 2024 HMICFRS, the College of Policing and the IOPC published <em>The police response to stalking</em>, their
report on the super-complaint made by the Suzy Lamplugh Trust on behalf of the National Stalking Consortium. The report makes 29
recommendations, 15 of them to chief constables.</p>
<p>1.2 The Chief Constable accepts all fifteen recommendations made to chief constables. The report asks each force to publish, within
56 days, a plan explaining what it will do in response to each recommendation; this document is that plan. Most recommendations are
to be delivered by 27 March 2025.</p>
<p>1.3 The plan is overseen by the Stalking and Harassment Delivery Group, chaired by the Detective Superintendent for Public
Protection, which reports to the Vulnerability Board. The tables below show the recommendations on which work has begun; the
remaining recommendations are being scoped and will be added at the next revision.</p>
<h2>2. Actions</h2>
<table>
<tr><th>Ref</th><th>Recommendation / evidence of completion</th><th>Our action</th><th>Owner</th><th>Target</th><th>Status</th></tr>
<tr><td>7</td><td>Seek changes to crime recording systems so that stalking and related offences can be recorded and searched as included
classifications.</td><td>Change request CR-2291 submitted to the Niche user group on 4 November 2024; local configuration to follow.</td>
<td>Head of Crime Standards</td><td>March 2025</td><td>In progress</td></tr>
<tr><td>7.1</td><td>Processes in place so the system capability is used by officers and staff.</td><td>Guidance and a crime
recording briefing to be written once the change is live.</td><td>Force Crime Registrar</td><td>April 2025</td><td>Not started - depends on 7</td></tr>
<tr><td>7.2</td><td>Alternative measures while system changes are pending.</td><td>Interim process live since 1 November 2024: an
intelligence report is submitted for every crime where stalking is an included classification.</td><td>Force Crime Registrar</td>
<td>November 2024</td><td>Complete</td></tr>
<tr><td>10</td><td>Review and update learning and training on stalking.</td><td>Training needs analysis under way with Learning
and Development; the College of Policing stalking learning package will be added to the 2025 programme.</td><td>Head of L&amp;D</td>
<td>March 2025</td><td>In progress</td></tr>
<tr><td>16</td><td>Work with the Commissioner to review the commissioning of services (joint recommendation).</td>
<td>First joint meeting with the Office of the Police, Fire and Crime Commissioner booked for January 2025.</td><td>Superintendent,
Safeguarding</td><td>March 2025</td><td>Not started</td></tr>
<tr><td>25</td><td>Joint recommendation with the Commissioner.</td><td>The Commissioner will respond to recommendation 25; the force will
support that response.</td><td>OPFCC</td><td>-</td><td>-</td></tr>
</table>
<h2>3. Governance</h2>
<p>3.1 Progress will be reported to the Vulnerability Board every two months and to the Commissioner's Accountability Board in
January 2025. The plan will be reviewed by 27 March 2025.</p>
""",
    ),
    # 3 ----------------------------------------------------------------------------------------------
    Doc(
        name="ppda_gwent_joint_letter",
        formats=["docx", "pdf"],
        super_complaint="police-perpetrated-domestic-abuse",
        authors=["gwent-police", "gwent-pcc"],
        date=["2022-12-21"],
        responses={
            "1": {"progress": ["complete"], "position": ["accepted"]},
            "2": {"progress": ["in_progress"], "position": ["accepted"]},
            "3": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        absent=["4"],
        classes=["joint_force_pcc", "letter_with_reference", "letterhead_table", "recs_answered_together",
                 "part_3a", "report_date_not_doc_date", "deadline_not_doc_date"],
        style=Style(docx_letterhead="table", docx_headings="bold"),
        body="""
<div class="letterhead">Gwent Police and the Office of the Police and Crime Commissioner for Gwent<br>Police Headquarters<br>Llantarnam Industrial Park<br>Cwmbran NP44 3FW</div>
<p>Our ref: CC/OPCC/SC-PPDA/22<br>Your ref: Super-complaint PPDA</p>
<p>21 December 2022</p>
<p>HM Inspector of Constabulary<br>HMICFRS<br>By email</p>
<p>Dear HM Inspector,</p>
<p><strong>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</strong></p>
<p>We write jointly, as Chief Constable and Police and Crime Commissioner for Gwent, in response to the report published on
30 June 2022. We accept recommendations 1, 2 and 3, which are addressed to chief constables and to police and crime commissioners,
and we set out below what has been done. Recommendation 4 is for the Home Office and we make no comment on it.</p>
<p><strong>Recommendations 1 and 2</strong></p>
<p>The audit asked for in recommendation 1 is finished. Our Professional Standards Department and the Domestic Abuse Review Team
reviewed all 41 live cases and the 63 cases closed in the twelve months to 30 June 2022. Nine cases were referred back for
reassessment as conduct matters; two of those are now under gross misconduct investigation. The Chief Constable wrote to the
College of Policing, through the NPCC, on 12 December 2022 with the findings and the improvements we have made.</p>
<p>Turning to recommendation 2, the changes to how allegations are assessed and allocated have been agreed. A dedicated PPDA
investigation team in Professional Standards went live on 1 November 2022; the revised vetting review process and the updated
guidance for supervisors are being written and will be in place by the end of March 2023.</p>
<p><strong>Recommendation 3</strong></p>
<p>For the force, the Domestic Abuse Policy now has a section on victims whose abuser is a police officer or member of staff, and
victims are offered a contact outside their abuser's department.</p>
<p>For the Commissioner (recommendation 3a), the Office of the Police and Crime Commissioner has asked the providers of our
commissioned domestic abuse services, including the IDVA service, to assess whether they can meet the particular needs of
victims of police-perpetrated abuse, including support through the complaints and misconduct process. Their returns are due in
February 2023 and a report will go to the Commissioner's Strategy and Performance Board in March 2023.</p>
<p>We will update you again by 30 June 2023.</p>
<p>Yours sincerely,</p>
<p>Chief Constable, Gwent Police<br>Police and Crime Commissioner for Gwent</p>
""",
    ),
    # 4 ----------------------------------------------------------------------------------------------
    Doc(
        name="hba_westmercia_board_paper",
        formats=["pdf"],
        super_complaint="honour-based-abuse",
        authors=["west-mercia-police"],
        optional_authors=["west-mercia-pcc"],
        date=["2023-03-14"],
        responses={
            "1": {"progress": ["in_progress"], "position": ["accepted"]},
            "2": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        absent=["3"],
        classes=["board_paper_numbered_paragraphs", "rec_by_place", "rec_by_subject", "part_done",
                 "unruled_pdf_table", "report_date_not_doc_date", "national_rec_mentioned"],
        style=Style(pdf_ruled=False, pdf_header="West Mercia PCC - Performance and Accountability Meeting",
                    pdf_footer="OFFICIAL"),
        body="""
<h1>Performance and Accountability Meeting</h1>
<table>
<tr><td>Date of meeting</td><td>14 March 2023</td></tr>
<tr><td>Report of</td><td>Assistant Chief Constable (Local Policing), West Mercia Police</td></tr>
<tr><td>Subject</td><td>Super-complaint: police response to victims of sexual abuse at risk of honour-based abuse</td></tr>
<tr><td>Status</td><td>For information and scrutiny</td></tr>
</table>
<h2>1. Purpose</h2>
<p>1.1 To update the Police and Crime Commissioner on the force's response to the report on the Tees Valley Inclusion
Project's super-complaint, published on 16 December 2022.</p>
<h2>2. Background</h2>
<p>2.1 The report found that forces generally recognise honour-based abuse in their domestic abuse work but not when a victim
reports sexual abuse. It makes recommendations to chief constables, to police and crime commissioners and to the National Police
Chiefs' Council. The Chief Constable accepted both recommendations to chief constables on 11 January 2023.</p>
<h2>3. Progress</h2>
<p>3.1 The first of the recommendations to chief constables asks us to include the risk of honour-based abuse in our sexual abuse
policies. The Rape and Serious Sexual Offences Policy has been redrafted with a new section on honour-based abuse and forced
marriage, written with the Halo Project. It is out for consultation until 31 March and is expected to be approved by the Force
Policy Board in April 2023.</p>
<p>3.2 On cultural awareness, the second recommendation, the work is partly done:</p>
<ul>
<li>community demographic profiles for each of the five local policing areas have been published on the intranet (complete);</li>
<li>a review of whether our independent advisory groups reflect those demographics has not yet begun and is planned for
the summer;</li>
<li>culture and religion information packs are being prepared with community partners;</li>
<li>the investigation plan template now prompts investigators to consider cultural factors (complete).</li>
</ul>
<p>3.3 The recommendation on recording ethnicity data is for the NPCC, which is reviewing national data standards. The force
will adopt the revised standards when they are issued.</p>
<p>3.4 The recommendation to police and crime commissioners on inclusive consultation before commissioning is a matter for the
Commissioner and is not covered in this paper.</p>
<h2>4. Recommendation</h2>
<p>4.1 The Commissioner is asked to note the progress made.</p>
""",
    ),
    # 5 ----------------------------------------------------------------------------------------------
    Doc(
        name="sas_bedfordshire_page",
        formats=["html"],
        super_complaint="stop-and-search",
        authors=["bedfordshire-police"],
        date=["2024-07-02", "2024-06-11"],
        responses={
            "1": {"progress": ["complete"], "position": ["accepted"]},
            "2": {"progress": ["in_progress"], "position": ["accepted"]},
            "3": {"progress": ["complete"], "position": ["accepted"]},
            "4": {"progress": ["awaiting_national"], "position": ["accepted"]},
        },
        absent=["8"],
        classes=["cms_accordions", "page_dates_two", "business_as_usual", "awaiting_npcc",
                 "acceptance_with_nothing_done", "pcc_rec_mentioned", "report_date_not_doc_date"],
        style=Style(site="force", site_name="Bedfordshire Police", page_title="Stop and search super-complaint | Bedfordshire Police",
                    mega_menu=["Report", "Advice and information", "Your area", "About us", "Stop and search", "Careers",
                               "Publications", "Contact"], related=["Stop and search data", "Community scrutiny", "Complaints"],
                    page_dates="<p>Published: 11 June 2024 &middot; Last updated: 2 July 2024</p>", panels=True),
        body="""
<h1>Stop and search super-complaint: our response</h1>
<p>In December 2023 the inspectorate, the College of Policing and the IOPC reported on the Criminal Justice Alliance's super-complaint
about section 60 of the Criminal Justice and Public Order Act 1994 and the independent community scrutiny of stop and search. The report
made ten recommendations, six of them to chief constables. We accept all of them. Open each heading to read what we have done.</p>
<h2>Recommendation 1 - authorising section 60</h2>
<p>Show more</p>
<p>Our section 60 authorisation form now requires the authorising officer to record the intelligence relied on and why a
shorter duration or smaller area would not do. Every authorisation since February 2024 has used the new form. Status: complete.</p>
<h2>Recommendation 2 - telling communities about authorisations</h2>
<p>Show more</p>
<p>We now post every section 60 authorisation on our social media channels within an hour. A page that explains authorisations
in plain language, with translations, is being written with our Stop and Search Community Reference Group and should be live in the
autumn.</p>
<h2>Recommendation 3 - data and monitoring</h2>
<p>Show more</p>
<p>Section 60 searches are published in our quarterly stop and search data, broken down by ethnicity, age and outcome. This
was done for the first time in March 2024 and is now business as usual.</p>
<h2>Recommendation 4 - safeguarding children</h2>
<p>Show more</p>
<p>We accept this recommendation. The NPCC is writing national guidance on the safeguarding of children who are stopped and
searched, and we will update our procedure when it is published. We have not made local changes in the meantime.</p>
<h2>Community scrutiny</h2>
<p>Show more</p>
<p>Recommendation 8 is for police and crime commissioners. The Police and Crime Commissioner for Bedfordshire runs the independent
scrutiny panel and has published a separate response on the Commissioner's own website.</p>
""",
    ),
    # 6 ----------------------------------------------------------------------------------------------
    Doc(
        name="ms_homeoffice_govuk",
        formats=["html"],
        super_complaint="modern-slavery",
        authors=["home-office"],
        date=["2021-10-19"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["govuk_page", "national_body", "report_date_not_doc_date", "other_bodies_recs_summarised"],
        style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK"),
        body="""
<h1>Home Office response to recommendation 1 of The hidden victims</h1>
<p>Policy paper. Published 19 October 2021. From: Home Office.</p>
<h2>Introduction</h2>
<p>The report on Hestia's super-complaint on the police response to victims of modern slavery, The hidden victims, was published
on 26 May 2021 by HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the Independent Office
for Police Conduct. Its recommendations to chief constables and police and crime commissioners, on training, the allocation of
investigations and support for victims, will be answered by those bodies. This response deals with the recommendation made to the
Home Office.</p>
<h2>Recommendation 1</h2>
<p>The report recommends that the Home Office, in consultation with chief constables, the Independent Anti-Slavery Commissioner,
victims' commissioners, the Crown Prosecution Service and voluntary agencies, commission work to better understand the victim
experience of the police response to modern slavery and the wider law enforcement response.</p>
<h2>Our response</h2>
<p>The Home Office accepts this recommendation. We have commissioned research through the Modern Slavery and Human Rights Policy
and Evidence Centre into victims' experiences of the police and immigration enforcement response. The research team was
appointed in September 2021; fieldwork, including interviews with survivors supported through the National Referral Mechanism,
begins this winter and the findings are expected in late 2022. A reference group including the Independent Anti-Slavery
Commissioner's office and victim support organisations will oversee the work.</p>
<p>We will publish the findings and set out what we will do in response.</p>
""",
    ),
    # 7 ----------------------------------------------------------------------------------------------
    Doc(
        name="pm_kent_update",
        formats=["docx"],
        super_complaint="protective-measures",
        authors=["kent-police"],
        date=["2022-09-30"],
        responses={"1": {"progress": ["complete"]}},
        classes=["progress_update", "business_as_usual", "historic_dates", "other_recs_by_recipient",
                 "docx_bold_headings", "footer_address"],
        style=Style(docx_headings="bold", docx_footer="Kent Police, Sutton Road, Maidstone ME15 9BZ - OFFICIAL"),
        body="""
<h1>A duty to protect - progress update</h1>
<p>Kent Police: update on the recommendations of the super-complaint report on the police use of protective measures in cases
involving violence against women and girls.</p>
<p>Position as at 30 September 2022. Prepared by the Criminal Justice Department for the Force Vulnerability Board.</p>
<h2>Background</h2>
<p>The Centre for Women's Justice raised the super-complaint in March 2019 and the report was published on 24 August 2021. Of its
fifteen recommendations, this update covers recommendation 1 on released under investigation (RUI) and pre-charge bail; the
force's other work is reported through the NPCC's national response. The recommendations on a bespoke offence of breaching pre-charge bail and on how police are told about
non-molestation orders are for the Home Office and the Ministry of Justice, and the NPCC has answered for policing nationally.</p>
<h2>Recommendation 1 - managing RUI and bail</h2>
<p>What was asked: chief constables, with the NPCC lead for bail, should manage RUI in line with the NPCC bail lead's letter of
29 January 2019 so that investigations are conducted efficiently.</p>
<p>What we have done:</p>
<ul>
<li>April 2022: bail and RUI policy rewritten; domestic abuse suspects are now bailed with conditions unless an inspector records
why not.</li>
<li>June 2022: Bail Management Unit extended to cover all three divisions.</li>
<li>July 2022: weekly RUI review by detective inspectors introduced; all RUI cases over 90 days reviewed by a superintendent.</li>
</ul>
<p>The number of domestic abuse suspects released under investigation has fallen from 1,140 in September 2021 to 310. The Force
Vulnerability Board has agreed that recommendation 1 is implemented; the arrangements are now business as usual and are monitored
monthly through the Criminal Justice performance pack.</p>
<p>Status: Closed - BAU.</p>
""",
    ),
    # 8 ----------------------------------------------------------------------------------------------
    Doc(
        name="s2s_dorset_pcc_response",
        formats=["text", "html"],
        super_complaint="safe-to-share",
        authors=["dorset-pcc"],
        optional_authors=["dorset-police"],
        date=["2021-02-10"],
        responses={
            "1": {"progress": ["complete"]},
            "4": {"progress": ["in_progress"]},
            "5": {"progress": ["not_started"], "position": ["accepted"]},
            "6": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        optional=["8"],
        absent=["2", "3", "7"],
        classes=["pcc_statutory_response", "pcc_relays_force_progress", "overview_list_not_response",
                 "acceptance_with_work_promised", "hard_wrapped_text", "deadline_not_doc_date"],
        style=Style(site="pcc", site_name="Dorset Police and Crime Commissioner", wrap=72, upper_h1=True,
                    page_title="Super-complaint response: policing and immigration status",
                    furniture_words=["Home", "The Commissioner", "Police and Crime Plan", "Get involved", "Publications", "Contact"],
                    page_dates="<p>Page updated 10 February 2021</p>"),
        body="""
<h1>Response of the Police and Crime Commissioner for Dorset to the super-complaint report Safe to share?</h1>
<p>10 February 2021</p>
<p>Under section 29A of the Police Reform Act 2002, HMICFRS, the College of Policing and the IOPC published on 17 December 2020 their
report on the super-complaint by Liberty and Southall Black Sisters about police sharing the data of victims and witnesses with
insecure immigration status with the Home Office. This is my response. I have also asked the Chief Constable for a response, and
I summarise it where it concerns recommendations made to chief constables.</p>
<h2>The recommendations</h2>
<p>The report makes eight recommendations:</p>
<ol>
<li>chief constables: stop sharing domestic abuse victims' information with Immigration Enforcement where officers only have doubts about status;</li>
<li>Home Office: review the legal and policy framework, including a firewall;</li>
<li>Home Office and NPCC: a safeguarding protocol;</li>
<li>chief constables: safe reporting pathways;</li>
<li>chief constables and PCCs: promote confidence in reporting;</li>
<li>PCCs: assess local access to specialist victim support;</li>
<li>Home Office;</li>
<li>all: update HMICFRS within six months.</li>
</ol>
<h2>Recommendations to the Chief Constable</h2>
<p>The Chief Constable has confirmed that Dorset Police stopped sharing information about domestic abuse victims with Immigration
Enforcement on the basis of doubts about status as soon as the report was published; a force instruction was issued on 21 December
2020 and is now in the domestic abuse procedure. On safe reporting pathways, the force has started working with local specialist
organisations to map the support available, and a pathway is being drafted.</p>
<h2>Recommendation 5</h2>
<p>I accept this recommendation. My office will work with the force and with community organisations on a confidence campaign aimed
at migrant communities. That work will begin in the spring, once the force's pathway is agreed, so that we can tell people clearly
what will and will not be shared.</p>
<h2>Recommendation 6</h2>
<p>I accept this recommendation. My office's victims' needs assessment, carried out in 2020, included the services open to victims
with insecure immigration status. It is now being extended to look specifically at specialist and 'by and for' organisations,
and at gaps for victims with no recourse to public funds. I expect the extended assessment to be finished by the summer.</p>
<h2>Update</h2>
<p>I will provide an update on progress to HM Chief Inspector of Constabulary by 17 June 2021, as recommendation 8 asks.</p>
<p>Police and Crime Commissioner for Dorset</p>
""",
    ),
    # 9 ----------------------------------------------------------------------------------------------
    Doc(
        name="s2s_derbyshire_panel_minutes",
        formats=["markdown"],
        super_complaint="safe-to-share",
        authors=["derbyshire-pcc"],
        date=["2021-07-22"],
        responses={
            "5": ["in_progress"],
            "6": ["complete"],
        },
        optional=["1"],
        classes=["minutes", "panel_not_author", "other_agenda_items", "approval_date_not_doc_date",
                 "pcc_relays_force_progress", "rec_named_mid_sentence"],
        style=Style(),
        body="""
<h1>Derbyshire Police and Crime Panel</h1>
<p><strong>Minutes of the meeting held at County Hall, Matlock, on Thursday 22 July 2021 at 10.00am</strong></p>
<p>Present: Councillor (Chair), eleven members of the Panel, the Police and Crime Commissioner, the Chief Executive of the Office of
the Police and Crime Commissioner.</p>
<h2>21/31 Apologies for absence</h2>
<p>Apologies were received from two members.</p>
<h2>21/32 Declarations of interest</h2>
<p>None.</p>
<h2>21/33 Commissioner's budget outturn 2020/21</h2>
<p>The Chief Finance Officer presented the outturn. RESOLVED to note the report.</p>
<h2>21/34 Super-complaint: policing and immigration status</h2>
<p>The Commissioner introduced an update on the Safe to share? report of December 2020, which the Panel had asked for at its
meeting in March. The Commissioner reminded members that recommendations 5 and 6 were addressed to commissioners.</p>
<p>The Commissioner reported that the assessment of local access to specialist victim support organisations asked for by recommendation 6 had
been completed in May. It had identified gaps for victims with no recourse to public funds and for Eastern European communities, and
two grants had been made from the Victims' Fund to fill them.</p>
<p>On promoting confidence in reporting, the joint communications plan with the force had been drafted and the first community
sessions would take place in September, with translated material prepared by the Derbyshire Refugee Forum. The Commissioner
described this work as ongoing.</p>
<p>A member asked whether the force had stopped passing victims' details to the Home Office. The Commissioner said the Chief
Constable had confirmed in March that the force had stopped sharing where officers only had doubts about a domestic abuse victim's
status, and that the OPCC had seen the force instruction.</p>
<p>RESOLVED that the update be noted and that a further report be brought to the Panel in six months.</p>
<h2>21/35 Date of next meeting</h2>
<p>16 September 2021.</p>
<p>Signed as a correct record at the meeting held on 16 September 2021.</p>
""",
    ),
    # 10 ---------------------------------------------------------------------------------------------
    Doc(
        name="stalking_suffolk_decision_record",
        formats=["docx", "pdf"],
        super_complaint="stalking",
        authors=["suffolk-pcc"],
        date=["2025-02-14"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["decision_record", "form_table", "deadline_not_doc_date", "future_start_date",
                 "earlier_response_date_not_doc_date"],
        style=Style(docx_letterhead="header_image", pdf_header="Police and Crime Commissioner for Suffolk"),
        body="""
<div class="letterhead">Police and Crime Commissioner for Suffolk<br>Police Headquarters, Martlesham Heath, Ipswich IP5 3QS</div>
<h1>Decision record</h1>
<table>
<tr><th>Field</th><th>Detail</th></tr>
<tr><td>Decision number</td><td>PCC/DEC/2025/007</td></tr>
<tr><td>Title</td><td>Independent stalking advocacy service (ISAC) for Suffolk</td></tr>
<tr><td>Decision date</td><td>14 February 2025</td></tr>
<tr><td>Publication</td><td>Public</td></tr>
</table>
<h2>1. Executive summary</h2>
<p>The report on the Suzy Lamplugh Trust's super-complaint, The police response to stalking (September 2024), recommended in its
recommendation 15 that by 27 March 2025 police and crime commissioners review whether the right specialist services are
commissioned to support stalking victims, including trained independent stalking advocate caseworkers (ISACs), and provide them
where they do not exist. The Commissioner accepted recommendation 15 in the response published in January 2025.</p>
<p>The review, completed in December 2024, found that Suffolk has no dedicated ISAC provision: stalking victims are supported by the
general victim care service and by IDVAs where the stalking is by a former partner.</p>
<h2>2. Decision</h2>
<p>To award a grant of GBP 148,000 a year for two years to a specialist provider to deliver an ISAC service of three caseworkers
for Suffolk, starting on 1 April 2025, and to explore with the Norfolk commissioner whether the service can later be shared.</p>
<h2>3. Financial implications</h2>
<p>Funded from the Victims' Services budget; the Ministry of Justice grant for 2025/26 has been confirmed.</p>
<h2>4. Declaration</h2>
<p>I have considered this proposal and I approve the decision.</p>
<p>Signed: Police and Crime Commissioner for Suffolk. Date: 14 February 2025.</p>
""",
    ),
    # 11 ---------------------------------------------------------------------------------------------
    Doc(
        name="stalking_durham_news",
        formats=["html"],
        super_complaint="stalking",
        authors=["durham-constabulary"],
        optional_authors=["durham-pcc"],
        date=["2025-04-03"],
        responses={
            "7": ["complete"],
            "10": ["in_progress"],
        },
        classes=["news_item_byline", "percentages", "rec_by_subject", "quoted_commissioner", "deadline_not_doc_date"],
        style=Style(site="news", site_name="Durham Constabulary", page_title="Stalking: new crime recording changes | Durham Constabulary",
                    furniture_words=["Home", "News", "Report", "Advice", "Contact us", "Jobs"]),
        body="""
<h1>Changes help officers spot stalking hidden behind other crimes</h1>
<p>By Corporate Communications | 3 April 2025</p>
<p>Officers in County Durham and Darlington can now record and search for stalking even when it is not the main offence on a
crime report, as the force acts on a national report into the police response to stalking.</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint, published last September, found that stalking was often missed when it
sat behind offences such as criminal damage or malicious communications. It asked chief constables to change their crime recording
systems so that stalking can be recorded as an included classification (recommendation 7).</p>
<p>Durham Constabulary's change went live on 24 February. Crime recorders check every report with a stalking marker, and a briefing
has been given to all response and neighbourhood officers.</p>
<p>The force has also begun new stalking training for frontline officers and staff, as recommendation 10 asks. So far 62 per cent of
response officers have completed it, and the remaining sessions run until the summer.</p>
<p>Detective Superintendent, head of safeguarding, said: "Stalking is a pattern, not a one-off. These changes mean we see that
pattern sooner."</p>
<p>The Police, Crime and Victims' Commissioner said: "I welcome this progress and will keep asking for more through my scrutiny board."</p>
<p>You can read the force's full stalking action plan on our website.</p>
""",
    ),
    # 12 ---------------------------------------------------------------------------------------------
    Doc(
        name="ppda_notts_foi",
        formats=["text"],
        super_complaint="police-perpetrated-domestic-abuse",
        authors=["nottinghamshire-police"],
        date=["2023-05-12"],
        responses={"1": ["complete"]},
        absent=["3"],
        classes=["foi_reply", "request_date_not_doc_date", "history_dates", "pcc_rec_redirected"],
        style=Style(wrap=80),
        body="""
<p>Nottinghamshire Police<br>Information Management - Freedom of Information</p>
<p>Reference: FOI 003145/23<br>Date: 12 May 2023</p>
<p>Request received: 14 April 2023</p>
<h2>Request</h2>
<p>Please tell me what Nottinghamshire Police has done in response to recommendation 1 of the report "Police perpetrated domestic
abuse" (June 2022), and what it is doing about recommendation 3a on support services.</p>
<h2>Response</h2>
<p>Nottinghamshire Police can confirm that it holds information relevant to your request.</p>
<p>Recommendation 1: the force audited all live police perpetrated domestic abuse cases and those closed in the twelve months to
30 June 2022. The audit was completed in November 2022 by the Professional Standards Directorate with the Public Protection
department. Where cases had not been treated as conduct matters they were referred back for assessment. The Chief Constable
wrote to the College of Policing through the NPCC on 20 December 2022. This recommendation is complete.</p>
<p>Recommendation 3a is addressed to police and crime commissioners. Nottinghamshire Police does not hold this information; you may
wish to contact the Office of the Police and Crime Commissioner for Nottinghamshire.</p>
<h2>Your right to complain</h2>
<p>If you are not satisfied with this response you may ask for an internal review within 40 working days. If you remain
dissatisfied you may complain to the Information Commissioner's Office.</p>
""",
    ),
    # 13 ---------------------------------------------------------------------------------------------
    Doc(
        name="hba_humberside_page",
        formats=["html"],
        super_complaint="honour-based-abuse",
        authors=["humberside-police"],
        date=["2024-03-25"],
        responses={
            "1": {"progress": ["complete"], "position": ["accepted"]},
            "2": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        optional=["3"],
        classes=["cms_accordions", "status_in_heading", "parts_differ_in_status", "national_rec_waiting",
                 "history_dates", "page_dates_one"],
        style=Style(site="force", site_name="Humberside Police", page_title="Honour-based abuse super-complaint | Humberside Police",
                    mega_menu=["Report", "Advice", "Honour-based abuse", "Domestic abuse", "About us", "Our policies",
                               "Publications", "Contact us"], panels=True,
                    page_dates="<p>Last updated: 25 March 2024</p>"),
        body="""
<h1>Super-complaint: victims of sexual abuse at risk of honour-based abuse</h1>
<p>In December 2022 the inspectorate, the College of Policing and the IOPC reported on the Tees Valley Inclusion Project's
super-complaint. Humberside Police accepted the recommendations made to chief constables and published its first response in
February 2023. This page gives our latest position.</p>
<h2>Recommendation 1: the risk of honour-based abuse (complete)</h2>
<p>Expand</p>
<p>Our Rape and Serious Sexual Offences policy and our Child Sexual Abuse policy were updated in June 2023 to include the risk of
honour-based abuse, with a checklist for first responders and investigators. Both policies are published on this website.</p>
<h2>Recommendation 2: cultural awareness (in progress)</h2>
<p>Expand</p>
<ul>
<li>Officers and staff know the communities they police: neighbourhood profiles now include demographic information. Done.</li>
<li>Independent advisory groups reflect those communities: the Hull and East Riding groups recruited eight new members in 2023. Done.</li>
<li>Information on culture and religion prepared with communities: the first four briefings are written; the rest are being
prepared with the Humber Multi-Faith Forum and will be published by the summer.</li>
<li>Investigations consider the victim's and suspect's culture and background: added to the investigation plan template. Done.</li>
</ul>
<h2>Recommendation 3: ethnicity data</h2>
<p>Expand</p>
<p>This recommendation is for the National Police Chiefs' Council. We will apply the new national data standards for recording
ethnicity when the NPCC publishes them.</p>
""",
    ),
    # 14 ---------------------------------------------------------------------------------------------
    Doc(
        name="sas_leics_pcc_news",
        formats=["html"],
        super_complaint="stop-and-search",
        authors=["leicestershire-pcc"],
        date=["2024-05-20"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["news_item_byline", "pcc_site", "future_plans", "report_date_not_doc_date", "rec_named_mid_sentence"],
        style=Style(site="news", site_name="Leicester, Leicestershire and Rutland Police and Crime Commissioner",
                    page_title="Commissioner strengthens stop and search scrutiny",
                    furniture_words=["Home", "Your Commissioner", "News", "Get involved", "Funding", "Contact"]),
        body="""
<h1>Commissioner strengthens community scrutiny of stop and search</h1>
<p>Posted on 20 May 2024 by the OPCC Communications Team</p>
<p>The Police and Crime Commissioner for Leicester, Leicestershire and Rutland has accepted a national recommendation to strengthen
independent community scrutiny of stop and search, and has set out the changes being made.</p>
<p>The report on the Criminal Justice Alliance's super-complaint, published in December 2023, made ten recommendations. The
Commissioner's response to recommendation 8, the one addressed to police and crime commissioners, was sent to the Association of
Police and Crime Commissioners in February.</p>
<p>Since then the Stop and Search Scrutiny Panel has recruited eleven new members, half of them aged under 25, and all members
have completed training on the law and on reviewing body-worn video. The panel now reviews a sample of footage every month.
From September it will also review every section 60 authorisation made in the force area, and its findings will be published
on this website each quarter.</p>
<p>The Commissioner said: "Scrutiny only works if the people most affected by stop and search are in the room. There is more to do,
and the panel will hold the force, and me, to account."</p>
<p>Leicestershire Police has published its own response to the recommendations made to chief constables.</p>
""",
    ),
    # 15 ---------------------------------------------------------------------------------------------
    Doc(
        name="sas_apcc_response",
        formats=["html", "pdf"],
        super_complaint="stop-and-search",
        authors=["apcc"],
        date=["2024-05"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["national_roll_up", "month_only_date", "govuk_page", "all_pccs_accepted", "report_date_not_doc_date"],
        style=Style(site="govuk", page_title="APCC response to the CJA super-complaint - GOV.UK",
                    pdf_header="Association of Police and Crime Commissioners", pdf_footer="OFFICIAL"),
        body="""
<h1>Association of Police and Crime Commissioners: response to the Criminal Justice Alliance super-complaint report</h1>
<p>May 2024</p>
<h2>Introduction</h2>
<p>The Association of Police and Crime Commissioners (APCC) welcomes the report by HMICFRS, the College of Policing and the IOPC on
the Criminal Justice Alliance's super-complaint about section 60 and the independent community scrutiny of stop and search,
published on 15 December 2023. The APCC has agreed to respond on behalf of police and crime commissioners and their equivalents to
the recommendation made to them. The National Police Chiefs' Council and the Home Office are responding separately to the
recommendations made to them.</p>
<h2>Recommendation 8</h2>
<p>Recommendation 8 is addressed to police and crime commissioners and concerns independent community scrutiny of stop and search:
how scrutiny panels are formed and trained, whether they represent the communities most affected, and how they scrutinise the use of
section 60.</p>
<p>All 43 police and crime commissioners, police, fire and crime commissioners and mayors with policing responsibilities have
accepted recommendation 8.</p>
<p>The returns collected by the APCC show that commissioners are at different stages. Most already fund or support a community
scrutiny panel and are now reviewing its membership, training and terms of reference against the report's findings; a smaller
number are setting up new arrangements or commissioning an independent review. Few panels yet review section 60 authorisations
routinely. The APCC's Joint Leads for Race Disparity will bring commissioners together in the autumn to share practice, and will
report progress to the APCC General Meeting.</p>
<h2>Contact</h2>
<p>APCC, Lower Ground, 5-8 The Sanctuary, Westminster, London SW1P 3JS</p>
""",
    ),
    # 16 ---------------------------------------------------------------------------------------------
    Doc(
        name="s2s_staffordshire_joint_plan",
        formats=["pdf", "docx"],
        super_complaint="safe-to-share",
        authors=["staffordshire-police", "staffordshire-pfcc"],
        date=["2021-06-15", "2021-06"],
        responses={
            "1": {"progress": ["complete"]},
            "4": {"progress": ["awaiting_national", "in_progress"]},
            "5": {"progress": ["in_progress"]},
            "6": {"progress": ["complete"]},
        },
        optional=["8"],
        absent=["2", "3", "7"],
        classes=["joint_force_pcc", "own_numbering", "cover_page", "unruled_pdf_table", "awaiting_home_office_npcc",
                 "pcc_answers_inside_force_doc", "month_and_day_dates", "part_done"],
        style=Style(pdf_ruled=False, pdf_cover="<h1>Safe to share?</h1><h2>Joint action plan and six-month update</h2>"
                                              "<p>Staffordshire Police and the Staffordshire Commissioner</p><p>June 2021</p>",
                    pdf_header="Staffordshire Police and the Staffordshire Commissioner", docx_headings="bold"),
        body="""
<h1>Safe to share? Joint action plan and six-month update</h1>
<p>Version 2.0, 15 June 2021. Approved at the Joint Ethics and Vulnerability Board.</p>
<p>This plan sets out how Staffordshire Police and the Staffordshire Commissioner are responding to the recommendations of the
Safe to share? report (17 December 2020). Our own action numbers (SP for the force, SC for the Commissioner) are shown against the
report's recommendation numbers. It also serves as our update to HM Chief Inspector of Constabulary, due by 17 June 2021.</p>
<table>
<tr><th>Ref</th><th>Report rec</th><th>Action</th><th>Lead</th><th>Progress at June 2021</th></tr>
<tr><td>SP1</td><td>1</td><td>Stop sharing domestic abuse victims' details with Immigration Enforcement where there are only doubts
about status; refer to a third party instead.</td><td>Head of Public Protection</td><td>Completed January 2021. Force order issued;
briefing delivered to all response and investigation teams.</td></tr>
<tr><td>SP2</td><td>4</td><td>Policy and practice framework for migrant victims and witnesses (4a), promoted within the force (4i).</td>
<td>Head of Public Protection</td><td>Framework drafted; awareness products issued March 2021.</td></tr>
<tr><td>SP3</td><td>4</td><td>Victim and witness support policies reflecting the national safeguarding protocol (4b).</td>
<td>Head of Public Protection</td><td>On hold. This depends on the safeguarding protocol the Home Office and the NPCC are to
develop under recommendation 3, which has not been published. We will complete this action when it is.</td></tr>
<tr><td>SP4</td><td>5</td><td>Confidence in reporting: joint engagement with specialist and community organisations.</td>
<td>Superintendent, Partnerships</td><td>Two roundtables held with migrant support organisations; a joint communications plan with
the Commissioner's Office is being written.</td></tr>
<tr><td>SC1</td><td>6</td><td>Assess local access to specialist victim support organisations and build networks.</td>
<td>Commissioner's Head of Commissioning</td><td>Assessment completed in April 2021. A migrant victims' network has been set up and
met for the first time in May; its costs are met from the Commissioner's victims' budget.</td></tr>
</table>
<p>Recommendations 2, 3 and 7 are for the Home Office (and the NPCC for recommendation 3). Until the review under recommendation 2
reports, we will keep our framework under review.</p>
<p>Signed on behalf of the Chief Constable and the Staffordshire Commissioner.</p>
""",
    ),
    # 17 ---------------------------------------------------------------------------------------------
    Doc(
        name="ppda_thamesvalley_paper",
        formats=["docx"],
        super_complaint="police-perpetrated-domestic-abuse",
        authors=["thames-valley-police"],
        optional_authors=["thames-valley-pcc"],
        date=["2023-07-18"],
        responses={
            "1": {"progress": ["complete"]},
            "2": {"progress": ["in_progress"]},
            "3": {"progress": ["in_progress", "not_started"]},
        },
        absent=["4"],
        classes=["board_paper_numbered_paragraphs", "rec_by_place", "parts_split_force_pcc", "pcc_part_not_started",
                 "docx_bold_headings", "history_dates"],
        style=Style(docx_headings="bold", docx_footer="OFFICIAL - Thames Valley Police"),
        body="""
<p><strong>Thames Valley Police and Crime Commissioner - Level 1 Public Meeting</strong></p>
<p>Date: 18 July 2023<br>Title: Police perpetrated domestic abuse - update on the super-complaint recommendations<br>Presented by:
Deputy Chief Constable, with a contribution from the Office of the PCC</p>
<h1>Police perpetrated domestic abuse: progress report</h1>
<p><strong>1. Executive summary</strong></p>
<p>1.1 This paper updates the Commissioner on the force's progress against the recommendations of the report on the Centre for
Women's Justice super-complaint, published in June 2022. Recommendation 4 is for the Home Office and is not covered.</p>
<p><strong>2. The audit</strong></p>
<p>2.1 The first recommendation to chief constables was met in December 2022. All live cases and cases closed in the previous twelve
months were audited by the Professional Standards Department; 14 cases were reassessed and the Chief Constable wrote to the College
of Policing, via the NPCC, with the outcome.</p>
<p><strong>3. The second recommendation</strong></p>
<p>3.1 The second of the recommendations to chief constables is being implemented through the PPDA improvement plan. A specialist
counter-corruption and PPDA investigation team was set up in March 2023, and all allegations are now assessed by a senior officer
outside the subject's command. The training of PSD investigators in domestic abuse is half complete and will finish in
October 2023.</p>
<p><strong>4. Support for victims (recommendation 3)</strong></p>
<p>4.1 For the force's part, victims of PPDA are now offered a named contact in Professional Standards and referral to an IDVA from
outside the Thames Valley area where they prefer.</p>
<p>4.2 Office of the PCC: the review of whether commissioned services can meet the needs of PPDA victims (recommendation 3a) has not
yet started. It will be carried out as part of the recommissioning of domestic abuse services in 2024.</p>
<p><strong>5. Recommendation</strong></p>
<p>5.1 The Commissioner is asked to note this report.</p>
""",
    ),
    # 18 ---------------------------------------------------------------------------------------------
    Doc(
        name="pm_northwales_letter",
        formats=["pdf", "html"],
        super_complaint="protective-measures",
        authors=["north-wales-police"],
        date=["2022-07-05"],
        responses={"1": {"progress": ["awaiting_national", "in_progress"], "position": ["accepted"]}},
        classes=["letter_with_reference", "rec_by_subject_only", "awaiting_npcc", "legislation_dates",
                 "letterhead_body", "report_date_not_doc_date"],
        style=Style(site="force", site_name="North Wales Police", page_title="Letter: A duty to protect | North Wales Police",
                    furniture_words=["Home", "Report", "Advice", "About us", "Publications", "Cymraeg"],
                    pdf_header="North Wales Police - Heddlu Gogledd Cymru"),
        body="""
<div class="letterhead">North Wales Police - Heddlu Gogledd Cymru<br>Office of the Chief Constable<br>Glan y Don, Colwyn Bay LL29 8AW</div>
<p>Ref: CC/HMICFRS/2022/044</p>
<p>5 July 2022</p>
<p>Dear Chief Inspector,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women and girls</strong></p>
<p>Thank you for your letter about the report published on 24 August 2021. I am writing to update you on the recommendation made to
chief constables about the use of released under investigation and pre-charge bail, which we accept.</p>
<p>We have reviewed every domestic abuse case in which the suspect was released under investigation, and our custody inspectors now
record a bail decision for every domestic abuse suspect. However, the pre-charge bail changes in the Police, Crime, Sentencing and
Courts Act 2022 are expected to come into force in the autumn, and the NPCC lead for bail management is preparing revised national
guidance for forces. We have paused our new bail management procedure until that guidance is issued, so that we do not have to
rewrite it twice.</p>
<p>The recommendations on the bespoke offence of breaching pre-charge bail and on how police are told about non-molestation orders
are for the Home Office and the Ministry of Justice, and I have nothing to add to their responses.</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
""",
    ),
    # 19 ---------------------------------------------------------------------------------------------
    Doc(
        name="stalking_wiltshire_tracker",
        formats=["markdown", "text"],
        super_complaint="stalking",
        authors=["wiltshire-police", "wiltshire-pcc"],
        date=["2025-03-21"],
        responses={
            "7": ["in_progress"],
            "10": ["complete"],
            "15": ["in_progress"],
            "16": ["in_progress"],
            "25": ["awaiting_national", "not_started"],
        },
        classes=["tracker_status_contradicted_by_update", "rag_column", "percentages", "business_as_usual",
                 "joint_force_pcc", "awaiting_national_in_update", "deadline_not_doc_date", "pipe_table"],
        style=Style(text_tables="pipes"),
        body="""
<h1>Stalking super-complaint: joint progress tracker</h1>
<p>Wiltshire Police and the Office of the Police and Crime Commissioner for Wiltshire and Swindon</p>
<p>Six-month update - position at 21 March 2025 (report published 27 September 2024; most recommendations due by 27 March 2025)</p>
<p>Key: G on track or done, A at risk, R not started or blocked. BAU = business as usual.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>RAG</th><th>% done</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Crime Registrar</td><td>G</td><td>100%</td><td>Complete</td><td>Niche change approved by the regional
user group; go-live is scheduled for June 2025. Until then intelligence reports flag stalking as an included classification (7.2).</td></tr>
<tr><td>10</td><td>Head of Learning</td><td>G</td><td>100%</td><td>Complete - BAU</td><td>Stalking training delivered to 94% of frontline
officers and staff; now part of the initial learning programme and annual refresher.</td></tr>
<tr><td>15</td><td>OPCC Commissioning</td><td>A</td><td>50%</td><td>In progress</td><td>Review of services finished in January. ISAC
service tender published; award expected in May 2025.</td></tr>
<tr><td>16</td><td>OPCC / Public Protection</td><td>A</td><td>25%</td><td>In progress</td><td>Joint review of commissioning started
in February 2025.</td></tr>
<tr><td>25</td><td>OPCC / Public Protection</td><td>R</td><td>0%</td><td>Not started</td><td>Waiting for the joint APCC and NPCC
guidance before local work begins.</td></tr>
</table>
<p>Next update to the Joint Stalking Delivery Group: June 2025.</p>
""",
    ),
    # 20 ---------------------------------------------------------------------------------------------
    Doc(
        name="s2s_southwales_email",
        formats=["text"],
        super_complaint="safe-to-share",
        authors=["south-wales-police"],
        date=["2021-06-16"],
        responses={
            "1": ["complete"],
            "4": ["complete"],
            "5": ["complete"],
        },
        optional=["8"],
        classes=["email", "recs_by_group", "quoted_earlier_email", "earlier_email_date_not_doc_date",
                 "rec_by_subject_only"],
        style=Style(wrap=76),
        body="""
<p>From: Safeguarding Strategic Lead, South Wales Police<br>Sent: Wednesday, 16 June 2021 14:32<br>To: Super-complaints (HMICFRS)<br>Subject: RE: Safe to share? six-month update</p>
<p>Good afternoon,</p>
<p>Further to your email below, this is South Wales Police's update on the Safe to share? report.</p>
<p>I can confirm that the three recommendations for chief constables have all been implemented.</p>
<p>- Doubts about a domestic abuse victim's immigration status are no longer a reason to contact Immigration Enforcement. The
instruction went out in January and is now in the Domestic Abuse Standard Operating Procedure; officers refer the victim to
BAWSO or Welsh Women's Aid instead.</p>
<p>- The safe reporting pathway, built with BAWSO, Asylum Justice and the Welsh Refugee Council, went live on 1 May. It tells
officers when information may be shared and makes sure the victim is told.</p>
<p>- The confidence work with the Commissioner's office is done: the joint campaign ran in April and May in five languages,
and reporting by migrant victims is now a standing item at the Joint Community Confidence Board.</p>
<p>Regards,</p>
<p>Safeguarding Strategic Lead<br>Public Protection, South Wales Police</p>
<p>-----Original Message-----<br>From: Super-complaints (HMICFRS)<br>Sent: 24 May 2021 09:10<br>Subject: Safe to share? six-month update</p>
<p>Dear colleague, recommendation 8 of the report published on 17 December 2020 asks all recipients to update HM Chief Inspector of
Constabulary within six months. Please send your update by 17 June 2021.</p>
""",
    ),
    # 21 ---------------------------------------------------------------------------------------------
    Doc(
        name="hba_cleveland_pcc_letter",
        formats=["docx"],
        super_complaint="honour-based-abuse",
        authors=["cleveland-pcc"],
        optional_authors=["cleveland-police"],
        date=["2023-06-07"],
        responses={
            "1": ["complete"],
            "2": ["in_progress"],
        },
        absent=["3"],
        classes=["pcc_letter", "pcc_relays_force_progress", "letterhead_in_header", "unnumbered_pcc_rec",
                 "national_rec_mentioned", "report_date_not_doc_date"],
        style=Style(docx_letterhead_in_header=True),
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Cleveland<br>Cleveland Community Safety Hub<br>1 Cliffland Way, Hemlington<br>Middlesbrough TS8 9GL</div>
<p>7 June 2023</p>
<p>Our reference: PCC/SC/2023/12</p>
<p>HM Inspector of Constabulary<br>Super-complaints team, HMICFRS</p>
<p>Dear HM Inspector,</p>
<p><strong>Super-complaint by the Tees Valley Inclusion Project: response of the Police and Crime Commissioner for Cleveland</strong></p>
<p>The super-complaint was raised by an organisation based in our area, and I have followed the investigation closely. I write
with my comments on the report published on 16 December 2022 and on the Chief Constable's response.</p>
<p>The Chief Constable tells me that Cleveland Police updated its sexual offences policy in May 2023 to include the risk of
honour-based abuse, as recommendation 1 asks. I have read the revised policy and I am satisfied that it does so.</p>
<p>On recommendation 2, the force has started cultural awareness training for its sexual offences investigators and has refreshed
its independent advisory group, but the community information packs are still being written with local groups. My office will
scrutinise this at the Scrutiny, Delivery and Performance Panel in September.</p>
<p>Recommendation 3 is a matter for the National Police Chiefs' Council.</p>
<p>The report also asks commissioners to make sure that consultation before commissioning victims' services is fully inclusive.
My office's 2023 victims' needs assessment included focus groups run by specialist 'by and for' organisations, and I will use it
when services are recommissioned next year.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Cleveland</p>
""",
    ),
    # 22 ---------------------------------------------------------------------------------------------
    Doc(
        name="stalking_westmids_multi_page",
        formats=["html"],
        super_complaint="stalking",
        authors=["west-midlands-police"],
        date=["2025-08-14"],
        responses={
            "7": ["in_progress"],
            "10": ["complete"],
            "16": ["in_progress"],
        },
        classes=["several_reports_on_one_page", "other_report_summaries", "cms_furniture", "page_dates_one",
                 "business_as_usual", "deadline_not_doc_date"],
        style=Style(site="force", site_name="West Midlands Police", page_title="Police super-complaints | West Midlands Police",
                    mega_menu=["Report", "Advice", "Your area", "About us", "Our policies", "Super-complaints",
                               "Freedom of information", "Contact"], related=["Stalking advice", "Domestic abuse", "Professional standards"],
                    page_dates="<p>Last updated: 14 August 2025</p>"),
        body="""
<h1>Police super-complaints: our responses</h1>
<p>A super-complaint is a complaint that a feature of policing is harming the interests of the public. When the inspectorate reports
on one, we publish what we are doing about its recommendations here.</p>
<h2>The police response to stalking (September 2024)</h2>
<p>Our action plan was published in November 2024. This is the position in August 2025, after the deadline of 27 March 2025 for most
recommendations.</p>
<ul>
<li>Recommendation 7 (crime recording): stalking can now be recorded as an included classification on our crime system for
new crimes. Searching older records still relies on a manual process while the supplier completes the change; this is expected by
the end of the year.</li>
<li>Recommendation 10 (training): completed in March 2025. Stalking training is now part of every new officer's course and of
annual refreshers.</li>
<li>Recommendation 16 (with the Police and Crime Commissioner): the joint review of stalking services is under way and will
report to the Commissioner's Strategic Policing and Crime Board in October.</li>
</ul>
<h2>Other super-complaints</h2>
<p>Our responses to the reports on policing and immigration status (December 2020) and on police perpetrated domestic abuse (June
2022) were completed in 2021 and 2023 respectively, and are kept on our archive page.</p>
""",
    ),
    # 23 ---------------------------------------------------------------------------------------------
    Doc(
        name="sas_hmicfrs_collection",
        formats=["html"],
        super_complaint="stop-and-search",
        authors=["hmicfrs"],
        date=["2024-05-20"],
        responses={},
        absent=["8"],
        classes=["collection_page", "no_responses", "links_not_answers", "page_dates_two", "national_body"],
        style=Style(site="national", site_name="HMICFRS", page_title="Responses: CJA stop and search super-complaint - HMICFRS",
                    furniture_words=["Home", "Our work", "Publications", "Police", "Fire", "About us"],
                    page_dates="<p>First published: 15 December 2023</p><p>Last updated: 20 May 2024</p>"),
        body="""
<h1>Responses to the Criminal Justice Alliance's stop and search super-complaint</h1>
<p>On 15 December 2023 we published, with the College of Policing and the Independent Office for Police Conduct, our report on the
Criminal Justice Alliance's super-complaint on section 60 of the Criminal Justice and Public Order Act 1994 and independent community
scrutiny of stop and search.</p>
<p>The report made ten recommendations, to chief constables, police and crime commissioners, the National Police Chiefs' Council,
the Association of Police and Crime Commissioners and the Home Office. Recipients were asked to respond within 56 days.</p>
<h2>National responses</h2>
<ul>
<li>Association of Police and Crime Commissioners: response on behalf of all commissioners to recommendation 8 (May 2024)</li>
<li>National Police Chiefs' Council: response (May 2024)</li>
<li>Home Office: response (May 2024)</li>
</ul>
<h2>Force responses</h2>
<table>
<tr><th>Force</th><th>Response published</th></tr>
<tr><td>Avon and Somerset Constabulary</td><td>Yes - link</td></tr>
<tr><td>Bedfordshire Police</td><td>Yes - link</td></tr>
<tr><td>Cambridgeshire Constabulary</td><td>Yes - link</td></tr>
<tr><td>Cheshire Constabulary</td><td>Not yet published</td></tr>
</table>
<p>We will add responses to this page as we receive them. We will assess them when we follow up the recommendations.</p>
""",
    ),
    # 24 ---------------------------------------------------------------------------------------------
    Doc(
        name="hba_npcc_lead_letter",
        formats=["pdf", "docx"],
        super_complaint="honour-based-abuse",
        authors=["npcc"],
        date=["2023-10-09"],
        responses={
            "1": {"progress": ["in_progress"], "position": ["accepted"]},
            "2": {"progress": ["in_progress"], "position": ["accepted"]},
            "3": {"progress": ["in_progress"], "position": ["accepted"]},
        },
        classes=["national_lead_letter", "national_roll_up", "counts_of_forces", "letterhead_header_image",
                 "report_date_not_doc_date"],
        style=Style(docx_letterhead="header_image", pdf_header="NPCC - OFFICIAL",
                    pdf_footer="NPCC lead for honour-based abuse, forced marriage and female genital mutilation"),
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</div>
<p>9 October 2023</p>
<p>Dear HM Inspector,</p>
<p><strong>Tees Valley Inclusion Project super-complaint: national update</strong></p>
<p>I write as the NPCC lead for honour-based abuse, forced marriage and female genital mutilation with an update on the three
recommendations for policing in the report of 16 December 2022, all of which were accepted by chiefs in December 2022.</p>
<p><strong>Recommendation 1: sexual abuse policies.</strong> 36 of the 43 forces in England and Wales tell us that their sexual abuse
policies now include the risk of honour-based abuse. The remaining seven have revised policies in draft, and I expect all forces to
have completed this by the end of the year.</p>
<p><strong>Recommendation 2: cultural awareness.</strong> Progress is more varied. Most forces have reviewed their independent
advisory groups; fewer have prepared local information on culture and religion with their communities. My portfolio has shared a
template with forces and will collect a further return in March 2024.</p>
<p><strong>Recommendation 3: consideration of findings.</strong> The NPCC's review of data standards for protected characteristics
has taken account of the super-complaint. Draft standards for recording ethnicity, including self-defined ethnicity for victims,
have been issued to forces for consultation and will go to Chief Constables' Council in January 2024.</p>
<p>I will write again once the March 2024 returns have been analysed.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Honour-Based Abuse, Forced Marriage and FGM</p>
""",
    ),
    # 25 ---------------------------------------------------------------------------------------------
    Doc(
        name="ppda_iopc_page",
        formats=["html"],
        super_complaint="police-perpetrated-domestic-abuse",
        authors=["iopc"],
        date=["2023-03-03"],
        responses={},
        absent=["1", "2"],
        classes=["action_not_recommendation", "no_responses", "national_body", "page_dates_one",
                 "report_date_not_doc_date"],
        style=Style(site="national", site_name="Independent Office for Police Conduct",
                    page_title="Police perpetrated domestic abuse super-complaint | IOPC",
                    furniture_words=["Home", "Complaints", "Investigations", "Super-complaints", "Publications", "Contact us"],
                    page_dates="<p>Page last updated: 3 March 2023</p>"),
        body="""
<h1>Super-complaint: police perpetrated domestic abuse</h1>
<p>The Centre for Women's Justice raised a super-complaint about how police forces deal with allegations of domestic abuse made
against police officers and staff. We investigated it with HM Inspectorate of Constabulary and Fire &amp; Rescue Services and the
College of Policing, and the report was published on 30 June 2022.</p>
<h2>What the report asked of forces</h2>
<p>Recommendations 1 and 2 are for chief constables. Recommendation 1 asked forces to audit live and recently closed cases and to
write, through the NPCC, about what they found. Responses from forces are published by HMICFRS and are not assessed on this page.</p>
<h2>Action 1: our oversight work</h2>
<p>The report asked the IOPC to carry out a targeted programme of oversight work on police handling of PPDA. We have:</p>
<ul>
<li>added PPDA to our referral criteria review, so that forces refer more of these cases to us;</li>
<li>begun a thematic review of 60 PPDA cases handled locally by forces, due to report in the autumn;</li>
<li>issued learning to professional standards departments through our Learning the Lessons bulletin.</li>
</ul>
<p>We will publish the findings of the thematic review on this page.</p>
""",
    ),
    # 26 ---------------------------------------------------------------------------------------------
    Doc(
        name="ms_lincolnshire_response",
        formats=["docx", "text"],
        super_complaint="modern-slavery",
        authors=["lincolnshire-police"],
        date=["2021-08"],
        responses={},
        absent=["1"],
        classes=["recs_by_subject_only_unnumbered", "mostly_quotes_report", "month_only_date", "home_office_rec_mentioned",
                 "own_theme_lettering", "college_action_mentioned"],
        style=Style(docx_headings="styles", wrap=78, docx_footer="Lincolnshire Police - OFFICIAL"),
        body="""
<h1>The hidden victims: Lincolnshire Police response</h1>
<p>August 2021</p>
<h2>Introduction</h2>
<p>On 26 May 2021 HMICFRS, the College of Policing and the IOPC published The hidden victims, their report on Hestia's super-complaint
on the police response to victims of modern slavery. The report found that victims are not always identified, that investigations
are not always given to officers with the right skills, and that victims do not always get the support they need. It made
recommendations to the Home Office, chief constables and police and crime commissioners, and actions for the College of Policing and
HMICFRS.</p>
<p>Recommendation 1 asks the Home Office to commission work to understand the victim's experience of the police response; Lincolnshire
Police will contribute if asked. The College of Policing will revise its modern slavery guidance (action 1).</p>
<h2>Our response to the recommendations for chief constables</h2>
<h3>A. Training and specialist knowledge</h3>
<p>The report says that staff should have access to training and specialist knowledge and understand victim support arrangements.
Modern slavery training has been delivered to all call handlers and response officers since 2020; a specialist input for
investigators will be added to the detective programme from January 2022.</p>
<h3>B. Allocating investigations</h3>
<p>Modern slavery investigations are now allocated to the Serious and Organised Crime Unit or to the Public Protection Unit, never to
response teams. This was introduced in June 2021 and is complete.</p>
<h3>C. Working with the Police and Crime Commissioner on support</h3>
<p>We are working with the Office of the Police and Crime Commissioner for Lincolnshire to map the support available to victims who
are not in the National Referral Mechanism. The mapping will finish in the autumn.</p>
<p>Head of Crime, Lincolnshire Police</p>
""",
    ),
]
