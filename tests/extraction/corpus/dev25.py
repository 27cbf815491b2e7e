"""The twenty-fifth development set: one document of our own for each class of who wrote a document and when, changed
in round fourteen by helper `authors16` (ADR 0008, Decision 36), found on heldout27 and heldout28 and written here in
other words, reports and formats: in a meeting's record the bodies whose officers give the account of their own work
are its authors; a body the answered recommendations are addressed to answers them; a building named after a body
(an address, a venue) and a name a closing action list sends something to are no writer; a document that says whose
work it records names its owner; a page listing others' papers as file links is the page owner's alone; the date the
content speaks as of outranks the page's own dates under it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # notes of a panel's meeting: the commissioner and the chief constable each report on their own recommendations;
    # a closing action list sends a letter to a national body
    Doc("d25-ppda-derbyshire-panel-notes", ["text", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["derbyshire-pcc", "derbyshire-constabulary"], date=["2023-01-19"],
        responses={"1": ["complete"], "3": ["in_progress"]},
        style=Style(),
        classes=["meeting-record-officers-account", "action-list-addressee"],
        body="""
<h1>Derbyshire Police and Crime Panel: notes of the meeting</h1>
<p>Notes of the meeting held on Thursday 19 January 2023 at the Council House, Matlock</p>
<p>Attending: six councillors and two independent members; the Police and Crime Commissioner; the Assistant Chief
Constable.</p>
<h2>Super-complaint on police perpetrated domestic abuse</h2>
<p>The Assistant Chief Constable reported on recommendation 1: the review of every open and recently closed case
was finished in December and its findings sent on. The work is complete.</p>
<p>The Police and Crime Commissioner updated members on recommendation 3a. His office is asking the two
domestic abuse services it pays for how well their advocates understand police misconduct procedures, and a
specialist training package is being prepared for the spring.</p>
<p>Members noted the update.</p>
<h2>Actions arising</h2>
<p>Action: Forward the panel's comments to the College of Policing<br>Lead: Panel Secretary<br>Due: 28 February 2023</p>
"""),

    # two departments answering together the recommendations the report made to both of them
    Doc("d25-pm-departments-joint-statement", ["markdown", "html"], super_complaint="protective-measures",
        authors=["home-office", "ministry-of-justice"], date=["2022-04-12"],
        responses={"12": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "13": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="plain", page_title="Joint statement on protective measures"),
        classes=["addressee-of-recommendations-answers-them"],
        body="""
<h1>Protective measures super-complaint: joint statement by the Home Office and the Ministry of Justice</h1>
<p>12 April 2022</p>
<p>The inspectorate's report made two of its recommendations to the Home Office and the Ministry of Justice
together. This statement gives the Government's answer to both.</p>
<h2>Recommendation 12: an offence of breaching bail conditions</h2>
<p>Having looked again at the evidence with prosecutors, we are not persuaded that a new criminal offence is needed,
and we do not accept the recommendation.</p>
<h2>Recommendation 13: telling the police about non-molestation orders</h2>
<p>We accept it. The courts are trialling an automatic electronic notice to forces in the north-west, and the trial
is being evaluated.</p>
"""),

    # a commissioner's letter whose letterhead gives the force's headquarters as the office's address
    Doc("d25-s2s-kent-pcc-letter", ["text", "docx"], super_complaint="safe-to-share",
        authors=["kent-pcc"], date=["2021-03-03"],
        responses={"5": ["in_progress"], "6": ["in_progress"]},
        style=Style(docx_letterhead_in_header=True),
        classes=["building-in-address-not-author"],
        body="""
<div class="letterhead">Office of the Kent Police and Crime Commissioner<br>Kent Police Headquarters<br>Sutton Road<br>Maidstone ME15 9BZ</div>
<p>3 March 2021</p>
<p>HM Chief Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Chief Inspector,</p>
<p><strong>Safe to share? Response of the Kent Police and Crime Commissioner</strong></p>
<p>I am writing about the two recommendations of the report on the Liberty and Southall Black Sisters
super-complaint that fall to commissioners. I accept both.</p>
<p><strong>Recommendation 5</strong><br>With the Chief Constable I am planning a campaign in community languages to
give migrant victims confidence to report crime; it will start in the summer.</p>
<p><strong>Recommendation 6</strong><br>My office is mapping the specialist services available to victims with
insecure immigration status, and will report by June.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Kent</p>
"""),

    # a tracker without its masthead: the sentence saying whose work it records names the owner
    Doc("d25-s2s-durham-tracker", ["pdf", "text"], super_complaint="safe-to-share",
        authors=["durham-constabulary"], date=["2022-02-28"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(pdf_ruled=True),
        classes=["document-says-whose-work-it-records"],
        body="""
<h1>Safe to share? recommendations: implementation tracker</h1>
<p>This table shows how Durham Constabulary is taking forward the recommendations for chief constables. The
Commissioner's office sees it each quarter.</p>
<p>Position as at 28 February 2022.</p>
<table>
<tr><th>Rec</th><th>Lead</th><th>Update</th></tr>
<tr><td>1</td><td>Head of Safeguarding</td><td>Complete: officers no longer pass a victim's details to Immigration
Enforcement where the only concern is immigration status.</td></tr>
<tr><td>4</td><td>Head of Safeguarding</td><td>In progress: a reporting route through a migrant support charity is
being piloted in two districts.</td></tr>
</table>
"""),

    # a force's page whose update gives its position date, under which the page's system prints older and newer dates
    Doc("d25-hba-suffolk-page", ["html"], super_complaint="honour-based-abuse",
        authors=["suffolk-constabulary"], date=["2024-10-31"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="force", site_name="Suffolk Constabulary",
                    page_title="Honour-based abuse super-complaint: our progress",
                    page_dates="<p>First published 3 March 2023</p><p>Last updated 21 November 2024</p>"),
        classes=["content-date-over-page-dates"],
        body="""
<h1>Honour-based abuse super-complaint: our progress</h1>
<p>Progress as of 31 October 2024.</p>
<h2>Recommendation 1</h2>
<p>Our sexual offences policy now asks investigators to consider the risk of honour-based abuse. This is complete.</p>
<h2>Recommendation 2</h2>
<p>Cultural awareness sessions for officers have begun and will reach every team by the spring.</p>
"""),

    # a national body's page listing the answers it has received, each a file link with its kind and size
    Doc("d25-ms-apcc-collection", ["html"], super_complaint="modern-slavery",
        authors=["apcc"], date=["2022-02-07"],
        responses={},
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="Modern slavery super-complaint: responses"),
        classes=["listed-file-links-not-authors"],
        body="""
<h1>The hidden victims super-complaint: responses we hold</h1>
<p>7 February 2022</p>
<p>Below are the responses sent to us on the report about the police response to victims of modern slavery.</p>
<ul>
<li>NPCC response – letter from the national lead (PDF, 180KB)</li>
<li>Home Office reply to the report (PDF, 90KB)</li>
</ul>
<p>We have added the latest NPCC update to this list.</p>
"""),
]
