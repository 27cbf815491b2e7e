"""The twentieth development set: documents of our own, in other words than the blind sentences', for the three
conventions of how one sentence is read that round thirteen's sent14 work applies (ADR 0008, Decision 29): a refusal
to do the recommendation's act is not started and not accepted; an act planned for a time to come, with nothing said
under way, is not started; acceptance said in other words (committed to it, signed up to it, endorsed, "is
supported") is accepted.
"""
from build import Doc
from render import Style

DOCS = [
    # a commissioner's letter: one recommendation refused as an act, one planned for a later quarter, one accepted
    # in other words beside work under way
    Doc("d20-st-wessex-commissioner-letter", ["text", "markdown"], super_complaint="stalking",
        authors=["dorset-pcc"], date=["2025-03-18"],
        responses={"15": {"progress": ["not_started"], "position": ["not_accepted"]},
                   "16": {"progress": ["not_started"]},
                   "25": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(wrap=78),
        classes=["refusal-of-the-act", "plan-for-a-time-to-come", "acceptance-in-other-words"],
        body="""
<p>18 March 2025</p>
<p>Dear HM Inspector,</p>
<p>I write as Dorset's Police and Crime Commissioner with my reply to the recommendations of the report on the
Suzy Lamplugh Trust's super-complaint about the police response to stalking that fall to commissioners.</p>
<p>Recommendation 15: having weighed the costs against the demand we see, my office has chosen not to set up a
second stalking advocacy contract.</p>
<p>Recommendation 16: a needs assessment of victims of stalking is timetabled to start in the third quarter of
the year.</p>
<p>Recommendation 25: I am firmly committed to recommendation 25, and the work on it is under way with the
Chief Constable.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Dorset</p>
"""),

    # a force's web page: a refusal told as "does not propose to", an acceptance whose "but" only waits on a national
    # body, a start told by a month to come, an acceptance told as "signed up to"
    Doc("d20-pm-northshire-web-update", ["html"], super_complaint="protective-measures",
        authors=["essex-police"], date=["2022-09-05"],
        responses={"2": {"progress": ["not_started"], "position": ["not_accepted"]},
                   "4": {"progress": ["awaiting_national"], "position": ["accepted"]},
                   "6": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(site="plain", page_title="Protective measures: our response"),
        classes=["refusal-of-the-act", "plan-for-a-time-to-come", "acceptance-in-other-words",
                 "acceptance-then-a-wait"],
        body="""
<h1>Protective measures: our response</h1>
<p>Updated 5 September 2022</p>
<p>Essex Police has read the report on the Centre for Women's Justice super-complaint, A duty to protect, and
sets out its answers below.</p>
<h2>Recommendation 2</h2>
<p>Essex Police does not propose to create a separate bail monitoring team.</p>
<h2>Recommendation 4</h2>
<p>Essex Police accepts recommendation 4, but cannot change its bail forms until the Home Office publishes the revised
national template.</p>
<h2>Recommendation 6</h2>
<p>The force has signed up to recommendation 6 in full. Refresher training for custody sergeants will commence
from January 2023.</p>
"""),
]
