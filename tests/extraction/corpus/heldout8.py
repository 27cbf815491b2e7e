"""The eighth held-out set: written at the start of round eight, before any change of that round, by someone
writing as the documents' real authors write rather than to the engine's rules, and scored once untuned (ADR
0008 records the figures as "heldout8, first score (untuned)").

Invented like the others (no published response was read or copied). Weighted to real length and real mess:
full-length letters (references, a summary of the report, context about the force's wider work with dates and
figures from other years, the answers, a sign-off with titles and "cc:" lines naming other bodies); the status
words of real trackers ("Embedded", "Business as usual", "Discharged", "Superseded", "Partially met", "On track",
"Delayed", RAG words, percentage complete) in "Action owner / Target date / Update" tables whose update says
more than the status column and sometimes contradicts it (the gold follows what a careful analyst reads);
progress only implied in narrative ("went live", "is being piloted", "we are scoping", "a task and finish group
has been established", "we have no plans to"); PDFs and text conversions carrying "OFFICIAL" markings, page
numbers mid-text, hyphenation at line ends and footnotes; web pages with several dates and footers naming other
reports and years; bilingual headings; a commissioner and a chief constable signing one letter; a deputy or a
chief of staff signing for the commissioner; a force page whose only name is in the page title.
"""
from build import Doc
from render import Style

FORCE_MENU = ["Report", "Report a crime", "Advice and information", "Stalking and harassment", "Domestic abuse",
              "Modern slavery", "Stop and search", "About us", "Our performance", "Publications",
              "Freedom of information", "Contact us", "Careers"]
PCC_MENU = ["About the Commissioner", "Police and Crime Plan", "Holding the force to account", "Scrutiny panels",
            "Victims' services", "Commissioned services", "Publications", "HMICFRS responses", "Decisions",
            "Get involved", "Contact us"]

DOCS = [
    # --- stalking ----------------------------------------------------------------------------------------------
    Doc("h8-st-kent-joint-letter", ["pdf", "docx"], super_complaint="stalking", authors=["kent-police", "kent-pcc"],
        date=["2025-03-21"],
        responses={"7": ["complete"], "10": ["in_progress"], "15": ["in_progress"], "16": ["in_progress"],
                   "25": ["complete"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL", docx_headings="bold"),
        classes=["full-letter", "joint-signature", "cc-lines", "context-figures-other-years", "implied-status"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Kent<br>Sutton Road<br>Maidstone<br>Kent
ME15 9BZ</div>
<p>Our ref: OPCC/HMI/25/031<br>Your ref: SC-STK-2024</p>
<p>21 March 2025</p>
<p>His Majesty's Chief Inspector of Constabulary<br>HMICFRS<br>Globe House<br>89 Eccleston Square<br>London SW1V
1PN</p>
<p>Dear Sir Andy,</p>
<p><strong>The police response to stalking: report on the Suzy Lamplugh Trust's super-complaint</strong></p>
<p>Thank you for the report published on 27 September 2024 following the investigation by HMICFRS, the College of
Policing and the Independent Office for Police Conduct into the super-complaint made by the Suzy Lamplugh Trust on
behalf of the National Stalking Consortium. We write jointly, as Commissioner and Chief Constable, because several of
the recommendations fall to us both and because we have agreed one plan for Kent and Medway.</p>
<p>The report found that stalking is too often recorded as a lesser offence such as harassment or malicious
communications, that victims are not consistently referred to specialist advocacy, that stalking protection orders
are under-used and that officers and staff do not always recognise the pattern of fixated, obsessive, unwanted and
repeated behaviour. It made recommendations to chief constables, to police and crime commissioners, to the College
of Policing, the National Police Chiefs' Council, the Home Office and others.</p>
<h2>Our wider work</h2>
<p>Stalking has been a priority of the Police and Crime Plan since 2022. In 2022/23 Kent Police recorded 4,112
stalking offences, up from 2,870 in 2020/21, largely because of better recording after the force's own audit in
2021. The charge rate for stalking offences rose from 6.1% in 2021/22 to 9.4% in 2023/24. Twenty-three stalking
protection orders were granted in the year to December 2024, against eight in 2022. The Commissioner's Victims'
Fund has supported the Kent stalking advocacy service since April 2020, and a Multi-Agency Stalking Intervention
Programme pilot ran in Medway from 2019 to 2021.</p>
<p>We set out below how we have responded to each recommendation made to us. Recommendations made only to national
bodies are not addressed here.</p>
<h2>Recommendation 7</h2>
<p><em>By 27 March 2025, where required, seek changes to their crime recording systems so that stalking can be
recorded alongside other offences.</em></p>
<p>The change to the force's crime and intelligence system was specified with the supplier in November and went live
on 3 February 2025. Stalking can now be flagged alongside any other crime on the same occurrence, and the Force Crime
Registrar's audit team has added the flag to its monthly dip-sample.</p>
<h2>Recommendation 10</h2>
<p><em>By 27 March 2025, review and update their learning and training provision on stalking.</em></p>
<p>The review of our learning provision reported in January. A revised two-day course for investigators is being
piloted with the Maidstone and Swale investigation teams; around 140 officers have attended so far and the remaining
investigators will be trained by the end of the calendar year. Call handlers and front counter staff will receive
a new e-learning package, which is being written with the Suzy Lamplugh Trust.</p>
<h2>Recommendation 15</h2>
<p><em>By 27 March 2025, review whether the right specialist services have been commissioned for victims of
stalking.</em></p>
<p>The Commissioner has commissioned an independent needs assessment of services for victims of stalking across Kent
and Medway. Fieldwork has started and the findings will be considered by the Victims' Board in Q3, before the
current advocacy contract is re-let in April 2026.</p>
<h2>Recommendation 16</h2>
<p><em>By 27 March 2025, work together to review how stalking protection orders are used.</em></p>
<p>A task and finish group chaired by the Head of Public Protection has been established with the Commissioner's
office, the Crown Prosecution Service and HM Courts and Tribunals Service. It met for the first time in February and
is mapping every application made since 2021.</p>
<h2>Recommendation 25</h2>
<p><em>Agree with their police and crime commissioner what information victims of stalking are given.</em></p>
<p>This has been done. A joint information leaflet and web page for victims were agreed and published in December
2024; they are given to every victim at the first contact and are available in eight languages.</p>
<p>We will publish this letter on both our websites, and we will report progress to the Police and Crime Panel in
July 2025.</p>
<p>Yours sincerely,</p>
<p>Matthew Scott<br>Police and Crime Commissioner for Kent</p>
<p>Tim Smith QPM<br>Chief Constable, Kent Police</p>
<p>cc: Suzy Lamplugh Trust; College of Policing; National Police Chiefs' Council lead for stalking and harassment;
Kent and Medway Police and Crime Panel; Home Office Public Safety Group</p>
"""),
    Doc("h8-st-merseyside-title-only", ["html"], super_complaint="stalking", authors=["merseyside-police"],
        date=["2025-04-30", "2025-08-12"],
        responses={"7": ["complete"], "10": ["complete"], "16": ["in_progress"]},
        style=Style(site="force", site_name="", page_title="Stalking super-complaint: update | Merseyside Police",
                    mega_menu=FORCE_MENU, panels=True,
                    related=["Police perpetrated domestic abuse super-complaint response (2023)",
                             "Stop and search annual report 2023/24", "HMICFRS PEEL inspection 2021/22"],
                    page_dates="<p>First published 30 April 2025</p><p>Page updated 12 August 2025</p>"),
        classes=["name-only-in-title", "several-page-dates", "footer-other-reports", "business-as-usual"],
        body="""
<h1>Stalking super-complaint: update</h1>
<p>In September 2024 the inspectorate published its report into the police response to stalking. This page sets out
what we have done on the recommendations made to chief constables.</p>
<h2>Recording stalking alongside other crimes (recommendation 7)</h2>
<p>Status: Business as usual. Our crime recording system has allowed a stalking flag on any crime since 2023, when we
changed it after our own review; no further change was required. The flag is checked by the crime registrar.</p>
<h2>Training (recommendation 10)</h2>
<p>Status: Embedded. Stalking is now part of the core investigators' development programme and the refresher has
been given to every public protection officer. The content is reviewed every year.</p>
<h2>Stalking protection orders (recommendation 16)</h2>
<p>Status: Ongoing. We are working with the Commissioner and the courts to understand why applications are refused.
A review of the 2023 and 2024 applications is under way.</p>
<p>If you are being stalked, call 101 or, in an emergency, 999. You can also contact the National Stalking Helpline
on 0808 802 0300.</p>
"""),
    Doc("h8-st-hampshire-pcc-tracker", ["pdf"], super_complaint="stalking", authors=["hampshire-and-isle-of-wight-pcc"],
        date=["2025-07"],
        responses={"15": ["complete"], "16": ["in_progress"], "25": ["in_progress"], "27": ["awaiting_national"]},
        style=Style(pdf_ruled=False, pdf_header="OFFICIAL",
                    pdf_footer="Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        classes=["status-contradicts-update", "unruled-table", "action-owner-columns", "month-date"],
        body="""
<h1>Stalking super-complaint: Commissioner's action tracker</h1>
<p>Position at July 2025. Report to the Commissioner's Accountability Board.</p>
<table>
<tr><th>Rec</th><th>Action owner</th><th>Target date</th><th>Status</th><th>Update</th></tr>
<tr><td>15</td><td>Head of Commissioning</td><td>Mar 2025</td><td>On track</td><td>Review of stalking services
completed and reported to the Board on 12 June. Advocacy capacity increased from 3 to 5 posts from 1 July.</td></tr>
<tr><td>16</td><td>Chief of Staff / Det Supt PPU</td><td>Sep 2025</td><td>Amber</td><td>Joint review of stalking
protection order use has begun; data from the force received in May, analysis under way.</td></tr>
<tr><td>25</td><td>Head of Communications</td><td>Mar 2025</td><td>Complete</td><td>Victim information drafted;
awaiting sign off by the force's legal services before it is printed. Now expected September.</td></tr>
<tr><td>27</td><td>Commissioner</td><td>TBC</td><td>Not started</td><td>Depends on the APCC's national
guidance, which has not yet been issued. No local action possible until then.</td></tr>
</table>
<p>Key: Green = complete; Amber = in progress with risk; Red = not started or off track.</p>
"""),
    Doc("h8-st-norfolk-docx-columns", ["docx", "markdown"], super_complaint="stalking",
        authors=["norfolk-constabulary"], date=["2025-10-01"],
        responses={"7": ["in_progress"], "10": ["in_progress"], "16": ["not_started"], "25": ["complete"]},
        style=Style(docx_headings="styles"),
        classes=["percentage-complete", "several-columns", "delayed"],
        body="""
<h1>Norfolk Constabulary</h1>
<h2>Stalking super-complaint - progress return</h2>
<p>Date of return: 1 October 2025<br>Prepared by: Public Protection Strategic Lead<br>Classification: OFFICIAL</p>
<table>
<tr><th>No.</th><th>Recommendation (summary)</th><th>Lead</th><th>Due</th><th>% complete</th><th>RAG</th>
<th>Commentary</th></tr>
<tr><td>7</td><td>Crime recording changes</td><td>Head of Crime Registry</td><td>27/03/2025</td><td>75%</td>
<td>Amber</td><td>Regional Athena change agreed by all forces in the consortium; release scheduled for November
2025.</td></tr>
<tr><td>10</td><td>Learning and training</td><td>Head of Learning</td><td>27/03/2025</td><td>50%</td><td>Amber</td>
<td>Training needs analysis done. Course content under development.</td></tr>
<tr><td>16</td><td>SPO review</td><td>DCI Safeguarding</td><td>27/03/2025</td><td>0%</td><td>Red</td><td>Delayed.
Work has not started because of the Safeguarding Review; will be picked up in Q4.</td></tr>
<tr><td>25</td><td>Information for victims</td><td>Victim Care</td><td>27/03/2025</td><td>100%</td><td>Green</td>
<td>Information agreed with the PCC and live on both websites since April.</td></tr>
</table>
"""),
    # --- safe to share -------------------------------------------------------------------------------------------
    Doc("h8-s2s-thames-valley-tracker", ["html"], super_complaint="safe-to-share", authors=["thames-valley-police"],
        date=["2022-07-18", "2022-02-03"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "8": ["complete"]},
        style=Style(site="force", site_name="Thames Valley Police",
                    page_title="Safe to share? Our response | Thames Valley Police", mega_menu=FORCE_MENU,
                    related=["Annual report 2020/21", "Stop and search data 2019", "Our response to the 2019 PEEL "
                             "inspection", "Modern slavery statement 2021"],
                    page_dates="<p>Published 3 February 2022</p><p>Updated 18 July 2022</p>"),
        classes=["status-contradicts-update", "action-owner-columns", "footer-other-reports", "several-page-dates"],
        body="""
<h1>Safe to share? Our response</h1>
<p>Published 3 February 2022. Updated 18 July 2022 with the latest position.</p>
<p>In December 2020 HMICFRS and the College of Policing published their report on the super-complaint by Liberty and
Southall Black Sisters about the sharing of victims' immigration status with Immigration Enforcement.</p>
<table>
<tr><th>Recommendation</th><th>Action owner</th><th>Target date</th><th>Status</th><th>Update</th></tr>
<tr><td>Recommendation 1</td><td>ACC Crime</td><td>March 2021</td><td>Complete</td><td>Instruction issued to all
staff in February 2021 that information about victims of domestic abuse is not to be shared with Immigration
Enforcement. Compliance checked in audit, no breaches found.</td></tr>
<tr><td>Recommendation 4</td><td>Head of Public Protection</td><td>June 2022</td><td>Complete</td><td>Local guidance
drafted and consulted on. It goes to the Force Policy Board in September for approval, after which it will be
published.</td></tr>
<tr><td>Recommendation 5</td><td>Head of Corporate Communications</td><td>Ongoing</td><td>Ongoing</td><td>Community
engagement events held in Reading and Slough; a programme for the rest of the area is being planned.</td></tr>
<tr><td>Recommendation 8</td><td>Force Executive</td><td>June 2021</td><td>Closed</td><td>Update provided to HMICFRS
in June 2021.</td></tr>
</table>
"""),
    Doc("h8-s2s-home-office-govuk", ["html"], super_complaint="safe-to-share", authors=["home-office"],
        date=["2021-12-17"],
        responses={"2": {"progress": ["complete"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted", "partially_accepted"]},
                   "7": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(site="govuk", page_title="Home Office response to the Safe to share super-complaint - GOV.UK"),
        classes=["national-body", "govuk-page", "no-plans", "position-not-accepted"],
        body="""
<h1>Home Office response to the police super-complaint on immigration status</h1>
<p>From: Home Office<br>Published 17 December 2021</p>
<h2>Introduction</h2>
<p>This is the government's response to the recommendations made to the Home Office in the report "Safe to share?"
published on 17 December 2020. The government welcomes the report and thanks Liberty and Southall Black Sisters for
raising these issues.</p>
<h2>Recommendation 2</h2>
<p>The Home Office has reviewed the legal framework and policy on information sharing between the police and
Immigration Enforcement for victims of crime. The review concluded in the summer and its findings are set out in the
Review of data sharing published alongside this response.</p>
<h2>Recommendation 3</h2>
<p>We are developing, with the National Police Chiefs' Council, an immigration enforcement migrant victims protocol.
Stakeholders were consulted in the autumn and the protocol is expected to be finalised next year.</p>
<h2>Recommendation 7</h2>
<p>We have considered this recommendation carefully. The government does not intend to introduce a firewall and has
no plans to do so, for the reasons given in the review.</p>
"""),
    Doc("h8-s2s-dyfed-powys-bilingual", ["docx"], super_complaint="safe-to-share", authors=["dyfed-powys-pcc"],
        date=["2021-06-28"],
        responses={"1": ["complete"], "6": ["in_progress"]},
        style=Style(docx_letterhead="header_image"),
        classes=["bilingual-headings", "letterhead-only-as-logo-alt-text", "deputy-signs"],
        body="""
<div class="letterhead">Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner</div>
<p>28 Mehefin 2021 / 28 June 2021</p>
<p>Annwyl Syr / Dear Sir,</p>
<p>Ymateb i'r adroddiad "Diogel i'w rannu?" / Response to the "Safe to share?" report</p>
<h3>Argymhelliad 1 / Recommendation 1</h3>
<p>Mae'r Prif Gwnstabl wedi cadarnhau bod y cyfarwyddyd wedi'i gyhoeddi. The Chief Constable has confirmed to me that
the instruction to officers was issued in March and is in force across the four counties.</p>
<h3>Argymhelliad 6 / Recommendation 6</h3>
<p>Rydym yn asesu'r gwasanaethau cymorth arbenigol. We are scoping an assessment of local access to specialist
support for migrant victims, with the Welsh Government's VAWDASV team; the assessment itself will start in the
autumn.</p>
<p>Yn gywir / Yours faithfully,</p>
<p>Deputy Police and Crime Commissioner, on behalf of the Commissioner<br>Dirprwy Gomisiynydd Heddlu a Throseddu</p>
"""),
    # --- protective measures ------------------------------------------------------------------------------------
    Doc("h8-pm-herts-deputy-letter", ["docx", "text"], super_complaint="protective-measures",
        authors=["hertfordshire-pcc"], optional_authors=["hertfordshire-constabulary"], date=["2021-10-19"],
        responses={"1": ["complete"], "5": ["in_progress"], "9": ["in_progress"]},
        style=Style(docx_letterhead="table", wrap=78),
        classes=["deputy-signs", "full-letter", "context-figures-other-years", "cc-lines"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Hertfordshire<br>Harpenden Road<br>Welwyn
Garden City<br>AL8 6XF</div>
<p>Our ref: DJL/SC/2021/14<br>Your ref: PM-SC-01</p>
<p>19 October 2021</p>
<p>Dear Ms Billingham,</p>
<p>Re: A duty to protect - police use of protective measures in cases involving violence against women and girls</p>
<p>The Commissioner has asked me to respond on his behalf to the report published on 24 August 2021, under section
55 of the Police Reform Act 2002 as amended. The Chief Constable's response is attached as an annex and I have
considered it with the Commissioner.</p>
<p>The report looked at pre-charge bail, released under investigation, domestic violence protection notices and
orders, and non-molestation orders, following the super-complaint by the Centre for Women's Justice. In 2019/20 the
constabulary issued 312 domestic violence protection notices; in 2020/21 the figure was 388. Bail use fell sharply
after the Policing and Crime Act 2017 and has recovered only partly.</p>
<p><strong>Recommendation 1 - released under investigation</strong></p>
<p>The constabulary adopted the NPCC bail lead's process in full last year. Every RUI case is now reviewed by an
inspector at 28 days and the number of RUI cases has fallen from 2,300 in March 2020 to 780 this September.</p>
<p><strong>Recommendation 5 - protective orders</strong></p>
<p>A new domestic abuse protection order team is being set up. Recruitment is under way and the team is expected to
be in place by the spring.</p>
<p><strong>Recommendation 9 - breaches</strong></p>
<p>The Commissioner's office is working with the constabulary and the CPS on a joint protocol for breaches of
non-molestation orders; a first draft will go to the Local Criminal Justice Board in January.</p>
<p>Yours sincerely,</p>
<p>Deputy Police and Crime Commissioner for Hertfordshire<br>for and on behalf of the Police and Crime Commissioner</p>
<p>cc: Chief Constable, Hertfordshire Constabulary; Centre for Women's Justice; Home Office; APCC</p>
"""),
    Doc("h8-pm-npcc-discharged", ["html", "pdf"], super_complaint="protective-measures", authors=["npcc"],
        date=["2023-05-11"],
        responses={"1": ["complete"], "6": ["complete", "not_stated"], "11": ["complete"], "12": ["in_progress"]},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="Protective measures super-complaint: NPCC update | NPCC",
                    related=["NPCC response to the stalking super-complaint (2024)", "Annual report 2022"],
                    page_dates="<p>Published: 11 May 2023</p><p>&copy; NPCC 2025</p>", pdf_header="OFFICIAL"),
        classes=["superseded", "discharged", "national-body", "footer-copyright-year"],
        body="""
<h1>A duty to protect: national update</h1>
<p>11 May 2023</p>
<p>The NPCC lead for bail management and the lead for domestic abuse have reviewed progress against the
recommendations made to chief constables and the NPCC in the 2021 report.</p>
<ul>
<li><strong>Recommendation 1</strong> (released under investigation): Discharged. Guidance issued to all forces in
2022 and replaced by the Police, Crime, Sentencing and Courts Act bail provisions.</li>
<li><strong>Recommendation 6</strong>: Superseded by the introduction of domestic abuse protection orders, which
replace the measures it covered. No further national work.</li>
<li><strong>Recommendation 11</strong>: Embedded in Authorised Professional Practice on bail (updated October 2022).
</li>
<li><strong>Recommendation 12</strong>: Partially met. Data on breaches is now collected from 31 forces; the remaining
forces will report once their systems are changed.</li>
</ul>
"""),
    Doc("h8-pm-essex-news", ["html"], super_complaint="protective-measures", authors=["essex-pfcc"],
        date=["2022-03-08"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(site="news", site_name="Essex Police, Fire and Crime Commissioner",
                    page_title="Commissioner sets out response to protective measures report | Essex PFCC"),
        classes=["news-item", "quote", "implied-status", "other-year-dates"],
        body="""
<h1>Commissioner sets out response to protective measures report</h1>
<p>Posted on 8 March 2022 in News</p>
<p>On International Women's Day the Police, Fire and Crime Commissioner has published his response to last year's
report on the police use of protective measures.</p>
<p>"Since 2016 we have doubled funding for domestic abuse services," he said. "On recommendation 1, the force has
cut the number of suspects released under investigation by more than half since 2020, and every case is now
reviewed. On recommendation 4, Essex Police is piloting a new bail conditions checklist in the south of the county
and we expect to roll it out force-wide this summer."</p>
<p>The full response is available on the publications page.</p>
"""),
    # --- police perpetrated domestic abuse ----------------------------------------------------------------------
    Doc("h8-ppda-surrey-chief-of-staff", ["pdf", "text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["surrey-pcc"], date=["2023-01-24"],
        responses={"1": ["complete"], "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["2"],
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL", wrap=70),
        classes=["chief-of-staff-signs", "footnotes", "official-markings", "hyphenation", "page-numbers-mid-text"],
        body="""
<div class="letterhead">Office of the Police &amp; Crime Commissioner for Surrey<br>PO Box 412<br>Guildford GU3
1YJ</div>
<p>OFFICIAL</p>
<p>24 January 2023</p>
<p>Dear Inspectorate,</p>
<p>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</p>
<p>I write on behalf of the Commissioner, who is on leave, to respond to the report published on 30 June 2022.
The Commissioner has made tackling violence against women and girls the first priority of her Police and
Crime Plan 2021-25<sup>1</sup>, and has been clear that the public must be able to trust that officers who
abuse their partners are dealt with robustly.</p>
<p>Recommendation 1 is for the Chief Constable. The force has told us that its audit of live and recently
closed cases was com- pleted in December, with 61 cases reviewed, and that the findings have gone to the
Professional Standards Department.</p>
<p>Page 2 of 4</p>
<p>Recommendation 2 also falls to the Chief Constable, whose separate response sets out the force's position.</p>
<p>Recommendation 3a</p>
<p>The Commissioner accepts this recommendation. We have asked our commissioned domestic abuse services to
set out how they support victims whose abuser is a police officer, and we are working with a neighbouring
commissioner on a reciprocal arrange- ment so that victims can be supported outside the county if they
prefer. We expect this to be in place by the summer.</p>
<p><sup>1</sup> Surrey Police and Crime Plan 2021-2025, published December 2021.<br><sup>2</sup> HMICFRS,
Police perpetrated domestic abuse, 2022.</p>
<p>Yours faithfully,</p>
<p>Chief of Staff<br>Office of the Police and Crime Commissioner for Surrey<br>on behalf of the Commissioner</p>
"""),
    Doc("h8-ppda-gmp-md-rag", ["markdown"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["greater-manchester-police"], date=["2023-03-31"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["complete"]},
        classes=["rag-words-beside-text", "markdown-export"],
        body="""
<h1>GMP - Police perpetrated domestic abuse super-complaint: action plan</h1>
<p>Last edited 31 March 2023 by Professional Standards Branch</p>
<ol>
<li><strong>Rec 1 - audit of PPDA cases</strong>: GREEN. All 214 live and closed cases audited by the Audit Team;
lessons fed back to supervisors in February.</li>
<li><strong>Rec 2 - investigation by another force or unit</strong>: AMBER. Criteria written; agreement with
Lancashire and Cheshire for cross-force investigation being negotiated.</li>
<li><strong>Rec 3 - support for victims</strong>: GREEN. Independent advocacy for PPDA victims commissioned from a
specialist provider and live since January.</li>
</ol>
"""),
    Doc("h8-ppda-dac-letter", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["domestic-abuse-commissioner"], date=["2022-10-05"],
        responses={"3": ["not_stated", "in_progress"]},
        optional=["1", "2", "4"],
        style=Style(pdf_ruled=True),
        classes=["national-body", "commentary-not-tracking"],
        body="""
<div class="letterhead">Domestic Abuse Commissioner for England and Wales<br>PO Box 78082<br>London SW1P 9WF</div>
<p>5 October 2022</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for sharing the findings of the super-complaint on police perpetrated domestic abuse. I welcome
recommendations 1 and 2, which chief constables must now deliver, and the Home Office's consideration under
recommendation 4.</p>
<p>On recommendation 3, my office is mapping the support available to victims whose abuser is a police officer. We
have written to every PCC and will publish what we find next year.</p>
<p>Yours sincerely,</p>
<p>Domestic Abuse Commissioner</p>
"""),
    # --- honour-based abuse -------------------------------------------------------------------------------------
    Doc("h8-hba-cleveland-full-letter", ["pdf", "text"], super_complaint="honour-based-abuse",
        authors=["cleveland-police"], date=["2023-06-14"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        optional=["3"],
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL-SENSITIVE", pdf_footer="Cleveland Police", wrap=80),
        classes=["full-letter", "context-figures-other-years", "cc-lines", "absent-national"],
        body="""
<div class="letterhead">Cleveland Police<br>Office of the Chief Constable<br>Ash House<br>III Acres<br>Middlesbrough
TS8 9EH</div>
<p>Our ref: CC/HBA/2023/07<br>Your ref: TVIP-SC</p>
<p>14 June 2023</p>
<p>Dear Ms Cook,</p>
<p>Response to the super-complaint by the Tees Valley Inclusion Project</p>
<p>The report published in December 2022 examined how forces respond to victims of sexual abuse from ethnic minority
backgrounds who may also be at risk of honour-based abuse. As the super-complaint was brought by an organisation in
our own area, I have taken a close personal interest in it.</p>
<p>Cleveland Police recorded 96 honour-based abuse incidents in 2021/22, compared with 58 in 2018/19. We have had an
honour-based abuse single point of contact in each district since 2019 and, in 2020, joined the regional forced
marriage working group. Our Community Engagement Team met 41 community organisations in the last year.</p>
<p>Recommendation 1: updating sexual abuse policies. Our Rape and Serious Sexual Offences policy was refreshed last
year and now includes the risk of honour-based abuse, with a prompt in the investigation plan template. Officers
were briefed on the change in March.</p>
<p>Recommendation 2: awareness of different cultures and religions. We are scoping a cultural awareness programme
with the Tees Valley Inclusion Project and two local faith groups. The first sessions for specialist
investigators are planned for the autumn.</p>
<p>Recommendation 3 is for the National Police Chiefs' Council and we look forward to its conclusions.</p>
<p>Yours sincerely,</p>
<p>Mark Webster<br>Chief Constable</p>
<p>cc: Police and Crime Commissioner for Cleveland; Tees Valley Inclusion Project; NPCC lead for honour-based abuse,
forced marriage and female genital mutilation</p>
"""),
    Doc("h8-hba-npcc-closed", ["html"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2024-11-20"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["complete"]},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="Honour-based abuse super-complaint | NPCC",
                    page_dates="<p>Published 20 November 2024</p>",
                    related=["Modern slavery super-complaint (2021)", "Annual report 2023"]),
        classes=["closed", "on-track", "national-body"],
        body="""
<h1>Honour-based abuse super-complaint: where we are</h1>
<p>An update from the NPCC lead for honour-based abuse, forced marriage and female genital mutilation.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Comment</th></tr>
<tr><td>1. Sexual abuse policies</td><td>Closed</td><td>All 43 forces have confirmed their policies now cover the
risk of honour-based abuse.</td></tr>
<tr><td>2. Cultural awareness</td><td>On track</td><td>The College's learning package is out; 28 forces have adopted it
so far.</td></tr>
<tr><td>3. Data standards</td><td>Discharged</td><td>The findings were considered in the national data standards
review, which concluded in March 2024.</td></tr>
</table>
"""),
    # --- stop and search ----------------------------------------------------------------------------------------
    Doc("h8-ss-met-docx-tracker", ["docx", "pdf"], super_complaint="stop-and-search",
        authors=["metropolitan-police-service"], date=["2024-06-28"],
        responses={"1": ["complete"], "2": ["in_progress"], "4": ["in_progress"], "6": ["not_started"],
                   "7": ["complete"]},
        style=Style(docx_headings="bold", pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["action-owner-columns", "partially-met", "delayed", "status-contradicts-update"],
        body="""
<h1>Metropolitan Police Service</h1>
<h2>Section 60 and community scrutiny super-complaint: MPS response and action plan</h2>
<p>Version 1.3, 28 June 2024. Owner: Commander, Met Operations. Previous versions: 1.0 (March 2024), 1.2 (May
2024).</p>
<p>In 2022/23 the MPS made 1,102 section 60 authorisations, down from 1,870 in 2019/20. The proportion of searches
under section 60 that found a weapon was 2.9% in 2023.</p>
<table>
<tr><th>Rec</th><th>Action owner</th><th>Target date</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Commander Met Ops</td><td>31/03/2024</td><td>Delivered</td><td>Authorisation now restricted to
officers of chief superintendent rank and above; policy published in March.</td></tr>
<tr><td>2</td><td>Head of Stop and Search</td><td>30/09/2024</td><td>Partially met</td><td>The data on authorisation
length is collected for 9 of 12 BCUs; remaining BCUs from October.</td></tr>
<tr><td>4</td><td>Digital Communications</td><td>31/05/2024</td><td>Complete</td><td>Web page designed but not yet
live; publication of authorisations within 24 hours will start when the new website launches later this year.</td>
</tr>
<tr><td>6</td><td>Community Engagement</td><td>31/12/2024</td><td>Delayed</td><td>Not yet started. Dependent on
the London-wide scrutiny framework with MOPAC.</td></tr>
<tr><td>7</td><td>Learning and Development</td><td>31/03/2024</td><td>Business as usual</td><td>Section 60 input is in
the stop and search refresher for all frontline officers.</td></tr>
</table>
"""),
    Doc("h8-ss-wy-mayor-scrutiny", ["html"], super_complaint="stop-and-search", authors=["west-yorkshire-mayor"],
        date=["2024-04-15"],
        responses={"8": ["complete"], "9": ["in_progress"]},
        style=Style(site="pcc", site_name="West Yorkshire Combined Authority",
                    page_title="Stop and search scrutiny: our response | West Yorkshire Combined Authority",
                    mega_menu=PCC_MENU, panels=True,
                    page_dates="<p>Published: 15 April 2024</p><p>Review date: April 2025</p>"),
        classes=["mayor-policing-body", "business-as-usual", "implied-status"],
        body="""
<h1>Stop and search community scrutiny: the Mayor's response</h1>
<p>The Mayor of West Yorkshire and the Deputy Mayor for Policing and Crime have considered the report on section 60
and community scrutiny of stop and search.</p>
<h3>Recommendation 8</h3>
<p>Independent scrutiny panels have met in every district since 2021 and now review body-worn video of section 60
searches at every meeting. This is business as usual.</p>
<h3>Recommendation 9</h3>
<p>We will be reviewing the panels' terms of reference in Q3 with young people from the Youth Advisory Group, so that
the panels better reflect the communities most affected.</p>
"""),
    # --- modern slavery -----------------------------------------------------------------------------------------
    Doc("h8-ms-west-mercia-pcc-text", ["text"], super_complaint="modern-slavery", authors=["west-mercia-pcc"],
        date=["2021-09-09"],
        responses={"1": ["in_progress"], "3": ["complete"]},
        style=Style(wrap=64),
        classes=["pdf-conversion", "official-markings", "page-numbers-mid-text", "hyphenation"],
        body="""
<p>OFFICIAL</p>
<p>WEST MERCIA POLICE AND CRIME COMMISSIONER</p>
<p>Response to HMICFRS: The hidden victims</p>
<p>9 September 2021</p>
<p>The Commissioner welcomes the report on Hestia's super-com- plaint and the focus it brings to victims of modern
slavery in West Mercia, where 214 potential victims were referred to the National Referral Mechanism in 2020
compared with 96 in 2017.</p>
<p>Recommendation 1</p>
<p>Work with the Independent Anti-Slavery Commissioner and partners on victim support is continuing. The force's
modern slavery co-ordinator sits on the regional partnership and a victim navigator pilot started in Telford in
July.</p>
<p>OFFICIAL</p>
<p>Page 2 of 3</p>
<p>Recommendation 3</p>
<p>The Commissioner already funds, jointly with the force, a specialist modern slavery support service, which was
re-commissioned in April and has been running since 2019.</p>
<p>OFFICIAL</p>
<p>Page 3 of 3</p>
"""),
    Doc("h8-ms-btp-email", ["text"], super_complaint="modern-slavery", authors=["british-transport-police"],
        date=["2021-08-26"],
        responses={"1": ["not_started"], "2": ["complete"]},
        style=Style(wrap=76),
        classes=["email", "forwarded-thread", "several-dates"],
        body="""
<p>From: Vulnerability and Safeguarding Lead, British Transport Police<br>Sent: Thursday, 26 August 2021 14:02<br>
To: super-complaints@hmicfrs.gov.uk<br>Subject: RE: The hidden victims - request for response (your email of 26 May
2021)</p>
<p>Good afternoon,</p>
<p>Please find our response below, approved by the Deputy Chief Constable.</p>
<p>Rec 1 - we have not yet begun this work. BTP will join the national approach once the Home Office has set it out.
</p>
<p>Rec 2 - done. All modern slavery crimes on the railway are allocated to the Major Crime Team, as they have been
since the restructure in 2020.</p>
<p>Many thanks,</p>
<p>Detective Chief Inspector<br>Vulnerability and Safeguarding<br>British Transport Police</p>
<p>-----Original Message-----<br>From: Super-complaints team<br>Sent: 26 May 2021<br>Subject: The hidden victims -
request for response</p>
"""),
]
