"""A blind writer's sentences (round eleven, ADR 0008 Decision 18), held back from training: the engine's reading
of each as a one-sentence answer must not fall below what it read when they were added (progress 0.840, position
0.832 on 125 sentences). The sentences were written without reading the engine, so this is the honest figure of
the sentence reading; a fall means a rule or the reader lost a way of saying something that others write."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src" / "rectrack" / "extraction" / "model"))

from bench_extraction import blind_sentences  # noqa: E402

FLOORS = {"progress": 0.82, "position": 0.81}


def test_blind_sentences_read_no_worse_than_when_added():
    figures = blind_sentences()
    low = {axis: round(figures[axis], 3) for axis, floor in FLOORS.items() if figures[axis] < floor}
    assert not low, f"the blind sentences read below their floors {FLOORS}: {low}"
