"""The twenty-second development set: one document of our own for each class of tracker and action-plan progress
changed in round fourteen by helper `track15` (ADR 0008, Decision 32), found on the blind sets heldout27 and heldout28
and written here in other words, reports and formats: a tracker's status column is the writer's summary and its update
the account, which outranks the summary where it says plainly that the work is not done, or is held up until a
national body acts; a line of boxes with none ticked states nothing; a share of people done beside a closed row is the
row's history, not work still to come. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # "Complete" (in words or with a colour) beside an update that denies completion in so many words
    Doc("d22-s2s-essex-tracker", ["html", "docx", "pdf"], super_complaint="safe-to-share",
        authors=["essex-police"], date=["2022-05-16"],
        responses={"1": ["in_progress"], "4": ["in_progress"], "5": ["complete"]},
        style=Style(site="force", site_name="Essex Police"),
        classes=["negated-completion-outranks-complete-column"],
        body="""
<h1>Essex Police: Safe to share? implementation tracker</h1>
<p>Tracker position at 16 May 2022</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>RAG</th><th>Progress update</th></tr>
<tr><td>1</td><td>Head of Crime</td><td>Green - Complete</td><td>A revised victim-first instruction has been drafted.
Legal sign-off has not yet been given, and briefing of call handlers is pencilled in for the summer.</td></tr>
<tr><td>4</td><td>Head of Partnerships</td><td>Complete</td><td>The referral route through two migrant support charities
is working in Chelmsford; its review is not finished and extending it across the county is not agreed.</td></tr>
<tr><td>5</td><td>Head of Communications</td><td>Complete</td><td>Leaflets in eight languages were distributed in March
and are on the website.</td></tr>
</table>
"""),

    # an amber or "Complete" column beside an update that says the work is held up until a national body acts
    Doc("d22-stalk-norfolk-plan", ["markdown", "docx"], super_complaint="stalking",
        authors=["norfolk-constabulary"], date=["2025-07-08"],
        responses={"3": ["awaiting_national"], "6": ["awaiting_national"], "9": ["in_progress"]},
        style=Style(site="force", site_name="Norfolk Constabulary"),
        classes=["held-up-until-national-body-acts"],
        body="""
<h1>Norfolk Constabulary: stalking super-complaint action plan</h1>
<p>Update of 8 July 2025</p>
<table>
<tr><th>No.</th><th>Action</th><th>Status</th><th>Comment</th></tr>
<tr><td>3</td><td>Screening questions for stalking</td><td>Amber</td><td>We are unable to settle the final question set
until the NPCC issues its national screening tool later this year.</td></tr>
<tr><td>6</td><td>Stalking advocates</td><td>Complete</td><td>Reliant on the Home Office confirming the advocate
funding it has promised; no appointments can be made before then.</td></tr>
<tr><td>9</td><td>Training for call handlers</td><td>Amber</td><td>Sessions running since May; more than half of call
handlers have attended and the rest are booked for September.</td></tr>
</table>
"""),

    # a form's row of boxes with none ticked: its words are the form's options; the update says how far it got
    Doc("d22-pm-westmercia-return", ["docx", "pdf"], super_complaint="protective-measures",
        authors=["west-mercia-police"], date=["2022-03-21"],
        responses={"2": ["in_progress"], "4": ["complete"], "7": ["in_progress"]},
        classes=["unticked-boxes-state-nothing"],
        body="""
<h1>West Mercia Police: protective measures return</h1>
<p>Returned 21 March 2022</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Commentary</th></tr>
<tr><td>2 - Bail reviews</td><td>&#9744; Complete &#9744; Ongoing &#9744; Not started</td><td>Supervisors are now
reviewing every bail case at day 28, and the review template is being rewritten with the CPS.</td></tr>
<tr><td>4 - DVPO applications</td><td>&#9746; Complete &#9744; Ongoing &#9744; Not started</td><td>All applications
go through the central DVPO desk, which has done so since October.</td></tr>
<tr><td>7 - Victim updates</td><td>&#9744; Complete &#9744; Ongoing &#9744; Not started</td><td>New letters drafted
and being tested with victims' groups this spring.</td></tr>
</table>
"""),

    # a share of people done, beside a "Complete" column with nothing said to come, or a row the update closes
    Doc("d22-stalk-surrey-tracker", ["html", "pdf"], super_complaint="stalking",
        authors=["surrey-police"], date=["2025-04-30"],
        responses={"10": ["complete"], "12": ["complete"], "13": ["in_progress"]},
        style=Style(site="force", site_name="Surrey Police"),
        classes=["share-done-beside-closed-row"],
        body="""
<h1>Surrey Police: stalking recommendations tracker</h1>
<p>Position at 30 April 2025</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>RAG</th><th>Update</th></tr>
<tr><td>10</td><td>Training on stalking</td><td>Complete</td><td>New course written with the Stalking Advocacy Service;
89% of investigators had passed it by March.</td></tr>
<tr><td>12</td><td>Stalking protection orders</td><td>Green</td><td>A template and guide were issued in January; 76% of
detective sergeants have used it. Closed at Board.</td></tr>
<tr><td>13</td><td>Victim contact</td><td>Complete</td><td>Contact plans are in place in 60% of teams; the remaining
teams will adopt them by June.</td></tr>
</table>
"""),
    # an action plan whose progress column is one cell per action: a cell in free words is that action's own reading,
    # so that the one cell holding a status word ("Not started") does not speak for the recommendation
    Doc("d22-stalk-bedfordshire-plan", ["html", "pdf"], super_complaint="stalking",
        authors=["bedfordshire-police"], date=["2024-11-25"],
        responses={"7": ["in_progress"], "11": ["complete"]},
        classes=["free-worded-action-cells"],
        body="""
<h1>Bedfordshire Police: stalking super-complaint action plan</h1>
<p>Published 25 November 2024</p>
<table>
<tr><th>Ref</th><th>Requirement</th><th>Action and owner</th><th>Progress</th></tr>
<tr><td>7</td><td>Changes to the crime recording system</td><td>Supplier change request (Records Manager)</td><td>Request
lodged with the supplier in September; the upgrade is expected early next year</td></tr>
<tr><td>7.1</td><td>Use of the new capability</td><td>Briefing note to follow the upgrade</td><td>Not started - waits on
7</td></tr>
<tr><td>7.2</td><td>Interim measures</td><td>Flag on intelligence reports (Crime Registrar)</td><td>Operating since
October 2024</td></tr>
<tr><td>11</td><td>Supervision of stalking cases</td><td>Supervisor checklist (Head of Crime)</td><td>Complete</td></tr>
</table>
"""),
]
