"""The thirtieth development set: documents of our own for the reading adopted with the retrained statistical reader
in round fifteen by helper `reader18` (ADR 0008, Decision 43), in other words than the tests': what other bodies will
report is not progress of the writer's. A national body or a commissioner often answers a recommendation addressed to
others by saying that those others will give their own account of it ("individual forces are to report their progress
to ...", "the partner agencies will set out their own progress at ..."): the writer reports no progress of its own, so
none is read, while a clause of its own work in the same sentence or answer is still read. Each document also carries
answers the retrained reader reads (work begun and under way, work done, work finished after a national body's wait
told before it). Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a national body's web statement (and its PDF copy): two recommendations whose accounts are the forces' own,
    # one of its own work finished, one begun and still going on, and one sentence joining the forces' account to its
    # own finished work
    Doc("d30-pm-npcc-statement", ["html", "pdf"], super_complaint="protective-measures",
        authors=["npcc"], date=["2024-02-12"],
        responses={"1": ["complete"], "4": ["not_stated"], "6": ["not_stated"], "9": ["in_progress"],
                   "12": ["complete"]},
        style=Style(site="national", site_name="National Police Chiefs' Council"),
        classes=["others-account-to-come-says-nothing", "own-work-beside-others-account"],
        body="""
<h1>National Police Chiefs' Council: protective measures, where the national work stands</h1>
<p>12 February 2024</p>
<p>This statement answers the recommendations of the report on the Centre for Women's Justice super-complaint on
police use of protective measures that fall to the National Police Chiefs' Council.</p>
<h2>Recommendation 1</h2>
<p>Revised national guidance on pre-charge bail in domestic abuse cases was issued to every force in November 2023.</p>
<h2>Recommendation 4</h2>
<p>This recommendation is addressed to chief constables. Individual forces are to report their progress against it to
the inspectorate at its next thematic review.</p>
<h2>Recommendation 6</h2>
<p>The commissioners and their forces will each provide their own update on this recommendation to their police and
crime panels.</p>
<h2>Recommendation 9</h2>
<p>Our national lead began a review of how breaches of notices and orders are recorded in October, and the review
team is now visiting forces.</p>
<h2>Recommendation 12</h2>
<p>Forces will confirm their own arrangements to the College in the spring, but the national data standard this
recommendation asks for was agreed by chief constables in January.</p>
"""),

    # a commissioner's letter in Word (and Markdown): the partners' account to come beside the office's own work, and
    # work held for a national body told before it was finished
    Doc("d30-st-durham-pcc-letter", ["docx", "markdown"], super_complaint="stalking",
        authors=["durham-pcc"], date=["2025-04-03"],
        responses={"15": ["complete"], "16": ["not_stated"], "22": ["in_progress"], "28": ["complete"]},
        style=Style(),
        classes=["others-account-to-come-says-nothing", "work-done-after-a-national-wait"],
        body="""
<h1>Durham Police, Crime and Victims' Commissioner</h1>
<p>3 April 2025</p>
<p>Dear Chief Inspector,</p>
<p>Response to the report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking</p>
<p><b>Recommendation 15.</b> My office finished its review of the specialist stalking services we commission in
February 2025, and the findings have been published on our website.</p>
<p><b>Recommendation 16.</b> This recommendation asks commissioners to work with local partners; the partner agencies
are to set out their own progress at the community safety partnership's summer meeting.</p>
<p><b>Recommendation 22.</b> We started recommissioning the advocacy service in January, and the new contract is being
drawn up with the provider.</p>
<p><b>Recommendation 28.</b> Our referral agreement with the victims' hub was delayed until the Ministry of Justice
confirmed its grant in the autumn. The agreement has since been signed, and it took effect in March 2025.</p>
<p>Yours sincerely,</p>
<p>Police, Crime and Victims' Commissioner for Durham</p>
"""),
]
