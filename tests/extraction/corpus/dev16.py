"""The sixteenth development set: one document of our own for each class of who wrote a document, when, and which
recommendations it answers, changed in round twelve's second half (ADR 0008, Decision 23), found on the blind sets
heldout23 and heldout24 and written here in other words, reports and formats, so that each rule is shown to read a
class of text rather than the sentence that prompted it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a tracker's masthead: the force's name as a sentence of its own, then the paper's particulars; the commissioner
    # is named below only as the keeper of another recommendation (a Word file has no running header to help)
    Doc("d16-s2s-avon-tracker", ["docx"], super_complaint="safe-to-share",
        authors=["avon-and-somerset-constabulary"], date=["2022-06-30"],
        responses={"1": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        style=Style(docx_headings="bold"),
        classes=["masthead-name-as-sentence"],
        body="""
<h1>Safe to share? recommendations: progress log</h1>
<p>Avon and Somerset Constabulary. Version 2. Figures as at 30 June 2022. Owner: Head of Safeguarding.</p>
<table>
<tr><th>Rec</th><th>What we said we would do</th><th>Status</th><th>Update</th></tr>
<tr><td>1</td><td>End referrals to immigration enforcement made on status alone</td><td>Complete</td><td>Instruction issued to all officers in March 2021 and checked by audit since.</td></tr>
<tr><td>4</td><td>Policy for officers on victims with insecure status</td><td>In progress</td><td>Draft out for consultation with the victims' services; sign-off planned for the autumn.</td></tr>
</table>
<p>The Police and Crime Commissioner keeps a record of the commissioners' own recommendation. The
Commissioner's office sees this log each quarter.</p>
"""),

    # a department's letter whose letterhead is a table cell and whose only other self-naming is its footer: the body's
    # name with its street address and postcode
    Doc("d16-ppda-moj-letter", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2023-03-08"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["3b"],
        style=Style(docx_letterhead="table", docx_footer="Ministry of Justice, 102 Petty France, London SW1H 9AJ"),
        classes=["footer-name-with-postal-address"],
        body="""
<div class="letterhead">Ministry of Justice<br>Victims and Courts Directorate<br>102 Petty France<br>London SW1H 9AJ</div>
<p>8 March 2023</p>
<p>Dear Chief Inspector,</p>
<p><strong>Police perpetrated domestic abuse super-complaint</strong></p>
<p>Recommendation 3 asked us to make sure the guidance for independent domestic violence advisers covers victims
whose abuser serves in the police. We accept it. The guidance is being revised with the sector and a draft chapter
on these victims has been written; we will consult on it in the summer.</p>
<p>Yours sincerely,</p>
<p>Director, Victims and Courts</p>
"""),

    # a national body's note whose title gives the report's name, then, after a colon, the body's own kind of paper
    Doc("d16-pm-apcc-update", ["markdown"], super_complaint="protective-measures",
        authors=["apcc"], date=["2022-02"],
        responses={},
        optional=["1", "2", "3", "4", "10", "11"],
        style=Style(),
        classes=["subtitle-owner-after-colon"],
        body="""
<h1>Police use of protective measures super-complaint: APCC position update</h1>
<p>February 2022</p>
<p>Commissioners have been asked by members to set out how they will hold their forces to account for the report on
protective measures. Most have added the report to the agenda of their next accountability meeting, and a short
guide for commissioners' offices is being written.</p>
"""),

    # a force's paper telling the board that a national body has answered for every force: that body is reported,
    # not a writer
    Doc("d16-stalking-suffolk-board", ["html"], super_complaint="stalking",
        authors=["suffolk-constabulary"], date=["2025-01-22"],
        responses={"10": {"progress": ["complete"], "position": ["not_stated", "accepted"]}},
        optional=["11"],
        style=Style(site="force", site_name="Suffolk Constabulary"),
        classes=["national-body-reported-in-answers"],
        body="""
<h1>Stalking super-complaint: update for the Joint Performance Board</h1>
<p>22 January 2025</p>
<h2>Recommendation 10</h2>
<p>All frontline officers and staff have now finished the new stalking training module.</p>
<h2>Other matters</h2>
<p>The National Police Chiefs' Council has replied for all forces on the recommendations about national tools, and the
force will follow that reply. The Chief Constable will report again in the summer.</p>
"""),

    # a commissioner's letter: the chief constable's letter on the force's recommendations went separately, and is on
    # the force's website; the commissioner answers only the commissioners' recommendation
    Doc("d16-s2s-derbyshire-pcc", ["text"], super_complaint="safe-to-share",
        authors=["derbyshire-pcc"], date=["2021-06-14"],
        responses={"6": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "4"],
        style=Style(),
        classes=["others-letter-written-separately", "published-on-named-website"],
        body="""
<p>Office of the Police and Crime Commissioner for Derbyshire</p>
<p>14 June 2021</p>
<p>Dear Chief Inspector,</p>
<p>Safe to share? Policing and immigration status super-complaint</p>
<p>The Chief Constable of Derbyshire Constabulary has replied to you separately on recommendations 1 and 4; that
reply can also be read on the Derbyshire Constabulary website.</p>
<p>Recommendation 6</p>
<p>I accept this recommendation. My office is reviewing the services I commission for victims, and is asking each
provider how it supports victims with insecure immigration status.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Derbyshire</p>
"""),

    # a paper's cover naming the meeting it goes to (later) and its own date (earlier); its table rendered as records
    # in text, whose key line gives a range of recommendations after a colon
    Doc("d16-pm-lancashire-panel", ["text"], super_complaint="protective-measures",
        authors=["lancashire-pcc"], date=["2022-11-02"],
        responses={"1": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "2": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "3": {"progress": ["complete"], "position": ["not_stated", "accepted"]},
                   "10": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]},
                   "11": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        optional=["4"],
        style=Style(wrap=90),
        classes=["meeting-date-below-paper-date", "record-key-line-with-range"],
        body="""
<h1>Police and Crime Panel: protective measures super-complaint</h1>
<p>Date of meeting: 17 November 2022<br>Date of report: 2 November 2022<br>Report of: the Police and Crime
Commissioner for Lancashire</p>
<p>The Commissioner asked the Constabulary for its progress and sets out what it reported below.</p>
<table>
<tr><th>Recommendations</th><th>Topic</th><th>Progress</th></tr>
<tr><td>1 to 3</td><td>Bail and released under investigation</td><td>All finished and checked by the Commissioner's office</td></tr>
<tr><td>10-11</td><td>Training for staff</td><td>Ongoing: half of the staff trained so far, the rest by March</td></tr>
</table>
<p>The Panel is asked to note the report.</p>
"""),

    # a plan dated twice on one line: the version's update date after a dash, then its first publication
    Doc("d16-stalking-wiltshire-plan", ["markdown"], super_complaint="stalking",
        authors=["wiltshire-police"], date=["2025-04-02"],
        responses={"14": {"progress": ["complete"], "position": ["not_stated", "accepted"]}},
        style=Style(),
        classes=["version-dash-updated-date"],
        body="""
<h1>Wiltshire Police stalking action plan</h1>
<p>Version 3 &ndash; updated 2 April 2025. First published 18 November 2024.</p>
<h2>Recommendation 14</h2>
<p>A single point of contact for stalking has been named in every area. Complete.</p>
"""),

    # a recommendation heading, then the answer under a heading of the same level that names the office answering it
    Doc("d16-ppda-essex-pfcc-page", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["essex-pfcc"], date=["2022-09-01"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="pcc", site_name="Essex Police, Fire and Crime Commissioner"),
        classes=["office-named-answer-heading"],
        body="""
<h1>Police perpetrated domestic abuse: our response</h1>
<p>Published 1 September 2022</p>
<h2>Recommendation 3a</h2>
<p>PCCs should consider whether local services can deal with the particular risks faced by victims whose abuser is a
police officer.</p>
<h2>PCC response</h2>
<p>We accept this. Our commissioned services are mapping how they help such victims and will report to us by
December, so that any gaps can be closed.</p>
"""),

    # a commissioner's statement: the one recommendation it numbers stands in a section headed as other bodies'; its
    # own answer is given by subject, without a number
    Doc("d16-hba-suffolk-pcc", ["markdown"], super_complaint="honour-based-abuse",
        authors=["suffolk-pcc"], date=["2023-05-04"],
        responses={},
        absent=["3"],
        style=Style(),
        classes=["others-section-heading"],
        body="""
<h1>Suffolk Police and Crime Commissioner: honour-based abuse super-complaint</h1>
<p>4 May 2023</p>
<h2>Matters for other organisations</h2>
<p>Recommendation 3 asks the National Police Chiefs' Council to look at how forces record the findings. It is
for that body to say what it will do.</p>
<h2>Commissioning</h2>
<p>I have asked the services I fund to tell me how many of the people they help have faced honour-based abuse, and
will use what they say when the contracts are next let.</p>
"""),

    # a national body's note: forces report their own progress on two recommendations to the inspectorate; the note
    # answers only its own
    Doc("d16-s2s-npcc-note", ["markdown"], super_complaint="safe-to-share",
        authors=["npcc"], date=["2022-10-05"],
        responses={"3": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        absent=["4", "5"],
        style=Style(),
        classes=["forces-report-their-own-progress"],
        body="""
<h1>NPCC note on the Safe to share? recommendations</h1>
<p>5 October 2022</p>
<h2>Recommendation 3</h2>
<p>The police protocol for migrant victims is drafted and is with the Home Office for agreement.</p>
<h2>Other recommendations</h2>
<p>Chief constables are reporting their own progress on recommendations 4 and 5 to the inspectorate, and the
portfolio will not repeat it here.</p>
"""),
]
