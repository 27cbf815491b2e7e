"""Render one document, written once as a small HTML body, into the formats responses are published in.

The body uses a few elements only: h1-h4, p (with strong, em, br), ul/ol/li, table/tr/th/td, and
``<div class="letterhead">`` (address lines, with br). Each rendering adds what that format carries in
real life: a web page gets a site's furniture (cookie banner, navigation, breadcrumbs, footer, share
links); a Word document gets styles or only bold text for headings and, for letters, a letterhead in the
page header; a PDF gets running headers and page numbers and ruled or unruled tables; a text file is what
a conversion from PDF looks like (hard-wrapped lines, tables as "label: value" rows or pipes).
"""
from __future__ import annotations

import html as html_lib
import io
import textwrap
from dataclasses import dataclass, field

import lxml.html


@dataclass
class Style:
    site: str = "force"  # html furniture: force | pcc | govuk | news | national | plain
    site_name: str = ""  # the organisation whose website it is (in the header and footer)
    page_title: str = ""
    wrap: int | None = None  # text: hard-wrap paragraphs at this width
    text_tables: str = "form"  # text: form ("Header: value" lines) | pipes
    upper_h1: bool = False  # text: the title in capitals
    docx_headings: str = "styles"  # docx: styles | bold
    docx_letterhead_in_header: bool = False  # docx: the letterhead goes in the page header, not the body
    pdf_ruled: bool = True  # pdf: tables drawn with rules, or aligned text only
    pdf_header: str = ""  # pdf: a running header line on every page
    extra_head: str = ""  # html: extra <meta> tags
    furniture_words: list[str] = field(default_factory=list)  # html: words the navigation shows
    # html, a content management system's page as force and PCC sites are built: a mega-menu of the site's
    # topics (not in <nav>), "Report it" / "Contact us" panels and a "Was this page useful?" block in the
    # content column, a related-links list, and the page's own dates under the content
    mega_menu: list[str] = field(default_factory=list)  # topics of the drop-down menu
    panels: bool = False
    related: list[str] = field(default_factory=list)
    page_dates: str = ""  # html fragment under the content ("Published: ... Last reviewed: ... Next review: ...")
    docx_letterhead: str = ""  # docx: "" (in the body) | header_image (only a logo's alt text) | table (a cell)
    pdf_cover: str = ""  # pdf: html of a cover page before the body
    pdf_footer: str = ""  # pdf: a running footer line on every page
    docx_footer: str = ""  # docx: a line in the page footer (an address, "Issued by ...")


def _children(body: str):
    return lxml.html.fragment_fromstring(body, create_parent="div").iterchildren()


def _inline_text(el, bold_marks: tuple[str, str] = ("", "")) -> str:
    """An element's text with <br> as newlines and <strong> wrapped in the given marks."""
    def flat(s):  # line breaks in the source are spaces; only <br> breaks a line
        return " ".join((s or "").split("\n"))

    out = [flat(el.text)]
    for child in el.iterchildren():
        if child.tag == "br":
            out.append("\n")
        elif child.tag in ("strong", "b"):
            out.append(bold_marks[0] + _inline_text(child) + bold_marks[1])
        else:
            out.append(_inline_text(child, bold_marks))
        out.append(flat(child.tail))
    return "".join(out)


def _rows(table) -> list[tuple[bool, list[str]]]:
    rows = []
    for tr in table.iter("tr"):
        cells = [c for c in tr.iterchildren() if c.tag in ("td", "th")]
        rows.append((all(c.tag == "th" for c in cells), [" ".join(_inline_text(c).split()) for c in cells]))
    return rows


# --- text ---------------------------------------------------------------------------------------

def to_text(body: str, style: Style) -> str:
    out: list[str] = []
    for el in _children(body):
        tag = el.tag
        if tag in ("h1", "h2", "h3", "h4"):
            t = " ".join(_inline_text(el).split())
            out.append(t.upper() if tag == "h1" and style.upper_h1 else t)
        elif tag == "p":
            out.append("\n".join(_wrap(line, style.wrap) for line in _inline_text(el).split("\n")))
        elif tag == "div":
            out.append("\n".join(" ".join(x.split()) for x in _inline_text(el).split("\n") if x.strip()))
        elif tag in ("ul", "ol"):
            items = [" ".join(_inline_text(li).split()) for li in el.iterchildren("li")]
            out.append("\n".join((f"{i}. " if tag == "ol" else "\u2022 ") + _wrap(t, style.wrap, hang=3)
                                 for i, t in enumerate(items, 1)))
        elif tag == "table":
            rows = _rows(el)
            header = rows[0][1] if rows and rows[0][0] else None
            data = rows[1:] if header else rows
            if style.text_tables == "pipes" or not header:
                out.append("\n".join(" | ".join(cells) for _, cells in rows))
            else:
                for _, cells in data:
                    out.append("\n".join(f"{h}: {c}" for h, c in zip(header, cells) if c))
    return "\n\n".join(x for x in out if x.strip()) + "\n"


def _wrap(text: str, width: int | None, hang: int = 0) -> str:
    text = " ".join(text.split())
    if not width:
        return text
    return textwrap.fill(text, width, subsequent_indent=" " * hang)


# --- Markdown -----------------------------------------------------------------------------------

def to_markdown(body: str, style: Style) -> str:
    out: list[str] = []
    for el in _children(body):
        tag = el.tag
        if tag in ("h1", "h2", "h3", "h4"):
            out.append("#" * int(tag[1]) + " " + " ".join(_inline_text(el).split()))
        elif tag == "p":
            out.append("  \n".join(" ".join(x.split()) for x in _inline_text(el, ("**", "**")).split("\n")))
        elif tag == "div":
            out.append("  \n".join(" ".join(x.split()) for x in _inline_text(el).split("\n") if x.strip()))
        elif tag in ("ul", "ol"):
            out.append("\n".join((f"{i}. " if tag == "ol" else "- ") + " ".join(_inline_text(li, ("**", "**")).split())
                                 for i, li in enumerate(el.iterchildren("li"), 1)))
        elif tag == "table":
            rows = _rows(el)
            header = rows[0][1] if rows[0][0] else [""] * len(rows[0][1])
            data = rows[1:] if rows[0][0] else rows
            lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
            lines += ["| " + " | ".join(c.replace("|", "/") for c in cells) + " |" for _, cells in data]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# --- HTML ---------------------------------------------------------------------------------------

_COOKIE = ('<div class="cookie-banner" id="cookie-consent"><p>We use some essential cookies to make this website work. '
           'We would like to set additional cookies to understand how you use the site.</p>'
           '<button>Accept additional cookies</button> <button>Reject additional cookies</button></div>')


def to_html(body: str, style: Style) -> str:
    name = html_lib.escape(style.site_name or "")
    title = html_lib.escape(style.page_title or "Response")
    nav_words = style.furniture_words or ["Home", "Report", "Contact us", "About us", "News", "Jobs"]
    nav = "".join(f'<li><a href="/{w.lower().replace(" ", "-")}">{html_lib.escape(w)}</a></li>' for w in nav_words)
    share = ('<div class="share-links"><p>Share this page: Facebook, X, LinkedIn, Email</p></div>')
    feedback = '<div class="feedback"><p>Was this page useful? Yes No. Report a problem with this page.</p></div>'
    if style.site == "govuk":
        top = (f'{_COOKIE}<a class="govuk-skip-link" href="#main">Skip to main content</a>'
               '<header class="govuk-header" role="banner"><a href="/">GOV.UK</a></header>'
               '<div class="govuk-breadcrumbs"><ol><li>Home</li><li>Crime, justice and law</li><li>Policing</li></ol></div>')
        bottom = (f"{feedback}<footer class='govuk-footer'><p>All content is available under the Open Government Licence "
                  "v3.0, except where otherwise stated. Crown copyright.</p></footer>")
        # GOV.UK prints a page's "Published" and "Last updated" lines with the content (they were dropped here before)
        dates = f'<div class="gem-c-metadata">{style.page_dates}</div>' if style.page_dates else ""
        main = f'<main id="main" role="main">{body}{dates}</main>'
    elif style.site == "news":
        top = (f'{_COOKIE}<header class="site-header"><p class="logo">{name}</p><nav><ul>{nav}</ul></nav></header>'
               f'<div class="breadcrumbs"><p>Home / News / Latest news</p></div>')
        bottom = (f'{share}<aside class="related"><h2>Related news</h2><ul><li>Appeal for witnesses after burglary</li>'
                  f'<li>New neighbourhood team launched</li></ul></aside>'
                  f'<footer class="site-footer"><p>&copy; {name}. Privacy notice. Accessibility statement.</p></footer>')
        main = f'<main><article class="news-item">{body}</article></main>'
    elif style.site == "plain":
        top, bottom, main = "", "", body
    else:  # force, pcc, national: a content management system's page
        top = (f'{_COOKIE}<header class="masthead"><a class="brand" href="/">{name}</a>'
               f'<form class="search"><input type="search" placeholder="Search"></form></header>'
               f'<nav class="main-navigation" aria-label="Main"><ul>{nav}</ul></nav>{_mega_menu(style)}'
               f'<div class="breadcrumb"><p>You are here: Home / About us / Publications</p></div>')
        bottom = (f'{share}{feedback}<footer class="site-footer"><p>{name}</p><ul><li>Privacy</li><li>Cookies</li>'
                  f'<li>Accessibility</li><li>Freedom of information</li></ul></footer>')
        main = f'<div class="page-wrapper"><main id="content"><div class="rich-text">{body}</div>' \
               f'{_in_content(style)}</main>' \
               f'<aside class="sidebar"><h2>In this section</h2><ul><li>Our priorities</li><li>Publications</li>' \
               f'</ul></aside></div>'
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{style.extra_head}'
            '<link rel="stylesheet" href="/site.css"><script>window.dataLayer = [];</script></head>'
            f'<body>{top}{main}{bottom}<script src="/site.js"></script></body></html>\n')


def _mega_menu(style: Style) -> str:
    """A drop-down menu of the site's topics, in a <div> the way many CMS themes build it (no <nav>, no role)."""
    if not style.mega_menu:
        return ""
    cols = [style.mega_menu[i:i + 6] for i in range(0, len(style.mega_menu), 6)]
    return ('<div class="header-dropdowns"><ul class="dropdown-columns">' + "".join(
        '<li><ul>' + "".join(f'<li><a href="/{html_lib.escape(w.lower().replace(" ", "-"))}">{html_lib.escape(w)}</a></li>'
                             for w in col) + '</ul></li>' for col in cols) + '</ul></div>')


def _in_content(style: Style) -> str:
    """What a CMS puts in the content column under the text: the page's dates, related links, panels."""
    out = ""
    if style.page_dates:
        out += f'<div class="page-dates">{style.page_dates}</div>'
    if style.related:
        out += '<h2>Related links</h2><ul>' + "".join(f'<li><a href="#">{html_lib.escape(r)}</a></li>'
                                                      for r in style.related) + '</ul>'
    if style.panels:
        name = html_lib.escape(style.site_name or "us")
        out += ('<div class="callout callout--report"><h2>Report it</h2><p>Call 101 or use our online form. In an '
                'emergency always call 999.</p></div>'
                f'<div class="callout callout--contact"><h2>Contact us</h2><p>Write to {name} or call 01632 960 000. '
                'We aim to reply within 20 working days.</p></div>'
                '<div class="page-helpful"><h2>Was this page useful?</h2><p>Yes / No</p><p>Help us improve this '
                'page: tell us what you were looking for.</p></div>')
    return out


# --- DOCX ---------------------------------------------------------------------------------------

def to_docx(body: str, style: Style) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    moved = False
    for el in _children(body):
        tag = el.tag
        if tag == "div" and style.docx_letterhead and not moved:
            _docx_letterhead(d, el, style.docx_letterhead)
            moved = True
            continue
        if tag == "div" and style.docx_letterhead_in_header and not moved:
            lines = [" ".join(x.split()) for x in _inline_text(el).split("\n") if x.strip()]
            header = d.sections[0].header
            header.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                header.add_paragraph(line)
            moved = True
            continue
        if tag in ("h1", "h2", "h3", "h4"):
            t = " ".join(_inline_text(el).split())
            if style.docx_headings == "styles":
                d.add_heading(t, level=int(tag[1]))
            else:
                run = d.add_paragraph().add_run(t)
                run.bold = True
                run.font.size = Pt(14 if tag == "h1" else 12)
        elif tag in ("p", "div"):
            p = d.add_paragraph()
            _docx_runs(p, el)
        elif tag in ("ul", "ol"):
            for li in el.iterchildren("li"):
                p = d.add_paragraph(style="List Number" if tag == "ol" else "List Bullet")
                _docx_runs(p, li)
        elif tag == "table":
            rows = _rows(el)
            t = d.add_table(rows=len(rows), cols=max(len(r) for _, r in rows))  # colspans merge below
            t.style = "Table Grid"
            spans = [[int(c.get("colspan", 1)) for c in tr.iterchildren() if c.tag in ("td", "th")]
                     for tr in el.iter("tr")]
            for i, (head, cells) in enumerate(rows):
                j = 0
                for c, span in zip(cells, spans[i]):
                    cell = t.cell(i, j)
                    if span > 1:  # a merged cell, as Word writes a theme row across the table
                        cell = cell.merge(t.cell(i, min(j + span, len(t.columns)) - 1))
                    cell.text = c
                    if head:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    j += span
    if style.docx_footer:
        d.sections[0].footer.paragraphs[0].text = style.docx_footer
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def _docx_letterhead(d, el, how: str) -> None:
    """A letterhead as Word templates carry it: only a logo in the page header whose alt text names the body
    (the address lines go nowhere), or the address in the right cell of a borderless table at the top."""
    lines = [" ".join(x.split()) for x in _inline_text(el).split("\n") if x.strip()]
    if how == "header_image":
        from PIL import Image

        png = io.BytesIO()
        Image.new("RGB", (240, 60), (0, 48, 135)).save(png, format="PNG")
        png.seek(0)
        run = d.sections[0].header.paragraphs[0].add_run()
        shape = run.add_picture(png)
        shape._inline.docPr.set("descr", f"{lines[0]} logo")
        shape._inline.docPr.set("name", "Logo")
    elif how == "table":
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = ""
        t.cell(0, 1).text = lines[0]
        for line in lines[1:]:
            t.cell(0, 1).add_paragraph(line)
    else:
        raise ValueError(how)


def _docx_runs(p, el) -> None:
    if el.text:
        p.add_run(el.text)
    for child in el.iterchildren():
        if child.tag == "br":
            p.add_run().add_break()
        else:
            run = p.add_run(_inline_text(child))
            run.bold = child.tag in ("strong", "b")
            run.italic = child.tag in ("em", "i")
        if child.tail:
            p.add_run(child.tail)


# --- PDF ----------------------------------------------------------------------------------------

def to_pdf(body: str, style: Style, extra_css: str = "") -> bytes:
    """extra_css: rules added after the house style (the invariance tests typeset with hyphenation, ADR 0008)."""
    import weasyprint

    rules = ("table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 4px; "
             "vertical-align: top; }") if style.pdf_ruled else \
        "table { width: 100%; border-spacing: 12px 4px; } td, th { vertical-align: top; text-align: left; }"
    header = html_lib.escape(style.pdf_header)
    footer = html_lib.escape(style.pdf_footer)
    css = ("@page { size: A4; margin: 2.2cm 2cm; @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages);"
           " font-size: 9pt; } " + (f"@top-right {{ content: '{header}'; font-size: 9pt; }} " if header else "")
           + (f"@bottom-left {{ content: '{footer}'; font-size: 8pt; }} " if footer else "") + "}"
           "body { font-family: sans-serif; font-size: 10.5pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; }"
           " h3 { font-size: 12pt; } .letterhead { text-align: right; } " + rules)
    cover = (f'<div style="page-break-after: always; padding-top: 6cm">{style.pdf_cover}</div>'
             if style.pdf_cover else "")
    lang = " lang='en-GB'" if extra_css else ""  # a language lets the typesetter hyphenate; the sets' files have none
    return weasyprint.HTML(string=f"<html{lang}><head><style>{css}{extra_css}</style></head><body>{cover}{body}</body>"
                                  "</html>").write_pdf()


RENDERERS = {"text": (to_text, "txt"), "markdown": (to_markdown, "md"), "html": (to_html, "html"),
             "docx": (to_docx, "docx"), "pdf": (to_pdf, "pdf")}


def render(body: str, fmt: str, style: Style) -> tuple[bytes, str]:
    fn, ext = RENDERERS[fmt]
    out = fn(body, style)
    return (out.encode("utf-8") if isinstance(out, str) else out), ext
