"""Markdown via markdown-it-py; the plain text is the rendered text without markup."""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from ..blocks import HEADING, LIST_ITEM, PARAGRAPH, Document, DocumentBuilder, check_text
from ..limits import DEFAULT_LIMITS, Limits
from ..markup import strip_tags

_MD = MarkdownIt("commonmark", {"html": True}).enable("table")

# The character each inline rule of markdown-it acts at (the first test of each rule in markdown_it/rules_inline/). At
# any other character no rule acts and the text is kept as it is, so a paragraph, heading or cell holding none of
# them reads as one text token: the inline parse (a third of markdown-it's time) is skipped for it. An active rule not
# listed here (a plugin, a later version) turns the shortcut off.
_RULE_CHARS = {"text": "", "linkify": ":", "newline": "\n", "escape": "\\", "backticks": "`", "strikethrough": "~",
               "emphasis": "*_", "link": "[", "image": "!", "autolink": "<", "html_inline": "<", "entity": "&"}


def _acting_chars(md: MarkdownIt) -> re.Pattern | None:
    rules = md.inline.ruler.get_active_rules()
    if not rules or rules[0] != "text" or any(r not in _RULE_CHARS for r in rules):
        return None
    return re.compile("[" + re.escape("".join(sorted(set("".join(_RULE_CHARS[r] for r in rules))))) + "]")


_ACTING = _acting_chars(_MD)


def _inline(state: StateCore) -> None:
    """markdown-it's core "inline" rule, the same tokens, without the inline parse of a text it would keep whole."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if _ACTING is None or _ACTING.search(token.content):
                state.md.inline.parse(token.content, state.md, state.env, token.children)
            elif token.content:
                token.children.append(Token("text", "", 0, content=token.content))


_MD.core.ruler.at("inline", _inline)


def _normalize(state: StateCore) -> None:
    """markdown-it's core "normalize" rule, the same text: its pattern rewrote every newline as itself (a
    substitution at each line of the document); only a carriage return or a NUL needs rewriting."""
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


_MD.core.ruler.at("normalize", _normalize)


def read_markdown(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    check_text(text, limits)
    tokens = _MD.parse(text)
    b = DocumentBuilder("markdown", limits)
    list_depth = 0
    in_item = 0
    item_prefix: list[str] = []
    heading_level = None
    row: list[str] | None = None
    row_header = False
    table = None
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open":
            in_item += 1
            # keep an ordered list's numbers: they are often the recommendation numbers
            item_prefix.append(f"{tok.info}{tok.markup} " if tok.info else "")
        elif t == "list_item_close":
            in_item -= 1
            item_prefix.pop()
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "heading_close":
            heading_level = None
        elif t == "table_open":
            table = b.new_table()
        elif t == "thead_open":
            row_header = True
        elif t == "thead_close":
            row_header = False
        elif t == "tr_open":
            row = []
        elif t == "tr_close":
            if row is not None and table is not None:
                b.add_row(row, table, header=row_header)
            row = None
        elif t == "inline":
            s, bold = _inline_text(tok.children or [])
            if row is not None:
                row.append(s)
            elif heading_level is not None:
                b.add(HEADING, s, level=heading_level, bold=bold)
            elif in_item:
                prefix = item_prefix[-1] if item_prefix else ""
                if s[:1] == "[" and s[2:4] == "] " and s[1] in " xX":
                    # a task list's check box ("- [x] Rec 3 - ..."), as a page shows it: a box before the words
                    s = ("\u2611 " if s[1] in "xX" else "\u2610 ") + s[4:]
                b.add(LIST_ITEM, prefix + s, level=list_depth, bold=bold)
                if item_prefix:
                    item_prefix[-1] = ""  # only the item's first paragraph carries the number
            else:
                b.add(PARAGRAPH, s, bold=bold)
        elif t in ("fence", "code_block"):
            b.add(PARAGRAPH, tok.content)
        elif t == "html_block":
            b.add(PARAGRAPH, strip_tags(tok.content, limits))
    return b.build()


def _inline_text(children) -> tuple[str, bool]:
    parts: list[str] = []
    strong = 0
    plain_chars = 0
    strong_chars = 0
    for c in children:
        t = c.type
        if t in ("strong_open", "em_open"):
            strong += 1
        elif t in ("strong_close", "em_close"):
            strong -= 1
        elif t in ("text", "code_inline"):
            parts.append(c.content)
            n = len(c.content.strip())
            if strong > 0:
                strong_chars += n
            else:
                plain_chars += n
        elif t == "hardbreak":
            # two spaces or a backslash at a line's end: a line the author ended, as an HTML page's <br> is ("By the
            # Press Office  \n16 December 2022"); a paragraph keeps it as a line (`DocumentBuilder.add`), a heading,
            # an item or a cell reads it as a space
            parts.append("\u2028")
        elif t == "softbreak":
            parts.append(" ")
        elif t == "html_inline":
            if re.match(r"</?(?:br|p|div|li|ul|ol|tr|td)\b", c.content, re.I):
                parts.append(" ")  # a tag that breaks the line in a cell's HTML fragment
        elif t == "image":
            parts.append(c.content)
    return "".join(parts), strong_chars > 0 and plain_chars <= 1
