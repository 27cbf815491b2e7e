"""The thirty-fourth development set: documents of our own for the progress readings of round sixteen's helper
`progress19` (ADR 0008, Decision 49), in other words than the tests' and the blind sets' that prompted them: an
acceptance says nothing of progress (by the writer or by others); a group's member picked out by its place ("the
second of them") owns what its paragraph tells; a tracker's share reached with nothing said to come, beside
"Complete", stays complete; a review the recommendation asks for that found something missing leaves the remedy to
come; a later paragraph that opens with another recommendation's subject is that one's; a one-answer document's
section headed by the work's state is read with its answer. Each document carries a neighbour the reading must not
take. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a national body's note: every force accepts both recommendations, and the second of them is told as under way;
    # the first is only accepted by others (nothing said of its progress)
    Doc("d34-hba-npcc-note", ["markdown", "html"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2023-05-22"],
        responses={"1": ["not_stated"], "2": ["in_progress"]},
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="Honour-based abuse super-complaint: a note from the NPCC lead"),
        classes=["acceptance-only-by-others", "group-member-by-place"],
        body="""
<h1>Honour-based abuse super-complaint: a note from the NPCC lead</h1>
<p>National Police Chiefs' Council, 22 May 2023</p>
<p>The report on the Tees Valley Inclusion Project's super-complaint made two recommendations to chief
constables.</p>
<p>Chief officers in each of the forces of England and Wales have written to me to say that they accept
recommendations 1 and 2.</p>
<p>The second of them concerns officers' knowledge of the cultures and faiths of the communities they police. A
national learning package has been drafted with community advisers and is being trialled by nine forces before it
is offered to all.</p>
<p>Lead for honour-based abuse, National Police Chiefs' Council</p>
"""),

    # a force's tracker: a "Complete" row whose update gives the share of staff reached and nothing still to come (it
    # stays complete), beside a "Complete" row whose share has the rest booked for later (under way)
    Doc("d34-st-kent-tracker", ["markdown", "text"], super_complaint="stalking",
        authors=["kent-police"], date=["2025-04-30"],
        responses={"7": ["in_progress"], "10": ["complete"]},
        style=Style(site="plain", page_title="Kent Police stalking tracker"),
        classes=["tracker-share-settled", "tracker-share-rest-to-come"],
        body="""
<h1>Kent Police: stalking super-complaint tracker</h1>
<p>Kent Police. Position at 30 April 2025.</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Done</th><th>Status</th><th>Update</th></tr>
<tr><td>7</td><td>Head of Crime Recording</td><td>100%</td><td>Complete</td><td>New stalking flag briefed to 80% of
call handlers; the remainder are booked for June.</td></tr>
<tr><td>10</td><td>Learning and Development</td><td>100%</td><td>Complete</td><td>Stalking awareness course rolled out to 97% of frontline officers and staff by March; now part of the induction programme.</td></tr>
</table>
"""),

    # a commissioner's board paper: the review recommendation 15 asks for is finished and found a gap (under way, the
    # services still to provide), beside a joint review that is the whole of what recommendation 16 asks (complete)
    Doc("d34-st-lincolnshire-board-paper", ["docx", "pdf"], super_complaint="stalking",
        authors=["lincolnshire-pcc"], date=["2025-02-18"],
        responses={"15": ["in_progress"], "16": ["complete"]},
        style=Style(),
        classes=["review-found-gap", "review-only-done"],
        body="""
<div class="letterhead">Lincolnshire Police and Crime Commissioner<br>Strategic Board paper<br>18 February 2025</div>
<h1>Stalking super-complaint: the Commissioner's recommendations</h1>
<h2>Recommendation 15</h2>
<p>Our review of specialist services for victims of stalking, concluded in January 2025, identified that there is
no independent stalking advocate for victims living in the south of the county.</p>
<h2>Recommendation 16</h2>
<p>The joint review with the Chief Constable has been completed and its findings were reported to this Board in
January.</p>
"""),

    # panel minutes: the item on recommendation 6 goes on to a paragraph that opens with recommendation 5's subject
    # (its work is still to come and is not recommendation 6's)
    Doc("d34-s2s-warwickshire-panel-minutes", ["markdown", "html"], super_complaint="safe-to-share",
        authors=["warwickshire-pcc"], optional_authors=["warwickshire-police"], date=["2021-10-04"],
        responses={"6": ["complete"]},
        optional=["5"],
        style=Style(site="plain", page_title="Warwickshire Police and Crime Panel minutes"),
        classes=["paragraph-of-another-subject"],
        body="""
<h1>Warwickshire Police and Crime Panel</h1>
<p>Minutes of the meeting held on 4 October 2021</p>
<h2>14. Safe to share? The Commissioner's update</h2>
<p>The Warwickshire Police and Crime Commissioner reported that the mapping of local specialist support networks
asked for by recommendation 6 had been carried out over the summer, and that two new grants had gone to community
organisations to fill the gaps it found.</p>
<p>Turning to migrant victims' confidence in reporting crimes, the Commissioner said a campaign with the force was
still being designed and would launch in the new year.</p>
<p>RESOLVED that the update be noted.</p>
"""),

    # a commissioner's decision notice: one answer, whose work is told in its own "Delivery" section (nothing
    # begun yet), beside a neighbour section ("Financial implications") that says nothing of the work's stage
    Doc("d34-ppda-cheshire-decision-notice", ["docx", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cheshire-pcc"], date=["2022-10-11"],
        responses={"3": ["not_started"]},
        style=Style(),
        classes=["one-answer-work-section"],
        body="""
<div class="letterhead">Cheshire Police and Crime Commissioner<br>Decision notice 2022/041</div>
<p><strong>Date:</strong> 11 October 2022</p>
<p><strong>Background</strong></p>
<p>The report on the Centre for Women's Justice super-complaint asks commissioners to make sure their support
services meet the needs of victims whose abuser is a police officer or member of police staff.</p>
<p><strong>Decision</strong></p>
<p>I accept recommendation 3. I agree to fund a specialist adviser for victims whose abuser serves in the
police, hosted by an independent domestic abuse charity.</p>
<p><strong>Delivery</strong></p>
<p>Nothing has started yet. The post will be advertised in January 2023.</p>
<p><strong>Financial implications</strong></p>
<p>Up to £42,000 a year for two years, met from the victims' services budget.</p>
"""),

    # a national lead's letter: a group accepted without its numbers ("the three recommendations made for policing"),
    # the third picked out by its place and told as under way; the other two are only accepted
    Doc("d34-ppda-npcc-lead-letter", ["html", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2022-11-14"],
        responses={"1": ["not_stated"], "2": ["not_stated"], "3": ["in_progress"]},
        style=Style(),
        classes=["group-member-by-place", "acceptance-only-by-others"],
        body="""
<div class="letterhead">National Police Chiefs' Council<br>Lead for domestic abuse</div>
<p>14 November 2022</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse: the forces' position</strong></p>
<p>Every chief officer has now let the Council know that their force accepts the three recommendations made for
policing.</p>
<p>The third of these concerns the support offered to victims whose abuser works in policing. A directory of
independent advocates is being compiled with the commissioners, and forces are adding their own entries to it.</p>
<p>Yours sincerely,</p>
<p>NPCC Lead for Domestic Abuse</p>
"""),
]
