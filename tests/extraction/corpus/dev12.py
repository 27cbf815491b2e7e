"""The twelfth development set: one document of our own, in other words than heldout21 and heldout22's, for each class
of which passage answers which recommendation changed in round twelve (ADR 0008, Decision 19), so that each rule is
shown to read a class of text rather than the sentence that prompted it. The second list is for round eleven's leftovers
(heldout18 and heldout19's misses) read in the same round.
"""
from build import Doc
from render import Style

DOCS = [
    # a tracker whose revision history is a table of its own: its "3.0" and "4.0" are issues of the tracker
    Doc("d12-ppda-avon-tracker", ["docx", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["avon-and-somerset-constabulary"], date=["2023-04-28"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(docx_headings="bold", pdf_header="Avon and Somerset Constabulary - OFFICIAL"),
        classes=["revision-history-table"],
        body="""
<h1>Avon and Somerset Constabulary: police perpetrated domestic abuse tracker</h1>
<p>Updated 28 April 2023 by the Head of Professional Standards.</p>
<p>This tracker follows the report on the Centre for Women's Justice super-complaint.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Complete</td><td>All 52 cases reviewed by the joint panel; learning shared with every department.</td></tr>
<tr><td>2</td><td>In progress</td><td>A ring-fenced investigation team is being recruited; three of five posts filled.</td></tr>
</table>
<h2>Revision history</h2>
<table>
<tr><th>Revision</th><th>Date</th><th>Summary of change</th></tr>
<tr><td>3.0</td><td>9 January 2023</td><td>First draft</td></tr>
<tr><td>4.0</td><td>28 April 2023</td><td>Quarterly refresh</td></tr>
</table>
"""),

    # the recommendations named by their place among a recipient's, inside a sentence, and the group counted first
    Doc("d12-stalking-cumbria-pcc-page", ["html"], super_complaint="stalking",
        authors=["cumbria-pfcc"], date=["2025-05-06"],
        responses={"15": ["complete"], "16": ["in_progress"]},
        style=Style(site="pcc", site_name="Cumbria Police, Fire and Crime Commissioner",
                    page_title="Stalking super-complaint: the Commissioner's update"),
        classes=["place-among-recipients-mid-sentence"],
        body="""
<h1>Stalking super-complaint: the Commissioner's update</h1>
<p>6 May 2025</p>
<p>The Cumbria Police, Fire and Crime Commissioner has reviewed progress on the report on the Suzy Lamplugh Trust's
super-complaint about the police response to stalking.</p>
<p>Our work on the first of the recommendations made to commissioners is finished: the review of services for
stalking victims reported in March, and a second independent stalking advocate started work in April.</p>
<p>The second, shared with the Chief Constable, has begun; the joint review group has met once.</p>
"""),

    # "the first two recommendations are for chief constables ... so the first is met" (a verdict closing its sentence)
    Doc("d12-hba-cleveland-pcc-note", ["markdown"], super_complaint="honour-based-abuse",
        authors=["cleveland-pcc"], date=["2023-03-01"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(),
        classes=["group-then-closing-ordinal-verdict"],
        body="""
<h1>Cleveland Police and Crime Commissioner: note on the honour-based abuse super-complaint</h1>
<p>1 March 2023</p>
<p>This note gives the Commissioner's view of the report on the Tees Valley Inclusion Project's super-complaint.</p>
<p>The first two recommendations were made to chief constables. Cleveland Police added the risk of honour-based abuse to
its sexual offences policy in January, and the first is therefore complete. The second remains open: the force is
rebuilding its independent advisory groups and will train response officers over the summer.</p>
"""),

    # minutes: an officer reported on a recommendation, and what was done under another
    Doc("d12-ss-avon-panel-minutes", ["text"], super_complaint="stop-and-search",
        authors=["avon-and-somerset-pcc"], date=["2024-10-09"],
        responses={"8": ["in_progress"]},
        style=Style(wrap=78),
        classes=["reported-on-recommendation"],
        body="""
<h1>Avon and Somerset Police and Crime Commissioner: Independent Scrutiny Panel</h1>
<p>Minutes of the meeting of 9 October 2024.</p>
<h2>Item 4: Section 60 super-complaint</h2>
<p>The Scrutiny Manager gave an update on recommendation 8 of the Criminal Justice Alliance super-complaint report. The
panel had reviewed a sample of stop and search body-worn video; a youth member was being recruited; and reviews of
section 60 authorisations would begin when the force next makes one.</p>
"""),

    # the recommendation named by a preposition inside its subject ("at"), and "On X, which is recommendation N,"
    Doc("d12-s2s-npcc-update-page", ["html", "pdf"], super_complaint="safe-to-share",
        authors=["npcc"], date=["2022-11-15"],
        responses={"1": ["complete"], "3": ["in_progress", "awaiting_national"]},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="Safe to share?: an update from the NPCC"),
        classes=["named-at-recommendation", "on-subject-which-is-recommendation"],
        body="""
<h1>Safe to share?: an update from the NPCC</h1>
<p>15 November 2022</p>
<p>The NPCC has written to the inspectorate about the recommendations for policing in the Safe to share? report.</p>
<p>On the interim halt to passing victims' details to Immigration Enforcement, which is recommendation 1, all forces
have told the NPCC that their policies have changed and that officers have been briefed.</p>
<p>The national protocol at recommendation 3 is still being drafted with the Home Office; a second draft went to
specialist organisations in October.</p>
"""),

    # a listing whose recipients are the writer, answered as a group in the next sentence
    Doc("d12-stalking-dorset-pcc-letter", ["docx"], super_complaint="stalking",
        authors=["dorset-pcc"], date=["2024-12-11"],
        responses={"16": ["not_started"], "25": ["not_started"]},
        style=Style(),
        classes=["listing-for-the-writer-answered-as-group"],
        body="""
<div class="letterhead">Office of the Dorset Police and Crime Commissioner<br>Winfrith, Dorchester DT2 8DZ</div>
<p>11 December 2024</p>
<p>Dear HM Inspector,</p>
<p><strong>Response of the Dorset Police and Crime Commissioner to the stalking super-complaint report</strong></p>
<p>Recommendations 16 and 25 are addressed to us and to the Chief Constable. The Chief Constable and I will take both
forward through the county's Violence Against Women and Girls board, which will not start on them until its new
terms of reference are agreed in February.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Dorset</p>
"""),

    # "As required by the first recommendation of the report" and "the third and fourth recommendations"
    Doc("d12-ppda-surrey-force-letter", ["text", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["surrey-police"], date=["2023-01-18"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        style=Style(),
        classes=["as-required-by-ordinal", "ordinal-and-part-of-another"],
        body="""
<p>Surrey Police<br>Mount Browne, Guildford GU3 1HG</p>
<p>18 January 2023</p>
<p>Dear Director,</p>
<p>As asked in the first recommendation of the report, I set out how Surrey Police reviewed its cases of police
perpetrated domestic abuse. Every live case and every case closed in the year to June 2022 has been reviewed, and the
review is closed.</p>
<p>On the second recommendation and the force's part of the third, a new procedure for handling these allegations is
in draft and victims will be offered a contact outside their own command from March.</p>
<p>Yours sincerely,</p>
<p>Chief Constable, Surrey Police</p>
"""),

    # a one-recommendation report's recommendation described for its recipient, then only a wish and its news
    Doc("d12-ms-essex-pcc-statement", ["html"], super_complaint="modern-slavery",
        authors=["essex-pfcc"], date=["2021-07-12"],
        responses={}, absent=["1"],
        style=Style(site="pcc", site_name="Essex Police, Fire and Crime Commissioner",
                    page_title="The hidden victims: Commissioner's statement"),
        classes=["recipients-news-not-an-answer", "not-ours-no-fallback"],
        body="""
<h1>The hidden victims: the Commissioner's statement</h1>
<p>12 July 2021</p>
<p>This is the Essex Police, Fire and Crime Commissioner's statement on the report on Hestia's super-complaint about
modern slavery.</p>
<h2>Recommendation 1</h2>
<p>Recommendation 1 asks the Home Office to commission research into what victims experience. The Home Office has not
yet published a response. We look forward to the research and to taking part in it.</p>
<h2>Support for victims in Essex</h2>
<p>The Chief Constable has told me that the modern slavery unit now takes every referral, and I will follow this at my
performance meetings.</p>
"""),

    # the report's call for a recipient, named alone, read by its words
    Doc("d12-s2s-gwent-news", ["html"], super_complaint="safe-to-share",
        authors=["gwent-police"], date=["2022-05-03"],
        responses={"4": ["complete"]},
        style=Style(site="news", site_name="Gwent Police", page_title="Reporting route for migrant victims"),
        classes=["call-for-recipient-by-subject"],
        body="""
<h1>A new way for migrant victims to report crime</h1>
<p>Gwent Police News, 3 May 2022</p>
<p>Gwent Police has opened a reporting route through two community charities for victims who fear what reporting might
mean for their immigration status.</p>
<p>The route meets the report's call for chief constables to see that migrant victims and witnesses are supported
through safe reporting pathways. Every neighbourhood officer has been briefed and the route is open in all five
boroughs.</p>
"""),

    # a joint update in its own numbering, each section saying which of the report's recommendations it covers
    Doc("d12-s2s-lancashire-joint-update", ["markdown"], super_complaint="safe-to-share",
        authors=["lancashire-constabulary", "lancashire-pcc"], date=["2021-06-15"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["not_started"]},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(),
        classes=["own-numbering-names-recommendation", "joint-recipients", "recommendation-that-by-words"],
        body="""
<h1>Safe to share?: Lancashire Constabulary and the Lancashire Police and Crime Commissioner</h1>
<p>15 June 2021</p>
<p>This is the joint update of the Chief Constable and the Commissioner. We have set our work out as four
commitments.</p>
<h2>Commitment 1</h2>
<p>Commitment 1 covers the first recommendation to chief constables. Officers stopped sharing victims' details on doubt
alone in February and the policy was reissued in April.</p>
<h2>Commitment 2</h2>
<p>Commitment 2 is the second recommendation to chief constables. A pathway with a Preston charity is being piloted.</p>
<h2>Commitment 3</h2>
<p>Commitment 3 answers the recommendation made jointly to chief constables and police and crime commissioners. A
joint campaign with community radio is being planned and the first adverts are being recorded.</p>
<h2>Commitment 4</h2>
<p>Commitment 4 is the Commissioner's: the recommendation that commissioners assess local access to specialist victim
support. The assessment will begin with the new victims' contract in the autumn.</p>
"""),

    # another body's act, done as a recommendation asks, reported by the writer
    Doc("d12-stalking-wiltshire-pcc-letter", ["pdf"], super_complaint="stalking",
        authors=["wiltshire-pcc"], date=["2024-12-20"],
        responses={"15": ["in_progress"]}, absent=["27"],
        style=Style(pdf_header="OFFICIAL"),
        classes=["another-body-as-asked"],
        body="""
<p>Office of the Police and Crime Commissioner for Wiltshire and Swindon<br>Devizes SN10 2DN</p>
<p>20 December 2024</p>
<p>Dear HM Inspector,</p>
<p>I note that the Association of Police and Crime Commissioners will answer for all commissioners, as recommendation
27 envisages, and my office has commented on its draft.</p>
<p>On recommendation 15, my office is reviewing the stalking services we commission and will report in March.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Wiltshire and Swindon</p>
"""),
]

DOCS += [
    # a tracker row that names an item the report left unnumbered, in the recommendation column, after another's row
    Doc("d12-hba-lancs-tracker", ["html"], super_complaint="honour-based-abuse",
        authors=["lancashire-constabulary"], date=["2023-09-04"],
        responses={"1": ["complete"]}, absent=["3"],
        style=Style(site="force", site_name="Lancashire Constabulary",
                    page_title="Honour-based abuse super-complaint tracker"),
        classes=["unnumbered-item-row-ends-the-row-above"],
        body="""
<h1>Honour-based abuse super-complaint: our tracker</h1>
<p>Lancashire Constabulary, updated 4 September 2023</p>
<p>This tracker follows the report on the Tees Valley Inclusion Project's super-complaint.</p>
<table>
<tr><th>Recommendation</th><th>Lead</th><th>Progress</th></tr>
<tr><td>1</td><td>Head of Public Protection</td><td>Done: our rape policy now covers the risk of honour-based abuse.</td></tr>
<tr><td>3</td><td>NPCC</td><td>A matter for the NPCC.</td></tr>
<tr><td>Commissioners: consultation before commissioning</td><td>OPCC</td><td>The Commissioner's consultation with
community groups opened in August.</td></tr>
</table>
"""),

    # a one-recommendation report's recommendation said to be another body's, the rest being the writer's (unnumbered)
    Doc("d12-ms-durham-force-plan", ["pdf"], super_complaint="modern-slavery",
        authors=["durham-constabulary"], date=["2021-09"],
        responses={}, absent=["1"],
        style=Style(pdf_header="Durham Constabulary"),
        classes=["others-are-the-writers"],
        body="""
<h1>The hidden victims: Durham Constabulary's plan</h1>
<p>September 2021</p>
<p>The report's first recommendation is for the Home Office, and the remaining recommendations are for chief
constables. This plan says what Durham Constabulary has done, and will do, about them.</p>
<h2>Training</h2>
<p>Every detective has completed the modern slavery course, and the e-learning for response officers is being written.</p>
"""),

    # a one-recommendation report's recommendation named only as another body's, in passing
    Doc("d12-ms-leicestershire-pcc-page", ["html"], super_complaint="modern-slavery",
        authors=["leicestershire-pcc"], date=["2021-08-02"],
        responses={}, absent=["1"],
        style=Style(site="pcc", site_name="Leicestershire Police and Crime Commissioner",
                    page_title="The hidden victims: Commissioner's comments"),
        classes=["named-only-as-anothers"],
        body="""
<h1>The hidden victims: the Commissioner's comments</h1>
<p>2 August 2021</p>
<p>The report on Hestia's super-complaint makes recommendations to forces, to commissioners and, in recommendation
1, to the Home Office.</p>
<h2>Support for victims</h2>
<p>I have asked my office to map what support victims of modern slavery can reach in Leicestershire, and we will work
with the Chief Constable on the gaps it finds.</p>
"""),

    # "the panel's new terms ... meet recommendation 8"; a listing whose recipients are told to report directly
    Doc("d12-ss-northumbria-pcc-news", ["html", "docx"], super_complaint="stop-and-search",
        authors=["northumbria-pcc"], date=["2024-06-14"],
        responses={"8": ["complete"]},
        style=Style(site="news", site_name="Northumbria Police and Crime Commissioner",
                    page_title="Stop and search scrutiny: the Commissioner's update"),
        classes=["plural-subject-meet-recommendation"],
        body="""
<h1>Stop and search scrutiny: the Commissioner's update</h1>
<p>14 June 2024</p>
<p>The Northumbria Police and Crime Commissioner has updated the inspectorate on the Criminal Justice Alliance
super-complaint about section 60.</p>
<p>The Commissioner said the community panel's revised terms, approved in May, meet recommendation 8 in full: every
section 60 authorisation is now reviewed by the panel within a fortnight.</p>
"""),

    # a national body's letter: the recommendations for forces, whose progress they are asked to report directly
    Doc("d12-ppda-npcc-letter", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2023-03-07"],
        responses={"3": ["in_progress"]}, absent=["1", "2"],
        style=Style(),
        classes=["others-report-directly"],
        body="""
<p>National Police Chiefs' Council<br>10 Victoria Street, London SW1H 0NN</p>
<p>7 March 2023</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse: the Centre for Women's Justice super-complaint</strong></p>
<p>Recommendations 1 and 2 are for chief constables, and I have told forces to report on their own progress to you
directly.</p>
<p>Recommendation 3: the NPCC is writing national guidance on supporting victims who work for the police; a draft is
with the College.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Domestic Abuse</p>
"""),

    # a blog: the recipient's recommendations as "everything it asked of chief constables", then "the first thing"
    Doc("d12-hba-south-yorkshire-blog", ["html"], super_complaint="honour-based-abuse",
        authors=["south-yorkshire-police"], date=["2023-04-11"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="news", site_name="South Yorkshire Police", page_title="Chief Constable's blog"),
        classes=["group-by-what-it-asked", "first-thing-it-asked"],
        body="""
<h1>What we have done since the honour-based abuse report</h1>
<p>Chief Constable's blog, 11 April 2023</p>
<p>When the national report on the Tees Valley Inclusion Project's super-complaint was published, I promised that South
Yorkshire Police would do all that it asked of chief constables. Here is where we are.</p>
<p>The first thing it asked of us has been done: since February our policy on rape and serious sexual offences has told
investigators to look for the risk of honour-based abuse.</p>
<p>The second will take longer. We have begun training with community groups, and the information packs for officers
are being written.</p>
"""),

    # the inspectorate's own page: what its recommendation asked, and who has replied
    Doc("d12-pm-hmicfrs-page", ["html"], super_complaint="protective-measures",
        authors=["hmicfrs"], date=["2022-03-10"],
        responses={}, absent=["1"],
        style=Style(site="national", site_name="His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
                    page_title="A duty to protect: responses | HMICFRS"),
        classes=["inspectorate-page-answers-nothing"],
        body="""
<h1>A duty to protect: responses to our recommendations</h1>
<p>Last updated: 10 March 2022</p>
<p>We published the report on the Centre for Women's Justice super-complaint about protective measures in August 2021.
Recommendation 1 asked chief constables, working with the NPCC lead for bail, to put in place processes for managing
released under investigation cases. We have received replies from 31 forces, and we publish each as it arrives.</p>
"""),
]
