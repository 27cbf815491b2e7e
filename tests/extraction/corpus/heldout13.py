"""The thirteenth held-out set: written near the end of round nine, after the fixes for heldout11 and heldout12, in
voices no earlier set used, and scored once untuned (ADR 0008). Nothing in it was run through the engine before it
was scored; one rendering's missing date was then added (a construction error), and four of the classes it showed
were fixed afterwards, so it is a development set now.

Invented like the others (no published response was read or copied): a commissioner's WordPress page with tabs and an
American-style date, a force's action plan whose status is a "Completed (Y/N)" column, a paper to the NPCC's Chief
Constables' Council, a force's briefing note to its commissioner, a force's "You said, we did" page, an email from the
APCC with its raw header date, a commissioner's report to a panel, a deputy mayor's page, and a joint letter signed by
a commissioner and a chief constable side by side.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h13-s2s-northumbria-pcc-tabs", ["html"], super_complaint="safe-to-share", authors=["northumbria-pcc"],
        date=["2022-03-03"],
        responses={"5": ["in_progress"], "6": ["complete"]},
        style=Style(site="plain", page_title="Safe to share? - Northumbria Police and Crime Commissioner"),
        classes=["wordpress-tabs", "us-date", "elementor"],
        body="""
<div class="cmplz-cookiebanner"><p>To provide the best experiences, we use technologies like cookies.</p>
<button>Accept</button><button>Deny</button><button>View preferences</button></div>
<header class="elementor-location-header"><div class="elementor-widget-theme-site-logo"><a href="/"><img
src="/logo.png" alt="Northumbria Police and Crime Commissioner"></a></div><nav class="elementor-nav-menu"><ul>
<li>About Kim</li><li>Police and Crime Plan</li><li>Funding</li><li>News</li></ul></nav></header>
<main class="site-main">
<h1 class="elementor-heading-title">Safe to share? Our response</h1>
<ul class="elementor-post-info"><li><span class="elementor-post-info__item--type-date">March 3, 2022</span></li>
<li>Posted in Accountability</li></ul>
<p>The Commissioner's response to the HMICFRS report on the Liberty and Southall Black Sisters super-complaint.</p>
<div class="elementor-tabs" role="tablist">
<div class="elementor-tab-title" role="tab" aria-controls="t1">Recommendation 5</div>
<div id="t1" class="elementor-tab-content" role="tabpanel"><p>Northumbria Police is working with the Angelou
Centre and Migrant Action on reassurance for migrant victims; a community event was held in February and two more
are planned.</p></div>
<div class="elementor-tab-title" role="tab" aria-controls="t2">Recommendation 6</div>
<div id="t2" class="elementor-tab-content" role="tabpanel"><p>The Commissioner's assessment of specialist support
for migrant victims was finished in January and its findings are now reflected in the services she funds.</p></div>
</div>
</main>
<footer class="elementor-location-footer"><p>Copyright &copy; 2024 Northumbria Police and Crime Commissioner</p>
</footer>
"""),

    Doc("h13-st-merseyside-yn-column", ["pdf", "docx"], super_complaint="stalking", authors=["merseyside-police"],
        date=["2025-03-17"],
        responses={"7": ["complete"], "10": ["in_progress"], "12": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="Merseyside Police | Version 1.4 | 17/03/2025"),
        classes=["yes-no-column", "version-date-in-header"],
        body="""
<h1>Merseyside Police: stalking super-complaint action plan</h1>
<p>Version 1.4, 17 March 2025</p>
<table>
<tr><th>No.</th><th>Force response</th><th>Owner</th><th>Timescale</th><th>Completed (Y/N)</th></tr>
<tr><td>7</td><td>Stalking flag built in Niche and in use.</td><td>Crime Registrar</td><td>Mar 2025</td><td>Y</td></tr>
<tr><td>10</td><td>New training package agreed; delivery to investigators starts in April.</td><td>L&amp;D</td>
<td>Sep 2025</td><td>N</td></tr>
<tr><td>12</td><td>SPO checklist used in Wirral and Sefton; remaining districts by June.</td><td>PPU</td>
<td>Jun 2025</td><td>N</td></tr>
</table>
"""),

    Doc("h13-ppda-npcc-council-paper", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["npcc"], date=["2023-01-19"],
        responses={"1": ["in_progress"], "2": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["council-paper", "national-body", "paper-by-title"],
        body="""
<table>
<tr><td>Title</td><td>Police perpetrated domestic abuse super-complaint: progress</td></tr>
<tr><td>Agenda item</td><td>9</td></tr>
<tr><td>Meeting</td><td>Chief Constables' Council, 19 January 2023</td></tr>
<tr><td>Paper by</td><td>NPCC Lead for Domestic Abuse</td></tr>
</table>
<h2>1. Purpose</h2>
<p>To update chiefs on forces' progress with the recommendations of the super-complaint report of June 2022.</p>
<h2>2. Progress</h2>
<p>2.1 Recommendation 1: 35 forces have finished their review of cases; eight are still reviewing.</p>
<p>2.2 Recommendation 2: a national protocol for investigations by another force has been drafted with the IOPC and
will come to Council for agreement in April.</p>
<h2>3. Decision required</h2>
<p>Council is asked to note progress.</p>
"""),

    Doc("h13-ms-north-yorkshire-briefing", ["docx"], super_complaint="modern-slavery",
        authors=["north-yorkshire-police"], date=["2022-03-02"],
        responses={"1": ["in_progress"]},
        style=Style(docx_headings="bold"),
        classes=["briefing-note", "addressee-commissioner", "single-recommendation-report"],
        body="""
<h1>North Yorkshire Police</h1>
<p>Briefing note for the Police, Fire and Crime Commissioner<br>Prepared by: Detective Inspector, Modern Slavery
and Human Trafficking<br>Date: 2 March 2022</p>
<h2>Subject</h2>
<p>The hidden victims: Hestia's super-complaint</p>
<h2>Summary</h2>
<p>The report's single recommendation is for the Home Office, working with chief constables. The force has given
the Home Office's project team a summary of 14 survivors' experiences, and officers from the force sit on its
practitioner group, which meets again in April.</p>
"""),

    Doc("h13-s2s-bedfordshire-you-said", ["html"], super_complaint="safe-to-share", authors=["bedfordshire-police"],
        date=["2021-11-15"],
        responses={"1": ["complete"], "4": ["in_progress"]},
        style=Style(site="force", site_name="Bedfordshire Police",
                    page_title="You said, we did: victims with insecure immigration status | Bedfordshire Police",
                    page_dates="<p>Page updated: 15 November 2021</p>", panels=True,
                    mega_menu=["Report", "Advice", "News", "Contact", "Careers", "About"]),
        classes=["you-said-we-did"],
        body="""
<h1>You said, we did: victims with insecure immigration status</h1>
<p>Liberty and Southall Black Sisters told HMICFRS that victims were afraid to come forward because the police
shared their details with Immigration Enforcement. HMICFRS agreed and made recommendations in its report Safe to
share?</p>
<h2>You said: stop passing victims' details to immigration officials (recommendation 1)</h2>
<p>We did: since March 2021 our officers do not share a victim's details with Immigration Enforcement when the only
concern is their immigration status.</p>
<h2>You said: work with the groups that support migrant victims (recommendation 4)</h2>
<p>We are: we meet Bedfordshire Refugee and Asylum Seeker Support every quarter and are writing joint guidance for
officers with them.</p>
"""),

    Doc("h13-st-apcc-email-header", ["text"], super_complaint="stalking", authors=["apcc"],
        date=["2025-03-27"],
        responses={"27": ["complete"]},
        style=Style(wrap=76),
        classes=["email", "rfc-date-header", "chief-executive-signs"],
        body="""
<p>From: APCC Chief Executive &lt;chiefexec@apccs.police.uk&gt;<br>Date: Thu, 27 Mar 2025 09:12:44 +0000<br>To:
PCC Chief Executives<br>Subject: Stalking super-complaint - APCC response sent today</p>
<p>Dear colleagues,</p>
<p>This morning we sent HMICFRS our response on recommendation 27 of the stalking super-complaint report. The
commissioning guidance it asked for was agreed by the APCC Board last week and is attached; it is now published on
our website.</p>
<p>Your own responses on recommendations 15 and 16 go to HMICFRS directly.</p>
<p>Best wishes,</p>
<p>Chief Executive<br>Association of Police and Crime Commissioners</p>
"""),

    Doc("h13-hba-gloucestershire-panel-report", ["pdf"], super_complaint="honour-based-abuse",
        authors=["gloucestershire-pcc"], optional_authors=["gloucestershire-constabulary"], date=["2023-09-14"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_footer="Gloucestershire Police and Crime Panel - 14 September 2023"),
        classes=["panel-report", "date-of-meeting-field"],
        body="""
<h1>Gloucestershire Police and Crime Panel</h1>
<table>
<tr><td>Date of meeting</td><td>14 September 2023</td></tr>
<tr><td>Report of</td><td>The Police and Crime Commissioner</td></tr>
<tr><td>Subject</td><td>Honour-based abuse super-complaint</td></tr>
</table>
<p>1. The Commissioner has asked the Chief Constable for assurance on the force's response to the report on the
Tees Valley Inclusion Project's super-complaint.</p>
<p>2. On recommendation 1 the Chief Constable has confirmed that the force's rape and serious sexual offences policy
now covers honour-based abuse, and the Commissioner has seen the revised policy.</p>
<p>3. Recommendation 2 is being met through a cultural awareness course for investigators; around a third have
attended so far.</p>
<p>4. The Panel is asked to note the report.</p>
"""),

    Doc("h13-sas-west-yorkshire-deputy-mayor", ["html", "pdf"], super_complaint="stop-and-search",
        authors=["west-yorkshire-mayor"], date=["2022-07-12"],
        responses={"8": ["complete"], "9": ["not_started"]},
        style=Style(site="pcc", site_name="West Yorkshire Combined Authority",
                    page_title="Stop and search scrutiny | Mayor of West Yorkshire",
                    page_dates="<p>Last modified: 12 July 2022</p>", pdf_ruled=True,
                    pdf_header="Mayor of West Yorkshire - Policing and Crime"),
        classes=["deputy-mayor", "combined-authority-site", "download-link"],
        body="""
<h1>Stop and search scrutiny</h1>
<p>12 July 2022</p>
<p>The Mayor of West Yorkshire is the police and crime commissioner for the county. Her Deputy Mayor for Policing
and Crime leads the scrutiny of stop and search.</p>
<p>Responding to the super-complaint by the Criminal Justice Alliance, the Deputy Mayor said: "Recommendation 8 is
met: our independent panel has reviewed section 60 authorisations since last autumn, and it publishes what it finds.
On recommendation 9 we have not yet started, because the panel's terms of reference are being rewritten first."</p>
<p>Download the full response (PDF, 220KB)</p>
"""),

    Doc("h13-pm-suffolk-joint-signatures", ["pdf", "docx"], super_complaint="protective-measures",
        authors=["suffolk-pcc", "suffolk-constabulary"], date=["2022-02-11"],
        responses={"1": ["complete"], "5": ["in_progress"]},
        style=Style(pdf_ruled=False),
        classes=["joint-letter", "signatures-side-by-side"],
        body="""
<p>11 February 2022</p>
<p>Dear Mr Parr,</p>
<p>A duty to protect: police use of protective measures in cases involving violence against women and girls</p>
<p>We are writing together in response to your report of December.</p>
<p>Recommendation 1. The force's processes for released under investigation cases already follow the NPCC bail
lead's guidance: each case is reviewed at 28 days and again at three months, and the victim is told of the
outcome.</p>
<p>Recommendation 5. The force has begun a review of how bail conditions are shared with victims; the first findings
are expected in March.</p>
<p>Yours sincerely,</p>
<table>
<tr><td>Police and Crime Commissioner for Suffolk</td><td>Chief Constable, Suffolk Constabulary</td></tr>
</table>
"""),
]
