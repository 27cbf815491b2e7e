"""heldout27: a blind held-out set of invented super-complaint response documents.

Written blind: the writer read only the brief, the shared corpus README, the reference catalogue and organisation
list, build.py and render.py; never the extraction engine, its decisions, session notes, tests, bench or any other
set. Every document is invented (no published response was copied); the recommendation numbers, recipients and the
texts quoted are those of /work/shared/reference/super_complaints.yaml, and where the catalogue has no text the
documents speak of the recommendations only as a real responder plausibly would.

The set leans towards commissioners and their offices, police and crime panels, mayors' offices and national
bodies (APCC, NPCC leads, the College of Policing, the IOPC, the Home Office, the Ministry of Justice), with a few
forces, across all seven published super-complaints: decision records, statutory letters, panel papers with
numbered paragraphs, board minutes, trackers whose status column and update disagree, news items, CMS pages with
page dates, FOI replies, emails, national progress reports, documents that mostly quote the report and documents
answering more than one report.
"""
from build import Doc
from render import Style

DOCS: list[Doc] = []

# ---------------------------------------------------------------------------------------------------------------
# Stalking (report 27 September 2024)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="stk-apcc-summary",
    formats=["html"],
    super_complaint="stalking",
    authors=["apcc"],
    date=["2025-01-08"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["in_progress", "not_started"], "position": ["accepted"]},
        "25": {"progress": ["awaiting_national"], "position": ["accepted"]},
    },
    optional=["27"],
    classes=["national_body_for_pcc_class", "aggregate_counts", "awaiting_home_office", "deadline_not_date",
             "report_date_not_date", "govuk_furniture"],
    style=Style(site="govuk", page_title="APCC response: stalking super-complaint - GOV.UK"),
    body="""
<h1>Association of Police and Crime Commissioners: response to the stalking super-complaint report</h1>
<p>Published 8 January 2025</p>
<p>The Association of Police and Crime Commissioners (APCC) welcomes the report of HMICFRS, the College of Policing
and the IOPC, <em>The police response to stalking</em>, published on 27 September 2024 in answer to the Suzy
Lamplugh Trust's super-complaint. As the report asks at recommendation 27, the APCC has agreed to respond on behalf
of all police and crime commissioners (PCCs) and their mayoral equivalents. Individual commissioners will also publish
their own comments under section 29A of the Police Reform Act 2002.</p>
<h2>Summary of commissioners' positions</h2>
<p>We wrote to all 43 PCCs, police, fire and crime commissioners and deputy mayors in October 2024. Every one of them
has told us that they accept the recommendations made to policing bodies.</p>
<h2>Recommendation 15</h2>
<p><em>By 27 March 2025, review whether the right specialist services have been commissioned to support stalking
victims in their area, including provision of trained independent stalking advocate caseworkers (ISACs).</em></p>
<p>All 43 commissioners accept this recommendation. At the time of writing, 31 have begun a review of the services
they commission; 12 expect to start theirs once their current domestic abuse contracts are re-tendered in the spring.
Twenty-two areas already fund an ISAC service in some form, and several are discussing joint commissioning across
force boundaries. The APCC victims portfolio will collate the outcomes of the reviews by the deadline.</p>
<h2>Recommendation 16</h2>
<p>This recommendation is directed to chief constables as well as to commissioners. Commissioners accept it and are
agreeing with their chief constables how the joint review will be carried out; in most areas the terms of reference
are still being drafted.</p>
<h2>Recommendation 25</h2>
<p>Commissioners accept recommendation 25, which is also directed to chief constables. Its delivery depends on the
revised statutory guidance on stalking protection orders which the Home Office has said it will issue, and PCCs will
take it forward locally once that guidance is published. Until then there is little that can usefully be done.</p>
<h2>Next steps</h2>
<p>The APCC will publish a further update after 27 March 2025. Questions about this response can be sent to the APCC
office.</p>
<p>Alison Hughes and Marcus Reed, APCC joint leads for victims</p>
""",
))

DOCS.append(Doc(
    name="stk-cheshire-decision-record",
    formats=["docx", "pdf"],
    super_complaint="stalking",
    authors=["cheshire-pcc"],
    date=["2025-03-12"],
    responses={
        "15": {"progress": ["complete"], "position": ["accepted"]},
    },
    absent=["16"],
    classes=["decision_record", "form_table", "deadline_not_date", "report_date_not_date", "several_dates",
             "mentioned_not_answered", "docx_letterhead_table"],
    style=Style(docx_letterhead="table", pdf_header="Decision record 2025/014", pdf_ruled=True,
                docx_footer="Office of the Police and Crime Commissioner for Cheshire"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Cheshire<br>Clemonds Hey, Oakmere Road<br>
Winsford CW7 2UA</div>
<h1>Record of decision: 2025/014</h1>
<table>
<tr><th>Field</th><th>Detail</th></tr>
<tr><td>Title</td><td>Independent stalking advocacy service (response to the stalking super-complaint)</td></tr>
<tr><td>Decision maker</td><td>Police and Crime Commissioner for Cheshire</td></tr>
<tr><td>Report author</td><td>Head of Commissioning and Partnerships</td></tr>
<tr><td>Date request received</td><td>3 February 2025</td></tr>
<tr><td>Public or exempt</td><td>Public</td></tr>
</table>
<h2>1. Background</h2>
<p>1.1 On 27 September 2024 HMICFRS, the College of Policing and the IOPC published their report on the Suzy
Lamplugh Trust's super-complaint, <em>The police response to stalking</em>. Recommendation 15 asks commissioners,
by 27 March 2025, to review whether the right specialist services have been commissioned to support stalking
victims, including independent stalking advocate caseworkers (ISACs), and to provide them where they do not
exist.</p>
<p>1.2 The Commissioner accepted recommendation 15 in his comments published on 20 November 2024. Recommendation 16,
which is for commissioners and chief constables together, is being taken forward with the Chief Constable through
the Joint Stalking Steering Group and is not part of this decision.</p>
<h2>2. The review</h2>
<p>2.1 The commissioning team has now completed the review. It found that stalking victims in Cheshire who are not
also victims of domestic abuse have had no dedicated advocacy since the previous pilot ended in 2023.</p>
<h2>3. Decision</h2>
<p>3.1 I approve the award of a two-year grant of &pound;186,000 to a specialist provider to deliver an ISAC service
for Cheshire from 1 April 2025, with an option to extend for a further year. With this award the review required
by recommendation 15 is complete and the gap it identified has been filled.</p>
<h2>4. Financial implications</h2>
<p>4.1 Funded from the Victims' Services budget (Ministry of Justice grant and local contribution).</p>
<h2>Declaration</h2>
<p>I confirm that I have considered whether I hold any personal or prejudicial interest in this matter.</p>
<p>Signature: <strong>Police and Crime Commissioner for Cheshire</strong><br>Date: 12 March 2025</p>
""",
))

DOCS.append(Doc(
    name="stk-lancashire-tracker",
    formats=["pdf", "html", "docx"],
    super_complaint="stalking",
    authors=["lancashire-constabulary"],
    date=["2025-06-30", "2025-06"],
    responses={
        "7": {"progress": ["in_progress"]},
        "10": {"progress": ["complete"]},
        "11": {"progress": ["complete"]},
        "12": {"progress": ["in_progress"]},
        "13": {"progress": ["not_started"]},
        "14": {"progress": ["awaiting_national"]},
    },
    classes=["tracker_rag", "status_contradicted_by_update", "part_numbering_7_1", "bau_complete",
             "awaiting_college", "not_started_accepted", "pdf_unruled_table", "force_furniture",
             "deadline_not_date"],
    style=Style(site="force", site_name="Lancashire Constabulary", page_title="Stalking action plan | Lancashire Constabulary",
                pdf_ruled=False, pdf_header="Lancashire Constabulary - OFFICIAL",
                pdf_footer="Stalking super-complaint action plan v4", panels=True,
                mega_menu=["Report", "Advice", "Services", "Your area", "About us", "Careers", "Stalking",
                           "Domestic abuse", "Hate crime"],
                page_dates="<p>Page updated: 30 June 2025</p>"),
    body="""
<h1>Police response to stalking: our action plan (update, June 2025)</h1>
<p>This plan sets out what Lancashire Constabulary is doing about each recommendation made to chief constables in
the report on the Suzy Lamplugh Trust's super-complaint. We first published it on 21 November 2024. Most
recommendations carried a deadline of 27 March 2025. RAG key: Green = complete / business as usual (BAU); Amber =
in progress; Red = not started or at risk.</p>
<table>
<tr><th>Ref</th><th>Recommendation (summary)</th><th>Status</th><th>Update</th></tr>
<tr><td>7.1</td><td>Processes so that officers use the crime recording system's capability to record stalking as an
included classification</td><td>Green - Complete</td><td>The change request to our records system has been approved
but the supplier has not yet delivered it; release is now planned for September 2025. Processes will be briefed
once it is live.</td></tr>
<tr><td>7.2</td><td>Alternative measures while system changes are pending</td><td>Green</td><td>Since January an
intelligence submission is required for every crime with a stalking element; the Stalking Unit checks compliance
monthly.</td></tr>
<tr><td>10</td><td>Review and update learning and training provision on stalking</td><td>Green</td><td>Training
needs analysis done; the new mandatory e-learning went live in February and 92% of frontline officers have
completed it. Closed.</td></tr>
<tr><td>11</td><td>Supervisory oversight of stalking investigations</td><td>BAU</td><td>Stalking checklist built into
the supervisor review of every crime and audited quarterly. Now business as usual.</td></tr>
<tr><td>12</td><td>Use of stalking protection orders</td><td>Amber</td><td>SPO champions appointed in each basic
command unit; applications up from 4 to 11 a quarter. Legal services guidance being refreshed.</td></tr>
<tr><td>13</td><td>Victim contact and updates</td><td>Red</td><td>Accepted. Work has not yet begun: it will start
once the new victim care contract is in place in the autumn.</td></tr>
<tr><td>14</td><td>Specialist investigation capability</td><td>Amber</td><td>We cannot finalise our model until the
College of Policing publishes its revised authorised professional practice on stalking; we will then review the
Stalking Unit's remit.</td></tr>
</table>
<p>Recommendations 8 and 9 are not for chief constables and do not appear in this plan.</p>
<p>Plan owner: Detective Chief Superintendent, Public Protection. Governance: Force Vulnerability Board.</p>
""",
))

DOCS.append(Doc(
    name="stk-westmercia-panel",
    formats=["pdf"],
    super_complaint="stalking",
    authors=["west-mercia-pcc"],
    date=["2025-02-04", "2025-02"],
    responses={
        "15": {"progress": ["in_progress"], "position": ["accepted"]},
        "16": {"progress": ["not_started", "in_progress"], "position": ["accepted"]},
    },
    absent=["25"],
    classes=["panel_paper", "numbered_paragraphs", "pdf_cover", "several_dates", "named_by_place",
             "deadline_not_date", "report_date_not_date"],
    style=Style(pdf_cover="<h1>West Mercia Police and Crime Panel</h1><p>Meeting: 4 February 2025</p>"
                          "<p>Agenda item 7</p><p>Report of the Police and Crime Commissioner</p>",
                pdf_header="West Mercia Police and Crime Panel - 4 February 2025", pdf_ruled=True),
    body="""
<h1>Police response to stalking: the Commissioner's response to the super-complaint report</h1>
<h2>Purpose</h2>
<p>1. This report informs the Panel of the Commissioner's response to the recommendations made to police and crime
commissioners in the report on the Suzy Lamplugh Trust's super-complaint, published on 27 September 2024.</p>
<h2>Recommendation</h2>
<p>2. Members of the Panel are asked to note the report.</p>
<h2>Background</h2>
<p>3. The report makes 29 recommendations. Three of them concern commissioners: recommendations 15 and 16, with a
deadline of 27 March 2025, and recommendation 25, which is also for chief constables and which the Chief Constable
will report on to the Commissioner's Assurance Board in due course.</p>
<h2>The first recommendation to commissioners</h2>
<p>4. The first of the recommendations to commissioners asks whether the right specialist services for stalking
victims, including independent stalking advocates, have been commissioned. The Commissioner accepted it. Officers
have mapped current provision across Herefordshire, Shropshire, Telford and Wrekin and Worcestershire and are now
consulting providers; a gap in Shropshire has been found and options to close it will come to the Commissioner in
March.</p>
<h2>The second recommendation to commissioners</h2>
<p>5. The second asks commissioners and chief constables to work together on a joint review. The Commissioner has
accepted it and has written to the Chief Constable proposing terms of reference. The review itself has not yet
begun.</p>
<h2>Financial implications</h2>
<p>6. Any new service will be funded from the existing victims' services budget.</p>
<p>Contact: Chief Executive, Office of the Police and Crime Commissioner for West Mercia</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# Safe to share? (report 17 December 2020)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sts-lincolnshire-pcc-letter",
    formats=["docx"],
    super_complaint="safe-to-share",
    authors=["lincolnshire-pcc"],
    optional_authors=["lincolnshire-police"],
    date=["2021-02-09"],
    responses={
        "5": {"progress": ["in_progress"], "position": ["accepted"]},
        "6": {"progress": ["complete"], "position": ["accepted"]},
    },
    absent=["1", "4"],
    classes=["s29a_letter", "letterhead_in_header", "reference_line", "report_date_not_date",
             "answers_together_mid_sentence", "force_answer_attached_elsewhere"],
    style=Style(docx_letterhead_in_header=True, docx_headings="bold"),
    body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Lincolnshire<br>Deepdale Lane, Nettleham<br>
Lincoln LN2 2LT</div>
<p>Our ref: OPCC/HMI/2021/07<br>Your ref: Super-complaint - policing and immigration status</p>
<p>9 February 2021</p>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary<br>HMICFRS<br>By email</p>
<p>Dear Sir Thomas,</p>
<p><strong>Safe to share? Report on Liberty and Southall Black Sisters' super-complaint on policing and immigration
status</strong></p>
<p>Thank you for the report published on 17 December 2020. Under section 29A of the Police Reform Act 2002 I am
required to publish my comments on a super-complaint report within 56 days, and this letter does so.</p>
<p>The Chief Constable's response to recommendations 1 and 4 is published separately on the force website; I have
discussed it with him at my Strategic Board but it is for him to answer.</p>
<p>I accept both of the recommendations made to commissioners. On promoting migrant victims' confidence in reporting
through safe reporting pathways (recommendation 5), my office and the force have begun working with the county's
migrant community forum and two specialist charities on joint messages, and a first set of translated materials
will be tested with them in March. As to recommendation 6, my office carried out the assessment of local access to
specialist victim support in January: it showed that the existing Victim Lincolnshire referral network already
includes providers able to advise victims with insecure immigration status, and I am satisfied that no further
steps are needed to build up that network.</p>
<p>I will provide the update the report asks for within six months.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Lincolnshire</p>
""",
))

DOCS.append(Doc(
    name="sts-cumbria-joint-update",
    formats=["text", "pdf"],
    super_complaint="safe-to-share",
    authors=["cumbria-constabulary", "cumbria-pfcc"],
    date=["2021-06-15", "2021-06"],
    responses={
        "1": {"progress": ["complete"]},
        "4": {"progress": ["awaiting_national", "in_progress"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["in_progress"]},
    },
    optional=["8"],
    absent=["2", "3"],
    classes=["joint_force_pcc", "pcc_answers_inside_force_document", "six_month_update", "hard_wrapped_text",
             "pipes_table", "overview_list_not_response", "awaiting_npcc_protocol", "deadline_not_date"],
    style=Style(wrap=78, text_tables="pipes", upper_h1=True, pdf_header="Cumbria Constabulary and Cumbria PFCC",
                pdf_ruled=True),
    body="""
<h1>Safe to share? Six-month update from Cumbria Constabulary and the Police, Fire and Crime Commissioner</h1>
<p>Date: 15 June 2021</p>
<p>This joint update is provided to HM Chief Inspector of Constabulary in line with recommendation 8 of the report,
which asked every recipient to report progress by 17 June 2021.</p>
<h2>The report's recommendations</h2>
<table>
<tr><th>No.</th><th>To</th><th>Subject</th></tr>
<tr><td>1</td><td>Chief constables</td><td>Stop sharing DA victims' data with Immigration Enforcement on doubts alone</td></tr>
<tr><td>2</td><td>Home Office</td><td>Review of the legal framework and policy</td></tr>
<tr><td>3</td><td>Home Office and NPCC</td><td>Safeguarding protocol</td></tr>
<tr><td>4</td><td>Chief constables</td><td>Safe reporting pathways</td></tr>
<tr><td>5</td><td>Chief constables and PCCs</td><td>Confidence in reporting</td></tr>
<tr><td>6</td><td>PCCs</td><td>Access to specialist victim support</td></tr>
</table>
<h2>Part A: Cumbria Constabulary</h2>
<h3>Recommendation 1</h3>
<p>Implemented. A force instruction issued on 8 January 2021 tells officers not to share information about domestic
abuse victims with Immigration Enforcement where they only have doubts about immigration status, and to refer the
victim to a third party instead. Compliance is checked through the monthly domestic abuse audit; no referrals of this
kind have been made since January.</p>
<h3>Recommendation 4</h3>
<p>A draft pathway has been written with local specialist organisations, but the force cannot finalise it until the
national safeguarding protocol which the Home Office and the NPCC are preparing under recommendation 3 is issued. We
will adopt it as soon as it is.</p>
<h3>Recommendation 5</h3>
<p>Community engagement officers have met faith and migrant groups in Carlisle and Barrow; a joint communications
plan with the Commissioner is under way.</p>
<h2>Part B: the Police, Fire and Crime Commissioner</h2>
<h3>Recommendation 5</h3>
<p>The Commissioner's office is funding translated leaflets as part of the joint communications plan above.</p>
<h3>Recommendation 6</h3>
<p>The assessment of access to specialist support has been commissioned from the county's victims' hub and will
report in September 2021. Early findings show no specialist provision in West Cumbria.</p>
<p>Recommendations 2 and 3 are for the Home Office and the NPCC; we await their outcome.</p>
""",
))

DOCS.append(Doc(
    name="sts-homeoffice-letter",
    formats=["pdf", "html"],
    super_complaint="safe-to-share",
    authors=["home-office"],
    date=["2021-06-17"],
    responses={
        "2": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
        "7": {"progress": ["not_started", "in_progress", "not_stated"], "position": ["partially_accepted"]},
    },
    absent=["1", "4", "5", "6"],
    classes=["government_letter", "signed_letter", "answers_together", "partial_acceptance", "govuk_furniture",
             "report_date_not_date", "future_date_not_date"],
    style=Style(site="govuk", page_title="Home Office response to Safe to share? - GOV.UK",
                pdf_header="Home Office", pdf_footer="2 Marsham Street, London SW1P 4DF"),
    body="""
<div class="letterhead">Home Office<br>Minister of State for Crime and Policing<br>2 Marsham Street<br>London SW1P 4DF</div>
<p>17 June 2021</p>
<p>Dear Sir Thomas,</p>
<h1>Home Office response to the super-complaint report on policing and immigration status</h1>
<p>I am writing to set out the Government's response to the recommendations made to the Home Office in <em>Safe to
share?</em>, published on 17 December 2020. Recommendations 1, 4, 5 and 6 are for chief constables and police and
crime commissioners, who are responding separately.</p>
<h2>Recommendations 2 and 3</h2>
<p>We accept recommendation 2. The review of the legal framework and policy on migrant victims and witnesses of
crime is under way and we expect to publish its conclusions by the end of the year. We also accept recommendation 3.
Officials are working with the NPCC lead on a safeguarding protocol for migrant victims and witnesses; a first draft
has been shared with specialist organisations and the work will draw on the review.</p>
<h2>Recommendation 7</h2>
<p>We accept recommendation 7 in part. We do not agree that a separate exercise is needed, but we will consider the
issues it raises within the review described above, and will report on them when the review concludes.</p>
<p>I am copying this letter to the Chair of the NPCC and to the Chair of the APCC.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime and Policing</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# A duty to protect: protective measures (report 24 August 2021)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="pm-npcc-response",
    formats=["docx", "html"],
    super_complaint="protective-measures",
    authors=["npcc"],
    date=["2022-05-20", "2022-05"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
        "3": {"progress": ["complete"], "position": ["accepted"]},
        "5": {"progress": ["awaiting_national"], "position": ["accepted"]},
        "6": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["12", "13"],
    classes=["npcc_on_behalf_of_forces", "portfolio_lead", "aggregate_counts", "awaiting_legislation",
             "mentioned_not_answered", "govuk_furniture", "report_date_not_date", "historic_date"],
    style=Style(site="govuk", page_title="NPCC response to A duty to protect - GOV.UK", docx_headings="styles"),
    body="""
<h1>National Police Chiefs' Council response to the recommendations of "A duty to protect"</h1>
<p>Date: 20 May 2022</p>
<p>From: NPCC lead for domestic abuse and NPCC lead for bail management</p>
<p>The report of 24 August 2021 on the Centre for Women's Justice's super-complaint made 15 recommendations, of which
ten require a response from chief constables and the NPCC. This document responds on behalf of chief constables to
those we have been able to take forward nationally; forces will publish their own local updates.</p>
<h2>Recommendation 1 - released under investigation</h2>
<p><em>Chief Constables, in conjunction with the NPCC lead for bail, should implement processes for managing Released
under Investigation (RUI) in line with the letter from the NPCC Lead for Bail Management Portfolio dated 29 January
2019.</em></p>
<p>Accepted. A national RUI framework was sent to forces in March 2022; 29 forces have confirmed it is in place and the
remainder expect to do so by the autumn. Bail management leads meet monthly to monitor compliance.</p>
<h2>Recommendation 3</h2>
<p>Accepted and complete. The joint NPCC and College of Policing briefing on the full range of protective measures was
issued to every force in February 2022 and is now part of the initial learning for response officers.</p>
<h2>Recommendation 5</h2>
<p>Accepted. Forces cannot put the changes in place until the Police, Crime, Sentencing and Courts Bill receives Royal
Assent and the Home Office issues revised statutory guidance on pre-charge bail. Work will begin as soon as the
guidance is published.</p>
<h2>Recommendation 6</h2>
<p>Accepted. A national audit of how forces record non-molestation order breaches is under way and will report in July.</p>
<h2>Recommendations to government</h2>
<p>Recommendations 12 and 13 are for the Home Office and the Ministry of Justice, which will respond directly. The NPCC
will support that work.</p>
""",
))

DOCS.append(Doc(
    name="pm-kent-news",
    formats=["html"],
    super_complaint="protective-measures",
    authors=["kent-police"],
    date=["2022-11-03"],
    responses={
        "1": {"progress": ["complete"]},
    },
    classes=["news_item", "byline", "named_by_subject", "quote_from_pcc", "news_furniture", "historic_date"],
    style=Style(site="news", site_name="Kent Police", page_title="Kent Police strengthens bail checks | Kent Police"),
    body="""
<h1>Kent Police strengthens bail checks to protect women and girls</h1>
<p>By the Corporate Communications team | Thursday 3 November 2022</p>
<p>Kent Police has finished putting in place new processes for managing suspects released under investigation, one
of the recommendations of last year's national report <em>A duty to protect</em> on police use of protective measures
in cases of violence against women and girls.</p>
<p>Every suspect released under investigation in a domestic abuse or sexual offence case is now reviewed by an
inspector within 28 days, and victims are told the outcome. The force introduced the reviews in April 2022 and
audits since the summer show they are happening in every case.</p>
<p>Detective Superintendent Laura Bennett said: "Released under investigation should never leave a victim without
protection. This recommendation has been fully delivered here and the reviews are simply how we work now."</p>
<p>Kent's Police and Crime Commissioner, who scrutinised the changes at his Performance and Delivery Board in
September, said he welcomed them.</p>
<p>The report was published on 24 August 2021 by HMICFRS, the College of Policing and the IOPC.</p>
""",
))

DOCS.append(Doc(
    name="pm-homeoffice-moj",
    formats=["markdown", "pdf"],
    super_complaint="protective-measures",
    authors=["home-office", "ministry-of-justice"],
    date=["2022-03-30"],
    responses={
        "12": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
        "13": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["1"],
    classes=["joint_government_response", "refusal", "named_by_subject_and_number", "table_status",
             "report_date_not_date"],
    style=Style(pdf_header="Home Office and Ministry of Justice - OFFICIAL", pdf_ruled=False),
    body="""
<h1>A duty to protect: joint response of the Home Office and the Ministry of Justice</h1>
<p>30 March 2022</p>
<p>This note responds to the two recommendations of the super-complaint report of 24 August 2021 that are addressed
jointly to the Home Office and the Ministry of Justice. The recommendations for chief constables, beginning with
recommendation 1 on released under investigation, are for policing to answer.</p>
<h2>A bespoke offence of breaching pre-charge bail (recommendation 12)</h2>
<p>The report asked us to intensify and accelerate our consideration of creating a bespoke offence of breaching
pre-charge bail. We have considered this carefully with the police and prosecutors. We have concluded that a new
offence would not add materially to the powers already available, and we do not intend to legislate for one. We do
not therefore accept this recommendation.</p>
<h2>Notifying the police of non-molestation orders (recommendation 13)</h2>
<p>We accept this recommendation. HM Courts and Tribunals Service is testing a secure electronic notification of new
orders to forces in two regions, and the results will be evaluated in the summer before a national roll-out is
decided.</p>
<table>
<tr><th>Recommendation</th><th>Position</th><th>Lead</th></tr>
<tr><td>12</td><td>Not accepted</td><td>Home Office</td></tr>
<tr><td>13</td><td>Accepted - pilot under way</td><td>Ministry of Justice / HMCTS</td></tr>
</table>
""",
))
