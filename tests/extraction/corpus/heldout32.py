"""heldout32: a blind held-out set of invented response documents to the seven published police super-complaints.

Written blind by a test writer who did not read the extraction engine, its decisions, its session notes, its
tests or any other labelled set, and who did not run the engine. Every document is invented from general
knowledge of how forces, police and crime commissioners, panels and national bodies in England and Wales write
(no published response was collected or copied). The set leans towards force documents and joint force-and-PCC
documents: trackers with RAG and status columns, action plans with owners and target dates, letters with
letterheads and references, board and panel papers with numbered paragraphs, minutes, FOI replies, decision
records, news items with bylines, CMS pages with page dates, an email, a GOV.UK response page, an HMICFRS
collection page and national letters.

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
his own response. Recommendations 1, 4 and 5 are for chief constables, and recommendation 8 asks every recipient to report
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
insecure immigration status with the Home Office. This is my response. I have also asked the Chief Constable for his response, and
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
<p>The Commissioner introduced his update on the Safe to share? report of December 2020, which the Panel had asked for at its
meeting in March. He reminded members that recommendations 5 and 6 were addressed to commissioners.</p>
<p>He reported that the assessment of local access to specialist victim support organisations asked for by recommendation 6 had
been completed in May. It had identified gaps for victims with no recourse to public funds and for Eastern European communities, and
two grants had been made from the Victims' Fund to fill them.</p>
<p>On promoting confidence in reporting, the joint communications plan with the force had been drafted and the first community
sessions would take place in September, with translated material prepared by the Derbyshire Refugee Forum. The Commissioner
described this work as ongoing.</p>
<p>A member asked whether the force had stopped passing victims' details to the Home Office. The Commissioner said the Chief
Constable had confirmed in March that the force had stopped sharing where officers only had doubts about a domestic abuse victim's
status, and that he had seen the force instruction.</p>
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
]
