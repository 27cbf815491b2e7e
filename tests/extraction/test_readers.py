"""Each reader gives the same block model, with offsets into one plain text."""
import pytest
from makers import docx_bytes, pdf_bytes

from rectrack.extraction import read_document
from rectrack.extraction.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW


def _check_offsets(doc):
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text
        for cs, ce in b.cells:
            assert b.start <= cs <= ce <= b.end


def test_text_offsets_point_into_the_file_itself():
    src = "Title line\n\nFirst paragraph\nwrapped here.\n\n- bullet one\n  continued\n- bullet two\r\n"
    doc = read_document(src.encode(), "a.txt")
    assert doc.format == "text"
    assert [b.kind for b in doc.blocks] == [HEADING, PARAGRAPH, LIST_ITEM, LIST_ITEM]
    assert doc.blocks[2].text == "- bullet one\n  continued"
    _check_offsets(doc)


def test_markdown_headings_lists_tables_and_bold():
    src = ("# Response\n\n**Recommendation 1.** To chief constables\n\n**Current status: complete**\n\n"
           "1. first\n2. second\n\n| Rec | Status |\n|---|---|\n| 4 | In progress |\n")
    doc = read_document(src.encode(), "a.md")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == (HEADING, "Response") and doc.blocks[0].level == 1
    assert doc.blocks[2].bold and not doc.blocks[1].bold
    assert (LIST_ITEM, "1. first") in kinds
    rows = [b for b in doc.blocks if b.kind == TABLE_ROW]
    assert rows[0].header and rows[1].cell_texts(doc.text) == ["4", "In progress"]
    assert "**" not in doc.text
    _check_offsets(doc)


def test_html_drops_navigation_banners_scripts_and_footers():
    html = """<html><head><style>p{}</style><script>var x = "Recommendation 9";</script></head><body>
    <div class="govuk-cookie-banner" role="region"><p>Cookies on this site</p></div>
    <header><p>Site name</p></header><nav><a>Home</a></nav>
    <main><h2>Response to recommendation 4</h2><p>We <b>accept</b> it.</p>
    <ul><li>one<ul><li>nested</li></ul></li></ul>
    <table><tr><th>Rec</th><th>Status</th></tr><tr><td>4</td><td><p>In</p><p>progress</p></td></tr></table></main>
    <aside>Related</aside><footer>Copyright</footer></body></html>"""
    doc = read_document(html.encode(), "page")
    assert doc.format == "html"
    for junk in ("Cookies", "Site name", "Home", "Related", "Copyright", "Recommendation 9", "p{}"):
        assert junk not in doc.text
    assert doc.blocks[0].kind == HEADING and doc.blocks[0].level == 2
    assert any(b.kind == LIST_ITEM and b.text == "nested" and b.level == 2 for b in doc.blocks)
    rows = [b for b in doc.blocks if b.kind == TABLE_ROW]
    assert rows[0].header and rows[1].cell_texts(doc.text) == ["4", "In progress"]
    _check_offsets(doc)


def test_docx_headings_lists_tables_and_html_in_cells():
    def build(d):
        d.add_heading("Sussex Police response", level=1)
        d.add_heading("Recommendation one", level=2)
        p = d.add_paragraph()
        p.add_run("Current status: complete").bold = True
        d.add_paragraph("a bullet", style="List Bullet")
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Recommendation", "Response"
        t.cell(1, 0).text, t.cell(1, 1).text = "4", "<p>Work is <b>ongoing</b></p>"
    doc = read_document(docx_bytes(build), "x.bin")
    assert doc.format == "docx"
    assert (doc.blocks[0].kind, doc.blocks[0].level) == (HEADING, 1)
    assert (doc.blocks[1].kind, doc.blocks[1].level) == (HEADING, 2)
    assert doc.blocks[2].bold and doc.blocks[3].kind == LIST_ITEM
    rows = [b for b in doc.blocks if b.kind == TABLE_ROW]
    assert rows[1].cell_texts(doc.text) == ["4", "Work is ongoing"]
    _check_offsets(doc)


def test_pdf_headings_from_font_size_tables_and_pages():
    html = """<html><body style="font-size: 10pt">
    <h1 style="font-size: 20pt">Response of Kent Police</h1>
    <p>Opening paragraph with enough words to be the body text of this page, more words here.</p>
    <h2 style="font-size: 14pt">Recommendation 1</h2><p>We consider this recommendation complete.</p>
    <style>td { border: 1px solid black; padding: 4px }</style><table style="border-collapse: collapse"><tr><td>Rec</td><td>Status</td></tr>
    <tr><td>4</td><td>In progress</td></tr></table>
    <p style="page-break-before: always">Second page text, also body size, for the page count.</p>
    </body></html>"""
    doc = read_document(pdf_bytes(html), "x.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == HEADING]
    assert heads[0] == ("Response of Kent Police", 1)
    assert ("Recommendation 1", 2) in heads
    rows = [b.cell_texts(doc.text) for b in doc.blocks if b.kind == TABLE_ROW]
    assert ["4", "In progress"] in rows
    assert doc.blocks[-1].page == 2
    _check_offsets(doc)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx", "pdf"])
def test_every_format_reads_the_same_response(fmt, catalogue):
    from makers import markdown_to_html

    from rectrack.extraction import extract_bytes
    md = ("# Kent Police response to Safe to share?\n\nDated 3 March 2022. Liberty and Southall Black Sisters' "
          "super-complaint on policing and immigration status.\n\n## Recommendation 1\n\n"
          "Kent Police consider this recommendation implemented and complete.\n\n## Recommendation 4\n\n"
          "Work with specialist organisations is ongoing and a draft pathway is being consulted on.\n")
    if fmt == "text":
        data, name = md.replace("#", "").encode(), "r.txt"
    elif fmt == "markdown":
        data, name = md.encode(), "r.md"
    elif fmt == "html":
        data, name = f"<html><body>{markdown_to_html(md)}</body></html>".encode(), "r.html"
    elif fmt == "docx":
        def build(d):
            for line in md.split("\n\n"):
                if line.startswith("#"):
                    d.add_heading(line.lstrip("# ").strip(), level=line.count("#", 0, 3))
                else:
                    d.add_paragraph(line.strip())
        data, name = docx_bytes(build), "r.docx"
    else:
        data, name = pdf_bytes(f"<html><body>{markdown_to_html(md)}</body></html>"), "r.pdf"
    r = extract_bytes(data, name, catalogue).to_json()
    assert r["format"] == fmt
    assert r["super_complaint"] == "safe-to-share"
    assert [o["id"] for o in r["organisations"]] == ["kent-police"]
    assert r["document_date"] == "2022-03-03"
    got = {x["recommendation"]: x["progress"] for x in r["responses"]}
    assert got == {"1": "complete", "4": "in_progress"}
