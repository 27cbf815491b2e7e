"""Write the engine's output for every test document into a folder, or compare with one written before.

A tool for work on the engine's machinery (speed, memory) that must not change what it reads:

    .venv/bin/python bench/outputs_snapshot.py write /tmp/base     # before the change
    .venv/bin/python bench/outputs_snapshot.py check /tmp/base     # after: lists every document that differs

Covers every document under `tests/extraction/corpus/*/`, the shared corpus (`../shared/corpus`) and any extra
folders given after the snapshot folder (e.g. the bench's renderings); the output is `extract_path(...)
.to_json()` plus `read_report`'s, or the error sentence, serialised with sorted keys.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rectrack.extraction import ExtractionError, extract_path, load_catalogue, read_report  # noqa: E402
from rectrack.extraction.catalogue import default_paths  # noqa: E402

DOC_EXT = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def documents(extra: list[Path]) -> dict[str, Path]:
    """Each document by a name that does not depend on where the worktree is."""
    roots = [ROOT / "tests" / "extraction" / "corpus", ROOT.parent / "shared" / "corpus", *extra]
    return {f"{r.name}__{str(p.relative_to(r)).replace('/', '__')}": p for r in roots if r.is_dir()
            for p in sorted(r.rglob("*")) if p.suffix.lower() in DOC_EXT and p.is_file()}


def output(path: Path, catalogue) -> str:
    out: dict = {}
    try:
        out["extract"] = extract_path(path, catalogue).to_json()
    except ExtractionError as e:
        out["extract_error"] = str(e)
    try:
        out["report"] = read_report(path.read_bytes(), str(path)).to_json()
    except ExtractionError as e:
        out["report_error"] = str(e)
    except Exception as e:  # noqa: BLE001 - a crash is an output too; it must stay the same (or be mended apart)
        out["report_crash"] = type(e).__name__
    # the path is in the output; keep it relative so snapshots from two worktrees compare
    return json.dumps(out, sort_keys=True, indent=1, ensure_ascii=False).replace(str(path), path.name)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("write", "check"):
        sys.exit(__doc__)
    mode, folder, extra = argv[0], Path(argv[1]), [Path(a) for a in argv[2:]]
    yaml_path, csv_path = default_paths()
    if not yaml_path.exists():
        ref = ROOT.parent / "shared" / "reference"
        yaml_path, csv_path = ref / "super_complaints.yaml", ref / "organisations.csv"
    catalogue = load_catalogue(yaml_path, csv_path)
    folder.mkdir(parents=True, exist_ok=True)
    differ = 0
    docs = documents(extra)
    for name, path in docs.items():
        key = folder / f"{name}.json"
        text = output(path, catalogue)
        if mode == "write":
            key.write_text(text, encoding="utf-8")
        elif not key.exists() or key.read_text(encoding="utf-8") != text:
            differ += 1
            print(f"DIFFERS {path}", flush=True)
    print(f"{len(docs)} documents, {differ} differ" if mode == "check" else f"{len(docs)} documents written")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
