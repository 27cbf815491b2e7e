"""Who wrote a document, when, its references, and what the readers keep: classes the blind sets heldout17-20 showed
(ADR 0008, Decision 17). Each is written afresh here, in words neither those sets nor dev11 use, so a rule is seen to
read the class and not the sentence that showed it; each test also checks the neighbouring reading the rule must not
take."""
from rectrack.extraction.pipeline import read_document
from tests.extraction.makers import docx_bytes, pdf_bytes
from tests.extraction.test_lessons9 import _STALKING, _by_rec, _read

_SECTION_60 = "Section 60 stop and search and community scrutiny: the Criminal Justice Alliance super-complaint\n\n"
_IMMIGRATION = ("Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration "
                "status\n\n")
_PPDA = "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint\n\n"


def _ids(result) -> list[str]:
    return [o.id for o in result.organisations]


# --- when ---------------------------------------------------------------------------------------------------

def test_a_dating_word_after_a_separator_opens_a_field_as_at_a_lines_start(catalogue):
    page = ("# Stalking: where we are\n\nHumberside Police \u00b7 posted 12 August 2024 \u00b7 read in five minutes\n\n"
            + _STALKING + "The Police and Crime Commissioner has seen the plan.\n\n"
            "## Recommendation 10\n\nAll investigators were trained by July; this is complete.\n")
    result = _read(catalogue, page, "p.md")
    assert result.document_date == "2024-08-12"
    # the byline's body wrote the page; the commissioner who has seen the plan did not
    assert _ids(result) == ["humberside-police"]
    # the neighbour: a plan's time after a separator ("- due ...") is no dating field
    plan = ("# Stalking plan\n\n" + _STALKING + "## Recommendation 10\n\nRefresher course - due 30 September 2025. "
            "Work has begun.\n")
    assert _read(catalogue, plan, "p.md").document_date != "2025-09-30"


def test_a_date_written_with_hyphens_between_its_numbers_is_a_date(catalogue):
    form = "Return from Dyfed-Powys Police\n\nDate of return: 07-11-2022\n\n" + _PPDA + "Recommendation 1. Complete.\n"
    assert _read(catalogue, form).document_date == "2022-11-07"
    # the neighbour: a year range ("2022-23") and a code ("SC1-2-2022") are no dates
    plan = "Dyfed-Powys Police plan 2022-23\n\n" + _PPDA + "Recommendation 1 (SC1-2-2022). Complete.\n"
    assert _read(catalogue, plan).document_date not in ("2022-02-01", "2022-01-02")


def _with_header(lines: list[str], body: list[str]) -> bytes:
    def build(d):
        header = d.sections[0].header
        header.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            header.add_paragraph(line)
        for para in body:
            d.add_paragraph(para)
    return docx_bytes(build)


def test_a_word_files_page_header_dates_it_after_a_cue(catalogue):
    from rectrack.extraction import extract_bytes
    body = [_STALKING.strip(), "Recommendation 10: the training is complete.", "Recommendation 13: under way."]
    data = _with_header(["Lancashire Constabulary", "Stalking improvement plan | Issue 2 | revised 03/02/2025"], body)
    assert extract_bytes(data, "plan.docx", catalogue).document_date == "2025-02-03"
    # the neighbour: the header's next review is no date of the document's own
    data = _with_header(["Lancashire Constabulary", "Stalking improvement plan | next review due 01/05/2026"], body)
    assert extract_bytes(data, "plan.docx", catalogue).document_date != "2026-05-01"


# --- who wrote it -------------------------------------------------------------------------------------------

def test_the_keepers_of_a_register_wrote_it(catalogue):
    register = ("Stop and search register\n\nThis register is maintained jointly by Kent Police and the Office of "
                "the Kent Police and Crime Commissioner.\n\n" + _SECTION_60
                + "Recommendation 1. Kent Police has rewritten its authorisation form; complete.\n\n"
                "Recommendation 3. Kent Police records every search under section 60; complete.\n\n"
                "Recommendation 5. Kent Police briefs the public after each authorisation; complete.\n")
    assert set(_ids(_read(catalogue, register))) == {"kent-police", "kent-pcc"}
    # the neighbour: a register only about the force names no commissioner
    alone = register.replace(" jointly by Kent Police and the Office of the Kent Police and Crime Commissioner",
                             " by Kent Police")
    assert _ids(_read(catalogue, alone)) == ["kent-police"]


def test_a_chief_officer_reporting_in_minutes_speaks_for_the_force(catalogue):
    minutes = ("Office of the Police and Crime Commissioner for Dyfed-Powys - Policing Accountability Board\n\n"
               "Notes of the meeting held on Wednesday 8 March 2023\n\n" + _PPDA
               + "The Assistant Chief Constable reported that the review of live cases asked for in recommendation 1 "
               "had ended in January.\n\nThe Chief Constable presented the force's update on recommendation 2: the "
               "new team will be fully staffed in the autumn.\n\nThe Commissioner asked for a further update in "
               "June.\n")
    assert set(_ids(_read(catalogue, minutes))) == {"dyfed-powys-pcc", "dyfed-powys-police"}
    # the neighbour: a commissioner's report saying what the Chief Constable will report later does not
    plan = minutes.replace("reported that the review", "will report once the review").replace(
        "The Chief Constable presented the force's update on recommendation 2:", "On recommendation 2,")
    assert _ids(_read(catalogue, plan)) == ["dyfed-powys-pcc"]


def test_what_a_body_scrutinises_or_waits_for_is_not_written_by_it(catalogue):
    letter = ("Office of the Police and Crime Commissioner for Surrey\n\n2 May 2024\n\n" + _SECTION_60
              + "My panel scrutinised the force's response to recommendations 1 to 6 in April.\n\n"
              "Recommendation 8. I accept it, and the panel now sees footage from every section 60 search; "
              "this is complete.\n\nYours sincerely,\n\nPolice and Crime Commissioner for Surrey\n")
    assert _ids(_read(catalogue, letter)) == ["surrey-pcc"]
    force = ("Thames Valley Police\n\n9 October 2023\n\n" + _PPDA + "Recommendation 5. We will keep our bail "
             "guidance as it is until the Home Office has published its review of pre-charge bail.\n")
    assert _ids(_read(catalogue, force)) == ["thames-valley-police"]
    # the neighbour: the Home Office saying it has published its response is the Home Office's document
    own = "The Home Office has published its response to the recommendations below.\n\n" + _PPDA + \
          "Recommendation 4. We accept it and are consulting on the change.\n"
    assert "home-office" in _ids(_read(catalogue, own))


def test_a_section_saying_where_another_bodys_response_is_published_is_not_its_answer(catalogue):
    page = ("Derbyshire Police and Crime Commissioner\n\n" + _IMMIGRATION + "The Commissioner's response\n\n"
            "Recommendation 6. The Commissioner has completed the assessment of specialist support.\n\n"
            "The Chief Constable's response\n\nRecommendations 1 and 4 fall to the force. That response is available "
            "on the force's own website.\n")
    assert _ids(_read(catalogue, page)) == ["derbyshire-pcc"]
    said = page.replace("That response is available on the force's own website.",
                        "Derbyshire Constabulary has published its own response to them.")
    assert _ids(_read(catalogue, said)) == ["derbyshire-pcc"]
    # the neighbour: a section that gives the force's answer here keeps the force
    joint = page.replace("Recommendations 1 and 4 fall to the force. That response is available on the force's own "
                         "website.", "Recommendation 1. Officers no longer share status on doubt alone; complete.")
    assert set(_ids(_read(catalogue, joint))) == {"derbyshire-pcc", "derbyshire-constabulary"}


def test_an_email_replys_quoted_message_and_its_sender_are_not_the_reply(catalogue):
    reply = ("From: Patel, Ravi (Cleveland Police)\nSent: 14 March 2025 16:20\nTo: Super-Complaints\n"
             "Subject: RE: stalking update\n\nHello,\n\nCleveland Police's position on the one recommendation you "
             "asked about:\n\nRecommendation 10 - all call handlers have now been trained. Complete.\n\nThanks\n\nRavi"
             "\n\nOn Mon, 3 Mar 2025 at 09:14, Super-Complaints <sc@example.org> wrote:\n\n> Dear Chief Constable,"
             "\n> " + _STALKING.strip() + "\n> Please update us on recommendation 10.\n>\n> Yours sincerely,\n>\n"
             "> HMICFRS\n")
    assert _ids(_read(catalogue, reply)) == ["cleveland-police"]
    # the neighbour: a forwarded message is not a quoted reply: the inspectorate's own covering note keeps its author
    forwarded = ("HMICFRS\n\n3 March 2025\n\n" + _STALKING + "Recommendation 10 - under way.\n\nYours sincerely,\n\n"
                 "HMICFRS\n")
    assert "hmicfrs" in _ids(_read(catalogue, forwarded))


def test_an_email_senders_body_in_brackets_and_a_signature_above_a_disclaimer(catalogue):
    header = ("From: Okafor, Grace (APCC Victims Portfolio)\nSent: 2 June 2025 10:05\nTo: Super-Complaints\n"
              "Subject: commissioners' update\n\nColleagues,\n\n" + _STALKING
              + "Recommendation 15. Every commissioner has reviewed advocacy services; this is complete.\n\nGrace\n")
    assert _ids(_read(catalogue, header)) == ["apcc"]
    signed = ("2 June 2025\n\nColleagues,\n\n" + _STALKING + "Recommendation 15. Every commissioner has reviewed "
              "advocacy services; this is complete.\n\nBest wishes,\n\nGrace\n\nGrace Okafor\nPolicy Officer\n"
              "Association of Police and Crime Commissioners\nThis message is meant only for whom it is addressed to. "
              "If it reached you by mistake, delete it.\n")
    assert _ids(_read(catalogue, signed)) == ["apcc"]


# --- what the readers keep ----------------------------------------------------------------------------------

def test_a_pdfs_character_references_are_read_as_the_characters_they_stand_for():
    # a template that escaped its footer twice draws "&#x27;" and "&amp;" as characters
    html = ("<html><head><style>@page { @bottom-left { content: 'Police, Fire &amp; Crime Commissioner&#x27;s "
            "Office'; } }</style></head><body><p>Dear Inspector,</p><p>Recommendation 8 is complete.</p></body></html>")
    doc = read_document(pdf_bytes(html), "x.pdf")
    assert "Police, Fire & Crime Commissioner's Office" in doc.text
    assert "&#x27;" not in doc.text and "&amp;" not in doc.text
    # the neighbour: an ampersand that is no reference stays as written
    plain = read_document(pdf_bytes("<html><body><p>Fire &amp; Rescue &amp;c</p></body></html>"), "y.pdf")
    assert "Fire & Rescue &c" in plain.text


def test_a_related_heading_over_a_list_of_titles_is_the_sites_not_the_pages(catalogue):
    page = ("<html><head><title>Stop and search | Cumbria Police, Fire and Crime Commissioner</title></head><body>"
            "<main><h1>Section 60 scrutiny</h1><p>" + _SECTION_60 + "</p><h2>Recommendation 8</h2><p>The "
            "Commissioner's panel now reviews every authorisation; complete.</p><h2>Related content</h2><ul>"
            "<li>HMICFRS PEEL 2025: Cumbria Constabulary</li><li>Annual report 2024/25</li></ul></main></body></html>")
    doc = read_document(page.encode(), "p.html")
    assert "PEEL" not in doc.text
    assert "hmicfrs" not in _ids(_read(catalogue, page, "p.html"))
    # the neighbour: a list of sentences under such a heading is content
    content = page.replace("<li>HMICFRS PEEL 2025: Cumbria Constabulary</li><li>Annual report 2024/25</li>",
                           "<li>The panel met four times.</li><li>It saw 40 searches.</li>")
    assert "It saw 40 searches." in read_document(content.encode(), "p.html").text


# --- references ---------------------------------------------------------------------------------------------

def test_a_reference_code_of_letters_and_digits_is_kept_on_its_answer(catalogue):
    text = ("North Yorkshire Police\n\n1 February 2022\n\n" + _IMMIGRATION
            + "Recommendation 1 (NY-IMM-01)\n\nOfficers stopped sharing on doubt alone in 2021; complete.\n\n"
              "Recommendation 4 (NY-IMM-04)\n\nThe pathway with two charities is being built.\n")
    by = _by_rec(_read(catalogue, text))
    assert "NY-IMM-01" in by["1"].references and "NY-IMM-04" in by["4"].references
    # the neighbour: a year range or a pandemic's name in a heading is no reference
    other = text.replace("(NY-IMM-01)", "(COVID-19 period, 2020-21)")
    assert _by_rec(_read(catalogue, other))["1"].references == ()


def test_a_documents_control_table_names_its_keeper_and_its_issue_date(catalogue):
    plan = ("# Section 60 plan\n\n| Plan owner | Northamptonshire Police |\n|---|---|\n| Approved | 9 January 2025 |\n"
            "| Review due | 1 July 2025 |\n\n" + _SECTION_60 + "The Police, Fire and Crime Commissioner has seen the "
            "plan.\n\n| Recommendation | Owner | Progress |\n|---|---|---|\n| 3 | Head of Operations | Complete "
            "since 2 March 2025 |\n| 7 | NPCC | Waiting for the national template |\n")
    result = _read(catalogue, plan, "plan.md")
    assert _ids(result) == ["northamptonshire-police"]
    assert result.document_date == "2025-01-09"
    # the neighbours: the tracker's own "Owner" column names the work's owners, not the document's keeper; a record of
    # a meeting's attendance names other bodies under "Organisation"
    assert "npcc" not in _ids(result)
    minutes = ("# Joint Audit Committee\n\n| Name | Organisation |\n|---|---|\n| Observer | Home Office |\n"
               "| Chair | Kent Police |\n\nMinutes of the meeting held on 3 March 2024.\n\n" + _PPDA
               + "Recommendation 1. Kent Police has reviewed every open case; complete.\n")
    assert "home-office" not in _ids(_read(catalogue, minutes, "m.md"))


def test_a_long_pdfs_running_footer_names_its_writer_though_the_text_leaves_it_out(catalogue):
    from rectrack.extraction import extract_bytes
    page = "<div style='page-break-after: always'><p>{}</p></div>"
    body = "".join(page.format(p) for p in (
        "Dear Inspector, " + _PPDA.strip() + ".",
        "Recommendation 1. The force has reviewed every open case; this is complete.",
        "Recommendation 2. The new team is half recruited; the work goes on into the autumn."))
    css = "@page {{ @bottom-left {{ content: '{}'; }} @bottom-right {{ content: counter(page); }} }}"
    html = f"<html><head><style>{css.format('Cheshire Constabulary - Professional Standards')}</style></head>" \
           f"<body>{body}</body></html>"
    data = pdf_bytes(html)
    assert "Cheshire" not in read_document(data, "x.pdf").text  # a running line is not the text's
    assert _ids(extract_bytes(data, "x.pdf", catalogue)) == ["cheshire-constabulary"]
    # the neighbour: a national body in a running footer that only names the report is not its writer
    cited = html.replace("Cheshire Constabulary - Professional Standards", "HMICFRS super-complaint report, 2022")
    assert "hmicfrs" not in _ids(extract_bytes(pdf_bytes(cited), "x.pdf", catalogue))


def test_a_word_letters_page_footer_names_its_writer(catalogue):
    from rectrack.extraction import extract_bytes

    def build(d, footer: str):
        d.sections[0].footer.paragraphs[0].text = footer
        for para in ("3 March 2023", "Dear HM Inspector,", _PPDA.strip(),
                     "Recommendation 1. The force has reviewed every open case; this is complete.", "Yours sincerely,",
                     "Deputy Chief Constable"):
            d.add_paragraph(para)
    data = docx_bytes(lambda d: build(d, "Gloucestershire Constabulary, Waterwells Drive, Quedgeley"))
    assert _ids(extract_bytes(data, "x.docx", catalogue)) == ["gloucestershire-constabulary"]
    # the neighbour: a footer citing the inspectorate's report does not make it the writer
    data = docx_bytes(lambda d: build(d, "Our answer to the HMICFRS super-complaint report (2022)"))
    assert "hmicfrs" not in _ids(extract_bytes(data, "x.docx", catalogue))


def test_a_short_letter_set_in_two_columns_reads_as_in_one(catalogue):
    from rectrack.extraction import extract_bytes
    body = ("<div style='text-align: right'>Lancashire Constabulary<br>Saunders Lane, Hutton<br>Preston PR4 5SB</div>"
            "<p>9 June 2023</p><p>Dear Inspector,</p><p>" + _PPDA.strip() + "</p><p>Recommendation 1. Every open "
            "case in which an officer is the suspect has been reviewed by the anti-corruption unit and its findings "
            "were reported to the chief officer team in May; this is complete.</p><p>Yours sincerely,</p>"
            "<p>Deputy Chief Constable</p>")
    one = extract_bytes(pdf_bytes(f"<html><body>{body}</body></html>"), "one.pdf", catalogue)
    two = extract_bytes(pdf_bytes("<html><head><style>body { column-count: 2; column-gap: 1cm; }</style></head>"
                                  f"<body>{body}</body></html>"), "two.pdf", catalogue)
    assert two.document_date == one.document_date == "2023-06-09"
    assert [(p.recommendation, p.progress) for p in two.responses] == \
        [(p.recommendation, p.progress) for p in one.responses] == [("1", "complete")]
    # the neighbour: a paragraph the column break cuts mid-sentence stays one paragraph (its date line does not)
    doc = read_document(pdf_bytes("<html><head><style>body { column-count: 2; column-gap: 1cm; }</style></head>"
                                  f"<body>{body}</body></html>"), "two.pdf")
    assert any("anti-corruption unit and its findings were reported" in b.text for b in doc.blocks)
    assert any(b.text.strip() == "9 June 2023" for b in doc.blocks)
