"""The gates that skip a whole-text scan (textutil.can_match): a gate may let a text through that the pattern
does not match, never stop one it does."""
import random
import re

from rectrack.extraction import authors
from rectrack.extraction.textutil import ASCII_FOLDS, can_match, openings


def test_ascii_folds_are_every_letter_re_i_reads_as_an_ascii_one():
    letters = re.compile("|".join("abcdefghijklmnopqrstuvwxyz"), re.I)
    found = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert found == set(ASCII_FOLDS)


def test_openings_are_read_from_the_pattern():
    assert openings(authors._SAID) == ("said", "says", "commented", "added")
    assert openings(authors._SIGN_OFF) == ("yours", "kind", "best", "warm", "warmest", "regards", "signed")
    assert openings(re.compile(r"\bSpeaking\s+for", re.I)) == ("speaking",)
    # an alternative opening with a class, one letter, a repeat or a flag change: no gate
    for pattern in (r"(?:a|b)c", r"\b(?:xx|yy)z|q", r"(?i:ab)c", r"x?yz", r"[ab]cd", r"\bmy\s+office|\bi\s+fund",
                    r"(?:ab|)c"):
        assert openings(re.compile(pattern)) is None, pattern


PATTERNS = [authors._SAID, authors._SIGN_OFF, re.compile(r"\bspeaking\s+(?:for|on\s+behalf\s+of)\s+", re.I),
            re.compile(r"\bKind\s+regards\b", re.I), re.compile(r"(?:ok|ski|ss)\w", re.I), re.compile(r"Is\b")]
PIECES = ["said", "SAID", "Says", "yours sincerely", "YOURS TRULY", "kind regards", "\u212aind regards", "signed: ",
          "\u017figned ", "speaking for", "SPEA\u212aING ON BEHALF OF", "ok", "O\u212a", "\u017fki", "s\u017fx", "Is ",
          "\u0130s ", "\u0131s ", " ", "x", ".", "\n", "\u00e9", "\u2019"]


def test_a_gate_never_stops_a_text_the_pattern_matches():
    rnd = random.Random(10)
    stopped = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(8)))
        low = text.lower()
        for rx in PATTERNS:
            if not can_match(rx, text, low):
                stopped += 1
                assert rx.search(text) is None, (rx.pattern, text)
    assert stopped > 1000  # the gates do stop texts (else this would test nothing)
