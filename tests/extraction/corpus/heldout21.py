"""heldout21: a blind held-out set of invented super-complaint response documents.

Written blind by a test writer who had read only the product brief, the shared corpus README, the
reference catalogue (super_complaints.yaml, organisations.csv), build.py and render.py: never the
engine, its decision records or any other labelled set. Every document is invented; none is copied
from a published response.

What is in it (24 documents, all seven reported super-complaints):
- safe-to-share: a PCC's section 29A page with two page dates; a force tracker whose status column
  says "Complete" where the update says otherwise; a Home Office letter (partial acceptance, work with
  the NPCC); a joint force/PFCC Markdown update that renumbers the recommendations; an HMICFRS
  collection page that answers nothing.
- protective-measures: an NPCC lead's typed letter on recommendation 1; a force paper to the PCC's
  board with its own paragraph numbers; an FOI reply.
- modern-slavery: a Home Office GOV.UK response (recommendation 1 and the College's "Action 1"); an
  APCC briefing that quotes recommendation 1 and answers none.
- police-perpetrated-domestic-abuse: a PCC statutory page on 3a with comment on the force's 1 and 2;
  a force letter with the letterhead in a table; police and crime panel minutes.
- honour-based-abuse: the NPCC's national progress update; a Deputy Mayor's page; a force tracker
  with check boxes and parts.
- stop-and-search: an APCC response on recommendation 8; a PFCC decision record (unruled PDF table);
  an OPCC email.
- stalking: a force action plan page (accordions, 7.1/7.2, "last updated"); a PCC letter on 15, 16,
  25 with 27 named; the APCC summary; the NPCC's national progress report; a PCC board paper that
  also mentions another report.
"""
import re

from build import Doc
from render import Style

DOCS: list[Doc] = []


def add(**kw) -> None:
    # the bodies are typed with line breaks for reading here; a paragraph's own lines join with spaces (only
    # <br> breaks a line), so the Word renderings do not carry the source's line ends
    kw["body"] = re.sub(r"(?<=[^>\s])\n(?=[^<\s])", " ", kw["body"])
    DOCS.append(Doc(**kw))


# ---------------------------------------------------------------------------------------------------
# safe-to-share
# ---------------------------------------------------------------------------------------------------

add(
    name="s2s-cleveland-pcc-s29a",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["cleveland-pcc"],
    optional_authors=["cleveland-police"],
    date=["2021-06-11", "2021-06-14"],
    responses={
        "1": {"progress": ["awaiting_national", "in_progress"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["complete", "in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["2", "3", "7"],
    classes=["pcc-statutory-response", "two-page-dates", "pcc-comments-on-force", "report-date-distractor",
             "national-recipients-listed-not-answered", "cms-furniture"],
    style=Style(site="pcc", site_name="Cleveland Police and Crime Commissioner",
                page_title="Commissioner's response: Safe to share? super-complaint",
                furniture_words=["Home", "About the Commissioner", "Police and Crime Plan", "Transparency",
                                 "Get involved", "Contact"],
                mega_menu=["Victims", "Commissioning", "Decisions", "Meetings", "Grants", "Complaints reviews"],
                related=["HMICFRS inspection responses", "Police and Crime Plan 2021-24"],
                page_dates="<p>Published: 14 June 2021</p><p>Last reviewed: 2 March 2023</p>"),
    body="""
<h1>Response to the super-complaint report "Safe to share?"</h1>
<p><strong>Section 29A Police Reform Act 2002: response of the Police and Crime Commissioner for Cleveland</strong></p>
<p>Date: 11 June 2021</p>
<p>On 17 December 2020 HM Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and
the Independent Office for Police Conduct published their report on the super-complaint made by Liberty and
Southall Black Sisters about the sharing of victims' immigration information with the Home Office. The report
makes eight recommendations. Recommendations 2, 3 and 7 are for the Home Office (3 jointly with the NPCC) and
are not addressed here.</p>
<p>I asked the Chief Constable for his response to the recommendations made to chief constables, and I set out
below my comments on it alongside my own response to the recommendations made to commissioners.</p>
<h2>Recommendations to the Chief Constable</h2>
<h3>Recommendation 1</h3>
<p>Cleveland Police has confirmed that officers do not routinely share information about domestic abuse
victims with Immigration Enforcement where there is only a doubt about their status. The force's position is
that it will adopt the College of Policing guidance when it is issued; until then a temporary instruction has
been circulated to response and safeguarding teams. I am content with this interim position, but I have asked
to see the force's policy once the national guidance is available.</p>
<h3>Recommendation 4</h3>
<p>The force is building a safe reporting pathway with two local specialist organisations working with migrant
women. A draft pathway was discussed at the Vulnerability Board in May and is expected to be in place by the
autumn. I will receive an update at my scrutiny meeting in September.</p>
<h2>Recommendations to the Police and Crime Commissioner</h2>
<h3>Recommendation 5 (chief constables and police and crime commissioners)</h3>
<p>I accept this recommendation. My office has begun a programme of engagement with community groups in
Middlesbrough and Stockton, jointly with the force's diversity team, to explain that victims can report crime
without their details being passed on for immigration control. This work will continue through the year.</p>
<h3>Recommendation 6</h3>
<p>I accept this recommendation. My office completed an assessment of local access to specialist support in
April 2021, mapping the services available to victims with insecure immigration status. It found good access
for victims of domestic abuse but gaps for victims of other crimes, and I have since written to two national
providers about extending their helplines into Teesside.</p>
<h2>Update within six months</h2>
<p>This response, together with the force's, serves as the update asked for by recommendation 8.</p>
<p>Steve Turner<br>Police and Crime Commissioner for Cleveland</p>
""",
)

add(
    name="s2s-kent-police-tracker",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["kent-police"],
    date=["2022-09-30"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress", "awaiting_national"]},
        "5": {"progress": ["in_progress"]},
    },
    optional=["8"],
    absent=["2", "3", "6", "7"],
    classes=["tracker-rag", "tracker-status-contradicted-by-update", "report-date-distractor", "deadline-distractor",
             "version-history-dates", "running-header", "bau"],
    style=Style(pdf_header="Kent Police - OFFICIAL", pdf_footer="Safe to share? action tracker v3.2",
                docx_headings="bold"),
    body="""
<h1>Safe to share? Super-complaint action tracker</h1>
<p>Owner: Head of Public Protection<br>Governance: Vulnerability and Safeguarding Board<br>Version 3.2, updated 30 September 2022</p>
<p>Report published: 17 December 2020. Six-month update due to HMICFRS: 17 June 2021 (provided 14 June 2021).</p>
<p>Recommendations 2, 3 and 7 are for the Home Office and the NPCC; recommendation 6 is for police and crime
commissioners and is reported by the Office of the Police and Crime Commissioner. They are not tracked here.</p>
<table>
<tr><th>Rec</th><th>Summary</th><th>RAG</th><th>Status</th><th>Update (September 2022)</th></tr>
<tr><td>1</td><td>Stop sharing DA victims' details with Immigration Enforcement where status is only in doubt</td><td>Green</td><td>Complete</td><td>Force policy amended January 2021; College guidance adopted when published. Now BAU and checked through the quarterly DA audit.</td></tr>
<tr><td>4</td><td>Safe reporting pathways with specialist organisations</td><td>Green</td><td>Complete</td><td>Pathway pilot in Medway continues. Roll-out to the other two divisions depends on the evaluation due in December 2022 and on the national protocol (rec 3).</td></tr>
<tr><td>5</td><td>Promote confidence in reporting (with OPCC)</td><td>Amber</td><td>In progress</td><td>Joint OPCC/force communications plan agreed; community sessions held in Gravesend and Folkestone; further sessions planned.</td></tr>
<tr><td>8</td><td>Six-month update to HMCIC</td><td>Green</td><td>Complete</td><td>Submitted June 2021.</td></tr>
</table>
<h2>Version history</h2>
<table>
<tr><th>Version</th><th>Date</th><th>Change</th></tr>
<tr><td>1.0</td><td>12 February 2021</td><td>Tracker created</td></tr>
<tr><td>2.0</td><td>14 June 2021</td><td>Six-month update</td></tr>
<tr><td>3.2</td><td>30 September 2022</td><td>Quarterly review</td></tr>
</table>
""",
)

add(
    name="s2s-home-office-letter",
    formats=["docx"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    date=["2021-12-15"],
    responses={
        "2": {"progress": ["complete"], "position": ["partially_accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "7": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["1", "4", "5", "6"],
    classes=["letter", "letterhead-in-page-header", "partial-acceptance", "joint-recipient-with-npcc",
             "report-date-distractor", "force-recommendations-listed-not-answered", "number-as-word"],
    style=Style(docx_letterhead_in_header=True),
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary<br>HMICFRS<br>10 South Colonnade<br>London E14 4PU</p>
<p>15 December 2021</p>
<p>Dear Sir Tom,</p>
<p><strong>Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status</strong></p>
<p>Thank you for the report of 17 December 2020. I am writing with the Government's response to the
recommendations addressed to the Home Office. Recommendations 1, 4, 5 and 6 are for chief constables and police
and crime commissioners, who are responding to you separately.</p>
<p><strong>Recommendation two</strong></p>
<p>We have now completed the review of the legal framework and policy on data sharing for migrant victims and
witnesses, and it is published today. We accept the need to establish clear and fair priorities, and the review
sets these out. We have not, however, accepted the case for a complete firewall between the police and
Immigration Enforcement: the review explains why we consider that safeguarding and public protection require
some information to continue to be shared.</p>
<p><strong>Recommendation three</strong></p>
<p>We agree with this recommendation. Officials are working with the NPCC lead for migration and
modern slavery on an Immigration Enforcement Migrant Victims Protocol. A draft has been shared with specialist
organisations and we expect to publish it in the first half of 2022.</p>
<p><strong>Recommendation seven</strong></p>
<p>We also accept recommendation seven. We will take this forward once the protocol is in place, so that the
two pieces of work are consistent.</p>
<p>I am copying this letter to the Chair of the NPCC and to the Chief Executive of the College of Policing.</p>
<p>Yours sincerely,</p>
<p>Kit Malthouse MP<br>Minister for Crime and Policing</p>
""",
)

add(
    name="s2s-northants-joint-update",
    formats=["markdown"],
    super_complaint="safe-to-share",
    authors=["northamptonshire-police", "northamptonshire-pfcc"],
    date=["2021-06"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["not_started"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["2", "3", "7"],
    classes=["joint-force-pcc", "own-numbering", "named-by-place", "group-reference", "acceptance-without-work",
             "month-only-date"],
    body="""
<h1>Safe to share? Joint update from Northamptonshire Police and the Northamptonshire Police, Fire and Crime Commissioner</h1>
<p>June 2021</p>
<p>This is the joint six-month update of the Chief Constable and the Commissioner. The report made eight
recommendations; three concern the Home Office and national bodies and we do not comment on them. For ease of
reference we have grouped the rest into our own four local actions.</p>
<h2>Local action A</h2>
<p>Local action A covers the first of the recommendations to chief constables (the interim stop on sharing
domestic abuse victims' details). The force issued an instruction to all officers in January 2021 and it has been
written into the Domestic Abuse policy; it is fully in place.</p>
<h2>Local action B</h2>
<p>Local action B is the second recommendation to chief constables, on safe reporting pathways. We are working
with Eastern European and South Asian women's organisations in Northampton and Corby on a referral route, which
is being designed now.</p>
<h2>Local action C</h2>
<p>Local action C answers the recommendation made jointly to chief constables and commissioners about confidence
in reporting. Leaflets in nine languages are being produced and neighbourhood teams have begun outreach.</p>
<h2>Local action D</h2>
<p>Local action D is the Commissioner's: the recommendation that commissioners assess local access to
specialist support and build networks. The Commissioner accepts it. The assessment will be carried out as part of
the re-commissioning of victim services, which starts in the autumn.</p>
""",
)

add(
    name="s2s-hmicfrs-collection",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["hmicfrs"],
    date=["2022-02-08"],
    responses={},
    absent=["1", "2", "3", "4", "5", "6", "7", "8"],
    classes=["collection-page-no-responses", "recommendations-listed-not-answered", "many-orgs-mentioned",
             "report-date-distractor", "cms-furniture"],
    style=Style(site="national", site_name="HMICFRS", page_title="Responses to Safe to share?",
                furniture_words=["Home", "Our work", "Publications", "News", "About us"],
                page_dates="<p>Published: 17 December 2020</p><p>Last updated: 8 February 2022</p>"),
    body="""
<h1>Safe to share? Responses to the super-complaint report</h1>
<p>This page collects the responses we have received to the recommendations in our report on Liberty and
Southall Black Sisters' super-complaint, published on 17 December 2020.</p>
<h2>The recommendations</h2>
<ol>
<li>Chief constables: stop sharing domestic abuse victims' information where there are only doubts about status.</li>
<li>Home Office: review the legal framework and policy.</li>
<li>Home Office and NPCC: develop a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways.</li>
<li>Chief constables and PCCs: promote confidence in reporting.</li>
<li>PCCs: assess access to specialist victim support.</li>
<li>Home Office.</li>
<li>All recipients: provide an update within six months.</li>
</ol>
<h2>Responses received</h2>
<table>
<tr><th>Organisation</th><th>Response</th><th>Received</th></tr>
<tr><td>Home Office</td><td>Letter from the Minister for Crime and Policing</td><td>15 December 2021</td></tr>
<tr><td>NPCC</td><td>Letter from the NPCC lead</td><td>June 2021</td></tr>
<tr><td>Kent Police</td><td>Action tracker</td><td>June 2021</td></tr>
<tr><td>Cleveland PCC</td><td>Section 29A response</td><td>June 2021</td></tr>
</table>
<p>We will add further responses as we receive them. We will publish our assessment of progress in due course.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# protective-measures
# ---------------------------------------------------------------------------------------------------

add(
    name="pm-npcc-bail-lead-letter",
    formats=["text"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-05-20"],
    responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["letter", "hard-wrapped-text", "national-lead", "referenced-earlier-letter-date",
             "report-date-distractor"],
    style=Style(wrap=78, upper_h1=True),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>From: Chief Constable, NPCC Lead for Bail Management<br>To: HM Inspector of Constabulary<br>Our ref: NPCC/BAIL/2022/041</p>
<p>20 May 2022</p>
<h1>A duty to protect: recommendation 1</h1>
<p>Dear Inspector,</p>
<p>I write as the NPCC lead for bail in response to recommendation 1 of the report published on 24 August 2021,
which asks chief constables, with me, to implement processes for managing released under investigation (RUI) in
line with my predecessor's letter of 29 January 2019.</p>
<p>Chief constables accept the recommendation. Since the report, every force has nominated a bail and RUI
lead, and the national RUI review framework was reissued in February 2022. Thirty-one forces now hold monthly
RUI review meetings chaired at superintendent level; the remainder are establishing them and I expect all to
do so by the autumn. The Police, Crime, Sentencing and Courts Act 2022 will change the bail regime, and we are
preparing guidance for its commencement.</p>
<p>The other recommendations to policing are being answered by the NPCC Domestic Abuse lead in a separate
letter.</p>
<p>Yours sincerely,</p>
<p>Chief Constable<br>NPCC Lead for Bail Management</p>
""",
)

add(
    name="pm-west-mercia-board-paper",
    formats=["pdf"],
    super_complaint="protective-measures",
    authors=["west-mercia-police"],
    optional_authors=["west-mercia-pcc"],
    date=["2022-03-14", "2022-03"],
    responses={"1": {"progress": ["complete"]}},
    classes=["committee-paper", "cover-page", "own-paragraph-numbering", "bau", "meeting-date-vs-paper-date",
             "report-date-distractor"],
    style=Style(pdf_cover=("<h1>Holding to Account Board</h1><p>Police and Crime Commissioner for West Mercia</p>"
                           "<p>Meeting: 14 March 2022</p><p>Agenda item 6</p>"),
                pdf_header="OFFICIAL", pdf_footer="West Mercia Police - Holding to Account Board"),
    body="""
<h1>A duty to protect: police use of protective measures</h1>
<p><strong>Report of the Assistant Chief Constable (Crime and Vulnerability)</strong></p>
<h2>1. Purpose</h2>
<p>1.1 To update the Commissioner on the force's response to the super-complaint report "A duty to protect",
published by HMICFRS, the College of Policing and the IOPC on 24 August 2021.</p>
<h2>2. Background</h2>
<p>2.1 The report made fifteen recommendations. Most are for the Home Office, the Ministry of Justice and the
NPCC. This paper covers the one recommendation that requires local action by the Chief Constable.</p>
<h2>3. Released under investigation</h2>
<p>3.1 Recommendation 1 asks chief constables, with the NPCC lead for bail, to implement processes for managing
released under investigation in line with the NPCC letter of January 2019.</p>
<p>3.2 The force introduced a bail and RUI management unit in October 2021. Every RUI case is reviewed by a
sergeant at 28 days and by an inspector at 90 days, and domestic abuse cases are reviewed for pre-charge bail
conditions at each stage.</p>
<p>3.3 The process has been fully in place since January 2022 and is now business as usual. The number of
domestic abuse suspects on RUI has fallen by 41 per cent.</p>
<h2>4. Recommendation</h2>
<p>4.1 The Board is asked to note the report.</p>
""",
)

add(
    name="pm-lincolnshire-foi",
    formats=["text", "html"],
    super_complaint="protective-measures",
    authors=["lincolnshire-police"],
    date=["2023-02-09"],
    responses={"1": {"progress": ["complete"]}},
    absent=[],
    classes=["foi-reply", "request-date-distractor", "question-and-answer", "bau"],
    style=Style(site="force", site_name="Lincolnshire Police", page_title="FOI 004217/23 Protective measures",
                furniture_words=["Home", "Report", "Advice", "Contact us", "FOI disclosure log"],
                page_dates="<p>Date of disclosure: 9 February 2023</p>"),
    body="""
<h1>Freedom of Information request 004217/23</h1>
<p>Request received: 12 January 2023<br>Response sent: 9 February 2023</p>
<p><strong>Request</strong></p>
<p>Please tell me what Lincolnshire Police has done in response to the super-complaint report "A duty to protect"
(August 2021), in particular the recommendation about released under investigation.</p>
<p><strong>Response</strong></p>
<p>Lincolnshire Police can confirm that it holds information relevant to your request.</p>
<p>Recommendation 1 of the report asked chief constables to put in place processes for managing released under
investigation in line with the NPCC bail lead's letter of January 2019. The force reviewed its processes in
autumn 2021. A dedicated bail management team was created in November 2021 and all RUI cases are reviewed at set
intervals. This has been in place for over a year and is part of our normal business.</p>
<p>The force did not respond separately to the recommendations made to the Home Office and the Ministry of
Justice, which were for those departments.</p>
<p>If you are unhappy with the way your request has been handled you may ask for an internal review.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# modern-slavery
# ---------------------------------------------------------------------------------------------------

add(
    name="ms-home-office-govuk",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-11-18"],
    responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["govuk-page", "action-vs-recommendation", "college-action-mentioned", "report-date-distractor"],
    style=Style(site="govuk", page_title="Home Office response to The hidden victims"),
    body="""
<h1>Home Office response to the recommendations in The hidden victims</h1>
<p>Published 18 November 2021</p>
<p>The super-complaint report on Hestia's super-complaint, The hidden victims, was published on 26 May 2021. This
document sets out the Home Office's response to the recommendation addressed to it.</p>
<h2>Recommendation 1</h2>
<p>In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the
Crown Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate,
commission work to better understand the victim experience of the police response to modern slavery, and assess
the extent of the problem.</p>
<h3>Response</h3>
<p>The Home Office accepts this recommendation. We have commissioned an independent research project, working with
the Independent Anti-Slavery Commissioner and the Modern Slavery Police Transformation Unit, to gather the
experiences of adult victims. Fieldwork began in October 2021 and the final report is expected in summer 2022.</p>
<h2>Actions for the College of Policing and HMICFRS</h2>
<p>The report also sets out Action 1, for the College of Policing to review its Authorised Professional Practice on
modern slavery, and Action 2, for HMICFRS to consider how inspection can promote improvement. These are matters for
those bodies. The Home Office will support the College's review.</p>
""",
)

add(
    name="ms-apcc-briefing",
    formats=["docx", "html"],
    super_complaint="modern-slavery",
    authors=["apcc"],
    date=["2021-06-09"],
    responses={},
    absent=["1"],
    classes=["briefing-quotes-recommendation", "recommendation-quoted-not-answered", "unnumbered-recommendations",
             "report-date-distractor"],
    style=Style(docx_headings="styles", site="national", site_name="Association of Police and Crime Commissioners",
                page_title="Members' briefing 2021/27", furniture_words=["Home", "Member resources", "Portfolios", "News", "About the APCC"]),
    body="""
<h1>APCC Members' Briefing 2021/27</h1>
<p>Date: 9 June 2021<br>Portfolio: Modern Slavery, Human Trafficking and Organised Immigration Crime</p>
<h2>The hidden victims: HMICFRS super-complaint report</h2>
<p>On 26 May 2021 HMICFRS, the College of Policing and the IOPC published their report on Hestia's super-complaint
about the police response to victims of modern slavery. This briefing summarises the report for members.</p>
<h3>Recommendation to the Home Office</h3>
<p>Recommendation 1 asks the Home Office, in consultation with chief constables, the Independent Anti-Slavery
Commissioner and others, to commission work to better understand the experience of victims. The Home Office has
not yet responded.</p>
<h3>Recommendations to chief constables and PCCs</h3>
<p>The report also asks chief constables to make sure their staff have training and access to specialist
knowledge, and to allocate investigations to teams with the right skills, and asks forces to work with PCCs to
understand what support victims need.</p>
<h3>What members may wish to do</h3>
<ul>
<li>Ask your chief constable how the force will respond.</li>
<li>Consider whether locally commissioned services meet the needs of victims of modern slavery.</li>
<li>Publish any comments under section 29A within 56 days.</li>
</ul>
<p>The APCC portfolio leads will consider whether a collective response is needed at the July General Meeting.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# police-perpetrated-domestic-abuse
# ---------------------------------------------------------------------------------------------------

add(
    name="ppda-dorset-pcc-page",
    formats=["html", "pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["dorset-pcc"],
    optional_authors=["dorset-police"],
    date=["2022-08-24"],
    responses={
        "1": {"progress": ["in_progress"]},
        "2": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
    },
    absent=["4"],
    classes=["pcc-statutory-response", "lettered-part-3a", "pcc-comments-on-force", "deadline-distractor",
             "home-office-recommendation-named"],
    style=Style(site="pcc", site_name="Dorset Police and Crime Commissioner",
                page_title="Response to the police perpetrated domestic abuse super-complaint",
                furniture_words=["Home", "Your Commissioner", "Police and Crime Plan", "Scrutiny", "Contact"],
                page_dates="<p>Page updated 24 August 2022</p>", panels=True),
    body="""
<h1>Commissioner's response: Police perpetrated domestic abuse super-complaint</h1>
<p>24 August 2022</p>
<p>The report on the Centre for Women's Justice super-complaint was published on 30 June 2022. Under section 29A of
the Police Reform Act 2002 I must publish my comments on it, and on the Chief Constable's response, within 56
days.</p>
<h2>The Chief Constable's response</h2>
<p>Recommendation 1 asks chief constables to audit live police perpetrated domestic abuse cases and those closed in
the last twelve months, and to write to the College of Policing by 30 December 2022. The Chief Constable tells me
that the audit began in July and that the force's Professional Standards Department has so far reviewed 46 of an
expected 70 cases. I will look at the findings when the audit is complete.</p>
<p>The Chief Constable has also accepted recommendation 2 and will report on it with the audit.</p>
<h2>Recommendation 3a</h2>
<p>For PCCs, recommendation 3 asks us to consider whether local services are capable of dealing with the specific
risks and vulnerabilities of victims of police perpetrated domestic abuse and of supporting them when they engage
with the police complaints and disciplinary system.</p>
<p>I accept the recommendation. My office has reviewed the contracts of our IDVA and outreach services with the
providers. Both providers already support victims whose abuser is a police officer and can refer to an IDVA in a
neighbouring county where a victim fears local connections. I am satisfied that our services meet the
recommendation and no further action is required.</p>
<h2>Other recommendations</h2>
<p>Recommendation 4 is for the Home Office and part (b) of recommendation 3 for the Ministry of Justice.</p>
<p>David Sidwick, Police and Crime Commissioner for Dorset</p>
""",
)

add(
    name="ppda-staffordshire-force-letter",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["staffordshire-police"],
    date=["2022-12-21"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["in_progress"]},
    },
    classes=["letter", "letterhead-in-table", "reference-line", "deadline-distractor", "named-by-subject",
             "answered-together"],
    style=Style(docx_letterhead="table"),
    body="""
<div class="letterhead">Staffordshire Police<br>Police Headquarters<br>Weston Road<br>Stafford ST18 0YY</div>
<p>Our reference: PSD/PPDA/22/117<br>Date: 21 December 2022</p>
<p>Director of Standards<br>College of Policing<br>(via the NPCC PPDA lead)</p>
<p>Dear Director,</p>
<p><strong>Police perpetrated domestic abuse super-complaint: Staffordshire Police</strong></p>
<p>As required by the first recommendation of the report, I write to explain how Staffordshire Police has improved its
response to allegations of police perpetrated domestic abuse following an audit of live and recently closed cases.</p>
<p>The audit is finished. Our Professional Standards Department and Public Protection Unit jointly reviewed all 38
cases that were live on 30 June 2022 or closed in the previous twelve months. In five cases the conduct matter had
not been recorded; these have now been recorded and assessed, and two have been referred to the IOPC.</p>
<p>On the second recommendation and the chief constables' part of the third, on the handling of these cases and the
support we give to victims who are police officers or staff, we have drafted a new procedure which moves
investigation of every PPDA allegation to a separate command and gives each victim a named contact outside their
own line management. It is with the Joint Negotiating Committee and will be introduced in February 2023.</p>
<p>Yours faithfully,</p>
<p>Deputy Chief Constable<br>Staffordshire Police</p>
""",
)

add(
    name="ppda-humberside-panel-minutes",
    formats=["text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["humberside-pcc"],
    date=["2022-10-03"],
    responses={"3": {"progress": ["in_progress"]}},
    absent=["1"],
    classes=["minutes", "panel-not-an-author", "approved-at-later-meeting-date", "minute-numbering",
             "hard-wrapped-text"],
    style=Style(wrap=82),
    body="""
<h1>Humberside Police and Crime Panel</h1>
<p>Minutes of the meeting held on 3 October 2022 at the Guildhall, Hull</p>
<p>Present: Councillor J. Hardy (Chair), Councillors from the ten member authorities, two independent members.<br>
In attendance: the Police and Crime Commissioner; the Chief Executive of the OPCC.</p>
<p>Minutes approved as a correct record at the meeting of 12 December 2022.</p>
<h2>41. Declarations of interest</h2>
<p>None.</p>
<h2>42. Police perpetrated domestic abuse: super-complaint report</h2>
<p>The Commissioner reported on his response to the super-complaint report published on 30 June 2022.
Recommendation 3a asked commissioners to consider whether local services could meet the needs of victims whose
abuser was a police officer. He had asked the domestic abuse partnership to review this. The review had found
that victims could be supported but that IDVAs had not been trained on the police complaints system, and a
training package was being commissioned from a specialist provider for the new year.</p>
<p>A member asked about the force's audit of cases under recommendation 1. The Commissioner said that was for the
Chief Constable, who would report to the Panel in December.</p>
<p>RESOLVED that the report be noted.</p>
<h2>43. Precept setting timetable</h2>
<p>The Panel noted the timetable for the 2023/24 precept.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# honour-based-abuse
# ---------------------------------------------------------------------------------------------------

add(
    name="hba-npcc-progress",
    formats=["pdf", "docx", "html"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-25", "2024-03"],
    responses={
        "1": {"progress": ["in_progress"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["awaiting_national", "in_progress"]},
    },
    classes=["national-roll-up", "percentages", "waiting-on-home-office", "report-date-distractor", "running-header"],
    style=Style(pdf_header="NPCC - Tees Valley Inclusion Project super-complaint", pdf_ruled=True, site="govuk",
                page_title="Updated NPCC response to TVIP super-complaint"),
    body="""
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>25 March 2024</p>
<p>The report was published on 16 December 2022 and the NPCC accepted its recommendations on the same day. This
update sets out forces' progress against the three recommendations for policing, based on returns from 44 forces
in February 2024.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p>Chief constables should update their forces' sexual abuse policies to include the risk of honour-based abuse.</p>
<p>36 forces (82%) have updated their policies. The remaining eight have drafts in consultation and expect to
publish them by the summer.</p>
<h2>Recommendation 2: cultural awareness</h2>
<table>
<tr><th>Element</th><th>Forces reporting complete</th></tr>
<tr><td>Officers aware of the demographics of their communities</td><td>29</td></tr>
<tr><td>Independent advisory groups reflect the demographics</td><td>21</td></tr>
<tr><td>Up-to-date information on culture and religion</td><td>17</td></tr>
<tr><td>Investigations consider culture and background</td><td>33</td></tr>
</table>
<p>Progress is uneven. The College of Policing is preparing a national learning product which forces will be able
to adapt locally.</p>
<h2>Recommendation 3: consideration of findings</h2>
<p>The NPCC took the findings of the super-complaint into account in its proposals on recording protected
characteristics, which were submitted to the Home Office in November 2023. The changes to the data standard now
await a decision by the Home Office.</p>
""",
)

add(
    name="hba-west-yorkshire-deputy-mayor",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-mayor"],
    date=["2023-02-09"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    absent=["3"],
    classes=["deputy-mayor", "pcc-comments-on-force", "unnumbered-pcc-recommendation", "news-style",
             "npcc-recommendation-named"],
    style=Style(site="pcc", site_name="West Yorkshire Combined Authority",
                page_title="Deputy Mayor responds to super-complaint report",
                furniture_words=["Home", "Policing and crime", "Transport", "Skills", "News"],
                related=["Police and Crime Plan", "Victims' services"]),
    body="""
<h1>Deputy Mayor for Policing and Crime responds to the honour-based abuse super-complaint</h1>
<p>9 February 2023</p>
<p>The Deputy Mayor for Policing and Crime has today published her response to the report on the Tees Valley
Inclusion Project's super-complaint, which looked at how police respond to victims of sexual abuse from ethnic
minority backgrounds who may be at risk of honour-based abuse.</p>
<p>West Yorkshire Police has told the Deputy Mayor that it has already revised its sexual abuse policy so that it
addresses the risk of honour-based abuse, meeting recommendation 1. On cultural awareness, which is recommendation
2, the force is working with its independent advisory groups to make their membership more representative and is
developing community information packs; this will take most of 2023.</p>
<p>The report also asks police and crime commissioners and mayors to make sure that consultation before
commissioning victims' services is fully inclusive. The Deputy Mayor said: "We are reviewing how we consult before
we commission, and I want the voices of women from all our communities to shape the services we pay for."</p>
<p>The recommendation to the National Police Chiefs' Council on data standards is a matter for the NPCC.</p>
""",
)

add(
    name="hba-durham-tracker",
    formats=["docx", "markdown"],
    super_complaint="honour-based-abuse",
    authors=["durham-constabulary"],
    date=["2023-07"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    absent=["3"],
    classes=["tracker-check-boxes", "parts-mixed-status", "month-only-date", "npcc-recommendation-named"],
    body="""
<h1>Durham Constabulary: Tees Valley Inclusion Project super-complaint action plan</h1>
<p>Position at July 2023. Lead: Detective Superintendent, Safeguarding.</p>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Complete</th><th>In progress</th><th>Not started</th></tr>
<tr><td>1 - Sexual abuse policy to include risk of HBA</td><td>Policy rewritten and published March 2023</td><td>&#9745;</td><td>&#9744;</td><td>&#9744;</td></tr>
<tr><td>2a - Officer awareness of community demographics</td><td>Demographic profiles on intranet for each neighbourhood</td><td>&#9745;</td><td>&#9744;</td><td>&#9744;</td></tr>
<tr><td>2b - IAGs reflect demographics</td><td>IAG recruitment campaign</td><td>&#9744;</td><td>&#9745;</td><td>&#9744;</td></tr>
<tr><td>2c - Information on culture and religion</td><td>To be written with community partners</td><td>&#9744;</td><td>&#9744;</td><td>&#9745;</td></tr>
<tr><td>2d - Investigations consider culture and background</td><td>Investigation plan template updated</td><td>&#9745;</td><td>&#9744;</td><td>&#9744;</td></tr>
</table>
<p>Recommendation 3 is for the NPCC and is not included in this plan.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# stop-and-search
# ---------------------------------------------------------------------------------------------------

add(
    name="ss-apcc-response",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["apcc"],
    date=["2024-05-13", "2024-05"],
    responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["govuk-page", "national-roll-up", "on-behalf-of-all-pccs", "report-date-distractor"],
    style=Style(site="govuk", page_title="APCC response: CJA super-complaint"),
    body="""
<h1>Association of Police and Crime Commissioners' response to the Criminal Justice Alliance super-complaint</h1>
<p>Published 13 May 2024</p>
<p>The report on the Criminal Justice Alliance's super-complaint about section 60 and the independent community
scrutiny of stop and search was published on 15 December 2023. Recommendation 8 is addressed to police and crime
commissioners. The APCC has collated the responses of all 43 commissioners and equivalents.</p>
<h2>Recommendation 8</h2>
<p>All 43 PCCs and equivalents have accepted recommendation 8.</p>
<p>Most commissioners already fund or support an independent scrutiny panel, and many have begun to review how
those panels work. Thirty-one have reviewed the training given to panel members; twenty are working to make their
panels more representative of the people most likely to be stopped, including young people; and a smaller number
are introducing scrutiny of each section 60 authorisation. The APCC will publish a collection of practice in the
autumn and will report again on progress in 2025.</p>
""",
)

add(
    name="ss-essex-decision-record",
    formats=["pdf", "html"],
    super_complaint="stop-and-search",
    authors=["essex-pfcc"],
    date=["2024-07-02", "2024-07-16"],
    responses={"8": {"progress": ["in_progress"]}},
    classes=["decision-record", "unruled-table", "two-dates-signed-and-published", "form-fields"],
    style=Style(pdf_ruled=False, pdf_header="Decision record PFCC/118/24", site="pcc",
                site_name="Essex Police, Fire and Crime Commissioner", page_title="Decision PFCC/118/24",
                furniture_words=["Home", "Police", "Fire and rescue", "Decisions", "Meetings", "Contact"],
                page_dates="<p>Published: 16 July 2024</p>"),
    body="""
<h1>Police, Fire and Crime Commissioner for Essex: Decision record</h1>
<table>
<tr><td>Decision number</td><td>PFCC/118/24</td></tr>
<tr><td>Title</td><td>Funding for stop and search community scrutiny: response to the CJA super-complaint</td></tr>
<tr><td>Author</td><td>Head of Performance and Scrutiny</td></tr>
<tr><td>Date of decision</td><td>2 July 2024</td></tr>
<tr><td>Date published</td><td>16 July 2024</td></tr>
</table>
<h2>Executive summary</h2>
<p>Recommendation 8 of the report on the Criminal Justice Alliance super-complaint asks commissioners to make sure
that independent community scrutiny of stop and search is effective. The Commissioner accepted the recommendation
in May. This decision provides &#163;18,500 for 2024/25 to train members of the Essex stop and search scrutiny
panel, to recruit four members aged 18 to 25, and to pay for a coordinator to review section 60 authorisations
with the panel. Recruitment will start in September.</p>
<h2>Decision</h2>
<p>I approve the expenditure set out above.</p>
<p>Signed: Roger Hirst, Police, Fire and Crime Commissioner for Essex<br>Date: 2 July 2024</p>
""",
)

add(
    name="ss-surrey-opcc-email",
    formats=["text"],
    super_complaint="stop-and-search",
    authors=["surrey-pcc"],
    date=["2025-01-17"],
    responses={"8": {"progress": ["complete"]}},
    classes=["email", "email-headers", "forwarded-older-message", "history-date-distractor"],
    body="""
<p>From: Policy Officer, Office of the Police and Crime Commissioner for Surrey<br>
Sent: Friday, 17 January 2025 11:42<br>
To: Chair, Surrey Stop and Search Scrutiny Panel<br>
Subject: RE: CJA super-complaint - recommendation 8 - where are we?</p>
<p>Dear Chair,</p>
<p>Thanks for your note. In short, we have now done everything we told the APCC we would do on recommendation 8: the
new terms of reference were signed off by the Commissioner in November, all panel members completed the revised
training in December, and the panel reviewed the force's two section 60 authorisations from the autumn at its
meeting last week. The Commissioner regards the recommendation as met, and we will keep it under review through
the panel's annual report.</p>
<p>Kind regards,<br>Policy Officer, OPCC Surrey</p>
<p>-----Original Message-----<br>
From: Chair, Surrey Stop and Search Scrutiny Panel<br>
Sent: 9 January 2025<br>
Subject: CJA super-complaint - recommendation 8 - where are we?</p>
<p>Could you let me know where the OPCC has got to with recommendation 8 since the report came out in December
2023? Members would like a summary before the March meeting.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# stalking
# ---------------------------------------------------------------------------------------------------

add(
    name="stalking-norfolk-action-plan",
    formats=["html", "pdf"],
    super_complaint="stalking",
    authors=["norfolk-constabulary"],
    optional_authors=["norfolk-pcc"],
    date=["2025-06-03", "2025-06"],
    responses={
        "7": {"progress": ["in_progress"]},
        "10": {"progress": ["complete"]},
        "16": {"progress": ["in_progress"]},
    },
    classes=["force-action-plan", "accordion-headings", "parts-7.1-7.2", "last-updated-vs-published",
             "deadline-distractor", "cms-furniture"],
    style=Style(site="force", site_name="Norfolk Constabulary", page_title="Stalking super-complaint action plan",
                furniture_words=["Home", "Report", "Advice", "Police forces", "About us", "Contact us"],
                mega_menu=["Report a crime", "Stalking and harassment", "Domestic abuse", "Victim support",
                           "Publications", "Our performance"],
                page_dates="<p>Published: 21 November 2024</p><p>Last updated: 3 June 2025</p>", panels=True),
    body="""
<h1>Police response to stalking: our action plan</h1>
<p>On 27 September 2024 HMICFRS, the College of Policing and the IOPC published their report on the Suzy Lamplugh
Trust's super-complaint. Chief constables were asked to publish an action plan within 56 days. This is our plan,
updated in June 2025 with our progress.</p>
<h3>Recommendation 7: crime recording systems</h3>
<p>By 27 March 2025, where required, seek changes to crime recording systems so that stalking can be recorded and
searched for when it is not the principal crime.</p>
<p>7.1 We have asked our records management system supplier for an included-classifications field. The change is
scheduled for the autumn release.</p>
<p>7.2 Until then, officers submit an intelligence report flagged STALKING for every linked crime. This interim
measure has been in place since January 2025.</p>
<p>Status: in progress</p>
<h3>Recommendation 10: learning and training</h3>
<p>We reviewed our stalking training in December 2024. All investigators and call handlers completed the updated
module by March 2025, and it is now part of the initial training for new officers.</p>
<p>Status: complete</p>
<h3>Recommendation 16: working with the Police and Crime Commissioner</h3>
<p>We are working with the Office of the Police and Crime Commissioner on the joint review. The first joint workshop
took place in April 2025 and findings will go to the Police Accountability Forum in the summer.</p>
<p>Status: in progress</p>
""",
)

add(
    name="stalking-gloucestershire-pcc-letter",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["gloucestershire-pcc"],
    date=["2024-12-18"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["not_started"], "position": ["accepted"]},
        "25": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["27"],
    classes=["letter", "letterhead-header-image", "acceptance-without-work", "answered-together",
             "apcc-recommendation-named", "deadline-distractor"],
    style=Style(docx_letterhead="header_image", pdf_header="OFFICIAL"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Gloucestershire<br>Florence Nightingale House<br>Cheltenham GL51 6EP</div>
<p>HM Inspector of Constabulary<br>HMICFRS</p>
<p>18 December 2024</p>
<p>Dear HM Inspector,</p>
<p><strong>The police response to stalking: response of the Gloucestershire Police and Crime Commissioner</strong></p>
<p>I welcome the report and accept all the recommendations made to police and crime commissioners. I understand that
the APCC will also respond on behalf of all commissioners, as recommendation 27 envisages, and I have contributed to
that response.</p>
<p>On recommendation 15, my office has started the review of the specialist services we commission for stalking
victims. We currently fund one ISAC post, hosted by our victims' hub, and the review will look at whether demand
needs a second post; I expect to decide on this before March 2025.</p>
<p>Recommendations 16 and 25 are for me and the Chief Constable together. We have agreed to take them forward through
the Gloucestershire Stalking Partnership; work on them has not yet started and will begin in the new year.</p>
<p>Yours sincerely,</p>
<p>Chris Nelson<br>Police and Crime Commissioner for Gloucestershire</p>
""",
)

add(
    name="stalking-apcc-summary",
    formats=["markdown", "html"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2025-01-08", "2025-01"],
    responses={
        "15": {"progress": ["in_progress", "not_stated"], "position": ["accepted"]},
        "16": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "25": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
    },
    optional=["27"],
    classes=["national-roll-up", "on-behalf-of-all-pccs", "acceptance-without-work", "deadline-distractor"],
    style=Style(site="govuk", page_title="APCC summary response: stalking super-complaint"),
    body="""
<h1>APCC summary response to the stalking super-complaint</h1>
<p>Updated 8 January 2025</p>
<p>The APCC agreed to respond on behalf of all police and crime commissioners and their equivalents, as per
recommendation 27. We asked every commissioner for their position on the three recommendations for PCCs
(15, 16 and 25) in November 2024.</p>
<h2>Recommendation 15</h2>
<p>By 27 March 2025, review whether the right specialist services have been commissioned to support stalking victims
in their area, including provision of trained independent stalking advocate caseworkers (ISACs).</p>
<p>All 43 PCCs accepted this recommendation. Thirty-eight already commission ISAC provision; most have begun reviews
of whether it is sufficient, and several are exploring shared services with neighbouring areas.</p>
<h2>Recommendations 16 and 25</h2>
<p>These recommendations are also directed to chief constables. All PCCs accepted them and will take them forward
with their chief constables.</p>
""",
)

add(
    name="stalking-npcc-progress-report",
    formats=["pdf"],
    super_complaint="stalking",
    authors=["npcc"],
    date=["2025-08-01", "2025-08"],
    responses={
        "7": {"progress": ["in_progress"]},
        "10": {"progress": ["in_progress", "complete"]},
    },
    classes=["national-roll-up", "percentages", "deadline-distractor", "report-date-distractor", "cover-page",
             "unruled-table"],
    style=Style(pdf_ruled=False, pdf_cover=("<h1>Stalking super-complaint</h1><p>NPCC report on the progress made by "
                                            "police forces</p><p>August 2025</p>"),
                pdf_footer="NPCC Stalking and Harassment portfolio"),
    body="""
<h2>1. Introduction</h2>
<p>This report sets out the progress made by police forces against the recommendations made to chief constables in
the stalking super-complaint report of 27 September 2024. It is based on forces' six-month updates of March 2025 and
further returns in June 2025.</p>
<h2>2. Summary by recommendation</h2>
<table>
<tr><th>Recommendation</th><th>Forces complete</th><th>Forces in progress</th><th>Commentary</th></tr>
<tr><td>7 - crime recording systems</td><td>19</td><td>25</td><td>Many forces depend on supplier releases; interim intelligence flagging is in place in all forces.</td></tr>
<tr><td>10 - learning and training</td><td>40</td><td>4</td><td>Nearly all forces have reviewed and updated training; four are completing roll-out to call handlers.</td></tr>
</table>
<h2>3. Next steps</h2>
<p>The NPCC lead will continue to monitor progress and will report again in early 2026. Forces are reminded that the
recommendations were due by 27 March 2025.</p>
""",
)

add(
    name="stalking-merseyside-pcc-board-paper",
    formats=["docx"],
    super_complaint="stalking",
    authors=["merseyside-pcc"],
    optional_authors=["merseyside-police"],
    date=["2025-04-10"],
    responses={
        "15": {"progress": ["complete"]},
        "16": {"progress": ["in_progress"]},
    },
    classes=["committee-paper", "several-reports-in-one-paper", "own-paragraph-numbering", "named-by-place",
             "deadline-distractor"],
    style=Style(docx_headings="bold"),
    body="""
<h1>Merseyside Police and Crime Commissioner: Scrutiny Meeting</h1>
<p>Date of meeting: 10 April 2025<br>Report of: Head of Commissioning, OPCC</p>
<h2>Item 5: Super-complaints: update on the Commissioner's recommendations</h2>
<p>1. This paper updates the Commissioner on the recommendations made to her in the stalking super-complaint report.
A separate paper on the Criminal Justice Alliance super-complaint will come to the June meeting.</p>
<p>2. The first of the recommendations to commissioners asked for a review of specialist services for stalking
victims by 27 March 2025. The review was completed in February 2025. It found that demand justified a second ISAC,
and a contract variation with our provider took effect on 1 April 2025.</p>
<p>3. The second, a joint review with the Chief Constable, is under way: the Chief Constable and the Commissioner
have agreed terms of reference and the review group first met in March.</p>
<p>4. The Commissioner is asked to note the update.</p>
""",
)
