"""The seventeenth held-out set: written blind for issue 10 while two engineers changed the engine, to be scored once by
the lead at the end of the day (the honest figure of that day). Its writer read no extraction code, no notes, no
lessons tests and no other set's documents beyond the first document of heldout14 (for the shape of a `Doc`), and
never ran the engine on these documents.

Invented like the others (no published response was read or copied; people's names are invented): every one of the
seven published super-complaints, weighted to HTML, PDF and DOCX; force and commissioner pages on content management
systems with their furniture and several dates, news items with quotes, a commissioner's statement with the force's
update pasted below, a decision record, a panel paper with a cover sheet, joint letters, national bodies named only in
a signature, header, footer or email signature, trackers whose update says more than (or contradicts) the status
column, rows answering several recommendations, recommendations named by number, ordinal, recipient or mid-sentence.
"""
from build import Doc
from render import Style

DOCS = [
    # ------------------------------------------------------------------------------------------------------------
    # Safe to share?
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-sts-gwent-pcc-statement-force-annex", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["gwent-pcc", "gwent-police"], date=["2021-07-14"],
        responses={"1": ["complete"], "4": ["in_progress"],
                   "5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(pdf_header="Office of the Police and Crime Commissioner for Gwent", pdf_footer="OFFICIAL",
                    pdf_cover="<p>Office of the Police and Crime Commissioner for Gwent<br>Swyddfa Comisiynydd "
                              "Heddlu a Throseddu Gwent</p><h1>Statement of the Police and Crime Commissioner</h1>"
                              "<p>Safe to share? Policing and immigration status</p><p>July 2021</p>",
                    docx_letterhead="table"),
        classes=["pcc-statement-with-force-annex", "ordinal-recommendations", "recs-by-recipient",
                 "table-with-not-applicable-row", "two-authors-sections", "business-as-usual",
                 "percentage-delivered", "distractor-dates"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Gwent<br>Police Headquarters<br>Cwmbrân<br>
Torfaen<br>commissioner@gwent.example.org.uk</div>
<h1>Police and Crime Commissioner's statement: "Safe to share?"</h1>
<p><strong>Date:</strong> 14 July 2021<br><strong>Our reference:</strong> OPCC/SC/2021/03<br>
<strong>Report:</strong> Safe to share? Report on Liberty and Southall Black Sisters' super-complaint on policing and
immigration status (HMICFRS, College of Policing and IOPC, 17 December 2020)</p>
<h2>1. Introduction</h2>
<p>I welcome this report. Victims of domestic abuse who are unsure of their immigration status are among the
least likely people in Gwent to come forward, and the report is right that fear of what the police will do with their
details keeps some of them away from help. Although super-complaint reports are not inspection reports, I have chosen
to publish my comments in the same way as I do for reports of Her Majesty's Inspectorate, with the Chief Constable's
update attached so that the public can read both together.</p>
<p>The report makes eight recommendations. Recommendations 2, 3 and 7 are for the Home Office and the National Police
Chiefs' Council, and I will follow their work with interest; the Chief Constable has told me that Gwent Police will
adopt the safeguarding protocol as soon as it is agreed nationally. Recommendations 1 and 4 are for chief constables
alone, and the Chief Constable's update on them is in the annex.</p>
<h2>2. The recommendations for commissioners</h2>
<p>Of the two recommendations for commissioners, the first (which I share with the Chief Constable) asks us to
promote migrant victims' confidence in reporting crime through safe reporting pathways, and the second asks me to
assess local access to specialist victim support organisations and to build up those networks. I accept both.</p>
<p>On the first, my office and the force launched a joint campaign in Welsh and English in May 2021, written with the
Gwent Ethnic Minority Women's Network, which explains in seven community languages that victims will be treated as
victims first. A second phase, with outreach sessions at places of worship and community centres in Newport, is
under way and will run until March 2022.</p>
<p>On the second, I commissioned an assessment of specialist provision in March 2021. It reported to me in June: it
found good provision for victims of domestic abuse in general, but only one service in Gwent able to advise on
immigration matters, and none outside Newport. I have set aside £60,000 from the Victim Services Fund to build up that
network from October 2021, and the work of recruiting a second provider has begun.</p>
<h2>3. Update to Her Majesty's Chief Inspector</h2>
<p>This statement, with the Chief Constable's update below, is our joint update under recommendation 8, due within
six months of the report's publication. I will continue to hold the Chief Constable to account for the
recommendations made to him through my Strategic Performance Board, which next meets on 21 September 2021.</p>
<p>Rhian Powell<br>Police and Crime Commissioner for Gwent</p>
<h2>Annex: update from the Chief Constable of Gwent Police</h2>
<p>Position as at 30 June 2021. Prepared by the Head of Public Protection for the Chief Constable.</p>
<table>
<tr><th>Recommendation</th><th>Gwent Police update</th><th>Status</th></tr>
<tr><td>1. Stop sharing the details of domestic abuse victims with Immigration Enforcement where officers only have
doubts about their status</td><td>Our information sharing procedure was changed on 4 January 2021: officers no longer
share the details of domestic abuse victims with Immigration Enforcement where they only have doubts about status, and
victims are referred to a third party instead. The change is now business as usual and is checked monthly by the
Public Protection Unit's dip sample of domestic abuse crimes.</td><td>Complete</td></tr>
<tr><td>2, 3 and 7</td><td>For the Home Office and the NPCC. No action for the force.</td><td>Not applicable</td></tr>
<tr><td>4. Safe reporting pathways for all migrant victims and witnesses</td><td>A standard operating procedure covering
parts 4a, 4d and 4e has been drafted with specialist organisations and is out for consultation. Training on it has been
delivered to 62% of frontline officers and staff; the remainder will be trained by December 2021.</td>
<td>Partially implemented</td></tr>
<tr><td>5. Promote confidence in reporting</td><td>Joint campaign with the OPCC launched in May 2021 (see the
Commissioner's statement); neighbourhood teams are attending community outreach sessions through the winter.</td>
<td>In progress</td></tr>
</table>
"""),

    Doc("h17-sts-lincs-cms-page", ["html"], super_complaint="safe-to-share",
        authors=["lincolnshire-police"], date=["2022-02-02"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        optional=["8"], absent=["6"],
        style=Style(site="plain", page_title="Safe to share? Our response | Lincolnshire Police"),
        classes=["cms-page", "mega-menu", "on-this-page", "accordion", "several-dates", "related-links-other-reports",
                 "recs-as-words", "implemented-and-monitored", "footer-copyright"],
        body="""
<div id="ccc" class="cookie-control"><h2>This site uses cookies to store information on your computer.</h2>
<p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how
the site is being used.</p><button>I'm fine with this</button> <button>Cookie settings</button></div>
<a class="skip-link" href="#main-content">Skip to content</a>
<header class="site-header"><a class="logo" href="/"><img src="/assets/lincs-logo.svg" alt="Lincolnshire Police"></a>
<ul class="utility"><li><a href="/report">Report</a></li><li><a href="/contact">Contact us</a></li>
<li><a href="/cy">Accessibility</a></li></ul></header>
<div class="megamenu"><ul><li><span>Report</span><ul><li>Report a crime</li><li>Report a road traffic incident</li>
<li>Report antisocial behaviour</li><li>Report fraud</li></ul></li><li><span>Advice</span><ul><li>Domestic abuse</li>
<li>Hate crime</li><li>Modern slavery</li><li>Stalking and harassment</li></ul></li><li><span>About us</span><ul>
<li>Our Chief Officer team</li><li>Publications</li><li>HMICFRS inspections</li><li>Police super-complaints</li>
<li>Freedom of information</li></ul></li><li><span>Careers</span><ul><li>Police officer</li><li>PCSO</li>
<li>Special constable</li></ul></li></ul></div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li>
<li><a href="/about-us/super-complaints">Police super-complaints</a></li><li>Safe to share?</li></ol></nav>
<main id="main-content">
<h1>Safe to share? Our response to the super-complaint on policing and immigration status</h1>
<p class="meta">Published: 9 June 2021 &nbsp;|&nbsp; Last updated: 2 February 2022</p>
<div class="on-this-page"><h2>On this page</h2><ul><li><a href="#background">Background</a></li>
<li><a href="#update">Update February 2022</a></li><li><a href="#recs">Our response to each recommendation</a></li>
<li><a href="#contact">Contact</a></li></ul></div>
<h2 id="background">Background</h2>
<p>In December 2018 Liberty and Southall Black Sisters raised a super-complaint about the police sharing information
about victims and witnesses of crime with the Home Office for immigration enforcement. The joint investigation by
HMICFRS, the College of Policing and the IOPC reported on 17 December 2020 and made eight recommendations. Four are
for chief constables, alone or with police and crime commissioners.</p>
<p>We first published this page in June 2021. We have updated it in February 2022 to report where we are six months
after the first update, and the sections below replace the earlier text.</p>
<h2 id="update">Update February 2022</h2>
<p>The most important change, the end of information sharing on doubt alone, has now been in place for a year, and
our audits show it is being followed. Work on safe reporting pathways is further advanced than in June but is not
finished.</p>
<h2 id="recs">Our response to each recommendation</h2>
<div class="accordion">
<details open><summary>Recommendation one: stop sharing domestic abuse victims' information on doubt alone</summary>
<div class="accordion__body"><p>Implemented and monitored. Our Information Sharing with Immigration Enforcement
procedure was rewritten in January 2021 and the College of Policing's guidance was added to it when published. Every
domestic abuse crime where the victim's immigration status is recorded as uncertain is reviewed by the Safeguarding
Hub within 48 hours; the quarterly audits since April 2021 have found no case where information was shared on doubt
alone.</p></div></details>
<details><summary>Recommendation four: safe reporting pathways</summary><div class="accordion__body"><p>A referral
pathway with two specialist organisations went live in November 2021 and 23 victims have used it so far. Policy
guidance for officers covering parts 4a to 4g is published on the intranet. The parts on modern slavery awareness (4h)
and community outreach (4k) are planned for 2022/23, and we will report on them in our next update.</p></div></details>
<details><summary>Recommendation five: confidence in reporting</summary><div class="accordion__body"><p>We are
working with the Office of the Police and Crime Commissioner on community messages in Polish, Lithuanian, Romanian and
Portuguese; the first set of leaflets has been printed and the radio campaign will run in the spring.</p></div></details>
<details><summary>Recommendation six</summary><div class="accordion__body"><p>This recommendation is for the Police
and Crime Commissioner. You can read the Commissioner's response on the OPCC website.</p></div></details>
<details><summary>Recommendation eight: updating HM Chief Inspector</summary><div class="accordion__body"><p>This
page, and the letter we sent to HMICFRS on 14 June 2021, are our updates under recommendation eight.</p></div></details>
</div>
<h2 id="contact">Contact</h2>
<p>Questions about this response can be sent to the Public Protection Unit through the contact form.</p>
<div class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button>
<p>Page reviewed: 2 February 2022. Next review due: February 2023.</p></div>
<aside class="related"><h2>Related pages</h2><ul><li><a href="#">PEEL 2021/22: an inspection of Lincolnshire Police</a></li>
<li><a href="#">The hidden victims: our response to the modern slavery super-complaint (2021)</a></li>
<li><a href="#">A duty to protect: our response (2021)</a></li><li><a href="#">Domestic abuse: getting help</a></li></ul></aside>
</main>
<footer class="site-footer"><ul><li>Privacy notice</li><li>Cookies</li><li>Accessibility statement</li><li>Sitemap</li></ul>
<p>&copy; Lincolnshire Police 2026. All rights reserved.</p></footer>
"""),

    Doc("h17-sts-npcc-lead-email", ["docx", "text"], super_complaint="safe-to-share",
        authors=["npcc"], date=["2021-09-23"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]}, "3": ["awaiting_national"]},
        optional=["8"], absent=["2", "4", "5", "6", "7"],
        style=Style(wrap=78, docx_headings="bold"),
        classes=["email", "national-body-in-signature-only", "awaiting-home-office", "distractor-earlier-letter-date",
                 "recs-mid-sentence"],
        body="""
<p>From: Marsh, Alan (NPCC Migrant Victims Portfolio)<br>Sent: 23 September 2021 16:42<br>To: Super-Complaints
Team<br>Cc: Portfolio Staff Officer<br>Subject: RE: Safe to share? - policing update on recommendations 1 and 3</p>
<p>Dear colleagues,</p>
<p>Further to my letter of 16 June 2021, and to our call last week, I am writing with the update for policing on the
two recommendations in "Safe to share?" where I hold the national lead. I am sorry this is later than I had hoped;
several forces' returns came in only this month.</p>
<p>On the interim measure in recommendation 1, I can confirm that policing accepted it in full when the report was
published. The College of Policing's guidance was issued in March 2021 and I circulated it to all 43 forces in England
and Wales and to British Transport Police the same week. Every one of those forces has now confirmed to me in writing
that its officers no longer share the details of victims of domestic abuse with Immigration Enforcement where they
have only doubts about a victim's status, and that they refer the victim to a third party instead. I regard that
recommendation as met for policing, and forces will go on reporting on it through the normal performance framework.</p>
<p>The safeguarding protocol in recommendation 3 is a different matter. A draft has been written jointly with the Home
Office and shared with specialist organisations, but it cannot be finalised until the Home Office has concluded its
review of the legal framework under recommendation 2, because the protocol has to reflect whatever that review
decides about information sharing. We will not change the draft until the Home Office has reported, which it expects
to do before the end of the year.</p>
<p>As you know, recommendations 4 and 5 are for individual chief constables (and, for the fifth, commissioners), who
will be writing to you directly, and I do not answer for them here.</p>
<p>I would be grateful if this email could be treated as the policing update under recommendation 8 for the two
recommendations above. I am happy to talk it through.</p>
<p>Kind regards,</p>
<p>Alan</p>
<p>DCC Alan Marsh<br>Deputy Chief Constable<br>NPCC Lead for Migrant Victims and Immigration Enforcement<br>
National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London<br>
This email and any attachments are OFFICIAL. If you have received it in error please notify the sender.</p>
"""),

    Doc("h17-sts-home-office-govuk-update", ["html"], super_complaint="safe-to-share",
        authors=["home-office"], date=["2022-06-22"],
        responses={"2": {"progress": ["complete"], "position": ["partially_accepted"]},
                   "3": ["in_progress"],
                   "7": {"progress": ["complete"], "position": ["accepted"]}},
        absent=["1", "4", "5", "6"],
        style=Style(site="govuk", page_title="Safe to share?: Home Office update on recommendations - GOV.UK"),
        classes=["govuk-page", "author-in-page-header", "published-and-updated", "accepted-in-part",
                 "contents-list", "distractor-dates"],
        body="""
<p class="govuk-caption">Policy paper</p>
<h1>Safe to share?: Home Office update on recommendations 2, 3 and 7</h1>
<p>From: <a href="/government/organisations/home-office">Home Office</a><br>Published 17 December 2020<br>
Last updated 22 June 2022 — <a href="#full-history">see all updates</a></p>
<h2>Contents</h2>
<ol><li>Introduction</li><li>Recommendation 2</li><li>Recommendation 3</li><li>Recommendation 7</li><li>Next steps</li></ol>
<h2>Introduction</h2>
<p>The report of the super-complaint by Liberty and Southall Black Sisters, published on 17 December 2020, made three
recommendations to the Home Office, one of them jointly with the National Police Chiefs' Council. This page sets out
where we are on each. It was first published with our initial response and has been updated with our position as at
June 2022. The recommendations for chief constables and police and crime commissioners (1, 4, 5 and 6) are answered by
those bodies and are not covered here.</p>
<h2>Recommendation 2</h2>
<p>We accepted the need to review the legal framework and policy for migrant victims and witnesses, and our review was
published in December 2021. It concluded that we would not introduce a complete firewall between the police and
Immigration Enforcement, because we do not believe it would be right to prevent the police from ever sharing
information with immigration authorities. We therefore accepted this recommendation in part. The review did set out a
new immigration enforcement protection mechanism for victims of domestic abuse, which is now in place.</p>
<h2>Recommendation 3</h2>
<p>We have been developing the safeguarding protocol with the NPCC. A draft was tested with specialist organisations
between February and April 2022 and their comments are being reflected in a revised draft. We expect to publish the
protocol in the autumn, together with guidance for officers.</p>
<h2>Recommendation 7</h2>
<p>We agreed with this recommendation. Revised guidance for Immigration Enforcement staff on engaging with migrant
victims of crime was published in April 2022 and applies to all staff.</p>
<h2>Next steps</h2>
<p>We will update this page when the safeguarding protocol is published.</p>
<h2 id="full-history">Updates to this page</h2>
<p>Published 17 December 2020<br>22 June 2022: added the update on recommendations 2, 3 and 7.<br>
15 December 2021: link to the review of data sharing added.</p>
<p>Is this page useful? Maybe / Yes this page is useful / No this page is not useful</p>
<p>Related content: Domestic Abuse Act 2021: statutory guidance; Tackling violence against women and girls strategy</p>
"""),
]

DOCS += [
    # ------------------------------------------------------------------------------------------------------------
    # A duty to protect (protective measures)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-pm-npcc-national-tracker", ["pdf"], super_complaint="protective-measures",
        authors=["npcc"], date=["2022-11-14"],
        responses={"1": ["in_progress"], "2": ["complete"], "3": ["complete"], "4": ["awaiting_national"],
                   "5": ["not_started"], "6": ["in_progress"], "7": ["complete"], "8": ["complete"],
                   "9": {"progress": ["in_progress"], "position": ["accepted"]},
                   "10": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        absent=["11", "12", "13", "14", "15"],
        style=Style(pdf_header="NPCC | A duty to protect | National action tracker v1.3",
                    pdf_footer="OFFICIAL | NPCC Violence Against Women and Girls Taskforce",
                    pdf_cover="<p>National Police Chiefs' Council</p><h1>A duty to protect</h1><p>Police use of "
                              "protective measures in cases involving violence against women and girls</p>"
                              "<h2>National action tracker</h2><p>Version 1.3<br>14 November 2022</p>"
                              "<p>Owner: NPCC Lead for Bail Management<br>Classification: OFFICIAL</p>"),
        classes=["tracker-ref-lead-action-rag-update-status", "update-contradicts-status", "row-several-recs",
                 "awaiting-sign-off", "paused-pending-national", "not-yet-started-future-year",
                 "percentage-delivered", "superseded-by-national-protocol", "no-further-action",
                 "accepted-in-part", "national-body-in-cover-header-footer", "pdf-cover-contents"],
        body="""
<h2>Contents</h2>
<ol><li>Purpose of this tracker</li><li>Governance</li><li>Tracker</li><li>Version history</li></ol>
<h2>1. Purpose of this tracker</h2>
<p>The super-complaint by the Centre for Women's Justice led to the report "A duty to protect", published by HMICFRS,
the College of Policing and the IOPC on 24 August 2021. Of its fifteen recommendations, ten call for action by chief
constables or the NPCC. This tracker records the national position on those ten for the NPCC's VAWG Taskforce Board.
It is not a record of any single force's progress; forces hold their own plans.</p>
<p>Recommendations 11 to 15 are for the Home Office and the Ministry of Justice and are not tracked here.</p>
<h2>2. Governance</h2>
<p>The tracker is reviewed monthly by the Bail Management Portfolio and quarterly by the VAWG Taskforce Board. The RAG
rating is the portfolio's judgement; the status column is the owner's. Where they differ the update column explains
why.</p>
<h2>3. Tracker</h2>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th><th>Status</th></tr>
<tr><td>R1</td><td>Implement processes for managing released under investigation (RUI) in line with the letter of
the NPCC bail lead of 29 January 2019</td><td>NPCC Bail Lead</td><td>Forces self-assess against the RUI framework;
national data return</td><td>31/03/2022</td><td>Amber</td><td>All forces have returned self-assessments and 38 have
adopted the framework. The revised national RUI guidance is awaiting formal sign-off at Chief Constables' Council on
25 January 2023; the remaining five forces will adopt it then.</td><td>Complete</td></tr>
<tr><td>R2 and R3</td><td>Pre-charge bail conditions to protect victims; recording victims' views on bail</td>
<td>NPCC DA Lead</td><td>Bail conditions checklist; custody system field for the victim's view</td><td>30/06/2022</td>
<td>Green</td><td>Both delivered. The checklist is in the national guidance and every force's custody system has
recorded the victim's view since June 2022.</td><td>Complete</td></tr>
<tr><td>R4</td><td>Use of domestic violence protection notices and orders</td><td>NPCC DA Lead</td><td>Refresh national
guidance on DVPN/DVPO</td><td>TBC</td><td>Amber</td><td>Paused pending the Home Office's decision on the timing of the
Domestic Abuse Protection Order pilot. Forces continue to use DVPNs under the existing guidance meanwhile.</td>
<td>On hold</td></tr>
<tr><td>R5</td><td>Analysis of outcomes where protective measures were not used</td><td>VAWG Taskforce analyst</td>
<td>National thematic analysis</td><td>2023/24</td><td>Red</td><td>Not yet started. Work will begin in 2023/24 once
the Taskforce's analyst post is filled.</td><td>Not started</td></tr>
<tr><td>R6</td><td>Officers understand all the protective measures available</td><td>College of Policing / NPCC</td>
<td>Protective measures e-learning for response and investigation officers</td><td>31/03/2023</td><td>Amber</td>
<td>The e-learning has been completed by 71% of response officers nationally; the target is 90% by March 2023.</td>
<td>Complete</td></tr>
<tr><td>R7</td><td>Restraining orders on conviction and acquittal</td><td>NPCC Criminal Justice Lead</td><td>Joint
approach with the CPS</td><td>31/05/2022</td><td>Green</td><td>Superseded by the joint CPS and police protocol of May
2022, which all forces have adopted. Closed.</td><td>Closed</td></tr>
<tr><td>R8</td><td>Victims told about their right to apply for a non-molestation order</td><td>NPCC DA Lead</td>
<td>Check existing guidance</td><td>31/12/2021</td><td>Green</td><td>No further action: the existing national guidance
already requires officers to tell victims, and the dip sample in all forces confirmed it is followed.</td>
<td>Complete</td></tr>
<tr><td>R9 and R10</td><td>National data on the use of protective measures (R9); a statutory duty to report that data
(R10)</td><td>NPCC Performance Lead</td><td>National data return</td><td>31/03/2023</td><td>Amber</td><td>Accepted in
part. The NPCC accepts R9 and the first quarterly data return is being piloted in six forces. It does not accept R10:
a statutory reporting duty is a matter for the Home Office, and policing does not support it.</td>
<td>In progress (R9)</td></tr>
</table>
<h2>4. Version history</h2>
<table>
<tr><th>Version</th><th>Date</th><th>Change</th></tr>
<tr><td>1.0</td><td>12 January 2022</td><td>First version</td></tr>
<tr><td>1.2</td><td>9 August 2022</td><td>R2, R3 and R7 updated</td></tr>
<tr><td>1.3</td><td>14 November 2022</td><td>All rows updated for the Taskforce Board</td></tr>
</table>
"""),

    Doc("h17-pm-west-mercia-dcc-letter", ["docx", "pdf"], super_complaint="protective-measures",
        authors=["west-mercia-police"], date=["2021-12-08"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "4": {"progress": ["awaiting_national"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["11"],
        style=Style(docx_letterhead="table"),
        classes=["force-letter", "docx-letterhead-table", "deputy-signs", "ordinal-recommendations",
                 "follow-national-approach", "percentage-delivered", "distractor-report-date"],
        body="""
<div class="letterhead">West Mercia Police<br>Office of the Deputy Chief Constable<br>Hindlip Hall<br>Worcester<br>
Tel 0300 333 3000</div>
<p>Super-Complaints Team<br>HMICFRS<br>By email</p>
<p>Our ref: DCC/SC/0042<br>8 December 2021</p>
<p>Dear Super-Complaints Team,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women and girls</strong></p>
<p>Thank you for your letter of 3 November asking for our position on the recommendations made to chief constables
in the report published on 24 August 2021. The Chief Constable has asked me to reply on his behalf. West Mercia Police
accepts all the recommendations addressed to chief constables, and I set out below where we are on the three on which
you asked for an update.</p>
<p><strong>The first recommendation (released under investigation)</strong></p>
<p>We have implemented the national framework for managing suspects released under investigation. Every RUI case is
now reviewed by a supervisor at 28 days and by an inspector at 90 days, and our Bail and RUI Board receives the
figures each month. Since July the number of domestic abuse suspects on RUI has fallen by 41%, and we consider this
recommendation complete.</p>
<p><strong>The fourth recommendation (domestic violence protection notices and orders)</strong></p>
<p>Our use of DVPNs has risen this year, but we have not rewritten our local procedure. The NPCC is refreshing the
national guidance in the light of the Home Office's plans for Domestic Abuse Protection Orders, and we will follow the
national approach once it is agreed rather than issue local guidance that may need to change within months.</p>
<p><strong>The sixth recommendation (officers' understanding of protective measures)</strong></p>
<p>The protective measures e-learning has been completed by 84% of our response and investigation officers; the
remainder will have completed it by the end of March 2022, and supervisors are checking compliance in their monthly
one-to-ones.</p>
<p>You also mentioned recommendation 11, on a bespoke offence of breaching pre-charge bail. As that is a matter for the
Home Office and the Ministry of Justice, we have nothing to add, although we would support it.</p>
<p>I hope this is helpful. Please contact my staff officer if you need anything further.</p>
<p>Yours sincerely,</p>
<p>Julia Hartnell<br>Deputy Chief Constable<br>West Mercia Police</p>
"""),

    Doc("h17-pm-home-office-minister-letter", ["pdf", "markdown"], super_complaint="protective-measures",
        authors=["home-office"], date=["2022-04-11"],
        responses={"11": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "12": {"progress": ["in_progress"], "position": ["accepted"]},
                   "13": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["14", "15"],
        style=Style(pdf_ruled=False),
        classes=["minister-letter", "national-body-in-letterhead-only", "refused", "shared-recommendation",
                 "recs-by-recipient"],
        body="""
<div class="letterhead">Minister of State for Crime and Policing<br>2 Marsham Street<br>London SW1P 4DF<br>
www.gov.uk/home-office</div>
<p>Her Majesty's Chief Inspector of Constabulary<br>HMICFRS<br>Clive House<br>70 Petty France<br>London</p>
<p>11 April 2022</p>
<p>Dear Chief Inspector,</p>
<p>I am writing with the Government's response to the recommendations made to this department in "A duty to protect:
Police use of protective measures in cases involving violence against women and girls", the report of the
super-complaint made by the Centre for Women's Justice. I am grateful to you, to the College of Policing and to the
IOPC for a thorough report.</p>
<p>Three of the fifteen recommendations are for the Home Office, two of them shared with the Ministry of Justice.
Recommendations 14 and 15 are for the Ministry of Justice alone, and the Lord Chancellor will reply to you
separately about them.</p>
<p><strong>Recommendation 11: a bespoke offence of breaching pre-charge bail</strong></p>
<p>We have considered this recommendation carefully with the Ministry of Justice, as the report asked, and we have
decided not to create a new offence. The changes to pre-charge bail made by the Police, Crime, Sentencing and Courts
Bill give the police stronger grounds to impose bail with conditions, and a breach can already lead to arrest and to
the suspect being charged with the original offence. We do not believe a further offence would add protection, and we
will not be taking this recommendation forward.</p>
<p><strong>Recommendation 12: how the police are told about non-molestation orders</strong></p>
<p>We accept this recommendation. Officials from both departments and HM Courts and Tribunals Service have agreed a
process by which the family court notifies the police directly when an order is made. It has been piloted in two
regions since February 2022, and we intend to extend it nationally once the pilot has been evaluated.</p>
<p><strong>Recommendation 13: domestic abuse protection notices and orders</strong></p>
<p>We also accept this recommendation. The new Domestic Abuse Protection Orders will replace domestic violence
protection notices and orders. Pilot sites have been selected and work with them to prepare for the pilot has begun;
the draft statutory guidance will be consulted on this summer.</p>
<p>I am copying this letter to the Lord Chancellor, to the Chair of the National Police Chiefs' Council and to the
Centre for Women's Justice.</p>
<p>Yours sincerely,</p>
<p>Daniel Ashworth MP<br>Minister of State for Crime and Policing</p>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # Police perpetrated domestic abuse
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-ppda-cleveland-pcc-decision-record", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cleveland-pcc"], date=["2022-11-21"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        style=Style(pdf_header="Cleveland OPCC - Decision Record 028/2022", docx_headings="bold"),
        classes=["decision-record", "chief-executive-signs", "part-of-recommendation-3a", "plan-with-date",
                 "several-dates-in-form"],
        body="""
<h1>Decision Record Form</h1>
<table>
<tr><td>Decision number</td><td>028/2022</td></tr>
<tr><td>Title</td><td>Specialist support for victims of police perpetrated domestic abuse</td></tr>
<tr><td>Report author</td><td>Head of Commissioning and Victim Services, Office of the Police and Crime Commissioner for
Cleveland</td></tr>
<tr><td>Date of report</td><td>7 November 2022</td></tr>
<tr><td>Classification</td><td>Open</td></tr>
</table>
<h2>1. Executive summary</h2>
<p>On 30 June 2022 HMICFRS, the College of Policing and the IOPC published their report on the Centre for Women's
Justice super-complaint on police perpetrated domestic abuse. Recommendation 3 asks commissioners, the Ministry of
Justice and chief constables to make sure that domestic abuse support services are able to meet the specific needs of
victims whose abuser is a police officer or member of police staff. Part (a) asks commissioners to consider whether
local services can deal with the particular risks these victims face and support them through the police complaints
and misconduct system.</p>
<p>The Commissioner accepted recommendation 3(a) in his response of 26 August 2022 and asked for a review of local
provision. The review found that local independent domestic violence advisers are skilled but are not trained in the
complaints and misconduct system, and that some victims are reluctant to use a service that works closely with
Cleveland Police.</p>
<h2>2. Decision required</h2>
<p>The Commissioner is asked to approve expenditure of £38,400 in 2022/23 and 2023/24 to commission an independent
advocate for victims of police perpetrated domestic abuse from a provider with no contract with the force, to begin
on 1 January 2023, together with training for existing advisers by March 2023.</p>
<h2>3. Other recommendations</h2>
<p>Recommendations 1 and 2 are for chief constables and recommendation 4 is for the Home Office; they are not the
subject of this decision. The Commissioner receives the force's progress on the first two at his scrutiny
meetings.</p>
<h2>4. Financial, legal and equality implications</h2>
<p>The cost will be met from the Victims' Services grant. The Monitoring Officer is satisfied that the Commissioner
has the power to make this decision. An equality impact assessment has been completed.</p>
<h2>5. Decision</h2>
<p>I approve the recommendation set out in section 2.</p>
<table>
<tr><td>Police and Crime Commissioner for Cleveland</td><td>Signed: M. Turnbull</td><td>Date: 21 November 2022</td></tr>
<tr><td>Chief Executive and Monitoring Officer</td><td>Signed: S. Kaur</td><td>Date: 21 November 2022</td></tr>
</table>
<p>Publication: this decision will be published on the Commissioner's website within five working days.</p>
"""),

    Doc("h17-ppda-kent-police-cms-page", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["kent-police"], date=["2023-03-06"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        absent=["4"],
        style=Style(site="force", site_name="Kent Police",
                    page_title="Police perpetrated domestic abuse super-complaint | Kent Police",
                    furniture_words=["Report", "Advice", "Contact us", "About us", "News", "Careers"],
                    mega_menu=["Report a crime", "Report domestic abuse", "Report a road incident", "Stalking",
                               "Honour-based abuse", "Modern slavery", "Our chief officers", "Performance",
                               "Publications", "Super-complaints", "HMICFRS reports", "Freedom of information"],
                    panels=True,
                    related=["Vetting, misconduct and misogyny: our response to the 2022 inspection",
                             "PEEL 2021/22: how Kent Police performs", "The hidden victims super-complaint (2021)"],
                    page_dates="<p>Published: 28 December 2022</p><p>Last updated: 6 March 2023</p>"
                               "<p>Next review: March 2024</p>"),
        classes=["cms-page-style", "mega-menu", "panels", "several-dates", "related-links-other-reports",
                 "awaiting-sign-off", "recs-mid-sentence"],
        body="""
<h1>Police perpetrated domestic abuse: our response to the super-complaint</h1>
<p>In June 2022 the Centre for Women's Justice's super-complaint on police perpetrated domestic abuse was reported on
by HMICFRS, the College of Policing and the IOPC. This page explains what Kent Police has done in response. It was
first published in December 2022 and was updated in March 2023 with the outcome of our audit and the position on the
other recommendations.</p>
<h2>The audit of cases</h2>
<p>The report's first recommendation asked chief constables to audit live cases of police perpetrated domestic abuse
and those closed in the twelve months to 30 June 2022. We audited all 212 of them between August and November 2022.
Nineteen were referred to our Professional Standards Department to be reassessed as complaint or conduct matters, and
four officers are now under investigation as a result. We wrote to the College of Policing, through the NPCC, on
21 December 2022 to explain what we have changed, and this recommendation is complete.</p>
<h2>What else we are doing</h2>
<p>Work on recommendation 2 is well under way: a dedicated team in Professional Standards now oversees every
allegation, and the new case review process is being tested until September 2023.</p>
<p>We have also rewritten our guidance on supporting victims of abuse by colleagues, which is our part of
recommendation 3. The guidance is awaiting sign-off by the Chief Officer Group in April and will then be published to
all staff.</p>
<p>The fourth recommendation is for the Home Office.</p>
<h2>Getting help</h2>
<p>If you are being abused by someone who works for the police, you can report it to another force, to the IOPC or to
a support service. You will be believed and supported.</p>
"""),

    Doc("h17-ppda-apcc-collation-page", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["apcc"], date=["2022-09-14"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="PCCs respond to police perpetrated domestic abuse super-complaint | APCC",
                    furniture_words=["Home", "About the APCC", "Portfolios", "Member resources", "News", "Contact"],
                    related=["APCC response to the hidden victims super-complaint",
                             "Stalking super-complaint: PCCs' responses"],
                    page_dates="<p>Posted on 14 September 2022 in Member resources, Victims</p>"),
        classes=["national-body-in-site-header-only", "collated-response", "part-3a", "posted-on-date"],
        body="""
<h1>Police perpetrated domestic abuse: commissioners' responses to recommendation 3a</h1>
<p>The report on the Centre for Women's Justice super-complaint, published in June 2022, made one recommendation
for police and crime commissioners: recommendation 3a, part of a wider recommendation shared with the Ministry of
Justice and chief constables. It asks commissioners to consider whether local services can meet the specific risks and
vulnerabilities of victims of police perpetrated domestic abuse and support them through the complaints and
disciplinary system.</p>
<p>Every police and crime commissioner, police, fire and crime commissioner and deputy mayor in England and Wales has
accepted recommendation 3a, and we have collated their responses here for members.</p>
<h2>Where commissioners are</h2>
<p>Thirty-one have completed their review of local services and have commissioned, extended or retrained services as
a result. The other twelve are still reviewing, most of them through their domestic abuse partnership boards, and
expect to finish by the end of the financial year. Several commissioners are working across force boundaries so that a
victim can be supported by a service outside the area where the abuser works.</p>
<p>Recommendations 1 and 2 were for chief constables and recommendation 4 for the Home Office; commissioners are
scrutinising their forces' responses to the first two.</p>
<h2>Contact</h2>
<p>Members with questions about this collation should contact the APCC's victims policy officer.</p>
"""),

    Doc("h17-ppda-moj-minister-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2022-10-12"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        style=Style(docx_letterhead="header_image"),
        classes=["national-body-in-logo-and-reference", "docx-header-image", "part-3b", "plan-with-date"],
        body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>Our reference: MoJ/SUB/22/1471</p>
<p>12 October 2022</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse: recommendation 3(b)</strong></p>
<p>Thank you for the report on the Centre for Women's Justice super-complaint. I am responding to the part of
recommendation 3 that falls to this department. Recommendations 1 and 2 are for chief constables, 3(a) for police and
crime commissioners and 4 for the Home Office, so I do not comment on them.</p>
<p>We accept recommendation 3(b). Our guidance for independent domestic violence advisers will include a new chapter on
the specific risks and vulnerabilities of victims whose abuser is a police officer, and on the support they may need
with both the criminal and the misconduct processes. We have commissioned a specialist organisation to draft it with
victims and advisers, drafting began in September, and the revised guidance will be published in spring 2023.</p>
<p>I am copying this letter to the Centre for Women's Justice.</p>
<p>Yours sincerely,</p>
<p>Edward Pryce<br>Parliamentary Under-Secretary of State for Victims</p>
"""),
]

DOCS += [
    # ------------------------------------------------------------------------------------------------------------
    # Honour-based abuse (Tees Valley Inclusion Project)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-hba-notts-pcc-news", ["html"], super_complaint="honour-based-abuse",
        authors=["nottinghamshire-pcc"], optional_authors=["nottinghamshire-police"], date=["2023-01-19"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["3"],
        style=Style(site="news", site_name="Nottinghamshire Police and Crime Commissioner",
                    page_title="Commissioner welcomes force's progress on honour-based abuse report",
                    furniture_words=["Home", "About the Commissioner", "Police and Crime Plan", "Get involved",
                                     "News", "Contact"]),
        classes=["news-item", "byline", "quotes-commissioner-and-chief-constable", "reported-speech",
                 "report-named-by-subject", "distractor-report-date"],
        body="""
<h1>Commissioner welcomes force's early progress on honour-based abuse report</h1>
<p class="byline">By OPCC Communications | Thursday 19 January 2023</p>
<p>Nottinghamshire's Police and Crime Commissioner has welcomed the swift changes made by Nottinghamshire Police
after last month's national report on how forces respond to victims of sexual abuse from ethnic minority backgrounds
who may be at risk of honour-based abuse.</p>
<p>The report, published on 16 December 2022 after a super-complaint by the Tees Valley Inclusion Project, found that
forces generally consider honour-based abuse only in their domestic abuse policies and lack understanding of the
cultures and religions of the communities they police.</p>
<p>At the Commissioner's public accountability meeting on Tuesday, the Chief Constable confirmed that the force's
rape and sexual offences policy had been amended before Christmas so that investigators must now consider the risk of
honour-based abuse in every case, which the report's first recommendation asks for.</p>
<p>She told the meeting that the second recommendation, on cultural awareness, would take longer: a training package
written with local women's organisations is being delivered to around 600 officers and staff, and the first 150 have
now completed it. The force's independent advisory group is also being refreshed so that it better reflects the
county's communities.</p>
<p>The Commissioner said: "Victims from every community in Nottinghamshire must have confidence that the police will
understand the risks they face. I am pleased that the force has acted so quickly on the policy, and I will be watching
the training closely. My office will also make sure that our own consultations before we commission victims' services
reach every community."</p>
<p>The Chief Constable said: "We accept every recommendation made to chief constables in this report. Changing a
policy is the easy part; what matters is that every officer who meets a victim understands what might be happening
in her life. That is what the training is for."</p>
<p>A third recommendation, on the recording of ethnicity data, is for the National Police Chiefs' Council.</p>
<p><strong>Notes to editors</strong><br>The Commissioner's public accountability meetings are held every two months and
are streamed online. The next meeting is on 14 March 2023.</p>
"""),

    Doc("h17-hba-west-midlands-panel-paper", ["pdf", "docx"], super_complaint="honour-based-abuse",
        authors=["west-midlands-pcc"], optional_authors=["west-midlands-police"], date=["2024-06-12"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(pdf_header="West Midlands Police and Crime Panel - 12 June 2024 - Agenda item 7",
                    pdf_footer="Report of the Chief Executive, Office of the Police and Crime Commissioner",
                    pdf_cover="<h1>West Midlands Police and Crime Panel</h1><p>Agenda item 7</p><p>12 June 2024</p>"
                              "<p>Super-complaint: honour-based abuse</p>",
                    docx_headings="bold"),
        classes=["panel-paper-cover-sheet", "chief-executive-report", "reported-speech", "partially-implemented",
                 "meeting-date-vs-events", "report-named-by-designated-body"],
        body="""
<table>
<tr><td>Meeting</td><td>West Midlands Police and Crime Panel</td></tr>
<tr><td>Date of meeting</td><td>12 June 2024</td></tr>
<tr><td>Agenda item</td><td>7</td></tr>
<tr><td>Report of</td><td>Chief Executive, Office of the West Midlands Police and Crime Commissioner</td></tr>
<tr><td>Subject</td><td>The Tees Valley Inclusion Project super-complaint: progress of West Midlands Police and the
Commissioner's response</td></tr>
<tr><td>Purpose</td><td>For information</td></tr>
<tr><td>Contact officer</td><td>Policy Officer (Violence against Women and Girls), OPCC</td></tr>
</table>
<h2>1. Purpose of the report</h2>
<p>1.1 The Panel asked at its meeting in February for a report on how the Commissioner is holding the Chief Constable
to account for the recommendations of the report on the Tees Valley Inclusion Project's super-complaint, and on the
Commissioner's own response.</p>
<h2>2. Background</h2>
<p>2.1 The report, published in December 2022, made recommendations to chief constables, to police and crime
commissioners and to the National Police Chiefs' Council. The recommendation to the National Police Chiefs' Council,
the third, concerns national ethnicity data standards and is not covered in this report.</p>
<h2>3. Progress of West Midlands Police</h2>
<p>3.1 At the Strategic Policing and Crime Board on 21 May 2024 the Chief Constable reported that the force's sexual
abuse policy had been updated in February 2024 to include the risk of honour-based abuse, that the change had been
briefed to all specialist investigators, and that he regarded recommendation 1 as discharged.</p>
<p>3.2 On recommendation 2, the Chief Constable said that the force had implemented it in part. Officers now receive
demographic profiles of the neighbourhoods they police (2a) and investigation plans prompt investigators to consider
culture and background (2d). The membership of the independent advisory groups is still being reviewed (2b), and
the community information packs (2c) will be produced with community partners during 2024/25.</p>
<h2>4. The Commissioner's response</h2>
<p>4.1 The Commissioner re-ran the victims' needs assessment in 2023 with fourteen community organisations, as the
report asked of commissioners, and its findings informed the commissioning round that began on 1 April 2024.</p>
<p>4.2 The Commissioner will continue to scrutinise the force's progress on recommendation 2 through the Board.</p>
<h2>5. Recommendation to the Panel</h2>
<p>5.1 The Panel is asked to note this report.</p>
<p>Chief Executive<br>Office of the West Midlands Police and Crime Commissioner</p>
"""),

    Doc("h17-hba-npcc-lead-update", ["markdown", "text"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2024-10-11"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(wrap=72, text_tables="pipes"),
        classes=["national-body-in-signature-only", "national-roll-up", "awaiting-sign-off", "plan-with-date",
                 "short-title-only"],
        body="""
<h1>Sexual abuse and honour-based abuse super-complaint: national update on the three recommendations</h1>
<p>Date: 11 October 2024</p>
<h2>Summary</h2>
<p>This note updates HMICFRS, the College of Policing and the IOPC on policing's progress since the last national
update in the spring. Chief officers accepted all three recommendations made to policing when the report was
published, and this note covers each in turn.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p>Thirty-nine of the 43 forces in England and Wales have updated their sexual abuse policies to include the risk of
honour-based abuse. The remaining four have drafted the change, which is awaiting sign-off by their chief officer
groups this autumn.</p>
<h2>Recommendation 2: cultural awareness</h2>
<table>
<tr><th>Part</th><th>Forces complete</th><th>Comment</th></tr>
<tr><td>Demographics known to officers</td><td>35</td><td>Most use the census profiles</td></tr>
<tr><td>Advisory groups reflect demographics</td><td>22</td><td>Reviews under way elsewhere</td></tr>
<tr><td>Community information on culture and religion</td><td>17</td><td>Template shared nationally in August</td></tr>
<tr><td>Investigations consider culture and background</td><td>40</td><td>Checked in the NPCC audit</td></tr>
</table>
<h2>Recommendation 3: consideration of findings</h2>
<p>We accepted this recommendation in full. The revised data standard for recording ethnicity and other protected
characteristics was agreed by Chief Constables' Council in July 2024 and reflects the super-complaint's findings. It
will be implemented through the national data programme from April 2025.</p>
<h2>Next update</h2>
<p>The next national update will be provided in April 2025.</p>
<p>Detective Chief Superintendent Rana Iqbal<br>Staff Officer to the National Lead for Honour-Based Abuse, Forced
Marriage and FGM<br>National Police Chiefs' Council</p>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # Section 60 stop and search and community scrutiny (Criminal Justice Alliance)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-sas-herts-pcc-page-two-sections", ["html"], super_complaint="stop-and-search",
        authors=["hertfordshire-pcc", "hertfordshire-constabulary"], date=["2024-08-21"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["complete"], "4": ["complete"],
                   "5": ["in_progress"], "6": ["not_started"],
                   "8": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["7", "9", "10"],
        style=Style(site="plain", page_title="Stop and search super-complaint: our responses | Hertfordshire PCC"),
        classes=["cms-page", "section-per-author", "accordion", "several-dates", "rows-several-recs",
                 "not-yet-started-future-year", "percentage-delivered", "designated-body-named", "footer-copyright"],
        body="""
<div class="cookie-notice" role="dialog"><p>We use cookies on this website. Some are necessary, others help us
understand how you use the site.</p><a href="/cookies">Manage cookies</a> <button>Accept all</button></div>
<header class="header"><a href="/" class="header__logo">Hertfordshire Police and Crime Commissioner</a>
<nav class="header__nav"><ul><li>About</li><li>Police and Crime Plan</li><li>Victims</li><li>Scrutiny</li>
<li>Transparency</li><li>News</li><li>Contact</li></ul></nav>
<div class="header__mega"><ul><li>Scrutiny<ul><li>Accountability meetings</li><li>Stop and search scrutiny</li>
<li>Custody visitors</li><li>HMICFRS reports</li><li>Super-complaints</li></ul></li><li>Transparency<ul>
<li>Decisions</li><li>Finance</li><li>Our policies</li></ul></li></ul></div></header>
<div class="breadcrumbs">Home &gt; Scrutiny &gt; Super-complaints &gt; Stop and search</div>
<main>
<h1>Section 60 and community scrutiny of stop and search: responses to the super-complaint</h1>
<p class="dates">First published: 2 April 2024 · Last updated: 21 August 2024</p>
<p>In December 2023 HMICFRS, the College of Policing and the IOPC reported on the Criminal Justice Alliance's
super-complaint about section 60 of the Criminal Justice and Public Order Act 1994 and community scrutiny of stop and
search. The report makes ten recommendations. Six are for chief constables and one, recommendation 8, is for police
and crime commissioners; recommendation 7 is for the NPCC and recommendations 9 and 10 are for the Home Office.</p>
<p>This page sets out the Commissioner's response to recommendation 8 and the Chief Constable's response to the six
recommendations for chief constables. It was updated in August 2024 with the position after the first six months.</p>
<div class="accordion">
<details open><summary>The Commissioner's response</summary>
<p>I accept recommendation 8. Independent community scrutiny is how the public can see that stop and search is used
fairly, and Hertfordshire's panel has existed since 2015. Since the report I have rewritten the panel's terms of
reference, recruited eleven new members (five of them under 25) and arranged training for all members, which was
completed in July. A youth scrutiny group for 16 to 24 year olds is the remaining piece of work and will be set up
in the autumn. I will publish the panel's first annual report under the new arrangements in spring 2025.</p>
<p>Commissioner, August 2024</p></details>
<details><summary>The Chief Constable's response</summary>
<table><tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>1. Authorisation of section 60</td><td>Complete. Authorisations are now given only by an assistant chief
constable, with a written rationale on the national template, and last no longer than the intelligence supports.</td></tr>
<tr><td>2. Communicating authorisations</td><td>In progress. Authorisations are announced on social media; the
after-action summary to community leaders is being tested and will be in place by October.</td></tr>
<tr><td>3 and 4. Recording section 60 data; body-worn video</td><td>Both complete. Every section 60 search is recorded
with its outcome and published monthly, and body-worn video is switched on for every search and reviewed by a
supervisor.</td></tr>
<tr><td>5. Safeguarding children</td><td>Refresher training on safeguarding children who are searched has been delivered
to 90% of frontline officers; the rest will complete it by December 2024.</td></tr>
<tr><td>6. Scrutiny of section 60 by the panel</td><td>Not yet started. It will begin in 2025/26, once the panel's new
terms of reference have bedded in.</td></tr>
</table>
<p>Chief Constable, August 2024</p></details>
</div>
<div class="helpful"><p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p></div>
<h2>Related</h2>
<ul><li>Stop and search scrutiny panel annual report 2022/23</li><li>HMICFRS PEEL 2023–2025: Hertfordshire
Constabulary</li><li>Police response to stalking: super-complaint (September 2024)</li></ul>
</main>
<footer><p>Office of the Police and Crime Commissioner for Hertfordshire, Harpenden Road, St Albans</p>
<p>&copy; 2026 Hertfordshire PCC. Privacy. Accessibility. Sitemap.</p></footer>
"""),

    Doc("h17-sas-btp-action-plan-tracker", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["british-transport-police"], date=["2024-09-30"],
        responses={"1": ["complete"], "2": ["complete"], "3": ["in_progress"], "4": ["complete"],
                   "5": ["in_progress"], "6": ["awaiting_national"]},
        optional_authors=[],
        absent=["7", "8", "9", "10"],
        style=Style(docx_letterhead_in_header=True, pdf_ruled=True),
        classes=["tracker-ref-lead-action-rag-update-status", "update-contradicts-status", "row-several-recs",
                 "future-system-change", "paused-pending-national", "author-and-date-in-docx-header",
                 "percentage-delivered"],
        body="""
<div class="letterhead">British Transport Police<br>Section 60 super-complaint: force action plan<br>Version 4 -
updated 30/09/2024</div>
<h1>Force action plan: section 60 and community scrutiny of stop and search</h1>
<p>This plan records the force's response to the six recommendations for chief constables in the report on the
Criminal Justice Alliance's super-complaint (December 2023). It is owned by the Assistant Chief Constable (Operations)
and reviewed by the Stop and Search Governance Board every quarter. Recommendation 8 is for the British Transport
Police Authority, which has published its own response; recommendations 7, 9 and 10 are for national bodies.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th><th>Status</th></tr>
<tr><td>1</td><td>Section 60 authorisations</td><td>ACC Operations</td><td>Authorising officer and written rationale
on national template</td><td>31/03/2024</td><td>Green</td><td>Policy revised in March 2024 and used for every
authorisation since.</td><td>Complete</td></tr>
<tr><td>2</td><td>Communicating authorisations to the public</td><td>Head of Corporate Communications</td><td>Station
notices and social media; after-action summaries</td><td>30/06/2024</td><td>Green</td><td>The notification procedure is
now business as usual and has been used for all fourteen authorisations since March; after-action summaries are sent
to station managers and rail partners within seven days.</td><td>In progress</td></tr>
<tr><td>3 and 4</td><td>Recording section 60 data (3); body-worn video (4)</td><td>Superintendent, Stop and Search</td>
<td>Data fields in the stop and search app; BWV policy</td><td>31/03/2025</td><td>Amber</td><td>The body-worn video
policy was amended in May and compliance is 97% (recommendation 4 achieved). Full recording of section 60 data
depends on the upgrade of the stop and search app, scheduled for release in 2025/26; an interim manual spreadsheet is
in use meanwhile.</td><td>In progress</td></tr>
<tr><td>5</td><td>Safeguarding children who are stopped and searched</td><td>Head of Public Protection</td><td>Training
for all officers who search</td><td>31/12/2024</td><td>Green</td><td>Training delivered to 71% of officers; the rest
are booked on courses before the end of December.</td><td>Complete</td></tr>
<tr><td>6</td><td>Community scrutiny of section 60</td><td>ACC Operations</td><td>Add section 60 to the remit of the
independent scrutiny group</td><td>TBC</td><td>Amber</td><td>Paused pending the national review of community scrutiny
arrangements being led by the College of Policing and the NPCC; we will adopt its model when it is published.</td>
<td>On hold</td></tr>
</table>
<p>Next review: Stop and Search Governance Board, 16 December 2024.</p>
"""),

    Doc("h17-sas-npcc-lead-response", ["pdf"], super_complaint="stop-and-search",
        authors=["npcc"], date=["2024-05"],
        responses={"1": {"progress": ["in_progress"], "position": ["partially_accepted"]},
                   "2": {"progress": ["not_stated"], "position": ["accepted"]},
                   "3": {"progress": ["not_stated"], "position": ["accepted"]},
                   "4": {"progress": ["not_stated"], "position": ["accepted"]},
                   "5": {"progress": ["not_stated"], "position": ["accepted"]},
                   "6": {"progress": ["not_stated"], "position": ["accepted"]},
                   "7": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["8", "9", "10"],
        style=Style(pdf_header="National Police Chiefs' Council", pdf_footer="OFFICIAL | Stop and Search Portfolio",
                    pdf_ruled=False),
        classes=["national-body-in-running-header-footer-only", "month-date", "several-recs-in-one-sentence",
                 "accepted-in-part", "position-without-progress", "distractor-report-date"],
        body="""
<h1>Response of the national policing lead for stop and search to the Criminal Justice Alliance super-complaint</h1>
<p>May 2024</p>
<h2>Introduction</h2>
<p>The report on the Criminal Justice Alliance's super-complaint, "More harm than good", was published on 15 December
2023. It did not recommend the repeal of section 60, but it made ten recommendations to improve how section 60 is
authorised and used and how stop and search is scrutinised by communities. This response is made on behalf of chief
officers in England and Wales.</p>
<h2>Recommendations to chief constables</h2>
<p>Chief officers discussed the report at Chief Constables' Council in February 2024. Recommendations 2, 3, 4, 5 and 6
fall to chief constables individually, and all forces have accepted them; each force will publish its own action
plan and report its own progress, so this response does not attempt to summarise them.</p>
<p>Recommendation 1 is accepted in part. We agree that every authorisation should be supported by a written rationale
and that its duration should be no longer than the intelligence supports, and forces have been asked to adopt a
national rationale template from June. We share the view of chief officers, however, that in fast-moving situations an
inspector must still be able to authorise, with confirmation by a senior officer within the hour, and we do not
accept the part of the recommendation that would remove that power.</p>
<h2>Recommendation to the NPCC</h2>
<p>We accept recommendation 7. The national guidance on section 60 is being revised with the College of Policing, and
the revised guidance will be put to Chief Constables' Council for approval in October 2024.</p>
<h2>Other recommendations</h2>
<p>Recommendation 8 is for police and crime commissioners and recommendations 9 and 10 are for the Home Office. We
will work with both on their responses.</p>
<p>National Policing Lead for Stop and Search</p>
"""),

    Doc("h17-sas-west-yorks-deputy-mayor-letter", ["docx", "text"], super_complaint="stop-and-search",
        authors=["west-yorkshire-mayor"], date=["2024-02-09"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "3", "4", "5", "6"],
        style=Style(docx_letterhead="header_image", wrap=80),
        classes=["deputy-mayor-signs", "docx-header-image", "ordinal-date", "recs-by-recipient", "plan-with-date"],
        body="""
<div class="letterhead">West Yorkshire Combined Authority<br>Policing and Crime<br>Wellington House<br>Leeds</div>
<p>9th February 2024</p>
<p>HMICFRS Super-Complaints Team<br>By email</p>
<p>Dear colleagues,</p>
<p><strong>Super-complaint: section 60 and independent community scrutiny of stop and search</strong></p>
<p>I write on behalf of the Mayor of West Yorkshire, who holds the functions of police and crime commissioner, in
response to the report on the Criminal Justice Alliance's super-complaint. I have delegated responsibility for policing
and crime and this response is mine.</p>
<p>The recommendation for police and crime commissioners, recommendation 8, is accepted. West Yorkshire has had
independent scrutiny of stop and search in each of its five districts for several years, but the report has made us
look again at how representative the panels are and at whether they see enough of the body-worn video. We have
already begun a review of the panels' membership, working with the Youth Commission; members will be offered training
from April 2024; and section 60 authorisations will be a standing item at every panel meeting from the summer. I will
report on progress in my annual report in July.</p>
<p>Recommendations 1 to 6 are for the Chief Constable, and I have asked him to respond to you directly. I will
scrutinise his response at my Community Outcomes Meeting in March.</p>
<p>Yours faithfully,</p>
<p>Nadia Lockwood<br>Deputy Mayor for Policing and Crime<br>West Yorkshire Combined Authority</p>
"""),
]

DOCS += [
    # ------------------------------------------------------------------------------------------------------------
    # The police response to stalking (Suzy Lamplugh Trust)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-st-norfolk-action-plan", ["pdf", "docx"], super_complaint="stalking",
        authors=["norfolk-constabulary"], date=["2025-07"],
        responses={"7": ["in_progress", "awaiting_national"], "10": ["in_progress"], "11": ["complete"],
                   "12": ["complete"], "13": ["complete"], "14": ["in_progress"], "16": ["not_started"],
                   "17": ["complete"]},
        absent=["8", "9", "15"],
        style=Style(pdf_header="Norfolk Constabulary | Stalking super-complaint action plan | Version 3",
                    pdf_footer="OFFICIAL - Published on norfolk.police.uk",
                    pdf_cover="<p>Norfolk Constabulary</p><h1>The police response to stalking</h1><p>Force action plan "
                              "in response to the Suzy Lamplugh Trust super-complaint</p><p>Version 3<br>July 2025</p>",
                    docx_headings="styles"),
        classes=["force-action-plan", "evidence-requirement-parts", "pdf-cover-contents", "month-date",
                 "deadline-distractor", "update-contradicts-status", "row-several-recs", "business-as-usual",
                 "implemented-and-monitored", "no-further-action", "not-yet-started-future-year",
                 "future-system-change"],
        body="""
<h2>Contents</h2>
<ol><li>Introduction</li><li>Governance</li><li>Action plan</li><li>Glossary</li></ol>
<h2>1. Introduction</h2>
<p>The report on the Suzy Lamplugh Trust's super-complaint was published on 27 September 2024. It makes 29
recommendations, fifteen of them for chief constables, most to be achieved by 27 March 2025. Norfolk Constabulary
published the first version of this plan on 21 November 2024 and the second in March 2025. This third version records
the position after the Stalking Delivery Board of 1 July 2025.</p>
<p>Only the recommendations on which work remains open or closed since March are shown below. Recommendations 8 and 9
are not for chief constables, and recommendation 15 is for the Police and Crime Commissioner for Norfolk.</p>
<h2>2. Governance</h2>
<p>The plan is owned by the Detective Chief Superintendent for Safeguarding and overseen by the Stalking Delivery
Board, chaired by the Assistant Chief Constable. Progress is reported to the Police and Crime Commissioner's
Accountability Board.</p>
<h2>3. Action plan</h2>
<table>
<tr><th>Rec</th><th>Evidence requirement</th><th>Action</th><th>Owner</th><th>Target</th><th>Progress update</th><th>Status</th></tr>
<tr><td>7.1</td><td>Stalking and related offences searchable as included classifications</td><td>Change to the
Athena crime recording system</td><td>Head of Crime Registrar</td><td>27/03/2025</td><td>Change requested through the
Athena consortium; the supplier's release is expected in 2026. Until then the interim measure at 7.2 applies.</td>
<td>Amber - dependent on supplier</td></tr>
<tr><td>7.2</td><td>Alternative measures while system changes are pending</td><td>Intelligence report for every
linked stalking offence</td><td>Head of Crime Registrar</td><td>31/12/2024</td><td>In place since January 2025 and
checked monthly by the registrar's team.</td><td>Complete</td></tr>
<tr><td>10</td><td>Learning and training provision reviewed and updated</td><td>Training needs analysis; new stalking
module</td><td>Head of Learning</td><td>27/03/2025</td><td>The review is complete. The new module has been delivered
to 88% of frontline officers and staff; the remainder are booked for September.</td><td>Complete</td></tr>
<tr><td>11</td><td>Stalking single points of contact</td><td>SPOC in each district</td><td>DCI Safeguarding</td>
<td>31/01/2025</td><td>SPOCs in post in all three districts since January. Now business as usual.</td><td>Complete</td></tr>
<tr><td>12</td><td>Use of stalking protection orders</td><td>SPO process with the Stalking Clinic</td><td>DCI
Safeguarding</td><td>27/03/2025</td><td>Implemented and monitored by the Stalking Clinic; 31 orders obtained in
2024/25 against 9 the year before.</td><td>Complete</td></tr>
<tr><td>13 and 14</td><td>Risk screening (13); keeping victims informed under the Victims' Code (14)</td><td>Adopt
the national screening tool; audit of victim contact</td><td>Head of Public Protection</td><td>27/03/2025</td><td>The
screening tool was adopted in February (13 achieved). The victim contact audit (14) found gaps and a re-audit will
report to the Board in September.</td><td>Green</td></tr>
<tr><td>16</td><td>Joint review with the Police and Crime Commissioner</td><td>Review of stalking services with the
OPCC</td><td>ACC / OPCC Chief Executive</td><td>Q3 2025/26</td><td>Not yet started. Scheduled for the third quarter of
2025/26 once the OPCC's victims' needs assessment has reported.</td><td>Not started</td></tr>
<tr><td>17</td><td>Multi-agency response to stalking</td><td>Check existing arrangements</td><td>DCI Safeguarding</td>
<td>27/03/2025</td><td>No further action required: the existing multi-agency stalking intervention programme meets the
recommendation. Closed by the Board on 4 June 2025.</td><td>Closed</td></tr>
</table>
<h2>4. Glossary</h2>
<p>SPOC: single point of contact. SPO: stalking protection order. OPCC: Office of the Police and Crime Commissioner.
Athena: the crime and intelligence system shared by several forces.</p>
"""),

    Doc("h17-st-dorset-pcc-news", ["html"], super_complaint="stalking",
        authors=["dorset-pcc"], optional_authors=["dorset-police"], date=["2025-03-14"],
        responses={"15": {"progress": ["complete"], "position": ["accepted"]}, "16": ["in_progress"]},
        style=Style(site="news", site_name="Dorset Police and Crime Commissioner",
                    page_title="Stalking victims to get more specialist support | Dorset PCC",
                    furniture_words=["Home", "Your Commissioner", "Police and Crime Plan", "Victims", "News",
                                     "Contact"]),
        classes=["news-item", "byline", "quotes-commissioner-and-chief-constable", "deadline-distractor",
                 "recs-mid-sentence"],
        body="""
<h1>Stalking victims in Dorset to get more specialist support</h1>
<p>Published 14 March 2025 | By the Office of the Police and Crime Commissioner</p>
<p>Victims of stalking in Dorset will be able to get help from a second specialist stalking advocate from April, after
the Police and Crime Commissioner agreed to extend and expand the county's independent stalking advocacy service.</p>
<p>The decision follows a review of local services that the Commissioner carried out in response to the national
report on the Suzy Lamplugh Trust's super-complaint about the police response to stalking. Recommendation 15 of that
report asked every commissioner to review, by 27 March 2025, whether the right specialist services had been
commissioned for stalking victims, including independent stalking advocacy caseworkers.</p>
<p>The review, completed in February, found that demand for the single advocate post had doubled in two years. The
Commissioner has accepted the recommendation in full, extended the service until March 2027 and funded a second
caseworker.</p>
<p>The Commissioner said: "Stalking ruins lives, and victims need someone on their side who understands it. The
national report asked commissioners to make sure the right support is there. In Dorset it now will be."</p>
<p>The Commissioner and the Chief Constable are also working together on the joint review asked of them by
recommendation 16, and expect to publish its findings in the summer.</p>
<p>Dorset Police's Chief Constable said: "Our action plan for the recommendations made to chief constables, published
in November, is on track, and more specialist support for victims is exactly what our officers have been asking for."</p>
<p>Anyone who is being stalked can contact Dorset Police on 101, or 999 in an emergency, or the National Stalking
Helpline.</p>
<p>Tags: Victims, Stalking, Commissioning</p>
"""),

    Doc("h17-st-apcc-lead-letter", ["docx", "pdf"], super_complaint="stalking",
        authors=["apcc"], date=["2024-12-20"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]},
                   "16": {"progress": ["in_progress"], "position": ["accepted"]},
                   "25": {"progress": ["not_started"], "position": ["partially_accepted"]}},
        optional=["27"],
        style=Style(pdf_ruled=False),
        classes=["pcc-speaking-as-apcc-lead", "national-body-in-signature-only", "accepted-in-part",
                 "deadline-distractor", "plan-with-date", "national-roll-up"],
        body="""
<p>20 December 2024</p>
<p>Super-Complaints Team<br>HMICFRS</p>
<p>Dear colleagues,</p>
<p><strong>The police response to stalking: commissioners' response</strong></p>
<p>I am writing, as joint lead for victims, with the response of police and crime commissioners to the report on the
Suzy Lamplugh Trust's super-complaint. Recommendation 27 asked us to co-ordinate the responses of commissioners, and
this letter draws together the responses of all 43 commissioners and their equivalents in England and Wales.</p>
<p>Three recommendations are for commissioners: recommendation 15, and recommendations 16 and 25, which are also
directed to chief constables.</p>
<p><strong>Recommendation 15.</strong> All 43 commissioners have accepted this recommendation. When we surveyed members
in December, 29 had completed their review of specialist stalking services and the remaining 14 expected to finish by
the deadline of 27 March 2025. Several are commissioning across force boundaries.</p>
<p><strong>Recommendation 16.</strong> This too has been accepted by every commissioner, and joint reviews with chief
constables are under way in most areas.</p>
<p><strong>Recommendation 25.</strong> Commissioners accept this recommendation in part. They agree to bring partners
together on the issue through their local criminal justice boards and will do so from April 2025, but most do not
accept that they should fund the new provision it describes, which we believe is a matter for the Ministry of
Justice.</p>
<p>We will write again after the March deadline with the position in every area.</p>
<p>Yours sincerely,</p>
<p>Hannah Greaves<br>Police and Crime Commissioner and APCC Joint Lead for Victims<br>
Association of Police and Crime Commissioners</p>
"""),

    Doc("h17-st-leics-cms-page", ["html"], super_complaint="stalking",
        authors=["leicestershire-police"], date=["2025-10-02", "2026-01-15"],
        responses={"7": ["complete"], "10": ["complete"], "11": ["in_progress"], "12": ["complete"],
                   "13": ["in_progress"], "14": ["awaiting_national"], "16": ["in_progress"]},
        style=Style(site="plain", page_title="Stalking: our response to the super-complaint | Leicestershire Police"),
        classes=["national-platform-page", "several-dates", "published-updated-reviewed", "recs-mid-sentence",
                 "ordinal-recommendations", "two-column-table", "paused-pending-national", "related-links-other-reports"],
        body="""
<div class="cookie-banner"><h2>Cookies on Leicestershire Police</h2><p>We'd like to use analytics cookies to
understand how you use our website.</p><button>Accept analytics cookies</button><button>Reject analytics cookies</button>
<a href="/cookies">View cookies</a></div>
<header class="police-header"><a href="/"><img src="/logo.svg" alt="Leicestershire Police"></a>
<nav><ul><li>Report</li><li>Contact us</li><li>Advice</li><li>Find out more</li></ul></nav>
<div class="nav-dropdown"><ul><li>About us</li><li>Our performance</li><li>Publications and documents</li>
<li>HMICFRS and super-complaints</li><li>Freedom of information</li><li>Policies and procedures</li></ul></div></header>
<nav class="breadcrumb"><ol><li>Home</li><li>Find out more</li><li>About us</li><li>Publications and documents</li>
<li>Super-complaints</li></ol></nav>
<main>
<h1>Police response to stalking: our progress</h1>
<div class="on-this-page"><h2>On this page</h2><ul><li>About the super-complaint</li><li>Where we are</li>
<li>Recommendation by recommendation</li><li>Get help</li></ul></div>
<h2>About the super-complaint</h2>
<p>The Suzy Lamplugh Trust raised a super-complaint about the police response to stalking in November 2022. The report
on it, published in September 2024, made 15 recommendations to chief constables. We published our action plan in
November 2024 and this page gives the latest position.</p>
<h2>Where we are</h2>
<p>Since our last update we have finished the work on the seventh recommendation: the national release of our crime
recording system in June 2025 lets officers record and search stalking as an included classification, and crime
registrars check its use every month. The tenth, on training, is also done: every frontline officer has completed the
new stalking course, and it is now part of initial training.</p>
<h2>Recommendation by recommendation</h2>
<table>
<tr><th>Recommendation</th><th>What we have done</th></tr>
<tr><td>11 (specialist advice for investigators)</td><td>Two stalking advisers are in post; a third will join in
spring 2026.</td></tr>
<tr><td>12 (stalking protection orders)</td><td>A dedicated SPO officer reviews every case; done and reviewed
quarterly.</td></tr>
<tr><td>13 (risk assessment)</td><td>Partially implemented: the screening questions are in use in the control room and
will be added to officers' mobile devices in 2026.</td></tr>
<tr><td>14 (guidance to officers)</td><td>Paused pending the College of Policing's revised guidance on stalking, which
is expected in 2026. We will adopt it when published.</td></tr>
<tr><td>16 (joint review with the Commissioner)</td><td>The review with the Office of the Police and Crime
Commissioner began in August and will report in December.</td></tr>
</table>
<h2>Get help</h2>
<p>If you are being stalked, call 999 in an emergency or 101, or contact the National Stalking Helpline.</p>
<div class="page-info"><p>Page published: 21 November 2024</p><p>Page updated: 2 October 2025</p>
<p>Page reviewed: 15 January 2026</p></div>
<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button></div>
<aside><h2>Related content</h2><ul><li>Police perpetrated domestic abuse: our response (2022)</li>
<li>PEEL 2023–2025 inspection</li><li>Stop and search: section 60 super-complaint response (2024)</li></ul></aside>
</main>
<footer><p>Leicestershire Police &copy; 2026</p></footer>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # The hidden victims (modern slavery, Hestia)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h17-ms-home-office-response", ["html", "pdf"], super_complaint="modern-slavery",
        authors=["home-office"], date=["2021-09-09"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK"),
        classes=["govuk-page", "parts-named-first-second", "actions-not-recommendations", "report-by-designated-body"],
        body="""
<p>Correspondence</p>
<h1>Home Office response to "The hidden victims": the super-complaint on modern slavery</h1>
<p>From: Home Office<br>Published 9 September 2021</p>
<h2>Introduction</h2>
<p>The report of the investigation of Hestia's super-complaint, "The hidden victims", was published on 26 May 2021.
It made recommendations to chief constables, to police and crime commissioners and to the Home Office, and actions
for the College of Policing and HMICFRS. This is the Home Office's response to the recommendation made to it,
recommendation 1.</p>
<h2>Recommendation 1</h2>
<p>The Home Office accepts this recommendation. It has two parts.</p>
<p>For the first, on the victim experience of the police response to modern slavery and of the wider response of
immigration and other law enforcement agencies, we have commissioned independent research from a university
consortium, working with the Independent Anti-Slavery Commissioner, the Victims' Commissioner, the Crown Prosecution
Service and support providers. Fieldwork began in July and the final report is due in summer 2022.</p>
<p>The second part will be addressed by analysis in the Home Office's Modern Slavery Unit, which has begun and will be
published alongside the research.</p>
<h2>Other recommendations and actions</h2>
<p>The recommendations for chief constables and police and crime commissioners will be answered by them. The College
of Policing has told us that its revision of the authorised professional practice on modern slavery (action 1) is
under way.</p>
<p>Minister for Safeguarding</p>
"""),

    Doc("h17-ms-northants-joint-letter", ["pdf", "docx"], super_complaint="modern-slavery",
        authors=["northamptonshire-police", "northamptonshire-pfcc"], date=["2021-07-26"],
        responses={}, optional=["1"],
        style=Style(docx_letterhead="table"),
        classes=["joint-force-commissioner-letter", "docx-letterhead-table", "unnumbered-recommendations",
                 "recs-by-recipient", "report-named-by-subject"],
        body="""
<div class="letterhead">Northamptonshire Police and the Office of the Police, Fire and Crime Commissioner<br>
Darby House<br>Northampton</div>
<p>26 July 2021</p>
<p>Super-Complaints Team<br>HMICFRS</p>
<p>Dear colleagues,</p>
<p><strong>The police response to victims of modern slavery</strong></p>
<p>We are writing jointly in response to your report on the police response to victims of modern slavery, published in
May. We welcome the report and the recommendations made to chief constables and to commissioners, and we will act on
them together.</p>
<p>On training and specialist knowledge, every detective in the Serious and Organised Crime team has completed the
national modern slavery course and the force's e-learning has been completed by 80% of frontline officers; the rest
will complete it by the end of the year. On the allocation of investigations, modern slavery cases are now allocated
only to the Modern Slavery and Exploitation Team, and not to local investigators, unless a detective inspector agrees
otherwise.</p>
<p>On understanding what victims need, the Commissioner has commissioned a local needs assessment from Hope for Justice,
which will report in October 2021, and will use it to decide what support to fund from April 2022.</p>
<p>The recommendation for the Home Office, recommendation 1, asks it to commission work in consultation with chief
constables; the force has offered to take part.</p>
<p>Yours sincerely,</p>
<table>
<tr><td>Chief Constable<br>Northamptonshire Police</td><td>Police, Fire and Crime Commissioner<br>Northamptonshire</td></tr>
</table>
"""),

    Doc("h17-ms-college-app-page", ["html"], super_complaint="modern-slavery",
        authors=["college-of-policing"], date=["2022-10-03"],
        responses={}, absent=["1"],
        style=Style(site="national", site_name="College of Policing",
                    page_title="Modern slavery APP revised | College of Policing",
                    furniture_words=["Home", "Guidance", "Learning", "Career", "Research", "News", "About us"],
                    related=["The hidden victims: report on Hestia's super-complaint (2021)",
                             "Safe to share? guidance on migrant victims (2021)"],
                    page_dates="<p>First published 14 March 2022</p><p>Updated 3 October 2022</p>"),
        classes=["national-body-in-site-header-only", "actions-not-recommendations", "several-dates",
                 "related-links-other-reports"],
        body="""
<h1>Modern slavery: revised authorised professional practice</h1>
<p>We have revised our authorised professional practice (APP) on modern slavery, as the report on Hestia's
super-complaint, "The hidden victims", asked us to do in its first action for the College.</p>
<p>The revised APP, first published in March 2022 and updated in October 2022 after consultation with forces and
support organisations, covers identifying victims, the National Referral Mechanism, safeguarding victims with
insecure immigration status, and allocating investigations to officers with the right skills.</p>
<p>Recommendation 1 of the report, to the Home Office, is being answered by the Home Office.</p>
<h2>What has changed</h2>
<ul><li>A new section on victims' first contact with the police</li><li>Guidance on non-punishment of victims
compelled to commit offences</li><li>Links to the National Referral Mechanism guidance</li></ul>
"""),
]
