"""The fourteenth held-out set: written at the very end of round nine, after every change of the round (heldout13's
fixes included), in voices no earlier set used, and scored once untuned: the honest figure of the code the round ends
with (ADR 0008). Nothing in it was run through the engine before it was scored, and nothing was changed for it after.

Invented like the others (no published response was read or copied): a force's page on the national police website
platform with a two-digit-year date, a commissioner's scrutiny letter to the chief constable, a slide deck printed to
PDF, a Home Office policy paper on GOV.UK with its contents list, a force letter whose name is only in the email
footer and whose date is written with dots, a commissioner's news item "first published ... and updated ...", a
text conversion of a badly wrapped table, and a letter from the NPCC's bail lead.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h14-hba-derbyshire-soh-page", ["html"], super_complaint="honour-based-abuse",
        authors=["derbyshire-constabulary"], date=["2023-10-05"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="plain", page_title="HMICFRS super-complaint: honour-based abuse | Derbyshire Constabulary"),
        classes=["national-platform-page", "two-digit-year"],
        body="""
<div id="cookie-banner"><p>Cookies on this site. We use some essential cookies to make this service work.</p>
<button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>
<a href="#main" class="skip">Skip to main content</a>
<header><a href="/" class="force-logo"><img src="/derbyshire.svg" alt="Derbyshire Constabulary"></a>
<nav aria-label="Primary"><ul><li>Report</li><li>Contact us</li><li>Advice</li><li>Find out more</li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li>Home</li><li>Find out more</li><li>About us</li>
<li>Publications and documents</li><li>HMICFRS</li></ol></nav>
<main id="main">
<h1>HMICFRS super-complaint: honour-based abuse</h1>
<p class="date">Published: 05/10/23</p>
<p>This is our response to the report of the super-complaint by the Tees Valley Inclusion Project into how the
police respond to victims of sexual abuse at risk of honour-based abuse.</p>
<h2>Recommendation 1</h2>
<p>Our rape and serious sexual offences policy was rewritten in August and now tells investigators to consider the
risk of honour-based abuse in every case. The change has been briefed to all specialist officers.</p>
<h2>Recommendation 2</h2>
<p>A cultural awareness package is being delivered to investigators this autumn by Karma Nirvana; the first two
sessions have taken place.</p>
<div class="feedback"><h2>Did you find what you were looking for?</h2><button>Yes</button><button>No</button></div>
</main>
<footer><p>Derbyshire Constabulary &copy; 2025</p></footer>
"""),

    Doc("h14-sas-hiow-scrutiny-letter", ["pdf", "docx"], super_complaint="stop-and-search",
        authors=["hampshire-and-isle-of-wight-pcc"], date=["2022-06-20"],
        responses={"8": ["complete"], "10": ["awaiting_national"]},
        style=Style(pdf_ruled=True),
        classes=["letter-to-chief-constable", "addressee-force"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight<br>St George's
Chambers, Winchester SO23 8AJ</div>
<p>20 June 2022</p>
<p>Chief Constable<br>Hampshire and Isle of Wight Constabulary</p>
<p>Dear Chief Constable,</p>
<p>Section 60 super-complaint: outcome of my scrutiny</p>
<p>Thank you for attending my scrutiny meeting on 9 June, where we discussed the recommendations of the Criminal
Justice Alliance super-complaint that concern my office.</p>
<p>On recommendation 8, I was satisfied that the Independent Scrutiny Panel now reviews every section 60
authorisation, and I consider that recommendation closed.</p>
<p>On recommendation 10, we agreed that no local change will be made until the Home Office publishes the revised
PACE Code A, which it expects to do later this year.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Hampshire and the Isle of Wight</p>
<p>cc: Chair, Police and Crime Panel</p>
"""),

    Doc("h14-st-tvp-slides", ["pdf"], super_complaint="stalking", authors=["thames-valley-police"],
        date=["2025-06-03"],
        responses={"7": ["complete"], "10": ["in_progress"], "16": ["not_started"]},
        style=Style(pdf_ruled=False, pdf_footer="Thames Valley Police | OFFICIAL"),
        classes=["slide-deck", "fragments", "tick-symbol"],
        body="""
<h1>Stalking super-complaint - progress</h1>
<p>Chief Officer Group - 3 June 2025</p>
<h2>Slide 2: Headlines</h2>
<ul>
<li>Rec 7 - &#10004; done: Niche change live since 14/02</li>
<li>Rec 10 - in train: 62% of investigators trained</li>
<li>Rec 16 - joint review with OPCC not begun; scoping in July</li>
</ul>
<h2>Slide 3: Risks</h2>
<ul><li>Training capacity over the summer</li><li>Analyst vacancy in the Stalking Clinic</li></ul>
"""),

    Doc("h14-s2s-home-office-policy-paper", ["html"], super_complaint="safe-to-share", authors=["home-office"],
        date=["2021-12-14"],
        responses={"2": {"progress": ["complete"], "position": ["accepted"]},
                   "3": {"progress": ["in_progress"], "position": ["accepted"]},
                   "7": {"progress": ["not_started", "awaiting_national"], "position": ["accepted"]}},
        absent=["1", "4", "5", "6"],
        style=Style(site="govuk", page_title="Safe to share? Home Office response - GOV.UK"),
        classes=["govuk-policy-paper", "contents-list", "updated-date"],
        body="""
<h1>Policy paper: Home Office response to the Safe to share? super-complaint report</h1>
<p>Published 17 June 2021<br>Last updated 14 December 2021 - see all updates</p>
<h2>Contents</h2>
<ol><li>Introduction</li><li>Our response</li><li>Next steps</li></ol>
<h2>1. Introduction</h2>
<p>This paper sets out the Home Office's response to the recommendations addressed to it by HM Inspectorate of
Constabulary and Fire and Rescue Services in December 2020. Recommendations 1, 4, 5 and 6 are for chief constables
and policing bodies.</p>
<h2>2. Our response</h2>
<p>Recommendation 2. We accept this recommendation. Our review of the legal framework and policy on migrant victims
concluded in the autumn and its findings are published alongside this update.</p>
<p>Recommendation 3. We accept this recommendation. We are developing the safeguarding protocol with the National
Police Chiefs' Council; a draft is being tested with four forces.</p>
<p>Recommendation 7. We accept this recommendation and will put it in place once the protocol has been agreed.</p>
<h2>3. Next steps</h2>
<p>We will publish a further update in 2022.</p>
"""),

    Doc("h14-pm-cheshire-footer-letter", ["docx"], super_complaint="protective-measures",
        authors=["cheshire-constabulary"], date=["2022-07-14"],
        responses={"2": ["complete"], "4": ["in_progress"]},
        classes=["force-named-in-footer-line", "dotted-date"],
        body="""
<p>14.07.2022</p>
<p>Dear Ms Billingham,</p>
<p>A duty to protect - update on recommendations 2 and 4</p>
<p>Recommendation 2: the pre-charge bail policy was reissued in May with the changes you asked for, and all custody
sergeants have been briefed on it.</p>
<p>Recommendation 4: the review of bail conditions in domestic abuse cases has started and will report to the Chief
Officer Group in the autumn.</p>
<p>Kind regards,</p>
<p>Superintendent, Criminal Justice<br>Corporate Development | Cheshire Constabulary | www.cheshire.police.uk</p>
"""),

    Doc("h14-ppda-wm-pcc-news-updated", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["west-midlands-pcc"], date=["2023-05-09", "2023-05-03"],
        responses={"1": ["complete"], "3": ["in_progress"]},
        style=Style(site="news", site_name="West Midlands Police and Crime Commissioner",
                    page_title="Commissioner's update on officers who abuse | West Midlands PCC"),
        classes=["first-published-and-updated", "news-item", "quoted-chief-constable"],
        body="""
<h1>Commissioner's update on police perpetrated domestic abuse</h1>
<p>This article was first published on 3 May 2023 and updated on 9 May 2023.</p>
<p>The Police and Crime Commissioner has set out what has changed since the super-complaint report on police
perpetrated domestic abuse.</p>
<p>The Commissioner said: "The force has finished its review of every case involving an officer or member of
staff, which was recommendation 1. I am now reviewing, under recommendation 3, whether the services I fund can
support these victims, and that review will finish in the summer."</p>
<p>The Chief Constable said: "We welcome the Commissioner's scrutiny."</p>
"""),

    Doc("h14-hba-staffs-wrapped-table", ["text"], super_complaint="honour-based-abuse",
        authors=["staffordshire-police"], date=["2023-09-12"],
        responses={"1": ["in_progress"], "2": ["not_started"]},
        style=Style(wrap=60, text_tables="pipes"),
        classes=["wrapped-table-text", "two-digit-year"],
        body="""
<p>Staffordshire Police<br>Public Protection Unit<br>Date: 12/09/2023</p>
<p>Honour-based abuse super-complaint - position statement</p>
<table>
<tr><th>Rec</th><th>Update</th></tr>
<tr><td>1</td><td>Draft policy with Legal Services for checking before it goes to the Policy Board; expected to be
agreed in October.</td></tr>
<tr><td>2</td><td>Not commenced. Training will be commissioned once the policy is agreed.</td></tr>
</table>
"""),

    Doc("h14-pm-npcc-bail-lead", ["pdf"], super_complaint="protective-measures", authors=["npcc"],
        date=["2022-05-27"],
        responses={"1": ["in_progress"]},
        style=Style(pdf_ruled=True),
        classes=["national-lead-letter", "home-force-in-signature"],
        body="""
<p>27 May 2022</p>
<p>Dear Mr Parr,</p>
<p>A duty to protect: police use of protective measures</p>
<p>I write as the national lead for bail and pre-charge to update you on recommendation 1, which asks chief
constables, with me, to manage released under investigation cases in line with the new legislation.</p>
<p>National guidance was issued to forces in April. Forces are now putting it into practice; 30 have told me that
their processes are in line with it, and I will write again when all have.</p>
<p>Yours sincerely,</p>
<p>Chief Constable, Devon and Cornwall Police<br>NPCC Lead for Bail and Pre-Charge</p>
"""),
]
