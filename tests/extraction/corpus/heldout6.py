"""The sixth held-out set: written before any change of its round (round six of issue 10) and scored once,
untuned (ADR 0008 records the figures as "heldout6, first score (untuned)").

Invented like the others, from how such documents are written (no published response was read or copied),
weighted to what the earlier sets had least of and what real sites look like: force and commissioner pages
built on content management systems (a drop-down menu of the site's topics outside <nav>, "Report it" and
"Contact us" panels and a "Was this page useful?" block in the content column, related links that name other
reports, several dates on the page: "Published", "Last reviewed", "Next review"), accordions holding one
recommendation each (Bootstrap buttons, <details>), news items by a national body quoting a commissioner or a
partner, PDFs converted from Word with a cover page and running headers and footers, Word letters whose
letterhead is only a logo's alt text in the page header or a cell of a table, documents answering two reports in
one, recommendation text quoted at length before each answer, updates mixing complete and in-progress parts,
"not applicable to this force", month-only and "Spring 2024"-style dates.

A document answering two reports is scored on the one it answers first and most (the scorer's gold names one
super-complaint); the other report's numbers are optional there, since they share its numbering.
"""
from build import Doc
from render import Style

FORCE_MENU = ["Report", "Report a crime", "Report antisocial behaviour", "Report a road traffic incident",
              "Advice and information", "Domestic abuse", "Stalking and harassment", "Modern slavery and human trafficking",
              "Honour-based abuse and forced marriage", "Hate crime", "Fraud", "Stop and search", "Sexual offences",
              "Contact us", "Ask us a question", "Find a police station", "About us", "Our performance",
              "Publications", "Freedom of information", "Police super-complaints", "Careers", "Become a special"]
PCC_MENU = ["About the Commissioner", "The Police and Crime Plan", "Holding the Chief Constable to account",
            "Scrutiny panels", "Stop and search scrutiny", "Victims' services", "Domestic abuse support",
            "Stalking advocacy", "Commissioned services", "Grants and funding", "Publications", "HMICFRS reports",
            "Decisions", "Get involved", "Consultations", "Contact us", "Complaints about the police"]

DOCS = [
    # --- stalking ----------------------------------------------------------------------------------------------
    Doc("h6-st-kent-pcc-accordion", ["html"], super_complaint="stalking", authors=["kent-pcc"],
        date=["2025-01-14", "2025-06-02"],
        responses={"15": ["complete"], "16": ["in_progress"], "25": ["in_progress"]},
        style=Style(site="pcc", site_name="Kent Police and Crime Commissioner",
                    page_title="Response to the stalking super-complaint | Kent PCC", mega_menu=PCC_MENU, panels=True,
                    related=["Our response to the police perpetrated domestic abuse super-complaint",
                             "HMICFRS: The police response to stalking"],
                    page_dates="<p>Published: 14 January 2025</p><p>Last reviewed: 2 June 2025</p>"
                               "<p>Next review: June 2026</p>"),
        classes=["cms-page", "accordion-buttons", "several-page-dates", "related-links-other-report", "mega-menu"],
        body="""
<h1>Response to the stalking super-complaint</h1>
<p>The Commissioner has considered the inspectorate's report on the Suzy Lamplugh Trust's super-complaint and the
three recommendations it makes to police and crime commissioners.</p>
<div class="accordion" id="recs">
<div class="accordion-item">
<h3 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse">Recommendation 15</button></h3>
<div class="accordion-collapse collapse show"><div class="accordion-body">
<p>The review of commissioned stalking services finished in December. It found that victims in the west of the county
waited longest for an advocate, and a second independent stalking advocate now covers that area.</p>
</div></div></div>
<div class="accordion-item">
<h3 class="accordion-header"><button class="accordion-button collapsed" type="button">Recommendation 16</button></h3>
<div class="accordion-collapse collapse"><div class="accordion-body">
<p>The joint review with Kent Police of how stalking protection orders are applied for has begun; the first findings
go to the Commissioner's performance meeting in July.</p>
</div></div></div>
<div class="accordion-item">
<h3 class="accordion-header"><button class="accordion-button collapsed" type="button">Recommendation 25</button></h3>
<div class="accordion-collapse collapse"><div class="accordion-body">
<p>Information for victims about what to expect from the police is being rewritten with survivors and will be on
both websites by the autumn.</p>
</div></div></div>
</div>
"""),
    Doc("h6-st-hampshire-details", ["html"], super_complaint="stalking",
        authors=["hampshire-and-isle-of-wight-constabulary"], date=["2025-03-27"],
        responses={"7": ["complete"], "10": ["in_progress"], "16": ["in_progress"]}, absent=["8"],
        style=Style(site="force", site_name="Hampshire and Isle of Wight Constabulary",
                    page_title="Stalking action plan | Hampshire and Isle of Wight Constabulary",
                    mega_menu=FORCE_MENU, panels=True,
                    page_dates="<p>Page updated: 27 March 2025</p>"),
        classes=["cms-page", "accordion-details", "mixed-parts", "not-applicable", "mega-menu"],
        body="""
<h1>Stalking action plan</h1>
<p>In September 2024 the inspectorate published its report on the police response to stalking. Chief constables
were asked to publish an action plan within 56 days. This is ours, updated with our progress.</p>
<details open>
<summary>Recommendation 7: crime recording</summary>
<p>7.1 Our crime recording system now lets officers record stalking alongside any other offence. Complete.</p>
<p>7.2 Searching for linked stalking crimes is available to all investigators. Complete.</p>
</details>
<details>
<summary>Recommendation 8</summary>
<p>Not applicable to this force.</p>
</details>
<details>
<summary>Recommendation 10: training</summary>
<p>10.1 The stalking module has been added to the initial learning of all new officers. Complete.</p>
<p>10.2 Refresher training for public protection teams is under way; about half have attended so far.</p>
</details>
<details>
<summary>Recommendation 16: working with the Commissioner</summary>
<p>We are reviewing with the Office of the Police and Crime Commissioner how victims are referred to advocacy services.
The review is due to finish in the summer.</p>
</details>
"""),
    Doc("h6-st-lincs-docx-table-letterhead", ["docx"], super_complaint="stalking", authors=["lincolnshire-police"],
        date=["2024-11"], responses={"7": ["complete"], "10": ["in_progress"], "16": ["not_started"]},
        style=Style(docx_letterhead="table"),
        classes=["letterhead-in-table", "month-date", "mixed-parts", "future-plan"],
        body="""
<div class="letterhead">Lincolnshire Police<br>Police Headquarters, Deepdale Lane, Nettleham, Lincoln LN2 2LT</div>
<p>November 2024</p>
<h2>Action plan: the police response to stalking</h2>
<p>This plan sets out what we will do about each recommendation made to chief constables.</p>
<h3>Recommendation 7</h3>
<p>Our records system was changed in October so that stalking can be recorded with other crimes. This
recommendation has been implemented.</p>
<h3>Recommendation 10</h3>
<p>The training needs analysis is complete. Face-to-face sessions for investigators are being delivered now and
will end in February; the e-learning for call handlers has not yet been written.</p>
<h3>Recommendation 16</h3>
<p>A joint review with the Commissioner's office will start in January 2025, once the new victims' services
contract has been awarded.</p>
"""),
    Doc("h6-st-cps-docx-logo", ["docx"], super_complaint="stalking", authors=["cps"], date=["2025-01"],
        responses={"23": {"progress": ["in_progress"], "position": ["accepted"]},
                   "24": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(docx_letterhead="header_image"),
        classes=["letterhead-only-as-logo-alt-text", "month-date", "national-author-in-letterhead"],
        body="""
<div class="letterhead">Crown Prosecution Service<br>102 Petty France, London SW1H 9EA</div>
<p>January 2025</p>
<p>Dear HM Inspector,</p>
<p>The police response to stalking: our response to recommendations 23 and 24</p>
<p>We accept both recommendations made to us.</p>
<p>Recommendation 23. Our legal guidance on stalking and harassment is being revised with the National Stalking
Consortium; a draft goes out for consultation in the spring.</p>
<p>Recommendation 24. Every area now has a named stalking lead prosecutor, and the list has been shared with forces.</p>
<p>Yours sincerely,</p>
<p>Director of Legal Services</p>
"""),
    Doc("h6-st-npcc-pdf-cover", ["pdf"], super_complaint="stalking", authors=["npcc"], date=["2025-08"],
        responses={"7": ["complete"], "10": ["in_progress"], "25": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL",
                    pdf_footer="NPCC progress report - stalking super-complaint",
                    pdf_cover="<h1>National Police Chiefs' Council</h1><h2>Progress made by police forces to act on the "
                              "recommendations of the stalking super-complaint</h2><p>August 2025</p>"
                              "<p>Version 1.0</p>"),
        classes=["pdf-cover", "national-author-on-cover", "running-footer", "ruled-table", "month-date"],
        body="""
<h2>Introduction</h2>
<p>Forces sent us their six-month updates in March 2025. This report brings them together for the recommendations
made to chief constables, which were due by 27 March 2025.</p>
<table>
<tr><th>Recommendation</th><th>National position</th><th>Progress across forces</th></tr>
<tr><td>7</td><td>All 43 forces can now record stalking alongside other offences.</td><td>Complete</td></tr>
<tr><td>10</td><td>Training has been reviewed in every force; 31 forces have finished delivering it.</td>
<td>In progress</td></tr>
<tr><td>25</td><td>Forces and commissioners are agreeing the wording of information for victims.</td>
<td>In progress</td></tr>
</table>
"""),
    Doc("h6-st-suffolk-pdf-running", ["pdf"], super_complaint="stalking", authors=["suffolk-constabulary"],
        date=["2025-03"], responses={"7": ["complete"], "10": ["in_progress"], "25": ["not_started"]},
        style=Style(pdf_ruled=False, pdf_header="Suffolk Constabulary | Stalking action plan | OFFICIAL",
                    pdf_footer="Version 3 - reviewed quarterly"),
        classes=["running-header", "running-footer", "future-plan", "month-date"],
        body="""
<h1>Stalking super-complaint: action plan update</h1>
<p>Update: March 2025</p>
<p>The inspectorate's report was published on 27 September 2024. Most recommendations were due by 27 March 2025.</p>
<h2>Recommendation 7</h2>
<p>Done. Stalking flags can be added to any crime record and searched.</p>
<h2>Recommendation 10</h2>
<p>Around 80 per cent of frontline officers have completed the stalking course; the remainder are booked on it.</p>
<h2>Recommendation 25</h2>
<p>We will agree the information given to victims with the Commissioner in the autumn of 2025.</p>
"""),

    # --- safe to share -------------------------------------------------------------------------------------------
    Doc("h6-s2s-wiltshire-pcc-quoted", ["html"], super_complaint="safe-to-share", authors=["wiltshire-pcc"],
        date=["2021-06-15"], responses={"5": ["in_progress"], "6": ["complete"]},
        style=Style(site="pcc", site_name="Police and Crime Commissioner for Wiltshire and Swindon",
                    page_title="Safe to share? Commissioner's response | Wiltshire PCC", mega_menu=PCC_MENU,
                    panels=True, related=["Stop and search scrutiny panel", "The hidden victims: our response"]),
        classes=["cms-page", "quoted-text-at-length", "mega-menu", "related-links-other-report"],
        body="""
<h1>Safe to share? The Commissioner's response</h1>
<p>Published 15 June 2021</p>
<p>Two of the report's recommendations are for police and crime commissioners. Each is set out below in full,
followed by my response.</p>
<h2>Recommendation 5</h2>
<p><em>"With reference to recommendation 1, pending the developments outlined in other recommendations, and in
consultation/collaboration with local or national specialist organisations, chief constables and police and crime
commissioners should work together to ensure that victims with insecure or uncertain immigration status are
informed that they can report crimes to the police safely, and should consider including this within their
communications plans."</em></p>
<p>My response: my office and Wiltshire Police are preparing a joint campaign with the local migrant support
network. The leaflets are being translated into six languages and will be distributed over the summer.</p>
<h2>Recommendation 6</h2>
<p><em>"Police and crime commissioners should conduct an assessment of local access to specialist victim support
organisations or networks and take any necessary steps to build up such networks where they are lacking, in
consultation with specialist organisations and victims."</em></p>
<p>My response: the assessment was completed in April. Access was good in Swindon but poor in the rural west, so I
have funded an outreach worker there from this year's victims' grant.</p>
"""),
    Doc("h6-s2s-gmp-update", ["html", "pdf"], super_complaint="safe-to-share",
        authors=["greater-manchester-police"], date=["2021-11-30", "2021-12-10"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]}, optional=["8"],
        style=Style(site="force", site_name="Greater Manchester Police", pdf_ruled=True,
                    pdf_header="Greater Manchester Police",
                    page_title="Immigration status super-complaint: our update | GMP", mega_menu=FORCE_MENU,
                    panels=True,
                    page_dates="<p>Published: 10 December 2021</p><p>Last reviewed: 10 December 2021</p>"
                               "<p>Next review: December 2022</p>"),
        classes=["cms-page", "mixed-parts", "several-page-dates", "table", "mega-menu"],
        body="""
<h1>Policing and immigration status: our update to the inspectorate</h1>
<p>Position as at 30 November 2021</p>
<p>In November the inspectorate asked chief constables for an update on recommendations 1, 4 and 5. This is ours.</p>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Status</th></tr>
<tr><td>1</td><td>Officers no longer share victims' details with Immigration Enforcement where they only have
doubts about status; the instruction is in our public protection policy.</td><td>Complete</td></tr>
<tr><td>4a</td><td>Reporting route agreed with two specialist organisations.</td><td>Complete</td></tr>
<tr><td>4b</td><td>Third-party reporting through community groups being piloted in Oldham.</td><td>In progress</td></tr>
<tr><td>5</td><td>Joint messages with the Mayor's office drafted; translation under way.</td><td>In progress</td></tr>
</table>
"""),
    Doc("h6-s2s-dyfed-powys-pcc-docx", ["docx"], super_complaint="safe-to-share", authors=["dyfed-powys-pcc"],
        date=["2021"], responses={"5": ["in_progress"], "6": ["not_started"]},
        style=Style(docx_letterhead="table"),
        classes=["letterhead-in-table", "season-date", "future-plan"],
        body="""
<div class="letterhead">Police and Crime Commissioner for Dyfed-Powys<br>Comisiynydd Heddlu a Throseddu Dyfed-Powys<br>
PO Box 99, Llangunnor, Carmarthen SA31 2PF</div>
<p>Summer 2021</p>
<h2>Response to the super-complaint report on policing and immigration status</h2>
<p>Recommendation 5: Dyfed-Powys Police and my office are working with the regional refugee and asylum seeker
service on bilingual information about reporting crime safely; a first version is with the service for comment.</p>
<p>Recommendation 6: I will commission an assessment of access to specialist support in Spring 2022, when the
current victims' services contracts are reviewed.</p>
"""),

    # --- protective measures -------------------------------------------------------------------------------------
    Doc("h6-pm-durham-pdf-cover", ["pdf"], super_complaint="protective-measures",
        authors=["durham-constabulary"], date=["2022-03"],
        responses={"1": ["in_progress"], "5": ["complete"]}, absent=["7"],
        style=Style(pdf_ruled=False, pdf_header="OFFICIAL",
                    pdf_footer="Durham Constabulary response - police use of protective measures",
                    pdf_cover="<h1>Durham Constabulary</h1><h2>A duty to protect: response to the super-complaint "
                              "report</h2><p>March 2022</p><p>Owner: Head of Safeguarding</p>"),
        classes=["pdf-cover", "running-header", "running-footer", "month-date", "not-applicable"],
        body="""
<h2>Recommendation 1</h2>
<p>The released under investigation review process agreed with the NPCC lead for bail is being introduced across
the force in stages: the north of the county adopted it in February and the south follows in May.</p>
<h2>Recommendation 5</h2>
<p>Our domestic abuse policy was updated in January so that officers consider every protective measure at the
first attendance, and all response officers have been briefed.</p>
<h2>Recommendation 7</h2>
<p>This recommendation is for the Home Office.</p>
"""),
    Doc("h6-pm-home-office-letter-quoted", ["pdf", "text"], super_complaint="protective-measures",
        authors=["home-office"], date=["2022-03-30"],
        responses={"11": {"progress": ["in_progress"], "position": ["accepted"]},
                   "12": {"progress": ["not_started", "not_stated", "awaiting_national"],
                          "position": ["partially_accepted"]}},
        style=Style(pdf_ruled=False, wrap=82),
        classes=["quoted-text-at-length", "national-author-in-signature", "partial-position", "letter"],
        body="""
<p>30 March 2022</p>
<p>Dear HM Chief Inspector,</p>
<p>A duty to protect: police use of protective measures</p>
<p>Thank you for the report. I set out below the recommendations made to the Home Office, each followed by our
response.</p>
<p>Recommendation 11: "The Home Office should, with the Ministry of Justice, review the statutory guidance on
domestic violence protection notices and orders so that officers understand when they should be used, and should
make sure the revised guidance is published within twelve months of this report."</p>
<p>We accept this recommendation. The revised guidance has been drafted with the Ministry of Justice and policing
leads and is now out for consultation.</p>
<p>Recommendation 12: "The Home Office should consider creating a criminal offence of breaching pre-charge bail
conditions in cases involving violence against women and girls."</p>
<p>We accept the aim of this recommendation but not the means: we do not believe a new offence is needed, and we
will consider other ways of enforcing bail conditions when the bail reforms have bedded in.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime and Policing</p>
"""),
    Doc("h6-pm-npcc-several-md", ["markdown"], super_complaint="protective-measures", authors=["npcc"],
        date=["2022-06-07"],
        responses={"1": ["in_progress"], "2": ["awaiting_national"], "6": ["awaiting_national"],
                   "9": ["complete"]},
        classes=["several-at-once", "implied-status", "national-author-in-header"],
        body="""
<h1>National Police Chiefs' Council response: A duty to protect</h1>
<p>7 June 2022</p>
<p>The report made fifteen recommendations, ten of them for chief constables and the NPCC.</p>
<p>Recommendation 1 is being taken forward by every force with the NPCC lead for bail: forces are reviewing all
cases released under investigation for more than six months, and most have finished the first round.</p>
<p>Recommendations 2 and 6 depend on the Home Office's review of pre-charge bail; chiefs will adopt whatever approach
the review settles on and will not change local procedures before then.</p>
<p>Recommendation 9 has been completed: the national briefing product on non-molestation orders was issued to all
forces in April.</p>
"""),
    Doc("h6-two-pm-ms-cheshire", ["markdown", "docx"], super_complaint="protective-measures",
        authors=["cheshire-constabulary"], date=["2021-10-22"],
        responses={"1": ["in_progress"], "4": ["complete"]}, optional=["2", "3"],
        classes=["two-reports-in-one", "section-per-report"],
        body="""
<h1>Cheshire Constabulary: response to two super-complaint reports</h1>
<p>22 October 2021</p>
<p>This paper responds to A duty to protect (police use of protective measures) and to The hidden victims (the
police response to victims of modern slavery).</p>
<h2>A duty to protect</h2>
<h3>Recommendation 1</h3>
<p>A released under investigation review panel now meets monthly; cases older than three months are being worked
through, and about a third have been reviewed.</p>
<h3>Recommendation 4</h3>
<p>Guidance on applying for domestic violence protection orders has been reissued and the legal team now checks
every application. Complete.</p>
<h2>The hidden victims</h2>
<p>Modern slavery investigations are now allocated to the serious and organised crime unit, and every victim
referred to the National Referral Mechanism has a named officer.</p>
"""),

    # --- modern slavery ------------------------------------------------------------------------------------------
    Doc("h6-ms-wmp-pdf-cover", ["pdf"], super_complaint="modern-slavery", authors=["west-midlands-police"],
        date=["2021-07"], responses={"2": ["complete"], "4": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL",
                    pdf_footer="West Midlands Police | modern slavery super-complaint response",
                    pdf_cover="<h1>West Midlands Police</h1><h2>Response to The hidden victims</h2>"
                              "<p>July 2021</p><p>Version 1.0 - approved by the Chief Officer Team</p>"),
        classes=["pdf-cover", "running-header", "running-footer", "month-date", "mixed-parts"],
        body="""
<h2>Background</h2>
<p>The report on Hestia's super-complaint was published on 26 May 2021. Its findings were discussed at the force's
vulnerability board on 9 June.</p>
<table>
<tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>2</td><td>Every modern slavery investigation is now led by a detective in the dedicated team. Complete.</td></tr>
<tr><td>4</td><td>The victim care pathway has been agreed with our partners (complete). Training for first responders
on it is being rolled out (in progress).</td></tr>
</table>
"""),
    Doc("h6-ms-college-news", ["html"], super_complaint="modern-slavery", authors=["college-of-policing"],
        date=["2022-11-14"], responses={},
        style=Style(site="news", site_name="College of Policing",
                    page_title="Modern slavery guidance updated | College of Policing"),
        classes=["news-item", "action-not-recommendation", "no-responses"],
        body="""
<h1>Modern slavery guidance updated</h1>
<p>14 November 2022</p>
<p>We have published revised authorised professional practice on modern slavery, as the super-complaint report
The hidden victims asked us to do.</p>
<p>Our lead for vulnerability said: "Officers told us they wanted clearer advice on identifying victims. The new
guidance gives it."</p>
<p>The guidance was developed with forces, Hestia and survivors over the past year.</p>
"""),

    # --- police perpetrated domestic abuse -----------------------------------------------------------------------
    Doc("h6-ppda-surrey-pcc-logo", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["surrey-pcc"], date=["2022-09-09"], responses={"3": ["complete"]}, absent=["4"],
        style=Style(docx_letterhead="header_image"),
        classes=["letterhead-only-as-logo-alt-text", "letter", "role-words"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Surrey<br>PO Box 412, Guildford GU3 1YJ</div>
<p>9 September 2022</p>
<p>Dear Sir Andy,</p>
<p>Police perpetrated domestic abuse: response to recommendation 3</p>
<p>I accept recommendation 3. The domestic abuse services my office funds have confirmed that they support victims
whose abuser works in policing, and the contracts now say so. Advocates can see such victims away from police
buildings.</p>
<p>Recommendation 4 is for the Home Office.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner</p>
"""),
    Doc("h6-ppda-met-quoted-text", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["metropolitan-police-service"], date=["2022-12"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(wrap=80),
        classes=["quoted-text-at-length", "month-date", "london-commissioner"],
        body="""
<h1>Metropolitan Police Service</h1>
<p>Response to the super-complaint on police perpetrated domestic abuse</p>
<p>December 2022</p>
<h2>Recommendation 1</h2>
<p>As written in the report: "Chief Constables should ensure that both live police perpetrator domestic abuse (PPDA)
cases and those from the last three years are reviewed, to make sure they were dealt with properly, and that any
failings are addressed."</p>
<p>Response: the Commissioner ordered a review of every such case. It has finished: all live cases and those from
the last three years were re-examined, and 14 were referred for further investigation.</p>
<h2>Recommendation 2</h2>
<p>As written in the report: "Chief Constables should ensure that investigations of PPDA allegations are
transferred to a different force or a separate command where there is any conflict of interest."</p>
<p>Response: a protocol with neighbouring forces is being drafted, and in the meantime such cases are allocated to
a command with no link to the officer.</p>
"""),
    Doc("h6-two-ppda-hba-gwent-pcc", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["gwent-pcc"], date=["2023-01-16"], responses={"3": ["in_progress"]}, absent=["4"],
        optional=["1", "2"],
        style=Style(site="pcc", site_name="Police and Crime Commissioner for Gwent",
                    page_title="Super-complaint responses | Gwent PCC", mega_menu=PCC_MENU, panels=True,
                    related=["HMICFRS PEEL inspection: the Commissioner's response"]),
        classes=["two-reports-in-one", "cms-page", "mega-menu"],
        body="""
<h1>Responses to two super-complaint reports</h1>
<p>16 January 2023</p>
<h2>Police perpetrated domestic abuse</h2>
<p>Recommendation 3 asks commissioners to make sure the support services they fund can help victims whose abuser is
a police officer. My office is reviewing each funded service's policy with them; three of the five have already
updated theirs.</p>
<p>Recommendation 4 is for the Home Office.</p>
<h2>Sexual abuse victims at risk of honour-based abuse</h2>
<p>The report asks commissioners to make their consultations before commissioning victims' services fully
inclusive. The next consultation, in the spring, will be designed with local ethnic minority women's groups.</p>
"""),

    # --- honour-based abuse --------------------------------------------------------------------------------------
    Doc("h6-hba-npcc-news-quoting-pcc", ["html"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2024-03-25"], responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        style=Style(site="news", site_name="NPCC News",
                    page_title="Forces make progress on honour-based abuse recommendations | NPCC"),
        classes=["news-item", "national-author-in-header", "quoted-partner-not-author", "other-dates-in-body"],
        body="""
<h1>Forces make progress on honour-based abuse recommendations</h1>
<p>Published: 25 March 2024</p>
<p>An update published today shows the progress forces have made since the super-complaint report of December 2022
on sexual abuse victims at risk of honour-based abuse.</p>
<p>Every force has now amended its sexual offences policy to cover the risk of honour-based abuse, completing
recommendation 1. Cultural awareness training (recommendation 2) has been delivered in 30 forces and is being
arranged in the rest. On recommendation 3, the national data standard for recording protected characteristics is
being revised and will be consulted on this summer.</p>
<p>The NPCC lead for honour-based abuse, Assistant Chief Constable Ruth Ellis, said: "Victims must be able to trust
that we understand the risks they face."</p>
<p>The Police and Crime Commissioner for Cleveland said: "I welcome this update and will keep pressing for progress
in our area."</p>
<p>Ends</p>
"""),
    Doc("h6-hba-west-yorks-mayor-cms", ["html"], super_complaint="honour-based-abuse",
        authors=["west-yorkshire-mayor"], date=["2023-02-20", "2023-09-04"],
        responses={"1": ["in_progress"], "2": ["complete"]}, absent=["3"],
        style=Style(site="pcc", site_name="West Yorkshire Combined Authority",
                    page_title="Deputy Mayor responds to honour-based abuse super-complaint | West Yorkshire Combined "
                               "Authority",
                    mega_menu=["Transport", "Bus services", "Skills", "Business support", "Housing", "Culture",
                               "Policing and crime", "Safer communities", "Victims' services", "Police and Crime Plan",
                               "Stop and search scrutiny", "News", "Contact us"],
                    panels=True,
                    page_dates="<p>Published: 20 February 2023</p><p>Last reviewed: 4 September 2023</p>"
                               "<p>Next review: September 2024</p>"),
        classes=["cms-page", "several-page-dates", "combined-authority", "mega-menu"],
        body="""
<h1>Deputy Mayor for Policing and Crime responds to honour-based abuse super-complaint</h1>
<p>The Deputy Mayor for Policing and Crime has written to the inspectorate about the report on the Tees Valley
Inclusion Project's super-complaint.</p>
<h2>Recommendation 1</h2>
<p>West Yorkshire Police is rewriting its sexual offences policy to include the risk of honour-based abuse; the
Deputy Mayor will review the draft at the next accountability meeting.</p>
<h2>Recommendation 2</h2>
<p>Cultural awareness training for specialist investigators was delivered in January, with sessions led by local
community organisations.</p>
<h2>Recommendation 3</h2>
<p>This recommendation is for the National Police Chiefs' Council.</p>
"""),

    # --- stop and search -----------------------------------------------------------------------------------------
    Doc("h6-ss-apcc-news-quoting-pcc", ["html"], super_complaint="stop-and-search", authors=["apcc"],
        optional_authors=["avon-and-somerset-pcc"], date=["2024-05-13"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="news", site_name="Association of Police and Crime Commissioners",
                    page_title="PCCs respond to stop and search super-complaint | APCC"),
        classes=["news-item", "pcc-as-apcc-lead", "other-dates-in-body"],
        body="""
<h1>PCCs respond to stop and search super-complaint</h1>
<p>13 May 2024</p>
<p>All 43 police and crime commissioners have accepted recommendation 8 of the report on the Criminal Justice
Alliance's super-complaint, published in December 2023.</p>
<p>The APCC's joint lead for race disparity and stop and search, the Police and Crime Commissioner for Avon and
Somerset, said: "Independent community scrutiny of section 60 authorisations is being set up in every area. Most
panels have recruited their members and the first reviews will take place this summer."</p>
<p>Notes to editors</p>
<p>The APCC is the national body supporting police and crime commissioners.</p>
"""),
    Doc("h6-ss-northants-pfcc-spring", ["text"], super_complaint="stop-and-search",
        authors=["northamptonshire-pfcc"], date=["2024"],
        responses={"8": ["in_progress"]},
        style=Style(wrap=76),
        classes=["season-date", "letter"],
        body="""
<div class="letterhead">Northamptonshire Police, Fire and Crime Commissioner<br>Darby House, Darby Close, Wellingborough</div>
<p>Spring 2024</p>
<p>Section 60 and community scrutiny of stop and search</p>
<p>Recommendation 8 asks commissioners to make sure there is independent community scrutiny of section 60 in their
area. The Commissioner's stop and search scrutiny panel has agreed new terms of reference that add section 60
authorisations to its remit, and its members are being trained to review them.</p>
<p>Northamptonshire Police, Fire and Crime Commissioner</p>
"""),
    Doc("h6-ss-essex-police-two-column-md", ["markdown"], super_complaint="stop-and-search",
        authors=["essex-police"], date=["2024-07-12"],
        responses={"1": ["complete"], "2": ["complete"], "3": ["in_progress"], "5": ["not_started"],
                   "7": ["awaiting_national"]},
        classes=["two-column", "future-plan", "implied-status", "last-updated"],
        body="""
<h1>Essex Police: our response to the super-complaint on section 60 and stop and search scrutiny</h1>
<p>Ten recommendations were made, six of them to chief constables.</p>
<table>
<tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>1</td><td>Section 60 authorisations are now signed off by a chief officer and reviewed within 24 hours. This
has been in place since March.</td></tr>
<tr><td>2</td><td>We publish every section 60 authorisation, its area and duration on our website.</td></tr>
<tr><td>3</td><td>Body-worn video footage of searches is being shared with the scrutiny panel; the first two
quarters have been reviewed.</td></tr>
<tr><td>5</td><td>A review of how we explain searches to young people will begin in October.</td></tr>
<tr><td>7</td><td>We will follow the College of Policing's revised guidance once it is published.</td></tr>
</table>
<p>Last updated: 12 July 2024</p>
"""),
    Doc("h6-ss-home-office-govuk", ["html"], super_complaint="stop-and-search", authors=["home-office"],
        date=["2024-05-13", "2024-06-04"],
        responses={"9": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "10": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="govuk", page_title="Home Office response to the stop and search super-complaint - GOV.UK"),
        classes=["national-author-in-header", "not-accepted", "last-updated"],
        body="""
<h1>Home Office response to the stop and search super-complaint</h1>
<p>From: Home Office</p>
<p>Published 13 May 2024</p>
<p>Last updated 4 June 2024</p>
<h2>Recommendation 9</h2>
<p>The government does not accept this recommendation. Section 60 remains a necessary power, and we do not intend to
change the authorisation threshold.</p>
<h2>Recommendation 10</h2>
<p>We accept this recommendation. We are working with the NPCC on a national data standard for recording searches
under section 60, which will be tested with five forces this year.</p>
"""),
]
