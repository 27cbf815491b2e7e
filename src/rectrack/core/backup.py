"""`rectrack backup DIR` and `rectrack restore DIR`: the database and the stored files, with a manifest.

A backup is a directory::

    manifest.json            what is in it: format, schema, every file with its SHA-256 and size
    manifest.json.sha256     the manifest's own SHA-256 (`sha256sum -c manifest.json.sha256` checks it)
    database/<app>.<model>.jsonl.gz   one file per table: a header line, then one JSON array per row
    files/...                MEDIA_ROOT (uploaded documents and evidence), as stored

The database part is independent of the engine (ADR 0010): every table of every installed model is
read with ``values_list`` in primary-key order, inside one read-only transaction (REPEATABLE READ on
PostgreSQL, so all tables are of one moment), and written with its primary keys, so a backup taken on
SQLite restores on PostgreSQL and the other way round. Sessions are left out (a restore signs
everyone out).

Restore checks everything before it changes anything: the manifest's hash, every file's presence, size
and SHA-256, paths that stay inside the backup and MEDIA_ROOT, and that this code's migrations are
exactly those the backup was taken with. It refuses a database (or MEDIA_ROOT) that holds data unless
forced. Then it migrates the database, empties every table and loads the rows in one transaction
(foreign keys are checked at commit), resets the sequences, and only after the commit swaps the
verified files into MEDIA_ROOT (the previous files are moved aside, not deleted).
"""
from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import hashlib
import io
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.duration import duration_string

from rectrack.core.health import expected_migrations

FORMAT = "rectrack-backup/1"
MANIFEST = "manifest.json"
MANIFEST_HASH = "manifest.json.sha256"
DATABASE_DIR = "database"
FILES_DIR = "files"
CHUNK_ROWS = 2000
COPY_BYTES = 1024 * 1024
# Left out of backups: sessions are sign-ins, not records.
SKIPPED = {"sessions.session"}
# Rows that `migrate` itself writes: a freshly migrated database counts as empty despite them.
FILLED_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission"}


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why in one or more sentences."""


Note = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


# --- what is backed up ----------------------------------------------------------------------------


def backed_up_models() -> list[type[models.Model]]:
    """Every concrete, managed model with a table of its own (many-to-many tables included), by label."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.swapped or meta.label_lower in SKIPPED:
            continue
        found.append(model)
    return sorted(found, key=lambda m: m._meta.label_lower)


def _columns(model) -> list[models.Field]:
    return list(model._meta.concrete_fields)


def schema() -> list[list[str]]:
    """The latest migration of every app, as this code knows them: a backup restores only into the same."""
    return sorted([list(node) for node in expected_migrations()])


def _unapplied(using: str) -> list[str]:
    applied = set(MigrationRecorder(connections[using]).applied_migrations())
    return sorted(f"{app}.{name}" for app, name in map(tuple, schema()) if (app, name) not in applied)


# --- encoding values ------------------------------------------------------------------------------


def _encode(value):
    """JSON for the few types values_list gives that JSON has not; the field's to_python reads them back."""
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return duration_string(value)
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"Cannot back up a value of type {type(value).__name__}")


def _prepare(field: models.Field, connection) -> Callable:
    if isinstance(field, models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    return lambda value: field.get_db_prep_save(field.to_python(value), connection)


# --- hashing and paths ----------------------------------------------------------------------------


def _sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        while chunk := f.read(COPY_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copy_hashing(source: Path, target: Path) -> tuple[str, int]:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src, target.open("xb") as dst:
        while chunk := src.read(COPY_BYTES):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    return digest.hexdigest(), size


def _safe_relative(text: str, under: str) -> PurePosixPath:
    """A manifest path: relative, normalised, inside ``under``; anything else is refused."""
    if not isinstance(text, str):
        raise BackupError(f"The manifest has a file entry without a path: {text!r}.")
    path = PurePosixPath(text)
    if (path.is_absolute() or ".." in path.parts or "\\" in text
            or path.parts[:1] != (under,) or len(path.parts) < 2 or str(path) != text):
        raise BackupError(f"The manifest names a file outside {under}/: {text!r}.")
    return path


def _media_files(root: Path) -> Iterator[Path]:
    """Regular files under MEDIA_ROOT, sorted; symbolic links are not followed."""
    if not root.is_dir():
        return
    for directory, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                yield path


# --- backup ---------------------------------------------------------------------------------------


def _write_table(model, target: Path, connection) -> int:
    fields = _columns(model)
    queryset = model._base_manager.using(connection.alias).order_by("pk").values_list(
        *[f.attname for f in fields]).iterator(chunk_size=CHUNK_ROWS)
    rows = 0
    # mtime=0 and no file name in the gzip header: the same data gives the same bytes.
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0,
                                                 filename="") as gz:
        text = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
        text.write(json.dumps({"model": model._meta.label_lower, "columns": [f.attname for f in fields]}) + "\n")
        for row in queryset:
            text.write(json.dumps(row, default=_encode, ensure_ascii=False, separators=(",", ":")) + "\n")
            rows += 1
        text.flush()
        text.detach()
    return rows


def create_backup(directory: Path, *, using: str = "default", note: Note = _quiet) -> dict:
    """Write a backup of the database and MEDIA_ROOT into ``directory`` (new or empty); return the manifest."""
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory} already exists and is not an empty directory: choose a new one.")
    connection = connections[using]
    if missing := _unapplied(using):
        raise BackupError(f"The database is missing {len(missing)} migration(s) ({', '.join(missing[:3])}...): "
                          "run 'rectrack migrate' first.")
    (directory / DATABASE_DIR).mkdir(parents=True, exist_ok=True)
    tables = []
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # one consistent moment for every table
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        for model in backed_up_models():
            label = model._meta.label_lower
            relative = f"{DATABASE_DIR}/{label}.jsonl.gz"
            rows = _write_table(model, directory / relative, connection)
            sha256, size = _sha256_file(directory / relative)
            tables.append({"model": label, "path": relative, "rows": rows, "sha256": sha256, "bytes": size})
            if rows:
                note(f"  {label}: {rows} rows")
    files = []
    media = Path(settings.MEDIA_ROOT)
    for source in _media_files(media):
        relative = PurePosixPath(FILES_DIR, *source.relative_to(media).parts)
        sha256, size = _copy_hashing(source, directory / relative)
        files.append({"path": str(relative), "sha256": sha256, "bytes": size})
    note(f"  {len(files)} stored file(s), {sum(f['bytes'] for f in files)} bytes")
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "rectrack_version": _version(),
        "database_vendor": connection.vendor,
        "schema": schema(),
        "tables": tables,
        "files": files,
    }
    # The manifest last: a backup without it (interrupted) is recognisably incomplete.
    body = json.dumps(manifest, indent=1, sort_keys=True).encode()
    (directory / MANIFEST).write_bytes(body)
    (directory / MANIFEST_HASH).write_text(f"{hashlib.sha256(body).hexdigest()}  {MANIFEST}\n")
    return manifest


def _version() -> str:
    try:
        return version("rectrack")
    except PackageNotFoundError:
        return "unknown"


# --- verify ---------------------------------------------------------------------------------------


@dataclass
class Verified:
    manifest: dict
    tables: list[tuple[type[models.Model], Path, int]] = field(default_factory=list)
    files: list[tuple[Path, PurePosixPath, str, int]] = field(default_factory=list)  # source, media path, sha, size


def _read_manifest(directory: Path) -> dict:
    manifest_path, hash_path = directory / MANIFEST, directory / MANIFEST_HASH
    if not manifest_path.is_file():
        raise BackupError(f"{directory} is not a complete backup: {MANIFEST} is missing.")
    if not hash_path.is_file():
        raise BackupError(f"{directory} is not a complete backup: {MANIFEST_HASH} is missing.")
    body = manifest_path.read_bytes()
    expected = hash_path.read_text().split()[:1]
    if expected != [hashlib.sha256(body).hexdigest()]:
        raise BackupError(f"{MANIFEST} does not match its SHA-256 in {MANIFEST_HASH}: the backup is damaged.")
    try:
        manifest = json.loads(body)
    except ValueError:
        raise BackupError(f"{MANIFEST} is not valid JSON: the backup is damaged.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{MANIFEST} is not a rectrack backup of format {FORMAT}.")
    for key in ("schema", "tables", "files"):
        if not isinstance(manifest.get(key), list):
            raise BackupError(f"{MANIFEST} has no list of {key}: the backup is damaged.")
    return manifest


def verify_backup(directory: Path) -> Verified:
    """Check the manifest and every file it lists (presence, size, SHA-256, safe paths); change nothing."""
    directory = Path(directory)
    manifest = _read_manifest(directory)
    verified = Verified(manifest)
    problems = []
    by_label = {m._meta.label_lower: m for m in backed_up_models()}
    entries = [(e, DATABASE_DIR) for e in manifest["tables"]] + [(e, FILES_DIR) for e in manifest["files"]]
    for entry, under in entries:
        try:
            relative = _safe_relative(entry.get("path"), under)
            sha256, size = entry["sha256"], entry["bytes"]
        except (AttributeError, KeyError, TypeError):
            raise BackupError(f"{MANIFEST} has an entry without path, sha256 and bytes: {entry!r}.") from None
        path = directory / relative
        if not path.is_file():
            problems.append(f"{relative} is missing")
            continue
        actual_sha, actual_size = _sha256_file(path)
        if (actual_sha, actual_size) != (sha256, size):
            problems.append(f"{relative} does not match its SHA-256 in the manifest")
            continue
        if under == DATABASE_DIR:
            model = by_label.get(entry.get("model"))
            if model is None:
                problems.append(
                    f"{relative} holds {entry.get('model')!r}, which this version of rectrack does not have"
                )
                continue
            verified.tables.append((model, path, entry.get("rows", 0)))
        else:
            verified.files.append((path, PurePosixPath(*relative.parts[1:]), sha256, size))
    missing_tables = sorted(set(by_label) - {e.get("model") for e in manifest["tables"]})
    if missing_tables:
        problems.append(f"the backup has no data for {', '.join(missing_tables)}")
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise BackupError(f"The backup in {directory} is damaged or incomplete, so nothing was restored: {shown}.")
    return verified


# --- restore --------------------------------------------------------------------------------------


def _data_tables(using: str) -> list[str]:
    """Labels of models whose tables hold rows that `migrate` would not have written."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    holding = []
    for model in backed_up_models():
        if model._meta.label_lower in FILLED_BY_MIGRATE or model._meta.db_table not in existing:
            continue
        if model._base_manager.using(using).exists():
            holding.append(model._meta.label_lower)
    return holding


def _read_rows(path: Path) -> tuple[dict, Iterator[list]]:
    handle = gzip.open(path, "rt", encoding="utf-8")
    header = json.loads(handle.readline())

    def rows():
        with handle:
            for line in handle:
                yield json.loads(line)

    return header, rows()


def _load_table(model, path: Path, connection) -> int:
    header, rows = _read_rows(path)
    fields = {f.attname: f for f in _columns(model)}
    if header.get("model") != model._meta.label_lower or sorted(header.get("columns", [])) != sorted(fields):
        raise BackupError(f"{path.name} does not have the columns of {model._meta.label_lower} in this version.")
    columns = [fields[name] for name in header["columns"]]
    prepare = [_prepare(f, connection) for f in columns]
    quote = connection.ops.quote_name
    sql = (f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    count = 0
    batch = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append([p(v) for p, v in zip(prepare, row, strict=True)])
            if len(batch) >= CHUNK_ROWS:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _media_holds_files() -> bool:
    return next(_media_files(Path(settings.MEDIA_ROOT)), None) is not None


def restore_backup(directory: Path, *, using: str = "default", force: bool = False, note: Note = _quiet) -> dict:
    """Restore a verified backup into this database and MEDIA_ROOT; return the manifest (see the module doc)."""
    verified = verify_backup(directory)
    manifest = verified.manifest
    if manifest["schema"] != schema():
        raise BackupError("The backup was taken with other database migrations than this version of rectrack "
                          "has, so nothing was restored: restore it with the version that made it "
                          f"({manifest.get('rectrack_version', 'unknown')}), then upgrade.")
    if not force:
        if holding := _data_tables(using):
            raise BackupError(f"The database already holds data ({', '.join(holding[:5])}"
                              f"{', ...' if len(holding) > 5 else ''}), so nothing was restored: restore into an "
                              "empty database, or use --force to replace everything in it.")
        if _media_holds_files():
            raise BackupError(f"MEDIA_ROOT ({settings.MEDIA_ROOT}) already holds files, so nothing was restored: "
                              "empty it, or use --force to replace them.")

    media = Path(settings.MEDIA_ROOT)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S")
    staging = media.parent / f".{media.name}.restoring-{stamp}"
    note(f"Copying {len(verified.files)} file(s) to {staging}")
    try:
        for source, relative, sha256, size in verified.files:
            target = staging.joinpath(*relative.parts)
            if not target.resolve().is_relative_to(staging.resolve()):
                raise BackupError(f"The manifest names a file outside MEDIA_ROOT: {relative}.")
            if _copy_hashing(source, target) != (sha256, size):  # changed since it was verified
                raise BackupError(f"files/{relative} changed while it was being restored; nothing was restored.")

        note("Migrating the database")
        call_command("migrate", database=using, interactive=False, verbosity=0)
        connection = connections[using]
        loaded = 0
        with transaction.atomic(using=using):
            tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
            connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))
            for model, path, _rows in verified.tables:
                count = _load_table(model, path, connection)
                loaded += count
                if count:
                    note(f"  {model._meta.label_lower}: {count} rows")
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), [m for m, _, _ in verified.tables]):
                    cursor.execute(statement)
        note(f"Loaded {loaded} rows")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

    # The database is committed: put the files in place, keeping whatever was there before. Entries
    # are moved one by one (not the directory), so MEDIA_ROOT may be a mount point.
    try:
        media.mkdir(parents=True, exist_ok=True)
        if previous := sorted(media.iterdir()):
            aside = media.parent / f"{media.name}.before-restore-{stamp}"
            aside.mkdir()
            for entry in previous:
                shutil.move(entry, aside / entry.name)
            note(f"The previous files are kept in {aside}")
        for entry in sorted(staging.iterdir()) if staging.exists() else []:
            shutil.move(entry, media / entry.name)
        shutil.rmtree(staging, ignore_errors=True)
    except OSError as e:
        raise BackupError(f"The database was restored, but moving the files into MEDIA_ROOT failed ({e}): "
                          f"the verified files are in {staging}; move them into {media} by hand.") from e
    # Cached pages and tables were computed from the old data.
    for cache in caches.all(initialized_only=True):
        cache.clear()
    return manifest
