"""textutil.sentences keeps the last document's spans (the stages split the same passages again): what it returns must
be what a fresh split gives, and a caller changing its list must not change what the next caller gets."""
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rectrack.extraction import textutil

_CORPUS = Path(__file__).parent / "corpus"


def test_a_caller_changing_its_list_changes_nothing_for_the_next():
    text = "We accept it. The work is done! Is it? Yes."
    first = textutil.sentences(text, 0, len(text))
    first.append((0, 1))
    first[0] = (5, 6)
    assert textutil.sentences(text, 0, len(text)) == textutil._sentences(text, 0, len(text))
    assert len(textutil.sentences(text, 0, len(text))) == 4


def test_another_text_is_split_afresh():
    a = "One. Two."
    b = "Three and four. Five."
    assert textutil.sentences(a, 0, len(a)) == [(0, 4), (5, 9)]
    assert textutil.sentences(b, 0, len(b)) == [(0, 15), (16, 21)]
    # the same content in another string object reads the same
    a2 = "".join(["One.", " Two."])
    assert a2 is not a and textutil.sentences(a2, 0, len(a2)) == [(0, 4), (5, 9)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .!?\n\"')", max_size=60), st.data())
def test_the_memo_gives_what_a_fresh_split_gives(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for _ in range(2):  # the second call is answered from the memo
        assert textutil.sentences(text, start, end) == textutil._sentences(text, start, end)


# the break as a look-behind pattern: after a stop, unless the stop ends a number's abbreviation ("No. 4") and a digit
# follows
_NOT_AFTER_ABBREVIATION = "".join(r"(?<!\b" + "".join(f"[{c.upper()}{c}]" for c in w) + r"\.)"
                                  for w in textutil._NUMBER_ABBREVIATIONS)
_LOOK_BEHIND_BREAK = re.compile(r"(?<=[.!?])(?:" + _NOT_AFTER_ABBREVIATION + r"|(?!['\")\]]?\s+\d))['\")\]]?\s+|"
                                r"\n[ \t]*\n\s*")


def _split_as_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The split as it was written before the break was matched from the stop (a look-behind at every position)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _LOOK_BEHIND_BREAK.finditer(text, start, end):
        textutil._trim_into(text, pos, m.start() + (1 if text[m.start()] in "'\")]" else 0), out)
        pos = m.end()
    textutil._trim_into(text, pos, end, out)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", ".", "!", "?", "\n", "\t", '"', "'", ")", "]", "3", "No", "no", "Rec",
                                 "pp", "xno", "_", "nos", "PARA"]), max_size=40), st.data())
def test_the_split_is_the_look_behind_split(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert textutil._sentences(text, start, end) == _split_as_before(text, start, end)


def test_the_split_is_the_look_behind_split_on_the_committed_documents():
    texts = [p.read_text(encoding="utf-8") for p in sorted(_CORPUS.glob("*/docs/*.txt"))]
    assert len(texts) > 100
    for text in texts:
        assert textutil._sentences(text, 0, len(text)) == _split_as_before(text, 0, len(text))


def test_the_memo_is_dropped_once_a_document_is_read(catalogue):
    from rectrack.extraction.blocks import DocumentBuilder
    from rectrack.extraction.stages import analyse

    b = DocumentBuilder("text")
    b.add("paragraph", "Recommendation 1. We accept it. The work is done.")
    doc = b.build()
    textutil.sentences(doc.text, 0, len(doc.text))
    assert textutil._SENTENCES_MEMO[0] is doc.text
    analyse(doc, "x.txt", catalogue)
    assert textutil._SENTENCES_MEMO[0] is None
