"""Confidence that means something: the engine's raw progress score mapped to how often it was right.

`model/calibrate.py` reads the development documents (never the held-out ones), pairs every proposal's
raw confidence with whether its progress matched the gold, and fits a monotone map (isotonic regression
by pooling adjacent violators over bins of raw scores). The map is stored as knots in
`model/calibration.json`; `calibrate(raw)` interpolates between them. So a proposal at 0.8 is one of a
kind that was right about four times in five on documents like these; `make bench` prints the
reliability table of the held-out documents to check it (ADR 0008).
"""
from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path

CALIBRATION = Path(__file__).resolve().parent / "model" / "calibration.json"


@functools.cache
def _knots() -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    try:
        data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
        xs, ys = tuple(float(x) for x in data["raw"]), tuple(float(y) for y in data["calibrated"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(xs) != len(ys) or len(xs) < 2 or list(xs) != sorted(xs):
        return None
    return xs, ys


def calibrate(raw: float) -> float:
    """The calibrated confidence for a raw score (the raw score itself when no calibration is fitted)."""
    knots = _knots()
    if knots is None:
        return raw
    xs, ys = knots
    if raw <= xs[0]:
        return round(ys[0], 2)
    if raw >= xs[-1]:
        return round(ys[-1], 2)
    k = bisect.bisect_right(xs, raw)
    x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
    return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0), 2)


def fit(pairs: list[tuple[float, bool]], bins: int = 8) -> tuple[list[float], list[float]]:
    """Knots of a monotone map from raw score to the share right: equal-count bins of raw scores, each
    bin's share (smoothed by one right and one wrong, so few examples do not claim certainty), then
    adjacent bins pooled until the shares never fall as the scores rise."""
    pairs = sorted(pairs)
    if len(pairs) < 2 * bins:
        bins = max(2, len(pairs) // 2)
    size = len(pairs) / bins
    groups = [pairs[round(i * size):round((i + 1) * size)] for i in range(bins)]
    blocks = [[sum(p for p, _ in g) / len(g), (sum(ok for _, ok in g) + 1) / (len(g) + 2), len(g)]
              for g in groups if g]
    merged: list[list[float]] = []
    for b in blocks:  # pool adjacent violators
        merged.append(b)
        while len(merged) > 1 and merged[-2][1] > merged[-1][1]:
            b2, b1 = merged.pop(), merged.pop()
            n = b1[2] + b2[2]
            merged.append([(b1[0] * b1[2] + b2[0] * b2[2]) / n, (b1[1] * b1[2] + b2[1] * b2[2]) / n, n])
    return [round(b[0], 3) for b in merged], [round(b[1], 3) for b in merged]


def reliability(pairs: list[tuple[float, bool]], edges=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list[tuple]:
    """Rows (low, high, count, mean confidence, share right) and, last, the expected calibration error."""
    rows, gap = [], 0.0
    for lo, hi in zip(edges, edges[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if not inside:
            rows.append((lo, min(hi, 1.0), 0, None, None))
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(ok for _, ok in inside) / len(inside)
        gap += len(inside) * abs(mean - right)
        rows.append((lo, min(hi, 1.0), len(inside), mean, right))
    return rows + [("ece", gap / len(pairs) if pairs else float("nan"))]
