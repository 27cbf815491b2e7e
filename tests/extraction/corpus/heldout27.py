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
    absent=["8", "9"],
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

# ---------------------------------------------------------------------------------------------------------------
# The hidden victims: modern slavery (report 26 May 2021)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ms-homeoffice-response",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["home-office"],
    date=["2021-11-18"],
    responses={
        "1": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["government_response", "parts_as_bullets", "actions_not_recommendations", "govuk_furniture",
             "report_date_not_date", "future_date_not_date"],
    style=Style(site="govuk", page_title="Home Office response to The hidden victims - GOV.UK"),
    body="""
<h1>Home Office response to the recommendation in "The hidden victims"</h1>
<p>Updated 18 November 2021</p>
<h2>Recommendation 1. To the Home Office</h2>
<p><em>In consultation with chief constables, the Independent Anti-Slavery Commissioner, Victims Commissioners, the
Crown Prosecution Service, voluntary agencies that provide support to victims, and others as appropriate, commission
work to:</em></p>
<ul>
<li><em>Better understand the victim experience of the police response to modern slavery and the wider response from
immigration and other law enforcement agencies; and</em></li>
<li><em>Assess the extent to which victims' needs are being met.</em></li>
</ul>
<h2>Our response</h2>
<p>The Home Office accepts this recommendation. In September 2021 we commissioned an independent research partner to
carry out a study of victims' experience of the police and immigration response, working with the Independent
Anti-Slavery Commissioner, the Victims' Commissioner and support providers. Fieldwork began in October; we expect
the findings in summer 2022 and will publish them with our response.</p>
<p>The report also set out actions for the College of Policing (to revise its authorised professional practice on
modern slavery) and for HMICFRS (to consider inspection activity). Those bodies will report on their actions
separately.</p>
<p>The report was published on 26 May 2021.</p>
""",
))

DOCS.append(Doc(
    name="ms-dorset-pcc-page",
    formats=["html"],
    super_complaint="modern-slavery",
    authors=["dorset-pcc"],
    date=["2021-08-02", "2023-03-14", "2021-08", "2023-03"],
    responses={},
    absent=["1"],
    classes=["cms_page", "accordion", "page_dates_two", "answer_without_number", "not_recipient",
             "pcc_furniture", "mostly_quotes_report"],
    style=Style(site="pcc", site_name="Dorset Police and Crime Commissioner",
                page_title="Modern slavery super-complaint | Dorset PCC",
                mega_menu=["About the Commissioner", "Police and Crime Plan", "Holding to account", "Victims",
                           "Grants and funding", "Transparency"],
                related=["Victims' Bureau", "Police and Crime Plan 2021-24", "HMICFRS inspection responses"],
                page_dates="<p>Published: 2 August 2021</p><p>Last reviewed: 14 March 2023</p>"
                           "<p>Next review: March 2024</p>"),
    body="""
<h1>Super-complaint: police response to victims of modern slavery</h1>
<p>In May 2021 HMICFRS, the College of Policing and the IOPC published <em>The hidden victims</em>, their report on
Hestia's super-complaint. The report makes recommendations to the Home Office, to chief constables and to police and
crime commissioners, and sets out actions for the College of Policing and HMICFRS.</p>
<h2>What the report recommends</h2>
<p>Recommendation 1 asks the Home Office to commission work to better understand the victim experience of the police
response to modern slavery. That is a matter for the Home Office; the Commissioner has offered Dorset's victims' data
to the research.</p>
<p>Chief constables are asked to make sure staff have access to training and specialist knowledge, and to allocate
investigations to teams with the right skills. Chief constables and commissioners are asked to work together to
understand what support victims of modern slavery need.</p>
<h2>The Commissioner's response</h2>
<h3>Understanding what support victims need</h3>
<p>The Commissioner accepts the recommendation made to commissioners. His office and Dorset Police jointly mapped
support for victims of exploitation in autumn 2021, and the Victims' Bureau now has a named modern slavery
navigator.</p>
<h3>Update, March 2023</h3>
<p>The navigator post has been made permanent and is now part of the Bureau's core offer. The Commissioner considers
this work complete.</p>
<h3>The force's response</h3>
<p>Dorset Police's response to the recommendations to chief constables is published on the force website.</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# Police perpetrated domestic abuse (report 30 June 2022)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ppda-staffs-board-minutes",
    formats=["docx", "text"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["staffordshire-pfcc", "staffordshire-police"],
    date=["2022-10-11"],
    responses={
        "1": {"progress": ["complete", "in_progress"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["minutes", "board_two_voices", "subpart_3a", "actions_table", "next_meeting_date_not_date",
             "report_date_not_date", "deadline_not_date"],
    style=Style(docx_headings="bold", wrap=90, text_tables="form"),
    body="""
<h1>Strategic Governance Board - Minutes</h1>
<p>Date: 11 October 2022<br>Venue: Staffordshire Police Headquarters, Weston Road<br>Present: Police, Fire and Crime
Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive (Commissioner's office); Head of
Professional Standards</p>
<h2>1. Apologies and declarations</h2>
<p>1.1 None.</p>
<h2>2. Police perpetrated domestic abuse super-complaint</h2>
<p>2.1 The Deputy Chief Constable introduced the paper on the force's response to the report on the Centre for
Women's Justice's super-complaint, published on 30 June 2022.</p>
<p>2.2 Recommendation 1: the audit of all live cases and those closed in the twelve months to 30 June 2022 has been
completed by Professional Standards. Eleven cases were reviewed again and two were re-referred as conduct matters.
The DCC said the force would write via the NPCC before the deadline of 30 December 2022 as the recommendation
requires; the letter was being drafted.</p>
<p>2.3 Recommendation 2: the Chief Constable confirmed this was accepted and that the new vetting and counter-corruption
referral process was being tested; it would go live in January.</p>
<p>2.4 The Commissioner reported on recommendation 3a, which asks commissioners to consider whether local services can
deal with the specific risks to victims of police perpetrated abuse. He has accepted it. His office has asked the two
commissioned domestic abuse services for an assessment of their capacity, due in November, and is discussing an
independent advocate for victims whose abuser is an officer.</p>
<p>2.5 The Board noted that recommendation 3b is for the Ministry of Justice.</p>
<h2>3. Actions</h2>
<table>
<tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>22/41</td><td>Send the recommendation 1 letter to the NPCC</td><td>DCC</td><td>16 December 2022</td></tr>
<tr><td>22/42</td><td>Report the services' assessment (recommendation 3a) to the next Board</td><td>Chief Executive</td><td>13 December 2022</td></tr>
</table>
<p>Date of next meeting: 13 December 2022</p>
""",
))

DOCS.append(Doc(
    name="ppda-iopc-page",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["iopc"],
    date=["2023-09-21", "2023-09"],
    responses={},
    absent=["1", "2", "3", "4"],
    classes=["mostly_quotes_report", "action_not_recommendation", "investigating_body_page", "national_furniture",
             "no_responses"],
    style=Style(site="national", site_name="Independent Office for Police Conduct",
                page_title="Police perpetrated domestic abuse super-complaint | IOPC",
                furniture_words=["Home", "Complaints", "Investigations", "Publications", "News", "About us"],
                page_dates="<p>Last updated: 21 September 2023</p>"),
    body="""
<h1>Super-complaint: police perpetrated domestic abuse</h1>
<p>The Centre for Women's Justice raised a super-complaint about the way police forces respond to domestic abuse
committed by police officers and staff. We investigated it with HMICFRS and the College of Policing, and our joint
report was published on 30 June 2022.</p>
<h2>The report's recommendations</h2>
<ul>
<li>Recommendation 1: chief constables should ensure that live police perpetrated domestic abuse cases, and those
closed within the last 12 months, are audited, and take action where cases were not treated appropriately.</li>
<li>Recommendation 2: for chief constables.</li>
<li>Recommendation 3: PCCs, the Ministry of Justice and chief constables should make sure their domestic abuse support
services and guidance can meet the specific needs of victims of police perpetrated domestic abuse.</li>
<li>Recommendation 4: for the Home Office.</li>
</ul>
<p>Responses from the recipients are published on GOV.UK and on their own websites.</p>
<h2>Our action</h2>
<p>The report asked us to carry out a targeted programme of oversight work on police handling of police perpetrated
domestic abuse. We have reviewed 120 referrals from forces and published our first learning bulletin in July 2023;
a thematic report will follow in 2024.</p>
""",
))

DOCS.append(Doc(
    name="ppda-homeoffice-update",
    formats=["pdf"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["home-office"],
    date=["2023-06-06"],
    responses={
        "4": {"progress": ["not_started", "not_stated"], "position": ["not_accepted"]},
    },
    classes=["government_letter", "refusal", "number_in_words", "historic_date", "report_date_not_date",
             "running_header"],
    style=Style(pdf_header="OFFICIAL", pdf_footer="Home Office, 2 Marsham Street, London SW1P 4DF",
                pdf_cover=""),
    body="""
<div class="letterhead">Minister of State for Crime, Policing and Fire<br>2 Marsham Street<br>London SW1P 4DF<br>
www.gov.uk/home-office</div>
<p>CTS ref: MIN/0412233/23</p>
<p>6 June 2023</p>
<p>Andy Cooke QPM<br>HM Chief Inspector of Constabulary</p>
<p>Dear Andy,</p>
<p><strong>Police perpetrated domestic abuse: recommendation four</strong></p>
<p>My predecessor wrote to you in November 2022 to say that the Government was still considering recommendation four
of the report of 30 June 2022. I am now able to give you our final position.</p>
<p>Having reviewed the evidence and consulted the NPCC and the College of Policing, we have decided not to take this
recommendation forward. The existing framework of the Police (Conduct) Regulations and the vetting code of practice,
as strengthened this year, already gives chief officers the powers the recommendation had in mind, and we do not
consider further change appropriate at this time.</p>
<p>I know this will disappoint the Centre for Women's Justice, and officials will meet them to explain our reasons.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime, Policing and Fire</p>
""",
))

DOCS.append(Doc(
    name="ppda-derbyshire-letter",
    formats=["docx"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["derbyshire-constabulary"],
    date=["2022-12-19"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    optional=["3"],
    classes=["force_letter", "letterhead_header_image", "letter_is_the_response", "deadline_not_date",
             "report_date_not_date", "part_for_chief_constables_unnumbered"],
    style=Style(docx_letterhead="header_image", docx_footer="Derbyshire Constabulary, Butterley Hall, Ripley DE5 3RS"),
    body="""
<div class="letterhead">Derbyshire Constabulary<br>Butterley Hall<br>Ripley DE5 3RS</div>
<p>Office of the Chief Constable</p>
<p>19 December 2022</p>
<p>To: NPCC lead for counter-corruption, for onward transmission to the College of Policing, HMICFRS and the IOPC</p>
<p>Dear colleagues,</p>
<p><strong>Police perpetrated domestic abuse super-complaint: Derbyshire Constabulary</strong></p>
<p>Recommendation 1 of the report of 30 June 2022 asks chief constables to audit live police perpetrated domestic
abuse cases and those closed in the year to 30 June 2022, and to write via the NPCC to explain how the force has
improved or will improve its response. This letter is that account.</p>
<p>The audit is complete. We examined 37 cases; in six, the matter had not been recorded as a conduct matter and has
now been reassessed, and in one a misconduct hearing is listed for February. With this letter we regard
recommendation 1 as discharged.</p>
<p>On recommendation 2, we have accepted it and have started the work: a new triage process in Professional Standards
went live in November and will be evaluated in March 2023.</p>
<p>Our domestic abuse support offer for victims whose abuser is an officer (the chief constables' part of
recommendation 3) is being reviewed with the Police and Crime Commissioner.</p>
<p>Yours faithfully,</p>
<p>Chief Constable</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# Honour-based abuse (report 16 December 2022)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="hba-gm-mayor-scrutiny",
    formats=["html"],
    super_complaint="honour-based-abuse",
    authors=["greater-manchester-mayor"],
    optional_authors=["greater-manchester-police"],
    date=["2023-07-20", "2023-07"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    absent=["3"],
    classes=["mayor_scrutiny", "reports_force_progress", "named_by_subject", "pcc_furniture", "page_dates",
             "report_date_not_date"],
    style=Style(site="pcc", site_name="Greater Manchester Combined Authority",
                page_title="Deputy Mayor scrutiny: honour-based abuse super-complaint | GMCA",
                mega_menu=["Mayor", "Police, fire and crime", "Transport", "Housing", "Work and skills",
                           "Health", "Meetings"],
                panels=True, page_dates="<p>Published 20 July 2023</p>"),
    body="""
<h1>Honour-based abuse super-complaint: Deputy Mayor's scrutiny of Greater Manchester Police</h1>
<p>The Deputy Mayor for Policing, Crime, Criminal Justice and Fire holds Greater Manchester Police (GMP) to account
for its response to the report on Tees Valley Inclusion Project's super-complaint, published in December 2022.
At the Police, Fire and Crime Panel's July meeting, she reported as follows.</p>
<h2>Sexual abuse policy and the risk of honour-based abuse</h2>
<p>GMP has rewritten its rape and serious sexual offences policy so that every investigation now considers the risk
of honour-based abuse. The revised policy was published to officers in May 2023. The Deputy Mayor has seen the
policy and is satisfied this recommendation has been met in full.</p>
<h2>Cultural awareness</h2>
<p>GMP's community engagement team is producing information packs on the cultures and faiths of Greater Manchester's
communities with local groups. Packs for four communities are finished; eight more are planned. The independent
advisory group is being refreshed to better reflect the city region's demographics. This work continues and the
Deputy Mayor will review it again in January.</p>
<h2>Recording ethnicity data</h2>
<p>The recommendation to the National Police Chiefs' Council on data standards is for the NPCC.</p>
<h2>Commissioning</h2>
<p>The Deputy Mayor is also reviewing how victims' services are commissioned so that consultation reaches all
communities, as the report asks of commissioners.</p>
""",
))

DOCS.append(Doc(
    name="hba-npcc-progress",
    formats=["pdf", "docx"],
    super_complaint="honour-based-abuse",
    authors=["npcc"],
    date=["2024-03-25", "2024-03"],
    responses={
        "1": {"progress": ["in_progress"]},
        "2": {"progress": ["in_progress"]},
        "3": {"progress": ["complete"]},
    },
    classes=["national_progress_report", "aggregate_counts", "percentages", "pdf_cover", "running_header",
             "parts_as_bullets", "report_date_not_date"],
    style=Style(pdf_cover="<h1>National Police Chiefs' Council</h1><h2>Honour-based abuse super-complaint: progress "
                          "of forces against the recommendations</h2><p>March 2024</p>",
                pdf_header="NPCC - Honour-based abuse super-complaint progress", pdf_ruled=True,
                docx_headings="styles"),
    body="""
<h1>Progress report: recommendations of the Tees Valley Inclusion Project super-complaint</h1>
<p>Date of report: 25 March 2024<br>Author: NPCC lead for honour-based abuse, forced marriage and female genital
mutilation</p>
<h2>Introduction</h2>
<p>The report published on 16 December 2022 made three recommendations for policing which the NPCC is tracking. We
asked all 43 forces and British Transport Police for their progress in February 2024; 41 replied.</p>
<h2>Recommendation 1: the risk of honour-based abuse</h2>
<p><em>We recommend that chief constables update their forces' sexual abuse policies to include the risk of
honour-based abuse.</em></p>
<p>35 of the 41 forces (85%) have updated their policies. The remaining six expect to finish by September 2024.</p>
<h2>Recommendation 2: cultural awareness</h2>
<table>
<tr><th>Element</th><th>Forces reporting it in place</th></tr>
<tr><td>Officers and staff aware of the demographics of communities they police</td><td>30 of 41</td></tr>
<tr><td>Independent advisory groups reflect those demographics</td><td>22 of 41</td></tr>
<tr><td>Up-to-date information on culture and religion prepared with communities</td><td>17 of 41</td></tr>
<tr><td>Investigations consider cultural factors</td><td>33 of 41</td></tr>
</table>
<p>Progress is slower on the community information packs; the NPCC will share good practice from three forces.</p>
<h2>Recommendation 3: consideration of findings</h2>
<p>The NPCC data standards review took the super-complaint's findings into account: the revised ethnicity recording
standard, agreed by Chief Constables' Council in January 2024, includes the changes the report sought. This
recommendation is complete.</p>
""",
))

DOCS.append(Doc(
    name="hba-cleveland-tracker",
    formats=["markdown"],
    super_complaint="honour-based-abuse",
    authors=["cleveland-police"],
    date=["2023-08-14"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["in_progress"]},
    },
    absent=["3"],
    classes=["tracker_rag", "dd_mm_yyyy_date", "parts_rows", "not_for_forces_row", "bau_complete"],
    style=Style(),
    body="""
<h1>Cleveland Police - HBA super-complaint recommendations tracker</h1>
<p>Last updated: 14/08/2023 | Owner: Head of Safeguarding | Governance: Vulnerability and Safeguarding Board</p>
<table>
<tr><th>Rec</th><th>Part</th><th>Action</th><th>RAG</th><th>Update</th></tr>
<tr><td>1</td><td>-</td><td>Add HBA risk to the sexual offences policy</td><td>GREEN</td><td>Policy amended 02/03/2023.
BAU.</td></tr>
<tr><td>2</td><td>2a</td><td>Demographic briefings for officers</td><td>GREEN</td><td>Delivered on all district
briefings.</td></tr>
<tr><td>2</td><td>2b</td><td>IAG membership to reflect demographics</td><td>AMBER</td><td>Recruitment drive with
Middlesbrough and Stockton community groups.</td></tr>
<tr><td>2</td><td>2c</td><td>Culture and religion information with communities</td><td>RED</td><td>Not yet started;
awaiting partner capacity.</td></tr>
<tr><td>2</td><td>2d</td><td>Investigation plans to consider cultural factors</td><td>GREEN</td><td>Added to the
investigation plan template.</td></tr>
<tr><td>3</td><td>-</td><td>Ethnicity data standards</td><td>N/A</td><td>NPCC recommendation - not for forces.</td></tr>
</table>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# Section 60 and community scrutiny of stop and search (report 15 December 2023)
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="sas-bedfordshire-pcc",
    formats=["html"],
    super_complaint="stop-and-search",
    authors=["bedfordshire-pcc"],
    date=["2024-02-07", "2024-02"],
    responses={
        "8": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    classes=["s29a_page", "part_done", "pcc_furniture", "report_date_not_date", "future_date_not_date",
             "recommendations_to_forces_mentioned"],
    style=Style(site="pcc", site_name="Bedfordshire Police and Crime Commissioner",
                page_title="Response to the stop and search super-complaint | Bedfordshire PCC",
                mega_menu=["Your Commissioner", "Police and Crime Plan", "Scrutiny", "Funding", "Victims",
                           "Publications", "Get involved"],
                related=["Stop and search scrutiny panel", "Independent custody visitors"],
                page_dates="<p>Published: 7 February 2024</p>"),
    body="""
<h1>Commissioner's response: super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>On 15 December 2023 HMICFRS, the College of Policing and the IOPC published their report on the Criminal Justice
Alliance's super-complaint. Of its ten recommendations, one is addressed to police and crime commissioners:
recommendation 8, on independent community scrutiny of stop and search. The recommendations to chief constables will
be answered by Bedfordshire Police.</p>
<h2>My response to recommendation 8</h2>
<p>I accept this recommendation. Bedfordshire already has an independent stop and search scrutiny panel, which my
office funds and which reviews body-worn video every month. Some of what the report asks is therefore already done.
But the panel's members are not yet representative of the communities most affected by stop and search, and it has
never scrutinised a section 60 authorisation. I have asked my office to recruit new members with Luton's community
organisations, to arrange training for all members, and to agree with the Chief Constable that every section 60
authorisation is reviewed by the panel. I expect these changes to be in place by September 2024.</p>
<p>Police and Crime Commissioner for Bedfordshire</p>
""",
))

DOCS.append(Doc(
    name="sas-notts-foi",
    formats=["text", "docx"],
    super_complaint="stop-and-search",
    authors=["nottinghamshire-police"],
    date=["2024-10-02"],
    responses={
        "1": {"progress": ["complete"]},
        "2": {"progress": ["complete"]},
        "3": {"progress": ["complete"]},
        "4": {"progress": ["in_progress"]},
        "5": {"progress": ["in_progress"]},
        "6": {"progress": ["awaiting_national"]},
    },
    absent=["8"],
    classes=["foi_reply", "grouped_answers", "range_of_recommendations", "awaiting_college", "request_date_not_date",
             "report_date_not_date"],
    style=Style(wrap=84, docx_headings="bold", docx_footer="Information Management, Nottinghamshire Police"),
    body="""
<h1>Freedom of Information Request 004512/24</h1>
<p>Date of response: 2 October 2024<br>Date request received: 6 September 2024</p>
<h2>Request</h2>
<p>Please tell me what Nottinghamshire Police has done about each of the recommendations made to chief constables in
the report on the Criminal Justice Alliance's stop and search super-complaint (December 2023).</p>
<h2>Response</h2>
<p>Nottinghamshire Police can confirm that it holds the information you requested. The force accepted all six
recommendations made to chief constables.</p>
<p>Recommendations 1, 2 and 3, which concern the authorisation and communication of section 60 orders, have been
implemented: the force's section 60 policy was rewritten in May 2024 and every authorisation since then has been
signed off by an assistant chief constable and published on the force website within 24 hours.</p>
<p>Recommendations 4 and 5 are being progressed through the Stop and Search Board. Body-worn video review of searches
has started in two of the four areas, and the data dashboard is being built.</p>
<p>Recommendation 6 cannot be completed until the College of Policing publishes the revised authorised professional
practice on stop and search, which it expects to do next year.</p>
<p>Recommendation 8 is for the Police and Crime Commissioner, and you may wish to contact the Commissioner's office
directly.</p>
<p>If you are dissatisfied with this response you may ask for an internal review within 40 working days.</p>
""",
))

DOCS.append(Doc(
    name="sas-homeoffice-response",
    formats=["pdf"],
    super_complaint="stop-and-search",
    authors=["home-office"],
    date=["2024-05"],
    responses={
        "9": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["10"],
    classes=["government_response", "month_only_date", "pdf_unruled_table", "summary_table_and_narrative",
             "future_date_not_date", "report_date_not_date"],
    style=Style(pdf_ruled=False, pdf_header="Home Office", pdf_footer="Crown copyright 2024"),
    body="""
<h1>Government response to the super-complaint report on section 60 and community scrutiny of stop and search</h1>
<p>May 2024</p>
<h2>Introduction</h2>
<p>The report of 15 December 2023 made ten recommendations. This response covers the recommendation made to the Home
Office. The other recommendations are for chief constables, commissioners, the NPCC and the APCC.</p>
<table>
<tr><th>Recommendation</th><th>Addressee</th><th>Home Office position</th></tr>
<tr><td>9</td><td>Home Office</td><td>Accepted</td></tr>
<tr><td>10</td><td>NPCC</td><td>For the NPCC</td></tr>
</table>
<h2>Recommendation 9</h2>
<p>We accept this recommendation. From the statistical release due in November 2024, the annual <em>Police powers and
procedures</em> statistics will publish section 60 authorisations by force, with their duration and the number of
searches made under each. The changes to the annual data requirement have been agreed with forces and collection
is under way.</p>
<h2>Recommendation 10</h2>
<p>Recommendation 10 is for the NPCC, and the Home Office will support it where asked.</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# More than one report in a document, and a short email
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="multi-norfolk-pcc-report",
    formats=["html", "docx"],
    super_complaint="stalking",
    authors=["norfolk-pcc"],
    date=["2025-04-24", "2025-04"],
    responses={
        "15": {"progress": ["complete"], "position": ["accepted"]},
        "16": {"progress": ["in_progress"]},
    },
    classes=["several_reports_in_one", "number_collision_other_report", "committee_paper", "numbered_paragraphs",
             "pcc_furniture", "deadline_not_date"],
    style=Style(site="pcc", site_name="Norfolk Police and Crime Commissioner",
                page_title="Accountability meeting: super-complaints update | Norfolk PCC",
                docx_headings="styles", page_dates="<p>Meeting date: 24 April 2025</p>"),
    body="""
<h1>Police Accountability Forum, 24 April 2025: super-complaint recommendations update</h1>
<h2>1. Summary</h2>
<p>1.1 This paper updates the Forum on the recommendations to the Commissioner in two super-complaint reports: the
police response to stalking (September 2024) and, for completeness, Safe to share? (December 2020), which the
Commissioner has kept under review.</p>
<h2>2. The police response to stalking</h2>
<p>2.1 Recommendation 15 (specialist services for stalking victims, due by 27 March 2025). The review of commissioned
services was completed in February. From 1 March 2025 the Commissioner's office funds two independent stalking
advocates through the county's domestic abuse partnership. This recommendation is complete.</p>
<p>2.2 Recommendation 16. The joint review with the Chief Constable is under way and will report to this Forum in July.</p>
<h2>3. Safe to share?</h2>
<p>3.1 Recommendation 5 (confidence in reporting among migrant victims): the joint campaign with Norfolk Constabulary
has become business as usual.</p>
<p>3.2 Recommendation 6 (access to specialist victim support): the 2021 assessment was refreshed in January 2025 and
found no gaps.</p>
<h2>4. Recommendation to the Forum</h2>
<p>4.1 To note the update.</p>
""",
))

DOCS.append(Doc(
    name="stk-herts-opcc-email",
    formats=["text"],
    super_complaint="stalking",
    authors=["hertfordshire-pcc"],
    date=["2025-03-26"],
    responses={
        "15": {"progress": ["complete"]},
        "16": {"progress": ["not_started"], "position": ["accepted"]},
    },
    classes=["email", "email_headers", "forwarded_older_message", "deadline_not_date", "history_date"],
    style=Style(wrap=76),
    body="""
<p>From: Policy Officer, Office of the Police and Crime Commissioner for Hertfordshire<br>
To: Super-complaints team, HMICFRS<br>
Sent: Wednesday, 26 March 2025 16:52<br>
Subject: RE: Stalking super-complaint - PCC recommendations 15 and 16</p>
<p>Dear colleagues,</p>
<p>Ahead of tomorrow's deadline, here is the Commissioner's position.</p>
<p>15 - done. The review of stalking services finished in January and the Commissioner has extended the ISAC contract
with our provider to cover the whole county from 1 March.</p>
<p>16 - accepted, but we have not yet started the joint review with the Constabulary; it is scheduled for the
Commissioner's June accountability board.</p>
<p>Kind regards,<br>Policy Officer, OPCC Hertfordshire</p>
<p>-----Original Message-----<br>
From: Super-complaints team, HMICFRS<br>
Sent: 10 February 2025 09:14<br>
Subject: Stalking super-complaint - PCC recommendations 15 and 16</p>
<p>Please let us know by 27 March 2025 where your office has got to with recommendations 15 and 16.</p>
""",
))

# ---------------------------------------------------------------------------------------------------------------
# Two more: a national collation for commissioners, and a force's check-box return to its commissioner
# ---------------------------------------------------------------------------------------------------------------

DOCS.append(Doc(
    name="ppda-apcc-collation",
    formats=["html"],
    super_complaint="police-perpetrated-domestic-abuse",
    authors=["apcc"],
    date=["2023-02-15", "2023-02"],
    responses={
        "3": {"progress": ["in_progress"], "position": ["accepted"]},
    },
    absent=["1"],
    classes=["national_body_for_pcc_class", "aggregate_counts", "subpart_3a", "national_furniture",
             "report_date_not_date", "members_area_page"],
    style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                page_title="PPDA super-complaint: PCC responses | APCC",
                furniture_words=["Home", "About the APCC", "Portfolios", "Member resources", "News", "Contact"],
                page_dates="<p>Posted 15 February 2023 in Member resources</p>"),
    body="""
<h1>Police perpetrated domestic abuse: commissioners' responses to recommendation 3a</h1>
<p>The report on the Centre for Women's Justice's super-complaint (30 June 2022) asks police and crime commissioners,
at recommendation 3a, to consider whether local services are capable of dealing with the specific risks and
vulnerabilities of victims of police perpetrated domestic abuse, and of supporting them through the complaints and
disciplinary system.</p>
<p>The APCC has collated the responses of all 43 PCCs, PFCCs and Deputy Mayors. All of them accept the
recommendation.</p>
<ul>
<li>17 have completed a review of their commissioned services;</li>
<li>21 have a review under way, most due to finish by the summer;</li>
<li>5 will begin theirs when current contracts are renewed.</li>
</ul>
<p>The APCC's victims portfolio leads will update members in the autumn. Chief constables' responses to recommendation
1, coordinated by the NPCC, are not covered here.</p>
""",
))

DOCS.append(Doc(
    name="pm-gloucestershire-return",
    formats=["docx", "pdf"],
    super_complaint="protective-measures",
    authors=["gloucestershire-constabulary"],
    date=["2023-01-17"],
    responses={
        "1": {"progress": ["in_progress"]},
        "3": {"progress": ["complete"]},
        "6": {"progress": ["not_started", "awaiting_national"]},
    },
    classes=["check_boxes", "status_contradicted_by_update", "return_to_pcc_board", "several_dates",
             "report_date_not_date", "deadline_not_date"],
    style=Style(docx_headings="bold", pdf_ruled=True, pdf_header="Gloucestershire Constabulary - OFFICIAL",
                docx_footer="Gloucestershire Constabulary, No. 1 Waterwells, Quedgeley GL2 2AN"),
    body="""
<h1>A duty to protect: force return to the Commissioner's Accountability Board</h1>
<p>Prepared by: Head of Public Protection<br>Board date: 17 January 2023<br>Previous return: 12 October 2022</p>
<p>This return sets out the Constabulary's progress against the recommendations for chief constables in the report
of 24 August 2021.</p>
<table>
<tr><th>Recommendation</th><th>Status</th><th>Commentary</th></tr>
<tr><td>1 - Released under investigation</td><td>&#9746; Complete &#9744; In progress &#9744; Not started</td><td>The
RUI review process is in place for domestic abuse cases. Extending it to stalking and sexual offences cases is still
being worked on and will not finish before April 2023.</td></tr>
<tr><td>3 - Officers' understanding of protective measures</td><td>&#9746; Complete &#9744; In progress &#9744; Not
started</td><td>Protective measures training delivered to 1,140 officers; now part of the standard public
protection course.</td></tr>
<tr><td>6 - Non-molestation order breaches</td><td>&#9744; Complete &#9744; In progress &#9746; Not started</td><td>To
be scoped once the national audit reports.</td></tr>
</table>
<p>Next return due: April 2023.</p>
""",
))
