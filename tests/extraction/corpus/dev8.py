"""The eighth development set: one document of our own, in other words than heldout16's, for each class of progress
reading changed in round ten (ADR 0008) after the sixteenth held-out set was scored untuned, so that each rule is
shown to read a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # RAG colours with their words after them, a BRAG table known only by a "Blue" cell, a green beside an update
    # that reports a delay, a share on its own
    Doc("d8-pm-lincs-brag-tracker", ["html", "pdf"], super_complaint="protective-measures",
        authors=["lincolnshire-police"], date=["2022-12-14"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"], "4": ["not_started"],
                   "5": ["in_progress"], "6": ["in_progress"], "7": ["complete"]},
        style=Style(site="force", site_name="Lincolnshire Police",
                    page_title="Protective measures: our progress | Lincolnshire Police", pdf_ruled=True),
        classes=["colour-with-words", "brag-by-blue-cell", "green-beside-delay", "share-alone"],
        body="""
<h1>Protective measures super-complaint: progress tracker</h1>
<p>As at 14 December 2022</p>
<table>
<tr><th>No.</th><th>RAG</th><th>Latest position</th></tr>
<tr><td>1</td><td>Blue</td><td>Bail review desk staffed seven days a week since October.</td></tr>
<tr><td>2</td><td>Amber - behind plan</td><td>Recruitment for the second reviewer post reopened in November.</td></tr>
<tr><td>3</td><td>Green</td><td>Postponed: the case system upgrade moved to February, so the new field is not yet
available.</td></tr>
<tr><td>4</td><td>Red - not begun</td><td>No lead identified.</td></tr>
<tr><td>5</td><td>Green</td><td>Briefings for sergeants run through January.</td></tr>
<tr><td>6</td><td></td><td>60%</td></tr>
<tr><td>7</td><td>Blue</td><td>Guidance on conditions reissued to all custody staff in September.</td></tr>
</table>
"""),

    # a status word then "and ...", BAU, reported speech of a finished thing, an intention with nothing done
    Doc("d8-st-norfolk-pcc-letter", ["docx", "text"], super_complaint="stalking", authors=["norfolk-pcc"],
        date=["2025-05-06"],
        responses={"15": ["complete"], "16": ["complete"], "25": ["not_started"]},
        style=Style(wrap=76),
        classes=["status-word-and", "reported-speech-explicit", "intention-only"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Norfolk<br>Building 7, Jubilee House,
Falconers Chase, Wymondham NR18 0WW</div>
<p>6 May 2025</p>
<p>Dear Chief Inspector,</p>
<p>The police response to stalking: the Commissioner's recommendations</p>
<p>Recommendation 15: Delivered and now reviewed each year through our victims' services board. The specialist
stalking advocate we fund sees every high-risk case.</p>
<p>Recommendation 16: The Chief Constable has assured me that this is finished: our joint review reported to the
Police and Crime Panel in March.</p>
<p>Recommendation 25: We plan to agree a joint performance report with the force.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Norfolk</p>
"""),

    # work done beside a plan in one sentence; work done beside work still to do in another sentence; a local
    # sign-off that "awaits"; a refusal and its reasons
    Doc("d8-ppda-gwent-update", ["pdf", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["gwent-police"], date=["2023-08-22"],
        responses={"1": ["in_progress"], "2": ["in_progress"], "3": ["in_progress"]},
        style=Style(pdf_ruled=True),
        classes=["done-beside-plan", "done-beside-to-do", "awaits-sign-off"],
        body="""
<p>Gwent Police<br>Police Headquarters, Cwmbran NP44 2XJ</p>
<p>22 August 2023</p>
<p>Police perpetrated domestic abuse: update on our response</p>
<h2>Recommendation 1</h2>
<p>Professional Standards re-examined every open case in the spring. Cases closed in the last three years are still
to be looked at, and no start date has been set.</p>
<h2>Recommendation 2</h2>
<p>We have drafted a protocol with Dyfed-Powys Police for each force to investigate the other's officers; it awaits
approval by both chief officer teams in September.</p>
<h2>Recommendation 3</h2>
<p>We have written to every service we fund about these victims and will set up a referral route with them from
January.</p>
"""),

    Doc("d8-sas-mod-refusal", ["html"], super_complaint="stop-and-search", authors=["home-office"],
        date=["2022-10-03"],
        responses={"7": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(site="govuk", page_title="Section 60 super-complaint: our reply - GOV.UK"),
        classes=["refusal-then-reasons"],
        body="""
<h1>Section 60 stop and search super-complaint: government reply on recommendation 7</h1>
<p>Published 3 October 2022</p>
<h2>Recommendation 7</h2>
<p>The government does not accept this recommendation. The statutory code already requires officers to record the
grounds for each search, and we will keep that requirement under review.</p>
"""),

    # engine9's classes (notes/progress-misses.md): the writer's verdict on a numbered recommendation decides though
    # other work goes on; a group formed in the simple past is work under way; "WIP:" and "TBC pending" a national
    # body's guidance in a slide's bullets
    Doc("d8-hba-cleveland-board-slides", ["pdf", "html"], super_complaint="honour-based-abuse",
        authors=["cleveland-police"], date=["2024-01-16"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="plain", page_title="Honour-based abuse: board update | Cleveland Police", pdf_ruled=False),
        classes=["numbered-verdict", "group-formed-past", "wip-bullet"],
        body="""
<h1>Cleveland Police: honour-based abuse super-complaint</h1>
<p>Public Protection Board, 16 January 2024</p>
<h2>Recommendation 1</h2>
<p>The board judges recommendation 1 achieved. A refresher for new detectives is still being written.</p>
<h2>Recommendation 2</h2>
<p>A working group was convened in November with two community organisations to shape the course.</p>
"""),

    Doc("d8-st-wilts-slides", ["pdf"], super_complaint="stalking", authors=["wiltshire-police"],
        date=["2025-02-11"],
        responses={"3": ["in_progress"], "4": ["awaiting_national"]},
        style=Style(pdf_ruled=False, pdf_footer="Wiltshire Police | OFFICIAL"),
        classes=["wip-bullet", "tbc-pending-national"],
        body="""
<h1>Stalking super-complaint</h1>
<p>Chief Officer Team, 11 February 2025</p>
<h2>Recommendation 3</h2>
<p>WIP: the screening questions are with the IT supplier.</p>
<h2>Recommendation 4</h2>
<p>TBC pending the College's revised guidance on stalking protection orders.</p>
"""),

    # the lead's classes from the blind sets: a form whose status line has a box for every option, one ticked; a
    # green on a RAG tracker with an update not yet done; acceptance that says no work; business as usual in other
    # words
    Doc("d8-s2s-surrey-pcc-form", ["docx", "pdf"], super_complaint="safe-to-share", authors=["surrey-pcc"],
        date=["2022-03-15"],
        responses={"5": ["complete"], "6": ["in_progress"], "8": ["complete"]},
        style=Style(pdf_ruled=True),
        classes=["check-box-status-line", "bau-other-words"],
        body="""
<h1>Office of the Police and Crime Commissioner for Surrey: Safe to share? return</h1>
<p>15 March 2022</p>
<h2>Recommendation 5</h2>
<p>Progress: &#9744; Not started &#9744; In progress &#9746; Complete</p>
<p>Referrals to the migrant advocacy service are now simply part of the hub's everyday work.</p>
<h2>Recommendation 6</h2>
<p>Progress: &#9744; Not started &#9746; In progress &#9744; Complete</p>
<p>The assessment's survey of providers is with the analyst.</p>
<h2>Recommendation 8</h2>
<p>Progress: &#9744; Not started &#9744; In progress &#9746; Complete</p>
<p>This return is our update.</p>
"""),

    Doc("d8-pm-herts-rag", ["html"], super_complaint="protective-measures", authors=["hertfordshire-constabulary"],
        date=["2022-09-28"],
        responses={"1": ["in_progress"], "2": ["complete"], "3": {"progress": ["not_stated", "in_progress"],
                                                                 "position": ["accepted"]}},
        style=Style(site="force", site_name="Hertfordshire Constabulary",
                    page_title="Protective measures tracker | Hertfordshire Constabulary"),
        classes=["green-alone-on-track", "acceptance-not-completion"],
        body="""
<h1>Protective measures super-complaint: our tracker</h1>
<p>Updated 28 September 2022</p>
<table>
<tr><th>Recommendation</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>Green</td><td>Inspectors have started on the oldest released under investigation cases; the rest follow in
the autumn.</td></tr>
<tr><td>2</td><td>Green</td><td>Bail conditions checklist issued to all custody suites in June.</td></tr>
<tr><td>3</td><td>Amber</td><td>The force has accepted recommendation 3.</td></tr>
</table>
"""),
]
