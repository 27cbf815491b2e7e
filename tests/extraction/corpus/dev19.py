"""The nineteenth development set: one document of our own for each class of progress and position reading changed in
round thirteen by helper `progress14` (ADR 0008, Decision 27), found on the blind sets heldout25 and heldout26 and
written here in other words, reports and formats, so that each rule is shown to read a class of text rather than the
sentence that prompted it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style


def R(progress, position=None):
    return {"progress": list(progress)} if position is None else {"progress": list(progress), "position": list(position)}


DOCS = [
    # a group heading over one line per recommendation, each opening with its own number: each line is its own answer
    # (the group's other lines, and a line's wrapped second half in a PDF, are not)
    Doc("d19-pm-cumbria-group-lines", ["markdown", "pdf"], super_complaint="protective-measures",
        authors=["cumbria-constabulary"], date=["2022-10-04"],
        responses={"2": ["in_progress"], "4": ["complete"], "5": ["awaiting_national"], "6": ["in_progress"],
                   "7": ["not_started"]},
        style=Style(pdf_header="Cumbria Constabulary - protective measures"),
        classes=["group-lines-by-number"],
        body="""
<h1>Cumbria Constabulary: protective measures progress note</h1>
<p>Updated 4 October 2022</p>
<p>Prepared for the Chief Officer Group by the Public Protection Unit.</p>
<h2>Recommendation 2</h2>
<p>A review of released under investigation cases over six months old began in August and is half way through.</p>
<h2>Recommendations 4 to 7</h2>
<ul>
<li>4 - applications for domestic violence protection orders: complete; the revised checklist has been in use since
July.</li>
<li>5 - bail conditions for suspects: on hold until national guidance on pre-charge bail conditions is
published.</li>
<li>6 - keeping victims informed: in progress, with new letters being tested in the Barrow and Carlisle areas.</li>
<li>7 - breaches of non-molestation orders: not yet started, and scoping is pencilled in for the new year.</li>
</ul>
"""),

    # a range named as the subject, what it covers between commas, and its verdict; then a sentence that introduces
    # other work, which is not this range's
    Doc("d19-sas-gloucestershire-news", ["html"], super_complaint="stop-and-search",
        authors=["gloucestershire-constabulary"], date=["2024-09-12"],
        responses={"2": ["complete"], "3": ["complete"], "6": ["in_progress"]},
        style=Style(site="news", site_name="Gloucestershire Constabulary"),
        classes=["range-subject-with-apposition"],
        body="""
<h1>Stop and search: Gloucestershire sets out its progress</h1>
<p>Published 12 September 2024</p>
<p>Gloucestershire Constabulary has published its progress on the super-complaint report about section 60 and
community scrutiny of stop and search.</p>
<p>Recommendations 2 and 3, which dealt with recording the reasons for authorisations and telling the public about
them, have been fully implemented. Some work is still open.</p>
<p>The independent scrutiny panel asked for by recommendation 6 is being recruited, and its first meeting is booked
for November.</p>
"""),

    # a tracker's "Complete" column beside an update whose account plainly says the work goes on or waits
    Doc("d19-s2s-north-yorks-tracker", ["docx", "html"], super_complaint="safe-to-share",
        authors=["north-yorkshire-police"], date=["2022-02-28"],
        responses={"1": ["in_progress"], "4": ["awaiting_national"], "5": ["complete"]},
        style=Style(site="force", site_name="North Yorkshire Police"),
        classes=["update-outranks-complete-column"],
        body="""
<h1>North Yorkshire Police: Safe to share? recommendations tracker</h1>
<p>Updated 28 February 2022</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Crime</td><td>Complete</td><td>The new guidance is being trialled by response teams in
Scarborough and Harrogate, and the other districts will adopt it after the trial is evaluated.</td></tr>
<tr><td>4</td><td>Head of Partnerships</td><td>Complete</td><td>The force is waiting for the NPCC's national
information-sharing template before it signs agreements with local charities.</td></tr>
<tr><td>5</td><td>Head of Engagement</td><td>Complete</td><td>The engagement plan was signed off in January and the
first listening events were held the same month.</td></tr>
</table>
"""),

    # a plan row refusing the recommendation in its status column, with empty cells before it: a cell of no words says
    # nothing, and the refusal leaves nothing begun
    Doc("d19-s2s-suffolk-plan", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["suffolk-constabulary"], date=["2021-11-30"],
        responses={"1": R(["in_progress"]), "6": R(["not_started", "not_stated"], ["not_accepted"])},
        classes=["refusal-in-status-column", "empty-cells-no-evidence"],
        body="""
<h1>Suffolk Constabulary: Safe to share? delivery plan</h1>
<p>Position as at 30 November 2021.</p>
<table>
<tr><th>No.</th><th>Action</th><th>Lead</th><th>Deadline</th><th>Status</th><th>Commentary</th></tr>
<tr><td>1</td><td>Interim guidance</td><td>Supt Crime</td><td>31/03/2022</td><td>In progress</td><td>Interim guidance
is with the legal team for checking.</td></tr>
<tr><td>6</td><td>-</td><td>-</td><td>-</td><td>Not accepted</td><td>The force will not duplicate the Commissioner's
needs assessment.</td></tr>
</table>
"""),

    # parts accepted by their letters and another refused in a later sentence, with no verdict of "in part" anywhere
    Doc("d19-hba-cambs-position", ["markdown"], super_complaint="honour-based-abuse",
        authors=["cambridgeshire-constabulary"], date=["2023-03-09"],
        responses={"2": R(["in_progress"], ["partially_accepted"])},
        classes=["parts-accepted-by-letter"],
        body="""
<h1>Cambridgeshire Constabulary: our position on the honour-based abuse recommendations</h1>
<p>9 March 2023</p>
<h2>Recommendation 2</h2>
<p>The force accepts parts 2b and 2d, and the community information leaflets are being written with partners. It
does not accept part 2a as worded, because its advisory groups are volunteers recruited across the whole county.</p>
"""),

    # the report's summary accepting all its recommendations by a count, carried to answers that give only progress
    Doc("d19-ppda-gwent-committee", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["gwent-police"], date=["2023-06-20"],
        responses={"1": R(["complete"], ["accepted"]), "2": R(["in_progress"], ["accepted"])},
        style=Style(site="plain", page_title="Joint audit committee: PPDA super-complaint"),
        classes=["count-in-collective-acceptance"],
        body="""
<h1>Gwent Police: police perpetrated domestic abuse, progress for the joint audit committee</h1>
<p>20 June 2023</p>
<p>Gwent Police accepted the two recommendations made for policing in the Centre for Women's Justice super-complaint
report on police perpetrated domestic abuse. This paper gives Members the progress since March.</p>
<table>
<tr><th>Recommendation</th><th>Progress</th></tr>
<tr><td>1</td><td>The review of open cases finished in May; no case needed a fresh referral.</td></tr>
<tr><td>2</td><td>New handling arrangements are being drafted with the professional standards department.</td></tr>
</table>
"""),

    # a status label of "not started" whose reason is a national body's wait: awaiting national action
    Doc("d19-stalk-suffolk-pcc-note", ["text"], super_complaint="stalking",
        authors=["suffolk-pcc"], date=["2025-04-15"],
        responses={"15": ["in_progress"], "16": ["awaiting_national"]},
        style=Style(text_tables="form"),
        classes=["not-started-waiting-on-national"],
        body="""
<h1>Suffolk Police and Crime Commissioner: stalking recommendations note</h1>
<p>15 April 2025</p>
<table>
<tr><th>Recommendation</th><th>Status</th></tr>
<tr><td>15</td><td>In progress: the review of stalking advocacy is under way with two providers.</td></tr>
<tr><td>16</td><td>Not started, pending the College of Policing's national stalking guidance for joint reviews.</td></tr>
</table>
"""),

    # a summary naming several recommendations at once, then one line per recommendation: each line is the answer
    Doc("d19-pm-gloucestershire-paper", ["text"], super_complaint="protective-measures",
        authors=["gloucestershire-constabulary"], date=["2022-05-17"],
        responses={"3": R(["complete"], ["accepted"]), "5": R(["in_progress"], ["accepted"]),
                   "8": R(["not_started"], ["accepted"])},
        style=Style(wrap=72),
        classes=["own-line-over-summary"],
        body="""
<h1>Gloucestershire Constabulary: paper to the Commissioner's scrutiny board</h1>
<p>17 May 2022</p>
<h2>Summary</h2>
<p>The Chief Constable has accepted recommendations 3, 5 and 8 of the protective measures report, and they
are reported here in turn.</p>
<h2>Detail</h2>
<p>Recommendation 3: done. Every custody sergeant now records the reasons for bail conditions.</p>
<p>Recommendation 5: under way. Training for investigators began in April.</p>
<p>Recommendation 8: not yet begun. It is scheduled for the autumn.</p>
"""),

    # a department's reasoned conclusion against the step the recommendation asks for, with no "accept" in it
    Doc("d19-st-moj-reply", ["markdown"], super_complaint="stalking",
        authors=["ministry-of-justice"], date=["2024-12-02"],
        responses={"5": R(["not_stated", "not_started"], ["not_accepted"])},
        style=Style(site="govuk"),
        classes=["reasoned-conclusion-against"],
        body="""
<h1>Ministry of Justice reply on the stalking super-complaint report</h1>
<p>2 December 2024</p>
<p>This reply from the Ministry of Justice covers the recommendation made to it.</p>
<h2>Recommendation 5</h2>
<p>Officials looked closely at the case for a separate sentencing guideline. Having weighed the evidence from the
courts, Ministers decided that a separate guideline would not be proportionate while the current one is so new.</p>
"""),

    # a commissioner's panel table whose update tells a single act done, with its day, and nothing else
    Doc("d19-s2s-cumbria-pfcc-panel", ["html"], super_complaint="safe-to-share",
        authors=["cumbria-pfcc"], date=["2021-11-18"],
        responses={"6": ["in_progress"], "8": ["complete"]},
        style=Style(site="pcc", site_name="Cumbria Police, Fire and Crime Commissioner"),
        classes=["dated-past-act"],
        body="""
<h1>Cumbria Police, Fire and Crime Commissioner: Safe to share? report to the Panel</h1>
<p>18 November 2021</p>
<table>
<tr><th>Recommendation</th><th>Where it stands</th></tr>
<tr><td>6. Review of support services for migrant victims</td><td>The review of support services is under way with
two charities.</td></tr>
<tr><td>8. Update to the inspectorate</td><td>The scrutiny report was presented to the inspectorate's team on 12
October 2021.</td></tr>
</table>
"""),
]
