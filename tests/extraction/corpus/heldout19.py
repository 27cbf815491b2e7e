"""The nineteenth held-out set: written blind (no engine code, no other set's bodies, no published response read),
for issue 10, and scored once by the lead at the end of the round.

Invented in voices of their own: a commissioner's statutory response with the force's update pasted below it, an
NPCC portfolio lead's letter signed by a deputy chief constable, a joint Home Office and Ministry of Justice GOV.UK
page, a minister's letter with the letterhead in a Word table, a commissioner's decision record, a force tracker whose
update column contradicts its RAG column, a national lead's progress report with cover and contents, a panel paper
with a cover sheet, committee minutes, a joint force and commissioner letter typed with line breaks, the APCC's page
quoting its lead, force CMS pages with accordions and review dates, a commissioner's news item with a byline, a
College of Policing email, a force action plan in PDF with OFFICIAL markings, and text and Markdown conversions.
"""
from build import Doc
from render import Style

PCC_MENU = ["Our police and crime plan", "Commissioning", "Victims' services", "Holding the Chief Constable to account",
            "Decisions", "Meetings and agendas", "Transparency", "Scrutiny panels", "Get involved", "News"]
FORCE_MENU = ["Report a crime", "Report antisocial behaviour", "Report a road traffic incident", "Contact us",
              "Advice and information", "Careers", "About us", "Our performance", "Freedom of information",
              "Policies and procedures", "Publication scheme", "Stop and search data"]

DOCS = [
    # 1 -------------------------------------------------------------------------------------------------------
    Doc("h19-s2s-lancs-pcc-statutory-with-force", ["html"], super_complaint="safe-to-share",
        authors=["lancashire-pcc", "lancashire-constabulary"], date=["2021-09-02", "2021-03-12"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["accepted"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(site="pcc", site_name="Lancashire Police and Crime Commissioner",
                    page_title="Statutory response: Safe to share? | Lancashire PCC",
                    mega_menu=PCC_MENU, panels=True,
                    related=["Police response to victims of modern slavery: our response",
                             "A duty to protect: police use of protective measures - PCC comments",
                             "HMICFRS PEEL inspection 2021/22"],
                    page_dates="<p>Published: 12 March 2021</p><p>Last updated: 2 September 2021</p>"
                               "<p>Page reviewed: 14 January 2024</p><p>&copy; Lancashire PCC 2026</p>"),
        classes=["pcc-statutory-response", "force-update-pasted-below", "several-page-dates", "related-links-other-reports",
                 "done-and-business-as-usual", "pcc-own-recommendation"],
        body="""
<h1>Statutory response to the super-complaint on policing and immigration status</h1>
<p>Under section 29A of the Police Reform Act 2002 the Commissioner must publish his comments on a report of the
inspectorate that concerns Lancashire Constabulary. This page sets out those comments on the report made in response
to the super-complaint by Liberty and Southall Black Sisters, together with the Chief Constable's response.</p>
<h2>Commissioner's comments</h2>
<p>I welcome the report. Victims of domestic abuse must be able to come forward without fearing that the police will
pass their details to Immigration Enforcement, and I have asked the Chief Constable to tell me how he is responding
to each of the recommendations made to chief constables. His response is set out below, and I will be holding him to
account for it through my Strategic Scrutiny Board.</p>
<p>Recommendation 6 is for me. I accept it. My office has begun a mapping exercise of the specialist support available
to migrant victims in the county, including the 'by and for' services in Preston, Blackburn and Burnley, and I
expect to report on it to the Police and Crime Panel in the autumn. Recommendation 5 is also addressed to police and
crime commissioners, and I have added confidence in reporting to the work of the Victims' Services Board.</p>
<p>Recommendations 2, 3 and 7 are for the Home Office and the National Police Chiefs' Council, and I will not comment
on them here.</p>
<p><em>Update, 2 September 2021:</em> the Chief Constable's six-month update has been added below.</p>
<h2>Chief Constable's response</h2>
<p>Lancashire Constabulary welcomes the findings of the inspectorate and accepts the recommendations made to chief
constables.</p>
<h3>Recommendation 1</h3>
<p>Our guidance to officers was changed in February. Officers no longer share the details of a victim of domestic
abuse with Immigration Enforcement where the only concern is a doubt about their status. The change was briefed to
every response and public protection team, it is checked through our domestic abuse dip-sampling, and it is now
business as usual.</p>
<h3>Recommendation 4</h3>
<p>We are working with two specialist organisations to design a safe reporting pathway. A first draft has been
shared with them and we expect to test it in the new year.</p>
<h3>Recommendation 5</h3>
<p>A communications plan, agreed with the Commissioner's office, is under way: material in eight community languages
has been produced and the first round of engagement events took place in July.</p>
<h3>Recommendation 8</h3>
<p>This page is our update within six months of the report.</p>
"""),

    # 2 -------------------------------------------------------------------------------------------------------
    Doc("h19-pm-npcc-bail-lead-letter", ["pdf", "docx"], super_complaint="protective-measures",
        authors=["npcc"], date=["2022-05-24"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "9": {"progress": ["awaiting_national"], "position": ["accepted", "not_stated"]}},
        style=Style(pdf_ruled=True, pdf_footer="OFFICIAL", docx_letterhead_in_header=True),
        classes=["national-lead-signature-only", "deputy-chief-constable-signs", "waiting-for-home-office",
                 "report-named-by-subject"],
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</div>
<p>Our ref: NPCC/BAIL/22/031</p>
<p>24 May 2022</p>
<p>HM Inspector of Constabulary<br>HMICFRS<br>Globe House<br>89 Eccleston Square<br>London SW1V 1PN</p>
<p>Dear HM Inspector,</p>
<p><strong>Police use of protective measures in cases involving violence against women and girls</strong></p>
<p>I write as the national lead for bail management to update you on the recommendations of your report of August
last year that fall to my portfolio. My colleagues leading on domestic abuse and on violence against women and girls
will write to you separately on the others.</p>
<p>On the first recommendation, forces' management of those released under investigation, all forces were asked in
January to confirm that their processes follow my predecessor's letter of 29 January 2019. Thirty-eight have done so;
I am following up with the remainder, and I will not regard this recommendation as met until every force has
confirmed. We accept it in full.</p>
<p>Recommendation 6 asked that the bail guidance we issue to forces be updated to reflect the Police, Crime,
Sentencing and Courts Bill. The revised guidance was published to forces on 4 April and is now in use.</p>
<p>Recommendation 9 concerns the recording of pre-charge bail conditions on the Police National Computer. This
cannot be taken forward until the Home Office has decided on the changes to the national systems it is considering,
and we shall wait for its conclusions before changing the guidance to forces.</p>
<p>I would be happy to discuss any of this with you or your team.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable<br>NPCC Lead for Bail Management</p>
<p>cc: Chair, National Police Chiefs' Council</p>
"""),

    # 3 -------------------------------------------------------------------------------------------------------
    Doc("h19-pm-ho-moj-govuk-response", ["html"], super_complaint="protective-measures",
        authors=["home-office", "ministry-of-justice"], date=["2022-06-07"],
        responses={"12": {"progress": ["not_stated", "not_started"], "position": ["not_accepted"]},
                   "13": {"progress": ["in_progress"], "position": ["accepted"]},
                   "14": {"progress": ["complete"], "position": ["partially_accepted"]}},
        absent=["1"],
        style=Style(site="govuk", page_title="Home Office and Ministry of Justice response: A duty to protect - GOV.UK"),
        classes=["govuk-joint-response", "refused", "accepted-in-part", "recommendation-quoted-first"],
        body="""
<p>Corporate report</p>
<h1>Home Office and Ministry of Justice response to recommendations from 'A duty to protect'</h1>
<p>From: Home Office and Ministry of Justice</p>
<p>Published 7 June 2022</p>
<h2>Contents</h2>
<ol><li>Introduction</li><li>Recommendation 12</li><li>Recommendation 13</li><li>Recommendation 14</li></ol>
<h2>Introduction</h2>
<p>The super-complaint by the Centre for Women's Justice was received in March 2019 and the report of the
investigation was published on 24 August 2021. Recommendation 1, on released under investigation, is for chief
constables with the NPCC, whose response is published alongside this one. This document sets out the government's
joint response to the three recommendations addressed to the Home Office and the Ministry of Justice.</p>
<h2>Recommendation 12</h2>
<p><em>The Home Office and Ministry of Justice should intensify and accelerate their consideration of creating a
bespoke offence of breaching pre-charge bail.</em></p>
<p>We have considered this recommendation carefully and we do not accept it. Breaches of bail conditions can already
lead to arrest and, where the conduct is itself an offence, to charge. Creating a new offence would add complexity
without adding protection, and we have no plans to legislate.</p>
<h2>Recommendation 13</h2>
<p><em>The Home Office and Ministry of Justice should review and improve the way the police are told about
non-molestation orders.</em></p>
<p>We accept this recommendation. HM Courts and Tribunals Service and the police are testing a digital notification
of orders in two areas; we expect to decide on national roll-out by the end of the year.</p>
<h2>Recommendation 14</h2>
<p><em>The Home Office should update its statutory guidance on domestic violence protection notices and orders.</em></p>
<p>We accept this recommendation in part. The guidance was updated in March, but we have not extended it to the
pilot of domestic abuse protection orders, which will carry its own guidance.</p>
"""),

    # 4 -------------------------------------------------------------------------------------------------------
    Doc("h19-ms-home-office-minister-letter", ["docx"], super_complaint="modern-slavery",
        authors=["home-office"], date=["2021-09-09"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(docx_letterhead="table"),
        classes=["minister-letter", "letterhead-in-table", "report-named-by-designated-body", "commissioned-work"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</div>
<p>Minister for Safeguarding</p>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>9 September 2021</p>
<p>Dear Sir Thomas,</p>
<p>Thank you for the report of the investigation into Hestia's super-complaint, which was published on 26 May. I
am grateful to the inspectorate, the College of Policing and the Independent Office for Police Conduct for their
work, and to Hestia for raising the issues.</p>
<p>The report makes one recommendation to the Home Office: that, in consultation with chief constables, the
Independent Anti-Slavery Commissioner, the Victims' Commissioner, the Crown Prosecution Service and the voluntary
sector, we commission work to understand better the experience of victims of modern slavery and assess the extent
to which victims with insecure immigration status are deterred from coming forward.</p>
<p>I am pleased to accept it. Officials have drawn up a specification for the research with the Independent
Anti-Slavery Commissioner's office, and the work will be commissioned through the Modern Slavery Policy and
Evidence Centre this autumn. We expect the findings in the second half of next year and I will share them with you.</p>
<p>The recommendations to chief constables and police and crime commissioners are for them to answer, and I know
that the National Police Chiefs' Council's modern slavery lead is coordinating the police response.</p>
<p>Yours sincerely,</p>
<p>Minister for Safeguarding</p>
"""),

    # 5 -------------------------------------------------------------------------------------------------------
    Doc("h19-ms-west-mercia-force-pdf", ["pdf", "text"], super_complaint="modern-slavery",
        authors=["west-mercia-police"], date=["2021-11"],
        responses={}, absent=["1"],
        style=Style(pdf_ruled=True, pdf_header="West Mercia Police - OFFICIAL", pdf_footer="OFFICIAL",
                    wrap=78, text_tables="form",
                    pdf_cover="<h1>The hidden victims</h1><p>West Mercia Police response to the super-complaint on the "
                              "police response to victims of modern slavery</p><p>November 2021</p><p>OFFICIAL</p>"),
        classes=["unnumbered-recommendations-only", "cover-page", "official-markings", "home-office-rec-mentioned"],
        body="""
<p>Document control: version 1.0, November 2021. Owner: Head of Protecting Vulnerable People, West Mercia
Police.</p>
<h2>Contents</h2>
<p>1. Introduction ........ 2<br>2. Our response ........ 2<br>3. Governance ........ 3</p>
<h2>1. Introduction</h2>
<p>In May 2021 the inspectorate published its report on Hestia's super-complaint. The report's first recommendation
is for the Home Office, and the others are addressed to chief constables and, in one case, jointly to chief
constables and police and crime commissioners. This document sets out what West Mercia Police is doing. It does not
follow the report's numbering: the report lists its recommendations to chief constables without numbers, so we use
our own references.</p>
<h2>2. Our response</h2>
<table>
<tr><th>Our ref</th><th>What the report asks</th><th>What we are doing</th></tr>
<tr><td>WM-MS-A</td><td>Staff have access to training and specialist knowledge, and understand the victim support
arrangements</td><td>The modern slavery e-learning is mandatory for all officers and staff; 81% have completed it.
First responders have a new aide-memoire on the National Referral Mechanism.</td></tr>
<tr><td>WM-MS-B</td><td>Investigations are allocated to teams with the right skills</td><td>All modern slavery
investigations are now allocated to the Serious and Organised Crime unit or a detective inspector in the public
protection unit.</td></tr>
<tr><td>WM-MS-C</td><td>Work with the PCC to understand the support victims need</td><td>A needs assessment has been
agreed with the Commissioner's office and will start in January 2022.</td></tr>
</table>
<h2>3. Governance</h2>
<p>Progress is reported to the Vulnerability Board chaired by the Assistant Chief Constable (Protective Services).</p>
"""),

    # 6 -------------------------------------------------------------------------------------------------------
    Doc("h19-ppda-surrey-pcc-decision-record", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["surrey-pcc"], date=["2022-09-22"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        style=Style(pdf_ruled=True, pdf_header="Office of the Police and Crime Commissioner for Surrey",
                    pdf_footer="Decision 47/2022 - OFFICIAL"),
        classes=["decision-record", "signed-and-dated", "pcc-part-of-joint-recommendation", "several-dates"],
        body="""
<h1>Police and Crime Commissioner for Surrey - Decision Record</h1>
<table>
<tr><td>Report title</td><td>Response to the super-complaint report on police perpetrated domestic abuse</td></tr>
<tr><td>Decision number</td><td>47/2022</td></tr>
<tr><td>Author and job role</td><td>Policy Officer, OPCC</td></tr>
<tr><td>Protective marking</td><td>OFFICIAL</td></tr>
</table>
<h2>Executive summary</h2>
<p>On 30 June 2022 HMICFRS, the College of Policing and the IOPC published their report on the super-complaint made
by the Centre for Women's Justice about police perpetrated domestic abuse. Recommendations 1 and 2 are for chief
constables and recommendation 4 for the Home Office. Part of recommendation 3 is for police and crime commissioners:
to consider whether locally commissioned services can deal with the specific risks faced by victims whose abuser is
a police officer or member of police staff, and support them when engaging with the police.</p>
<p>The Commissioner must publish a response within 56 days. This record sets it out.</p>
<h2>Decision</h2>
<p>The Commissioner accepts the part of recommendation 3 addressed to commissioners. She has asked the
commissioning team to review the domestic abuse outreach and IDVA contracts against it. The review began on 1
September and will report to the Commissioner's Performance and Accountability meeting in December; any change to
the services will be made when contracts are renewed in April 2023.</p>
<p>The Commissioner will also ask the Chief Constable, at her next public accountability meeting, how the force is
responding to recommendations 1 and 2.</p>
<h2>Financial implications</h2>
<p>None arising from this decision. Any change to commissioned services will be met from the Victims' Fund.</p>
<h2>Legal implications</h2>
<p>The response is made under section 29A of the Police Reform Act 2002.</p>
<h2>Approval</h2>
<p>I approve the recommendation.</p>
<p>Signature: Police and Crime Commissioner for Surrey<br>Date: 22 September 2022</p>
<p>All decisions must be added to the decisions register.</p>
"""),

    # 7 -------------------------------------------------------------------------------------------------------
    Doc("h19-ppda-gmp-tracker", ["docx", "markdown"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["greater-manchester-police"], date=["2023-02-14"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["complete"], "position": ["accepted", "not_stated"]}},
        absent=["4"],
        style=Style(docx_headings="bold"),
        classes=["tracker-table", "rag-contradicted-by-update", "row-answers-two-recommendations", "version-date"],
        body="""
<h1>Greater Manchester Police</h1>
<p>Super-complaint: Police Perpetrated Domestic Abuse (Centre for Women's Justice) - Recommendation Tracker</p>
<p>Version 3 | 14 February 2023 | Owner: Professional Standards Directorate | Governance: Force Vulnerability Board</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Owner</th><th>Action</th><th>Due</th><th>RAG</th><th>Update</th></tr>
<tr><td>R1 / R2</td><td>Recs 1 and 2 (chief constables): investigate PPDA allegations robustly and apply misconduct
and vetting procedures</td><td>Head of PSD</td><td>Review all open PPDA cases; refresh PSD referral criteria; dip
sample 20 cases per quarter</td><td>31/03/2023</td><td>Green</td><td>Marked green as on track, but the case review
has found 14 cases needing further action and the quarterly dip sample has not yet begun. Referral criteria
redrafted and with the Deputy Chief Constable for sign-off.</td></tr>
<tr><td>R3</td><td>Rec 3 (chief constables' part): support for victims of PPDA</td><td>Det Supt, Public
Protection</td><td>Independent route for victims to report outside their partner's team; specialist ISVA/IDVA
referral</td><td>31/12/2022</td><td>Amber</td><td>Completed in January: the independent reporting line is live and
referrals go to the specialist IDVA service. RAG not yet updated.</td></tr>
<tr><td>R4</td><td>Home Office</td><td>N/A</td><td>Not for GMP</td><td>-</td><td>-</td><td>-</td></tr>
</table>
<p>Key: Green - complete or on track; Amber - at risk; Red - off track.</p>
"""),

    # 8 -------------------------------------------------------------------------------------------------------
    Doc("h19-ppda-home-office-rec4-letter", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2022-11-15"],
        responses={"4": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "3"],
        style=Style(pdf_ruled=False, pdf_footer="Home Office | OFFICIAL"),
        classes=["minister-letter", "recommendation-by-word-number", "date-of-event-in-body"],
        body="""
<div class="letterhead">Rt Hon Minister of State for Crime, Policing and Fire<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>Andy Cooke QPM DL<br>HM Chief Inspector of Constabulary</p>
<p>15 November 2022</p>
<p>Dear Andy,</p>
<p><strong>Super-complaint: police perpetrated domestic abuse</strong></p>
<p>I am writing in response to the report published on 30 June on the super-complaint made by the Centre for
Women's Justice. I know that the Ministry of Justice replied in August on the recommendation made to it, and that the
National Police Chiefs' Council has confirmed that every force has accepted the recommendations made to policing.</p>
<p><strong>Recommendation four</strong></p>
<p>The Home Office agrees with this recommendation. Officials are considering, as part of the review of the process
of police dismissals announced in September, whether statutory guidance should set out how forces handle
allegations of domestic abuse against officers. The review will report in the spring and I will write to you again
with its conclusions.</p>
<p>I am copying this letter to the Chair of the NPCC and the Chief Executive of the APCC.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""),

    # 9 -------------------------------------------------------------------------------------------------------
    Doc("h19-hba-npcc-progress-report", ["pdf", "docx"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2024-03"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["awaiting_national"], "position": ["accepted"]}},
        style=Style(pdf_ruled=True, pdf_header="NPCC | OFFICIAL", pdf_footer="National Police Chiefs' Council",
                    pdf_cover="<p>OFFICIAL</p><h1>Super-complaint: Invisible Survivors</h1><p>Updated national "
                              "response on behalf of chief constables</p><p>National Police Chiefs' Council</p>"
                              "<p>March 2024</p>"),
        classes=["national-progress-report", "cover-contents-running-header", "share-of-forces",
                 "paused-for-national-review", "report-named-by-complaint-title"],
        body="""
<p>National Police Chiefs' Council - updated response, March 2024</p>
<h2>Contents</h2>
<p>Foreword ........ 2<br>Recommendation 1 ........ 3<br>Recommendation 2 ........ 3<br>Recommendation 3 ........ 4</p>
<h2>Foreword</h2>
<p>The report on the Tees Valley Inclusion Project's super-complaint was published in December 2022 and the NPCC
accepted its recommendations on the day of publication. This is our updated response, drawing on returns from all
forces collected in February 2024.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p>Every force has now confirmed that its sexual abuse policy includes the risk of honour-based abuse, and the
Authorised Professional Practice cross-refers to it. We consider this recommendation complete.</p>
<h2>Recommendation 2: cultural awareness</h2>
<p>Twenty-nine forces have delivered cultural awareness input to their investigators and fourteen are still
delivering it. Independent advisory group membership is being reviewed against census data in most forces. This work
continues and will be reported again in the autumn.</p>
<h2>Recommendation 3: consideration of findings</h2>
<p>The NPCC's review of the data standards for protected characteristics has been paused while the Home Office
completes its review of the Annual Data Requirement. When that review concludes we will take the super-complaint's
findings into account in our proposals on ethnicity recording.</p>
<p>Chief Constable<br>NPCC Lead for Honour-Based Abuse, Forced Marriage and Female Genital Mutilation</p>
"""),

    # 10 ------------------------------------------------------------------------------------------------------
    Doc("h19-hba-west-yorks-panel-paper", ["pdf"], super_complaint="honour-based-abuse",
        authors=["west-yorkshire-mayor"], optional_authors=["west-yorkshire-police"], date=["2023-06-09"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(pdf_ruled=True, pdf_footer="West Yorkshire Police and Crime Panel - 9 June 2023",
                    pdf_cover="<h1>West Yorkshire Police and Crime Panel</h1><table><tr><td>Report of</td><td>Deputy "
                              "Mayor for Policing and Crime</td></tr><tr><td>Date of meeting</td><td>9 June 2023</td>"
                              "</tr><tr><td>Subject</td><td>Response to the honour-based abuse super-complaint</td>"
                              "</tr><tr><td>Classification</td><td>Public</td></tr></table>"),
        classes=["panel-paper-cover-sheet", "reported-speech-force-progress", "deputy-mayor-author",
                 "pcc-unnumbered-recommendation"],
        body="""
<h2>1. Purpose of the report</h2>
<p>1.1 To update the Panel on the response of the Mayor of West Yorkshire and West Yorkshire Police to the report
on the super-complaint by the Tees Valley Inclusion Project, published on 16 December 2022.</p>
<h2>2. Background</h2>
<p>2.1 The report made recommendations to chief constables, to police and crime commissioners and their
equivalents, and to the National Police Chiefs' Council. Recommendation 3 is for the NPCC and is not considered
here.</p>
<h2>3. Progress reported by the force</h2>
<p>3.1 The Chief Constable has told the Deputy Mayor that the force's sexual offences policy was amended in March
to include the risk of honour-based abuse, as the first recommendation asks, and that the change is in force.</p>
<p>3.2 On the second recommendation, cultural awareness, the force reports that a training package developed with
local community groups is being rolled out to the Safeguarding Central Governance Unit and the district
safeguarding units; about half of investigators have attended so far.</p>
<h2>4. The Mayor's response</h2>
<p>4.1 The report asks commissioners to make sure their consultations before commissioning victims' services are
fully inclusive. The Deputy Mayor has asked the commissioning team to include 'by and for' organisations in the
consultation on the victims' services strategy for 2024 to 2027, which opens in September.</p>
<h2>5. Recommendation</h2>
<p>5.1 The Panel is asked to note the report.</p>
<p>Contact officer: Head of Policy, Mayor's Policing and Crime Team, West Yorkshire Combined Authority</p>
"""),

    # 11 ------------------------------------------------------------------------------------------------------
    Doc("h19-hba-cleveland-scrutiny-minutes", ["docx"], super_complaint="honour-based-abuse",
        authors=["cleveland-pcc"], optional_authors=["cleveland-police"], date=["2023-07-18"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "2": {"progress": ["not_started"], "position": ["accepted", "not_stated"]}},
        style=Style(docx_headings="bold"),
        classes=["committee-minutes", "awaiting-sign-off", "not-started-future-year", "action-log"],
        body="""
<h1>Cleveland Police and Crime Commissioner</h1>
<p>Scrutiny, Performance and Delivery Board</p>
<p>Minutes of the meeting held on Tuesday 18 July 2023 at 10.00am, Cleveland Community Safety Hub, Middlesbrough</p>
<p>Present: Police and Crime Commissioner (Chair); Chief Executive and Monitoring Officer, OPCC; Deputy Chief
Constable; Assistant Chief Constable (Crime); Head of Partnerships, OPCC.</p>
<h2>1. Apologies</h2>
<p>Apologies were received from the Chief Finance Officer.</p>
<h2>2. Minutes of the previous meeting</h2>
<p>The minutes of the meeting held on 20 June 2023 were agreed as a correct record.</p>
<h2>3. Super-complaint: sexual abuse victims at risk of honour-based abuse</h2>
<p>3.1 The Assistant Chief Constable presented the force's response to the report on the Tees Valley Inclusion
Project's super-complaint. The Commissioner noted that the complainant is based in the force area and that
the report had been followed closely by local groups.</p>
<p>3.2 Recommendation 1: the revised rape and serious sexual offences policy, which now includes the risk of
honour-based abuse, has been drafted and consulted on; it is awaiting sign-off at the Force Policy Board in
August.</p>
<p>3.3 Recommendation 2: the cultural awareness work has not started. The ACC explained that it has been built
into the 2024/25 learning and development plan, with delivery from April 2024.</p>
<p>3.4 The Commissioner asked that the policy be shared with the Tees Valley Inclusion Project before it is
published. ACTION: ACC (Crime).</p>
<h2>4. Any other business</h2>
<p>None.</p>
<p>The meeting closed at 11.45am. Date of next meeting: 19 September 2023.</p>
"""),

    # 12 ------------------------------------------------------------------------------------------------------
    Doc("h19-sas-essex-joint-letter", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["essex-pfcc", "essex-police"], date=["2024-05-03"],
        responses={"2": {"progress": ["complete"], "position": ["accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["accepted"]},
                   "8": {"progress": ["complete"], "position": ["accepted"]},
                   "10": {"progress": ["awaiting_national"], "position": ["accepted", "not_stated"]}},
        style=Style(docx_headings="bold", pdf_ruled=False),
        classes=["joint-force-commissioner-letter", "letterhead-typed-with-line-breaks", "dated-line",
                 "recommendations-by-ordinal-and-by-recipient"],
        body="""
<p>Essex Police, Fire and Crime Commissioner<br>Kelvedon Park<br>London Road<br>Rivenhall<br>Witham CM8 3HB</p>
<p>and</p>
<p>Chief Constable, Essex Police<br>Police Headquarters<br>PO Box 2<br>Springfield<br>Chelmsford CM2 6DA</p>
<p>Dated 3 May 2024</p>
<p>To: HM Inspector of Constabulary (super-complaints)</p>
<p>Dear HM Inspector,</p>
<p><strong>Section 60 and independent community scrutiny of stop and search</strong></p>
<p>We write jointly in response to the report on the Criminal Justice Alliance's super-complaint, published on 15
December 2023. We accept the recommendations made to us.</p>
<p>Of the recommendations to chief constables, the second, that section 60 authorisations be recorded with the
intelligence on which they rest, is in place: the authorisation form was changed in February and every
authorisation since has been reviewed by a superintendent. The fourth, on explaining authorisations to
communities, is in progress; a template public notice is being tested with the Essex Stop and Search Scrutiny
Panel and will be used from June.</p>
<p>The recommendation for commissioners, recommendation 8, is complete. The Commissioner's office took over the
running of the Scrutiny Panel in January, its members have been trained, and it now reviews body-worn video from a
random sample of section 60 searches every month.</p>
<p>Recommendation 10 depends on the revision of PACE Code A by the Home Office. We will follow the national
approach once it is agreed.</p>
<p>Yours sincerely,</p>
<p>Police, Fire and Crime Commissioner for Essex<br><br>Chief Constable, Essex Police</p>
"""),

    # 13 ------------------------------------------------------------------------------------------------------
    Doc("h19-sas-apcc-page-lead-quote", ["html"], super_complaint="stop-and-search",
        authors=["apcc"], optional_authors=["northamptonshire-pfcc"], date=["2024-05-13"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="PCCs respond to stop and search super-complaint | APCC",
                    furniture_words=["Home", "About", "Our work", "Portfolios", "News", "Resources", "PCC directory"],
                    related=["APCC response to the stalking super-complaint",
                             "PCCs and police perpetrated domestic abuse: collated responses",
                             "Section 60 data: Home Office statistics"],
                    page_dates="<p>Posted on 13 May 2024 in News, Portfolios</p>"),
        classes=["national-body-page", "pcc-speaking-as-apcc-lead", "related-links-other-reports", "all-pccs-accepted"],
        body="""
<h1>All PCCs accept super-complaint recommendation on community scrutiny of stop and search</h1>
<p>13 May 2024</p>
<p>All 43 police and crime commissioners and their equivalents have accepted the recommendation made to them in the
report on the Criminal Justice Alliance's super-complaint about section 60 and the scrutiny of stop and search.</p>
<p>Recommendation 8 asks commissioners to make sure that independent community scrutiny of stop and search in their
area is effective, representative and properly supported. The APCC has collated every commissioner's response and
published them today alongside its own.</p>
<p>The APCC's joint lead for race disparity, equality and human rights, who is the Police and Crime Commissioner for
Northamptonshire, said:</p>
<p>"Every commissioner has accepted this recommendation and most are already changing how their scrutiny panels
work. Some are recruiting younger members, some are giving panels access to body-worn video for the first time. We
will bring commissioners together in the autumn to share what works, and we will report on progress to the
inspectorate next year."</p>
<p>The NPCC and the Home Office are responding separately to the recommendations addressed to them.</p>
<h2>Notes to editors</h2>
<p>The Association of Police and Crime Commissioners is the national body that supports police and crime
commissioners and other local policing bodies across England and Wales. For media enquiries contact the APCC press
office on 020 7222 4296.</p>
"""),

    # 14 ------------------------------------------------------------------------------------------------------
    Doc("h19-sas-durham-accordion-page", ["html"], super_complaint="stop-and-search",
        authors=["durham-constabulary"], date=["2024-02-08"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "6": {"progress": ["not_started"], "position": ["accepted", "not_stated"]},
                   "7": {"progress": ["awaiting_national"], "position": ["accepted", "not_stated"]},
                   "9": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        absent=["8"],
        style=Style(site="force", site_name="Durham Constabulary",
                    page_title="Response to Criminal Justice Alliance super-complaint | Durham Constabulary",
                    mega_menu=FORCE_MENU, panels=True,
                    related=["Stop and search: your rights", "Police response to stalking: our action plan",
                             "Our response to the police perpetrated domestic abuse super-complaint"],
                    page_dates="<p>Published: 8 February 2024</p><p>Page reviewed: 1 October 2025</p>"
                               "<p>Next review: October 2026</p>"),
        classes=["force-cms-accordions", "published-and-reviewed-dates", "related-links-other-reports",
                 "six-recommendations-to-chief-constables", "partner-does-the-work"],
        body="""
<h1>Response to Criminal Justice Alliance super-complaint</h1>
<p>In December 2023 HMICFRS, the College of Policing and the IOPC published their report on the super-complaint
"More harm than good" about section 60 of the Criminal Justice and Public Order Act 1994 and the community scrutiny
of stop and search. Six of the report's ten recommendations are for chief constables. Select a recommendation to
read our response.</p>
<p><button aria-expanded="false">Expand all</button></p>
<h3>Recommendation 1 - record the grounds for every section 60 authorisation</h3>
<p>Done. Our authorisation form now requires the intelligence relied on, and the Superintendent's reasons are
checked by the Chief Inspector for Stop and Search. This is now business as usual.</p>
<h3>Recommendation 3 - safeguarding children who are stopped and searched</h3>
<p>Implemented in January and being monitored: every search of a child now generates a safeguarding referral check,
and the results are reported monthly to the Stop Search Governance Group.</p>
<h3>Recommendation 5 - body-worn video</h3>
<p>Officers must now record every search on body-worn video. Compliance is at 91% and is rising; we are working with
the team leaders where it is lower.</p>
<h3>Recommendation 6 - data on the use of section 60</h3>
<p>We have not started this yet. It is planned for 2024/25, once our new records management system is in place.</p>
<h3>Recommendation 7 - national guidance</h3>
<p>We are waiting for the College of Policing to publish its revised stop and search guidance before we update our
local procedure.</p>
<h3>Recommendation 9 - communicating with communities</h3>
<p>Durham Agency Against Crime is running our community engagement events on stop and search on our behalf; four
have been held and four more are planned.</p>
<p>Recommendation 8 is for police and crime commissioners: see the Police, Crime and Victims' Commissioner's
website.</p>
"""),

    # 15 ------------------------------------------------------------------------------------------------------
    Doc("h19-st-herts-action-plan", ["pdf", "docx"], super_complaint="stalking",
        authors=["hertfordshire-constabulary"], date=["2025-03-14"],
        responses={"7": {"progress": ["in_progress", "awaiting_national"], "position": ["accepted", "not_stated"]},
                   "10": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "11": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "16": {"progress": ["not_started"], "position": ["accepted", "not_stated"]}},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL", pdf_footer="Hertfordshire Constabulary - Stalking action plan v4"),
        classes=["force-action-plan-table", "status-contradicted-by-update", "system-change-dependency",
                 "not-started-with-future-year", "official-markings"],
        body="""
<p>OFFICIAL</p>
<h1>Hertfordshire Constabulary</h1>
<h2>Police response to stalking - super-complaint action plan</h2>
<p>Version 4 - 14 March 2025 (six-month update to the NPCC)</p>
<p>This plan sets out the force's actions against the recommendations made to chief constables in the report on the
Suzy Lamplugh Trust's super-complaint (27 September 2024). Most recommendations carry the deadline of 27 March 2025.
Progress is overseen by the Domestic Abuse and Stalking Strategic Board.</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Crime recording system to allow stalking to be recorded and searched as an included
classification</td><td>Head of Crime Registrar</td><td>27/03/2025</td><td>Complete</td><td>Interim measure in place:
a mandatory stalking flag on Athena. The change that allows included classifications depends on the Athena
consortium's 2026 release, so the recommendation itself cannot be closed until then.</td></tr>
<tr><td>10</td><td>Review and update learning and training on stalking</td><td>Head of Learning and
Development</td><td>27/03/2025</td><td>On track</td><td>New stalking input delivered to 68% of frontline officers and
all call handlers; remainder scheduled for April and May.</td></tr>
<tr><td>11</td><td>Stalking screening tool used at first contact</td><td>Chief Inspector, Control Room</td>
<td>27/03/2025</td><td>Complete</td><td>Live since 3 February; audited weekly.</td></tr>
<tr><td>16</td><td>Joint review with the PCC of commissioned stalking advocacy</td><td>Detective Superintendent,
Safeguarding / OPCC</td><td>2025/26</td><td>Not started</td><td>To begin in the 2025/26 financial year once the PCC's
victims' needs assessment is published.</td></tr>
</table>
<p>OFFICIAL</p>
"""),

    # 16 ------------------------------------------------------------------------------------------------------
    Doc("h19-st-kent-pcc-news", ["html", "markdown"], super_complaint="stalking",
        authors=["kent-pcc"], date=["2025-04-02"],
        responses={"15": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "16": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        style=Style(site="news", site_name="Kent Police and Crime Commissioner",
                    page_title="New stalking advocacy service launches | Kent PCC"),
        classes=["pcc-news-item", "byline", "quotes", "dates-of-events", "recommendation-named-mid-sentence"],
        body="""
<h1>New stalking advocacy service launches across Kent and Medway</h1>
<p>By the Office of the Police and Crime Commissioner | 2 April 2025</p>
<p>A new service supporting victims of stalking began taking referrals yesterday, as the Police and Crime
Commissioner completes his response to the Suzy Lamplugh Trust super-complaint.</p>
<p>The service, run by a Kent charity, provides independent stalking advocacy caseworkers (ISACs) in every district.
It meets recommendation 15 of the inspectorate's report, which asked commissioners to review whether the right
specialist services had been commissioned for stalking victims by 27 March and to provide them where they did not
exist.</p>
<p>The Commissioner said: "Stalking ruins lives. When the report came out last September I promised victims in Kent
and Medway a specialist service, and from yesterday they have one."</p>
<p>The Commissioner and the Chief Constable are also working together on the review that recommendation 16 asks
for; it has started and its findings are expected in the summer.</p>
<p>Kent Police's Head of Public Protection said: "Our officers will now refer every stalking victim to the service."</p>
<p>If you are being stalked, call Kent Police on 101 or, in an emergency, 999.</p>
"""),

    # 17 ------------------------------------------------------------------------------------------------------
    Doc("h19-st-college-email", ["docx", "text"], super_complaint="stalking",
        authors=["college-of-policing"], date=["2025-02-28"],
        responses={"12": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "13": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        absent=["7", "10"],
        style=Style(wrap=90),
        classes=["email-signature-author", "email-header-date", "national-body", "chief-executive-copied"],
        body="""
<p>From: Super-complaints mailbox<br>Sent: 28 February 2025 10:14<br>To: HMICFRS Super-complaints Team<br>Cc:
Chief Executive's Office<br>Subject: RE: Stalking super-complaint - update on recommendations 12 and 13</p>
<p>Good morning,</p>
<p>Thank you for your email of 12 February asking for an update on the two recommendations in the stalking report
that are for us. Recommendations 7 and 10 are for chief constables and we understand the NPCC is collating forces'
updates on them.</p>
<p>Recommendation 12: the revised Authorised Professional Practice on stalking and harassment was published on 20
February and has been sent to every force's stalking lead. We regard this one as delivered.</p>
<p>Recommendation 13: the national curriculum for investigators is being updated to include the new APP. The new
learning materials are written and are with our subject matter expert group for quality assurance; we expect to
publish them in June.</p>
<p>Happy to talk any of this through.</p>
<p>Kind regards,</p>
<p>Senior Policy Adviser, Guidelines and Standards<br>College of Policing<br>Leamington Road, Ryton-on-Dunsmore,
Coventry CV8 3EN<br>college.police.uk</p>
"""),

    # 18 ------------------------------------------------------------------------------------------------------
    Doc("h19-st-met-tracker-page", ["html"], super_complaint="stalking",
        authors=["metropolitan-police-service"], date=["2025-03-20"],
        responses={"7": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "10": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "11": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "12": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "14": {"progress": ["not_stated", "not_started"], "position": ["not_accepted"]}},
        style=Style(site="force", site_name="Metropolitan Police",
                    page_title="Stalking super-complaint action plan | Metropolitan Police",
                    mega_menu=FORCE_MENU,
                    page_dates="<p>Last updated: 20 March 2025</p><p>&copy; Metropolitan Police 2026</p>"),
        classes=["html-tracker", "row-answers-two-recommendations", "refused", "rag-vs-update"],
        body="""
<h1>Police response to stalking: our action plan</h1>
<p>This is the Met's action plan in response to the report on the Suzy Lamplugh Trust's super-complaint. We first
published it on 21 November 2024 and we update it every quarter.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Owner</th><th>Action</th><th>Due</th><th>RAG</th><th>Update</th></tr>
<tr><td>7</td><td>Crime recording</td><td>Commander, Public Protection</td><td>CONNECT change request for included
classifications</td><td>Mar 2025</td><td>Amber</td><td>Change request approved; build due in the summer release.
Interim manual flag in use.</td></tr>
<tr><td>10</td><td>Training</td><td>Met Learning</td><td>Refresh stalking training for all frontline
officers</td><td>Mar 2025</td><td>Green</td><td>Delivered to 54% of frontline officers; the remainder by
September.</td></tr>
<tr><td>11, 12</td><td>Stalking screening and first response</td><td>Command and Control</td><td>Screening
questions at first contact; first response guidance</td><td>Dec 2024</td><td>Complete</td><td>Both done: the
screening questions went live in December and the first response guidance was issued in January.</td></tr>
<tr><td>14</td><td>Specialist stalking unit in every force</td><td>Commander, Public Protection</td><td>-</td>
<td>-</td><td>Closed</td><td>We do not accept this recommendation. The Met's stalking threat assessment centre and
our 12 basic command units' safeguarding hubs already provide this expertise, and a single unit would not work at
London's scale. No further action.</td></tr>
</table>
"""),

    # 19 ------------------------------------------------------------------------------------------------------
    Doc("h19-s2s-npcc-migrant-victims-letter", ["pdf"], super_complaint="safe-to-share",
        authors=["npcc"], date=["2021-08-10"],
        responses={"3": {"progress": ["awaiting_national"], "position": ["accepted", "not_stated"]}},
        optional=["8"], absent=["1", "2", "4", "7"],
        style=Style(pdf_ruled=False, pdf_header="OFFICIAL",
                    pdf_footer="NPCC Migration and Asylum Portfolio | 1st Floor, 10 Victoria Street, London SW1H 0NN"),
        classes=["national-lead-footer-only", "waiting-on-home-office", "other-recommendations-mentioned"],
        body="""
<p>10 August 2021</p>
<p>Wendy Williams CBE<br>HM Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Wendy,</p>
<p><strong>Safe to share? Six-month update from policing</strong></p>
<p>The report on the super-complaint by Liberty and Southall Black Sisters asked every recipient to update you
within six months. This letter is the update from the national policing lead on the recommendation that the Home
Office and the NPCC develop a safeguarding protocol together.</p>
<p>Recommendations 1 and 4 are for chief constables, who are updating you individually, and recommendations 2 and 7
are for the Home Office alone.</p>
<p>On recommendation 3, policing is ready to agree the protocol, and a draft prepared by my staff officer has been
with Home Office officials since May. The Home Office has told us that it cannot finalise its position until its
review of the data-sharing arrangements with Immigration Enforcement concludes, and we are waiting for that before
the protocol can be agreed and issued to forces.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable<br>National Lead for Migration and Asylum</p>
"""),

    # 20 ------------------------------------------------------------------------------------------------------
    Doc("h19-s2s-dyfed-powys-cover-pdf", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["dyfed-powys-police"], date=["2021-06-15"],
        responses={"1": {"progress": ["complete"], "position": ["partially_accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["accepted"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["8"], absent=["2", "3", "6", "7"],
        style=Style(pdf_ruled=True, pdf_header="Dyfed-Powys Police | Heddlu Dyfed-Powys", pdf_footer="OFFICIAL",
                    docx_headings="styles",
                    pdf_cover="<h1>Safe to share?</h1><p>Dyfed-Powys Police response to the HMICFRS super-complaint "
                              "report on policing and immigration status</p><p>Ymateb Heddlu Dyfed-Powys</p>"
                              "<p>15 June 2021</p>"),
        classes=["bilingual-cover", "accepted-in-part", "delivered-to-share-of-staff", "overview-list-not-a-response"],
        body="""
<p>Document owner: Head of Public Protection, Dyfed-Powys Police. Date: 15 June 2021. Version 1.0.</p>
<h2>The recommendations</h2>
<p>The report makes eight recommendations. For reference they are:</p>
<ol>
<li>Chief constables: stop sharing the data of domestic abuse victims with Immigration Enforcement where the only
concern is a doubt about status.</li>
<li>Home Office: review the legal framework and policy on migrant victims.</li>
<li>Home Office and NPCC: a safeguarding protocol.</li>
<li>Chief constables: safe reporting pathways with specialist organisations.</li>
<li>Chief constables and PCCs: promote confidence in reporting.</li>
<li>PCCs: assess access to specialist support.</li>
<li>Home Office: put the protocol in place.</li>
<li>All: update within six months.</li>
</ol>
<h2>Our response</h2>
<h3>Recommendation 1</h3>
<p>We accept this recommendation in part. Since April officers have not passed the details of a domestic abuse
victim to Immigration Enforcement where the only concern is their status, and the policy has been reissued.
Officers will still be able to check a victim's status where that is needed to safeguard them, which goes
further than the report suggests; this part we do not accept.</p>
<h3>Recommendation 4</h3>
<p>We accept this recommendation. Training on the new approach has been delivered to 72% of frontline officers;
the rest will complete it by September. Talks with two specialist organisations on a reporting pathway have begun.</p>
<h3>Recommendation 5</h3>
<p>We accept this recommendation and are working on it with the Police and Crime Commissioner, whose office is
leading the community engagement.</p>
<p>Recommendation 6 is for the Commissioner, who will respond separately.</p>
"""),

    # 21 ------------------------------------------------------------------------------------------------------
    Doc("h19-pm-wiltshire-force-page", ["html"], super_complaint="protective-measures",
        authors=["wiltshire-police"], date=["2022-03-01"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "2": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "4": {"progress": ["awaiting_national"], "position": ["accepted", "not_stated"]}},
        style=Style(site="force", site_name="Wiltshire Police",
                    page_title="A duty to protect: our response | Wiltshire Police", mega_menu=FORCE_MENU,
                    page_dates="<p>Date published: 01/03/2022</p>"),
        classes=["force-cms-page", "superseded-by-national-guidance", "numeric-date", "report-named-by-keywords"],
        body="""
<h1>Our response to 'A duty to protect'</h1>
<p>The super-complaint made by the Centre for Women's Justice looked at how the police use pre-charge bail,
non-molestation orders, domestic violence protection notices and orders, and restraining orders to protect women
and girls. The report was published on 24 August 2021. Below is our response to the recommendations for chief
constables.</p>
<h2>Recommendation 1: released under investigation</h2>
<p>Our processes follow the NPCC letter of January 2019. Every case released under investigation is reviewed by a
sergeant at 30 days and an inspector at 90 days. Implemented.</p>
<h2>Recommendation 2: understanding of protective measures</h2>
<p>Our local guidance has been superseded by the College of Policing's national guidance on protective measures,
which we have adopted in full, and officers have been briefed on it. No further local action is needed.</p>
<h2>Recommendation 3: non-molestation orders</h2>
<p>We are reviewing how breaches of non-molestation orders are recorded and investigated; the review will report
to the Chief Officer Group in April.</p>
<h2>Recommendation 4: bail conditions</h2>
<p>Paused: any change to how bail conditions are set will follow the Home Office's review of pre-charge bail,
which has not yet concluded.</p>
"""),

    # 22 ------------------------------------------------------------------------------------------------------
    Doc("h19-ppda-devon-cornwall-opcc-ceo-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["devon-and-cornwall-pcc"], date=["2022-08-19"],
        responses={"3": {"progress": ["not_started"], "position": ["accepted"]}},
        absent=["1", "2"],
        style=Style(docx_letterhead="header_image"),
        classes=["chief-executive-signs-for-commissioner", "logo-only-letterhead", "plan-without-date",
                 "report-named-by-designated-body"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly</div>
<p>Our reference: OPCC/CE/2022/118</p>
<p>19 August 2022</p>
<p>HMICFRS Super-complaints Team<br>By email</p>
<p>Dear colleagues,</p>
<p><strong>Centre for Women's Justice super-complaint</strong></p>
<p>I am writing on behalf of the Police and Crime Commissioner, who is on leave, to give her response to the report
published on 30 June about abuse by police officers and staff of their partners.</p>
<p>The Commissioner accepts the recommendation made to commissioners, which forms part of recommendation 3. She
will ask the providers of the domestic abuse services she funds whether they can meet the particular needs of
victims whose abuser works for the police, and what they would need to do so. That work has not yet begun; it
will be taken forward as part of the wider review of victims' services.</p>
<p>Recommendations 1 and 2 are for the Chief Constable, and the Commissioner will scrutinise the force's response
to them through her Accountability Board.</p>
<p>Yours faithfully,</p>
<p>Chief Executive<br>for and on behalf of the Police and Crime Commissioner for Devon, Cornwall and the Isles of
Scilly</p>
"""),

    # 23 ------------------------------------------------------------------------------------------------------
    Doc("h19-ppda-iopc-oversight-news", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["iopc"], date=["2023-01-26"],
        responses={}, absent=["1", "2"],
        style=Style(site="national", site_name="Independent Office for Police Conduct",
                    page_title="Our oversight of police perpetrated domestic abuse | IOPC",
                    furniture_words=["Home", "Complaints", "Investigations", "Learning", "Research", "News", "About us"],
                    related=["Super-complaint: the police response to stalking",
                             "Super-complaint: Safe to share?"],
                    page_dates="<p>Published: 26 January 2023</p>"),
        classes=["national-body-news", "action-not-recommendation", "recommendations-for-others-mentioned"],
        body="""
<h1>IOPC begins targeted oversight of police perpetrated domestic abuse cases</h1>
<p>26 January 2023</p>
<p>We have started a programme of work looking at how forces handle complaints and conduct matters where an officer
or member of police staff is accused of domestic abuse.</p>
<p>The work is our response to Action 1 of the report on the Centre for Women's Justice super-complaint, published
in June last year. The report made recommendations 1 and 2 to chief constables, and gave the IOPC an action of its
own: to carry out a targeted programme of oversight work on police handling of police perpetrated domestic
abuse.</p>
<p>Our Director of Strategy and Impact said: "Victims of abuse by police officers need to know their complaint will
be handled fairly. Over the next year we will review a sample of cases from every region and publish what we find."</p>
<p>We expect to publish our findings in early 2024.</p>
<h2>Media enquiries</h2>
<p>IOPC press office: 020 8104 1004 (out of hours 07795 600 000).</p>
"""),

    # 24 ------------------------------------------------------------------------------------------------------
    Doc("h19-sas-home-office-text", ["text", "pdf"], super_complaint="stop-and-search",
        authors=["home-office"], date=["2024-05"],
        responses={"9": {"progress": ["complete"], "position": ["partially_accepted"]},
                   "10": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["8"],
        style=Style(wrap=72, upper_h1=True, pdf_ruled=False, pdf_footer="Home Office - May 2024"),
        classes=["pdf-to-text-conversion", "month-date", "accepted-in-part", "recommendation-answered-by-another-body"],
        body="""
<h1>Home Office response to the super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>May 2024</p>
<h2>Introduction</h2>
<p>The Home Office welcomes the report on the super-complaint made by the Criminal Justice Alliance, "More harm than
good", published on 15 December 2023. The recommendation to police and crime commissioners, recommendation 8, has
been answered by the Association of Police and Crime Commissioners on their behalf. This document responds to the
two recommendations made to the Home Office.</p>
<h2>Recommendation 9</h2>
<p>The Home Office accepts this recommendation in part. We have published, in the statistical bulletin of March
2024, the number of section 60 authorisations by force for the first time, as the report asked. We will not collect
the duration of each authorisation, which would place a disproportionate recording burden on forces.</p>
<h2>Recommendation 10</h2>
<p>The Home Office accepts this recommendation. We are revising PACE Code A with the College of Policing and the
NPCC; a draft will go to public consultation this summer, and the revised Code will be laid before Parliament once
the consultation has closed.</p>
"""),

    # 25 ------------------------------------------------------------------------------------------------------
    Doc("h19-s2s-south-wales-pcc-page", ["html"], super_complaint="safe-to-share",
        authors=["south-wales-pcc"], date=["2021-07-05"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "6": {"progress": ["complete"], "position": ["accepted", "not_stated"]}},
        optional=["8"], absent=["1", "4"],
        style=Style(site="pcc", site_name="South Wales Police and Crime Commissioner",
                    page_title="Policing and immigration status super-complaint | South Wales PCC",
                    mega_menu=PCC_MENU,
                    related=["Commissioner's response to the stalking super-complaint",
                             "Annual report 2020/21"],
                    page_dates="<p>Last modified: 5 July 2021</p><p>Next review date: 5 July 2022</p>"),
        classes=["pcc-page", "reported-speech", "force-named-not-author", "last-modified-and-review-dates"],
        body="""
<h1>Policing and immigration status: Commissioner's response</h1>
<p>Victims should be able to report crime without fear of immigration enforcement. That was the message of the
super-complaint brought by Liberty and Southall Black Sisters, and the Commissioner agrees with it.</p>
<h2>What the Commissioner has done</h2>
<p>The report asked commissioners to assess whether migrant victims in their area can get specialist support and to
build networks with the organisations that provide it. The Commissioner's office completed that assessment in June,
with BAWSO and the Welsh Women's Aid network, and a migrant victims' network now meets every quarter.</p>
<p>Recommendation 5, to chief constables and commissioners together, asks that we promote confidence in reporting.
South Wales Police told the Commissioner that its community cohesion officers are running sessions with migrant
groups in Cardiff and Swansea, and the Commissioner's office is funding translated leaflets; that work continues
through the summer.</p>
<h2>The force's response</h2>
<p>South Wales Police has published its own response to recommendations 1 and 4 on its website.</p>
"""),
]
