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
    date=["2023-03-16", "2023-03-29"],
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

# 13 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="hba_west_yorkshire_panel_report",
    formats=["docx"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-mayor"],
    optional_authors=["west-yorkshire-police"],
    date=["2023-11-10"],
    responses={
        "1": ["complete"],
        "2": ["in_progress"],
    },
    absent=["3"],
    classes=["panel-paper", "mayor-office", "numbered-paragraphs", "unnumbered-pcc-rec-distractor",
             "rec-for-npcc-mentioned", "by-subject-reference"],
    style=Style(docx_headings="styles", docx_footer="West Yorkshire Combined Authority, Wellington House, Leeds LS1 2DE"),
    body="""
<h1>West Yorkshire Police and Crime Panel</h1>
<p><strong>Report of the Deputy Mayor for Policing and Crime</strong><br>Meeting: 10 November 2023<br>Agenda item 9</p>
<h2>Tees Valley Inclusion Project super-complaint: progress</h2>
<h3>1. Purpose</h3>
<p>1.1 To update the Panel on progress in West Yorkshire against the report on the Tees Valley Inclusion Project's
super-complaint, published on 16 December 2022, which the Panel last considered in February 2023.</p>
<h3>2. Background</h3>
<p>2.1 The report made recommendations to chief constables, to police and crime commissioners and mayors, and to the
National Police Chiefs' Council. The Deputy Mayor scrutinises the force's progress through the Community Outcomes
Meeting.</p>
<h3>3. Progress</h3>
<p>3.1 <strong>Sexual abuse policy.</strong> West Yorkshire Police revised its rape and serious sexual offences policy
in April 2023 so that it now includes the risk of honour-based abuse, as the first recommendation required. The
Deputy Mayor considers this recommendation discharged.</p>
<p>3.2 <strong>Cultural awareness.</strong> The force has refreshed the membership of its independent advisory groups in
all five districts and is preparing community information packs with local partners; packs for Bradford and Kirklees
are finished and the remaining three districts will follow by March 2024. Recommendation 2 is therefore still in
progress.</p>
<p>3.3 <strong>Ethnicity data.</strong> The recommendation to the NPCC on data standards for protected characteristics
is being taken forward nationally.</p>
<p>3.4 <strong>Commissioning.</strong> The recommendation that commissioners make their consultations before commissioning
victims' services fully inclusive is being met through the Mayor's 2024 victims' needs assessment, whose community
engagement phase began in October.</p>
<h3>4. Recommendation</h3>
<p>4.1 That the Panel notes this report.</p>
"""))

# 14 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="hba_npcc_updated_response",
    formats=["pdf", "html"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-25"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["awaiting_national", "in_progress"], "position": ["accepted"]},
    },
    classes=["national-response", "govuk-page", "quoted-rec-then-answer", "lettered-parts", "awaiting-home-office",
             "history-dates", "percentages"],
    style=Style(site="govuk", page_title="Updated NPCC response to TVIP super-complaint",
                pdf_header="NPCC - OFFICIAL", pdf_ruled=True),
    body="""
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>Updated 25 March 2024</p>
<p>When the report was published on 16 December 2022 the NPCC accepted its recommendations on behalf of policing.
This update, prepared by the NPCC lead for honour-based abuse, forced marriage and female genital mutilation, sets out
forces' progress against the three key recommendations.</p>
<h2>Recommendation 1: The risk of honour-based abuse</h2>
<p><em>We found forces generally only include the risk of honour-based abuse in their domestic abuse policies, so we
recommend that chief constables update their forces' sexual abuse policies to include the risk of honour-based
abuse.</em></p>
<p>Of the 45 forces that returned the NPCC survey, 39 (87%) have updated their sexual abuse policies. The remaining six
have drafts in consultation and expect to publish them by the summer of 2024.</p>
<h2>Recommendation 2: Cultural awareness</h2>
<p><em>Chief constables should make sure that officers and staff are aware of the demographics of the communities they
police; independent advisory groups reflect these demographics; forces work with local communities to prepare
up-to-date information on culture and religion; and investigations consider any extra factors relevant to the culture
and background of the victim or suspect.</em></p>
<table>
<tr><th>Element</th><th>Forces reporting complete</th></tr>
<tr><td>Demographic awareness</td><td>41 of 45</td></tr>
<tr><td>Independent advisory groups</td><td>36 of 45</td></tr>
<tr><td>Community information on culture and religion</td><td>22 of 45</td></tr>
<tr><td>Investigative consideration</td><td>30 of 45</td></tr>
</table>
<p>Work continues in every force and the NPCC will survey again in 2025.</p>
<h2>Recommendation 3: Consideration of findings</h2>
<p>The NPCC's review of data standards for recording protected characteristics has taken the super-complaint into
account, and the revised standard includes ethnicity recording for victims of sexual offences. The standard cannot be
issued to forces until it has been approved by the Home Office's Police Data Standards Board, which is expected to
consider it later this year.</p>
"""))

# 15 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="hba_cleveland_police_page",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2023-09-12", "2023-02-10"],
    responses={
        "1": ["complete"],
        "2": ["in_progress"],
    },
    optional=["3"],
    classes=["force-page", "check-boxes", "part-done", "cms-page-dates", "rec-for-npcc-mentioned",
             "panels-and-furniture"],
    style=Style(site="force", site_name="Cleveland Police", page_title="Our response to the honour-based abuse super-complaint",
                mega_menu=["Report", "Advice", "News", "Your area", "Jobs", "About us", "Contact", "FOI"],
                panels=True, related=["Domestic abuse", "Honour-based abuse and forced marriage"],
                page_dates="<p>Published: 10 February 2023</p><p>Page updated: 12 September 2023</p>"),
    body="""
<h1>Our response to the Tees Valley Inclusion Project super-complaint</h1>
<p>The super-complaint was raised by the Tees Valley Inclusion Project, which works in our area. We welcome the
report and this page shows where we are with each recommendation made to chief constables.</p>
<h2>Recommendation 1: sexual abuse policies</h2>
<p>&#9745; Rape and serious sexual offences policy amended to include the risk of honour-based abuse (June 2023)<br>
&#9745; Briefing to all investigators in the Sexual Offences Unit</p>
<p>Status: Complete</p>
<h2>Recommendation 2: cultural awareness</h2>
<p>&#9745; Demographic profiles for each neighbourhood published on our intranet<br>
&#9745; Independent advisory group membership reviewed with the Tees Valley Inclusion Project<br>
&#9744; Community information on culture and religion (with partners; drafting)<br>
&#9744; Investigation checklist for cultural and background factors</p>
<p>Status: In progress</p>
<h2>Recommendation 3</h2>
<p>This recommendation is for the National Police Chiefs' Council. We will adopt the revised national data standards
for recording ethnicity when they are published.</p>
"""))

# 16 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="hba_hmicfrs_collection_page",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["hmicfrs"],
    date=["2024-03-25", "2022-12-16"],
    responses={},
    absent=["1", "2", "3"],
    classes=["hmicfrs-collection-page", "quotes-report-only", "no-responses", "two-dates", "links-to-responses"],
    style=Style(site="national", site_name="HMICFRS", page_title="Report on Tees Valley Inclusion Project super-complaint",
                furniture_words=["Home", "Our work", "Publications", "Police", "Fire and rescue", "News"],
                page_dates="<p>Published on: 16 December 2022</p><p>Last updated: 25 March 2024</p>"),
    body="""
<h1>How the police respond to victims of sexual abuse when the victim is from an ethnic minority background and may
be at risk of honour-based abuse</h1>
<p>Report on Tees Valley Inclusion Project's super-complaint</p>
<h2>About this report</h2>
<p>On 7 August 2020 the Tees Valley Inclusion Project made a super-complaint about how the police respond to victims of
sexual abuse from ethnic minority backgrounds who may be at risk of honour-based abuse. HMICFRS, the College of
Policing and the IOPC investigated it together.</p>
<h2>Recommendations</h2>
<p>We made recommendations to chief constables, police and crime commissioners and the National Police Chiefs'
Council, including:</p>
<ul>
<li>Recommendation 1: chief constables should update their forces' sexual abuse policies to include the risk of
honour-based abuse.</li>
<li>Recommendation 2: chief constables should improve officers' and staff's awareness of the cultures and religions
of the communities they police.</li>
<li>Recommendation 3: the National Police Chiefs' Council should take the super-complaint into account when proposing
changes to address the lack of recorded ethnicity data.</li>
</ul>
<h2>Responses to the recommendations</h2>
<ul>
<li>NPCC statement in response to the report (16 December 2022)</li>
<li>Updated NPCC response (25 March 2024)</li>
</ul>
<h2>Downloads</h2>
<p>Full report (PDF, 1.2MB). Easy read version (PDF, 800KB).</p>
"""))

# 17 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="sas_apcc_response",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["apcc"],
    date=["2024-05-13"],
    responses={
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["national-response", "govuk-page", "collated-pcc-response", "report-date-not-doc-date"],
    style=Style(site="govuk", page_title="Association of Police and Crime Commissioners response: CJA super-complaint"),
    body="""
<h1>Association of Police and Crime Commissioners response: Criminal Justice Alliance super-complaint</h1>
<p>Published 13 May 2024</p>
<p>The report on the Criminal Justice Alliance's super-complaint about section 60 and independent community
scrutiny of stop and search was published on 15 December 2023. It made ten recommendations. One of them,
recommendation 8, is addressed to police and crime commissioners and their equivalents, and the APCC agreed to
collate their responses.</p>
<h2>Recommendation 8</h2>
<p>All 43 police and crime commissioners, police, fire and crime commissioners and deputy mayors have told us that they
accept recommendation 8.</p>
<p>Most commissioners already support independent community scrutiny of stop and search, and many fund or host
scrutiny panels. Since the report, commissioners have been reviewing their panels' terms of reference, training and
membership, and how they scrutinise section 60 authorisations. Twenty-one commissioners told us that this review is
finished; the others expect to finish it during 2024. The APCC is working with the College of Policing on shared
training materials for panel members.</p>
<h2>Other recommendations</h2>
<p>The recommendations for chief constables, the NPCC and the Home Office will be answered by those bodies.</p>
<p>APCC Joint Leads for Race Equality, Equality, Diversity and Human Rights</p>
"""))

# 18 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="sas_durham_decision_record",
    formats=["docx"],
    super_complaint="stop-and-search",
    authors=["durham-pcc"],
    date=["2024-03-04"],
    responses={
        "8": {"progress": ["not_started"], "position": ["accepted"]},
    },
    classes=["decision-record", "acceptance-nothing-done", "form-table", "future-dates-not-doc-date"],
    style=Style(docx_headings="bold", docx_letterhead="header_image"),
    body="""
<div class="letterhead">Durham Police, Crime and Victims' Commissioner</div>
<h1>Decision record 07/2024</h1>
<table>
<tr><td>Title</td><td>Response to the super-complaint report on section 60 and community scrutiny of stop and search</td></tr>
<tr><td>Decision maker</td><td>Police, Crime and Victims' Commissioner</td></tr>
<tr><td>Date of decision</td><td>4 March 2024</td></tr>
<tr><td>Public or confidential</td><td>Public</td></tr>
</table>
<h2>Background</h2>
<p>The report on the Criminal Justice Alliance super-complaint, published in December 2023, recommends that police and
crime commissioners strengthen independent community scrutiny of stop and search (recommendation 8). The six
recommendations to chief constables will be answered by the Chief Constable of Durham Constabulary.</p>
<h2>Decision</h2>
<p>I accept recommendation 8. I approve a grant of up to &#163;18,000 to recruit and train young people to join the
Stop and Search Scrutiny Panel and to extend the panel's remit to section 60 authorisations.</p>
<h2>Implementation</h2>
<p>No work has yet begun. Recruitment will start in May 2024 and the first enlarged panel meeting is planned for
September 2024.</p>
<h2>Declaration</h2>
<p>I confirm that I have no personal interest in this decision.</p>
<p>Signed: Police, Crime and Victims' Commissioner<br>Date: 4 March 2024</p>
"""))

# 19 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="sas_leicestershire_opcc_panel_update",
    formats=["markdown"],
    super_complaint="stop-and-search",
    authors=["leicestershire-pcc"],
    date=["2025-09-24"],
    responses={
        "8": ["complete"],
    },
    classes=["panel-paper", "late-update", "bau-is-complete", "report-date-not-doc-date", "group-unnumbered"],
    body="""
<h1>Leicestershire Police and Crime Panel</h1>
<p><strong>Report of the Office of the Police and Crime Commissioner</strong><br>Date: 24 September 2025</p>
<h2>Independent scrutiny of stop and search: update</h2>
<p>1. In December 2023 the report on the Criminal Justice Alliance's super-complaint asked commissioners to strengthen
independent community scrutiny of stop and search. The Commissioner accepted that recommendation in February 2024 and
reported to the Panel on it in June 2024.</p>
<p>2. Since then the OPCC has rewritten the terms of reference of the Independent Stop and Search Scrutiny Panel. Every
section 60 authorisation is now reviewed by the panel within 28 days; all members completed the new training in
January 2025; and the panel has co-opted four members aged under 25.</p>
<p>3. The Commissioner considers recommendation 8 complete. The arrangements are now part of the OPCC's normal
scrutiny programme and are reported in the annual report.</p>
<p>4. The Chief Constable's action plan on the recommendations for chief constables is published on the force's
website and is scrutinised at the Commissioner's Strategic Assurance Board.</p>
<p>5. The Panel is asked to note the report.</p>
"""))

# 20 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_apcc_summary_response",
    formats=["pdf"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2024-12", "2025-01-08"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["not_started"], "position": ["accepted"]},
        "25": {"progress": ["not_stated"], "position": ["accepted"]},
    },
    optional=["27"],
    classes=["national-response", "cover-page", "collated-pcc-response", "deadline-not-date", "two-dates",
             "acceptance-only", "quoted-rec-then-answer"],
    style=Style(pdf_cover="<h1>The police response to stalking</h1><h2>APCC summary response on behalf of police and "
                          "crime commissioners</h2><p>December 2024</p>",
                pdf_header="APCC summary response - stalking super-complaint",
                pdf_footer="Published on GOV.UK on 8 January 2025"),
    body="""
<h1>APCC summary response</h1>
<p>The report on the Suzy Lamplugh Trust's super-complaint, <em>The police response to stalking</em>, was published on 27
September 2024 and made 29 recommendations. The Association of Police and Crime Commissioners agreed to respond on
behalf of all police and crime commissioners, as recommendation 27 asks. Three recommendations are for commissioners:
15, 16 and 25, and 16 and 25 are also directed to chief constables.</p>
<h2>Recommendation 15</h2>
<p><em>By 27 March 2025, review whether the right specialist services have been commissioned to support stalking victims
in their area, including provision of trained independent stalking advocate caseworkers (ISACs).</em></p>
<p>All 43 commissioners accept this recommendation. Twenty-eight already commission ISAC services; every commissioner
has now started the review the recommendation asks for and will complete it by the March deadline.</p>
<h2>Recommendation 16</h2>
<p>This recommendation asks commissioners and chief constables to work together on a joint review by 27 March 2025.
All commissioners accept it. Joint reviews with chief constables have not yet begun; most will
start them once the force action plans published in November 2024 are in place.</p>
<h2>Recommendation 25</h2>
<p>All commissioners accept this recommendation.</p>
<p>APCC Victims Portfolio Lead<br>December 2024</p>
"""))

# 21 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_kent_pcc_letter",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["kent-pcc"],
    date=["2025-03-20"],
    responses={
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
        "25": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    absent=["7", "10"],
    classes=["pcc-letter", "letterhead-in-header", "reference-line", "deadline-not-date", "awaiting-npcc",
             "history-dates", "typed-line-breaks"],
    style=Style(docx_letterhead_in_header=True, pdf_ruled=False,
                pdf_header="Office of the Kent Police and Crime Commissioner"),
    body="""
<div class="letterhead">Office of the Kent Police and Crime Commissioner<br>Sutton Road<br>Maidstone<br>Kent ME15 9BZ</div>
<p>Our ref: OPCC/HMI/2025/031<br>Your ref: SC-STK-0927</p>
<p>20 March 2025</p>
<p>HM Inspector of Constabulary<br>Super-complaints team<br>HMICFRS</p>
<p>Dear HM Inspector,</p>
<p><strong>Super-complaint: the police response to stalking</strong></p>
<p>Ahead of the deadline of 27 March 2025, I write to set out my progress on the three recommendations
made to police and crime commissioners, all of which I accepted in my response of 3 December 2024.</p>
<p><strong>Recommendation 15.</strong> My review of specialist services for stalking victims in Kent and Medway was
completed in January 2025. It confirmed that the ISAC service I commission is meeting demand, and I have
extended its contract to March 2027 with an additional caseworker for Medway. I consider this recommendation
complete.</p>
<p><strong>Recommendation 16.</strong> The Chief Constable and I began our joint review of commissioning
arrangements in February; it will report to my Performance and Delivery Board in May 2025.</p>
<p><strong>Recommendation 25.</strong> I cannot take this forward until the NPCC stalking lead issues the national
guidance that was promised for the spring; my office will act on it as soon as it is published.</p>
<p>The recommendations to chief constables, including recommendations 7 and 10, are addressed in Kent Police's own
action plan.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Kent</p>
"""))

# 22 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_hertfordshire_action_plan",
    formats=["html"],
    super_complaint="stalking",
    authors=["hertfordshire-constabulary"],
    date=["2025-04-02"],
    responses={
        "7": ["in_progress"],
        "10": ["complete"],
    },
    absent=["15"],
    classes=["force-tracker", "status-update-disagree", "sub-numbering-7.1", "bau-is-complete", "cms-page-dates",
             "rec-for-pcc-mentioned", "deadline-not-date"],
    style=Style(site="force", site_name="Hertfordshire Constabulary", page_title="Stalking super-complaint action plan",
                mega_menu=["Report", "Advice", "News", "Your area", "Careers", "About us", "Contact us"],
                related=["Stalking advice", "Police and Crime Commissioner for Hertfordshire"],
                page_dates="<p>Published: 21 November 2024</p><p>Last updated: 2 April 2025</p>"),
    body="""
<h1>Police response to stalking: our action plan</h1>
<p>The super-complaint report made 15 recommendations to chief constables. This plan, first published on 21 November
2024 as the report required, shows our progress. Most recommendations were due by 27 March 2025.</p>
<table>
<tr><th>Rec</th><th>Evidence requirement</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Crime recording system able to record and search included classifications</td><td>Complete</td>
<td>Change request raised with our records system supplier in December; release now expected in June 2025.</td></tr>
<tr><td>7.1</td><td>Processes to make sure the capability is used</td><td>Not started</td><td>Will follow the system
release.</td></tr>
<tr><td>7.2</td><td>Interim measures so stalking is searchable</td><td>Complete</td><td>Intelligence submission required on
every stalking-related crime since January 2025.</td></tr>
<tr><td>10</td><td>Learning and training on stalking reviewed and updated</td><td>BAU</td><td>Stalking e-learning
revised and mandatory for all officers and staff; refresher is part of the annual training plan.</td></tr>
<tr><td>15</td><td>Specialist services (for the PCC)</td><td>N/A</td><td>This recommendation is for the Police and Crime
Commissioner.</td></tr>
</table>
"""))

# 23 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_cambridgeshire_panel_minutes",
    formats=["text"],
    super_complaint="stalking",
    authors=["cambridgeshire-pcc"],
    date=["2025-06-18"],
    responses={
        "15": ["complete"],
        "16": ["in_progress"],
        "25": ["not_started"],
    },
    classes=["minutes", "panel", "by-place-reference", "hard-wrapped-text", "history-dates"],
    style=Style(wrap=80, upper_h1=True),
    body="""
<h1>Cambridgeshire Police and Crime Panel</h1>
<p>Minutes of the meeting held on Wednesday 18 June 2025 at New Shire Hall, Alconbury Weald</p>
<p>Present: Councillors (Chair and eight members), two independent co-opted members. Also present: the Police and
Crime Commissioner, the Deputy Police and Crime Commissioner and the OPCC Chief Executive.</p>
<h2>24. Minutes and action log</h2>
<p>The minutes of the meeting of 12 March 2025 were agreed.</p>
<h2>25. Stalking super-complaint: Commissioner's update</h2>
<p>The Commissioner reported on the recommendations made to commissioners in the report on the Suzy Lamplugh Trust's
super-complaint. On the first of them, the review of specialist services for stalking victims, he said the review was
finished in March and that an independent stalking advocacy service covering Cambridgeshire and Peterborough had been
commissioned from 1 April 2025. The second, which he shares with the Chief Constable, was progressing: a joint
commissioning review had started and would report in the autumn. Work on recommendation 25 had not started yet and
would be planned once the joint review reported.</p>
<p>A member asked whether the new service had enough caseworkers. The Commissioner said demand would be reviewed after
six months.</p>
<p>RESOLVED: to note the update.</p>
<h2>26. Date of next meeting</h2>
<p>8 October 2025.</p>
"""))

# 24 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_npcc_progress_report",
    formats=["html"],
    super_complaint="stalking",
    authors=["npcc"],
    date=["2025-08-01"],
    responses={
        "7": ["in_progress"],
        "10": ["in_progress"],
    },
    absent=["15", "16"],
    classes=["national-response", "govuk-page", "percentages", "group-reference", "recs-for-others-listed",
             "deadline-not-date", "sub-numbering-7.1"],
    style=Style(site="govuk", page_title="NPCC report on the progress made by police forces on the stalking super-complaint"),
    body="""
<h1>NPCC report on the progress made by police forces to act on the recommendations of the stalking super-complaint</h1>
<p>Published 1 August 2025</p>
<h2>Summary</h2>
<p>The report of 27 September 2024 made 15 recommendations to chief constables, most to be delivered by 27 March 2025.
Forces sent the NPCC their six-month updates in March 2025. This report, by the NPCC lead for stalking and harassment,
summarises them. Recommendations 15 and 16, for police and crime commissioners, are reported by the APCC.</p>
<h2>Recommendation 7 (crime recording)</h2>
<p>Twenty-nine forces (66%) have changed their crime recording systems so that stalking can be recorded and searched as
an included classification. The other fifteen are waiting for supplier releases; all have the interim measures
required by 7.2 in place. National work with the suppliers continues.</p>
<h2>Recommendation 10 (learning and training)</h2>
<p>Every force has reviewed its stalking training. Thirty-eight forces have updated their provision; six are still
rewriting courses and expect to finish by December 2025.</p>
<h2>The other recommendations</h2>
<p>Progress on the remaining recommendations to chief constables is set out force by force in the annex.</p>
"""))

# 25 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="stk_staffordshire_commissioner_quarterly",
    formats=["docx"],
    super_complaint="stalking",
    authors=["staffordshire-pfcc"],
    date=["2025-10"],
    responses={
        "15": ["complete"],
        "16": ["in_progress"],
        "25": ["complete"],
    },
    classes=["several-reports-in-one", "pcc-tracker", "month-only-date", "bau-is-complete", "rag-status",
             "other-report-rec-distractor"],
    style=Style(docx_headings="styles", docx_footer="Staffordshire Commissioner's Office - OFFICIAL"),
    body="""
<h1>Staffordshire Commissioner: super-complaint recommendations</h1>
<p>Quarterly update to the Ethics, Transparency and Audit Panel, Quarter 2 2025/26<br>October 2025</p>
<h2>1. The police response to stalking (September 2024)</h2>
<table>
<tr><th>Recommendation</th><th>RAG</th><th>Progress this quarter</th></tr>
<tr><td>15 - specialist services and ISACs</td><td>Green</td><td>Review completed; ISAC service recommissioned from July 2025. Closed.</td></tr>
<tr><td>16 - joint review with the Chief Constable</td><td>Amber</td><td>Joint review under way; findings due to the
Strategic Governance Board in December.</td></tr>
<tr><td>25</td><td>Green</td><td>Delivered and now business as usual.</td></tr>
</table>
<h2>2. Police perpetrated domestic abuse (June 2022)</h2>
<table>
<tr><th>Recommendation</th><th>RAG</th><th>Progress this quarter</th></tr>
<tr><td>3a - local services for victims of PPDA</td><td>Amber</td><td>Specialist advocacy pilot extended to March 2026;
evaluation in progress.</td></tr>
</table>
<h2>3. Recommendations for the force</h2>
<p>The Chief Constable's progress on the recommendations to chief constables in both reports is scrutinised at the
Strategic Governance Board and is not repeated here.</p>
"""))

# 26 -----------------------------------------------------------------------------------------------
DOCS.append(Doc(
    name="s2s_gwent_joint_update",
    formats=["html", "docx"],
    super_complaint="safe-to-share",
    authors=["gwent-police", "gwent-pcc"],
    date=["2021-06-15"],
    responses={
        "1": {"progress": ["in_progress", "complete"], "position": ["accepted"]},
        "4": {"progress": ["in_progress"], "position": ["accepted"]},
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["2", "3", "7"],
    classes=["joint-force-pcc", "recs-answered-together", "shared-status", "six-month-update", "deadline-not-date",
             "report-date-not-doc-date", "welsh-force"],
    style=Style(site="pcc", site_name="Gwent Police and Crime Commissioner",
                page_title="Safe to share? Joint six-month update from Gwent Police and the Commissioner",
                furniture_words=["Home", "About", "Police and Crime Plan", "Transparency", "News", "Cymraeg"],
                page_dates="<p>Published: 16 June 2021</p>",
                docx_headings="bold", docx_footer="Gwent Police and Office of the Police and Crime Commissioner for Gwent"),
    body="""
<h1>Safe to share? Joint update from Gwent Police and the Police and Crime Commissioner for Gwent</h1>
<table>
<tr><td>Document</td><td>Six-month update to HM Chief Inspector of Constabulary (recommendation 8)</td></tr>
<tr><td>Version</td><td>1.0</td></tr>
<tr><td>Date</td><td>15 June 2021</td></tr>
<tr><td>Owners</td><td>Assistant Chief Constable, Gwent Police; Chief Executive, OPCC</td></tr>
</table>
<p>The report was published on 17 December 2020 and asked for an update within six months, by 17 June 2021. Gwent
Police and the Commissioner accept all the recommendations addressed to them. Recommendations 2, 3 and 7 are for the
Home Office (3 with the NPCC) and are not covered here.</p>
<h2>Recommendations 1 and 4 (chief constables)</h2>
<p>Status: In progress</p>
<p>An interim instruction was issued to all officers on 12 January 2021: where officers only have doubts about a
domestic abuse victim's immigration status they must not share her information with Immigration Enforcement, and
must refer her to a third party for advice. Compliance is being checked through the Domestic Abuse Scrutiny Panel.
Safe reporting pathways are being developed with BAWSO and Welsh Women's Aid; a draft policy framework is out for
consultation and training for front-line supervisors is planned for the autumn.</p>
<h2>Recommendation 5 (chief constables and commissioners)</h2>
<p>Status: In progress</p>
<p>The force and the OPCC have run a joint communications campaign with community groups in Newport and Cardiff
border areas, in English, Welsh, Arabic and Polish. Further engagement events are planned.</p>
<h2>Recommendation 6 (commissioners)</h2>
<p>Status: In progress</p>
<p>The Commissioner's assessment of local access to specialist victim support started in April 2021 and will be
completed in September 2021.</p>
"""))
