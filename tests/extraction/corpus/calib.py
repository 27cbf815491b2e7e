"""The calibration set: documents written only to measure how often the engine's readings are right.

The engine is never tuned on them; `src/rectrack/extraction/model/calibrate.py` fits the confidence map
on them (with the development sets), and the held-out set then checks the map (`make bench`). Each
document answers several recommendations in a different voice, with a mix of plain and implied statuses.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("c-s2s-essex-letter", ["text"], super_complaint="safe-to-share", authors=["essex-police"],
        date=["2021-06-11"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
        style=Style(wrap=82),
        body="""
<div class="letterhead">Essex Police<br>PO Box 2, Springfield, Chelmsford CM2 6DA</div>
<p>11 June 2021</p>
<p>Dear Mr Parr,</p>
<p>Thank you for the report on the super-complaint about police data sharing for immigration purposes.</p>
<p><strong>Recommendation 1.</strong> Officers stopped passing such information to Immigration Enforcement in
January. Our domestic abuse team checks every case file monthly, and none has been found.</p>
<p><strong>Recommendation 4.</strong> Conversations with the Essex Migrant Advice Centre about a referral route
have started, and we hope to agree it in the summer.</p>
<p><strong>Recommendation 5.</strong> Until the national safeguarding protocol is finalised we are not in a
position to launch a campaign.</p>
<p>Yours sincerely,</p><p>Chief Constable</p>
"""),
    Doc("c-s2s-pcc-web", ["html"], super_complaint="safe-to-share", authors=["north-wales-pcc"], date=["2021-08-16"],
        responses={"5": ["in_progress"], "6": ["complete"]},
        style=Style(site="pcc", site_name="North Wales Police and Crime Commissioner",
                    page_title="Super-complaint response | North Wales PCC"),
        body="""
<h1>Response to the super-complaint on immigration status</h1>
<p>Published 16 August 2021</p>
<h2>Recommendation 5</h2>
<p>The Commissioner and the Chief Constable have agreed a joint message for migrant communities. Translation into
Polish, Romanian and Arabic is under way.</p>
<h2>Recommendation 6</h2>
<p>The Commissioner's victim services team reviewed access to specialist support across the six counties in the
spring. The review found no gaps that current services cannot meet.</p>
"""),
    Doc("c-pm-force-docx", ["docx"], super_complaint="protective-measures", authors=["dorset-police"],
        date=["2022-04-25"], responses={"1": ["in_progress"], "3": ["complete"], "8": ["not_started"],
                                        "10": ["awaiting_national"]},
        body="""
<h1>Dorset Police: protective measures super-complaint update</h1>
<p>25 April 2022</p>
<h2>Recommendation 1</h2>
<p>Released under investigation cases are being moved onto the national framework, district by district.</p>
<h2>Recommendation 3</h2>
<p>A daily review of domestic abuse bail decisions has been in place since November and is working well.</p>
<h2>Recommendation 8</h2>
<p>We will begin this work once the new Public Protection structure is in place next year.</p>
<h2>Recommendation 10</h2>
<p>Any change here depends on the Ministry of Justice's review of court notifications.</p>
"""),
    Doc("c-ms-pdf-table", ["pdf"], super_complaint="modern-slavery", authors=["cheshire-constabulary"],
        date=["2021-11-02"], responses={"2": ["complete"], "3": ["in_progress"], "4": ["complete"]},
        style=Style(pdf_ruled=True),
        body="""
<h1>Cheshire Constabulary: modern slavery super-complaint</h1>
<p>Update as at 2 November 2021</p>
<table>
<tr><th>Recommendation</th><th>Update</th><th>Status</th></tr>
<tr><td>2</td><td>Modern slavery training completed by every detective.</td><td>Complete</td></tr>
<tr><td>3</td><td>Specialist team being recruited.</td><td>Ongoing</td></tr>
<tr><td>4</td><td>Victim support reviewed with partners; new arrangements live.</td><td>Closed</td></tr>
</table>
"""),
    Doc("c-ppda-web", ["html"], super_complaint="police-perpetrated-domestic-abuse", authors=["avon-and-somerset-constabulary"],
        date=["2023-02-06"], responses={"1": ["complete"], "2": ["in_progress"], "3": ["not_started"]},
        style=Style(site="force", site_name="Avon and Somerset Constabulary",
                    page_title="Police perpetrated domestic abuse | Avon and Somerset Police"),
        body="""
<h1>Police perpetrated domestic abuse: our response</h1>
<p>Last updated 6 February 2023</p>
<p>Recommendation 1 asked us to audit live and recent cases. The audit finished in December, and every case it
flagged has been reopened by Professional Standards.</p>
<p>On recommendation 2, we are creating a separate investigation team; recruitment closes next month.</p>
<p>Turning to recommendation 3, a review of our victim care guidance will begin in the spring.</p>
"""),
    Doc("c-hba-md", ["markdown"], super_complaint="honour-based-abuse", authors=["derbyshire-constabulary"],
        date=["2023-05"], responses={"1": ["in_progress"], "2": ["not_started"]},
        body="""
<h1>Derbyshire Constabulary: honour-based abuse super-complaint</h1>
<p>May 2023</p>
<h2>Recommendation 1</h2>
<p>A revised sexual abuse policy has been drafted and is with the Force Policy Board.</p>
<h2>Recommendation 2</h2>
<p>Cultural awareness work has not yet begun; it is planned for the autumn.</p>
"""),
    Doc("c-ss-force-letter", ["pdf"], super_complaint="stop-and-search", authors=["kent-police"], date=["2024-02-20"],
        responses={"1": ["complete"], "3": ["awaiting_national"], "5": ["in_progress"]},
        style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Kent Police<br>Sutton Road, Maidstone ME15 9BZ</div>
<p>20 February 2024</p>
<p>Dear HM Inspector,</p>
<p>Re: section 60 and community scrutiny of stop and search</p>
<p>Recommendation 1: every section 60 authorisation has been reviewed by a chief officer since January.</p>
<p>Recommendation 3: we will adopt the national guidance when the College of Policing publishes it.</p>
<p>Recommendation 5: our scrutiny panel is starting to review body-worn video; the first session is booked.</p>
<p>Yours sincerely,</p><p>Chief Constable</p>
"""),
    Doc("c-st-plan-html", ["html"], super_complaint="stalking", authors=["humberside-police"], date=["2025-03-31"],
        responses={"7": ["in_progress"], "10": ["complete"], "11": ["complete"], "13": ["awaiting_national"]},
        style=Style(site="force", site_name="Humberside Police", page_title="Stalking action plan | Humberside Police"),
        body="""
<h1>Humberside Police stalking action plan</h1>
<p>Position at 31 March 2025</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Initial response (November 2024)</th><th>March 2025 update</th></tr>
<tr><td>7</td><td>Crime Registrar</td><td>Change requested from supplier.</td><td>Supplier testing the change; release
due in May.</td></tr>
<tr><td>10</td><td>Learning and Development</td><td>Training review begun.</td><td>New training delivered to all
investigators.</td></tr>
<tr><td>11</td><td>Head of Investigations</td><td>Stalking lead appointed.</td><td>Champions in every district.</td></tr>
<tr><td>13</td><td>Victim Services</td><td>Options considered.</td><td>Waiting for the national victim support
framework.</td></tr>
</table>
"""),
    Doc("c-st-pcc-text", ["text"], super_complaint="stalking", authors=["suffolk-pcc"], date=["2025-01-15"],
        responses={"15": ["complete"], "16": ["in_progress"]}, style=Style(wrap=84),
        body="""
<p>Suffolk Police and Crime Commissioner</p>
<p>15 January 2025</p>
<p>Stalking super-complaint: the Commissioner's response</p>
<p>Recommendation 15. My office already funds an independent stalking advocate, and a review in December
confirmed the service meets demand in Suffolk.</p>
<p>Recommendation 16. The Chief Constable and I are jointly reviewing how stalking victims move between the police
and the services I fund; we will report in March.</p>
"""),
    Doc("c-pm-npcc-md", ["markdown"], super_complaint="protective-measures", authors=["npcc"], date=["2022-10-03"],
        responses={"4": ["complete"], "6": ["in_progress"], "9": ["awaiting_national"]},
        body="""
<h1>NPCC update on the protective measures recommendations</h1>
<p>3 October 2022</p>
<p>National Police Chiefs' Council</p>
<h2>Recommendation 4</h2>
<p>Revised guidance on domestic violence protection orders was published in July and forces have adopted it.</p>
<h2>Recommendation 6</h2>
<p>The national training product is being piloted in four forces.</p>
<h2>Recommendation 9</h2>
<p>We cannot progress this until the Home Office completes its review of bail legislation.</p>
"""),
    Doc("c-s2s-joint-docx", ["docx"], super_complaint="safe-to-share", authors=["gloucestershire-constabulary",
                                                                                 "gloucestershire-pcc"],
        date=["2021-06-30"], responses={"1": ["complete"], "4": ["not_started"], "5": ["in_progress"],
                                        "6": ["in_progress"]},
        body="""
<h1>Joint response of Gloucestershire Constabulary and the Gloucestershire Police and Crime Commissioner</h1>
<p>30 June 2021</p>
<h2>Recommendation 1</h2>
<p>Implemented. All officers were briefed in February.</p>
<h2>Recommendation 4</h2>
<p>Work on a reporting pathway has not yet started.</p>
<h2>Recommendation 5</h2>
<p>A joint communications campaign is being designed.</p>
<h2>Recommendation 6</h2>
<p>The Commissioner's assessment of specialist support is half complete.</p>
"""),
    Doc("c-hba-npcc-pdf", ["pdf"], super_complaint="honour-based-abuse", authors=["npcc"], date=["2023-06-12"],
        responses={"1": ["in_progress"], "2": ["in_progress"], "3": ["complete"]}, style=Style(pdf_ruled=True),
        body="""
<h1>NPCC progress summary: honour-based abuse super-complaint</h1>
<p>12 June 2023</p>
<table>
<tr><th>Recommendation</th><th>Position</th></tr>
<tr><td>1</td><td>Most forces have revised their policies; eleven are still doing so.</td></tr>
<tr><td>2</td><td>Forces are working with advisory groups on community information.</td></tr>
<tr><td>3</td><td>The revised data standard has been agreed and published.</td></tr>
</table>
"""),
]
