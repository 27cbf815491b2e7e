"""Tracker benchmark: the national dataset on SQLite and PostgreSQL, timed page by page.

    .venv/bin/python bench/bench_tracker.py [--quick] [--db sqlite|postgres|both] [--scale 1.0] [--keep]
    .venv/bin/python bench/bench_tracker.py --db sqlite --data /tmp/bench-sqlite --profile matrix

For each database the parent process makes a throwaway home (SQLite file, or a PostgreSQL cluster from
``tests.support.pg``) and runs a worker subprocess with its own ``DATABASE_URL`` / ``RECTRACK_VAR``
(settings read the environment at import). The worker migrates, builds the synthetic national dataset
(``bench/dataset.py``: ~19,500 responses, ~58,000 actions, ~270,000 history rows), then times pages
in-process with Django's test ``Client`` (DEBUG off; an inspectorate user signed in with ``force_login``
for the working pages, anonymous for the public ones): the wall time of each request, rendering and
(for streamed downloads) reading the whole body included. Each page gets warm-up requests first; a page
that does not answer 200 is reported as ``nan``. Peak memory of the full CSV export is measured in a
fresh subprocess (``ru_maxrss`` before and after).

Output: ``BENCH <name> <value> <unit>`` lines (figures per database end in ``_sqlite`` / ``_postgres``;
a figure without a suffix is the worse of the databases run); commentary goes to stderr. The figures are
wall-clock times; beside them, ``*_cpu_*`` figures give the CPU time of the Django process for the same
requests (on PostgreSQL the database server's own time is not in them), and ``load_average_<db>`` the
machine's load when timing began: on a busy machine wall times inflate and the CPU figures do not.
``matrix_after_write_p95_ms`` times the matrix requested right after a response of its super-complaint was
saved through the service (the read model is brought up to date in the save; there is no cache to miss).
Bars (commentary only, the exit status does not depend on them): matrix p95 (steady and after a write),
recommendation and organisation pages p95 < 100 ms, public table p95 < 100 ms, export peak < 150 MB,
national snapshot < 10 s, PDF record < 2 s.

Options: ``--data DIR`` keeps the SQLite database in DIR and reuses it next time (skips the build);
``--profile PAGE`` (matrix, recommendation, organisation, export, public_table, pdf, snapshot) prints a
pyinstrument profile of one request after the figures (needs ``pip install pyinstrument``).
"""
from __future__ import annotations

import argparse
import contextlib
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARS = {  # figure prefix -> (limit, unit)
    "matrix_p95_ms": 100.0,
    "matrix_after_write_p95_ms": 100.0,
    "recommendation_p95_ms": 100.0,
    "organisation_p95_ms": 100.0,
    "public_table_p95_ms": 100.0,
    "export_csv_peak_mb": 150.0,
    "snapshot_national_s": 10.0,
    "pdf_record_s": 2.0,
}
SEARCH_WORD = "training"  # bench/dataset.py's narratives use it in about a fifth of the entries
PAGES = ["matrix", "matrix_after_write", "matrix_anon", "recommendation", "organisation", "public_table", "home",
         "search", "search_deep", "export",
         "pdf", "snapshot"]


def note(*parts) -> None:
    print("bench_tracker:", *parts, file=sys.stderr, flush=True)


def bench(name: str, value: float, unit: str) -> None:
    text = "nan" if value is None or (isinstance(value, float) and math.isnan(value)) else (
        f"{value:.0f}" if unit == "count" else f"{value:.3f}" if unit == "s" else f"{value:.1f}")
    print(f"BENCH {name} {text} {unit}", flush=True)


# --------------------------------------------------------------------------------------------------
# Worker: runs inside one database's environment.


def _setup_django() -> None:
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rectrack.settings")
    import django

    django.setup()


def _percentile(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[round(p) - 1]


def _consume(response) -> int:
    if getattr(response, "streaming", False):
        size = 0
        for chunk in response.streaming_content:
            size += len(chunk)
        response.close()
        return size
    return len(response.content)


class Timer:
    """Wall time of requests (the figure) and this process's CPU time (commentary: less noisy on a busy box)."""

    cpu: dict[str, list[float]] = {}

    def __init__(self, label: str):
        self.label = label

    def request(self, client, url: str):
        start, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        size = _consume(response)
        # The test client's response refers to itself (``response.json`` is a partial of the response), which kept
        # each page's context (a matrix's thousands of cells) for the cyclic collector to walk during a later
        # request. A server's response has no such cycle (``rectrack.core.templates``): let it go as a server does.
        response.__dict__.pop("json", None)
        self.cpu.setdefault(self.label, []).append(time.process_time() - cpu)
        return response, size, time.perf_counter() - start


def _get_ok(client, url: str, label: str, content_type: str | None = None):
    """One request; the response if it is a 200 (of the expected type), else None with a note."""
    try:
        response, size, seconds = Timer(label).request(client, url)
    except Exception as e:  # a page others are still building may raise: report and keep going
        note(f"{label}: {url} raised {type(e).__name__}: {e}")
        return None
    if response.status_code != 200:
        note(f"{label}: {url} answered {response.status_code}; reported as nan")
        return None
    if content_type and not response.get("Content-Type", "").startswith(content_type):
        note(f"{label}: {url} answered {response.get('Content-Type')!r}, not {content_type}; reported as nan")
        return None
    return response, size, seconds


def _count_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        _consume(client.get(url))
    return len(ctx.captured_queries)


def _time_page(client, url: str, label: str, *, warm: int, runs: int, content_type: str | None = None):
    """Warm-ups then timed requests: (seconds list, bytes, queries) or None if the page is not there."""
    first = _get_ok(client, url, label, content_type)
    if first is None:
        return None
    for _ in range(max(0, warm - 1)):
        Timer(label).request(client, url)
    samples = []
    size = first[1]
    for _ in range(runs):
        response, size, seconds = Timer(label).request(client, url)
        if response.status_code != 200:
            note(f"{label}: {url} answered {response.status_code} during timing; reported as nan")
            return None
        samples.append(seconds)
    return samples, size, _count_queries(client, url)


def _targets() -> dict:
    """The biggest super-complaint, its most-owed recommendation and a force that owes everything."""
    from django.db.models import Count

    from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
    from rectrack.organisations.models import Organisation

    super_complaint = (
        SuperComplaint.objects.annotate(n=Count("recommendations__recipients")).order_by("-n", "order").first()
    )
    rec = (Recommendation.objects.filter(super_complaint=super_complaint).annotate(n=Count("recipients"))
           .order_by("-n", "order").first())
    org = (Organisation.objects.filter(kind="force").annotate(n=Count("recipient_of")).order_by("-n", "id").first())
    return {
        "slug": super_complaint.slug,
        "number": rec.number,
        "org": org.id,
        "matrix_size": str(
            Recipient.objects.filter(recommendation__super_complaint=super_complaint).values("organisation").distinct().count()
        )
        + f" organisations x {super_complaint.recommendations.count()} recommendations",
        "org_owes": org.n,
    }


def _snapshot_service():
    """The publishing app's 'take a snapshot' service, wherever it lives; None if not there yet."""
    import importlib

    for module_name in ("rectrack.publishing.services", "rectrack.publishing.snapshots"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in ("take_snapshot", "create_snapshot", "snapshot_national"):
            if callable(getattr(module, name, None)):
                return getattr(module, name), f"{module_name}.{name}"
    return None, None


def _profile(label: str, fn) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        note("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")
        return
    profiler = Profiler(interval=0.0005)
    profiler.start()
    fn()
    profiler.stop()
    print(f"--- profile: {label} ---", file=sys.stderr)
    print(profiler.output_text(unicode=False, color=False, show_all=False), file=sys.stderr, flush=True)


def worker(db: str, quick: bool, scale: float, reuse: bool, profile: list[str], only: list[str]) -> int:
    _setup_django()
    import logging

    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # failures are noted once, below
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    assert not settings.DEBUG, "the benchmark must run with DEBUG off"
    from rectrack.accounts.models import User
    from rectrack.responses.models import Response

    start = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    note(f"{db}: migrated in {time.perf_counter() - start:.1f} s")
    if reuse and Response.objects.exists():
        note(f"{db}: reusing the dataset already in {settings.DATABASES['default']['NAME']}")
    else:
        from bench.dataset import generate

        cpu = time.process_time()
        summary = generate(scale)
        note(f"{db}: dataset: {summary}")
        bench(f"dataset_build_s_{db}", summary.seconds, "s")
        bench(f"dataset_build_cpu_s_{db}", time.process_time() - cpu, "s")
    if connection.vendor == "postgresql":
        # Production autovacuum vacuums and analyses a table after a bulk load; do it now, and write the load's
        # dirty pages out, so that plans are realistic and no autovacuum worker or checkpoint of the ~300,000 rows
        # just inserted runs beside the timed requests (they made the matrix's p95 half as long again).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
            try:
                cursor.execute("CHECKPOINT")  # a superuser's or pg_checkpoint's right: the throwaway cluster's user
            except Exception as e:  # noqa: BLE001 - a database we may not checkpoint still benchmarks
                note(f"{db}: no checkpoint before timing ({type(e).__name__})")

    inspector = User.objects.filter(role=User.Role.INSPECTORATE).order_by("pk").first()
    # The collector as the production server sets it once the application is loaded (rectrack/wsgi.py).
    from rectrack.core import collector

    note(f"{db}: garbage collector threshold {collector.tune()} (rectrack.core.collector, as in production)")
    signed_in = Client()
    signed_in.force_login(inspector)
    anonymous = Client()
    t = _targets()
    note(f"{db}: matrix {t['slug']} ({t['matrix_size']}); recommendation {t['number']}; "
         f"organisation {t['org']} (owes {t['org_owes']})")
    warm, runs = (1, 8) if quick else (3, 30)
    slug, number, org = t["slug"], t["number"], t["org"]
    pages = {
        "matrix": (signed_in, f"/super-complaints/{slug}/"),
        "matrix_anon": (anonymous, f"/super-complaints/{slug}/"),
        "recommendation": (signed_in, f"/super-complaints/{slug}/recommendations/{number}/"),
        "organisation": (signed_in, f"/organisations/{org}/"),
        "public_table": (anonymous, f"/public/{slug}/"),
        # The inspectorate's home page (its overdue list reads every standing with an overdue clock).
        "home": (signed_in, "/work/"),
        # Public search for a word in most answers, first and a deep page (ranking and passages at national size).
        "search": (anonymous, f"/public/search/?q={SEARCH_WORD}"),
        "search_deep": (anonymous, f"/public/search/?q={SEARCH_WORD}&page=200"),
    }
    wanted = set(only or PAGES)
    note(f"{db}: load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    bench(f"load_average_{db}", os.getloadavg()[0], "load")
    for name, (client, url) in pages.items():
        if name not in wanted:
            continue
        result = _time_page(client, url, name, warm=warm, runs=runs)
        if result is None:
            for stat in ("p50", "p95"):
                bench(f"{name}_{stat}_ms_{db}", float("nan"), "ms")
            bench(f"{name}_queries_{db}", float("nan"), "count")
            continue
        samples, size, queries = result
        ms = [s * 1000 for s in samples]
        bench(f"{name}_p50_ms_{db}", _percentile(ms, 50), "ms")
        bench(f"{name}_p95_ms_{db}", _percentile(ms, 95), "ms")
        bench(f"{name}_queries_{db}", queries, "count")
        cpu = [c * 1000 for c in Timer.cpu[name][-len(ms):]]
        bench(f"{name}_cpu_p50_ms_{db}", _percentile(cpu, 50), "ms")
        note(f"{db}: {name}: {url} {size / 1024:.0f} KiB, max {max(ms):.1f} ms over {len(ms)} requests")

    if "matrix_after_write" in wanted:
        _matrix_after_write(db, signed_in, inspector, slug, pages["matrix"][1], warm, runs)
    export_url = "/exports/responses.csv"
    pdf_url = f"/public/{slug}/organisations/{org}/record.pdf"
    take, where = _snapshot_service()
    if "export" in wanted:
        _export(db, signed_in, export_url, quick)
    if "pdf" in wanted:
        _pdf(db, anonymous, pdf_url, quick)
    if "snapshot" in wanted:
        _snapshot(db, take, where, inspector)
    for name in profile:
        if name in pages:
            client, url = pages[name]
            _profile(f"{db} {name} {url}", lambda client=client, url=url: _consume(client.get(url)))
        elif name == "export":
            _profile(f"{db} export {export_url}", lambda: _consume(signed_in.get(export_url)))
        elif name == "pdf":
            _profile(f"{db} pdf {pdf_url}", lambda: _consume(anonymous.get(pdf_url)))
        elif name == "snapshot" and take is not None:
            _profile(f"{db} snapshot", lambda: take(user=inspector, super_complaint=None))
    return 0


def _matrix_after_write(db, client, inspector, slug: str, url: str, warm: int, runs: int) -> None:
    """Save a response of the matrix's super-complaint, then request the matrix: runs times, after warm-ups."""
    from rectrack.core.vocabulary import Progress, WorkflowState
    from rectrack.responses import services
    from rectrack.responses.models import Response

    editable = list(Response.objects.filter(recommendation__super_complaint_id=slug, state=WorkflowState.DRAFT)
                    .order_by("pk")[:warm + runs])
    if len(editable) < warm + runs:
        note(f"{db}: matrix_after_write: only {len(editable)} draft responses to edit; reported as nan")
        bench(f"matrix_after_write_p95_ms_{db}", float("nan"), "ms")
        return
    progress = list(Progress)
    samples = []
    for i, response in enumerate(editable):
        services.update_response(user=inspector, response=response,
                                 data={"progress": progress[(progress.index(response.progress) + 1) % len(progress)]})
        response, _, seconds = Timer("matrix_after_write").request(client, url)
        if response.status_code != 200:
            note(f"{db}: matrix_after_write: {url} answered {response.status_code}; reported as nan")
            bench(f"matrix_after_write_p95_ms_{db}", float("nan"), "ms")
            return
        if i >= warm:
            samples.append(seconds * 1000)
    bench(f"matrix_after_write_p50_ms_{db}", _percentile(samples, 50), "ms")
    bench(f"matrix_after_write_p95_ms_{db}", _percentile(samples, 95), "ms")


def _export(db, signed_in, export_url, quick) -> None:
    result = _time_page(signed_in, export_url, "export", warm=0 if quick else 1, runs=1 if quick else 3,
                        content_type="text/csv")
    if result is None:
        bench(f"export_csv_full_s_{db}", float("nan"), "s")
    else:
        samples, size, queries = result
        bench(f"export_csv_full_s_{db}", statistics.median(samples), "s")
        bench(f"export_csv_full_cpu_s_{db}", statistics.median(Timer.cpu["export"][-len(samples):]), "s")
        bench(f"export_csv_queries_{db}", queries, "count")
        note(f"{db}: export: {size / 1e6:.1f} MB of CSV, runs {', '.join(f'{s:.2f}' for s in samples)} s "
             f"(CPU {', '.join(f'{s:.2f}' for s in Timer.cpu['export'][-len(samples):])} s)")


def _pdf(db, anonymous, pdf_url, quick) -> None:
    result = _time_page(anonymous, pdf_url, "pdf", warm=1, runs=2 if quick else 5, content_type="application/pdf")
    if result is None:
        bench(f"pdf_record_s_{db}", float("nan"), "s")
    else:
        samples, size, _ = result
        bench(f"pdf_record_s_{db}", statistics.median(samples), "s")
        bench(f"pdf_record_cpu_s_{db}", statistics.median(Timer.cpu["pdf"][-len(samples):]), "s")
        note(f"{db}: pdf: {size / 1024:.0f} KiB, runs {', '.join(f'{s:.2f}' for s in samples)} s "
             f"(CPU {', '.join(f'{s:.2f}' for s in Timer.cpu['pdf'][-len(samples):])} s)")


def _snapshot(db, take, where, inspector) -> None:
    if take is None:
        note("snapshot: no snapshot service in rectrack.publishing yet; reported as nan")
        bench(f"snapshot_national_s_{db}", float("nan"), "s")
    else:
        try:
            start, cpu = time.perf_counter(), time.process_time()
            snapshot = take(user=inspector, super_complaint=None)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            bench(f"snapshot_national_s_{db}", seconds, "s")
            bench(f"snapshot_national_cpu_s_{db}", cpu, "s")
            note(f"{db}: snapshot: {where}: {getattr(snapshot, 'row_count', '?')} rows (CPU {cpu:.2f} s)")
        except Exception as e:
            note(f"snapshot: {where} raised {type(e).__name__}: {e}; reported as nan")
            bench(f"snapshot_national_s_{db}", float("nan"), "s")


def worker_export_memory(db: str) -> int:
    """In a fresh process: peak RSS growth while streaming the full CSV export."""
    _setup_django()
    from django.test import Client

    from rectrack.accounts.models import User

    client = Client()
    client.force_login(User.objects.filter(role=User.Role.INSPECTORATE).order_by("pk").first())
    # Warm up imports, URL resolution and querysets with one force's export, so only the full one's growth counts.
    from rectrack.organisations.models import Organisation

    force = Organisation.objects.filter(kind="force").order_by("id").first()
    first = _get_ok(client, f"/exports/responses.csv?organisation={force.pk}", "export memory warm-up", "text/csv")
    if first is None:
        bench(f"export_csv_peak_mb_{db}", float("nan"), "MB")
        return 0
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = _get_ok(client, "/exports/responses.csv", "export memory", "text/csv")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if result is None:
        bench(f"export_csv_peak_mb_{db}", float("nan"), "MB")
        return 0
    bench(f"export_csv_peak_mb_{db}", (after - before) / 1024, "MB")
    note(f"{db}: export memory: peak RSS {before / 1024:.0f} MB before, {after / 1024:.0f} MB after "
         f"({result[1] / 1e6:.1f} MB of CSV)")
    return 0


# --------------------------------------------------------------------------------------------------
# Parent: one home per database, workers in subprocesses, figures relayed.


def _run_worker(args: list[str], env: dict) -> list[str]:
    lines = []
    with subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, text=True, bufsize=1) as proc:
        for line in proc.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            if line.startswith("BENCH "):
                lines.append(line.split())
    if proc.returncode != 0:
        note(f"worker {' '.join(args)} failed with exit status {proc.returncode}")
    return lines


def _env(database_url: str, var: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "RECTRACK_VAR": str(var),
        "RECTRACK_TESTING": "1",  # plain static storage: no collectstatic manifest needed
        "DEBUG": "0",
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "LOG_LEVEL": "ERROR",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def run_database(db: str, opts) -> list[list[str]]:
    common = ["--quick"] if opts.quick else []
    common += ["--scale", str(opts.scale)] + [f"--profile={p}" for p in opts.profile]
    common += [f"--only={p}" for p in opts.only]
    if db == "sqlite":
        var = Path(opts.data) if opts.data else Path(tempfile.mkdtemp(prefix="rectrack-bench-sqlite-"))
        var.mkdir(parents=True, exist_ok=True)
        env = _env(f"sqlite:///{var / 'bench.sqlite3'}", var)
        try:
            lines = _run_worker(["--worker", db, *common, *(["--reuse"] if opts.data else [])], env)
            if not opts.only or "export" in opts.only:
                lines += _run_worker(["--worker-export-memory", db], env)
        finally:
            if not (opts.keep or opts.data):
                shutil.rmtree(var, ignore_errors=True)
            else:
                note(f"sqlite data kept in {var}")
        return lines
    sys.path.insert(0, str(ROOT))
    try:
        from tests.support import pg
    except ImportError as e:
        note(f"postgres: tests.support.pg not importable ({e}); postgres figures are nan")
        return []
    var = Path(tempfile.mkdtemp(prefix="rectrack-bench-pg-var-"))
    try:
        with pg.cluster() as url:
            env = _env(url, var)
            lines = _run_worker(["--worker", db, *common], env)
            if not opts.only or "export" in opts.only:
                lines += _run_worker(["--worker-export-memory", db], env)
    except pg.PgError as e:
        note(f"postgres: cannot start a throwaway cluster ({e}); postgres figures are nan")
        return []
    finally:
        shutil.rmtree(var, ignore_errors=True)
    return lines


def summarise(lines: list[list[str]], databases: list[str]) -> None:
    """Unsuffixed figures (the worse database) and a verdict against each bar."""
    values: dict[str, tuple[float, str]] = {}
    for _, name, value, unit in lines:
        values[name] = (float(value), unit)
    prefixes = sorted({name.rsplit("_", 1)[0] for name in values if name.endswith(tuple(f"_{d}" for d in databases))})
    for prefix in prefixes:
        found = [values[f"{prefix}_{d}"] for d in databases if f"{prefix}_{d}" in values]
        real = [v for v, _ in found if not math.isnan(v)]
        if prefix.startswith(("export_csv_peak_mb", "snapshot_national_s", "pdf_record_s")) or prefix.endswith(
            "_queries"
        ):
            bench(prefix, max(real) if real else float("nan"), found[0][1])
    for prefix, limit in BARS.items():
        for d in databases:
            if f"{prefix}_{d}" in values:
                v = values[f"{prefix}_{d}"][0]
                verdict = "not measured" if math.isnan(v) else ("ok" if v < limit else "OVER THE BAR")
                note(f"bar {prefix}_{d} < {limit:g}: {'nan' if math.isnan(v) else f'{v:.3g}'} {verdict}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests per page")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--scale", type=float, default=1.0, help="dataset scale (see bench/dataset.py)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite data directory")
    parser.add_argument("--data", help="SQLite data directory to keep and reuse between runs")
    parser.add_argument("--profile", action="append", default=[], choices=PAGES,
                        help="print a pyinstrument profile of one request of PAGE (repeatable)")
    parser.add_argument("--only", action="append", default=[], choices=PAGES,
                        help="time only PAGE (repeatable; default all)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--worker-export-memory", help=argparse.SUPPRESS)
    parser.add_argument("--reuse", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.worker:
        return worker(opts.worker, opts.quick, opts.scale, opts.reuse, opts.profile, opts.only)
    if opts.worker_export_memory:
        return worker_export_memory(opts.worker_export_memory)

    databases = ["sqlite", "postgres"] if opts.db == "both" else [opts.db]
    started = time.perf_counter()
    lines = []
    for db in databases:
        note(f"=== {db} ===")
        lines += run_database(db, opts)
    summarise(lines, databases)
    note(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main(sys.argv[1:]))
