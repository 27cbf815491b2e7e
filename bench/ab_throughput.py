"""Compare the throughput of two versions of the engine on the bench's own renderings, fairly on a busy machine.

    .venv/bin/python bench/ab_throughput.py /work/main /work/wt-other          # two trees (each with src/)
    .venv/bin/python bench/ab_throughput.py /tmp/base . --rounds 3 --passes 3

`bench_extraction.py` prints one pass's CPU time per format, which swings by a fifth on the shared machine when
others' work lands inside the loop. Here each tree reads the same files in its own process, the trees alternate
(A B A B ...), and each document counts by its least CPU time over every pass of every round: what the engine
costs, not what the machine was doing (ADR 0008, "Throughput, round nine"). Prints documents a second per
format for each tree and B's change against A.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

FORMATS = ("text", "markdown", "html", "docx")

_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from rectrack.extraction import extract_path, load_catalogue
cat = load_catalogue(sys.argv[2], sys.argv[3])
files = json.loads(open(sys.argv[4], encoding="utf-8").read())
passes = int(sys.argv[5])
extract_path(files[0][1], cat)  # the name index, built once as in a long run
best = {}
for _ in range(passes):
    for fmt, path in files:
        t0 = time.process_time()
        extract_path(path, cat)
        dt = time.process_time() - t0
        if dt < best.get(path, (None, 1e9))[1]:
            best[path] = (fmt, dt)
print(json.dumps(best))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="the base tree (holds src/)")
    ap.add_argument("b", type=Path, help="the changed tree")
    ap.add_argument("--rounds", type=int, default=2, help="alternations A B (default 2)")
    ap.add_argument("--passes", type=int, default=3, help="passes over the files in each process (default 3)")
    ap.add_argument("--per-format", type=int, default=30, help="files of each format (default 30)")
    args = ap.parse_args()
    from bench_extraction import _write_corpus  # the bench's renderings of the three shared samples

    from rectrack.extraction.catalogue import default_paths
    yaml_path, csv_path = default_paths()
    if not yaml_path.exists():
        ref = ROOT.parent / "shared" / "reference"
        yaml_path, csv_path = ref / "super_complaints.yaml", ref / "organisations.csv"
    with tempfile.TemporaryDirectory(prefix="rectrack-ab-") as tmpdir:
        tmp = Path(tmpdir)
        files = _write_corpus(tmp)
        chosen = [(fmt, str(p)) for fmt in FORMATS for p in files[fmt][: args.per_format]]
        listing = tmp / "files.json"
        listing.write_text(json.dumps(chosen), encoding="utf-8")
        best: dict[str, dict[str, tuple[str, float]]] = {"A": {}, "B": {}}
        for r in range(args.rounds):
            for label, tree in (("A", args.a), ("B", args.b)):
                out = subprocess.run([sys.executable, "-c", _CHILD, str(tree.resolve() / "src"), str(yaml_path),
                                      str(csv_path), str(listing), str(args.passes)],
                                     capture_output=True, text=True, check=True).stdout
                for path, (fmt, dt) in json.loads(out).items():
                    if dt < best[label].get(path, (fmt, 1e9))[1]:
                        best[label][path] = (fmt, dt)
                print(f"round {r + 1} {label} done", file=sys.stderr, flush=True)
    print(f"{'format':10} {'A docs/s':>10} {'B docs/s':>10} {'B vs A':>8}")
    for fmt in FORMATS:
        rate = {}
        for label in ("A", "B"):
            times = [dt for f, dt in best[label].values() if f == fmt]
            rate[label] = len(times) / sum(times)
        print(f"{fmt:10} {rate['A']:10.1f} {rate['B']:10.1f} {100 * (rate['B'] / rate['A'] - 1):+7.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
