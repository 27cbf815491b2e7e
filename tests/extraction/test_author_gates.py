"""Two of the author stage's patterns are tried only where their words stand (ADR 0008 Decision 24): they must find
exactly what the whole patterns find, for every text. `commissioner_voice` finds a commissioner's first person ("my
office", "services I fund", "I have commissioned") by its words first; the author cues ("response from", "Owner:")
are written so that each alternative opens with a word, and read by `textutil.finditer`."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rectrack.extraction.authors import _AUTHOR_CUE, _COMMISSIONER_VOICE, commissioner_voice
from rectrack.extraction.textutil import finditer

_PIECES = ["i", "I", " ", "  ", "\n", "\t", "have", "HAVE", "fund", "Funded", "funds", "commission", "commissioned",
           "commissioner", "my", "My", "office", "team", "deputy", "services", "support", "that", "x", "_", ".",
           "behave", "\u0130", "\u0131", "\u017f", "police and crime plan", "victims"]


def _search(text: str, end: int):
    m = _COMMISSIONER_VOICE.search(text, 0, end)
    return m.start() if m else None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.data())
def test_it_answers_as_the_pattern_does(pieces, data):
    text = "".join(pieces)
    end = data.draw(st.integers(0, len(text)))
    assert commissioner_voice(text, end) == _search(text, end)
    assert commissioner_voice(text, len(text)) == _search(text, len(text))


def test_examples():
    assert commissioner_voice("The services I fund are audited.", 99) == 4
    assert commissioner_voice("Since then I have   commissioned a review.", 99) == 11
    assert commissioner_voice("We behave commissioned", 99) is None
    assert commissioner_voice("The Commissioner has funded it; my office checks.", 99) == 32
    assert commissioner_voice("my office", 5) is None  # the search stops where the quoted message begins


# the cue pattern as it was written before (an optional "joint" and an optional "document" opening two alternatives)
_CUE_BEFORE = re.compile(
    r"\b(?:(?:joint\s+)?(?:response|responses|update|reply|submission|statement|letter|position|action\s+plan|"
    r"progress\s+report)[ \t]+(?:is\s+)?(?:from|by|of)\b(?!:)|on\s+behalf\s+of|prepared\s+by|submitted\s+by|"
    r"written\s+by|provided\s+by|published\s+by|made\s+(?:on\s+[^.\n]{3,30}\s+)?by|issued\s+by|laid\s+by|from:|author:|"
    r"(?:owned|maintained|compiled)\s+(?:jointly\s+)?by|"
    r"(?<![\w ])(?:report|paper|briefing)\s+(?:of|by)\s*[:|]|"
    r"(?<![\w ])(?:(?:document|plan|tracker)\s+)?owner\s*:|"
    r"speaking\s+(?:for|on\s+behalf\s+of))\s*(?:the\s+)?", re.I)
_CUE_PIECES = ["joint", " ", "\t", "\n", "response", "responses", "update", "from", "by", "of", ":", "|", "is",
               "owner", "Plan", "tracker", "document", "on behalf of", "Report", "paper", "made on 3 May", "the", "x",
               "\u017f", "Speaking", "action plan"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=14))
def test_the_author_cues_are_found_as_before(pieces):
    text = "".join(pieces)
    before = [m.span() for m in _CUE_BEFORE.finditer(text)]
    assert [m.span() for m in _AUTHOR_CUE.finditer(text)] == before
    assert [m.span() for m in finditer(_AUTHOR_CUE, text)] == before
