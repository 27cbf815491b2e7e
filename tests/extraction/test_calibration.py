"""Confidence that means something: the calibration map, its fit, and the reliability table."""
from rectrack.extraction import DEFAULT_STAGES, extract_bytes, scores
from rectrack.extraction.calibration import calibrate, fit, reliability

DOC = b"Kent Police\n\nDated 9 June 2021\n\nRecommendation 1\n\nWe have started talking to partners about it.\n"


def test_the_fit_is_monotone_and_smoothed():
    pairs = [(0.3, False)] * 8 + [(0.3, True)] * 2 + [(0.55, True)] * 3 + [(0.55, False)] * 3 + \
            [(0.75, True)] * 9 + [(0.75, False)] + [(0.95, True)] * 20
    xs, ys = fit(pairs)
    assert xs == sorted(xs) and ys == sorted(ys)
    assert ys[0] < 0.35 and ys[-1] < 1.0  # smoothed: twenty right out of twenty is not certainty


def test_adjacent_violators_are_pooled():
    xs, ys = fit([(0.55, True)] * 8 + [(0.65, False)] * 8)
    assert len(xs) == 1 and abs(ys[0] - 0.5) < 1e-9


def test_reliability_rows_and_error():
    *rows, (label, ece) = reliability([(0.95, True), (0.95, False), (0.55, True)])
    assert label == "ece" and abs(ece - (2 * 0.45 + 0.45) / 3) < 1e-9
    assert [r[2] for r in rows if r[2]] == [1, 2]


def test_calibrated_confidences_are_bounded_and_ordered():
    values = [calibrate(x / 100) for x in range(0, 101, 5)]
    assert values == sorted(values) and max(values) <= scores.CALIBRATED_CEILING


def test_the_engine_reports_calibrated_confidences(catalogue):
    raw = extract_bytes(DOC, "x.txt", catalogue, stages=DEFAULT_STAGES.without("calibration")).responses[0]
    calibrated = extract_bytes(DOC, "x.txt", catalogue).responses[0]
    assert calibrated.progress == raw.progress
    assert calibrated.confidence == calibrate(raw.confidence)
