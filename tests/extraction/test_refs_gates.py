"""refs.named_bodies finds each organisation word by the word and tests the space and the word before it after the
match (a look-behind at every position of the text cost three times as much): the words it finds are those the
look-behind pattern found, on generated texts and on every committed document's text."""
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rectrack.extraction import refs

_LOOK_BEHIND = re.compile(r"(?<=[\w')] )" + refs._ORG_WORDS + r"\b")
_CORPUS = Path(__file__).parent / "corpus"


def _found(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in refs._ORG_WORD_RE.finditer(text) if refs._after_a_word(text, m.start())]


def _found_before(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LOOK_BEHIND.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Board", "Boards", "Service", "Services", "Support", "x", "A", "'", ")", " ", "  ",
                                 "\n", "Keyboard", "_", "Team", "é", "-", "Help"]), max_size=20))
def test_the_words_found_are_the_look_behind_words(parts):
    text = "".join(parts)
    assert _found(text) == _found_before(text)


def test_the_words_found_are_the_look_behind_words_on_the_committed_documents():
    texts = [p.read_text(encoding="utf-8") for p in sorted(_CORPUS.glob("*/docs/*.txt"))]
    assert len(texts) > 100
    assert sum(len(_found_before(t)) for t in texts) > 50  # the documents name such bodies
    for text in texts:
        assert _found(text) == _found_before(text)


def test_a_body_named_in_a_response_is_found():
    text = "We fund the Safe Futures Service and the Harbour Refuge, including Stay Safe Partnership."
    assert refs.named_bodies(text, set()) == ["Safe Futures Service", "Harbour Refuge", "Stay Safe Partnership"]
