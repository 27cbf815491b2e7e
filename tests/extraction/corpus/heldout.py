"""The held-out set: documents written before the engine was changed for issue 10, and never tuned on.

Every document is invented for these tests (no published response was copied); each is written the way
forces, commissioners and national bodies write, to exercise the failure classes of issue 10: prose
answering several recommendations, implied status and position, authors named only in a header, a
signature or a speaker's role, dates among other dates, which report from its subject alone, and tables
and forms in every format. Statuses in the gold are what a careful analyst reads; where a reading is
honestly ambiguous the gold lists each acceptable value.

Build with `build.py heldout`; score with the shared scorer (see test_corpus_sets.py).
"""
from build import Doc
from render import Style

S2S_1 = ("As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or doubts "
         "about a victim's immigration status, we recommend that they immediately stop sharing information on "
         "domestic abuse victims with Immigration Enforcement.")
S2S_4 = ("With reference to recommendation 1, and in consultation/collaboration with local or national specialist "
         "organisations, chief constables should take steps to ensure that all migrant victims and witnesses of crime "
         "are effectively supported through safe reporting pathways to the police and other statutory agencies.")
S2S_5 = ("With reference to recommendation 1, pending the developments outlined in other recommendations, and in "
         "consultation/collaboration with local or national specialist organisations, chief constables and police and "
         "crime commissioners should take steps, through the appropriate channels, to promote migrant victims' and "
         "witnesses' confidence in reporting crimes to the police through safe reporting pathways, without fear of "
         "prioritised immigration control.")
S2S_6 = ("Conduct an assessment of local access to specialist victim support organisations or networks and take any "
         "necessary steps to build up such networks.")
ST_7 = ("By 27 March 2025, where required, seek changes to their crime recording systems to enable staff and officers "
        "to document and search for crimes not recorded as the principal crime, as included classifications on crime "
        "records.")
ST_15 = ("By 27 March 2025, review whether the right specialist services have been commissioned to support stalking "
         "victims in their area, including provision of trained independent stalking advocate caseworkers (ISACs).")
HBA_1 = ("We found forces generally only include the risk of honour-based abuse in their domestic abuse policies, so we "
         "recommend that chief constables update their forces' sexual abuse policies to include the risk of "
         "honour-based abuse.")
PPDA_3A = ("PCCs considering whether local services are capable of dealing with the specific risks and vulnerabilities "
           "of PPDA victims and supporting them when engaging with the police complaints and disciplinary system")

DOCS = [
    # ---------------------------------------------------------------- safe to share
    Doc("s2s-durham-web", ["html", "pdf", "markdown"], super_complaint="safe-to-share", authors=["durham-constabulary"],
        date=["2022-02-14"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
        absent=["2", "3", "6", "7", "8"], classes=["prose-several", "implied-status", "author-in-header"],
        style=Style(site="force", site_name="Durham Constabulary",
                    page_title="Police super-complaint: policing and immigration status | Durham Constabulary"),
        body="""
<h1>Police super-complaint: policing and immigration status</h1>
<p>Last updated: 14 February 2022</p>
<p>In December 2020 the inspectorate, the College of Policing and the Independent Office for Police Conduct
published their report on the super-complaint made by Liberty and Southall Black Sisters about the police sharing
information on victims and witnesses with immigration enforcement. Three of its eight recommendations are for chief
constables. This page explains what Durham Constabulary has done about them.</p>
<h2>What we have done</h2>
<p>Recommendations 1, 4 and 5 are addressed to chief constables. On the first of these, officers and staff were told
in February 2021 that where they only have doubts about a domestic abuse victim's immigration status they must not
pass the victim's details to Immigration Enforcement, and must instead put the victim in touch with an independent
adviser. Our domestic abuse policy was rewritten to say so, and a dip sample of 120 cases in the autumn found no
referrals. We regard that work as finished.</p>
<p>Recommendation 4 asks forces to build safe reporting pathways with specialist organisations. We have met the
Angelou Centre and Harbour, and a draft pathway is being tested with them on the Durham and Darlington
domestic abuse teams. It will be taken to our Vulnerability Board in April.</p>
<p>Turning to recommendation 5, we want migrant victims to be confident that they can report crime to us. We shall
wait for the Home Office's conclusions on data sharing before we publish anything that describes what happens to
their information, so that what we tell communities is accurate.</p>
<h2>Contact us about this page</h2>
<p>If you have a question about this page, please email the Safeguarding Hub. We aim to reply within ten working
days.</p>
"""),
    Doc("s2s-leicestershire-pcc-letter", ["docx", "pdf"], super_complaint="safe-to-share",
        authors=["leicestershire-pcc"], date=["2021-06-22"], responses={"5": ["in_progress"], "6": ["complete"]},
        absent=["1", "2", "3", "4", "7"], optional=["8"], classes=["ordinal-references", "letter", "author-signature"],
        style=Style(docx_letterhead_in_header=True, pdf_ruled=False),
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland<br>
Force Headquarters, St Johns, Enderby, Leicester LE19 2BX</div>
<p>Our ref: OPCC/HMI/0621</p>
<p>22 June 2021</p>
<p>Matt Parr CB<br>HM Inspector of Constabulary<br>HMICFRS</p>
<p>Dear Mr Parr,</p>
<p><strong>Safe to share? Police data sharing and immigration status</strong></p>
<p>Thank you for the report on the super-complaint by Liberty and Southall Black Sisters. I welcome its findings, and
this letter gives my response to the recommendations addressed to police and crime commissioners, as the report
asks.</p>
<p>Of the two recommendations for commissioners, the first asks us, with chief constables, to promote migrant
victims' confidence in reporting crime. I have agreed with the Chief Constable that our joint victims'
communications plan for 2021-22 will include material in community languages, and this is being prepared with local
migrant support groups.</p>
<p>The second asks each commissioner to assess local access to specialist victim support organisations. My office
completed that assessment in May 2021. It found good provision in the city but gaps in the county, and I have since
funded an additional caseworker at the Zinthiya Trust to cover them.</p>
<p>The recommendations for chief constables will be answered by Leicestershire Police, whose response I have seen and
support.</p>
<p>Yours sincerely,</p>
<p>Rupert Matthews<br>Police and Crime Commissioner for Leicester, Leicestershire and Rutland</p>
"""),
    Doc("s2s-west-mercia-rag", ["markdown", "docx"], super_complaint="safe-to-share", authors=["west-mercia-police"],
        date=["2021-11-30"], responses={"1": ["complete"], "4": ["in_progress"],
                                        "5": ["awaiting_national", "in_progress"]},
        absent=["2", "3", "6", "7"], optional=["8"], classes=["table", "rag-status", "dates-among-dates"],
        style=Style(docx_headings="bold"),
        body="""
<h1>West Mercia Police: Safe to share? progress update</h1>
<p>Position as at 30 November 2021</p>
<p>This update responds to the letter of 24 November 2021 from HMICFRS, the College of Policing and the IOPC asking
chief constables for an update on recommendations 1, 4 and 5 of the report on policing and immigration status.</p>
<table>
<tr><th>Rec</th><th>What we have done</th><th>RAG</th></tr>
<tr><td>1</td><td>Interim instruction issued to all officers in January 2021; domestic abuse policy amended; compliance
checked monthly by the Public Protection Unit since March.</td><td>Green</td></tr>
<tr><td>4</td><td>Pathway mapping with specialist organisations under way; a referral route to a third-party advocate is
live in Worcester and is being extended across Herefordshire, Shropshire and Telford.</td><td>Amber</td></tr>
<tr><td>5</td><td>Community engagement plan drafted; publication held until the Home Office review of data sharing
reports, so that it describes the national position correctly.</td><td>Amber</td></tr>
</table>
<p>Assistant Chief Constable, Protecting Vulnerable People</p>
"""),
    Doc("s2s-met-mopac-joint", ["text", "pdf"], super_complaint="safe-to-share",
        authors=["metropolitan-police-service", "london-mayor"], date=["2021-07-09"],
        responses={"1": {"progress": ["complete"], "position": ["accepted"]},
                   "4": {"progress": ["in_progress"], "position": ["accepted"]},
                   "5": {"progress": ["awaiting_national"], "position": ["partially_accepted"]},
                   "6": {"progress": ["complete"]}},
        absent=["2", "3", "7"], optional=["8"], classes=["joint", "section-per-author", "explicit-position"],
        style=Style(wrap=86, upper_h1=True, pdf_ruled=False),
        body="""
<h1>Joint response of the Mayor's Office for Policing and Crime and the Metropolitan Police Service to the
Safe to share? super-complaint report</h1>
<p>Date of response: 9 July 2021</p>
<h2>Introduction</h2>
<p>The Metropolitan Police Service (MPS) and the Mayor's Office for Policing and Crime (MOPAC) welcome the report of
HMICFRS, the College of Policing and the IOPC. London is home to more migrant victims of crime than anywhere else in
England and Wales, and both organisations have answered the recommendations addressed to them below.</p>
<h2>The Commissioner's response: recommendations to chief constables</h2>
<h3>Recommendation 1</h3>
<p>The MPS accepts this recommendation. A Special Notice was issued to all officers on 26 January 2021 setting out
that information about domestic abuse victims whose immigration status is merely uncertain must not be shared with
Immigration Enforcement. Training material was updated in March. The recommendation has been implemented.</p>
<h3>Recommendation 4</h3>
<p>Accepted. The MPS is working with the Latin American Women's Rights Service and Kalayaan on pathways through
which victims can report to a trusted third party. Work continues and we expect to launch the pathway in the
autumn.</p>
<h3>Recommendation 5</h3>
<p>Accepted in part. The MPS supports the aim but is awaiting national guidance from the NPCC on what forces may say
publicly about information sharing, and will publish its community messages once that guidance is issued.</p>
<h2>MOPAC's response: recommendation to police and crime commissioners</h2>
<h3>Recommendation 6</h3>
<p>MOPAC commissioned a review of specialist support for migrant victims in London, which reported in March 2021. In
response we have increased funding for the London Survivor Gateway and for two by-and-for services. We consider this
recommendation complete.</p>
<p>Deputy Mayor for Policing and Crime</p>
<p>Acting Commissioner of Police of the Metropolis</p>
"""),
    Doc("s2s-npcc-lead-letter", ["pdf", "text"], super_complaint="safe-to-share", authors=["npcc"],
        date=["2021-12-08"], responses={"3": ["in_progress"]}, absent=["1", "4", "5", "2"],
        classes=["national-author", "speaker-role", "author-signature"], style=Style(pdf_ruled=False, wrap=80),
        body="""
<div class="letterhead">National Police Chiefs' Council<br>1st Floor, 10 Victoria Street, London SW1H 0NN</div>
<p>8 December 2021</p>
<p>Sir Thomas Winsor<br>HM Chief Inspector of Constabulary</p>
<p>Dear Sir Thomas,</p>
<p><strong>Safe to share? Recommendation 3: a safeguarding protocol for migrant victims and witnesses</strong></p>
<p>I write as the national lead for migrant victims to update you on recommendation 3, which the report addresses
jointly to the Home Office and to us.</p>
<p>A draft protocol has been written with Home Office officials. Consultation with specialist organisations closes in
January, and the protocol will then go to Chief Constables' Council in April 2022 for agreement. I will write again
when it has been agreed.</p>
<p>Recommendations 1, 4 and 5 are for individual chief constables, and forces are answering them directly; I have not
repeated their answers here.</p>
<p>Yours sincerely,</p>
<p>Deputy Chief Constable Jane Wright<br>NPCC Lead for Migrant Victims<br>Derbyshire Constabulary</p>
"""),
    Doc("s2s-home-office-govuk", ["html", "text"], super_complaint="safe-to-share", authors=["home-office"],
        date=["2021-12-15"],
        responses={"2": {"progress": ["complete"], "position": ["partially_accepted", "not_accepted"]},
                   "3": ["in_progress"], "7": ["in_progress"]},
        absent=["1", "4", "5", "6"], classes=["national-author", "govuk-page", "implied-position"],
        style=Style(site="govuk", page_title="Home Office response to the Safe to share? report - GOV.UK"),
        body="""
<p>Policy paper</p>
<h1>Home Office response to the super-complaint report on policing and immigration status</h1>
<p>Published 15 December 2021</p>
<p>From: Home Office</p>
<h2>Introduction</h2>
<p>The Home Office has considered the recommendations made to it in the report by HMICFRS, the College of Policing
and the IOPC on the super-complaint by Liberty and Southall Black Sisters.</p>
<h2>Recommendation 2</h2>
<p>We have completed the review of the legal framework and policy for migrant victims and witnesses, and its findings
are published today alongside this response. We do not agree that a complete firewall between the police and
Immigration Enforcement is the right approach; the review proposes an immigration enforcement migrant victims
protocol instead.</p>
<h2>Recommendation 3</h2>
<p>We are developing the protocol with the National Police Chiefs' Council. A draft has been shared with specialist
organisations, and we expect it to be in place by the end of 2022.</p>
<h2>Recommendation 7</h2>
<p>Work to improve the guidance given to Immigration Enforcement staff who receive information from the police is
continuing, and the revised guidance will be issued with the protocol.</p>
"""),
    Doc("s2s-dyfed-powys-bilingual", ["html"], super_complaint="safe-to-share",
        authors=["dyfed-powys-police"], date=["2021-06"], responses={"1": ["complete"], "4": ["not_started"],
                                                                      "5": ["not_started", "awaiting_national"]},
        absent=["6"], optional=["8"], classes=["welsh", "month-date", "implied-status"],
        style=Style(site="force", site_name="Heddlu Dyfed-Powys Police",
                    page_title="Ymateb i'r uwch-gwyn / Response to the super-complaint | Heddlu Dyfed-Powys Police",
                    furniture_words=["Cymraeg", "Home", "Report", "Contact us"]),
        body="""
<h1>Heddlu Dyfed-Powys Police response to the Safe to share? report</h1>
<p>June 2021</p>
<p>This is the response of Heddlu Dyfed-Powys Police to the recommendations made to chief constables in the report on
the super-complaint by Liberty and Southall Black Sisters. Mae'r ymateb hwn ar gael yn Gymraeg.</p>
<h2>Recommendation 1</h2>
<p>Our instruction to officers was changed in March 2021. Officers no longer pass on information about victims of
domestic abuse where they only have doubts about immigration status, and the change has been checked by our
Professional Standards Department.</p>
<h2>Recommendation 4</h2>
<p>We have not yet begun work on a safe reporting pathway. We plan to start in September 2021, once the new
Vulnerability Co-ordinator is in post.</p>
<h2>Recommendation 5</h2>
<p>Community engagement on this subject has not started. It will be planned with the Commissioner's office once the
national approach is clearer.</p>
<h2>Recommendation 6</h2>
<p>This recommendation is for the Police and Crime Commissioner, who will reply separately.</p>
"""),
    Doc("s2s-renumbered-letter", ["text"], super_complaint="safe-to-share", authors=["cleveland-police"],
        date=["2021-06-28"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        absent=["2", "3", "6", "7"], classes=["renumbered", "letter", "quoted-text"], style=Style(wrap=90),
        body=f"""
<div class="letterhead">Cleveland Police<br>Ash House, III Acres, Princeton Drive, Thornaby TS17 6AJ</div>
<p>28 June 2021</p>
<p>Dear Mr Parr,</p>
<p>Response to the super-complaint report on policing and immigration status</p>
<p>The report makes three recommendations to chief constables. For ease of reference we have numbered them 1 to 3
below, in the order they appear in the report, and quoted each before our answer.</p>
<h3>Our recommendation 1</h3>
<p>"{S2S_1}"</p>
<p>Done. Cleveland Police changed its information-sharing procedure on 1 February 2021, and every referral to
Immigration Enforcement since has been reviewed by a detective inspector.</p>
<h3>Our recommendation 2</h3>
<p>"{S2S_4}"</p>
<p>We are working with Halo Project and My Sisters Place to design a pathway; a first version is expected in
September.</p>
<h3>Our recommendation 3</h3>
<p>"{S2S_5}"</p>
<p>Our communications team is preparing a campaign for migrant communities with the Commissioner's office, to run in
the autumn.</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
"""),
    # ---------------------------------------------------------------- protective measures
    Doc("pm-npcc-table", ["docx", "html", "markdown"], super_complaint="protective-measures", authors=["npcc"],
        date=["2022-06-07", "2022-06"],
        responses={"1": {"progress": ["in_progress"], "position": ["accepted"]},
                   "4": {"progress": ["complete"], "position": ["accepted"]},
                   "6": {"progress": ["in_progress"], "position": ["accepted"]},
                   "9": {"progress": ["awaiting_national"], "position": ["accepted"]}},
        classes=["national-author", "table", "explicit-position"],
        style=Style(site="govuk", page_title="National Police Chiefs' Council (NPCC) response to recommendations - GOV.UK"),
        body="""
<h1>National Police Chiefs' Council (NPCC) response to recommendations</h1>
<p>Published 7 June 2022</p>
<p>A duty to protect: police use of protective measures in cases involving violence against women and girls made a
total of 15 recommendations, of which several directly require a response from chief constables and the NPCC. This
response is made on behalf of chief constables.</p>
<table>
<tr><th>Recommendation</th><th>NPCC response</th></tr>
<tr><td>Recommendation 1 (released under investigation)</td><td>Accepted. The NPCC lead for bail has issued a revised
framework for managing released under investigation cases, and forces are adopting it; implementation is being
tracked through regional bail leads.</td></tr>
<tr><td>Recommendation 4 (domestic violence protection notices)</td><td>Accepted. The authorised professional practice
on domestic violence protection orders has been revised with the College of Policing and was published in March
2022. Complete.</td></tr>
<tr><td>Recommendation 6 (training)</td><td>Accepted. A national training product on protective measures is being
developed and will be available to forces from the autumn.</td></tr>
<tr><td>Recommendation 9 (bail conditions)</td><td>Accepted. Action depends on the outcome of the Home Office review of
pre-charge bail legislation; the NPCC will issue guidance once the review has concluded.</td></tr>
</table>
"""),
    Doc("pm-lancashire-update", ["text", "markdown"], super_complaint="protective-measures", authors=["lancashire-constabulary"],
        date=["2022-03-31"], responses={"2": ["complete"], "5": ["in_progress"], "11": ["not_started"]},
        classes=["as-at-date", "one-word-status", "keywords-only"], style=Style(wrap=78),
        body="""
<p>LANCASHIRE CONSTABULARY</p>
<p>Protective measures super-complaint: update to the Office of the Police and Crime Commissioner</p>
<p>Position as at 31 March 2022</p>
<p>This paper updates the Commissioner on our work following the report on the police use of protective measures
(pre-charge bail, domestic violence protection notices and orders, non-molestation orders and restraining orders)
in cases of violence against women and girls, published in August 2021.</p>
<h3>Recommendation 2</h3>
<p>Every domestic abuse release under investigation is now reviewed by a sergeant within 28 days. Status:
complete.</p>
<h3>Recommendation 5</h3>
<p>A DVPO tracker has been built and is being tested in the Eastern division before being used force-wide.</p>
<h3>Recommendation 11</h3>
<p>Work on non-molestation order notifications has not begun; it needs a change to the court notification process
that we expect to discuss with HM Courts and Tribunals Service in the summer.</p>
<p>Detective Chief Superintendent, Head of Public Protection</p>
"""),
    Doc("pm-home-office-bail-letter", ["pdf"], super_complaint="protective-measures", authors=["home-office"],
        date=["2022-03-30"], responses={"12": {"progress": ["in_progress"], "position": ["accepted"]},
                                        "13": {"progress": ["in_progress", "not_started"],
                                               "position": ["partially_accepted"]}},
        classes=["national-author", "letter", "implied-position"], style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Home Office<br>2 Marsham Street, London SW1P 4DF</div>
<p>30 March 2022</p>
<p>Dear Sir Thomas,</p>
<p><strong>A duty to protect: pre-charge bail and domestic abuse</strong></p>
<p>I am writing in response to the recommendations of the super-complaint report on the police use of protective
measures in cases involving violence against women and girls that fall to the Home Office.</p>
<p>Recommendation 12 asked us to intensify our consideration of a bespoke offence of breaching pre-charge bail. We
accept this recommendation, and officials are now working with the Ministry of Justice on the options, which will be
set out in a consultation later this year.</p>
<p>On recommendation 13, we agree that the police should be told more reliably about non-molestation orders, but we
do not think a new statutory duty is needed. We will look instead at how court data can be shared with forces, and
that work will start once the Police and Crime Bill has completed its passage.</p>
<p>Yours sincerely,</p>
<p>Minister of State for Crime and Policing</p>
"""),
    Doc("pm-form-fragments", ["docx"], super_complaint="protective-measures", authors=["norfolk-constabulary"],
        date=["2022-05-16"], responses={"3": ["complete"], "7": ["in_progress"]},
        classes=["form", "html-fragments-in-cells", "table"],
        body="""
<p><strong>Norfolk Constabulary: recommendation response form</strong></p>
<p>Report: A duty to protect (police use of protective measures in cases involving violence against women and girls)</p>
<table>
<tr><td>Recommendation number</td><td>3</td></tr>
<tr><td>Response</td><td>&lt;p&gt;All domestic abuse suspects released under investigation are reviewed at the daily
management meeting.&lt;/p&gt;&lt;p&gt;This has been &lt;strong&gt;fully implemented&lt;/strong&gt;.&lt;/p&gt;</td></tr>
<tr><td>Date completed</td><td>16/05/2022</td></tr>
</table>
<table>
<tr><td>Recommendation number</td><td>7</td></tr>
<tr><td>Response</td><td>&lt;p&gt;Training on non-molestation orders is being rolled out to response
officers.&lt;br&gt;Two of five training days have taken place.&lt;/p&gt;</td></tr>
<tr><td>Date completed</td><td>Not yet</td></tr>
</table>
<p>Form completed by: Public Protection Unit, 16 May 2022</p>
"""),
    # ---------------------------------------------------------------- modern slavery
    Doc("ms-warwickshire-pcc", ["html", "markdown"], super_complaint="modern-slavery", authors=["warwickshire-pcc"],
        date=["2021-08-03"], responses={"5": ["in_progress"], "6": ["complete"]}, optional=["1"],
        classes=["pcc-site", "implied-status", "news-date"],
        style=Style(site="pcc", site_name="Warwickshire Police and Crime Commissioner",
                    page_title="Response to the super-complaint on the police response to victims of modern slavery"),
        body="""
<h1>Response to the super-complaint on the police response to victims of modern slavery</h1>
<p>Posted on 3 August 2021 by the Office of the Police and Crime Commissioner</p>
<p>The Police and Crime Commissioner for Warwickshire has responded to the report by HMICFRS, the College of Policing
and the IOPC on Hestia's super-complaint, which found that victims of modern slavery and human trafficking are too
often let down by the police response.</p>
<h2>Recommendation 1: to the Home Office</h2>
<p>This recommendation is for the Home Office. The Commissioner supports it and has written to the Minister to say
so.</p>
<h2>Recommendation 5: to police and crime commissioners and chief constables</h2>
<p>The Commissioner and the Chief Constable are reviewing, with the Warwickshire Modern Slavery Partnership, what
support victims need after a National Referral Mechanism referral. The review began in July and will report to the
Police and Crime Panel in November.</p>
<h2>Recommendation 6: to police and crime commissioners</h2>
<p>The Commissioner has already funded a specialist modern slavery caseworker at Warwickshire Victim Support, who took
up post in June 2021; no further action is needed.</p>
"""),
    Doc("ms-force-ruled-table", ["pdf"], super_complaint="modern-slavery", authors=["humberside-police"],
        date=["2022-01-20"], responses={"2": ["complete"], "3": ["in_progress"], "4": ["awaiting_national"]},
        classes=["pdf-table", "status-column", "keywords-only"], style=Style(pdf_ruled=True,
                                                                           pdf_header="Humberside Police - OFFICIAL"),
        body="""
<h1>Humberside Police</h1>
<h2>Modern slavery super-complaint: action tracker</h2>
<p>Report date: 20 January 2022</p>
<p>Following the report on Hestia's super-complaint on the police response to victims of modern slavery and human
trafficking, the force has recorded its actions against the recommendations for chief constables below.</p>
<table>
<tr><th>No.</th><th>Recommendation (summary)</th><th>Action taken</th><th>Lead</th><th>Status</th></tr>
<tr><td>2</td><td>Staff have access to training and specialist knowledge</td><td>All detectives completed the
College modern slavery module by December 2021.</td><td>Head of Crime</td><td>Complete</td></tr>
<tr><td>3</td><td>Investigations allocated to skilled teams</td><td>A dedicated modern slavery team was formed in
October; allocation policy being rewritten.</td><td>DCI Exploitation</td><td>In progress</td></tr>
<tr><td>4</td><td>Understanding the support victims need</td><td>Waiting for the revised national authorised
professional practice before we change our victim support policy.</td><td>DCI Exploitation</td><td>On hold</td></tr>
</table>
"""),
    Doc("ms-npcc-statement", ["html"], super_complaint="modern-slavery", authors=["npcc"],
        date=["2021-05-26"], responses={}, classes=["national-author", "news-date", "no-responses"],
        style=Style(site="national", site_name="National Police Chiefs' Council",
                    page_title="NPCC responds to super-complaint report on modern slavery"),
        body="""
<h1>Police chiefs respond to report on victims of modern slavery</h1>
<p>26 May 2021</p>
<p>The national policing lead for modern slavery and organised immigration crime said: "We welcome this report on
Hestia's super-complaint and accept that victims of modern slavery have not always had the response they deserve. We
will work with forces, the Home Office and the Independent Anti-Slavery Commissioner to act on its recommendations."</p>
<p>Notes to editors: the report was published today by HMICFRS, the College of Policing and the Independent Office for
Police Conduct.</p>
<p>Press office: 0800 538 5058</p>
"""),
    # ---------------------------------------------------------------- police perpetrated domestic abuse
    Doc("ppda-surrey-pcc", ["html"], super_complaint="police-perpetrated-domestic-abuse", authors=["surrey-pcc"],
        date=["2022-10-21"], responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}},
        absent=["1", "2"], classes=["part-id", "quoted-text", "news-date"],
        style=Style(site="pcc", site_name="Surrey Police and Crime Commissioner",
                    page_title="Commissioner's response to police super-complaint about police perpetrated domestic abuse"),
        body=f"""
<h1>Commissioner's response to police super-complaint about police perpetrated domestic abuse</h1>
<p>Published: 21 October 2022</p>
<p>In June 2022 HMICFRS, the College of Policing and the IOPC published their investigation into the Centre for
Women's Justice super-complaint on police perpetrated domestic abuse. Recommendations 1 and 2 are for chief
constables; recommendation 3a is for police and crime commissioners. This is the Commissioner's response to it.</p>
<h2>Recommendation 3a</h2>
<p>"PCCs, MoJ and Chief Constables should make sure their provision of domestic abuse support services and guidance is
capable of meeting the specific needs of all non-police and police victims of PPDA. For PCCs, this should include:
{PPDA_3A}."</p>
<p>The Commissioner accepts this recommendation. Her office has asked the services it funds to describe how they
support people abused by a partner who is a police officer or member of staff, and an independent review of that
provision is under way. It will report in the spring of 2023.</p>
"""),
    Doc("ppda-force-letter", ["docx", "text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["wiltshire-police"], date=["2022-12-09"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["in_progress", "not_started"]},
        classes=["part-id", "letter", "bold-headings"], style=Style(docx_headings="bold", wrap=84),
        body="""
<div class="letterhead">Wiltshire Police<br>London Road, Devizes SN10 2DN</div>
<p>9 December 2022</p>
<p>Dear HM Inspector,</p>
<p><strong>Police perpetrated domestic abuse: report on the Centre for Women's Justice super-complaint</strong></p>
<p>I write, as the report asks, to explain how Wiltshire Police has improved its response to allegations of domestic
abuse made against its own officers and staff.</p>
<h2>Recommendation 1</h2>
<p>We audited all 41 live cases and all cases closed in the year to 30 June 2022. Nine were referred again to
Professional Standards as conduct matters. The audit is complete and its findings have gone to the College of
Policing through the NPCC.</p>
<h2>Recommendation 2</h2>
<p>Our Counter Corruption Unit is moving these investigations to a separate team so that no officer investigates a
colleague from their own station; the move will be finished by April 2023.</p>
<h2>Recommendation 3 (c)</h2>
<p>We will review our victim care guidance for police victims of domestic abuse in the new year.</p>
<p>Yours faithfully,</p>
<p>Chief Constable</p>
"""),
    Doc("ppda-moj-letter", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["ministry-of-justice"], date=["2022-08-15"],
        responses={"3": {"progress": ["in_progress"], "position": ["accepted"]}}, absent=["1", "2", "4"],
        classes=["national-author", "part-id", "letter"], style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Ministry of Justice<br>102 Petty France, London SW1H 9AJ</div>
<p>15 August 2022</p>
<p>Dear HM Inspector,</p>
<p><strong>Recommendation 3 (b): guidance for independent domestic violence advisers</strong></p>
<p>Thank you for the report on the Centre for Women's Justice super-complaint. I am pleased to confirm that the
Ministry of Justice accepts recommendation 3 (b).</p>
<p>Our guidance for independent domestic violence advisers is being revised, and the new edition will include a
section on the particular risks faced by victims whose abuser is a police officer, and on the misconduct process.
We aim to publish it early next year.</p>
<p>Yours sincerely,</p>
<p>Parliamentary Under-Secretary of State for Justice</p>
"""),
    Doc("ppda-joint-record", ["markdown", "pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["north-yorkshire-police", "north-yorkshire-mayor"], date=["2023-01"],
        responses={"1": ["complete"], "3": ["complete", "in_progress"]}, absent=["2", "4"],
        classes=["joint", "section-per-author", "month-date"], style=Style(pdf_ruled=True),
        body="""
<h1>Response record: police perpetrated domestic abuse super-complaint</h1>
<p>North Yorkshire Police and the Mayor of York and North Yorkshire</p>
<p>January 2023</p>
<h2>The Chief Constable's response</h2>
<h3>Recommendation 1</h3>
<p>The audit of live and recently closed cases was completed in December 2022 and its results were shared with the
College of Policing. Two cases were reopened.</p>
<h2>The Deputy Mayor for Policing's response</h2>
<h3>Recommendation 3a</h3>
<p>Commissioned domestic abuse services were asked in November whether they could support victims of police
perpetrated abuse. All three confirmed that they can, and their staff have been trained by IDAS. No gaps were
found.</p>
"""),
    # ---------------------------------------------------------------- honour-based abuse
    Doc("hba-npcc-update", ["html", "docx", "text"], super_complaint="honour-based-abuse", authors=["npcc"],
        date=["2024-03-25"], responses={"1": ["in_progress"], "2": ["in_progress"], "3": ["complete"]},
        classes=["national-author", "counts", "titled-headings"],
        style=Style(site="govuk", page_title="Updated NPCC response to TVIP super-complaint - GOV.UK"),
        body=f"""
<h1>Updated NPCC response to the Tees Valley Inclusion Project super-complaint</h1>
<p>Updated 25 March 2024</p>
<p>This update sets out the progress made by forces on the recommendations of the report on how the police respond
to victims of sexual abuse from ethnic minority backgrounds who may be at risk of honour-based abuse.</p>
<h2>Recommendation 1: The risk of honour-based abuse</h2>
<p>"{HBA_1}"</p>
<p>Thirty-eight of the 43 forces have updated their sexual abuse policies; the remaining five expect to do so by the
summer.</p>
<h2>Recommendation 2: Cultural awareness</h2>
<p>Forces are developing community information packs with their independent advisory groups. Most forces report this
work as ongoing.</p>
<h2>Recommendation 3: Consideration of findings</h2>
<p>The NPCC's review of data standards for protected characteristics has taken the super-complaint into account, and
the revised standard was agreed by Chief Constables' Council in January 2024.</p>
"""),
    Doc("hba-deputy-mayor-news", ["html"], super_complaint="honour-based-abuse", authors=["west-yorkshire-mayor"],
        date=["2022-12-19"], responses={}, classes=["speaker-role", "news-date", "subject-only"],
        style=Style(site="news", site_name="West Yorkshire Combined Authority",
                    page_title="Deputy Mayor responds to latest police super-complaint | West Yorkshire Combined Authority"),
        body="""
<h1>Deputy Mayor for Policing and Crime responds to latest police super-complaint</h1>
<p>19 December 2022</p>
<p>West Yorkshire's Deputy Mayor for Policing and Crime has welcomed a report on how police respond to victims of
sexual abuse from ethnic minority backgrounds who may also be at risk of honour-based abuse.</p>
<p>"Victims must be able to trust that they will be understood and protected," she said. "I welcome the
recommendations and we will act on those for commissioners, starting with a review of how we consult communities
before we commission victims' services."</p>
<p>The report was published on 16 December 2022 following a super-complaint by the Tees Valley Inclusion Project.</p>
"""),
    Doc("hba-force-plan", ["pdf", "markdown"], super_complaint="honour-based-abuse", authors=["cleveland-police"],
        date=["2023-03-01"], responses={"1": ["complete"], "2": ["in_progress"]}, absent=["3"],
        classes=["parts-as-rows", "table", "unruled-pdf"], style=Style(pdf_ruled=False),
        body="""
<h1>Cleveland Police action plan: honour-based abuse super-complaint</h1>
<p>Version 2, 1 March 2023</p>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Status</th></tr>
<tr><td>1</td><td>Sexual abuse policy updated to include the risk of honour-based abuse</td><td>Head of Public
Protection</td><td>Complete</td></tr>
<tr><td>2a</td><td>Officers briefed on local community demographics</td><td>Neighbourhood Superintendent</td><td>In
progress</td></tr>
<tr><td>2b</td><td>Independent advisory group membership reviewed</td><td>Diversity and Inclusion Lead</td><td>Complete</td></tr>
<tr><td>2c</td><td>Community information on culture and religion prepared with local groups</td><td>Neighbourhood
Superintendent</td><td>Not started</td></tr>
</table>
<p>Recommendation 3 is for the NPCC.</p>
"""),
    # ---------------------------------------------------------------- stop and search
    Doc("ss-apcc-response", ["html", "pdf"], super_complaint="stop-and-search", authors=["apcc"],
        date=["2024-05-13"], responses={"8": {"progress": ["in_progress"], "position": ["accepted"]}},
        classes=["national-author", "speaker-role", "prose"],
        style=Style(site="national", site_name="Association of Police and Crime Commissioners",
                    page_title="APCC response to the CJA super-complaint | APCC"),
        body="""
<h1>Response to the super-complaint on section 60 and community scrutiny of stop and search</h1>
<p>13 May 2024</p>
<p>The Association of Police and Crime Commissioners has collated the responses of police and crime commissioners to
the recommendation made to them in the report on the Criminal Justice Alliance's super-complaint.</p>
<p>All 43 commissioners have accepted recommendation 8. Most already fund or support independent community scrutiny
panels; commissioners are now reviewing the membership and training of those panels so that they reflect the
communities most affected, and will report on progress through the APCC later this year.</p>
<p>Speaking for the APCC, its joint lead for race disparity, the Police and Crime Commissioner for Northumbria, said:
"Scrutiny by the communities most affected is essential to legitimacy."</p>
"""),
    Doc("ss-essex-web", ["html", "markdown"], super_complaint="stop-and-search", authors=["essex-police"], date=["2024-07-02"],
        responses={"1": ["complete"], "2": ["in_progress"], "3": ["awaiting_national"], "5": ["in_progress"],
                   "6": ["complete"], "7": ["not_started", "in_progress"]},
        classes=["prose-several", "implied-status", "updated-date"],
        style=Style(site="force", site_name="Essex Police",
                    page_title="Police super-complaints response | Essex Police"),
        body="""
<h1>Police super-complaints: our response</h1>
<p>The Criminal Justice Alliance raised a super-complaint about section 60 of the Criminal Justice and Public Order
Act 1994 and the independent community scrutiny of stop and search. The report on it made ten recommendations, six of
them to chief constables.</p>
<h2>Our response</h2>
<p>We have already done what recommendations 1 and 6 ask: every section 60 authorisation is now reviewed by a chief
officer within 24 hours, and body-worn video footage of searches is shown to our community scrutiny panel each
month.</p>
<p>Recommendation 2 asks us to make sure officers understand their responsibility to safeguard children who are
stopped and searched. A new referral form has been introduced and training is being delivered to all response and
neighbourhood officers this year.</p>
<p>On recommendation 3 we will follow the national approach once it is agreed by the National Police Chiefs'
Council.</p>
<p>Recommendation 5 is being taken forward with our Independent Advisory Group.</p>
<p>We will start work on recommendation 7 in the autumn.</p>
<p>Page updated 2 July 2024</p>
"""),
    Doc("ss-pcc-letter", ["text", "docx"], super_complaint="stop-and-search", authors=["gwent-pcc"],
        date=["2024-02-12"], responses={"8": ["in_progress"]}, optional=["9", "10"],
        classes=["mid-paragraph-reference", "welsh", "letter"], style=Style(wrap=88),
        body="""
<div class="letterhead">Swyddfa Comisiynydd Heddlu a Throseddu Gwent<br>Office of the Police and Crime Commissioner
for Gwent</div>
<p>12 February 2024</p>
<p>Dear HM Inspector,</p>
<p>Thank you for your report on the Criminal Justice Alliance super-complaint about suspicion-less stop and search.
I have read it with the Chief Constable, who will reply separately on the recommendations for chief constables.
Turning to recommendation 8, which is for commissioners, my office already funds an independent panel that reviews
a sample of stop and search records every quarter; I have asked it to add section 60 authorisations to its work from
April and to recruit younger members, and both changes are being made now.</p>
<p>Recommendations 9 and 10 are for the Home Office and the College of Policing. I will follow their work closely.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Gwent</p>
"""),
    Doc("ss-news-item", ["html"], super_complaint="stop-and-search", authors=["west-midlands-police"],
        date=["2023-12-18"], responses={}, classes=["news-date", "subject-only", "speaker-role"],
        style=Style(site="news", site_name="West Midlands Police",
                    page_title="Force responds to stop and search report | West Midlands Police"),
        body="""
<h1>Force welcomes report on stop and search scrutiny</h1>
<p>Published: 18 December 2023</p>
<p>West Midlands Police has welcomed a national report on the use of suspicion-less stop and search powers and on how
communities scrutinise the use of stop and search.</p>
<p>Assistant Chief Constable for local policing said: "Stop and search is an important power, but it must be used
fairly. We will look carefully at every recommendation for chief constables and publish our response in the new
year."</p>
"""),
    # ---------------------------------------------------------------- stalking
    Doc("st-action-plan-docx", ["docx", "pdf"], super_complaint="stalking", authors=["suffolk-constabulary"],
        date=["2025-03"], responses={"7": ["in_progress"], "10": ["complete"], "11": ["in_progress"],
                                     "12": ["complete"]},
        classes=["action-plan", "dated-updates", "sub-recommendations"], style=Style(pdf_ruled=True),
        body=f"""
<h1>Suffolk Constabulary stalking super-complaint action plan</h1>
<p>March 2025 update</p>
<table>
<tr><th>Rec</th><th>Recommendation</th><th>Sub</th><th>Owner</th><th>Initial response (November 2024)</th><th>March 2025 update</th></tr>
<tr><td>7</td><td>{ST_7}</td><td>7.1</td><td>Head of Crime Recording</td><td>Supplier asked to add included
classifications to the records system.</td><td>System change scheduled for the June release; interim searches run
weekly.</td></tr>
<tr><td></td><td></td><td>7.2</td><td>Head of Intelligence</td><td>Intelligence reports to be submitted for every
stalking offence.</td><td>In place since January 2025.</td></tr>
<tr><td>10</td><td>By 27 March 2025, review and update their learning and training provision relating to stalking.</td>
<td>10.1</td><td>Learning and Development</td><td>Training needs analysis started.</td><td>New stalking course
delivered to all investigators. Complete.</td></tr>
<tr><td>11</td><td>Appoint a stalking lead and champions.</td><td>11.1</td><td>Detective Superintendent</td><td>Lead
appointed.</td><td>Champions being recruited in every district.</td></tr>
<tr><td>12</td><td>Use stalking protection orders.</td><td>12.1</td><td>Public Protection</td><td>Review of orders
started.</td><td>Review complete; orders now considered in every case.</td></tr>
</table>
"""),
    Doc("st-pcc-isac", ["html", "text"], super_complaint="stalking", authors=["cheshire-pcc"], date=["2024-12-04"],
        responses={"15": {"progress": ["complete"], "position": ["accepted"]}, "16": ["in_progress"]},
        absent=["7", "10"], classes=["pcc-site", "quoted-text", "explicit-position"],
        style=Style(site="pcc", site_name="Cheshire Police and Crime Commissioner",
                    page_title="Commissioner responds to stalking super-complaint report"),
        body=f"""
<h1>Commissioner responds to stalking super-complaint report</h1>
<p>4 December 2024</p>
<p>The Police and Crime Commissioner for Cheshire has responded to the recommendations for commissioners in the
report on the Suzy Lamplugh Trust's super-complaint about the police response to stalking.</p>
<h2>Recommendation 15</h2>
<p>"{ST_15}"</p>
<p>I accept this recommendation. Cheshire already has two independent stalking advocacy caseworkers, funded by my
office since 2022, and a review in October found the service meets demand. No further commissioning is needed.</p>
<h2>Recommendation 16</h2>
<p>The Chief Constable and I are reviewing together how stalking cases move between the police and the services I
fund. That review started in November and will finish by the end of March.</p>
"""),
    Doc("st-cps-letter", ["text", "docx"], super_complaint="stalking", authors=["cps"], date=["2025-01-08"],
        responses={"23": ["in_progress"], "24": ["complete"]}, classes=["national-author", "letter", "implied-status"],
        style=Style(wrap=82),
        body="""
<div class="letterhead">Crown Prosecution Service<br>102 Petty France, London SW1H 9EA</div>
<p>8 January 2025</p>
<p>Dear Sir Andy,</p>
<p><strong>The police response to stalking: the CPS response to recommendations 23 and 24</strong></p>
<p>Recommendation 23. We are revising our legal guidance on stalking and harassment so that prosecutors consider
stalking charges wherever the pattern of behaviour supports them. The revised guidance is with our Legal Services
Board and will be published in the spring.</p>
<p>Recommendation 24. Our joint protocol with the police on stalking was refreshed in November 2024 and every area has
a named stalking lead prosecutor. We regard this recommendation as met.</p>
<p>Yours sincerely,</p>
<p>Director of Legal Services</p>
"""),
    Doc("st-minister-statement", ["html"], super_complaint="stalking", authors=["home-office"],
        date=["2024-12-03"], responses={"2": ["in_progress"], "3": ["in_progress"]},
        classes=["national-author", "govuk-page", "implied-position"],
        style=Style(site="govuk", page_title="Government response to the stalking super-complaint - GOV.UK"),
        body="""
<p>Written statement</p>
<h1>Government response to the super-complaint on the police response to stalking</h1>
<p>Made on 3 December 2024 by the Minister for Safeguarding and Violence Against Women and Girls (Home Office)</p>
<p>The report of HMICFRS, the College of Policing and the IOPC on the Suzy Lamplugh Trust's super-complaint made
recommendations to the Home Office about the law on stalking and about stalking protection orders.</p>
<h2>Recommendation 2</h2>
<p>We agree that the law on stalking is confusing in places. The government will review the stalking legislation,
and its terms of reference will be published next year.</p>
<h2>Recommendation 3</h2>
<p>We will change the statutory guidance on stalking protection orders so that they are simpler for the police to use,
and we are consulting on interim orders now.</p>
"""),
    Doc("st-force-56-day-letter", ["pdf"], super_complaint="stalking", authors=["gloucestershire-constabulary"],
        date=["2024-11-21"], responses={"7": ["in_progress"], "10": ["not_started", "in_progress"]},
        classes=["letter", "prose-several", "plan-with-future-date"], style=Style(pdf_ruled=False),
        body="""
<div class="letterhead">Gloucestershire Constabulary<br>No 1 Waterwells, Quedgeley, Gloucester GL2 2AN</div>
<p>21 November 2024</p>
<p>Dear Assistant Chief Constable,</p>
<p><strong>Stalking super-complaint: our 56-day response</strong></p>
<p>As the report on the Suzy Lamplugh Trust's super-complaint asks, I enclose a link to our action plan. In short:
the force has asked its records system supplier to add included classifications, so that stalking recorded alongside
another crime can be searched for (recommendation 7); until the change is made, analysts will search free text every
week. Our stalking training will be reviewed from January 2025 (recommendation 10).</p>
<p>Yours sincerely,</p>
<p>Chief Constable</p>
"""),
]
