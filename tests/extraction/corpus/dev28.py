"""The twenty-eighth development set: one document of our own for each alignment class changed in round fifteen by
helper `align18` (ADR 0008, Decision 40), found on heldout29 and heldout30 and written here in other words, reports and
formats. A paper answering several reports in sections of their own answers the report its sections' answers stand
under (the other report's name in a heading does not choose it); a number the writer names as another body's is not
an answer: an association's members who will answer it themselves, a number in apposition with its recipient ("of the
report, to the Home Office"), a list a lead-in gives as the report's own words. Names, places and wording are invented
here.
"""
from build import Doc
from render import Style

DOCS = [
    # a commissioner's panel report on two reports: the other report is named in full in its heading and holds one
    # number that collides; the answered report is named by its subject in a heading that calls itself a report
    Doc("d28-pm-ms-durham-panel", ["html", "pdf"], super_complaint="protective-measures",
        authors=["durham-pcc"], date=["2022-03-08"],
        responses={"2": ["complete"], "5": ["in_progress"], "9": ["in_progress"]}, absent=["1"],
        style=Style(site="pcc", site_name="Durham Police, Crime and Victims' Commissioner", pdf_ruled=False,
                    pdf_header="Durham Police, Crime and Victims' Commissioner - Police and Crime Panel"),
        classes=["several-reports-sections", "other-report-named-in-full", "answered-report-by-subject"],
        body="""
<h1>Police and Crime Panel: super-complaint reports</h1>
<p>Report of the Police, Crime and Victims' Commissioner, 8 March 2022</p>
<h2>The hidden victims (report of May 2021)</h2>
<p>The report's recommendation 1 asks the Home Office to commission work on victims' experience; the Commissioner
will follow that work and has nothing to report locally yet.</p>
<h2>Protective measures super-complaint (report of August 2021)</h2>
<p>Recommendation 2: the force's bail management team now reviews every suspect released under investigation within
28 days. Done.</p>
<p>Recommendation 5: officers are being trained on domestic violence protection notices; about half have finished the
course and the rest will by June.</p>
<p>Recommendation 9: the audit of breaches of non-molestation orders has begun and will report in May.</p>
<h2>Recommendation to the Panel</h2>
<p>That the Panel notes the report.</p>
"""),

    # a chiefs' council statement: its own recommendation answered, and the forces' numbers left to the forces
    Doc("d28-st-npcc-statement", ["markdown", "text"], super_complaint="stalking",
        authors=["npcc"], date=["2024-10-14"],
        responses={"3": ["in_progress"]}, absent=["7", "10"],
        style=Style(),
        classes=["members-answer-themselves", "national-body-own-recommendation"],
        body="""
<h1>NPCC statement on the police response to stalking super-complaint</h1>
<p>14 October 2024</p>
<p>The National Police Chiefs' Council welcomes the report on the Suzy Lamplugh Trust's super-complaint. On
recommendation 3, our stalking lead has set up a working group with the College of Policing to revise the national
guidance, and a draft will go to chief constables in the new year.</p>
<p>Chief constables will answer recommendations 7 and 10 for their own forces.</p>
"""),

    # the College's page on a report that made it no recommendation: the report's words given as a list, and the Home
    # Office's number named with its recipient, neither answered by the College
    Doc("d28-ppda-college-page", ["html", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["college-of-policing"], date=["2022-07-12"],
        responses={}, absent=["1", "3", "4"],
        style=Style(site="national", site_name="College of Policing", page_dates="<p>Published 12 July 2022</p>"),
        classes=["list-of-the-reports-words", "number-in-apposition-with-recipient"],
        body="""
<h1>Police perpetrated domestic abuse: what the super-complaint report means for forces</h1>
<p>College of Policing news, 12 July 2022</p>
<p>The report published on 30 June 2022 on the Centre for Women's Justice super-complaint looked at how forces deal
with domestic abuse allegations against their own officers and staff.</p>
<p>The report recommends that:</p>
<ul><li>chief constables make sure both live police perpetrator domestic abuse cases and those closed within the last
twelve months are reviewed;</li>
<li>PCCs, the Ministry of Justice and chief constables make sure their domestic abuse support services are open to
victims of police perpetrators;</li>
<li>the Home Office considers whether changes to the law are needed.</li></ul>
<p>Recommendation 4 of the report, to the Home Office, is for the department to consider. Chief constables should
read the report alongside our guidance on vetting and counter-corruption.</p>
"""),

    # a commissioner's news item: the report's recommendations given as a list after a lead-in, then the
    # commissioner's own welcome, which answers none of them
    Doc("d28-hba-suffolk-news", ["html", "markdown"], super_complaint="honour-based-abuse",
        authors=["suffolk-pcc"], date=["2022-12-19"],
        responses={}, absent=["1", "2", "3"],
        style=Style(site="pcc", site_name="Suffolk Police and Crime Commissioner",
                    page_dates="<p>Published 19 December 2022</p>"),
        classes=["list-of-the-reports-words", "welcome-not-answer"],
        body="""
<h1>Commissioner welcomes report on honour-based abuse</h1>
<p>19 December 2022</p>
<p>Suffolk's Police and Crime Commissioner has welcomed the report on the Tees Valley Inclusion Project's
super-complaint about victims of sexual abuse from ethnic minority communities at risk of honour-based abuse.</p>
<p>Among other things, the inspectorates asked that:</p>
<ul><li>as forces generally only include the risk of honour-based abuse in their domestic abuse policies, chief
constables update their forces' sexual abuse policies to include the risk of honour-based abuse (in the report's
words);</li>
<li>chief constables make sure their officers understand the cultures and religions of the communities they police,
and that investigations weigh the culture and background of the victim and the suspect;</li>
<li>the NPCC takes account of the super-complaint in its work on data standards for protected characteristics.</li></ul>
<p>The Commissioner said: "Every victim deserves to be heard. I will discuss the findings with the Chief Constable at
our next performance meeting."</p>
"""),

    # a commissioner's accountability board minutes: numbered items each naming one recommendation mid-sentence, a
    # question about a number and its answer, and a resolution asking for a later report on another
    Doc("d28-ss-dorset-minutes", ["docx", "text"], super_complaint="stop-and-search",
        authors=["dorset-pcc"], date=["2024-03-21"],
        responses={"2": ["complete"], "8": ["not_started"]}, optional=["5"],
        style=Style(docx_headings="bold"),
        classes=["minutes", "one-number-per-numbered-item", "question-and-answer-item"],
        body="""
<h1>Dorset Police and Crime Commissioner: Accountability Board</h1>
<p>Minutes of the meeting held on 21 March 2024</p>
<p>Present: the Police and Crime Commissioner; the Chief Constable; the Head of Policy.</p>
<p>12. Stop and search super-complaint</p>
<p>12.1 The Chief Constable told the Board that, following the super-complaint report, the force's section 60
authorisations had been reviewed; the change to publish each authorisation's reasons, which meets recommendation 2, took
effect in February.</p>
<p>12.2 The Commissioner was asked about recommendation 8. He said the review of the scrutiny panel's membership had
not yet begun and would start once the new panel chair was appointed.</p>
<p>12.3 The Board asked for a written update on recommendation 5 at its June meeting.</p>
"""),
]
