"""heldout31: a blind held-out set of invented super-complaint response documents.

Written blind: the writer read only the brief, the corpus README, the reference catalogue and organisation
list, and the set tools (build.py, render.py); never the extraction engine, its decisions, other sets or
their documents, and never ran the engine. Every document is invented (no published response copied).

The set leans towards commissioners and their offices, police and crime panels, mayors' offices and national
bodies (Home Office, NPCC, APCC, College of Policing, HMICFRS), with a few forces. It covers the seven
published super-complaints (safe-to-share, protective-measures, modern-slavery, police-perpetrated-domestic-
abuse, honour-based-abuse, stop-and-search, stalking) in HTML, PDF, DOCX, text and Markdown.

Genres: section 29A-style PCC pages, Home Office and NPCC letters, board and panel papers with numbered
paragraphs, minutes, an FOI reply, a decision record, trackers with RAG and status columns, CMS pages with
several dates, a news item, an HMICFRS collection page, and a commissioner's update covering two reports.

Gold conventions: a recommendation's parts (3a, 7.1) are answered under the parent id; a tracker status
contradicted by its own update follows the update; acceptance with nothing said about work is not_stated,
acceptance with work said not to have begun is not_started; waiting on a national body is awaiting_national;
position only where the document states one.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []

# 1 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="s2s_northants_pfcc_s29a",
    formats=["html", "markdown"],
    super_complaint="safe-to-share",
    authors=["northamptonshire-pfcc"],
    date=["2021-02-09"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["1", "2", "3", "4", "7"],
    classes=["pcc-statutory-response", "cms-page-dates", "recs-for-others-listed", "report-date-not-doc-date",
             "by-subject-reference"],
    style=Style(site="pcc", site_name="Northamptonshire Police, Fire and Crime Commissioner",
                page_title="Commissioner's response: Safe to share? super-complaint",
                mega_menu=["Your Commissioner", "Police and Crime Plan", "Fire and Rescue", "Get involved",
                           "Funding and grants", "Transparency", "Victims and witnesses", "Contact"],
                panels=True, related=["Police and Crime Plan 2021-2024", "HMICFRS inspection responses"],
                page_dates="<p>Published: 9 February 2021</p><p>Last reviewed: 14 March 2024</p>"
                           "<p>Next review due: March 2025</p>"),
    body="""
<h1>Response to the super-complaint report on policing and immigration status</h1>
<p><strong>Statutory response under section 29A of the Police Reform Act 2002</strong></p>
<p>On 17 December 2020 HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the
Independent Office for Police Conduct published <em>Safe to share?</em>, their report on the super-complaint made by
Liberty and Southall Black Sisters. Commissioners are required to publish comments on the report within 56 days.
This is my response, dated 9 February 2021.</p>
<h2>The recommendations</h2>
<p>The report makes eight recommendations. Recommendations 1 and 4 are for chief constables and the Chief Constable
of Northamptonshire Police will publish his own response to them. Recommendations 2, 3 and 7 are for the Home Office
(recommendation 3 jointly with the National Police Chiefs' Council) and I have no comment to make on them beyond
noting that I support a clear national protocol. Two recommendations are addressed to commissioners, and I set out my
position on each below.</p>
<h2>Confidence in reporting (the recommendation made jointly to chief constables and commissioners)</h2>
<p>I accept this recommendation. My office has begun meeting the specialist organisations we fund, including the
county's refuge provider and a migrant advice charity, to agree how we tell victims with insecure status that they
can come forward. A first set of leaflets in six community languages was agreed in January and is now being
translated. This work is continuing and I will report on it to the Police, Fire and Crime Panel.</p>
<h2>Access to specialist support (recommendation 6)</h2>
<p>I accept this recommendation. I have asked my commissioning team to carry out an assessment of local access to
specialist victim support for migrant victims. The mapping started in January 2021 and I expect its findings by the
summer, when I will decide what further services to fund.</p>
<h2>Updating the Inspectorate</h2>
<p>I will provide an update on my progress to HM Chief Inspector of Constabulary by 17 June 2021, as the report asks.</p>
<p>Northamptonshire Police, Fire and Crime Commissioner</p>
"""))

# 2 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="s2s_homeoffice_letter",
    formats=["docx", "pdf", "html"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    date=["2021-12-15"],
    responses={
        "2": {"progress": ["complete"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "7": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
    },
    absent=["1", "4", "5", "6"],
    classes=["national-letter", "letterhead", "refusal", "joint-recipient-rec", "report-date-not-doc-date",
             "recs-for-others-listed"],
    style=Style(site="govuk", page_title="Home Office response to Safe to share? (accessible)",
                docx_letterhead="header_image", pdf_header="OFFICIAL", pdf_footer="Home Office, 2 Marsham Street, London SW1P 4DF"),
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>HM Chief Inspector of Constabulary<br>HMICFRS<br>4th Floor, Globe House<br>89 Eccleston Square<br>London SW1V 1PN</p>
<p>Our reference: MIN/0412933/21<br>15 December 2021</p>
<p>Dear Chief Inspector,</p>
<h2>Safe to share? Home Office response to the recommendations</h2>
<p>Thank you for the report of 17 December 2020 on the super-complaint by Liberty and Southall Black Sisters. I am
writing to set out the Government's response to the recommendations made to the Home Office. The recommendations to
chief constables (1 and 4), and those to chief constables and police and crime commissioners (5 and 6), are for those
bodies and are not covered here.</p>
<h3>Recommendation 2</h3>
<p>We accepted this recommendation. The review of the legal framework and policy for migrant victims and witnesses
of crime has concluded and is published today alongside this letter. Having considered the options, we have decided
not to legislate for a complete firewall, but the review sets out the new immigration enforcement migrant victims
protocol. This recommendation is now complete.</p>
<h3>Recommendation 3</h3>
<p>We accept this recommendation, which we share with the National Police Chiefs' Council. Officials are drafting the
safeguarding protocol with the NPCC lead for migrant victims and specialist organisations; a draft was tested with
three forces in the autumn and we expect to publish the final protocol in 2022.</p>
<h3>Recommendation 7</h3>
<p>We have considered this recommendation carefully but do not accept it. The Government's view is that the existing
arrangements, together with the protocol described above, meet the concern the report identifies, and we do not
plan further work on it.</p>
<p>I am copying this letter to the Chair of the National Police Chiefs' Council and to the Chief Executive of the
College of Policing.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime and Policing</p>
"""))

# 3 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="s2s_dyfed_powys_board_minutes",
    formats=["pdf"],
    super_complaint="safe-to-share",
    authors=["dyfed-powys-pcc", "dyfed-powys-police"],
    date=["2022-03-08"],
    responses={
        "1": ["complete"],
        "4": ["awaiting_national"],
        "5": ["in_progress"],
        "6": ["complete"],
    },
    absent=["3"],
    classes=["minutes", "pcc-board", "joint-force-pcc", "bau-is-complete", "awaiting-npcc-protocol",
             "unruled-pdf", "running-header", "named-mid-sentence", "history-dates"],
    style=Style(pdf_ruled=False, pdf_header="Policing Accountability Board - Minutes - 8 March 2022",
                pdf_footer="Office of the Police and Crime Commissioner for Dyfed-Powys"),
    body="""
<h1>Policing Accountability Board</h1>
<p><strong>Minutes of the meeting held on Tuesday 8 March 2022, Police Headquarters, Llangunnor, Carmarthen</strong></p>
<table>
<tr><td>Present:</td><td>Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable;
Chief Executive, OPCC; Head of Commissioning, OPCC; Assistant Chief Constable (Crime and Public Protection)</td></tr>
<tr><td>Apologies:</td><td>Chief Finance Officer, OPCC</td></tr>
</table>
<h2>Item 1. Minutes of the previous meeting (11 January 2022)</h2>
<p>1.1 The minutes were agreed as a true record. Action PAB/21/44 (custody survey) carried forward.</p>
<h2>Item 6. HMICFRS super-complaint: Safe to share? (policing and immigration status)</h2>
<p>6.1 The Assistant Chief Constable reported on the force's position against the recommendations addressed to chief
officers, following the Inspectorate's letter of 24 November 2021 asking for an update.</p>
<p>6.2 Since the interim instruction of January 2021 officers no longer share information about domestic abuse
victims with Immigration Enforcement where they have only doubts about status, in line with recommendation 1. The
instruction is now part of the domestic abuse policy and is audited quarterly; the ACC described this as business as
usual and the Board agreed the recommendation could be closed.</p>
<p>6.3 On safe reporting pathways the force has a draft procedure, written with two specialist organisations, but
cannot finalise it until the national safeguarding protocol (recommendation 3, for the Home Office and the NPCC) is
issued. The force will adopt the procedure as soon as the protocol is published. The Commissioner asked that the
Board be told when this happens.</p>
<p>6.4 Joint work with the OPCC to promote migrant victims' confidence in reporting continues: a community
engagement plan is under way and two outreach sessions were held in Llanelli in February.</p>
<p>6.5 The Head of Commissioning confirmed that the assessment of local access to specialist victim support asked of
commissioners by recommendation 6 was completed in September 2021, and that a new support network grant was awarded
in December.</p>
<p><strong>Action PAB/22/09:</strong> ACC to report to the Board when the force procedure on safe reporting pathways is
adopted.</p>
<h2>Item 7. Any other business</h2>
<p>7.1 None. Date of next meeting: 10 May 2022.</p>
"""))

# 4 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="s2s_west_midlands_opcc_foi",
    formats=["text", "docx"],
    super_complaint="safe-to-share",
    authors=["west-midlands-pcc"],
    date=["2023-06-14"],
    responses={
        "5": ["in_progress"],
        "6": ["complete"],
    },
    optional=["8"],
    absent=["1", "4"],
    classes=["foi-reply", "late-update", "deadline-not-date", "hard-wrapped-text", "by-place-reference",
             "reference-line"],
    style=Style(wrap=78, docx_headings="bold"),
    body="""
<div class="letterhead">Office of the West Midlands Police and Crime Commissioner<br>Lloyd House<br>Colmore Circus Queensway<br>Birmingham B4 6NQ</div>
<p>Our ref: FOI/2023/118<br>Date: 14 June 2023</p>
<h1>Freedom of Information Act 2000: response to your request</h1>
<p>Thank you for your request received on 17 May 2023. You asked:</p>
<p><em>"Did the Police and Crime Commissioner respond to the Safe to share? super-complaint report, and what has the
Commissioner done about the recommendations made to PCCs? Please also tell me whether an update was sent to the
Inspectorate by the June 2021 deadline."</em></p>
<p>We hold this information. Our response is as follows.</p>
<p>1. The Commissioner published a response to the report in February 2021. It is on our website under
Transparency, HMICFRS reports.</p>
<p>2. Two of the report's recommendations are addressed to commissioners. On the first of them, which asks chief
constables and commissioners together to promote migrant victims' confidence in reporting, the Commissioner's
Victims Commissioning Team continues to fund community outreach with specialist organisations across Birmingham,
Coventry and the Black Country; this remains ongoing work and is reviewed each year in the Victims Strategy.</p>
<p>3. On the second, the assessment of local access to specialist victim support was carried out in 2021. It found
gaps in provision for women with no recourse to public funds, and the Commissioner funded a new specialist
advocacy service from April 2022. The Commissioner regards that recommendation as completed.</p>
<p>4. An update was sent to HM Chief Inspector of Constabulary on 16 June 2021.</p>
<p>5. The recommendations to chief constables (recommendations 1 and 4) are for West Midlands Police; you may wish to
contact the force's Freedom of Information unit.</p>
<p>If you are unhappy with this response you may ask for an internal review within 40 working days, and then
complain to the Information Commissioner's Office.</p>
<p>Information Governance Officer<br>Office of the Police and Crime Commissioner</p>
"""))

# 5 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="pm_npcc_response",
    formats=["html", "pdf"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-05", "2022-06-07"],
    responses={
        "1": {"progress": ["awaiting_national"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["partially_accepted"]},
    },
    absent=["12", "13"],
    classes=["national-response", "govuk-page", "two-dates", "awaiting-legislation", "partial-acceptance",
             "group-reference", "recs-for-others-listed"],
    style=Style(site="govuk", page_title="National Police Chiefs' Council (NPCC) response to recommendations (accessible)",
                pdf_header="NPCC response - A duty to protect", pdf_cover=
                "<h1>A duty to protect</h1><p>National Police Chiefs' Council response to the recommendations of the "
                "super-complaint report on police use of protective measures</p><p>May 2022</p>"),
    body="""
<h1>National Police Chiefs' Council (NPCC) response to recommendations</h1>
<p>Published 7 June 2022</p>
<h2>Introduction</h2>
<p>The report <em>A duty to protect</em>, published on 24 August 2021, made a total of 15 recommendations, of which
10 directly required a response from chief constables and the NPCC. This response is written by the NPCC lead for
domestic abuse with the NPCC lead for bail management, on behalf of chief constables, and is dated May 2022.
Recommendations 12 and 13, to the Home Office and the Ministry of Justice, are for government and are not addressed
here.</p>
<h2>Recommendation 1: Released under investigation</h2>
<p>Chiefs accept this recommendation. Forces already apply the guidance in the letter of January 2019, but the
changes to pre-charge bail in the Police, Crime, Sentencing and Courts Bill will change the framework within which
RUI is managed. Forces will revise their processes once the provisions are commenced and Home Office guidance is
issued; until then no further national work is planned.</p>
<h2>Recommendation 2</h2>
<p>Accepted. All forces have been asked to review how bail conditions are set in VAWG cases and to include the
victim's views; 31 forces have completed their reviews and the rest will report by September 2022.</p>
<h2>Recommendation 3</h2>
<p>Accepted. The NPCC domestic abuse portfolio issued briefing material on the full range of protective measures to
all forces in February 2022. This recommendation is complete.</p>
<h2>Recommendation 6</h2>
<p>Chiefs accept the part of this recommendation on recording breaches, but not the proposal for a national
performance measure, which the NPCC does not consider proportionate. Work on recording is in progress with the
Home Office data team.</p>
<h2>Other recommendations</h2>
<p>Our response to the remaining recommendations for chief constables will follow in a second letter.</p>
"""))

# 6 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="pm_essex_tracker",
    formats=["pdf", "docx"],
    super_complaint="protective-measures",
    authors=["essex-police"],
    date=["2022-10-31"],
    responses={
        "1": ["in_progress"],
        "2": ["complete"],
        "3": ["complete"],
        "4": ["not_started"],
        "5": ["awaiting_national"],
    },
    classes=["force-tracker", "rag-status", "status-update-disagree", "bau-is-complete", "awaiting-national",
             "ruled-pdf", "force-own-numbering"],
    style=Style(pdf_header="Essex Police - OFFICIAL", pdf_footer="Reviewed at the VAWG Strategic Board, 31 October 2022"),
    body="""
<h1>A duty to protect: Essex Police action tracker</h1>
<p>Owner: Detective Chief Superintendent, Public Protection. Governance: VAWG Strategic Board, with quarterly
scrutiny by the Police, Fire and Crime Commissioner's Performance and Resources Board.</p>
<p>Position as at 31 October 2022. Report published 24 August 2021.</p>
<table>
<tr><th>Ref</th><th>Report rec.</th><th>Summary</th><th>RAG</th><th>Status</th><th>Update</th></tr>
<tr><td>EP-PM-01</td><td>1</td><td>Released under investigation processes</td><td>Green</td><td>Complete</td><td>RUI
review panel set up in June; audit of the RUI cases still open is ongoing and will finish in December 2022.</td></tr>
<tr><td>EP-PM-02</td><td>2</td><td>Bail conditions and victims' views</td><td>Green</td><td>Complete</td><td>Victim
consultation before bail decisions is mandated in the custody bail policy (v3.1). Business as usual.</td></tr>
<tr><td>EP-PM-03</td><td>3</td><td>Officer understanding of protective measures</td><td>Green</td><td>BAU</td><td>Protective
measures module delivered to all response officers; now part of the probationer course.</td></tr>
<tr><td>EP-PM-04</td><td>4</td><td>Non-molestation orders</td><td>Red</td><td>Not started</td><td>Scoping due to begin in
the new year once the DA team restructure is complete.</td></tr>
<tr><td>EP-PM-05</td><td>5</td><td>DVPN/DVPO use</td><td>Amber</td><td>On hold</td><td>Awaiting the Home Office's new
statutory guidance on Domestic Abuse Protection Orders before local procedures are rewritten.</td></tr>
</table>
"""))

# 7 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ms_homeoffice_response",
    formats=["pdf"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-11"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["national-response", "cover-page", "quoted-rec-then-answer", "report-date-not-doc-date",
             "month-only-date", "lettered-parts"],
    style=Style(pdf_cover="<h1>The hidden victims</h1><h2>Home Office response to the recommendation made to the Home "
                          "Office</h2><p>Modern Slavery Unit</p><p>November 2021</p>",
                pdf_header="Home Office response: The hidden victims", pdf_footer="OFFICIAL"),
    body="""
<h1>Home Office response to The hidden victims</h1>
<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the Independent Office
for Police Conduct published <em>The hidden victims</em>, their report on Hestia's super-complaint about the police
response to victims of modern slavery, on 26 May 2021. This document sets out the Home Office's response to the one
recommendation made to the department.</p>
<h2>Recommendation 1. To the Home Office</h2>
<p><em>In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the
Crown Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate,
commission work to:</em></p>
<ul>
<li><em>Better understand the victim experience of the police response to modern slavery and the wider response from
immigration and other law enforcement agencies; and</em></li>
<li><em>Assess the extent to which victims' needs are met.</em></li>
</ul>
<h3>Response</h3>
<p>The Home Office accepts this recommendation. We have commissioned an independent research partner, through the
Modern Slavery and Human Rights Policy and Evidence Centre, to examine victims' experience of the police and
immigration response. Fieldwork began in October 2021 and interviews with survivors are being arranged with the
support of the Independent Anti-Slavery Commissioner and voluntary sector partners. We expect the research to
report in the second half of 2022, and we will share its findings with the NPCC and the College of Policing.</p>
<h2>Recommendations to chief constables and police and crime commissioners</h2>
<p>The report's other recommendations are for chief constables and police and crime commissioners, whose responses
are published separately by the NPCC and the APCC.</p>
"""))

# 8 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ms_college_statement",
    formats=["html", "markdown"],
    super_complaint="modern-slavery",
    authors=["college-of-policing"],
    date=["2022-04-12"],
    responses={},
    absent=["1"],
    classes=["national-body-page", "action-not-recommendation", "no-responses", "recs-for-others-listed",
             "cms-page-dates"],
    style=Style(site="national", site_name="College of Policing", page_title="Modern slavery APP: update following The hidden victims",
                furniture_words=["Home", "Guidance", "Learning", "Career", "Research", "News"],
                page_dates="<p>First published 12 April 2022</p><p>Updated 3 November 2023: link to revised APP added</p>"),
    body="""
<h1>Modern slavery Authorised Professional Practice: our update</h1>
<p>12 April 2022</p>
<p>The super-complaint report <em>The hidden victims</em> set an action for the College of Policing: to review and
update our Authorised Professional Practice (APP) on modern slavery as soon as possible. This page explains what we
have done.</p>
<h2>Action 1 (College of Policing)</h2>
<p>We have completed the review of the modern slavery APP with the NPCC lead for modern slavery and specialist
partners. The revised APP will be published later in 2022, together with amendments to related guidance on
vulnerability and risk.</p>
<h2>Recommendations to other bodies</h2>
<p>The report also makes recommendations to the Home Office, chief constables and police and crime commissioners.
Recommendation 1, to the Home Office, asks it to commission work to better understand the victim experience of the
police response to modern slavery. We will support that work where asked; responses to the recommendations are a
matter for the bodies they are addressed to.</p>
"""))

# 9 ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ppda_surrey_pcc_response",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["surrey-pcc"],
    date=["2022-08-24"],
    responses={
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["1", "2", "4"],
    classes=["pcc-statutory-response", "lettered-part-under-parent", "cms-accordion", "cms-page-dates",
             "recs-for-others-listed"],
    style=Style(site="pcc", site_name="Surrey Police and Crime Commissioner",
                page_title="Commissioner's response to police super-complaint about police perpetrated domestic abuse",
                furniture_words=["Home", "About the Commissioner", "Statutory responses", "Funding", "News", "Contact"],
                related=["Police and Crime Plan", "Domestic abuse services in Surrey"],
                page_dates="<p>Posted on 24 August 2022</p><p>Page last updated 9 January 2024</p>"),
    body="""
<h1>Commissioner's response to police super-complaint about police perpetrated domestic abuse</h1>
<p>The report on the Centre for Women's Justice super-complaint was published on 30 June 2022. Police and crime
commissioners must publish a response within 56 days. The Commissioner's response is below.</p>
<h2>Show all sections</h2>
<h3>Recommendations for chief constables and the Home Office</h3>
<p>Recommendations 1 and 2 are for chief constables and the Commissioner will scrutinise Surrey Police's audit of
police perpetrated domestic abuse cases through her Performance Meeting. Recommendation 4 is for the Home Office.</p>
<h3>Recommendation 3a</h3>
<p><em>PCCs, MoJ and Chief Constables should make sure their provision of domestic abuse support services and
guidance is capable of meeting the specific needs of all non-police and police victims of PPDA. For PCCs, this should
include the following: PCCs considering whether local services are capable of dealing with the specific risks and
vulnerabilities of PPDA victims and supporting them when engaging with the police complaints and disciplinary
system.</em></p>
<p>The Commissioner accepts this recommendation. Her office has started a review with the outreach services she
funds in each borough, asking how they support victims whose abuser is a police officer or member of staff and how
they help victims through the complaints system. The review will report in the autumn and any gaps will be
addressed in the next round of commissioning.</p>
<h3>Contact</h3>
<p>If you would like to discuss this response, please contact the Office of the Police and Crime Commissioner.</p>
"""))

# 10 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ppda_npcc_chair_letter",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["npcc"],
    date=["2022-09-05"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["not_stated"], "position": ["accepted"]},
        "3": {"progress": ["not_stated"], "position": ["accepted"]},
    },
    absent=["4"],
    classes=["national-letter", "letterhead-table", "group-reference", "acceptance-only",
             "report-date-not-doc-date", "deadline-not-date"],
    style=Style(docx_letterhead="table", docx_footer="National Police Chiefs' Council, 1st Floor, 10 Victoria Street, London SW1H 0NN"),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>Chair<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>HM Chief Inspector of Constabulary<br>By email</p>
<p>5 September 2022</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</strong></p>
<p>I write following the publication of the report on 30 June 2022 to confirm the position of chief constables.</p>
<p>All 43 territorial forces in England and Wales, together with the British Transport Police and the Police Service
of Northern Ireland, have confirmed that they accept the three recommendations made for policing.</p>
<p>The first of these asks forces to audit live cases and those closed in the twelve months to 30 June 2022. Every
force has now begun that audit, and I have asked chief constables to write to the College of Policing, through the
NPCC, by 30 December 2022 as the recommendation requires. The NPCC will then publish an overview of the forces'
responses.</p>
<p>The recommendation to the Home Office is a matter for the department.</p>
<p>Yours sincerely,</p>
<p>Chair, National Police Chiefs' Council</p>
"""))

# 11 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ppda_mopac_oversight_paper",
    formats=["pdf", "html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["london-mayor"],
    optional_authors=["metropolitan-police-service"],
    date=["2023-03-16"],
    responses={
        "1": ["complete"],
        "3": ["in_progress"],
    },
    absent=["4"],
    classes=["mayor-office", "board-paper", "numbered-paragraphs", "own-numbering", "by-subject-reference",
             "history-dates", "joint-force-pcc"],
    style=Style(site="pcc", site_name="Mayor of London - MOPAC", page_title="Oversight Board: police perpetrated domestic abuse",
                furniture_words=["Home", "MOPAC", "Police and Crime Plan", "Governance", "Data and research"],
                page_dates="<p>Meeting date: 16 March 2023</p><p>Published: 29 March 2023</p>",
                pdf_header="MOPAC Oversight Board - 16 March 2023 - Agenda item 5", pdf_ruled=False),
    body="""
<h1>MOPAC Oversight Board</h1>
<p><strong>Agenda item 5: Police perpetrated domestic abuse super-complaint - progress</strong></p>
<p>Report by: Director of Oversight and Performance, Mayor's Office for Policing and Crime<br>Date of meeting: 16 March 2023</p>
<h2>1. Purpose</h2>
<p>1.1 This paper updates the Board on the Metropolitan Police Service's and MOPAC's progress on the recommendations
of the report on the Centre for Women's Justice super-complaint (30 June 2022).</p>
<h2>2. The audit of PPDA cases (report recommendation 1)</h2>
<p>2.1 The MPS audited 1,131 live and recently closed cases between July and December 2022 and wrote to the College of
Policing through the NPCC on 22 December 2022. 2.2 MOPAC has reviewed the audit findings with the MPS Directorate of
Professional Standards and is satisfied that the recommendation has been delivered; the learning is now reflected in
the MPS's professional standards procedures.</p>
<h2>3. Support services for victims of PPDA (recommendation 3, part a)</h2>
<p>3.1 MOPAC is considering, with the London Victim and Witness Service and the specialist domestic abuse services it
commissions, whether they can meet the needs of victims whose abuser works for the police. 3.2 A workshop was held on
2 February 2023 and a specification for specialist advocacy is being drafted for the 2023/24 commissioning round.</p>
<h2>4. Home Office recommendation</h2>
<p>4.1 The Home Office's response to recommendation 4 was published in November 2022; MOPAC has no further role.</p>
<h2>5. Recommendation to the Board</h2>
<p>5.1 The Board is asked to note the progress described in sections 2 and 3.</p>
"""))

# 12 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="ppda_homeoffice_minister_letter",
    formats=["docx", "text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["home-office"],
    date=["2022-11-15"],
    responses={
        "4": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
    },
    absent=["3"],
    classes=["national-letter", "letterhead-in-header", "refusal", "spelled-number", "typed-line-breaks",
             "report-date-not-doc-date"],
    style=Style(docx_letterhead_in_header=True, docx_headings="bold", wrap=72),
    body="""
<div class="letterhead">Home Office<br>Minister of State for Crime, Policing and Fire<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>15 November 2022</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report of 30 June 2022 on the super-complaint about police perpetrated domestic abuse. I am
sorry for the delay in replying.</p>
<p><strong>Recommendation four</strong></p>
<p>The report asks the Home Office to consider whether it would be appropriate to change the framework for
handling these cases. We have considered this carefully with the Independent Office for Police Conduct and the
NPCC. We have concluded that the existing statutory framework, with the changes made in 2020 to the complaints
and discipline system, already provides what is needed, and so we will not be taking this recommendation forward
at this time.</p>
<p>I note that recommendation 3 includes a part for the Ministry of Justice, which will reply separately.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""))
