"""The fourth held-out set: written before any change made after the third held-out set was scored, and
scored once untuned (ADR 0008 records the figures as "heldout4, first score (untuned)").

Invented like the others, from how such documents are written (no published response was read or copied),
in voices and layouts the earlier sets did not use: national bodies named only in a page header, a
press-office block, a signature or a speaker's role; a commissioner speaking as an APCC portfolio lead;
joint force and commissioner letters; records with a section per author; news items whose bodies carry
other dates; documents dated only by month; letters that name the report only by its subject; prose that
answers several recommendations at once, "turning to", "the first ... the second ..."; implied positions;
plans with future dates; update columns that wait on a system change; HTML fragments in table cells.
"""
from build import Doc
from render import Style

PM_1 = ("Chief Constables, in conjunction with the NPCC lead for bail, should implement processes for managing "
        "Released Under Investigation cases.")

DOCS = [
    # --- safe to share ------------------------------------------------------------------------------------------
    Doc("h4-s2s-home-office-govuk", ["html"], super_complaint="safe-to-share", authors=["home-office"],
        date=["2022-05-10", "2022-03-04"],
        responses={"2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["awaiting_national", "not_started"], "position": ["accepted"]},
                   "7": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        optional=["8"],
        style=Style(site="govuk", page_title="Government response to the Safe to share? super-complaint report - GOV.UK"),
        classes=["national-author-in-header", "several-at-once", "implied-position", "last-updated"],
        body="""
<h1>Government response to the Safe to share? super-complaint report</h1>
<p>From: Home Office</p>
<p>Published 4 March 2022</p>
<p>Last updated 10 May 2022</p>
<h2>Summary</h2>
<p>This paper sets out the Government's response to the three recommendations the report made to the
department. The report, published on 17 December 2020, considered how police share information about
victims and witnesses of crime who may have insecure immigration status.</p>
<h2>Our response</h2>
<p>We accept recommendations 2 and 3. The review of the legal framework and policy (recommendation 2) began in
the autumn and officials are now gathering evidence from forces and specialist organisations. The
safeguarding protocol (recommendation 3) will be drafted with the National Police Chiefs' Council once that
review has concluded, and not before.</p>
<p>On recommendation 7, we share the view of the National Police Chiefs' Council that the evidence does not
support a change of this kind, and we will not be taking it forward.</p>
<p>Recommendation 8 asks for an update; this paper is that update.</p>
"""),
    Doc("h4-s2s-leics-joint-letter", ["pdf", "text"], super_complaint="safe-to-share",
        authors=["leicestershire-police", "leicestershire-pcc"], date=["2021-03"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["not_started"]},
        style=Style(pdf_ruled=False, wrap=84),
        classes=["joint-letter", "month-date", "subject-only", "turning-to", "first-second", "future-plan"],
        body="""
<div class="letterhead">Leicestershire Police<br>Office of the Police and Crime Commissioner for Leicestershire<br>
Enderby, Leicester</div>
<p>March 2021</p>
<p>Dear Sir Thomas,</p>
<p>Re: your report on police sharing of information about victims with insecure immigration status</p>
<p>We write jointly to set out how Leicestershire Police and the Commissioner's office are responding to
the report.</p>
<p>Recommendation 1 has been met. Since January no information about a domestic abuse victim has been passed to
Immigration Enforcement where officers had only doubts about the victim's status, and the instruction is in
the force's public protection policy.</p>
<p>Turning to recommendation 4, the force is agreeing a referral route with two migrant support charities in
the city; a draft was shared with them last month.</p>
<p>Of the two recommendations for commissioners, the first is being taken forward with the force: a joint
campaign for migrant communities is being prepared. The second, an assessment of specialist victim support,
will be commissioned in the autumn once this year's victim services contracts have been let.</p>
<p>Yours sincerely,</p>
<p>Chief Constable<br>Police and Crime Commissioner</p>
"""),
    Doc("h4-s2s-dyfed-powys-sections", ["docx"], super_complaint="safe-to-share",
        authors=["dyfed-powys-police", "dyfed-powys-pcc"], date=["2021-09-30"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["complete"]},
        optional=["8"], style=Style(docx_headings="bold"), classes=["section-per-author", "bold-headings"],
        body="""
<h1>Safe to share? Progress update</h1>
<p>As at 30 September 2021</p>
<h2>Dyfed-Powys Police response</h2>
<p>Recommendation 1: Officers were told in February not to share a domestic abuse victim's details with
Immigration Enforcement when they only doubt the victim's status. Audits since then found no such referral.
Complete.</p>
<p>Recommendation 4: A safe reporting pathway is being built with the Wales Migration Partnership; the first
referrals are expected in the new year.</p>
<h2>The Commissioner's response</h2>
<p>Recommendation 5: My office and the force are preparing leaflets in six community languages, to be
distributed this winter.</p>
<p>Recommendation 6: My office mapped specialist victim support in all four counties during the summer, and
the gaps it found have been closed by extending our existing advocacy contract.</p>
"""),
    Doc("h4-s2s-norfolk-pcc-welcome", ["markdown"], super_complaint="safe-to-share", authors=["norfolk-pcc"],
        date=["2021-02-22"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["not_started"], "position": ["accepted"]}},
        classes=["implied-position", "future-plan"],
        body="""
<h1>Norfolk Police and Crime Commissioner: Safe to share?</h1>
<p>22 February 2021</p>
<p>I welcome the recommendations of this report and will act on them.</p>
<h2>Recommendation 5</h2>
<p>Norfolk Constabulary and my office are working with the county's migrant support forum on messages to
encourage victims to report; these will be shared in the spring.</p>
<h2>Recommendation 6</h2>
<p>An assessment of local access to specialist support will be commissioned in January 2022, when the
current victim services review ends.</p>
"""),
    # --- protective measures -----------------------------------------------------------------------------------
    Doc("h4-pm-lancs-news", ["html"], super_complaint="protective-measures", authors=["lancashire-constabulary"],
        date=["2021-10-14"], responses={"1": ["awaiting_national"], "4": ["complete"], "6": ["complete"]},
        style=Style(site="news", site_name="Lancashire Constabulary",
                    page_title="Force sets out response to protective measures report | Lancashire Constabulary"),
        classes=["news-item", "other-dates-in-body", "several-at-once", "implied-status"],
        body="""
<h1>Force sets out response to protective measures report</h1>
<p>Posted on Thursday 14 October 2021</p>
<p>Lancashire Constabulary has published its response to the report "A duty to protect", which the
inspectorate, the College of Policing and the IOPC published on 24 August 2021 after the Centre for Women's
Justice raised its super-complaint on 19 March 2019.</p>
<p>Recommendations 4 and 6 are already complete: since 1 April every domestic violence protection notice has
been reviewed by a superintendent, and breaches of non-molestation orders are recorded as crimes.</p>
<p>On recommendation 1, we will follow the national approach to managing released under investigation cases
once it has been agreed by the NPCC lead for bail.</p>
<p>Detective Superintendent Ann Holt said: "Victims must be able to trust that the orders protecting them
will be enforced."</p>
"""),
    Doc("h4-pm-herts-fragments", ["markdown", "text"], super_complaint="protective-measures",
        authors=["hertfordshire-constabulary"], date=["2022-09-01"],
        responses={"3": ["complete"], "5": ["in_progress", "not_started"], "9": ["in_progress"]},
        style=Style(text_tables="pipes"), classes=["html-fragments-in-cells", "system-change", "table"],
        body="""
<h1>Hertfordshire Constabulary &#8211; protective measures recommendations tracker</h1>
<p>Date: 1 September 2022</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Update</th></tr>
<tr><td>3</td><td>&lt;p&gt;Head of Custody&lt;/p&gt;</td><td>&lt;p&gt;Bail conditions are now reviewed at every
custody handover.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Complete&lt;/strong&gt;&lt;/p&gt;</td></tr>
<tr><td>5</td><td>&lt;p&gt;Crime Registrar&lt;/p&gt;</td><td>&lt;p&gt;The fix depends on the next release of our records
system, planned for March 2023; the change has been requested from the supplier.&lt;/p&gt;</td></tr>
<tr><td>9</td><td>&lt;p&gt;Public Protection&lt;/p&gt;</td><td>&lt;ul&gt;&lt;li&gt;Guidance drafted&lt;/li&gt;&lt;li&gt;Training
for sergeants booked for the autumn&lt;/li&gt;&lt;/ul&gt;</td></tr>
</table>
"""),
    Doc("h4-pm-beds-joint-text", ["text"], super_complaint="protective-measures",
        authors=["bedfordshire-police", "bedfordshire-pcc"], date=["2021-11"],
        responses={"1": ["awaiting_national"], "3": ["complete"], "5": ["in_progress"]},
        style=Style(wrap=80, upper_h1=True), classes=["joint-letter", "month-date", "implied-status"],
        body="""
<h1>Bedfordshire Police and Bedfordshire Police and Crime Commissioner: joint response</h1>
<p>November 2021</p>
<p>This joint response covers the recommendations for chief constables in the report on police use of
protective measures in cases of violence against women and girls.</p>
<p>Recommendation 1</p>
<p>We shall wait for the national bail guidance from the NPCC before changing our procedure for released under
investigation cases.</p>
<p>Recommendation 3</p>
<p>Every pre-charge bail decision in a domestic abuse case is now checked by an inspector. This has been in place
since June.</p>
<p>Recommendation 5</p>
<p>A new protective orders team is being recruited; four of its six posts are filled.</p>
"""),
    Doc("h4-pm-cumbria-wait-md", ["markdown"], super_complaint="protective-measures",
        authors=["cumbria-constabulary"], date=["2022-02-08"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "7": {"progress": ["awaiting_national"]}, "11": {"progress": ["complete"]}},
        classes=["quoted-text", "implied-status", "dated-cue"],
        body=f"""
<h1>Cumbria Constabulary response: A duty to protect</h1>
<p>Dated 8 February 2022</p>
<h2>Recommendation 1</h2>
<p><em>{PM_1}</em></p>
<p>We accept this recommendation. Our released under investigation cases are being moved onto a monthly review
by a detective inspector; the northern area went first in January.</p>
<h2>Recommendation 7</h2>
<p>We shall wait for the Home Office's conclusions on its review of protection orders before changing our
procedure.</p>
<h2>Recommendation 11</h2>
<p>Done. Officers now record the reason whenever a protective measure is not used.</p>
"""),
    # --- modern slavery ------------------------------------------------------------------------------------------
    Doc("h4-ms-npcc-press-block", ["pdf"], super_complaint="modern-slavery", authors=["npcc"], date=["2021-07-20"],
        responses={"4": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_ruled=False), classes=["national-author-in-press-block", "speaker-role"],
        body="""
<h1>Policing responds to modern slavery super-complaint</h1>
<p>20 July 2021</p>
<p>Chief Constable Rachel Moss, the national policing lead for modern slavery and organised immigration crime,
said: "We accept recommendation 4. A national practice note for officers on identifying victims has been
drafted with Hestia and the Salvation Army and is with chief constables for comment."</p>
<p>The practice note will be issued to all forces in the autumn.</p>
<p>Notes to editors</p>
<p>Issued by the National Police Chiefs' Council press office. For more information contact the NPCC press
office on 020 7000 0000.</p>
"""),
    Doc("h4-ms-west-yorks-several", ["text"], super_complaint="modern-slavery", authors=["west-yorkshire-police"],
        date=["2021-09-06"],
        responses={"2": ["awaiting_national"], "3": ["awaiting_national"], "7": ["awaiting_national"],
                   "5": ["complete"]},
        style=Style(wrap=78), classes=["several-at-once", "implied-status"],
        body="""
<p>West Yorkshire Police</p>
<p>Response to the Hestia super-complaint on modern slavery</p>
<p>6 September 2021</p>
<p>Recommendations 2, 3 and 7 fall to chief officers collectively; we will adopt whatever position the national
lead agrees, and until then our current procedures stand.</p>
<p>Recommendation 5 has been completed locally: every potential victim referred into the National Referral
Mechanism is now given a named officer as a single point of contact.</p>
"""),
    Doc("h4-ms-avon-ruled-fragments", ["pdf"], super_complaint="modern-slavery",
        authors=["avon-and-somerset-constabulary"], date=["2022-01-31"],
        responses={"2": ["complete"], "3": ["in_progress"], "5": ["not_started"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL"), classes=["html-fragments-in-cells", "ruled-table"],
        body="""
<h1>Avon and Somerset Constabulary</h1>
<p>Modern slavery super-complaint: recommendation tracker, 31 January 2022</p>
<table>
<tr><th>Recommendation</th><th>Progress update</th><th>Status</th></tr>
<tr><td>2</td><td>&lt;p&gt;Modern slavery awareness is now in the initial training of every new officer.&lt;/p&gt;</td>
<td>&lt;b&gt;Complete&lt;/b&gt;</td></tr>
<tr><td>3</td><td>&lt;p&gt;Specialist investigators are being trained; 40 of 65 so far.&lt;/p&gt;</td>
<td>&lt;b&gt;In progress&lt;/b&gt;</td></tr>
<tr><td>5</td><td>&lt;p&gt;Scheduled for the next financial year.&lt;/p&gt;</td><td>&lt;b&gt;Not started&lt;/b&gt;</td></tr>
</table>
"""),
    # --- police perpetrated domestic abuse -------------------------------------------------------------------
    Doc("h4-ppda-iopc-header", ["html"], super_complaint="police-perpetrated-domestic-abuse", authors=["iopc"],
        date=["2023-03-02"], responses={}, absent=["1", "3"],
        style=Style(site="national", site_name="Independent Office for Police Conduct",
                    page_title="Police perpetrated domestic abuse: our actions", furniture_words=[
                        "Home", "Complaints", "Investigations", "Publications", "News", "About us"]),
        classes=["national-author-in-header", "no-responses", "last-updated"],
        body="""
<h1>Police perpetrated domestic abuse: our actions</h1>
<p>The super-complaint report set out actions for us as well as recommendations for chief constables and
commissioners. Recommendations 1 and 3 are for forces and local bodies, who will report on them.</p>
<p>We have updated our guidance on referrals of domestic abuse allegations against officers, and we now publish
how many such referrals we receive each quarter.</p>
<p>Last updated: 2 March 2023</p>
"""),
    Doc("h4-ppda-west-mercia-sections", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["west-mercia-pcc", "west-mercia-police"], date=["2022-10-19"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]}, absent=["4"],
        style=Style(site="pcc", site_name="West Mercia Police and Crime Commissioner",
                    page_title="Police perpetrated domestic abuse | West Mercia PCC"),
        classes=["section-per-author", "pcc-site"],
        body="""
<h1>Police perpetrated domestic abuse super-complaint</h1>
<p>19 October 2022</p>
<h2>The Chief Constable's response</h2>
<p>Recommendation 1: the review of every live and closed case from the last five years is finished, and its
findings have been shared with the Professional Standards Department.</p>
<p>Recommendation 2: a protocol for investigating these cases outside the officer's own command is being
agreed with a neighbouring force.</p>
<h2>The Commissioner's response</h2>
<p>Recommendation 3: I am reviewing the support services my office commissions so that a victim whose abuser is
a police officer can be supported outside policing; the review reports in December.</p>
<p>Recommendation 4 is for the Home Office.</p>
"""),
    Doc("h4-ppda-durham-month", ["markdown", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-constabulary"], date=["2023-06"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["4"], classes=["month-date", "implied-position"],
        body="""
<h1>Durham Constabulary: police perpetrated domestic abuse</h1>
<p>June 2023</p>
<p>We welcome the recommendations and will act on them.</p>
<h2>Recommendation 1</h2>
<p>The review of live and closed cases concluded in April. Every case was re-examined by an officer from outside
the original team.</p>
<h2>Recommendation 2</h2>
<p>Investigations into officers accused of domestic abuse will be carried out by Cleveland Police under an
agreement that is being drafted, and will start in the autumn.</p>
<p>Recommendation 4 is a matter for the Home Office, which will respond separately.</p>
"""),
    Doc("h4-ppda-moj-govuk", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2022-12-15"],
        responses={"3": ["in_progress"]}, absent=["4"],
        style=Style(site="govuk", page_title="Police perpetrated domestic abuse: response - GOV.UK"),
        classes=["national-author-in-header"],
        body="""
<h1>Police perpetrated domestic abuse: response to recommendation 3</h1>
<p>From: Ministry of Justice</p>
<p>Published 15 December 2022</p>
<p>Recommendation 3 asks the department, with commissioners and chief constables, to make sure domestic abuse
support services and guidance meet the needs of victims whose abuser is a police officer. We are updating the
guidance for independent domestic violence advisers, with a draft due for consultation in the new year.</p>
<p>Recommendation 4 is for the Home Office.</p>
"""),
    # --- honour-based abuse -----------------------------------------------------------------------------------
    Doc("h4-hba-west-mids-updates", ["pdf", "docx"], super_complaint="honour-based-abuse",
        authors=["west-midlands-police"], date=["2023-09"],
        responses={"1": ["complete"], "2": ["in_progress", "not_started"]}, absent=["3"],
        style=Style(pdf_ruled=True), classes=["update-columns", "system-change", "month-date", "ruled-table"],
        body="""
<h1>West Midlands Police</h1>
<p>Honour-based abuse super-complaint: action plan, September 2023</p>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Update March 2023</th><th>Update September 2023</th></tr>
<tr><td>1</td><td>Include honour-based abuse in the sexual offences policy</td><td>Policy in draft.</td>
<td>Policy published in July.</td></tr>
<tr><td>2</td><td>Record victims' ethnicity and religion on every sexual offence</td><td>Scoping.</td>
<td>Depends on a change to the crime recording system due next year; until then recorded by hand.</td></tr>
</table>
<p>Recommendation 3 is for the National Police Chiefs' Council.</p>
"""),
    Doc("h4-hba-npcc-docx-header", ["docx"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2023-04-17"],
        responses={"3": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(docx_letterhead_in_header=True),
        classes=["national-author-in-letterhead", "implied-position", "subject-only"],
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</div>
<p>17 April 2023</p>
<p>Dear Inspector,</p>
<p>Sexual abuse of victims at risk of honour-based abuse: data standards</p>
<p>Recommendation 3 asks us to add further protected characteristics to the national data standard. We share
the Office for National Statistics' view that collecting these fields at the point of report would not give
reliable figures, and we will not be changing the standard in this way.</p>
<p>Yours sincerely,</p>
<p>National Lead for Honour-Based Abuse, Forced Marriage and FGM</p>
"""),
    Doc("h4-hba-gmp-pdf", ["pdf"], super_complaint="honour-based-abuse", authors=["greater-manchester-police"],
        date=["2023-03-21"], responses={"1": ["in_progress"], "2": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_header="Greater Manchester Police"), classes=["several-at-once"],
        body="""
<h1>Response to the Tees Valley Inclusion Project super-complaint</h1>
<p>21 March 2023</p>
<p>Recommendations 1 and 2 are both being addressed through our new honour-based abuse strategy, launched this
month. Our sexual offences policy is being rewritten to cover the risk of honour-based abuse, and cultural
awareness training for investigators will run until the end of the year.</p>
<p>Recommendation 3 is for the NPCC.</p>
"""),
    # --- stop and search -------------------------------------------------------------------------------------
    Doc("h4-ss-staffs-ordinals-docx", ["docx"], super_complaint="stop-and-search", authors=["staffordshire-police"],
        date=["2024-04-09"], responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(docx_headings="bold"), classes=["first-second", "bold-headings"],
        body="""
<h1>Staffordshire Police: section 60 and community scrutiny</h1>
<p>9 April 2024</p>
<p>Recommendations 1 and 2 concern how section 60 authorisations are made. The first is complete: only a chief
officer may now authorise, and every authorisation since January has been made at that rank. The second is in
progress: our new written record for authorisations is being piloted in Stoke-on-Trent.</p>
"""),
    Doc("h4-ss-merseyside-two-column", ["html"], super_complaint="stop-and-search", authors=["merseyside-police"],
        date=["2024-06-05"], responses={"4": ["complete"], "6": ["in_progress"], "9": ["not_started"]},
        style=Style(site="force", site_name="Merseyside Police",
                    page_title="Stop and search super-complaint | Merseyside Police"),
        classes=["two-column", "html-fragments-in-cells", "last-updated"],
        body="""
<h1>Stop and search super-complaint</h1>
<p>How we are responding to the Criminal Justice Alliance's super-complaint on section 60.</p>
<table>
<tr><th>Recommendation</th><th>Our response</th></tr>
<tr><td>Recommendation 4</td><td>&lt;p&gt;Community scrutiny panels now see every section 60 authorisation within a
week.&lt;/p&gt;&lt;p&gt;Status: complete&lt;/p&gt;</td></tr>
<tr><td>Recommendation 6</td><td>&lt;p&gt;Body-worn video footage from searches is being added to the panel's
sample; the first review is in July.&lt;/p&gt;</td></tr>
<tr><td>Recommendation 9</td><td>&lt;p&gt;We will begin this work in the next financial year.&lt;/p&gt;</td></tr>
</table>
<p>Last updated: 5 June 2024</p>
"""),
    Doc("h4-ss-apcc-lead-news", ["markdown", "html"], super_complaint="stop-and-search", authors=["apcc"],
        date=["2024-01-25"], responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="news", site_name="APCC", page_title="Commissioners and section 60 scrutiny | APCC"),
        classes=["pcc-as-apcc-lead", "speaker-role", "national-author-in-header"],
        body="""
<h1>Commissioners welcome section 60 scrutiny recommendation</h1>
<p>25 January 2024</p>
<p>Speaking as the APCC's joint lead for race disparity, the Police and Crime Commissioner for Bedfordshire said
that commissioners accept recommendation 8 and are setting up independent scrutiny of section 60
authorisations in every force area.</p>
<p>"Most commissioners already have panels that look at stop and search," she said. "We are now extending them
to section 60, and we will report on progress in the summer."</p>
"""),
    # --- stalking --------------------------------------------------------------------------------------------
    Doc("h4-st-apcc-press-md", ["markdown"], super_complaint="stalking", authors=["apcc"], date=["2024-12-03"],
        responses={"27": ["in_progress"]}, classes=["pcc-as-apcc-lead", "national-author-in-press-block"],
        body="""
<h1>Commissioners respond to the stalking super-complaint</h1>
<p>Published: 3 December 2024</p>
<p>The Police, Fire and Crime Commissioner for Northamptonshire, the APCC's portfolio lead for victims, said:
"On recommendation 27 we have begun collecting examples of how commissioners fund specialist stalking
advocacy, and we will publish them for every office in the spring."</p>
<p>Notes to editors</p>
<p>The Association of Police and Crime Commissioners supports commissioners in England and Wales. APCC press
office: 020 7000 0001.</p>
"""),
    Doc("h4-st-suffolk-plan-dates", ["docx", "pdf"], super_complaint="stalking", authors=["suffolk-constabulary"],
        date=["2025-11-17"],
        responses={"7": ["in_progress"], "10": ["not_started"], "13": ["awaiting_national"]},
        style=Style(pdf_ruled=True), classes=["future-plan", "system-change", "table"],
        body="""
<h1>Suffolk Constabulary: stalking improvement plan</h1>
<p>Version 1.2 &#8211; 17 November 2025</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Target date</th><th>Update</th></tr>
<tr><td>7</td><td>Stalking flag on the records system</td><td>31 January 2026</td>
<td>Supplier is building the change; testing starts in December.</td></tr>
<tr><td>10</td><td>Refresh stalking training</td><td>March 2026</td><td>Planned to begin in February 2026.</td></tr>
<tr><td>13</td><td>Adopt the national screening tool</td><td>To be confirmed</td>
<td>Waiting for the College of Policing to publish the tool.</td></tr>
</table>
"""),
    Doc("h4-st-kent-pcc-news", ["html"], super_complaint="stalking", authors=["kent-pcc"], date=["2025-02-06"],
        responses={"15": ["complete"], "16": ["in_progress"], "25": ["not_started"]},
        style=Style(site="news", site_name="Kent Police and Crime Commissioner",
                    page_title="Commissioner's update on stalking | Kent PCC"),
        classes=["news-item", "first-second", "other-dates-in-body"],
        body="""
<h1>Commissioner's update on the stalking super-complaint</h1>
<p>6 February 2025</p>
<p>The report on the Suzy Lamplugh Trust's super-complaint, published on 27 September 2024, made three
recommendations to commissioners: 15, 16 and 25.</p>
<p>The first is done: the review of the stalking services my office commissions finished in December, and
the advocacy contract has been extended to 2027. The second is under way with the Chief Constable, and our
joint review will report by the end of March. The third will start once that review is finished.</p>
"""),
    Doc("h4-st-home-office-signature", ["pdf"], super_complaint="stalking", authors=["home-office"],
        date=["2025-01-15"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "3": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(pdf_ruled=False), classes=["national-author-in-signature", "implied-position", "subject-only"],
        body="""
<p>15 January 2025</p>
<p>Dear Chief Inspector,</p>
<p>The police response to stalking</p>
<p>The Government welcomes your recommendations and will act on them.</p>
<p>Recommendation 1: officials are reviewing the statutory guidance on stalking protection orders with the
police and victims' groups, and will publish a revised version in the summer.</p>
<p>Recommendation 3: work on a public awareness campaign will begin once the revised guidance is published.</p>
<p>Yours sincerely,</p>
<p>Parliamentary Under-Secretary of State for Safeguarding and Violence Against Women and Girls<br>Home Office</p>
"""),
    Doc("h4-st-college-role-text", ["text"], super_complaint="stalking", authors=["college-of-policing"],
        date=["2024-11-28"], responses={"20": ["not_started"], "21": ["complete"]},
        style=Style(wrap=80), classes=["speaker-role", "future-plan"],
        body="""
<p>Stalking super-complaint: update on national learning</p>
<p>28 November 2024</p>
<p>Chief Constable Sam Hill, chief executive of the College of Policing, said the College had considered the
recommendations made to it.</p>
<p>Recommendation 20. The authorised professional practice on stalking will be revised; work starts in January
and a draft is due in June 2025.</p>
<p>Recommendation 21. The new stalking investigation learning module was launched to all forces in October.</p>
"""),
]
