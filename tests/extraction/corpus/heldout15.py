"""The fifteenth held-out set: written at the start of round ten, before any change of the round, in voices no earlier
set used, and scored once untuned (ADR 0008): the honest figure of the code round nine ended with.

Invented like the others (no published response was read or copied), weighted to HTML, PDF and DOCX: force and
commissioner CMS pages with every piece of furniture (cookie banner, mega-menu, breadcrumbs, "On this page",
accordions, related links naming other reports and years, several page dates, event dates in the text), news items
with bylines and quotes, a commissioner's section 28A page with the force's update pasted below it, a decision record,
panel papers with a cover sheet, a joint letter whose letterhead is a Word table, national bodies named only in a page
header, a PDF footer or a signature, deputies and chief executives signing, trackers as tables in HTML, DOCX and PDF
whose rows answer several recommendations, recommendations named only by ordinal, by whom they are for, or
mid-sentence, a forwarded email, and a report with a cover page and a contents page.

After the first score two construction errors were mended (ADR 0008): the Lincolnshire board report's date stood only on
its PDF cover, so its Word rendering had none, and the West Mercia page's review date stood only in the web page's
furniture, so its PDF had none; each now carries its date in the body.
"""
from build import Doc
from render import Style

_FORCE_MENU = ["Report a crime", "Report antisocial behaviour", "Report a road traffic incident", "Lost and found",
               "Firearms licensing", "Apply for a job", "Volunteer with us", "Stalking and harassment",
               "Domestic abuse", "Honour-based abuse", "Hate crime", "Fraud", "Our performance",
               "Freedom of information", "Publication scheme", "Stop and search data"]

DOCS = [
    # 1. A force's CMS page: every piece of furniture and four dates
    Doc("h15-s2s-gmp-cms-page", ["html"], super_complaint="safe-to-share", authors=["greater-manchester-police"],
        date=["2022-02-11", "2021-06-30"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        optional=["8"],
        style=Style(site="force", site_name="Greater Manchester Police",
                    page_title="Policing and immigration status super-complaint | Greater Manchester Police",
                    mega_menu=_FORCE_MENU, panels=True,
                    related=["HMICFRS PEEL inspection 2021/22: our response",
                             "A duty to protect: police use of protective measures (2021)",
                             "Police perpetrated domestic abuse super-complaint (2022) - our response"],
                    page_dates="<p>Published: 30 June 2021</p><p>Last updated: 11 February 2022</p>"
                               "<p>Page reviewed: 3 January 2024</p>"),
        classes=["cms-page", "several-page-dates", "on-this-page", "accordion", "related-links-other-reports"],
        body="""
<h1>Policing and immigration status super-complaint: our response</h1>
<div class="on-this-page"><h2>On this page</h2><ul><li>Background</li><li>What we have done</li>
<li>What happens next</li></ul></div>
<h2>Background</h2>
<p>In December 2020 the inspectorate, the College of Policing and the IOPC published Safe to share?, their report on
the super-complaint made by Liberty and Southall Black Sisters in December 2018 about how police share information on
victims of crime with Immigration Enforcement. The report asked every chief constable to act on three of its
recommendations. This page sets out what Greater Manchester Police has done.</p>
<h2>What we have done</h2>
<div class="accordion">
<h3>Stopping the sharing of information about victims of domestic abuse (recommendation 1)</h3>
<p>Since 1 February 2021 officers do not pass the details of a victim of domestic abuse to Immigration Enforcement
when their only concern is the victim's immigration status. The instruction is in our domestic abuse policy and our
force intranet guidance, and compliance was checked in an audit of 200 incidents in the autumn: no information had
been shared in breach of it.</p>
<h3>Safe reporting pathways (recommendation 4)</h3>
<p>We are working with specialist organisations across the ten boroughs to agree how a victim with insecure status
can report through a third party. Pathways are running in Manchester and Salford; the other eight boroughs will follow
during 2022.</p>
<h3>Working with the third sector (recommendation 5)</h3>
<p>With the Mayor's office we are mapping the organisations that support migrant victims, and a joint event with
them is planned for 24 March 2022 at the Etihad Campus. The mapping will be finished by the summer.</p>
</div>
<h2>What happens next</h2>
<p>We will update this page when the Home Office completes its review of the framework. If you have been a victim of
crime and are worried about your immigration status, you can report to us through one of the organisations listed
below.</p>
"""),

    # 2. A commissioner's section 28A page with the force's update pasted below it
    Doc("h15-st-kent-pcc-28a-page", ["html"], super_complaint="stalking", authors=["kent-pcc", "kent-police"],
        date=["2024-11-22", "2024-11-25"],
        responses={"15": ["in_progress"], "16": ["in_progress"], "7": ["complete"], "10": ["in_progress"]},
        style=Style(site="pcc", site_name="Kent Police and Crime Commissioner",
                    page_title="Section 28A response: Police response to stalking | Kent PCC",
                    furniture_words=["Home", "About the Commissioner", "Police and Crime Plan", "Holding to account",
                                     "Funding and grants", "Get involved", "News"],
                    related=["HMICFRS: PEEL 2023-25 Kent Police", "Response to the Vetting, misconduct and misogyny "
                             "inspection (2022)"],
                    page_dates="<p>Page last updated 25/11/2024</p>"),
        classes=["section-28a-page", "force-update-pasted-below", "report-deadline-date-in-text"],
        body="""
<h1>Police response to stalking: Commissioner's response under section 28A</h1>
<p>Date of response: 22 November 2024</p>
<p>Under section 55 of the Police Act 1996, as amended, a local policing body must publish its comments on a
super-complaint report within 56 days. This is my response to the report published on 27 September 2024 by HM
Inspectorate of Constabulary and Fire &amp; Rescue Services, the College of Policing and the IOPC on the
super-complaint made by the Suzy Lamplugh Trust on behalf of the National Stalking Consortium.</p>
<h2>The Commissioner's response</h2>
<p>The report makes two recommendations to police and crime commissioners, both due by 27 March 2025.</p>
<p>On recommendation 15, my office has begun a review of the stalking advocacy services I fund, with the two Kent
providers and the Medway service. It will report to me in February.</p>
<p>Recommendation 16 asks me and the Chief Constable to review together how victims are supported from report to
court. We have agreed the terms of reference and the first joint workshop takes place next month.</p>
<p>I will hold the Chief Constable to account for the force's recommendations at my Performance and Delivery Board,
and the force's own update is set out below.</p>
<p>Matthew Scott<br>Kent Police and Crime Commissioner</p>
<h2>Kent Police update</h2>
<p>Recommendation 7: Athena now carries a stalking flag and the change went live in October, ahead of the deadline.</p>
<p>Recommendation 10: the stalking training package has been revised and is being delivered to all investigators;
1,140 officers have completed it so far.</p>
<p>Assistant Chief Constable, Kent Police</p>
"""),

    # 3. A force news item with a byline and quotes
    Doc("h15-ppda-merseyside-news", ["html"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["merseyside-police"], date=["2023-03-14"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(site="news", site_name="Merseyside Police",
                    page_title="Force sets out work on officers accused of domestic abuse | Merseyside Police"),
        classes=["news-item", "byline", "quote-from-deputy", "event-date-in-text"],
        body="""
<h1>Force sets out work on officers accused of domestic abuse</h1>
<p class="byline">By Corporate Communications | 14 March 2023 | 4 minute read</p>
<p>Merseyside Police has set out the work it has done since the super-complaint report on police perpetrated
domestic abuse, published by the inspectorate last summer.</p>
<p>Every live and closed case from the last five years in which an officer or member of staff was accused of domestic
abuse has now been reviewed by a team independent of the original investigators, as the report's first
recommendation asked. Eleven cases were reopened and two have led to gross misconduct hearings.</p>
<p>Deputy Chief Constable Jenny Sims said: "People who come forward about an officer must be able to trust that we
will investigate without fear or favour. The review is finished, and the changes to how we handle these cases,
including the second recommendation's separate investigation route, are being brought in this spring."</p>
<p>Anyone with concerns can speak to the force at a drop-in session at the Liverpool Women's Hub on 28 March.</p>
<p>Ends</p>
"""),

    # 4. A commissioner's decision record signed by the chief executive
    Doc("h15-st-surrey-decision-record", ["pdf", "docx"], super_complaint="stalking", authors=["surrey-pcc"],
        date=["2025-01-30"],
        responses={"15": {"progress": ["complete"], "position": ["accepted"]}},
        style=Style(pdf_ruled=True, pdf_footer="OFFICIAL - Surrey OPCC decision record"),
        classes=["decision-record", "chief-executive-signs", "form-table"],
        body="""
<h1>Decision record</h1>
<table>
<tr><td>Decision number</td><td>PCC/2025/007</td></tr>
<tr><td>Title</td><td>Stalking advocacy service: extension and additional funding</td></tr>
<tr><td>Author and job role</td><td>Commissioning and Policy Lead</td></tr>
<tr><td>Protective marking</td><td>OFFICIAL</td></tr>
</table>
<h2>Executive summary</h2>
<p>The HMICFRS report on the Suzy Lamplugh Trust super-complaint asks each commissioner, by 27 March 2025, to review
whether the right specialist services are commissioned for victims of stalking. Our review found that advocacy
capacity did not meet demand in the east of the county.</p>
<h2>Decision</h2>
<p>The Commissioner approves an additional £64,000 in 2025/26 for the stalking advocacy service, which completes her
response to the recommendation on commissioned services; she accepts the recommendation in full.</p>
<h2>Approval</h2>
<p>Signed under delegated authority: Chief Executive, Office of the Police and Crime Commissioner for Surrey</p>
<p>Date: 30 January 2025</p>
<p>All decisions must be added to the decision register.</p>
"""),

    # 5. Panel papers with a cover sheet
    Doc("h15-sas-dyfed-panel-paper", ["pdf", "docx"], super_complaint="stop-and-search", authors=["dyfed-powys-pcc"],
        optional_authors=["dyfed-powys-police"], date=["2024-04-18"],
        responses={"8": ["complete"], "3": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="Dyfed-Powys Police and Crime Panel"),
        classes=["panel-cover-sheet", "date-of-meeting", "author-role-only"],
        body="""
<table>
<tr><td>Report to:</td><td>Dyfed-Powys Police and Crime Panel</td></tr>
<tr><td>Date of meeting:</td><td>18 April 2024</td></tr>
<tr><td>Report by:</td><td>Chief Executive, Office of the Police and Crime Commissioner</td></tr>
<tr><td>Agenda item:</td><td>7</td></tr>
<tr><td>Subject:</td><td>Section 60 stop and search super-complaint: the Commissioner's response</td></tr>
</table>
<h2>1. Purpose</h2>
<p>To inform the Panel of the Commissioner's response to the report of the super-complaint made by the Criminal
Justice Alliance about section 60 and community scrutiny, published on 15 December 2023.</p>
<h2>2. Background</h2>
<p>The report made ten recommendations. Most are for chief constables and the Home Office. One, recommendation 8, is
for commissioners.</p>
<h2>3. The Commissioner's response</h2>
<p>3.1 Recommendation 8: the Commissioner's stop and search scrutiny panel now examines a sample of section 60
authorisations at every quarterly meeting, and its findings are published on the Commissioner's website. This is
complete.</p>
<p>3.2 The force is taking forward recommendation 3 on community explanations of authorisations; a draft public
notice has been prepared and will be tested with the youth forum in May.</p>
<h2>4. Recommendation</h2>
<p>The Panel is asked to note the report.</p>
"""),

    # 6. A joint force and commissioner letter whose letterhead is a Word table
    Doc("h15-s2s-norfolk-joint-letter", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["norfolk-constabulary", "norfolk-pcc"], date=["2021-06-16"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"], "6": ["complete"]},
        style=Style(docx_letterhead="table"),
        classes=["joint-letter", "letterhead-table", "two-signatures"],
        body="""
<div class="letterhead">Norfolk Constabulary and Office of the Police and Crime Commissioner for Norfolk<br>Jubilee
House, Falconers Chase, Wymondham NR18 0WW</div>
<p>Our ref: CC/OPCC/2021/114</p>
<p>16 June 2021</p>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary</p>
<p>Dear Sir Thomas</p>
<p>Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status</p>
<p>We write jointly in response to the report published on 17 December 2020.</p>
<p>Officers in Norfolk no longer share the information of domestic abuse victims with Immigration Enforcement where
their only concern is immigration status; the instruction was issued in January and has been checked by our
Professional Standards Department. We regard the first recommendation as complete.</p>
<p>A safe reporting pathway with Leeway and the Norfolk and Suffolk Victim Care service is being designed, and we are
consulting the specialist organisations named in the fifth recommendation as we do so.</p>
<p>For the commissioner's part, the assessment of local access to specialist support asked for in recommendation 6
was carried out in March and found no gaps in provision.</p>
<p>Yours sincerely</p>
<p>Paul Sanford, Chief Constable &nbsp;&nbsp;&nbsp; Giles Orpen-Smellie, Police and Crime Commissioner</p>
"""),

    # 7. The NPCC lead, named only in the PDF footer and the signature's role
    Doc("h15-hba-npcc-footer-pdf", ["pdf"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2023-06-08"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(pdf_ruled=True, pdf_footer="National Police Chiefs' Council, 1st Floor, 10 Victoria Street, "
                                               "London SW1H 0NN"),
        classes=["national-lead-letter", "author-only-in-footer", "home-force-in-signature"],
        body="""
<p>8th June 2023</p>
<p>Ms Yasmin Khan<br>Tees Valley Inclusion Project</p>
<p>Dear Ms Khan,</p>
<p>Re: super-complaint on sexual abuse victims at risk of honour-based abuse</p>
<p>Thank you for meeting me in April. As you know, the report's third recommendation falls to the National Police
Chiefs' Council.</p>
<p>We accept it. The review of data standards for recording protected characteristics now includes the fields your
members asked for; the revised standard is with the Home Office's data team for testing and I expect it to be issued
to forces in the new year.</p>
<p>Forces' responses to the first two recommendations will be collated through the regional leads.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable, Cleveland Police<br>National Lead for Honour-Based Abuse, Forced Marriage and Female
Genital Mutilation</p>
"""),

    # 8. The APCC's leads, named only in the Word page header
    Doc("h15-st-apcc-header-docx", ["docx"], super_complaint="stalking", authors=["apcc"],
        optional_authors=["sussex-pcc"], date=["2024-12-05"],
        responses={"27": ["in_progress"], "15": ["in_progress"]},
        style=Style(docx_letterhead_in_header=True),
        classes=["author-only-in-header", "pcc-as-apcc-lead"],
        body="""
<div class="letterhead">Association of Police and Crime Commissioners<br>Lower Ground Floor, Westminster
Tower, 3 Albert Embankment, London SE1 7SP</div>
<p>5 December 2024</p>
<p>To: Suky Bhaker, Chief Executive, Suzy Lamplugh Trust</p>
<p>Dear Suky,</p>
<p>Police response to stalking super-complaint</p>
<p>I write as the joint lead for victims to set out where commissioners have got to since the report was published
in September.</p>
<p>The recommendation made to the association itself, that we share good practice in commissioning stalking services,
is under way: we have asked every office for its service specification and will publish a summary at our general
meeting in March.</p>
<p>On the review of commissioned services that each commissioner is asked to complete, 29 offices have told us their
review has started; we are following up the rest.</p>
<p>With best wishes,</p>
<p>Police and Crime Commissioner for Sussex<br>Joint Lead for Victims</p>
"""),

    # 9. A force's tracker as an HTML table whose rows answer several recommendations
    Doc("h15-st-lancs-tracker-html", ["html"], super_complaint="stalking", authors=["lancashire-constabulary"],
        date=["2025-03-04"],
        responses={"7": ["complete"], "10": ["in_progress"], "11": ["in_progress"], "12": ["in_progress"],
                   "13": ["in_progress"], "16": ["not_started"]},
        style=Style(site="force", site_name="Lancashire Constabulary",
                    page_title="Stalking super-complaint action plan | Lancashire Constabulary",
                    mega_menu=_FORCE_MENU,
                    page_dates="<p>Published 04/03/2025</p>"),
        classes=["tracker-html", "rows-answer-ranges", "rag-column", "target-dates"],
        body="""
<h1>Police response to stalking: action plan</h1>
<p>This is our action plan for the recommendations made to chief constables in the super-complaint report of
September 2024. It is reviewed every month by the Public Protection Board; this version was published on 4 March
2025.</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th></tr>
<tr><td>Rec 7</td><td>Crime recording systems to flag stalking</td><td>Head of IT</td><td>Add stalking qualifier
to Connect</td><td>27/03/2025</td><td>Green</td><td>Completed. Qualifier live since 20 January.</td></tr>
<tr><td>Rec 10</td><td>Training</td><td>Head of Learning</td><td>Revise stalking training</td><td>27/03/2025</td>
<td>Amber</td><td>Revised package approved; 40% of frontline officers trained. Remainder by June.</td></tr>
<tr><td>Recs 11-13</td><td>Stalking protection orders</td><td>DCI Public Protection</td><td>Review SPO process,
guidance and monitoring of breaches</td><td>30/06/2025</td><td>Amber</td><td>Process mapped and draft guidance
written; breach monitoring being built into the dashboard.</td></tr>
<tr><td>Rec 16</td><td>Joint review with the Commissioner</td><td>Supt Safeguarding</td><td>Joint review of victim
support</td><td>30/09/2025</td><td>Red</td><td>Not yet started; awaiting the Commissioner's commissioning review.</td>
</tr>
</table>
"""),

    # 10. A tracker in a Word document, letterhead as a table, "Recs 2-4"
    Doc("h15-pm-westmercia-tracker-docx", ["docx"], super_complaint="protective-measures",
        authors=["west-mercia-police"], date=["2022-09"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"], "4": ["in_progress"],
                   "9": ["not_started"]},
        style=Style(docx_letterhead="table"),
        classes=["tracker-docx", "rows-answer-ranges", "letterhead-table", "month-date"],
        body="""
<div class="letterhead">West Mercia Police<br>Hindlip Hall, Worcester WR3 8SP</div>
<h1>A duty to protect: action tracker</h1>
<p>Criminal Justice Portfolio - position at September 2022</p>
<table>
<tr><th>Ref</th><th>Recommendation</th><th>Lead</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>RUI cases managed under the new legislation</td><td>Ch Supt CJ</td><td>Implement national RUI
guidance</td><td>Jun 2022</td><td>Green</td><td>Complete - RUI reviews built into Athena workflow.</td></tr>
<tr><td>Recs 2-4</td><td>Bail conditions and victim consultation</td><td>Supt Custody</td><td>Update bail policy and
custody briefing</td><td>Dec 2022</td><td>Amber</td><td>Policy drafted, consultation with CJ partners under way.</td>
</tr>
<tr><td>9</td><td>Non-molestation order breaches</td><td>DI DA Unit</td><td>Audit of breach responses</td>
<td>Mar 2023</td><td>Red</td><td>Not started - audit scheduled for Q4.</td></tr>
</table>
<p>Tracker owner: Criminal Justice Business Manager</p>
"""),

    # 11. A PDF tracker from Word: cover page, contents, running header, unruled table
    Doc("h15-ppda-gwent-tracker-pdf", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["gwent-police"], date=["2023-01-19"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress"]},
        style=Style(pdf_ruled=False, pdf_header="Gwent Police - OFFICIAL",
                    pdf_cover="<h1>Police perpetrated domestic abuse</h1><p>Progress against the super-complaint "
                              "recommendations</p><p>Gwent Police</p><p>Version 3 - 19 January 2023</p>"),
        classes=["tracker-pdf", "cover-page", "contents-page", "unruled-table"],
        body="""
<h2>Contents</h2>
<p>1. Introduction ..... 2<br>2. Progress ..... 2<br>3. Governance ..... 3</p>
<h2>1. Introduction</h2>
<p>This document reports progress on the recommendations of the June 2022 report into police perpetrated domestic
abuse that fall to the Chief Constable.</p>
<h2>2. Progress</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Target date</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>Review all live and closed PPDA cases</td><td>31/12/2022</td><td>G</td><td>Review complete,
findings reported to the Chief Officer Team in December.</td></tr>
<tr><td>2</td><td>Separate criminal and misconduct investigations</td><td>31/03/2023</td><td>A</td><td>New
protocol with PSD agreed in principle; training for investigators being arranged.</td></tr>
<tr><td>3</td><td>Support services for victims of officers</td><td>30/06/2023</td><td>A</td><td>Working with the
OPCC on a dedicated advocate; funding bid submitted.</td></tr>
</table>
<h2>3. Governance</h2>
<p>Progress is overseen by the Deputy Chief Constable and reported quarterly to the Strategic Planning and
Accountability Board.</p>
"""),

    # 12. Recommendations by ordinal and by whom they are for
    Doc("h15-sas-cleveland-pcc-ordinals", ["pdf"], super_complaint="stop-and-search", authors=["cleveland-pcc"],
        date=["2024-02-09"],
        responses={"8": ["complete"], "1": ["in_progress"]},
        style=Style(pdf_ruled=True, pdf_header="Cleveland Office of the Police and Crime Commissioner",
                    pdf_footer="OFFICIAL"),
        classes=["recommendation-by-ordinal", "recommendation-by-recipient"],
        body="""
<p>9 February 2024</p>
<p>Criminal Justice Alliance<br>by email</p>
<p>Dear colleagues,</p>
<p>Section 60 stop and search and community scrutiny</p>
<p>Thank you for your report. Of its recommendations, only one is addressed to police and crime commissioners, and I
can confirm that it has been met: my community scrutiny panel examined every section 60 authorisation made in
Cleveland in 2023 and its notes are published.</p>
<p>I have also asked the Chief Constable about the first recommendation, on the threshold for authorisations; the
force is revising its authorising officers' guidance and will bring it to my scrutiny board in the spring.</p>
<p>Yours faithfully,</p>
<p>Police and Crime Commissioner for Cleveland</p>
"""),

    # 13. A deputy chief constable's letter, logo only in the header, recommendation named mid-sentence
    Doc("h15-hba-avon-dcc-letter", ["docx", "pdf"], super_complaint="honour-based-abuse",
        authors=["avon-and-somerset-constabulary"], date=["2023-03-02"],
        responses={"1": ["complete"], "2": ["in_progress"]},
        style=Style(docx_letterhead="header_image"),
        classes=["deputy-signs", "logo-only-header", "recommendation-mid-sentence"],
        body="""
<div class="letterhead">Avon and Somerset Constabulary<br>Valley Road, Portishead, Bristol BS20 8JJ</div>
<p>2 March 2023</p>
<p>HMICFRS Super-Complaints Team</p>
<p>Dear colleagues</p>
<p>Super-complaint: sexual abuse victims at risk of honour-based abuse</p>
<p>I am writing on behalf of the Chief Constable, who has asked me to lead our response.</p>
<p>Our sexual offences investigation policy was amended in February so that, as the first recommendation asks, risk of
honour-based abuse is assessed in every rape and sexual offence case and not only in domestic abuse cases.</p>
<p>Awareness of cultural factors, which is what the report asks for in its second recommendation, is being built
into the Operation Bluestone investigator course, with the first cohort due in May.</p>
<p>Yours faithfully</p>
<p>Deputy Chief Constable<br>Avon and Somerset Constabulary</p>
"""),

    # 14. A commissioner's page signed by the chief executive
    Doc("h15-s2s-northants-ceo-page", ["html"], super_complaint="safe-to-share", authors=["northamptonshire-pfcc"],
        date=["2021-02-10"],
        responses={"5": ["in_progress"], "6": ["complete"]},
        style=Style(site="pcc", site_name="Northamptonshire Police, Fire and Crime Commissioner",
                    page_title="Super-complaint: police data sharing for immigration purposes | Northamptonshire PFCC",
                    related=["Commissioner's response to PEEL 2021", "Annual report 2019/20"],
                    page_dates="<p>Posted 10th February 2021</p>", panels=True),
        classes=["chief-executive-signs", "subject-only-title", "copyright-year"],
        body="""
<h1>Super-complaint: police data sharing for immigration purposes</h1>
<p>The Commissioner has considered the report on the super-complaint by Liberty and Southall Black Sisters and
responds as follows.</p>
<p>The report asks commissioners to assess local access to specialist victim support. We completed that assessment in
January with Voice and the county's migrant support network; every district has access to an advocate who can
support a victim with insecure immigration status.</p>
<p>With the Chief Constable, we are also working with those organisations on the reporting arrangements described in
recommendation 5; the first meeting took place in January and the work continues.</p>
<p>Paul Fell, Chief Executive, on behalf of the Police, Fire and Crime Commissioner</p>
<p>&copy; 2024 Northamptonshire Police, Fire and Crime Commissioner</p>
"""),

    # 15. A forwarded email: date only in the email header, force only in the signature
    Doc("h15-pm-humberside-email", ["text"], super_complaint="protective-measures", authors=["humberside-police"],
        date=["2022-03-08"],
        responses={"1": ["in_progress"], "3": ["complete"]},
        style=Style(wrap=76),
        classes=["email-header-date", "force-only-in-signature", "forwarded"],
        body="""
<p>From: CJ Policy Team<br>Sent: Tuesday, 8 March 2022 10:14<br>To: Super Complaints<br>Subject: RE: Protective
measures super-complaint - request for update</p>
<p>Good morning,</p>
<p>Further to your email of 22 February, our update is below.</p>
<p>Recommendation 1 - RUI: the new case management process is being piloted in the Hull district and will roll out
across the force by June.</p>
<p>Recommendation 3 - completed. Officers have been reminded of the duty to consider conditions in every domestic
abuse case, and the briefing is on the intranet.</p>
<p>Kind regards</p>
<p>Criminal Justice Policy Officer<br>Humberside Police | Priory Road, Hull HU5 5SF<br>This email and any
attachments are confidential.</p>
<p>-----Original Message-----<br>From: Super Complaints<br>Sent: 22 February 2022 09:01<br>Subject: Protective
measures super-complaint - request for update</p>
<p>Please let us know your progress by 7 March.</p>
"""),

    # 16. A commissioner's letter as a text conversion and as Markdown
    Doc("h15-ppda-merseyside-pcc-letter", ["text", "markdown"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["merseyside-pcc"], date=["2022-09-01"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2", "4"],
        style=Style(wrap=70),
        classes=["commissioner-letter", "others-recommendations-listed"],
        body="""
<p>Office of the Police and Crime Commissioner for Merseyside<br>Mather Avenue, Liverpool L18 9TG</p>
<p>1 September 2022</p>
<p>Dear Sir Andy,</p>
<p>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</p>
<p>Recommendations 1 and 2 are for the Chief Constable, who is replying separately, and recommendation 4 for the
Home Office.</p>
<p>I accept recommendation 3. My office is reviewing the domestic abuse services I commission to make sure they can
support those abused by a police officer, including a route to an advocate outside Merseyside where a victim wants
one. The review will report to me in December.</p>
<p>Yours sincerely,</p>
<p>Emily Spurrell<br>Police and Crime Commissioner for Merseyside</p>
"""),

    # 17. The College of Policing, named only in the site's header and copyright line
    Doc("h15-s2s-college-page", ["html"], super_complaint="safe-to-share", authors=["college-of-policing"],
        date=["2021-05-14"],
        responses={"1": ["complete"]},
        style=Style(site="national", site_name="College of Policing",
                    page_title="Migrant victims of domestic abuse: guidance published | College of Policing",
                    furniture_words=["Home", "Learning", "Guidance", "Research", "Career", "About us", "News"]),
        classes=["national-body-page", "author-only-in-furniture"],
        body="""
<h1>Guidance on migrant victims of domestic abuse published</h1>
<p>Published 14 May 2021 | 3 min read</p>
<p>We have published guidance for officers on victims of domestic abuse with insecure or uncertain immigration
status. It clarifies the interim position in the first recommendation of the Safe to share? report: officers should
not share a victim's information with Immigration Enforcement where the only concern is their status, and should put
them in touch with a specialist organisation instead.</p>
<p>The guidance is now part of the domestic abuse pages of Authorised Professional Practice.</p>
<p>Find out more about the super-complaints system and the reports published since 2019.</p>
"""),

    # 18. The Home Office on GOV.UK: modern slavery
    Doc("h15-ms-home-office-govuk", ["html", "docx"], super_complaint="modern-slavery", authors=["home-office"],
        date=["2021-11-18", "2021-09-30"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="govuk", page_title="Hestia super-complaint: Home Office response - GOV.UK"),
        classes=["govuk-page", "from-line", "updated-date", "short-title"],
        body="""
<h1>Police response to victims of modern slavery: Home Office response</h1>
<p>From: Home Office</p>
<p>Published 30 September 2021<br>Last updated 18 November 2021</p>
<h2>Contents</h2>
<ol><li>Summary</li><li>Our response</li></ol>
<h2>Summary</h2>
<p>In May 2021 the inspectorate published its report on the super-complaint by Hestia about how the police respond
to victims of modern slavery, including the risk that victims are treated as immigration offenders.</p>
<h2>Our response</h2>
<p>The report made one recommendation to the Home Office, to develop, with chief constables and others, guidance for
the police on victims of modern slavery with insecure immigration status. We accept it. A working group with the
National Police Chiefs' Council and the Independent Anti-Slavery Commissioner has been set up and draft guidance will
be shared with the sector in the spring of 2022.</p>
"""),

    # 19. A commissioner's page with accordions and an event in the text
    Doc("h15-st-westmercia-pcc-accordion", ["html", "pdf"], super_complaint="stalking", authors=["west-mercia-pcc"],
        date=["2025-10-20"],
        responses={"15": ["complete"], "16": ["in_progress"], "25": ["not_started"]},
        style=Style(site="pcc", site_name="West Mercia Police and Crime Commissioner",
                    page_title="Stalking super-complaint | West Mercia PCC",
                    related=["Domestic abuse super-complaint response (2023)", "Rural crime strategy 2024"]),
        classes=["accordion", "event-date-in-text", "last-reviewed"],
        body="""
<h1>Stalking super-complaint</h1>
<p>The Commissioner's update on the recommendations made to him in the Police response to stalking report.</p>
<div class="accordion">
<h2>Commissioned services</h2>
<p>The review of the services the Commissioner funds for victims of stalking has been completed and the new
specialist advocate contract started on 1 July.</p>
<h2>Joint review with West Mercia Police</h2>
<p>The joint review of how stalking victims are supported, recommendation 16, is half way through. Its findings will
be presented at the Commissioner's stalking conference on 12 November 2025.</p>
<h2>Recommendation 25</h2>
<p>We have not yet begun work on this recommendation, which depends on the joint review.</p>
</div>
<p class="page-dates">Last reviewed: 20 October 2025</p>
"""),

    # 20. A commissioner's news item on stop and search with quotes
    Doc("h15-sas-beds-pcc-news", ["html"], super_complaint="stop-and-search", authors=["bedfordshire-pcc"],
        date=["2024-03-21"],
        responses={"8": ["in_progress"]},
        style=Style(site="news", site_name="Bedfordshire Police and Crime Commissioner",
                    page_title="Young people to scrutinise stop and search | Bedfordshire PCC"),
        classes=["news-item", "quote", "designated-body-named"],
        body="""
<h1>Young people to scrutinise stop and search</h1>
<p>21 March 2024</p>
<p>A new youth panel will examine how section 60 powers are used in Bedfordshire, the Police and Crime Commissioner
has announced, in response to the Criminal Justice Alliance's super-complaint.</p>
<p>The Commissioner said: "The report was right that communities must be able to scrutinise these powers. Our youth
panel will meet for the first time in April and will review every section 60 authorisation after it ends."</p>
<p>Recruitment to the panel is still open.</p>
"""),

    # 21. A force report to the commissioner's board: cover page, contents page, PDF
    Doc("h15-hba-lincs-board-report", ["pdf", "docx"], super_complaint="honour-based-abuse",
        authors=["lincolnshire-police"], date=["2023-07-12"],
        responses={"1": ["in_progress"], "2": ["complete"], "3": ["awaiting_national"]},
        style=Style(pdf_ruled=True, pdf_footer="Lincolnshire Police | OFFICIAL",
                    pdf_cover="<h1>Honour-based abuse super-complaint</h1><p>Report to the Police and Crime "
                              "Commissioner's Strategic Board</p><p>12 July 2023</p>"),
        classes=["board-report", "cover-page", "contents", "recommendation-for-npcc"],
        body="""
<p>Report date: 12 July 2023</p>
<h2>Contents</h2>
<p>Summary<br>Progress<br>Risks</p>
<h2>Summary</h2>
<p>Lincolnshire Police welcomed the report of December 2022 and has progressed both recommendations made to chief
constables.</p>
<h2>Progress</h2>
<p>Recommendation 1 (policy): the rape and serious sexual offences policy has been redrafted to include honour-based
abuse risk and is out for consultation with the Lincolnshire Domestic Abuse Partnership until August.</p>
<p>Recommendation 2 (awareness): all RASSO investigators completed the cultural awareness input by the end of June.</p>
<p>The NPCC's recommendation on recording protected characteristics will change what we record; we will apply the
national standard once it is issued.</p>
<h2>Risks</h2>
<p>None to report.</p>
<p>Report author: Detective Superintendent, Public Protection</p>
"""),
]
