"""Write the labelled document sets to disk: every rendering of every document, and its gold.

    .venv/bin/python tests/extraction/corpus/build.py            # both sets
    .venv/bin/python tests/extraction/corpus/build.py heldout    # one set

A set is a module (`heldout.py`, `dev.py`) with a list `DOCS` of `Doc`. Each document is written once
(a small HTML body, see render.py) and rendered in the formats it lists; the files go to
`<set>/docs/<name>.<ext>` and the gold, in the shared corpus's format, to `<set>/gold/<name>.<ext>.json`.
Gold keys: super_complaint, organisations {required, optional}, document_date (accepted prefixes),
responses {id: {progress: [...], position: [...]}}, optional, absent.
"""
from __future__ import annotations

import importlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import Style, render  # noqa: E402


@dataclass
class Doc:
    name: str
    formats: list[str]
    body: str
    super_complaint: str
    authors: list[str]
    date: list[str]
    responses: dict = field(default_factory=dict)  # id -> progress list, or {"progress": [...], "position": [...]}
    optional_authors: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    style: Style = field(default_factory=Style)
    classes: list[str] = field(default_factory=list)  # the failure classes it exercises (for the record)

    def gold(self, file: str) -> dict:
        responses = {}
        for rid, spec in self.responses.items():
            responses[rid] = {"progress": spec} if isinstance(spec, list) else dict(spec)
        return {"file": file, "super_complaint": self.super_complaint,
                "organisations": {"required": self.authors, "optional": self.optional_authors},
                "document_date": self.date, "responses": responses, "optional": self.optional,
                "absent": self.absent, "classes": self.classes}


def build(set_name: str) -> int:
    module = importlib.import_module(set_name)
    out = HERE / set_name
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    (out / "gold").mkdir()
    names = set()
    n = 0
    for doc in module.DOCS:
        if doc.name in names:
            raise SystemExit(f"{set_name}: {doc.name} appears twice")
        names.add(doc.name)
        for fmt in doc.formats:
            data, ext = render(doc.body, fmt, doc.style)
            file = f"docs/{doc.name}.{ext}"
            (out / file).write_bytes(data)
            (out / "gold" / f"{doc.name}.{ext}.json").write_text(json.dumps(doc.gold(file), indent=1) + "\n")
            n += 1
    return n


if __name__ == "__main__":
    for name in sys.argv[1:] or ["heldout", "dev"]:
        print(f"{name}: {build(name)} files")
