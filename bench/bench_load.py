"""Load benchmark: the production server (gunicorn, `rectrack serve`) on PostgreSQL, 32 clients for 30 s.

    .venv/bin/python bench/bench_load.py [--seconds 30] [--clients 32] [--scale 1.0] [--keep-logs]

What it does, all on loopback:

1. starts a throwaway PostgreSQL cluster (``tests/support/pg.py``) and, in a subprocess with a
   production-like environment (DEBUG off, hashed static files, JSON logs at INFO), migrates it,
   collects the static files and builds the national dataset (``bench/dataset.py``; ``--scale``);
2. starts `rectrack worker` and `rectrack serve` with the production defaults of
   ``rectrack.core.gunicorn_conf`` (``WEB_CONCURRENCY``/``GUNICORN_THREADS`` change them), waits for
   ``/healthz``, signs in through the sign-in form as an inspectorate user;
3. warms each URL up (every gunicorn process has its own page cache), then runs ``--clients`` closed-
   loop clients (each sends its next request as soon as the last one is done, on a kept-alive
   connection) for ``--seconds``: a seeded random mix of public pages (45%), the national matrix signed
   in (20%) and the JSON API (35%). The client is a small asyncio HTTP/1.1 client (``HttpClient``), in
   this process; its own CPU time is reported too, since it shares the machine's CPUs with the server.

Prints ``BENCH load_p95_ms_postgres``, ``BENCH load_rps_postgres`` and ``BENCH load_errors_postgres``
(any non-200 answer or failed connection is an error), plus p50/p99, the p95 of each kind of page and
the server's CPU time per request. Bars (commentary; the exit status does not depend on them): p95 under
300 ms and no errors.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAR_P95_MS = 300.0
PASSWORD = "bench-load-" + secrets.token_urlsafe(12)


def note(*parts) -> None:
    print("bench_load:", *parts, file=sys.stderr, flush=True)


def bench(name: str, value: float, unit: str) -> None:
    text = "nan" if value != value else (f"{value:.0f}" if unit == "count" else f"{value:.1f}")
    print(f"BENCH {name} {text} {unit}", flush=True)


def percentile(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[round(p) - 1]


# --- the HTTP client ------------------------------------------------------------------------------


class HttpError(Exception):
    pass


class _Stale(Exception):
    """The server closed the connection before answering (a kept-alive connection it had dropped)."""


class HttpClient:
    """One kept-alive HTTP/1.1 connection; GET only; reads Content-Length and chunked bodies."""

    def __init__(self, host: str, port: int, cookies: dict[str, str] | None = None):
        self.host, self.port = host, port
        self.cookies = dict(cookies or {})
        self.reader = self.writer = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None):
        """(status, headers, body) of one request.

        Like a browser, a request on a kept-alive connection that the server had closed meanwhile (its
        keep-alive timeout, or a worker recycled after ``max_requests``) is sent again once on a new
        connection; a connection closed on a fresh connection is an error.
        """
        if self.writer is not None:
            try:
                return await self._send(method, path, body, headers)
            except (ConnectionError, _Stale):
                await self.close()
        try:
            return await self._send(method, path, body, headers)
        except _Stale:
            raise HttpError("the server closed the connection without answering") from None

    async def _send(self, method: str, path: str, body: bytes, headers: dict | None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept-Encoding: identity"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        for key, value in (headers or {}).items():
            lines.append(f"{key}: {value}")
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise _Stale()
        parts = status_line.decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
            raise HttpError(f"not an HTTP response: {status_line[:80]!r}")
        status = int(parts[1])
        response_headers: dict[str, str] = {}
        set_cookies = []
        while (line := await self.reader.readline()) not in (b"\r\n", b"\n", b""):
            key, _, value = line.decode("latin-1").partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "set-cookie":
                set_cookies.append(value)
            response_headers[key] = value
        for cookie in set_cookies:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response_headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readline()).split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while (await self.reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            data = b"".join(chunks)
        elif "content-length" in response_headers:
            data = await self.reader.readexactly(int(response_headers["content-length"]))
        else:
            data = await self.reader.read()
            await self.close()
        if response_headers.get("connection", "").lower() == "close":
            await self.close()
        return status, response_headers, data


async def sign_in(host: str, port: int, username: str, password: str) -> dict[str, str]:
    """Sign in through the real form (CSRF token and all); return the cookies of the session."""
    client = HttpClient(host, port)
    try:
        status, _, page = await client.request("GET", "/accounts/sign-in/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or token is None:
            raise HttpError(f"the sign-in page answered {status} without a CSRF token")
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1).decode(), "username": username,
                                       "password": password}).encode()
        status, headers, _ = await client.request("POST", "/accounts/sign-in/", form, {
            "Content-Type": "application/x-www-form-urlencoded", "Referer": f"http://{host}:{port}/accounts/sign-in/"})
        if status != 302 or "sessionid" not in client.cookies:
            raise HttpError(f"signing in answered {status}, not a redirect with a session")
        return client.cookies
    finally:
        await client.close()


@dataclass
class Sample:
    kind: str
    url: str
    seconds: float
    status: int  # 0: the request failed (connection error)


@dataclass
class LoadResult:
    samples: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


async def run_load(host: str, port: int, urls: list[tuple[str, str, float]], cookies: dict[str, str], *,
                   clients: int, seconds: float, seed: int = 1) -> LoadResult:
    """``clients`` closed-loop clients for ``seconds``; ``urls`` are (kind, path, weight), kind "signed_in"
    or anything else (anonymous)."""
    result = LoadResult()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    weights = [w for _, _, w in urls]

    async def one(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        anonymous, signed_in = HttpClient(host, port), HttpClient(host, port, cookies)
        try:
            while loop.time() < deadline:
                kind, path, _ = rng.choices(urls, weights)[0]
                client = signed_in if kind == "matrix" else anonymous
                started = time.perf_counter()
                try:
                    status, _, _ = await client.request("GET", path)
                except (OSError, HttpError, ValueError, asyncio.IncompleteReadError) as e:
                    status = 0
                    result.errors.append(f"{path}: {type(e).__name__}: {e}")
                    await client.close()
                result.samples.append(Sample(kind, path, time.perf_counter() - started, status))
                if status not in (0, 200):
                    result.errors.append(f"{path}: HTTP {status}")
        finally:
            await anonymous.close()
            await signed_in.close()

    started = loop.time()
    await asyncio.gather(*(one(i) for i in range(clients)))
    result.seconds = loop.time() - started
    return result


# --- the server side ------------------------------------------------------------------------------


def _setup(scale: float) -> int:
    """In the production-like environment: migrate, collect static files, build the dataset; print targets."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.bench_tracker import _targets
    from bench.dataset import BENCH_USERNAME, generate
    from rectrack.accounts.models import User
    from rectrack.responses.models import Response

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    summary = generate(scale)
    note(f"dataset: {summary}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
    user = User.objects.get(username=BENCH_USERNAME)
    user.set_password(os.environ["BENCH_PASSWORD"])
    user.save()
    api_response = Response.objects.filter(state="published").order_by("pk").values_list("pk", flat=True).first()
    print(json.dumps({**_targets(), "username": BENCH_USERNAME, "response_id": api_response,
                      "seconds": summary.seconds}), flush=True)
    return 0


def production_env(database_url: str, var: Path) -> dict:
    return {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "RECTRACK_TESTING", "DEBUG"}},
        "DATABASE_URL": database_url,
        "RECTRACK_VAR": str(var),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "INFO",
        "DJANGO_SETTINGS_MODULE": "rectrack.settings",
        "BENCH_PASSWORD": PASSWORD,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children that it has waited for, plus live children."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15]) / tick  # utime, stime, cutime, cstime
    return total


def _wait_healthy(port: int, server: subprocess.Popen, seconds: float = 120.0) -> None:
    import urllib.request

    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError as e:
            last = str(e)
        time.sleep(0.5)
    raise RuntimeError(f"/healthz did not answer 200 within {seconds:.0f} s ({last})")


def urls_for(targets: dict) -> list[tuple[str, str, float]]:
    slug, number, org = targets["slug"], targets["number"], targets["org"]
    return [
        ("public", "/public/", 5),
        ("public", f"/public/{slug}/", 15),
        ("public", f"/public/{slug}/recommendations/{number}/", 10),
        ("public", f"/public/{slug}/organisations/{org}/", 10),
        ("public", "/", 5),
        ("matrix", f"/super-complaints/{slug}/", 20),
        ("api", f"/api/responses?super_complaint={slug}&limit=100", 10),
        ("api", f"/api/responses/{targets['response_id']}", 10),
        ("api", f"/api/super-complaints/{slug}/matrix", 5),
        ("api", f"/api/recommendations?super_complaint={slug}", 5),
        ("api", "/api/organisations?limit=100", 5),
    ]


def report(result: LoadResult, server_cpu: float, client_cpu: float, db: str = "postgres") -> None:
    ok = [s.seconds * 1000 for s in result.samples]
    bench(f"load_p95_ms_{db}", percentile(ok, 95), "ms")
    bench(f"load_rps_{db}", len(result.samples) / result.seconds if result.seconds else float("nan"), "rps")
    bench(f"load_errors_{db}", len(result.errors), "count")
    bench(f"load_p50_ms_{db}", percentile(ok, 50), "ms")
    bench(f"load_p99_ms_{db}", percentile(ok, 99), "ms")
    for kind in ("public", "matrix", "api"):
        times = [s.seconds * 1000 for s in result.samples if s.kind == kind]
        bench(f"load_{kind}_p95_ms_{db}", percentile(times, 95), "ms")
    count = len(result.samples) or 1
    bench(f"load_server_cpu_ms_per_request_{db}", server_cpu * 1000 / count, "ms")
    note(f"{len(result.samples)} requests in {result.seconds:.1f} s; server CPU {server_cpu:.1f} s, "
         f"client CPU {client_cpu:.1f} s, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    by_url: dict[str, list[float]] = {}
    for s in result.samples:
        by_url.setdefault(s.url, []).append(s.seconds * 1000)
    for url, times in sorted(by_url.items(), key=lambda kv: -percentile(kv[1], 95)):
        note(f"  {url}: {len(times)} requests, p50 {percentile(times, 50):.0f} ms, p95 {percentile(times, 95):.0f} ms")
    for error in result.errors[:10]:
        note(f"  error: {error}")
    p95 = percentile(ok, 95)
    verdict = "ok" if p95 < BAR_P95_MS and not result.errors else "OVER THE BAR"
    note(f"bar: p95 {p95:.0f} ms < {BAR_P95_MS:.0f} ms and 0 errors ({len(result.errors)}): {verdict}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--scale", type=float, default=1.0, help="dataset scale (see bench/dataset.py)")
    parser.add_argument("--warm", type=int, default=8, help="warm-up requests per URL (default 8)")
    parser.add_argument("--keep-logs", action="store_true", help="keep the server's and worker's logs")
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.setup:
        return _setup(opts.scale)

    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    from tests.support import pg

    var = Path(tempfile.mkdtemp(prefix="rectrack-bench-load-"))
    processes: list[subprocess.Popen] = []
    try:
        with pg.cluster() as url:
            env = production_env(url, var)
            started = time.perf_counter()
            setup = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--setup", "--scale",
                                    str(opts.scale)], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
            if setup.returncode != 0:
                note(f"setting up failed (exit {setup.returncode})")
                return 1
            targets = json.loads(setup.stdout.strip().splitlines()[-1])
            note(f"set up in {time.perf_counter() - started:.0f} s: {targets['slug']} ({targets['matrix_size']})")
            port = _free_port()
            rectrack = [sys.executable, "-m", "rectrack.cli"]
            with (var / "worker.log").open("wb") as log:
                processes.append(subprocess.Popen([*rectrack, "worker"], env=env, cwd=ROOT, stdout=log,
                                                  stderr=subprocess.STDOUT))
            with (var / "server.log").open("wb") as log:
                server = subprocess.Popen([*rectrack, "serve", "--bind", f"127.0.0.1:{port}"], env=env, cwd=ROOT,
                                          stdout=log, stderr=subprocess.STDOUT)
            processes.append(server)
            _wait_healthy(port, server)
            urls = urls_for(targets)
            result, server_cpu, client_cpu = asyncio.run(_measure(port, targets, urls, opts, server.pid))
            report(result, server_cpu, client_cpu)
    except pg.PgError as e:
        note(f"cannot start a throwaway PostgreSQL cluster ({e}); figures are nan")
        report(LoadResult(errors=["no cluster"]), 0.0, 0.0)
        return 1
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        if opts.keep_logs:
            note(f"logs kept in {var}")
        else:
            shutil.rmtree(var, ignore_errors=True)
    return 0


async def _measure(port: int, targets: dict, urls, opts, server_pid: int):
    cookies = await sign_in("127.0.0.1", port, targets["username"], PASSWORD)
    warm = HttpClient("127.0.0.1", port, cookies)
    try:
        for _ in range(opts.warm):
            for _, path, _ in urls:
                await warm.request("GET", path)
    finally:
        await warm.close()
    # A few concurrent rounds too, so that every gunicorn process has built its caches.
    await run_load("127.0.0.1", port, urls, cookies, clients=opts.clients, seconds=min(5.0, opts.seconds), seed=99)
    cpu_before, client_before = _cpu_seconds(server_pid), time.process_time()
    result = await run_load("127.0.0.1", port, urls, cookies, clients=opts.clients, seconds=opts.seconds)
    return result, _cpu_seconds(server_pid) - cpu_before, time.process_time() - client_before


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
