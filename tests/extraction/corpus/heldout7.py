"""The seventh held-out set: written at the end of round six, after its changes, and scored once untuned: the
honest figure of that round (ADR 0008). Nothing in it was run through the engine before it was scored.

Invented like the others (no published response was read or copied), in voices and layouts not used before:
a force's FOI-style publication page with a table of dated updates, a commissioner's decision notice, a national
body's web page with tabs, a PDF report whose cover names a joint author, a Word form with label | value rows and
a logo, a plain-text email reply, a news item quoting a chief constable, a Markdown export of a SharePoint page.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h7-st-derbyshire-updates-table", ["html"], super_complaint="stalking", authors=["derbyshire-constabulary"],
        date=["2025-09-30", "2025-10-06"],
        responses={"7": ["complete"], "10": ["in_progress"], "25": ["complete"]},
        style=Style(site="force", site_name="Derbyshire Constabulary",
                    page_title="Stalking super-complaint action plan | Derbyshire Constabulary",
                    mega_menu=["Report", "Stalking and harassment", "Domestic abuse", "Stop and search", "Modern slavery",
                               "About us", "FOI and publications", "Contact us"],
                    panels=True, page_dates="<p>Published: 6 October 2025</p><p>Next review: April 2026</p>"),
        classes=["update-columns", "cms-page", "several-page-dates"],
        body="""
<h1>Our stalking action plan</h1>
<p>Progress as at 30 September 2025.</p>
<table>
<tr><th>Recommendation</th><th>What we said we would do</th><th>Update March 2025</th><th>Update September 2025</th></tr>
<tr><td>7</td><td>Change our crime system so stalking can be recorded with other offences.</td><td>Change requested
from the supplier.</td><td>Change made in June; officers briefed.</td></tr>
<tr><td>10</td><td>Review stalking training.</td><td>Review complete.</td><td>New course written; first cohorts
trained, more booked for the winter.</td></tr>
<tr><td>25</td><td>Agree information for victims with the Commissioner.</td><td>Draft shared.</td><td>Leaflet
published on both websites.</td></tr>
</table>
"""),
    Doc("h7-pm-lancs-pcc-decision", ["pdf"], super_complaint="protective-measures", authors=["lancashire-pcc"],
        date=["2021-11-02"], responses={"3": ["not_started"]},
        style=Style(pdf_ruled=True, pdf_header="Police and Crime Commissioner for Lancashire - Decision notice"),
        classes=["decision-notice", "form-rows", "future-plan"],
        body="""
<h1>Decision notice 2021/47</h1>
<table>
<tr><td>Title</td><td>Response to A duty to protect: police use of protective measures</td></tr>
<tr><td>Date of decision</td><td>2 November 2021</td></tr>
<tr><td>Decision</td><td>The Commissioner approves the response below and its publication.</td></tr>
</table>
<h2>Recommendation 3</h2>
<p>The Commissioner will fund an independent domestic abuse adviser for the courts from April 2022, once the
Ministry of Justice grant for next year is confirmed.</p>
"""),
    Doc("h7-hba-college-tabs", ["html"], super_complaint="honour-based-abuse", authors=["college-of-policing"],
        date=["2023-06-19"], responses={"2": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="national", site_name="College of Policing",
                    page_title="Honour-based abuse: our response | College of Policing"),
        classes=["tabs", "national-author-in-header"],
        body="""
<h1>Honour-based abuse super-complaint: our response</h1>
<p>Last updated 19 June 2023</p>
<div class="tabs" role="tablist"><ul class="tabs__list"><li><a href="#overview">Overview</a></li>
<li><a href="#rec2">Recommendation 2</a></li></ul></div>
<div class="tabs__panel" id="overview"><p>The report made no recommendation to the College, but chief constables
asked us to support their work on recommendation 2.</p></div>
<div class="tabs__panel" id="rec2"><h2>Recommendation 2</h2><p>We support this recommendation. A cultural awareness
learning package for investigators is being developed with the Tees Valley Inclusion Project and will be released to
forces later this year.</p></div>
"""),
    Doc("h7-s2s-joint-cover-pdf", ["pdf"], super_complaint="safe-to-share",
        authors=["south-wales-police", "south-wales-pcc"], date=["2021-06"],
        responses={"1": ["complete"], "5": ["in_progress"], "6": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_footer="South Wales Police and the Police and Crime Commissioner for South Wales",
                    pdf_cover="<h1>South Wales Police and the Police and Crime Commissioner for South Wales</h1>"
                              "<h2>Joint response: policing and immigration status</h2><p>June 2021</p>"),
        classes=["pdf-cover", "joint-letter", "month-date"],
        body="""
<h2>Recommendation 1</h2>
<p>The force's instruction not to share victims' information with Immigration Enforcement on doubts alone was issued
in February and is in force.</p>
<h2>Recommendation 5</h2>
<p>Messages for migrant communities are being prepared with the Commissioner's community engagement team.</p>
<h2>Recommendation 6</h2>
<p>The Commissioner's assessment of specialist support has started with a survey of local organisations.</p>
"""),
    Doc("h7-ppda-cumbria-form-docx", ["docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cumbria-constabulary"], date=["2023-01-10"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(docx_letterhead="header_image"),
        classes=["form-rows", "letterhead-only-as-logo-alt-text"],
        body="""
<div class="letterhead">Cumbria Constabulary crest<br>Carleton Hall, Penrith</div>
<p>Police perpetrated domestic abuse: update form</p>
<table>
<tr><td>Date</td><td>10 January 2023</td></tr>
<tr><td>Recommendation</td><td>1</td></tr>
<tr><td>Update</td><td>Review of all cases from the last three years finished in December.</td></tr>
</table>
<table>
<tr><td>Recommendation</td><td>2</td></tr>
<tr><td>Update</td><td>Draft agreement with Lancashire Constabulary to investigate each other's cases under
discussion.</td></tr>
</table>
"""),
    Doc("h7-ms-email-text", ["text"], super_complaint="modern-slavery", authors=["humberside-police"],
        date=["2021-08-16"], responses={"2": ["complete"], "5": ["awaiting_national"]},
        style=Style(wrap=72),
        classes=["email", "implied-status"],
        body="""
<p>From: Public Protection Unit, Humberside Police<br>Sent: 16 August 2021<br>To: Super-complaints team,
HMICFRS<br>Subject: The hidden victims - our response</p>
<p>Hello,</p>
<p>On recommendation 2, all modern slavery investigations are now overseen by a detective inspector, as the
report asked.</p>
<p>On recommendation 5, we are waiting for the Home Office's revised statutory guidance before we change how we
record National Referral Mechanism decisions.</p>
<p>Kind regards,</p>
<p>Detective Superintendent, Public Protection</p>
"""),
    Doc("h7-ss-news-chief-constable", ["html"], super_complaint="stop-and-search",
        authors=["west-midlands-police"], date=["2024-02-08"],
        responses={"1": ["in_progress"], "4": ["complete"]},
        style=Style(site="news", site_name="West Midlands Police",
                    page_title="Chief Constable responds to stop and search report | West Midlands Police"),
        classes=["news-item", "speaker-role"],
        body="""
<h1>Chief Constable responds to stop and search report</h1>
<p>8 February 2024</p>
<p>The Chief Constable has set out how the force is responding to the inspectorate's report on section 60 and
community scrutiny of stop and search.</p>
<p>He said: "Recommendation 4 is already met: every section 60 authorisation we make is published on our website
within a day. On recommendation 1, we are changing who can authorise section 60 and the new rules will be in place
by the summer."</p>
"""),
    Doc("h7-st-sharepoint-md", ["markdown"], super_complaint="stalking", authors=["gloucestershire-constabulary"],
        date=["2025-05"], responses={"7": ["in_progress"], "10": ["complete"], "16": ["awaiting_national",
                                                                                       "not_started"]},
        classes=["markdown-export", "month-date", "awaiting-national"],
        body="""
<h1>Gloucestershire Constabulary - Stalking super-complaint tracker</h1>
<p>Modified: May 2025</p>
<ul>
<li><strong>Recommendation 7</strong> - supplier has built the change; testing in progress, go-live planned for
July.</li>
<li><strong>Recommendation 10</strong> - training review and refresher delivered to all public protection staff.
Complete.</li>
<li><strong>Recommendation 16</strong> - on hold until the national stalking protection order guidance is
issued.</li>
</ul>
"""),
]
