"""heldout34: a blind held-out set of invented super-complaint response documents.

Written blind by a test writer who did not read the extraction engine, its decisions, its session notes, its
tests or any other set: only build.py, render.py, the shared corpus README, the brief and the reference data.
Every document is invented (no published response was copied); organisations are real bodies, the people,
figures and events are made up. The set leans towards forces and joint force-and-commissioner documents
(action plans, trackers, board papers, letters, CMS pages, news items, FOI replies, minutes), with a few
commissioners and national bodies, across the seven published super-complaints.

Hard cases carried (see each Doc's `classes`): tracker status columns contradicted by their updates,
overview lists of recommendations that are not answers, recommendations named by subject, by place or by
group, the document's own numbering and parts (7.1), acceptance without work, waiting on a national body,
done-and-BAU, dates that must not be taken (the report's date, deadlines, meeting history, request dates),
letterheads in page headers, cover pages, running headers and footers, unruled PDF tables, hard-wrapped text.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []

# 1. Dyfed-Powys Police: a Safe to share tracker whose status column says Complete where its update does not.
DOCS.append(Doc(
    name="s2s_dyfed_powys_tracker",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["dyfed-powys-police"],
    date=["2022-03-14", "2022-03"],
    responses={
        "1": ["complete"],
        "4": ["awaiting_national"],
        "5": ["in_progress"],
        "8": ["complete"],
    },
    absent=["2", "3", "6", "7"],
    style=Style(pdf_ruled=False, pdf_header="OFFICIAL - Dyfed-Powys Police", pdf_footer="Public Protection Governance Board",
                docx_headings="bold", docx_footer="Dyfed-Powys Police, Police Headquarters, Carmarthen"),
    classes=["tracker", "status_column_contradicted_by_update", "overview_list_not_response",
             "report_date_trap", "version_table_date", "unruled_pdf_table", "running_header_footer"],
    body="""
<h1>Super-complaint action tracker: Policing and immigration status ("Safe to share?")</h1>
<p>Owner: Detective Superintendent, Head of Public Protection<br>Governance: Public Protection Governance Board</p>
<table>
<tr><th>Version</th><th>Date</th><th>Author</th><th>Change</th></tr>
<tr><td>1.0</td><td>02/02/2021</td><td>DCI Safeguarding</td><td>First draft following publication</td></tr>
<tr><td>2.0</td><td>09/06/2021</td><td>DCI Safeguarding</td><td>Six-month update to HMICFRS</td></tr>
<tr><td>3.2</td><td>14/03/2022</td><td>Policy Officer</td><td>Updates for board of 24/03/2022</td></tr>
</table>
<h2>Background</h2>
<p>The report of the super-complaint made by Liberty and Southall Black Sisters was published by HMICFRS, the
College of Policing and the IOPC on 17 December 2020. It made eight recommendations:</p>
<ol>
<li>Chief constables: stop sharing information on domestic abuse victims with Immigration Enforcement where officers only have doubts about status.</li>
<li>Home Office: review the legal framework and policy, including a firewall.</li>
<li>Home Office and NPCC: develop a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways for migrant victims and witnesses.</li>
<li>Chief constables and PCCs: promote confidence in reporting.</li>
<li>PCCs: assess local access to specialist support organisations.</li>
<li>Home Office.</li>
<li>All: provide an update within six months.</li>
</ol>
<p>Recommendations 2, 3 and 7 are for the Home Office (3 jointly with the NPCC) and recommendation 6 is for the
Commissioner; they are not tracked here. The force tracks the four that fall to the Chief Constable.</p>
<h2>Tracker</h2>
<table>
<tr><th>Rec</th><th>Action</th><th>Lead</th><th>RAG</th><th>Status</th><th>Update (March 2022)</th></tr>
<tr><td>1</td><td>Interim instruction: no sharing of DA victims' details with Immigration Enforcement on doubts about status alone; refer to a third party</td><td>DCI Safeguarding</td><td>Green</td><td>Complete</td><td>Instruction issued to all staff 22/01/2021. Domestic abuse policy amended to match the College of Policing guidance. Dip sample of 40 DA crimes in January 2022 found no referrals to Immigration Enforcement. Now business as usual.</td></tr>
<tr><td>4</td><td>Safe reporting pathways with specialist organisations</td><td>Supt Partnerships</td><td>Amber</td><td>Complete</td><td>Draft pathway agreed in principle with BAWSO and the Migrant Help line. It cannot be finalised or published until the national safeguarding protocol (recommendation 3) is issued by the Home Office and NPCC; the draft procedure is on hold until then.</td></tr>
<tr><td>5</td><td>Promote migrant victims' confidence in reporting</td><td>Supt Partnerships / OPCC</td><td>Amber</td><td>In progress</td><td>Two community sessions held in Llanelli and Newtown; translated leaflet being designed with the OPCC. Further sessions planned for summer 2022.</td></tr>
<tr><td>8</td><td>Six-month update to HMCIC</td><td>Policy Officer</td><td>Green</td><td>Complete</td><td>Update sent to HMICFRS on 10/06/2021.</td></tr>
</table>
<p>Next review: Public Protection Governance Board, June 2022.</p>
""",
))

# 2. Kent Police: stalking action plan on a CMS page, parts 7.1/7.2, deadlines, two page dates.
DOCS.append(Doc(
    name="stalking_kent_action_plan",
    formats=["html"],
    super_complaint="stalking",
    authors=["kent-police"],
    optional_authors=["kent-pcc"],
    date=["2025-04-04", "2025-03-31"],
    responses={
        "7": ["complete"],
        "10": ["in_progress"],
        "11": ["awaiting_national"],
        "16": ["in_progress"],
    },
    style=Style(site="force", site_name="Kent Police", page_title="Police response to stalking: our action plan | Kent Police",
                mega_menu=["Report", "Advice", "Stalking and harassment", "Domestic abuse", "Fraud", "Road safety",
                           "About us", "Publications", "Freedom of information", "Complaints", "Careers", "Volunteer"],
                panels=True, related=["Stalking and harassment advice", "Victim Support", "Kent PCC: victim services"],
                page_dates="<p>Published: 21 November 2024</p><p>Last updated: 4 April 2025</p>"),
    classes=["cms_furniture", "parts_numbering", "two_page_dates", "deadline_date_trap", "awaiting_national_implied",
             "unnumbered_recommendation_mentioned"],
    body="""
<h1>Police response to stalking: our action plan</h1>
<p>In September 2024 HMICFRS, the College of Policing and the IOPC published their report on the super-complaint
made by the Suzy Lamplugh Trust about the police response to stalking. One of the report's recommendations asks
every chief constable to publish, within 56 days, an action plan setting out what their force will do about each
recommendation made to them. This page is that plan. We first published it in November 2024 and we update it as
the work moves on.</p>
<p><strong>Progress position at 31 March 2025.</strong></p>
<h2>Recommendation 7</h2>
<p><em>By 27 March 2025, where required, seek changes to their crime recording systems to enable staff and officers
to document and search for crimes not recorded as the principal crime, as included classifications on crime
records.</em></p>
<h3>7.1 Processes to use the system capability</h3>
<p>The change to our crime recording system went live on 10 February 2025. Staff in the Crime Management Bureau
can now add stalking as an included classification and search on it. A guidance note and a short video have
been issued.</p>
<h3>7.2 Alternative measures while changes are pending</h3>
<p>Until February, intelligence reports were submitted for every linked stalking offence. This interim measure
has now ended.</p>
<p>Status: <strong>Complete</strong></p>
<h2>Recommendation 10</h2>
<p><em>By 27 March 2025, review and update their learning and training provision relating to stalking.</em></p>
<p>We reviewed all our stalking learning in December 2024. A new one-day course for investigators started in
January and 64 per cent of frontline officers have completed the refreshed e-learning. The remaining officers
are booked to finish by September 2025.</p>
<p>Status: <strong>In progress</strong></p>
<h2>Recommendation 11</h2>
<p>Our screening questions and risk assessment for stalking will be brought into line with the revised national
stalking guidance. The College of Policing has told forces the revision will be published later in 2025; we
cannot change local practice until it is. Nothing further will happen locally before then.</p>
<p>Status: <strong>Not yet started</strong></p>
<h2>Recommendation 16 (with the Police and Crime Commissioner)</h2>
<p>The force and the Office of the Police and Crime Commissioner have set up a joint working group to review
support for stalking victims. It has met twice and will report to the Commissioner's Performance and
Accountability Board in June 2025.</p>
<p>Status: <strong>In progress</strong></p>
<h2>Contact</h2>
<p>If you are being stalked, call 101, or 999 in an emergency. You can also contact the National Stalking
Helpline on 0808 802 0300.</p>
""",
))

# 3. Cleveland Police: PPDA letter to the College via the NPCC, letterhead in the page header.
DOCS.append(Doc(
    name="ppda_cleveland_letter",
    formats=["docx", "pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["cleveland-police"],
    date=["2022-12-20"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["in_progress"]},
    },
    style=Style(docx_letterhead_in_header=True, pdf_footer="Cleveland Police, Ladgate Lane, Middlesbrough TS8 9EH"),
    classes=["letter", "letterhead_in_header", "recommendation_by_place", "report_date_trap", "deadline_date_trap",
             "reference_line"],
    body="""
<div class="letterhead">Cleveland Police<br>Office of the Chief Constable<br>Ladgate Lane<br>Middlesbrough<br>TS8 9EH</div>
<p>Our ref: CC/PSD/22/114<br>Your ref: PPDA super-complaint</p>
<p>20 December 2022</p>
<p>Chief Executive<br>College of Policing<br>Leamington Road<br>Ryton-on-Dunsmore<br>CV8 3EN</p>
<p>(sent via the NPCC Counter Corruption portfolio)</p>
<p>Dear Chief Executive,</p>
<p><strong>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</strong></p>
<p>The report published on 30 June 2022 asked chief constables to write, via the NPCC, to the College of
Policing within six months, setting out how their force has improved, or will improve, its response to police
perpetrated domestic abuse (PPDA). I write to do so ahead of the 30 December deadline.</p>
<p><strong>The audit (recommendation 1).</strong> Our Professional Standards Department, with an independent
reviewer from Durham Constabulary, has audited all 31 live PPDA cases and the 57 closed in the twelve months to
30 June 2022. The audit finished on 25 November 2022. Six cases were re-referred to the Appropriate Authority and
two were referred to the IOPC. The findings have been shared with the Domestic Abuse Commissioner's office. This
recommendation is complete.</p>
<p><strong>The second of the recommendations to chief constables.</strong> A new PPDA procedure, written with
Harbour and My Sisters Place, has been drafted and is out for consultation with staff associations. I expect to
sign it off in February 2023; in the meantime every PPDA allegation is reviewed by a detective inspector in the
Anti-Corruption Unit.</p>
<p><strong>Support for victims.</strong> On the part of recommendation 3 that falls to chief constables, we are
working with the Commissioner's office to make sure the services it commissions can support victims who are
engaged with the misconduct system as well as the criminal process. A joint review began in November.</p>
<p>I would be happy to discuss any of this.</p>
<p>Yours sincerely,</p>
<p>Chief Constable<br>Cleveland Police</p>
""",
))

# 4. West Midlands PCC: statutory response to the Tees Valley Inclusion Project report.
DOCS.append(Doc(
    name="hba_west_midlands_pcc_response",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["west-midlands-pcc"],
    optional_authors=["west-midlands-police"],
    date=["2023-02-16", "2023-02-17"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    absent=["3"],
    style=Style(site="pcc", site_name="West Midlands Police and Crime Commissioner",
                page_title="Response to the super-complaint on honour-based abuse | West Midlands PCC",
                furniture_words=["Home", "About the PCC", "Police and Crime Plan", "Transparency", "Get involved", "Contact"],
                page_dates="<p>Published 17 February 2023</p>"),
    classes=["pcc_statutory_response", "pcc_reports_force_answer", "recommendation_for_other_body",
             "acceptance_plus_wait", "unnumbered_pcc_recommendation", "report_date_trap"],
    body="""
<h1>Response of the West Midlands Police and Crime Commissioner to the super-complaint report on honour-based abuse</h1>
<p>16 February 2023</p>
<p>Under section 29A of the Police Reform Act 2002 I am required to publish comments on a report on a
super-complaint. This is my response to the report of HMICFRS, the College of Policing and the IOPC into the
super-complaint made by the Tees Valley Inclusion Project, published on 16 December 2022, about how the police
respond to victims of sexual abuse from ethnic minority backgrounds who may be at risk of honour-based abuse.</p>
<p>I asked the Chief Constable for his response to the recommendations made to chief constables. He has told me
that West Midlands Police accepts both of them. I summarise what he told me below and will hold him to account
for it through my Strategic Policing and Crime Board.</p>
<h2>Recommendation 1: sexual abuse policies</h2>
<p>The force's sexual offences policy and its rape investigation guidance are being rewritten to include the risk
of honour-based abuse. The revised documents are due at the force's policy board in April 2023.</p>
<h2>Recommendation 2: cultural awareness</h2>
<p>The force accepts this recommendation but has not changed its training yet. The NPCC lead for honour-based abuse
is developing a national cultural awareness package for forces, and the Chief Constable has decided to adopt it
when it is issued rather than build a local product. I have asked for a date.</p>
<h2>Recommendation 3</h2>
<p>This recommendation is for the National Police Chiefs' Council and I make no comment on it.</p>
<h2>The recommendation to commissioners</h2>
<p>I accept the recommendation that commissioners make sure their consultation before commissioning victims'
services is fully inclusive. My victims' needs assessment will be refreshed this year and will include focus
groups run with by-and-for organisations across Birmingham, Wolverhampton and Coventry.</p>
<p>Police and Crime Commissioner for the West Midlands</p>
""",
))

# 5. Essex Police and the Essex PFCC: a joint six-month update with the force's own action numbers.
DOCS.append(Doc(
    name="s2s_essex_joint_update",
    formats=["markdown", "text"],
    super_complaint="safe-to-share",
    authors=["essex-police", "essex-pfcc"],
    date=["2021-06"],
    responses={
        "1": ["complete"],
        "4": ["in_progress"],
        "5": ["in_progress"],
        "6": ["in_progress"],
    },
    optional=["8"],
    style=Style(wrap=88, upper_h1=True),
    classes=["joint_force_pcc", "own_numbering", "recommendation_named_mid_sentence", "month_only_date",
             "pcc_answers_inside_force_document", "hard_wrapped_text"],
    body="""
<h1>Safe to share? Joint update from Essex Police and the Police, Fire and Crime Commissioner for Essex</h1>
<p>June 2021</p>
<p>This is the six-month update that the report asks every recipient to give to Her Majesty's Chief Inspector of
Constabulary. It is made jointly by the Chief Constable of Essex Police and the Police, Fire and Crime
Commissioner. The force has turned the recommendations made to it into three actions of its own, numbered below;
the Commissioner's update follows them.</p>
<h2>Action A</h2>
<p>Action A is our response to recommendation 1. Since 4 January 2021 officers have been told not to share
information about a domestic abuse victim with Immigration Enforcement where they only have doubts about the
victim's status, and to refer the victim to a support organisation instead. Our domestic abuse policy now says
this, and the change has been checked in supervisors' reviews. We regard the action as complete.</p>
<h2>Action B</h2>
<p>Action B covers the safe reporting pathways in recommendation 4. We have mapped the organisations that support
migrant victims in Essex, and are writing a pathway with Southend and Basildon refuges and a specialist legal
advice service. The written pathway will be finished in the autumn.</p>
<h2>Action C</h2>
<p>Action C meets the force's part of recommendation 5, confidence in reporting. A campaign in five community
languages will run from July, and neighbourhood teams are visiting community and faith groups. This is
ongoing.</p>
<h2>The Commissioner's update</h2>
<p>On recommendation 6, the Commissioner's office assessed access to specialist support organisations in March
2021. It found good provision in the south of the county but little for migrant women in the north and west.
The Commissioner has provided £40,000 to extend an existing service and is building a network of providers,
which will meet for the first time in September.</p>
<p>The Commissioner also supports the force's campaign under recommendation 5, which the Commissioner's community
fund is helping to pay for.</p>
<p>Chief Constable, Essex Police<br>Police, Fire and Crime Commissioner for Essex</p>
""",
))

# 6. Humberside Police: a board paper on the stop and search report with numbered paragraphs and a cover.
DOCS.append(Doc(
    name="stop_search_humberside_board_paper",
    formats=["pdf"],
    super_complaint="stop-and-search",
    authors=["humberside-police"],
    date=["2024-07-18", "2024-07-09"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["complete"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "4": {"progress": ["in_progress"], "position": ["accepted"]},
        "5": {"progress": ["not_started"], "position": ["accepted"]},
        "6": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    absent=["7", "8", "9", "10"],
    style=Style(pdf_ruled=True, pdf_header="Humberside Police - Force Executive Board - OFFICIAL",
                pdf_cover="<h1>Force Executive Board</h1><p>Agenda item 7</p><p>Criminal Justice Alliance super-complaint: "
                          "section 60 and community scrutiny of stop and search. Progress against recommendations</p>"
                          "<p>Report of the Assistant Chief Constable (Local Policing)</p><p>Report date: 9 July 2024</p>"
                          "<p>Meeting date: 18 July 2024</p>"),
    classes=["board_paper", "cover_page", "numbered_paragraphs", "group_acceptance", "acceptance_without_work",
             "awaiting_national_implied", "report_date_trap", "recommendation_for_other_body", "two_dates"],
    body="""
<h2>1. Purpose</h2>
<p>1.1 To update the Board on the force's progress against the recommendations of the report on the Criminal
Justice Alliance super-complaint, published on 15 December 2023.</p>
<p>1.2 The report made ten recommendations. Six (recommendations 1 to 6) are for chief constables. The force
accepted all six in its response of February 2024 and that position is unchanged.</p>
<h2>2. Recommendation</h2>
<p>2.1 The Board is asked to note progress and to agree that recommendations 1 and 2 are closed.</p>
<h2>3. Progress</h2>
<table>
<tr><th>Para</th><th>Recommendation</th><th>Progress</th></tr>
<tr><td>3.1</td><td>Recommendation 1: section 60 authorisations</td><td>Authorisation form rebuilt so that the intelligence relied on and the reason for the area and duration are recorded; all authorising officers briefed. Complete.</td></tr>
<tr><td>3.2</td><td>Recommendation 2: communicating authorisations</td><td>Authorisations are now posted on social media and sent to the community scrutiny panel chair within the hour. Complete and part of business as usual.</td></tr>
<tr><td>3.3</td><td>Recommendation 3: section 60 data</td><td>Outcome and disproportionality data for section 60 searches now published quarterly; linking to arrest outcomes still being built by the Performance team.</td></tr>
<tr><td>3.4</td><td>Recommendation 4: children</td><td>Safeguarding referral for every child searched piloted in Hull since May; evaluation due September.</td></tr>
<tr><td>3.5</td><td>Recommendation 5: scrutiny of body-worn video</td><td>Accepted. Work has not begun; it is planned for the third quarter once the panel's terms of reference are agreed.</td></tr>
<tr><td>3.6</td><td>Recommendation 6: training</td><td>The force will update its training when the College of Policing issues the revised Authorised Professional Practice on stop and search. No local changes until then.</td></tr>
</table>
<h2>4. Other recommendations</h2>
<p>4.1 Recommendation 8 is for police and crime commissioners; the Commissioner will report on it to the Police and
Crime Panel. Recommendations 7, 9 and 10 are for national bodies.</p>
<h2>5. Risks</h2>
<p>5.1 The main risk is delay to recommendation 6 outside the force's control.</p>
""",
))

# 7. Home Office: the minister's letter on modern slavery recommendation 1, on GOV.UK.
DOCS.append(Doc(
    name="ms_home_office_letter_govuk",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-10-12", "2021-11-19"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK",
                page_dates="<p>Published 19 November 2021</p>"),
    classes=["national_body", "govuk_page", "letter", "two_dates", "report_date_trap", "parts_named"],
    body="""
<h1>Home Office response to recommendations from The hidden victims (accessible)</h1>
<p>Updated 19 November 2021</p>
<p>From: Minister for Safeguarding<br>To: HM Chief Inspector of Constabulary</p>
<p>12 October 2021</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report The hidden victims, on Hestia's super-complaint about the police response to victims
of modern slavery, published on 26 May 2021. I am writing to set out the Government's response to the
recommendation made to the Home Office.</p>
<h2>Recommendation 1</h2>
<p>The report recommends that the Home Office, in consultation with chief constables, the Independent
Anti-Slavery Commissioner, victims' commissioners, the Crown Prosecution Service and support organisations,
commission work to better understand the victim experience of the police response to modern slavery and to
assess the extent of the issues the report identifies.</p>
<p>The Home Office accepts this recommendation. We have commissioned the Modern Slavery and Human Rights Policy and
Evidence Centre to carry out research on victims' experience of the criminal justice process, including their
first contact with the police. Fieldwork began in September and the Centre expects to report in summer 2022. We
will share the findings with the NPCC lead and the Independent Anti-Slavery Commissioner.</p>
<p>The recommendations to chief constables and to police and crime commissioners are for them to answer, and I
understand the National Police Chiefs' Council will write to you separately.</p>
<p>Yours sincerely,</p>
<p>Minister for Safeguarding</p>
""",
))

# 8. NPCC bail lead: a hard-wrapped letter on protective measures, waiting on legislation.
DOCS.append(Doc(
    name="pm_npcc_bail_letter",
    formats=["text"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-02-28"],
    responses={
        "1": {"progress": ["awaiting_national"], "position": ["accepted"]},
        "4": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    style=Style(wrap=72),
    classes=["national_body", "letter", "hard_wrapped_text", "awaiting_legislation", "history_date_trap",
             "recommendation_for_other_body"],
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>NPCC Lead for Bail Management</p>
<p>28 February 2022</p>
<p>Dear colleagues,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women and
girls</strong></p>
<p>I am writing, as the national lead for bail, about the recommendations in the super-complaint report
published in August 2021 that fall to chief constables and to me.</p>
<p>Recommendation 1 asks chief constables, with the NPCC lead for bail, to manage released under investigation in
line with my predecessor's letter of 29 January 2019. Policing accepts it. However, the Police, Crime,
Sentencing and Courts Bill will change the pre-charge bail framework, and the Home Office has told us its
revised statutory guidance will follow Royal Assent. I have therefore asked forces not to rewrite their RUI
processes now but to wait for the new framework and the guidance, so that they change their practice once.
Until then the 2019 letter continues to apply.</p>
<p>Recommendation 4, on making sure officers understand the protective measures available, is also accepted. The
College of Policing has published a briefing on non-molestation orders and my team is running regional
workshops for force bail managers; eight of the eleven have taken place.</p>
<p>The recommendations to the Home Office and the Ministry of Justice, including the one on a bespoke offence of
breaching pre-charge bail, are for them.</p>
<p>Yours faithfully,</p>
<p>Deputy Chief Constable<br>NPCC Lead for Bail Management</p>
""",
))

# 9. Northamptonshire Police: a news item on the stalking action plan, recommendations by subject.
DOCS.append(Doc(
    name="stalking_northants_news",
    formats=["html"],
    super_complaint="stalking",
    authors=["northamptonshire-police"],
    optional_authors=["northamptonshire-pfcc"],
    date=["2024-12-02"],
    responses={
        "7": ["in_progress"],
        "10": ["not_started"],
        "15": ["complete"],
    },
    style=Style(site="news", site_name="Northamptonshire Police",
                page_title="Force publishes its stalking action plan | Northamptonshire Police"),
    classes=["news_item", "byline_date", "recommendation_by_subject", "deadline_date_trap", "report_date_trap",
             "pcc_quoted_in_force_document"],
    body="""
<h1>Force publishes its plan to improve the response to stalking</h1>
<p>By Press Office | Monday 2 December 2024</p>
<p>Northamptonshire Police has published its action plan in response to the national super-complaint about the
police response to stalking, which was published on 27 September 2024.</p>
<p>The plan sets out what the force will do on each of the recommendations made to chief constables, most of which
have to be met by 27 March 2025.</p>
<p>Detective Superintendent Claire Mottram said: "The work to change our crime recording system, so that a
stalking offence can be found even when it is not the main crime on a record, is already under way and our
IT supplier is testing it now. The review of our stalking training will begin in January."</p>
<p>The report also asked police and crime commissioners to check whether the right specialist services are
commissioned for stalking victims, including independent stalking advocates. The Police, Fire and Crime
Commissioner said her review, finished last month, found that the ISAC service she funds already covers the
whole county, and no new commissioning is needed.</p>
<p>Anyone who is being stalked can contact the force on 101, or the National Stalking Helpline.</p>
""",
))

# 10. Hertfordshire Police and Crime Panel: minutes where the Commissioner reports on Safe to share.
DOCS.append(Doc(
    name="s2s_herts_panel_minutes",
    formats=["docx"],
    super_complaint="safe-to-share",
    authors=["hertfordshire-pcc"],
    optional_authors=["hertfordshire-constabulary"],
    date=["2021-06-24"],
    responses={
        "5": ["complete"],
        "6": ["in_progress"],
    },
    optional=["1"],
    style=Style(docx_headings="bold", docx_footer="Hertfordshire Police and Crime Panel, County Hall, Hertford"),
    classes=["minutes", "pcc_voice_reported", "approval_date_trap", "previous_meeting_date_trap",
             "force_answer_reported_by_pcc"],
    body="""
<h1>Hertfordshire Police and Crime Panel</h1>
<p>Minutes of the meeting held at County Hall, Hertford, on Thursday 24 June 2021 at 2.00pm</p>
<p>Present: Councillors (Chairman), Independent Co-opted Members. Also present: the Police and Crime Commissioner
and the Chief Executive of the Office of the Police and Crime Commissioner.</p>
<h2>1. Minutes</h2>
<p>The minutes of the meeting held on 11 March 2021 were agreed as a correct record.</p>
<h2>5. Super-complaint: policing and immigration status</h2>
<p>5.1 The Commissioner introduced his report on the super-complaint by Liberty and Southall Black Sisters, on
which HMICFRS had reported in December 2020.</p>
<p>5.2 On the recommendation made to commissioners to assess local access to specialist support organisations, the
Commissioner said the assessment had been commissioned from Beacon, his victim care centre, and a draft had been
received; a network of support providers would be set up once the assessment was final.</p>
<p>5.3 On confidence in reporting, the joint campaign with the Constabulary had run in April and May and was
complete; an evaluation would come to a future meeting.</p>
<p>5.4 A Member asked whether officers still passed details of domestic abuse victims to Immigration Enforcement.
The Commissioner said that was a matter for the Chief Constable, who had told him the interim instruction was in
place across the county.</p>
<p>5.5 RESOLVED that the report be noted.</p>
<h2>6. Date of next meeting</h2>
<p>23 September 2021.</p>
<p>These minutes were confirmed as a correct record at the meeting of 23 September 2021.</p>
""",
))

# 11. Lincolnshire Police: an FOI reply about the PPDA audit.
DOCS.append(Doc(
    name="ppda_lincolnshire_foi",
    formats=["text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["lincolnshire-police"],
    date=["2023-03-29"],
    responses={
        "1": ["complete"],
    },
    absent=["3"],
    style=Style(wrap=80, text_tables="form"),
    classes=["foi_reply", "request_date_trap", "recommendation_for_other_body", "form_table"],
    body="""
<div class="letterhead">Lincolnshire Police<br>Freedom of Information Team<br>PO Box 999<br>Lincoln LN5 7PH</div>
<table>
<tr><th>Reference</th><th>Request received</th><th>Response date</th></tr>
<tr><td>FOI 2023/00412</td><td>3 March 2023</td><td>29 March 2023</td></tr>
</table>
<p><strong>Your request</strong></p>
<p>1. Has Lincolnshire Police carried out the audit of police perpetrated domestic abuse cases recommended in the
report on the Centre for Women's Justice super-complaint? 2. What support is available to victims of police
perpetrated domestic abuse?</p>
<p><strong>Our response</strong></p>
<p>1. Yes. The audit recommended by recommendation 1 of the report covered all live cases and cases closed in the
year to 30 June 2022. It was completed in December 2022 and the Chief Constable wrote to the College of Policing,
through the NPCC, on 21 December 2022. The number of cases audited is 42.</p>
<p>2. Lincolnshire Police does not hold this information. Victim support services, and the response to
recommendation 3 of the report for commissioners, are the responsibility of the Office of the Police and Crime
Commissioner for Lincolnshire, which you may wish to contact.</p>
<p>If you are not satisfied with this response you may ask for an internal review within 40 working days.</p>
""",
))

# 12. Durham Constabulary: an honour-based abuse tracker with ticks and percentages.
DOCS.append(Doc(
    name="hba_durham_tracker",
    formats=["docx", "markdown"],
    super_complaint="honour-based-abuse",
    authors=["durham-constabulary"],
    date=["2023-10-31"],
    responses={
        "1": ["complete"],
        "2": ["in_progress"],
    },
    absent=["3"],
    style=Style(docx_headings="styles", docx_footer="Durham Constabulary - OFFICIAL"),
    classes=["tracker", "check_boxes", "percentages", "parts_rolled_up", "bau", "recommendation_for_other_body"],
    body="""
<h1>Tees Valley Inclusion Project super-complaint: recommendation tracker</h1>
<p>Durham Constabulary. Position as at 31 October 2023. Lead: Detective Chief Superintendent, Safeguarding.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Done</th><th>% complete</th><th>Comment</th></tr>
<tr><td>1</td><td>Update sexual abuse policies to include the risk of honour-based abuse</td><td>&#9745;</td><td>100%</td><td>Rape and serious sexual offences policy reissued June 2023 with HBA section. BAU.</td></tr>
<tr><td>2a</td><td>Officers aware of the demographics of communities they police</td><td>&#9745;</td><td>100%</td><td>Community profiles on intranet for each neighbourhood.</td></tr>
<tr><td>2b</td><td>Independent advisory groups reflect those demographics</td><td>&#9744;</td><td>50%</td><td>IAG recruitment round open until December.</td></tr>
<tr><td>2c</td><td>Up-to-date information on culture and religion, prepared with communities</td><td>&#9744;</td><td>25%</td><td>First two packs drafted with community partners.</td></tr>
<tr><td>2d</td><td>Investigations consider cultural factors</td><td>&#9744;</td><td>0%</td><td>Investigation plan template change scheduled for early 2024.</td></tr>
<tr><td>3</td><td>NPCC: data standards for protected characteristics</td><td>n/a</td><td>n/a</td><td>For the NPCC. No force action.</td></tr>
</table>
<p>Overall recommendation 2: in progress (44%).</p>
""",
))

# 13. Sussex PCC: a decision record on stalking advocacy (recommendations 15 and 16).
DOCS.append(Doc(
    name="stalking_sussex_pcc_decision",
    formats=["pdf", "docx"],
    super_complaint="stalking",
    authors=["sussex-pcc"],
    date=["2025-03-14", "2025-03-03"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"]},
    },
    style=Style(pdf_ruled=True, pdf_header="Sussex Police & Crime Commissioner - Decision Record",
                docx_headings="bold", docx_letterhead="header_image"),
    classes=["decision_record", "two_dates", "signature_date", "deadline_date_trap", "funding_decision",
             "pcc_only"],
    body="""
<div class="letterhead">Office of the Sussex Police &amp; Crime Commissioner<br>Sackville House<br>Brooks Close<br>Lewes BN7 2FZ</div>
<h1>Decision Record 012/2025</h1>
<table>
<tr><th>Title</th><td>Additional independent stalking advocacy (ISAC) capacity</td></tr>
<tr><th>Report by</th><td>Head of Commissioning</td></tr>
<tr><th>Date of report</th><td>3 March 2025</td></tr>
<tr><th>Classification</th><td>Public</td></tr>
</table>
<h2>1. Executive summary</h2>
<p>The report on the Suzy Lamplugh Trust's super-complaint (September 2024) recommends that commissioners review,
by 27 March 2025, whether the right specialist services are commissioned for stalking victims, including trained
independent stalking advocate caseworkers, and provide them where they do not exist (recommendation 15). The
Commissioner accepted the recommendation in her response of January 2025.</p>
<p>The review has been carried out. It found that the current ISAC service meets about 60 per cent of demand
referred by Sussex Police and that victims in West Sussex wait longest. This decision funds two further ISAC posts
from 1 April 2025; recruitment will follow and the service will be fully staffed in the summer.</p>
<p>Recommendation 16 asks commissioners and chief constables to work together on a related review; a joint
officer group with Sussex Police has begun that work and will report in June.</p>
<h2>2. Decision</h2>
<p>To approve expenditure of up to £118,000 in 2025/26 to extend the ISAC contract.</p>
<h2>3. Declaration</h2>
<p>I agree the decision above. I have no personal or prejudicial interest in this matter.</p>
<p>Signed: Sussex Police &amp; Crime Commissioner<br>Date: 14 March 2025</p>
""",
))

# 14. Wiltshire Police: an email to the OPCC with an earlier message quoted below it.
DOCS.append(Doc(
    name="stalking_wiltshire_email",
    formats=["text"],
    super_complaint="stalking",
    authors=["wiltshire-police"],
    date=["2025-03-24"],
    responses={
        "7": ["complete"],
        "10": ["in_progress"],
        "25": ["awaiting_national"],
    },
    absent=["16"],
    style=Style(wrap=None),
    classes=["email", "quoted_earlier_message_date_trap", "recommendation_left_to_other_body",
             "awaiting_national_implied", "informal_voice"],
    body="""
<p>From: Head of Public Protection, Wiltshire Police<br>Sent: 24 March 2025 16:12<br>To: Policy and Scrutiny Officer, Office of the Police and Crime Commissioner for Wiltshire and Swindon<br>Subject: RE: Stalking super-complaint - update for March</p>
<p>Hi Jo,</p>
<p>Quick update on where we are with the stalking recs before Thursday's deadline, for the Commissioner's
scrutiny meeting.</p>
<p>Rec 7 - done. The crime recording change went in on 14 January and the CMU are using the included
classification. 7.2 interim intel process switched off.</p>
<p>Rec 10 - training review finished; new content for PIP2 investigators is being delivered, about half way
through. Won't be fully done until the summer.</p>
<p>Rec 25 - we can't move this until the NPCC portfolio lead issues the national template (promised for "spring").
Nothing we can do locally before that.</p>
<p>I've left 16 for your team as it's the Commissioner's review.</p>
<p>Thanks,<br>Mark</p>
<p>Head of Public Protection<br>Wiltshire Police</p>
<p>-----Original Message-----<br>From: Policy and Scrutiny Officer, OPCC<br>Sent: 03 March 2025 09:40<br>Subject: Stalking super-complaint - update for March</p>
<p>Hi Mark, could you send me a line on each of the stalking recommendations for the force by the 24th? The
report's deadline is 27 March. Thanks, Jo</p>
""",
))

# 15. Metropolitan Police Service: a CMS page with accordions and a last-reviewed date, years on.
DOCS.append(Doc(
    name="s2s_met_accordion_page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["metropolitan-police-service"],
    date=["2024-01-12"],
    responses={
        "1": ["complete"],
        "4": ["in_progress"],
        "5": ["in_progress"],
    },
    absent=["2", "3"],
    style=Style(site="force", site_name="Metropolitan Police",
                page_title="Super-complaint: policing and immigration status | Metropolitan Police",
                mega_menu=["Report", "Advice and information", "Domestic abuse", "Hate crime", "About the Met",
                           "Policies", "Police super-complaints", "FOI and publication scheme", "Careers"],
                panels=True,
                page_dates="<p>Published: 8 July 2021</p><p>Last reviewed: 12 January 2024</p><p>Next review: January 2025</p>"),
    classes=["cms_accordion", "last_reviewed_date", "published_date_trap", "parts_partly_done", "bau",
             "recommendation_for_other_body"],
    body="""
<h1>Super-complaint: policing and immigration status</h1>
<p>This page explains what the Met has done in response to the report "Safe to share?", on the super-complaint by
Liberty and Southall Black Sisters. We first published it in July 2021 and have updated it since.</p>
<h2>Recommendation 1 <span>Show</span></h2>
<p>Our officers do not share information about domestic abuse victims with Immigration Enforcement where they only
have doubts about the victim's immigration status. This has been Met policy since February 2021, is in our
domestic abuse standard operating procedure and is checked in quarterly audits. It is now part of how we work
every day.</p>
<h2>Recommendation 4 <span>Show</span></h2>
<p>Recommendation 4 has several parts. We have put the policy framework in place (4a), our victim and witness
policies follow the Victims' Code and data protection law (4c), and they say clearly when information will be
shared with Immigration Enforcement (4e). The safe reporting pathways with specialist and by-and-for
organisations (4d) are still being built: two London-wide pathways are running and a third is being designed.
Training for all frontline staff (4j) will follow.</p>
<h2>Recommendation 5 <span>Show</span></h2>
<p>With the Mayor's Office for Policing and Crime we continue to work with community organisations to build migrant
victims' confidence in reporting. Outreach events run every month across the 12 Basic Command Units.</p>
<h2>Recommendations for other organisations <span>Show</span></h2>
<p>Recommendations 2 and 3 were for the Home Office (3 with the NPCC). The Home Office published its review in
December 2021. The national safeguarding protocol has not yet been issued.</p>
""",
))

# 16. North Wales: a Strategic Executive Board paper on stalking, with older super-complaints summarised.
DOCS.append(Doc(
    name="stalking_north_wales_board",
    formats=["pdf", "docx"],
    super_complaint="stalking",
    authors=["north-wales-police", "north-wales-pcc"],
    date=["2025-05-20"],
    responses={
        "7": ["complete"],
        "10": ["in_progress"],
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": ["in_progress"],
    },
    style=Style(pdf_ruled=False, pdf_header="Strategic Executive Board - 20 May 2025 - Agenda item 5",
                pdf_footer="North Wales Police and the Office of the Police and Crime Commissioner North Wales",
                docx_headings="styles"),
    classes=["board_paper", "joint_force_pcc", "several_reports_in_one_document", "numbered_paragraphs",
             "unruled_pdf_table", "deadline_date_trap", "pcc_answers_inside_force_document"],
    body="""
<h1>Strategic Executive Board</h1>
<p>20 May 2025</p>
<h2>Police super-complaints: update on recommendations</h2>
<p>Report of the Deputy Chief Constable, with a contribution from the Chief Executive of the Office of the Police
and Crime Commissioner</p>
<h3>1. Introduction</h3>
<p>1.1 This paper updates the Board on the recommendations of the report on the Suzy Lamplugh Trust's
super-complaint on the police response to stalking, most of which were due by 27 March 2025. Section 4 records
where the force stands on the super-complaints reported earlier.</p>
<h3>2. Recommendations to the Chief Constable</h3>
<table>
<tr><th>Recommendation</th><th>Position at 30 April 2025</th></tr>
<tr><td>7 (crime recording)</td><td>System change live since February 2025; 7.1 process guidance issued. Complete.</td></tr>
<tr><td>10 (learning and training)</td><td>Review done; new investigator course rolling out; 71% of staff trained.</td></tr>
</table>
<h3>3. Recommendations to the Commissioner</h3>
<p>3.1 The Commissioner accepted recommendation 15. The review of stalking services found a gap in advocacy in the
west of the region; a second independent stalking advocate has been in post since 1 April 2025, which closes the
gap. The OPCC regards recommendation 15 as complete.</p>
<p>3.2 Recommendation 16 is being taken forward by a joint force and OPCC group, which will report in July.</p>
<h3>4. Earlier super-complaints</h3>
<p>4.1 The recommendations of the policing and immigration status report (2020) and the police perpetrated
domestic abuse report (2022) have been closed by this Board. The honour-based abuse recommendations are
tracked by the Public Protection Board and are not repeated here.</p>
<h3>5. Recommendation to the Board</h3>
<p>5.1 To note the update.</p>
""",
))

# 17. APCC: the association's response on stop and search recommendation 8, on GOV.UK.
DOCS.append(Doc(
    name="stop_search_apcc_govuk",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["apcc"],
    date=["2024-04-30", "2024-05-13"],
    responses={
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    style=Style(site="govuk", page_title="APCC response: CJA super-complaint - GOV.UK",
                page_dates="<p>Published 13 May 2024</p>"),
    classes=["national_body", "govuk_page", "responds_for_all_pccs", "two_dates", "report_date_trap"],
    body="""
<h1>Association of Police and Crime Commissioners response: CJA super-complaint</h1>
<p>30 April 2024</p>
<p>The Association of Police and Crime Commissioners (APCC) welcomes the report on the Criminal Justice Alliance's
super-complaint about section 60 of the Criminal Justice and Public Order Act 1994 and independent community
scrutiny of stop and search, published on 15 December 2023.</p>
<p>The APCC has collated the responses of police and crime commissioners and their equivalents to recommendation 8,
which is addressed to them and concerns the independent community scrutiny of stop and search.</p>
<p>All 43 commissioners accepted recommendation 8.</p>
<p>Commissioners have told us about the work under way. Thirty-one have reviewed, or are reviewing, the terms of
reference of their scrutiny panels; many are recruiting younger members and members from communities most
affected by stop and search; some are giving panels access to body-worn video footage for the first time. The
APCC will bring commissioners together in the autumn to share practice, and we will report again on progress.</p>
<p>The recommendations to chief constables and to the NPCC are for them to answer.</p>
<p>APCC Joint Leads for Race Disparity, Equality and Human Rights</p>
""",
))

# 18. Surrey Police: a CMS page answering the recommendations for chief constables in groups.
DOCS.append(Doc(
    name="stop_search_surrey_page",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["surrey-police"],
    optional_authors=["surrey-pcc"],
    date=["2024-10-01"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["complete"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
        "4": {"progress": ["in_progress"], "position": ["accepted"]},
        "5": {"progress": ["not_started"], "position": ["accepted"]},
        "6": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["8"],
    style=Style(site="force", site_name="Surrey Police", page_title="Stop and search super-complaint | Surrey Police",
                furniture_words=["Home", "Report", "Contact", "Advice", "Stop and search", "About us"],
                related=["Stop and search data", "Independent scrutiny of stop and search", "Your rights if stopped"],
                page_dates="<p>Page last updated: 1 October 2024</p>"),
    classes=["cms_furniture", "recommendations_answered_in_groups", "recommendation_by_group",
             "acceptance_without_work", "recommendation_for_other_body"],
    body="""
<h1>Our response to the stop and search super-complaint</h1>
<p>In December 2023 HMICFRS, the College of Policing and the IOPC reported on the Criminal Justice Alliance's
super-complaint about section 60 stop and search and independent community scrutiny. The report made six
recommendations to chief constables. Surrey Police accepts all six.</p>
<h2>The three section 60 recommendations</h2>
<p>Recommendations 1, 2 and 3 concern how section 60 is authorised, communicated and monitored. Surrey Police has
used section 60 only twice since 2021. Our procedure was rewritten in March 2024 to meet all three
recommendations, and the two authorisations since then have followed it. We consider them met.</p>
<h2>Children</h2>
<p>On recommendation 4, every search of a child now generates a safeguarding notification; we are still working
with children's services on how those are followed up.</p>
<h2>Scrutiny and training</h2>
<p>Recommendations 5 and 6 will be taken forward together, with the Police and Crime Commissioner's community
scrutiny panel, in 2025. Work on them has not yet begun.</p>
<h2>The Commissioner</h2>
<p>Recommendation 8 was made to police and crime commissioners. The Commissioner's response is published on her
website.</p>
""",
))

# 19. West Yorkshire Police: a protective measures action plan (Word and its web copy).
DOCS.append(Doc(
    name="pm_west_yorkshire_plan",
    formats=["docx", "html"],
    super_complaint="protective-measures",
    authors=["west-yorkshire-police"],
    date=["2023-01-11"],
    responses={
        "1": ["complete"],
        "4": ["in_progress"],
        "7": ["not_started"],
    },
    absent=["2"],
    style=Style(docx_headings="bold", site="force", site_name="West Yorkshire Police",
                page_title="A duty to protect: action plan | West Yorkshire Police",
                page_dates="<p>Last updated 11 January 2023</p>"),
    classes=["action_plan", "rag", "owner_column", "bau", "legislation_history_date_trap",
             "recommendation_for_other_body"],
    body="""
<h1>A duty to protect: West Yorkshire Police action plan</h1>
<p>Super-complaint by the Centre for Women's Justice on the police use of protective measures. Report published
24 August 2021. This plan last updated 11/01/2023.</p>
<table>
<tr><th>Rec no.</th><th>Summary</th><th>Owner</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>Manage released under investigation (RUI) in line with the NPCC bail lead's letter</td><td>Head of Criminal Justice</td><td>Blue</td><td>Bail processes rewritten for the pre-charge bail changes that came into force on 28 October 2022; RUI reviewed monthly by the bail management unit. Closed, now BAU.</td></tr>
<tr><td>2</td><td>Home Office and MoJ: bespoke offence of breaching pre-charge bail</td><td>n/a</td><td>n/a</td><td>Not for the force.</td></tr>
<tr><td>4</td><td>Officers understand all the protective measures available</td><td>Head of Safeguarding</td><td>Amber</td><td>Protective measures guide issued to response officers; e-learning module 58% completed.</td></tr>
<tr><td>7</td><td>Review handling of breaches of non-molestation orders</td><td>Head of Safeguarding</td><td>Red</td><td>Not started: scoping to begin in February 2023 once the protective orders team is recruited.</td></tr>
</table>
<p>Key: Blue = complete; Green = on track; Amber = some delay; Red = not started or significant delay.</p>
""",
))

# 20. Gwent Police: a response to The hidden victims answering by subject (the catalogue has no numbers for them).
DOCS.append(Doc(
    name="ms_gwent_response",
    formats=["docx", "pdf"],
    super_complaint="modern-slavery",
    authors=["gwent-police"],
    date=["2021-08"],
    responses={},
    optional=["1"],
    style=Style(docx_letterhead="table", docx_headings="styles", pdf_ruled=True,
                pdf_footer="Gwent Police - Croesyceiliog, Cwmbran NP44 2XJ"),
    classes=["force_response", "letterhead_in_table", "month_only_date", "answers_by_subject_without_numbers",
             "recommendation_for_other_body_with_supporting_role", "own_headings", "report_date_trap"],
    body="""
<div class="letterhead">Gwent Police / Heddlu Gwent<br>Police Headquarters<br>Croesyceiliog<br>Cwmbran NP44 2XJ</div>
<h1>The hidden victims: Gwent Police response</h1>
<p>August 2021</p>
<p>HMICFRS, the College of Policing and the IOPC published their report on Hestia's super-complaint on 26 May 2021.
This document sets out the Chief Constable's response to the recommendations made to chief constables, all of
which Gwent Police accepts. We have used our own headings.</p>
<h2>Training and specialist knowledge</h2>
<p>A modern slavery module has been added to the initial training of all new officers. Specialist training for
detectives in the Public Protection Unit is being procured and will be delivered from October 2021.</p>
<h2>Allocation of investigations</h2>
<p>Since June 2021 every modern slavery investigation has been allocated to the Exploitation Team, which is staffed
by accredited detectives. The crime allocation policy has been changed to reflect this.</p>
<h2>Understanding victims' support needs</h2>
<p>We will take this forward with the Police and Crime Commissioner. No work has yet started; a joint needs
assessment is planned for 2022 with the Commissioner's victim services team.</p>
<h2>The Home Office's recommendation</h2>
<p>Recommendation 1 asks the Home Office to commission work, in consultation with chief constables and others, to
understand victims' experience of the police response. Gwent Police has told the Home Office it will take part
and has offered access to its Exploitation Team's case reviews.</p>
<p>Assistant Chief Constable, Gwent Police</p>
"""
))

# 21. NPCC: the updated national response on honour-based abuse, a roll-up of force progress.
DOCS.append(Doc(
    name="hba_npcc_update",
    formats=["pdf", "html"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-25", "2024-03"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
    },
    style=Style(pdf_ruled=True, pdf_header="NPCC - OFFICIAL", site="govuk",
                page_title="Updated NPCC response to TVIP super-complaint - GOV.UK",
                page_dates="<p>Published 25 March 2024</p>",
                pdf_cover="<h1>National Police Chiefs' Council</h1><p>Updated response to the Tees Valley Inclusion Project "
                          "super-complaint</p><p>NPCC Lead for Honour-Based Abuse, Forced Marriage and Female Genital "
                          "Mutilation</p><p>March 2024</p>"),
    classes=["national_body", "national_roll_up", "cover_page", "report_date_trap", "history_date_trap",
             "own_recommendation_complete"],
    body="""
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>25 March 2024</p>
<p>On 16 December 2022 the NPCC accepted the recommendations of the report on the super-complaint by the Tees
Valley Inclusion Project. This update sets out forces' progress, as returned to the NPCC in February 2024.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p>Thirty-eight of the 43 forces have updated their sexual abuse policies to include the risk of honour-based
abuse. The remaining five expect to do so by the summer. The NPCC will continue to monitor them.</p>
<h2>Recommendation 2: cultural awareness</h2>
<table>
<tr><th>Element</th><th>Forces reporting complete</th></tr>
<tr><td>Officers aware of local demographics</td><td>29 of 43</td></tr>
<tr><td>Advisory groups reflect demographics</td><td>22 of 43</td></tr>
<tr><td>Information on culture and religion</td><td>17 of 43</td></tr>
<tr><td>Investigations consider cultural factors</td><td>25 of 43</td></tr>
</table>
<p>Progress is uneven; the national cultural awareness resource will be issued to all forces in May 2024.</p>
<h2>Recommendation 3: consideration of findings</h2>
<p>The NPCC's review of data standards for protected characteristics took account of the super-complaint's
findings. The revised standard, issued in November 2023, makes the recording of the victim's ethnicity
mandatory on sexual offence records. This recommendation is complete.</p>
""",
))

# 22. HMICFRS: the report's page, listing the responses (it answers nothing itself).
DOCS.append(Doc(
    name="stalking_hmicfrs_page",
    formats=["html"],
    super_complaint="stalking",
    authors=["hmicfrs"],
    date=["2025-01-08", "2024-09-27"],
    responses={},
    absent=["15"],
    style=Style(site="national", site_name="HMICFRS",
                page_title="The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint - HMICFRS",
                furniture_words=["Home", "Our work", "Publications", "Police forces", "Fire and rescue services", "About us"],
                page_dates="<p>Published: 27 September 2024</p><p>Last updated: 8 January 2025</p>"),
    classes=["collection_page", "no_responses", "national_body", "two_page_dates", "summary_of_others_answers"],
    body="""
<h1>The police response to stalking: Report on the Suzy Lamplugh Trust's super-complaint</h1>
<p>This report sets out the findings of our investigation into the super-complaint made by the Suzy Lamplugh Trust
on behalf of the National Stalking Consortium. The super-complaint was investigated by HMICFRS, the College of
Policing and the IOPC.</p>
<p>The report makes recommendations to chief constables, police and crime commissioners, the National Police Chiefs'
Council, the Home Office, the Ministry of Justice and the Crown Prosecution Service.</p>
<h2>Responses to the report</h2>
<ul>
<li>Minister for Safeguarding: response to the report (PDF)</li>
<li>NPCC: 56-day update on behalf of chief constables (PDF)</li>
<li>APCC: summary of police and crime commissioners' responses, including to recommendation 15 (PDF)</li>
<li>Crown Prosecution Service: response (PDF)</li>
</ul>
<p>Forces' action plans are published on their own websites.</p>
<h2>Files</h2>
<ul>
<li>The police response to stalking (PDF document, 2.1MB)</li>
<li>The police response to stalking - easy read (PDF document)</li>
</ul>
""",
))

# 23. Suffolk PCC: a statutory response on recommendation 3a of the PPDA report.
DOCS.append(Doc(
    name="ppda_suffolk_pcc_response",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["suffolk-pcc"],
    date=["2022-08-22"],
    responses={
        "3": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["1", "2"],
    style=Style(site="pcc", site_name="Suffolk Police and Crime Commissioner",
                page_title="Statutory response: police perpetrated domestic abuse | Suffolk PCC",
                furniture_words=["Home", "Your PCC", "Police and Crime Plan", "Accountability", "Funding", "Contact"],
                mega_menu=["Accountability Performance Panel", "Decisions", "Statutory responses", "HMICFRS reports",
                           "Commissioned services", "Victim care"],
                page_dates="<p>Published: 22 August 2022</p>"),
    classes=["pcc_statutory_response", "parts_numbering", "acceptance_without_work", "recommendation_for_other_body",
             "report_date_trap"],
    body="""
<h1>Commissioner's response to the police super-complaint on police perpetrated domestic abuse</h1>
<p>Section 29A of the Police Reform Act 2002 requires me to publish comments on super-complaint reports. This is my
response to the report published on 30 June 2022 on the Centre for Women's Justice's super-complaint.</p>
<h2>Recommendations 1 and 2</h2>
<p>These are for the Chief Constable, who will respond separately to the College of Policing through the NPCC. I
will scrutinise that response at my Accountability and Performance Panel.</p>
<h2>Recommendation 3a</h2>
<p>For PCCs, the report asks us to consider whether local services are capable of dealing with the specific risks
and vulnerabilities of PPDA victims and supporting them when they engage with the police complaints and
disciplinary system.</p>
<p>I accept this recommendation. My office will review the domestic abuse services I commission against it, with
the providers, when the contracts are reviewed in the new year. That work has not started yet.</p>
<p>Police and Crime Commissioner for Suffolk</p>
""",
))

# 24. Nottinghamshire Police: a progress update two and a half years after the Safe to share report.
DOCS.append(Doc(
    name="s2s_notts_progress_2023",
    formats=["text"],
    super_complaint="safe-to-share",
    authors=["nottinghamshire-police"],
    date=["2023-06"],
    responses={
        "1": ["complete"],
        "4": ["awaiting_national"],
        "5": ["complete"],
    },
    optional=["8"],
    absent=["3"],
    style=Style(wrap=76, text_tables="pipes", upper_h1=True),
    classes=["progress_update_years_later", "pipe_table", "hard_wrapped_text", "status_column_contradicted_by_update",
             "history_date_trap", "month_only_date"],
    body="""
<h1>Safe to share? Nottinghamshire Police progress update</h1>
<p>June 2023</p>
<p>This update replaces the force's six-month update of June 2021, which reported on all the recommendations made
to chief constables.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Update</th></tr>
<tr><td>1 - interim measure, domestic abuse victims</td><td>Complete</td><td>In place since January 2021. Embedded in the domestic abuse policy and audited annually. BAU.</td></tr>
<tr><td>4 - safe reporting pathways</td><td>In progress</td><td>Local pathway with Juno Women's Aid written in 2022. The force will not publish it until the national safeguarding protocol that the Home Office and NPCC are writing under recommendation 3 is issued, as the pathway must reflect it. No further local work until then.</td></tr>
<tr><td>5 - confidence in reporting</td><td>Complete</td><td>Community campaign with the OPCC delivered 2021-22; outreach continues as part of neighbourhood policing.</td></tr>
<tr><td>8 - six-month update</td><td>Complete</td><td>Sent June 2021.</td></tr>
</table>
""",
))

# 25. Cumbria PFCC: a response that mostly quotes the report, answering only the commissioner's recommendations.
DOCS.append(Doc(
    name="s2s_cumbria_pfcc_quotes",
    formats=["pdf"],
    super_complaint="safe-to-share",
    authors=["cumbria-pfcc"],
    date=["2021-02-05", "2021-02"],
    responses={
        "5": {"progress": ["not_started", "not_stated"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["1", "2", "3", "4", "7"],
    style=Style(pdf_ruled=True, pdf_header="Cumbria Police, Fire and Crime Commissioner",
                pdf_cover="<h1>Response of the Police, Fire and Crime Commissioner for Cumbria</h1><p>Safe to share? "
                          "Report on Liberty and Southall Black Sisters' super-complaint on policing and immigration "
                          "status</p><p>February 2021</p>"),
    classes=["mostly_quotes_report", "cover_page", "quoted_not_answered", "acceptance_without_work",
             "future_promise_optional", "report_date_trap"],
    body="""
<p>5 February 2021</p>
<h2>Introduction</h2>
<p>On 17 December 2020 HMICFRS, the College of Policing and the IOPC published their report on the super-complaint
made by Liberty and Southall Black Sisters. Section 29A of the Police Reform Act 2002 requires me to publish my
comments within 56 days. The report's recommendations are reproduced below for ease of reference.</p>
<h2>The report's recommendations</h2>
<table>
<tr><th>No.</th><th>To</th><th>Recommendation</th></tr>
<tr><td>1</td><td>Chief constables</td><td>As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts about a victim's immigration status, we recommend that they immediately stop sharing information on domestic abuse victims with Immigration Enforcement. Instead, police officers should link the victim to a third party that can provide advice and assistance.</td></tr>
<tr><td>2</td><td>Home Office</td><td>Review the relevant legal framework and policy, including further consideration of the legislative options for implementing a firewall.</td></tr>
<tr><td>3</td><td>Home Office and NPCC</td><td>Develop a safeguarding protocol about the police approach to migrant victims and witnesses of crime.</td></tr>
<tr><td>4</td><td>Chief constables</td><td>In consultation with local or national specialist organisations, take steps to ensure that all migrant victims and witnesses of crime are effectively supported through safe reporting pathways.</td></tr>
<tr><td>5</td><td>Chief constables and PCCs</td><td>Take steps, through the appropriate channels, to promote migrant victims' and witnesses' confidence in reporting crimes to the police through safe reporting pathways, without fear of prioritised immigration control.</td></tr>
<tr><td>6</td><td>PCCs</td><td>Conduct an assessment of local access to specialist victim support organisations or networks and take any necessary steps to build up such networks.</td></tr>
<tr><td>7</td><td>Home Office</td><td>(see the report)</td></tr>
<tr><td>8</td><td>All</td><td>Provide an update to Her Majesty's Chief Inspector of Constabulary on progress in implementing these recommendations within six months of the date of publication of this report.</td></tr>
</table>
<h2>My response</h2>
<p>The recommendations to the Chief Constable are for him to answer and he will publish his own response. I will
scrutinise it through my Public Accountability Conference.</p>
<p>I accept the recommendation addressed to me alone. My office has begun to map the specialist organisations that
support migrant victims in Cumbria, working with the Cumbria Victims Charitable Trust, and will finish the
assessment by the end of March.</p>
<p>I also accept the recommendation made jointly to chief constables and commissioners, and will agree a joint
approach with the Chief Constable after the assessment is finished.</p>
<p>I will provide the update asked for within six months.</p>
<p>Police, Fire and Crime Commissioner for Cumbria</p>
""",
))

# 26. Derbyshire: a joint force and PCC stalking plan with a position column and one misleading status.
DOCS.append(Doc(
    name="stalking_derbyshire_joint_plan",
    formats=["docx", "html"],
    super_complaint="stalking",
    authors=["derbyshire-constabulary", "derbyshire-pcc"],
    date=["2025-02-17"],
    responses={
        "7": {"progress": ["in_progress"], "position": ["accepted"]},
        "10": {"progress": ["in_progress"], "position": ["partially_accepted"]},
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    style=Style(docx_headings="styles", docx_footer="Derbyshire Constabulary and the Office of the Derbyshire PCC",
                site="pcc", site_name="Derbyshire Police and Crime Commissioner",
                page_title="Joint stalking action plan | Derbyshire PCC",
                page_dates="<p>Last reviewed: 17 February 2025</p>"),
    classes=["joint_force_pcc", "position_column", "partially_accepted", "status_column_contradicted_by_update",
             "deadline_date_trap", "parts_numbering"],
    body="""
<h1>Joint action plan: the police response to stalking</h1>
<p>Derbyshire Constabulary and the Police and Crime Commissioner for Derbyshire. Version 2, 17 February 2025.
Deadline for most recommendations: 27 March 2025.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>Position</th><th>Status</th><th>Update</th></tr>
<tr><td>7 / 7.1 / 7.2</td><td>Constabulary</td><td>Accepted</td><td>Complete</td><td>Change request raised with the system supplier; go-live date not yet confirmed. Interim intelligence-report process (7.2) in place meanwhile.</td></tr>
<tr><td>10</td><td>Constabulary</td><td>Partially accepted</td><td>In progress</td><td>Training for investigators and supervisors being refreshed. The force does not accept that a full-day course is needed for all call handlers; they will receive a shorter briefing instead.</td></tr>
<tr><td>15</td><td>PCC</td><td>Accepted</td><td>Complete</td><td>Review of commissioned services finished in December 2024; stalking advocacy service extended county-wide from 1 January 2025.</td></tr>
<tr><td>16</td><td>PCC and Constabulary</td><td>Accepted</td><td>In progress</td><td>Joint review under way; first findings to the Joint Audit, Risk and Assurance Committee in April.</td></tr>
</table>
""",
))
