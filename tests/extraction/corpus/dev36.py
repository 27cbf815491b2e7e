"""The thirty-sixth development set: one document of our own for each class of who wrote a document and when, changed
in round sixteen by helper `authors19` (ADR 0008, Decision 51), found on heldout31 and heldout32 and written here in
other words, reports and formats: a page's list of other bodies' responses, each a title closed by its date in
brackets, lists documents and adds no writer; documents in the plural "published by" a body are others'; a body that
"has issued a separate response" or whose response "was published on" a date wrote another document; a line of the
opening that only names bodies is a byline; an answer under a heading naming its recipient that speaks in the first
person plural is the recipient's; of a page's dates below its body the content's own is the earliest not before the
latest thing the body reports as done; a content's "first published on" is the first edition's day; a block opening in
lower case goes on with the sentence above. Names, places and wording are invented here.
"""
from build import Doc
from render import Style

DOCS = [
    # a national body's page on the report: its own work, then a list of the responses of others with their dates
    Doc("d36-st-iopc-responses-page", ["html"], super_complaint="stalking",
        authors=["iopc"], date=["2025-01-20"],
        style=Style(site="national", site_name="Independent Office for Police Conduct",
                    page_title="Stalking super-complaint: our work and the responses | IOPC",
                    page_dates="<p>Published: 20 January 2025</p>"),
        classes=["listed-responses-with-dates", "plural-documents-published-by"],
        body="""
<h1>The police response to stalking: our part and the responses</h1>
<p>We investigated the Suzy Lamplugh Trust's super-complaint with HM Inspectorate and the College of Policing.
Updates from individual forces are published by the National Police Chiefs' Council and are not summarised here.</p>
<h2>What others have published</h2>
<ul>
<li>National Police Chiefs' Council update to forces (8 January 2025)</li>
<li>Association of Police and Crime Commissioners - summary response (January 2025)</li>
<li>Home Office statement on stalking protection orders (3 December 2024)</li>
</ul>
<p>We will add links as further responses reach us.</p>
"""),

    # a force's page: the commissioner has answered separately; a national body's response reported as past
    Doc("d36-s2s-sussex-force-page", ["html"], super_complaint="safe-to-share",
        authors=["sussex-police"], date=["2021-06-10"],
        responses={"1": ["complete"]},
        optional=["4", "5", "6", "8"],
        style=Style(site="force", site_name="Sussex Police", page_title="Safe to share: our response | Sussex Police",
                    page_dates="<p>Published: 10 June 2021</p><p>Page last updated: 2 February 2023</p>"),
        classes=["separate-response-of-another", "another-response-published-in-the-past", "page-dates-posting"],
        body="""
<h1>Policing and immigration status: our response</h1>
<p>This page answers the recommendations made to chief constables in Safe to share?, published on 17 December
2020. Recommendation 6 is for commissioners, and the Sussex Police and Crime Commissioner has published a separate
response to it. The Commissioner's response on the confidence of migrant victims was published on 4 March 2021.</p>
<h2>Recommendation 1</h2>
<p>Officers were told on 18 January 2021 to stop passing details of domestic abuse victims to Immigration
Enforcement where they only have doubts about a victim's status. The instruction is now part of our policy.</p>
"""),

    # a joint tracker in Markdown and text: the bodies' names on a line of their own under the title
    Doc("d36-st-durham-joint-tracker", ["markdown", "text"], super_complaint="stalking",
        authors=["durham-constabulary", "durham-pcc"], date=["2025-03-14"],
        responses={"10": ["in_progress"], "15": ["in_progress"]},
        classes=["byline-of-names-alone"],
        body="""
<h1>Stalking super-complaint: tracker</h1>
<p>Durham Constabulary and the Office of the Durham Police, Crime and Victims' Commissioner</p>
<p>Position at 14 March 2025</p>
<table>
<tr><th>Rec</th><th>Owner</th><th>Status</th><th>Update</th></tr>
<tr><td>10</td><td>Learning and Development</td><td>In progress</td><td>New stalking module being written with the
Trust; pilot with two response teams in April.</td></tr>
<tr><td>15</td><td>Commissioner's office</td><td>In progress</td><td>Needs assessment for advocacy services under
way for the Commissioner; results go to the Commissioner's board in May.</td></tr>
</table>
"""),

    # the NPCC's note in Markdown: no name of its writer but the answer's heading, under which it speaks as "we"
    Doc("d36-ms-npcc-note", ["markdown", "text"], super_complaint="stalking",
        authors=["npcc"], date=["2025-02-11"],
        responses={"27": ["in_progress"]},
        optional=["15", "16", "25"],
        classes=["recipient-heading-first-person"],
        body="""
<h1>Stalking: note on the national recommendation</h1>
<p>11 February 2025</p>
<p>The report asks national bodies and local ones to act. This note covers only what is ours.</p>
<h2>Recommendation 27 - National Police Chiefs' Council</h2>
<p>We are drafting joint guidance with the commissioners' association on how forces and commissioners review
advocacy services together; a first draft goes to chief officers in March.</p>
"""),

    # a commissioner's page: the content tells of work months after the page was first posted; its review dates it
    Doc("d36-st-cumbria-pfcc-page", ["html"], super_complaint="stalking",
        authors=["cumbria-pfcc"], date=["2025-05-06"],
        responses={"15": ["in_progress"]},
        style=Style(site="pcc", site_name="Cumbria Police, Fire and Crime Commissioner",
                    page_title="Stalking super-complaint | Cumbria PFCC",
                    page_dates="<p>Posted: 18 November 2024</p><p>Last reviewed: 6 May 2025</p>"),
        classes=["page-dates-content-later", "first-published-in-content"],
        body="""
<h1>Our response to the stalking super-complaint</h1>
<p>This response, first published on 18 November 2024, is kept up to date as the work goes on.</p>
<h2>Recommendation 15</h2>
<p>The Commissioner accepts this recommendation. A review of stalking advocacy in the county finished in March 2025
and found too few trained caseworkers; a second advocate post is being recruited.</p>
"""),

    # a letter in text whose opening sentence is broken by a blank line: "published on" goes on with the sentence
    Doc("d36-hba-norfolk-pcc-letter", ["text"], super_complaint="honour-based-abuse",
        authors=["norfolk-pcc"], date=["2023-02"],
        responses={"1": ["in_progress"]},
        optional=["2", "3"],
        classes=["lower-case-block-continues-sentence"],
        body="""
<p>Office of the Police and Crime Commissioner for Norfolk</p>
<p>February 2023</p>
<p>Dear Chief Inspector,</p>
<p>Thank you for the report on the Tees Valley Inclusion Project's super-complaint about honour-based abuse and the
victims of sexual abuse from ethnic minority backgrounds, which was</p>
<p>published on 16 December 2022. I have asked the Chief Constable how the force is acting on it.</p>
<p>On recommendation 1, Norfolk Constabulary is rewriting its sexual abuse policy to take in the risk of honour-based
abuse; I will see the draft at my accountability meeting.</p>
<p>Yours sincerely,</p>
<p>Police and Crime Commissioner for Norfolk</p>
"""),
]
