"""The eighteenth held-out set: written blind for issue 10 straight after heldout17, by the same writer, in voices that
set did not use, to be scored once by the lead at the end of the day. Its writer read no extraction code, no notes, no
lessons tests and no other set's documents beyond the first document of heldout14, and never ran the engine on it.

Invented (no published response was read or copied; people's names are invented): a bilingual Welsh and English page,
a freedom of information disclosure, the inspectorate's own collection page, an email reply with the request quoted
below it, a filled-in response template with tick boxes, a late letter from a national force, a committee report where
"the Commissioner" is the chief officer, minutes of an accountability meeting, a chief constable's blog, a BRAG tracker
on a combined authority's site, an annual report with one chapter on the subject, a joint mayor's office and force
response, a tracker exported to Markdown, and a national progress report.
"""
from build import Doc
from render import Style

DOCS = [
    # ------------------------------------------------------------------------------------------------------------
    # Safe to share?
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-sts-north-wales-pcc-bilingual", ["html"], super_complaint="safe-to-share",
        authors=["north-wales-pcc"], date=["2022-03-03"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted"]}},
        absent=["1", "4"],
        style=Style(site="plain", page_title="Diogel i'w rannu? / Safe to share? | Comisiynydd Heddlu a Throseddu "
                                             "Gogledd Cymru"),
        classes=["bilingual-welsh-english", "dd-mm-yyyy-date", "recs-for-commissioners", "pointer-to-force-response"],
        body="""
<div class="cookies"><p>Rydym yn defnyddio cwcis / We use cookies.</p><button>Derbyn / Accept</button>
<button>Gwrthod / Reject</button></div>
<header><a href="/cy" lang="cy">Cymraeg</a> | <a href="/en">English</a>
<p class="brand">Comisiynydd Heddlu a Throseddu Gogledd Cymru / North Wales Police and Crime Commissioner</p>
<nav><ul><li>Amdanom ni / About us</li><li>Cynllun Heddlu a Throseddu / Police and Crime Plan</li>
<li>Dioddefwyr / Victims</li><li>Newyddion / News</li><li>Cysylltu / Contact</li></ul></nav></header>
<main>
<div lang="cy">
<h1>Diogel i'w rannu? Ymateb y Comisiynydd</h1>
<p>Cyhoeddwyd: 03/03/2022</p>
<p>Mae'r adroddiad ar uwch-gŵyn Liberty a Southall Black Sisters yn gwneud wyth argymhelliad. Mae argymhellion 5 a 6
ar gyfer comisiynwyr heddlu a throseddu. Mae'r Comisiynydd yn derbyn y ddau argymhelliad. Mae'r asesiad o wasanaethau
cymorth arbenigol wedi'i gwblhau ac mae dau wasanaeth newydd wedi'u hariannu. Mae'r gwaith i hybu hyder dioddefwyr
mudol i roi gwybod am droseddau yn parhau.</p>
</div>
<div lang="en">
<h1>Safe to share? The Commissioner's response</h1>
<p>Published: 03/03/2022</p>
<p>The report on the super-complaint by Liberty and Southall Black Sisters makes eight recommendations. Two of them,
recommendations 5 and 6, are for police and crime commissioners, and the Commissioner accepts both.</p>
<h2>Recommendation 5: confidence in reporting</h2>
<p>Working with North Wales Police and with specialist organisations across the six counties, the Commissioner's
office has produced information for migrant victims in Welsh, English, Polish, Arabic and Romanian explaining that
they will be treated as victims first. It is being distributed through community groups and GP surgeries, and a
second round of engagement sessions is planned for the summer. This work continues.</p>
<h2>Recommendation 6: access to specialist support</h2>
<p>The assessment of local access to specialist victim support organisations was completed in November 2021. It found
that victims in the west of the region had to travel to Chester or Liverpool for advice on immigration matters. The
Commissioner has funded two new services, based in Bangor and Wrexham, which began taking referrals in January 2022,
so the network the recommendation asks for is now in place. It will be kept under review through the Victims'
Services Board.</p>
<h2>The Chief Constable's response</h2>
<p>Recommendations 1 and 4 are for the Chief Constable. North Wales Police's response to them is published on the
force's website.</p>
</div>
<div class="was-this-useful"><p>A oedd y dudalen hon yn ddefnyddiol? / Was this page useful? Oedd / Yes · Nac oedd / No</p></div>
</main>
<footer><p>&copy; Comisiynydd Heddlu a Throseddu Gogledd Cymru 2026 · Hygyrchedd / Accessibility · Preifatrwydd /
Privacy</p></footer>
"""),

    Doc("h18-sts-dyfed-powys-foi-disclosure", ["pdf"], super_complaint="safe-to-share",
        authors=["dyfed-powys-police"], date=["2021-09-27"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["not_started"]},
        absent=["6", "8"],
        style=Style(pdf_header="Dyfed-Powys Police - Freedom of Information Disclosure", pdf_ruled=True,
                    pdf_footer="FOI/DP/2021-1187"),
        classes=["foi-disclosure", "request-date-distractor", "quoted-request", "boilerplate", "plan-with-date"],
        body="""
<h1>Freedom of Information Request</h1>
<table>
<tr><td>Reference number</td><td>FOI/DP/2021-1187</td></tr>
<tr><td>Date of request</td><td>2 September 2021</td></tr>
<tr><td>Date of response</td><td>27 September 2021</td></tr>
<tr><td>Subject</td><td>Response to the police super-complaint on immigration status</td></tr>
</table>
<h2>Request</h2>
<p>"In December 2020 a report was published on the super-complaint made by Liberty and Southall Black Sisters about
the police sharing information on victims with immigration enforcement. Please provide (a) the force's response to
the recommendations made to chief constables and (b) any policy changed as a result."</p>
<h2>Response</h2>
<p>Dyfed-Powys Police can confirm that it holds information relevant to your request. Under section 1(1)(b) of the
Freedom of Information Act 2000 we are required to provide it to you, and it is set out below.</p>
<p>(a) The report made recommendations 1, 4 and 5 to chief constables (and recommendation 8, asking for an update
within six months, to every recipient). The force's position on the first three is:</p>
<ul>
<li>Recommendation 1 - the force's domestic abuse procedure was amended in February 2021 so that officers do not share
information about victims of domestic abuse with Immigration Enforcement where they only have doubts about their
status. This recommendation has been implemented.</li>
<li>Recommendation 4 - the force is developing safe reporting pathways with specialist organisations in the four
counties. A draft procedure has been written and consultation with partners will finish in November 2021.</li>
<li>Recommendation 5 - the force and the Police and Crime Commissioner will begin joint work on promoting confidence in
reporting in 2022, once the safe reporting pathway is in place. This work has not yet started.</li>
<li>Recommendation 6 is for the Police and Crime Commissioner, and the force holds no information about it.</li>
</ul>
<p>(b) The amended domestic abuse procedure is attached. Some internal contact details have been removed under section
40(2) (personal information).</p>
<h2>Your rights</h2>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working
days. If you remain dissatisfied you may complain to the Information Commissioner's Office. Please quote the
reference number above in any correspondence.</p>
<p>Freedom of Information Unit<br>Dyfed-Powys Police</p>
"""),

    Doc("h18-sts-hmicfrs-collection-page", ["html"], super_complaint="safe-to-share",
        authors=["hmicfrs"], date=["2022-05-27"],
        responses={}, absent=["8"],
        style=Style(site="plain", page_title="Responses to Safe to share? - Her Majesty's Inspectorate of Constabulary "
                                             "and Fire &amp; Rescue Services"),
        classes=["inspectorate-collection-page", "many-bodies-named-not-authors", "table-of-dates"],
        body="""
<header class="hmicfrs-header"><a href="/">HMICFRS</a><p>Her Majesty's Inspectorate of Constabulary and Fire &amp;
Rescue Services</p><nav><ul><li>Our work</li><li>Publications</li><li>Police forces</li><li>Fire and rescue
services</li><li>Super-complaints</li><li>About us</li></ul></nav></header>
<nav class="breadcrumbs">Home › Publications › Super-complaints › Safe to share?</nav>
<main>
<h1>Safe to share? Responses to the recommendations</h1>
<p>Last updated: 27 May 2022</p>
<p>On 17 December 2020 we published, with the College of Policing and the IOPC, our report on the super-complaint by
Liberty and Southall Black Sisters about policing and immigration status. Recommendation 8 asked every body to which
a recommendation was made to update the Chief Inspector on its progress within six months. The table below lists the
responses we have received and links to them. We publish responses as we receive them and do not comment on them
here.</p>
<table>
<tr><th>Organisation</th><th>Response</th><th>Received</th></tr>
<tr><td>Avon and Somerset Police and Crime Commissioner</td><td>Response (PDF, 240KB)</td><td>17 June 2021</td></tr>
<tr><td>Cheshire Constabulary</td><td>Response (PDF, 180KB)</td><td>21 June 2021</td></tr>
<tr><td>Home Office</td><td>Review of data sharing (GOV.UK)</td><td>15 December 2021</td></tr>
<tr><td>National Police Chiefs' Council</td><td>Letter (PDF, 95KB)</td><td>23 September 2021</td></tr>
<tr><td>Northumbria Police and Northumbria Police and Crime Commissioner</td><td>Joint update (PDF, 410KB)</td>
<td>December 2021</td></tr>
<tr><td>Sussex Police</td><td>Update (PDF, 350KB)</td><td>January 2022</td></tr>
<tr><td>West Yorkshire Police</td><td>Response (PDF, 210KB)</td><td>30 June 2021</td></tr>
</table>
<p>If a response you expected is not listed, please contact the super-complaints team.</p>
<h2>Related publications</h2>
<ul><li>A duty to protect: police use of protective measures (August 2021)</li><li>The hidden victims: report on
Hestia's super-complaint (May 2021)</li></ul>
</main>
<footer><p>&copy; Crown copyright. All content is available under the Open Government Licence v3.0.</p></footer>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # A duty to protect (protective measures)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-pm-humberside-email-reply", ["text"], super_complaint="protective-measures",
        authors=["humberside-police"], date=["2021-12-10"],
        responses={"1": ["complete"], "6": ["in_progress"], "8": ["awaiting_national"]},
        style=Style(wrap=76),
        classes=["email-reply-with-quoted-request", "quoted-request-date-distractor", "inspectorate-not-author",
                 "waiting-for-national-process", "numbers-as-figures"],
        body="""
<p>From: Booth, Sarah (Public Protection Unit)<br>Sent: Friday, 10 December 2021 11:02<br>To: Super-Complaints<br>
Subject: RE: A duty to protect - request for update on recommendations 1, 6 and 8</p>
<p>Good morning,</p>
<p>Please find below Humberside Police's update on the three recommendations you asked about. Apologies that it comes
on the last day.</p>
<p>1 (released under investigation) - our process is implemented and monitored. The Bail Management Unit reviews
every domestic abuse suspect on RUI at 30 days and reports to the Criminal Justice Board each month. We consider this
complete.</p>
<p>6 (officers' understanding of protective measures) - 2,140 of our 2,600 frontline officers (82%) have completed the
protective measures training. The rest will do it by the end of February.</p>
<p>8 (non-molestation orders) - we have not changed anything locally yet. We understand the Home Office and HM Courts
and Tribunals Service are agreeing a national process for telling forces when orders are made, and we are waiting for
that before we change our own procedure.</p>
<p>Happy to discuss.</p>
<p>Sarah</p>
<p>DI Sarah Booth<br>Public Protection Unit<br>Humberside Police<br>Tel 01482 000000</p>
<p>-----Original Message-----<br>From: Super-Complaints<br>Sent: 03 November 2021 09:15<br>To: Chief Constable's
Office (Humberside)<br>Subject: A duty to protect - request for update on recommendations 1, 6 and 8</p>
<p>Dear Chief Constable,</p>
<p>Following publication of our report "A duty to protect" on 24 August 2021, we are writing to a sample of forces to
ask for an update on recommendations 1, 6 and 8. We would be grateful for your response by 10 December 2021.</p>
<p>Recommendation 1: Chief Constables, in conjunction with the NPCC lead for bail, should implement processes for
managing Released under Investigation in line with the letter of 29 January 2019.</p>
<p>Recommendation 6: Chief constables should ensure their officers understand all the protective measures
available.</p>
<p>Recommendation 8: Chief constables should review how their officers are told about non-molestation orders and
respond to breaches.</p>
<p>Yours sincerely,<br>Super-Complaints Team<br>HMICFRS</p>
"""),

    Doc("h18-pm-staffs-template-tickboxes", ["docx"], super_complaint="protective-measures",
        authors=["staffordshire-police"], date=["2022-01-14"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]},
                   "8": {"progress": ["not_started"], "position": ["partially_accepted"]}},
        style=Style(docx_headings="bold"),
        classes=["response-template-tickboxes", "tickbox-contradicted-by-narrative", "accepted-in-part",
                 "plan-with-date", "dd-mm-yyyy-date"],
        body="""
<h1>Super-complaint recommendation response template</h1>
<table>
<tr><td>Organisation</td><td>Staffordshire Police</td></tr>
<tr><td>Super-complaint report</td><td>A duty to protect: Police use of protective measures in cases involving violence
against women and girls</td></tr>
<tr><td>Completed by</td><td>Head of Public Protection</td></tr>
<tr><td>Approved by</td><td>Deputy Chief Constable</td></tr>
<tr><td>Date completed</td><td>14/01/2022</td></tr>
</table>
<p>Please complete one table for each recommendation. Tick one box for position and one for progress.</p>
<table>
<tr><td>Recommendation number</td><td>1</td></tr>
<tr><td>Position</td><td>☒ Accepted ☐ Partially accepted ☐ Not accepted</td></tr>
<tr><td>Progress</td><td>☐ Not started ☐ In progress ☒ Complete</td></tr>
<tr><td>Narrative</td><td>The force's RUI procedure follows the national framework. Supervisory reviews are recorded on
Niche and audited quarterly; the latest audit (December 2021) found 96% compliance.</td></tr>
</table>
<table>
<tr><td>Recommendation number</td><td>6</td></tr>
<tr><td>Position</td><td>☒ Accepted ☐ Partially accepted ☐ Not accepted</td></tr>
<tr><td>Progress</td><td>☐ Not started ☐ In progress ☒ Complete</td></tr>
<tr><td>Narrative</td><td>The College e-learning has been completed by 61% of officers. A reminder has gone out and
completion will be monitored by the Learning and Development Board until every officer has completed it, which we
expect by June 2022.</td></tr>
</table>
<table>
<tr><td>Recommendation number</td><td>8</td></tr>
<tr><td>Position</td><td>☐ Accepted ☒ Partially accepted ☐ Not accepted</td></tr>
<tr><td>Progress</td><td>☒ Not started ☐ In progress ☐ Complete</td></tr>
<tr><td>Narrative</td><td>We accept the need to respond to breaches of non-molestation orders consistently and will
review our breach procedure in April 2022. We do not accept that the force should keep its own register of orders,
which would duplicate the court's records.</td></tr>
</table>
"""),
]

DOCS += [
    # ------------------------------------------------------------------------------------------------------------
    # Police perpetrated domestic abuse
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-ppda-cnc-late-acceptance-letter", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["civil-nuclear-constabulary"], date=["2022-10-19"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(docx_letterhead="header_image", pdf_ruled=False),
        classes=["national-force", "letter-to-npcc-chair", "addressee-not-author", "deputy-signs",
                 "three-recs-accepted-in-one-sentence", "small-numbers-audit"],
        body="""
<div class="letterhead">Civil Nuclear Constabulary<br>Culham Science Centre<br>Abingdon<br>Oxfordshire</div>
<p>19 October 2022</p>
<p>Chair<br>National Police Chiefs' Council<br>London</p>
<p>Dear Chair,</p>
<p><strong>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</strong></p>
<p>I am sorry that the Civil Nuclear Constabulary's response did not reach you in time for your letter of 5 September
to the Chief Inspector confirming the position of the territorial forces. I write to confirm that the Constabulary
accepts the three recommendations made for policing, recommendations 1, 2 and 3, and to tell you where we are.</p>
<p>We have audited all our police perpetrated domestic abuse cases, live and closed in the twelve months to 30 June
2022. There were three live cases and five closed ones; none needed to be reassessed as a complaint or conduct matter,
and our findings have been sent to the College of Policing. That recommendation is complete.</p>
<p>The second recommendation is in hand: our Professional Standards Department is adopting the NPCC's investigation
framework, which will be in place by the end of the year.</p>
<p>On the third, our guidance on supporting officers and staff who are victims of abuse by colleagues is being rewritten
with our occupational health provider; the draft will be consulted on in November.</p>
<p>Because our officers live and work across the country, we are also asking the home forces where our sites are to
share any allegation against a CNC officer with us on the same day.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable<br>Civil Nuclear Constabulary</p>
<p>cc: HM Chief Inspector of Constabulary; Chair, Civil Nuclear Police Authority</p>
"""),

    Doc("h18-ppda-city-of-london-committee-report", ["docx", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["city-of-london-police"], optional_authors=["city-of-london-police-authority"],
        date=["2023-01-25"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["complete"]},
        absent=["4"],
        style=Style(pdf_header="City of London Corporation - Police Authority Board - 25 January 2023",
                    pdf_footer="Public"),
        classes=["committee-report", "commissioner-is-chief-officer", "report-of-cover-table",
                 "background-papers", "superseded-by-national-guidance-adopted"],
        body="""
<table>
<tr><td>Committee(s):</td><td>Police Authority Board - for information</td><td>Dated: 25 January 2023</td></tr>
<tr><td>Subject:</td><td colspan="2">Police perpetrated domestic abuse super-complaint: update on the City of London
Police response</td></tr>
<tr><td>Public</td><td colspan="2">Which outcomes in the City Corporation's Corporate Plan does this proposal aim to
impact directly? 1, 2</td></tr>
<tr><td>Report of:</td><td colspan="2">Commissioner of Police</td></tr>
<tr><td>Report author:</td><td colspan="2">Detective Superintendent, Professional Standards Directorate</td></tr>
</table>
<h2>Summary</h2>
<p>This report updates Members on the City of London Police's response to the recommendations of the report on the
Centre for Women's Justice super-complaint on police perpetrated domestic abuse (PPDA), published on 30 June 2022.
Members received the force's initial response at their meeting of 21 September 2022.</p>
<h2>Recommendation</h2>
<p>Members are asked to note the report.</p>
<h2>Main report</h2>
<p>1. The report made recommendations to chief officers, to police and crime commissioners and equivalents, to the
Ministry of Justice and to the Home Office. The Commissioner accepted the recommendations for chief officers in
August 2022.</p>
<p>2. Recommendation 1 (audit of cases). The audit of all live PPDA cases and those closed in the year to 30 June 2022
was completed in November 2022. Eleven cases were reviewed; two were referred back to the Professional Standards
Directorate and one is now subject to a misconduct investigation. The Commissioner wrote to the College of Policing,
through the NPCC, on 19 December 2022. This recommendation is complete.</p>
<p>3. Recommendation 2. The Professional Standards Directorate has begun applying the new case review process to every
allegation; it will be evaluated in June 2023 before it is made permanent.</p>
<p>4. Recommendation 3 (support for victims). The force's own draft guidance has been superseded by the NPCC's national
guidance on supporting victims of PPDA, published in December 2022, which the force has adopted in full. No further
local work is needed.</p>
<p>5. Recommendation 4 is for the Home Office.</p>
<h2>Background papers</h2>
<p>Police Authority Board, 21 September 2022: Police perpetrated domestic abuse super-complaint - initial response.</p>
<p>Detective Superintendent<br>Professional Standards Directorate, City of London Police</p>
"""),

    Doc("h18-ppda-merseyside-scrutiny-minutes", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["merseyside-pcc", "merseyside-police"], date=["2023-02-14"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(pdf_header="Merseyside Police and Crime Commissioner - Scrutiny Meeting - Minutes",
                    pdf_ruled=True),
        classes=["minutes", "reported-speech", "other-agenda-items", "action-log", "approval-date-distractor",
                 "two-authors-speaking"],
        body="""
<h1>Police and Crime Commissioner's Scrutiny Meeting</h1>
<p>Minutes of the meeting held on Tuesday 14 February 2023 at 10.00am, Merseyside Police Headquarters</p>
<p>Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief Executive, OPCC;
Chief Constable; Deputy Chief Constable; Assistant Chief Constable (Crime); Director of Finance.</p>
<h2>1. Apologies</h2>
<p>Apologies were received from the Chief Finance Officer, OPCC.</p>
<h2>2. Minutes of the previous meeting</h2>
<p>The minutes of the meeting held on 13 December 2022 were agreed as a correct record.</p>
<h2>3. Neighbourhood policing performance</h2>
<p>The Assistant Chief Constable (Local Policing) presented the quarterly performance report. Members discussed
response times in Wirral and the roll-out of the new neighbourhood model. The Commissioner asked for a further report
in April.</p>
<h2>4. Police perpetrated domestic abuse super-complaint</h2>
<p>The Deputy Chief Constable reported that the audit of live and recently closed cases of police perpetrated domestic
abuse asked for by recommendation 1 had been completed in December, that six cases had been referred for reassessment
and that the force had written to the College of Policing through the NPCC before the deadline. He considered the
recommendation complete.</p>
<p>He said that the second recommendation would take longer: a specialist investigation team had been created within
Professional Standards and would be fully staffed by the summer.</p>
<p>The Commissioner reminded the meeting that she had accepted recommendation 3a in September. Her office's review of
local services had been completed in January and she had since funded specialist advocacy from an independent
provider; she considered her part of the recommendation complete.</p>
<p>The Commissioner thanked the force and asked that progress on recommendation 2 be reported to the June meeting.</p>
<h2>5. Any other business</h2>
<p>None.</p>
<h2>Action log</h2>
<table>
<tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>23/07</td><td>Neighbourhood performance: further report</td><td>ACC Local Policing</td><td>April 2023</td></tr>
<tr><td>23/08</td><td>PPDA recommendation 2: progress report</td><td>DCC</td><td>June 2023</td></tr>
</table>
<p>Minutes approved at the meeting of 18 April 2023.</p>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # Honour-based abuse
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-hba-cleveland-chief-constable-blog", ["html"], super_complaint="honour-based-abuse",
        authors=["cleveland-police"], date=["2023-03-02"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["3"],
        style=Style(site="news", site_name="Cleveland Police",
                    page_title="Chief Constable's blog: listening to survivors | Cleveland Police",
                    furniture_words=["Report", "Contact us", "Advice", "News", "Chief Constable's blog", "Jobs"]),
        classes=["blog-first-person", "posted-date", "designated-body-local", "recs-by-ordinal",
                 "accepted-in-prose"],
        body="""
<h1>Listening to survivors</h1>
<p>Chief Constable's blog | Posted 2 March 2023</p>
<p>The super-complaint that led to December's national report on honour-based abuse was raised here, by the Tees
Valley Inclusion Project in Middlesbrough. So when the report came out I said straight away that Cleveland Police
would accept everything it asked of chief constables, and I want to tell you what that has meant so far.</p>
<p>The first thing the report asked was simple to say and, it turned out, simple to do: our sexual offences policy
now tells every investigator to consider whether a victim is at risk of honour-based abuse, not just our domestic
abuse policy. That change was made in January and it is done.</p>
<p>The second is harder, and honestly it will take us the rest of the year. It is about whether my officers understand
the cultures and religions of the communities we police well enough to spot the risk when a victim from an ethnic
minority background reports sexual abuse. We have started: 400 officers have been through a day's training designed
with local women's groups, community members are joining our advisory groups, and we are writing, with those
communities, the information officers will be able to look up. None of that is finished.</p>
<p>The third recommendation is for the National Police Chiefs' Council and is about national data.</p>
<p>I met survivors last week. One of them told me that the worst moment was not the abuse but the officer who did not
understand why she could not go home. That is what we are trying to fix.</p>
<p>Tags: Chief Constable's blog, Honour-based abuse, Victims</p>
"""),

    Doc("h18-hba-gmca-brag-tracker", ["html"], super_complaint="honour-based-abuse",
        authors=["greater-manchester-mayor", "greater-manchester-police"], date=["2023-09-11"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(site="plain", page_title="Honour-based abuse super-complaint: progress tracker | Greater Manchester "
                                             "Combined Authority"),
        classes=["brag-tracker", "joint-tracker", "rag-key", "owners-column", "last-updated-dd-mm-yyyy",
                 "rec-for-npcc-with-local-promise"],
        body="""
<div class="gmca-cookie"><p>This website uses cookies. <a href="/cookies">Read our cookie policy</a>.</p>
<button>OK</button></div>
<header><a href="/">Greater Manchester Combined Authority</a><nav><ul><li>What we do</li><li>Police, fire and crime</li>
<li>Transport</li><li>Housing</li><li>News</li><li>About</li></ul></nav></header>
<div class="breadcrumb">Home / What we do / Police, fire and crime / Gender-based violence / Super-complaints</div>
<main>
<h1>Honour-based abuse super-complaint: Greater Manchester progress tracker</h1>
<p>This tracker is owned jointly by Greater Manchester Police and the Deputy Mayor for Policing, Crime, Criminal
Justice and Fire. It records progress against the recommendations of the report on the Tees Valley Inclusion
Project's super-complaint, published in December 2022, and is reviewed at the Gender-Based Violence Board.</p>
<p><strong>Key:</strong> Blue - complete; Green - on track; Amber - at risk; Red - off track.</p>
<table>
<tr><th>Recommendation</th><th>Owner</th><th>Action</th><th>BRAG</th><th>Comment</th></tr>
<tr><td>1 - sexual abuse policies include the risk of honour-based abuse</td><td>GMP Public Protection</td><td>Amend
the rape and serious sexual offences policy</td><td>Blue</td><td>Policy amended in March 2023 and briefed to all
investigators.</td></tr>
<tr><td>2 - cultural awareness (four parts)</td><td>GMP Public Protection / Deputy Mayor</td><td>Training; advisory
groups; community information; investigation plans</td><td>Amber</td><td>Investigation plans (2d) and the demographic
profiles (2a) are in place. The advisory group review (2b) and the community information (2c) have slipped to
2024 because the community partners' funding ended in June.</td></tr>
<tr><td>3 - ethnicity data standards</td><td>NPCC</td><td>National</td><td>n/a</td><td>This recommendation is for the
NPCC; GMP will adopt the standard when it is published.</td></tr>
<tr><td>Commissioners: inclusive consultation before commissioning</td><td>Deputy Mayor</td><td>Victims' needs
assessment</td><td>Green</td><td>Community consultation began in July with 22 organisations.</td></tr>
</table>
<p>Last updated: 11/09/2023</p>
</main>
<footer><p>&copy; Greater Manchester Combined Authority 2026. Accessibility. Privacy. Contact.</p></footer>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # Section 60 stop and search and community scrutiny
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-sas-avon-somerset-pcc-annual-report", ["pdf"], super_complaint="stop-and-search",
        authors=["avon-and-somerset-pcc"], date=["2025-07"],
        responses={"8": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(pdf_header="Police and Crime Commissioner for Avon and Somerset - Annual Report 2024/25",
                    pdf_footer="Annual Report 2024/25",
                    pdf_cover="<h1>Annual Report 2024/25</h1><p>Police and Crime Commissioner for Avon and "
                              "Somerset</p><p>Published July 2025</p>"),
        classes=["annual-report-one-chapter", "long-unrelated-content", "month-date", "financial-year-distractors",
                 "pdf-cover-contents"],
        body="""
<h2>Contents</h2>
<ol><li>Foreword</li><li>The Police and Crime Plan: a year of delivery</li><li>Holding the Chief Constable to
account</li><li>Independent scrutiny and the stop and search super-complaint</li><li>Victims and commissioning</li>
<li>Finance</li></ol>
<h2>1. Foreword</h2>
<p>This is my annual report for the year from 1 April 2024 to 31 March 2025. It was a year in which the force
recruited 180 new officers, answered more 999 calls within ten seconds than in any year before, and began the move to
its new control room. It was also a year in which the public told us, through our survey of 4,200 residents, that
they want to see more of their neighbourhood teams.</p>
<h2>2. The Police and Crime Plan: a year of delivery</h2>
<p>The Plan has four priorities: preventing and reducing crime; engaging, supporting and working with victims; leading
the police to be efficient and effective; and increasing the legitimacy of the police. Burglary fell by 9% and
neighbourhood crime by 6%; the charge rate for rape rose from 5% to 9%. Domestic abuse arrests rose by 12%.</p>
<h2>3. Holding the Chief Constable to account</h2>
<p>I held eleven public Performance and Accountability Board meetings during the year, each webcast and each with a
theme chosen from what residents raised with me. Among other things the Board examined the force's response to the
PEEL inspection of 2023, its handling of complaints and its use of force.</p>
<h2>4. Independent scrutiny and the stop and search super-complaint</h2>
<p>In December 2023 the report on the Criminal Justice Alliance's super-complaint asked commissioners, in
recommendation 8, to make sure that stop and search, including section 60, is subject to independent community
scrutiny that is representative, trained and able to see body-worn video. I accepted the recommendation in January
2024.</p>
<p>By the end of this year every part of it had been delivered. The Independent Scrutiny of Police Powers Panel now
has 24 members, a third of them under 30; all have been trained; the panel reviews a random sample of body-worn video
footage from searches every month; and every section 60 authorisation is reviewed by the panel within a month. The
changes are now part of the panel's normal business and are written into its terms of reference.</p>
<p>The recommendations for the Chief Constable are reported on by the force.</p>
<h2>5. Victims and commissioning</h2>
<p>Lighthouse, our integrated victim care service, supported 21,300 victims. I commissioned two new services for
children affected by domestic abuse and extended the independent sexual violence advisers' contract to 2027.</p>
<h2>6. Finance</h2>
<p>The police budget for 2024/25 was £412.6 million, of which £1.9 million funded my office and £9.4 million was spent
on commissioned services. The outturn was an underspend of £0.3 million, transferred to reserves.</p>
"""),

    Doc("h18-sas-mopac-met-joint-response", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["london-mayor", "metropolitan-police-service"], date=["2024-03"],
        responses={"1": {"progress": ["in_progress"], "position": ["partially_accepted"]},
                   "2": {"progress": ["complete"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]},
                   "4": {"progress": ["complete"], "position": ["accepted"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["awaiting_national"], "position": ["accepted"]},
                   "8": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["7", "9", "10"],
        style=Style(docx_letterhead="header_image", pdf_header="MOPAC and MPS response - OFFICIAL"),
        classes=["joint-mayor-office-and-force", "commissioner-is-chief-officer", "section-per-author",
                 "month-date", "follow-national-approach", "accepted-in-part"],
        body="""
<div class="letterhead">Mayor's Office for Policing and Crime<br>City Hall<br>Kamal Chunchie Way<br>London</div>
<h1>Response of the Mayor's Office for Policing and Crime and the Metropolitan Police Service to the super-complaint
report on section 60 and community scrutiny of stop and search</h1>
<p>March 2024</p>
<h2>Introduction</h2>
<p>The Mayor's Office for Policing and Crime (MOPAC) and the Metropolitan Police Service (MPS) welcome the report of
15 December 2023 on the Criminal Justice Alliance's super-complaint. Stop and search, and section 60 in particular,
matters more to Londoners' trust in the police than almost any other power. This joint response has two parts: the
Commissioner's response to the six recommendations for chief officers, and the Deputy Mayor's response to the
recommendation for commissioners. Recommendation 7 is for the NPCC and recommendations 9 and 10 are for the Home
Office.</p>
<h2>Part 1: the Commissioner's response</h2>
<p>The Commissioner of Police of the Metropolis accepts recommendations 2 to 6 and accepts recommendation 1 in part.</p>
<p>Recommendation 1. Every section 60 authorisation now has a written rationale and is reviewed after it ends. We do
not accept that only officers of chief officer rank should authorise in every case, because of the size of London and
the speed at which violence can escalate; a superintendent will continue to authorise, with a chief officer told
within the hour. We are changing the review process and it will be complete by the summer.</p>
<p>Recommendation 2. Authorisations are published on the MPS website and social media as they are made, and a summary of
each is sent to the local community monitoring group afterwards. Complete.</p>
<p>Recommendation 3. Data on every section 60 search, including ethnicity and outcome, is published on the MPS
stop and search dashboard; the addition of age and of the authorising rank will follow later this year.</p>
<p>Recommendation 4. Body-worn video must be switched on for every search, and it is. Complete.</p>
<p>Recommendation 5. The refreshed training on searching children is being delivered to all frontline officers through
the year.</p>
<p>Recommendation 6. We will follow the national approach to community scrutiny of section 60 once the College of
Policing and the NPCC have agreed it, and will not change our local arrangements before then.</p>
<h2>Part 2: the Deputy Mayor's response</h2>
<p>MOPAC accepts recommendation 8. We fund community monitoring groups in every London borough. We are reviewing their
membership with young Londoners and will bring in a common training programme and access to body-worn video footage
for every group during 2024/25.</p>
<p>Deputy Mayor for Policing and Crime</p>
"""),
]

DOCS += [
    # ------------------------------------------------------------------------------------------------------------
    # The police response to stalking
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-st-surrey-tracker-export", ["markdown", "text"], super_complaint="stalking",
        authors=["surrey-police"], date=["2025-03-31"],
        responses={"7": ["complete"], "10": ["in_progress"], "11": ["complete"], "12": ["complete"],
                   "13": ["awaiting_national", "not_started"], "14": ["in_progress"],
                   "16": ["not_started", "in_progress"]},
        style=Style(text_tables="pipes"),
        classes=["tracker-export", "tracker-ref-lead-action-rag-update-status", "update-contradicts-status",
                 "row-several-recs", "evidence-requirement-parts", "awaiting-sign-off", "rag-letters",
                 "deadline-distractor"],
        body="""
<h1>Surrey Police - Stalking super-complaint action plan</h1>
<p>Exported from the Organisational Learning action tracker. Position as at 31/03/2025. Owner: Detective
Superintendent, Public Protection. Governance: Stalking and Harassment Board (monthly) and the Commissioner's
Performance Meeting (quarterly).</p>
<p>Most recommendations carried the deadline of 27 March 2025. Recommendations for the Police and Crime Commissioner
alone are tracked by the OPCC.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th><th>Status</th></tr>
<tr><td>7.1</td><td>Included classifications searchable on crime system</td><td>Force Crime Registrar</td><td>Niche
configuration</td><td>27/03/2025</td><td>G</td><td>The included classifications field went live in February with the
Niche upgrade and is checked monthly by the registrar.</td><td>Closed - BAU</td></tr>
<tr><td>7.2</td><td>Interim measures while system changes are pending</td><td>Force Crime Registrar</td><td>Intelligence
reports</td><td>27/03/2025</td><td>G</td><td>No longer needed now that 7.1 is live; intelligence reports stopped on
1 March.</td><td>Closed</td></tr>
<tr><td>10</td><td>Review and update learning and training on stalking</td><td>Head of Learning and Development</td>
<td>New stalking module for all frontline staff</td><td>27/03/2025</td><td>A</td><td>Module written; awaiting sign-off
by the learning standards panel before roll-out in May 2025.</td><td>Complete</td></tr>
<tr><td>11 / 12</td><td>Stalking SPOCs; stalking protection orders</td><td>DCI Public Protection</td><td>SPOC network;
SPO process</td><td>31/01/2025</td><td>G</td><td>Both in place since January and now business as usual.</td>
<td>Closed</td></tr>
<tr><td>13</td><td>Risk assessment for stalking</td><td>DCI Public Protection</td><td>Adopt national risk tool</td>
<td>27/03/2025</td><td>R</td><td>Not started: depends on the national stalking risk tool being developed by the College
of Policing, due in 2026.</td><td>Open - off track</td></tr>
<tr><td>14</td><td>Victims kept informed</td><td>Head of Victim and Witness Care</td><td>Victims' Code compliance
audit</td><td>27/03/2025</td><td>G</td><td>Audit under way; 78% of stalking victims received updates within the Code's
timescales. Re-audit in June.</td><td>Open - on track</td></tr>
<tr><td>16</td><td>Joint review with the Police and Crime Commissioner</td><td>ACC / OPCC</td><td>Joint review of
services</td><td>30/09/2025</td><td>G</td><td>Terms of reference agreed with the OPCC; the review's first meeting is on
10 April 2025.</td><td>Open - on track</td></tr>
</table>
"""),

    Doc("h18-st-npcc-national-update", ["pdf"], super_complaint="stalking",
        authors=["npcc"], date=["2025-10"],
        responses={"7": ["in_progress"], "10": ["in_progress"], "11": ["complete"], "12": ["complete"],
                   "13": ["awaiting_national"]},
        absent=["15", "16", "25"],
        style=Style(pdf_header="OFFICIAL", pdf_footer="National Police Chiefs' Council - Stalking and Harassment "
                                                      "Portfolio", pdf_ruled=False),
        classes=["national-roll-up", "national-body-in-footer-and-signature", "month-date",
                 "superseded-by-national-guidance-adopted", "paused-pending-home-office-review",
                 "deadline-distractor"],
        body="""
<h1>Stalking super-complaint: twelve-month national update</h1>
<p>October 2025</p>
<h2>1. Summary</h2>
<p>This update reports the progress of the 43 territorial forces in England and Wales on the recommendations made to
chief constables in the report on the Suzy Lamplugh Trust's super-complaint, published on 27 September 2024. It draws
on forces' returns in August and September 2025. Recommendations 15, 16 and 25 involve police and crime commissioners
and are reported on by the APCC; recommendations to the Home Office, the Ministry of Justice and the CPS are not
covered.</p>
<h2>2. Progress by recommendation</h2>
<p><strong>Recommendation 7 (crime recording).</strong> Forty-one forces can now record and search stalking as an
included classification. The remaining two depend on their supplier's release, expected early in 2026, and are using
intelligence reports in the meantime.</p>
<p><strong>Recommendation 10 (training).</strong> Every force has reviewed its training. Thirty-seven have delivered the
updated training to all frontline staff; six expect to finish by March 2026.</p>
<p><strong>Recommendation 11 (specialist advice).</strong> All forces have stalking single points of contact or
specialist advisers in place. Complete.</p>
<p><strong>Recommendation 12 (stalking protection orders).</strong> The national guidance we had drafted was superseded
by the Home Office's revised statutory guidance on stalking protection orders, published in July 2025, which all
forces have adopted. No further work is needed.</p>
<p><strong>Recommendation 13 (risk assessment).</strong> Work on a national stalking risk assessment is paused until the
Home Office's review of stalking legislation concludes, because its outcome may change the definitions the tool
relies on.</p>
<h2>3. Next steps</h2>
<p>We will provide a final update when the remaining forces have completed recommendations 7 and 10.</p>
<p>Assistant Chief Constable Priya Nandra<br>National Policing Lead for Stalking and Harassment</p>
"""),

    # ------------------------------------------------------------------------------------------------------------
    # The hidden victims (modern slavery)
    # ------------------------------------------------------------------------------------------------------------
    Doc("h18-ms-humberside-pcc-page", ["html"], super_complaint="modern-slavery",
        authors=["humberside-pcc"], date=["2021-08-20"],
        responses={}, absent=["1"],
        style=Style(site="pcc", site_name="Humberside Police and Crime Commissioner",
                    page_title="The hidden victims: Commissioner's response | Humberside PCC",
                    furniture_words=["Home", "About", "Police and Crime Plan", "Victims", "Transparency", "News"],
                    mega_menu=["Who we are", "Decisions", "Meetings", "Scrutiny", "HMICFRS reports",
                               "Super-complaints", "Victim support", "Community safety"],
                    panels=True, related=["Safe to share? Commissioner's response (2021)", "PEEL 2021/22"],
                    page_dates="<p>Published: 20/08/2021</p>"),
        classes=["cms-page-style", "unnumbered-recommendations", "recs-by-recipient", "dd-mm-yyyy-date",
                 "report-by-keyword"],
        body="""
<h1>The hidden victims: the Commissioner's response to the modern slavery super-complaint</h1>
<p>The report on Hestia's super-complaint about the police response to victims of modern slavery was published in
May 2021. It makes recommendations to chief constables, to police and crime commissioners and, in recommendation 1,
to the Home Office.</p>
<p>The Commissioner welcomes the report. Victims of modern slavery and human trafficking are often hidden in plain
sight, in car washes, nail bars and on farms, and the Humber's ports make the area a route for trafficking.</p>
<h2>Working with the Chief Constable to understand victims' needs</h2>
<p>The report asks chief constables and commissioners to work together to understand what support victims of modern
slavery need. The Commissioner and the Chief Constable have agreed to carry out a joint needs assessment with the
Humber Modern Slavery Partnership, which will begin in the autumn and report by March 2022. The Commissioner will use
it to decide what support to commission from 2022/23.</p>
<h2>The force's response</h2>
<p>The recommendations for chief constables, on training and on allocating investigations to skilled officers, will be
answered by Humberside Police, and the Commissioner will scrutinise that response at his Accountability Board.</p>
"""),

    Doc("h18-ms-apcc-portfolio-response", ["docx"], super_complaint="modern-slavery",
        authors=["apcc"], date=["2021-08"],
        responses={}, absent=["1"],
        style=Style(docx_headings="styles"),
        classes=["national-body-response", "unnumbered-recommendations", "month-date", "national-roll-up"],
        body="""
<h1>APCC response to "The hidden victims"</h1>
<p>Association of Police and Crime Commissioners - August 2021</p>
<h2>Introduction</h2>
<p>The Association of Police and Crime Commissioners welcomes the report on Hestia's super-complaint on the police
response to victims of modern slavery. This response is made by the APCC's portfolio leads for modern slavery and
human trafficking on behalf of commissioners.</p>
<h2>The recommendation for commissioners</h2>
<p>The report asks chief constables and commissioners to work together to understand the support that victims of
modern slavery need. Commissioners support this. In a survey of members in July, 35 commissioners said they had
already begun joint work with their chief constables, usually through local modern slavery partnerships; the others
said they would begin it in 2021/22.</p>
<h2>Other recommendations</h2>
<p>Recommendation 1 is for the Home Office. We would welcome the involvement of commissioners in the work it
commissions on victims' experience.</p>
<p>APCC Portfolio Leads for Modern Slavery and Human Trafficking</p>
"""),
]

DOCS += [
    Doc("h18-sts-staffs-commissioner-pdf-to-text", ["text"], super_complaint="safe-to-share",
        authors=["staffordshire-pfcc"], date=["2021-06-16"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["not_started"], "position": ["accepted"]}},
        optional=["8"], absent=["1", "2", "3", "4", "7"],
        style=Style(wrap=68, upper_h1=True),
        classes=["pdf-converted-to-text", "page-furniture-in-text", "turning-to-recommendation",
                 "overview-list-not-responses", "not-yet-started-future-year"],
        body="""
<p>Staffordshire Commissioner<br>Police | Fire and Rescue | Crime</p>
<h1>Response to the super-complaint report "Safe to share?"</h1>
<p>16 June 2021</p>
<p>The report published on 17 December 2020 on the super-complaint made by Liberty and Southall Black Sisters made the
following recommendations:</p>
<ol>
<li>Chief constables: stop sharing information about domestic abuse victims with Immigration Enforcement where
officers only have doubts about status.</li>
<li>Home Office: review the legal framework, including a firewall.</li>
<li>Home Office and NPCC: a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways.</li>
<li>Chief constables and commissioners: promote confidence in reporting.</li>
<li>Commissioners: assess access to specialist support and build networks.</li>
<li>Home Office.</li>
<li>All: an update within six months.</li>
</ol>
<p>This is my update under the last of these. The Chief Constable is responding separately on the recommendations made
to him.</p>
<p>Page 1 of 3</p>
<p>Staffordshire Commissioner - Safe to share? - OFFICIAL</p>
<p>Turning to recommendation 5, which the Chief Constable and I share, my office has funded a community engagement
worker at the Staffordshire Migrant Support Network since April. She has met 31 community groups so far and is
working with the force's Hate Crime and Community Cohesion team on messages for victims who fear that reporting a
crime will lead to immigration enforcement. This work will continue through 2021/22.</p>
<p>On recommendation 6, I have not yet carried out the assessment of local access to specialist victim support
organisations that the report asks for. It will be part of the victims' needs assessment that begins in October 2021,
and I will take whatever steps it shows are needed from April 2022. I accept both recommendations.</p>
<p>Page 2 of 3</p>
<p>Staffordshire Commissioner - Safe to share? - OFFICIAL</p>
<p>I will publish a further update when the needs assessment has reported.</p>
<p>Staffordshire Commissioner for Police, Fire and Rescue and Crime</p>
<p>Page 3 of 3</p>
"""),

    Doc("h18-sas-home-office-minister-letter", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["home-office"], date=["2024-05-02"],
        responses={"9": {"progress": ["not_started"], "position": ["accepted"]},
                   "10": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        absent=["7", "8"],
        style=Style(docx_letterhead="header_image", pdf_ruled=False),
        classes=["minister-letter", "national-body-in-logo-and-address", "refused", "plan-with-date",
                 "ordinal-date"],
        body="""
<div class="letterhead">Home Office<br>Minister of State for Policing<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>2nd May 2024</p>
<p>Dear Chief Inspector,</p>
<p><strong>Super-complaint on section 60 and independent community scrutiny of stop and search</strong></p>
<p>Thank you for the report on the Criminal Justice Alliance's super-complaint. I am replying on the two
recommendations for this department; the NPCC has replied on recommendation 7, and the APCC on behalf of commissioners
on recommendation 8.</p>
<p>The ninth recommendation asks us to review the statutory guidance on section 60 in Code A of the Police and
Criminal Evidence Act 1984. We accept it. We will consult on a revised Code A in the autumn, and the revised Code will
be laid before Parliament in 2025.</p>
<p>The tenth asks us to require forces to publish section 60 data in a standard national format. We do not accept it.
Forces already publish their data through the annual police powers statistics, and we are not persuaded that a new
requirement would justify the burden it would place on them.</p>
<p>Yours sincerely,</p>
<p>Rt Hon Mark Delaney MP<br>Minister of State for Policing</p>
"""),

    Doc("h18-st-west-mercia-pcc-decision-notice", ["html"], super_complaint="stalking",
        authors=["west-mercia-pcc"], date=["2025-02-18", "2025-02-24"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["16", "25"],
        style=Style(site="pcc", site_name="West Mercia Police and Crime Commissioner",
                    page_title="Decision notice WMPCC 2025/017 | West Mercia PCC",
                    furniture_words=["Home", "Your PCC", "Safer West Mercia Plan", "Transparency", "Get involved",
                                     "News", "Contact"],
                    mega_menu=["Decisions", "Meetings", "Finance", "Commissioned services", "Scrutiny",
                               "Complaints reviews"],
                    related=["Decision WMPCC 2024/088: domestic abuse outreach", "Stalking action plan (West Mercia "
                             "Police)"],
                    page_dates="<p>Page created 24 February 2025</p>"),
        classes=["decision-notice", "decision-date-vs-page-date", "deadline-distractor", "plan-with-date"],
        body="""
<h1>Decision notice WMPCC 2025/017: independent stalking advocacy</h1>
<table>
<tr><td>Decision number</td><td>WMPCC 2025/017</td></tr>
<tr><td>Date of decision</td><td>18 February 2025</td></tr>
<tr><td>Decision maker</td><td>Police and Crime Commissioner</td></tr>
</table>
<h2>Background</h2>
<p>The report on the Suzy Lamplugh Trust's super-complaint, published in September 2024, asks commissioners in
recommendation 15 to review, by 27 March 2025, whether the right specialist services have been commissioned for
stalking victims, including independent stalking advocacy caseworkers (ISACs). The Commissioner accepted the
recommendation in November 2024. Recommendations 16 and 25, which also involve the Chief Constable, are being taken
forward separately.</p>
<p>The review found one ISAC post for the whole of Herefordshire, Shropshire, Telford and Wrekin and Worcestershire,
with a waiting list of six weeks.</p>
<h2>Decision</h2>
<p>To award £186,000 over two years to fund three additional ISAC posts from 1 April 2025, one in each of the three
local policing areas that have none.</p>
<h2>Declaration</h2>
<p>I confirm that I have considered whether I have any personal or prejudicial interest in this matter and that I have
none.</p>
<p>Signed: Police and Crime Commissioner. Date: 18 February 2025.</p>
"""),
]

DOCS += [
    Doc("h18-sts-wiltshire-quoted-recommendations", ["docx", "pdf", "markdown"], super_complaint="safe-to-share",
        authors=["wiltshire-police"], optional_authors=["wiltshire-pcc"], date=["2022-01-31"],
        responses={"1": {"progress": ["complete"], "references": ["SC1-R1", "WP/SC/01"]},
                   "4": {"progress": ["in_progress"], "references": ["SC1-R4", "WP/SC/02"]},
                   "5": {"progress": ["in_progress"], "references": ["SC1-R5", "WP/SC/03"]},
                   "6": ["in_progress"]},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(docx_letterhead="table", pdf_header="Wiltshire Police - Safe to share? update - OFFICIAL",
                    pdf_footer="Wiltshire Police"),
        classes=["quoted-recommendation-text-first", "overview-list-not-responses", "references-per-recommendation",
                 "pcc-answers-inside-force-document", "parts-4a-4k", "status-lines", "long-document"],
        body="""
<div class="letterhead">Wiltshire Police<br>London Road<br>Devizes<br>Wiltshire</div>
<h1>Safe to share? Wiltshire Police update on the super-complaint recommendations</h1>
<p>Update as at 31 January 2022</p>
<h2>1. Introduction</h2>
<p>This document sets out Wiltshire Police's progress against the recommendations of "Safe to share? Report on
Liberty and Southall Black Sisters' super-complaint on policing and immigration status". It replaces the update sent
to HMICFRS in June 2021. The response of the Office of the Police and Crime Commissioner for Wiltshire and Swindon to
recommendation 6 is included at section 6 with the Commissioner's agreement.</p>
<h2>2. The recommendations</h2>
<p>For reference, the report made the following recommendations:</p>
<table>
<tr><th>No.</th><th>Recipient</th><th>Summary</th></tr>
<tr><td>1</td><td>Chief constables</td><td>Stop sharing domestic abuse victims' information with Immigration
Enforcement where officers only have doubts about status</td></tr>
<tr><td>2</td><td>Home Office</td><td>Review the legal framework and policy, including a firewall</td></tr>
<tr><td>3</td><td>Home Office and NPCC</td><td>A safeguarding protocol</td></tr>
<tr><td>4</td><td>Chief constables</td><td>Safe reporting pathways</td></tr>
<tr><td>5</td><td>Chief constables and PCCs</td><td>Promote confidence in reporting</td></tr>
<tr><td>6</td><td>PCCs</td><td>Assess access to specialist support and build networks</td></tr>
<tr><td>7</td><td>Home Office</td><td>-</td></tr>
<tr><td>8</td><td>All</td><td>Update within six months</td></tr>
</table>
<p>Recommendations 2, 3 and 7 are not for the force and are not covered below.</p>
<h2>3. Recommendation 1 (HMICFRS ref SC1-R1; Wiltshire ref WP/SC/01)</h2>
<p><em>"As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts
about a victim's immigration status, we recommend that they immediately stop sharing information on domestic abuse
victims with Immigration Enforcement. Instead, police officers should link the victim to a third party that can
provide advice and assistance, as set out in recommendation 4 (on the creation of safe reporting pathways). This
applies where police officers have doubts about a victim's immigration status, not where they have evidence that an
offence has been committed. The College of Policing will immediately develop guidance for the police service to
clarify this aspect of practice."</em></p>
<p><strong>Response.</strong> The force stopped sharing on doubt alone in January 2021 and adopted the College of
Policing's guidance when it was issued. The Domestic Abuse Procedure was reissued in April 2021. A quarterly audit of
domestic abuse crimes involving a victim of uncertain status has found full compliance in each of the three quarters
audited. Third-party referrals go to the two specialist organisations named in section 4.</p>
<p><strong>Status:</strong> Complete.</p>
<h2>4. Recommendation 4 (HMICFRS ref SC1-R4; Wiltshire ref WP/SC/02)</h2>
<p><em>"With reference to recommendation 1, and in consultation/collaboration with local or national specialist
organisations, chief constables should take steps to ensure that all migrant victims and witnesses of crime are
effectively supported through safe reporting pathways to the police and other statutory agencies."</em></p>
<p><strong>Response.</strong> The policy and practice framework (4a), the victim and witness support policy (4b), the
use of national guidance (4c), the partnership pathways (4d) and the explanation of when information is shared (4e to
4g) are complete and were published to staff in October 2021. Training for officers on the difference between
victims of modern slavery and victims of domestic abuse (4h) is being delivered this quarter, and the awareness,
adoption and outreach work (4i to 4k) will follow during 2022/23.</p>
<p><strong>Status:</strong> In progress.</p>
<h2>5. Recommendation 5 (HMICFRS ref SC1-R5; Wiltshire ref WP/SC/03)</h2>
<p><em>"With reference to recommendation 1, pending the developments outlined in other recommendations, and in
consultation/collaboration with local or national specialist organisations, chief constables and police and crime
commissioners should take steps, through the appropriate channels, to promote migrant victims' and witnesses'
confidence in reporting crimes to the police through safe reporting pathways, without fear of prioritised
immigration control."</em></p>
<p><strong>Response.</strong> A joint communications plan with the OPCC was agreed in November 2021. The first
messages, in six languages, went out through community radio in December; outreach by neighbourhood teams in Swindon
and Salisbury continues.</p>
<p><strong>Status:</strong> In progress.</p>
<h2>6. Recommendation 6: response of the Office of the Police and Crime Commissioner</h2>
<p><em>"Conduct an assessment of local access to specialist victim support organisations or networks and take any
necessary steps to build up such networks."</em></p>
<p>The Commissioner's office completed its assessment in September 2021. It is now working with the two specialist
organisations and with Swindon Borough Council to extend their outreach to Wiltshire's rural areas, funded from
April 2022.</p>
<h2>7. Recommendation 8</h2>
<p>This document is the force's further update to HM Chief Inspector of Constabulary under recommendation 8.</p>
"""),

    Doc("h18-ppda-lancashire-quoted-response", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["lancashire-constabulary"], date=["2022-12-22"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["awaiting_national"]},
        absent=["4"],
        style=Style(docx_letterhead="table", pdf_header="Lancashire Constabulary - OFFICIAL",
                    pdf_cover="<p>Lancashire Constabulary</p><h1>Police perpetrated domestic abuse</h1>"
                              "<p>Response to the recommendations of the report on the Centre for Women's Justice "
                              "super-complaint</p><p>22/12/2022</p>"),
        classes=["quoted-recommendation-text-first", "dd-mm-yyyy-date", "waiting-for-national-guidance",
                 "audit-figures", "pdf-cover-contents", "deadline-distractor"],
        body="""
<div class="letterhead">Lancashire Constabulary<br>Professional Standards Department<br>Hutton<br>Preston</div>
<h1>Police perpetrated domestic abuse: Lancashire Constabulary's response</h1>
<p>Date: 22/12/2022</p>
<h2>Recommendation 1</h2>
<p><em>"Chief Constables should ensure that both live police perpetrator domestic abuse (PPDA) cases and those closed
within the last 12 months (ending 30 June 2022) are audited. Appropriate action should be taken where they find cases
were not treated appropriately as complaint and conduct matters and investigated accordingly."</em></p>
<p>Our response: the audit of 143 cases (61 live and 82 closed) was completed on 16 December 2022, ahead of the
deadline of 30 December. Fourteen cases have been returned to the Professional Standards Department for reassessment,
and in three of them misconduct investigations have begun. The Chief Constable has written to the College of Policing
through the NPCC with the findings and the changes made. This completes our work on the recommendation.</p>
<h2>Recommendation 2</h2>
<p>Our response: we are introducing the changes to investigation and oversight that the report asks for. A PPDA
specialist lead has been appointed in the Anti-Corruption Unit and new case review meetings begin in January 2023.
The remaining changes will be in place by June 2023.</p>
<h2>Recommendation 3</h2>
<p><em>"PCCs, MoJ and Chief Constables should make sure their provision of domestic abuse support services and
guidance is capable of meeting the specific needs of all non-police and police victims of PPDA."</em></p>
<p>Our response: the NPCC is writing national guidance on support for victims of PPDA, including those who work for
the police. We will review our own support offer once that guidance is published, and have not changed it in the
meantime.</p>
<h2>Recommendation 4</h2>
<p>This recommendation is for the Home Office.</p>
"""),

    Doc("h18-hba-suffolk-two-column-page", ["html"], super_complaint="honour-based-abuse",
        authors=["suffolk-constabulary"], date=["2023-07-12"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(site="force", site_name="Suffolk Constabulary",
                    page_title="Honour-based abuse super-complaint: our response | Suffolk Constabulary",
                    furniture_words=["Report", "Advice", "Contact us", "About us", "News"],
                    mega_menu=["Report a crime", "Report online", "Domestic abuse", "Honour-based abuse",
                               "Forced marriage", "Publications", "HMICFRS reports", "Super-complaints"],
                    panels=True, related=["Stop and search: our data", "Safe to share? our response (2021)"],
                    page_dates="<p>Published 12 July 2023</p><p>Review date: July 2024</p>"),
        classes=["two-column-recommendation-response-table", "quoted-recommendation-text-first", "parts-as-bullets",
                 "cms-page-style", "review-date-distractor"],
        body="""
<h1>Sexual abuse and honour-based abuse: our response to the super-complaint</h1>
<p>In December 2022 HMICFRS, the College of Policing and the IOPC published their report on the Tees Valley Inclusion
Project's super-complaint. Two of its recommendations are for chief constables. The third, on ethnicity data, is for
the National Police Chiefs' Council.</p>
<table>
<tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>"We found forces generally only include the risk of honour-based abuse in their domestic abuse policies, so we
recommend that chief constables update their forces' sexual abuse policies to include the risk of honour-based
abuse."</td><td>Done. The Rape and Serious Sexual Offences Policy was updated in March 2023 and all investigators have
been briefed. Compliance is checked in the monthly case reviews.</td></tr>
<tr><td>"During our investigation, we found forces generally lack awareness and understanding of different cultures
and religions. This means some officers are unlikely to recognise the wider risks of honour-based abuse after some
victims report sexual abuse. Chief constables should make sure that: officers and staff are aware of the demographics
of the communities they police; independent advisory groups or equivalent groups reflect these demographics; forces
work with the local communities they police to prepare up-to-date information on culture and religion; investigations
consider any extra factors that might be relevant because of the culture and background of the victim or suspect."</td>
<td>Under way. Community profiles for each district are being written with the Suffolk Ethnic Minority Forum and
will be on officers' devices in the autumn. The independent advisory group is recruiting new members. Investigation
plans already prompt officers to consider culture and background.</td></tr>
</table>
"""),
]
