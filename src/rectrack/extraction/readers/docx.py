"""DOCX via python-docx: headings from paragraph styles, list items, tables in document order.

The archive is checked before anything is decompressed: the central directory's declared
sizes bound what zipfile will ever inflate, so a zip bomb is refused from its directory.
"""
from __future__ import annotations

import io
import re
import zipfile

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, Document, DocumentBuilder, is_marking, lines_as_blocks, own_label
from ..errors import ExtractionError
from ..limits import DEFAULT_LIMITS, Limits, megabytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX = _W + "txbxContent"
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift)\s*(\d)$", re.I)


def check_archive(data: bytes, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Refuse from the central directory what would inflate too far. zipfile never returns more than a
    member's declared size (a member that inflates further fails its CRC check), so the declared sizes
    bound all later work."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, IndexError):
        raise ExtractionError("The file is a damaged or truncated ZIP archive, not a readable Word document.") from None
    if len(infos) > limits.max_docx_entries:
        raise ExtractionError(f"The archive holds {len(infos):,} files, too many for a Word document.")
    total = sum(i.file_size for i in infos)
    if total > limits.max_docx_uncompressed_bytes:
        raise ExtractionError(
            f"The Word document would unpack to {total / 1048576:.0f} MB, over the "
            f"{megabytes(limits.max_docx_uncompressed_bytes)} allowed; it looks like a zip bomb.")
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if xml > limits.max_docx_xml_bytes:
        raise ExtractionError(
            f"The Word document's text parts would unpack to {xml / 1048576:.0f} MB, over the "
            f"{megabytes(limits.max_docx_xml_bytes)} allowed.")
    for i in infos:
        if i.file_size > 1048576 and i.compress_size and i.file_size / i.compress_size > limits.max_docx_ratio:
            raise ExtractionError(
                f"A part of the archive ({i.filename[:80]}) is compressed {i.file_size // i.compress_size} to 1, "
                f"which only a zip bomb does.")
        if i.file_size > limits.max_docx_part_bytes:
            raise ExtractionError(
                f"A part of the Word document ({i.filename[:80]}) would unpack to {i.file_size / 1048576:.0f} MB, "
                f"over the {megabytes(limits.max_docx_part_bytes)} allowed for one part.")
        if i.flag_bits & 0x1:
            raise ExtractionError("The Word document is encrypted (password-protected); save an unprotected copy.")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "EncryptedPackage" in names:
            raise ExtractionError("The Word document is encrypted (password-protected); save an unprotected copy.")
        if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
            raise ExtractionError("The file is an Excel or PowerPoint file, not a Word document rectrack can read.")
        raise ExtractionError("The file is a ZIP archive but not a Word (DOCX) document.")
    return zf


def read_docx(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    check_archive(data, limits)
    try:
        import docx
        from docx.oxml.ns import qn  # noqa: F401  (import check: python-docx is usable)
        d = docx.Document(io.BytesIO(data))
        styles = _style_names(d)
        b = DocumentBuilder("docx", limits)
        _drop_fallbacks(d.element.body)
        styles.numbering = _Numbering(d)
        _body(d.element.body, b, styles)
        return b.build(meta=_file_meta(d))
    except ExtractionError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, zipfile.BadZipFile, OSError, EOFError) as e:
        raise ExtractionError(f"The Word document is damaged and cannot be read ({type(e).__name__}).") from None
    except Exception as e:  # lxml and python-docx raise many kinds on malformed parts
        raise ExtractionError(f"The Word document is damaged and cannot be read ({type(e).__name__}).") from None


def _file_meta(d) -> dict[str, str]:
    """The letterhead in the page header (which is not the body's text), and the file's own title."""
    meta: dict[str, str] = {}
    try:
        lines = []
        for section in d.sections[:1]:
            for part in (section.first_page_header, section.header):
                if not part.is_linked_to_previous:  # reading a header that has no definition would add one
                    # every paragraph of the header: its own, its tables' and its text boxes' (a letterhead is
                    # often a table or a text box beside the logo), each once
                    _drop_fallbacks(part._element)
                    lines += [t for t in (_own_text(p) for p in part._element.iter(_W + "p")) if t.strip()]
                    lines += _logo_names(part._element)
        if lines:
            meta["header"] = " / ".join(dict.fromkeys(lines))
        # the page footer: an address line or "Issued by ..." naming the writer, as a PDF's running footer does
        foot = []
        for section in d.sections[:1]:
            for part in (section.first_page_footer, section.footer):
                if not part.is_linked_to_previous:
                    _drop_fallbacks(part._element)
                    foot += [t for t in (_own_text(p) for p in part._element.iter(_W + "p")) if t.strip()]
        foot = [t for t in foot if not is_marking(t.strip())]
        if foot:
            meta["running"] = " / ".join(dict.fromkeys(foot))
        props = d.core_properties
        if props.title:
            meta["title"] = props.title
        if props.author:
            meta["author"] = props.author
    except Exception:  # properties are a refinement: a damaged header part must not lose the text
        pass
    return meta


_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_LOGO_WORDS = re.compile(r"\b(?:logo(?:type)?|crest|badge|letterhead|banner|image|picture|graphic)s?\b", re.I)
_LEFT_OVER = re.compile(r"^(?:the\s+)?(?:of|for)\s+|\s+(?:of|for)$", re.I)


def _logo_names(header) -> list[str]:
    """A letterhead that is only a picture says whose it is in its alternative text ("Crown Prosecution Service
    logo"): the name without the words that describe the picture. A file name ("Picture 1", "image001.png") is not
    a name."""
    out = []
    for el in header.iter(_DOC_PR):
        for alt in (el.get("descr"), el.get("title")):
            name = _LEFT_OVER.sub("", " ".join(_LOGO_WORDS.sub(" ", alt or "").split()).strip(" -:,."))
            if len(name) > 3 and not re.search(r"\.\w{3,4}$|^\d+$|\d$", name):
                out.append(name)
    return out


class _Styles(dict):
    """Style names by id, and the document's list numbering (`_Numbering`) once read."""
    numbering: _Numbering | None = None


def _style_names(d) -> _Styles:
    out = _Styles()
    try:
        for s in d.styles:
            if s.style_id and s.name:
                out[s.style_id] = s.name
    except Exception:
        pass
    return out


_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40), ("x", 10),
          ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(n: int) -> str:
    out = ""
    for sym, val in _ROMAN:
        while n >= val:
            out, n = out + sym, n - val
    return out


class _Numbering:
    """The numbers Word draws before numbered paragraphs ("1.", "2.1", "Recommendation 3:"), which are in the
    numbering definitions, not in the text: an action plan whose headings are numbered "Recommendation %1" by the
    list style has no recommendation number in its text at all. Counted as Word counts them, in document order."""

    def __init__(self, d):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.style_num: dict[str, tuple[str, int]] = {}  # styleId -> (numId, ilvl)
        self.counters: dict[str, list[int]] = {}
        try:
            root = d.part.numbering_part.element
        except Exception:  # a document without lists
            return
        abstract = {}
        for a in root.findall(_W + "abstractNum"):
            lvls = {}
            for lvl in a.findall(_W + "lvl"):
                fmt, txt, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
                lvls[int(lvl.get(_W + "ilvl") or 0)] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    txt.get(_W + "val") if txt is not None else "",
                    int(start.get(_W + "val")) if start is not None and (start.get(_W + "val") or "").isdigit() else 1)
            abstract[a.get(_W + "abstractNumId")] = lvls
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None and ref.get(_W + "val") in abstract:
                self.levels[num.get(_W + "numId")] = abstract[ref.get(_W + "val")]
        try:
            for st in d.styles.element.findall(_W + "style"):
                num_id = st.find(f"{_W}pPr/{_W}numPr/{_W}numId")
                if num_id is not None:
                    ilvl = st.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
                    self.style_num[st.get(_W + "styleId")] = (
                        num_id.get(_W + "val"), int(ilvl.get(_W + "val") or 0) if ilvl is not None else 0)
        except Exception:
            pass

    def label(self, p, style_id: str) -> str:
        """The number drawn before paragraph p ("" when it has none, or only a bullet)."""
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = self.style_num.get(style_id, (None, 0))
        if num_pr is not None:
            nid, lvl = num_pr.find(_W + "numId"), num_pr.find(_W + "ilvl")
            num_id = nid.get(_W + "val") if nid is not None else num_id
            ilvl = int(lvl.get(_W + "val") or 0) if lvl is not None and (lvl.get(_W + "val") or "").isdigit() else ilvl
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels or not 0 <= ilvl < 9:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        for k in range(ilvl + 1, 9):
            counters[k] = 0  # a deeper level starts again under each item of this one
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl][2]
        fmt, text = levels[ilvl][0], levels[ilvl][1]
        if fmt in ("bullet", "none") or "%" not in text:
            return ""

        def shown(m) -> str:
            k = int(m.group(1)) - 1
            n = counters[k] or (levels.get(k, ("decimal", "", 1))[2])
            f = levels.get(k, ("decimal",))[0]
            if f in ("lowerLetter", "upperLetter"):
                s = chr(ord("a") + (n - 1) % 26)
                return s.upper() if f == "upperLetter" else s
            if f in ("lowerRoman", "upperRoman"):
                return _roman(n).upper() if f == "upperRoman" else _roman(n)
            return str(n)

        return re.sub(r"%([1-9])", shown, text).strip()


def _drop_fallbacks(root) -> None:
    """Word writes a text box twice: as a drawing (mc:Choice) and again as VML for older readers (mc:Fallback).
    The copy is dropped so a letterhead in a text box is read once. (The tree is read, never saved.)"""
    for fb in list(root.iter(_FALLBACK)):
        fb.getparent().remove(fb)


def _text_boxes_first(p, b: DocumentBuilder, styles) -> None:
    """A text box (a letterhead's address and date beside the logo, a panel of references) is read as blocks of its
    own, before the paragraph it is anchored to, and taken out of that paragraph's text: inside it, its lines ran
    into the anchoring paragraph ("Church Lane Lewes 5 March 2024Dear Chief Inspector")."""
    for box in list(p.iter(_TEXT_BOX)):
        parent = box.getparent()
        if parent is None or not any(a is p for a in box.iterancestors()):
            continue  # a box inside a box already read
        _body(box, b, styles)
        parent.remove(box)


def _body(body, b: DocumentBuilder, styles):
    for child in body.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            if child.find(".//" + _TEXT_BOX) is not None:
                _text_boxes_first(child, b, styles)
            _paragraph(child, b, styles)
        elif tag == _W + "tbl":
            if _layout_table(child, styles):
                for tc in child.iter(_W + "tc"):  # each cell's content as the page's own blocks
                    if _enclosing_table(tc) is child:
                        _body(tc, b, styles)
            else:
                _table(child, b)
        elif tag == _W + "sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                _body(content, b, styles)


def _text(el) -> str:
    parts = []
    for node in el.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "delText"):
        t = node.tag
        if t == _W + "t":
            parts.append(node.text or "")
        elif t == _W + "delText":
            continue  # tracked deletions are not the document's text
        else:
            parts.append(" ")
    return "".join(parts)


def _lines(p) -> list[tuple[str, bool]]:
    """A paragraph with line breaks (Shift+Enter: a letterhead's or an address's lines, "5 March 2024" on a line of
    its own) as the blocks a text file's lines would make (`blocks.lines_as_blocks`), each bold or not."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    total = bold_chars = 0
    for r in p.iter(_W + "r"):
        bold = _run_bold(r)
        for node in r:
            t = node.tag
            if t == _W + "t":
                n = len("".join((node.text or "").split()))
                parts.append(node.text or "")
                total += n
                bold_chars += n if bold else 0
            elif t == _W + "tab":
                parts.append(" ")
            elif t in (_W + "br", _W + "cr"):
                lines.append(("".join(parts), total > 0 and bold_chars == total))
                parts, total, bold_chars = [], 0, 0
    lines.append(("".join(parts), total > 0 and bold_chars == total))
    return lines_as_blocks(lines)


def _paragraph(p, b: DocumentBuilder, styles):
    text = _text(p)
    if not text.strip():
        return
    label = ""
    numbering = styles.numbering
    if numbering is not None and (numbering.style_num or p.find(f"{_W}pPr/{_W}numPr") is not None):
        ps = p.find(f"{_W}pPr/{_W}pStyle")
        label = numbering.label(p, ps.get(_W + "val") if ps is not None else "")  # counted even when not shown
        if label and own_label(text):
            label = ""  # the paragraph writes its own number ("7.1 every officer ...")
        if label:
            text = label + " " + text
    if p.find(".//" + _W + "br") is not None or p.find(".//" + _W + "cr") is not None:
        lines = _lines(p)
        if label and lines:
            lines[0] = (label + " " + lines[0][0], lines[0][1])
    else:
        lines = None
    ppr = p.find(_W + "pPr")
    style = ""
    level = None
    numbered = False
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        if ps is not None:
            sid = ps.get(_W + "val") or ""
            style = styles.get(sid, sid)
        num = ppr.find(_W + "numPr")
        if num is not None:
            numbered = True
            ilvl = num.find(_W + "ilvl")
            level = (
                int(ilvl.get(_W + "val") or 0) + 1 if ilvl is not None and (ilvl.get(_W + "val") or "").isdigit() else 1
            )
        ol = ppr.find(_W + "outlineLvl")
        if ol is not None and (ol.get(_W + "val") or "").isdigit() and int(ol.get(_W + "val")) < 9:
            b.add(HEADING, text, level=int(ol.get(_W + "val")) + 1)
            return
    m = _HEADING_STYLE.match(style.strip())
    if m:
        b.add(HEADING, text, level=int(m.group(1)))
    elif style.lower() == "title":
        b.add(HEADING, text, level=1)
    elif style.lower() == "subtitle":
        b.add(HEADING, text, level=2)
    elif numbered or "list" in style.lower():
        b.add(LIST_ITEM, text, level=level or 1, bold=_all_bold(p))
    elif lines and (len(lines) > 1 or "\u2028" in lines[0][0]):
        for line, bold in lines:
            b.add(PARAGRAPH, line, bold=bold)
    else:
        b.add(PARAGRAPH, text, bold=_all_bold(p))


def _run_bold(r) -> bool:
    rpr = r.find(_W + "rPr")
    return rpr is not None and rpr.find(_W + "b") is not None and \
        (rpr.find(_W + "b").get(_W + "val") or "true") not in ("0", "false")


def _all_bold(p) -> bool:
    seen = False
    for r in p.iter(_W + "r"):
        t = "".join(x.text or "" for x in r.iter(_W + "t"))
        if not t.strip():
            continue
        if not _run_bold(r):
            return False
        seen = True
    return seen


def _table(tbl, b: DocumentBuilder):
    tid = b.new_table()
    for tr in tbl.iter(_W + "tr"):
        if _enclosing_table(tr) is not tbl:
            continue  # rows of a nested table are read as the text of their cell
        cells = []
        for tc in tr.findall(_W + "tc"):
            paras = [_text(p) for p in tc.iter(_W + "p")]
            if tc.find(".//" + _TEXT_BOX) is not None:  # a box's paragraphs are in its anchor's text already
                paras = [_text(p) for p in tc.iter(_W + "p") if not _in_text_box(p)]
            cells.append("\n".join(x for x in paras if x.strip()))
        trpr = tr.find(_W + "trPr")
        header = trpr is not None and trpr.find(_W + "tblHeader") is not None
        b.add_row(cells, tid, header=header)


def _in_text_box(el) -> bool:
    return any(a.tag == _TEXT_BOX for a in el.iterancestors())


def _own_text(p) -> str:
    """A paragraph's text without that of the text boxes anchored in it (their paragraphs are read on their own)."""
    if p.find(".//" + _TEXT_BOX) is None:
        return _text(p)
    return "".join(t.text or "" for t in p.iter(_W + "t") if not any(
        a.tag == _TEXT_BOX for a in t.iterancestors() if a is not p and any(x is p for x in a.iterancestors())))


def _layout_table(tbl, styles) -> bool:
    """A table that lays the page out rather than holding data: one column (a letter in a one-cell table), or
    headings in its cells."""
    rows = [tr for tr in tbl.iter(_W + "tr") if _enclosing_table(tr) is tbl]
    if rows and all(len(tr.findall(_W + "tc")) <= 1 for tr in rows):
        return True
    for ps in tbl.iter(_W + "pStyle"):
        if _HEADING_STYLE.match(styles.get(ps.get(_W + "val") or "", ps.get(_W + "val") or "").strip()):
            return True
    return False


def _enclosing_table(el):
    p = el.getparent()
    while p is not None and p.tag != _W + "tbl":
        p = p.getparent()
    return p
