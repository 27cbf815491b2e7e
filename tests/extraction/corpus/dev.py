"""The development set: invented documents the engine's rules and its statistical reader were tuned on.

Written after the held-out set (heldout.py) and kept apart from it: other forces, commissioners and
national bodies, other wording, the same failure classes. Nothing here copies a published response.
Build with `build.py dev`.
"""
from build import Doc
from render import Style

S2S_1 = ("As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts "
         "about a victim's immigration status, we recommend that they immediately stop sharing information on "
         "domestic abuse victims with Immigration Enforcement.")
S2S_4 = ("With reference to recommendation 1, and in consultation/collaboration with local or national specialist "
         "organisations, chief constables should take steps to ensure that all migrant victims and witnesses of crime "
         "are effectively supported through safe reporting pathways to the police and other statutory agencies.")
S2S_6 = ("Conduct an assessment of local access to specialist victim support organisations or networks and take any "
         "necessary steps to build up such networks.")
ST_16 = "By 27 March 2025, work together to review the commissioning of services for victims of stalking."
PM_1 = ("Chief Constables, in conjunction with the NPCC lead for bail, should implement processes for managing Released "
        "under Investigation (RUI) in line with the letter from the NPCC Lead for Bail Management Portfolio dated 29 "
        "January 2019.")

DOCS = [
    # ---------------------------------------------------------------- safe to share
    Doc("d-s2s-kent-pcc-web", ["html", "text"], super_complaint="safe-to-share", authors=["kent-pcc"],
        date=["2021-08-03"], responses={"5": ["in_progress"], "6": ["complete"]}, absent=["1", "4"],
        classes=["pcc-site", "implied-status", "updated-date"],
        style=Style(site="pcc", site_name="Kent Police and Crime Commissioner",
                    page_title="Safe to share? My response | Kent PCC"),
        body="""
<h1>Safe to share? My response</h1>
<p>Last reviewed: 3 August 2021</p>
<p>The super-complaint by Liberty and Southall Black Sisters concerned the sharing of information about migrant
victims of crime with the Home Office for immigration enforcement purposes. Two of the recommendations in the joint
report are addressed to police and crime commissioners.</p>
<h2>Recommendation 5</h2>
<p>With the Chief Constable I am developing messages for migrant communities in Kent, explaining how to report crime
safely. The first materials, in six languages, are being translated this month.</p>
<h2>Recommendation 6</h2>
<p>In spring 2021 my office mapped every specialist service available to migrant victims in the county. Where the
mapping showed a gap, in East Kent, we have already awarded a grant to Migrant Help to fill it.</p>
<p>Recommendations 1 and 4 are for the Chief Constable, who has published his own response.</p>
"""),
    Doc("d-s2s-gmp-table", ["docx", "markdown"], super_complaint="safe-to-share", authors=["greater-manchester-police"],
        date=["2021-06-17"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
        classes=["table", "quoted-text", "status-column"],
        body=f"""
<h1>Greater Manchester Police: response to recommendations</h1>
<p>Dated 17 June 2021</p>
<p>Greater Manchester Police has considered the recommendations for chief constables in the report on policing and
immigration status. The Greater Manchester Combined Authority has been consulted.</p>
<table>
<tr><th>Recommendation</th><th>Response</th><th>Progress</th></tr>
<tr><td>1. {S2S_1}</td><td>A force order issued in January 2021 stopped the sharing of such information. Supervisors
check compliance.</td><td>Implemented</td></tr>
<tr><td>4. {S2S_4}</td><td>We are agreeing referral routes with Saheli and the Greater Manchester Immigration Aid
Unit.</td><td>Ongoing</td></tr>
<tr><td>5. Promote migrant victims' and witnesses' confidence in reporting crimes to the police through safe
reporting pathways.</td><td>We await the national safeguarding protocol before running a campaign.</td><td>Awaiting
national guidance</td></tr>
</table>
"""),
    Doc("d-s2s-northumbria-md", ["markdown"], super_complaint="safe-to-share", authors=["northumbria-police"],
        date=["2022-01"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        classes=["month-date", "response-to-headings"],
        body="""
<h1>Update on the Safe to share? recommendations</h1>
<p>Northumbria Police, January 2022</p>
<h2>Response to recommendation 1</h2>
<p>This recommendation has been fully implemented. Our guidance to officers was re-issued in October 2021.</p>
<h2>Response to recommendation 4</h2>
<p>Our safe reporting pathway is being piloted in Newcastle with a local refugee charity.</p>
<h2>Response to recommendation 5</h2>
<p>Posters and social media messages have been drafted with the Office of the Police and Crime Commissioner and will
be used from March.</p>
"""),
    Doc("d-s2s-apcc-statement", ["html"], super_complaint="safe-to-share", authors=["apcc"], date=["2021-07-14"],
        responses={"5": ["in_progress"], "6": ["complete", "in_progress"]}, classes=["national-author", "speaker-role"],
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="APCC responds to super-complaint report on immigration status | APCC"),
        body="""
<h1>PCCs respond to super-complaint report on policing and immigration status</h1>
<p>14 July 2021</p>
<p>The Association of Police and Crime Commissioners has gathered the responses of commissioners to the two
recommendations addressed to them in the report on Liberty and Southall Black Sisters' super-complaint.</p>
<p>On recommendation 5, commissioners are working with their chief constables on messages that encourage migrant
victims to come forward. On recommendation 6, most commissioners have completed their assessment of local access to
specialist support, and the rest will do so by the autumn.</p>
<p>Speaking for the APCC, its victims lead, the Police and Crime Commissioner for Dorset, said: "Every victim should
feel safe to report a crime."</p>
"""),
    Doc("d-s2s-college-letter", ["pdf"], super_complaint="safe-to-share", authors=["college-of-policing"],
        date=["2021-03-05"], responses={}, optional=["1"], classes=["national-author", "no-responses"],
        style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">College of Policing<br>Leamington Road, Ryton-on-Dunsmore, Coventry CV8 3EN</div>
<p>5 March 2021</p>
<p>Dear Chief Constable,</p>
<p><strong>Guidance on immigration status and domestic abuse victims</strong></p>
<p>Following the report on the super-complaint by Liberty and Southall Black Sisters, the College has published
interim guidance clarifying the difference between insecure or uncertain immigration status and immigration
offending. It is attached, and it is on the College website.</p>
<p>Yours faithfully,</p>
<p>Director of Operational Standards, College of Policing</p>
"""),
    Doc("d-s2s-thames-valley-pcc", ["text"], super_complaint="safe-to-share", authors=["thames-valley-pcc"],
        date=["2021-07-01"], responses={"5": ["not_started"], "6": ["in_progress"]},
        classes=["ordinal-references", "word-numbers", "letter"], style=Style(wrap=80),
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Thames Valley<br>The Farmhouse, Kidlington</div>
<p>1 July 2021</p>
<p>Dear Mr Parr,</p>
<p>I have considered the two recommendations in your report on policing and immigration status that concern police
and crime commissioners.</p>
<p>Recommendation five asks commissioners and chief constables to promote migrant victims' confidence. We have not yet
started this work: the Chief Constable and I intend to begin once the Home Office has completed its review, so that we
do not give victims information that later changes.</p>
<p>Recommendation six asks for an assessment of local access to specialist support. My Victims First team has begun
that assessment and will report to me in September.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Thames Valley</p>
"""),
    Doc("d-s2s-avon-tracker", ["pdf"], super_complaint="safe-to-share", authors=["avon-and-somerset-constabulary"],
        date=["2021-12-10"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        classes=["pdf-table", "status-column", "dated-updates"], style=Style(pdf_ruled=True),
        body="""
<h1>Avon and Somerset Constabulary</h1>
<p>Super-complaint recommendations tracker (policing and immigration status)</p>
<p>Prepared 10 December 2021 for the Joint Audit and Standards Committee</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Update December 2021</th><th>Status</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>Policy changed; audited in September with no exceptions.</td>
<td>Closed</td></tr>
<tr><td>4</td><td>Head of Public Protection</td><td>Pathway with Bristol Refugee Rights being tested.</td>
<td>Open</td></tr>
<tr><td>5</td><td>Head of Corporate Communications</td><td>Campaign material drafted and shared with partners.</td>
<td>Open</td></tr>
</table>
"""),
    Doc("d-s2s-northants-pfcc", ["html"], super_complaint="safe-to-share", authors=["northamptonshire-pfcc"],
        date=["2021-09-27"], responses={"5": ["awaiting_national"], "6": ["in_progress"]},
        classes=["implied-status", "pfcc"],
        style=Style(site="pcc", site_name="Northamptonshire Police, Fire and Crime Commissioner",
                    page_title="Super-complaint: police data sharing for immigration purposes"),
        body="""
<h1>Super-complaint: police data sharing for immigration purposes</h1>
<p>27 September 2021</p>
<p>The Police, Fire and Crime Commissioner for Northamptonshire has published this response to the report on the
super-complaint about police data sharing for immigration purposes.</p>
<h3>Recommendation 5</h3>
<p>We will follow the national approach once the Home Office and the National Police Chiefs' Council have agreed the
safeguarding protocol, and will not issue local messages before then.</p>
<h3>Recommendation 6</h3>
<p>Voice, our victim service, is mapping specialist provision for migrant victims across the county.</p>
"""),
    Doc("d-s2s-south-wales-joint", ["docx"], super_complaint="safe-to-share",
        authors=["south-wales-police", "south-wales-pcc"], date=["2021-06-15"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["complete"]},
        classes=["joint", "author-signature", "letter"], style=Style(docx_letterhead_in_header=True),
        body="""
<div class="letterhead">Heddlu De Cymru / South Wales Police<br>Comisiynydd Heddlu a Throseddu De Cymru / South
Wales Police and Crime Commissioner</div>
<p>15 June 2021</p>
<p>Dear Mr Parr,</p>
<p>This is our joint response to the recommendations of the report on policing and immigration status.</p>
<p><strong>Recommendation 1</strong></p>
<p>Implemented in February 2021.</p>
<p><strong>Recommendation 4</strong></p>
<p>A pathway with BAWSO is being designed.</p>
<p><strong>Recommendation 5</strong></p>
<p>Joint communications are being prepared.</p>
<p><strong>Recommendation 6</strong></p>
<p>The Commissioner's assessment of local specialist support was completed in April.</p>
<p>Chief Constable, South Wales Police</p>
<p>Police and Crime Commissioner for South Wales</p>
"""),
    Doc("d-s2s-appended-letter", ["text"], super_complaint="safe-to-share", authors=["bedfordshire-police"],
        date=["2021-06-30"], responses={"1": ["complete"], "4": ["in_progress"]}, absent=["2", "3"],
        classes=["appended-letter"], style=Style(wrap=90),
        body="""
<p>Bedfordshire Police response to Safe to share?</p>
<p>30 June 2021</p>
<h3>Recommendation 1</h3>
<p>Bedfordshire Police considers this recommendation complete: the instruction to officers was changed in
February.</p>
<h3>Recommendation 4</h3>
<p>Work on a safe reporting pathway with Polish and Romanian community groups is in progress.</p>
<h3>Annex A: letter from the Home Office</h3>
<p>Dear Chief Constable, thank you for your letter of 2 June 2021.</p>
<h3>Recommendation 2</h3>
<p>The Home Office review of data sharing is under way and will be completed by December 2021.</p>
<h3>Recommendation 3</h3>
<p>The protocol is being drafted with the NPCC.</p>
"""),
    # ---------------------------------------------------------------- protective measures
    Doc("d-pm-moj-letter", ["pdf"], super_complaint="protective-measures", authors=["ministry-of-justice"],
        date=["2022-04-11"], responses={"13": {"progress": ["in_progress"], "position": ["accepted"]},
                                        "14": {"progress": ["not_stated", "not_started"],
                                               "position": ["not_accepted"]}},
        classes=["national-author", "letter", "explicit-position"], style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France, London SW1H 9AJ</div>
<p>11 April 2022</p>
<p>Dear Sir Thomas,</p>
<p><strong>A duty to protect: recommendations 13 and 14</strong></p>
<p>Recommendation 13. We accept this recommendation. Officials are working with HM Courts and Tribunals Service on a
digital notification of non-molestation orders to the police, which we expect to test later this year.</p>
<p>Recommendation 14. We do not accept this recommendation. Restraining orders on acquittal are already available,
and we share the view of the senior judiciary that a further power is not needed.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Courts</p>
"""),
    Doc("d-pm-cheshire-web", ["html"], super_complaint="protective-measures", authors=["cheshire-constabulary"],
        date=["2022-09-05"], responses={"2": ["complete"], "3": ["in_progress"], "8": ["not_started"]},
        classes=["status-label", "force-site"],
        style=Style(site="force", site_name="Cheshire Constabulary",
                    page_title="A duty to protect: our response | Cheshire Constabulary"),
        body="""
<h1>A duty to protect: our response</h1>
<p>This page sets out the progress Cheshire Constabulary has made against the recommendations of the report on the
police use of protective measures in cases involving violence against women and girls.</p>
<h2>Recommendation 2</h2>
<p>Status: Complete. A bail management team now reviews every domestic abuse case.</p>
<h2>Recommendation 3</h2>
<p>Status: In progress. DVPN decision-making is being audited each quarter.</p>
<h2>Recommendation 8</h2>
<p>Status: Not started. We will begin this work in 2023.</p>
<p>This page was last updated on 5 September 2022.</p>
"""),
    Doc("d-pm-npcc-update", ["markdown", "pdf"], super_complaint="protective-measures", authors=["npcc"],
        date=["2023-02"], responses={"1": ["in_progress"], "4": ["complete"], "6": ["complete"]},
        classes=["national-author", "counts", "month-date"], style=Style(pdf_ruled=True),
        body="""
<h1>NPCC progress update: protective measures super-complaint</h1>
<p>February 2023</p>
<p>National Police Chiefs' Council</p>
<table>
<tr><th>Recommendation</th><th>Progress</th><th>Status</th></tr>
<tr><td>1</td><td>39 of 43 forces have adopted the revised released under investigation framework.</td><td>Ongoing</td></tr>
<tr><td>4</td><td>Revised DVPO guidance published.</td><td>Complete</td></tr>
<tr><td>6</td><td>National training product launched in November 2022.</td><td>Complete</td></tr>
</table>
"""),
    Doc("d-pm-pcc-scrutiny", ["text"], super_complaint="protective-measures", authors=["derbyshire-pcc"],
        date=["2022-07-19"], responses={"1": ["in_progress"], "3": ["complete"]},
        classes=["pcc-scrutiny", "keywords-only"], style=Style(wrap=85),
        body="""
<p>Derbyshire Police and Crime Commissioner</p>
<p>Scrutiny of the force's response to the protective measures super-complaint</p>
<p>Meeting of the Strategic Priorities Assurance Board, 19 July 2022</p>
<p>The Commissioner asked the force how it is using pre-charge bail, domestic violence protection orders and
non-molestation orders in cases of violence against women and girls.</p>
<p>Recommendation 1: the force reports that its bail management processes are being aligned with the national
framework; the work will finish in October.</p>
<p>Recommendation 3: the force reports that the review of released under investigation cases is complete.</p>
<p>The Commissioner will review progress again in January.</p>
"""),
    Doc("d-pm-two-column", ["html"], super_complaint="protective-measures", authors=["suffolk-constabulary"],
        date=["2022-02-24"], responses={"1": ["in_progress"], "5": ["complete"]},
        classes=["two-column", "quoted-text"],
        style=Style(site="force", site_name="Suffolk Constabulary",
                    page_title="Protective measures: recommendations and responses | Suffolk Constabulary"),
        body=f"""
<h1>Protective measures: recommendations and our responses</h1>
<p>Published 24 February 2022</p>
<table>
<tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>{PM_1}</td><td>The bail team is adopting the NPCC process; half of the relevant cases have been reviewed so
far.</td></tr>
<tr><td>Recommendation 5: Chief constables should make sure DVPNs are considered in every eligible case.</td><td>A
checklist was added to the domestic abuse form in December 2021 and is now used in every case.</td></tr>
</table>
"""),
    # ---------------------------------------------------------------- modern slavery
    Doc("d-ms-home-office", ["html"], super_complaint="modern-slavery", authors=["home-office"],
        date=["2021-11-18"], responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["2"], classes=["national-author", "govuk-page"],
        style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK"),
        body="""
<h1>Home Office response to The hidden victims</h1>
<p>Published 18 November 2021</p>
<p>This is the Home Office's response to the recommendation addressed to it in the report on Hestia's super-complaint
on the police response to victims of modern slavery.</p>
<h2>Recommendation 1</h2>
<p>The Home Office accepts this recommendation. We have commissioned research on the experience of victims of modern
slavery who come into contact with the police and immigration enforcement; fieldwork began in October and the final
report is due next year.</p>
<p>Action 1, for the College of Policing, and action 2, for HMICFRS, will be reported on by those bodies.</p>
"""),
    Doc("d-ms-force-letter", ["docx", "text"], super_complaint="modern-slavery", authors=["staffordshire-police"],
        date=["2021-08-20"], responses={"2": ["complete"], "3": ["in_progress"], "4": ["not_started"]},
        classes=["letter", "one-word-status"], style=Style(docx_headings="bold"),
        body="""
<div class="letterhead">Staffordshire Police<br>Weston Road, Stafford ST18 0YY</div>
<p>20 August 2021</p>
<p>Dear HM Inspector,</p>
<p>Re: The hidden victims: report on Hestia's super-complaint</p>
<h3>Recommendation 2</h3>
<p>All frontline staff have completed the modern slavery awareness package. Complete.</p>
<h3>Recommendation 3</h3>
<p>Modern slavery investigations are being moved to the Exploitation Hub. In progress.</p>
<h3>Recommendation 4</h3>
<p>Not yet started.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable</p>
"""),
    Doc("d-ms-joint-pdf", ["pdf"], super_complaint="modern-slavery", authors=["norfolk-constabulary", "norfolk-pcc"],
        date=["2021-10-04"], responses={"3": ["in_progress"], "5": ["complete"]},
        classes=["joint", "pdf-unruled"], style=Style(pdf_ruled=False, pdf_header="Norfolk - OFFICIAL"),
        body="""
<h1>Joint response of Norfolk Constabulary and the Norfolk Police and Crime Commissioner</h1>
<p>Report: the police response to victims of modern slavery (Hestia super-complaint)</p>
<p>4 October 2021</p>
<h2>Recommendation 3</h2>
<p>The Constabulary is moving modern slavery investigations to specialist teams; three of the four teams are now in
place.</p>
<h2>Recommendation 5</h2>
<p>The Commissioner and the Chief Constable completed a joint review of victim support needs in August 2021, and new
support arrangements have been in place since September.</p>
"""),
    # ---------------------------------------------------------------- police perpetrated domestic abuse
    Doc("d-ppda-apcc", ["html"], super_complaint="police-perpetrated-domestic-abuse", authors=["apcc"],
        date=["2022-11-02"], responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["national-author", "collation", "part-id"],
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="Police perpetrated domestic abuse: PCC responses | APCC"),
        body="""
<h1>Police perpetrated domestic abuse: responses of police and crime commissioners</h1>
<p>2 November 2022</p>
<p>The APCC has collated the responses of PCCs, PFCCs and Deputy Mayors to recommendation 3a of the report on the
Centre for Women's Justice super-complaint.</p>
<p>All 43 have accepted recommendation 3a. Commissioners are now reviewing whether the services they fund can meet
the needs of victims of police perpetrated domestic abuse, and most expect to finish by March 2023.</p>
"""),
    Doc("d-ppda-npcc-overview", ["docx"], super_complaint="police-perpetrated-domestic-abuse", authors=["npcc"],
        date=["2022-12-30"], responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        classes=["national-author", "counts"],
        body="""
<h1>Second NPCC response to the recommendations: overview report</h1>
<p>30 December 2022</p>
<p>National Police Chiefs' Council</p>
<h2>Recommendation 1</h2>
<p>All 46 forces have completed the audit of live and recently closed cases and have written to the College of
Policing.</p>
<h2>Recommendation 2</h2>
<p>Thirty forces have moved these investigations outside the officer's own command; the others are doing so.</p>
<h2>Recommendation 3</h2>
<p>Forces are reviewing their support for victims of police perpetrated domestic abuse with their commissioners.</p>
"""),
    Doc("d-ppda-home-office-letter", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2022-11-15"],
        responses={"4": {"progress": ["not_stated", "complete"], "position": ["not_accepted"]}},
        classes=["national-author", "implied-position"], style=Style(wrap=84),
        body="""
<div class="letterhead">Home Office<br>Minister of State for Crime, Policing and Fire</div>
<p>15 November 2022</p>
<p>Dear Mr Parr,</p>
<p><strong>Recommendation four</strong></p>
<p>We have considered carefully whether it would be appropriate to change the law as the report suggests. We share
the National Police Chiefs' Council's view that the evidence does not support a change at this time, and we do not
intend to take it forward.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""),
    Doc("d-ppda-force-web", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["merseyside-police"], date=["2023-01-12"],
        responses={"1": ["complete"], "2": ["complete"], "3": ["in_progress"]},
        classes=["force-site", "part-id"],
        style=Style(site="force", site_name="Merseyside Police",
                    page_title="Police perpetrated domestic abuse super-complaint | Merseyside Police"),
        body="""
<h1>Police perpetrated domestic abuse super-complaint: our response</h1>
<p>12 January 2023</p>
<h2>Recommendation 1</h2>
<p>We have audited every live case and every case closed in the twelve months to June 2022. Completed.</p>
<h2>Recommendation 2</h2>
<p>Allegations against officers are investigated by our Anti-Corruption Unit, never by the officer's own team. This
has been in place since September 2022.</p>
<h2>Recommendation 3c</h2>
<p>Our victim care guidance for police victims is being rewritten with Merseyside's independent domestic violence
advisers.</p>
"""),
    Doc("d-ppda-undated", ["text"], super_complaint="police-perpetrated-domestic-abuse", authors=["lincolnshire-police"],
        date=["2022-11"], responses={"1": ["complete"], "2": ["in_progress"]},
        classes=["undated", "inferred-date"], style=Style(wrap=88),
        body="""
<p>Lincolnshire Police</p>
<p>Police perpetrated domestic abuse: our progress</p>
<h3>Recommendation 1</h3>
<p>The audit of cases began in August 2022 and was finished in November 2022, when its findings went to the
Professional Standards Board.</p>
<h3>Recommendation 2</h3>
<p>A new investigation model was agreed in October 2022 and is being introduced; it will be fully in place by
April 2023.</p>
"""),
    # ---------------------------------------------------------------- honour-based abuse
    Doc("d-hba-force-letter", ["text", "docx"], super_complaint="honour-based-abuse", authors=["west-yorkshire-police"],
        date=["2023-02-14"], responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
        classes=["letter", "parts-as-bullets"], style=Style(wrap=86),
        body="""
<div class="letterhead">West Yorkshire Police<br>Laburnum Road, Wakefield WF1 3QP</div>
<p>14 February 2023</p>
<p>Dear HM Inspector,</p>
<p>Honour-based abuse super-complaint (Tees Valley Inclusion Project)</p>
<h3>Recommendation 1</h3>
<p>Our rape and serious sexual offences policy was revised in January 2023 and now addresses the risk of honour-based
abuse. This recommendation is complete.</p>
<h3>Recommendation 2</h3>
<ul>
<li>2(a): demographic profiles for each district are being shared with officers;</li>
<li>2(b): the membership of our independent advisory groups has been reviewed;</li>
<li>2(c) and 2(d): community information packs are in preparation with Karma Nirvana.</li>
</ul>
<p>Recommendation 3 is for the NPCC.</p>
<p>Yours sincerely,</p>
<p>Temporary Chief Constable</p>
"""),
    Doc("d-hba-pcc-web", ["html"], super_complaint="honour-based-abuse", authors=["cleveland-pcc"],
        date=["2023-03-08"], responses={"4": ["in_progress"]}, classes=["pcc-site", "subject-only"],
        style=Style(site="pcc", site_name="Cleveland Police and Crime Commissioner",
                    page_title="Honour-based abuse: Commissioner's response"),
        body="""
<h1>Sexual abuse victims at risk of honour-based abuse: the Commissioner's response</h1>
<p>8 March 2023</p>
<p>The report on the Tees Valley Inclusion Project's super-complaint asks commissioners to make sure their
consultations before commissioning victims' services are fully inclusive (recommendation 4).</p>
<p>Recommendation 4: the Commissioner's office is rewriting its consultation plan with ethnic minority community groups,
and the new plan will be used for the 2023-24 commissioning round.</p>
"""),
    Doc("d-hba-npcc-statement", ["html"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2022-12-16"], responses={}, optional=["1", "2", "3"], classes=["national-author", "news-date"],
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="NPCC reacts to super-complaint on honour-based abuse"),
        body="""
<h1>NPCC reacts to super-complaint on response to ethnic minority sex abuse victims at risk of honour-based abuse</h1>
<p>16 December 2022</p>
<p>The NPCC lead for honour-based abuse said: "We accept the recommendations for policing and will work with forces
to put them into practice."</p>
<p>Ends. Contact the NPCC press office.</p>
"""),
    # ---------------------------------------------------------------- stop and search
    Doc("d-ss-durham-table", ["html", "docx"], super_complaint="stop-and-search", authors=["durham-constabulary"],
        date=["2024-04-22"], responses={"1": ["complete"], "2": ["in_progress"], "4": ["complete"],
                                        "5": ["in_progress"], "6": ["awaiting_national"], "7": ["in_progress"]},
        classes=["table", "status-column"],
        style=Style(site="force", site_name="Durham Constabulary",
                    page_title="Response to the Criminal Justice Alliance super-complaint | Durham Constabulary"),
        body="""
<h1>Durham Constabulary: response to the Criminal Justice Alliance super-complaint</h1>
<p>Updated 22 April 2024</p>
<p>The super-complaint concerned section 60 of the Criminal Justice and Public Order Act 1994 and the independent
community scrutiny of stop and search.</p>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Status</th></tr>
<tr><td>1</td><td>Section 60 authorisations reviewed by a chief officer.</td><td>Complete</td></tr>
<tr><td>2</td><td>Child safeguarding referrals after searches.</td><td>Ongoing</td></tr>
<tr><td>4</td><td>Data on section 60 searches published monthly.</td><td>Complete</td></tr>
<tr><td>5</td><td>Community scrutiny panel to review body-worn video.</td><td>Ongoing</td></tr>
<tr><td>6</td><td>Awaiting College of Policing revision of stop and search guidance.</td><td>Pending</td></tr>
<tr><td>7</td><td>Communication with communities after section 60 authorisations.</td><td>In progress</td></tr>
</table>
"""),
    Doc("d-ss-npcc-pdf", ["pdf"], super_complaint="stop-and-search", authors=["npcc"], date=["2024-05-20"],
        responses={"9": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["national-author", "letter"], style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">National Police Chiefs' Council</div>
<p>20 May 2024</p>
<p>Dear HM Inspector,</p>
<p><strong>Section 60 super-complaint: NPCC response to recommendation 9</strong></p>
<p>The NPCC accepts recommendation 9. Our stop and search working group is drafting national guidance on the
authorisation of section 60 powers, which will be consulted on in the summer.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Stop and Search</p>
"""),
    Doc("d-ss-home-office", ["html"], super_complaint="stop-and-search", authors=["home-office"],
        date=["2024-05-28"], responses={"10": {"progress": ["not_stated", "complete"], "position": ["not_accepted"]}},
        classes=["national-author", "explicit-position"],
        style=Style(site="govuk", page_title="Home Office response to the CJA super-complaint - GOV.UK"),
        body="""
<h1>Home Office response to the super-complaint on section 60 stop and search</h1>
<p>Published 28 May 2024</p>
<h2>Recommendation 10</h2>
<p>The government does not accept this recommendation. Section 60 remains an important power for preventing serious
violence, and the existing safeguards are sufficient.</p>
"""),
    Doc("d-ss-pcc-panel-md", ["markdown"], super_complaint="stop-and-search", authors=["avon-and-somerset-pcc"],
        date=["2024-03-11"], responses={"8": {"progress": ["complete"], "position": ["accepted"]}},
        classes=["explicit-position", "pcc"],
        body="""
<h1>Avon and Somerset PCC: response to recommendation 8</h1>
<p>11 March 2024</p>
<p>Recommendation 8 of the report on the Criminal Justice Alliance's super-complaint asks commissioners to make sure
that independent community scrutiny of stop and search is effective.</p>
<p><strong>Position:</strong> Accepted.</p>
<p><strong>Progress:</strong> Complete. Our Scrutiny of Police Powers Panel already reviews section 60 authorisations and
a random sample of searches every month, and its reports are published.</p>
"""),
    # ---------------------------------------------------------------- stalking
    Doc("d-st-pcc-web", ["html", "text"], super_complaint="stalking", authors=["hertfordshire-pcc"],
        date=["2024-11-25"], responses={"15": ["complete"], "16": ["in_progress"], "25": ["awaiting_national"]},
        classes=["pcc-site", "quoted-text", "implied-status"],
        style=Style(site="pcc", site_name="Hertfordshire Police and Crime Commissioner",
                    page_title="Stalking super-complaint: Commissioner's response"),
        body=f"""
<h1>Stalking super-complaint: Commissioner's response</h1>
<p>25 November 2024</p>
<p>The Commissioner has responded to the recommendations for police and crime commissioners in the report on the
Suzy Lamplugh Trust's super-complaint.</p>
<h2>Recommendation 15</h2>
<p>Hertfordshire's stalking advocacy service was recommissioned in April 2024 with three independent stalking
advocacy caseworkers. The Commissioner is satisfied that it meets the need.</p>
<h2>Recommendation 16</h2>
<p>"{ST_16}"</p>
<p>A joint review with the Constabulary has begun and will report in February 2025.</p>
<h2>Recommendation 25</h2>
<p>This depends on national guidance from the College of Policing on multi-agency stalking intervention programmes,
which we are waiting for.</p>
"""),
    Doc("d-st-force-letter", ["docx"], super_complaint="stalking", authors=["nottinghamshire-police"],
        date=["2024-11-19"], responses={"7": ["in_progress"], "10": ["in_progress"], "13": ["complete"]},
        classes=["letter", "deadline-dates"], style=Style(docx_letterhead_in_header=True),
        body="""
<div class="letterhead">Nottinghamshire Police<br>Sherwood Lodge, Arnold, Nottingham NG5 8PP</div>
<p>19 November 2024</p>
<p>Dear Assistant Chief Constable,</p>
<p>Stalking super-complaint: Nottinghamshire Police action plan</p>
<p>Recommendation 7 must be met by 27 March 2025. We have asked our supplier for the change to our crime recording
system and expect it in February.</p>
<p>Recommendation 10 must also be met by 27 March 2025. The review of our stalking training has begun.</p>
<p>Recommendation 13 is complete: every stalking case is now reviewed by a specialist within 24 hours.</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
"""),
    Doc("d-st-apcc-summary", ["html"], super_complaint="stalking", authors=["apcc"], date=["2025-01-08"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]}, "27": ["complete"]},
        classes=["national-author", "govuk-page", "collation"],
        style=Style(site="govuk", page_title="APCC summary response: super-complaint on stalking - GOV.UK"),
        body="""
<h1>APCC summary response: super-complaint on the police response to stalking</h1>
<p>Published 8 January 2025</p>
<p>From: Association of Police and Crime Commissioners</p>
<p>The APCC agreed to respond on behalf of all police and crime commissioners, as recommendation 27 asks, and this is
that response.</p>
<h2>Recommendation 15</h2>
<p>All 43 PCCs have accepted recommendation 15. They are reviewing the specialist services they commission for
stalking victims, and many are extending independent stalking advocacy.</p>
"""),
    Doc("d-st-npcc-progress", ["pdf"], super_complaint="stalking", authors=["npcc"], date=["2025-08-01"],
        responses={"7": ["in_progress"], "10": ["complete"], "14": ["in_progress"]},
        classes=["national-author", "counts", "pdf-table"], style=Style(pdf_ruled=True),
        body="""
<h1>NPCC report on the progress made by police forces on the stalking super-complaint</h1>
<p>1 August 2025</p>
<table>
<tr><th>Recommendation</th><th>Forces reporting completion</th><th>Overall status</th></tr>
<tr><td>7</td><td>31 of 43</td><td>In progress</td></tr>
<tr><td>10</td><td>43 of 43</td><td>Complete</td></tr>
<tr><td>14</td><td>35 of 43</td><td>In progress</td></tr>
</table>
"""),
    Doc("d-st-update-md", ["markdown"], super_complaint="stalking", authors=["west-mercia-police"], date=["2025-03-27"],
        responses={"7": ["in_progress"], "10": ["complete"], "11": ["complete"]},
        classes=["table", "dated-updates"],
        body="""
<h1>West Mercia Police stalking action plan: six-month update</h1>
<p>As at 27 March 2025</p>
<table>
<tr><th>Recommendation</th><th>Update (March 2025)</th><th>Status</th></tr>
<tr><td>7</td><td>Records system change ordered; interim weekly searches in place.</td><td>Amber</td></tr>
<tr><td>10</td><td>Stalking training refreshed and delivered.</td><td>Green</td></tr>
<tr><td>11</td><td>Stalking lead and champions in place.</td><td>Green</td></tr>
</table>
"""),
    Doc("d-st-joint-web", ["html"], super_complaint="stalking", authors=["lincolnshire-police", "lincolnshire-pcc"],
        date=["2024-11-20"], responses={"7": ["in_progress"], "15": ["complete"]},
        classes=["joint", "pcc-inside-force-document"],
        style=Style(site="force", site_name="Lincolnshire Police",
                    page_title="Stalking action plan | Lincolnshire Police"),
        body="""
<h1>Our response to the stalking super-complaint</h1>
<p>20 November 2024</p>
<p>This is the joint response of Lincolnshire Police and the Lincolnshire Police and Crime Commissioner.</p>
<h2>Recommendation 7</h2>
<p>We are changing our crime recording system so that stalking can be recorded as an included classification.</p>
<h2>Recommendation 15</h2>
<p>The Commissioner's review of stalking services was completed in October; an independent stalking advocate service
is already commissioned across the county.</p>
"""),
    Doc("d-s2s-form-fragments-md", ["markdown"], super_complaint="safe-to-share", authors=["cumbria-constabulary"],
        date=["2021-06-25"], responses={"1": ["complete"], "4": ["in_progress"]},
        classes=["form", "html-fragments-in-cells"],
        body="""
<h1>Cumbria Constabulary: super-complaint response form (Safe to share?)</h1>
<p>Submitted 25 June 2021</p>
<table>
<tr><th>Recommendation</th><th>Response</th></tr>
<tr><td>Recommendation 1</td><td>&lt;p&gt;Implemented.&lt;/p&gt;&lt;p&gt;Instruction issued 4 February 2021.&lt;/p&gt;</td></tr>
<tr><td>Recommendation 4</td><td>&lt;ul&gt;&lt;li&gt;Pathway being developed with local partners&lt;/li&gt;&lt;/ul&gt;</td></tr>
</table>
"""),
    Doc("d-s2s-rag-unruled", ["pdf"], super_complaint="safe-to-share", authors=["hertfordshire-constabulary"],
        date=["2021-12-01"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["not_started"]},
        classes=["pdf-unruled", "rag-status"], style=Style(pdf_ruled=False),
        body="""
<h1>Hertfordshire Constabulary</h1>
<p>Safe to share? update for HMICFRS, 1 December 2021</p>
<table>
<tr><th>Recommendation</th><th>Update</th><th>RAG</th></tr>
<tr><td>1</td><td>Implemented through a force policy change in March 2021.</td><td>Green</td></tr>
<tr><td>4</td><td>Pathway with Herts Sunflower being built.</td><td>Amber</td></tr>
<tr><td>5</td><td>Not yet started; planned for 2022.</td><td>Red</td></tr>
</table>
"""),
]
