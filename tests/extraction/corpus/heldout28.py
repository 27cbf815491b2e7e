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

add(
    name="ppda-northants-panel-minutes",
    formats=["text", "markdown"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["northamptonshire-pfcc", "northamptonshire-police"],
    date=["2023-03-09"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["complete", "in_progress"]},
    },
    absent=["4"],
    classes=["panel minutes", "answers reported by officers in minutes", "previous meeting date",
             "two readings of a part-done recommendation", "hard-wrapped text"],
    style=Style(wrap=72, upper_h1=True),
    body="""
<h1>Northamptonshire Police, Fire and Crime Panel – Minutes</h1>
<p>Minutes of the meeting held at One Angel Square, Northampton, on Thursday 9 March 2023 at 10.00am.</p>
<p>Present: Councillor (Chair); eight panel members; the Police, Fire and Crime Commissioner; the Chief Executive of
the OPFCC; the Deputy Chief Constable.</p>
<h2>1. Apologies</h2>
<p>Apologies were received from two members.</p>
<h2>2. Minutes of the previous meeting</h2>
<p>The minutes of the meeting held on 8 December 2022 were agreed as a correct record.</p>
<h2>3. Police perpetrated domestic abuse super-complaint – update</h2>
<p>3.1 The Deputy Chief Constable reported on the Force's response to the super-complaint report. The audit of live
and recently closed cases required by recommendation 1 had been completed and the Chief Constable's letter sent to
the College of Policing through the NPCC in December; the recommendation was closed.</p>
<p>3.2 On recommendation 2 the DCC said that new vetting and suspension procedures were being drafted and would be
in place by the summer.</p>
<p>3.3 The Commissioner reported on recommendation 3a. The review of commissioned domestic abuse services had found
that advisers needed more knowledge of police misconduct processes. Training for the IDVA service had been
delivered in February, and the Commissioner considered the recommendation met, although the Force's own
guidance under recommendation 3 was still being revised.</p>
<p>3.4 A member asked about recommendation 4. The Commissioner said that it was for the Home Office and that he
had nothing to add.</p>
<p>3.5 RESOLVED: that the update be noted and a further report be brought to the Panel in September 2023.</p>
<h2>4. Date of next meeting</h2>
<p>15 June 2023.</p>
""",
)

add(
    name="ppda-hmicfrs-collection",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["hmicfrs"],
    date=["2023-01-27", "2022-06-30"],
    responses={},
    absent=["1", "3", "4"],
    classes=["collection page lists responses", "no responses in document", "published and updated dates",
             "recommendations summarised not answered"],
    style=Style(site="national", site_name="HMICFRS", page_title="Police perpetrated domestic abuse: responses",
                furniture_words=["Home", "Our work", "Publications", "Police forces", "Fire and rescue services",
                                 "About us"],
                page_dates="<p>Published: 30 June 2022</p><p>Last updated: 27 January 2023</p>"),
    body="""
<h1>Police perpetrated domestic abuse: responses to the super-complaint report</h1>
<p>This page lists the responses we have received to the recommendations in our report on the Centre for Women's
Justice super-complaint. Recommendation 1 asked chief constables to audit live and recently closed cases and write
to the College of Policing within six months. Recommendation 3 asked PCCs, the Ministry of Justice and chief
constables to make sure domestic abuse support services meet the needs of PPDA victims. Recommendation 4 is for the
Home Office.</p>
<h2>Responses from national bodies</h2>
<ul>
<li>National Police Chiefs' Council – letter of 5 September 2022 (PDF, 210KB)</li>
<li>Second NPCC response – overview of forces' responses (PDF, 1.1MB)</li>
<li>Ministry of Justice – letter of 15 August 2022 (PDF, 95KB)</li>
<li>Home Office – letter of 15 November 2022 (PDF, 130KB)</li>
</ul>
<h2>Responses from police and crime commissioners</h2>
<ul>
<li>APCC collation of PCC responses to recommendation 3a (PDF, 400KB)</li>
</ul>
<p>Update 27 January 2023: we have added the second NPCC response.</p>
""",
)

# --- Honour-based abuse (Tees Valley Inclusion Project) --------------------------------------------

add(
    name="hba-westyorks-force-page",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-police"],
    date=["2024-05", "2024-06-05"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["3"],
    classes=["CMS accordion page", "page dates and update month", "part done", "NPCC recommendation noted",
             "report date in text"],
    style=Style(site="force", site_name="West Yorkshire Police",
                page_title="Super-complaint: honour-based abuse – our response",
                mega_menu=["Report", "Advice and information", "Your area", "News and appeals", "About us",
                           "Jobs", "Publication scheme", "Complaints", "Contact us"],
                panels=True, related=["Honour-based abuse and forced marriage", "Reporting sexual offences"],
                page_dates="<p>Published 20 February 2023</p><p>Last reviewed 5 June 2024</p>"),
    body="""
<h1>Super-complaint on honour-based abuse: our response</h1>
<p>In December 2022 HMICFRS, the College of Policing and the IOPC reported on the Tees Valley Inclusion Project's
super-complaint about how police respond to victims of sexual abuse from ethnic minority backgrounds who may be at
risk of honour-based abuse. Select a heading to read our response.</p>
<h2>Update: May 2024</h2>
<h3>The risk of honour-based abuse in our sexual abuse policies</h3>
<p>We accepted this recommendation. Our Rape and Serious Sexual Offences policy was updated in July 2023 to include
the risk of honour-based abuse, with a prompt in the investigation plan template. This work is complete.</p>
<h3>Cultural awareness</h3>
<p>We accepted this recommendation. District demographic profiles are now given to every new officer, and our
independent advisory groups have been refreshed to reflect them. The community information pack on culture and
religion, written with local faith and community groups, is still being drafted and is due in autumn 2024.</p>
<h3>Data on ethnicity</h3>
<p>The third recommendation is for the National Police Chiefs' Council. We will adopt any new data standard it
agrees.</p>
""",
)

add(
    name="hba-npcc-lead-letter",
    formats=["docx"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2023-06-19"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    classes=["national lead letter", "logo-only letterhead", "waiting on Home Office data requirement",
             "percentages of forces", "recommendations by subject heading"],
    style=Style(docx_letterhead="header_image", docx_footer="National Police Chiefs' Council, 1st Floor, 10 Victoria "
                                                              "Street, London SW1H 0NN"),
    body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>NPCC lead for honour-based abuse, forced marriage and female genital mutilation</p>
<p>19 June 2023</p>
<p>HM Inspector of Constabulary<br>Super-complaints team, HMICFRS</p>
<p>Dear HMI,</p>
<p><strong>Super-complaint: sexual abuse victims at risk of honour-based abuse – six-month update</strong></p>
<p>I write with an update on the three recommendations made to policing.</p>
<p><strong>The risk of honour-based abuse</strong><br>Thirty-four of the 43 forces have now updated their sexual abuse
policies to include the risk of honour-based abuse; the remaining forces have given dates before the end of 2023.</p>
<p><strong>Cultural awareness</strong><br>All forces have started work. Most have reviewed their independent advisory
groups; fewer than half have produced local information on culture and religion.</p>
<p><strong>Consideration of findings</strong><br>The NPCC's review of data standards has taken the super-complaint into
account. The proposed change to recording ethnicity has been submitted to the Home Office for its annual data
requirement and we are waiting for its decision before forces can be asked to implement it.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable<br>NPCC lead for honour-based abuse</p>
""",
)

add(
    name="hba-cleveland-pcc-news",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-pcc"],
    optional_authors=["cleveland-police"],
    date=["2023-03-02"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    classes=["PCC news item", "recommendation by place", "PCC reports force progress", "report date in text"],
    style=Style(site="news", site_name="Cleveland Police and Crime Commissioner",
                page_title="Commissioner welcomes progress on honour-based abuse"),
    body="""
<h1>Commissioner welcomes progress on honour-based abuse report</h1>
<p>Posted on 2 March 2023 by the Office of the Police and Crime Commissioner for Cleveland</p>
<p>The Commissioner has welcomed Cleveland Police's progress on the super-complaint brought by the Tees Valley
Inclusion Project, a Middlesbrough charity, on which the inspectorate reported on 16 December 2022.</p>
<p>The first of the recommendations to chief constables asked forces to include the risk of honour-based abuse in
their sexual abuse policies. Cleveland Police has now done so, and the revised policy was signed off at the end of
February.</p>
<p>Work on the second, on officers' awareness of the cultures and religions of the communities they police, has
begun: the Force is working with the project on training, which is expected to start in the summer.</p>
<p>The Commissioner said: "This complaint began here in Teesside, and I want our response to be among the best. My
office will keep checking progress at my scrutiny meetings."</p>
""",
)

# --- Section 60 and community scrutiny of stop and search ----------------------------------------

add(
    name="sas-essex-pfcc-response",
    formats=["pdf", "docx"],
    super_complaint="stop-and-search",
    authors=["essex-pfcc"],
    date=["2024-02-08"],
    responses={
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["1", "2", "3", "4", "5", "6"],
    classes=["statutory PCC response", "group of force recommendations not answered", "report date in text",
             "deadline in text"],
    style=Style(pdf_header="Essex Police, Fire and Crime Commissioner", docx_letterhead_in_header=True),
    body="""
<div class="letterhead">Essex Police, Fire and Crime Commissioner<br>Kelvedon Park<br>London Road<br>Rivenhall<br>Witham CM8 3HB</div>
<p>8 February 2024</p>
<h1>Response to the super-complaint report on section 60 and community scrutiny of stop and search</h1>
<p>This is my response, under section 29A of the Police Reform Act 2002, to the report published on 15 December
2023 on the Criminal Justice Alliance's super-complaint.</p>
<p>The report made ten recommendations. The six for chief constables (recommendations 1 to 6) are for the Chief
Constable of Essex Police, who will publish the Force's response. I will hold him to account for it at my
Performance and Resources Scrutiny Board.</p>
<h2>Recommendation 8</h2>
<p>I accept recommendation 8. My office funds the Essex Stop and Search Community Scrutiny Panel. Since January we
have been recruiting new members so that the panel better reflects the people most often stopped, including young
people, and panel members will receive training on the law on section 60 in the spring. The panel's terms of
reference are being rewritten so that it reviews every section 60 authorisation after the event.</p>
<p>I will publish a further update by the end of 2024.</p>
<p>Police, Fire and Crime Commissioner for Essex</p>
""",
)

add(
    name="sas-wmp-tracker",
    formats=["docx", "html"],
    super_complaint="stop-and-search",
    authors=["west-midlands-police"],
    date=["2024-09-30"],
    responses={
        "1": {"progress": ["complete"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "4": {"progress": ["not_started"], "position": ["accepted"]},
        "6": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    absent=["8"],
    classes=["tracker percentage column", "status column contradicted by update", "BAU",
             "accepted but not started", "waiting on College APP", "PCC recommendation row"],
    style=Style(site="force", site_name="West Midlands Police", page_title="Stop and search super-complaint tracker",
                page_dates="<p>Page updated 2 October 2024</p>", docx_headings="bold"),
    body="""
<h1>Section 60 super-complaint – recommendation tracker</h1>
<p>Reporting period: Quarter 2 2024/25 (position at 30 September 2024)<br>Lead: Chief Superintendent, Stop and
Search Strategic Lead<br>Board: Legitimacy and Fairness Board</p>
<table>
<tr><th>Recommendation</th><th>% complete</th><th>Status</th><th>Latest update</th></tr>
<tr><td>Rec 1</td><td>100%</td><td>Closed – BAU</td><td>Revised section 60 authorisation template in use since
March 2024; every authorisation is reviewed by the Legitimacy and Fairness Board.</td></tr>
<tr><td>Rec 3</td><td>60%</td><td>On track</td><td>Body-worn video review of searches of children under way in
four of seven local policing areas.</td></tr>
<tr><td>Rec 4</td><td>0%</td><td>Accepted</td><td>Work to begin in Q3 once the new stop and search data analyst is
in post.</td></tr>
<tr><td>Rec 6</td><td>100%</td><td>Complete</td><td>Training content drafted, but it cannot be finalised or
delivered until the College of Policing publishes its revised stop and search APP; we are waiting on the
College.</td></tr>
<tr><td>Rec 8</td><td>–</td><td>PCC lead</td><td>Owned by the Police and Crime Commissioner.</td></tr>
</table>
""",
)

add(
    name="sas-northumbria-committee-minutes",
    formats=["text"],
    super_complaint="stop-and-search",
    authors=["northumbria-police", "northumbria-pcc"],
    date=["2024-11-21"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["complete"]},
        "4": {"progress": ["complete"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["complete"]},
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["minutes", "recommendations answered as a group with exceptions", "joint force and PCC",
             "hard-wrapped text", "previous meeting date"],
    style=Style(wrap=70, text_tables="pipes"),
    body="""
<p>NORTHUMBRIA POLICE AND CRIME COMMISSIONER<br>SCRUTINY MEETING – MINUTES</p>
<p>Date: 21 November 2024<br>Venue: Middle Engine Lane, Wallsend</p>
<table>
<tr><td>Present</td><td>Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief
Executive</td></tr>
<tr><td>Minutes of 24 October 2024</td><td>Agreed</td></tr>
</table>
<p>Item 4. Stop and search super-complaint</p>
<p>The Deputy Chief Constable reported that the Force had accepted all six recommendations for chief constables in
the report of December 2023. Four of them, recommendations 1, 3, 4 and 6, were now complete and closed at the Force
Legitimacy Board. Recommendations 2 and 5 remained in progress: the new scrutiny data set would be published in
January 2025.</p>
<p>The Commissioner reported on recommendation 8, which she had accepted in February. The refreshed community
scrutiny panel had met twice; its youth strand would be recruited in the new year.</p>
<p>Action: OPCC to publish the Force's and the Commissioner's progress on the website.</p>
""",
)

add(
    name="sas-dyfed-powys-news",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["dyfed-powys-police"],
    optional_authors=["dyfed-powys-pcc"],
    date=["2024-02-15"],
    responses={
        "2": {"progress": ["complete"], "position": ["accepted"]},
        "5": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    optional=["8"],
    classes=["news item", "recommendations named mid-sentence", "waiting on Home Office guidance",
             "PCC quoted", "Welsh force"],
    style=Style(site="news", site_name="Dyfed-Powys Police",
                page_title="Force responds to stop and search super-complaint"),
    body="""
<h1>Force responds to stop and search super-complaint</h1>
<p>15 February 2024 | Corporate Communications</p>
<p>Dyfed-Powys Police has accepted all six recommendations made to chief constables in the report on the Criminal
Justice Alliance's super-complaint about section 60 and community scrutiny of stop and search.</p>
<p>The Force had already met recommendation 2 before the report was published, said the Assistant Chief Constable,
and will keep doing so. Recommendation 5 depends on revised Home Office guidance on section 60 authorisations,
which has not yet been published, so the Force cannot act on it yet. The remaining recommendations will be covered
in the Force's action plan, to be published next month.</p>
<p>The Police and Crime Commissioner, who is responsible for recommendation 8, said his office was reviewing the
membership of the Stop and Search Scrutiny Panel.</p>
""",
)

# --- The police response to stalking ------------------------------------------------------------

add(
    name="stalking-dorset-action-plan",
    formats=["pdf", "html"],
    super_complaint="stalking",
    authors=["dorset-police"],
    date=["2024-11-21"],
    responses={
        "7": {"progress": ["in_progress"], "position": ["accepted"]},
        "10": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["15"],
    classes=["NPCC-framework action plan", "parts numbered 7.1 7.2", "deadlines must not be taken",
             "unruled PDF table", "cover page", "PCC recommendation noted"],
    style=Style(site="force", site_name="Dorset Police", page_title="Stalking super-complaint action plan",
                pdf_ruled=False, pdf_cover="<h1>Dorset Police</h1><p>Force action plan in response to the "
                "Suzy Lamplugh Trust super-complaint on the police response to stalking</p><p>Published 21 "
                "November 2024</p>", pdf_footer="OFFICIAL", page_dates="<p>Published: 21 November 2024</p>"),
    body="""
<h1>Stalking super-complaint: Force action plan</h1>
<p>Published 21 November 2024. The report of 27 September 2024 asked chief constables to publish an action plan
within 56 days. This plan follows the NPCC framework: each recommendation is split into the evidence of progress or
completion the Force will provide. Most recommendations are due by 27 March 2025.</p>
<table>
<tr><th>Ref</th><th>Requirement</th><th>Action and owner</th><th>Progress</th></tr>
<tr><td>7</td><td>Seek changes to crime recording systems so that crimes not recorded as the principal crime can be
searched as included classifications</td><td>Change request raised with the Niche consortium (Head of Crime
Recording)</td><td>Change request submitted October 2024; release expected spring 2025</td></tr>
<tr><td>7.1</td><td>Processes so the system capability is used</td><td>Guidance to be issued on release</td>
<td>Not started – depends on 7</td></tr>
<tr><td>7.2</td><td>Alternative measures while changes are pending</td><td>Intelligence report flag "STALK-INC"
(Force Crime Registrar)</td><td>In place since 1 November 2024</td></tr>
<tr><td>10</td><td>Review and update learning and training on stalking</td><td>Training needs analysis (Learning and
Development)</td><td>Analysis half complete; new package to follow</td></tr>
<tr><td>16</td><td>Work with the PCC on commissioning review</td><td>Joint review with the OPCC (Superintendent,
Safeguarding)</td><td>First joint meeting held 12 November 2024</td></tr>
</table>
<p>Recommendation 15 is for the Police and Crime Commissioner, who will publish a separate response.</p>
""",
)

add(
    name="stalking-wiltshire-pcc-page",
    formats=["html"],
    super_complaint="stalking",
    authors=["wiltshire-pcc"],
    date=["2025-06-10"],
    responses={
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
        "25": {"progress": ["not_started"], "position": ["accepted"]},
    },
    absent=["27"],
    classes=["PCC CMS page", "recommendation by subject only", "accepted but not started",
             "APCC recommendation mentioned", "deadline in text", "page dates"],
    style=Style(site="pcc", site_name="Police and Crime Commissioner for Wiltshire and Swindon",
                page_title="Stalking super-complaint – Commissioner's progress",
                mega_menu=["About", "Police and Crime Plan", "Holding to account", "Commissioning", "News",
                           "Contact"],
                panels=True,
                page_dates="<p>Last updated: 10 June 2025</p><p>Next review: December 2025</p>"),
    body="""
<h1>Stalking super-complaint: the Commissioner's progress</h1>
<p>Update as at 10 June 2025</p>
<p>The Association of Police and Crime Commissioners responded on behalf of all commissioners, as the report's
recommendation 27 asked. This page sets out what the Commissioner for Wiltshire and Swindon has done locally.</p>
<h2>Specialist services for stalking victims</h2>
<p>The report asked commissioners to review, by 27 March 2025, whether the right specialist services, including
independent stalking advocate caseworkers, have been commissioned in their area. Our review finished in February
2025. It found one ISAC post was not enough, and from 1 April 2025 the Commissioner has funded two ISACs with
Swindon and Wiltshire's specialist provider. This is complete.</p>
<h2>Working with the Chief Constable</h2>
<p>Recommendation 16: the Commissioner and the Chief Constable are reviewing together how stalking victims are
referred to commissioned services. The referral pathway is being tested and will be finished in the autumn.</p>
<p>Recommendation 25: accepted. The Commissioner and the Chief Constable will take this forward in 2025/26; work has
not yet begun.</p>
""",
)

add(
    name="stalking-gwent-email",
    formats=["text"],
    super_complaint="stalking",
    authors=["gwent-police"],
    date=["2025-03-14"],
    responses={
        "7": {"progress": ["complete"]},
        "10": {"progress": ["in_progress"]},
        "12": {"progress": ["awaiting_national"]},
    },
    optional=["13"],
    classes=["email", "parts named without parent", "waiting on College APP", "deadline in text",
             "quoted earlier email date"],
    body="""
<p>From: Stalking and Harassment Lead, Gwent Police<br>Sent: 14 March 2025 16:02<br>To: OPCC Gwent – Policy
and Scrutiny<br>Cc: Superintendent, Public Protection<br>Subject: RE: Stalking SC – six month update to NPCC</p>
<p>Hi both,</p>
<p>As promised, here is what we are sending to the NPCC as our six-month update, ahead of the 27 March deadline.</p>
<p>7.1 and 7.2 – done. The Niche change to record stalking as an included classification went live on 3 February,
the guidance to staff went out the same week, and we have stopped using the interim intelligence flag. That closes
rec 7 for us.</p>
<p>10 – training review finished in January. The new package is being rolled out; about 40% of frontline staff have
done it so far.</p>
<p>12 – we cannot close this until the College publishes the refreshed stalking APP, which we are told is now
summer. Nothing more we can do locally in the meantime.</p>
<p>13 – I'll send a separate note on this once I've spoken to the DI.</p>
<p>Thanks,<br>Stalking and Harassment Lead</p>
<p>-----Original Message-----<br>From: OPCC Gwent – Policy and Scrutiny<br>Sent: 3 March 2025 09:15<br>Subject:
Stalking SC – six month update to NPCC</p>
<p>Could you let us have the Force's update before it goes to the NPCC, so the Commissioner can see it?</p>
""",
)

add(
    name="stalking-staffs-joint-letter",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["staffordshire-pfcc", "staffordshire-police"],
    date=["2025-01-17"],
    responses={
        "15": {"progress": ["awaiting_national"], "position": ["partially_accepted"]},
        "16": {"progress": ["in_progress"], "position": ["accepted"]},
        "25": {"progress": ["not_stated"], "position": ["accepted"]},
    },
    classes=["joint force and commissioner letter", "partial acceptance", "waiting on Home Office and MoJ funding",
             "acceptance with nothing done", "logo-only letterhead", "report date in text"],
    style=Style(docx_letterhead="header_image", pdf_header="Staffordshire Commissioner's Office"),
    body="""
<div class="letterhead">Staffordshire Commissioner's Office<br>Block 9, Weston Road<br>Stafford ST18 0YY</div>
<p>Ref: SCO/SC/2025/02</p>
<p>17 January 2025</p>
<p>Dear HM Inspector,</p>
<p><strong>Joint response of the Staffordshire Commissioner and the Chief Constable to the stalking
super-complaint report</strong></p>
<p>We write jointly about the recommendations for commissioners and chief constables in the report published on
27 September 2024. The Force's action plan for the other recommendations to chief constables was published in
November.</p>
<p><strong>Recommendation 15.</strong> The Commissioner accepts this recommendation in part. The review of
commissioned services is complete and shows that Staffordshire needs three independent stalking advocate
caseworkers rather than the one now funded. The Commissioner cannot fund the additional posts from the Victims'
Grant alone and is waiting to hear whether the Home Office and the Ministry of Justice will provide the ring-fenced
funding the report assumes. Until then no further posts can be commissioned.</p>
<p><strong>Recommendation 16.</strong> Accepted. A joint working group of the Force and the Commissioner's Office met
for the first time in December and is reviewing referral routes.</p>
<p><strong>Recommendation 25.</strong> Accepted by both of us.</p>
<p>Yours sincerely,</p>
<p>Staffordshire Commissioner (Police, Fire and Rescue and Crime) &#160;&#160;&#160; Chief Constable, Staffordshire
Police</p>
""",
)

# --- later additions ------------------------------------------------------------------------------

add(
    name="hba-derbyshire-pcc-quotes",
    formats=["markdown"],
    super_complaint="honour-based-abuse",
    authors=["derbyshire-pcc"],
    optional_authors=["derbyshire-constabulary"],
    date=["2023-02"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["not_started"]},
    },
    absent=["3"],
    classes=["mostly quotes the report", "quoted recommendations then short comments", "month-only date",
             "PCC reports force progress", "report date in text"],
    body="""
<h1>Police and Crime Commissioner for Derbyshire: response to the honour-based abuse super-complaint report</h1>
<p>February 2023</p>
<h2>Background</h2>
<p>On 16 December 2022 HMICFRS, the College of Policing and the IOPC published their report on the super-complaint
by the Tees Valley Inclusion Project. The report's recommendations to policing are set out below as published.</p>
<h2>The report's recommendations</h2>
<p><strong>Recommendation 1: the risk of honour-based abuse</strong><br><em>"We found forces generally only include
the risk of honour-based abuse in their domestic abuse policies, so we recommend that chief constables update their
forces' sexual abuse policies to include the risk of honour-based abuse."</em></p>
<p><strong>Recommendation 2: cultural awareness</strong><br><em>"During our investigation, we found forces generally
lack awareness and understanding of different cultures and religions. This means some officers are unlikely to
recognise the wider risks of honour-based abuse after some victims report sexual abuse. Chief constables should
make sure that:"</em></p>
<ul>
<li>officers and staff are aware of the demographics of the communities they police;</li>
<li>independent advisory groups or equivalent groups reflect these demographics;</li>
<li>forces work with the local communities they police to prepare up-to-date information on culture and
religion and ensure officers have access to it;</li>
<li>investigations consider any extra factors that might be relevant because of the culture and background of the
victim or suspect.</li>
</ul>
<p><strong>Recommendation 3: consideration of findings</strong><br><em>"The National Police Chiefs' Council, which is
reviewing data standards for the recording of all protected characteristics, should take the super-complaint into
account..."</em></p>
<p>The report also asks commissioners to make sure that their consultations before commissioning victims' services
are fully inclusive.</p>
<h2>The Commissioner's comments</h2>
<p>The Chief Constable has told me that Derbyshire Constabulary's sexual abuse policy already addressed the risk of
honour-based abuse and was confirmed as meeting the first recommendation in January. On cultural awareness, the
Force has not yet begun work; it will start after its community engagement review reports in the summer. I will
scrutinise both at my Strategic Priorities Assurance Board.</p>
""",
)

add(
    name="pm-thames-valley-progress",
    formats=["pdf"],
    super_complaint="protective-measures",
    authors=["thames-valley-police"],
    optional_authors=["thames-valley-pcc"],
    date=["2023-11-07"],
    responses={
        "1": {"progress": ["complete"]},
        "3": {"progress": ["complete"]},
        "4": {"progress": ["complete"]},
        "5": {"progress": ["complete"]},
        "8": {"progress": ["in_progress"]},
        "13": {"progress": ["awaiting_national"]},
    },
    classes=["progress update two years later", "recommendations answered together", "RAG table",
             "waiting on Home Office and MoJ", "report date and previous update dates", "ruled PDF table"],
    style=Style(pdf_header="Thames Valley Police – OFFICIAL", pdf_footer="Joint Independent Audit Committee, "
                                                                          "7 November 2023"),
    body="""
<h1>A duty to protect: progress report</h1>
<p>Report to the Police and Crime Commissioner's Level 1 meeting and the Joint Independent Audit Committee<br>
7 November 2023</p>
<p>1. This report gives the Force's position on the recommendations of the super-complaint report of 24 August
2021, two years on. Previous updates were given in March 2022 and February 2023.</p>
<p>2. The table shows the recommendations for which the Force still reports.</p>
<table>
<tr><th>Recommendation(s)</th><th>RAG</th><th>Position</th></tr>
<tr><td>1</td><td>Green</td><td>Closed. RUI reviews are embedded and audited quarterly.</td></tr>
<tr><td>3, 4 and 5</td><td>Green</td><td>Closed together: officer guidance on protective measures, DVPN/DVPO
single point of contact and refresher training all delivered in 2022 and now business as usual.</td></tr>
<tr><td>8</td><td>Amber</td><td>Monitoring of non-molestation order breaches is being built into the new
performance dashboard, due March 2024.</td></tr>
<tr><td>13</td><td>Amber</td><td>Depends on the Home Office and the Ministry of Justice changing the way forces are
told about orders made in the family courts; the national solution has not been delivered. No local action
possible until then.</td></tr>
</table>
<p>3. The Committee is asked to note the report.</p>
""",
)
