"""The twentieth held-out set: written blind after heldout19 (no engine code, no other set's bodies, no published
response read), for issue 10, in voices heldout19 did not use.

Invented: the APCC's summary response signed by its chief executive, a mayor's office and a force answering in one
page with a section each, a commissioner's scrutiny report quoting the force, the NPCC chair's letter, a Ministry of
Justice letter on its part of a recommendation, the NPCC's statement on the day of publication, a text conversion of
a force tracker with pipes, a commissioner's scrutiny panel minutes, a transport force's Word response, a Home
Office research update on GOV.UK, and a commissioner's decision notice on a CMS page.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h20-st-apcc-summary-response", ["pdf", "docx"], super_complaint="stalking",
        authors=["apcc"], date=["2025-01-08"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]},
                   "16": {"progress": ["in_progress"], "position": ["accepted"]},
                   "25": {"progress": ["not_started"], "position": ["accepted"]},
                   "27": {"progress": ["complete"], "position": ["accepted", "not_stated"]}},
        style=Style(pdf_ruled=True, pdf_footer="Association of Police and Crime Commissioners",
                    pdf_cover="<h1>Super-complaint: the police response to stalking</h1><p>Summary response on behalf "
                              "of police and crime commissioners</p><p>January 2025</p>"),
        classes=["national-body-summary", "chief-executive-signs", "all-pccs-accepted", "recommendation-by-number-mid-sentence"],
        body="""
<p>Date: 8 January 2025</p>
<h2>Introduction</h2>
<p>The report on the Suzy Lamplugh Trust's super-complaint was published on 27 September 2024. As per recommendation
27, the Association of Police and Crime Commissioners agreed to respond on behalf of all police and crime
commissioners and their equivalents, and this document is that response. It draws on returns from every
commissioner's office received in December.</p>
<h2>Summary of commissioners' positions</h2>
<p>All 43 commissioners accepted recommendation 15, on reviewing the specialist services commissioned for stalking
victims by 27 March 2025. Thirty-one have begun that review and the rest will start it this month; nine already
fund independent stalking advocacy caseworkers across the whole of their area.</p>
<p>Recommendations 16 and 25 are also directed to chief constables. Commissioners have accepted both. Joint reviews
with forces under recommendation 16 are under way in most areas. Work on recommendation 25 will begin once the
national stalking data set is agreed; no commissioner has started it yet.</p>
<h2>Next steps</h2>
<p>The APCC will collate commissioners' progress again in April 2025 and publish it.</p>
<p>Chief Executive<br>Association of Police and Crime Commissioners</p>
"""),

    Doc("h20-s2s-mopac-met-joint-page", ["html"], super_complaint="safe-to-share",
        authors=["london-mayor", "metropolitan-police-service"], date=["2021-06-30"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["accepted"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(site="pcc", site_name="Mayor of London - London Assembly",
                    page_title="MOPAC and MPS response: Safe to share? | London City Hall",
                    furniture_words=["Home", "Mayor", "London Assembly", "Policing and crime", "Get involved"],
                    related=["MOPAC response to the stalking super-complaint", "Police and Crime Plan 2022-25"],
                    page_dates="<p>Published: 30 June 2021</p>"),
        classes=["section-per-author", "mayor-as-policing-body", "reported-speech", "joint-response"],
        body="""
<h1>Safe to share? Response from MOPAC and the Metropolitan Police Service</h1>
<p>The Mayor's Office for Policing and Crime (MOPAC) and the Metropolitan Police Service (MPS) have prepared this
joint response to the report on the super-complaint by Liberty and Southall Black Sisters about data sharing with
Immigration Enforcement.</p>
<h2>The Metropolitan Police Service's response</h2>
<p>The MPS accepts recommendations 1, 4 and 5. Since March, officers in London have been instructed not to share
information about a domestic abuse victim with the Home Office where their only concern is the victim's immigration
status; this is in our domestic abuse policy and compliance is audited. On recommendation 4, we are designing a safe
reporting route with the Latin American Women's Rights Service and others, and expect to pilot it in two basic command
units this autumn. On recommendation 5, see below.</p>
<h2>MOPAC's response</h2>
<p>The Deputy Mayor for Policing and Crime accepts recommendations 5 and 6. MOPAC is mapping the support available to
migrant victims across the 32 boroughs as part of its victims' services review, and is working with the MPS on
a London-wide campaign to build confidence in reporting, which will run from September.</p>
<p>Recommendations 2, 3 and 7 are for the Home Office and the NPCC.</p>
"""),

    Doc("h20-pm-gwent-pcc-scrutiny-report", ["docx", "pdf"], super_complaint="protective-measures",
        authors=["gwent-pcc"], optional_authors=["gwent-police"], date=["2022-02-17"],
        responses={"1": ["complete"], "5": ["awaiting_national"], "7": ["in_progress"]},
        style=Style(docx_headings="styles", pdf_ruled=True, pdf_header="OPCC Gwent - Strategy and Performance Board"),
        classes=["pcc-scrutiny-of-force", "reported-speech", "waiting-for-home-office-consultation", "meeting-date"],
        body="""
<h1>Office of the Police and Crime Commissioner for Gwent</h1>
<h2>Strategy and Performance Board - 17 February 2022</h2>
<h3>Agenda item 6: A duty to protect - scrutiny of Gwent Police's response</h3>
<p>1. The Commissioner asked the force in September to report on the recommendations of the super-complaint report
on the police use of protective measures in cases of violence against women and girls. This paper summarises what
the force told the Board and the Commissioner's assessment.</p>
<p>2. Released under investigation (recommendation 1). The force reports that every RUI case is now reviewed at set
intervals in line with the NPCC bail lead's letter, and the number of domestic abuse suspects released under
investigation has fallen by a third. The Commissioner is satisfied that this recommendation has been met.</p>
<p>3. Pre-charge bail conditions (recommendation 5). The force will not change its bail policy until the Home Office
has responded to its consultation on pre-charge bail; it says it will then adopt the national approach.</p>
<p>4. Non-molestation orders (recommendation 7). A process for recording orders served on suspects in Gwent is being
built with the family courts and is expected to go live in the summer.</p>
<p>5. The Board is asked to note the force's progress.</p>
"""),

    Doc("h20-ppda-npcc-chair-letter", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2022-09-05"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["4"],
        style=Style(pdf_ruled=False, pdf_footer="National Police Chiefs' Council - Chair's Office"),
        classes=["chair-letter", "all-forces-accepted", "three-recommendations-for-policing", "footer-author"],
        body="""
<p>5 September 2022</p>
<p>Dear Chief Inspector,</p>
<p>I am writing to confirm policing's response to the report on the Centre for Women's Justice super-complaint,
published on 30 June.</p>
<p>All 43 forces in England and Wales, together with British Transport Police and the Police Service of Northern
Ireland, have accepted the three recommendations made for policing: recommendations 1 and 2 and the part of
recommendation 3 that falls to chief constables. Every force has nominated a chief officer to lead the work, and
forces have begun reviewing their cases and their support for victims. I will write to you again at the end of
the year with an overview of each force's progress.</p>
<p>Recommendation 4 is for the Home Office.</p>
<p>Yours sincerely,</p>
<p>Chair</p>
"""),

    Doc("h20-ppda-moj-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2022-08-15"],
        responses={"3": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(docx_letterhead_in_header=True),
        classes=["government-department-letter", "lettered-part-of-recommendation", "plan-with-future-date"],
        body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>15 August 2022</p>
<p>Dear HM Inspector,</p>
<p>Thank you for sending me the report on the super-complaint about police perpetrated domestic abuse.</p>
<p><strong>Recommendation 3 (b)</strong></p>
<p>We accept the recommendation. Our guidance for independent domestic violence advisers will be revised in 2023,
and the revision will include the specific risks and vulnerabilities of victims whose abuser is a police officer.
We will consult the Centre for Women's Justice and specialist providers when that work begins next spring.</p>
<p>Yours sincerely,</p>
<p>Parliamentary Under-Secretary of State for Justice</p>
"""),

    Doc("h20-hba-npcc-statement-day-one", ["html"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2022-12-16"],
        responses={"1": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
                   "2": {"progress": ["not_stated", "not_started"], "position": ["accepted"]},
                   "3": {"progress": ["not_stated", "not_started"], "position": ["accepted"]}},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="NPCC statement on super-complaint report | NPCC",
                    furniture_words=["Home", "About", "Our work", "News", "Publications", "Contact"],
                    related=["NPCC response to Safe to share?", "VAWG national framework for delivery"],
                    page_dates="<p>16 Dec 2022</p>"),
        classes=["statement-of-acceptance", "lead-quoted", "no-progress-stated", "related-links-other-reports"],
        body="""
<h1>Statement on super-complaint report on honour-based abuse</h1>
<p>Responding to today's report on the super-complaint made by the Tees Valley Inclusion Project, the NPCC lead for
honour-based abuse, forced marriage and female genital mutilation said:</p>
<p>"We welcome this report and accept all three of its recommendations for policing. Victims from ethnic minority
communities who report sexual abuse must have their risk of honour-based abuse recognised from the first contact.
Forces will update their sexual abuse policies, improve their officers' cultural awareness and, nationally, we will
make sure our work on ethnicity data reflects what the report found. We will act on the recommendations and report
on our progress."</p>
<p>ENDS</p>
<p>Contact the NPCC press office: press.office@npcc.police.uk</p>
"""),

    Doc("h20-hba-norfolk-tracker-text", ["text", "docx"], super_complaint="honour-based-abuse",
        authors=["norfolk-constabulary"], date=["2023-11-30"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        absent=["3"],
        style=Style(text_tables="pipes", wrap=80),
        classes=["pipe-table-text", "partially-implemented", "date-in-table", "npcc-rec-marked-not-for-force"],
        body="""
<h1>Norfolk Constabulary - Honour-Based Abuse Super-Complaint Tracker</h1>
<p>Status as at 30/11/2023. Prepared for the Safeguarding Board.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>Status</th><th>Progress note</th></tr>
<tr><td>1</td><td>DCI Safeguarding</td><td>Implemented</td><td>Sexual offences policy reissued 02/10/2023 with an
HBA risk section. Being monitored through monthly audit.</td></tr>
<tr><td>2</td><td>Head of Learning</td><td>Partially implemented</td><td>IAG refreshed; community information packs
drafted with three faith groups; investigator training still to be scheduled.</td></tr>
<tr><td>3</td><td>NPCC</td><td>N/A</td><td>Not a force recommendation.</td></tr>
</table>
"""),

    Doc("h20-sas-north-wales-panel-minutes", ["pdf"], super_complaint="stop-and-search",
        authors=["north-wales-pcc"], date=["2024-04-24"],
        responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_ruled=True, pdf_header="OPCC North Wales | SCCH Gogledd Cymru"),
        classes=["panel-minutes", "commissioner-office-voice", "recommendation-for-commissioners-by-recipient"],
        body="""
<h1>Stop and Search Scrutiny Panel</h1>
<p>Notes of the meeting held on 24 April 2024, Office of the Police and Crime Commissioner for North Wales, St
Asaph</p>
<p>Attendees: Panel Chair; four community members; OPCC Policy and Scrutiny Officer; Inspector, Stop and Search
lead.</p>
<h2>1. The super-complaint report</h2>
<p>The OPCC Policy and Scrutiny Officer explained that the report on the Criminal Justice Alliance super-complaint
made one recommendation to commissioners, on independent community scrutiny, and that the Commissioner had accepted
it in March. The Commissioner has agreed to change the panel's terms of reference so that it reviews section 60
authorisations and body-worn video. The new terms of reference are in draft and were discussed.</p>
<h2>2. Recruitment</h2>
<p>Two places for members aged 18 to 25 will be advertised in May.</p>
<h2>3. Date of next meeting</h2>
<p>17 July 2024.</p>
"""),

    Doc("h20-sas-btp-word-response", ["docx"], super_complaint="stop-and-search",
        authors=["british-transport-police"], date=["2024-02-09"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["not_stated", "not_started"], "position": ["not_accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["partially_accepted"]}},
        style=Style(docx_headings="bold"),
        classes=["transport-force", "refused-with-reason", "partially-accepted", "authority-mentioned-not-author"],
        body="""
<p>British Transport Police<br>25 Camden Road<br>London NW1 9LN</p>
<p>9 February 2024</p>
<h1>Response to the super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>British Transport Police polices the railways of England, Wales and Scotland, and its use of section 60 differs
from that of territorial forces: authorisations are mostly made for major events and stations. We have answered
the recommendations to chief constables that apply to us. The British Transport Police Authority has been briefed
and will scrutinise this response.</p>
<h2>Recommendation 1</h2>
<p>Accepted. Authorisations now record the intelligence on which they rest and are reviewed by a superintendent.
Done.</p>
<h2>Recommendation 2</h2>
<p>Not accepted. Publishing the locations of authorisations in advance would compromise operations at stations and
events; we will continue to publish them after the event.</p>
<h2>Recommendation 3</h2>
<p>Accepted in part. We will brief passengers at stations where an authorisation is in force, but we cannot give
notice on trains. The station briefings are being trialled at London Bridge and Birmingham New Street.</p>
"""),

    Doc("h20-ms-home-office-research-update", ["html"], super_complaint="modern-slavery",
        authors=["home-office"], date=["2023-03-14"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]}},
        style=Style(site="govuk", page_title="Victims' experience of the police response to modern slavery - GOV.UK"),
        classes=["govuk-research-page", "commissioned-work-delivered", "report-named-by-designated-body"],
        body="""
<p>Research and analysis</p>
<h1>Victims' experience of the police response to modern slavery: research findings</h1>
<p>From: Home Office</p>
<p>Published 14 March 2023</p>
<h2>Details</h2>
<p>This research was commissioned in response to the first recommendation of the report on Hestia's super-complaint,
which asked the Home Office to commission work to understand better the experience of victims of modern slavery
and the wider response from immigration and other law enforcement agencies.</p>
<p>The research, carried out by an independent team with survivors and support organisations between 2022 and
2023, is now complete, and this publication fulfils the recommendation. The Home Office will consider its findings
with the National Police Chiefs' Council and the Independent Anti-Slavery Commissioner.</p>
"""),

    Doc("h20-st-cumbria-pfcc-decision-page", ["html", "pdf"], super_complaint="stalking",
        authors=["cumbria-pfcc"], date=["2025-03-26"],
        responses={"15": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(site="pcc", site_name="Cumbria Police, Fire and Crime Commissioner",
                    page_title="Decision 2025/09: stalking services review | Cumbria PFCC",
                    furniture_words=["Home", "About the Commissioner", "Police", "Fire", "Victims", "Decisions"],
                    related=["Decision 2025/08: Victims' Code compliance audit"],
                    page_dates="<p>Published: 26 March 2025</p>", pdf_ruled=True),
        classes=["pfcc-decision-notice", "review-done-no-further-action", "deadline-quoted"],
        body="""
<h1>Decision 2025/09: review of stalking support services</h1>
<p>Cumbria Police, Fire and Crime Commissioner - decision notice. Date of decision: 26 March 2025.</p>
<h2>Background</h2>
<p>Recommendation 15 of the report on the Suzy Lamplugh Trust's super-complaint asks commissioners, by 27 March
2025, to review whether the right specialist services have been commissioned to support stalking victims in their
area. The Commissioner accepted the recommendation in December.</p>
<h2>Decision</h2>
<p>The review has been completed. It found that the independent stalking advocacy service commissioned in 2023
meets the needs identified, and that waiting times are within the contract standard. No further action is needed
under this recommendation; the service will be reviewed again when the contract ends.</p>
<p>Signed: Police, Fire and Crime Commissioner for Cumbria</p>
"""),

    Doc("h20-st-cambs-action-plan-markdown", ["markdown", "html"], super_complaint="stalking",
        authors=["cambridgeshire-constabulary"], date=["2024-11-21"],
        responses={"7": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "10": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]},
                   "13": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "14": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "16": {"progress": ["not_started"], "position": ["accepted", "not_stated"]}},
        style=Style(site="force", site_name="Cambridgeshire Constabulary",
                    page_title="Stalking action plan | Cambridgeshire Constabulary",
                    page_dates="<p>Published: 21 November 2024</p>"),
        classes=["markdown-table", "row-answers-two-recommendations", "plan-with-date", "56-day-action-plan"],
        body="""
<h1>Stalking action plan</h1>
<p>Cambridgeshire Constabulary - published 21 November 2024, within 56 days of the report on the Suzy Lamplugh
Trust's super-complaint on the police response to stalking.</p>
<p>The report asks chief constables to publish a plan explaining what they will do about each recommendation made
to them. Our plan is below. We will update it every six months.</p>
<table>
<tr><th>Recommendation</th><th>What we will do</th><th>By when</th><th>Where we are</th></tr>
<tr><td>7</td><td>Ask our records system supplier for an included-classification field; in the meantime, a manual
stalking marker</td><td>March 2025</td><td>Change requested; manual marker in use since October</td></tr>
<tr><td>10</td><td>Refresh the stalking training for investigators and call handlers</td><td>March 2025</td>
<td>Course written; first sessions in December</td></tr>
<tr><td>13 and 14</td><td>Stalking protection order applications reviewed by a single specialist lawyer; SPO
breaches flagged to the public protection unit</td><td>December 2024</td><td>Both in place</td></tr>
<tr><td>16</td><td>Joint review with the Police and Crime Commissioner</td><td>Summer 2025</td><td>Not yet begun;
planned to start in April 2025</td></tr>
</table>
"""),

    Doc("h20-pm-northants-annual-report-extract", ["pdf"], super_complaint="protective-measures",
        authors=["northamptonshire-police"], date=["2022-07"],
        responses={"1": {"progress": ["complete"], "position": ["accepted", "not_stated"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}},
        style=Style(pdf_ruled=False, pdf_header="Chief Constable's Annual Report 2021/22",
                    pdf_footer="Northamptonshire Police | July 2022",
                    pdf_cover="<h1>Northamptonshire Police</h1><p>Chief Constable's Annual Report 2021/22</p>"
                              "<p>July 2022</p>"),
        classes=["annual-report-section", "mixed-topics", "cover-running-header-footer", "month-date"],
        body="""
<h2>Contents</h2>
<p>Foreword from the Chief Constable ........ 3<br>Our year in numbers ........ 4<br>Protecting vulnerable people
........ 6<br>Roads policing ........ 9</p>
<h2>Foreword from the Chief Constable</h2>
<p>This has been a year of recovery from the pandemic. We recruited 212 new officers, opened the new Force
Operations Centre in Wootton Hall and answered 91% of 999 calls within ten seconds.</p>
<h2>Our year in numbers</h2>
<p>Crimes recorded: 58,400. Arrests: 9,150. Emergency calls: 132,000.</p>
<h2>Protecting vulnerable people</h2>
<p>In August 2021 the inspectorate published "A duty to protect", its report on the Centre for Women's Justice
super-complaint about the use of bail and other protective measures in cases of violence against women and girls.
We have acted on the recommendations for chief constables. Our management of suspects released under
investigation now follows the national bail lead's guidance in full (recommendation 1), and we have finished
that work. The review of how we enforce non-molestation orders (recommendation 3) is half way through and will
finish in the autumn.</p>
<h2>Roads policing</h2>
<p>Killed or seriously injured casualties fell by 8% compared with 2019. Operation Snap received 6,300 submissions
of dashcam footage.</p>
"""),

    Doc("h20-s2s-cambs-pcc-panel-minutes", ["docx"], super_complaint="safe-to-share",
        authors=["cambridgeshire-pcc"], date=["2021-10-13"],
        responses={"6": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1"],
        style=Style(docx_headings="bold"),
        classes=["police-and-crime-panel-minutes", "deputy-answers", "reported-speech", "recommendation-by-recipient"],
        body="""
<h1>Cambridgeshire Police and Crime Panel</h1>
<p>Minutes of the meeting held on Wednesday 13 October 2021 at 2.00pm, New Shire Hall, Alconbury Weald</p>
<h2>Item 8: Commissioner's response to the super-complaint on policing and immigration status</h2>
<p>8.1 The Deputy Police and Crime Commissioner introduced the report on behalf of the Commissioner. She reminded
the Panel that the report on the Liberty and Southall Black Sisters super-complaint had made one recommendation to
commissioners alone: to assess local access to specialist support for migrant victims and build networks with it.
The Commissioner had accepted it.</p>
<p>8.2 The Deputy Commissioner said that the assessment was under way and that the Commissioner's office had met the
three specialist organisations working with migrant women in Peterborough. The findings would be reported to the
Panel in January.</p>
<p>8.3 A member asked whether the force had stopped sharing victims' details with Immigration Enforcement, as the
first recommendation asks. The Deputy Commissioner replied that this was a matter for the Chief Constable, whose
response had been published on the force website, and that the Commissioner would scrutinise it at his Business
Coordination Board.</p>
<p>8.4 RESOLVED that the Panel note the report.</p>
"""),
]
