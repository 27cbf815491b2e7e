"""Run every bench/bench_*.py in turn, streaming its output, then repeat the figures.

Each benchmark prints lines starting with ``BENCH `` for its figures (anything else is commentary).
The output ends with all those lines together, one per figure, so the last lines are the summary.
Exit status: non-zero if any benchmark failed (the others still run).

    .venv/bin/python bench/run.py [--dir DIR] [NAME_SUBSTRING ...]
"""
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main(argv: list[str]) -> int:
    directory = HERE
    if argv[:1] == ["--dir"] and len(argv) > 1:
        directory, argv = Path(argv[1]).resolve(), argv[2:]
    scripts = sorted(directory.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(a in s.name for a in argv)]
    if not scripts:
        print(f"bench: no bench_*.py scripts in {directory}", file=sys.stderr)
        return 1
    env = {**os.environ, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")]))}
    figures: list[str] = []
    failed: list[str] = []
    for script in scripts:
        print(f"=== {script.name} ===", flush=True)
        started = time.monotonic()
        with subprocess.Popen([sys.executable, str(script)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, bufsize=1) as proc:
            for line in proc.stdout:
                sys.stdout.write(line)
                sys.stdout.flush()
                if line.startswith("BENCH "):
                    figures.append(line.rstrip("\n"))
        elapsed = time.monotonic() - started
        status = "ok" if proc.returncode == 0 else f"FAILED (exit {proc.returncode})"
        if proc.returncode != 0:
            failed.append(script.name)
        print(f"=== {script.name}: {status} in {elapsed:.1f} s ===", flush=True)
    print()
    print(
        f"=== summary: {len(scripts)} benchmark(s), {len(failed)} failed"
        f"{': ' + ', '.join(failed) if failed else ''} ==="
    )
    for line in figures:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
