"""HTML fragments: their shape checked before a parser meets them, and their text.

Its own module because both the document builder (table cells exported with their markup) and the HTML
reader (which builds on the builder) need it.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .errors import ExtractionError
from .limits import DEFAULT_LIMITS, Limits

_TAG_RE = re.compile(r"<[^>]*>")
# Elements that never hold others, or whose end tag the parser supplies itself: they add no depth.
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd tr td th "
                  "option optgroup thead tbody tfoot colgroup rb rt rp html head body".split())
_TAG_OPEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]{0,30})")


def check_shape(text: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Count elements and nesting from the tags, before the parser builds a tree it could choke on.

    The count is approximate (it does not model every implied end tag) and errs towards depth, so the
    bound is set far above any real page."""
    if text.count("<") <= min(limits.max_html_depth, limits.max_html_elements):
        return  # too few tags to reach either bound
    depth = max_depth = elements = 0
    for m in _TAG_OPEN.finditer(text):
        name = m.group(2).lower()
        if m.group(1):
            if name not in _FLAT and depth:
                depth -= 1
            continue
        elements += 1
        if elements > limits.max_html_elements:
            raise ExtractionError(f"The web page has more than {limits.max_html_elements:,} elements, more than "
                                  f"rectrack reads in one document.")
        if name not in _FLAT and text[m.end():m.end() + 200].split(">", 1)[0].rstrip()[-1:] != "/":
            depth += 1
            if depth > max_depth:
                max_depth = depth
                if depth > limits.max_html_depth:
                    raise ExtractionError(f"The web page nests its elements more than {limits.max_html_depth} deep, "
                                          f"which no readable page does.")


def strip_tags(fragment: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Text of an HTML fragment (e.g. a table cell exported with its markup)."""
    if "<" not in fragment:
        return fragment
    check_shape(fragment, limits)
    tree = LexborHTMLParser(fragment)
    body = tree.body
    return body.text(deep=True, separator=" ") if body is not None else _TAG_RE.sub(" ", fragment)
