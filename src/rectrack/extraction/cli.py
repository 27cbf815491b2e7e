"""`rectrack extract [--catalogue FILE] [--organisations FILE] [--max-mb N] [--in-process] [--recommendations] FILE...`

Writes one JSON object per input file, one per line, to standard output in input order: a response's
reading, or with `--recommendations` a report's numbered recommendations
(`{"file": ..., "recommendations": [{"id", "recipients", "text", "due", "parts"}]}`).
Each file is read in a child process with memory, CPU-time, wall-clock and output limits
(`sandbox.py`); `--in-process` skips the child, for profiling.
Exit status: 0 all files read, 1 any file failed, 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from .catalogue import default_paths, load_catalogue
from .errors import ExtractionError
from .limits import DEFAULT_LIMITS
from .pipeline import read_path, run_task
from .sandbox import Sandbox


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    yaml_path, csv_path = default_paths()
    p = _Parser(prog="rectrack extract",
                description="Extract structured responses from published documents (JSON Lines on stdout).")
    p.add_argument("--catalogue", default=str(yaml_path), help="super-complaints YAML (default: %(default)s)")
    p.add_argument("--organisations", default=str(csv_path), help="organisations CSV (default: %(default)s)")
    p.add_argument("--max-mb", type=float, default=DEFAULT_LIMITS.max_file_bytes / 1048576,
                   help="refuse files larger than this many MB (default: %(default)g)")
    p.add_argument("--recommendations", action="store_true",
                   help="read each file as a report and print its numbered recommendations")
    p.add_argument("--in-process", action="store_true",
                   help="read files in this process, without the child process and its limits (for profiling)")
    p.add_argument("files", nargs="+", metavar="FILE")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as e:
        parser.print_usage(sys.stderr)
        print(f"rectrack extract: error: {e}", file=sys.stderr)
        return 2
    except SystemExit as e:  # --help
        return int(e.code or 0)
    if args.max_mb <= 0:
        print("rectrack extract: error: --max-mb must be positive", file=sys.stderr)
        return 2
    try:
        # read here too: a catalogue that cannot be read is a usage error, before any child starts
        catalogue = load_catalogue(args.catalogue, args.organisations)
    except ExtractionError as e:
        print(f"rectrack extract: error: {e}", file=sys.stderr)
        return 2
    limits = replace(DEFAULT_LIMITS, max_file_bytes=int(args.max_mb * 1048576))
    task = "recommendations" if args.recommendations else "extract"
    if args.in_process:
        def extract(data: bytes, name: str) -> dict:
            return run_task(task, data, name, catalogue, limits, with_text=False)["result"]
        sandbox = None
    else:
        sandbox = Sandbox((args.catalogue, args.organisations), limits)

        def extract(data: bytes, name: str) -> dict:
            return sandbox.run(task, data, name, with_text=False)["result"]
    failed = False
    bar = None
    if sys.stderr.isatty() and len(args.files) > 1:
        from tqdm import tqdm
        bar = tqdm(total=len(args.files), file=sys.stderr, unit="file", leave=False)
    out = sys.stdout
    try:
        for f in args.files:
            try:
                obj = extract(read_path(f, limits), f)
            except ExtractionError as e:
                obj = {"file": f, "error": str(e)}
                failed = True
            except Exception as e:  # a reader bug must not stop the batch
                obj = {"file": f, "error": f"The file could not be read because of an internal error "
                                           f"({type(e).__name__})."}
                failed = True
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            out.flush()
            if bar:
                bar.update(1)
    finally:
        if sandbox:
            sandbox.close()
        if bar:
            bar.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
