"""The eighteenth development set: one document of our own for each class of which recommendations a document answers,
changed in round thirteen (ADR 0008, Decision 26: a number the document names only to put it aside, to say it is
another's, or in passing is a mention, not an answer), found on heldout25 and heldout26 and written here in other
words, reports and formats, so that each rule is shown to read a class of text rather than the sentence that prompted
it. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

_ACC = {"progress": ["in_progress"], "position": ["accepted", "not_stated"]}


def _r(progress: list[str], position: list[str] | None = None) -> dict:
    return {"progress": progress, "position": position or ["accepted", "not_stated"]}


DOCS = [
    # a listing that puts recommendations aside ("are not for commissioners"), followed by sentences of answer: the
    # listing is no answer, whatever follows it
    Doc("d18-s2s-dyfed-pcc-update", ["text"], super_complaint="safe-to-share",
        authors=["dyfed-powys-pcc"], date=["2021-07-02"],
        responses={"5": _r(["in_progress"]), "6": _r(["complete"])},
        optional=["8"], absent=["1", "4"],
        style=Style(wrap=78),
        classes=["listing-negated"],
        body="""
<h1>Dyfed-Powys Police and Crime Commissioner: update on the Safe to share? report</h1>
<p>2 July 2021</p>
<p>Recommendations 1 and 4 are not for commissioners. Most of the report's work has been shared out between
the Commissioner's office and Dyfed-Powys Police since the spring.</p>
<h2>Recommendation 5</h2>
<p>The Commissioner and the Chief Constable are building a joint plan with the migrant support charities in the
four counties; the first meetings were held in June.</p>
<h2>Recommendation 6</h2>
<p>The assessment of local access to specialist support was finished in May and its findings were published on
this website.</p>
"""),

    # a department's overview of the report in the past tense ("were directed at chief constables"), before its own
    # answers
    Doc("d18-s2s-home-office-page", ["html"], super_complaint="safe-to-share",
        authors=["home-office"], date=["2022-02-09"],
        responses={"2": _r(["complete"]), "3": _r(["in_progress"])},
        optional=["7", "8"], absent=["1", "4", "5", "6"],
        style=Style(site="govuk", page_title="Safe to share?: Home Office update - GOV.UK"),
        classes=["listing-past-tense"],
        body="""
<h1>Safe to share?: Home Office update on the recommendations</h1>
<p>Published 9 February 2022</p>
<h2>The report's recommendations</h2>
<p>Recommendations 4, 5 and 6 were directed at chief constables and police and crime commissioners. Each force
and commissioner has been writing to the inspectorate about them since last summer.</p>
<h2>Recommendation 2</h2>
<p>Our review of the legal framework has been completed and was published in December.</p>
<h2>Recommendation 3</h2>
<p>The safeguarding protocol is being drafted with the NPCC and is due for consultation in the spring.</p>
"""),

    # another party named as the one that will answer, in a force's document: the commissioner "will answer" the
    # recommendation, so it is no answer of the force's
    Doc("d18-s2s-lancs-force-page", ["markdown"], super_complaint="safe-to-share",
        authors=["lancashire-constabulary"], date=["2021-06-15"],
        responses={"1": _r(["complete"]), "4": _r(["in_progress"])},
        optional=["5", "8"], absent=["6"],
        classes=["answered-by-another-party"],
        body="""
<h1>Lancashire Constabulary: our response to Safe to share?</h1>
<p>15 June 2021</p>
<h2>Recommendation 1</h2>
<p>Officers were told in January that they must not pass a domestic abuse victim's details to Immigration
Enforcement on doubts about status alone. This is now in force policy.</p>
<h2>Recommendation 4</h2>
<p>A referral route to two specialist organisations is being tested in Preston and Blackburn.</p>
<p>The Police and Crime Commissioner for Lancashire will answer recommendation 6 in a letter of his own.</p>
"""),

    # what the report asked of a national body, then that body's act ("It has since done so"), in a commissioner's
    # page: no answer of the commissioner's
    Doc("d18-stk-dorset-pcc-page", ["html"], super_complaint="stalking",
        authors=["dorset-pcc"], date=["2025-02-03"],
        responses={"15": _r(["in_progress"]), "16": _r(["not_started"])},
        optional=["25"], absent=["27"],
        style=Style(site="pcc", site_name="Dorset Police and Crime Commissioner",
                    page_title="Stalking super-complaint | Dorset PCC"),
        classes=["another-bodys-act-done"],
        body="""
<h1>The Commissioner's response to the stalking super-complaint</h1>
<p>3 February 2025</p>
<h2>Recommendation 15</h2>
<p>I am reviewing the stalking support services my office commissions, and the review will report to me in
March.</p>
<h2>Recommendation 16</h2>
<p>The joint review with Dorset Police has not yet begun; we plan to start it in April.</p>
<h2>Responding for every commissioner</h2>
<p>Recommendation 27 asked the Association of Police and Crime Commissioners to reply for all commissioners. It has
since done so.</p>
"""),

    # a word of welcome on another body's recommendation ("and we support it"), then pages about the force's
    # own work by subject: no answer of the force's to that number
    Doc("d18-ms-cumbria-force-page", ["markdown"], super_complaint="modern-slavery",
        authors=["cumbria-constabulary"], date=["2021-09-20"],
        responses={}, absent=["1"],
        classes=["welcome-of-anothers"],
        body="""
<h1>Cumbria Constabulary and The hidden victims</h1>
<p>20 September 2021</p>
<p>The inspectorate's report on Hestia's super-complaint was published in May. Recommendation 1 is for the Home
Office, and we support it.</p>
<p>Our own work has gone on since then. Every neighbourhood officer has had a briefing on the signs of exploitation
and on the National Referral Mechanism, and the force's modern slavery coordinator now reviews every referral we
make within a week. We have also agreed with the county's victim services how a victim who leaves a safe house will
be supported, and the agreement will be signed in the autumn. The coordinator will report on all of this to the
Chief Constable's performance board in December, and a summary will be published here after that meeting.</p>
"""),

    # a table that counts ("Progress made by forces | No. of forces"): its numbers are how many, not which recommendations
    Doc("d18-stk-npcc-count-table", ["pdf", "html"], super_complaint="stalking",
        authors=["npcc"], date=["2025-04"],
        responses={"10": _r(["in_progress"])},
        absent=["5", "17", "21"],
        style=Style(pdf_header="National Police Chiefs' Council", pdf_ruled=True, site="govuk",
                    page_title="NPCC: forces' returns on stalking training - GOV.UK"),
        classes=["count-column"],
        body="""
<h1>National Police Chiefs' Council: stalking super-complaint, forces' returns on training</h1>
<p>April 2025</p>
<p>From: National Police Chiefs' Council</p>
<h2>Recommendation 10</h2>
<p>Forces were asked whether they have reviewed and updated their stalking training.</p>
<table>
<tr><th>Progress made by forces</th><th>No. of forces</th></tr>
<tr><td>Training reviewed and updated</td><td>21</td></tr>
<tr><td>Review under way</td><td>17</td></tr>
<tr><td>Review not yet begun</td><td>5</td></tr>
</table>
<p>The work is therefore under way nationally, and the NPCC will ask forces again in the autumn.</p>
"""),

    # a long subject before its bracketed numbers, then the answer: "The report's two recommendations about ...
    # (recommendations 4 and 5) have both been ..."
    Doc("d18-s2s-kent-news", ["html"], super_complaint="safe-to-share",
        authors=["kent-police"], date=["2021-10-05"],
        responses={"4": _r(["complete"], ["not_stated", "accepted"]), "5": _r(["complete"], ["not_stated", "accepted"])},
        style=Style(site="news", site_name="Kent Police", page_title="Safe reporting for migrant victims | Kent Police"),
        classes=["long-bracketed-subject"],
        body="""
<h1>Safe reporting for migrant victims now in place in Kent</h1>
<p>Published: 5 October 2021</p>
<p>The two recommendations on safe reporting routes and migrant communities' confidence in the police
(recommendations 4 and 5) have both been completed in Kent: a referral route run with three charities opened
in August, and officers have been briefed on it.</p>
<p>Detective Chief Superintendent Ade Okafor said: "Victims must feel able to come forward."</p>
"""),

    # the recommendation named inside the subject, then a verb of state: "The system change required under
    # recommendation 7 awaits ..."
    Doc("d18-stk-essex-update", ["text"], super_complaint="stalking",
        authors=["essex-police"], date=["2025-05-12"],
        responses={"7": _r(["awaiting_national", "in_progress"]), "10": _r(["complete"])},
        style=Style(wrap=80),
        classes=["verb-of-state-after-named-subject"],
        body="""
<h1>Essex Police: stalking action plan, May update</h1>
<p>12 May 2025</p>
<p>Refresher training under recommendation 10 has been delivered to every response team.</p>
<p>The records system change required under recommendation 7 awaits a release from the national supplier, now
promised for the winter; intelligence flags are used until then.</p>
"""),

    # a paper naming one recommendation only to say it is not the writer's and not covered, then sections by subject:
    # the rest of the paper is not that recommendation's answer
    Doc("d18-hba-pcc-board-paper", ["docx"], super_complaint="honour-based-abuse",
        authors=["west-yorkshire-mayor"], date=["2022-11-22"],
        responses={}, absent=["3"],
        style=Style(docx_headings="bold"),
        classes=["named-only-to-put-aside"],
        body="""
<h1>Mayor of West Yorkshire: Police and Crime Panel paper on honour-based abuse</h1>
<p>Date of paper: 22 November 2022</p>
<h2>Background</h2>
<p>The inspectorate's report on the super-complaint was published in 2021. Recommendation 3 asks the National Police Chiefs'
Council to review its national guidance; it is not for the Mayor and is not covered in this paper.</p>
<h3>Commissioned services</h3>
<p>The Mayor's office has extended its contract with the regional honour-based abuse service for two years and has
added a helpline in three community languages.</p>
<h3>Scrutiny of the force</h3>
<p>The Deputy Mayor for Policing and Crime reviewed a sample of the force's honour-based abuse cases in October and
will report the findings to the panel in January.</p>
"""),
    # a verdict on a numbered recommendation closing the sentence whose account it judges ("..., so recommendation 2
    # is complete for the force"), in a force's blog that never heads a section with the number
    Doc("d18-ppda-northumbria-blog", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["northumbria-police"], date=["2023-06-14"],
        responses={"2": _r(["complete"], ["not_stated", "accepted"])},
        style=Style(site="news", site_name="Northumbria Police",
                    page_title="Allegations against officers: what has changed | Northumbria Police"),
        classes=["numbered-verdict-closing-sentence"],
        body="""
<h1>Allegations of domestic abuse against our officers: what has changed</h1>
<p>Posted 14 June 2023</p>
<p>Last summer the inspectorate published its report on the Centre for Women's Justice super-complaint.</p>
<p>Every allegation of domestic abuse made against one of our officers or staff is now assessed by the professional
standards department within two working days, so recommendation 2 is complete for the force.</p>
<p>If you are affected by domestic abuse, call 101 or, in an emergency, 999.</p>
"""),
    # in a report with one recommendation, for a national body: a letter that names it only to say it is not answered
    # there, then goes on with its own work, does not wait on that body; the recommendation is put aside
    Doc("d18-ms-npcc-letter", ["pdf"], super_complaint="modern-slavery",
        authors=["npcc"], date=["2021-08-30"],
        responses={}, absent=["1"],
        style=Style(pdf_header="National Police Chiefs' Council"),
        classes=["put-aside-in-one-recommendation-report"],
        body="""
<p>30 August 2021</p>
<p>Dear HM Chief Inspector,</p>
<p><strong>The hidden victims: report on Hestia's super-complaint</strong></p>
<p>Recommendation 1 is addressed to the Home Office and is not answered in this letter. The NPCC modern slavery
portfolio has shared the report with every force and has asked each to check its victim care arrangements against
its findings by the end of the year.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable, NPCC lead for modern slavery</p>
"""),
    # a national body's act told in the third person, "as recommendation 27 required", in a force's document: that
    # body's answer, not the force's
    Doc("d18-stk-surrey-plan-note", ["docx"], super_complaint="stalking",
        authors=["surrey-police"], date=["2024-11-21"],
        responses={"7": _r(["in_progress"]), "10": _r(["not_started"])},
        absent=["27"],
        style=Style(docx_headings="bold"),
        classes=["national-bodys-act-as-asked"],
        body="""
<h1>Surrey Police: stalking super-complaint action plan</h1>
<p>21 November 2024</p>
<p>The Association of Police and Crime Commissioners has brought together the commissioners' answers, as
recommendation 27 required. This plan sets out the force's own.</p>
<h2>Recommendation 7</h2>
<p>We have asked our records supplier for the change and are flagging stalking with intelligence reports meanwhile.</p>
<h2>Recommendation 10</h2>
<p>The review of stalking training has not started yet; it is planned for January.</p>
"""),
]
