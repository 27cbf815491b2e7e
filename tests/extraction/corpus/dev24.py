"""The twenty-fourth development set: one document of our own for each class of progress changed in round fourteen by
helper `progress16` (ADR 0008, Decision 35), found on heldout27, heldout28 and the development sentences and written
here in other words, reports and formats. The readings are conventions about which sentence of an answer decides when
several speak: the latest state of the work the answer reports (a finished step before a stated wait, or before work
told as still going on, is not completion); a definite noun is the thing an earlier sentence of the same answer named
(a national owner makes the wait national); a row's title is no account of work beside the plan in its update. Names,
places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a finished preliminary step, then the wait for a national body's decision: the latest state is the wait; the
    # neighbour, a finished step whose national wait the answer says is over, stays done
    Doc("d24-stalk-cheshire-pcc-letter", ["docx", "pdf", "text"], super_complaint="stalking",
        authors=["cheshire-pcc"], date=["2025-02-03"],
        responses={"15": {"progress": ["awaiting_national"], "position": ["accepted"]},
                   "16": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(docx_letterhead="header_image", pdf_header="Office of the Cheshire Police and Crime Commissioner"),
        classes=["finished-step-then-national-wait", "wait-said-to-be-over"],
        body="""
<p>Office of the Police and Crime Commissioner for Cheshire</p>
<p>3 February 2025</p>
<p>Dear HM Inspector,</p>
<p><strong>Response of the Cheshire Police and Crime Commissioner to the stalking super-complaint report</strong></p>
<p><strong>Recommendation 15.</strong> I accept this recommendation. The mapping of the stalking support I commission
has been finished and found a gap in the south of the county that a second advocate would close. I am unable to
recruit that advocate until the Ministry of Justice confirms the victims' funding settlement for next year.</p>
<p><strong>Recommendation 16.</strong> I accept this recommendation. The joint review with the Chief Constable has
been finished and its findings were shared with the panel in January. It had waited on the Home Office's draft
guidance, which was published in November.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Cheshire</p>
"""),

    # a start held for "the framework", whose national owner the sentence before names: awaiting national action; the
    # neighbour, a start held for a thing called national with no body named to act on it, stays not started
    Doc("d24-pm-npcc-bulletin", ["html", "markdown"], super_complaint="protective-measures",
        authors=["npcc"], date=["2022-06-14"],
        responses={"5": ["awaiting_national"], "9": ["not_started"]},
        style=Style(site="plain", page_title="Protective measures: national update"),
        classes=["definite-noun-resolved-to-national-owner", "national-adjective-is-no-body"],
        body="""
<h1>Protective measures super-complaint: national update from the NPCC</h1>
<p>Published 14 June 2022</p>
<h2>Recommendation 5</h2>
<p>Accepted. The Home Office is preparing a revised bail framework following the new Act. Forces' local changes will
go ahead once the framework is laid before Parliament.</p>
<h2>Recommendation 9</h2>
<p>Accepted. A joint audit of breach recording will start once the national dataset specification is settled by the
working group of force leads.</p>
"""),

    # a finished step, then work told as still going on: under way; the neighbour, finished work now in use, is done
    Doc("d24-ppda-merseyside-update", ["html", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["merseyside-police"], date=["2023-03-02"],
        responses={"2": ["in_progress"], "1": ["complete"]},
        style=Style(site="force", site_name="Merseyside Police"),
        classes=["finished-step-then-work-going-on", "finished-work-in-use"],
        body="""
<h1>Merseyside Police: update on the police perpetrated domestic abuse recommendations</h1>
<p>2 March 2023</p>
<h2>Recommendation 1</h2>
<p>The audit of open and recently finalised cases was signed off by the Deputy Chief Constable in December, and its
checklist is now being used by every professional standards investigator.</p>
<h2>Recommendation 2</h2>
<p>The business case for a specialist investigation unit was approved by the Chief Officer Group in January; its
detective posts are now being advertised.</p>
"""),

    # a plan in a row's update beside a title cell that tells no work: not started; the neighbour, a plan beside work
    # told in the same row, is under way
    Doc("d24-pm-cleveland-plan", ["docx", "html"], super_complaint="protective-measures",
        authors=["cleveland-police"], date=["2022-04-25"],
        responses={"9": ["not_started"], "3": ["in_progress"]},
        classes=["plan-beside-a-title-cell", "plan-beside-work-told"],
        body="""
<h1>Cleveland Police: protective measures action plan</h1>
<p>Version 2, 25 April 2022</p>
<table>
<tr><th>Rec</th><th>Area</th><th>Action</th><th>Update</th></tr>
<tr><td>3</td><td>Officer awareness</td><td>Briefing on protective orders</td><td>Briefing notes have been sent to
every sergeant. Classroom input to begin in September once trainers are released.</td></tr>
<tr><td>9</td><td>Breach recording</td><td>Audit breach recording on Niche</td><td>Accepted. Audit to commence in
Q2 2022/23 after the new analyst joins.</td></tr>
</table>
"""),
]
