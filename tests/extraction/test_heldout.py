"""The held-out documents (tests/extraction/heldout/) score perfectly with the shared scorer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rectrack.extraction import extract_path

HERE = Path(__file__).resolve().parent / "heldout"
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score_extraction.py"


def test_heldout_documents_score_one(catalogue, tmp_path):
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w") as out:
        for path in sorted((HERE / "docs").iterdir()):
            result = extract_path(path, catalogue).to_json()
            result["file"] = f"docs/{path.name}"
            out.write(json.dumps(result) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE / "gold"), str(predictions)],
                         capture_output=True, text=True, check=True)
    score = run.stdout.strip().splitlines()[-1]
    figures = dict(part.split("=") for part in score.split()[1:])
    failing = {k: v for k, v in figures.items() if v not in ("1.000", "nan")}
    assert not failing, run.stdout
