"""Fit the confidence calibration (`calibration.py`) on the development documents, never the held-out ones.

    .venv/bin/python src/rectrack/extraction/model/calibrate.py

Reads the calibration set `tests/extraction/corpus/calib` (written for this and never tuned on), the
development sets `dev`, `dev2`, `dev3` and `dev4`, and the invented cases of `tests/extraction/unseen.py` in
every format they are rendered in; runs the engine without its calibration stage, pairs each proposal's raw
confidence with whether its progress is one the gold accepts, fits the monotone map and writes
`calibration.json`. The development documents were tuned on, so they are right more often than new
ones: the calibration set counts three times. Prints the reliability before and after.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "extraction"))

from rectrack.extraction import DEFAULT_STAGES, ExtractionError, extract_bytes, load_catalogue  # noqa: E402
from rectrack.extraction.calibration import CALIBRATION, fit, reliability  # noqa: E402
from rectrack.extraction.catalogue import default_paths  # noqa: E402

RAW = DEFAULT_STAGES.without("calibration")


def corpus_pairs(set_dir: Path, catalogue, stages=RAW) -> list[tuple[float, bool]]:
    """(confidence, right?) for every proposal whose recommendation the gold lists with a progress; raw
    confidences by default, the calibrated ones with `stages=None` (the default stages)."""
    stages = stages or DEFAULT_STAGES
    pairs = []
    for gold_path in sorted((set_dir / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = set_dir / gold["file"]
        try:
            result = extract_bytes(path.read_bytes(), path.name, catalogue, stages=stages)
        except ExtractionError:
            continue
        pairs += _paired(result, {k: v.get("progress") for k, v in gold.get("responses", {}).items()})
    return pairs


def _paired(result, accepted: dict) -> list[tuple[float, bool]]:
    out = []
    seen = set()
    for r in result.responses:
        ok = accepted.get(r.recommendation)
        if ok and r.recommendation not in seen and r.progress != "not_stated":  # not calibrated (stages.py)
            seen.add(r.recommendation)
            out.append((r.confidence, r.progress in ok))
    return out


def unseen_pairs(catalogue) -> list[tuple[float, bool]]:
    try:
        import unseen
    except ImportError:
        return []
    pairs = []
    for c in unseen.CASES:
        renderings = [(unseen.content_bytes(c), c["name"])]
        if c["format"] in ("text", "markdown"):
            base = c["name"].rsplit(".", 1)[0]
            renderings += [(unseen.rendered(c, fmt), f"{base}.{fmt}") for fmt in ("html", "docx")]
        for data, name in renderings:
            result = extract_bytes(data, name, catalogue, stages=RAW)
            pairs += _paired(result, c["responses"])
    return pairs


def show(title: str, pairs) -> None:
    print(title)
    *rows, (_, ece) = reliability(pairs)
    for lo, hi, n, mean, right in rows:
        if n:
            print(f"  {lo:.1f}-{hi:.1f}  n={n:3}  mean confidence {mean:.2f}  right {right:.2f}")
    print(f"  expected calibration error {ece:.3f} over {len(pairs)} proposals")


def main() -> int:
    catalogue = load_catalogue(*default_paths())
    corpus = ROOT / "tests" / "extraction" / "corpus"
    calib = corpus_pairs(corpus / "calib", catalogue)
    pairs = calib * 3 + corpus_pairs(corpus / "dev", catalogue) + corpus_pairs(corpus / "dev2", catalogue) \
        + corpus_pairs(corpus / "dev3", catalogue) + corpus_pairs(corpus / "dev4", catalogue) \
        + unseen_pairs(catalogue)
    show("calibration set, raw confidence", calib)
    show("all, raw confidence", pairs)
    xs, ys = fit(pairs)
    CALIBRATION.write_text(json.dumps({"raw": xs, "calibrated": ys, "fitted_on": len(pairs)}) + "\n",
                           encoding="utf-8")
    from rectrack.extraction import calibration

    calibration._knots.cache_clear()
    show("calibration set, calibrated", [(calibration.calibrate(c), ok) for c, ok in calib])
    print(f"wrote {CALIBRATION}: {list(zip(xs, ys))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
