"""The eleventh held-out set: written first in round nine, before any change of that round, as the documents'
authors write (nothing in `extraction/`'s rule tables or cue lists was read first), and scored once untuned: the
round's honest figure (ADR 0008). Weighted to HTML and PDF, the formats that scored worst.

Invented like the others (no published response was read or copied): pages of force and commissioner websites
as content management systems render them (cookie banner, skip link, mega-menu, breadcrumbs, "On this page",
accordions, "Was this page helpful?", related links naming other reports and years, a page's several dates and
the footer's copyright year), a commissioner's statutory section 28A page with the force's update pasted below,
a decision record, a panel report with its minutes, trackers as HTML, Word and PDF tables with merged cells, rows
answering several recommendations and statuses given as percentages, officers' ways of saying how far the work
has got, and national bodies' letters whose author is only in the signature block, a joint letter, a deputy
commissioner and a chief executive signing.
"""
from build import Doc
from render import Style

_COOKIES = """<div class="cc-window" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc">This
website uses cookies to ensure you get the best experience on our website. <a href="/cookies">Learn more</a></span>
<a class="cc-btn cc-allow">Allow cookies</a><a class="cc-btn cc-deny">Decline</a></div>
<a href="#main-content" class="skip-link">Skip to main content</a>"""


def _cms(site: str, menu: list[str], crumbs: list[str], main: str, related: list[str] = (), foot: str = "") -> str:
    """A page as a force's or commissioner's CMS writes it, furniture and all (the set's pages use site="plain")."""
    items = "".join(f'<li class="menu-item"><a href="#">{m}</a><div class="mega"><ul><li><a href="#">{m} overview'
                    f'</a></li><li><a href="#">Latest {m.lower()}</a></li></ul></div></li>' for m in menu)
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    rel = ("".join(f'<li><a href="#">{r}</a></li>' for r in related))
    rel = f'<div class="related-content"><h2>Related content</h2><ul>{rel}</ul></div>' if related else ""
    return f"""{_COOKIES}
<header class="site-header"><div class="logo"><a href="/"><img src="/logo.svg" alt="{site}"></a></div>
<div class="header-links"><a href="#">Contact us</a> <a href="#">Accessibility tools</a> <a href="#">Translate</a></div>
<ul class="mega-menu">{items}</ul></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; {crumb}</div>
<main id="main-content">{main}
<div class="feedback-form"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button>
<p>Thank you for your feedback. We do not reply to comments left here.</p></div>
{rel}</main>
<footer><div class="footer-cols"><h3>Follow us</h3><ul><li>Facebook</li><li>X (Twitter)</li><li>Instagram</li></ul>
<h3>Useful links</h3><ul><li>Freedom of information</li><li>Privacy notice</li><li>Accessibility statement</li>
<li>Modern slavery statement</li></ul></div><p>{foot}</p></footer>"""


DOCS = [
    # --- 1. a commissioner's statutory response page with the force's update pasted below (HTML, CMS) ----------
    Doc("h11-s2s-lancashire-28a-page", ["html"], super_complaint="safe-to-share", authors=["lancashire-pcc"],
        optional_authors=["lancashire-constabulary"], date=["2021-06-16", "2022-02-03"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["not_started"]},
        optional=["8"], absent=["2", "3", "7"],
        style=Style(site="plain", page_title="Section 28A response - Safe to share? | Lancashire PCC"),
        classes=["cms-page", "section-28a", "force-update-pasted", "several-dates", "copyright-year",
                 "on-this-page", "related-links-other-years"],
        body=_cms("Police and Crime Commissioner for Lancashire",
                  ["About the Commissioner", "Police and Crime Plan", "Holding to account", "Victims' services",
                   "Funding", "News"],
                  ["Holding to account", "HMICFRS inspections", "Section 28A responses"],
                  """
<h1>Section 28A response: Safe to share? (HMICFRS super-complaint)</h1>
<p class="meta">Published: 16 June 2021 &middot; Last updated: 3 February 2022</p>
<nav class="toc" aria-label="On this page"><h2>On this page</h2><ul><li><a href="#a">Commissioner's comments</a></li>
<li><a href="#b">Response from the Chief Constable</a></li><li><a href="#c">Update February 2022</a></li></ul></nav>
<h2 id="a">Commissioner's comments</h2>
<p>Under section 28A of the Police Act 1996 I am required to publish comments on reports by Her Majesty's
Inspectorate of Constabulary and Fire and Rescue Services within 56 days. The report on the super-complaint by
Liberty and Southall Black Sisters was published on 17 December 2020 and examined whether victims of crime with
insecure immigration status are deterred from reporting by the sharing of their data with Immigration
Enforcement.</p>
<p>I welcome the report. Nobody in Lancashire should be afraid to report a crime because of their immigration
status. I have asked the Chief Constable for his response, which is set out below, and I will monitor
progress through my Strategic Scrutiny Meeting.</p>
<p>The report also asks commissioners to look at the specialist support available locally (recommendation 6). My
office will carry out that assessment as part of the victims' needs assessment; it has not yet started and is
scheduled for the 2022/23 commissioning cycle.</p>
<h2 id="b">Response from the Chief Constable</h2>
<p>Lancashire Constabulary accepts the recommendations addressed to chief constables.</p>
<p><strong>Recommendation 1</strong> &ndash; Complete - now BAU. A force-wide instruction was issued in February
2021 and officers no longer share victims' details with Immigration Enforcement where the only concern is their
status.</p>
<p><strong>Recommendation 4</strong> &ndash; Partially implemented. Guidance has been drafted with Lancashire
Women and local migrant support groups; it is awaiting sign-off at Chief Officer Group.</p>
<p><strong>Recommendation 5</strong> &ndash; Training on the new approach has been delivered to 87% of frontline
officers; the remainder will complete it by the end of March.</p>
<h2 id="c">Update February 2022</h2>
<p>The Strategic Scrutiny Meeting on 25 January 2022 received the force's update, which is reflected above.</p>
""", related=["HMICFRS PEEL inspection 2021/22", "Police perpetrated domestic abuse super-complaint (2022)",
              "Section 28A response: Vetting, misconduct and misogyny (2022)"],
                  foot="&copy; 2025 Office of the Police and Crime Commissioner for Lancashire")),

    # --- 2. a force's tracker as a ruled PDF: columns, a combined row, a percentage, status against update -----
    Doc("h11-s2s-west-midlands-tracker", ["pdf", "docx"], super_complaint="safe-to-share",
        authors=["west-midlands-police"], date=["2022-01-31"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        optional=["8"], absent=["2", "3", "6", "7"],
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL - SENSITIVE", pdf_footer="West Midlands Police - HMICFRS "
                    "recommendations tracker v3", docx_headings="bold"),
        classes=["tracker-table", "combined-rows", "status-percentage", "status-contradicted-by-update",
                 "official-marking"],
        body="""
<h1>West Midlands Police: HMICFRS Super-complaint Action Tracker</h1>
<p>Report: Safe to share? Policing and immigration status (December 2020)<br>Owner: ACC Crime and Public Protection
<br>Version 3 - as at 31 January 2022</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th>
<th>Status</th></tr>
<tr><td>Rec 1</td><td>Do not share victims' details with Home Office Immigration Enforcement</td><td>Supt Public
Protection</td><td>Force instruction; amend DA policy</td><td>31/03/2021</td><td>G</td><td>Instruction issued
22/02/21. DA and victims policies amended. Compliance dip-sampled quarterly since, no breaches found.</td>
<td>Complete</td></tr>
<tr><td>Recs 4-5</td><td>Safeguards and reassurance for migrant victims, with specialist organisations</td>
<td>Head of Safeguarding</td><td>Co-produce guidance; community engagement plan</td><td>30/06/2022</td><td>A</td>
<td>First draft of guidance shared with partners 10/01/22; engagement events booked for March. Translation of
leaflets still to be commissioned.</td><td>40%</td></tr>
<tr><td>Rec 8</td><td>Update to HMCIC within six months</td><td>Strategic Planning</td><td>Return to HMICFRS</td>
<td>17/06/2021</td><td>G</td><td>Returned 15/06/21.</td><td>Closed</td></tr>
</table>
<p>Recommendations 2, 3 and 7 are for the Home Office and the NPCC and are not tracked here. Recommendation 6 is
for the Police and Crime Commissioner.</p>
"""),

    # --- 3. a commissioner's decision record, on the website and as the signed PDF ------------------------------
    Doc("h11-pm-dorset-decision-record", ["html", "pdf"], super_complaint="protective-measures",
        authors=["dorset-pcc"], date=["2022-03-09", "2022-03-11"],
        responses={"13": ["in_progress", "complete"]},
        style=Style(site="pcc", site_name="Dorset Police and Crime Commissioner",
                    page_title="Decision 2022/017: Protective orders advocate | Dorset PCC",
                    mega_menu=["Your Commissioner", "Police and Crime Plan", "Decisions", "Funding", "Get involved",
                               "Contact"],
                    related=["Decision 2022/016: Rural crime team vehicles", "Decision 2021/044: Victims' Bureau "
                             "contract extension"], panels=True, pdf_ruled=True),
        classes=["decision-record", "decision-recommendation-is-not-a-response", "two-dates"],
        body="""
<h1>Decision record</h1>
<table>
<tr><td>Decision number</td><td>2022/017</td></tr>
<tr><td>Title</td><td>Funding for a protective orders advocate</td></tr>
<tr><td>Date of decision</td><td>9 March 2022</td></tr>
<tr><td>Classification</td><td>Public</td></tr>
</table>
<h2>Background</h2>
<p>In December 2021 HMICFRS, the College of Policing and the IOPC published A duty to protect, their report on the
Centre for Women's Justice super-complaint on police use of protective measures in cases of violence against
women and girls. Recommendation 13 asks commissioners, with their forces, to make sure that victims can get help
to apply for and enforce protective orders. Dorset Police applied for 61 domestic violence protection orders in
2020/21.</p>
<h2>Recommendation</h2>
<p>That the Commissioner approves funding of &pound;48,000 a year for two years for a protective orders advocate,
hosted by the Dorset Domestic Abuse Service, to start in May 2022.</p>
<h2>Decision</h2>
<p>I approve the recommendation. Recruitment of the advocate is under way and the post will be reviewed after its
first year.</p>
<p>Signed: Police and Crime Commissioner for Dorset<br>Date signed: 11 March 2022</p>
<h2>Declaration of interests</h2>
<p>None.</p>
"""),

    # --- 4. a panel report with its minutes (PDF) ---------------------------------------------------------------
    Doc("h11-ppda-surrey-panel-minutes", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["surrey-pcc"], optional_authors=["surrey-police"], date=["2022-11-24", "2022-11"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["awaiting_national"]},
        optional=["4"],
        style=Style(pdf_ruled=False, pdf_header="Surrey Police and Crime Panel", pdf_footer="Minutes - 24 November "
                    "2022 - Item 8"),
        classes=["panel-minutes", "reported-speech", "paused-pending-national-review", "monitoring"],
        body="""
<h1>SURREY POLICE AND CRIME PANEL</h1>
<p>MINUTES of the meeting held at Woodhatch Place, Reigate, on Thursday 24 November 2022 at 10.30 am.</p>
<p>Present: the Chair and eleven Members of the Panel; the Police and Crime Commissioner for Surrey; the Deputy
Police and Crime Commissioner; the Chief Executive of the Office of the PCC; the Deputy Chief Constable.</p>
<h2>8. POLICE PERPETRATED DOMESTIC ABUSE: RESPONSE TO THE SUPER-COMPLAINT</h2>
<p>The Commissioner introduced her report, which set out her response and the force's to the report on the Centre
for Women's Justice super-complaint published in June 2022. She told the Panel that victims of officers who abuse
them must have the same confidence as anyone else that they will be believed.</p>
<p>In answer to Members' questions, the Deputy Chief Constable said that recommendation 1 had been implemented and
was being monitored: every live case and every case closed in the twelve months to June had been reviewed, and
the Professional Standards Department now dip-samples new cases each month.</p>
<p>On recommendation 2 he explained that the force's new investigation protocol was awaiting sign-off at Chief
Officer Group in December.</p>
<p>The Commissioner reported that the review of support services under recommendation 3 had been paused pending
the national review of domestic abuse services by the Home Office, and she would return to it when that
concluded.</p>
<p>A Member asked about recommendation 4. The Chief Executive replied that it was a matter for the Home
Office.</p>
<p>RESOLVED: that the Panel notes the report and asks for a further update at its meeting in June 2023.</p>
<p>The meeting ended at 12.40 pm.</p>
"""),

    # --- 5. the NPCC lead's letter, author only in the signature block (DOCX, letterhead a logo) ----------------
    Doc("h11-ms-npcc-lead-letter", ["docx", "pdf"], super_complaint="modern-slavery", authors=["npcc"],
        date=["2021-10-14"],
        responses={"1": ["in_progress", "awaiting_national"]},
        style=Style(docx_letterhead="header_image", pdf_ruled=True),
        classes=["national-body", "author-in-signature", "home-force-in-signature", "letterhead-logo"],
        body="""
<div class="letterhead">National Police Chiefs' Council</div>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary<br>HMICFRS<br>London SW1H 9EX</p>
<p>14 October 2021</p>
<p>Dear Sir Tom,</p>
<p>Re: The hidden victims &ndash; super-complaint by Hestia</p>
<p>Thank you for sending me the report of the investigation into Hestia's super-complaint, published in June. I am
replying as the national policing lead, on behalf of chief constables in England and Wales.</p>
<p>Your recommendation is addressed to the Home Office, which is to consult chief constables, the Independent
Anti-Slavery Commissioner and others on how victims experience the police response and how it can be improved. We
have given the Home Office the views of every force through the Modern Slavery and Organised Immigration Crime
Programme, and two of my regional coordinators sit on its working group, which met for the third time on 28
September. The work is under way and I expect the Home Office to publish its findings early next year.</p>
<p>In the meantime, 41 of the 43 forces have told the Programme that victims who are referred to the National
Referral Mechanism are no longer checked against immigration databases as a matter of routine.</p>
<p>I am copying this letter to the Chair of the NPCC and to the Home Office's Modern Slavery Unit.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable<br>Derbyshire Constabulary<br>NPCC Lead for Modern Slavery and Organised Immigration
Crime</p>
"""),

    # --- 6. a joint letter from APCC and NPCC leads (PDF) -------------------------------------------------------
    Doc("h11-hba-apcc-npcc-joint", ["pdf"], super_complaint="honour-based-abuse", authors=["apcc", "npcc"],
        date=["2023-07"],
        responses={"1": ["in_progress"], "2": ["complete"], "3": ["complete"]},
        style=Style(pdf_ruled=True, pdf_cover="<h1>Joint response</h1><p>Association of Police and Crime "
                    "Commissioners<br>National Police Chiefs' Council</p><p>July 2023</p>"),
        classes=["joint-letter", "national-body", "cover-page", "month-date", "forces-counted"],
        body="""
<p>To: HM Chief Inspector of Constabulary; Tees Valley Inclusion Project</p>
<p>Honour-based abuse super-complaint: joint response</p>
<p>We write jointly, as the APCC's portfolio leads for victims and the NPCC lead for honour-based abuse, forced
marriage and female genital mutilation, in response to your report of October 2022 on how the police respond to
victims of sexual abuse who may be at risk of honour-based abuse.</p>
<p>Recommendation 1. By the end of June, 31 of the 43 forces had updated their sexual offences policies to include
the risk of honour-based abuse; the others have told us they will do so by the end of the year. We will report to
you again in December.</p>
<p>Recommendation 2. The College's cultural awareness module, written with survivors, went live on the national
learning platform in May and has been available to every force since.</p>
<p>Recommendation 3. The NPCC's data standard for protected characteristics was amended in April to record the
concerns the report raised. This recommendation is closed.</p>
<p>We would be glad to discuss any of this with you.</p>
<p>Yours sincerely,</p>
<table>
<tr><td>Police and Crime Commissioner for Northumbria<br>APCC Joint Lead for Victims</td><td>Assistant Chief
Constable<br>NPCC Lead for Honour-Based Abuse, Forced Marriage and FGM</td></tr>
</table>
"""),

    # --- 7. the College's news item, with related links naming other reports and years (HTML) ------------------
    Doc("h11-hba-college-news", ["html"], super_complaint="honour-based-abuse", authors=["college-of-policing"],
        date=["2023-10-12"],
        responses={"2": ["complete"]},
        style=Style(site="plain", page_title="New training to help officers recognise honour-based abuse | College "
                    "of Policing"),
        classes=["news-item", "national-body", "related-links-other-reports", "quoted-chief-constable",
                 "event-dates"],
        body=_cms("College of Policing",
                  ["Guidance", "Learning", "Career development", "Research", "Support for forces", "News"],
                  ["News", "College news"],
                  """
<article>
<h1>New training to help officers recognise honour-based abuse</h1>
<p class="article-date"><time datetime="2023-10-12">12 October 2023</time> &nbsp; 4 minute read</p>
<p>Officers and staff across England and Wales can now take new training on honour-based abuse, developed after a
super-complaint by the Tees Valley Inclusion Project.</p>
<p>The module, launched today, was written with survivors and specialist organisations. It covers how honour-based
abuse can sit behind a report of rape or sexual assault, and how a victim's culture and faith may shape what they
feel able to say.</p>
<p>The College's Director of Operational Standards said: "The super-complaint showed us that too many officers
did not recognise the signs. This training answers the second recommendation of the report in full, and it is
free to every force."</p>
<p>The NPCC lead, a chief constable, said: "Forces will now build it into their public protection courses. I have
asked every force to tell me by March how many of their officers have completed it."</p>
<p>An event for force trainers will be held online on 7 November.</p>
<h2>Notes to editors</h2>
<p>The report on the super-complaint was published by HMICFRS in October 2022. The College is the professional
body for everyone who works for the police service in England and Wales.</p>
</article>
""", related=["Stalking super-complaint: our response (2024)", "Police perpetrated domestic abuse: guidance "
              "updated (2023)", "Violence against women and girls framework (2021)"],
                  foot="&copy; College of Policing Limited 2025")),

    # --- 8. a force's news item quoting the commissioner and the chief constable (HTML) ------------------------
    Doc("h11-ppda-northumbria-news", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["northumbria-police"], optional_authors=["northumbria-pcc"], date=["2023-03-03"],
        responses={"1": ["complete"], "2": ["complete"]},
        style=Style(site="news", site_name="Northumbria Police",
                    page_title="Force completes review of officer domestic abuse cases | Northumbria Police"),
        classes=["news-item", "quoted-commissioner", "quoted-chief-constable", "no-further-action", "event-dates"],
        body="""
<h1>Force completes review of officer domestic abuse cases</h1>
<p>Published: 3 March 2023 &nbsp;|&nbsp; 10:42</p>
<p>Northumbria Police has finished reviewing every domestic abuse case in which the suspect was a serving officer
or member of staff, as the national super-complaint report asked.</p>
<p>The review looked at 57 cases, live and closed. The Chief Constable said: "Recommendations one and two are now
complete and no further action is required beyond our monthly checks. Where we found cases that should have been
handled differently, we have gone back to the victims."</p>
<p>The Police and Crime Commissioner said: "I asked for this review to be independent of the officers' own
departments and it has been. I will keep holding the force to account on this."</p>
<p>The force will hold a victims' panel on 21 April 2023 to hear how the changes are working.</p>
<p>If you are a victim of domestic abuse, call 999 in an emergency or 101 otherwise.</p>
"""),

    # --- 9. the minister's letter, author only in the signature (PDF) ------------------------------------------
    Doc("h11-ppda-home-office-minister", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["home-office"], date=["2023-01-23"],
        responses={"4": {"progress": ["complete", "not_stated", "not_started"], "position": ["not_accepted"]}},
        absent=["1", "2", "3"],
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["national-body", "author-in-signature", "minister", "not-accepted"],
        body="""
<p>2 Marsham Street<br>London SW1P 4DF<br>www.gov.uk/home-office</p>
<p>Andy Cooke QPM DL<br>HM Chief Inspector of Constabulary</p>
<p>23 January 2023</p>
<p>Dear Andy,</p>
<p>POLICE PERPETRATED DOMESTIC ABUSE: SUPER-COMPLAINT</p>
<p>Thank you for the report on the Centre for Women's Justice's super-complaint. Recommendations 1 to 3 are for
chief constables and commissioners, and I know they are responding to you directly.</p>
<p>Your fourth recommendation asked us to consider whether it would be appropriate to change the law. We have
considered it carefully with the Ministry of Justice. We share the view of the police and the CPS that the
existing offences and the new statutory guidance on controlling or coercive behaviour give the courts what they
need, and we do not propose to legislate.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
"""),

    # --- 10. a Word tracker with a merged theme row and a percentage status ------------------------------------
    Doc("h11-ppda-durham-tracker", ["docx", "html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["durham-constabulary"], date=["2023-02-01"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        style=Style(site="force", site_name="Durham Constabulary",
                    page_title="Police perpetrated domestic abuse - action plan | Durham Constabulary",
                    page_dates="<p>Page last reviewed: 14 March 2023</p>", panels=True),
        classes=["tracker-table", "merged-theme-row", "status-percentage", "status-contradicted-by-update"],
        body="""
<h1>Durham Constabulary - PPDA Super-Complaint Action Plan</h1>
<p>Last updated: 1 February 2023</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th>
<th>Status</th></tr>
<tr><td colspan="8">Theme 1: Reviewing cases</td></tr>
<tr><td>1</td><td>Review live PPDA cases and those closed in the last 12 months</td><td>Head of PSD</td><td>Case
review by the Anti-Corruption Unit</td><td>Dec 2022</td><td>Green</td><td>All 34 cases reviewed; learning shared
with the DA Board. Implemented and being monitored.</td><td>100%</td></tr>
<tr><td colspan="8">Theme 2: Investigating and supporting</td></tr>
<tr><td>2</td><td>Investigations by another force or unit</td><td>D/Supt Public Protection</td><td>Agree
reciprocal arrangement</td><td>Mar 2023</td><td>Amber</td><td>MoU drafted with Cleveland; awaiting sign-off at
Chief Officer Group.</td><td>75%</td></tr>
<tr><td>3</td><td>Support services able to meet the needs of PPDA victims</td><td>OPCC / Head of Safeguarding</td>
<td>Review commissioned services</td><td>Jun 2023</td><td>Amber</td><td>Scoping meeting held with the OPCC in
January.</td><td>Complete</td></tr>
</table>
"""),

    # --- 11. a commissioner's scrutiny page with accordions (HTML) ---------------------------------------------
    Doc("h11-sas-avon-scrutiny-accordion", ["html"], super_complaint="stop-and-search",
        authors=["avon-and-somerset-pcc"], date=["2022-04-19"],
        responses={"8": ["complete"], "9": ["in_progress"]},
        style=Style(site="plain", page_title="Scrutiny of police powers | Avon and Somerset PCC"),
        classes=["cms-page", "accordion", "on-this-page", "bau", "copyright-year", "page-last-updated-at-foot"],
        body=_cms("Avon and Somerset Police and Crime Commissioner",
                  ["About", "Our work", "Scrutiny", "Commissioning", "Get involved", "News"],
                  ["Our work", "Scrutiny", "Scrutiny of police powers"],
                  """
<h1>Scrutiny of police powers</h1>
<p class="lead">Independent volunteers check how Avon and Somerset Police uses stop and search, use of force and
section 60 orders.</p>
<div class="accordion" id="acc">
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse"
data-bs-target="#p1" aria-controls="p1">About the panel</button></h2>
<div id="p1" class="accordion-collapse collapse"><div class="accordion-body"><p>The Scrutiny of Police Powers Panel
has met every quarter since 2016. Members look at body-worn video and stop search records chosen at random.</p>
</div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse"
data-bs-target="#p2" aria-controls="p2">Our response to the Criminal Justice Alliance super-complaint</button></h2>
<div id="p2" class="accordion-collapse collapse"><div class="accordion-body">
<p>In 2021 HMICFRS and the IOPC reported on the Criminal Justice Alliance's super-complaint about section 60 and
community scrutiny of stop and search. Two of its recommendations are for commissioners.</p>
<p><strong>Recommendation 8</strong>: complete - now business as usual. The panel already reviewed stop and search;
since October 2021 it also reviews every section 60 authorisation within a month of it ending, and its reports are
published on this page.</p>
<p><strong>Recommendation 9</strong>: we are recruiting younger members and people who have been stopped and
searched. Six new members joined in March and a further recruitment round is planned for the summer.</p>
</div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse"
data-bs-target="#p3" aria-controls="p3">Panel reports</button></h2>
<div id="p3" class="accordion-collapse collapse"><div class="accordion-body"><ul><li>Panel report, January 2022
</li><li>Panel report, October 2021</li><li>Annual report 2020/21</li></ul></div></div></div>
</div>
<p class="last-updated">Page last updated: 19 April 2022</p>
""", related=["Independent custody visitors", "Out of court resolutions panel", "Police perpetrated domestic "
              "abuse super-complaint: Commissioner's response (2022)"],
                  foot="&copy; Avon and Somerset PCC 2025. All rights reserved.")),

    # --- 12. a force's response as Markdown (exported from a wiki) ---------------------------------------------
    Doc("h11-sas-merseyside-md", ["markdown"], super_complaint="stop-and-search",
        authors=["merseyside-police"], date=["2021-09-30"],
        responses={"1": ["complete"], "2": ["complete"], "4": ["not_started"], "6": ["awaiting_national"]},
        classes=["wiki-export", "superseded", "not-yet-started-scheduled", "paused-pending-national"],
        body="""
<h1>Merseyside Police: response to the section 60 and community scrutiny super-complaint</h1>
<p>Owner: Chief Inspector, Stop and Search Lead &middot; Last reviewed 30 September 2021</p>
<p>This page records the force's position on each recommendation of the HMICFRS / IOPC report (published 2021)
for the Strategic Stop and Search Board.</p>
<table>
<tr><th>Rec</th><th>Where we are</th></tr>
<tr><td>1</td><td>Complete. Section 60 authorisations are signed by an ACC and reviewed by the Board each month.</td>
</tr>
<tr><td>2</td><td>Superseded by the NPCC guidance on section 60 issued in July, which the force adopted in full.
No further action required.</td></tr>
<tr><td>4</td><td>Not yet started - scheduled for 2022/23, when the new stop search app is procured.</td></tr>
<tr><td>6</td><td>Paused pending the national review of the Best Use of Stop and Search scheme by the Home
Office.</td></tr>
</table>
"""),

    # --- 13. a force's letter, text as converted from PDF ------------------------------------------------------
    Doc("h11-sas-thames-valley-letter", ["text", "pdf"], super_complaint="stop-and-search",
        authors=["thames-valley-police"], date=["2022-05-06"],
        responses={"3": ["complete"], "5": ["in_progress"], "7": ["not_started"]},
        style=Style(wrap=72, pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["letter", "pdf-conversion", "history-dates", "acc-signs"],
        body="""
<div class="letterhead">Thames Valley Police<br>Headquarters, Oxford Road<br>Kidlington OX5 2NX</div>
<p>Our ref: CO/SS/22/031</p>
<p>6 May 2022</p>
<p>Dear Mr Cooke,</p>
<p>Super-complaint: section 60 and independent community scrutiny of stop and search</p>
<p>I write with the force's update on the report that HMICFRS and the IOPC published in 2021. Our last update to
you was on 12 November 2021.</p>
<p>On recommendation 3, the force's section 60 data, including the ethnicity of those searched, has been published
on our website every month since January 2022, and the Police and Crime Commissioner's scrutiny panel reviews it.
This is now complete.</p>
<p>Recommendation 5 is being worked on with the Commissioner's office. Officers' body-worn video of searches is
being shared with the community panel, so far in two of our eleven local policing areas.</p>
<p>We have not yet started on recommendation 7. It depends on the replacement of our records management system,
which is scheduled for 2023/24.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable<br>Local Policing<br>Thames Valley Police</p>
"""),

    # --- 14. a commissioner's section 28A page on stalking with the chief constable's response below (HTML) ----
    Doc("h11-st-kent-28a-page", ["html"], super_complaint="stalking", authors=["kent-pcc"],
        optional_authors=["kent-police"], date=["2024-11-21", "2025-02-10"],
        responses={"7": ["in_progress"], "10": ["in_progress"], "15": ["complete"], "16": ["in_progress"]},
        absent=["27"],
        style=Style(site="pcc", site_name="Kent Police and Crime Commissioner",
                    page_title="HMICFRS super-complaint: the police response to stalking | Kent PCC",
                    mega_menu=["The Commissioner", "Making Kent Safer", "Holding the Chief Constable to account",
                               "Victims", "Grants", "Publications"],
                    related=["HMICFRS PEEL 2023-25: Kent Police", "Vetting, misconduct and misogyny (2022)"],
                    page_dates="<p>First published 21 November 2024</p><p>Last updated 10 February 2025</p>"
                               "<p>Next review due: November 2025</p>", panels=True),
        classes=["section-28a", "force-response-pasted", "training-percentage", "awaiting-sign-off",
                 "several-dates", "next-review"],
        body="""
<h1>The police response to stalking: Commissioner's response</h1>
<p>HMICFRS, the College of Policing and the IOPC published their report on the Suzy Lamplugh Trust's
super-complaint on 27 September 2024. Under section 28A of the Police Act 1996 I must publish my response and the
Chief Constable's.</p>
<h2>Commissioner's response</h2>
<p>Stalking ruins lives. I am pleased that the report recognises the work already done in Kent and I accept the
recommendations addressed to commissioners.</p>
<p>Recommendation 15: I reviewed the specialist stalking services I fund in October 2024 and have extended the
Kent stalking advocacy service to Medway. This is complete.</p>
<p>Recommendation 16: the Chief Constable and I have agreed the terms of a joint review of how stalking
protection orders are used; the review will report in spring 2025.</p>
<p>Recommendation 27 is for the APCC.</p>
<h2>Chief Constable's response</h2>
<p>Kent Police welcomes the report.</p>
<p>Recommendation 7: the change to our crime recording system has been built and tested and is awaiting sign-off
at Chief Officer Group before it goes live.</p>
<p>Recommendation 10: stalking training has been delivered to 87% of frontline officers; the remaining officers
are booked on courses before March.</p>
"""),

    # --- 15. a force's tracker as an HTML table with merged cells and a row for several recommendations ----------
    Doc("h11-st-leicestershire-tracker", ["html", "pdf"], super_complaint="stalking",
        authors=["leicestershire-police"], date=["2025-06-30"],
        responses={"2": ["in_progress"], "3": ["in_progress"], "4": ["in_progress"], "7": ["complete"],
                   "10": ["in_progress"], "11": ["not_started"]},
        style=Style(site="force", site_name="Leicestershire Police",
                    page_title="Stalking super-complaint: our progress | Leicestershire Police",
                    mega_menu=["Report", "Advice", "Services", "News", "Careers", "About"],
                    page_dates="<p>Published 2 July 2025</p>", panels=True, pdf_ruled=True,
                    pdf_header="Stalking super-complaint: our progress | Leicestershire Police"),
        classes=["tracker-table", "rowspan", "combined-rows", "status-percentage", "status-contradicted-by-update",
                 "not-yet-started-scheduled"],
        body="""
<h1>Stalking super-complaint: our progress</h1>
<p>Tracker position as at 30 June 2025. Recommendations are numbered as in the report of September 2024.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th>
<th>Status</th></tr>
<tr><td>Recs 2-4</td><td>Identifying and recording stalking</td><td rowspan="2">Head of Crime Standards</td><td>Crime
recording audit and guidance</td><td>Sept 2025</td><td>Amber</td><td>Audit of 200 harassment crimes finished in
May; guidance being rewritten.</td><td>60%</td></tr>
<tr><td>Rec 7</td><td>Changes to crime recording system</td><td>Request change to Niche</td><td>Mar 2025</td>
<td>Green</td><td>Change went live on 14 April 2025.</td><td>On track</td></tr>
<tr><td>Rec 10</td><td>Learning and training</td><td>Head of Learning</td><td>New stalking course</td>
<td>Mar 2026</td><td>Amber</td><td>Course written; first cohort in September.</td><td>In progress</td></tr>
<tr><td>Rec 11</td><td>Specialist stalking lead in each area</td><td>Supt Safeguarding</td><td>Create posts</td>
<td>2026/27</td><td>Red</td><td>Not yet started - scheduled for 2026/27 subject to budget.</td><td>Not started</td>
</tr>
</table>
<p>RAG: Green on track or complete; Amber some risk to target date; Red not started or at risk.</p>
"""),

    # --- 16. a PDF tracker from Word: cover page, running footer, partial statuses -----------------------------
    Doc("h11-st-hampshire-pdf-tracker", ["pdf"], super_complaint="stalking",
        authors=["hampshire-and-isle-of-wight-constabulary"], date=["2025-09"],
        responses={"12": ["in_progress"], "13": ["in_progress"], "14": ["complete"], "25": ["awaiting_national"]},
        style=Style(pdf_ruled=True, pdf_cover="<h1>Hampshire and Isle of Wight Constabulary</h1><p>Stalking "
                    "super-complaint: progress report to the Police and Crime Commissioner</p><p>September 2025</p>",
                    pdf_footer="Hampshire and Isle of Wight Constabulary | OFFICIAL"),
        classes=["cover-page", "month-date", "partially-implemented", "awaiting-national", "addressee-commissioner"],
        body="""
<h2>1. Introduction</h2>
<p>This report is for the Police and Crime Commissioner's Accountability Meeting. It sets out progress on the
recommendations of the report The police response to stalking (HMICFRS, College of Policing and IOPC, 27 September
2024) that fall to the Chief Constable. The recommendations had a deadline of 27 March 2025.</p>
<h2>2. Progress</h2>
<table>
<tr><th>Rec</th><th>Action</th><th>Status</th><th>Update</th></tr>
<tr><td>12</td><td>Stalking protection orders considered in every case</td><td>Partially implemented</td><td>The
checklist is in use in three of the four districts; the Isle of Wight follows in October.</td></tr>
<tr><td>13</td><td>Breaches of orders investigated</td><td>Partially implemented</td><td>A monthly report of breaches
now goes to district commanders. The audit is not yet done.</td></tr>
<tr><td>14</td><td>Victims told about orders</td><td>Implemented</td><td>Victim letter changed in April.</td></tr>
<tr><td>25</td><td>Information for victims, with the PCC</td><td>Paused</td><td>Paused pending the national
review of victim information led by the APCC; we will adopt the national leaflet once it is agreed.</td></tr>
</table>
<p>Author: Detective Chief Superintendent, Head of Public Protection</p>
"""),

    # --- 17. a deputy commissioner signs (DOCX, letterhead a logo in the page header) ---------------------------
    Doc("h11-st-norfolk-deputy-letter", ["docx"], super_complaint="stalking", authors=["norfolk-pcc"],
        date=["2025-05-12"],
        responses={"15": ["complete"], "25": ["in_progress"]},
        style=Style(docx_letterhead="header_image"),
        classes=["deputy-signs", "letterhead-logo", "ordinal-date"],
        body="""
<div class="letterhead">Norfolk Office of the Police and Crime Commissioner</div>
<p>12th May 2025</p>
<p>Dear HM Inspector,</p>
<p>Super-complaint: the police response to stalking</p>
<p>The Commissioner has asked me to reply on his behalf, as he is away.</p>
<p>Of the recommendations for commissioners, the first we have dealt with is recommendation 15. We reviewed the
stalking services we commission in January with the Norfolk and Suffolk Victim Care service and the Suzy Lamplugh
Trust; the review found the right services in place and no gaps, so no further action is required.</p>
<p>Recommendation 25 is shared with the Chief Constable. The new information for victims has been drafted and will
be tested with a victims' reference group in June before it is published.</p>
<p>Yours sincerely,</p>
<p>Deputy Police and Crime Commissioner for Norfolk</p>
"""),

    # --- 18. the APCC's news item with its press office block (HTML) -------------------------------------------
    Doc("h11-st-apcc-news", ["html"], super_complaint="stalking", authors=["apcc"], date=["2025-03-27"],
        responses={"27": ["complete"]},
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="PCCs publish stalking guidance | APCC",
                    related=["APCC response to the Victims and Prisoners Act (2024)", "Joint statement on "
                             "police perpetrated domestic abuse (2022)"],
                    page_dates="<p>Posted on 27th March 2025</p>"),
        classes=["news-item", "national-body", "press-office", "speaker-role", "related-links-other-reports"],
        body="""
<h1>PCCs publish guidance on commissioning stalking services</h1>
<p>Police and crime commissioners have today published guidance for commissioning services for victims of stalking,
meeting the deadline set by the stalking super-complaint report last September.</p>
<p>The guidance was written with the Suzy Lamplugh Trust, Paladin and the Home Office, and sets out what every area
should offer, from independent stalking advocates to help with protection orders.</p>
<p>The PCC for Cumbria, the APCC's joint lead for victims, said: "Recommendation 27 asked us to give commissioners
this guidance by today, and we have. I know from my own area that it will make a difference."</p>
<p>ENDS</p>
<p>For more information contact the APCC press office on 020 7222 4296.</p>
"""),

    # --- 19. a commissioner's letter signed by the chief executive (PDF and Word) ------------------------------
    Doc("h11-pm-cheshire-chief-exec", ["pdf", "docx"], super_complaint="protective-measures",
        authors=["cheshire-pcc"], date=["2022-02-25"],
        responses={"1": ["complete"], "6": ["awaiting_national"], "11": ["complete"]},
        style=Style(pdf_ruled=True, docx_letterhead="table"),
        classes=["chief-executive-signs", "no-further-action", "paused-pending-national"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Cheshire<br>Clemonds Hey, Oakmere Road<br>
Winsford CW7 2UA</div>
<p>Date: 25 February 2022<br>Ref: OPCC/HMIC/22/07</p>
<p>Dear Mr Parr,</p>
<p>A duty to protect: police use of protective measures in cases involving violence against women and girls</p>
<p>I am replying for the Commissioner to your letter of 9 December, which enclosed the report on the Centre for
Women's Justice super-complaint. The Commissioner discussed the report with the Chief Constable at the Scrutiny
Board on 3 February.</p>
<p>Recommendation 1 - implemented. Every case released under investigation is reviewed by an inspector at 28 days
and by a superintendent at three months, in line with the NPCC lead for bail's guidance.</p>
<p>Recommendation 6 - paused pending the national review. The force will take the national approach once the
Home Office consultation on pre-charge bail has concluded.</p>
<p>Recommendation 11 - no further action required. The force already records every breach of a non-molestation
order as a crime and this was confirmed by the force's crime registrar in January.</p>
<p>Yours sincerely,</p>
<p>Chief Executive<br>Office of the Police and Crime Commissioner for Cheshire</p>
"""),

    # --- 20. a force's web page on modern slavery, with "On this page" and several dates (HTML) -----------------
    Doc("h11-ms-west-yorkshire-page", ["html"], super_complaint="modern-slavery",
        authors=["west-yorkshire-police"], date=["2021-12-02", "2022-06-10"],
        responses={"1": ["in_progress"]},
        style=Style(site="plain", page_title="Modern slavery: our response to the super-complaint | West Yorkshire "
                    "Police"),
        classes=["cms-page", "on-this-page", "several-dates", "copyright-year", "related-links-other-years"],
        body=_cms("West Yorkshire Police", ["Report", "Advice", "Contact", "News", "Careers", "About us"],
                  ["Advice", "Modern slavery", "Super-complaint response"],
                  """
<h1>Modern slavery: our response to the super-complaint</h1>
<div class="page-meta"><span>Published 2 December 2021</span> <span>Updated 10 June 2022</span></div>
<div class="on-this-page"><p>On this page</p><ol><li><a href="#bg">Background</a></li><li><a href="#wd">What we are
doing</a></li><li><a href="#help">Getting help</a></li></ol></div>
<h2 id="bg">Background</h2>
<p>In June 2021 HMICFRS, the College of Policing and the IOPC published The hidden victims, their report on
Hestia's super-complaint about how the police treat victims of modern slavery. Its recommendation is for the Home
Office, working with chief constables.</p>
<h2 id="wd">What we are doing</h2>
<p>We are one of the forces working with the Home Office on the recommendation. Our Modern Slavery Unit has
interviewed 23 survivors about their contact with officers, and their accounts have gone to the Home Office's
review, which is still running. Officers in Leeds and Bradford are trialling a new first-contact checklist that
came out of those interviews.</p>
<h2 id="help">Getting help</h2>
<p>If you think someone is a victim of modern slavery, call 999 in an emergency or the Modern Slavery Helpline on
08000 121 700.</p>
""", related=["County lines (2020)", "Human trafficking: annual report 2019/20"],
                  foot="&copy; 2025 West Yorkshire Police")),

    # --- 21. the NPCC lead's letter, text as converted from PDF; the signatory's home force in the signature ----
    Doc("h11-s2s-npcc-lead-text", ["text", "pdf"], super_complaint="safe-to-share", authors=["npcc"],
        date=["2021-06-11"],
        responses={"3": ["awaiting_national", "in_progress"]},
        absent=["2", "7"], optional=["1", "4", "5"],
        style=Style(wrap=70, pdf_ruled=True),
        classes=["national-body", "author-in-signature", "home-force-in-signature", "wait-for-home-office"],
        body="""
<p>National Police Chiefs' Council<br>1st Floor, 10 Victoria Street<br>London SW1H 0NN</p>
<p>11 June 2021</p>
<p>Dear Sir Thomas,</p>
<p>Safe to share? - policing and immigration status</p>
<p>I am writing in response to the report published on 17 December 2020, as the national lead for migrant
victims of crime. Most of the recommendations are for chief constables, who will each respond to you.</p>
<p>The recommendation for the NPCC, with the Home Office, is the safeguarding protocol. A draft protocol was
prepared in March. We shall wait for the Home Office's conclusions on the legal framework, which it expects to
reach in the autumn, before we finalise it, so that forces are not asked to change their practice twice.</p>
<p>Yours sincerely,</p>
<p>Chief Constable<br>Humberside Police<br>NPCC Lead for Migrant Victims of Crime</p>
"""),

    # --- 22. a force's report to the commissioner's accountability board (DOCX) ---------------------------------
    Doc("h11-hba-bedfordshire-board-report", ["docx"], super_complaint="honour-based-abuse",
        authors=["bedfordshire-police"], optional_authors=["bedfordshire-pcc"], date=["2023-07-04"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        absent=["3"],
        style=Style(docx_headings="bold"),
        classes=["board-report", "addressee-commissioner", "bau", "training-percentage", "header-fields"],
        body="""
<h1>Bedfordshire Police</h1>
<table>
<tr><td>Report to</td><td>Police and Crime Commissioner's Accountability Board</td></tr>
<tr><td>Date of meeting</td><td>4 July 2023</td></tr>
<tr><td>Report author</td><td>Head of Public Protection</td></tr>
<tr><td>Subject</td><td>Honour-based abuse super-complaint: update</td></tr>
</table>
<h2>1. Purpose</h2>
<p>To update the Commissioner on the force's response to the report of October 2022 on the Tees Valley Inclusion
Project's super-complaint.</p>
<h2>2. Update</h2>
<p>2.1 Recommendation 1: complete - now BAU. The Rape and Serious Sexual Offences policy was updated in February to
include the risk of honour-based abuse, and the Public Protection Board checks compliance every quarter.</p>
<p>2.2 Recommendation 2: cultural awareness training has been delivered to 87% of frontline officers and 64% of
staff in the Force Contact Centre. The remaining sessions run until December.</p>
<p>2.3 Recommendation 3 is for the NPCC.</p>
<h2>3. Recommendation</h2>
<p>The Board is asked to note this report.</p>
"""),
]
