"""How the DOCX reader reads what Word letters do (ADR 0008, "Invariance"): lines ended with Shift+Enter, text boxes
(written twice by Word: as a drawing and as VML for older readers), letterheads in a header's table or text box."""
import copy

from lxml import etree

from rectrack.extraction import extract_bytes
from rectrack.extraction.readers.docx import read_docx

from .makers import docx_bytes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"


def _lines(p, lines):
    p.add_run(lines[0])
    for line in lines[1:]:
        p.add_run().add_break()
        p.add_run(line)


def _text_box(anchor, paragraphs) -> None:
    """Move paragraphs into a text box anchored in `anchor`, as Word writes one: a drawing and a VML copy."""
    run = etree.Element(W + "r")
    ac = etree.SubElement(run, f"{{{MC}}}AlternateContent")
    drawing = etree.SubElement(etree.SubElement(ac, f"{{{MC}}}Choice", Requires="wps"), W + "drawing")
    anchor_el = etree.SubElement(drawing, f"{{{WP}}}anchor")
    etree.SubElement(anchor_el, f"{{{WP}}}docPr", id="1", name="Text Box 1")
    data = etree.SubElement(etree.SubElement(anchor_el, f"{{{A}}}graphic"), f"{{{A}}}graphicData")
    box = etree.SubElement(etree.SubElement(etree.SubElement(data, f"{{{WPS}}}wsp"), f"{{{WPS}}}txbx"),
                           W + "txbxContent")
    shape = etree.SubElement(etree.SubElement(etree.SubElement(ac, f"{{{MC}}}Fallback"), W + "pict"), f"{{{V}}}shape")
    fallback = etree.SubElement(etree.SubElement(shape, f"{{{V}}}textbox"), W + "txbxContent")
    for p in paragraphs:
        p.getparent().remove(p)
        box.append(copy.deepcopy(p))
        fallback.append(copy.deepcopy(p))
    anchor.insert(0, run)


def _letter(d, head_in_box: bool = False):
    head = d.add_paragraph("Staffordshire Police")
    date = d.add_paragraph("20 August 2021")
    dear = d.add_paragraph("Dear HM Inspector,")
    d.add_paragraph("Re: The hidden victims: report on Hestia's super-complaint")
    p = d.add_paragraph()
    _lines(p, ["Recommendation 2", "All frontline staff have completed the modern slavery awareness package."])
    d.add_paragraph("Yours sincerely,")
    if head_in_box:
        _text_box(dear._p, [head._p, date._p])


def _reading(data: bytes, catalogue) -> tuple:
    r = extract_bytes(data, "x.docx", catalogue)
    return (r.super_complaint, tuple(o.id for o in r.organisations), r.document_date,
            tuple((p.recommendation, str(p.progress)) for p in r.responses))


def test_lines_ended_with_shift_enter_stay_lines_and_a_wrap_is_joined():
    def build(d):
        _lines(d.add_paragraph(), ["Sussex Police", "Church Lane", "5 March 2024", "", "Our ref: AB/12"])
        _lines(d.add_paragraph(), ["Every case is now reviewed by an inspector at twenty-eight days, as the national",
                                   "bail lead set out."])
    texts = [b.text for b in read_docx(docx_bytes(build)).blocks]
    assert texts == ["Sussex Police\nChurch Lane\n5 March 2024", "Our ref: AB/12",
                     "Every case is now reviewed by an inspector at twenty-eight days, as the national bail lead "
                     "set out."]


def test_a_letterhead_in_a_text_box_is_read_once_and_before_its_anchor(catalogue):
    plain = docx_bytes(_letter)
    boxed = docx_bytes(lambda d: _letter(d, head_in_box=True))
    texts = [b.text for b in read_docx(boxed).blocks]
    assert texts[:3] == ["Staffordshire Police", "20 August 2021", "Dear HM Inspector,"]
    assert sum(t.count("Staffordshire Police") for t in texts) == 1
    assert _reading(boxed, catalogue) == _reading(plain, catalogue)
    assert _reading(plain, catalogue)[1:3] == (("staffordshire-police",), "2021-08-20")


def test_a_letterhead_in_a_header_table_or_text_box_is_the_header():
    def build(d):
        header = d.sections[0].header
        table = header.add_table(rows=1, cols=2, width=d.sections[0].page_width)
        table.cell(0, 1).text = "Office of the Police and Crime Commissioner for Kent"
        box_anchor = header.add_paragraph("")
        inner = header.add_paragraph("Sutton Road, Maidstone")
        _text_box(box_anchor._p, [inner._p])
        d.add_paragraph("Dear HM Inspector,")
    meta = read_docx(docx_bytes(build)).meta
    assert "Office of the Police and Crime Commissioner for Kent" in meta["header"]
    assert meta["header"].count("Sutton Road, Maidstone") == 1


def test_a_letter_in_a_one_cell_table_reads_as_the_letter(catalogue):
    def boxed(d):
        _letter(d)
        body = d.element.body
        content = [el for el in body if el.tag in (W + "p", W + "tbl")]
        tbl = etree.Element(W + "tbl")
        cell = etree.SubElement(etree.SubElement(tbl, W + "tr"), W + "tc")
        content[0].addprevious(tbl)
        for el in content:
            cell.append(el)

    assert _reading(docx_bytes(boxed), catalogue) == _reading(docx_bytes(_letter), catalogue)
    assert [b.kind for b in read_docx(docx_bytes(boxed)).blocks][:2] == ["paragraph", "paragraph"]


def _numbered(d, num_id: str, text: str, fmt: str = "decimal", start: str = "1") -> None:
    """A list definition drawing `text` (Word's "%1" is the item's number) before each paragraph that uses it."""
    numbering = d.part.numbering_part.element
    abstract = etree.Element(W + "abstractNum", {W + "abstractNumId": num_id})
    lvl = etree.SubElement(abstract, W + "lvl", {W + "ilvl": "0"})
    etree.SubElement(lvl, W + "start", {W + "val": start})
    etree.SubElement(lvl, W + "numFmt", {W + "val": fmt})
    etree.SubElement(lvl, W + "lvlText", {W + "val": text})
    numbering.find(W + "num").addprevious(abstract)
    num = etree.SubElement(numbering, W + "num", {W + "numId": num_id})
    etree.SubElement(num, W + "abstractNumId", {W + "val": num_id})


def _number(p, num_id: str) -> None:
    num_pr = etree.SubElement(p._p.get_or_add_pPr(), W + "numPr")
    etree.SubElement(num_pr, W + "ilvl", {W + "val": "0"})
    etree.SubElement(num_pr, W + "numId", {W + "val": num_id})


def test_the_numbers_word_draws_before_numbered_paragraphs_are_read(catalogue):
    def build(d):
        _numbered(d, "90", "Recommendation %1:")
        _numbered(d, "91", "(%1)", fmt="lowerLetter", start="2")
        d.add_paragraph("Staffordshire Police")
        d.add_paragraph("20 August 2021")
        d.add_paragraph("Re: The hidden victims: report on Hestia's super-complaint")
        for head, answer in (("Call handlers", "All call handlers have completed the awareness package."),
                             ("Investigations", "Investigations are being moved to the Exploitation Hub.")):
            _number(d.add_paragraph(head, style="Heading 2"), "90")
            d.add_paragraph(answer)
        _number(d.add_paragraph("a part"), "91")
        d.add_paragraph("The audit is complete.", style="List Number")  # the list style's own numbering
        d.add_paragraph("A bullet.", style="List Bullet")

    data = docx_bytes(build)
    texts = [b.text for b in read_docx(data).blocks]
    assert "Recommendation 1: Call handlers" in texts and "Recommendation 2: Investigations" in texts
    assert "(b) a part" in texts and "1. The audit is complete." in texts and "A bullet." in texts
    r = extract_bytes(data, "x.docx", catalogue)
    assert [(p.recommendation, str(p.progress)) for p in r.responses] == [("1", "complete"), ("2", "in_progress")]
