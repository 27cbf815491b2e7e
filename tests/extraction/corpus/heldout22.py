"""heldout22: a second blind held-out set of invented super-complaint response documents.

Written blind, like heldout21, by a test writer who had read only the product brief, the shared corpus
README, the reference catalogue (super_complaints.yaml, organisations.csv), build.py and render.py: never
the engine, its decision records or any other labelled set. Every document is invented; none is copied
from a published response.

What is in it (27 documents, all seven reported super-complaints):
- safe-to-share: a PCC's board paper with numbered paragraphs; an NPCC lead's web page (recommendation 3
  with the Home Office, and a roll-up of forces' answers to 1); a MOPAC page answering 5 and 6; a force
  news item with a byline; a joint force/PCC progress table two years on, in pipes, whose statuses and
  updates disagree.
- protective-measures: a Home Office letter that answers its own recommendations by subject only and
  mentions 1; a force CMS page with RAG; an NPCC annex quoting recommendation 1.
- modern-slavery: a PCC page that quotes recommendation 1 and answers nothing numbered; a Home Office
  update in Markdown; a College of Policing page on its Action 1 (an action, not recommendation 1).
- police-perpetrated-domestic-abuse: the NPCC's overview of forces' answers; the MoJ letter on 3(b); a
  Home Office letter declining recommendation four; a Mayor's progress page on 3a years later.
- honour-based-abuse: a force letter to its PCC; a PCC page naming "the first two recommendations"; the
  NPCC's press statement accepting "the three recommendations for policing".
- stop-and-search: a PCC section 29A PDF; a police authority board paper; an HMICFRS news item that
  reports others' answers; a PFCC accountability meeting's minutes.
- stalking: a force tracker (unruled PDF) with "awaiting NPCC" and "BAU"; a Welsh PCC's update after the
  deadline; a force's first 56-day plan with "Planned" statuses; a PCC news item that answers
  recommendation 15 by its subject only; a CPS-style covering email forwarding an attachment it does
  not quote.
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
    name="s2s-west-midlands-board-paper",
    formats=["pdf", "docx"],
    super_complaint="safe-to-share",
    authors=["west-midlands-pcc", "west-midlands-police"],
    date=["2021-06-15"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["awaiting_national", "in_progress"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["not_started"], "position": ["accepted"]},
    },
    optional=["8"],
    absent=["2", "3", "7"],
    classes=["committee-paper", "own-paragraph-numbering", "joint-force-pcc", "waiting-on-home-office",
             "acceptance-without-work", "cover-page", "report-date-distractor"],
    style=Style(pdf_cover=("<h1>Strategic Policing and Crime Board</h1><p>15 June 2021</p>"
                           "<p>Agenda item 7: Safe to share? super-complaint</p>"),
                pdf_header="OFFICIAL", docx_headings="bold"),
    body="""
<h1>Safe to share? Response of West Midlands Police and the Police and Crime Commissioner</h1>
<p>Strategic Policing and Crime Board, 15 June 2021<br>Joint report of the Assistant Chief Constable (Public
Protection) and the Chief Executive of the OPCC</p>
<h2>1. Purpose of the report</h2>
<p>1.1 To set out the joint response of the Chief Constable and the Commissioner to the recommendations of the
super-complaint report published on 17 December 2020, as the six-month update.</p>
<h2>2. Recommendations to the Chief Constable</h2>
<p>2.1 Recommendation 1. Since February 2021 officers have not shared the details of domestic abuse victims with
Immigration Enforcement where there is only doubt about their status. This is set out in the force's domestic
abuse policy and in the briefing given to all frontline officers, and has been confirmed by dip sampling.</p>
<p>2.2 Recommendation 4. The force has mapped the specialist organisations in the region and has an outline
pathway. It cannot finalise the pathway until the Home Office and NPCC agree the safeguarding protocol at
recommendation 3, because the pathway must reflect the protocol. The force will complete the pathway when the
protocol is published.</p>
<h2>3. Recommendations to the Chief Constable and the Commissioner</h2>
<p>3.1 Recommendation 5. A joint communications campaign with community radio stations in Birmingham and Wolverhampton
began in May 2021 and runs until October.</p>
<h2>4. Recommendation to the Commissioner</h2>
<p>4.1 Recommendation 6. The Commissioner accepts this recommendation. The assessment of access to specialist support
will form part of the victims' needs assessment for 2022/23, which is due to be commissioned in the autumn.</p>
<h2>5. Recommendation</h2>
<p>5.1 The Board is asked to note the response.</p>
""",
)

add(
    name="s2s-npcc-lead-page",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["npcc"],
    date=["2022-04-06"],
    responses={
        "1": {"progress": ["complete"]},
        "3": {"progress": ["in_progress", "awaiting_national"]},
    },
    optional=["4"],
    absent=["2"],
    classes=["national-lead", "national-roll-up", "joint-recipient-with-home-office", "cms-furniture",
             "two-page-dates", "answered-mid-sentence"],
    style=Style(site="national", site_name="National Police Chiefs' Council",
                page_title="Migrant victims: NPCC update on Safe to share?",
                furniture_words=["Home", "About us", "Our work", "News", "Publications", "Contact"],
                page_dates="<p>Published 6 April 2022</p><p>Page reviewed 14 November 2024</p>"),
    body="""
<h1>Safe to share? NPCC update on migrant victims and witnesses</h1>
<p>6 April 2022</p>
<p>The NPCC lead for migration and modern slavery has written to HMICFRS with an update on the recommendations made
to policing in the Safe to share? report.</p>
<p>On the interim stop on sharing domestic abuse victims' details where there is only doubt about their status, which is
recommendation 1, every force in England and Wales has confirmed to the NPCC that it now follows the College of
Policing's guidance and that the practice has been stopped. The NPCC regards this recommendation as delivered.</p>
<p>The safeguarding protocol at recommendation 3 is being developed by the NPCC with the Home Office. A draft was
consulted on in February 2022, and the NPCC is now waiting for the Home Office to finalise the text after its
review under recommendation 2. Safe reporting pathways under recommendation 4 will be built on the protocol, and
forces are being asked to hold their local pathways until it is published.</p>
""",
)

add(
    name="s2s-mopac-page",
    formats=["html", "text"],
    super_complaint="safe-to-share",
    authors=["london-mayor"],
    optional_authors=["metropolitan-police-service"],
    date=["2021-06-16"],
    responses={
        "5": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "6": {"progress": ["complete"], "position": ["accepted"]},
    },
    absent=["1", "4"],
    classes=["mayor-policing-body", "acceptance-without-work", "force-recommendations-listed-not-answered",
             "cms-furniture"],
    style=Style(site="pcc", site_name="London City Hall: Mayor's Office for Policing and Crime",
                page_title="MOPAC response to Safe to share?",
                furniture_words=["Home", "Mayor", "Policing and crime", "Transport", "Housing", "Get involved"],
                mega_menu=["MOPAC decisions", "Police and Crime Plan", "Victims", "Violence against women and girls",
                           "Oversight", "Data and statistics"],
                page_dates="<p>Published: 16 June 2021</p>", wrap=90),
    body="""
<h1>Safe to share? MOPAC response</h1>
<p>16 June 2021</p>
<p>The Mayor's Office for Policing and Crime (MOPAC) is the policing body for London. This is MOPAC's response to the
recommendations in the super-complaint report that are addressed to police and crime commissioners and their
equivalents. The Metropolitan Police Service is responding separately to recommendations 1 and 4.</p>
<h2>Recommendation 5</h2>
<p>MOPAC accepts recommendation 5 and will work with the Metropolitan Police Service and London's specialist
organisations to promote migrant victims' confidence in reporting.</p>
<h2>Recommendation 6</h2>
<p>MOPAC accepts recommendation 6. Our London Victims' Needs Assessment, completed in March 2021, looked specifically
at victims with insecure immigration status and mapped the specialist organisations that support them. Following it,
MOPAC has funded a pan-London network of 'by and for' organisations from April 2021.</p>
""",
)

add(
    name="s2s-wiltshire-news",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["wiltshire-police"],
    date=["2022-03-08"],
    responses={"4": {"progress": ["complete"]}},
    optional=["1"],
    classes=["news-item", "byline", "named-by-subject", "quotes", "no-recommendation-heading"],
    style=Style(site="news", site_name="Wiltshire Police", page_title="Safe reporting pathway launched"),
    body="""
<h1>New safe reporting pathway for migrant victims</h1>
<p>By Wiltshire Police News Team<br>8 March 2022</p>
<p>Victims of crime who are worried about their immigration status can now report to Wiltshire Police through a
trusted local charity, under a new safe reporting pathway launched today on International Women's Day.</p>
<p>The pathway, designed with two specialist support organisations and the Office of the Police and Crime
Commissioner, answers the super-complaint report's call for chief constables to make sure migrant victims and
witnesses are supported through safe reporting pathways. It is now live across the county, and all officers in
public protection have been briefed on it.</p>
<p>Detective Superintendent Claire Moore said: "Our officers already do not pass on the details of domestic abuse
victims simply because they are unsure of their status. This pathway goes further, giving victims a route to us
through people they trust."</p>
<p>Anyone affected can contact the charities directly, or call 101.</p>
""",
)

add(
    name="s2s-devon-cornwall-progress",
    formats=["text"],
    super_complaint="safe-to-share",
    authors=["devon-and-cornwall-police"],
    optional_authors=["devon-and-cornwall-pcc"],
    date=["2023-11"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["awaiting_national"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["complete"]},
    },
    optional=["8"],
    classes=["tracker-pipes", "tracker-status-contradicted-by-update", "bau", "progress-update-years-later",
             "joint-force-pcc", "month-only-date", "hard-wrapped-text"],
    style=Style(text_tables="pipes", wrap=76, upper_h1=True),
    body="""
<h1>Safe to share? Progress update, November 2023</h1>
<p>Devon and Cornwall Police, with the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles
of Scilly. This update replaces the version of June 2021 and is reviewed by the Vulnerability Governance Board.</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>BAU</td><td>Instruction in force since January 2021 and College guidance embedded. Audited annually.</td></tr>
<tr><td>4</td><td>Head of Public Protection</td><td>Open</td><td>Local pathway drafted with partners. Awaiting publication of the national Immigration Enforcement Migrant Victims Protocol before it can be finalised.</td></tr>
<tr><td>5</td><td>Force and OPCC</td><td>Complete</td><td>First outreach campaign finished in 2022. A second phase in Plymouth and Truro is under way and runs to March 2024.</td></tr>
<tr><td>6</td><td>OPCC</td><td>Complete</td><td>Assessment completed in 2022; specialist network established and funded.</td></tr>
<tr><td>8</td><td>Force</td><td>Complete</td><td>Six-month update sent June 2021.</td></tr>
</table>
""",
)

# ---------------------------------------------------------------------------------------------------
# protective-measures
# ---------------------------------------------------------------------------------------------------

add(
    name="pm-home-office-letter",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["home-office"],
    date=["2022-03-30"],
    responses={},
    absent=["1"],
    classes=["letter", "answered-by-subject-only", "force-recommendation-named-not-answered",
             "letterhead-in-page-header", "report-date-distractor"],
    style=Style(docx_letterhead_in_header=True),
    body="""
<div class="letterhead">Home Office<br>Crime, Policing and Fire Group<br>2 Marsham Street, London SW1P 4DF</div>
<p>HM Inspector of Constabulary<br>HMICFRS</p>
<p>30 March 2022</p>
<p>Dear HM Inspector,</p>
<p><strong>A duty to protect: Police use of protective measures in cases involving violence against women and girls</strong></p>
<p>Thank you for the report published on 24 August 2021. This letter gives the Home Office's response on the pre-charge
bail and domestic abuse strands; the Ministry of Justice is writing to you separately on the matters for it.</p>
<p><strong>A bespoke offence of breaching pre-charge bail</strong></p>
<p>We have considered, with the Ministry of Justice, the case for a new offence of breaching pre-charge bail conditions.
We have concluded that we should first see the effect of the bail reforms in the Police, Crime, Sentencing and Courts
Act 2022, and will return to the question when they have bedded in.</p>
<p><strong>Non-molestation orders</strong></p>
<p>Officials are working with HM Courts and Tribunals Service on a secure digital notification of non-molestation orders
to the police, to be tested in two areas from the summer.</p>
<p>Recommendation 1 is for chief constables and the NPCC lead for bail, who will respond to you directly.</p>
<p>Yours sincerely,</p>
<p>Director, Crime and Policing Group</p>
""",
)

add(
    name="pm-cheshire-force-page",
    formats=["html"],
    super_complaint="protective-measures",
    authors=["cheshire-constabulary"],
    date=["2022-02-28", "2024-01-15"],
    responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["force-page", "rag", "accordion-headings", "two-page-dates", "cms-furniture", "report-date-distractor"],
    style=Style(site="force", site_name="Cheshire Constabulary", page_title="A duty to protect: our response",
                furniture_words=["Home", "Report", "Advice", "About us", "Contact us", "Jobs"],
                mega_menu=["Super-complaints", "HMICFRS inspections", "Policies", "Our performance", "Freedom of information"],
                page_dates="<p>First published: 28 February 2022</p><p>Last reviewed: 15 January 2024</p>",
                panels=True, related=["Domestic abuse", "Police super-complaints"]),
    body="""
<h1>A duty to protect: our response</h1>
<p>The super-complaint report "A duty to protect", published on 24 August 2021, made recommendations about the police
use of protective measures in cases involving violence against women and girls. Most were for national bodies.
This page explains what we are doing about the recommendation made to chief constables.</p>
<h3>Recommendation 1: managing released under investigation</h3>
<p><strong>Our position:</strong> accepted</p>
<p><strong>RAG status:</strong> Amber</p>
<p><strong>What we have done:</strong> we have created a bail management hub and introduced reviews of all RUI cases at 28
and 90 days. Domestic abuse cases now default to pre-charge bail unless a supervisor records why it is not necessary.</p>
<p><strong>What is left to do:</strong> the hub covers the western area only. It will extend to the rest of the county
once staff are recruited.</p>
""",
)

add(
    name="pm-npcc-annex",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-06"],
    responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["annex", "recommendation-quoted-first", "group-reference", "month-only-date", "running-footer"],
    style=Style(pdf_footer="NPCC response to A duty to protect - Annex A", pdf_ruled=True),
    body="""
<h1>Annex A: NPCC response to the recommendations of "A duty to protect"</h1>
<p>June 2022</p>
<p>The report made a total of 15 recommendations, of which 10 directly required a response from chief constables and
the NPCC. This annex gives the response to recommendation 1; the others are answered in Annex B.</p>
<table>
<tr><th>Recommendation</th><th>NPCC response</th></tr>
<tr><td>Recommendation 1: Chief Constables, in conjunction with the NPCC lead for bail, should implement processes for
managing Released under Investigation (RUI) in line with the letter from the NPCC Lead for Bail Management Portfolio
dated 29 January 2019.</td><td>Accepted. Forces have nominated leads and are implementing local review processes. The
NPCC lead monitors progress through quarterly returns; the latest return shows most forces have processes in place and
the remainder are expected to complete them during 2022/23.</td></tr>
</table>
""",
)

# ---------------------------------------------------------------------------------------------------
# modern-slavery
# ---------------------------------------------------------------------------------------------------

add(
    name="ms-suffolk-pcc-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["suffolk-pcc"],
    optional_authors=["suffolk-constabulary"],
    date=["2021-07-20"],
    responses={},
    absent=["1"],
    classes=["pcc-statutory-response", "recommendation-quoted-not-answered", "unnumbered-recommendations",
             "cms-furniture"],
    style=Style(site="pcc", site_name="Suffolk Police and Crime Commissioner",
                page_title="Response to The hidden victims",
                furniture_words=["Home", "Your PCC", "Accountability", "Funding", "Contact"],
                page_dates="<p>Published: 20 July 2021</p>"),
    body="""
<h1>Response to the super-complaint report: The hidden victims</h1>
<p>20 July 2021</p>
<p>The report on Hestia's super-complaint about the police response to victims of modern slavery was published on 26 May
2021. This is the Suffolk Police and Crime Commissioner's response under section 29A of the Police Reform Act 2002.</p>
<h2>Recommendation 1. To the Home Office</h2>
<p>In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the Crown
Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate, commission work to
better understand the victim experience of the police response to modern slavery.</p>
<p>This recommendation is for the Home Office.</p>
<h2>Working together to understand what support victims need</h2>
<p>I welcome the report's call for chief constables and commissioners to work together. My office already funds a
modern slavery navigator within the Suffolk victims' hub, and the Chief Constable and I have agreed to hold a joint
workshop with the Norfolk and Suffolk Anti-Slavery Network in the autumn to look at gaps in support.</p>
<h2>Training and investigation</h2>
<p>The Chief Constable has told me that modern slavery training for detectives has been refreshed and that
investigations are allocated to the Joint Safeguarding Hub. I will monitor this through my accountability meetings.</p>
""",
)

add(
    name="ms-home-office-update",
    formats=["markdown", "pdf"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2023-04"],
    responses={"1": {"progress": ["complete"]}},
    classes=["progress-update-years-later", "month-only-date", "history-date-distractor"],
    body="""
<h1>The hidden victims: Home Office update on recommendation 1</h1>
<p>April 2023</p>
<h2>Background</h2>
<p>In November 2021 we told HMICFRS that we had accepted recommendation 1 and commissioned independent research on the
experience of victims of modern slavery of the police response.</p>
<h2>Progress since our last update</h2>
<p>The research was completed in December 2022 and the report was published on 2 March 2023, together with the
Government's response to its findings. The findings have been shared with the NPCC, the Independent Anti-Slavery
Commissioner and the Modern Slavery Police Transformation Unit. We consider the recommendation to have been
implemented.</p>
""",
)

add(
    name="ms-college-action-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["college-of-policing"],
    date=["2022-10-11"],
    responses={},
    classes=["action-not-recommendation", "college-action", "cms-furniture", "no-numbered-recommendation"],
    style=Style(site="national", site_name="College of Policing", page_title="Modern slavery APP update",
                furniture_words=["Home", "Guidance", "Career and learning", "Research", "Support for forces", "News"],
                page_dates="<p>Published 11 October 2022</p>"),
    body="""
<h1>Modern slavery: revised Authorised Professional Practice</h1>
<p>11 October 2022</p>
<p>We have published revised Authorised Professional Practice (APP) on modern slavery. The revision completes Action 1
for the College of Policing in The hidden victims, the report on Hestia's super-complaint, which asked us to review
and update our APP on modern slavery as soon as possible.</p>
<p>The revised APP covers the identification of victims, the National Referral Mechanism, the duty to notify, and the
needs of victims with insecure immigration status. It was developed with the Modern Slavery and Organised Immigration
Crime Unit and with survivor organisations.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# police-perpetrated-domestic-abuse
# ---------------------------------------------------------------------------------------------------

add(
    name="ppda-npcc-overview",
    formats=["pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["npcc"],
    date=["2022-12-30"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["in_progress"]},
    },
    classes=["national-roll-up", "cover-page", "group-reference", "deadline-distractor", "unruled-table"],
    style=Style(pdf_ruled=False, pdf_cover=("<h1>Police perpetrated domestic abuse</h1><p>Second NPCC response to the "
                                            "recommendations: overview report</p><p>30 December 2022</p>")),
    body="""
<h2>Introduction</h2>
<p>All 43 forces, British Transport Police and the Police Service of Northern Ireland accepted the three recommendations
made for policing in the report of 30 June 2022. This report gives an overview of forces' responses to recommendation
1, which asked chief constables to audit live and recently closed PPDA cases and write, via the NPCC, to the College of
Policing by 30 December 2022.</p>
<h2>Recommendation 1</h2>
<p>All 46 forces have completed their audits and written to the College. Together they reviewed 1,539 cases; in 12 per
cent, forces found that a conduct matter should have been recorded and have now acted.</p>
<h2>Recommendations 2 and 3</h2>
<table>
<tr><th>Theme</th><th>Forces with new arrangements</th><th>Forces developing them</th></tr>
<tr><td>Handling of PPDA allegations</td><td>27</td><td>19</td></tr>
<tr><td>Support for police victims</td><td>22</td><td>24</td></tr>
</table>
<p>The NPCC will report on recommendations 2 and 3 when all forces have completed this work.</p>
""",
)

add(
    name="ppda-moj-letter",
    formats=["docx", "html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["ministry-of-justice"],
    date=["2022-08-15"],
    responses={"3": {"progress": ["not_started"], "position": ["accepted"]}},
    classes=["letter", "lettered-part-3b", "acceptance-without-work", "govuk-page"],
    style=Style(site="govuk", page_title="MoJ response to recommendations: CWJ super-complaint",
                docx_letterhead="table"),
    body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>15 August 2022</p>
<p>Dear HM Inspector,</p>
<p><strong>Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint</strong></p>
<p>Thank you for sending me the report. I am writing in response to Recommendation 3 (b), which is addressed to the
Ministry of Justice.</p>
<p>MoJ to ensure its guidance for independent domestic violence advisors includes guidance on the specific risks and
vulnerabilities of police-perpetrated domestic abuse victims and the specific support and advice they may need.</p>
<p>I am pleased to accept this recommendation. The IDVA guidance is due to be revised next year, and we will include
the specific risks and support needs of victims of police perpetrated domestic abuse when we do so.</p>
<p>Yours sincerely,</p>
<p>Parliamentary Under-Secretary of State for Justice</p>
""",
)

add(
    name="ppda-home-office-rec4",
    formats=["text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["home-office"],
    date=["2022-11-15"],
    responses={"4": {"progress": ["complete", "not_started"], "position": ["not_accepted"]}},
    absent=["1"],
    classes=["letter", "refusal", "number-as-word", "hard-wrapped-text", "history-date-distractor"],
    style=Style(wrap=74),
    body="""
<p>Home Office<br>2 Marsham Street<br>London SW1P 4DF</p>
<p>15 November 2022</p>
<p>Dear HM Chief Inspector,</p>
<p>POLICE PERPETRATED DOMESTIC ABUSE SUPER-COMPLAINT</p>
<p>I am responding to recommendation four of your report of 30 June 2022, which asked the Home Office to consider
whether it would be appropriate to change the framework that governs these cases.</p>
<p><strong>Recommendation four</strong></p>
<p>We have considered this carefully, with the IOPC and the NPCC. We have concluded that it would not be appropriate
to make the change at this time. The reforms to the police complaints and discipline systems introduced in February
2020 are still being evaluated, and the Government's review of police dismissals, announced in September, will look at
these cases. We will therefore not be taking forward this recommendation.</p>
<p>I note that recommendation one, for chief constables, is being answered by the NPCC.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
""",
)

add(
    name="ppda-north-yorkshire-mayor-update",
    formats=["html", "pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["north-yorkshire-mayor"],
    optional_authors=["north-yorkshire-police"],
    date=["2025-02-04"],
    responses={"3": {"progress": ["complete"]}},
    optional=["1"],
    classes=["progress-update-years-later", "mayor-policing-body", "predecessor-body", "lettered-part-3a",
             "history-date-distractor"],
    style=Style(site="pcc", site_name="York and North Yorkshire Combined Authority",
                page_title="Police perpetrated domestic abuse: update",
                furniture_words=["Home", "Mayor", "Policing, fire and crime", "Transport", "Economy"],
                page_dates="<p>Published: 4 February 2025</p>", pdf_header="York and North Yorkshire Combined Authority"),
    body="""
<h1>Police perpetrated domestic abuse: update on recommendation 3a</h1>
<p>4 February 2025</p>
<p>In August 2022 the then Police, Fire and Crime Commissioner accepted recommendation 3a of the report on the Centre
for Women's Justice super-complaint and committed to review whether local services could support victims of police
perpetrated domestic abuse. The Mayor took on the Commissioner's functions in May 2024 and this update is published
on his behalf by the Deputy Mayor for Policing, Fire and Crime.</p>
<p>The review finished in 2023. Since April 2024 the commissioned domestic abuse service has offered an IDVA from outside
the county to any victim whose abuser works for North Yorkshire Police, and IDVAs have been trained on the police
complaints and misconduct system. The work on recommendation 3a is complete and the arrangement is now part of the
standard contract.</p>
<p>North Yorkshire Police completed its audit of cases under recommendation 1 in December 2022.</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# honour-based-abuse
# ---------------------------------------------------------------------------------------------------

add(
    name="hba-cleveland-police-letter",
    formats=["docx", "pdf"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2023-02-03"],
    responses={
        "1": {"progress": ["not_started"], "position": ["accepted"]},
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["3"],
    classes=["letter", "force-to-own-pcc", "acceptance-without-work", "reference-line", "letterhead-header-image"],
    style=Style(docx_letterhead="header_image", pdf_header="Cleveland Police"),
    body="""
<div class="letterhead">Cleveland Police<br>Ladgate Lane<br>Middlesbrough TS8 9EH</div>
<p>Ref: CC/TVIP/2023/02</p>
<p>3 February 2023</p>
<p>Police and Crime Commissioner for Cleveland</p>
<p>Dear Commissioner,</p>
<p><strong>Tees Valley Inclusion Project super-complaint: the force's response</strong></p>
<p>As you know, the super-complaint was raised by an organisation based in our area, and I accept the recommendations
made to chief constables in full.</p>
<p><strong>Recommendation 1 (sexual abuse policies and honour-based abuse)</strong>: our sexual offences policy is due for
its scheduled review in May 2023, and the risk of honour-based abuse will be written into it then. No change has been
made yet.</p>
<p><strong>Recommendation 2 (cultural awareness)</strong>: we have started work with the Tees Valley Inclusion Project and
other community partners on community information for officers, and the force's independent advisory group has agreed
to recruit new members from the communities it does not yet reflect.</p>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
""",
)

add(
    name="hba-northumbria-pcc-page",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["northumbria-pcc"],
    optional_authors=["northumbria-police"],
    date=["2023-02-10"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    classes=["pcc-statutory-response", "named-by-place", "pcc-comments-on-force", "unnumbered-pcc-recommendation",
             "cms-furniture"],
    style=Style(site="pcc", site_name="Northumbria Police and Crime Commissioner",
                page_title="Response to the TVIP super-complaint",
                furniture_words=["Home", "About", "Police and Crime Plan", "Funding", "Transparency", "Contact"],
                page_dates="<p>Published 10 February 2023</p>"),
    body="""
<h1>Commissioner's response to the Tees Valley Inclusion Project super-complaint</h1>
<p>10 February 2023</p>
<p>I have considered the report published on 16 December 2022 and the Chief Constable's response to it.</p>
<p>The first two recommendations are for chief constables. Northumbria Police had already included the risk of
honour-based abuse in its rape and serious sexual offences policy in 2022, so the first is met. On the second, the force
is reviewing how officers learn about the communities they police and has begun to refresh its independent advisory
groups; I will ask for an update at my Scrutiny Board in the summer.</p>
<p>For commissioners, the report asks that our consultation before commissioning victims' services is fully inclusive.
My office will use the recommissioning of sexual violence services in 2023/24 to consult more widely, including through
organisations led by and for ethnic minority women.</p>
""",
)

add(
    name="hba-npcc-statement",
    formats=["html", "markdown"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2022-12-16"],
    responses={
        "1": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "2": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
        "3": {"progress": ["not_stated", "not_started", "in_progress"], "position": ["accepted"]},
    },
    classes=["news-item", "byline", "group-reference", "acceptance-without-work", "quotes"],
    style=Style(site="news", site_name="NPCC News", page_title="NPCC reacts to super-complaint"),
    body="""
<h1>NPCC reacts to super-complaint on the response to ethnic minority victims of sexual abuse</h1>
<p>By NPCC Press Office<br>16 December 2022</p>
<p>The NPCC lead for honour-based abuse, forced marriage and female genital mutilation has responded to today's report on
the Tees Valley Inclusion Project's super-complaint.</p>
<p>"We accept the three recommendations for policing in full. Victims of sexual abuse from ethnic minority backgrounds
must have confidence that we understand the risks they may face, including honour-based abuse.</p>
<p>"We will work with forces to update their policies and improve cultural awareness, and the NPCC will take the report's
findings into account in the work we are already doing on data standards for protected characteristics."</p>
""",
)

# ---------------------------------------------------------------------------------------------------
# stop-and-search
# ---------------------------------------------------------------------------------------------------

add(
    name="ss-west-midlands-pcc-s29a",
    formats=["pdf", "docx"],
    super_complaint="stop-and-search",
    authors=["west-midlands-pcc"],
    optional_authors=["west-midlands-police"],
    date=["2024-02-08"],
    responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
    classes=["pcc-statutory-response", "force-recommendations-by-group", "report-date-distractor", "running-header"],
    style=Style(pdf_header="West Midlands Police and Crime Commissioner", docx_headings="styles"),
    body="""
<h1>Section 29A response: Criminal Justice Alliance super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>8 February 2024</p>
<p>The report was published on 15 December 2023. It makes six recommendations to chief constables, on which the Chief
Constable is responding, and one recommendation, recommendation 8, to police and crime commissioners.</p>
<h2>The Chief Constable's response</h2>
<p>I have discussed the recommendations for chief constables with the Chief Constable and will hold him to account for
them through my Accountability and Governance Board.</p>
<h2>Recommendation 8</h2>
<p>I accept recommendation 8. My office has supported independent scrutiny of stop and search through the Stop and
Search Scrutiny Panel since 2016. Following the report we have begun a review of the panel's terms of reference,
membership and training, and I have asked for the panel to be given access to body-worn video of section 60 searches.
The review will report in the summer.</p>
""",
)

add(
    name="ss-btpa-board-paper",
    formats=["docx"],
    super_complaint="stop-and-search",
    authors=["british-transport-police-authority"],
    optional_authors=["british-transport-police"],
    date=["2024-03-27"],
    responses={"8": {"progress": ["complete"]}},
    classes=["committee-paper", "police-authority", "bau", "own-paragraph-numbering"],
    style=Style(docx_headings="bold"),
    body="""
<h1>British Transport Police Authority: Strategy, Planning and Performance Committee</h1>
<p>27 March 2024<br>Agenda item 9. Paper of the Head of Oversight. For information.</p>
<h2>CJA super-complaint: recommendation 8</h2>
<p>1. Recommendation 8 of the report on the Criminal Justice Alliance's super-complaint is addressed to policing bodies,
which includes the Authority.</p>
<p>2. The Authority has assessed its arrangements against the recommendation. BTP's external stop and search scrutiny
group, independently chaired since 2021, already meets each of the report's expectations, and the Authority receives its
annual report.</p>
<p>3. No further action is needed; scrutiny continues as business as usual.</p>
<p>4. The Committee is asked to note the paper.</p>
""",
)

add(
    name="ss-hmicfrs-news",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["hmicfrs"],
    date=["2024-05-21"],
    responses={},
    optional=["8"],
    classes=["news-item", "reports-others-answers", "national-roll-up", "report-date-distractor"],
    style=Style(site="news", site_name="HMICFRS", page_title="Responses to CJA super-complaint published"),
    body="""
<h1>Responses to the stop and search super-complaint published</h1>
<p>21 May 2024</p>
<p>Responses from the National Police Chiefs' Council, the Home Office and the Association of Police and Crime
Commissioners to our report on the Criminal Justice Alliance's super-complaint have now been published.</p>
<p>The APCC reports that all 43 police and crime commissioners have accepted recommendation 8, on independent community
scrutiny of stop and search. Forces have published their responses to the recommendations to chief constables on their
websites.</p>
<p>We, the College of Policing and the IOPC will consider the responses and decide what further action to take.</p>
""",
)

add(
    name="ss-cumbria-minutes",
    formats=["text"],
    super_complaint="stop-and-search",
    authors=["cumbria-pfcc"],
    optional_authors=["cumbria-constabulary"],
    date=["2024-09-18"],
    responses={"8": {"progress": ["in_progress"]}},
    classes=["minutes", "minute-numbering", "action-log", "approved-at-later-meeting-date", "hard-wrapped-text"],
    style=Style(wrap=80, text_tables="pipes"),
    body="""
<h1>Cumbria Police, Fire and Crime Commissioner: Public Accountability Conference</h1>
<p>Minutes of the meeting held on 18 September 2024, Carleton Hall, Penrith. Approved on 20 November 2024.</p>
<h2>PAC/24/31 Stop and search</h2>
<p>The Commissioner's Head of Partnerships reported on recommendation 8 of the super-complaint report. The new Stop and
Search Scrutiny Group had met twice; two further members, both under 25, had been recruited; and training for members
was being arranged with the College of Policing for November. Scrutiny of section 60 authorisations was not yet in place
because none had been made in Cumbria in 2024, but a procedure had been drafted.</p>
<h2>Action log</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>A24/17</td><td>Report back on scrutiny group training</td><td>Head of Partnerships</td><td>20 November 2024</td></tr>
</table>
""",
)

# ---------------------------------------------------------------------------------------------------
# stalking
# ---------------------------------------------------------------------------------------------------

add(
    name="stalking-thames-valley-tracker",
    formats=["pdf", "docx"],
    super_complaint="stalking",
    authors=["thames-valley-police"],
    date=["2025-03-20"],
    responses={
        "7": {"progress": ["awaiting_national", "in_progress"]},
        "10": {"progress": ["complete"]},
        "16": {"progress": ["in_progress"]},
        "25": {"progress": ["awaiting_national"]},
    },
    classes=["tracker-rag", "bau", "waiting-on-npcc", "unruled-table", "deadline-distractor", "parts-7.1-7.2"],
    style=Style(pdf_ruled=False, pdf_header="Thames Valley Police - Stalking super-complaint tracker",
                docx_headings="bold"),
    body="""
<h1>Stalking super-complaint: force tracker</h1>
<p>Six-month update to the NPCC, 20 March 2025. Senior responsible owner: ACC Crime.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>RAG</th><th>Update</th></tr>
<tr><td>7 / 7.1</td><td>Head of Crime Recording</td><td>Amber</td><td>Included-classification change requested from the national system user group; awaiting the supplier's release, which the NPCC is negotiating for all forces on the platform.</td></tr>
<tr><td>7.2</td><td>Head of Crime Recording</td><td>Green</td><td>Interim intelligence flagging live since December 2024.</td></tr>
<tr><td>10</td><td>Learning and Development</td><td>Green - BAU</td><td>Training reviewed and updated; delivered to all investigators. Now business as usual.</td></tr>
<tr><td>16</td><td>Head of Public Protection with OPCC</td><td>Amber</td><td>Joint review with the Police and Crime Commissioner started February 2025.</td></tr>
<tr><td>25</td><td>Head of Public Protection</td><td>Amber</td><td>Awaiting NPCC national guidance before local work can start.</td></tr>
</table>
<p>All recommendations were due by 27 March 2025. The force will continue to report to the NPCC quarterly.</p>
""",
)

add(
    name="stalking-south-wales-pcc-update",
    formats=["docx", "html"],
    super_complaint="stalking",
    authors=["south-wales-pcc"],
    optional_authors=["south-wales-police"],
    date=["2025-05-14"],
    responses={
        "15": {"progress": ["complete"]},
        "16": {"progress": ["in_progress"]},
        "25": {"progress": ["not_started"]},
    },
    absent=["27"],
    classes=["pcc-update", "after-deadline", "deadline-distractor", "apcc-recommendation-named", "welsh-context"],
    style=Style(site="pcc", site_name="South Wales Police and Crime Commissioner",
                page_title="Stalking super-complaint: update",
                furniture_words=["Home", "Cymraeg", "About", "Police and Crime Plan", "Scrutiny", "Contact"],
                page_dates="<p>Published: 14 May 2025</p>"),
    body="""
<h1>Stalking super-complaint: Commissioner's update</h1>
<p>14 May 2025</p>
<p>The recommendations to commissioners in the stalking super-complaint report were due by 27 March 2025. The APCC
responded on behalf of all commissioners in January, in line with recommendation 27; this page sets out where South
Wales now stands.</p>
<h2>Recommendation 15</h2>
<p>Complete. The review of specialist stalking services was finished in February. It confirmed that our two ISACs,
commissioned jointly with Gwent, meet local demand, and their funding has been extended to March 2027.</p>
<h2>Recommendation 16</h2>
<p>In progress. The Commissioner and the Chief Constable are carrying out the joint review through the South Wales
Violence Against Women, Domestic Abuse and Sexual Violence Board; it will report in September.</p>
<h2>Recommendation 25</h2>
<p>Not yet started. It will be taken forward after the joint review under recommendation 16 concludes.</p>
""",
)

add(
    name="stalking-cheshire-56-day-plan",
    formats=["markdown"],
    super_complaint="stalking",
    authors=["cheshire-constabulary"],
    date=["2024-11-20"],
    responses={
        "7": {"progress": ["not_started"]},
        "10": {"progress": ["in_progress"]},
        "16": {"progress": ["not_started"]},
    },
    classes=["force-action-plan", "planned-status", "deadline-distractor", "initial-56-day-plan"],
    body="""
<h1>Police response to stalking: Cheshire Constabulary action plan</h1>
<p>Published 20 November 2024, in line with the recommendation that chief constables publish an action plan within 56
days of the report of 27 September 2024.</p>
<table>
<tr><th>Recommendation</th><th>What we will do</th><th>By</th><th>Status</th></tr>
<tr><td>7</td><td>Ask our crime recording system supplier for included classifications; put interim intelligence flagging in place</td><td>27 March 2025</td><td>Planned</td></tr>
<tr><td>10</td><td>Review stalking training; a training needs analysis is under way</td><td>27 March 2025</td><td>Started</td></tr>
<tr><td>16</td><td>Joint review with the Police and Crime Commissioner</td><td>27 March 2025</td><td>Planned</td></tr>
</table>
""",
)

add(
    name="stalking-kent-pcc-news",
    formats=["html"],
    super_complaint="stalking",
    authors=["kent-pcc"],
    date=["2025-03-12"],
    responses={"15": {"progress": ["complete"]}},
    classes=["news-item", "byline", "named-by-subject", "no-recommendation-number", "deadline-distractor"],
    style=Style(site="news", site_name="Kent Police and Crime Commissioner", page_title="Two new stalking advocates"),
    body="""
<h1>Commissioner funds two new stalking advocates</h1>
<p>By the Office of the Police and Crime Commissioner<br>12 March 2025</p>
<p>Victims of stalking in Kent and Medway will get more specialist support after the Police and Crime Commissioner
agreed funding for two more independent stalking advocacy caseworkers.</p>
<p>The decision follows the Commissioner's review of the services he commissions for stalking victims, which the national
super-complaint report asked every commissioner to carry out by the end of March. The review, now finished, found that
demand had grown by a third since 2022. The two new posts start in April, bringing the total in Kent to five.</p>
<p>"Stalking is a frightening crime and victims need someone in their corner," the Commissioner said.</p>
""",
)

add(
    name="stalking-cps-covering-email",
    formats=["text"],
    super_complaint="stalking",
    authors=["cps"],
    date=["2025-01-07"],
    responses={},
    classes=["email", "covering-note-attachment-not-quoted", "no-responses", "deadline-distractor"],
    body="""
<p>From: Private Office, Director of Public Prosecutions<br>
Sent: 07 January 2025 16:05<br>
To: Super-complaints team, HMICFRS<br>
Subject: CPS response - police response to stalking super-complaint<br>
Attachments: CPS response stalking super-complaint.pdf</p>
<p>Dear colleagues,</p>
<p>Please find attached the CPS response to the recommendations addressed to the Crown Prosecution Service in the report
on the Suzy Lamplugh Trust's super-complaint, published on 27 September 2024.</p>
<p>We would be grateful if you could publish it alongside the other responses. Please let us know if you need anything
further.</p>
<p>Kind regards,<br>Private Office</p>
""",
)
