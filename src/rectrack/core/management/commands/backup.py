"""`rectrack backup DIR`: the database and the stored files, with a manifest of SHA-256 hashes (ADR 0010)."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from rectrack.core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and MEDIA_ROOT into DIR (a new or empty directory)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument("--database", default="default")

    def handle(self, *args, directory: Path, database: str, verbosity: int, **options) -> None:
        note = self.stdout.write if verbosity > 1 else (lambda message: None)
        try:
            manifest = create_backup(directory, using=database, note=note)
        except BackupError as e:
            raise CommandError(str(e)) from None
        rows = sum(t["rows"] for t in manifest["tables"])
        if verbosity:
            self.stdout.write(f"Backed up {rows} rows of {len(manifest['tables'])} tables and "
                              f"{len(manifest['files'])} stored files to {directory}")
