"""textutil.finditer tries a pattern only where a word its matches open with begins: it must give exactly the
matches rx.finditer gives, for every pattern the engine runs through it, on any text."""
import re

from rectrack.extraction import status
from rectrack.extraction.textutil import ASCII_FOLDS, DIGIT_OPENING, _least_openings, finditer, openings

from .randomtext import joined_pieces


def _patterns() -> list[re.Pattern]:
    out = []
    for _, _, cue in status._CUES:
        if isinstance(cue, re.Pattern):
            out.append(cue)
        elif hasattr(cue, "patterns"):
            out.extend(cue.patterns)
        elif hasattr(cue, "trigger"):
            out.append(cue.trigger)
            out.extend(rx for rx, _ in cue.steps)
        else:
            out.extend((cue._ACT, cue._PLAN, cue._WHEN, cue._UNDER_WAY))
    # patterns of shapes the cues do not have today: a case-sensitive one, one word the prefix of another, a look-behind
    out += [re.compile(r"Is\b|Island"), re.compile(r"\b(?:plan|plans|planning)\s+to\b", re.I),
            re.compile(r"(?<=,\s)(?:ok|skip)\w*", re.I), re.compile(r"(?:ab|abc)(?:d|)", re.I),
            # spaces before the word, after a group that reads nothing; one without them; a lazy one
            re.compile(r"(?:^|(?<=[.\n|]))\s*to\s+be\b|\bis\b", re.I), re.compile(r"(?<=\.)\s*is", re.I | re.M),
            re.compile(r"^\s*?to\b|xy", re.M)]
    return out


# the cues' own words (so the patterns do match), their pieces, and the letters that make lower-casing or re.I differ
PIECES = ["will", "WILL ", "shall", "be reviewed", "is being", "are ", "am ", "ongoing", "on-going", "in progress",
          "plan to", "plans to", "planning to", "has been completed", "was published", "went live", "half way through",
          "two of our four", "80 per cent", "no further action is needed", "we are reviewing", "await", "national",
          "NPCC", "once", "when", "published", "in the autumn", "starts in", "before", "taking any action", "not",
          "no", "yet", "Island", "Is", "is", "ok", "skip", "abcd", ", ", ". ", ".\n", "\n\n", " ", "  ", "-", "'",
          "\u2019", "_", "x", "7", "\u00e9", "\u0130", "\u0131s", "\u017fhall", "o\u212a", "w\u0130ll", "nda",
          "To be designed", "to be agreed", "| ", "|", "\t", " \n ", "\u00a0", "\u2003", "should be", "is to start"]


def test_the_same_matches_as_finditer_on_random_texts():
    patterns = _patterns()
    gated = sum(_least_openings(rx) is not None for rx in patterns)
    assert gated >= 25  # most of the cues' patterns are tried at their words only (else this would test little)
    assert dict(_least_openings(status._CUES[15][2]._PLAN))["to"] is True  # "... .  To be designed": spaces first
    compared = 0
    for n, text in enumerate(joined_pieces(PIECES, 11, 6000, 40, 1)):
        if n % 3 == 0:  # a third without the letters that turn the gate off, so the gated path is the one tested
            for c in ASCII_FOLDS:
                text = text.replace(c, "i")
        low = text.lower()
        for rx in patterns:
            expected = [(m.span(), m.group()) for m in rx.finditer(text)]
            assert [(m.span(), m.group()) for m in finditer(rx, text, low)] == expected, (rx.pattern, text)
            assert [(m.span(), m.group()) for m in finditer(rx, text)] == expected, (rx.pattern, text)
            compared += bool(expected)
    assert compared > 10000  # texts where the pattern does match


def test_the_cue_readers_find_the_same_cues_with_or_without_the_lower_cased_text():
    for text in joined_pieces(PIECES, 12, 3000, 40, 1):
        for _, _, cue in status._CUES:
            if not isinstance(cue, re.Pattern):
                assert [m.span() for m in cue.finditer(text, text.lower())] == [m.span() for m in cue.finditer(text)]


def test_the_words_are_found_in_the_lower_cased_text_only():
    rx = re.compile(r"\bwill\b", re.I)
    assert [m.span() for m in finditer(rx, "We WILL and will")] == [(3, 7), (12, 16)]
    # a low that does not hold the words (as a wrong caller might pass) finds nothing: the gate is the words in low
    assert list(finditer(rx, "We WILL", "we xxxx")) == []


def test_openings_read_through_the_letters_the_parser_moves_in_front():
    # "has|have|had" is parsed as "ha" then "s|ve|d"; "does|do|did" as "d" then "oes|o|id"
    assert openings(re.compile(r"\b(?:(?:has|have|had)\s+no|(?:does|do|did)\s+not)\b", re.I)) == (
        "has", "have", "had", "does", "do", "did")
    assert openings(re.compile(r"(?:was|were)\s+done")) == ("was", "were")
    # an alternative of no letters after the shared ones leaves the shared ones; one letter alone is no gate
    assert openings(re.compile(r"ab(?:c|)d")) == ("ab",)
    assert openings(re.compile(r"a(?:b|)c")) is None


def test_an_alternative_opening_with_a_digit_is_tried_at_every_digit():
    """Speed round (speed18): an alternative opening with \\d, [0-9] or [1-9] was no gate, so the whole pattern (the
    share-of-work cue: "two of five", "80 per cent") was tried at every position of the answer. Now every digit of the
    text is a place to try it: the same matches as rx.finditer, digits of other scripts included."""
    rx = re.compile(r"\b(?:\d{1,3}\s+of|[1-9]\d?\s*(?:per\s*cent|%)|half\s+way)\b", re.I)
    assert dict(_least_openings(rx)) == {"half": False, DIGIT_OPENING: False}
    assert openings(rx) is None  # the can_match gate reads words only: a digit is no word
    assert _least_openings(re.compile(r"[0-9a]x|\d+ of")) is None  # a class that reads a letter too: no gate
    patterns = [rx, re.compile(r"(?:^|(?<=\.))\s*\d+\s+actions|\bnone\b", re.I | re.M),
                re.compile(r"(?=[hptfarnoml\d])(?:\b(?P<n>two|\d{1,3})\s+of\s+(?!(?P=n)\b)(?:four|\d{1,3})\b|"
                           r"\b(?:(?=[1-9])(?<!\bby\s)[1-9]\d?(?:\.\d)?\s*(?:per\s*cent|%)))", re.I)]
    pieces = ["2 of 4", "two of", "by 5%", "45 per cent", "0", "7", " ", ".", ". ", "\n", "half way", "none",
              "3 actions", "\u0663 of \u0664", "\u00b2", "x1", "Half Way", "\u0130", "of ", "12.5%"]
    compared = 0
    for n, text in enumerate(joined_pieces(pieces, 13, 4000, 30, 1)):
        if n % 2:
            text = text.replace("\u0130", "i")
        for p in patterns:
            expected = [(m.span(), m.group()) for m in p.finditer(text)]
            assert [(m.span(), m.group()) for m in finditer(p, text)] == expected, (p.pattern, text)
            compared += bool(expected)
    assert compared > 3000
