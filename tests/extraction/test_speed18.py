"""The speed round's helpers (ADR 0008, Decision 42) give what the code they replace gave: each is checked against
that code on random texts. The engine's outputs are checked whole by `bench/outputs_snapshot.py`."""
import re

from markdown_it.rules_core.normalize import normalize as markdown_it_normalize
from markdown_it.rules_core.state_core import StateCore

from rectrack.extraction import segment, textutil
from rectrack.extraction.readers.markdown import _MD, _normalize, read_markdown

from .randomtext import joined_pieces

_PIECES = ["Recommendation 4", "r5", "R12", "rec 3", " ", "\n", "\r\n", "\r", "\0", "bar", "war9", "-r2", "_r7",
           "\u00c9cole", "\u0130", "\u017f", "\u212a", "\u0663", "ok.", "ACCEPT", "agree", "\u2019s"]


def _texts(seed: int, n: int, longest: int = 60):
    return joined_pieces(_PIECES, seed, n, longest)


def test_lowered_is_the_lower_case_of_any_text_however_often_asked():
    textutil.forget_sentences()
    for text in _texts(1, 400, 400):
        assert textutil.lowered(text) == text.lower()
        assert textutil.lowered(text) == text.lower()  # the second time from the memo, for a long one
        same_words = "".join(text)  # an equal string that may be another object
        assert textutil.lowered(same_words) == text.lower()
    textutil.forget_sentences()  # the memo holds no document after the reading
    assert textutil._LOWERED_MEMO == ("", "")


def test_contains_any_is_any_in():
    words = ("accept", "agree", "r5", "\u0130")
    for text in _texts(2, 2000):
        low = text.lower()
        assert textutil.contains_any(low, words) == any(w in low for w in words)
    assert textutil.contains_any("anything", ()) is False


def test_the_pattern_memos_give_what_reading_the_pattern_gives():
    patterns = [re.compile(p, f) for p, f in ((r"\bwill\b", re.I), (r"(?:has|have)\s+been", 0), (r"\d+ of", 0),
                                               (r"[a-z]x", 0), (r"\b(?:two|\d{1,3})\s+of", re.I))]
    for rx in patterns * 2:  # the second time from the memo
        assert textutil.openings(rx) == textutil.openings.__wrapped__(rx)
        assert textutil._least_openings(rx) == textutil._least_openings.__wrapped__(rx)
    # a pattern equal to another but compiled apart (re's cache emptied) is read for itself
    re.purge()
    again = re.compile(r"\bwill\b", re.I)
    assert textutil.openings(again) == ("will",)


def test_the_folds_memo_follows_the_text():
    for text in _texts(3, 2000):
        assert textutil._has_folds(text) == any(c in text for c in textutil.ASCII_FOLDS)


def test_markdowns_normalize_gives_markdown_its_own_text():
    for text in _texts(4, 1500):
        ours, theirs = StateCore(text, _MD, {}), StateCore(text, _MD, {})
        _normalize(ours)
        markdown_it_normalize(theirs)
        assert ours.src == theirs.src, text
    crlf = "# Recommendation 1\r\n\r\nThe audit is complete.\r\n\r\n- Rec 2 - under way\r\n"
    assert read_markdown(crlf).text == read_markdown(crlf.replace("\r\n", "\n")).text


def test_the_r_number_gate_finds_what_a_word_boundary_pattern_finds():
    before = re.compile(r"\br\d")
    for text in _texts(5, 3000):
        low = text.lower()
        ours, theirs = segment._R_NUMBER.search(low), before.search(low)
        assert (ours and ours.span()) == (theirs and theirs.span()), low
