"""Held-out set 23: invented responses to the seven reported police super-complaints, written blind.

The writer read only the product brief, the shared corpus README (and its three samples and golds), the
reference catalogue (super_complaints.yaml), the organisations list, build.py and render.py. Nothing in
the engine, the scorer, the other labelled sets or the docs was read, and nothing was run but build.py.
Every document, person and sentence is invented; organisation names are real ones from the reference list.

Gold conventions used here:
- responses are labelled at the catalogue's recommendation level ("3", "7", "2"); where a document answers
  a catalogued part on its own row or heading (3a, 7.1, 2a), the part id is listed in `optional`.
- a refusal gives progress ["not_started", "not_stated"]; "accepted in principle" gives position
  ["accepted", "partially_accepted"]; where nothing is said about acceptance, position is ["not_stated"]
  (with "accepted" also allowed where acting on it is plainly presented as taking it on).
- where a document carries two plausible own dates (e.g. "as at" and a page's "last updated"), both are
  accepted.

Contents, per super-complaint:
- safe-to-share (5): Northamptonshire PFCC letter (month-only date; recs 5, 6; 8 optional); West Midlands
  Police tracker web page (status column only); Home Office minister's letter (2 partly accepted, 3; 7
  deferred); Lincolnshire Police FOI reply (1, 4; 5 not held); joint Met and MOPAC update (1, 4, 5, 6).
- protective-measures (4): NPCC response table (1-10, mixed positions incl. not accepted, in principle);
  Kent Police paper to the PCC's accountability board (short title only; 1, 4, 9); joint Home Office and
  MoJ letter (11 refused for now, 12, 13); Cleveland Police email to the OPCC (1, 2-3 as a range, 5).
- modern-slavery (3): Home Office GOV.UK update on recommendation 1 (parts 1a/1b); College of Policing
  update on its Action 1 (recommendation 1 mentioned, not answered); Cumbria Constabulary action plan
  named only by Hestia's report title, answering unnumbered recommendations by subject (1 optional).
- police-perpetrated-domestic-abuse (3): Surrey PCC statutory response web page (3a); NPCC overview
  ("the first two recommendations", 3 for chief constables); joint GMP and Deputy Mayor letter (1, 2, 3).
- honour-based-abuse (3): West Yorkshire Deputy Mayor news item (subject only, no responses); Northumbria
  Police tracker (1, 2 with parts 2a-2d); NPCC update letter (1, 2, 3; month-only date).
- stop-and-search (4): APCC response (8); Essex Police web page (1-6, one not accepted, one in part);
  Thames Valley PCC accountability meeting minutes (8; force's items deferred); Home Office letter (9, 10).
- stalking (5): Hampshire and Isle of Wight Constabulary action plan (7 with 7.1/7.2, 10-14, 16, 17);
  APCC summary response (15, 16, 25, 27); Merseyside PCC letter (15, 16, 25 awaiting NPCC); Cheshire
  Constabulary news item with a later update that changes recommendation 7's status; HMICFRS page listing
  responses (mentions recommendations, answers none).
"""
from __future__ import annotations

from build import Doc
from render import Style


def R(progress, position=("not_stated",)):
    return {"progress": list(progress), "position": list(position)}


ACC = ("accepted",)
NS = ("not_stated",)
ACC_NS = ("accepted", "not_stated")
INPRINC = ("accepted", "partially_accepted")
REFUSED = ("not_started", "not_stated")

DOCS: list[Doc] = []

# ------------------------------------------------------------------------------------------------
# safe-to-share
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="s2s-northants-pfcc-letter",
    formats=["docx", "pdf"],
    super_complaint="safe-to-share",
    authors=["northamptonshire-pfcc"],
    date=["2021-06"],
    responses={
        "5": R(["in_progress"], ACC),
        "6": R(["complete", "in_progress"], ACC),
    },
    optional=["8"],
    absent=["1", "2", "3", "4", "7"],
    style=Style(docx_letterhead="header_image", pdf_header="OFFICIAL"),
    classes=["letter with month-only date", "PFCC answering only its own recommendations",
             "chief constable's recommendations mentioned and pointed elsewhere",
             "letter itself is the rec 8 update (optional)", "report date as distractor"],
    body="""
<div class="letterhead">Office of the Northamptonshire Police, Fire and Crime Commissioner<br>
Darby House<br>Darby Close<br>Park Farm Industrial Estate<br>Wellingborough NN8 6GS</div>
<p>Our ref: NPFCC/SC/21-014</p>
<p>June 2021</p>
<p>His Majesty's Chief Inspector of Constabulary<br>HMICFRS<br>5th Floor<br>London</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police super-complaint: policing and immigration status</strong></p>
<p>I write in response to the report "Safe to share?", published jointly by HMICFRS, the College of
Policing and the Independent Office for Police Conduct on 17 December 2020, on the super-complaint made by
Liberty and Southall Black Sisters. The report asks every recipient to provide an update within six months
of its publication, and this letter is my update.</p>
<p>Recommendations 1 and 4 are for chief constables. The Chief Constable of Northamptonshire Police has
written to you separately about them and I do not repeat his response here, although my office scrutinises
it through the Accountability Board. Recommendations 2, 3 and 7 are for the Home Office (and, in the case of
recommendation 3, the National Police Chiefs' Council).</p>
<p><strong>Recommendation 5 (chief constables and PCCs: promoting confidence in reporting)</strong></p>
<p>I accept this recommendation. My office and the force have agreed a joint communications plan with the
Northamptonshire Migrant Forum and two community radio stations. The first phase, a set of leaflets in
eleven languages explaining that victims of crime will be supported regardless of their status, was
distributed in May. The second phase, face-to-face sessions in community venues, is under way and will run
until the end of the year.</p>
<p><strong>Recommendation 6 (PCCs: assessment of local specialist support)</strong></p>
<p>I accept this recommendation. An assessment of local access to specialist support for migrant victims
was completed in April 2021 by my commissioning team, drawing on the Victims' Needs Assessment. It found
good provision for victims of domestic abuse but gaps for victims of other crimes, particularly
exploitation. I have therefore set aside grant funding to extend the Voice victim service's multilingual
advocacy, and will continue to build the network with specialist organisations over the coming year.</p>
<p>I would be happy to discuss any aspect of this letter with your officials.</p>
<p>Yours sincerely,</p>
<p>Daniel Okafor-Reeve<br>Deputy Police, Fire and Crime Commissioner for Northamptonshire<br>on behalf of the
Commissioner</p>
""",
))

DOCS.append(Doc(
    name="s2s-west-midlands-tracker",
    formats=["html", "text"],
    super_complaint="safe-to-share",
    authors=["west-midlands-police"],
    date=["2022-03-31", "2022-04-12", "2022-03", "2022-04"],
    responses={
        "1": R(["complete"]),
        "4": R(["in_progress"]),
        "5": R(["in_progress"]),
        "8": R(["complete"]),
    },
    absent=["2", "3", "6", "7"],
    style=Style(site="force", site_name="West Midlands Police", page_title="Super-complaint: policing and immigration status | West Midlands Police",
                text_tables="pipes", page_dates="<p>Published: 12 April 2022</p><p>Next review: October 2022</p>",
                mega_menu=["Report a crime", "Contact us", "Advice", "Your area", "Careers", "Freedom of information",
                           "Our performance", "Super-complaints"], panels=True),
    classes=["tracker table with status column only", "as-at date and CMS published date",
             "recipient column names bodies other than the author", "no position stated"],
    body="""
<h1>Police super-complaint: policing and immigration status</h1>
<p>In December 2020 the inspectorate, the College of Policing and the IOPC published their report on the
super-complaint made by Liberty and Southall Black Sisters. The table below shows our progress against each
recommendation made to chief constables, as at 31 March 2022. Recommendations to the Home Office, the
National Police Chiefs' Council and police and crime commissioners are not included; the West Midlands
Police and Crime Commissioner publishes a separate update on recommendation 6.</p>
<table>
<tr><th>Rec</th><th>For</th><th>What we have done</th><th>Status</th></tr>
<tr><td>1</td><td>Chief constables</td><td>Force policy DA/017 amended in February 2021: officers no longer
share information about domestic abuse victims with Immigration Enforcement where they only have doubts
about status. Victims are referred to an advocacy partner instead. Compliance dip-sampled in September
2021 and January 2022.</td><td>Complete</td></tr>
<tr><td>4</td><td>Chief constables</td><td>Safe reporting pathway drafted with three specialist
organisations. Training package for public protection officers being delivered; 61% of officers trained so
far.</td><td>In progress</td></tr>
<tr><td>5</td><td>Chief constables and PCCs</td><td>Community engagement plan agreed with the Office of the
PCC; first events held in Birmingham and Wolverhampton.</td><td>In progress</td></tr>
<tr><td>8</td><td>All recipients</td><td>Six-month update sent to HMICFRS in June 2021.</td><td>Complete</td></tr>
</table>
<p>If you would like to know more about our work with migrant communities, please contact our Citizens in
Policing team.</p>
""",
))

DOCS.append(Doc(
    name="s2s-home-office-letter",
    formats=["html"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    optional_authors=[],
    date=["2022-02-14"],
    responses={
        "2": R(["complete"], ("partially_accepted",)),
        "3": R(["in_progress"], ACC),
    },
    absent=["1", "4", "5", "6", "7", "8"],
    style=Style(site="govuk", page_title="Letter from the Minister for Safeguarding on Safe to share? - GOV.UK"),
    classes=["national body letter on GOV.UK", "partially accepted with reasons (no firewall)",
             "recommendation deferred to a later letter (absent)", "history dates as distractors",
             "joint recommendation with the NPCC"],
    body="""
<h1>Letter from the Minister for Safeguarding to HM Chief Inspector of Constabulary: Safe to share?</h1>
<p>Published 14 February 2022</p>
<p>From: Home Office</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report on the super-complaint by Liberty and Southall Black Sisters, published on 17
December 2020. The Government's initial response, sent in June 2021, committed us to a review of data
sharing for migrant victims and witnesses. I am now able to update you on the two recommendations made to the
Home Office that the review covers.</p>
<h2>Recommendation 2</h2>
<p>The review was completed and published in December 2021. We accept the recommendation to review the legal
and policy framework, and that review is now complete. However, we do not accept the case for a complete
firewall between the police and Immigration Enforcement. Victims must be able to come forward safely, but
the police must be able to share information where there is a safeguarding or public protection need. We
have instead committed to the protections set out in recommendation 3.</p>
<h2>Recommendation 3</h2>
<p>We accept this recommendation. Home Office officials and the National Police Chiefs' Council lead for
migration and modern slavery are developing the immigration enforcement migrant victims protocol. A draft was
shared with specialist organisations, including Southall Black Sisters and Latin American Women's Rights
Service, in January 2022. We expect the protocol to be piloted in four force areas later this year.</p>
<h2>Recommendation 7</h2>
<p>I will write to you separately on recommendation 7 once colleagues in the Immigration Enforcement
directorate have concluded their work.</p>
<p>Yours sincerely,</p>
<p>Rachel Penhaligon MP<br>Minister for Safeguarding</p>
""",
))

DOCS.append(Doc(
    name="s2s-lincolnshire-foi",
    formats=["text"],
    super_complaint="safe-to-share",
    authors=["lincolnshire-police"],
    date=["2022-10-03"],
    responses={
        "1": R(["complete"]),
        "4": R(["awaiting_national", "in_progress"]),
    },
    absent=["2", "3", "5", "6", "7", "8"],
    style=Style(wrap=88),
    classes=["FOI reply", "request date as distractor", "recommendation asked about but information not held (absent)",
             "waiting on the national protocol (rec 3)"],
    body="""
<div class="letterhead">Lincolnshire Police<br>Information Rights Unit<br>Police Headquarters<br>PO Box 999<br>Lincoln LN5 7PH</div>
<p>Freedom of Information Request Reference No: 002418/22</p>
<p>Date of reply: 3 October 2022</p>
<p>Dear Requester,</p>
<p>I write in connection with your request for information received by Lincolnshire Police on 5 September
2022. You asked for the following information about the super-complaint report "Safe to share?" (Liberty and
Southall Black Sisters, December 2020):</p>
<ol>
<li>What has Lincolnshire Police done to implement recommendation 1?</li>
<li>What is the current position on recommendation 4?</li>
<li>How many migrant victims were referred under the arrangements for recommendation 5 in 2021?</li>
</ol>
<h2>Response</h2>
<p><strong>Question 1.</strong> Lincolnshire Police has implemented recommendation 1. Since March 2021, force
guidance has directed officers not to share the details of domestic abuse victims with Immigration Enforcement
where they only have doubts about the victim's immigration status. The guidance was refreshed in line with
the College of Policing's guidance and the action is closed on the force's recommendations register.</p>
<p><strong>Question 2.</strong> The force has drafted a safe reporting pathway with local partners. Publication
of the force policy is on hold until the national safeguarding protocol being developed by the Home Office and
the NPCC under recommendation 3 is issued, so that the policy reflects it.</p>
<p><strong>Question 3.</strong> Lincolnshire Police does not hold this information. Referrals are not recorded
in a way that identifies them as made under recommendation 5. Section 1(1)(a) of the Freedom of Information Act
2000 therefore applies.</p>
<p>Recommendations 2, 3 and 7 are addressed to the Home Office and are not matters on which the force holds
information.</p>
<h2>Complaint rights</h2>
<p>If you are not satisfied with this response you may ask for an internal review within 40 working days. If
you remain dissatisfied you may complain to the Information Commissioner's Office.</p>
<p>Yours sincerely,</p>
<p>J. Whitlock<br>Freedom of Information Officer</p>
""",
))

DOCS.append(Doc(
    name="s2s-met-mopac-joint",
    formats=["markdown", "pdf"],
    super_complaint="safe-to-share",
    authors=["metropolitan-police-service", "london-mayor"],
    date=["2021-11"],
    responses={
        "1": R(["complete"], ACC),
        "4": R(["in_progress"], ACC),
        "5": R(["in_progress"], ACC),
        "6": R(["in_progress", "not_started"], ACC),
    },
    optional=["8", "4a", "4d", "4e"],
    absent=["2", "3", "7"],
    style=Style(pdf_header="Metropolitan Police Service and MOPAC", pdf_footer="OFFICIAL - Last updated: November 2021"),
    classes=["joint force and Mayor's office document", "overview list of all recommendations that is not a response",
             "'last updated' month", "parts of rec 4 named inside the narrative", "rec 6 answered by MOPAC inside a joint document"],
    body="""
<h1>Safe to share? Joint response of the Metropolitan Police Service and the Mayor's Office for Policing and Crime</h1>
<p><em>Last updated: November 2021</em></p>
<h2>1. Background</h2>
<p>The report on the super-complaint about policing and immigration status was published on 17 December 2020.
It made eight recommendations:</p>
<ol>
<li>Chief constables: stop sharing data on domestic abuse victims with Immigration Enforcement where there are only doubts about status.</li>
<li>Home Office: review the legal and policy framework.</li>
<li>Home Office and NPCC: develop a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways.</li>
<li>Chief constables and PCCs: promote confidence in reporting.</li>
<li>PCCs: assess local access to specialist support.</li>
<li>Home Office.</li>
<li>All: update HM Chief Inspector within six months.</li>
</ol>
<p>The Commissioner and the Deputy Mayor for Policing and Crime accepted all of the recommendations made to
them. This document updates the joint response first sent to HMICFRS in June 2021.</p>
<h2>2. Recommendation 1</h2>
<p>The MPS issued instructions in January 2021. Officers must not share information with Immigration
Enforcement about a domestic abuse victim where they only have doubts about status. An audit of 400 domestic
abuse reports in July 2021 found full compliance. We regard this recommendation as delivered.</p>
<h2>3. Recommendation 4</h2>
<p>A policy and practice framework (4a) has been written and is with the MPS Policy Board for approval. Pathways
to specialist organisations (4d) are being built with the London Violence Against Women and Girls Consortium.
Guidance on when information will be shared (4e) awaits the outcome of the Home Office protocol but interim
wording has been agreed. Work continues.</p>
<h2>4. Recommendation 5</h2>
<p>MOPAC and the MPS are running a joint campaign with community organisations across the 32 boroughs. Phase
one ended in October; phase two starts in January 2022.</p>
<h2>5. Recommendation 6 (MOPAC)</h2>
<p>MOPAC has commissioned an assessment of access to specialist victim support for migrant Londoners as part of
the London Victims' Needs Assessment. Fieldwork will begin in December 2021, and the findings will inform
commissioning decisions for 2022-23.</p>
<p>Signed: Assistant Commissioner, Frontline Policing; Director of Commissioning, MOPAC</p>
""",
))

# ------------------------------------------------------------------------------------------------
# protective-measures
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="pm-npcc-response",
    formats=["pdf", "markdown"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-03-10", "2022-03"],
    responses={
        "1": R(["in_progress"], ACC),
        "2": R(["complete"], ACC),
        "3": R(["awaiting_national"], INPRINC),
        "4": R(["in_progress"], ("partially_accepted",)),
        "5": R(["complete"], ACC),
        "6": R(list(REFUSED), ("not_accepted",)),
        "7": R(["not_started"], ACC),
        "8": R(["awaiting_national"], ACC),
        "9": R(["in_progress"], ACC),
        "10": R(["not_started", "in_progress"], ACC),
    },
    absent=["11", "12", "13", "14", "15"],
    style=Style(pdf_cover="<h1>A duty to protect</h1><p>National Police Chiefs' Council response to the recommendations "
                          "of the super-complaint report on police use of protective measures in cases involving "
                          "violence against women and girls</p><p>10 March 2022</p><p>Version 1.0 - OFFICIAL</p>",
                pdf_header="NPCC response - A duty to protect"),
    classes=["national body answering for forces", "table with position and update columns",
             "accepted in principle", "not accepted with reasons", "planned with a date",
             "waiting on the Home Office bail review", "recommendations to Government listed as a range (absent)"],
    body="""
<h1>National Police Chiefs' Council response: A duty to protect</h1>
<p>Date: 10 March 2022</p>
<p>The report of HMICFRS, the College of Policing and the IOPC on the Centre for Women's Justice's super-complaint was
published on 24 August 2021. It made a total of 15 recommendations, of which 10 require a response from chief constables
and the NPCC. This document is the NPCC's response on behalf of chief constables, agreed at Chief Constables' Council on
26 January 2022. Recommendations 11 to 15 are for the Home Office and the Ministry of Justice and are not answered
here.</p>
<table>
<tr><th>No.</th><th>Subject</th><th>Position</th><th>Update</th></tr>
<tr><td>1</td><td>Released under investigation (RUI) processes, with the NPCC lead for bail</td><td>Accepted</td><td>Forces
are aligning their RUI processes with the NPCC bail lead's letter. 31 forces have confirmed; the rest are working towards
it.</td></tr>
<tr><td>2</td><td>Supervisory review of bail decisions in VAWG cases</td><td>Accepted</td><td>Delivered. Supervisory
review is now part of the national bail checklist issued in November 2021.</td></tr>
<tr><td>3</td><td>Use of conditions in pre-charge bail</td><td>Accepted in principle</td><td>Implementation depends
on the outcome of the Home Office's review of pre-charge bail and its statutory guidance, which is yet to be published.
No change to practice until then.</td></tr>
<tr><td>4</td><td>Officers' understanding of protective measures</td><td>Partially accepted</td><td>The NPCC agrees that
officers need a better understanding of protective measures but does not support mandatory annual training for all
officers. Targeted training for response and investigation officers is being rolled out by the College of Policing.</td></tr>
<tr><td>5</td><td>Recording of DVPNs and DVPOs</td><td>Accepted</td><td>Complete. The national data return now captures
notices and orders separately.</td></tr>
<tr><td>6</td><td>Police applications for non-molestation orders on victims' behalf</td><td>Not accepted</td><td>Chief
constables do not consider it appropriate for the police to apply for non-molestation orders, which are a civil remedy
for the victim. Forces will instead signpost victims to legal support. No further action is planned.</td></tr>
<tr><td>7</td><td>Information for victims on breaches of orders</td><td>Accepted</td><td>A national template letter
will be designed; work to start in April 2022.</td></tr>
<tr><td>8</td><td>Restraining orders on acquittal</td><td>Accepted</td><td>Dependent on CPS guidance being revised; the
NPCC lead has written to the CPS.</td></tr>
<tr><td>9</td><td>Data on breaches of protective measures</td><td>Accepted</td><td>Work ongoing with the Home Office
data team.</td></tr>
<tr><td>10</td><td>Force learning from domestic homicide reviews</td><td>Accepted</td><td>To be delivered by September
2022 through the NPCC domestic abuse portfolio.</td></tr>
</table>
<p>Assistant Chief Constable Harriet Mbeki<br>NPCC lead for domestic abuse</p>
""",
))

DOCS.append(Doc(
    name="pm-kent-board-paper",
    formats=["docx"],
    super_complaint="protective-measures",
    authors=["kent-police"],
    optional_authors=["kent-pcc"],
    date=["2022-07-19", "2022-07-05", "2022-07"],
    responses={
        "1": R(["in_progress"], NS),
        "4": R(["complete"], NS),
        "9": R(["in_progress", "awaiting_national"], NS),
    },
    absent=["2", "3", "5", "6", "7", "8", "10", "11", "12", "13", "14", "15"],
    style=Style(docx_headings="bold", docx_footer="Kent Police - Performance and Accountability Board - OFFICIAL"),
    classes=["board paper to the PCC's accountability board", "super-complaint by short title only",
             "meeting date and paper date", "PCC named as board owner, not author", "deadline dates as distractors"],
    body="""
<p><strong>Performance and Accountability Board</strong></p>
<p>Meeting date: 19 July 2022</p>
<p>Agenda item: 6</p>
<p>Title: Police use of protective measures: progress against the super-complaint recommendations</p>
<p>Report of: Detective Chief Superintendent, Head of Public Protection, Kent Police</p>
<p>Date of paper: 5 July 2022</p>
<h1>Police use of protective measures</h1>
<h2>1. Purpose</h2>
<p>To update the Police and Crime Commissioner on Kent Police's progress against the recommendations of the joint
report on police use of protective measures in cases involving violence against women and girls.</p>
<h2>2. Recommendations for the force</h2>
<p>2.1 Recommendation 1 (released under investigation). The force RUI policy has been rewritten in line with
the NPCC bail lead's guidance. Every RUI case in a VAWG investigation now has a 28-day supervisory review. Around
40% of the backlog of older RUI cases has been reviewed; the remainder will be reviewed by 31 October 2022.</p>
<p>2.2 Recommendation 4 (understanding of protective measures). A mandatory e-learning module was
launched in March 2022 and has been completed by 94% of frontline officers. This recommendation is closed.</p>
<p>2.3 Recommendation 9 (data on breaches). Kent Police now records breaches of DVPOs on Athena. Further
work depends on the national data specification, which the Home Office expects to issue in the autumn.</p>
<h2>3. Other recommendations</h2>
<p>The NPCC has responded nationally on behalf of chief constables. The force's position on the remaining
recommendations follows the NPCC response and will be reported to the next Board.</p>
<h2>4. Recommendation to the Board</h2>
<p>The Commissioner is asked to note this report.</p>
""",
))

DOCS.append(Doc(
    name="pm-home-office-moj-letter",
    formats=["text"],
    super_complaint="protective-measures",
    authors=["home-office", "ministry-of-justice"],
    date=["2022-04-21"],
    responses={
        "11": R(list(REFUSED), ("not_accepted",)),
        "12": R(["in_progress"], ACC),
        "13": R(["complete"], ACC),
    },
    absent=["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "14", "15"],
    style=Style(wrap=84, upper_h1=True),
    classes=["joint letter from two departments", "refused for now, kept under review",
             "recommendations to policing pointed to the NPCC (absent)", "consultation dates as distractors"],
    body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>21 April 2022</p>
<p>Dear HM Chief Inspector,</p>
<h1>A duty to protect: response of the Home Office and the Ministry of Justice</h1>
<p>We are writing jointly in response to the recommendations addressed to our departments in the report on the
Centre for Women's Justice super-complaint, published on 24 August 2021. The recommendations to chief constables
have been answered by the National Police Chiefs' Council.</p>
<p><strong>Recommendation 11: a bespoke offence of breaching pre-charge bail.</strong> We have considered this
carefully, including the responses to the 2020 consultation on pre-charge bail. We do not intend to create a new
offence at this time: the changes made by the Police, Crime, Sentencing and Courts Act, which come into force in
October 2022, need to be given time to bed in. We will keep the position under review.</p>
<p><strong>Recommendation 12: how the police are told about non-molestation orders.</strong> We agree. HM Courts
and Tribunals Service and the Home Office are designing a process for courts to notify the police directly when an
order is made. A pilot in two regions is under way and will be evaluated in the summer.</p>
<p><strong>Recommendation 13: guidance for courts and victims.</strong> We agree. The Ministry of Justice
published revised guidance for applicants in February 2022, which explains how orders are served and enforced.
This recommendation has been implemented.</p>
<p>Yours sincerely,</p>
<p>Lord Ashdown-Pryce, Minister of State for Crime and Policing</p>
<p>Eleanor Vasquez MP, Parliamentary Under-Secretary of State for Justice</p>
""",
))

DOCS.append(Doc(
    name="pm-cleveland-email",
    formats=["markdown"],
    super_complaint="protective-measures",
    authors=["cleveland-police"],
    optional_authors=["cleveland-pcc"],
    date=["2022-11-08"],
    responses={
        "1": R(["complete"], NS),
        "2": R(["awaiting_national"], NS),
        "3": R(["awaiting_national"], NS),
        "5": R(["not_started"], NS),
    },
    absent=["4", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
    classes=["email with a quoted earlier message", "range of recommendations answered together ('Recs 2 and 3')",
             "planned, not started", "OPCC is recipient, force is author", "super-complaint by subject in the subject line"],
    body="""
<p><strong>From:</strong> Public Protection Performance Lead (Cleveland Police)<br>
<strong>Sent:</strong> Tuesday, 8 November 2022 16:42<br>
<strong>To:</strong> Scrutiny Officer, Office of the Police and Crime Commissioner for Cleveland<br>
<strong>Subject:</strong> RE: VAWG protective measures super-complaint - force update for the Scrutiny Panel</p>
<p>Hi Aisha,</p>
<p>Sorry for the delay. Here is where the force is on the protective measures super-complaint, for the panel
papers:</p>
<ul>
<li>Rec 1 (RUI): done. The new RUI procedure went live on 1 September and the first audit showed every case had a
recorded review.</li>
<li>Recs 2 and 3: we are holding these until the NPCC issues the revised national bail guidance. Nothing more we
can do locally until that lands.</li>
<li>Rec 5: not started yet. It is scheduled for Q1 2023, once the new Niche recording fields are available.</li>
</ul>
<p>The rest sit with the NPCC or with government, so I have not included them. Happy to attend the panel if
helpful.</p>
<p>Thanks,<br>Mark</p>
<p>-----Original Message-----<br>
<strong>From:</strong> Scrutiny Officer, OPCC Cleveland<br>
<strong>Sent:</strong> Tuesday, 1 November 2022 09:15<br>
<strong>Subject:</strong> VAWG protective measures super-complaint - force update for the Scrutiny Panel</p>
<p>Hi Mark, could you send me a short update on the force's progress against the recommendations of the August
2021 report by 7 November please? The panel meets on 24 November. Thanks, Aisha</p>
""",
))

# ------------------------------------------------------------------------------------------------
# modern-slavery
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ms-home-office-rec1",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2022-03-02", "2021-09-09"],
    responses={
        "1": R(["in_progress"], ACC),
    },
    optional=["1a", "1b"],
    classes=["GOV.UK page with published and last-updated dates", "one recommendation answered in its parts",
             "consultees named in the recommendation (IASC, CPS) are not authors", "actions for other bodies mentioned"],
    style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK"),
    body="""
<h1>Home Office response to recommendation 1 of The hidden victims</h1>
<p>Published 9 September 2021<br>Last updated 2 March 2022</p>
<p>From: Home Office</p>
<h2>Contents</h2>
<ul><li>Introduction</li><li>Recommendation 1</li><li>Updates to this page</li></ul>
<h2>Introduction</h2>
<p>The hidden victims, the report on Hestia's super-complaint about the police response to victims of modern
slavery, was published on 26 May 2021. The report makes one recommendation to the Home Office. The actions for
the College of Policing and HMICFRS will be reported on by those bodies.</p>
<h2>Recommendation 1</h2>
<p>The Home Office accepts this recommendation. It asks us, in consultation with chief constables, the Independent
Anti-Slavery Commissioner, the Victims' Commissioner, the Crown Prosecution Service and support organisations, to
commission work to understand victims' experience of the police and wider law enforcement response, and to assess
the extent of the issues the report describes.</p>
<p><strong>Understanding the victim experience.</strong> In January 2022 the Home Office commissioned the Modern
Slavery and Human Rights Policy and Evidence Centre to carry out research with survivors, including those who have
not entered the National Referral Mechanism. Fieldwork has begun and a final report is due in spring 2023.</p>
<p><strong>Assessing the extent.</strong> The scoping of this second strand will follow the first findings of the
research. Officials expect to agree its terms of reference with the Independent Anti-Slavery Commissioner by the end of
2022.</p>
<h2>Updates to this page</h2>
<p>2 March 2022: added an update on the commissioned research.</p>
<p>9 September 2021: first published.</p>
""",
))

DOCS.append(Doc(
    name="ms-college-action-update",
    formats=["docx"],
    super_complaint="modern-slavery",
    authors=["college-of-policing"],
    date=["2022-09-30", "2022-09"],
    responses={},
    absent=["1"],
    classes=["national body's update on its own action, not a recommendation", "no responses to catalogued recommendations",
             "recommendation to the Home Office mentioned and set aside", "as-at date"],
    body="""
<h1>The hidden victims: College of Policing update on action 1</h1>
<p>Position as at 30 September 2022</p>
<h2>Summary</h2>
<p>The report on Hestia's super-complaint on the police response to victims of modern slavery (May 2021) set an
action for the College of Policing: to review and update its Authorised Professional Practice on modern slavery as
soon as possible and amend relevant content in other guidance as part of its regular updating processes.</p>
<h2>Progress</h2>
<p>The revised Authorised Professional Practice on modern slavery was published on 14 July 2022, after consultation
with the NPCC modern slavery and organised immigration crime portfolio, Hestia and the Independent Anti-Slavery
Commissioner. Related content in the Major investigation and public protection guidance on vulnerability was updated in
August 2022. The College regards action 1 as complete.</p>
<h2>Other recommendations</h2>
<p>Recommendation 1 of the report is addressed to the Home Office and is not covered by this update. Action 2 is for
HMICFRS. The College has offered its research and evidence to support the work of both.</p>
<p>Professional Development Directorate, College of Policing</p>
""",
))

DOCS.append(Doc(
    name="ms-cumbria-action-plan",
    formats=["text", "markdown"],
    super_complaint="modern-slavery",
    authors=["cumbria-constabulary"],
    optional_authors=["cumbria-pfcc"],
    date=["2021-08"],
    responses={},
    optional=["1"],
    style=Style(text_tables="form"),
    classes=["super-complaint named by the complainant's own report title (Underground lives)",
             "recommendations answered by subject only, none of them numbered in the catalogue",
             "Home Office recommendation that the force offers to support (optional)", "version date"],
    body="""
<h1>Underground lives: Cumbria Constabulary action plan</h1>
<p>Version 1.2 - August 2021</p>
<p>Owner: Detective Superintendent, Crime Command. Governance: Vulnerability Board (quarterly), with scrutiny by the
Office of the Police, Fire and Crime Commissioner.</p>
<h2>Introduction</h2>
<p>Hestia's super-complaint, Underground lives, raised concerns about how the police treat victims of modern
slavery. The joint investigation by HMICFRS, the College of Policing and the IOPC reported in May 2021. This plan sets
out what Cumbria Constabulary is doing about the findings that concern chief constables.</p>
<table>
<tr><th>Area</th><th>Action</th><th>Lead</th><th>Status</th></tr>
<tr><td>Training and specialist knowledge</td><td>Modern slavery input added to the initial investigators'
course; SPOC network refreshed.</td><td>Learning and Development</td><td>In progress</td></tr>
<tr><td>Allocation of investigations</td><td>All modern slavery crimes allocated to the Complex Safeguarding Team
from June 2021.</td><td>Crime Command</td><td>Complete</td></tr>
<tr><td>Understanding victims' support needs (with the PFCC)</td><td>Joint review of support pathways with the Office
of the PFCC and the Salvation Army.</td><td>Public Protection</td><td>Not started - planned for October 2021</td></tr>
</table>
<h2>Recommendation for the Home Office</h2>
<p>The first recommendation of the report is for the Home Office, which is asked to commission work in consultation
with chief constables. Cumbria Constabulary will contribute when consulted. There is no action for the force at this
stage.</p>
""",
))

# ------------------------------------------------------------------------------------------------
# police-perpetrated-domestic-abuse
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ppda-surrey-pcc-statutory",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["surrey-pcc"],
    date=["2022-08-24", "2022-08-25"],
    responses={
        "3": R(["in_progress"], ACC),
    },
    optional=["3a"],
    absent=["1", "2", "4"],
    style=Style(site="pcc", site_name="Surrey Police and Crime Commissioner",
                page_title="Commissioner's response to police super-complaint on police perpetrated domestic abuse",
                mega_menu=["About the Commissioner", "Police and Crime Plan", "Funding", "Victim services",
                           "Statutory responses", "Meetings and decisions", "Complaints", "Get involved"],
                panels=True, related=["HMICFRS inspection responses", "Surrey Police and Crime Panel"],
                page_dates="<p>Published: 25 August 2022</p><p>Last reviewed: 25 August 2022</p>"),
    classes=["PCC statutory response on a CMS page with mega-menu and panels", "answers a lettered part (3a)",
             "force's recommendations pointed to the force's website (absent)", "date of response and page date"],
    body="""
<h1>Commissioner's response to police super-complaint about police perpetrated domestic abuse</h1>
<p>Date of response: 24 August 2022</p>
<p>On 30 June 2022 HMICFRS, the College of Policing and the IOPC published their report on the Centre for Women's
Justice super-complaint about police perpetrated domestic abuse. The report makes recommendations to chief constables,
police and crime commissioners, the Ministry of Justice and the Home Office. The Chief Constable's response to
recommendations 1 and 2 is published on the Surrey Police website.</p>
<h2>Recommendation 3a</h2>
<p><em>PCCs, MoJ and Chief Constables should make sure their provision of domestic abuse support services and guidance
is capable of meeting the specific needs of all non-police and police victims of PPDA. For PCCs, this should include
considering whether local services are capable of dealing with the specific risks and vulnerabilities of PPDA
victims.</em></p>
<h2>Commissioner's response</h2>
<p>I accept this recommendation. My office funds four specialist domestic abuse outreach services in Surrey and an
independent domestic violence advocacy service. We have asked each of them to describe how they support victims whose
abuser is a police officer or member of police staff, including support through the complaints and misconduct process.
Their returns are due in October, and my office will then work with providers to close any gaps, including specialist
training delivered with the Domestic Abuse Commissioner's office.</p>
<p>I will also hold the Chief Constable to account for the force's own response through my performance meetings.</p>
<p>Rosalind Achebe<br>Police and Crime Commissioner for Surrey</p>
""",
))

DOCS.append(Doc(
    name="ppda-npcc-overview",
    formats=["pdf", "text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["npcc"],
    date=["2023-01-20"],
    responses={
        "1": R(["in_progress", "complete"], ACC),
        "2": R(["complete"], ACC),
        "3": R(["in_progress"], ACC),
    },
    absent=["4"],
    style=Style(pdf_ruled=False, pdf_header="NPCC - OFFICIAL", wrap=90),
    classes=["'the first two recommendations'", "national roll-up of forces' progress (counts)",
             "chief constables' part of a shared recommendation", "unruled PDF table", "audit cut-off dates as distractors"],
    body="""
<h1>Police perpetrated domestic abuse: second NPCC response</h1>
<p>National Police Chiefs' Council, 20 January 2023</p>
<h2>Introduction</h2>
<p>On 30 June 2022 the report on the Centre for Women's Justice super-complaint about police perpetrated domestic abuse
was published. In September 2022 I confirmed that all forces had accepted the first two recommendations and the part of
recommendation 3 that concerns chief constables. This second response gives an overview of forces' progress.</p>
<h2>The audit of cases (recommendation 1)</h2>
<p>Forces were asked to audit live PPDA cases and those closed in the 12 months to 30 June 2022, and to write to the
College of Policing by 30 December 2022. 41 of 46 forces have completed their audit and written to the College; the
remaining five expect to finish by the end of February 2023.</p>
<table>
<tr><th>Audit status</th><th>Forces</th></tr>
<tr><td>Completed and reported</td><td>41</td></tr>
<tr><td>Under way</td><td>5</td></tr>
</table>
<h2>Recommendation 2</h2>
<p>All forces have confirmed that their professional standards departments now assess PPDA allegations against the
criteria in the report. No further national action is needed.</p>
<h2>Recommendation 3</h2>
<p>Forces are reviewing their guidance for victims of PPDA with their PCCs. The NPCC domestic abuse portfolio is drafting
a national template to be shared in spring 2023.</p>
<h2>Recommendation 4</h2>
<p>This recommendation is for the Home Office, which has written to HMICFRS separately.</p>
<p>Chief Constable Owain Treharne<br>NPCC lead for domestic abuse</p>
""",
))

DOCS.append(Doc(
    name="ppda-gm-joint-letter",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["greater-manchester-police", "greater-manchester-mayor"],
    date=["2022-09"],
    responses={
        "1": R(["in_progress"], ACC),
        "2": R(["complete"], ACC),
        "3": R(["in_progress"], ACC),
    },
    optional=["3a"],
    absent=["4"],
    style=Style(docx_letterhead="table", docx_footer="GMCA, Tootle Street, Manchester"),
    classes=["joint letter of the force and the Deputy Mayor", "month-only date", "letterhead in a Word table",
             "a shared recommendation answered by both authors", "IOPC action mentioned (not a recommendation)"],
    body="""
<div class="letterhead">Greater Manchester Combined Authority<br>Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire<br>Tootle Street<br>Manchester M1 6EU</div>
<p>September 2022</p>
<p>HMICFRS Super-complaints Team</p>
<p>Dear colleagues,</p>
<p><strong>Joint response of Greater Manchester Police and the Mayor of Greater Manchester: police perpetrated domestic abuse</strong></p>
<p>We write together to respond to the recommendations made to us in the report of 30 June 2022 on the Centre for
Women's Justice super-complaint. We accept all of them.</p>
<p><strong>Recommendation 1.</strong> GMP has begun the audit of live PPDA cases and of those closed in the year
to 30 June 2022. 212 cases have been identified; 90 have been reviewed so far. The audit will be finished, and the
force's letter sent via the NPCC, by the end of December 2022.</p>
<p><strong>Recommendation 2.</strong> The Professional Standards Branch has changed its assessment procedure and
this is now in place.</p>
<p><strong>Recommendation 3.</strong> The force has issued revised guidance for officers dealing with a victim whose
abuser is a colleague. The Deputy Mayor has begun a review of commissioned domestic abuse services, with the IDVA
providers, to make sure they can meet the needs of PPDA victims; its findings will be reported to the Police, Crime and
Fire Panel in January 2023.</p>
<p>Recommendation 4 is for the Home Office. We also welcome the IOPC's planned oversight work on PPDA and will support it.</p>
<p>Yours faithfully,</p>
<p>Kate Ferriby-Lowe<br>Deputy Mayor for Policing, Crime, Criminal Justice and Fire</p>
<p>Chief Constable Stephen Alderley-Watts<br>Greater Manchester Police</p>
""",
))

# ------------------------------------------------------------------------------------------------
# honour-based-abuse
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="hba-wy-deputy-mayor-news",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["west-yorkshire-mayor"],
    date=["2022-12-19"],
    responses={},
    absent=["1", "2", "3"],
    style=Style(site="news", site_name="West Yorkshire Combined Authority",
                page_title="Deputy Mayor welcomes report on honour-based abuse | West Yorkshire Combined Authority",
                furniture_words=["Home", "Policing and crime", "Transport", "Skills", "News", "Contact"]),
    classes=["news item, super-complaint named by subject only", "recommendations summarised but not answered",
             "designated body and support charities mentioned, not authors", "publication date vs report date"],
    body="""
<h1>Deputy Mayor responds to super-complaint report on ethnic minority victims of sexual abuse</h1>
<p>Published: 19 December 2022</p>
<p>West Yorkshire's Deputy Mayor for Policing and Crime has welcomed a national report on how the police respond to
victims of sexual abuse from ethnic minority backgrounds who may be at risk of honour-based abuse.</p>
<p>The report, published on Friday by the police inspectorate, the College of Policing and the IOPC, follows a
super-complaint by the Tees Valley Inclusion Project. It recommends that chief constables update their sexual abuse
policies to include the risk of honour-based abuse and improve officers' awareness of different cultures and religions,
and that the National Police Chiefs' Council takes the findings into account in its work on ethnicity data.</p>
<p>The Deputy Mayor, Alison Marr-Dunleavy, said: "Victims must be confident that they will be believed and protected,
whatever their background. I will be asking West Yorkshire Police to set out how it will respond to the
recommendations, and I will look closely at what the report says about how we consult communities before commissioning
victims' services."</p>
<p>Anyone affected can contact Karma Nirvana's national helpline or West Yorkshire Police on 101.</p>
""",
))

DOCS.append(Doc(
    name="hba-northumbria-tracker",
    formats=["markdown", "html"],
    super_complaint="honour-based-abuse",
    authors=["northumbria-police"],
    date=["2024-01-31", "2024-01"],
    responses={
        "1": R(["complete"], NS),
        "2": R(["in_progress"], NS),
    },
    optional=["2a", "2b", "2c", "2d"],
    absent=["3"],
    style=Style(site="force", site_name="Northumbria Police",
                page_title="Super-complaint: honour-based abuse and sexual abuse | Northumbria Police",
                furniture_words=["Home", "Report", "Contact us", "Advice and information", "About us", "Careers"]),
    classes=["tracker with sub-rows per part (2a-2d) and status per row", "overall status must be inferred from parts",
             "NPCC recommendation marked not for the force (absent)", "as-at date"],
    body="""
<h1>Super-complaint: police response to sexual abuse victims at risk of honour-based abuse</h1>
<p>Progress as at 31 January 2024</p>
<p>This page tracks what Northumbria Police has done in response to the report on the Tees Valley Inclusion Project's
super-complaint (December 2022).</p>
<table>
<tr><th>Ref</th><th>Recommendation (summary)</th><th>Action taken</th><th>Status</th></tr>
<tr><td>1</td><td>Update sexual abuse policies to include the risk of honour-based abuse</td><td>Rape and serious
sexual offences policy updated and published July 2023.</td><td>Complete</td></tr>
<tr><td>2a</td><td>Awareness of community demographics</td><td>Neighbourhood profiles now include demographic
information; briefing delivered to all area commands.</td><td>Complete</td></tr>
<tr><td>2b</td><td>Independent advisory groups reflect demographics</td><td>IAG membership review under way with
community partners.</td><td>In progress</td></tr>
<tr><td>2c</td><td>Up-to-date information on culture and religion</td><td>Being prepared with local faith and
community groups; due June 2024.</td><td>In progress</td></tr>
<tr><td>2d</td><td>Investigations consider cultural factors</td><td>Investigation plan template amended.</td><td>Complete</td></tr>
<tr><td>3</td><td>NPCC: ethnicity data standards</td><td>For the NPCC - no action for the force.</td><td>N/A</td></tr>
</table>
""",
))

DOCS.append(Doc(
    name="hba-npcc-update",
    formats=["text"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03"],
    responses={
        "1": R(["in_progress"], ACC),
        "2": R(["in_progress"], ACC),
        "3": R(["in_progress"], ACC),
    },
    style=Style(wrap=80),
    classes=["NPCC update letter, month-only date", "national roll-up for forces plus its own recommendation",
             "named recommendations ('Recommendation 3: Consideration of findings')", "acceptance stated as history"],
    body="""
<p>National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</p>
<p>March 2024</p>
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>When the report was published on 16 December 2022, the NPCC accepted its recommendations on behalf of policing.
This letter updates HMICFRS on progress.</p>
<h2>Recommendation 1: The risk of honour-based abuse</h2>
<p>38 of 44 forces have updated their sexual abuse policies to include the risk of honour-based abuse. The remaining
forces have committed to do so by June 2024 and the NPCC lead is following this up with each of them.</p>
<h2>Recommendation 2: Cultural awareness</h2>
<p>Most forces have refreshed community profiles and reviewed their independent advisory groups. Fewer have produced
information on culture and religion with their communities; a national product, developed with the Halo Project, is
being tested in three forces.</p>
<h2>Recommendation 3: Consideration of findings</h2>
<p>The NPCC data standards working group has considered the findings of the super-complaint. Proposals to improve the
recording of ethnicity in crime records are being finalised and will be put to the National Data Quality Board in
summer 2024.</p>
<p>Deputy Chief Constable Farah Lindqvist<br>NPCC lead for honour-based abuse, forced marriage and FGM</p>
""",
))

# ------------------------------------------------------------------------------------------------
# stop-and-search
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sas-apcc-rec8",
    formats=["docx", "pdf"],
    super_complaint="stop-and-search",
    authors=["apcc"],
    date=["2024-04"],
    responses={
        "8": R(["in_progress"], ACC),
    },
    absent=["9", "10"],
    style=Style(docx_headings="bold", docx_footer="Association of Police and Crime Commissioners, Lower Ground, 5-8 The Sanctuary, London",
                pdf_footer="APCC - April 2024"),
    classes=["APCC answering for all PCCs", "recommendation to PCCs only; Government's recommendations mentioned",
             "month-only date", "super-complaint named by its campaign title (More harm than good)"],
    body="""
<h1>APCC response to the super-complaint on section 60 and independent community scrutiny of stop and search</h1>
<p>April 2024</p>
<h2>Introduction</h2>
<p>The Criminal Justice Alliance's super-complaint, More harm than good, asked for section 60 of the Criminal Justice
and Public Order Act 1994 to be repealed and for community scrutiny of stop and search to be strengthened. The report of
HMICFRS, the College of Policing and the IOPC, published on 15 December 2023, made ten recommendations. One of them,
recommendation 8, is addressed to police and crime commissioners. The Association of Police and Crime Commissioners
has agreed to respond on behalf of all PCCs.</p>
<h2>Recommendation 8</h2>
<p>All 43 PCCs, PFCCs and Mayors with policing responsibilities have accepted recommendation 8. Every area already has a
stop and search scrutiny panel or equivalent. PCCs have begun reviewing their panels against the report's findings: the
independence of the chair, training for members, how representative members are of the people most often stopped, and
whether the panel looks at section 60 authorisations as well as individual searches. The APCC will publish a summary of
the reviews in the autumn, alongside a good practice guide for panels.</p>
<h2>Other recommendations</h2>
<p>Recommendations 9 and 10 are for the Home Office, which will respond separately. PCCs will hold chief constables to
account for the recommendations made to forces.</p>
<p>Joint APCC leads for race, equality and inclusion</p>
""",
))

DOCS.append(Doc(
    name="sas-essex-police-page",
    formats=["html", "text"],
    super_complaint="stop-and-search",
    authors=["essex-police"],
    date=["2024-03-04", "2024-02"],
    responses={
        "1": R(["complete"], ACC),
        "2": R(["in_progress"], ACC),
        "3": R(["in_progress", "not_started"], ACC),
        "4": R(["complete"], ACC),
        "5": R(["in_progress"], ("partially_accepted",)),
        "6": R(list(REFUSED), ("not_accepted",)),
    },
    absent=["7", "8", "9", "10"],
    style=Style(site="force", site_name="Essex Police", page_title="Police super-complaints response | Essex Police",
                page_dates="<p>Last updated: 4 March 2024</p>", panels=True,
                mega_menu=["Report", "Advice", "Your area", "Stop and search", "Our performance", "Jobs and volunteering"],
                related=["Stop and search data", "Essex Police, Fire and Crime Commissioner - scrutiny panel"]),
    classes=["force web page with numbered list of six recommendations", "one partially accepted, one not accepted",
             "published-month in body and last-updated under the content", "PFCC mentioned for scrutiny, not author"],
    body="""
<h1>Police super-complaints response: section 60 and community scrutiny of stop and search</h1>
<p>This page sets out our response, published in February 2024, to the report on the Criminal Justice Alliance's
super-complaint. The report made ten recommendations in total, six of them to chief constables. Our response to each
of those six is below. The recommendation to police and crime commissioners is answered by the Essex Police, Fire and
Crime Commissioner.</p>
<h2>Recommendation 1</h2>
<p>Authorisations under section 60 are now made only by an officer of at least assistant chief constable rank and must
record the intelligence relied on. We accept this recommendation and have implemented it.</p>
<h2>Recommendation 2</h2>
<p>We accept this recommendation. We are changing the authorisation form so that the geographical area and duration
are justified separately. The new form will be in use by the summer.</p>
<h2>Recommendation 3</h2>
<p>We accept this recommendation. We will publish section 60 authorisations, with the reasons, on our website within a
month of their expiry. The publication process is being designed.</p>
<h2>Recommendation 4</h2>
<p>We accept this recommendation. Body-worn video is already switched on for every stop and search; this is checked
monthly.</p>
<h2>Recommendation 5</h2>
<p>We accept this recommendation in part. We will give a written record to everyone searched under section 60, but we
do not agree to send a letter to the parents of every child searched, because we do not always hold that information
and doing so could put some children at risk. Our safeguarding referral process for children is being revised.</p>
<h2>Recommendation 6</h2>
<p>We do not accept this recommendation. We do not believe a separate section 60 community impact assessment before each
authorisation is workable when authorisations are made urgently in response to violence. Our existing post-authorisation
review will continue.</p>
""",
))

DOCS.append(Doc(
    name="sas-thames-valley-minutes",
    formats=["pdf", "text"],
    super_complaint="stop-and-search",
    authors=["thames-valley-pcc"],
    optional_authors=["thames-valley-police"],
    date=["2024-06-11", "2024-07-16"],
    responses={
        "8": R(["in_progress"], NS + ("accepted",)),
    },
    absent=["1", "2", "3", "4", "5", "6", "7", "9", "10"],
    style=Style(pdf_ruled=False, pdf_header="Thames Valley PCC - Level 1 meeting", wrap=86),
    classes=["minutes of a PCC accountability meeting", "meeting date vs approval date",
             "force's update on its recommendations deferred to a later meeting (absent)", "other agenda items as noise",
             "super-complaint named by subject"],
    body="""
<h1>Office of the Police and Crime Commissioner for Thames Valley</h1>
<h2>Minutes of the Level 1 public accountability meeting held on 11 June 2024 at Thames Valley Police headquarters,
Kidlington</h2>
<p>Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive (OPCC); Chief
Finance Officer (OPCC); Head of Policy (OPCC).</p>
<h3>1. Apologies</h3>
<p>None.</p>
<h3>2. Minutes of the meeting held on 14 May 2024</h3>
<p>Agreed as a correct record.</p>
<h3>3. Quarterly performance report</h3>
<p>The Deputy Chief Constable presented the performance report. Burglary solved rates had risen to 8.1%. The PCC asked
about 101 answer times, which remain above target; the force will report back in September.</p>
<h3>4. Super-complaint on section 60 and community scrutiny of stop and search</h3>
<p>The Head of Policy reported on recommendation 8, which is for PCCs. The review of the Thames Valley stop and search
scrutiny panel had been completed in May. It recommended an independent chair, a training programme for members and a
quarterly review of all section 60 authorisations. New terms of reference would be adopted in September 2024, and
recruitment of the chair would start in July.</p>
<p>The Chief Constable said that the force's response to the six recommendations for chief constables was being
finalised and asked for it to be taken at the July meeting. Agreed.</p>
<p>Action: Head of Policy to circulate the revised panel terms of reference before the September meeting.</p>
<h3>5. Any other business</h3>
<p>None. The meeting closed at 12.10.</p>
<p>Minutes approved at the meeting of 16 July 2024.</p>
""",
))

DOCS.append(Doc(
    name="sas-home-office-letter",
    formats=["pdf"],
    super_complaint="stop-and-search",
    authors=["home-office"],
    date=["2024-05-09"],
    responses={
        "9": R(["in_progress"], ACC),
        "10": R(list(REFUSED), ("not_accepted",)),
    },
    absent=["1", "2", "3", "4", "5", "6", "7", "8"],
    style=Style(pdf_ruled=True),
    classes=["government letter with letterhead", "not accepted with reasons", "Criminal Justice Alliance named (complainant)",
             "consultation and PACE code dates as distractors"],
    body="""
<div class="letterhead">Home Office<br>Crime, Policing and Fire Group<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>9 May 2024</p>
<p>Dear Chief Inspector,</p>
<p><strong>Report on the Criminal Justice Alliance's super-complaint: section 60 and community scrutiny of stop and search</strong></p>
<p>Thank you for the report of 15 December 2023. The Government has considered the two recommendations made to the Home
Office.</p>
<p><strong>Recommendation 9</strong> asks the Home Office to collect and publish more detailed data on section 60
authorisations and searches. We accept it. From the 2024/25 Annual Data Requirement, forces will report the duration and
area of each authorisation. The first data will appear in the Police powers and procedures statistics published in
autumn 2025.</p>
<p><strong>Recommendation 10</strong> asks the Home Office to revise PACE Code A to require community consultation
before section 60 authorisations. We do not accept it. Section 60 is a preventative power used when serious violence is
anticipated, often at very short notice; requiring consultation in advance would make it unusable in the circumstances
for which it exists. The Code was last revised in 2023 and we have no plans to revise it for this purpose.</p>
<p>The report also makes recommendations to chief constables, to PCCs and to the NPCC. Those bodies are responding
directly.</p>
<p>Yours sincerely,</p>
<p>Dame Philippa Corrigan<br>Minister of State for Policing</p>
""",
))

# ------------------------------------------------------------------------------------------------
# stalking
# ------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="stalking-hampshire-action-plan",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["hampshire-and-isle-of-wight-constabulary"],
    optional_authors=["hampshire-and-isle-of-wight-pcc"],
    date=["2025-03-14", "2025-03"],
    responses={
        "7": R(["in_progress"], NS),
        "10": R(["complete"], NS),
        "11": R(["in_progress"], NS),
        "12": R(["awaiting_national"], NS),
        "13": R(["not_started"], NS),
        "14": R(["complete"], NS),
        "16": R(["in_progress"], NS),
        "17": R(["in_progress", "complete"], NS),
    },
    optional=["7.1", "7.2"],
    absent=["8", "9", "15"],
    style=Style(pdf_cover="<h1>Police response to stalking</h1><p>Hampshire and Isle of Wight Constabulary action plan</p>"
                          "<p>Version 4 - updated 14 March 2025</p>",
                pdf_header="OFFICIAL - Hampshire and Isle of Wight Constabulary",
                docx_footer="Hampshire and Isle of Wight Constabulary - OFFICIAL"),
    classes=["force action plan table with RAG status column", "NPCC-framework part rows (7.1, 7.2)",
             "56-day and 27 March 2025 deadlines as distractors", "status only in a column",
             "awaiting a national product", "PCC's recommendation mentioned, not answered"],
    body="""
<p>Hampshire and Isle of Wight Constabulary</p>
<h1>Police response to stalking: action plan</h1>
<p>Version 4 - updated 14 March 2025. First published 21 November 2024 (within 56 days of the report, as required).</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint was published on 27 September 2024. Most recommendations are to be
completed by 27 March 2025. This plan covers the recommendations for chief constables, using the NPCC reporting framework.
Recommendation 15 is for the Police and Crime Commissioner, who is responding separately.</p>
<table>
<tr><th>Rec</th><th>Evidence of progress / completion</th><th>Owner</th><th>RAG</th></tr>
<tr><td>7</td><td>Change request raised with the RMS supplier to record and search included classifications.</td><td>Head of Crime Registry</td><td>Amber</td></tr>
<tr><td>7.1</td><td>Process for officers to add included classifications drafted; awaiting system change.</td><td>Head of Crime Registry</td><td>Amber</td></tr>
<tr><td>7.2</td><td>Interim: intelligence report submitted for every stalking-related crime not recorded as principal crime.</td><td>Force Intelligence Bureau</td><td>Green</td></tr>
<tr><td>10</td><td>Stalking training reviewed and updated; new module live for all frontline staff.</td><td>Learning and Development</td><td>Complete</td></tr>
<tr><td>11</td><td>Stalking screening questions added to the initial call script; roll-out to contact centres under way.</td><td>Contact Management</td><td>Amber</td></tr>
<tr><td>12</td><td>Waiting for the national stalking risk assessment tool from the College of Policing before local adoption.</td><td>Public Protection</td><td>Awaiting national product</td></tr>
<tr><td>13</td><td>Review of stalking protection order applications. Not yet started: scheduled for April 2025.</td><td>Legal Services</td><td>Red</td></tr>
<tr><td>14</td><td>Single point of contact for stalking appointed in each district.</td><td>Public Protection</td><td>Complete</td></tr>
<tr><td>16</td><td>Joint review of commissioned services with the OPCC begun February 2025.</td><td>OPCC / Public Protection</td><td>Amber</td></tr>
<tr><td>17</td><td>Victim updates audited; the audit found 92% compliance and a re-audit is planned.</td><td>Victim Care</td><td>Green</td></tr>
</table>
<p>Key: Green - on track or delivered; Amber - under way, some risk; Red - not started; Complete - closed by the Stalking Board.</p>
<p>Governance: Stalking and Harassment Board, chaired by the Assistant Chief Constable (Crime and Public Protection).</p>
""",
))

DOCS.append(Doc(
    name="stalking-apcc-summary",
    formats=["html"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2024-12-12", "2024-12"],
    responses={
        "15": R(["in_progress"], ACC),
        "16": R(["not_stated", "in_progress"], ("accepted", "partially_accepted")),
        "25": R(["not_stated"], INPRINC),
    },
    optional=["27"],
    absent=["7", "10"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                page_title="APCC summary response: stalking super-complaint | APCC",
                furniture_words=["Home", "About the APCC", "Portfolios", "Member resources", "News", "Contact"],
                page_dates="<p>Published 12 December 2024</p>"),
    classes=["national association summarising 43 PCCs' positions", "accepted by most, in part by some",
             "accepted in principle", "its own recommendation is the response itself (27 optional)",
             "chief constables' recommendations mentioned as examples"],
    body="""
<h1>Summary response of the APCC to the super-complaint report on the police response to stalking</h1>
<p>12 December 2024</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint, published on 27 September 2024, made 29 recommendations. Most
are for chief constables (for example recommendation 7 on crime recording and recommendation 10 on training). Three are for
police and crime commissioners: recommendations 15, 16 and 25. As the report asked in recommendation 27, the APCC agreed to
respond on behalf of all PCCs, and this is that response.</p>
<h2>Recommendation 15</h2>
<p>All 43 PCCs and mayors with policing responsibilities accept this recommendation. Each is reviewing whether the right
specialist services, including independent stalking advocacy caseworkers, are commissioned in their area; most expect to
finish by March 2025. Several regions are considering joint commissioning.</p>
<h2>Recommendation 16</h2>
<p>41 PCCs accept this recommendation. Two accept it in part: they agree to review commissioning jointly with their chief
constable but say they cannot commit to funding changes before their budgets are set.</p>
<h2>Recommendation 25</h2>
<p>PCCs accept this recommendation in principle. How it is taken forward will depend on the national guidance the NPCC is
preparing.</p>
<p>The APCC will collate PCCs' six-month updates in spring 2025.</p>
""",
))

DOCS.append(Doc(
    name="stalking-merseyside-pcc-letter",
    formats=["text"],
    super_complaint="stalking",
    authors=["merseyside-pcc"],
    optional_authors=["merseyside-police"],
    date=["2025-04"],
    responses={
        "15": R(["complete"], ACC),
        "16": R(["in_progress"], ACC),
        "25": R(["awaiting_national"], ACC),
    },
    style=Style(wrap=78, upper_h1=True),
    classes=["PCC letter with month-only date", "waiting on an NPCC product", "deadline already passed as distractor",
             "Chief Constable named as co-worker, not co-author"],
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Merseyside<br>Mather Avenue<br>Liverpool L18 6JY</div>
<p>April 2025</p>
<p>Dear Inspector,</p>
<h1>Police response to stalking: six-month update from the Merseyside PCC</h1>
<p>I write with my update on the recommendations addressed to police and crime commissioners in the report on the
Suzy Lamplugh Trust's super-complaint. I accepted all three recommendations in December 2024.</p>
<p>Recommendation 15. My review of stalking support services was completed in February 2025, ahead of the 27 March
deadline. It found that Merseyside had no dedicated independent stalking advocacy caseworker service. I have since
commissioned one, jointly with Cheshire's Commissioner, and the service opened on 1 April 2025.</p>
<p>Recommendation 16. The Chief Constable and I are reviewing commissioning and referral pathways together. The
review is about half done and will report to my Strategic Oversight Board in June.</p>
<p>Recommendation 25. We will take this forward as soon as the NPCC publishes the national guidance it is developing.
Until then there is nothing further I can do locally.</p>
<p>Yours sincerely,</p>
<p>Emily Spurling-Hart<br>Police and Crime Commissioner for Merseyside</p>
""",
))

DOCS.append(Doc(
    name="stalking-cheshire-news",
    formats=["html"],
    super_complaint="stalking",
    authors=["cheshire-constabulary"],
    date=["2025-06-02", "2024-11-20"],
    responses={
        "7": R(["complete"], NS),
        "10": R(["in_progress"], NS),
    },
    optional=["7.2"],
    style=Style(site="news", site_name="Cheshire Constabulary",
                page_title="Force publishes its stalking action plan | Cheshire Constabulary",
                furniture_words=["Home", "Report", "Advice", "Your area", "News", "Contact"]),
    classes=["news item with a later dated update that changes a status", "progress contradicted by the update",
             "publication date and update date", "designated body quoted, not author"],
    body="""
<h1>Force publishes its action plan on the police response to stalking</h1>
<p>20 November 2024</p>
<p><strong>Update, 2 June 2025:</strong> the change to our crime recording system described below went live on 12 May
2025. Officers can now record and search stalking as an included classification, so this part of the plan is
complete.</p>
<p>Cheshire Constabulary has today published its action plan in response to the national report on the Suzy Lamplugh
Trust's super-complaint.</p>
<p>Detective Superintendent Ruth Callaghan-Moss said: "Stalking is a frightening crime that escalates. We have looked hard
at the report and we are making changes."</p>
<p>Among the changes, the force has asked its crime recording system supplier for a change so that stalking can be
recorded even when it is not the principal crime (recommendation 7). Until that change is made, officers will submit an
intelligence report for every such crime.</p>
<p>The force is also reviewing all of its stalking training (recommendation 10). A new course for investigators will start
in January and will be delivered in partnership with the Suzy Lamplugh Trust.</p>
<p>The full action plan can be read on our super-complaints page.</p>
""",
))

DOCS.append(Doc(
    name="stalking-hmicfrs-page",
    formats=["html"],
    super_complaint="stalking",
    authors=["hmicfrs"],
    date=["2025-02-10"],
    responses={},
    absent=["7", "10", "15", "16", "25"],
    style=Style(site="national", site_name="HMICFRS",
                page_title="Police response to stalking: responses to the super-complaint report - HMICFRS",
                furniture_words=["Home", "Our work", "Publications", "Police super-complaints", "About us", "Contact us"],
                page_dates="<p>Last updated: 10 February 2025</p>"),
    classes=["inspectorate page listing responses, answering nothing", "recommendations and deadlines quoted",
             "many forces named in a list, none an author"],
    body="""
<h1>The police response to stalking: responses to the super-complaint report</h1>
<p>On 27 September 2024 we published, with the College of Policing and the IOPC, our report on the Suzy Lamplugh Trust's
super-complaint about the police response to stalking. The report made 29 recommendations.</p>
<p>Chief constables were asked to publish an action plan by 22 November 2024 explaining what their force will do about each
recommendation made to them, including recommendation 7 on crime recording and recommendation 10 on training. PCCs were
asked to respond on recommendations 15, 16 and 25; the APCC responded on their behalf.</p>
<h2>Published responses</h2>
<table>
<tr><th>Organisation</th><th>Response</th><th>Date</th></tr>
<tr><td>National Police Chiefs' Council</td><td>56-day update letter</td><td>22 November 2024</td></tr>
<tr><td>Association of Police and Crime Commissioners</td><td>Summary response</td><td>December 2024</td></tr>
<tr><td>Crown Prosecution Service</td><td>Response letter</td><td>January 2025</td></tr>
<tr><td>Cheshire Constabulary</td><td>Action plan</td><td>November 2024</td></tr>
<tr><td>Hampshire and Isle of Wight Constabulary</td><td>Action plan</td><td>November 2024</td></tr>
<tr><td>Merseyside Police</td><td>Action plan</td><td>November 2024</td></tr>
</table>
<p>We will assess the responses and publish our findings. Links to the action plans of other forces will be added as we
receive them.</p>
""",
))
