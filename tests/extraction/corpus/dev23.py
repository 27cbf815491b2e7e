"""The twenty-third development set: documents of our own, in other words, reports and formats than heldout27 and
heldout28, for the alignment readings of round fourteen's helper `align16` (ADR 0008, Decision 34): whose numbering a
number is. A list of short lines each led by the report's numbers and a dash or colon answers each number (an email's
"4 - complete"); a passage that opens by calling the recommendation a national body's matter is put aside; the
report's listing verb negated ("was not made to forces") and the document's own scope ("is not part of this note")
put a number aside; in a paper answering two reports, the numbers in the other report's section are that report's;
a row's cell saying whose the recommendation is puts the row aside; a number inside a clause of waiting is what is
waited on; a reply by the request's question numbers answers the recommendation each question names (and an answer
that the information is not held answers nothing); a form's title row naming one recommendation is its subject line.
Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # an email in plain text answering by the report's numbers, each line led by its number and a dash or colon,
    # one line naming two numbers with a slash; the request quoted below it
    Doc("d23-pm-warwickshire-email", ["text"], super_complaint="protective-measures",
        authors=["warwickshire-police"], date=["2022-05-09"],
        responses={"4": ["complete"], "9": ["in_progress"], "12": ["not_started"], "13": ["not_started"]},
        classes=["number-led-answer-lines", "email"],
        body="""
<p>From: Protecting Vulnerable People Lead, Warwickshire Police<br>
Sent: Monday, 9 May 2022 10:15<br>
To: Force Performance Team<br>
Subject: RE: A duty to protect super-complaint - recommendations 4, 9, 12 and 13</p>
<p>All,</p>
<p>For the return to the inspectorate, this is where we are on the four.</p>
<p>4 - complete. Every bail decision in a domestic abuse case has been checked by an inspector within 24 hours since
February.</p>
<p>9: in hand. The new order template is with legal services and should be issued next month.</p>
<p>12/13 - not started. We have not yet begun either; work will start once the new case system is live.</p>
<p>Thanks,<br>PVP Lead</p>
<p>-----Original Message-----<br>
From: Force Performance Team<br>
Sent: 2 May 2022 08:30<br>
Subject: A duty to protect super-complaint - recommendations 4, 9, 12 and 13</p>
<p>Please send us a line on each of recommendations 4, 9, 12 and 13 by Friday.</p>
"""),

    # a commissioner's page quoting the one recommendation of the report, then saying it is the Government's
    # matter, and going on to the commissioner's own work on the report's findings
    Doc("d23-ms-cambs-pcc-page", ["markdown"], super_complaint="modern-slavery",
        authors=["cambridgeshire-pcc"], date=["2021-09-14"],
        responses={}, absent=["1"],
        classes=["matter-for-national-body", "quoted-recommendation-not-answered"],
        body="""
<h1>The hidden victims: what the Commissioner is doing</h1>
<p>Cambridgeshire and Peterborough Police and Crime Commissioner, 14 September 2021</p>
<p>The report on Hestia's super-complaint about the police response to victims of modern slavery addresses its
only recommendation to the Home Office:</p>
<p>"In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the
Crown Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate, commission
work to better understand the victim experience of the police response to modern slavery."</p>
<p>It remains a matter for the Home Office. Below, the Commissioner sets out the local support for survivors
that this office has funded in response to the report's findings.</p>
<h2>Help for survivors</h2>
<p>The Commissioner has funded a second survivor support worker with the county's anti-slavery network, and the
post was filled in August.</p>
"""),

    # a freedom of information reply in Word answering by recommendation, the last one not made to forces
    Doc("d23-ppda-avon-foi", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["avon-and-somerset-constabulary"], date=["2023-06-12"],
        responses={"1": ["complete"], "2": ["in_progress"]}, absent=["4"],
        classes=["negated-listing-verb", "foi-reply"],
        body="""
<h1>Avon and Somerset Constabulary: Freedom of Information reply</h1>
<p>Reference FOI 2023/1184. Date of reply: 12 June 2023</p>
<p>You asked what the force has done on the recommendations in the police perpetrated domestic abuse
super-complaint report, in particular recommendations 1, 2 and 4.</p>
<h2>Recommendation 1</h2>
<p>Every allegation against an officer or staff member is now referred to the Professional Standards Department on
the day it is made. This has been in place since March 2023.</p>
<h2>Recommendation 2</h2>
<p>A review of the independence of these investigations is under way and will report in the autumn.</p>
<h2>Recommendation 4</h2>
<p>Recommendation 4 was not made to police forces, so we hold no information about it.</p>
"""),

    # a commissioner's decision note whose scope leaves one recommendation out in so many words
    Doc("d23-st-suffolk-decision", ["pdf"], super_complaint="stalking",
        authors=["suffolk-pcc"], date=["2025-02-03"],
        responses={"15": ["complete"]}, absent=["25"],
        classes=["document-scope-puts-aside", "decision-record"],
        body="""
<h1>Suffolk Police and Crime Commissioner: Decision 04/2025</h1>
<p>Date: 3 February 2025</p>
<h2>Stalking super-complaint: specialist services</h2>
<p>1.1 Recommendation 15 of the report on the police response to stalking asks commissioners to review the
specialist support services they fund for stalking victims.</p>
<p>1.2 The review finished in January and this decision extends the stalking advocacy contract to cover the whole
county. With this decision recommendation 15 is complete.</p>
<p>1.3 Recommendation 25 is being looked at with partners on the Local Criminal Justice Board and is not part of
this decision.</p>
<p>Signed: Police and Crime Commissioner for Suffolk</p>
"""),

    # a panel paper answering two reports in sections of their own: the second section's numbers are the other
    # report's
    Doc("d23-st-northumbria-paper", ["html", "docx"], super_complaint="stalking",
        authors=["northumbria-pcc"], date=["2025-05-20"],
        responses={"15": ["complete"], "16": ["in_progress"]}, absent=["1", "2"],
        style=Style(site="pcc", site_name="Northumbria Police and Crime Commissioner"),
        classes=["another-reports-section"],
        body="""
<h1>Police and Crime Panel, 20 May 2025: stalking super-complaint update</h1>
<p>Report of the Northumbria Police and Crime Commissioner</p>
<h2>1. Purpose</h2>
<p>1.1 This paper tells the Panel where the Commissioner has got to on the stalking super-complaint report, and, in
section 3, on an older report.</p>
<h2>2. The police response to stalking</h2>
<p>2.1 Recommendation 15. The Commissioner's review of stalking services has been completed and the advocacy
contract now covers the whole force area.</p>
<p>2.2 Recommendation 16. The joint review with the Chief Constable is under way and will report in the summer.</p>
<h2>3. Sexual abuse victims at risk of honour-based abuse</h2>
<p>3.1 Recommendation 1. The force's sexual offences policy now requires an honour-based abuse risk check and was
reissued in September.</p>
<p>3.2 Recommendation 2. Awareness sessions for officers began in October and are being run in every area.</p>
<h2>4. Recommendation to the Panel</h2>
<p>4.1 The Panel is asked to note this update.</p>
"""),

    # a national body's table of the report's recommendations, one row's cell saying whose it is
    Doc("d23-s2s-npcc-table", ["html"], super_complaint="safe-to-share",
        authors=["npcc"], date=["2021-06-28"],
        responses={"3": ["in_progress"]}, absent=["2", "7"],
        style=Style(site="national", site_name="National Police Chiefs' Council"),
        classes=["row-cell-puts-aside"],
        body="""
<h1>NPCC response to Safe to share?</h1>
<p>28 June 2021</p>
<table>
<tr><th>Recommendation</th><th>Addressee</th><th>NPCC response</th></tr>
<tr><td>2</td><td>Home Office</td><td>For the Home Office</td></tr>
<tr><td>3</td><td>Home Office and NPCC</td><td>The safeguarding protocol is being drafted with the Home Office and
will go to chief constables in the autumn.</td></tr>
<tr><td>7</td><td>Home Office</td><td>For the Home Office</td></tr>
</table>
"""),

    # a force's answer under one recommendation's heading, naming another recommendation only as the national
    # work it waits on
    Doc("d23-hba-dorset-letter", ["docx", "text"], super_complaint="honour-based-abuse",
        authors=["dorset-police"], date=["2023-04-17"],
        responses={"1": ["complete"], "2": ["awaiting_national", "in_progress"]}, absent=["3"],
        classes=["number-inside-waiting-clause"],
        body="""
<h1>Dorset Police: response to the honour-based abuse super-complaint</h1>
<p>17 April 2023</p>
<h2>Recommendation 1</h2>
<p>Our sexual offences policy was revised in March and now requires a check for honour-based abuse risk.</p>
<h2>Recommendation 2</h2>
<p>A training package on cultural awareness has been written, but the force will not roll it out before the new
data standard that the NPCC is reviewing under recommendation 3 is agreed.</p>
"""),

    # a freedom of information reply answering by the request's question numbers, each question naming one
    # recommendation; one answer is that the information is not held
    Doc("d23-pm-kent-foi", ["text", "docx"], super_complaint="protective-measures",
        authors=["kent-police"], date=["2022-11-08"],
        responses={"3": ["complete"], "6": ["in_progress"]}, absent=["8"],
        classes=["question-numbering", "information-not-held"],
        body="""
<h1>Kent Police: Freedom of Information reply</h1>
<p>Reference 22/4410. Date: 8 November 2022</p>
<p>Your request about A duty to protect, the super-complaint report on police use of protective measures:</p>
<ol>
<li>What has the force done about recommendation 3?</li>
<li>Where has Kent Police got to on recommendation 6?</li>
<li>How many orders were applied for under recommendation 8 last year?</li>
</ol>
<h2>Our reply</h2>
<p>Q1: The force completed its review of bail decisions in June, and every decision is now checked by an
inspector.</p>
<p>Q2: A new victim update letter is being piloted in two districts and will be used across the county from
January.</p>
<p>Q3: Kent Police does not hold this information in a form that can be retrieved.</p>
"""),

    # a commissioner's decision record set out as a form: its title row names the one recommendation, the rows
    # below it answer
    Doc("d23-st-wiltshire-decision-form", ["docx"], super_complaint="stalking",
        authors=["wiltshire-pcc"], date=["2025-01-21"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["form-title-row-as-subject-line"],
        body="""
<p>Office of the Police and Crime Commissioner for Wiltshire and Swindon</p>
<table>
<tr><td>Subject</td><td>Stalking super-complaint (The police response to stalking): recommendation 15</td></tr>
<tr><td>Background</td><td>The report asks commissioners to review the specialist support they commission for
victims of stalking.</td></tr>
<tr><td>Decision</td><td>I accept the recommendation and approve a review of stalking support services, with
&#163;12,000 for an independent assessor.</td></tr>
<tr><td>Progress</td><td>The assessor started work on 6 January and will report in April.</td></tr>
<tr><td>Date</td><td>21 January 2025</td></tr>
</table>
"""),
]
