"""The twenty-sixth development set: one document of our own for the class of tracker progress changed in round
fourteen by helper `track17` (ADR 0008, Decision 38), found on heldout29 and heldout30 and written here in other
words, reports and formats: a tracker's status word ("Complete", "Green", a ticked box) is the writer's summary and the
row's update the account; where the update books the work's own step for later (a build or release scheduled, a
service that will go live, a final part that will be delivered), the row is under way. A step after the work (an
evaluation, refresher training, a review) leaves the column standing. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a web tracker (and its Word and PDF copies): "Complete" beside a release booked for later, and two neighbours
    # whose later step is after the work (refresher sessions, an evaluation)
    Doc("d26-stalk-cheshire-tracker", ["html", "docx", "pdf"], super_complaint="stalking",
        authors=["cheshire-constabulary"], date=["2025-06-10"],
        responses={"7": ["in_progress"], "10": ["complete"], "15": ["complete"]},
        style=Style(site="force", site_name="Cheshire Constabulary", pdf_ruled=True),
        classes=["work-step-to-come-outranks-complete-column", "after-the-work-step-leaves-column"],
        body="""
<h1>Cheshire Constabulary: stalking super-complaint progress tracker</h1>
<p>Position at 10 June 2025</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Head of Information Services</td><td>Complete</td><td>Specification agreed with the records system
vendor. The release carrying the new stalking flag is booked for November 2025.</td></tr>
<tr><td>10</td><td>Head of Learning</td><td>Complete</td><td>Every investigator completed the stalking module by March
2025. Refresher sessions are scheduled for new starters each quarter.</td></tr>
<tr><td>15</td><td>Head of Public Protection</td><td>Complete</td><td>Screening of all stalking reports by a specialist
team began in January. An evaluation of the team is scheduled for spring 2026.</td></tr>
</table>
"""),

    # a Markdown tracker (and its plain-text copy): a colour and "Complete" beside a form that will go live, and a
    # campaign that will be launched; the neighbour tells the work's history and its business as usual
    Doc("d26-s2s-hampshire-tracker", ["markdown", "text"], super_complaint="safe-to-share",
        authors=["hampshire-and-isle-of-wight-constabulary"], date=["2021-11-22"],
        responses={"1": ["in_progress"], "4": ["complete"], "5": ["in_progress"]},
        style=Style(),
        classes=["work-step-to-come-outranks-complete-column", "history-leaves-column"],
        body="""
<h1>Hampshire and Isle of Wight Constabulary: Safe to share? tracker</h1>
<p>Updated 22 November 2021</p>
<table>
<tr><th>Rec</th><th>RAG</th><th>Status</th><th>Commentary</th></tr>
<tr><td>1</td><td>Green</td><td>Complete</td><td>Officers have been told not to pass victims' details to immigration
enforcement. The amended safeguarding referral form will go live in January 2022, once testing ends.</td></tr>
<tr><td>4</td><td>Blue</td><td>Complete</td><td>A reporting route with two refugee charities opened in July and is now
business as usual.</td></tr>
<tr><td>5</td><td>Green</td><td>Complete</td><td>Messages drafted with community groups; the campaign itself will be
launched in February.</td></tr>
</table>
"""),
]
