"""Small text helpers shared by the analysers."""
from __future__ import annotations

import bisect
import functools
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable

_QUOTE_PAIRS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
                ("\u2014", "-"), ("\u00a0", " "))
# a single newline is a wrapped line inside a paragraph, not the end of a sentence. The break after a stop is matched
# from the stop itself, each stop an alternative of its own, not from a look-behind: a pattern opening with literal
# characters is searched for by their first characters alone (three times faster on a document than trying the
# look-behind at every position); `_sentences` starts the break after the stop. The look-behind form it replaces,
# `(?<=[.!?])['")\]]?\s+|\n[ \t]*\n\s*`, is held to it by tests/extraction/test_textutil_sentences_memo.py.
_SENT_BREAK = re.compile(r"\.['\")\]]?\s+|!['\")\]]?\s+|\?['\")\]]?\s+|\n[ \t]*\n\s*")
_AFTER_STOP = re.compile(r"['\")\]]?\s+")
# A full stop that ends an abbreviation naming a number ("Rec. 3", "Recommendation No. 4", "para. 12", "pp. 4-6")
# ends no sentence where a digit follows: the number belongs to the abbreviation (tested after a break is found, so
# the split stays one C-level scan of the text)
_NUMBER_ABBREVIATIONS = ("no", "nos", "rec", "recs", "para", "paras", "pp", "vol", "fig", "ref")
_DIGIT = re.compile(r"\d")
_WORD_CHAR = re.compile(r"\w")


# Characters files carry that a reader does not see as letters of their own: a soft hyphen (a word processor's
# optional break), zero-width spaces and joiners, a byte order mark inside the text (pasted from another file), the
# typesetting ligatures a PDF's text layer can give as one character ("\ufb01nished"), hyphens that are not U+002D,
# and the private-use bullets of Word's Symbol and Wingdings fonts. Unmapped, "Recommen\u00addation 4" is no
# recommendation, "5 March\u200b 2024" no date and "\ufb01nished" no finished work.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_COMPAT_CHARS = (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl"), ("\ufb03", "ffi"), ("\ufb04", "ffl"),
                 ("\ufb05", "st"), ("\ufb06", "st"), ("\u2010", "-"), ("\u2011", "-"), ("\u2012", "-"),
                 ("\u2212", "-"), ("\uf0b7", "\u2022"), ("\uf0a7", "\u2022"), ("\uf076", "\u2022"),
                 ("\uf0d8", "\u2022"))


def plain_chars(s: str) -> str:
    """s without invisible characters, with ligatures spelt out and odd hyphens and bullets made plain. An ASCII
    string is returned as it is, at the cost of one C-level test."""
    if s.isascii():
        return s
    s = _INVISIBLE.sub("", s)
    for a, b in _COMPAT_CHARS:
        if a in s:
            s = s.replace(a, b)
    return s


# A contraction says what its full form says ("hasn't started" is "has not started", "we're drafting" is "we are
# drafting", "won't accept" is "will not accept"): the readers spell contractions out once, so every rule written
# with the full words reads both. A possessive ("the force's plan") and a contraction of an unlisted word stay as
# written. One pattern per apostrophe: a pattern opening with one literal character is scanned for at C speed, a
# class of two (one of them not ASCII) a character at a time, twenty times slower; each suffix checks the letters
# before the apostrophe, so a possessive is not taken to Python ("n't", "it's", "that's", "'re", "'ve", "'ll", "'m").
_CONTRACTIONS = {q: re.compile(q + r"(?:(?<=[nN]" + q + r")(t)|(?<=(?:[iI]t|at|re)" + q + r")(s)|(?<=[A-Za-z]" + q
                               + r")(re|ve|ll|m))\b") for q in ("'", "\u2019")}
_SPELT_OUT = {
    "t": {"ca": "cannot", "wo": "will not", "sha": "shall not",
          **{w: w + " not" for w in "is are was were has have had do does did could should would must need".split()}},
    "re": {w: w + " are" for w in ("we", "they", "you")},
    "ve": {w: w + " have" for w in ("we", "they", "i", "you")},
    "ll": {w: w + " will" for w in ("we", "they", "i", "you", "it")},
    "m": {"i": "i am"},
    "s": {w: w + " is" for w in ("it", "that", "there", "here")},
}


def spell_out_contractions(s: str, passes: list[Edits] | None = None) -> str:
    for q, rx in _CONTRACTIONS.items():
        if q in s:
            edits: Edits | None = [] if passes is not None else None
            s = _spell_out(s, rx, edits)
            if passes is not None and edits:
                passes.append(edits)
    return s


def _spell_out(s: str, rx: re.Pattern[str], edits: Edits | None = None) -> str:
    out: list[str] = []
    pos = 0
    for m in rx.finditer(s):
        a = m.start()
        if not a or not s[a - 1].isalpha():
            continue
        w = a - 1
        while w > 0 and s[w - 1].isalpha() and a - w < 8:
            w -= 1
        word, suffix = s[w:a], m.group(m.lastindex or 0)
        if suffix == "t":
            word = word[:-1] if word[-1:] in "nN" else ""
        full = _SPELT_OUT.get(suffix.lower(), {}).get(word.lower())
        if full is None or (w and s[w - 1].isalnum()):
            continue
        if suffix == "s" and s.startswith(" been", m.end()):
            full = word.lower() + " has"  # "it's been" is "it has been"
        if word.isupper() and len(word) > 1:
            full = full.upper()
        elif word[:1].isupper():
            full = full[0].upper() + full[1:]
        out += (s[pos:w], full)
        pos = m.end()
        if edits is not None:
            edits.append((w, pos, len(full)))
    return _joined(s, out, pos)


# "Rec 3", "Rec. 3", "Recs 4 and 5": the short form of the word before a number is the word (the rules are written
# with "recommendation"; the readers spell it out with the contractions). Found by its last letters, a literal the
# pattern engine scans for at C speed; the letter before them is checked here.
_REC_ABBREVIATION = re.compile(r"ec(s?)\.?[ \t]*(?=\d{1,2}(?!\d))")


# The words for counts and places, held once (the lowest layer that needs them): every module that reads a number or
# a place in words builds its own pattern or table from these, keeping only its own difference beside it ("both"
# counting two; "former" / "last" as places). A word's index is its value: NUMBER_WORDS[7] is "seven"; PLACE_WORDS[6]
# is "seventh", the seventh place
NUMBER_WORDS = tuple("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                     "sixteen seventeen eighteen nineteen twenty".split())
PLACE_WORDS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())


# "Recommendation No. 15", "recommendation number 4", "Recommendation fifteen": the number written so is the number
# (found by the word's last letters, a literal; the tail's case is free); one to twenty, so a word's index is one less
# than its number
_NUMBER_WORDS = NUMBER_WORDS[1:]
_REC_NUMBER_FORM = re.compile(r"ommendations?[ \t]+(?:(?i:no\.?|number|#)[ \t]*(?=\d)|(?i:(" + "|".join(_NUMBER_WORDS)
                              + r"))\b(?![ \t-]+(?i:of|or|and|to|hundred|thousand)\b))")


# both forms at once, for a gate: one C-level scan of a block that has neither
REC_FORMS = re.compile(r"ec(?:s?\.?[ \t]*\d|ommendations?[ \t]+(?i:no\.?[ \t]*\d|number|#|(?:"
                       + "|".join(_NUMBER_WORDS) + r")\b))")


# the short form in capitals ("REC 1" under a heading set in capitals), spelt in capitals
REC_CAPS = re.compile(r"REC(S?)\.?[ \t]*(?=\d{1,2}(?!\d))")


def _abbreviated(s: str) -> bool:
    """The gate of the abbreviations' pass, shared by `spell_out` and `spell_out_mapped`: one C-level scan of a block
    that has no short form."""
    return bool(("ec" in s and REC_FORMS.search(s)) or ("REC" in s and REC_CAPS.search(s)))


def spell_out(s: str) -> str:
    """Contractions and the short forms of "recommendation" spelt out (Decision 28), each behind its cheap gate: what
    the rules read of every block of text (and of the text reader's whole text)."""
    if "'" in s or "\u2019" in s:
        s = spell_out_contractions(s)
    if _abbreviated(s):
        s = spell_out_abbreviations(s)
    return s


# One pass's replacements, in order: (start, end, length of what replaced s[start:end]) in the string the pass read.
Edits = list[tuple[int, int, int]]
# Where a reading text differs from the verbatim it was spelt out of, in order: (reading start, reading end, verbatim
# start, verbatim end) of each replaced stretch; the text between two stretches is the same in both. (A position is
# looked up by a plain bisect of the tuples, in C.)
Spelt = list[tuple[int, int, int, int]]


def spell_out_mapped(s: str) -> tuple[str, Spelt]:
    """`spell_out(s)` (the same string, by the same passes and gates) and where it differs from s, so that what the
    rules find in the reading text can be shown to a reviewer in the organisation's own words (Decision 33). The map
    is built only for a string that had something to spell out: an empty list costs nothing elsewhere."""
    contracted = "'" in s or "\u2019" in s
    if not contracted and not _abbreviated(s):
        return s, _NOTHING  # (most blocks: no list is made)
    passes: list[Edits] = []
    if contracted:
        s = spell_out_contractions(s, passes)
    if _abbreviated(s):
        s = spell_out_abbreviations(s, passes)
    spelt: Spelt = []
    for edits in passes:
        spelt = _compose(spelt, edits)
    return s, spelt


_NOTHING: Spelt = []  # what `spell_out_mapped` returns for a string with nothing spelt out (read only, never changed)


def _joined(s: str, out: list[str], pos: int) -> str:
    if not out:
        return s
    out.append(s[pos:])
    return "".join(out)


def _compose(spelt: Spelt, edits: Edits) -> Spelt:
    """The map from the verbatim to a pass's output, given the map to its input and the pass's edits. Stretches an
    edit overlaps or touches become one (the passes replace different words, so in practice they never do)."""
    if not edits:
        return spelt
    out: Spelt = []
    i, shift = 0, 0  # shift: output position minus input position, after the edits so far
    for a, b, n in edits:
        while i < len(spelt) and spelt[i][1] < a:
            ra, rb, va, vb = spelt[i]
            out.append((ra + shift, rb + shift, va, vb))
            i += 1
        ra0, rb0 = a, b
        va0, vb0 = back(spelt, a, False), back(spelt, b, True)
        while i < len(spelt) and spelt[i][0] <= b:
            ra, rb, va, vb = spelt[i]
            va0, vb0, ra0, rb0 = min(va0, va), max(vb0, vb), min(ra0, ra), max(rb0, rb)
            i += 1
        out.append((ra0 + shift, rb0 + shift + n - (b - a), va0, vb0))
        shift += n - (b - a)
    out += [(ra + shift, rb + shift, va, vb) for ra, rb, va, vb in spelt[i:]]
    return out


_AFTER = 1 << 62  # after any stretch that starts at a position


def back(spelt: Spelt, p: int, end: bool) -> int:
    """A position in the reading text as a position in the verbatim: inside a spelt-out stretch, the stretch's start
    (for a span's start) or its end (for a span's end)."""
    k = bisect.bisect_right(spelt, (p, _AFTER)) - 1
    if k < 0:
        return p
    ra, rb, va, vb = spelt[k]
    if p >= rb:
        return vb + (p - rb)
    if p == ra or not end:
        return va
    return vb


def spell_out_abbreviations(s: str, passes: list[Edits] | None = None) -> str:
    out: list[str] = []
    pos = 0
    edits: Edits | None = [] if passes is not None else None
    for m in REC_CAPS.finditer(s) if "REC" in s else ():
        if m.start() and (s[m.start() - 1].isalnum() or s[m.start() - 1] in "-_"):
            continue
        out += (s[pos:m.start()], "RECOMMENDATION", m.group(1), " ")
        pos = m.end()
        if edits is not None:
            edits.append((m.start(), pos, 15 + len(m.group(1))))
    s = _pass_done(s, out, pos, edits, passes)
    out, pos = [], 0
    edits = [] if passes is not None else None
    for m in _REC_ABBREVIATION.finditer(s):
        r = m.start() - 1
        if r < 0 or s[r] not in "Rr" or (r and (s[r - 1].isalnum() or s[r - 1] in "-_")):
            continue
        out += (s[pos:r], s[r], "ecommendation", m.group(1), " ")
        pos = m.end()
        if edits is not None:
            edits.append((r, pos, 15 + len(m.group(1))))
    s = _pass_done(s, out, pos, edits, passes)
    if "ommendation" not in s:
        return s
    out, pos = [], 0
    edits = [] if passes is not None else None
    for m in _REC_NUMBER_FORM.finditer(s):
        head = s[m.start():m.end()].split(None, 1)[0]
        word = m.group(1)
        number = str(_NUMBER_WORDS.index(word.lower()) + 1) if word else ""
        out += (s[pos:m.start()], head, " ", number)
        pos = m.end()
        if edits is not None:
            edits.append((m.start(), pos, len(head) + 1 + len(number)))
    return _pass_done(s, out, pos, edits, passes)


def _pass_done(s: str, out: list[str], pos: int, edits: Edits | None, passes: list[Edits] | None) -> str:
    if passes is not None and edits:
        passes.append(edits)
    return _joined(s, out, pos)


def fold(s: str) -> str:
    """Lowercase, plain quotes and dashes, single spaces: for comparing texts."""
    if not s.isascii():  # a few C-level replaces beat str.translate's per-character lookups
        for a, b in _QUOTE_PAIRS:
            if a in s:
                s = s.replace(a, b)
    return " ".join(s.lower().split())


def spaced(s: str, chars: str) -> str:
    """s with each of chars replaced by a space. A C-level scan, and a replace where found, per character: for a few
    characters a tenth of the time of str.translate, which looks every character of s up in its table."""
    for c in chars:
        if c in s:
            s = s.replace(c, " ")
    return s


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding whitespace."""
    # the stages split the same passages again (anchors, segments, progress, position, references): the last
    # document's spans are kept beside it, found by the text's identity (the memo holds the text, so no other
    # string can take its place while kept); a copy is returned, as callers may change the list they get
    global _SENTENCES_MEMO
    memo = _SENTENCES_MEMO
    if memo[0] is not text:
        memo = _SENTENCES_MEMO = (text, {})  # one assignment: a thread that read the old pair still has a right one
    spans = memo[1].get((start, end))
    if spans is None:
        spans = memo[1][(start, end)] = _sentences(text, start, end)
    return list(spans)


_SENTENCES_MEMO: tuple[str | None, dict[tuple[int, int], list[tuple[int, int]]]] = (None, {})


def forget_sentences() -> None:
    """Drop the memos of `sentences`, `lowered` and `_has_folds`: a long-lived process (a web worker) would otherwise
    keep the last document's text, up to the size limit, until it reads another."""
    global _SENTENCES_MEMO, _LOWERED_MEMO, _FOLDS_MEMO
    _SENTENCES_MEMO = (None, {})
    _LOWERED_MEMO = ("", "")
    _FOLDS_MEMO = ("", False)


# a document's whole text lower-cased: the names, authors' and fulfils' stages each lower-cased it (0.05 ms or so a
# time for a 20 KB response); only long texts are kept, so that the short ones read between (a page's header) do not
# push the document out. One (text, low) pair, replaced at once: a reader on another thread sees a pair that agrees
_LOWERED_MEMO: tuple[str, str] = ("", "")
_LOWERED_MIN = 2000


def lowered(text: str) -> str:
    """text.lower(), the same string, made once for the document's whole text."""
    global _LOWERED_MEMO
    memo = _LOWERED_MEMO
    if memo[0] is text:
        return memo[1]
    low = text.lower()
    if len(text) >= _LOWERED_MIN:
        _LOWERED_MEMO = (text, low)
    return low


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    if start and text[start - 1] in ".!?":  # a passage starting just after a stop: its break began before it
        m = _AFTER_STOP.match(text, start, end)
        if m and not (text[start - 1] == "." and _number_abbreviation(text, start - 1, m.end(), end)):
            _trim_into(text, pos, start + (1 if text[start] in "'\")]" else 0), out)
            pos = m.end()
    scan = pos
    while True:
        m = _SENT_BREAK.search(text, scan, end)
        if m is None:
            break
        brk = m.start()
        if text[brk] != "\n":
            if text[brk] == "." and _number_abbreviation(text, brk, m.end(), end):
                scan = brk + 1  # no break after "No." before its number; a blank line in the spaces still is one
                continue
            brk += 1  # the stop ends the sentence; a closing quote or bracket after it does too
            if text[brk] in "'\")]":
                brk += 1
        _trim_into(text, pos, brk, out)
        pos = scan = m.end()
    _trim_into(text, pos, end, out)
    return out


def _number_abbreviation(text: str, stop: int, after: int, end: int) -> bool:
    """The full stop at `stop` ends one of `_NUMBER_ABBREVIATIONS` (a word of its own, in either case letter by
    letter) and a digit follows the spaces after it, at `after`."""
    if after >= end or _DIGIT.match(text, after, end) is None:
        return False
    for w in _NUMBER_ABBREVIATIONS:
        a = stop - len(w)
        if a >= 0 and all(text[a + i] in (c, c.upper()) for i, c in enumerate(w)) and (
                a == 0 or _WORD_CHAR.match(text, a - 1) is None):
            return True
    return False


def _trim_into(text: str, s: int, e: int, out: list) -> None:
    # str.strip drops exactly what str.isspace calls space, in C rather than a character at a time here
    part = text[s:e].lstrip()
    if part:
        s = e - len(part)
        out.append((s, s + len(part.rstrip())))


# Besides A-Z, the letters re.I lets an ASCII letter match (tests/extraction/test_textutil_gates.py computes them)
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def _per_pattern[T](fn: Callable[[re.Pattern], T]) -> Callable[[re.Pattern], T]:
    """fn(rx), remembered by the pattern's identity. functools.cache hashed the pattern at every call, and a compiled
    pattern's hash reads its whole compiled code (some 1.5 microseconds for a progress cue), more than the rest of a
    gate's or `finditer`'s set-up. The memo holds each pattern, so no other can take its id."""
    memo: dict[int, tuple[re.Pattern, T]] = {}

    @functools.wraps(fn)
    def remembered(rx: re.Pattern) -> T:
        hit = memo.get(id(rx))
        if hit is not None and hit[0] is rx:
            return hit[1]
        value = fn(rx)
        memo[id(rx)] = (rx, value)
        return value
    return remembered


@_per_pattern
def openings(rx: re.Pattern) -> tuple[str, ...] | None:
    """The words (lower case, two letters or more) one of which every match of rx begins with, read from the pattern
    itself; None when some alternative opens otherwise (a class, a repeat, one letter)."""
    try:
        return _openings(list(_sre_parse.parse(rx.pattern, rx.flags).data))
    except (re.error, TypeError, ValueError):
        return None


# `_least_openings`' mark for an alternative that opens with a digit ("\d{1,3} of", "[1-9]\d? per cent"): `finditer`
# tries the pattern at every digit. Not ASCII, so no word read from a pattern's letters is it or begins it
DIGIT_OPENING = "\x80digit"
_A_DIGIT = re.compile(r"\d")  # every character \d, [0-9] or [1-9] reads (\d reads every decimal digit, not only 0-9)


def _digit_class(op, av) -> bool:
    """A class that reads only digits: \\d, 0-9 or 1-9, a digit."""
    if op is not _sre.IN:
        return False
    for kind, value in av:
        if kind is _sre.CATEGORY:
            if value is not _sre.CATEGORY_DIGIT:
                return False
        elif kind is _sre.RANGE:
            if not (48 <= value[0] <= value[1] <= 57):
                return False
        elif kind is not _sre.LITERAL or not 48 <= value <= 57:
            return False  # (a NEGATE too)
    return bool(av)


def _openings(ops: list, least: int = 2, digits: bool = False) -> tuple[str, ...] | None:
    i = 0
    while i < len(ops) and ops[i][0] in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        i += 1  # \b, look-arounds: they read no character of the match
    if i == len(ops):
        return None
    op, av = ops[i]
    if op is _sre.BRANCH:
        words: list[str] = []
        for branch in av[1]:
            sub = _openings(list(branch.data), least, digits)
            if sub is None:
                return None
            words.extend(sub)
        return tuple(words)
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _openings(list(sub.data), least, digits)
    if digits:
        # a digit, or a repeat of at least one whose first character is a digit: the mark (`DIGIT_OPENING`)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            body = list(av[2].data)
            if body and _digit_class(*body[0]):
                return (DIGIT_OPENING,)
        if _digit_class(op, av) or (op is _sre.LITERAL and 48 <= av <= 57):
            return (DIGIT_OPENING,)
    word = ""
    k = i
    while k < len(ops) and ops[k][0] is _sre.LITERAL and ops[k][1] <= 127:
        word += chr(ops[k][1])
        k += 1
    if word and k < len(ops) and ops[k][0] in (_sre.BRANCH, _sre.SUBPATTERN):
        # the parser moves the letters alternatives share out in front ("has|have|had" is "ha" then "s|ve|d"): the
        # words are those letters and each alternative's own, when every alternative opens with a letter
        tails = _openings([ops[k]], 1)
        if tails is not None:
            return tuple((word + t).lower() for t in tails)
    return (word.lower(),) if len(word) >= least else None


def contains_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether any of words is in low: `any(w in low for w in words)`, by a plain loop (a generator cost more than the
    tests themselves in a gate asked of every sentence)."""
    for w in words:
        if w in low:
            return True
    return False


def can_match(rx: re.Pattern, text: str, low: str) -> bool:
    """False only when rx cannot match text (low: text.lower()): none of the words its matches open with is in it, and
    no letter re.I would read as an ASCII one. A cheap gate before a pattern tried at every position of a long text."""
    words = openings(rx)
    return words is None or contains_any(low, words) or any(c in text for c in ASCII_FOLDS)


@_per_pattern
def _least_openings(rx: re.Pattern) -> tuple[tuple[str, bool], ...] | None:
    """The words every match of rx opens with, each with whether spaces may come before it (an alternative opening
    with \\s*), without the words another of them begins ("plans" when "plan" is there): the same positions."""
    try:
        data = list(_sre_parse.parse(rx.pattern, rx.flags).data)
    except (re.error, TypeError, ValueError):
        return None
    alternatives = [list(b.data) for b in data[0][1][1]] if len(data) == 1 and data[0][0] is _sre.BRANCH else [data]
    found: dict[str, bool] = {}
    for ops in alternatives:
        ops = _after_zero_width(ops)
        spaced = bool(ops) and ops[0][0] in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and ops[0][1][0] == 0 and \
            list(ops[0][1][2].data) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]
        words = _openings(ops[1:] if spaced else ops, digits=True)
        if words is None:
            return None
        for w in words:
            found[w] = found.get(w, False) or spaced
    least: dict[str, bool] = {}
    for w, spaced in found.items():
        v = min((v for v in found if w.startswith(v)), key=len)  # the shortest word w begins (w itself if none)
        least[v] = least.get(v, False) or spaced or found[v]
    return tuple(sorted(least.items()))


def _after_zero_width(ops: list) -> list:
    """ops without what opens them reading no character: \\b, look-arounds, a group of those ("(?:^|(?<=[.\\n]))")."""
    def zero_width(items) -> bool:
        return all(op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT) for op, _ in items)
    while ops:
        op, av = ops[0]
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            ops = ops[1:]
            continue
        if op is _sre.BRANCH and all(zero_width(b.data) for b in av[1]):
            ops = ops[1:]  # the parser leaves a group of alternatives as the alternatives
            continue
        if op is _sre.SUBPATTERN and not av[1] and not av[2] and zero_width(av[3].data):
            ops = ops[1:]
            continue
        break
    return ops


def finditer(rx: re.Pattern, text: str, low: str | None = None):
    """The matches of rx.finditer(text), the same ones, with rx tried only where one of the words its matches open with
    begins in low (text.lower()), found by C-level str.find, or in the spaces just before it where the pattern allows
    them, instead of at every position of the text. For a cue pattern over a 5 KB answer a third to a fifth of the
    time. Where that is not sure to find every match (no words read from the pattern; a letter re.I reads as an ASCII
    one, or one that lower-cases to two), plain rx.finditer. Not for a search that stops at the first match: the
    positions of every word are found first."""
    words = _least_openings(rx)
    if words is None or not (text.isascii() or not _has_folds(text)):
        return rx.finditer(text)
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        return rx.finditer(text)
    starts: set[int] = set()
    add, find = starts.add, low.find  # (bound once: the loops below run at every occurrence of every word)
    for w, spaced in words:
        if w == DIGIT_OPENING:  # every digit of the text (and the spaces before it, where the pattern allows them)
            for m in _A_DIGIT.finditer(text):
                k = m.start()
                add(k)
                while spaced and k > 0 and text[k - 1].isspace():
                    k -= 1
                    add(k)
            continue
        i = find(w)
        if spaced:
            while i >= 0:
                add(i)
                k = i
                while k > 0 and text[k - 1].isspace():  # \s is what str.isspace calls space
                    k -= 1
                    add(k)
                i = find(w, i + 1)
        else:
            while i >= 0:
                add(i)
                i = find(w, i + 1)
    return _matches_at(rx, text, sorted(starts))


# the last text `_has_folds` was asked about, and its answer: the progress cues ask it of the same answer a score of
# times in a row (one pair, replaced at once)
_FOLDS_MEMO: tuple[str, bool] = ("", False)


def _has_folds(text: str) -> bool:
    """Whether text holds a letter re.I reads as an ASCII one (ASCII_FOLDS)."""
    global _FOLDS_MEMO
    memo = _FOLDS_MEMO
    if memo[0] is text:
        return memo[1]
    found = any(c in text for c in ASCII_FOLDS)
    _FOLDS_MEMO = (text, found)
    return found


def _matches_at(rx: re.Pattern, text: str, starts: list[int]):
    # a match opens with a word of two letters or more, so none is empty: the next one starts at or after its end, as
    # finditer's would; rx.match(text, c) reads look-behinds and \b before c just as finditer's scan does at c
    end = 0
    for c in starts:
        if c >= end:
            m = rx.match(text, c)
            if m:
                end = m.end()
                yield m
