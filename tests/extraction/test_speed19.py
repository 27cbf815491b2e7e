"""The speed round's gates (ADR 0008, Decision 45) skip a pattern only where it cannot match: each gate is checked
against the pattern itself on random sentences built from the patterns' own words, the letters re.I reads as ASCII
ones and noise. The engine's outputs are checked whole by `bench/outputs_snapshot.py`."""

from rectrack.extraction import status, textutil

from .randomtext import joined_pieces

_PIECES = ["we ", "consider ", "Considers ", "deem ", "regard ", "this recommendation ", "the recommendations ",
           "Recommendation 4 ", "recs 7 and 10 ", "is ", "are ", "now ", "fully ", "complete", "implemented ",
           "in progress", "ongoing ", "awaiting ", "not yet started", "compliant with ", "partially ", "status",
           "Status: ", "progress - ", "RAG: ", "position \u2013 ", "current ", "green", "amber", "met", ". ", ", ",
           "\u0130", "\u0131", "\u017f", "\u212a", "\u017ftatus: ", "con\u017fider ", "po\u017fition: ", "rag",
           "\u00e9", "it ", "meets ", "every part of it ", "the first ", "has been ", "done", "  ", "\n"]


def _sentences(seed: int, n: int, longest: int = 14):
    return joined_pieces(_PIECES, seed, n, longest)


def test_explicit_patterns_gate_only_where_they_cannot_match():
    # the gate `_explicit` now asks of each pattern after its needles: `can_match` by the words its matches open with
    for s in _sentences(1, 3000):
        low = s.lower()
        for _, rx in status._EXPLICIT:
            if not textutil.can_match(rx, s, low):
                assert rx.search(s) is None, (rx.pattern[:60], s)


def test_status_label_gate_only_where_it_cannot_match():
    # "Status: Complete" is searched only where one of its words is, or where the sentence is not ASCII (a long s
    # reads as "s" to re.I: "\u017ftatus: complete" is still a label)
    for s in _sentences(2, 3000):
        low = s.lower()
        if not (status._any_in(low, status._STATUS_LABEL_WORDS) or not s.isascii()):
            assert status._STATUS_LABEL.search(s) is None, s
    assert status._STATUS_LABEL.search("\u017ftatus: complete") is not None  # why the non-ASCII fallback is there


def test_explicit_reads_a_label_spelt_with_a_letter_re_i_folds():
    # the same reading as before the gates: the label in a sentence naming the recommendation, in ASCII or not
    for label in ("Status: complete", "\u017ftatus: complete"):
        text = f"Recommendation 4. {label}."
        found = status._explicit(text, [(0, len(text))])
        assert found is not None and found.value == status.COMPLETE


_FRONT = """Response to the super-complaint on police perpetrated domestic abuse

From the Chief Constable of Kent Police, 3 March 2024

{statement}

Recommendation 1
Our vetting policy covers officers, staff and volunteers alike.

Recommendation 2
Supervisors in every district carry this duty.
"""


def _positions(statement: str, catalogue) -> list[str]:
    from rectrack.extraction import extract_bytes
    data = _FRONT.format(statement=statement).encode("utf-8")
    return [p.position for p in extract_bytes(data, "response.txt", catalogue).responses]


def test_the_front_matters_statement_on_all_the_recommendations_is_read_in_every_spelling(catalogue):
    # `_document_position` now looks for "recommendations" in the lower-cased text before it searches a sentence: a
    # statement in capitals, or with a long s (re.I reads it as "s", lower-casing does not), reads as before
    for statement in ("We do not accept the recommendations made to chief constables.",
                      "We do not accept the RECOMMENDATIONS made to chief constables.",
                      "We do not accept the recommendation\u017f made to chief constables."):
        assert _positions(statement, catalogue) == ["not_accepted", "not_accepted"], statement
    assert _positions("Nothing is said here.", catalogue) != ["not_accepted", "not_accepted"]  # the statement decides
