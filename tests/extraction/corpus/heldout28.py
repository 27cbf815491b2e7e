"""heldout28: a blind held-out set of invented responses to police super-complaint reports.

Written blind: the writer read only the brief, the corpus README, build.py, render.py and the reference data
(super_complaints.yaml, organisations.csv), never the extraction engine, its decisions, its tests or any other
set. Every document is invented from general knowledge of how forces, PCCs, panels and national bodies in
England and Wales write; none is copied from a published response.

The set leans towards force and joint force-and-commissioner documents (action plans, trackers with RAG and
percentage columns, board papers, minutes, news items, web pages, FOI replies, emails), with some commissioner
and national documents. It covers the seven reported super-complaints. Hard cases: recommendations answered
together, by subject, by place or by the force's own numbering (7.1, 7.2, "action 3"); recommendations quoted
but not answered; status implied (waiting on the Home Office, NPCC or College; acceptance with nothing done;
business as usual; part done); trackers whose status column the update contradicts; dates that must not be taken
(report date, deadlines, history, page review dates).
"""
import re

from build import Doc
from render import Style

DOCS: list[Doc] = []


def add(**kw) -> None:
    """One document; line breaks in the source are only for reading it here (<br> breaks a line)."""
    kw["body"] = re.sub(r"\s*\n\s*", " ", kw["body"]).strip()
    DOCS.append(Doc(**kw))


# --- Safe to share? ----------------------------------------------------------------------------

add(
    name="s2s-lincs-tracker",
    formats=["html", "pdf"],
    super_complaint="safe-to-share",
    authors=["lincolnshire-police"],
    date=["2022-03-14"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "4": {"progress": ["in_progress"], "position": ["accepted"]},
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "8": {"progress": ["complete"]},
    },
    absent=["2", "3", "6", "7"],
    classes=["tracker RAG column", "status column contradicted by update", "recipients' rows marked not for force",
             "page dates differ from as-at date", "report date in text"],
    style=Style(site="force", site_name="Lincolnshire Police", page_title="Safe to share? – our action tracker",
                mega_menu=["Report", "Advice", "Your area", "News", "About us", "Careers", "Publications",
                           "Freedom of information", "Our performance", "Complaints"],
                panels=True, related=["HMICFRS super-complaints", "Victim support in Lincolnshire"],
                page_dates="<p>Published: 2 July 2021</p><p>Last reviewed: 9 January 2024</p>"
                           "<p>Next review: January 2025</p>",
                pdf_header="OFFICIAL", pdf_ruled=True),
    body="""
<h1>Super-complaint: Safe to share? Action tracker</h1>
<p>HMICFRS, the College of Policing and the IOPC published <em>Safe to share?</em> on 17 December 2020. The report
made eight recommendations. This tracker records what Lincolnshire Police is doing about the recommendations made
to chief constables. The Force Recommendations Board reviews it every quarter.</p>
<p><strong>Tracker position as at 14 March 2022.</strong></p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Accepted?</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>Yes</td><td>Green – Complete</td><td>Interim instruction issued
to all officers and staff on 4 February 2021: where there is only doubt about a domestic abuse victim's status, no
information is passed to Immigration Enforcement. The instruction is now in the Domestic Abuse Policy and is
checked through the monthly DA audit. Closed at Board.</td></tr>
<tr><td>2</td><td>Home Office</td><td>n/a</td><td>–</td><td>Recommendation for the Home Office. No force action.</td></tr>
<tr><td>3</td><td>Home Office / NPCC</td><td>n/a</td><td>–</td><td>National protocol. No force action.</td></tr>
<tr><td>4</td><td>Head of Public Protection</td><td>Yes</td><td>Green – Complete</td><td>Safe reporting pathway
with a regional migrant support charity piloted in Lincoln and Boston from October 2021. The pilot evaluation is
not yet finished and county-wide rollout has not been agreed; training for the remaining neighbourhood teams is
booked for May and June 2022.</td></tr>
<tr><td>5</td><td>Head of Corporate Communications</td><td>Yes</td><td>Amber</td><td>Community engagement plan
agreed with the OPCC. Leaflets translated into six languages; outreach sessions under way.</td></tr>
<tr><td>6</td><td>OPCC</td><td>n/a</td><td>–</td><td>For the Police and Crime Commissioner, who reports
separately.</td></tr>
<tr><td>7</td><td>Home Office</td><td>n/a</td><td>–</td><td>No force action.</td></tr>
<tr><td>8</td><td>Force Recommendations Lead</td><td>Yes</td><td>Complete</td><td>Six-month update sent to
HMICFRS on 15 June 2021.</td></tr>
</table>
<p>Key: Green – complete or on track; Amber – some delay; Red – at risk.</p>
""",
)

add(
    name="s2s-glos-pcc-letter",
    formats=["docx", "text"],
    super_complaint="safe-to-share",
    authors=["gloucestershire-pcc"],
    date=["2021-02-11"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["1", "4"],
    classes=["statutory PCC letter", "letterhead in page header", "hard-wrapped text", "recommendation by subject",
             "report date and deadline in text", "force's recommendations mentioned not answered"],
    style=Style(docx_letterhead_in_header=True, wrap=78, upper_h1=True),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Gloucestershire<br>Gloucestershire Police Headquarters<br>No. 1 Waterwells<br>Quedgeley<br>Gloucester GL2 2AP</div>
<p>Our ref: OPCC/HMI/21/007<br>Your ref: SC-2020-01</p>
<p>11 February 2021</p>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary<br>HMICFRS<br>Globe House<br>89 Eccleston Square<br>London SW1V 1PN</p>
<p>Dear Sir Thomas,</p>
<h1>Response of the Police and Crime Commissioner for Gloucestershire to "Safe to share?"</h1>
<p>I write under section 29A of the Police Reform Act 2002 in response to the report published on 17 December
2020 on the super-complaint by Liberty and Southall Black Sisters. The Chief Constable has replied to you
separately about the interim measure on information sharing and about safe reporting pathways (recommendations 1
and 4), and I have read that response and discussed it with the Chief Constable at my Accountability Board on 2 February.</p>
<p>There are two recommendations for commissioners, and I accept both.</p>
<p><strong>Confidence in reporting</strong></p>
<p>With the Chief Constable I will promote migrant victims' and witnesses' confidence in reporting crime. My office
has begun work with the Gloucestershire Migrants' Forum on a joint message, to be published in community languages
in the spring, and we have asked the Constabulary to brief its neighbourhood teams before it goes out.</p>
<p><strong>Access to specialist support</strong></p>
<p>I have asked my commissioning team to assess local access to specialist support for victims with insecure
immigration status. The assessment started in January and will report to me by the end of April 2021. Early
findings already show that there is no 'by and for' provision in the east of the county, and I have set aside
funding in my 2021/22 victims' budget to build a network there once the assessment is complete.</p>
<p>I will report progress to you within six months of publication, as the report asks, by 17 June 2021.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Gloucestershire</p>
""",
)

add(
    name="s2s-cleveland-scrutiny-paper",
    formats=["pdf"],
    super_complaint="safe-to-share",
    authors=["cleveland-police", "cleveland-pcc"],
    date=["2023-10-12"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["complete"]},
    },
    absent=["3"],
    classes=["board paper numbered paragraphs", "recommendation by place", "recommendation by subject",
             "business as usual", "joint force and PCC", "progress update years later", "history dates",
             "running header and footer"],
    style=Style(pdf_header="Cleveland Joint Scrutiny and Assurance Board – OFFICIAL",
                pdf_footer="Agenda item 7 – Safe to share? progress"),
    body="""
<p>CLEVELAND POLICE AND CRIME COMMISSIONER AND CLEVELAND POLICE</p>
<p>JOINT SCRUTINY AND ASSURANCE BOARD</p>
<table>
<tr><td>Date of meeting</td><td>12 October 2023</td></tr>
<tr><td>Agenda item</td><td>7</td></tr>
<tr><td>Report of</td><td>Detective Chief Superintendent, Head of Safeguarding, and the OPCC Head of Victims' Services</td></tr>
<tr><td>Security classification</td><td>OFFICIAL</td></tr>
</table>
<h2>Safe to share? – progress against the super-complaint recommendations</h2>
<h3>1. Purpose</h3>
<p>1.1 To update the Board on the Force's and the Commissioner's progress against the recommendations of the
report on the Liberty and Southall Black Sisters super-complaint (December 2020), nearly three years on.</p>
<h3>2. Background</h3>
<p>2.1 The Board last considered this matter on 8 September 2022. At that meeting the Board asked for a further
update once the Home Office and NPCC had published the safeguarding protocol envisaged by recommendation 3. That
protocol has still not been published and the Board is not asked to consider it further here.</p>
<h3>3. Force progress</h3>
<p>3.1 The interim measure on sharing the details of domestic abuse victims whose status is only in doubt has been
in force since February 2021. It is now part of business as usual: it sits in the Domestic Abuse Policy, is
covered in initial learning, and the quarterly dip sample (last run in August 2023) found no cases of information
being passed to Immigration Enforcement on doubt alone.</p>
<p>3.2 The second of the recommendations to chief constables asked for safe reporting pathways. The referral route
to the Teesside migrant advocacy partnership has operated since 2022 and received 41 referrals in the last year.
The Force's victim and witness policy is being rewritten to reflect the characteristics of a safeguarding protocol,
and the rewrite is due at the Policy Board in January 2024. Work continues.</p>
<h3>4. Joint work on confidence in reporting</h3>
<p>4.1 The Force and the OPCC continue to run joint outreach (recommendation 5), most recently at the Middlesbrough
Mela in August. Both accept that confidence is built over years and this work will continue.</p>
<h3>5. Commissioner's progress</h3>
<p>5.1 The Commissioner's assessment of local access to specialist victim support was completed in 2021. The
network it recommended has been built: two specialist caseworkers are commissioned until March 2025 and the
recommendation is considered discharged.</p>
<h3>6. Recommendation</h3>
<p>6.1 The Board is asked to note the report.</p>
""",
)

add(
    name="s2s-met-news",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["metropolitan-police-service"],
    optional_authors=["london-mayor"],
    date=["2021-05-18"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
    },
    optional=["5"],
    classes=["news item with byline", "recommendations named mid-sentence", "quoted third party",
             "report date in text"],
    style=Style(site="news", site_name="Metropolitan Police", page_title="Met changes how it shares victims' details"),
    body="""
<h1>Met changes how it shares the details of domestic abuse victims</h1>
<p>By the Met press office | 18 May 2021</p>
<p>The Metropolitan Police Service has today confirmed to the inspectorate that it has acted on recommendation 1 of
the <em>Safe to share?</em> report, published in December 2020. Since 1 April every officer and member of staff has
been instructed that doubts about a domestic abuse victim's immigration status are not a reason to contact
Immigration Enforcement, and the instruction is now part of the Met's domestic abuse policy.</p>
<p>Commander for public protection said: "Victims must be able to come to us without fear. We have changed our
policy and our systems, and our officers have been briefed."</p>
<p>The Met is also working with specialist charities across London on safe reporting pathways, as recommendation 4
asks. Two pilots began in March in Southwark and Newham, and the Met expects to decide on a London-wide pathway in
the autumn.</p>
<p>The Deputy Mayor for Policing and Crime welcomed the change and said MOPAC would continue to fund outreach that
helps migrant communities report crime.</p>
<h2>Notes to editors</h2>
<p>The report made eight recommendations to chief constables, police and crime commissioners, the Home Office and
the NPCC.</p>
""",
)

# --- A duty to protect (protective measures) ---------------------------------------------------

add(
    name="pm-durham-action-plan",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["durham-constabulary"],
    date=["2022-03"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
        "5": {"progress": ["complete"], "position": ["accepted"]},
        "6": {"progress": ["awaiting_national"], "position": ["accepted"]},
        "9": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["2", "12"],
    classes=["force action plan table", "BAU", "check boxes", "waiting on Home Office legislation",
             "accepted but not started", "rows for other recipients", "version month date", "report date in text"],
    style=Style(docx_headings="bold", pdf_ruled=False, pdf_header="Durham Constabulary – Action Plan v3"),
    body="""
<h1>A Duty to Protect – Force Action Plan</h1>
<p>Version 3 – March 2022<br>Owner: Detective Superintendent, Safeguarding<br>Governance: Vulnerability Strategic
Board</p>
<p>The report on the Centre for Women's Justice super-complaint was published on 24 August 2021. It made 15
recommendations. This plan covers those that need action by Durham Constabulary; rows for recommendations to
other bodies are kept for reference.</p>
<table>
<tr><th>Rec</th><th>Theme</th><th>Action</th><th>Status</th><th>Notes</th></tr>
<tr><td>1</td><td>Released under investigation</td><td>Implement RUI management process in line with the NPCC
Bail Management lead's letter</td><td>☐ Complete ☒ Ongoing</td><td>Weekly RUI review meeting started January
2022; supervisory reviews at 28 days being built into Niche.</td></tr>
<tr><td>2</td><td>Breach of pre-charge bail</td><td>For the Home Office and Ministry of Justice</td><td>n/a</td>
<td>Not for the Force.</td></tr>
<tr><td>3</td><td>Officer knowledge of protective measures</td><td>Protective measures guide and e-learning</td>
<td>☒ Complete ☐ Ongoing</td><td>Guide published on the intranet in December 2021; 94% of response officers have
completed the e-learning.</td></tr>
<tr><td>5</td><td>DVPN/DVPO</td><td>Single point of contact for DVPO applications</td><td>☒ Complete ☐ Ongoing</td>
<td>BAU – the DVPO team now handles all applications.</td></tr>
<tr><td>6</td><td>Bail conditions</td><td>Align practice with the new pre-charge bail framework</td><td>☐ Complete
☒ Ongoing</td><td>Cannot proceed until the bail provisions of the Police, Crime, Sentencing and Courts Bill are
enacted and the Home Office issues statutory guidance. On hold.</td></tr>
<tr><td>9</td><td>Non-molestation orders</td><td>Review recording of NMO breaches</td><td>☐ Complete ☐ Ongoing</td>
<td>Accepted. Review to start in Q1 2022/23 once the new DA coordinator is in post.</td></tr>
<tr><td>12</td><td>Notification of orders</td><td>For the Home Office and Ministry of Justice</td><td>n/a</td>
<td>Not for the Force.</td></tr>
</table>
<p>All recommendations for chief constables are accepted.</p>
""",
)

add(
    name="pm-npcc-govuk",
    formats=["html"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-05-20", "2022-06-07"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "4": {"progress": ["complete"], "position": ["accepted"]},
        "7": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    absent=["10"],
    classes=["national body on GOV.UK", "published date and letter date", "waiting on College guidance",
             "recommendation for other body quoted"],
    style=Style(site="govuk", page_title="NPCC response to recommendations – A duty to protect"),
    body="""
<p>Guidance</p>
<h1>National Police Chiefs' Council response to the recommendations of "A duty to protect"</h1>
<p>Published 7 June 2022</p>
<p>From: National Police Chiefs' Council lead for domestic abuse</p>
<p>20 May 2022</p>
<p>The report made a total of 15 recommendations. This response covers the recommendations that fall to chief
constables and the NPCC and is given on behalf of forces in England and Wales.</p>
<h2>Recommendation 1</h2>
<p>The NPCC lead for bail management has written to all forces. Every force has confirmed that it has, or is
putting in place, a process for managing released under investigation cases. 31 forces report the process is
fully in place; the rest expect to finish by September 2022. The NPCC will monitor this through the national bail
working group.</p>
<h2>Recommendation 4</h2>
<p>All forces have circulated the College's briefing on protective measures to frontline officers. The national
domestic abuse training package was updated in March 2022. We consider this recommendation complete.</p>
<h2>Recommendation 7</h2>
<p>Policing supports this recommendation. It depends on the College of Policing's revision of the authorised
professional practice on domestic abuse, which is expected later this year; forces will act on it once the
revision is published.</p>
<h2>Recommendation 10</h2>
<p>This recommendation is for the Ministry of Justice, which will respond separately.</p>
""",
)

add(
    name="pm-norfolk-suffolk-foi",
    formats=["markdown"],
    super_complaint="protective-measures",
    authors=["suffolk-constabulary"],
    optional_authors=["norfolk-constabulary"],
    date=["2023-04-26"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["in_progress"]},
    },
    absent=["11"],
    classes=["FOI reply", "recommendations answered together", "request date vs reply date",
             "shared joint unit authorship"],
    body="""
<h1>Freedom of Information Request – Reference 000417/23</h1>
<p>Suffolk Constabulary<br>Joint Information Management Unit (Norfolk and Suffolk)</p>
<p>Date of reply: 26 April 2023</p>
<h2>Your request</h2>
<p>You asked, on 29 March 2023: "What progress has Suffolk Constabulary made on the recommendations of the 'A duty to
protect' super-complaint report? In particular recommendations 1, 4, 5 and 11."</p>
<h2>Our response</h2>
<p>Suffolk Constabulary holds information relevant to your request.</p>
<p><strong>Recommendation 1.</strong> The Constabulary's released under investigation process was brought in line
with the NPCC guidance in 2022 and is now complete. Every RUI case is reviewed by a supervisor at 28 days.</p>
<p><strong>Recommendations 4 and 5.</strong> These are being delivered together through the Domestic Abuse
Improvement Plan. A refreshed protective orders toolkit has been issued and training of response officers is
about two-thirds complete; the remaining cohorts are scheduled for summer 2023.</p>
<p><strong>Recommendation 11.</strong> This recommendation was not made to chief constables, so Suffolk
Constabulary holds no information about it.</p>
<p>If you are unhappy with this response you may ask for an internal review within 40 working days.</p>
""",
)

# --- The hidden victims (modern slavery) ----------------------------------------------------------

add(
    name="ms-home-office-letter",
    formats=["pdf", "text"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-09-22"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["ministerial letter", "letterhead", "report date in text", "future dates"],
    style=Style(wrap=80, pdf_header="Home Office"),
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>Minister for Safeguarding</p>
<p>Our reference: MIN/0458712/21</p>
<p>22 September 2021</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report <em>The hidden victims</em>, published on 26 May 2021, on Hestia's super-complaint on
the police response to victims of modern slavery.</p>
<p><strong>Recommendation 1</strong></p>
<p>The Government accepts this recommendation. We have commissioned work, in consultation with chief constables,
the Independent Anti-Slavery Commissioner, the Victims' Commissioner and the Crown Prosecution Service, to better
understand the experience of victims of the police response to modern slavery. The research was let in August
2021 and is due to report in summer 2022; we will share its findings with the inspectorate.</p>
<p>The other recommendations are for chief constables and police and crime commissioners, and we understand they
will respond to you directly.</p>
<p>Yours sincerely,</p>
<p>Minister for Safeguarding</p>
""",
)

add(
    name="ms-westmids-pcc-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["west-midlands-pcc"],
    date=["2021-08-04"],
    responses={},
    absent=["1"],
    classes=["quoted recommendation not answered", "unnumbered recommendations answered", "page dates",
             "CMS page furniture"],
    style=Style(site="pcc", site_name="West Midlands Police and Crime Commissioner",
                page_title="The hidden victims – Commissioner's response",
                mega_menu=["About the PCC", "Police and Crime Plan", "Grants and funding", "Get involved",
                           "Transparency", "Victims' support"],
                related=["Modern slavery partnership", "Commissioned victim services"],
                page_dates="<p>Page created 4 August 2021 · Last updated 11 March 2023</p>"),
    body="""
<h1>The hidden victims: the Commissioner's response</h1>
<p>4 August 2021</p>
<p>On 26 May 2021 the inspectorate, the College of Policing and the IOPC published their report on Hestia's
super-complaint about the police response to victims of modern slavery.</p>
<p>The report's first recommendation is for the Home Office:</p>
<p><em>"In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the
Crown Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate,
commission work to better understand the victim experience..."</em></p>
<p>That is a matter for the Government. This page sets out what the Commissioner is doing on the report's findings
about support for victims.</p>
<h2>Understanding what victims need</h2>
<p>The Commissioner and the Chief Constable have agreed to map, with the regional anti-slavery partnership, what
support survivors need after they leave the National Referral Mechanism. The mapping will finish in the winter.</p>
<h2>Commissioned services</h2>
<p>The Commissioner's victims' services already include a modern slavery advocate, and the contract will be
reviewed in 2022 in the light of the mapping.</p>
""",
)

# --- Police perpetrated domestic abuse ----------------------------------------------------------

add(
    name="ppda-kent-force-response",
    formats=["pdf", "docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["kent-police"],
    date=["2023-01"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["4"],
    classes=["cover page", "force's own numbering", "recommendation part for another recipient",
             "deadline and audit period dates", "running header", "recipients' recommendation listed not answered"],
    style=Style(pdf_cover="<h1>Kent Police</h1><h2>Response to the Centre for Women's Justice super-complaint: "
                          "Police perpetrated domestic abuse</h2><p>January 2023</p><p>OFFICIAL – PUBLIC</p>",
                pdf_header="Kent Police – PPDA super-complaint response", docx_footer="Kent Police, Sutton Road, "
                "Maidstone ME15 9BZ", docx_headings="styles"),
    body="""
<h1>Police perpetrated domestic abuse: the Force's response</h1>
<p>January 2023</p>
<p>The report on the Centre for Women's Justice super-complaint was published on 30 June 2022. The NPCC confirmed in
September 2022 that every force accepted the recommendations made for policing. Kent Police accepted them and has
numbered its actions as follows.</p>
<table>
<tr><th>Kent action</th><th>Report recommendation</th></tr>
<tr><td>Action A</td><td>Recommendation 1 (audit of live and recently closed cases)</td></tr>
<tr><td>Action B</td><td>Recommendation 2</td></tr>
<tr><td>Action C</td><td>Recommendation 3 (the part for chief constables)</td></tr>
</table>
<h2>Action A</h2>
<p>The Professional Standards Department audited all live PPDA cases and those closed in the twelve months ending
30 June 2022: 63 cases in all. Eleven were referred back for reassessment as conduct matters, and four were
referred to the IOPC. The Chief Constable wrote, through the NPCC, to the College of Policing on 19 December 2022,
before the six-month deadline of 30 December 2022. This action is complete.</p>
<h2>Action B</h2>
<p>A dedicated PPDA investigation team within Professional Standards was approved in November 2022. Recruitment is
under way and the team will be fully staffed by April 2023. Until then PPDA cases are allocated to a named
detective inspector.</p>
<h2>Action C</h2>
<p>Kent Police is reviewing its domestic abuse guidance so that it covers the needs of victims who are police
officers or staff, or whose abuser is. A draft is with the Kent and Medway domestic abuse partnership for comment.
The part of recommendation 3 for police and crime commissioners is answered by the Commissioner, and the part for
the Ministry of Justice by the Ministry.</p>
<h2>Recommendation 4</h2>
<p>Recommendation 4 is for the Home Office.</p>
""",
)

add(
    name="ppda-lancs-pcc-decision",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["lancashire-pcc"],
    date=["2022-09-14"],
    responses={
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    optional=["1"],
    classes=["decision record", "recommendation part (3a)", "form table", "letterhead in table",
             "force's recommendation mentioned", "report date and deadline in text"],
    style=Style(docx_letterhead="table", docx_headings="bold"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Lancashire<br>County Hall<br>Preston PR1 0LD</div>
<h1>Decision Record 2022/48</h1>
<table>
<tr><td>Title</td><td>Response to the super-complaint report "Police perpetrated domestic abuse" – Recommendation
3a</td></tr>
<tr><td>Executive summary</td><td>The report published on 30 June 2022 asks PCCs to consider whether local services
can deal with the specific risks and vulnerabilities of victims of police perpetrated domestic abuse and support
them when they engage with the police complaints and disciplinary system.</td></tr>
<tr><td>Decision</td><td>I accept recommendation 3a. I approve a review of the domestic abuse services I commission,
to be completed by December 2022, and a grant of £18,000 to the county IDVA service to train advisers in the
complaints and misconduct process.</td></tr>
<tr><td>Progress</td><td>The review began on 1 September 2022. The IDVA grant agreement is being drafted.</td></tr>
<tr><td>Related matters</td><td>The Chief Constable has told me that the Constabulary's audit under recommendation 1 is
under way and will be reported to my Accountability Board in January 2023.</td></tr>
<tr><td>Signed</td><td>Police and Crime Commissioner for Lancashire</td></tr>
<tr><td>Date</td><td>14 September 2022</td></tr>
</table>
""",
)
