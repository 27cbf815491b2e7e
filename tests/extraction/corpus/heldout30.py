"""heldout30: a blind held-out set, written by a test writer who never read the extraction engine, its decisions,
its session notes, its tests or any other set (only build.py, render.py, the corpus README and the reference data).

Every document is invented: no published response was copied. The set leans towards forces and joint force and
commissioner documents (action plans, trackers, board papers, minutes, letters, web pages, news items, an FOI reply,
an email), with some commissioners, panels and national bodies, across the seven reported super-complaints. The gold
is what a careful analyst reads: a tracker's status contradicted by its own update takes the update; acceptance alone
is not progress; waiting on a national body is awaiting_national; a plan row with no stated position has no position.
Where a document answers a part (7.1, 3a) the gold keys the recommendation and lists the part as optional.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []


def add(**kw):
    DOCS.append(Doc(**kw))


# 1 -------------------------------------------------------------------------------------------------------------
add(
    name="s2s-gloucestershire-tracker",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["gloucestershire-constabulary"],
    date=["2022-03-14"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["complete"]},
        "8": {"progress": ["complete"]},
    },
    optional=[],
    absent=["2", "3", "7"],
    classes=["tracker", "status_column_contradicted_by_update", "bau", "report_date_distractor",
             "recommendations_for_others_mentioned", "running_header"],
    style=Style(pdf_header="OFFICIAL - Gloucestershire Constabulary", pdf_footer="Recommendations tracker v3.2",
                pdf_ruled=True),
    body="""
<h1>Safe to share? Super-complaint recommendations: progress tracker</h1>
<p><strong>Owner:</strong> Detective Superintendent, Public Protection Bureau<br>
<strong>Governance:</strong> Force Vulnerability Board<br>
<strong>Tracker updated:</strong> 14 March 2022<br>
<strong>Report:</strong> HMICFRS, College of Policing and IOPC, published 17 December 2020</p>
<p>This tracker records the constabulary's actions against the recommendations of the super-complaint report made
to chief constables. Recommendations 2, 3 and 7 are for the Home Office (3 jointly with the NPCC) and are not
tracked here; we will adopt the safeguarding protocol when it is issued.</p>
<table>
<tr><th>Rec</th><th>Summary</th><th>Lead</th><th>RAG</th><th>Status</th><th>Update (March 2022)</th></tr>
<tr><td>1</td><td>Stop sharing information on domestic abuse victims with Immigration Enforcement where officers only have doubts about status</td><td>Head of PPB</td><td>Green</td><td>Complete</td><td>Force instruction issued 2 February 2021 and embedded in the domestic abuse policy. Dip sample of 40 cases in January 2022 found no referrals. Closed.</td></tr>
<tr><td>4</td><td>Safe reporting pathways with specialist organisations</td><td>Head of PPB / OPCC commissioning</td><td>Green</td><td>Complete</td><td>Two workshops held with local migrant support groups. The third-party reporting pathway is drafted but will not go live until the partners' information sharing agreement is signed (expected June 2022).</td></tr>
<tr><td>5</td><td>Promote confidence in reporting among migrant victims</td><td>Corporate Communications</td><td>Blue</td><td>BAU</td><td>Community messaging in six languages published; now part of the neighbourhood engagement plan as business as usual.</td></tr>
<tr><td>8</td><td>Update HM Chief Inspector within six months</td><td>Force Performance</td><td>Green</td><td>Complete</td><td>Update sent to HMICFRS on 11 June 2021; further update to the HMICFRS request of 24 November 2021 sent in January 2022.</td></tr>
</table>
<p>RAG key: Red - not started; Amber - in progress; Green - complete; Blue - business as usual.</p>
""")

# 2 -------------------------------------------------------------------------------------------------------------
add(
    name="s2s-norfolk-pcc-letter",
    formats=["docx", "text"],
    super_complaint="safe-to-share",
    authors=["norfolk-pcc"],
    date=["2021-02-09"],
    responses={
        "5": {"progress": ["not_started", "not_stated"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["1", "4", "8"],
    absent=["2", "3", "7"],
    classes=["letter", "letterhead_in_page_header", "section_29a", "acceptance_without_work",
             "relayed_force_position", "hard_wrapped_text"],
    style=Style(docx_letterhead_in_header=True, wrap=74),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Norfolk<br>Jubilee House<br>Falconers Chase<br>Wymondham<br>NR18 0WW</div>
<p>Our ref: OPCC/HMI/2021/007<br>Your ref: SC-2020-01</p>
<p>9 February 2021</p>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Sir Thomas,</p>
<p><strong>Response under section 29A of the Police Reform Act 2002: Safe to share?</strong></p>
<p>Thank you for the report on the super-complaint by Liberty and Southall Black Sisters, published on 17 December
2020. I am required to respond within 56 days and set out below my comments on the recommendations made to police
and crime commissioners. The Chief Constable's response to the recommendations made to chief constables is attached
and I have reviewed it.</p>
<p>The Chief Constable has told me that Norfolk Constabulary has stopped passing information to Immigration
Enforcement where officers only have doubts about a domestic abuse victim's status (recommendation 1), and that
work with specialist organisations on recommendation 4 is at an early stage. I will scrutinise both through my
Police Accountability Forum.</p>
<p><strong>Recommendation 5</strong><br>I accept this recommendation. Together with the Chief Constable I will look at
how we can promote confidence among migrant victims that they can report crime safely. We have not yet agreed the
approach, and I will report on it at a future Police Accountability Forum.</p>
<p><strong>Recommendation 6</strong><br>I accept this recommendation. My office has begun an assessment of access to
specialist support for migrant victims in Norfolk, as part of the victims' needs assessment now under way. Early
findings show gaps in provision for victims with no recourse to public funds, which we are discussing with
commissioned services.</p>
<p>Recommendations 2, 3 and 7 are for the Home Office and I look forward to seeing its response. I will provide
HM Chief Inspector with a further update within six months, as recommendation 8 asks.</p>
<p>Yours sincerely,</p>
<p>Lorne Green<br>Police and Crime Commissioner for Norfolk</p>
""")

# 3 -------------------------------------------------------------------------------------------------------------
add(
    name="ppda-kent-joint-page",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["kent-police", "kent-pcc"],
    date=["2023-05-03", "2022-11-28", "2023-05", "2022-11"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["3a"],
    absent=["4"],
    classes=["joint_force_pcc", "cms_page", "two_page_dates", "pcc_answers_inside_force_document",
             "parts", "recommendation_for_others_mentioned"],
    style=Style(site="force", site_name="Kent Police", page_title="Police perpetrated domestic abuse super-complaint: our response",
                mega_menu=["Report", "Advice", "Services", "About us", "Careers", "Policies", "Freedom of information", "Publication scheme"],
                panels=True, related=["Domestic abuse: get help", "Professional Standards Department", "Kent PCC"],
                page_dates="<p>Published: 28 November 2022</p><p>Last reviewed: 3 May 2023</p><p>Next review: November 2023</p>"),
    body="""
<h1>Police perpetrated domestic abuse: our response to the super-complaint</h1>
<p>In June 2022 HMICFRS, the College of Policing and the IOPC published their report on the Centre for Women's
Justice super-complaint about police perpetrated domestic abuse (PPDA). This page is the joint response of the
Chief Constable of Kent Police and the Kent Police and Crime Commissioner. We accept the recommendations made to us.</p>
<h2>Recommendation 1: audit of PPDA cases</h2>
<p>Our Professional Standards Department audited all 61 live cases and the 112 cases closed in the twelve months to
30 June 2022. Eleven cases were reopened or referred for review. The Chief Constable wrote to the College of Policing
through the NPCC in December 2022 setting out what we have changed. This recommendation is complete.</p>
<h2>Recommendation 2</h2>
<p>We are changing how PPDA allegations are allocated so that no investigation is carried out by officers from the
same command as the subject. The new allocation process has been piloted in East Kent and will roll out across the
county by September 2023.</p>
<h2>Recommendation 3: support for victims</h2>
<p><strong>Chief Constable:</strong> victims of PPDA are now offered a named single point of contact outside the
subject's command, and our guidance for officers is being rewritten.</p>
<p><strong>Police and Crime Commissioner:</strong> for my part of this recommendation (3a), I have asked the services
I commission to show how they support victims of PPDA through the complaints and misconduct process. Their
returns are due in June and I will publish what I find.</p>
<h2>Recommendation 4</h2>
<p>This recommendation is for the Home Office.</p>
""")

# 4 -------------------------------------------------------------------------------------------------------------
add(
    name="hba-cleveland-news",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2023-01-19"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["not_started", "in_progress"]},
    },
    optional=[],
    absent=["3"],
    classes=["news_item", "byline", "report_date_distractor", "recommendation_by_subject",
             "future_plan_as_not_started"],
    style=Style(site="news", site_name="Cleveland Police", page_title="Force updates sexual abuse policy after super-complaint"),
    body="""
<h1>Force updates sexual abuse policy after super-complaint report</h1>
<p><em>By Cleveland Police Media Team | Thursday 19 January 2023, 10:42</em></p>
<p>Cleveland Police has updated its policy on investigating sexual abuse so that officers consider whether a victim
from an ethnic minority background may also be at risk of honour-based abuse.</p>
<p>The change responds to the report on the Tees Valley Inclusion Project's super-complaint, published by HMICFRS,
the College of Policing and the IOPC on 16 December 2022. The report found that forces tended to consider honour-based
abuse only in their domestic abuse policies and recommended that chief constables include it in their sexual abuse
policies too. Our revised policy came into force on 9 January.</p>
<p>Detective Chief Superintendent Kay Mahmood said: "We have also agreed a programme of cultural awareness training
with partners in the Tees Valley, so that officers understand the communities they serve. That programme will start
in April, and we will be asking local groups to help us design it."</p>
<p>A third recommendation, on recording ethnicity data, was made to the National Police Chiefs' Council.</p>
<p>If you are at risk, call 999 in an emergency, or 101.</p>
""")

# 5 -------------------------------------------------------------------------------------------------------------
add(
    name="st-hertfordshire-action-plan",
    formats=["pdf", "docx"],
    super_complaint="stalking",
    authors=["hertfordshire-constabulary"],
    date=["2024-11-20"],
    responses={
        "7": {"progress": ["in_progress"]},
        "10": {"progress": ["in_progress"]},
        "16": {"progress": ["not_started"]},
        "25": {"progress": ["awaiting_national"]},
    },
    optional=["7.1", "7.2"],
    absent=["15"],
    classes=["action_plan", "npcc_framework_parts", "rag", "deadline_distractor", "cover_page", "unruled_pdf_table",
             "awaiting_national_implied", "pcc_recommendation_mentioned"],
    style=Style(pdf_ruled=False, pdf_footer="Hertfordshire Constabulary | OFFICIAL",
                pdf_cover="<h1>Hertfordshire Constabulary</h1><h2>Police response to stalking: force action plan</h2>"
                          "<p>Version 1.2</p><p>20 November 2024</p>",
                docx_headings="bold"),
    body="""
<h1>Stalking super-complaint: force action plan</h1>
<p>Published in answer to the report of 27 September 2024 on the Suzy Lamplugh Trust's super-complaint, which asks
chief constables to publish an action plan within 56 days. Most recommendations are due by 27 March 2025. The plan
uses the NPCC framework's evidence requirements (7.1, 7.2 ...). Version 1.2, approved by the Chief Officer Group on
20 November 2024.</p>
<table>
<tr><th>Ref</th><th>Evidence requirement</th><th>Action</th><th>Owner</th><th>RAG</th></tr>
<tr><td>7.1</td><td>Processes make sure included classifications on crime records are used</td><td>Crime recording system change requested from the Athena consortium; guidance for crime registrars being written.</td><td>Force Crime Registrar</td><td>Amber</td></tr>
<tr><td>7.2</td><td>Alternative measures while system changes are pending</td><td>Intelligence report flag for stalking in use since October 2024.</td><td>Head of Intelligence</td><td>Green</td></tr>
<tr><td>10</td><td>Learning and training provision reviewed and updated</td><td>Training needs analysis under way; new stalking input for response officers in design with the College of Policing materials.</td><td>Head of Learning and Development</td><td>Amber</td></tr>
<tr><td>16</td><td>Joint review with the PCC</td><td>To be scheduled with the Office of the PCC in the new year.</td><td>Head of Public Protection</td><td>Red</td></tr>
<tr><td>25</td><td>Adopt national guidance</td><td>Waiting for the NPCC lead's national guidance; we will adopt it as soon as it is issued.</td><td>Head of Public Protection</td><td>Amber</td></tr>
</table>
<p>Recommendation 15 is addressed to police and crime commissioners and is answered by the Commissioner.</p>
""")

# 6 -------------------------------------------------------------------------------------------------------------
add(
    name="ss-durham-accordion-page",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["durham-constabulary"],
    date=["2024-02-08", "2024-09-30", "2024-02", "2024-09"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["complete"]},
        "4": {"progress": ["awaiting_national"]},
    },
    optional=[],
    absent=["8"],
    classes=["cms_page", "accordion", "two_page_dates", "catalogue_without_text", "awaiting_national_implied",
             "bau", "pcc_recommendation_mentioned"],
    style=Style(site="force", site_name="Durham Constabulary", page_title="Response to the Criminal Justice Alliance super-complaint",
                mega_menu=["Report it", "Advice and information", "Contact us", "Services", "About us", "Stop and search"],
                related=["Stop and search data", "Independent scrutiny panel"],
                page_dates="<p>Page published 8 February 2024</p><p>Last reviewed 30 September 2024</p>"),
    body="""
<h1>Response to the Criminal Justice Alliance super-complaint</h1>
<p>The report on the Criminal Justice Alliance's super-complaint about section 60 stop and search and community
scrutiny was published on 15 December 2023. It made ten recommendations; six are for chief constables. Select a
recommendation to read our response.</p>
<h2>+ Recommendation 1 (show)</h2>
<p>We reviewed our section 60 authorisation process. Authorisations are now signed off by an officer of at least
chief superintendent rank and the grounds are published within 24 hours. This is how we now work: business as usual.</p>
<h2>+ Recommendation 2 (show)</h2>
<p>We are rewriting the way we explain section 60 authorisations to communities, with the Independent Scrutiny Panel.
The first new notices were used in July; evaluation continues.</p>
<h2>+ Recommendation 3 (show)</h2>
<p>All officers who carry out searches completed refresher training on safeguarding children who are searched by
the end of March 2024. Referrals are monitored monthly.</p>
<h2>+ Recommendation 4 (show)</h2>
<p>We will change our data recording once the Home Office publishes the revised Annual Data Requirement. Until then
we continue to record as now.</p>
<h2>+ Recommendation 8 (show)</h2>
<p>Recommendation 8 is for police and crime commissioners. Please see the Commissioner's website.</p>
""")

# 7 -------------------------------------------------------------------------------------------------------------
add(
    name="pm-npcc-bail-lead-letter",
    formats=["pdf"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-05-12"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=[],
    absent=[],
    classes=["letter", "national_body", "history_date_distractor", "deadline_distractor", "running_header"],
    style=Style(pdf_header="NPCC Bail Management Portfolio", pdf_footer="OFFICIAL"),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>From: NPCC Lead for Bail Management<br>To: HM Inspector of Constabulary, super-complaints team<br>Date: 12 May 2022</p>
<p><strong>A duty to protect: recommendation 1 (Released under Investigation)</strong></p>
<p>The report published on 24 August 2021 recommended that chief constables, in conjunction with the NPCC lead for
bail, implement processes for managing Released under Investigation (RUI) in line with my predecessor's letter of
29 January 2019. On behalf of chief constables, the NPCC accepts the recommendation.</p>
<p>All forces were asked to confirm by 31 March 2022 that such processes are in place. Thirty-one forces have
confirmed; the remaining twelve have given dates before the end of September 2022, when the Policing and Crime
Act changes to pre-charge bail come into force. The portfolio is collecting force RUI data quarterly and will
publish a national summary once all forces have reported.</p>
<p>The other recommendations addressed to the NPCC are answered in the NPCC's full response.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable<br>NPCC Lead for Bail Management</p>
""")

# 8 -------------------------------------------------------------------------------------------------------------
add(
    name="ms-home-office-letter",
    formats=["docx"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-10-14"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["1a", "1b"],
    absent=[],
    classes=["letter", "letterhead_table", "government_department", "parts_as_bullets", "report_date_distractor"],
    style=Style(docx_letterhead="table"),
    body="""
<div class="letterhead">Home Office<br>Modern Slavery Unit<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>14 October 2021</p>
<p>Dear HM Chief Inspector,</p>
<p><strong>The hidden victims: response to the recommendation for the Home Office</strong></p>
<p>Thank you for your report of 26 May 2021 on Hestia's super-complaint on the police response to victims of modern
slavery. The report's first recommendation asks the Home Office, in consultation with chief constables, the
Independent Anti-Slavery Commissioner, the Victims' Commissioner, the CPS and voluntary agencies, to commission
work to:</p>
<ul><li>better understand the victim experience of the police response to modern slavery and the wider response
from immigration and other law enforcement agencies; and</li>
<li>assess the extent to which victims are able to engage with the criminal justice process.</li></ul>
<p>The Home Office accepts this recommendation. We have commissioned an independent research partner, through the
Modern Slavery and Human Rights Policy and Evidence Centre, to carry out interviews with survivors and practitioners.
Fieldwork began in September and is due to finish in spring 2022; we expect to publish the findings later in 2022.</p>
<p>The recommendations for chief constables and police and crime commissioners will be answered by them.</p>
<p>Yours sincerely,</p>
<p>Director, Safeguarding and Modern Slavery<br>Home Office</p>
""")

# 9 -------------------------------------------------------------------------------------------------------------
add(
    name="st-apcc-summary-govuk",
    formats=["html"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2025-01-08"],
    responses={
        "15": {"progress": ["not_stated"], "position": ["accepted"]},
        "16": {"progress": ["not_stated"], "position": ["accepted"]},
        "25": {"progress": ["not_stated"], "position": ["accepted"]},
    },
    optional=["27"],
    absent=[],
    classes=["govuk_page", "national_body", "answered_together", "acceptance_without_work", "deadline_distractor"],
    style=Style(site="govuk", page_title="APCC summary response: super-complaint on the police response to stalking"),
    body="""
<h1>APCC summary response: the police response to stalking</h1>
<p>Association of Police and Crime Commissioners<br>Published 8 January 2025</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint was published on 27 September 2024. As per recommendation
27, the APCC agreed to respond on behalf of all police and crime commissioners and their mayoral equivalents to the
recommendations addressed to them.</p>
<h2>Recommendations 15, 16 and 25</h2>
<p>Recommendation 15 asks PCCs, by 27 March 2025, to review whether the right specialist services have been
commissioned to support stalking victims in their area, including independent stalking advocate caseworkers.
Recommendations 16 and 25 are addressed to PCCs and chief constables together.</p>
<p>All 43 PCCs, police, fire and crime commissioners and deputy mayors have accepted recommendations 15, 16 and 25.
Individual PCCs will set out locally how they are taking them forward.</p>
""")

# 10 ------------------------------------------------------------------------------------------------------------
add(
    name="s2s-thames-valley-minutes",
    formats=["markdown", "text"],
    super_complaint="safe-to-share",
    authors=["thames-valley-pcc", "thames-valley-police"],
    date=["2021-07-12"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "6": {"progress": ["in_progress"]},
    },
    optional=["5"],
    absent=["2", "3"],
    classes=["minutes", "joint_force_pcc", "numbered_minutes", "recommendations_named_mid_sentence",
             "report_date_distractor", "next_meeting_date_distractor"],
    style=Style(wrap=80, upper_h1=True),
    body="""
<h1>Thames Valley Police and Crime Commissioner: Level 1 Public Accountability Meeting</h1>
<p>Minutes of the meeting held on 12 July 2021, 10:00, via Microsoft Teams</p>
<p>Present: Matthew Barber (Police and Crime Commissioner), John Campbell (Chief Constable), Deputy Chief
Constable, Chief Executive (OPCC), Head of Victims Services (OPCC)</p>
<h2>Item 5: Super-complaint, policing and immigration status</h2>
<p>5.1 The PCC asked for an update on the force's progress on the report published on 17 December 2020.</p>
<p>5.2 The DCC confirmed that the force instruction on recommendation 1, that officers should not share domestic
abuse victims' information with Immigration Enforcement where they only have doubts about status, has been in place
since March and that compliance has been audited with no exceptions found.</p>
<p>5.3 On safe reporting pathways the force has met four specialist organisations and is co-designing an advice
line referral route; the DCC said work on recommendation 4 would continue through the autumn.</p>
<p>5.4 The Head of Victims Services reported that the OPCC's mapping of specialist support available to migrant
victims, which answers recommendation 6, is half complete and will be presented to the next meeting on 11 October
2021. The Home Office's review under recommendation 2 and the protocol under recommendation 3 are still awaited.</p>
<p>5.5 Resolved: the PCC noted the update and asked for a joint report on recommendation 5 in October.</p>
<h2>Item 6: Any other business</h2>
<p>6.1 None.</p>
""")

# 11 ------------------------------------------------------------------------------------------------------------
add(
    name="hba-npcc-progress-update",
    formats=["pdf", "markdown"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-25", "2024-03"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
    },
    optional=["2a", "2b", "2c", "2d"],
    absent=[],
    classes=["national_body", "update_years_later", "percentages", "force_counts", "report_date_distractor",
             "subject_headings"],
    style=Style(pdf_header="NPCC - Updated response", pdf_ruled=True),
    body="""
<h1>Updated NPCC response: Tees Valley Inclusion Project super-complaint</h1>
<p>25 March 2024</p>
<p>In December 2022 the NPCC accepted the three key recommendations made to policing in the report published on
16 December 2022. This update sets out the progress forces have reported to the NPCC lead for honour-based abuse.</p>
<h2>Recommendation 1: The risk of honour-based abuse</h2>
<p>Thirty-six of 43 forces (84%) have updated their sexual abuse policies to include the risk of honour-based abuse.
The remaining seven have policy revisions in consultation and expect to publish them by summer 2024.</p>
<h2>Recommendation 2: Cultural awareness</h2>
<table>
<tr><th>Part</th><th>Forces reporting complete</th></tr>
<tr><td>Awareness of local demographics</td><td>29 (67%)</td></tr>
<tr><td>Independent advisory groups reflect demographics</td><td>33 (77%)</td></tr>
<tr><td>Information on culture and religion prepared with communities</td><td>21 (49%)</td></tr>
<tr><td>Investigations consider cultural factors</td><td>38 (88%)</td></tr>
</table>
<p>Work continues in all forces; the NPCC will report again in 2025.</p>
<h2>Recommendation 3: Consideration of findings</h2>
<p>The NPCC's review of data standards for protected characteristics took account of the super-complaint. The revised
ethnicity recording standard was agreed by Chief Constables' Council in October 2023. This recommendation is complete.</p>
""")

# 12 ------------------------------------------------------------------------------------------------------------
add(
    name="ss-essex-pfcc-panel-report",
    formats=["pdf", "docx"],
    super_complaint="stop-and-search",
    authors=["essex-pfcc"],
    date=["2024-06-20"],
    responses={
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=[],
    absent=[],
    classes=["panel_paper", "numbered_paragraphs", "commissioner", "report_date_distractor", "meeting_date",
             "force_recommendations_summarised_not_answered"],
    style=Style(pdf_header="Essex Police, Fire and Crime Panel", pdf_footer="Agenda item 7", docx_footer="Report of the Police, Fire and Crime Commissioner for Essex"),
    body="""
<h1>Essex Police, Fire and Crime Panel</h1>
<p>Meeting: 20 June 2024<br>Agenda item 7<br>Report by: Police, Fire and Crime Commissioner for Essex<br>Report
classification: Official</p>
<h2>Stop and search: response to the Criminal Justice Alliance super-complaint</h2>
<h3>1. Purpose</h3>
<p>1.1 To inform the Panel of the Commissioner's response to the super-complaint report published on 15 December 2023.</p>
<h3>2. Background</h3>
<p>2.1 The report made ten recommendations. Six are for chief constables, and Essex Police has published its own
response to those on its website. One, recommendation 8, is for police and crime commissioners.</p>
<h3>3. The Commissioner's response</h3>
<p>3.1 The Commissioner accepts recommendation 8. Independent community scrutiny of stop and search in Essex is
carried out by the Stop and Search Scrutiny Panel, which reviews body-worn video footage every month.</p>
<p>3.2 The Commissioner's office is reviewing the panel's terms of reference so that young people and people from
the communities most affected are represented, and is recruiting new members. The revised terms of reference will
come to this Panel in the autumn.</p>
<h3>4. Recommendation</h3>
<p>4.1 The Panel is asked to note the report.</p>
""")

# 13 ------------------------------------------------------------------------------------------------------------
add(
    name="st-merseyside-email",
    formats=["text"],
    super_complaint="stalking",
    authors=["merseyside-police"],
    date=["2025-04-03"],
    responses={
        "7": {"progress": ["complete"]},
        "10": {"progress": ["complete", "in_progress"]},
        "16": {"progress": ["not_started"]},
        "25": {"progress": ["complete"]},
    },
    optional=["7.1", "7.2"],
    absent=["15"],
    classes=["email", "answered_together", "bau", "deadline_distractor", "quoted_earlier_message",
             "informal_voice"],
    style=Style(wrap=76),
    body="""
<p>From: DCI Stalking and Harassment Lead, Public Protection Unit, Merseyside Police<br>
Sent: 03 April 2025 16:12<br>
To: Policy Officer, Office of the Police and Crime Commissioner for Merseyside<br>
Subject: RE: Stalking super-complaint - six-month position for the PCC's scrutiny meeting</p>
<p>Hi Sarah,</p>
<p>Sorry this is a few days after the 27 March deadline. Our position as of today on the recommendations to chief
constables:</p>
<p>Recs 7 and 10 are both delivered. Included classifications went live on Niche on 10 March with guidance to all
staff, and the new stalking training package has been completed by 94% of frontline officers; the remainder are
booked for April and the package is now part of the annual mandatory training cycle.</p>
<p>Rec 16 needs us to review commissioning together with your office, and we haven't been able to get a date in
the diary yet, so nothing has started on that one. Could you suggest some dates?</p>
<p>Rec 25 is done - we adopted the NPCC's national guidance when it came out in January and it is now BAU, owned
by the PPU.</p>
<p>Rec 15 is for the Commissioner, so I have left it to you.</p>
<p>Thanks,<br>Mark</p>
<p>-----Original Message-----<br>From: Policy Officer, OPCC<br>Sent: 24 March 2025 09:03<br>Subject: Stalking
super-complaint - six-month position for the PCC's scrutiny meeting<br>Mark, could you send me the force's position
on the stalking recommendations before the scrutiny meeting on 10 April? Thanks, Sarah</p>
""")

# 14 ------------------------------------------------------------------------------------------------------------
add(
    name="st-surrey-joint-tracker",
    formats=["html"],
    super_complaint="stalking",
    authors=["surrey-police", "surrey-pcc"],
    date=["2025-07-14", "2025-07"],
    responses={
        "7": {"progress": ["in_progress"]},
        "10": {"progress": ["in_progress"]},
        "15": {"progress": ["complete"]},
        "16": {"progress": ["complete"]},
        "25": {"progress": ["awaiting_national"]},
    },
    optional=[],
    absent=[],
    classes=["tracker", "joint_force_pcc", "check_boxes", "percentages", "status_column_contradicted_by_update",
             "awaiting_national_implied", "cms_page", "deadline_distractor"],
    style=Style(site="pcc", site_name="Surrey Police and Crime Commissioner", page_title="Stalking super-complaint: joint progress tracker",
                furniture_words=["Home", "About the Commissioner", "Police accountability", "Funding", "Get help", "News"],
                panels=True, page_dates="<p>Last updated: 14 July 2025</p>"),
    body="""
<h1>Stalking super-complaint: joint progress tracker</h1>
<p>This tracker is maintained jointly by Surrey Police and the Office of the Police and Crime Commissioner for
Surrey. It shows progress against the recommendations of the report on the Suzy Lamplugh Trust's super-complaint
that are addressed to the Chief Constable, the Commissioner, or both. The report's deadline for most
recommendations was 27 March 2025.</p>
<table>
<tr><th>Recommendation</th><th>For</th><th>Done?</th><th>Progress</th><th>Latest update</th></tr>
<tr><td>7 - searchable crime records</td><td>Chief Constable</td><td>&#9745; Complete</td><td>100%</td><td>Interim intelligence flag in place. The change to the crime recording system itself is scheduled for the Niche upgrade in October 2025.</td></tr>
<tr><td>10 - learning and training</td><td>Chief Constable</td><td>&#9744;</td><td>75%</td><td>Training review complete; rollout to neighbourhood teams continues.</td></tr>
<tr><td>15 - specialist services and ISACs</td><td>Commissioner</td><td>&#9745; Complete</td><td>100%</td><td>Commissioning review completed; two additional ISAC posts funded from April 2025.</td></tr>
<tr><td>16 - joint review</td><td>Both</td><td>&#9745; Complete</td><td>100%</td><td>Joint review reported to the Commissioner's Performance and Accountability Meeting in May 2025.</td></tr>
<tr><td>25</td><td>Both</td><td>&#9744;</td><td>0%</td><td>On hold until the NPCC publishes its national guidance.</td></tr>
</table>
""")

# 15 ------------------------------------------------------------------------------------------------------------
add(
    name="ppda-derbyshire-pcc-decision",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["derbyshire-pcc"],
    date=["2023-03-06", "2023-03-08", "2023-03"],
    responses={
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["3a"],
    absent=[],
    classes=["decision_record", "commissioner", "parts", "two_dates_signature_and_decision", "funding_decision"],
    style=Style(docx_letterhead="header_image", docx_footer="Office of the Police and Crime Commissioner for Derbyshire, Butterley Hall, Ripley DE5 3RS"),
    body="""
<div class="letterhead">Police and Crime Commissioner for Derbyshire</div>
<h1>Decision record 2023/014</h1>
<table>
<tr><th>Title</th><td>Specialist support for victims of police perpetrated domestic abuse</td></tr>
<tr><th>Decision date</th><td>6 March 2023</td></tr>
<tr><th>Value</th><td>&#163;48,000 (2023/24)</td></tr>
<tr><th>Contact</th><td>Head of Commissioning, OPCC</td></tr>
</table>
<h2>1. Executive summary</h2>
<p>1.1 The report on the Centre for Women's Justice super-complaint (30 June 2022) recommended at 3a that PCCs consider
whether local services can deal with the specific risks and vulnerabilities of victims of police perpetrated domestic
abuse and support them through the police complaints and disciplinary system. The Commissioner accepted the
recommendation in her response of August 2022.</p>
<p>1.2 A review of commissioned services found that IDVAs were not confident in advising on the complaints and
misconduct process. This decision funds a specialist PPDA advocate post, hosted by the county domestic abuse service,
for one year from 1 April 2023, with an evaluation in the autumn.</p>
<h2>2. Decision</h2>
<p>2.1 To approve funding of &#163;48,000 for a specialist PPDA advocate for 2023/24.</p>
<p>I confirm that I have considered the decision and approve it.</p>
<p>Signed: Angelique Foster, Police and Crime Commissioner for Derbyshire<br>Date: 8 March 2023</p>
""")

# 16 ------------------------------------------------------------------------------------------------------------
add(
    name="ppda-lancashire-tracker-page",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["lancashire-constabulary"],
    date=["2023-08-21"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
    },
    optional=[],
    absent=["4"],
    classes=["tracker", "cms_page", "check_boxes", "status_column_contradicted_by_update", "bau",
             "recommendation_for_others_mentioned"],
    style=Style(site="force", site_name="Lancashire Constabulary", page_title="Police perpetrated domestic abuse: our progress",
                mega_menu=["Report", "Advice", "Apply", "Contact", "Your area", "About us", "Publication scheme", "Policies and procedures"],
                related=["Professional Standards", "Domestic abuse support"]),
    body="""
<h1>Police perpetrated domestic abuse: our progress</h1>
<p>Updated: 21 August 2023</p>
<p>We accepted the three recommendations made to forces in the super-complaint report of 30 June 2022. Recommendation
4 is for the Home Office. The table shows where we are.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>What we have done</th></tr>
<tr><td>1. Audit of live and recently closed PPDA cases</td><td>&#9745; Complete</td><td>All 87 cases audited by January 2023; letter sent to the College of Policing via the NPCC.</td></tr>
<tr><td>2.</td><td>&#9745; Complete</td><td>Four of the five training modules for Professional Standards investigators are delivered. The final module, on the dynamics of coercive control by officers, will be delivered in December 2023.</td></tr>
<tr><td>3. Support services and guidance</td><td>BAU</td><td>Victims are referred to an independent specialist service at the first report; this is now our normal practice.</td></tr>
</table>
""")

# 17 ------------------------------------------------------------------------------------------------------------
add(
    name="pm-west-yorkshire-foi",
    formats=["text", "html"],
    super_complaint="protective-measures",
    authors=["west-yorkshire-police"],
    date=["2023-04-04"],
    responses={
        "1": {"progress": ["complete"]},
    },
    optional=[],
    absent=[],
    classes=["foi_reply", "history_date_distractor", "bau", "report_date_distractor", "request_date_distractor"],
    style=Style(wrap=78, site="force", site_name="West Yorkshire Police", page_title="FOI 2156/23 Released under investigation",
                furniture_words=["Home", "Report", "Advice", "FOI disclosure log", "Contact us"]),
    body="""
<h1>Freedom of Information request 2156/23</h1>
<p>Date of response: 4 April 2023<br>Date of request: 6 March 2023</p>
<p><strong>Request</strong></p>
<p>Has West Yorkshire Police implemented recommendation 1 of the report "A duty to protect" (August 2021), on
managing Released under Investigation, and what does the force do to review RUI cases?</p>
<p><strong>Response</strong></p>
<p>West Yorkshire Police can confirm that it holds information relevant to your request.</p>
<p>Yes. The force implemented processes for managing Released under Investigation in line with the NPCC Lead for Bail
Management Portfolio's letter of 29 January 2019. Every RUI case is reviewed by a supervisor at 28 days and then
monthly, and cases involving domestic abuse are reviewed by the Safeguarding Unit. These processes have been in place
since 2022 and are part of the force's normal business.</p>
<p>This response is provided under the Freedom of Information Act 2000. If you are unhappy with it you may ask for
an internal review within 40 working days.</p>
""")

# 18 ------------------------------------------------------------------------------------------------------------
add(
    name="pm-cumbria-accountability-paper",
    formats=["docx"],
    super_complaint="protective-measures",
    authors=["cumbria-constabulary"],
    optional_authors=["cumbria-pfcc"],
    date=["2022-02-15"],
    responses={
        "1": {"progress": ["in_progress"]},
    },
    optional=[],
    absent=[],
    classes=["board_paper", "own_numbering", "recommendations_by_subject_unnumbered", "bold_headings",
             "awaiting_national_unnumbered"],
    style=Style(docx_headings="bold"),
    body="""
<h1>Public Accountability Conference: 15 February 2022</h1>
<p>Report of the Chief Constable to the Police, Fire and Crime Commissioner for Cumbria</p>
<h2>Police use of protective measures in cases involving violence against women and girls</h2>
<p>1. The report "A duty to protect" was published on 24 August 2021. This paper sets out the constabulary's actions.</p>
<p><strong>Action 1 (HMICFRS recommendation 1): Released under Investigation</strong></p>
<p>2. A new RUI review process, based on the NPCC bail lead's guidance, was introduced in Barrow and Kendal in
December 2021 and will be extended to Carlisle and Workington in March. Supervisors now review each case at 28 days.</p>
<p><strong>Action 2: understanding of protective measures</strong></p>
<p>3. A briefing on the full range of protective measures has been issued to all response officers.</p>
<p><strong>Action 3: non-molestation orders</strong></p>
<p>4. How forces are notified of non-molestation orders depends on the review the report asks the Home Office and
Ministry of Justice to carry out; the constabulary will act on its outcome.</p>
<p>5. The Commissioner is asked to note the report.</p>
""")

# 19 ------------------------------------------------------------------------------------------------------------
add(
    name="hba-west-yorkshire-deputy-mayor",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-mayor"],
    date=["2022-12-16"],
    responses={},
    optional=[],
    absent=["1", "2", "3"],
    classes=["statement", "mostly_quotes_report", "recommendations_quoted_not_answered",
             "document_date_equals_report_date", "unnumbered_pcc_recommendation"],
    style=Style(site="pcc", site_name="West Yorkshire Combined Authority", page_title="Deputy Mayor for Policing and Crime responds to super-complaint",
                furniture_words=["Home", "Transport", "Policing and crime", "Business", "News", "About us"]),
    body="""
<h1>Deputy Mayor for Policing and Crime responds to super-complaint report</h1>
<p>16 December 2022</p>
<p>The Deputy Mayor for Policing and Crime has welcomed today's report on the Tees Valley Inclusion Project's
super-complaint about how the police respond to victims of sexual abuse from ethnic minority backgrounds who may be
at risk of honour-based abuse.</p>
<p>The report recommends that:</p>
<ul><li>chief constables update their forces' sexual abuse policies to include the risk of honour-based abuse;</li>
<li>chief constables make sure officers understand the cultures and religions of the communities they police, and
that investigations consider factors relevant to the culture and background of the victim or suspect;</li>
<li>the National Police Chiefs' Council takes the super-complaint into account in its review of data standards for
protected characteristics.</li></ul>
<p>The report also says police and crime commissioners should make sure their consultations before commissioning
victims' services are fully inclusive. The Deputy Mayor said: "These findings are difficult reading. I will be
asking the Chief Constable how West Yorkshire Police will respond, and I will look closely at how we consult
communities before we commission services for victims."</p>
""")

# 20 ------------------------------------------------------------------------------------------------------------
add(
    name="hba-northumbria-response",
    formats=["docx", "pdf"],
    super_complaint="honour-based-abuse",
    authors=["northumbria-police"],
    date=["2023-01"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["2a", "2b", "2c", "2d"],
    absent=["3"],
    classes=["recommendation_by_place", "month_only_date", "parts_as_bullets", "part_done", "report_date_distractor"],
    style=Style(pdf_header="Northumbria Police", pdf_ruled=True, docx_footer="Northumbria Police, Middle Engine Lane, Wallsend"),
    body="""
<h1>Northumbria Police: response to the Tees Valley Inclusion Project super-complaint</h1>
<p>January 2023</p>
<p>The report on the super-complaint, published on 16 December 2022, makes two recommendations to chief constables
and one to the National Police Chiefs' Council. Northumbria Police accepts both recommendations made to chief
constables.</p>
<h2>The first recommendation to chief constables</h2>
<p>Our Rape and Serious Sexual Offences policy was amended on 5 January 2023 to include the risk of honour-based
abuse, with a prompt in the investigation plan template. This is complete.</p>
<h2>The second recommendation to chief constables</h2>
<p>This recommendation has four parts.</p>
<table>
<tr><th>Part</th><th>Position</th></tr>
<tr><td>Officers aware of local demographics</td><td>Community profiles for each neighbourhood area published on the intranet in 2022.</td></tr>
<tr><td>Independent advisory groups reflect demographics</td><td>Review of IAG membership started; recruitment in spring 2023.</td></tr>
<tr><td>Information on culture and religion prepared with communities</td><td>Not yet started; to be developed with the force's community cohesion partners.</td></tr>
<tr><td>Investigations consider culture and background</td><td>Included in the amended policy (see above).</td></tr>
</table>
<p>The third recommendation is for the NPCC and we will adopt any national data standard it agrees.</p>
""")

# 21 ------------------------------------------------------------------------------------------------------------
add(
    name="s2s-home-office-govuk",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    date=["2021-12-15"],
    responses={
        "2": {"progress": ["complete"], "position": ["accepted", "partially_accepted"]},
        "3": {"progress": ["in_progress"]},
    },
    optional=[],
    absent=["1", "4", "5", "6"],
    classes=["govuk_page", "government_department", "joint_recommendation_with_npcc", "partial_acceptance_in_words",
             "recommendations_for_others_mentioned"],
    style=Style(site="govuk", page_title="Review of data sharing for immigration purposes: outcome"),
    body="""
<h1>Review of police data sharing for immigration purposes: outcome</h1>
<p>Home Office<br>Published 15 December 2021</p>
<h2>Summary</h2>
<p>This document sets out the outcome of the review the Home Office committed to in answer to recommendation 2 of
"Safe to share?", the report on the super-complaint by Liberty and Southall Black Sisters.</p>
<h2>Recommendation 2</h2>
<p>We have completed the review of the legal framework and policy on migrant victims and witnesses with insecure
immigration status. We do not agree that a complete firewall between the police and Immigration Enforcement is
needed, but we accept the need for clear priorities. We are introducing an Immigration Enforcement Migrant Victims
Protocol, under which information shared by the police about a victim will not be used for enforcement while the
victim is supported through the criminal justice process.</p>
<h2>Recommendation 3</h2>
<p>The Home Office and the NPCC are drafting the protocol together. It will be tested with forces and specialist
organisations in early 2022 before it is published.</p>
<h2>Recommendations to the police</h2>
<p>Recommendations 1, 4, 5 and 6 are for chief constables and police and crime commissioners, who have published their
own responses.</p>
""")

# 22 ------------------------------------------------------------------------------------------------------------
add(
    name="ms-leicestershire-pcc-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["leicestershire-pcc"],
    date=["2021-09-07", "2021-09"],
    responses={},
    optional=[],
    absent=["1"],
    classes=["cms_page", "recommendations_by_subject_unnumbered", "recommendation_quoted_not_answered",
             "commissioner", "catalogue_without_numbers"],
    style=Style(site="pcc", site_name="Leicester, Leicestershire and Rutland Police and Crime Commissioner",
                page_title="Response to the super-complaint on modern slavery",
                furniture_words=["Home", "Your PCC", "Police and Crime Plan", "Victims", "Transparency", "Contact"],
                page_dates="<p>Published 7 September 2021</p>"),
    body="""
<h1>Response to the super-complaint on the police response to victims of modern slavery</h1>
<p>The Police and Crime Commissioner has considered the report "The hidden victims", published by HMICFRS, the College
of Policing and the IOPC on 26 May 2021 in response to Hestia's super-complaint.</p>
<h2>Recommendation 1. To the Home Office</h2>
<p>"In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the Crown
Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate, commission work
to better understand the victim experience of the police response to modern slavery."</p>
<h2>Commissioner's comments</h2>
<p>The report asks chief constables to work with police and crime commissioners to understand what support victims of
modern slavery need. I have asked the Chief Constable for a joint assessment of victims' needs, to be completed by
March 2022, and my office will use it when we recommission victim services next year.</p>
<p>I will also ask the Chief Constable how officers are being trained to identify victims and refer them to the
National Referral Mechanism.</p>
""")

# 23 ------------------------------------------------------------------------------------------------------------
add(
    name="ss-west-midlands-spcb-paper",
    formats=["pdf", "html"],
    super_complaint="stop-and-search",
    authors=["west-midlands-police", "west-midlands-pcc"],
    date=["2024-04-16"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["complete"]},
        "3": {"progress": ["in_progress"]},
        "8": {"progress": ["not_started"], "position": ["accepted"]},
    },
    optional=[],
    absent=[],
    classes=["board_paper", "joint_force_pcc", "numbered_paragraphs", "answered_as_group", "acceptance_without_work",
             "cover_page", "report_date_distractor"],
    style=Style(site="pcc", site_name="West Midlands Police and Crime Commissioner", page_title="Strategic Policing and Crime Board: stop and search",
                pdf_cover="<h1>Strategic Policing and Crime Board</h1><p>16 April 2024</p><p>Agenda item 6</p>",
                pdf_header="OFFICIAL", pdf_ruled=False),
    body="""
<h1>Strategic Policing and Crime Board</h1>
<p>Date of meeting: 16 April 2024<br>Agenda item 6<br>Report of: Chief Constable and Police and Crime Commissioner</p>
<h2>Stop and search: response to the Criminal Justice Alliance super-complaint</h2>
<p>1. This report gives the joint response of West Midlands Police and the Commissioner to the super-complaint report
of 15 December 2023.</p>
<p>2. The two recommendations to chief constables on section 60 (the first and second) have been implemented:
authorisations are reviewed by the Commissioner's Stop and Search Legitimacy Panel within seven days, the reasons for
each authorisation are published on the force website, and community briefings are issued before an authorisation
starts wherever possible.</p>
<p>3. Recommendation 3, on safeguarding children who are stopped and searched, is being taken forward with the Children's
Safeguarding Partnership; a new recording template is in testing.</p>
<p>4. The Commissioner accepts recommendation 8. The review of the Legitimacy Panel's membership that it calls for
will begin after the police and crime commissioner elections in May 2024.</p>
<p>5. The Board is asked to note the report.</p>
""")

# 24 ------------------------------------------------------------------------------------------------------------
add(
    name="st-cambridgeshire-bcb-update",
    formats=["pdf", "markdown"],
    super_complaint="stalking",
    authors=["cambridgeshire-constabulary"],
    optional_authors=["cambridgeshire-pcc"],
    date=["2025-09-11"],
    responses={
        "7": {"progress": ["complete"]},
        "10": {"progress": ["in_progress"]},
        "16": {"progress": ["in_progress"]},
    },
    optional=["7.1", "7.2"],
    absent=[],
    classes=["board_paper", "several_reports", "other_report_numbers_collide", "update_months_later",
             "deadline_distractor", "running_header"],
    style=Style(pdf_header="Business Coordination Board - 11 September 2025", pdf_ruled=True),
    body="""
<h1>Business Coordination Board</h1>
<p>Report to: the Police and Crime Commissioner for Cambridgeshire and Peterborough<br>From: Chief Constable<br>Date:
11 September 2025</p>
<h2>Super-complaints: update</h2>
<p>1.1 This paper updates the Board on the super-complaint reports that remain open for the constabulary.</p>
<h3>Stalking (report of 27 September 2024)</h3>
<p>2.1 Recommendation 7: included classifications for stalking are now recorded and searchable on Athena, and the
interim intelligence flag was withdrawn in June 2025. Complete.</p>
<p>2.2 Recommendation 10: the refreshed stalking training has reached 71% of frontline officers; the remainder will
be trained by December 2025, later than the report's deadline of 27 March 2025.</p>
<p>2.3 Recommendation 16: the joint review with the Commissioner's office is under way and will report to this Board
in November.</p>
<h3>Safe to share? (report of 17 December 2020)</h3>
<p>3.1 Recommendations 1 and 4 of that report were closed by the Board in 2022 and are listed for completeness only.
No further action is required.</p>
<h3>Recommendation to the Board</h3>
<p>4.1 To note the update.</p>
""")

# 25 ------------------------------------------------------------------------------------------------------------
add(
    name="ms-college-app-update",
    formats=["html", "markdown"],
    super_complaint="modern-slavery",
    authors=["college-of-policing"],
    date=["2022-06-30", "2022-06"],
    responses={},
    optional=[],
    absent=[],
    classes=["national_body", "action_not_recommendation", "action_number_collides_with_recommendation",
             "cms_page", "report_date_distractor"],
    style=Style(site="national", site_name="College of Policing", page_title="Modern slavery APP revised",
                furniture_words=["Home", "Policing guidance", "Career and learning", "Research", "News", "About us"],
                page_dates="<p>Updated 30 June 2022</p>"),
    body="""
<h1>Modern slavery: Authorised Professional Practice revised</h1>
<p>The College of Policing has published revised Authorised Professional Practice (APP) on modern slavery.</p>
<p>The report "The hidden victims", published on 26 May 2021 on Hestia's super-complaint, set the College an action
(action 1) to review and update its APP on modern slavery as soon as possible. The revision is now complete. It
covers identifying victims, the National Referral Mechanism, the statutory defence under section 45 of the Modern
Slavery Act 2015 and supporting victims through an investigation.</p>
<p>Recommendation 1 of the report, to the Home Office, and the recommendations to chief constables and police and
crime commissioners are for those bodies to answer.</p>
<p>Forces should review their local procedures against the revised APP.</p>
""")

# 26 ------------------------------------------------------------------------------------------------------------
add(
    name="ppda-iopc-statement",
    formats=["pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["iopc"],
    date=["2022-06-30"],
    responses={},
    optional=[],
    absent=["1"],
    classes=["national_body", "investigating_body_not_recipient", "document_date_equals_report_date",
             "recommendation_described_not_answered"],
    style=Style(pdf_header="Independent Office for Police Conduct", pdf_footer="Press statement"),
    body="""
<h1>IOPC statement on the super-complaint report on police perpetrated domestic abuse</h1>
<p>30 June 2022</p>
<p>The IOPC, with HMICFRS and the College of Policing, today published its report on the Centre for Women's Justice
super-complaint on police perpetrated domestic abuse.</p>
<p>The report asks chief constables to audit live cases and those closed in the last twelve months, and to write to
the College of Policing, via the NPCC, explaining how their response to these allegations will improve. We will
use our oversight of complaints and conduct matters to check that forces refer cases to us where they should.</p>
<p>The IOPC will also review its statutory guidance on complaints so that it addresses abuse by police officers and
staff.</p>
""")
