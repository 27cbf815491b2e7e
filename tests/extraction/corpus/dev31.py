"""The thirty-first development set: documents of our own for the refusal readings of round fifteen's helper
`refuse18` (ADR 0008, Decision 46), in other words than the tests': a refusal stated by the writer, in any tense,
person or verb of declining official letters use ("we have declined to", "decided against", "there are no plans to",
"not minded to", "we cannot support", "disagree with", "is not supported", "refuse"), is not accepted and begins
nothing, whatever the statistical reader leans towards; each document also carries a neighbour the reading must not
take (another body's refusal reported, a refusal of a part). Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a department's letter: one recommendation declined in the past tense by the minister, one it cannot support
    Doc("d31-pm-home-office-letter", ["docx", "text"], super_complaint="protective-measures",
        authors=["home-office"], date=["2024-11-12"],
        responses={"6": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "8": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(),
        classes=["refusal-past-tense-minister", "refusal-cannot-support"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>12 November 2024</p>
<p>Dear Chief Inspector,</p>
<p><strong>A duty to protect: police use of protective measures in cases involving violence against women and
girls</strong></p>
<h2>Recommendation 6</h2>
<p>The Minister for Safeguarding has looked closely at the proposal for a single national order. Having taken
advice from the courts and from policing, the Minister has declined to bring forward legislation for it in this
Parliament.</p>
<h2>Recommendation 8</h2>
<p>The Department cannot support this recommendation. A fresh statutory duty on forces would overlap the
duties they carry now and would add reporting with little benefit to victims.</p>
<p>Yours sincerely,</p>
<p>Director, Public Protection Unit</p>
"""),

    # a commissioner's answer in the first person: no plans to act, a refusal after reasons, and another body's refusal
    # reported beside the commissioner's own work (the neighbour)
    Doc("d31-st-pcc-response", ["markdown", "html"], super_complaint="stalking",
        authors=["dorset-pcc"], date=["2024-09-30"],
        responses={"15": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "16": {"progress": ["in_progress"], "position": ["not_stated", "accepted"]}},
        style=Style(),
        classes=["refusal-impersonal-no-plans", "other-bodys-refusal-reported"],
        body="""
<h1>Dorset Police and Crime Commissioner: response to the stalking super-complaint report</h1>
<p>30 September 2024</p>
<h2>Recommendation 15</h2>
<p>Advocacy for victims of stalking in the county is already funded through two providers, and both have spare
places this year. There are no plans to commission a further advocacy service for the county.</p>
<h2>Recommendation 16</h2>
<p>The county's health board has declined to share its referral data; my office is nonetheless building the
shared referral pathway with the council and the two providers, and the first draft is with partners now.</p>
"""),

    # a force's plan: a recommendation it is not minded to adopt, one it disagrees with, each with its reasons
    Doc("d31-sas-force-plan", ["html", "pdf"], super_complaint="stop-and-search",
        authors=["essex-police"], date=["2024-06-03"],
        responses={"2": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
                   "4": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(),
        classes=["refusal-not-minded", "refusal-disagree"],
        body="""
<h1>Essex Police: our answer to the stop and search super-complaint</h1>
<p>Issued 3 June 2024 by the Chief Officer Group</p>
<h2>Recommendation 2</h2>
<p>We have thought about this carefully with our independent advisory group. The Chief Constable is not minded to
adopt a separate authorisation form for section 60, since the force's single form is audited every month.</p>
<h2>Recommendation 4</h2>
<p>We disagree with this recommendation. The scrutiny panel already reviews body-worn video each quarter, and a
second panel would split the volunteers it depends on.</p>
"""),
]
