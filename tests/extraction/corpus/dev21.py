"""The twenty-first development set: documents of our own, in other words than heldout27 and heldout28, for answers
given by subject, without numbers (ADR 0008, Decision 31 of round fourteen's subj15 work): a document that says how
many of one group's recommendations it answers, then gives as many sections headed by a subject (a heading, a short
bold line, or a paragraph's own first line), answers them in the report's order; a heading's words fit one
recommendation's text whatever their plural or adjective form ("policies" and "policy", "cultural" and "cultures").
"""
from build import Doc
from render import Style

DOCS = [
    # a force's letter in Word: the count of chief constables' recommendations, then a short line over each answer
    # in the same paragraph (a bold run and a line break), the second heading in words the report does not use
    Doc("d21-hba-merseyside-force-letter", ["docx", "pdf"], super_complaint="honour-based-abuse",
        authors=["merseyside-police"], date=["2023-08-14"],
        responses={"1": {"progress": ["complete"]},
                   "2": {"progress": ["in_progress"]}},
        absent=["3"],
        classes=["declared-count-subject-sections", "subject-line-in-paragraph"],
        body="""
<div class="letterhead">Merseyside Police<br>Police Headquarters<br>Liverpool</div>
<p>14 August 2023</p>
<p>Dear HM Inspector,</p>
<p><strong>Honour-based abuse super-complaint: Merseyside Police</strong></p>
<p>This letter covers the two recommendations addressed to chief constables.</p>
<p><strong>Sexual offences policy</strong><br>Our sexual offences investigation policy was reissued in July and now
tells investigators to assess the risk of honour-based abuse at the first contact with every victim.</p>
<p><strong>Knowing our communities</strong><br>Neighbourhood inspectors are compiling profiles of faith and community
groups in each district; the first four of eight were finished in June and the rest are being drafted.</p>
<p>Yours faithfully,</p>
<p>Assistant Chief Constable, Merseyside Police</p>
"""),

    # a commissioner's text letter: "both of the recommendations to PCCs", then two short lines as headings
    Doc("d21-sts-northwales-commissioner-letter", ["text", "markdown"], super_complaint="safe-to-share",
        authors=["north-wales-pcc"], date=["2021-03-02"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted"]}},
        absent=["1", "4"],
        style=Style(wrap=76),
        classes=["declared-count-subject-sections"],
        body="""
<p>2 March 2021</p>
<p>Dear Sir Thomas,</p>
<p>I am replying, as Police and Crime Commissioner for North Wales, to the report on the super-complaint by Liberty
and Southall Black Sisters. I accept both of the recommendations made to commissioners.</p>
<h3>Trust among migrant victims</h3>
<p>My office and North Wales Police are preparing leaflets and radio messages in Polish, Arabic and Romanian; the
first of them will be broadcast next month.</p>
<h3>Support organisations in the region</h3>
<p>The review of specialist victim support across the six counties finished in February, and I have already
funded two new caseworkers where it found gaps.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for North Wales</p>
"""),

    # a commissioner's scrutiny page with no numbers: each heading's words in other forms than the report's
    # ("policies" against its "policy", "cultural" against its "cultures"); the data heading is the NPCC's
    Doc("d21-hba-surrey-scrutiny-page", ["html"], super_complaint="honour-based-abuse",
        authors=["surrey-pcc"], optional_authors=["surrey-police"], date=["2023-09-21"],
        responses={"1": {"progress": ["complete"]},
                   "2": {"progress": ["in_progress"]}},
        absent=["3"],
        style=Style(site="news", site_name="Surrey Police and Crime Commissioner",
                    page_title="Honour-based abuse: holding Surrey Police to account"),
        classes=["subject-headings-word-forms"],
        body="""
<h1>Honour-based abuse: holding Surrey Police to account</h1>
<p>Published 21 September 2023</p>
<p>The Police and Crime Commissioner for Surrey asked Surrey Police at her September accountability meeting how
it has acted on the inspectorate's report on honour-based abuse.</p>
<h2>Honour-based abuse in sexual abuse policy</h2>
<p>Surrey Police rewrote its rape investigation guidance in the spring, and it now requires officers to consider
honour-based abuse in every case.</p>
<h2>Cultural understanding</h2>
<p>Training on the county's communities is being written with local faith leaders and will reach all response
officers by March.</p>
<h2>Ethnicity recording</h2>
<p>This part of the report is for the National Police Chiefs' Council, not the force.</p>
"""),
]
