"""The second held-out set: written after the engine was changed in the light of the first held-out score,
and scored once, at the end, to give a figure on documents the engine was never changed for.

Invented like the others, by other authors in other voices, across the seven published reports and every
format, exercising the failure classes of issue 10.
"""
from build import Doc
from render import Style

S2S_4 = ("With reference to recommendation 1, and in consultation/collaboration with local or national specialist "
         "organisations, chief constables should take steps to ensure that all migrant victims and witnesses of crime "
         "are effectively supported through safe reporting pathways to the police and other statutory agencies.")
S2S_1 = ("As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts "
         "about a victim's immigration status, we recommend that they immediately stop sharing information on "
         "domestic abuse victims with Immigration Enforcement.")
S2S_5 = ("Chief constables and police and crime commissioners should take steps, through the appropriate channels, to "
         "promote migrant victims' and witnesses' confidence in reporting crimes to the police through safe reporting "
         "pathways, without fear of prioritised immigration control.")

DOCS = [
    Doc("h2-s2s-pcc-press", ["html"], super_complaint="safe-to-share", authors=["humberside-pcc"], date=["2021-07-05"],
        responses={"6": ["in_progress"]}, optional=["5"],
        style=Style(site="news", site_name="Humberside Police and Crime Commissioner",
                    page_title="Commissioner responds to immigration status report | Humberside PCC"),
        body="""
<h1>Commissioner responds to report on migrant victims</h1>
<p>5 July 2021</p>
<p>Humberside's Police and Crime Commissioner has set out how his office is responding to the inspectorate's
report on Liberty and Southall Black Sisters' super-complaint about immigration status.</p>
<p>"Every victim must be able to come forward," the Commissioner said. "On recommendation 6, my office has begun an
assessment of the specialist support available to migrant victims in each of our four local authority areas,
and I expect its findings in the autumn."</p>
<p>The Commissioner will continue to work with the Chief Constable on promoting confidence in reporting.</p>
"""),
    Doc("h2-s2s-quoted-table", ["docx"], super_complaint="safe-to-share", authors=["north-yorkshire-police"],
        date=["2021-06-14"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
        body=f"""
<p><strong>North Yorkshire Police</strong></p>
<p>Response to recommendations for chief constables, 14 June 2021</p>
<table>
<tr><th>Recommendation</th><th>Action taken</th><th>Status</th></tr>
<tr><td>{S2S_1}</td><td>Officers instructed in January 2021; policy revised.</td><td>Complete</td></tr>
<tr><td>{S2S_4}</td><td>Referral route with IDAS and local refugee groups in development.</td><td>In progress</td></tr>
<tr><td>{S2S_5}</td><td>Messaging held until the national protocol is agreed.</td><td>Awaiting national guidance</td></tr>
</table>
"""),
    Doc("h2-s2s-rec-headings-md", ["markdown", "pdf"], super_complaint="safe-to-share", authors=["leicestershire-police"],
        date=["2021-12-03"], responses={"1": ["complete"], "4": ["complete", "in_progress"], "5": ["in_progress"]},
        optional=["8"], style=Style(pdf_ruled=False),
        body="""
<h1>Leicestershire Police: update on the Safe to share? recommendations</h1>
<p>Date: 3 December 2021</p>
<h2>Rec 1</h2>
<p>No referrals of domestic abuse victims with uncertain status have been made since the instruction of January.
This has been checked each quarter by the Public Protection Unit.</p>
<h2>Rec 4</h2>
<p>The safe reporting pathway agreed with Leicester's migrant support charities went live in October.</p>
<h2>Rec 5</h2>
<p>Community engagement events are taking place across the city this winter.</p>
"""),
    Doc("h2-pm-npcc-letter", ["pdf", "text"], super_complaint="protective-measures", authors=["npcc"],
        date=["2022-09-12"], responses={"1": ["in_progress"], "5": ["complete"]}, style=Style(pdf_ruled=False, wrap=80),
        body="""
<div class="letterhead">National Police Chiefs' Council</div>
<p>12 September 2022</p>
<p>Dear Sir Thomas,</p>
<p><strong>Police use of protective measures: progress on recommendations 1 and 5</strong></p>
<p>In respect of recommendation 1, thirty forces have now adopted the revised framework for released under
investigation cases, and the remaining forces are expected to do so by December.</p>
<p>As regards recommendation 5, the guidance on domestic violence protection notices was revised with the
College of Policing and issued to all forces in June.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Domestic Abuse</p>
"""),
    Doc("h2-pm-force-bold", ["html"], super_complaint="protective-measures", authors=["merseyside-police"],
        date=["2022-05-30"], responses={"2": ["complete"], "4": ["in_progress"], "11": ["awaiting_national"]},
        style=Style(site="force", site_name="Merseyside Police",
                    page_title="Protective measures super-complaint | Merseyside Police"),
        body="""
<h1>How we are responding to the protective measures super-complaint</h1>
<p><strong>Recommendation 2</strong></p>
<p>All domestic abuse suspects released under investigation are now reviewed at 28 days by a bail manager.</p>
<p><strong>Recommendation 4</strong></p>
<p>We are auditing our use of domestic violence protection notices and will publish the results in the summer.</p>
<p><strong>Recommendation 11</strong></p>
<p>Improving how we are told about non-molestation orders relies on the courts' national systems, so we are waiting
for the Ministry of Justice to act.</p>
<p>Last reviewed: 30 May 2022</p>
"""),
    Doc("h2-ms-home-office-letter", ["text"], super_complaint="modern-slavery", authors=["home-office"],
        date=["2021-10-21"], responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(wrap=84),
        body="""
<div class="letterhead">Home Office<br>Safeguarding Minister</div>
<p>21 October 2021</p>
<p>Dear Sir Thomas,</p>
<p>The hidden victims: police response to victims of modern slavery</p>
<p>I am writing about the recommendation the report makes to the Home Office. We accept recommendation 1. We have
commissioned independent research into victims' experience of the police and immigration response, and the first
findings are due in the spring.</p>
<p>Action 1 is for the College of Policing and action 2 for HMICFRS; they will reply directly.</p>
<p>Yours sincerely,</p>
<p>Minister for Safeguarding</p>
"""),
    Doc("h2-ms-force-unruled", ["pdf"], super_complaint="modern-slavery", authors=["west-midlands-police"],
        date=["2022-02-08"], responses={"2": ["in_progress"], "3": ["complete"], "4": ["not_started"]},
        style=Style(pdf_ruled=False),
        body="""
<h1>West Midlands Police</h1>
<p>Modern slavery and human trafficking super-complaint: progress, 8 February 2022</p>
<table>
<tr><th>Recommendation</th><th>Progress</th><th>RAG</th></tr>
<tr><td>2</td><td>Training for first responders is being rolled out.</td><td>Amber</td></tr>
<tr><td>3</td><td>Specialist investigation teams established in every local policing area.</td><td>Green</td></tr>
<tr><td>4</td><td>Review of victim support needs not yet begun.</td><td>Red</td></tr>
</table>
"""),
    Doc("h2-ppda-word-numbers", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["staffordshire-police"], date=["2022-12-16"], responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["4"], style=Style(docx_headings="bold"),
        body="""
<h1>Staffordshire Police: response to the police perpetrated domestic abuse super-complaint</h1>
<p>16 December 2022</p>
<h2>Recommendation one</h2>
<p>The audit of all live and recently closed cases has been finished and reported to the College of Policing.</p>
<h2>Recommendation two</h2>
<p>We are setting up a dedicated team so that no officer investigates a colleague from the same command.</p>
<p>Recommendation four is for the Home Office.</p>
"""),
    Doc("h2-ppda-apcc-web", ["html"], super_complaint="police-perpetrated-domestic-abuse", authors=["apcc"],
        date=["2022-10-27"], responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="PCCs accept police perpetrated domestic abuse recommendation | APCC"),
        body="""
<h1>Commissioners accept recommendation on support for victims of police perpetrated domestic abuse</h1>
<p>27 October 2022</p>
<p>All police and crime commissioners have accepted recommendation 3a of the report on the Centre for Women's
Justice super-complaint, and are reviewing the domestic abuse services they commission.</p>
<p>The APCC's joint lead for victims, the Police and Crime Commissioner for Cumbria, said: "Victims abused by a
police officer must have support they can trust."</p>
"""),
    Doc("h2-hba-two-in-one", ["text", "html"], super_complaint="honour-based-abuse", authors=["lancashire-constabulary"],
        date=["2023-04-04"], responses={"1": ["complete"], "2": ["complete", "in_progress"]}, absent=["3"],
        style=Style(wrap=86, site="force", site_name="Lancashire Constabulary",
                    page_title="Honour-based abuse super-complaint | Lancashire Constabulary"),
        body="""
<h1>Lancashire Constabulary: honour-based abuse super-complaint response</h1>
<p>Published 4 April 2023</p>
<p>Recommendations 1 and 2 fall to chief constables, and we have acted on both: our sexual abuse policy now
covers the risk of honour-based abuse, and every district has a community profile and a cultural awareness
briefing for officers, prepared with local community groups.</p>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
"""),
    Doc("h2-hba-npcc-ruled", ["pdf"], super_complaint="honour-based-abuse", authors=["npcc"], date=["2024-01-15"],
        responses={"1": ["in_progress"], "2": ["in_progress"], "3": ["complete"]}, style=Style(pdf_ruled=True),
        body="""
<h1>National Police Chiefs' Council</h1>
<p>Tees Valley Inclusion Project super-complaint: national position, 15 January 2024</p>
<table>
<tr><th>Recommendation</th><th>National position</th><th>Status</th></tr>
<tr><td>1</td><td>Thirty-six forces have updated their sexual abuse policies.</td><td>Ongoing</td></tr>
<tr><td>2</td><td>Community information work continues in most forces.</td><td>Ongoing</td></tr>
<tr><td>3</td><td>Data standards revised.</td><td>Complete</td></tr>
</table>
"""),
    Doc("h2-ss-pcc-md", ["markdown"], super_complaint="stop-and-search", authors=["northamptonshire-pfcc"],
        date=["2024-04-09"], responses={"8": {"progress": ["complete"], "position": ["accepted"]}},
        body="""
<h1>Northamptonshire Police, Fire and Crime Commissioner: section 60 super-complaint</h1>
<p>9 April 2024</p>
<h2>Recommendation 8</h2>
<p>Accepted – complete. The Commissioner's independent scrutiny panel has reviewed every section 60 authorisation
since 2022 and publishes its findings each quarter.</p>
"""),
    Doc("h2-ss-force-rag-docx", ["docx"], super_complaint="stop-and-search", authors=["cambridgeshire-constabulary"],
        date=["2024-06-03"], responses={"1": ["complete"], "2": ["in_progress"], "4": ["complete"],
                                        "6": ["in_progress"]},
        body="""
<h1>Cambridgeshire Constabulary: section 60 and community scrutiny</h1>
<p>Update, 3 June 2024</p>
<table>
<tr><th>Rec</th><th>Update</th><th>RAG</th></tr>
<tr><td>1</td><td>Chief officer authorisation in place.</td><td>Green</td></tr>
<tr><td>2</td><td>Safeguarding referrals for children searched being introduced.</td><td>Amber</td></tr>
<tr><td>4</td><td>Monthly data published.</td><td>Green</td></tr>
<tr><td>6</td><td>Scrutiny panel training under way.</td><td>Amber</td></tr>
</table>
"""),
    Doc("h2-st-plan-html", ["html", "pdf"], super_complaint="stalking", authors=["northumbria-police"],
        date=["2025-04", "2025-03"], responses={"7": ["in_progress"], "10": ["complete"], "12": ["awaiting_national"],
                                                "14": ["in_progress"]},
        style=Style(site="force", site_name="Northumbria Police", page_title="Stalking action plan | Northumbria Police",
                    pdf_ruled=True),
        body="""
<h1>Northumbria Police stalking action plan</h1>
<p>Last updated April 2025</p>
<table>
<tr><th>Rec</th><th>Sub</th><th>Owner</th><th>Initial response (November 2024)</th><th>March 2025 update</th></tr>
<tr><td>7</td><td>7.1</td><td>Head of Crime</td><td>Supplier contacted.</td><td>Change in development; due in June.</td></tr>
<tr><td></td><td>7.2</td><td>Head of Intelligence</td><td>Interim searches agreed.</td><td>Weekly searches in place.</td></tr>
<tr><td>10</td><td>10.1</td><td>Learning and Development</td><td>Review started.</td><td>Training delivered to all
investigators.</td></tr>
<tr><td>12</td><td>12.1</td><td>Partnerships</td><td>Not started.</td><td>Waiting for the national intervention
framework.</td></tr>
<tr><td>14</td><td>14.1</td><td>Head of Intelligence</td><td>Process being designed.</td><td>Process agreed with two
neighbouring forces; others to follow.</td></tr>
</table>
"""),
    Doc("h2-st-pcc-ordinals", ["pdf"], super_complaint="stalking", authors=["west-mercia-pcc"], date=["2024-12-10"],
        responses={"15": ["complete"], "16": ["in_progress"]}, style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Office of the West Mercia Police and Crime Commissioner</div>
<p>10 December 2024</p>
<p>Dear HM Inspector,</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint makes recommendations 15 and 16 to police and crime
commissioners. The first asks me to review the specialist services for stalking victims in West Mercia: that
review was completed in November and confirmed that our independent stalking advocates meet current demand. The
second asks me and the Chief Constable to review commissioning together; we began that work this month.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for West Mercia</p>
"""),
    Doc("h2-st-home-office", ["html"], super_complaint="stalking", authors=["home-office"], date=["2025-01-08"],
        responses={"2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="govuk", page_title="Home Office response to the stalking super-complaint - GOV.UK"),
        body="""
<p>Correspondence</p>
<h1>Home Office response to the super-complaint on the police response to stalking</h1>
<p>Published 8 January 2025</p>
<p>From: Home Office</p>
<h2>Recommendation 2</h2>
<p>We accept this recommendation. A review of the stalking legislation has been commissioned and its terms of
reference are being drafted.</p>
<h2>Recommendation 3</h2>
<p>We accept this recommendation. Work to simplify stalking protection orders is under way with the Ministry of
Justice.</p>
"""),
    Doc("h2-st-joint-md", ["markdown"], super_complaint="stalking", authors=["avon-and-somerset-constabulary",
                                                                             "avon-and-somerset-pcc"],
        date=["2024-11-22"], responses={"7": ["in_progress"], "15": ["complete"]},
        body="""
<h1>Joint response of Avon and Somerset Constabulary and the Avon and Somerset Police and Crime Commissioner</h1>
<p>22 November 2024</p>
<h2>Recommendation 7 (Chief Constable)</h2>
<p>Our records system supplier has been asked to add included classifications, and interim searches are run each
week.</p>
<h2>Recommendation 15 (Commissioner)</h2>
<p>The Commissioner reviewed stalking services in the summer; the independent stalking advocacy service already
meets demand.</p>
"""),
    Doc("h2-s2s-welsh-pcc-docx", ["docx"], super_complaint="safe-to-share", authors=["dyfed-powys-pcc"],
        date=["2021-07-19"], responses={"5": ["not_started"], "6": ["complete"]},
        style=Style(docx_letterhead_in_header=True),
        body="""
<div class="letterhead">Comisiynydd Heddlu a Throseddu Dyfed-Powys<br>Dyfed-Powys Police and Crime Commissioner</div>
<p>19 July 2021</p>
<p>Dear Mr Parr,</p>
<p>Safe to share? policing and immigration status</p>
<p><strong>Recommendation 5</strong></p>
<p>Work with the Chief Constable on community messages has not started; we will plan it together in the autumn.</p>
<p><strong>Recommendation 6</strong></p>
<p>My assessment of specialist support was completed in June and found that existing services meet the need.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner</p>
"""),
    Doc("h2-pm-appended", ["text"], super_complaint="protective-measures", authors=["north-wales-police"],
        date=["2022-07-07"], responses={"3": ["complete"], "6": ["in_progress"]}, style=Style(wrap=90),
        body="""
<p>North Wales Police: protective measures super-complaint response</p>
<p>7 July 2022</p>
<h3>Recommendation 3</h3>
<p>Supervisors now review every domestic abuse release under investigation within 28 days. Complete.</p>
<h3>Recommendation 6</h3>
<p>Officers are being trained on the full range of protective measures; half have completed the course.</p>
<h3>Annex: letter from the National Police Chiefs' Council</h3>
<p>Dear Chief Constable, thank you for your update.</p>
<h3>Recommendation 1</h3>
<p>The NPCC's revised bail framework will be issued to all forces in the autumn.</p>
"""),
    Doc("h2-hba-news", ["html"], super_complaint="honour-based-abuse", authors=["west-midlands-police"],
        date=["2022-12-19"], responses={},
        style=Style(site="news", site_name="West Midlands Police",
                    page_title="Force responds to honour-based abuse report | West Midlands Police"),
        body="""
<h1>Force responds to report on honour-based abuse and sexual offences</h1>
<p>Published: 19 December 2022</p>
<p>West Midlands Police has welcomed a report on how the police respond to victims of sexual abuse from ethnic
minority backgrounds who may be at risk of honour-based abuse.</p>
<p>Our lead for public protection said: "We will study the recommendations carefully and publish our response."</p>
"""),
]
