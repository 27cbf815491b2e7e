"""A throwaway PostgreSQL cluster for the test suite.

    python -m tests.support.pg run -- pytest -m "not browser"   # start, run with DATABASE_URL, stop
    python -m tests.support.pg start                              # print DATABASE_URL; cluster keeps running
    python -m tests.support.pg url                                # print DATABASE_URL of the running cluster
    python -m tests.support.pg stop                               # stop it and delete its files

From Python: ``with cluster() as url: ...``.

The cluster lives in a fresh temporary directory, listens only on a unix socket in that directory
(no TCP port), trusts local connections and has a superuser role and a database both called
``rectrack``; the URL reads ``postgresql://rectrack@%2Ftmp%2Frectrack-pg-xyz/rectrack``. initdb refuses to
run as root, so when we are root the cluster runs as the ``postgres`` system user (``runuser``); the
temporary directory is handed to that user. Binaries come from
``pg_config --bindir``, else the newest ``/usr/lib/postgresql/*/bin``, else ``$PG_BINDIR``.

``start`` records the directory in a state file (``$RECTRACK_PG_STATE``, default
``var/test-postgres.json``) for ``url`` and ``stop``.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

ROLE = "rectrack"
DATABASE = "rectrack"
PORT = 5432  # only names the socket file: the cluster listens on no TCP address
RUN_AS = "postgres"


class PgError(RuntimeError):
    pass


def bindir() -> Path:
    candidates: list[Path] = []
    if env := os.environ.get("PG_BINDIR"):
        candidates.append(Path(env))
    if shutil.which("pg_config"):
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(out.stdout.strip()))
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version_key(p.parent.name))
    candidates.extend(reversed(versions))
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    raise PgError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install the postgresql package "
        "or set PG_BINDIR to the directory holding them."
    )


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(p) for p in name.split(".") if p.isdigit())


def _as_cluster_user() -> list[str]:
    """The command prefix that runs a program as the cluster's owner."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(RUN_AS)
    except KeyError as e:
        raise PgError(f"Running as root, but there is no {RUN_AS!r} user to run PostgreSQL as.") from e
    if shutil.which("runuser"):
        return ["runuser", "-u", RUN_AS, "--"]
    if shutil.which("setpriv"):
        pw = pwd.getpwnam(RUN_AS)
        return ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--init-groups", "--"]
    raise PgError("Running as root, but neither runuser nor setpriv is available to drop privileges.")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        raise PgError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result


def url_for(directory: Path) -> str:
    # The socket directory goes in the host part, percent-encoded, so that Django's HOST is set and
    # `rectrack dbshell` finds the socket too (a ?host= query would land only in OPTIONS).
    return f"postgresql://{ROLE}@{quote(str(directory), safe='')}/{DATABASE}"


def start(base: str | None = None) -> tuple[Path, str]:
    """Create and start a cluster; return (its directory, its DATABASE_URL)."""
    bins = bindir()
    prefix = _as_cluster_user()
    directory = Path(tempfile.mkdtemp(prefix="rectrack-pg-", dir=base))
    if prefix:
        pw = pwd.getpwnam(RUN_AS)
        os.chown(directory, pw.pw_uid, pw.pw_gid)
    data = directory / "data"
    try:
        _run(prefix + [str(bins / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                       "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], cwd=directory)
        options = (f"-c listen_addresses='' -c unix_socket_directories='{directory}' -c port={PORT} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=50 -c shared_buffers=64MB")
        _run(prefix + [str(bins / "pg_ctl"), "-D", str(data), "-l", str(directory / "server.log"),
                       "-o", options, "-w", "-t", "60", "start"], cwd=directory)
        psql = prefix + [str(bins / "psql"), "-h", str(directory), "-p", str(PORT), "-U", "postgres",
                         "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
        _run(psql + ["-c", f"CREATE ROLE {ROLE} LOGIN SUPERUSER", "-c", f"CREATE DATABASE {DATABASE} OWNER {ROLE}"],
             cwd=directory)
    except BaseException:
        _stop_dir(directory, quiet=True)
        raise
    return directory, url_for(directory)


def _stop_dir(directory: Path, quiet: bool = False) -> None:
    data = directory / "data"
    if (data / "postmaster.pid").exists():
        try:
            _run(_as_cluster_user() + [str(bindir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                 cwd=directory)
        except PgError:
            if not quiet:
                raise
    shutil.rmtree(directory, ignore_errors=True)


@contextlib.contextmanager
def cluster(base: str | None = None) -> Iterator[str]:
    """A running cluster for the duration of the block; yields its DATABASE_URL."""
    directory, url = start(base)
    try:
        yield url
    finally:
        _stop_dir(directory)


def _state_file() -> Path:
    return Path(os.environ.get("RECTRACK_PG_STATE", Path(os.environ.get("RECTRACK_VAR", "var")) / "test-postgres.json"))


def _read_state() -> dict:
    path = _state_file()
    if not path.exists():
        raise PgError(f"No test cluster is recorded in {path}: run 'python -m tests.support.pg start' first.")
    return json.loads(path.read_text())


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.pg", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("start", help="start a cluster and print its DATABASE_URL")
    sub.add_parser("url", help="print the DATABASE_URL of the started cluster")
    sub.add_parser("stop", help="stop the started cluster and delete its files")
    run = sub.add_parser("run", help="start a cluster, run COMMAND with DATABASE_URL set, then stop it")
    run.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            path = _state_file()
            if path.exists():
                raise PgError(f"A test cluster is already recorded in {path}: stop it first.")
            directory, url = start()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"dir": str(directory), "url": url}))
            print(url)
        elif args.action == "url":
            print(_read_state()["url"])
        elif args.action == "stop":
            state = _read_state()
            _stop_dir(Path(state["dir"]))
            _state_file().unlink()
        else:
            command = args.command[1:] if args.command[:1] == ["--"] else args.command
            if not command:
                parser.error("run needs a command")
            signal.signal(signal.SIGTERM, _terminate)
            with cluster() as url:
                print(f"pg: test cluster at {url}", file=sys.stderr, flush=True)
                return subprocess.call(command, env={**os.environ, "DATABASE_URL": url})
    except PgError as e:
        print(f"pg: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
