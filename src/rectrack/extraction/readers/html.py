"""HTML via selectolax (lexbor): the page's content without its navigation and clutter."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, Document, DocumentBuilder
from ..limits import DEFAULT_LIMITS, Limits
from ..markup import check_shape

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


def read_html(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    check_shape(text, limits)
    tree = LexborHTMLParser(text)
    meta = _page_meta(tree)
    _drop_clutter(tree)
    root = (tree.css_first("main") or tree.css_first("[role=main]") or tree.css_first("article")
            or tree.body or tree.root)
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
        if node is not None and node.parent is not None and node.parent.tag not in ("li", "td") \
                and len(node.parent.text(deep=True, separator=" ")) < 60:
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


def _drop_link_lists(tree) -> None:
    for h in tree.css("h2, h3, h4, h5, h6"):
        if not _LINKS_HEADING.match(h.text(deep=True, separator=" ")):
            continue
        n = h.next
        while n is not None and n.tag == "-text" and not (n.text(deep=False) or "").strip():
            n = n.next
        if n is not None and n.tag in ("ul", "ol") and all(li.css_first("a") is not None for li in n.css("li")):
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
    for node in tree.css("[hidden], [aria-hidden=true]"):
        node.decompose()


def _inside(node, tags) -> bool:
    p = node.parent
    while p is not None:
        if p.tag in tags:
            return True
        p = p.parent
    return False


class _Walker:
    def __init__(self, builder: DocumentBuilder):
        self.b = builder
        self.buf: list[str] = []
        self.buf_bold = True

    def flush(self):
        if self.buf:
            s = "".join(self.buf)
            if s.strip():
                self.b.add(PARAGRAPH, s)
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
                s, bold = _inline(child)
                self.b.add(PARAGRAPH, s, bold=bold)
            elif tag == "li":
                self.flush()
                self.list_item(child, depth, list_depth + 1)
            elif tag in ("ul", "ol"):
                self.flush()
                self.container(child, depth + 1, list_depth)
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "br":
                self.buf.append("\n")
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
        self.b.add(LIST_ITEM, "".join(parts), level=list_depth)
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


def _has_block(node) -> bool:
    return node.css_first(_BLOCK_SELECTOR) is not None


def _inline(p) -> tuple[str, bool]:
    text = p.text(deep=True, separator="")
    bold_text = "".join(n.text(deep=True, separator="") for n in p.css("b, strong"))
    total = len("".join(text.split()))
    return text, total > 0 and len("".join(bold_text.split())) >= total - 1
