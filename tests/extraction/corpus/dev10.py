"""The tenth development set: one document of our own, in other words than the blind sets heldout17-20, for each class
of progress and position reading changed in round eleven (ADR 0008, Decision 16), so that each change is shown to
read a class of text rather than the sentence that prompted it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a form whose position line and progress line are both check boxes; a ticked "Done" beside a narrative that
    # reports only some of the people trained and the rest booked; a ticked "Partly agreed" is a position, no progress
    Doc("d10-pm-cheshire-return-form", ["html", "docx"], super_complaint="protective-measures",
        authors=["cheshire-constabulary"], date=["2022-03-09"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "7": {"progress": ["not_started"], "position": ["partially_accepted"]}},
        style=Style(site="force", site_name="Cheshire Constabulary",
                    page_title="Protective measures return | Cheshire Constabulary"),
        classes=["tick-box-position-line", "tick-box-beside-narrative", "share-trained-rest-booked"],
        body="""
<h1>Protective measures super-complaint: return to the inspectorate</h1>
<p>Force: Cheshire Constabulary</p>
<p>Date of return: 9 March 2022</p>
<h2>Recommendation 1</h2>
<p>Our position: [x] Agreed [ ] Partly agreed [ ] Not agreed</p>
<p>Stage reached: [ ] Not begun [ ] Under way [x] Done</p>
<p>Every bail decision is now checked by a custody inspector, and the check has been part of the custody manual
since November.</p>
<h2>Recommendation 5</h2>
<p>Our position: [x] Agreed [ ] Partly agreed [ ] Not agreed</p>
<p>Stage reached: [ ] Not begun [ ] Under way [x] Done</p>
<p>The refresher on orders and notices has been delivered to 340 of 520 response officers; the remaining sessions
are booked for April and May.</p>
<h2>Recommendation 7</h2>
<p>Our position: [ ] Agreed [x] Partly agreed [ ] Not agreed</p>
<p>Stage reached: [x] Not begun [ ] Under way [ ] Done</p>
<p>We support the aim, though not a separate breach log kept by the force alongside the courts' own. A review of
how breaches are dealt with is planned for the summer.</p>
"""),

    # a tracker whose status column and update disagree: "Closed" beside a refusal, "Done" beside "some trained, the
    # rest later", "Amber" and "Paused" beside a national body's work, "Active" beside "finished in May: ...",
    # "Complete" beside "cannot be signed off until"
    Doc("d10-st-derbyshire-tracker", ["html", "markdown", "pdf"], super_complaint="stalking",
        authors=["derbyshire-constabulary"], date=["2025-06-30"],
        responses={"10": ["in_progress"], "11": ["complete"], "12": ["awaiting_national"],
                   "13": ["in_progress"], "14": {"progress": ["not_started", "not_stated"],
                                                 "position": ["not_accepted"]}},
        style=Style(site="force", site_name="Derbyshire Constabulary",
                    page_title="Stalking action plan | Derbyshire Constabulary", pdf_ruled=True),
        classes=["status-column-against-update", "share-trained-rest-booked", "paused-for-national",
                 "finished-beside-open-column", "closed-as-refused", "cannot-close-until"],
        body="""
<h1>Derbyshire Constabulary: stalking super-complaint action plan</h1>
<p>Position at 30 June 2025</p>
<table>
<tr><th>Rec</th><th>Action</th><th>Owner</th><th>RAG</th><th>Update</th><th>Status</th></tr>
<tr><td>10</td><td>Stalking input for all investigators</td><td>Head of Training</td><td>Green</td>
<td>Course given to 61% of investigators so far; the rest are booked on it in the autumn.</td><td>Done</td></tr>
<tr><td>11</td><td>Screening questions at first contact</td><td>Contact Management</td><td>Amber</td>
<td>Finished in May: call handlers ask the screening questions on every call and supervisors check a sample
weekly.</td><td>Active</td></tr>
<tr><td>12</td><td>Adopt the national stalking risk tool</td><td>Public Protection</td><td>Amber</td>
<td>Paused while the College of Policing completes its trial of the new risk tool.</td><td>Paused</td></tr>
<tr><td>13</td><td>Recording stalking alongside other crimes</td><td>Force Crime Registrar</td><td>Green</td>
<td>A manual flag is used as a stopgap. The recommendation cannot be signed off until the records system supplier
ships the new crime type next year.</td><td>Complete</td></tr>
<tr><td>14</td><td>A stalking unit in every force</td><td>ACC Crime</td><td>-</td>
<td>We do not accept this recommendation: our public protection teams already hold this expertise. No further
work planned.</td><td>Closed</td></tr>
</table>
"""),

    # prose: waiting on a national body's work named a sentence before ("that guidance", "its review"), paused while
    # a national body finishes; the writer's verdict on the whole ("that concludes ...", "every element of it")
    Doc("d10-sts-devon-pcc-letter", ["docx", "text"], super_complaint="safe-to-share",
        authors=["devon-and-cornwall-pcc"], date=["2021-11-15"],
        responses={"4": ["complete"], "5": ["awaiting_national"], "6": ["complete"]},
        style=Style(wrap=78),
        classes=["waits-on-named-national-work", "verdict-on-the-whole"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly<br>
Andy Hocking House, Exeter EX2 7HQ</div>
<p>15 November 2021</p>
<p>Dear Chief Inspector,</p>
<p>Safe to share? Update from the Commissioner</p>
<p>Recommendation 4. The force and two local charities opened a third-party reporting route in June, and the charities
now take reports in four community languages. That concludes the work asked of us on this recommendation.</p>
<p>Recommendation 5. The Home Office is reviewing the guidance officers follow when a victim's status is in doubt.
We have held back our own publicity until its review ends, so that what we tell communities matches what officers
are told.</p>
<p>Recommendation 6. My office mapped the specialist support open to migrant victims in the spring and funded a
caseworker at the county's refugee charity from September. Every element of it has now been delivered.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner</p>
"""),

    # position: a part disputed beside work done ("we do not accept that ..."); "have accepted both"; committing to
    # a national approach once agreed (accepted, waiting on national); a pilot running beside an intention; a
    # national body's letter whose only "will" is what others will report
    Doc("d10-sas-hampshire-response", ["html", "pdf"], super_complaint="stop-and-search",
        authors=["hampshire-and-isle-of-wight-constabulary"], date=["2024-02-20"],
        responses={"1": {"progress": ["in_progress"], "position": ["partially_accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["awaiting_national"], "position": ["accepted"]}},
        style=Style(site="force", site_name="Hampshire and Isle of Wight Constabulary",
                    page_title="Section 60: our response | Hampshire and Isle of Wight Constabulary"),
        classes=["part-disputed-beside-work", "awaiting-implies-accepted", "pilot-running-with-intention"],
        body="""
<h1>Section 60 stop and search super-complaint: the response of Hampshire and Isle of Wight Constabulary</h1>
<p>Published 20 February 2024</p>
<h2>Recommendation 1</h2>
<p>Each authorisation now records the intelligence it rests on and is looked at again by a senior officer after it
ends. We do not accept that authority should rest with chief officers alone in every case, since in a fast-moving
incident that would cost time; an inspector will still be able to authorise, with a chief officer told at once.
Changes to the debrief form are being made and will be finished by the summer.</p>
<h2>Recommendation 2</h2>
<p>Officers in two districts have trialled an online notice of each authorisation since November, and we intend to
use it across the force once the trial has been reviewed.</p>
<h2>Recommendation 6</h2>
<p>We will follow the national approach to community scrutiny of section 60 once the College of Policing and the
National Police Chiefs' Council settle it, and are keeping our current panel arrangements until then.</p>
"""),

    # a commissioner's news item: what was done "meets" the recommendation
    Doc("d10-st-north-yorkshire-news", ["html", "markdown"], super_complaint="stalking",
        authors=["north-yorkshire-mayor"], date=["2025-04-02"],
        responses={"15": ["complete"]},
        style=Style(site="pcc", site_name="Mayor of York and North Yorkshire",
                    page_title="New help for stalking victims | Mayor of York and North Yorkshire"),
        classes=["what-was-done-meets-the-recommendation"],
        body="""
<h1>New help for stalking victims across the county</h1>
<p>2 April 2025</p>
<p>The Mayor of York and North Yorkshire has opened a stalking advocacy service run with a local charity. Two
advocates began taking referrals from the police in February.</p>
<p>The service satisfies recommendation 15 of the inspectorate's stalking report, which asked commissioners to look at
whether specialist help for stalking victims was in place in their areas.</p>
<p>Anyone who is being stalked can call 101, or 999 in an emergency.</p>
"""),

    Doc("d10-hba-npcc-letter", ["pdf", "text"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2024-04-11"],
        responses={"2": ["not_stated"], "3": ["not_stated"]}, optional=["1"],
        style=Style(wrap=80),
        classes=["lone-will-says-nothing", "acceptance-without-progress"],
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</div>
<p>11 April 2024</p>
<p>Dear Chief Inspector,</p>
<p>Honour-based abuse super-complaint</p>
<p>Recommendation 1 was answered in our letter of January.</p>
<p>On recommendations 2 and 3, which ask each chief constable to act, every force has signed up to both, and each
will describe its delivery in its own plan; this letter does not repeat those plans.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Honour-Based Abuse</p>
"""),
]
