"""The document's own date: an explicit dating cue first, else the latest event it reports."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Document, control_cells, quoted_message
from .textutil import can_match, lowered

_MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for m in names}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"((?:19|20)\d\d)"
_DATE_RE = re.compile(
    # "4 October 2021", "4th of October 2021", a formal notice's "4th day of October 2021"
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?(?P<m1>" + _MONTH + r"),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<m3>" + _MONTH + r"),?\s+(?P<y3>(?:19|20)\d\d)"
    # "05/03/2024", "5.3.2024", a form's "05-03-2024" (one separator throughout)
    r"|(?P<d4>\d{1,2})(?P<sep>[/.-])(?P<m4>\d{1,2})(?P=sep)(?P<y4>(?:19|20)\d\d)"
    r"|(?P<y5>(?:19|20)\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d))\b",
    re.I)

# the dating words that count only at a line's start (in a sentence they report an event)
_LINE_START_CUE = re.compile(
    r"(?:^|\n|[|])[ \t]*(?:date|updated|reviewed|revised|modified|edited|posted|published|made|prepared|"
    r"produced|submitted|issued|laid|signed|sent|"
    # "Version 3.2, updated 30 September 2022": a version's number, then its dating word
    # (or a dash: "Version 4 - updated 14 March 2025. First published 21 November 2024": the version's own date)
    r"version\s+[\d.]+(?:,|[ \t]*[-\u2013\u2014])?(?:\s+(?:updated|revised|issued|published|dated|approved))?)"
    r"(?:\s+on)?\s*[:\-\u2013|]?\s*"
    # an email's "Sent: Thursday, 26 August 2021 14:02", a raw header's "Date: Thu, 27 Mar 2025 09:12"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun),\s+)?$", re.I)
# "Update: May 2024", "Progress report - ", "Signed": a weak cue of the document's own (rank 1)
_UPDATE_CUE = re.compile(r"\b(?:signed|update|position\s+statement|progress\s+report)\s*[:\-\u2013]?\s*$", re.I)
# Cues, read just before a date, that make it the document's own date; higher rank wins.
_OWN_DATE_CUES = [
    # "Dated this 4th day of ...", a register's "Report generated 02/09/2025", "Printed on 06/11/2023"
    (4, re.compile(r"\b(?:dated(?:\s+this)?|(?:generated|printed|exported)\s+(?:on\s+)?|as\s+(?:at|of)|"
                   r"correct\s+(?:at|as\s+(?:at|of))|position\s+(?:at|on|as\s+at)|"
                   r"date\s+of\s+(?:this\s+)?(?:response|update|letter|report|document|submission|publication|issue|"
                   r"paper|return|decision)|(?:publication|issue|report|response|update|letter)\s+date|"
                   r"date\s+(?:published|issued|completed|submitted)|last\s+(?:updated|reviewed|revised|modified|edited)"
                   r"(?:\s+on)?|page\s+(?:last\s+)?updated(?:\s+on)?|first\s+published(?:\s+on)?)"
                   r"\s*[:\-\u2013]?\s*(?:on\s+)?$", re.I)),
    # a paper's cover gives the meeting it goes to and its own date ("Meeting date: 20 January 2023 / Report date:
    # 9 January 2023"): the meeting's date dates the paper only where the paper gives no date of its own
    (3, re.compile(r"\b(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*[:\-\u2013]?\s*(?:on\s+)?$", re.I)),
    # the same words inside a sentence report an event ("the policy was revised on ..."): only at a line's start
    (4, _LINE_START_CUE),
    (1, _UPDATE_CUE),
    # a labelled field among others run together on one line (a paper's cover block "Report to: Board Date: 15 July
    # 2021 Subject: ..."); a due, target or review date is a plan's
    (3, re.compile(r"(?<![\w-])(?<!due )(?<!target )(?<!review )(?<!completion )(?<!end )(?<!start )(?<!expiry )"
                   r"(?<!next )(?<!deadline )(?<!revised )(?<!original )date\s*:\s*$", re.I)),
    # a page's dates as labelled fields run together on one line ("Posted: 12 April 2023 Updated: 30 August 2023",
    # two lines of one paragraph): each label with its colon is a dating cue, as at a line's start
    # (an email's header pasted as one paragraph: "From: ... Sent: Tuesday, 14 September 2021 11:20 Subject: ...")
    (4, re.compile(r"(?<![\w-])(?:updated|posted|published|revised|modified|sent)\s*:\s*"
                   r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)),
    # "Last review: 12 September 2024 (Governance Board)"; "Posted by the Commissioner on 3rd March 2022"
    (4, re.compile(r"\blast\s+review\s*[:\-\u2013]?\s*$|(?:^|\n)[ \t]*(?:posted|published|written|updated)\s+by\s+"
                   r"[^\n.]{1,60}?\s+on\s*$", re.I)),
]
# "Position as at 30 June 2025", "Force returns as at ...", "correct at ...": the day the data stood, which dates the
# document where it gives nothing else; the document is written after it, so a date line or a "Published" of its own,
# later, is the document's date ("August 2025. Force returns as at 30 June 2025."): read among the first cues (one
# search for all of them), then ranked with the date lines
_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|correct\s+(?:at|as\s+(?:at|of))|position\s+(?:at|on|as\s+at))"
                    r"\s*[:\-\u2013]?\s*(?:on\s+)?$", re.I)
# a date the document cites from its history: "the letter of 24 November 2021", "the report of 17 December 2020"
_HISTORY_BEFORE = re.compile(
    r"\b(?:letter|report|email|meeting|decision|statement|announcement|guidance|review|protocol|judgment)s?\s+"
    r"(?:of|dated|sent\s+on|issued\s+on|published\s+on|received\s+on)\s*$|"
    r"\b(?:published|received|submitted|made|raised|issued|launched|released)\s+(?:on|in)\s*$|"
    r"\b(?:since|from|until|between|before|after|in|on)\s*$", re.I)
# the labels of a document control table's dates ("Date", "Issue date", "Date of publication", "Last updated"); never
# a plan's ("Target date", "Review date", "Due")
_CONTROL_DATE = re.compile(r"\W*(?:(?:issue|version|publication|approval|document|release)\s+)?date(?:\s+(?:of\s+)?"
                           r"(?:issue|publication|approval|release|this\s+version|version))?\W*|"
                           r"\W*(?:date\s+)?(?:last\s+)?(?:updated|published|issued|approved|released)(?:\s+on)?\W*",
                           re.I)
# a dating word that opens a field after a separator, as at a line's start: a byline "Cambridgeshire Constabulary -
# published 21 November 2024", a running header "Force action plan | Version 4 - updated 30/09/2024"; read only on a
# short line in the front matter, the last fifth or the page header (in a sentence a dash sets off an aside)
_FIELD_CUE = re.compile(r"[^\n]{1,120}?[ \t](?:[-\u2013\u2014|\u00b7\u2022/])[ \t]*(?:last\s+|first\s+)?"
                        r"(?:updated|published|posted|issued|revised|reviewed|dated)(?:\s+on)?\s*:?\s*$", re.I)


def _field_cue(text: str, pos: int) -> bool:
    """A dating word opening a field after a separator on the line up to pos, the line's start no sentence."""
    a = text.rfind("\n", 0, pos) + 1
    return pos - a <= 160 and bool(_FIELD_CUE.fullmatch(text, a, pos)) and ". " not in text[a:pos]
_REPORT_CONTEXT = re.compile(r"\breport\b|\bsuper-?\s?complaint\b|\bpublished\s+(?:its|their|the)\b", re.I)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|aims?\s+to|aiming\s+to|plan(?:s|ned)?\s+(?:to|for)|planning|intends?\s+to|"
    r"(?:is|are)\s+due|due\s+(?:to|in|for)|expected|scheduled|forthcoming|proposed|anticipated?|"
    r"target(?:ed)?|deadline|next)\b", re.I)
_FUTURE_JUST_BEFORE = re.compile(r"\b(?:by|before|until|till|from|end\s+of|in\s+early|in\s+late)\s+(?:the\s+)?$",
                                 re.I)
# the document's own making told in a sentence of its front matter: "Version 1.2, approved by the Chief Officer Group on
# 20 November 2024", "This plan was signed off by the Strategic Board on 4 March 2025": the act that made this text what
# it is dates it to the day it gives (the subject is the document itself, so it is no event the document reports);
# read on the sentence before the date, behind its own words ("version", "this")
_OWN_MAKING = re.compile(r"(?:\bthis\s+(?:action\s+plan|plan|tracker|document|update|report|paper|response|version)|"
                         r"\bversion\s+\d[\d.]*)\b[^.;]{0,20}?(?:was\s+|has\s+been\s+|were\s+)?(?:approved|agreed|"
                         r"signed\s+off|adopted|ratified|endorsed|published|issued)\b[^.;]{0,80}?\bon\s*$", re.I)
_OWN_MAKING_WORDS = ("version", "this ")
_DATE_ONLY_BLOCK = re.compile(r"^\W*(?:(?:date|dated)\s*[:\-]?\s*)?(?:[A-Z][a-z]+day,?\s+)?$", re.I)


@dataclass
class DateMention:
    start: int
    end: int
    year: int
    month: int | None
    day: int | None
    needs_cue: bool = False  # "14/01/25": read only as the document's own date, after a dating cue or on a date line

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def key(self) -> tuple:
        return (self.year, self.month or 0, self.day or 0)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _date_matches(text: str):
    """Every date ends with (or, in ISO form, starts with) a year: only look around years."""
    last_end = 0
    for y in _YEAR_RE.finditer(text):
        if y.start() < last_end:
            continue
        lo = max(last_end, y.start() - 40)
        for m in _DATE_RE.finditer(text, lo, min(len(text), y.end() + 6)):
            if m.end() > last_end and m.start() >= last_end:
                last_end = m.end()
                yield m


def find_dates(text: str) -> list[DateMention]:
    out = []
    for m in _date_matches(text):
        g = m.groupdict()
        try:
            if g["y1"]:
                y, mo, d = int(g["y1"]), _MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])
            elif g["y2"]:
                y, mo, d = int(g["y2"]), _MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"])
            elif g["y3"]:
                y, mo, d = int(g["y3"]), _MONTHS[g["m3"].lower().rstrip(".")], None
            elif g["y4"]:
                y, mo, d = int(g["y4"]), int(g["m4"]), int(g["d4"])
            else:
                y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
        except (KeyError, ValueError):
            continue
        if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31):
            continue
        if g["m3"] and g["m3"].lower().rstrip(".") in ("may", "mar") and not g["m3"][:1].isupper():
            continue  # "may 2021" as a verb is unlikely, but "mar" and "may" in prose are words
        a = m.start()
        if d is not None and a > 3 and text[a - 1] == " ":
            # "Tuesday 15 November 2022", "Tue, 15 Nov 2022": the day's name is part of the date, so the words
            # before it (a dating cue, a line's start) are read as before a date written without it
            k = a - 1
            j = max(text.rfind(" ", max(0, k - 11), k), text.rfind("\n", max(0, k - 11), k))
            if j >= 0 or k <= 11:
                word = text[j + 1:k].rstrip(",.")
                if word in _WEEKDAY_SHORT or word.lower() in _WEEKDAY_NAMES:
                    a = j + 1
        out.append(DateMention(a, m.end(), y, mo, d))
    return out


# a day's short name only with its capital ("the board sat 4 March" is no Saturday); found by a set lookup of the
# word before the date, not a pattern searched before every date
_WEEKDAY_NAMES = frozenset(d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))
_WEEKDAY_SHORT = frozenset(w for d in ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
                           for w in (d, d.upper()))


# "Spring 2024", "Summer of 2021": a season dates a document to its year (the season names no month, so the
# year is all the precision it gives); only the document's own date reads them, since in a sentence ("in Spring
# 2022, when the contracts are reviewed") a season is a plan's time, not a date
_SEASON_BEFORE = re.compile(r"\b(?:spring|summer|autumn|winter)\s+(?:of\s+)?$", re.I)


def _season_dates(text: str) -> list[DateMention]:
    """Seasons before a year; only the text before each year is looked at (a pattern's scan of the whole text for
    the season words costs more than the rest of the date reading), and only where the text names a season at all."""
    if not can_match(_SEASON_BEFORE, text, lowered(text)):
        return []  # no season named anywhere (most documents): no year looked at (the whole text's lower case is
        # made once for the document, so the test of its four words costs less than the years' searches)
    out = []
    for y in _YEAR_RE.finditer(text):
        if y.end() < len(text) and text[y.end()].isalnum():
            continue
        m = _SEASON_BEFORE.search(text, max(0, y.start() - 12), y.start())
        if m:
            out.append(DateMention(m.start(), y.end(), int(y.group()), None, None))
    return out


# "Date: 14/01/25", "Updated 03.02.23": a two-digit year, British order; so many other things look like it
# (references, scores, versions) that it is read only where the document dates itself
# one digit first (the scan skips to digits at once), the day's other digit read back by hand
_SHORT_YEAR = re.compile(r"\d[/.](\d{1,2})[/.](\d\d)(?![\d/.])")


def _short_year_dates(text: str, regions: list[tuple[int, int]]) -> list[DateMention]:
    out = []
    for a, b in regions:
        for m in _SHORT_YEAR.finditer(text, a, b):
            start = m.start() - 1 if m.start() > a and text[m.start() - 1].isdigit() else m.start()
            if start and text[start - 1] in "0123456789/.":
                continue  # the tail of a longer number ("1.2.3.45", "2021/12/01")
            d, mo, y = int(text[start:m.start() + 1]), int(m.group(1)), 2000 + int(m.group(2))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                out.append(DateMention(start, m.end(), y, mo, d, needs_cue=True))
    return out


def _own_making(text: str, d: DateMention) -> bool:
    """The sentence up to the date tells the document's own approval or issue ("Version 1.2, approved ... on")."""
    clause = _sentence_before(text, d.start).lower()
    return any(w in clause for w in _OWN_MAKING_WORDS) and bool(_OWN_MAKING.search(clause))


def _sentence_before(text: str, pos: int, limit: int = 160) -> str:
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    cut = max(chunk.rfind(". "), chunk.rfind("\n"), chunk.rfind("? "), chunk.rfind("! "))
    return chunk[cut + 1:] if cut >= 0 else chunk


def document_date(doc: Document, excluded: set[str], warnings: list[str],
                  skip: list[tuple[int, int]] = (), meta_date: str | None = None) -> str | None:
    """The document's own date, with the precision it gives.

    excluded: dates of the report itself (publication, receipt): never the document's date unless the
    document sets one on a line of its own (a reaction published the same day); skip: spans that are not
    the document's words (other bodies' appended letters, the quoted recommendation texts);
    meta_date: the date a web page or file declares for itself (ISO)."""
    text = doc.text
    front = doc.blocks[min(len(doc.blocks) - 1, 8)].end if doc.blocks else 0
    date_line_limit = doc.blocks[min(len(doc.blocks) - 1, 12)].end if doc.blocks else 0
    # two-digit years only where a date line can be: the front matter and the last fifth
    tail = max(date_line_limit, int(len(text) * 0.8))
    # the opening lines' end, found only when a date in the first blocks asks (most dates are further down)
    first_blocks = doc.blocks[min(len(doc.blocks), _OPENING_BLOCKS) - 1].end if doc.blocks else 0
    opening = -1
    found = find_dates(text) + _season_dates(text) + _short_year_dates(text, [(0, date_line_limit), (tail, len(text))])
    quoted = quoted_message(doc)  # an email reply's quoted earlier message: its "Sent:" is not the reply's date
    control = control_cells(doc, date_line_limit, _CONTROL_DATE)
    mentions = [d for d in found if not any(a <= d.start < b for a, b in skip) and d.start < quoted]
    own: list[tuple[int, DateMention]] = []
    furniture: set[int] = set()  # the page's dates below the body
    content_dated = False  # the body's opening dates itself
    for d in mentions:
        before = text[max(0, d.start - 60):d.start]
        # the words of the date's own block: a title ending "... a year on" above a dateline is no "on <date>" of an
        # event (a sentence does not run across a blank line; a hard-wrapped one does across a single line break)
        gap = before.rfind("\n\n")
        in_block = before[gap + 2:] if gap >= 0 else before
        line = _line_of(text, d)
        # a season ("Autumn 2022") names no month, so it cannot be the report's own date cited
        ours = d.month is not None and any(d.iso.startswith(x) or x.startswith(d.iso) for x in excluded)
        rank, cue = next(((r, rx) for r, rx in _OWN_DATE_CUES if _cue_at(rx, before, text, d.start)), (0, None))
        if cue is _OWN_DATE_CUES[0][1] and _AS_AT.search(before):
            rank = 3  # the day the data stood: with the date lines, so the document's own later date wins
        if cue is _LINE_START_CUE and "|" in line and _TRACKER_ROW.match(line):
            rank = 0  # a tracker row's cell "Submitted June 2021.": the work's date, not the tracker's
        # a page's "Last reviewed: 2 March 2023": when it was checked, not when it was written or changed (demoted
        # below, after the tests that would drop it: "Reviewed on 14 February 2025" is still a date of the document's)
        reviewed = rank > 2 and bool(_REVIEWED_BEFORE.search(before))
        if not rank and _is_date_line(doc, d) and (d.start <= date_line_limit or d.start > len(text) * 0.8):
            rank = 3
        if not rank and any(a <= d.start < b for a, b in control):
            rank = 3  # a control table's "Date" or "Last updated" column, or its "Version date | 21/11/2024" row
        if not rank and (d.start <= date_line_limit or d.start > len(text) * 0.8) and _field_cue(text, d.start):
            rank = 3  # "Cambridgeshire Constabulary - published 21 November 2024", "Version 4 - updated 30/09/2024"
        if not rank and d.start < front and d.day and _own_making(text, d):
            rank = 4  # "Version 1.2, approved by the Chief Officer Group on 20 November 2024": the document's own day
        if not rank and d.start < front and _MINUTES_OF.match(_block_text(doc, d)) and _first_in_block(doc, d):
            # "MINUTES of the meeting held at Woodhatch Place, Reigate, on Thursday 24 November 2022"; the record's
            # later dates ("Approved on 20 November 2024") are the next meeting's, which a careful reader does not take
            rank = 4
        if not rank and d.start < first_blocks and opening < 0:
            opening = _opening_end(doc)
        if not rank and d.start < opening and _MEETING_OF.search(before) and _RECORD_WORD.search(text, 0, opening) \
                and not _YEAR_RE.search(text, 0, d.start):
            # the same in a record's opening lines, its first date: "Scrutiny Panel: minutes / Meeting of 27 April
            # 2022" (a later "approved ... at the meeting of 12 December 2022" is the next meeting's)
            rank = 4
        if not rank and d.start < front and _alone_on_line(text, d) and len(_block_text(doc, d)) < 120 \
                and not _HISTORY_BEFORE.search(in_block) and not _FUTURE_JUST_BEFORE.search(in_block) \
                and not _FUTURE_BEFORE.search(in_block):  # a hard-wrapped "the deadline is\n12 May 2024." is a plan's
            rank = 3  # a byline's date on its own line: "By NPCC Press Office<br>16 December 2022"
        if not rank and d.start < front and _dateline_sentence(text, d):
            rank = 3  # a date that is a sentence of its own opening a line: "August 2025. Force returns as at ..."
        if not rank and d.start < front and _title_clause(text, d):
            rank = 2  # "Six-month update to the NPCC, 20 March 2025. Senior responsible owner: ..."
        if not rank and d.start < front and len(line) < 100 and (_ends_line(text, d) or _meeting_line(text, d)) \
                and not _HISTORY_BEFORE.search(before) and not _FUTURE_BEFORE.search(_sentence_before(text, d.start)) \
                and not _FUTURE_JUST_BEFORE.search(before):
            rank = 2  # "Meeting of the Assurance Board, 19 July 2022", "Update for HMICFRS, 1 December 2021"
        if not rank and d.start < front and len(line) < 120 and _byline_field(text, d):
            rank = 2  # a news item's byline: "By Corporate Communications | 14 March 2023 | 4 minute read"
        if not rank and d.day and d.start < opening and not d.needs_cue and not _EVENT_BEFORE.search(before) \
                and not _FUTURE_JUST_BEFORE.search(before) \
                and not _FINITE_VERB.search(clause := _sentence_before(text, d.start)) \
                and not _FUTURE_BEFORE.search(clause):
            # a full date in the opening lines (title, dateline, byline) that neither a word before it ("on", "in",
            # "since", "the letter of") nor its sentence's verb ("The plan was sent to the board, 6 May 2025.") makes
            # an event's: the document's own, given without a cue ("Letter from the Minister to HM Chief Inspector,
            # 15 November 2022", "26 July 2024 Report of the Deputy Mayor"); the lowest rank, but above the latest
            # event, which dates a document only to its month: the document gave the day
            rank = 1
        if rank and ours and (rank < 3 or _REPORT_CONTEXT.search(line)):
            rank = 0  # the report's own date, cited
        if rank and _HISTORY_BEFORE.search(in_block) and rank < 4:
            rank = 0
        if d.needs_cue and rank < 3:
            rank = 0
        if rank and reviewed:
            rank = 2  # below the page's own "Date:", "Published:" and its date lines; alone, it still dates the page
        if rank:
            own.append((rank, d))
            if d.start > first_blocks and d.start > len(text) * 0.6 and _PAGE_DATES_LINE.match(line):
                furniture.add(d.start)
            elif d.start < first_blocks and (rank >= 3 or cue is _UPDATE_CUE) and not _FIRST_ISSUE.search(before):
                # (not "This plan, first published on 21 November 2024, shows our progress": the first edition's day
                # tells that the content has changed since, not the day the content speaks as of)
                content_dated = True
    # the date the content speaks as of (its dateline, "Tracker position as at 14 March 2022", an "Update: May 2024"
    # heading) before the page's own dates below the body: a page first published before the position it reports, or
    # updated days after it, or reviewed since, was dated by its system, not by its writer (where they agree, the
    # same date stands either way)
    if content_dated and furniture:
        own = [(r, d) for r, d in own if d.start not in furniture]
    elif len(furniture) > 1:
        own = _content_page_date(text, own, furniture, mentions, excluded)
    if meta_date and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", meta_date[:10]):
        y, *rest = meta_date[:10].split("-")
        own.append((2, DateMention(-1, -1, int(y), int(rest[0]) if rest else None,
                                   int(rest[1]) if len(rest) > 1 else None)))
    # a Word file's page header, a PDF's running header and footer
    for key in ("header", "running"):
        own += _header_dates(doc.meta.get(key) or "", excluded)
    if own:
        best = max(r for r, _ in own)
        return max((d for r, d in own if r == best), key=lambda d: d.key).iso
    # Undated: a careful reader dates it by the latest thing it reports as done or under way.
    past = []
    for d in mentions:
        if d.needs_cue:
            continue
        if any(d.iso.startswith(x) or x.startswith(d.iso) for x in excluded):
            continue
        before = _sentence_before(text, d.start)
        if _FUTURE_JUST_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
            continue
        past.append(d)
    dated = [d for d in past if d.month]
    if not dated:
        return None
    latest = max(dated, key=lambda d: d.key)
    warnings.append(f"The document is not dated; its date is inferred from the latest event it reports "
                    f"({latest.iso[:7]}).")
    return latest.iso[:7]


def _content_page_date(text: str, own: list[tuple[int, DateMention]], furniture: set[int],
                       mentions: list[DateMention], excluded: set[str]) -> list[tuple[int, DateMention]]:
    """Of a page's two or three dates below its body ("Posted on 24 August 2022 / Page last updated 9 January 2024",
    "Published: 14 June 2021 / Last reviewed: 9 March 2022"), the content's own: the content cannot be older than the
    latest thing it reports as done, so the earliest page date not before the body's latest past event. A page first
    posted after everything its body tells was edited since, not rewritten (the posting dates it); a body that tells of
    work after the first posting was rewritten by the later update or review (which dates it, whatever its label). No
    page date that late: the latest."""
    page = sorted((d for _, d in own if d.start in furniture), key=lambda d: d.key)
    latest_event = None
    for d in mentions:
        if d.month is None or d.needs_cue or d.start in furniture or d.key <= page[0].key[:2] + (0,):
            continue  # (only an event after the first page date can move it)
        if any(d.iso.startswith(x) or x.startswith(d.iso) for x in excluded):
            continue
        before = _sentence_before(text, d.start)
        if _FUTURE_JUST_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
            continue  # a plan's date ("release expected in June 2025", "Next review: March 2023") is no event
        if latest_event is None or d.key > latest_event.key:
            latest_event = d
    floor = latest_event.key[:2] if latest_event is not None else (0, 0)
    chosen = next((d for d in page if d.key[:2] >= floor), page[-1])
    rank = max(r for r, d in own if d.start in furniture)
    return [(r, d) for r, d in own if d.start not in furniture] + [(rank, chosen)]


def _header_dates(header: str, excluded: set[str]) -> list[tuple[int, DateMention]]:
    """Dates a Word file's page header gives its document ("Action plan / Version 4 - updated 30/09/2024",
    "Updated: March 2025"): after a dating cue, or alone on a line of the header; below a cue in the text."""
    out = []
    for line in header.split(" / ") if header else ():
        for d in find_dates(line) + _short_year_dates(line, [(0, len(line))]):
            if d.month is not None and any(d.iso.startswith(x) or x.startswith(d.iso) for x in excluded):
                continue  # the report's own date, cited in the header ("Report of 17 December 2020")
            before = line[max(0, d.start - 60):d.start]
            cued = any(rx.search(before) for _, rx in _OWN_DATE_CUES) or _field_cue(line, d.start)
            alone = bool(_DATE_ONLY_BLOCK.match((line[:d.start] + line[d.end:]).strip()))
            if cued or alone:
                out.append((3, DateMention(-1, -1, d.year, d.month, d.day)))
    return out


# a record of a meeting names its day in its first lines: "Minutes of the meeting held at ... on Thursday 24 November",
# "Notes of the meeting of the Accountability Board on Tuesday 8 March 2022"
_MINUTES_OF = re.compile(r"^\W*(?:draft\s+|confirmed\s+|unconfirmed\s+)?(?:minutes|notes|record)\s+of\s+"
                         r"(?:the\s+|a\s+)?(?:[\w'\u2019]+\s+){0,6}?meeting\b", re.I)


# a tracker's row: its first cell a recommendation's number ("8", "Rec 4", "7 / 7.1", "R12")
_TRACKER_ROW = re.compile(r"[\W_]*(?:rec(?:ommendation)?s?\.?\s*|r)?\d{1,2}(?:[.(]?[a-z\d]{1,2}\)?)?"
                          r"(?:\s*[/,&-]\s*\d{1,2}(?:\.\d{1,2})?)*\s*\|", re.I)
# a record of a meeting names the meeting it records in its opening lines, wherever its title puts the word
# "minutes": "Durham Police and Crime Panel: minutes of the meeting of 24 November 2022"
_MEETING_OF = re.compile(r"\bmeeting\s+(?:held\s+)?(?:on|of)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
                         re.I)
_RECORD_WORD = re.compile(r"\b(?:minutes|notes|record\s+of)\b", re.I)
# the blocks that open a document: a running header, its title, a dateline or byline (the body starts below)
_OPENING_BLOCKS = 4
_RECOMMENDATION_WORD = re.compile(r"\brec(?:ommendation)?s?\b", re.I)
# the words that make a date an event's, not a dateline: "on 3 October", "in March", "since", "the letter of";
# "published on" and "received on" too ("21 November 2024 (published on GOV.UK on 8 January 2025)")
_EVENT_BEFORE = re.compile(_HISTORY_BEFORE.pattern + r"|\b(?:on|at|by|of|to|during|around|about)\s*$", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had)\b", re.I)
# a web page's own dates, set by its publishing system after the body's last words: "Published: 2 July 2021", "Page
# updated 2 October 2024", "Last reviewed 5 June 2024", "Page created 4 August 2021 \u00b7 Last updated 11 March 2023"
_PAGE_DATES_LINE = re.compile(r"[ \t]*(?:page\s+)?(?:first\s+|last\s+)?(?:published|created|posted|updated|reviewed|"
                              r"modified|edited)\b", re.I)
# the first edition's date: "first published on", "First issued:"
_FIRST_ISSUE = re.compile(r"\bfirst\s+(?:published|issued|posted)(?:\s+on)?\s*[:\-\u2013]?\s*(?:on\s+)?$", re.I)
_REVIEWED_BEFORE = re.compile(r"\breview(?:ed)?(?:\s+on)?\s*[:\-\u2013|]?\s*$", re.I)
# a title-like clause in the front matter closed by its date: "Six-month update to the NPCC, 20 March 2025." (a
# document's name, a comma, the date, the sentence's end; no verb: "The update was sent to the NPCC, ..." is an event)
_TITLE_CLAUSE = re.compile(r"[^\n.]{0,80}?\b(?:update|report|return|response|submission|briefing|statement|tracker|"
                           r"plan|position|paper)\b[^\n.]{0,60},[ \t]*", re.I)
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|be|been|due|by|on|from|since|until)\b", re.I)


def _title_clause(text: str, d: DateMention) -> bool:
    a = text.rfind("\n", 0, d.start) + 1
    after = text[d.end:d.end + 2]
    return (after[:1] == "." and after[1:2] in (" ", "\n", "")) and bool(_TITLE_CLAUSE.fullmatch(text, a, d.start)) \
        and not _VERB.search(text, a, d.start)


def _opening_end(doc: Document) -> int:
    """Where a document's opening lines end (a running header, its title, a dateline, a byline): at most four blocks,
    and never past the first block below the title that names a recommendation, where the answers begin (a short
    note's "## Recommendation 10 / Refresher course - due 30 September 2025" is a plan, not a dateline)."""
    end = 0
    for k, b in enumerate(doc.blocks[:_OPENING_BLOCKS]):
        if k and _RECOMMENDATION_WORD.search(b.text):
            break
        end = b.end
    return end


def _dateline_sentence(text: str, d: DateMention) -> bool:
    """The date opens its line (a weekday at most before it) and ends its own sentence: a dateline run together
    with the front matter's next sentence."""
    a = text.rfind("\n", 0, d.start) + 1
    return text[d.end:d.end + 2] in (". ", ".\n") and bool(_WEEKDAY_ONLY.match(text[a:d.start]))


def _alone_on_line(text: str, d: DateMention) -> bool:
    a = text.rfind("\n", 0, d.start) + 1
    b = text.find("\n", d.end)
    return a > 0 and not text[a:d.start].strip() and not text[d.end:b if b >= 0 else len(text)].strip(" .")


def _first_in_block(doc: Document, d: DateMention) -> bool:
    for b in doc.blocks[:12]:
        if b.start <= d.start < b.end:
            return not _YEAR_RE.search(doc.text, b.start, d.start)
    return True


def _block_text(doc: Document, d: DateMention) -> str:
    """The text of the block a date is in (only front-matter dates ask, so only the first blocks are looked at)."""
    for b in doc.blocks[:12]:
        if b.start <= d.start < b.end:
            return doc.text[b.start:b.end]
    return ""


def _line_of(text: str, d: DateMention) -> str:
    a = text.rfind("\n", 0, d.start) + 1
    b = text.find("\n", d.end)
    return text[a:b if b >= 0 else len(text)]


# a meeting's heading: "Thursday 7 October 2021, 10.00, Police Headquarters" (the date opens the line, a time follows)
_TIME_AFTER = re.compile(r",?\s*(?:at\s+|from\s+)?\d{1,2}[.:]\d\d\s*(?:am|pm|hrs)?\b", re.I)
_WEEKDAY_ONLY = re.compile(r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.I)


def _meeting_line(text: str, d: DateMention) -> bool:
    a = text.rfind("\n", 0, d.start) + 1
    return bool(_WEEKDAY_ONLY.match(text[a:d.start])) and bool(_TIME_AFTER.match(text, d.end))


_LABELLED_LINE = re.compile(r"\s*[A-Za-z][\w -]{0,24}:\s")


def _cue_at(rx: re.Pattern, before: str, text: str, pos: int) -> bool:
    """A dating cue in the 60 characters before a date; a cue that counts only at a line's start ("Published 3 May
    2024", "Posted by the Commissioner on ...") counts only where the line truly starts, not where hard-wrapped
    text breaks a sentence ("... the report was\npublished on 24 August 2021 under section 55")."""
    m = rx.search(before)
    if m is None:
        return False
    if not m.group(0).startswith("\n"):
        return True
    nl = pos - len(before) + m.start()  # the newline the cue follows
    prev = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    if not prev and m.group(0).lstrip()[:1].islower():
        # a block opening in lower case ("published on 15 December 2023. The APCC has agreed ...") goes on with the
        # sentence of the block above, cut by a PDF's page or column break: the cue is in mid-sentence where that
        # block ends without a sentence's or a field's end ("... the independent scrutiny of stop and search,")
        above = text[:max(0, nl - 1)].rstrip()
        last = above[above.rfind("\n") + 1:]
        if len(last) >= 45 and last[-1:] not in ".:;!?)\"'\u2019\u201d|>":
            return False
    # a short line, one that ends a sentence or a field, or a labelled field of its own ("From: ... <x@y>" above an
    # email's "Sent: ...") ends where its writer ended it
    return len(prev) < 45 or prev[-1:] in ".:;!?)\"'\u2019\u201d|>" or bool(_LABELLED_LINE.match(prev))


# a byline's fields, set apart by bars or dots: "By the Press Office | 3 May 2023 | 2 min read", "News · 3 May 2023"
_FIELD_AFTER = re.compile(r"[ \t]*(?:[|\u00b7\u2022]|\n|$)")
_BYLINE = re.compile(r"[ \t]*(?:by|posted\s+by|written\s+by|author:?)\s", re.I)


def _byline_field(text: str, d: DateMention) -> bool:
    """The date is a field of a byline: the line opens with "By ..." and the date stands between its separators."""
    a = text.rfind("\n", 0, d.start) + 1
    return bool(_BYLINE.match(text, a) and text[a:d.start].rstrip(" \t")[-1:] in ("|", "\u00b7", "\u2022")
                and _FIELD_AFTER.match(text, d.end))


def _ends_line(text: str, d: DateMention) -> bool:
    """The date closes its line or block (a dateline, not a date inside a sentence)."""
    rest = text[d.end:d.end + 3]
    return not rest.strip(" .") or rest.startswith("\n") or rest.lstrip(" .")[:1] in ("\n", "")


def _is_date_line(doc: Document, d: DateMention) -> bool:
    for b in doc.blocks:
        if b.start <= d.start < b.end:
            rest = doc.text[b.start:d.start] + doc.text[d.end:b.end]
            return len(doc.text[b.start:b.end]) < 60 and bool(_DATE_ONLY_BLOCK.match(rest.strip()))
    return False
