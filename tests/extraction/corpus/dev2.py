"""A second development set: messier documents, written after the first was solved, to widen the rules.

PDF conversions with running headers and numbered paragraphs, accordions on web pages, one-line list
answers, single-letter RAG columns, a commissioner's statutory response with the chief constable's
comments, GOV.UK accessible versions, bold paragraphs as headings, and dates written every way.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("e-s2s-pdf-conversion", ["text"], super_complaint="safe-to-share", authors=["suffolk-constabulary"],
        date=["2021-06-24"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
        absent=["2", "3", "6", "7"], classes=["pdf-conversion", "numbered-paragraphs"], style=Style(wrap=76),
        body="""
<p>OFFICIAL</p>
<p>Suffolk Constabulary</p>
<p>Response to HMICFRS super-complaint report: Safe to share?</p>
<p>24th June 2021</p>
<h3>1. Introduction</h3>
<p>1.1 This paper sets out Suffolk Constabulary's response to the three recommendations made to chief
constables.</p>
<h3>2. Recommendation 1</h3>
<p>2.1 The force issued an instruction to all officers in February 2021. Officers no longer share information
with Immigration Enforcement where they only have doubts about a victim's status.</p>
<p>2.2 The instruction is now part of the domestic abuse policy. This recommendation is closed.</p>
<p>Page 2 of 4</p>
<p>OFFICIAL</p>
<h3>3. Recommendation 4</h3>
<p>3.1 A working group with the Suffolk Refugee Support and local domestic abuse services has been formed to
design a reporting route. It meets monthly and expects to agree the route in October.</p>
<h3>4. Recommendation 5</h3>
<p>4.1 Communications will be designed once the Home Office has concluded its review of data sharing and the
NPCC has issued the national protocol.</p>
<h3>5. Conclusion</h3>
<p>5.1 The force will provide a further update when asked.</p>
"""),
    Doc("e-pm-accordion", ["html"], super_complaint="protective-measures", authors=["gwent-police"],
        date=["2022-06-14"], responses={"2": ["complete"], "6": ["in_progress"], "9": ["not_started"]},
        classes=["accordion", "force-site"],
        style=Style(site="force", site_name="Gwent Police", page_title="Protective measures | Gwent Police"),
        body="""
<h1>Protective measures super-complaint: how we are responding</h1>
<p>Page last updated: 14/06/2022</p>
<p>Select a recommendation to read our response to the report on the police use of protective measures in cases
involving violence against women and girls.</p>
<div class="accordion"><p><strong>Recommendation 2</strong></p><p>Our bail team reviews every domestic abuse
case released under investigation after 28 days. This has been business as usual since January.</p></div>
<div class="accordion"><p><strong>Recommendation 6</strong></p><p>Training on protective measures is being
delivered to response teams, with 60 per cent trained so far.</p></div>
<div class="accordion"><p><strong>Recommendation 9</strong></p><p>This work is due to start in September.</p></div>
"""),
    Doc("e-st-one-line-list", ["markdown", "html"], super_complaint="stalking", authors=["north-wales-police"],
        date=["2025-03-31"], responses={"7": ["in_progress"], "10": ["complete"], "11": ["complete"],
                                        "12": ["awaiting_national"], "13": ["not_started"]},
        classes=["one-line-answers", "list"],
        style=Style(site="force", site_name="North Wales Police", page_title="Stalking | North Wales Police"),
        body="""
<h1>North Wales Police: stalking recommendations, progress at 31 March 2025</h1>
<ul>
<li>Recommendation 7 – ongoing: our records system supplier is building the change.</li>
<li>Recommendation 10 – complete: every investigator has done the new stalking course.</li>
<li>Recommendation 11 – achieved; a stalking lead and champions are in post.</li>
<li>Recommendation 12 – awaiting the national framework from the College of Policing.</li>
<li>Recommendation 13 – not yet started.</li>
</ul>
"""),
    Doc("e-s2s-letter-rag", ["docx", "pdf"], super_complaint="safe-to-share", authors=["wiltshire-police"],
        date=["2021-11-29"], responses={"1": ["complete"], "4": ["in_progress"], "5": ["not_started"]},
        classes=["single-letter-rag", "table"], style=Style(pdf_ruled=True),
        body="""
<p><strong>Wiltshire Police</strong></p>
<p>29/11/2021</p>
<p>Re: update on recommendations 1, 4 and 5 of the Safe to share? report</p>
<table>
<tr><th>No.</th><th>Update</th><th>RAG</th></tr>
<tr><td>1</td><td>Instruction issued and audited.</td><td>G</td></tr>
<tr><td>4</td><td>Pathway being piloted in Swindon.</td><td>A</td></tr>
<tr><td>5</td><td>Campaign not yet begun.</td><td>R</td></tr>
</table>
"""),
    Doc("e-ppda-statutory", ["html", "docx"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["hertfordshire-pcc", "hertfordshire-constabulary"], date=["2022-09-20"],
        responses={"1": ["in_progress"], "3": ["complete"]}, absent=["2", "4"],
        classes=["statutory-response", "section-per-author"],
        style=Style(site="pcc", site_name="Hertfordshire Police and Crime Commissioner",
                    page_title="Statutory response: police perpetrated domestic abuse"),
        body="""
<h1>Hertfordshire Police and Crime Commissioner statutory response: police perpetrated domestic abuse super-complaint</h1>
<p>Date of response: 20 September 2022</p>
<h2>Commissioner's comments</h2>
<p>I have read the report on the Centre for Women's Justice super-complaint with the Chief Constable, whose
comments are set out below.</p>
<p>On recommendation 3a, the domestic abuse services I commission have confirmed that they can support victims
whose abuser is a police officer, and I am satisfied that no gap exists.</p>
<h2>Chief Constable's comments</h2>
<p>Recommendation 1: the audit of live and recently closed cases is under way and will be finished before the
end of the year.</p>
"""),
    Doc("e-ms-govuk-accessible", ["html"], super_complaint="modern-slavery", authors=["apcc"], date=["2021-09-02"],
        responses={"5": {"progress": ["in_progress"], "position": ["accepted"]},
                   "6": {"progress": ["complete"], "position": ["accepted"]}},
        classes=["govuk-page", "national-author", "numbered-headings"],
        style=Style(site="govuk", page_title="APCC response to The hidden victims (accessible) - GOV.UK"),
        body="""
<h1>Association of Police and Crime Commissioners response to The hidden victims</h1>
<p>Updated 2 September 2021</p>
<h2>1. Recommendation 5</h2>
<p>Police and crime commissioners accept this recommendation. Working with chief constables, they are reviewing
what support victims of modern slavery need after a referral.</p>
<h2>2. Recommendation 6</h2>
<p>Accepted. Every commissioner has now commissioned or confirmed specialist support for victims of
exploitation.</p>
"""),
    Doc("e-hba-dates", ["text"], super_complaint="honour-based-abuse", authors=["cleveland-police"],
        date=["2023-07-12"], responses={"1": ["complete"], "2": ["in_progress"]}, classes=["us-date-format"],
        style=Style(wrap=80),
        body="""
<p>Cleveland Police</p>
<p>July 12, 2023</p>
<p>Honour-based abuse super-complaint update</p>
<h3>Rec 1</h3>
<p>Sexual abuse policy revised on 2023-05-02 to include honour-based abuse risk. Completed.</p>
<h3>Rec 2</h3>
<p>Cultural awareness training began in June; two thirds of investigators have attended.</p>
"""),
    Doc("e-ss-bold-paras", ["docx", "markdown"], super_complaint="stop-and-search", authors=["bedfordshire-police"],
        date=["2024-03"], responses={"1": ["complete"], "2": ["in_progress"], "6": ["awaiting_national"],
                                     "7": ["not_started"]},
        classes=["bold-headings", "month-date"], style=Style(docx_headings="bold"),
        body="""
<h1>Bedfordshire Police: response to the section 60 super-complaint</h1>
<p>March 2024</p>
<p><strong>Recommendation 1: section 60 authorisations</strong></p>
<p>All authorisations are now made by an assistant chief constable and reviewed within a day.</p>
<p><strong>Recommendation 2: safeguarding children who are searched</strong></p>
<p>We are introducing a safeguarding referral for every child searched; the form is being tested.</p>
<p><strong>Recommendation 6: guidance</strong></p>
<p>We are waiting for the College of Policing to revise its authorised professional practice.</p>
<p><strong>Recommendation 7: community communication</strong></p>
<p>No work has started yet.</p>
"""),
    Doc("e-st-pcc-scrutiny-md", ["markdown"], super_complaint="stalking", authors=["dorset-pcc"], date=["2025-02-18"],
        responses={"15": {"progress": ["in_progress"], "position": ["accepted"]}, "16": ["not_started"]},
        classes=["pcc", "explicit-position"],
        body="""
<h1>Dorset Police and Crime Commissioner: stalking super-complaint</h1>
<p>18 February 2025</p>
<h2>Recommendation 15 – review of commissioned services</h2>
<p>Position: accepted. The review of stalking services is being carried out by my commissioning team and will
finish in April.</p>
<h2>Recommendation 16 – joint review with the force</h2>
<p>The joint review with the Chief Constable will start after the commissioning review.</p>
"""),
    Doc("e-s2s-npcc-summary", ["pdf"], super_complaint="safe-to-share", authors=["npcc"], date=["2022-01-31"],
        responses={"1": ["complete"], "4": ["in_progress"], "5": ["in_progress"]},
        classes=["national-author", "counts", "pdf-unruled"], style=Style(pdf_ruled=False),
        body="""
<h1>NPCC summary of force responses: Safe to share?</h1>
<p>31 January 2022</p>
<p>National Police Chiefs' Council</p>
<table>
<tr><th>Recommendation</th><th>Forces complete</th><th>Summary</th></tr>
<tr><td>1</td><td>43 of 43</td><td>All forces have changed their practice.</td></tr>
<tr><td>4</td><td>12 of 43</td><td>Most forces are still building pathways.</td></tr>
<tr><td>5</td><td>9 of 43</td><td>Campaigns are being prepared in most forces.</td></tr>
</table>
"""),
]
