"""The shared sample corpus must score 1.000 on every figure of the team's scorer."""
import re
import subprocess
import sys

from rectrack.extraction.cli import main


def test_scorer_prints_one_for_every_figure(corpus_dir, tmp_path, capsys):
    files = sorted(str(p) for p in (corpus_dir / "safe-to-share").glob("*.txt"))
    assert main(files) == 0
    pred = tmp_path / "pred.jsonl"
    pred.write_text(capsys.readouterr().out, encoding="utf-8")
    scorer = corpus_dir.parent / "tools" / "score_extraction.py"
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus_dir / "gold"), str(pred)],
                         capture_output=True, text=True, check=True).stdout
    score = out.strip().splitlines()[-1]
    assert score.startswith("SCORE"), out
    figures = dict(re.findall(r"(\w+)=(\S+)", score))
    bad = {k: v for k, v in figures.items() if v not in ("1.000", "nan")}
    assert not bad, out
    assert figures["sc"] == figures["orgs"] == figures["date"] == figures["align_f1"] == figures["progress"] == "1.000"
