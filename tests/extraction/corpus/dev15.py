"""The fifteenth development set: one document of our own, in other words than heldout23 and heldout24's, for each
class of position statement read in round twelve's second half (ADR 0008, Decision 22), so that each rule is shown
to read a class of text rather than the sentence that prompted it.
"""
from build import Doc
from render import Style

NS = "not_stated"
ACC = "accepted"


def R(progress: list[str], position: str | list[str]) -> dict:
    return {"progress": progress, "position": [position] if isinstance(position, str) else position}


DOCS = [
    # a progress log for a joint audit committee: it reports what was done and what is under way, and says nothing
    # about accepting anything, so the position is not stated (work done is no statement of position)
    Doc("d15-s2s-wiltshire-assurance-log", ["text", "docx"], super_complaint="safe-to-share",
        authors=["wiltshire-police"], date=["2022-06-30"],
        responses={"1": R(["complete"], NS), "4": R(["in_progress"], NS), "5": R(["in_progress"], NS)},
        style=Style(wrap=90, text_tables="pipes", docx_headings="bold"),
        classes=["progress-log-states-no-position", "work-done-is-no-position"],
        body="""
<h1>Wiltshire Police: assurance log, immigration status and victims of crime</h1>
<p>Prepared for the Joint Audit Committee. Position at 30 June 2022.</p>
<table>
<tr><th>Rec</th><th>What we have done</th><th>Status</th></tr>
<tr><td>1</td><td>The force instruction ending referrals of domestic abuse victims to Immigration Enforcement on doubt
alone was issued in February 2021; a sample of 30 cases in May found none.</td><td>Complete</td></tr>
<tr><td>4</td><td>A referral route through two advice charities is written and being tested in Swindon; the
officers' guidance is being drafted.</td><td>In progress</td></tr>
<tr><td>5</td><td>A leaflet in six languages is being designed with the Commissioner's office.</td><td>In progress</td></tr>
</table>
<p>The log returns to the Committee in September.</p>
"""),

    # a commissioner's response: the position on all the recommendations is given once, after the account of the
    # work, in words for "all of them" ("accepts both"); a position on named recommendations is given in an
    # introduction that the answers follow
    Doc("d15-s2s-devon-pcc-statement", ["html", "markdown"], super_complaint="safe-to-share",
        authors=["devon-and-cornwall-pcc"], date=["2021-07-02"],
        responses={"5": R(["in_progress"], ACC), "6": R(["complete"], ACC)},
        style=Style(site="pcc", site_name="Office of the Police and Crime Commissioner for Devon, Cornwall and the "
                                          "Isles of Scilly", page_title="Commissioner's comments: Safe to share?"),
        classes=["collective-position-after-the-answers"],
        body="""
<h1>Commissioner's comments on the Safe to share? report</h1>
<p>The Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, 2 July 2021</p>
<h2>Recommendation 5</h2>
<p>My office and the force are running a joint campaign with community groups in Plymouth and Exeter so that migrant
victims know they can come forward. The second round of events is being planned for the autumn.</p>
<h2>Recommendation 6</h2>
<p>The review of specialist support for migrant victims reported to me in May and its findings have been shared
with partners.</p>
<h2>Closing remarks</h2>
<p>Two of the report's recommendations are for commissioners, and the Commissioner accepts both of them without
reservation.</p>
"""),

    # a Home Office letter: acceptance said in other words ("I am glad to accept it", "we accepted it on publication",
    # "this as well was accepted"), a bare "We agree." that opens an answer, and the part of a shared
    # recommendation that is the writer's accepted
    Doc("d15-ppda-home-office-letter", ["docx", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2022-11-08"],
        responses={"4": R(["in_progress"], ACC)},
        style=Style(docx_letterhead="table"),
        classes=["acceptance-of-it-in-other-words"],
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>8 November 2022</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report on the Centre for Women's Justice super-complaint about police perpetrated domestic
abuse.</p>
<p><strong>Recommendation 4</strong></p>
<p>I am glad to accept it. Officials are drafting the terms of reference for the review of the vetting rules with the
College of Policing, and the review will begin in the new year.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""),

    # a force's response that answers by what it does ("the response of ...", no word of acceptance): the work is
    # its position, read as accepted; an update on the same work would not be
    Doc("d15-hba-lancashire-response", ["html", "text"], super_complaint="honour-based-abuse",
        authors=["lancashire-constabulary"], date=["2023-03-10"],
        responses={"1": R(["complete"], ACC), "2": R(["in_progress"], ACC)},
        style=Style(site="force", site_name="Lancashire Constabulary",
                    page_title="Honour-based abuse super-complaint | Lancashire Constabulary"),
        classes=["a-response-answers-by-its-work"],
        body="""
<h1>Honour-based abuse super-complaint: the formal response of Lancashire Constabulary</h1>
<p>Published 10 March 2023</p>
<h2>Recommendation 1</h2>
<p>Our rape and serious sexual offences policy was rewritten in February so that investigators consider the risk of
honour-based abuse in every case.</p>
<h2>Recommendation 2</h2>
<p>A cultural awareness course, written with local women's groups, is being delivered to investigators; 90 of 300
have completed it.</p>
"""),

    # a government reply: a refusal told as an intention ("does not intend to bring in ... for now") and an
    # acceptance followed, in a later sentence, by a part refused ("does not agree that ...")
    Doc("d15-pm-moj-reply", ["pdf", "markdown"], super_complaint="protective-measures",
        authors=["ministry-of-justice"], date=["2022-02-15"],
        responses={"11": R(["not_stated", "not_started"], "not_accepted"),
                   "12": R(["in_progress"], "partially_accepted")},
        classes=["refusal-told-as-an-intention", "accepted-then-a-part-refused"],
        body="""
<h1>Ministry of Justice: reply to the protective measures super-complaint</h1>
<p>15 February 2022</p>
<p>This letter gives the Ministry of Justice's reply to the recommendations made to it in the report on the Centre
for Women's Justice super-complaint.</p>
<h2>Recommendation 11</h2>
<p>The Ministry does not intend to introduce a separate criminal offence for now, because the recent changes to
bail law have only just taken effect.</p>
<h2>Recommendation 12</h2>
<p>The Ministry accepts the recommendation to improve how the police learn that an order has been made, and a
notification trial with two courts has begun. The Ministry does not, however, agree that the notice must be
sent within the hour in every case.</p>
"""),
]
