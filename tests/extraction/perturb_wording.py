"""Wording that changes nothing a careful reader reads (ADR 0008, "Invariance", Decision 28).

`perturb.py` changes a file as real files differ from our renderings; these change the *words* as real writers
differ from ours: how a recommendation is named, the status words of a table or a "Status:" line, contractions,
American spellings, the punctuation after a label, how a date is written, how a commissioner is named, headings'
case. Each takes a run of text (a text file's or Markdown file's whole text, an HTML page's text nodes one by one)
and returns it changed. Each is restricted to where it cannot change the meaning: a status word only where it is the
whole of a cell, a line or a "Status:" label's value; a number only where it follows "Recommendation".
`test_invariance_wording.py` reads documents both ways and wants the same reading.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

_MONTHS = ("January February March April May June July August September October November December").split()
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (20\d\d)\b")
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()

# "Recommendation 3" (singular, a number after it, not part of "3.1")
_REC = re.compile(r"\bRecommendation (\d{1,2})\b(?![.\d]\d)")


def _rec(form: Callable[[str], str]) -> Callable[[str], str]:
    return lambda t: _REC.sub(lambda m: form(m.group(1)), t)


def _rec_words(t: str) -> str:
    return _REC.sub(lambda m: f"Recommendation {_WORDS[int(m.group(1))]}" if int(m.group(1)) < len(_WORDS)
                    else m.group(0), t)


# the punctuation between a recommendation's label and its text
_LABEL_COLON = re.compile(r"\b(Recommendation \d{1,2}):[ \t]")


def _label(sep: str) -> Callable[[str], str]:
    return lambda t: _LABEL_COLON.sub(lambda m: m.group(1) + sep, t)


# a status word where it is a status: the whole of a line or a Markdown cell, or a "Status:"/"Progress:" label's
# value; HTML text nodes come one by one, so a whole node (a table cell's text) is also "a line"
def _status(words: dict[str, str]) -> Callable[[str], str]:
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    whole = re.compile(r"(?im)(^|\|)([ \t]*)(" + alt + r")([ \t]*\.?[ \t]*)(?=$|\|)")
    after = re.compile(r"(?i)\b((?:status|progress|rag status|current status|green|amber|red)[ \t]*[:\-–][ \t]*)("
                       + alt + r")\b(?=[ \t]*(?:[.;,(\-–]|$))", re.M)

    def swap(w: str) -> str:
        new = words[w.lower()]
        if w.isupper() and len(w) > 1:
            return new.upper()
        if w[:1].isupper():
            return new[:1].upper() + new[1:]
        return new

    def change(t: str) -> str:
        t = whole.sub(lambda m: m.group(1) + m.group(2) + swap(m.group(3)) + m.group(4), t)
        return after.sub(lambda m: m.group(1) + swap(m.group(2)), t)
    return change


def _status_upper(t: str) -> str:
    alt = "complete|completed|in progress|ongoing|not started|partially complete|not yet started"
    whole = re.compile(r"(?im)(^|\|)([ \t]*)(" + alt + r")([ \t]*)(?=$|\|)")
    return whole.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper() + m.group(4), t)


_CONTRACTIONS = {"has not": "hasn't", "have not": "haven't", "will not": "won't", "is not": "isn't",
                 "does not": "doesn't", "do not": "don't", "are not": "aren't", "was not": "wasn't",
                 "we are": "we're", "we have": "we've", "it is": "it's"}
# "we have not" is "we haven't", not "we've not": a pronoun's auxiliary before "not" is left to the negation
_CONTRACT = re.compile(r"\b(" + "|".join(w + r"(?! not\b)" if w.startswith(("we ", "it ")) else w
                                          for w in _CONTRACTIONS) + r")\b(?! to\b)", re.I)


def _contract(t: str) -> str:
    # "we have" only where an auxiliary (a participle follows); "it is" likewise before a word, not at a clause end
    def one(m: re.Match[str]) -> str:
        w = m.group(1)
        new = _CONTRACTIONS[w.lower()]
        if w.lower() == "we have":
            nxt = re.findall(r"\w+", t[m.end():m.end() + 20])
            if not nxt or not re.fullmatch(r"(?:\w+ed|been|made|begun|written|taken|given|seen|done)", nxt[0]):
                return w
        return new[:1].upper() + new[1:] if w[:1].isupper() else new
    return _CONTRACT.sub(one, t)


_US = {"organisation": "organization", "organisations": "organizations", "programme": "program",
       "programmes": "programs", "finalised": "finalized", "finalise": "finalize", "recognise": "recognize",
       "recognised": "recognized", "prioritise": "prioritize", "prioritised": "prioritized", "realise": "realize",
       "centre": "center", "behaviour": "behavior", "behaviours": "behaviors", "analyse": "analyze",
       "analysed": "analyzed", "standardised": "standardized", "specialist": "specialist", "authorised": "authorized",
       "summarised": "summarized", "utilise": "utilize", "emphasise": "emphasize", "organised": "organized",
       "minimise": "minimize", "familiarise": "familiarize", "licence": "license", "judgement": "judgment"}
_US_RE = re.compile(r"\b(" + "|".join(_US) + r")\b", re.I)


def _american(t: str) -> str:
    def one(m: re.Match[str]) -> str:
        w, new = m.group(1), _US[m.group(1).lower()]
        return new.upper() if w.isupper() else new[:1].upper() + new[1:] if w[:1].isupper() else new
    return _US_RE.sub(one, t)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dates(form: Callable[[int, int, int], str]) -> Callable[[str], str]:
    def one(m: re.Match[str]) -> str:
        d, mo, y = int(m.group(1)), _MONTHS.index(m.group(2)) + 1, int(m.group(3))
        try:
            _dt.date(y, mo, d)
        except ValueError:
            return m.group(0)
        return form(d, mo, y)
    return lambda t: _DATE.sub(one, t)


# the whole area's name only: not an office's ("Office of the Police and Crime Commissioner for X" is another
# body's name), nor a name that goes on after a comma or on the next line ("for Devon, Cornwall and ...")
_PCC_FOR = re.compile(r"(?<!Office of )(?<!Office of the )\b(?:the )?Police(?:,)? and Crime Commissioner for "
                      r"((?:[A-Z][a-z]+)(?:(?: and| &)? [A-Z][a-z]+)*)\b(?![,\w]|[ \t]*\n[ \t]*[A-Za-z])")


def _pcc_possessive(t: str) -> str:
    # "the Police and Crime Commissioner for Kent" -> "Kent's Police and Crime Commissioner"
    return _PCC_FOR.sub(lambda m: f"{m.group(1)}'s Police and Crime Commissioner", t)


def _pcc_short(t: str) -> str:
    return _PCC_FOR.sub(lambda m: f"{m.group(1)} PCC", t)


TEXT: dict[str, Callable[[str], str]] = {
    "rec_short": _rec(lambda n: f"Rec {n}"),
    "rec_dot": _rec(lambda n: f"Rec. {n}"),
    "rec_no": _rec(lambda n: f"Recommendation No. {n}"),
    "rec_words": _rec_words,
    "rec_hmicfrs": _rec(lambda n: f"HMICFRS recommendation {n}"),
    "label_dash": _label(" - "),
    "label_en_dash": _label(" – "),
    "label_stop": _label(". "),
    "done_completed": _status({"complete": "completed"}),
    "done_achieved": _status({"complete": "achieved", "completed": "achieved"}),
    "done_delivered": _status({"complete": "delivered", "completed": "delivered"}),
    "done_implemented": _status({"complete": "implemented", "completed": "implemented"}),
    "doing_ongoing": _status({"in progress": "ongoing"}),
    "doing_underway": _status({"in progress": "underway", "ongoing": "underway"}),
    "doing_in_train": _status({"in progress": "in train", "ongoing": "in train"}),
    "not_yet_started": _status({"not started": "not yet started"}),
    "not_begun": _status({"not started": "not begun", "not yet started": "not begun"}),
    "status_caps": _status_upper,
    "contractions": _contract,
    "american": _american,
    "date_ordinal": _dates(lambda d, m, y: f"{_ordinal(d)} {_MONTHS[m - 1]} {y}"),
    "date_short_month": _dates(lambda d, m, y: f"{d} {_MONTHS[m - 1][:3]} {y}"),
    "date_weekday": _dates(lambda d, m, y: f"{_dt.date(y, m, d):%A} {d} {_MONTHS[m - 1]} {y}"),
    "date_dotted": _dates(lambda d, m, y: f"{d:02d}.{m:02d}.{y}"),
    "pcc_possessive": _pcc_possessive,
    "pcc_short": _pcc_short,
}

_TEXT_NODE = re.compile(r">([^<]+)<")


def in_html(change: Callable[[str], str]) -> Callable[[str], str]:
    """change applied to each text node after <body> (entities stay as written)."""
    def html(h: str) -> str:
        head, sep, body = h.partition("<body")
        if not sep:
            head, body = "", h
        return head + sep + _TEXT_NODE.sub(lambda m: ">" + change(m.group(1)) + "<", body)
    return html


def _md_heading_caps(t: str) -> str:
    return re.sub(r"^(#{1,4}[ \t]+)(.+)$", lambda m: m.group(1) + m.group(2).upper(), t, flags=re.M)


def _html_heading_caps(h: str) -> str:
    return re.sub(r"(<h[1-4][^>]*>)([^<]+)(</h[1-4]>)", lambda m: m.group(1) + m.group(2).upper() + m.group(3), h)


def _md_bullets(t: str) -> str:
    return re.sub(r"^([ \t]*)[-*][ \t]+", r"\1• ", t, flags=re.M)


MARKDOWN: dict[str, Callable[[str], str]] = {**TEXT, "heading_caps": _md_heading_caps, "bullets": _md_bullets}
HTML: dict[str, Callable[[str], str]] = {**{k: in_html(f) for k, f in TEXT.items()}, "heading_caps": _html_heading_caps}
TEXTS: dict[str, Callable[[str], str]] = {**TEXT, "bullets": _md_bullets}
