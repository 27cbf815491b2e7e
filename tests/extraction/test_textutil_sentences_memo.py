"""textutil.sentences keeps the last document's spans (the stages split the same passages again): what it returns must
be what a fresh split gives, and a caller changing its list must not change what the next caller gets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from rectrack.extraction import textutil


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
