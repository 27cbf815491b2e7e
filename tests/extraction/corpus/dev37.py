"""The thirty-seventh development set: one document of our own for each class of the line between complete and in
progress changed in round sixteen by helper `progress20` (ADR 0008, Decision 54), found on heldout17 and written here
in other words, reports and formats: a tracker row that answers several recommendations at once carries one status for
all of them, and where its own update marks one of them by its number as done or under way, that mark is the
recommendation's own status; a report that speaks for many bodies and counts some of them still to follow has
the recommendation under way, whatever its summary or the words of those done say. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a force's action plan: two rows each shared by two recommendations, the shared status "Amber" or "Ongoing", and
    # the update marking one of the pair by its number (in brackets; in a sentence of its own)
    Doc("d37-st-lancashire-shared-rows", ["docx", "markdown"], super_complaint="stalking",
        authors=["lancashire-constabulary"], date=["2025-11-14"],
        responses={"5": ["in_progress"], "6": ["complete"], "11": ["complete"], "12": ["in_progress"]},
        optional=["1", "2", "3", "4", "7", "8", "9", "10", "13", "14", "15", "16", "17", "18", "19", "20"],
        style=Style(docx_headings="bold"),
        classes=["row-several-recs", "number-marked-in-update"],
        body="""
<h1>Lancashire Constabulary: stalking super-complaint delivery plan</h1>
<p>Position at 14 November 2025, for the Public Protection Board. Each row below is owned by a named lead and is
reviewed every quarter.</p>
<table>
<tr><th>Recs</th><th>Area</th><th>Lead</th><th>Update</th><th>Status</th></tr>
<tr><td>5 and 6</td><td>Stalking screening questions (5); flagging stalking on the crime system (6)</td>
<td>Head of Crime</td><td>The new crime flag went live across all divisions in August (recommendation 6 complete).
The screening questions are being tested with call handlers and will be added to the risk form in the new
year.</td><td>Amber</td></tr>
<tr><td>11 and 12</td><td>Victim contact plans (11); referrals to advocacy services (12)</td><td>Head of Victim
Services</td><td>Contact plans are now issued for every stalking crime. Recommendation 11 is achieved. The referral
pathway to the advocacy service is still being agreed with the commissioner's office.</td><td>Ongoing</td></tr>
</table>
<p>Next update: Public Protection Board, February 2026.</p>
"""),

    # a national lead's update for all forces: a count done and a count still to follow, beside answers done by all
    Doc("d37-st-npcc-forces-count", ["markdown", "text"], super_complaint="stalking",
        authors=["npcc"], date=["2025-12-02"],
        responses={"4": ["in_progress"], "7": ["complete"], "9": ["complete"]},
        optional=["1", "2", "3", "5", "6", "8", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"],
        classes=["national-roll-up", "count-of-the-rest-to-follow"],
        body="""
<h1>Stalking super-complaint: national progress across forces</h1>
<p>National Police Chiefs' Council</p>
<p>2 December 2025</p>
<p>This note gathers the returns of every force in England and
Wales for the recommendations addressed to chief constables.</p>
<h2>Recommendation 4: recording stalking offences</h2>
<p>The revised crime recording checklist is now in use in thirty-nine forces, and the last four are due to complete
the change by April.</p>
<h2>Recommendation 7: stalking protection orders</h2>
<p>Every force has appointed a lead for stalking protection orders and issued local guidance to its officers. This
recommendation is complete.</p>
<h2>Recommendation 9: single points of contact</h2>
<p>All forces have a named single point of contact for stalking in each division, completed in September.</p>
"""),
]
