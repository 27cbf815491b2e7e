"""The sixth development set: one document of our own, in other words than heldout11's, for the changes made in
round nine after the eleventh held-out set was scored untuned (ADR 0008), so that each rule is shown to read a class
of text rather than the sentence that prompted it. Each document fails on the code before the round.
"""
from build import Doc
from render import Style

DOCS = [
    # minutes in reported speech: a that-clause whose subject is the recommendation, or names it inside ("the
    # checklist under recommendation 9 was ..."); "pending approval" by a local board is work under way; the
    # record's first line ("Notes of the meeting ... on Tuesday 8 March 2022") dates it, not a later meeting's month
    Doc("d6-pm-warwickshire-committee-notes", ["pdf", "text"], super_complaint="protective-measures",
        authors=["warwickshire-pcc"], optional_authors=["warwickshire-police"], date=["2022-03-08"],
        responses={"4": ["in_progress"], "6": ["complete"], "9": ["in_progress"]},
        style=Style(pdf_ruled=True, wrap=74),
        classes=["reported-speech-subject", "pending-local-approval", "notes-of-meeting-date"],
        body="""
<h1>Office of the Police and Crime Commissioner for Warwickshire</h1>
<p>Notes of the meeting of the Commissioner's Performance and Accountability Board on Tuesday 8 March 2022 at
2.00 pm, held online.</p>
<p>Attending: the Police and Crime Commissioner; the Chief Constable; the Head of Crime; the Chief Executive.</p>
<h2>Item 5: A duty to protect (super-complaint on protective measures)</h2>
<p>The Head of Crime explained that recommendation 4 was being trialled in the northern local policing area, with
bail conditions checked by a sergeant before release.</p>
<p>The Chief Executive confirmed that the audit against recommendation 6 had finished in February and that no
cases were found where a breach went unrecorded.</p>
<p>The Chief Constable noted that the new bail checklist under recommendation 9 was pending approval by the Force
Executive Board.</p>
<p>Action: the Head of Crime to report again to the Board on 14 June 2022.</p>
"""),

    # a national body's page: its byline's <time>; another national body's lead quoted on it is a partner; "the
    # recommendation for the APCC" named by whom it is for; "met in full" is done
    Doc("d6-st-apcc-byline-page", ["html"], super_complaint="stalking", authors=["apcc"], date=["2024-05-21"],
        responses={"27": ["complete"]},
        style=Style(site="plain", page_title="Stalking: commissioning guidance published | APCC"),
        classes=["time-element-byline", "other-national-body-quoted", "recommendation-by-recipient", "in-full"],
        body="""
<header class="masthead"><a class="site-logo" href="/"><img src="/apcc.svg" alt="Association of Police and Crime
Commissioners"></a><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/portfolios">
Portfolios</a></li></ul></nav></header>
<main><article>
<h1>Stalking: commissioning guidance published</h1>
<p class="byline"><time datetime="2024-05-21">21 May 2024</time> &middot; 3 min read</p>
<p>The recommendation for the APCC in last year's stalking super-complaint report has been met in full with the
publication today of guidance for commissioners on the services stalking victims need.</p>
<p>The NPCC lead for stalking and harassment said: "Forces will use the same guidance when they plan their own
victim care, and I have asked every force to name a stalking coordinator by the autumn."</p>
<p>A webinar for commissioners' staff is planned for 11 June 2024.</p>
</article></main>
<footer><p>&copy; APCC 2024</p></footer>
"""),

    # a ministry's letter: "your third recommendation" is the report's third; "Recommendations 1 and 2 are for chief
    # constables ..., and ... each of them will be writing to you directly" answers neither
    Doc("d6-ppda-moj-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2022-09-14"],
        responses={"3": ["in_progress"]}, absent=["1", "2"],
        style=Style(docx_letterhead_in_header=True),
        classes=["ordinal-of-the-report", "others-answer-directly"],
        body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France<br>London SW1H 9AJ</div>
<p>14 September 2022</p>
<p>Dear Chief Inspector,</p>
<p>Police perpetrated domestic abuse: the Centre for Women's Justice super-complaint</p>
<p>Recommendations 1 and 2 are for chief constables and commissioners, and I understand that each of them will
be writing to you directly.</p>
<p>Your third recommendation asks the Ministry, with commissioners and chief constables, to make sure support
services can meet the needs of those abused by police officers. We are reviewing the guidance for the services we
fund through commissioners and expect to consult on a revised version in the new year.</p>
<p>Yours sincerely,</p>
<p>Director, Victims and Courts Policy</p>
"""),

    # a report with one recommendation, answered by a letter that never numbers it: "the recommendation" is that one
    Doc("d6-ms-cumbria-letter", ["text", "html", "markdown"], super_complaint="modern-slavery", authors=["cumbria-constabulary"],
        date=["2021-11-30"], responses={"1": ["in_progress"]},
        style=Style(wrap=72, site="force", site_name="Cumbria Constabulary",
                    page_title="Modern slavery super-complaint | Cumbria Constabulary"),
        classes=["single-recommendation-report"],
        body="""
<p>Cumbria Constabulary<br>Carleton Hall, Penrith CA10 2AU</p>
<p>30 November 2021</p>
<p>The hidden victims: report on Hestia's super-complaint</p>
<p>Dear HM Inspector,</p>
<p>The report's recommendation falls to the Home Office, but it asks for chief constables to be consulted. Our
Modern Slavery Coordinator has been helping with the recommendation since September, and the constabulary is
collecting survivors' accounts of their first contact with officers for the Home Office to consider.</p>
<p>Yours faithfully,</p>
<p>Detective Chief Superintendent, Head of Crime Command</p>
"""),

    # a paper about one recommendation that names it once, in its background, and answers it in sections of its own
    Doc("d6-sas-northants-decision-notice", ["docx", "html"], super_complaint="stop-and-search",
        authors=["northamptonshire-pfcc"], date=["2021-11-22"], responses={"9": ["in_progress", "complete"]},
        style=Style(site="pcc", site_name="Northamptonshire Police, Fire and Crime Commissioner",
                    page_title="Decision notice PFCC/21/52 | Northamptonshire Police, Fire and Crime Commissioner"),
        classes=["one-recommendation-named-in-background"],
        body="""
<h1>Decision notice PFCC/21/52</h1>
<p>Subject: a youth panel to scrutinise stop and search<br>Date: 22 November 2021</p>
<h2>Context</h2>
<p>The inspectorate's report on the Criminal Justice Alliance super-complaint about section 60 and community
scrutiny of stop and search was published this year. Its recommendation 9 asks commissioners to make sure that
young people, and those most often searched, take part in scrutiny.</p>
<h2>Proposal</h2>
<p>To fund a youth scrutiny panel of twelve members, run by a local youth charity, for two years at a cost of
&pound;30,000 a year.</p>
<h2>Decision</h2>
<p>I agree the proposal. The charity has started recruiting members and the panel will first meet in February.</p>
<p>Signed: Police, Fire and Crime Commissioner for Northamptonshire</p>
"""),

    # a recommendation named at its sentence's end as the object of "begin on" or "dealt with is"; a sentence that
    # says what the report wants, closed by "(recommendation 13).", with its answer after it; "awaiting ratification"
    Doc("d6-st-gloucestershire-update", ["pdf", "docx"], super_complaint="stalking",
        authors=["gloucestershire-constabulary"], date=["2025-04-08"],
        responses={"5": ["in_progress"], "12": ["not_started"], "13": ["complete"], "14": ["complete"]},
        style=Style(pdf_ruled=True, pdf_header="Gloucestershire Constabulary"),
        classes=["recommendation-at-sentence-end", "closing-bracket-after-what-is-asked", "awaiting-ratification"],
        body="""
<h1>Gloucestershire Constabulary</h1>
<p>Stalking super-complaint: update for HMICFRS</p>
<p>8 April 2025</p>
<p>Work has yet to begin on recommendation 12. It needs a new case management module, for which funding has not
been agreed.</p>
<p>The report wants forces to make sure victims are told when a protection order could help them (recommendation
13). Our victim letter has said so since February, and call handlers read it to every caller.</p>
<p>The last one we have dealt with is recommendation 14. Every breach of an order is now recorded as a crime, and
the crime registrar checks a sample each month.</p>
<p>For recommendation 5, the revised stalking policy is awaiting ratification by the Chief Officer Group.</p>
"""),
    # after heldout12: a register of several inspections printed from a spreadsheet ("Run on ..."), whose rows for
    # other reports are not this one's, an "Open" status beside an update that says "Not started.", and BRAG ratings
    Doc("d6-hba-kent-register", ["pdf", "html"], super_complaint="honour-based-abuse", authors=["kent-police"],
        date=["2023-11-06"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(pdf_ruled=True, site="force", site_name="Kent Police",
                    page_title="Inspection recommendations register | Kent Police"),
        classes=["register-other-reports", "printed-on-date", "open-vs-not-started", "brag"],
        body="""
<h1>Kent Police - recommendations register</h1>
<p>Printed on 06/11/2023 by Corporate Services. BRAG: Blue = closed, Green = on track, Amber = some risk, Red =
off track.</p>
<table>
<tr><th>Report</th><th>Ref</th><th>Owner</th><th>BRAG</th><th>Status</th><th>Progress note</th></tr>
<tr><td>Honour-based abuse super-complaint</td><td>1</td><td>Head of PPU</td><td>Blue</td><td>Closed</td><td>Sexual
offences policy reissued with an honour-based abuse section.</td></tr>
<tr><td>Honour-based abuse super-complaint</td><td>2</td><td>Head of Training</td><td>Green</td><td>Open</td><td>Two
of the six training days held.</td></tr>
<tr><td>Custody inspection 2022</td><td>Rec 3</td><td>Head of Custody</td><td>Amber</td><td>Open</td><td>Not
started. Waiting for the estates review.</td></tr>
</table>
"""),

    # a joint response in two columns where one side calls a row not applicable and the other answers it; a cell
    # that only says whose recommendation it is; "X's view on recommendation N is that ..."; a notice "dated this
    # 2nd day of ..."; "the force's answer, which is published separately" names no author
    Doc("d6-s2s-north-wales-joint-columns", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["north-wales-pcc"], date=["2021-08-02"],
        responses={"1": ["complete"], "4": ["in_progress"], "6": ["in_progress"]},
        absent=["3"],
        style=Style(pdf_ruled=True),
        classes=["joint-columns-not-applicable-beside-answer", "cell-whose-recommendation", "view-on",
                 "dated-this-day", "response-published-separately"],
        body="""
<h1>Police and Crime Commissioner for North Wales</h1>
<p>Response to HMICFRS: Safe to share? The Chief Constable's own answer, which is published separately, is summed up
in the second column.</p>
<table>
<tr><th>Rec</th><th>Commissioner</th><th>Chief Constable (summary)</th></tr>
<tr><td>1</td><td>Not applicable to the Commissioner.</td><td>The instruction to officers has been in force since
February.</td></tr>
<tr><td>3</td><td>-</td><td>For the Home Office.</td></tr>
<tr><td>6</td><td>My office is mapping specialist support across the six counties; half are done.</td><td>Not
applicable to the force.</td></tr>
</table>
<p>The Commissioner's view on recommendation 4 is that the force's engagement with migrant communities must go
further, and she has asked for a plan, which the force is now drafting.</p>
<p>Dated this 2nd day of August 2021</p>
<p>Police and Crime Commissioner for North Wales</p>
"""),

    # a task list's check boxes before the recommendations, with a remark in brackets as each line's answer; "as the
    # report recommended" naming a one-recommendation report's recommendation
    Doc("d6-ms-avon-wiki-tasks", ["markdown", "html"], super_complaint="modern-slavery",
        authors=["avon-and-somerset-constabulary"], date=["2022-05-09"],
        responses={"1": ["in_progress"]},
        style=Style(site="force", site_name="Avon and Somerset Constabulary",
                    page_title="Modern slavery action plan | Avon and Somerset Constabulary"),
        classes=["task-list", "as-the-report-recommended"],
        body="""
<h1>Avon and Somerset Constabulary - modern slavery actions</h1>
<p>Last edited 9 May 2022</p>
<p>We are giving survivors' accounts to the Home Office, as the report recommended, and eleven interviews have been
held so far.</p>
<ul>
<li>[x] Survivor interviews arranged with Unseen (first eleven held)</li>
<li>[ ] Findings shared with the regional partnership (planned for June)</li>
</ul>
"""),
    # after heldout10's misses: a recommendation's number set off by commas inside a quoted sentence, "working with
    # X on recommendation N", and a timeline of dated events judged by the page's own date
    Doc("d6-st-essex-quote-and-timeline", ["html", "pdf"], super_complaint="stalking", authors=["essex-police"],
        date=["2025-07-14"],
        responses={"7": ["complete"], "12": ["in_progress"], "15": ["in_progress"], "25": ["not_started"]},
        style=Style(site="news", site_name="Essex Police",
                    page_title="Stalking: a year on from the super-complaint | Essex Police", pdf_ruled=True,
                    pdf_header="Essex Police"),
        classes=["appositive-number-in-quotation", "working-with-on", "timeline"],
        body="""
<h1>Stalking: a year on from the super-complaint</h1>
<p>Published 14 July 2025</p>
<p>Chief Superintendent Amy Cole said: "The report wanted every stalking report flagged on our systems,
recommendation 7, and that flag has been in use since January. We are working closely with Victim Support on
recommendation 15, and a review of advocacy services has begun."</p>
<h2>Protection orders (recommendation 12)</h2>
<ul>
<li>February 2025 - new checklist for investigators</li>
<li>May 2025 - checklist audited in two districts</li>
<li>Autumn 2025 - checklist in use force-wide</li>
</ul>
<h2>Information for victims (recommendation 25)</h2>
<ul>
<li>September 2025 - leaflet drafted with Victim Support</li>
<li>December 2025 - leaflet given to every victim</li>
</ul>
"""),
    # after heldout13's first score: a paper's cover form naming its author ("Paper by | APCC Lead for ..."), a raw
    # email header's date ("Date: Mon, 6 Nov 2023 ..."), "our update on recommendation N" mid-sentence, work that was
    # "already" done before the report asked ("already records"), and "the report's only recommendation"
    Doc("d6-ms-apcc-board-paper-email", ["text"], super_complaint="modern-slavery", authors=["apcc"],
        date=["2023-11-06"], responses={"1": ["complete"]},
        style=Style(wrap=78),
        classes=["paper-by-form", "raw-email-date", "update-on-mid-sentence", "already-done", "only-recommendation"],
        body="""
<p>Date: Mon, 6 Nov 2023 14:05:12 +0000<br>Subject: Board paper - modern slavery super-complaint</p>
<table>
<tr><td>Paper by</td><td>APCC Lead for Modern Slavery and Human Trafficking</td></tr>
<tr><td>For</td><td>Information</td></tr>
</table>
<p>The hidden victims: Hestia's super-complaint. Members will want to see our update on the report's only
recommendation. Every commissioner's office already records the referrals it funds for survivors, as the Home
Office asked when it consulted us, so nothing more is needed from commissioners.</p>
"""),
]
