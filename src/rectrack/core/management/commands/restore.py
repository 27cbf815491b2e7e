"""`rectrack restore DIR`: check a backup completely, then restore it (ADR 0010).

Stop the web and worker processes first, and start them again afterwards.
"""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from rectrack.core.backup import BackupError, restore_backup, verify_backup


class Command(BaseCommand):
    help = ("Restore a backup made by 'rectrack backup' into this database and MEDIA_ROOT. Refuses a damaged "
            "or incomplete backup, and a database that holds data unless --force.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument("--database", default="default")
        parser.add_argument("--force", action="store_true",
                            help="Replace everything in a database (and MEDIA_ROOT) that already holds data")
        parser.add_argument("--check", action="store_true", help="Only verify the backup; change nothing")

    def handle(self, *args, directory: Path, database: str, force: bool, check: bool, verbosity: int,
               **options) -> None:
        note = self.stdout.write if verbosity > 1 else (lambda message: None)
        try:
            if check:
                verified = verify_backup(directory)
                manifest = verified.manifest
                self.stdout.write(f"The backup in {directory} is complete: {len(verified.tables)} tables and "
                                  f"{len(verified.files)} stored files match their SHA-256 hashes "
                                  f"(taken {manifest.get('created_at')}).")
                return
            manifest = restore_backup(directory, using=database, force=force, note=note)
        except BackupError as e:
            raise CommandError(str(e)) from None
        if verbosity:
            self.stdout.write(f"Restored {sum(t['rows'] for t in manifest['tables'])} rows and "
                              f"{len(manifest['files'])} stored files from {directory} "
                              f"(taken {manifest.get('created_at')}). Restart the web and worker processes.")
