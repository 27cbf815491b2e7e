"""The tenth held-out set: written at the very end of round eight, after the fixes made for heldout9, in voices no
earlier set used, and scored once untuned: the honest figure of the code the round ends with (ADR 0008). Nothing in
it was run through the engine before it was scored.

Invented like the others (no published response was read or copied): a commissioner's letter signed by the chief
executive with a RAG table in capitals, a force's news item about a new unit that names recommendations in
passing, a national body's policy paper, a wiki export whose statuses are emoji, a PDF with another body's letter
appended, a Word letter whose date sits in the letterhead's table cell, a Freedom of Information reply, and a page
whose answers are timelines of dated events.
"""
from build import Doc
from render import Style

DOCS = [
    Doc("h10-s2s-gwent-rag-caps", ["pdf"], super_complaint="safe-to-share", authors=["gwent-pcc"],
        date=["2021-09-30"], responses={"1": ["complete"], "5": ["in_progress"], "6": ["not_started"]},
        style=Style(pdf_ruled=True, pdf_header="OFFICIAL"),
        classes=["rag-caps", "chief-executive-signs"],
        body="""
<div class="letterhead">Office of the Police and Crime Commissioner for Gwent<br>Police Headquarters<br>Cwmbran
NP44 2XJ</div>
<p>30 September 2021</p>
<p>Dear Sir Thomas,</p>
<p>Safe to share? Liberty and Southall Black Sisters' super-complaint</p>
<p>The Commissioner has asked me to send you the table below, which the Commissioner's Strategy and Performance Board
reviewed this month with Gwent Police.</p>
<table>
<tr><th>HMICFRS Rec No.</th><th>Our action</th><th>RAG</th><th>Comments</th></tr>
<tr><td>1</td><td>Stop sharing victims' data with Immigration Enforcement</td><td>GREEN</td><td>Force instruction in
place since March.</td></tr>
<tr><td>5</td><td>Reassure migrant communities</td><td>AMBER</td><td>Leaflet translated into six languages; outreach
sessions being arranged.</td></tr>
<tr><td>6</td><td>Assess specialist support</td><td>RED</td><td>No work yet; to be commissioned in 2022/23.</td></tr>
</table>
<p>Yours sincerely,</p>
<p>Chief Executive<br>for the Police and Crime Commissioner for Gwent</p>
"""),
    Doc("h10-st-force-news-unit", ["html"], super_complaint="stalking", authors=["lincolnshire-police"],
        date=["2025-02-18"], responses={"10": ["complete"], "16": ["in_progress"]},
        style=Style(site="news", site_name="Lincolnshire Police",
                    page_title="New stalking unit launched | Lincolnshire Police"),
        classes=["news-item", "recommendations-in-passing"],
        body="""
<h1>New stalking unit launched</h1>
<p>18 February 2025</p>
<p>A dedicated stalking unit of eight investigators started work in Lincoln this week.</p>
<p>Detective Superintendent Clare Hunt said: "Last year's national report on stalking asked forces to review their
training, recommendation 10, and every officer in the new unit has done the new course. We are also working with the
Commissioner on recommendation 16, looking at how we use stalking protection orders, and that review is under way."</p>
<p>Anyone affected by stalking can call 101 or the National Stalking Helpline on 0808 802 0300.</p>
"""),
    Doc("h10-hba-college-policy-paper", ["html"], super_complaint="honour-based-abuse",
        authors=["college-of-policing"], date=["2023-03-28"],
        responses={"2": {"progress": ["in_progress"], "position": ["accepted"]}},
        style=Style(site="national", site_name="College of Policing",
                    page_title="Policy paper: honour-based abuse super-complaint | College of Policing",
                    page_dates="<p>Published 28 March 2023</p>"),
        classes=["policy-paper", "national-body"],
        body="""
<h1>Policy paper: our response to the honour-based abuse super-complaint</h1>
<h2>Summary</h2>
<p>The College accepts the finding on cultural awareness and will help forces act on recommendation 2.</p>
<h2>Recommendation 2</h2>
<p>We are writing a learning package on honour-based abuse and sexual offences with survivors and the Tees Valley
Inclusion Project. It is due to be published in the autumn.</p>
"""),
    Doc("h10-ms-wiki-emoji", ["markdown"], super_complaint="modern-slavery", authors=["essex-police"],
        date=["2021-11-02"], responses={"1": ["in_progress"], "2": ["complete"]},
        classes=["emoji-status", "wiki-export"],
        body="""
<h1>Essex Police - Modern slavery super-complaint</h1>
<p>Last updated 2 Nov 2021</p>
<ul>
<li><strong>Rec 1</strong> - \U0001f7e0 In progress - victim support pathway agreed in principle with the
Anti-Slavery Partnership.</li>
<li><strong>Rec 2</strong> - \U0001f7e2 Complete - all MS investigations sit with the Serious Crime Directorate.</li>
</ul>
"""),
    Doc("h10-ppda-cleveland-pcc-appended", ["pdf"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["cleveland-pcc"], optional_authors=["cleveland-police"], date=["2022-12-06"],
        responses={"3": ["complete"]}, optional=["1", "2"],
        style=Style(pdf_ruled=True),
        classes=["appended-letter"],
        body="""
<div class="letterhead">Cleveland Police and Crime Commissioner<br>Police Headquarters<br>Middlesbrough TS8 9EH</div>
<p>6 December 2022</p>
<p>Dear Inspector,</p>
<p>Recommendation 3a. The domestic abuse services I commission have confirmed they already support victims whose
abuser is an officer, and each now has a named contact outside the force.</p>
<p>The Chief Constable's letter to me is attached.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Cleveland</p>
<h2>Appendix: letter from the Chief Constable</h2>
<p>Dear Commissioner,</p>
<p>Recommendation 1. Our audit of live and closed cases is complete. Recommendation 2. We have agreed with Durham
Constabulary that each force may investigate the other's cases.</p>
<p>Yours sincerely,</p>
<p>Chief Constable, Cleveland Police</p>
"""),
    Doc("h10-pm-wiltshire-letterhead-date", ["docx"], super_complaint="protective-measures",
        authors=["wiltshire-police"], date=["2021-11-23"], responses={"1": ["complete"], "4": ["not_started"]},
        style=Style(docx_letterhead="table"),
        classes=["date-in-letterhead-cell"],
        body="""
<div class="letterhead">Wiltshire Police<br>London Road, Devizes SN10 2DN<br>Date: 23 November 2021<br>Our ref:
PPD/21/114</div>
<p>Dear Mr Parr,</p>
<p>A duty to protect: police use of protective measures</p>
<p>Recommendation 1. Every released under investigation case is reviewed by an inspector at 28 days, as the national
bail lead set out.</p>
<p>Recommendation 4. We will begin the review of bail conditions in April, once the new custody system is in.</p>
<p>Yours sincerely,</p>
<p>Assistant Chief Constable</p>
"""),
    Doc("h10-ppda-foi-reply", ["text"], super_complaint="police-perpetrated-domestic-abuse",
        authors=["staffordshire-police"], date=["2023-05-11"], responses={"1": ["complete"]},
        style=Style(wrap=76),
        classes=["foi-reply"],
        body="""
<p>Staffordshire Police - Freedom of Information Unit</p>
<p>FOI reference: 2023/0417<br>Date of response: 11 May 2023</p>
<p>Request: Has the force carried out the audit of police perpetrated domestic abuse cases recommended in the
super-complaint report of June 2022?</p>
<p>Response: Yes. Recommendation 1 of the report was completed in December 2022, when the Professional Standards
Department finished reviewing 48 cases.</p>
"""),
    Doc("h10-st-timeline-page", ["html"], super_complaint="stalking", authors=["sussex-police"],
        date=["2025-09-01"], responses={"7": ["complete"], "10": ["in_progress"]},
        style=Style(site="force", site_name="Sussex Police",
                    page_title="Stalking: what has changed | Sussex Police",
                    page_dates="<p>Updated 1 September 2025</p>"),
        classes=["timeline"],
        body="""
<h1>Stalking: what has changed since the super-complaint</h1>
<h2>Recording stalking (recommendation 7)</h2>
<ul>
<li>November 2024 - change requested from our supplier</li>
<li>March 2025 - change went live</li>
</ul>
<h2>Training (recommendation 10)</h2>
<ul>
<li>January 2025 - training needs analysis finished</li>
<li>June 2025 - first courses held</li>
<li>Spring 2026 - all investigators trained</li>
</ul>
"""),
]
