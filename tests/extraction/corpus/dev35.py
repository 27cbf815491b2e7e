"""The thirty-fifth development set: documents of our own for the position readings of round sixteen's helper
`position19` (ADR 0008, Decision 50), in other words, reports and areas than heldout31/32 and than the tests': a
refusal whose object is the recommendation itself is a refusal whatever reason it gives (existing provision among
them); acceptance is read from the scope a statement gives it: a set named first and accepted in a relative clause
("..., each of which was accepted"), the one recommendation a document answers accepted by a word for one, and a
collated response's members ("All chief constables support it") speaking as its writer. Names, places and wording
are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a department's letter: the recommendation declined because the present law is judged enough; a second answer
    # that gives work and no position (the neighbour: nothing stated, nothing inferred from the refusal)
    Doc("d35-s2s-home-office-letter", ["docx", "text"], super_complaint="safe-to-share",
        authors=["home-office"], date=["2021-07-19"],
        responses={"2": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]}},
        style=Style(),
        classes=["refusal-existing-provision", "department-letter"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>19 July 2021</p>
<p>Dear Sir Thomas,</p>
<p><strong>Safe to share? The super-complaint on data sharing between the police and immigration
enforcement</strong></p>
<h2>Recommendation 2</h2>
<p>Officials have examined the legal framework with colleagues in the Ministry of Justice and in policing. As the
present legislation, read with the data protection guidance already issued to forces, gives victims the safeguards
that are needed, the Government does not intend to implement recommendation 2.</p>
<p>Yours sincerely,</p>
<p>Director General, Public Safety Group</p>
"""),

    # a commissioner's letter: the two recommendations for commissioners named first, both accepted in a relative
    # clause; each answer gives only its work
    Doc("d35-s2s-pcc-letter", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["gloucestershire-pcc"], date=["2021-06-14"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(),
        classes=["set-then-relative-acceptance", "pcc-letter"],
        body="""
<div class="letterhead">Office of the Gloucestershire Police and Crime Commissioner<br>Waterwells Drive<br>
Quedgeley GL2 2AN</div>
<p>14 June 2021</p>
<p>Dear HM Chief Inspector,</p>
<p><strong>Safe to share? six-month update</strong></p>
<p>I write with progress on the two recommendations addressed to police and crime commissioners in the report of
December 2020, both of which I accepted when it was published.</p>
<p><strong>Recommendation 5.</strong> The confidence campaign for migrant victims, which we fund jointly with the
Constabulary, is running in four community languages and will continue until the end of the year.</p>
<p><strong>Recommendation 6.</strong> The assessment of local access to specialist support organisations was
finished in May and has been published on our website.</p>
<p>Yours sincerely,</p>
<p>Gloucestershire Police and Crime Commissioner</p>
"""),

    # a national body's update in Markdown and HTML: the recommendations for chief constables named, each accepted
    # (the passive, with its own agent)
    Doc("d35-ppda-npcc-update", ["markdown", "html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2023-02-06"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(),
        classes=["set-then-relative-acceptance", "national-update"],
        body="""
<h1>National Police Chiefs' Council: police perpetrated domestic abuse, national update</h1>
<p>6 February 2023</p>
<p>This paper reports on the recommendations the report addressed to chief constables, each of which was accepted
by Chief Constables' Council at its meeting in July 2022.</p>
<h2>Recommendation 1</h2>
<p>Every force has audited its live and recently closed cases, and the findings were sent to the inspectorate
through the NPCC in December.</p>
<h2>Recommendation 2</h2>
<p>Most forces are revising their counter-corruption procedures in line with the audit; eleven have yet to finish.</p>
<p>NPCC lead for domestic abuse, National Police Chiefs' Council</p>
"""),

    # a department's news item answering the one recommendation made to it, accepted by a word for one
    Doc("d35-ms-home-office-news", ["html"], super_complaint="modern-slavery",
        authors=["home-office"], date=["2021-09-02"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="govuk", page_title="Research into victims' experience of policing - GOV.UK"),
        classes=["one-recommendation-accepted-unnumbered", "news-item"],
        body="""
<h1>Government commissions research into modern slavery victims' experience of policing</h1>
<p>2 September 2021</p>
<p>The Home Office has accepted the inspectorate's recommendation on understanding victims' experience, made in
its May report on Hestia's super-complaint.</p>
<h2>What happens next (recommendation 1)</h2>
<p>A team from two universities has been appointed to interview survivors and the officers who dealt with them;
fieldwork is now under way and will run until the spring.</p>
<p>From: Home Office</p>
"""),

    # a national roll-up speaking for every force: the members accept the recommendation ("it") in the plural
    Doc("d35-hba-npcc-summary", ["pdf"], super_complaint="honour-based-abuse",
        authors=["npcc"], date=["2023-03-15"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["not_started"], "position": ["accepted"]}},
        style=Style(pdf_header="National Police Chiefs' Council - OFFICIAL"),
        classes=["collated-response-plural-sayer"],
        body="""
<h1>National Police Chiefs' Council: summary of force responses to the honour-based abuse super-complaint</h1>
<p>15 March 2023</p>
<h2>Recommendation 1</h2>
<p>This recommendation concerns forces' sexual abuse policies. All chief constables support it, and most forces
are now revising their policies to include the risk of honour-based abuse.</p>
<h2>Recommendation 2</h2>
<p>The recommendation asks for work on cultural awareness with communities. Chief constables accept it. The work
has not yet started in any force.</p>
"""),
]
