"""Confidence that means something: the engine's raw progress score mapped to how often it was right.

`model/calibrate.py` reads the development documents (never the held-out ones), pairs every proposal's
raw confidence with whether its progress matched the gold, and fits a monotone map (isotonic regression
by pooling adjacent violators over bins of raw scores). The map is stored as knots in
`model/calibration.json`; `calibrate(raw)` interpolates between them. So a proposal at 0.8 is one of a
kind that was right about four times in five on documents like these; `make bench` prints the
reliability table of the held-out documents to check it (ADR 0008).

A raw score below the first knot takes the first knot's share, and above the last the last's: the map
never claims more than it has seen.
"""
from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path

from . import scores

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
    """The calibrated confidence for a raw score (the raw score itself when no calibration is fitted),
    never above `scores.CALIBRATED_CEILING`: documents written by others are harder than ours."""
    knots = _knots()
    if knots is None:
        return raw
    xs, ys = knots
    if raw <= xs[0]:
        value = ys[0]
    elif raw >= xs[-1]:
        value = ys[-1]
    else:
        k = bisect.bisect_right(xs, raw)
        x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
        value = y0 + (y1 - y0) * (raw - x0) / (x1 - x0)
    return round(min(value, scores.CALIBRATED_CEILING), 2)


def fit(pairs: list[tuple[float, bool]], edges=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> tuple[list[float], list[float]]:
    """Knots of a monotone map from raw score to the share right: bins of raw scores, each bin's share
    (smoothed by one right and one wrong, so that few examples do not claim certainty), then adjacent bins
    pooled until the shares never fall as the scores rise."""
    blocks = []
    for lo, hi in zip(edges, edges[1:]):
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi]
        if inside:
            blocks.append(
                [
                    sum(p for p, _ in inside) / len(inside),
                    (sum(ok for _, ok in inside) + 1) / (len(inside) + 2),
                    len(inside),
                ]
            )
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
