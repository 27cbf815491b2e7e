"""Changes to a document that do not change what a careful reader reads from it (ADR 0008, "Invariance").

Each takes the file's text and returns it changed as real files differ from our renderings: a CMS that pastes a
letter with `<br>` line breaks, bolds paragraphs instead of choosing headings, has no `<main>` landmark; a PDF's
text layer with ligatures and soft hyphens; a date written another way. `test_invariance.py` reads every
development document both ways and wants the same reading.
"""
from __future__ import annotations

import re

_TEXT_NODE = re.compile(r">([^<]+)<")
_MONTHS = ("January February March April May June July August September October November December").split()
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (20\d\d)\b")


def _body_text(html: str, change) -> str:
    """change applied to the text between tags after <body> (a <title> is not where such characters go)."""
    head, sep, body = html.partition("<body")
    if not sep:
        head, body = "", html
    return head + sep + _TEXT_NODE.sub(lambda m: ">" + change(m.group(1)) + "<", body)


def _invisible(t: str) -> str:
    t = re.sub(r"\b([A-Za-z]{4})([a-z]{4,})", "\\1\u00ad\\2", t)  # soft hyphens inside long words
    t = t.replace("fi", "\ufb01").replace("fl", "\ufb02")  # ligatures
    return re.sub(r"(\w) (\w)", "\\1\u200b \\2", t, count=3)  # zero-width spaces


def _us_dates(t: str) -> str:
    return _DATE.sub(lambda m: f"{m.group(2)} {m.group(1)}, {m.group(3)}", t)


def _numeric_dates(t: str) -> str:
    return _DATE.sub(lambda m: f"{int(m.group(1)):02d}/{_MONTHS.index(m.group(2)) + 1:02d}/{m.group(3)}", t)


def _collapsed(html: str) -> str:
    """Each <h2>/<h3> section of the content as a collapsed accordion panel, as a page saved from the browser (or
    rendered on the server) has it: the heading's button controls the panel, which is `hidden` until opened."""
    head, sep, rest = html.partition("<main")
    if not sep:
        return html
    n = [0]

    def section(m):
        n[0] += 1
        i = n[0]
        return (f'<{m.group(1)}><button aria-controls="panel-{i}" aria-expanded="false">{m.group(2)}</button>'
                f'</{m.group(1)}><div id="panel-{i}" class="accordion__panel" hidden>{m.group(3)}</div>')

    rest = re.sub(r"<(h[23])>(.*?)</\1>(.*?)(?=<h[1-3][ >]|</main>)", section, rest, flags=re.S)
    return head + sep + rest


HTML = {
    # a letter pasted into a CMS: its paragraphs kept apart only by two line breaks
    "br_paragraphs": lambda h: re.sub(r"</p>\s*<p>", "<br><br>", h),
    # headings written as bold paragraphs
    "bold_headings": lambda h: re.sub(r"<h([2-4])([^>]*)>(.*?)</h\1>", r"<p><strong>\3</strong></p>", h, flags=re.S),
    # no <main> or <article>: the content is a <div> like the menus around it
    "no_landmarks": lambda h: re.sub(r"<(main|article)\b", "<div", h).replace("</main>", "</div>")
    .replace("</article>", "</div>"),
    "layout_table": lambda h: re.sub(r"(<main[^>]*>)(.*)(</main>)", r"\1<table><tr><td>\2</td></tr></table>\3", h,
                                     flags=re.S),
    "collapsed_accordions": lambda h: _collapsed(h),
    # a CMS table whose header row is bold cells, not <th> in a <thead>
    "bold_header_cells": lambda h: re.sub(r"<th([^>]*)>(.*?)</th>", r"<td\1><strong>\2</strong></td>",
                                          h.replace("<thead>", "").replace("</thead>", ""), flags=re.S),
    # a protective marking at the top and the foot of the content
    "protective_marking": lambda h: re.sub(r"(<main[^>]*>)(.*)(</main>)", r"\1<p>OFFICIAL</p>\2<p>OFFICIAL</p>\3", h,
                                           flags=re.S),
    "headings_down": lambda h: re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", h),
    "paragraphs_in_items": lambda h: re.sub(r"<li([^>]*)>(.*?)</li>", r"<li\1><p>\2</p></li>", h, flags=re.S),
    "divs_for_paragraphs": lambda h: re.sub(r"<p(\s[^>]*)?>", r"<div\1>", h).replace("</p>", "</div>"),
    "invisible_characters": lambda h: _body_text(h, _invisible),
    "us_dates": lambda h: _body_text(h, _us_dates),
    "numeric_dates": lambda h: _body_text(h, _numeric_dates),
}

MARKDOWN = {
    # headings written as bold lines
    "bold_headings": lambda t: re.sub(r"^#{2,4}[ \t]+(.+?)[ \t]*$", r"**\1**", t, flags=re.M),
    "invisible_characters": _invisible,
}

def _paged(t: str, marks: str = "OFFICIAL") -> str:
    """A PDF converted to text: each page's running header (the first page's too) and footer, and a form feed,
    every 25 lines."""
    lines = t.split("\n")
    out = [marks, ""]
    for i in range(0, len(lines), 25):
        if i:
            out += ["", f"Page {i // 25} of {(len(lines) + 24) // 25}", "\f" + marks, ""]
        out += lines[i:i + 25]
    return "\n".join(out)


TEXT = {
    "page_furniture": _paged,
    "protective_marking": lambda t: "OFFICIAL - SENSITIVE\n\n" + t + "\n\nOFFICIAL - SENSITIVE\n",
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "invisible_characters": _invisible,
    "us_dates": _us_dates,
}


# --- Word files: the changes are made to word/document.xml ---------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx_xml(data: bytes, change) -> bytes:
    import io
    import zipfile

    from lxml import etree

    zin, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            part = zin.read(info.filename)
            if info.filename == "word/document.xml":
                root = etree.fromstring(part)
                change(root.find(_W + "body"))
                part = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            z.writestr(info, part)
    return out.getvalue()


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(_W + "t"))


def _front(body) -> list:
    """The letterhead's paragraphs: the short ones before the salutation or the first sentence."""
    out = []
    for p in body:
        if p.tag != _W + "p":
            break
        t = _text(p).strip()
        if not t:
            continue
        if len(t) > 70 or t.lower().startswith(("dear", "re:", "subject")) or t.endswith(".") \
                or p.find(f"{_W}pPr/{_W}pStyle") is not None or "recommendation" in t.lower():
            break  # a styled paragraph (a title, a heading) is not typed as a letterhead's line
        out.append(p)
    return out


def _letterhead_lines(body) -> None:
    """The letterhead typed as one paragraph with Shift+Enter between its lines."""
    from lxml import etree

    front = _front(body)
    for p in front[1:]:
        br = etree.SubElement(front[0], _W + "r")
        etree.SubElement(br, _W + "br")
        for r in p.findall(_W + "r"):
            front[0].append(r)
        body.remove(p)


def _letterhead_text_box(body) -> None:
    """The letterhead in a text box anchored in the paragraph after it, written twice as Word writes it."""
    import copy

    from lxml import etree

    front = _front(body)
    anchor = front[-1].getnext() if front else None
    if len(front) < 2 or anchor is None or anchor.tag != _W + "p":
        return
    run = etree.Element(_W + "r")
    ac = etree.SubElement(run, f"{{{_MC}}}AlternateContent")
    choice = etree.SubElement(etree.SubElement(ac, f"{{{_MC}}}Choice", Requires="wps"), _W + "txbxContent")
    fallback = etree.SubElement(etree.SubElement(ac, f"{{{_MC}}}Fallback"), _W + "txbxContent")
    for p in front:
        body.remove(p)
        choice.append(copy.deepcopy(p))
        fallback.append(copy.deepcopy(p))
    anchor.insert(0, run)


def _layout_table(body) -> None:
    """The whole letter inside a one-cell table (some templates lay a page out so)."""
    from lxml import etree

    content = [el for el in body if el.tag in (_W + "p", _W + "tbl")]
    if not content:
        return
    tbl = etree.Element(_W + "tbl")
    tc = etree.SubElement(etree.SubElement(tbl, _W + "tr"), _W + "tc")
    content[0].addprevious(tbl)
    for el in content:
        tc.append(el)


def _no_header_rows(body) -> None:
    """Tables whose first row is not marked as a header (few authors tick "repeat as header row")."""
    for mark in list(body.iter(_W + "tblHeader")):
        mark.getparent().remove(mark)


def _marking(body) -> None:
    """OFFICIAL as the first and the last paragraph of the letter."""
    from lxml import etree

    content = [el for el in body if el.tag in (_W + "p", _W + "tbl")]
    for where in (content[0].addprevious, content[-1].addnext) if content else ():
        p = etree.Element(_W + "p")
        etree.SubElement(etree.SubElement(p, _W + "r"), _W + "t").text = "OFFICIAL"
        where(p)


DOCX = {
    "protective_marking": lambda data: _docx_xml(data, _marking),
    "unmarked_header_rows": lambda data: _docx_xml(data, _no_header_rows),
    "layout_table": lambda data: _docx_xml(data, _layout_table),
    "letterhead_lines": lambda data: _docx_xml(data, _letterhead_lines),
    "letterhead_text_box": lambda data: _docx_xml(data, _letterhead_text_box),
}


# --- PDF files: the same document typeset otherwise -------------------------------------------------------------

# a designed report or a Word file set to hyphenate: justified text broken inside words at line ends
PDF_CSS = {"hyphenated": "p, li, td { text-align: justify; hyphens: auto; }"}
