"""HTML via selectolax (lexbor): the page's content without its navigation and clutter."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..blocks import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    Document,
    DocumentBuilder,
    heading_like,
    lines_as_blocks,
    own_label,
)
from ..limits import DEFAULT_LIMITS, Limits
from ..markup import check_shape
from ..textutil import plain_chars

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
              "canvas", "nav", "aside", "button", "select", "input", "textarea", "dialog", "head")
_DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "dialog",
               "alertdialog", "menu", "menubar")
# class/id words that mark page furniture rather than content
_CLUTTER = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|cc-banner|breadcrumbs?|navbar|nav|navigation|menu|"
    r"skip-?link|skip|social|share|sharing|site-?header|site-?footer|masthead|sidebar|"
    r"related|newsletter|feedback|back-to-top|banner)(?:$|[-_\s])", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre",
               "ul", "ol", "dl", "dt", "dd", "li", "table", "tr", "td", "th", "thead", "tbody",
               "tfoot", "figure", "figcaption", "address", "hr", "form", "fieldset", "legend",
               "details", "summary", "center", "h1", "h2", "h3", "h4", "h5", "h6", "caption"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD = {"b", "strong"}
_MAX_DEPTH = 200
# A <br> is a line the author ended: a paragraph pasted into a CMS ("Sussex Police<br>5 March 2024<br><br>Dear ...")
# reads as a text file's lines do (`blocks.lines_as_blocks`: an empty line ends a block). It becomes U+2028 (LINE
# SEPARATOR) as the page is parsed, which source text never uses for layout, so the walk can tell it from the
# source's own newlines; inside a heading, a list item or a table cell it is a space (`normalise_space`).
_LINE = "\u2028"


def read_html(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    check_shape(text, limits)
    tree = LexborHTMLParser(plain_chars(text))
    for node in tree.css("br"):
        node.replace_with(_LINE)
    meta = _page_meta(tree)
    _drop_clutter(tree)
    root = tree.css_first("main") or tree.css_first("[role=main]") or tree.css_first("article")
    if root is None:
        root = tree.body or tree.root
        if root is not None:
            _drop_link_blocks(root)
    b = DocumentBuilder("html", limits)
    if root is not None:
        _Walker(b).container(root, 0, 0)
    return b.build(meta=meta)


_BRAND = ("[class*=logo]", "[class*=brand]", "[class*=site-name]", "[class*=sitename]", "[id*=logo]",
          "header a[href='/']", "[role=banner] a[href='/']")
_PUBLISHED = ("meta[property='article:published_time']", "meta[name='dcterms.date']", "meta[name='DC.date.issued']",
              "meta[name='date']", "meta[name='govuk:first-published-at']")


def _page_meta(tree) -> dict[str, str]:
    """The page's title, the site's name (which the header shows and the reader then drops as
    furniture), its author and publication date from meta tags: read before the clutter goes."""
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None:
        meta["title"] = title.text(deep=True, separator=" ")
    for selector, key in (("meta[property='og:site_name']", "site"), ("meta[name='author']", "author"),
                          ("meta[name='application-name']", "site")):
        node = tree.css_first(selector)
        if node is not None and key not in meta and (node.attributes.get("content") or "").strip():
            meta[key] = node.attributes["content"]
    if "site" not in meta:
        for selector in _BRAND:
            node = tree.css_first(selector)
            if node is not None:
                brand = node.text(deep=True, separator=" ").strip() or (node.attributes.get("alt") or "")
                img = node.css_first("img[alt]")
                brand = brand or (img.attributes.get("alt") or "" if img is not None else "")
                if 2 < len(brand) < 120:
                    meta["site"] = brand
                    break
    for selector in _PUBLISHED:
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get("content") or "").strip():
            meta["published"] = node.attributes["content"]
            break
    else:
        # a news item's own date in a <time> element of its byline ("12 October 2023 · 4 minute read"), not one
        # inside a sentence of the text (an event's date)
        node = tree.css_first("article time[datetime], main time[datetime]")
        if node is None and tree.css_first("main, article, [role=main]") is None:
            # a page without landmarks: the first <time> that is not in the site's furniture
            node = next((t for t in tree.css("body time[datetime]") if not _in_furniture(t)), None)
        if node is not None and node.parent is not None and node.parent.tag not in ("li", "td") \
                and len(_line_with(node)) < 60:
            meta["published"] = node.attributes.get("datetime") or ""
    return meta


# An accordion's or disclosure's button is its section's title ("Recommendation 15"), not a control to drop:
# Bootstrap and many CMS themes put the title inside a <button> in the heading
_TITLE_BUTTONS = ("h1 button, h2 button, h3 button, h4 button, h5 button, h6 button, summary button, dt button, "
                  "button[class*=accordion], button[class*=collaps], button[aria-controls][aria-expanded]")


# "Related links", "See also": a CMS's list of links under the content, often naming other reports; furniture
# even when the theme gives it no class to say so
_LINKS_HEADING = re.compile(r"^\s*(?:related(?:\s+(?:links|pages|content|information|articles|news|documents))?|"
                            r"see\s+also|useful\s+links|more\s+in\s+this\s+section|in\s+this\s+section|"
                            r"you\s+may\s+also\s+(?:be\s+interested\s+in|like))\s*:?\s*$", re.I)


def _title_like(s: str) -> bool:
    s = " ".join(s.split())
    return 0 < len(s) <= 100 and not s.endswith((".", ":", ";")) and ". " not in s


def _drop_link_lists(tree) -> None:
    for h in tree.css("h2, h3, h4, h5, h6, p"):  # a bold paragraph is a heading too (`blocks.heading_like`)
        if not _LINKS_HEADING.match(plain_chars(h.text(deep=True, separator=" "))) or (
                h.tag == "p" and not _inline(h)[1]):
            continue
        n = h.next
        while n is not None and n.tag == "-text" and not (n.text(deep=False) or "").strip():
            n = n.next
        links = n
        while links is not None and links.tag in ("div", "section") and links.child is not None:
            kids = [c for c in links.iter() if c.tag != "-text" or (c.text(deep=False) or "").strip()]
            links = kids[0] if len(kids) == 1 else None  # a panel holding only the list
        # a list of links, or of titles (short items, none a sentence: what a theme shows as links once styled)
        if links is not None and links.tag in ("ul", "ol") and all(
                li.css_first("a") is not None or _title_like(li.text(deep=True, separator=" "))
                for li in links.css("li")):
            n.decompose()
            h.decompose()


def _cell_labels(tree) -> None:
    """A status shown as an icon in a table cell says it in the icon's text alternative ("<img alt='Complete'>",
    "<span class='rag' aria-label='Not started'>"): that is the cell's text for a reader, as for a screen reader."""
    for node in tree.css("td img[alt], th img[alt]"):
        alt = " ".join((node.attributes.get("alt") or "").split())
        if alt and len(alt) < 60:
            node.replace_with(f" {alt} ")
    for node in tree.css("td [aria-label], th [aria-label]"):
        label = " ".join((node.attributes.get("aria-label") or "").split())
        if label and len(label) < 60 and not node.text(deep=True).strip() and node.tag not in ("a", "button"):
            node.replace_with(f" {label} ")


def _drop_clutter(tree) -> None:
    # the panels that disclosure buttons open, read before the buttons are unwrapped or dropped
    controlled = {v for node in tree.css("[aria-controls]") for v in (node.attributes.get("aria-controls") or "")
                  .split()}
    for node in tree.css(_TITLE_BUTTONS):
        node.unwrap()
    _drop_link_lists(tree)
    _cell_labels(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for role in _DROP_ROLES:
        for node in tree.css(f"[role={role}]"):
            node.decompose()
    for tag in ("header", "footer"):
        for node in tree.css(tag):
            if not _inside(node, ("main", "article")):
                node.decompose()
    for node in tree.css("[class], [id], [aria-label]"):
        attrs = node.attributes
        key = " ".join(v for k, v in attrs.items() if k in ("class", "id", "aria-label") and v)
        if key and _CLUTTER.search(key) and node.tag not in ("html", "body", "main", "article"):
            node.decompose()
    hidden = tree.css("[hidden], [aria-hidden=true]")
    if hidden:
        # a collapsed accordion's or tab's panel is content a click away (a page saved from the browser, or one
        # whose theme collapses it on the server): kept; other hidden things (a closed menu, an icon) are not
        for node in hidden:
            attrs = node.attributes
            if (attrs.get("id") or "") in controlled or _PANEL.search(attrs.get("class") or ""):
                continue
            node.decompose()


def _line_with(node) -> str:
    """The line of its parent's text a node is on (a byline "12 May 2024 · 3 min read", not the paragraph after it
    that a <br> alone separates)."""
    text, own = node.parent.text(deep=True, separator=" "), node.text(deep=True, separator=" ").strip()
    return next((line for line in text.split(_LINE) if own in line), text) if _LINE in text else text


def _in_furniture(node) -> bool:
    # up to <body>: a theme's classes on <body> or <html> ("page-with-sidebar") say nothing of one element
    return any(p.tag in ("nav", "aside", "footer", "header", "li", "td") or (p.tag not in ("body", "html") and bool(
        _CLUTTER.search(" ".join(v for k, v in p.attributes.items() if k in ("class", "id") and v))))
        for p in _ancestors(node))


# A page without a <main> (or an <article>) is read from its <body>, menus and all: a block that is mostly links
# (a mega-menu in a <div class="dropdown">, a footer's list of services) is the site's, not the author's. Only for
# such pages: where a <main> says what the content is, that is trusted.
_MENU_LINKS, _MENU_DENSITY = 5, 0.7
# each block asks for its links: the outermost blocks, which come first, are enough (menus sit at the top level), and
# a page of a hundred thousand nested blocks must not cost a query each
_MENU_BLOCKS_READ = 2000


def _drop_link_blocks(root) -> None:
    dropped: list = []
    ids: set[int] = set()
    for node in root.css("ul, ol, div, p, section")[:_MENU_BLOCKS_READ]:  # outer blocks first
        links = node.css("a")
        if len(links) < _MENU_LINKS or any(p.mem_id in ids for p in _ancestors(node)):
            continue
        text = "".join(node.text(deep=True, separator="").split())
        linked = sum(len("".join(a.text(deep=True, separator="").split())) for a in links)
        if text and linked >= _MENU_DENSITY * len(text):
            dropped.append(node)
            ids.add(node.mem_id)
    for node in dropped:
        node.decompose()


def _ancestors(node):
    p = node.parent
    while p is not None:
        yield p
        p = p.parent


_PANEL = re.compile(r"accordion|collaps|tab-?panel|tab-?content|disclosure|toggle-?content", re.I)


def _inside(node, tags) -> bool:
    return any(p.tag in tags for p in _ancestors(node))


class _Walker:
    def __init__(self, builder: DocumentBuilder):
        self.b = builder
        self.buf: list[str] = []
        self.buf_bold = True
        self.numbers: dict[int, int] = {}  # an ordered list's next item number, by the list's node

    def item_number(self, li) -> str:
        """The number a browser shows before an ordered list's item ("3. "), which is often the recommendation's
        own number on a page that answers them in order; the text of a page has none of its own."""
        ol = li.parent
        if ol is None or ol.tag != "ol" or (ol.attributes.get("type") or "1") not in ("1", "a", "A"):
            return ""
        value = li.attributes.get("value") or ""
        if value.strip().isdigit():
            n = int(value)
        else:
            start = (ol.attributes.get("start") or "").strip()
            n = self.numbers.get(ol.mem_id, int(start) if start.isdigit() else 1)
        self.numbers[ol.mem_id] = n + 1
        kind = ol.attributes.get("type") or "1"
        if kind != "1":
            return (chr(ord(kind) + n - 1) if 1 <= n <= 26 else str(n)) + ". "
        return f"{n}. "

    def flush(self):
        if self.buf:
            s = "".join(self.buf)
            if s.strip():
                for line, _ in lines_as_blocks([(x, False) for x in s.split(_LINE)]) if _LINE in s else ((s, 0),):
                    self.b.add(PARAGRAPH, line)
        self.buf = []

    def container(self, node, depth: int, list_depth: int):
        if depth > _MAX_DEPTH:
            self.flush()
            self.b.add(PARAGRAPH, node.text(deep=True, separator=" "))
            return
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buf.append(child.text(deep=False))
            elif tag in _HEADINGS:
                self.flush()
                self.b.add(HEADING, child.text(deep=True, separator=""), level=_HEADINGS[tag])
            elif tag == "p":
                self.flush()
                for s, bold in _lines(child):
                    heading = bold and _LINE not in s and heading_like(s)
                    self.b.add(HEADING if heading else PARAGRAPH, s, bold=bold)
            elif tag == "li":
                self.flush()
                self.list_item(child, depth, list_depth + 1)
            elif tag in ("ul", "ol"):
                self.flush()
                self.container(child, depth + 1, list_depth)
            elif tag == "table":
                self.flush()
                if _layout_table(child):
                    self.container(child, depth + 1, list_depth)  # its cells' content, in order
                    self.flush()
                else:
                    self.table(child)
            elif tag in ("hr",):
                self.flush()
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.container(child, depth + 1, list_depth)
                self.flush()
            elif tag and not tag.startswith("-"):
                if _has_block(child):
                    self.flush()
                    self.container(child, depth + 1, list_depth)
                    self.flush()
                else:
                    self.buf.append(child.text(deep=True, separator=""))

    def list_item(self, li, depth: int, list_depth: int):
        nested = []
        parts = []
        for child in li.iter(include_text=True):
            if child.tag in ("ul", "ol", "table") or (child.tag in _BLOCK_TAGS and child.tag != "p"
                                                      and _has_block(child)):
                nested.append(child)
            elif child.tag == "-text":
                parts.append(child.text(deep=False))
            else:
                parts.append(" " + child.text(deep=True, separator=" ") + " " if child.tag == "p"
                             else child.text(deep=True, separator=""))
        text = "".join(parts)
        number = self.item_number(li)  # counted even when not shown, as the browser counts
        self.b.add(LIST_ITEM, ("" if own_label(text) else number) + text, level=list_depth)
        for n in nested:
            if n.tag == "table":
                self.table(n)
            else:
                self.container(n, depth + 1, list_depth)

    def table(self, table):
        tid = self.b.new_table()
        for tr in table.css("tr"):
            cells = [c for c in tr.iter() if c.tag in ("td", "th")]
            texts = [c.text(deep=True, separator=" ") for c in cells]
            header = bool(cells) and all(c.tag == "th" for c in cells)
            if not header and tr.parent is not None and tr.parent.tag == "thead":
                header = True
            self.b.add_row(texts, tid, header=header)


_BLOCK_SELECTOR = ",".join(sorted(_BLOCK_TAGS))



def _layout_table(table) -> bool:
    """A table that lays a page out rather than holding data (older CMS templates, HTML e-mails): it says so
    (role="presentation"), has one column, or holds headings in its cells. Its cells are read as the page's own
    blocks; read as one table row, a letter in a one-cell table was one line."""
    if (table.attributes.get("role") or "").lower() in ("presentation", "none"):
        return True
    rows = [tr for tr in table.css("tr") if _own_table(tr) == table.mem_id]  # (nodes are new wrappers each time)
    if rows and all(sum(1 for c in tr.iter() if c.tag in ("td", "th")) <= 1 for tr in rows):
        return True
    return table.css_first("td h1, td h2, td h3, td h4, td h5, td h6") is not None


def _own_table(node) -> int | None:
    return next((a.mem_id for a in _ancestors(node) if a.tag == "table"), None)


def _has_block(node) -> bool:
    return node.css_first(_BLOCK_SELECTOR) is not None


def _inline(p) -> tuple[str, bool]:
    text = p.text(deep=True, separator="")
    bold_text = "".join(n.text(deep=True, separator="") for n in p.css("b, strong"))
    total = len("".join(text.split()))
    return text, total > 0 and len("".join(bold_text.split())) >= total - 1


def _lines(p) -> list[tuple[str, bool]]:
    """A paragraph's lines (its <br>s end them) and whether each is bold: "<strong>Recommendation 3</strong><br>The
    audit is complete." is a bold title line and a plain answer, as a Word paragraph with a line break would be."""
    text, bold = _inline(p)
    if _LINE not in text:
        return [(text, bold)]
    runs: list[tuple[str, bool]] = []
    _runs(p, False, runs, 0)
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    total = bold_chars = 0
    for run, is_bold in runs:
        pieces = run.split(_LINE)
        for k, piece in enumerate(pieces):
            if k:
                lines.append(("".join(parts), total > 0 and bold_chars >= total - 1))
                parts, total, bold_chars = [], 0, 0
            n = len("".join(piece.split()))
            parts.append(piece)
            total += n
            bold_chars += n if is_bold else 0
    lines.append(("".join(parts), total > 0 and bold_chars >= total - 1))
    return lines_as_blocks(lines)


def _runs(node, bold: bool, out: list, depth: int) -> None:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            out.append((child.text(deep=False), bold))
        elif depth < _MAX_DEPTH:
            _runs(child, bold or child.tag in _BOLD, out, depth + 1)
