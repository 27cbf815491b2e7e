"""The thirty-second development set: documents of our own for the recall readings of round sixteen's helper
`align19` (ADR 0008, Decision 47), in other words than the tests': answers whose recommendation stands where no
rule read it: a hard-wrapped numbered paragraph of a text reply going on flush left; an email reply judged by the
reply above the message it quotes, with a group of recommendations named by count and recipients before its verb;
a section headed by whom its recommendations are for; a paragraph opening with its topic inside a group named
before it; a heading naming its recommendation by its recipients; the report's number trailing a section heading
with the part it covers; a topic with its place set off as an apposition; a letter's sentence of purpose naming
the recommendation; a sentence of what the report asked, closed by the number, closing its paragraph, with the
answer opening the next. Names, places and wording are invented.
"""
from build import Doc
from render import Style

DOCS = [
    # a commissioner's reply to a request, in plain text wrapped at 70 columns: each numbered paragraph's sentence
    # runs on to lines written flush left
    Doc("d32-ppda-pcc-foi", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["suffolk-pcc"], date=["2023-05-22"],
        responses={"3": {"progress": ["in_progress"]}},
        style=Style(wrap=70),
        classes=["text-numbered-paragraphs-wrapped-flush-left", "recommendation-named-on-a-wrapped-line"],
        body="""
<p>Office of the Police and Crime Commissioner for Suffolk</p>
<p>22 May 2023</p>
<p>Freedom of Information request FOI/23/061</p>
<p>You asked what the Commissioner has done about the police perpetrated domestic abuse super-complaint
report. Our answer follows.</p>
<p>1. The Commissioner did not publish a separate response to the report, though it is discussed in the minutes
of the accountability board held in October last year.</p>
<p>2. On your second question: the Commissioner is now acting on the third recommendation of the report, the
only one that asks commissioners to act on the support given to victims. A review of the specialist support we fund
for victims whose abuser is a police employee began in March, and a new referral route is being tested with the
county's independent advocates.</p>
<p>3. We hold no further information on this subject.</p>
<p>Information Access Officer</p>
"""),

    # a force's email reply above the request it answers: the request quotes a recommendation by number; the reply
    # names none, and says of the recommendations for chief constables, by their count, that they are accepted
    Doc("d32-hba-force-email", ["text"], super_complaint="honour-based-abuse",
        authors=["cheshire-constabulary"], date=["2023-04-03"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "2": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(),
        classes=["email-reply-numberless-above-quote", "group-by-count-and-recipient-verb-after"],
        body="""
<p>From: Head of Public Protection, Cheshire Constabulary<br>Sent: Monday, 3 April 2023 11:05<br>To: Office of the
Police and Crime Commissioner<br>Subject: RE: honour-based abuse report - where are we?</p>
<p>Hello,</p>
<p>In answer to your question, both of the report's recommendations for chief constables have been accepted by
the Chief Officer Group.</p>
<p>Our sexual offences policy is being rewritten with a new section on honour-based abuse, and the draft goes to
the policy board next month. Work on cultural awareness has also started: the first briefings for investigators
are being written with a community organisation.</p>
<p>Kind regards,</p>
<p>Head of Public Protection</p>
<p>-----Original Message-----<br>From: Office of the Police and Crime Commissioner<br>Sent: 28 March 2023
16:40</p>
<p>Could you tell us where the force is on the report? The Panel wants to know in particular whether the data
point in recommendation 3 affects us.</p>
"""),

    # a commissioner's statutory response laid out by recipient: a section headed by the force's recommendations,
    # answered without numbers, beside a section of the commissioner's own
    Doc("d32-ppda-pcc-by-recipient", ["markdown", "html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["wiltshire-pcc"], date=["2022-08-24"],
        responses={"1": {"progress": ["in_progress"]}, "2": {"progress": ["in_progress"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]}},
        optional=["4"],
        style=Style(),
        classes=["section-headed-by-recipient", "pcc-relays-force"],
        body="""
<h1>Wiltshire Police and Crime Commissioner: response to the police perpetrated domestic abuse super-complaint</h1>
<p>24 August 2022</p>
<p>This is my response under section 29A of the Police Reform Act 2002.</p>
<h2>Recommendations for chief constables</h2>
<p>The Chief Constable tells me that the force has begun the audit of open and recently closed cases the report
describes, and that the findings will be shared with the College of Policing when it is finished in the winter.
Investigations of this kind are being moved to the anti-corruption unit.</p>
<h2>Recommendation 3</h2>
<p>I accept this recommendation. My office is reviewing the domestic abuse services I fund to see whether they
meet the needs of victims whose partner works for the police, and will report to the Panel in November.</p>
"""),

    # minutes in which a group is named by number, one of it answered by number and the other by its topic alone
    Doc("d32-s2s-pcp-minutes", ["markdown", "docx"], super_complaint="safe-to-share",
        authors=["lancashire-pcc"], date=["2021-07-08"], optional_authors=["lancashire-constabulary"],
        responses={"5": {"progress": ["in_progress"]}, "6": {"progress": ["complete"]}},
        optional=["8"],
        style=Style(),
        classes=["topic-paragraph-within-named-group", "minutes"],
        body="""
<h1>Lancashire Police and Crime Panel: minutes of the meeting of 8 July 2021</h1>
<p>Present: members of the Panel; the Deputy Police and Crime Commissioner for Lancashire.</p>
<h2>Item 7: Safe to share? super-complaint</h2>
<p>The Deputy Commissioner introduced the item and recalled that recommendations 5 and 6 of the report fall to
commissioners.</p>
<p>Recommendation 6 had been met: the review of specialist victim support in the county was finished in April and
a new advocacy contract has been let.</p>
<p>As for confidence in reporting among migrant victims, a series of community events with the force is being
planned for the autumn, and leaflets have been drafted in four languages.</p>
<p>The Panel noted the update.</p>
"""),

    # a commissioner's page: a heading naming its recommendation by its recipients, and a board paper's sentence
    # naming the recommendation by what it asked of whom
    Doc("d32-s2s-pcc-headings", ["html", "markdown"], super_complaint="safe-to-share",
        authors=["cumbria-pfcc"], date=["2021-02-11"],
        responses={"6": {"progress": ["in_progress"], "position": ["accepted"]},
                   "5": {"progress": ["not_started", "in_progress"], "position": ["accepted"]}},
        style=Style(),
        classes=["heading-names-recommendation-by-recipient", "asked-of-whom-by-recommendation"],
        body="""
<h1>Safe to share? The response of the Cumbria Police, Fire and Crime Commissioner</h1>
<p>11 February 2021</p>
<h2>Support services (the recommendation for commissioners alone)</h2>
<p>I accept this recommendation. My commissioning team has started mapping the support open to victims with
insecure immigration status, and I expect the mapping to be finished by the autumn.</p>
<h2>Working with the force</h2>
<p>The campaign asked of commissioners and chief constables together by recommendation 5 will be planned with the
force once its reporting pathway is settled; I accept it.</p>
"""),

    # a board paper with its own section numbers: the report's number trails a heading with the part covered, and a
    # paragraph gives its topic then the recommendation's place
    Doc("d32-hba-board-paper", ["pdf", "html"], super_complaint="honour-based-abuse",
        authors=["lancashire-pcc"], date=["2023-06-19"], optional_authors=["lancashire-constabulary"],
        responses={"1": {"progress": ["in_progress"]}, "2": {"progress": ["in_progress"]}},
        style=Style(),
        classes=["trailing-report-number-with-part", "topic-then-place-apposition"],
        body="""
<h1>Lancashire Police and Crime Commissioner: Accountability Board, 19 June 2023, honour-based abuse super-complaint</h1>
<p>Report of the Chief Executive, Office of the Police and Crime Commissioner for Lancashire</p>
<h2>1. Sexual abuse policies (report recommendation 1, part a)</h2>
<p>1.1 The force's policy on rape and serious sexual offences is being revised to include honour-based abuse; the
revision is with the force's policy board for agreement in July.</p>
<h2>2. Other work</h2>
<p>2.1 Regarding diversity awareness, the report's second recommendation, the force has begun a programme of
briefings for investigators with two community groups, and half of the sessions have been delivered.</p>
"""),

    # a commissioner's letter whose sentence of purpose names the recommendation by its recipient, then answers
    Doc("d32-s2s-pcc-letter", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["norfolk-pcc"], date=["2021-06-10"],
        responses={"6": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(),
        classes=["letter-sentence-of-purpose", "recommendation-by-recipient-in-purpose"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Norfolk<br>Jubilee House, Wymondham</div>
<p>10 June 2021</p>
<p>Dear Chief Inspector,</p>
<p>I write to update you on the recommendation for commissioners alone in the Safe to share? report, which I
accepted in February.</p>
<p>My office has finished its assessment of the specialist support open to migrant victims in the county, and a
new advocacy service was commissioned from April. The work is complete.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Norfolk</p>
"""),

    # a news item: a paragraph saying what the report asked, closed by the number in brackets, then the force's
    # work in the next paragraph
    Doc("d32-stalking-force-news", ["html"], super_complaint="stalking",
        authors=["merseyside-police"], date=["2025-02-18"],
        responses={"10": {"progress": ["in_progress"]}, "16": {"progress": ["in_progress"]}},
        style=Style(site="news", site_name="Merseyside Police"),
        classes=["news-description-closing-paragraph", "answer-in-next-paragraph"],
        body="""
<h1>Merseyside Police steps up stalking training</h1>
<p>18 February 2025</p>
<p>A national report on the police response to stalking, published last autumn, asked chief constables to
review the training their officers and staff receive on stalking (recommendation 10).</p>
<p>Merseyside Police has rewritten its stalking course, and so far 40 per cent of frontline officers have taken it;
the rest are booked on sessions running until June.</p>
<p>Work with the Police and Crime Commissioner on recommendation 16 is under way.</p>
<p>Members of the public can report stalking online or by calling 101.</p>
"""),
]
