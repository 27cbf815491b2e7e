"""Train the statistical reader (`learned.py`) on `sentences.tsv` and write `weights.json`.

    .venv/bin/python src/rectrack/extraction/model/train.py [--check]

Multinomial logistic regression with L2, fitted by full-batch gradient descent (numpy; deterministic:
the same sentences give the same weights). `--check` prints five-fold cross-validated accuracy per
axis instead of writing weights; `--test` prints the accuracy of the written weights on sentences held
back from training: `heldback.tsv` (round ten's test split), `heldback_blind.tsv`, `heldback_blind2.tsv` and
`heldback_blind3.tsv` (blind writers', rounds eleven, thirteen and fourteen; ADR 0008). Only features seen at least
twice are kept, and weights are rounded, so the file stays small and diffs stay readable.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from rectrack.extraction.learned import (  # noqa: E402
    POSITION_CLASSES,
    PROGRESS_CLASSES,
    WEIGHTS,
    feature_scale,
    features,
)

L2 = 0.0002
STEPS = 1500
RATE = 1.0


def read(path: Path = HERE / "sentences.tsv") -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path.name}:{n}: expected progress<TAB>position<TAB>sentence")
        progress, position, sentence = parts
        progress = "none" if progress == "-" else progress
        position = "none" if position == "-" else position
        if progress not in PROGRESS_CLASSES or position not in POSITION_CLASSES:
            raise SystemExit(f"{path.name}:{n}: unknown label {progress!r} or {position!r}")
        rows.append((progress, position, sentence))
    return rows


def fit(sentences: list[str], labels: list[str], classes: tuple[str, ...]) -> dict[str, list[float]]:
    counts = Counter(f for s in sentences for f in set(features(s)))
    vocab = sorted(f for f, c in counts.items() if c >= 2 or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(sentences), len(vocab)))
    for r, s in enumerate(sentences):
        feats = features(s)
        scale = feature_scale(feats)
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0 if f == "bias" else scale
    y = np.zeros((len(sentences), len(classes)))
    for r, label in enumerate(labels):
        y[r, classes.index(label)] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    velocity = np.zeros_like(w)
    for _ in range(STEPS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / len(sentences) + L2 * w
        velocity = 0.9 * velocity - RATE * grad
        w += velocity
    return {f: [round(float(v), 4) for v in w[i]] for f, i in index.items() if np.abs(w[i]).max() >= 1e-3}


def predict(weights: dict, sentence: str, classes: tuple[str, ...]) -> str:
    feats = features(sentence)
    scale = feature_scale(feats)
    z = np.zeros(len(classes))
    for f in feats:
        if f in weights:
            z += np.array(weights[f]) * (1.0 if f == "bias" else scale)
    return classes[int(z.argmax())]


def check(rows) -> None:
    for axis, col, classes in (("progress", 0, PROGRESS_CLASSES), ("position", 1, POSITION_CLASSES)):
        right = 0
        for fold in range(5):
            train = [r for i, r in enumerate(rows) if i % 5 != fold]
            test = [r for i, r in enumerate(rows) if i % 5 == fold]
            w = fit([r[2] for r in train], [r[col] for r in train], classes)
            right += sum(predict(w, r[2], classes) == r[col] for r in test)
        print(f"{axis}: five-fold accuracy {right / len(rows):.3f} on {len(rows)} sentences")


def test() -> None:
    """The written weights' accuracy on the held-back sentences, per axis."""
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    # heldback.tsv: our own sentences held back (round ten); heldback_blind.tsv, heldback_blind2.tsv and
    # heldback_blind3.tsv: blind writers' (rounds eleven, thirteen and fourteen); heldback_blind4.tsv: round sixteen's
    for name in ("heldback.tsv", "heldback_blind.tsv", "heldback_blind2.tsv", "heldback_blind3.tsv",
                 "heldback_blind4.tsv"):
        rows = read(HERE / name)
        for axis, col, classes in (("progress", 0, PROGRESS_CLASSES), ("position", 1, POSITION_CLASSES)):
            right = sum(predict(weights[axis]["weights"], r[2], classes) == r[col] for r in rows)
            print(f"{name} {axis}: held-back accuracy {right / len(rows):.3f} on {len(rows)} sentences")


def main(argv: list[str]) -> int:
    if "--test" in argv:
        test()
        return 0
    rows = read()
    if "--check" in argv:
        check(rows)
        return 0
    out = {}
    for axis, col, classes in (("progress", 0, PROGRESS_CLASSES), ("position", 1, POSITION_CLASSES)):
        out[axis] = {"classes": list(classes), "weights": fit([r[2] for r in rows], [r[col] for r in rows], classes)}
    WEIGHTS.write_text(json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(out['progress']['weights'])} + {len(out['position']['weights'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
