"""Segmenter.block_match counts the word pairs a block shares with each recommendation through an index of the
catalogue's pairs: it must pick the same recommendation with the same score as intersecting the block with each one."""
import random

from rectrack.extraction import read_document
from rectrack.extraction.catalogue import Recommendation, SuperComplaint
from rectrack.extraction.segment import Segmenter, _bigrams, containment

WORDS = ["the", "force", "will", "review", "training", "for", "officers", "and", "staff", "on", "stalking",
         "protection", "orders", "victims", "should", "be", "told", "within", "days", "of", "a", "decision", "we",
         "have", "completed", "it", "2023", "recommendation", "1", "chief", "constables"]


def _sentence(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def _naive(block_grams: set, recs: dict[str, set]) -> tuple[str | None, float]:
    best, score = None, -1.0
    for rid, rg in recs.items():
        c = containment(block_grams, rg)
        if c > score:
            best, score = rid, c
    return best, score


def test_the_same_match_as_intersecting_with_each_recommendation():
    rnd = random.Random(14)
    agreed = 0
    for _ in range(150):
        # ids may repeat (the last text wins, as in a dict) and a text may be empty (no pairs: never matched)
        recs = tuple(Recommendation(id=str(rnd.randrange(1, 8)), text=_sentence(rnd, rnd.randrange(0, 40)) or "x")
                     for _ in range(rnd.randrange(1, 9)))
        sc = SuperComplaint(slug="s", title="S", recommendations=recs)
        body = "\n\n".join(_sentence(rnd, rnd.randrange(1, 30)) + "." for _ in range(rnd.randrange(1, 12)))
        doc = read_document(body.encode(), "r.txt")
        seg = Segmenter(doc, sc, set())
        expected_recs = {r.id: _bigrams(r.full_text) for r in recs if r.text}
        assert seg.rec_grams == expected_recs
        for i, b in enumerate(doc.blocks):
            assert seg.block_match(i) == _naive(_bigrams(b.text), expected_recs), (b.text, recs)
            agreed += seg.block_match(i)[1] > 0
    assert agreed > 100  # blocks that do share pairs with a recommendation (else this would test little)
