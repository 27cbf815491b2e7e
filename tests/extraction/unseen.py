"""More invented documents, each with what a careful analyst would read in it (its gold).

Written the way published responses are written, in layouts and phrasings the shared corpus does
not have: outline-numbered sections, one-word status lines, RAG columns, letters with "Our ref"
and "Date:" lines, Welsh forces, mayors and PFCCs, appended letters from national bodies, other
super-complaints, other ways of writing a date. Gold keys follow the shared corpus's gold files:
"responses" maps a recommendation to its acceptable progress values, "absent" lists numbers the
document mentions without answering, "optional" those that may go either way.
"""
from layouts import REC1, REC4, REC5, REC6
from makers import docx_bytes, pdf_bytes

CASES: list[dict] = []


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v


def case(name, fmt, content, **gold):
    CASES.append({"name": name, "format": fmt, "content": content, **gold})


# 1. A Welsh force's letter with outline-numbered sections; a background paragraph that merely
#    names the recommendations; one section answering three recommendations at once.
case("gwent-outline.txt", "text", """Heddlu Gwent / Gwent Police
Croesyceiliog, Cwmbran

Our ref: CC/2021/114
Date: 17/06/2021

Dear Sir Thomas,

Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status

1. Background

1.1 The joint report of HMICFRS, the College of Policing and the IOPC was published on 17 December 2020.

1.2 Recommendations 1, 4 and 5 are for chief constables, recommendation 6 is for police and crime commissioners and recommendation 8 asks every recipient for an update within six months.

2. Our response

2.1 Recommendations 1, 4 and 5

Officers were told in January 2021 to stop sharing information about domestic abuse victims with Immigration Enforcement where they only have doubts about a victim's status. A safe reporting pathway with specialist organisations, including the Ethnic Minorities and Youth Support Team Wales, is being built and our communications to migrant communities are being drafted.

In progress.

2.2 Recommendation 6

The Gwent Police and Crime Commissioner commissioned an assessment of local access to specialist victim support, which reported in May 2021, and funds two new advocates.

Complete.

3. Next steps

We will report again in December 2021.

Yours sincerely,

Pam Kelly
Chief Constable, Gwent Police
""", super_complaint="safe-to-share", orgs=(["gwent-police"], ["gwent-pcc"]), date=["2021-06-17"],
     responses={"1": ["in_progress"], "4": ["in_progress"], "5": ["in_progress"], "6": ["complete"]},
     absent=["2", "3", "7"], optional=["8"], min_confidence=0.8)


# 2. A PFCC's letter: "Our ref", a "Date:" line, numbered sections "3. Recommendation 6 - PCCs".
case("staffordshire-pfcc.txt", "text", f"""Staffordshire Commissioner
Police, Fire and Rescue and Crime

Our ref: SC/HMICFRS/21-06
Your ref: Safe to share?
Date: 30 June 2021

HM Chief Inspector of Constabulary

Dear Sir Thomas,

Response of the Staffordshire Commissioner to the Safe to share? report on policing and immigration status

1. Introduction

I welcome the report on the super-complaint made by Liberty and Southall Black Sisters. Two recommendations are addressed to police and crime commissioners: recommendations 5 and 6.

2. Recommendation 5 \u2013 chief constables and PCCs

My office and Staffordshire Police have agreed a communications plan to build the confidence of migrant victims in reporting crime. The first campaign ran in March 2021 and a second is planned for the autumn.

Status: Ongoing

3. Recommendation 6 \u2013 PCCs

{REC6}

An assessment of local access to specialist victim support organisations has not yet begun; it will start once the national victims' funding review is published.

Not yet started

Yours sincerely,

Ben Adams
Staffordshire Commissioner
""", super_complaint="safe-to-share", orgs=(["staffordshire-pfcc"], []), date=["2021-06-30"],
     responses={"5": ["in_progress"], "6": ["not_started", "awaiting_national"]}, absent=["1", "2", "3", "4", "7"],
     optional=["8"])


# 3. A DOCX table "Rec | Response | RAG" from a Welsh force, dated "Date of publication: 3rd March 2022".
def _dyfed_docx(d):
    d.add_heading("Dyfed-Powys Police", 0)
    d.add_paragraph("Safe to share? super-complaint (Liberty and Southall Black Sisters): progress against "
                    "the recommendations on policing and immigration status")
    d.add_paragraph("Date of publication: 3rd March 2022")
    d.add_paragraph("The table sets out the position of Dyfed-Powys Police on each recommendation made to chief "
                    "constables. The report was published on 17 December 2020.")
    _table(d, [("Rec", "Response", "RAG"),
            ("Rec 1", "Guidance to officers was reissued in February 2021 and data sharing with Immigration "
                      "Enforcement for domestic abuse victims has stopped.", "Green"),
            ("Rec 4", "We are mapping safe reporting pathways with local specialist organisations such as "
                      "Women's Aid and BAWSO.", "Amber"),
            ("Rec 5", "Awaiting the Home Office review of data sharing before a local campaign is designed.",
             "Awaiting national guidance")])


case("dyfed-powys-rag.docx", "docx", _dyfed_docx, super_complaint="safe-to-share",
     orgs=(["dyfed-powys-police"], []), date=["2022-03-03"],
     responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
     absent=["2", "3", "6", "7"], optional=["8"], min_confidence=0.9)


# 4. A force response with the Home Office's letter appended: neither the Home Office as an author
#    nor its answers as the force's.
case("cheshire-with-home-office.txt", "text", f"""Cheshire Constabulary response to the super-complaint by Liberty and Southall Black Sisters: Safe to share?

Dated 12 January 2022

Recommendation 1

{REC1}

Cheshire Constabulary consider this recommendation implemented and complete. Officers refer such victims to specialist organisations instead.

Recommendation 4

{REC4}

Partially implemented. Pathways with two specialist organisations are in place; a third is being agreed.

Recommendation 5

{REC5}

Discharged. The communications campaign ran from June to September 2021.

Annex A: letter from the Home Office, 15 December 2021

Dear Chief Constable,

Recommendation 2

The Home Office accepts this recommendation and has completed its review of data sharing; it is complete.

Recommendation 3

The Home Office and the NPCC are developing a safeguarding protocol; this recommendation is in progress.

Recommendation 7

Closed.

Yours sincerely,

Home Office Director, Public Protection
""", super_complaint="safe-to-share", orgs=(["cheshire-constabulary"], []), date=["2022-01-12"],
     responses={"1": ["complete"], "4": ["in_progress"], "5": ["complete"]}, absent=["2", "3", "7"],
     optional=["8"])


# 5. A mayor's web page with a cookie banner, for the modern slavery super-complaint (the catalogue
#    lists no recommendations: the document's own numbers are the ids); "Updated: 14 February 2023".
case("west-yorkshire-mayor-modern-slavery.html", "html", """<!DOCTYPE html><html lang="en"><head>
<title>Modern slavery super-complaint: our response | West Yorkshire Combined Authority</title></head><body>
<div class="cookie-banner" role="dialog"><p>We use necessary cookies to make our site work and optional
analytics cookies. Recommendation: accept all?</p><button>Accept all cookies</button><button>Reject</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/policing">Policing and crime</a></li></ul></nav>
<main>
<h1>Response of the Mayor of West Yorkshire to the modern slavery super-complaint</h1>
<p>Updated: 14 February 2023</p>
<p>In May 2021 HMICFRS, the College of Policing and the IOPC published "The hidden victims", their report on
Hestia's super-complaint on the police response to victims of modern slavery. The recommendations below are
those for police and crime commissioners and mayors.</p>
<h2>Recommendation 3</h2>
<p>The Mayor and the Deputy Mayor for Policing and Crime commissioned a review of support for survivors who do
not enter the National Referral Mechanism. The review reported in November 2022.</p>
<p><strong>Status:</strong> Complete</p>
<h2>Recommendation 4</h2>
<p>Training for commissioned services on the NRM and on human trafficking is being rolled out across the five
districts.</p>
<p>RAG status: Amber</p>
</main>
<footer><p>&copy; West Yorkshire Combined Authority. Recommendation 9 of our cookie policy.</p></footer>
</body></html>""", super_complaint="modern-slavery", orgs=(["west-yorkshire-mayor"], []), date=["2023-02-14"],
     responses={"3": ["complete"], "4": ["in_progress"]}, absent=["9"], min_confidence=0.85)


# 6. A WeasyPrint PDF action plan from MOPAC and the Met, for the honour-based abuse super-complaint.
case("mopac-honour-based-abuse.pdf", "pdf", lambda: pdf_bytes("""<html><body>
<h1>Mayor's Office for Policing and Crime and Metropolitan Police Service</h1>
<h2>Action plan: police response to victims of sexual abuse at risk of honour-based abuse</h2>
<p>Date: June 2023</p>
<p>This joint action plan answers the recommendations of the report on the Tees Valley Inclusion Project
super-complaint on honour-based abuse.</p>
<h3>Recommendation 1</h3>
<p>All public-facing officers in the Metropolitan Police Service are receiving training on honour-based abuse
from the Halo Project. So far 60 per cent of officers have completed it.</p>
<p>Progress: In progress</p>
<h3>Recommendation 2</h3>
<p>A specialist honour-based abuse lead has been appointed in every basic command unit.</p>
<p>Implemented.</p>
<h3>Recommendation 5</h3>
<p>MOPAC has not yet begun its review of commissioned services for ethnic minority victims; it will start in
the autumn.</p>
<p>Not yet started.</p>
</body></html>"""), super_complaint="honour-based-abuse",
     orgs=(["london-mayor", "metropolitan-police-service"], []), date=["2023-06"],
     responses={"1": ["in_progress"], "2": ["complete"], "5": ["not_started"]}, min_confidence=0.85)


# 7. Markdown for the stop and search super-complaint: "Section 4: Recommendation 2", a status
#    table, and dates written "17/06/2021"-style.
case("northamptonshire-stop-search.md", "markdown", """# Northamptonshire Police, Fire and Crime Commissioner

## Response to the Criminal Justice Alliance super-complaint on section 60 stop and search and community scrutiny

Last reviewed: 02/04/2024

The report was published on 15/12/2023. The Commissioner answers the recommendations for policing bodies
on independent community scrutiny of stop and search.

## Section 4: Recommendation 2

The Commissioner has set up an independent scrutiny panel that reviews body-worn video of stop and search
encounters every month. Panel members were recruited from local communities.

Status: Closed

## Section 5: Recommendation 6

We are reviewing how scrutiny findings are published, with the Northamptonshire Police Stop and Search
Board.

| Action | Owner | Status |
| --- | --- | --- |
| Publish panel findings online | OPFCC | In progress |
""", super_complaint="stop-and-search", orgs=(["northamptonshire-pfcc"], []), date=["2024-04-02"],
     responses={"2": ["complete"], "6": ["in_progress"]}, min_confidence=0.85)


# 8. A force's stalking response with "(a) Recommendation 5" items and bare "7.1"-style headings that
#    follow the report's own numbering, listed at the top of the document.
case("dyfed-powys-stalking.txt", "text", """Dyfed-Powys Police: force action plan on the police response to stalking

Updated: 14 February 2025

The super-complaint by the Suzy Lamplugh Trust led to a report with recommendations for chief constables.
The report numbers its recommendations by chapter; those for chief constables are recommendations 7.1, 7.2 and 8.3.

7.1 Chief constables should make sure that stalking is recorded correctly

Every stalking report is now checked by the crime registrar within 24 hours. This recommendation is complete.

7.2 Chief constables should appoint a stalking lead

Work is ongoing to recruit a stalking co-ordinator; interviews are planned for March.

8.3 Chief constables should use stalking protection orders

Stalking protection orders are being considered in every case; 14 have been granted. On track.
""", super_complaint="stalking", orgs=(["dyfed-powys-police"], []), date=["2025-02-14"],
     # 7.1 and 7.2 are parts of recommendation 7 in the catalogue; "8.3" reads as a part of 8
     responses={"7": ["in_progress", "complete"], "8": ["in_progress"]})


# 9. Police-perpetrated domestic abuse: an outline-numbered report from a force, with bare headings
#    "2.1", "2.2" that are sections, not recommendations, and "(a) Recommendation 5"-style items.
case("merseyside-ppda.md", "markdown", """# Merseyside Police update: police perpetrated domestic abuse super-complaint

Date of publication: 3rd March 2023

## 1. Introduction

1.1 This update responds to the report on the Centre for Women's Justice super-complaint on police
perpetrated domestic abuse, published on 30 June 2022.

1.2 Recommendations 1, 3 and 5 are for chief constables. Recommendation 9 is for the Home Office.

## 2. Responses

(a) Recommendation 1

Allegations of domestic abuse against officers are now investigated by a team outside the officer's own
command. This has been in place since October 2022.

Complete.

(b) Recommendation 3

Professional Standards are reviewing vetting decisions for officers subject to domestic abuse allegations.

Partially implemented.

(c) Recommendation 5

Awaiting national guidance from the College of Policing on the misconduct process.
""", super_complaint="police-perpetrated-domestic-abuse", orgs=(["merseyside-police"], []), date=["2023-03-03"],
     responses={"1": ["complete"], "3": ["in_progress"], "5": ["awaiting_national"]}, absent=["9"],
     min_confidence=0.85)


# 10. Protective measures: a force letter dated by month only, with an NPCC letter appended.
case("cleveland-protective-measures.txt", "text", """Cleveland Police

June 2022

Response to the Centre for Women's Justice super-complaint: police use of protective measures in cases
involving violence against women and girls (pre-charge bail, DVPNs and DVPOs, non-molestation orders)

Recommendation 2

Cleveland Police now reviews every domestic violence protection notice within 24 hours. This is embedded
in the force's violence against women and girls delivery plan.

RAG status: Green

Recommendation 4

Not yet started. The force is waiting for the Home Office consultation on pre-charge bail.

Appendix: letter from the National Police Chiefs' Council, 1 May 2022

Recommendation 6

The NPCC has completed its guidance on pre-charge bail; this recommendation is complete.
""", super_complaint="protective-measures", orgs=(["cleveland-police"], []), date=["2022-06"],
     responses={"2": ["complete"], "4": ["not_started", "awaiting_national"]}, absent=["6"])


# 11. A Greater Manchester mayor's letter for the safe-to-share complaint: "Our ref", a date with an
#     ordinal, a force's renumbering ("Recommendation A/B"), and the HO reply quoted at the end.
case("gm-mayor-letter.txt", "text", f"""Office of the Mayor of Greater Manchester
Greater Manchester Combined Authority

Our ref: GMCA/PCC/2021/0617
Date: 17th June 2021

Dear Sir Thomas,

Safe to share? policing and immigration status: update on recommendations 5, 6 and 8

Recommendation 5

With Greater Manchester Police we have funded a campaign with migrant community groups to promote confidence
in reporting crime. The campaign is being evaluated.

Status: In progress

Recommendation 6

{REC6}

The assessment of local access to specialist victim support was completed in April 2021. The Mayor considers
this recommendation complete.

Recommendation 8

This letter provides the update on progress requested within six months.

Yours sincerely,

Baroness Beverley Hughes
Deputy Mayor for Policing, Crime, Criminal Justice and Fire
""", super_complaint="safe-to-share", orgs=(["greater-manchester-mayor"], ["greater-manchester-police"]),
     date=["2021-06-17"], responses={"5": ["in_progress"], "6": ["complete"], "8": ["complete"]},
     absent=["1", "2", "3", "4", "7"])


# 12. A DOCX progress table with a "Progress" column and a separate "Recommendation" column holding
#     the quoted text; the force's own numbering 1-3 of the recommendations made to it.
def _north_wales_docx(d):
    d.add_heading("North Wales Police", 0)
    d.add_paragraph("Update on the Safe to share? report (Liberty and Southall Black Sisters), "
                    "recommendations to chief constables")
    d.add_paragraph("As at 1 November 2021")
    _table(d, [("No.", "Recommendation", "Update", "Progress"),
            ("1", REC1, "The force stopped the practice in February 2021.", "Complete"),
            ("2", REC4, "Safe reporting pathways are being agreed with specialist organisations.", "In progress"),
            ("3", REC5, "We wait for the national communications guidance from the NPCC.", "On hold")])


case("north-wales-progress.docx", "docx", _north_wales_docx, super_complaint="safe-to-share",
     orgs=(["north-wales-police"], []), date=["2021-11-01"],
     responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]},
     absent=["2", "3", "6", "7"], optional=["8"], min_confidence=0.9)


# 13. A bilingual letter from a Welsh PCC, named in Welsh first; "Dyddiad / Date:" line.
case("north-wales-pcc-bilingual.txt", "text", f"""Comisiynydd Heddlu a Throseddu Gogledd Cymru
North Wales Police and Crime Commissioner

Ein cyf / Our ref: PCC/HM/21/33
Dyddiad / Date: 17/06/2021

Dear Sir Thomas,

Safe to share? Report on Liberty and Southall Black Sisters' super-complaint on policing and immigration status

Recommendation 6

{REC6}

My office mapped specialist victim support across the six counties in spring 2021 and found gaps for migrant
victims. A network of specialist organisations, including BAWSO and the Welsh Refugee Council, is being set up.

Status: In progress

Recommendation 8

This letter provides the update requested within six months.

Yn gywir / Yours sincerely,

Andy Dunbobbin
Comisiynydd Heddlu a Throseddu Gogledd Cymru / North Wales Police and Crime Commissioner
""", super_complaint="safe-to-share", orgs=(["north-wales-pcc"], []), date=["2021-06-17"],
     responses={"6": ["in_progress"], "8": ["complete"]}, absent=["1", "2", "3", "4", "5", "7"], min_confidence=0.7)


# 14. Markdown with the NPCC's reply as an annex ("Annex B - NPCC response"), and the force's own action
#     plan as an appendix, which does count.
case("wiltshire-annexes.md", "markdown", """# Wiltshire Police: update on the Safe to share? super-complaint recommendations

As at 31 January 2022. Liberty and Southall Black Sisters raised the super-complaint on policing and immigration status.

## Recommendation 1

Wiltshire Police stopped sharing the data of domestic abuse victims with Immigration Enforcement in 2021.
Implemented.

## Appendix A: Wiltshire Police action plan for recommendations 4 and 5

| Recommendation | Action | Status |
| --- | --- | --- |
| Recommendation 4 | Agree safe reporting pathways with specialist organisations | In progress |
| Recommendation 5 | Campaign for migrant communities | Not yet started |

## Annex B – NPCC response

Recommendation 3

The NPCC accepts this recommendation. The safeguarding protocol is complete.
""", super_complaint="safe-to-share", orgs=(["wiltshire-police"], []), date=["2022-01-31"],
     responses={"1": ["complete"], "4": ["in_progress"], "5": ["not_started"]}, absent=["2", "3", "7"],
     optional=["8"], min_confidence=0.9)


# 15. An outline-numbered summary of the recommendations (one per line, no blank lines between) before
#     the outline-numbered answers: the summary answers nothing.
case("surrey-outline-summary.txt", "text", """Surrey Police response to the Safe to share? super-complaint (Liberty and Southall Black Sisters)

Date: 1 July 2021

1. Summary of recommendations

1.1 Recommendation 1: stop sharing domestic abuse victims' data with Immigration Enforcement (chief constables)
1.2 Recommendation 4: safe reporting pathways (chief constables)
1.3 Recommendation 5: confidence in reporting (chief constables and PCCs)

2. Our response

2.1 Recommendation 1

The force policy was changed in February 2021. Complete.

2.2 Recommendation 4

Pathways are being agreed with specialist organisations. In progress.

2.3 Recommendation 5

We are waiting for the Home Office review of data sharing before designing a campaign.
""", super_complaint="safe-to-share", orgs=(["surrey-police"], []), date=["2021-07-01"],
     responses={"1": ["complete"], "4": ["in_progress"], "5": ["awaiting_national"]}, absent=["2", "3", "6", "7"],
     optional=["8"])


def content_bytes(c: dict) -> bytes:
    content = c["content"]
    if c["format"] == "docx":
        return docx_bytes(content)
    if callable(content):
        return content()
    return content.encode("utf-8")


def rendered(c: dict, fmt: str) -> bytes:
    """A text or Markdown case as the same document in another format (headings, lists, tables kept)."""
    from rectrack.extraction import read_document
    from rectrack.extraction.blocks import HEADING, LIST_ITEM, TABLE_ROW
    doc = read_document(c["content"].encode("utf-8"), c["name"])
    items = []  # (kind, text or cells)
    for b in doc.blocks:
        if b.kind == TABLE_ROW:
            cells = b.cell_texts(doc.text)
            if items and items[-1][0] == TABLE_ROW:
                items[-1][1].append(cells)
            else:
                items.append((TABLE_ROW, [cells]))
        else:
            items.append((b.kind, b.text.lstrip("#").strip()))
    if fmt == "docx":
        def build(d):
            for kind, v in items:
                if kind == TABLE_ROW:
                    _table(d, v)
                elif kind == HEADING:
                    d.add_heading(v, 2)
                else:
                    d.add_paragraph(v, style="List Bullet" if kind == LIST_ITEM else None)
        return docx_bytes(build)
    from html import escape
    parts = []
    for kind, v in items:
        if kind == TABLE_ROW:
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in row) + "</tr>"
                                             for row in v) + "</table>")
        else:
            tag = {HEADING: "h2", LIST_ITEM: "li"}.get(kind, "p")
            parts.append(f"<{tag}>{escape(v)}</{tag}>")
    return ("<!DOCTYPE html><html><body><div class='cookie-banner'><p>We use cookies.</p></div><nav><a href='/'>"
            "Home</a></nav><main>" + "".join(parts) + "</main><footer>Contact us</footer></body></html>").encode()
