"""The thirty-eighth development set: one document of our own, in other words than heldout28's, for each class of
answer read in round sixteen's second half by helper `align20` (ADR 0008, Decision 55), so that each rule is shown to
read a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

DOCS = [
    # a group of one recipient's recommendations named once, then each answered by its place as the object of the
    # sentence's subject ("Progress on the second has been slower"), not as the sentence's opening words
    Doc("d38-hba-lancs-pcc-blog", ["markdown", "html", "text"], super_complaint="honour-based-abuse",
        authors=["lancashire-pcc"], date=["2023-04-11"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="plain", page_title="Commissioner's blog: honour-based abuse"),
        classes=["group then place as object of the subject", "PCC reports force progress"],
        body="""
<h1>Commissioner's blog: where Lancashire stands on honour-based abuse</h1>
<p>Written by the Police and Crime Commissioner for Lancashire, 11 April 2023</p>
<p>In December the inspectorate, the College of Policing and the IOPC reported on the super-complaint about the
police response to honour-based abuse. Two of its recommendations were for chief constables, and I asked the
Chief Constable for an account of both at my March accountability meeting.</p>
<p>Of the recommendations for chief constables, the first asked forces to cover the risk of honour-based abuse in
their sexual abuse policies. Lancashire Constabulary rewrote its policy in February and it is now in force.</p>
<p>Progress on the second has been slower: the force has mapped the communities it serves and is drafting
briefing material with local faith groups, to be given to officers over the summer.</p>
<p>I will report again in the autumn.</p>
""",
    ),
]
