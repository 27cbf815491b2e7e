"""Run the engine in a child process with memory, CPU-time, wall-clock and output limits.

The readers bound what they inflate (`limits.py`), but a reader is a C library reading a file written
by anyone: what no bound foresaw must still not take the worker or the command line down. So the
service and `rectrack extract` hand each document to a child Python process that

- limits its own address space (RLIMIT_AS) before it reads any document, and turns off core dumps;
- sets a CPU-time limit (RLIMIT_CPU, soft) before each document, so a runaway reader gets SIGXCPU;
- is killed by the parent when a document takes longer than the wall-clock limit (a busy machine, a
  reader blocked in C);
- answers with one length-prefixed JSON message that the parent reads only up to the result limit.

A child that died or was killed becomes an `ExtractionError` with one sentence ("needed more memory
than the 1 GB limit"), and the next document gets a fresh child. The parent never unpickles anything
from the child: the answer is JSON, checked and turned into the engine's dataclasses by the caller.

Protocol (binary, over the child's stdin and stdout): every message is an 8-byte big-endian length and
that many bytes. The first message to the child is its setup (JSON: the catalogue, as file paths or as
data, and the limits); then each request is a JSON header followed by a message with the document's
bytes; each answer is one JSON message: {"ok": {...}} or {"error": "one sentence"}.
"""
from __future__ import annotations

import json
import os
import select
import signal
import struct
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from .errors import ExtractionError
from .limits import DEFAULT_LIMITS, Limits, megabytes

_LEN = struct.Struct(">Q")
_PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])  # the folder holding the rectrack package
# Native libraries that start thread pools reserve address space per thread; one thread is plenty here.
_CHILD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
_MEMORY_SIGNALS = {signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGKILL, signal.SIGTRAP}
TASKS = ("extract", "recommendations")


class Sandbox:
    """One child process at a time; documents go through it one by one.

    catalogue: either a pair of paths (the YAML and the CSV, read by the child) or a JSON-ready mapping
    (`catalogue.catalogue_to_mapping`), for a catalogue built from the service's database.
    """

    def __init__(self, catalogue, limits: Limits = DEFAULT_LIMITS):
        if isinstance(catalogue, (tuple, list)):
            self._setup = {"paths": [str(p) for p in catalogue]}
        else:
            self._setup = {"data": catalogue}
        self._setup["limits"] = asdict(limits)
        self.limits = limits
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the parent side ---------------------------------------------------------------------------
    def run(self, task: str, data: bytes, filename: str, with_text: bool = True) -> dict:
        """The child's answer for one document (``{"result": ..., "text": ...}`` for "extract");
        raises ExtractionError with one sentence when the document could not be read within the limits."""
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}")
        if len(data) > self.limits.max_file_bytes:
            raise ExtractionError(f"The file is {len(data) / 1048576:.1f} MB, over the "
                                  f"{megabytes(self.limits.max_file_bytes)} limit for extraction.")
        deadline = time.monotonic() + self.limits.child_wall_seconds
        proc = self._child(deadline)
        try:
            _write(proc, json.dumps({"task": task, "filename": filename, "with_text": with_text}).encode())
            _write(proc, data)
            answer = self._read(proc, deadline)
        except _ChildGone as gone:
            self._reap(gone)
            raise AssertionError("unreachable") from None  # _reap always raises
        if "error" in answer:
            if answer.get("fatal"):
                self.close()  # a MemoryError leaves the child in a state not worth reusing
            raise ExtractionError(str(answer["error"]))
        return answer["ok"]

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()

    def _child(self, deadline: float) -> subprocess.Popen:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self.close()
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR", "HOME")}
        env.update(_CHILD_ENV)
        env["PYTHONPATH"] = os.pathsep.join([_PACKAGE_PARENT] + [p for p in sys.path if p and os.path.isdir(p)])
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "rectrack.extraction.sandbox"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None if os.environ.get("RECTRACK_SANDBOX_STDERR") else subprocess.DEVNULL, env=env,
            cwd=_PACKAGE_PARENT, start_new_session=True)
        try:
            _write(self._proc, json.dumps(self._setup).encode())
            ready = self._read(self._proc, max(deadline, time.monotonic() + 60))
        except _ChildGone as gone:
            self._reap(gone)
        if "error" in ready:
            self.close()
            raise ExtractionError(str(ready["error"]))
        return self._proc

    def _read(self, proc: subprocess.Popen, deadline: float) -> dict:
        header = _read_exactly(proc, _LEN.size, deadline)
        (n,) = _LEN.unpack(header)
        if n > self.limits.child_result_bytes:
            raise _ChildGone("result", n)
        try:
            return json.loads(_read_exactly(proc, n, deadline))
        except ValueError:
            raise _ChildGone("garbled", 0) from None

    def _reap(self, gone: _ChildGone):
        """Stop the child for good and say in one sentence why the document was not read."""
        proc, self._proc = self._proc, None
        status, peak_mb = None, 0
        if proc is not None:
            if proc.returncode is None:
                _kill(proc)
                try:
                    _, status, rusage = os.wait4(proc.pid, 0)  # reap it ourselves: its peak memory comes back
                    peak_mb = rusage.ru_maxrss // 1024
                    proc.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
                except ChildProcessError:
                    proc.wait()
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
        raise ExtractionError(self._sentence(gone, proc, peak_mb))

    def _sentence(self, gone: _ChildGone, proc, peak_mb: int) -> str:
        lim = self.limits
        if gone.kind == "timeout":
            return (f"Reading the file took longer than the {lim.child_wall_seconds} s limit, so it was stopped; "
                    f"it may be far larger or more complex than a response.")
        if gone.kind == "result":
            return (f"Reading the file produced {megabytes(gone.size)} of results, over the "
                    f"{megabytes(lim.child_result_bytes)} limit.")
        sig = -proc.returncode if proc is not None and (proc.returncode or 0) < 0 else None
        if sig == signal.SIGXCPU:
            return (f"Reading the file needed more than the {lim.child_cpu_seconds} s CPU-time limit, so it was "
                    f"stopped.")
        # a C library that cannot allocate under RLIMIT_AS aborts or faults; the peak tells it from damage
        if sig in _MEMORY_SIGNALS and peak_mb * 1048576 >= lim.child_memory_bytes // 4:
            return f"Reading the file needed more memory than the {megabytes(lim.child_memory_bytes)} limit."
        if sig is not None:
            return (f"The reader stopped unexpectedly on this file (signal {signal.Signals(sig).name}); it may be "
                    f"damaged.")
        return "The reader stopped unexpectedly on this file; it may be damaged."


class _ChildGone(Exception):
    def __init__(self, kind: str, size: int = 0):
        super().__init__(kind)
        self.kind, self.size = kind, size


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the child and anything it started
    except (ProcessLookupError, PermissionError):
        try:
            proc.kill()
        except ProcessLookupError:
            pass


def _write(proc: subprocess.Popen, payload: bytes) -> None:
    try:
        proc.stdin.write(_LEN.pack(len(payload)))
        proc.stdin.write(payload)
        proc.stdin.flush()
    except (BrokenPipeError, OSError):
        raise _ChildGone("died") from None


def _read_exactly(proc: subprocess.Popen, n: int, deadline: float) -> bytes:
    fd = proc.stdout.fileno()
    chunks, got = [], 0
    while got < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _ChildGone("timeout")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            raise _ChildGone("timeout")
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise _ChildGone("died")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


# --- the child side ------------------------------------------------------------------------------

def _child_main() -> int:
    import resource

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the protocol

    def receive() -> bytes | None:
        header = stdin.read(_LEN.size)
        if len(header) < _LEN.size:
            return None
        return stdin.read(_LEN.unpack(header)[0])

    def send(obj: dict) -> None:
        payload = json.dumps(obj, ensure_ascii=False).encode()
        stdout.write(_LEN.pack(len(payload)) + payload)
        stdout.flush()

    setup = receive()
    if setup is None:
        return 0
    try:
        setup = json.loads(setup)
        limits = Limits(**setup["limits"])
        engine = _ChildEngine(setup, limits)
    except ExtractionError as e:
        send({"error": str(e)})
        return 1
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (_within(resource.RLIMIT_AS, limits.child_memory_bytes),) * 2)
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    send({"ok": "ready"})
    while True:
        header = receive()
        if header is None:
            return 0
        data = receive() or b""
        request = json.loads(header)
        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(used.ru_utime + used.ru_stime) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (_within(resource.RLIMIT_CPU, spent + limits.child_cpu_seconds),
                                                 cpu_hard))
        try:
            answer = {"ok": engine.run(request["task"], data, str(request.get("filename") or ""),
                                       bool(request.get("with_text", True)))}
        except ExtractionError as e:
            answer = {"error": str(e)}
        except MemoryError:
            answer = {"error": f"Reading the file needed more memory than the "
                               f"{megabytes(limits.child_memory_bytes)} limit.", "fatal": True}
        except RecursionError:
            answer = {"error": "The file is nested too deeply to read."}
        except Exception as e:  # a reader bug: one sentence, and the next document goes on
            answer = {"error": f"The file could not be read because of an internal error ({type(e).__name__})."}
        try:
            send(answer)
        except MemoryError:
            send({"error": f"Reading the file needed more memory than the {megabytes(limits.child_memory_bytes)} "
                           f"limit.", "fatal": True})
        if answer.get("fatal"):
            return 1


def _within(which: int, value: int) -> int:
    """A soft limit no higher than the hard limit the child was started with."""
    import resource

    hard = resource.getrlimit(which)[1]
    return value if hard == resource.RLIM_INFINITY else min(value, hard)


class _ChildEngine:
    """What the child runs: the engine with its catalogue, everything imported before any document."""

    def __init__(self, setup: dict, limits: Limits):
        import encodings.cp1252  # noqa: F401  (decoders are imported lazily otherwise)
        import encodings.utf_16  # noqa: F401

        from . import pipeline
        from .catalogue import catalogue_from_mapping, load_catalogue
        from .readers import docx, html, markdown, pdf, text  # noqa: F401  (imported before the limits apply)

        self.pipeline = pipeline
        self.limits = limits
        if "paths" in setup:
            self.catalogue = load_catalogue(*setup["paths"])
        else:
            self.catalogue = catalogue_from_mapping(setup["data"])
        pipeline.warm(self.catalogue)

    def run(self, task: str, data: bytes, filename: str, with_text: bool) -> dict:
        return self.pipeline.run_task(task, data, filename, self.catalogue, self.limits, with_text)


if __name__ == "__main__":
    sys.exit(_child_main())
