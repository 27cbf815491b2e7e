"""Score a labelled set with the shared scorer, overall and per format.

    .venv/bin/python tests/extraction/corpus/score.py heldout [-v]

Runs the engine in-process on `<set>/docs/*` (the same engine `rectrack extract` runs in its child
process), writes JSON Lines, then calls `../shared/tools/score_extraction.py` once for all documents and
once per format, and prints one `SCORE` line per group. `-v` also prints the scorer's per-document lines.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
EXT_FORMAT = {"txt": "text", "md": "markdown", "html": "html", "docx": "docx", "pdf": "pdf"}


def predictions(set_dir: Path, catalogue) -> list[dict]:
    return predictions_for(set_dir / "docs", catalogue, "docs")


def predictions_for(docs: Path, catalogue, prefix: str) -> list[dict]:
    """The engine's JSON for every file in a folder, named as the gold names them ("docs/x.pdf")."""
    from rectrack.extraction import ExtractionError, extract_path

    out = []
    for path in sorted(docs.iterdir()):
        try:
            result = extract_path(path, catalogue).to_json()
        except ExtractionError as e:
            result = {"error": str(e)}
        result["file"] = f"{prefix}/{path.name}"
        out.append(result)
    return out


def score(set_dir: Path, preds: list[dict], formats: list[str] | None = None, verbose: bool = False) -> dict:
    """The scorer's figures for the set's gold (optionally only some formats) as a dict of floats."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for g in (set_dir / "gold").glob("*.json"):
            ext = g.name[:-5].rsplit(".", 1)[-1]
            if formats is None or EXT_FORMAT.get(ext) in formats:
                shutil.copy(g, gold / g.name)
        if not any(gold.iterdir()):
            return {}  # a set with no file in this format: nothing to score (the figures print as nan)
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(p) + "\n" for p in preds))
        run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), str(pred)], capture_output=True,
                             text=True, check=True)
    if verbose:
        print(run.stdout.rstrip())
    last = run.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (part.split("=") for part in last.split()[1:])}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from rectrack.extraction import load_catalogue
    from rectrack.extraction.catalogue import default_paths

    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or ["heldout"]
    catalogue = load_catalogue(*default_paths())
    for name in names:
        set_dir = HERE / name
        preds = predictions(set_dir, catalogue)
        figures = score(set_dir, preds, verbose=verbose)
        print(f"{name:8} all      " + " ".join(f"{k}={v:.3f}" for k, v in figures.items()))
        for fmt in EXT_FORMAT.values():
            figures = score(set_dir, preds, [fmt])
            print(f"{name:8} {fmt:8} " + (" ".join(f"{k}={v:.3f}" for k, v in figures.items()) or "no files"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
