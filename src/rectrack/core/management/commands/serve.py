"""`rectrack serve`: the production web server (gunicorn with rectrack.core.gunicorn_conf).

    rectrack serve [--bind HOST:PORT] [-- any gunicorn option ...]

The process becomes gunicorn (exec), so a process manager's signals reach it directly: TERM stops it
gracefully, HUP reloads the workers.
"""
import os
import sys

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve rectrack with gunicorn (production). Options after -- go to gunicorn."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--bind", help="HOST:PORT or unix:PATH (default: RECTRACK_BIND, else 127.0.0.1:$PORT "
                                           "or 127.0.0.1:8000)")
        parser.add_argument("--dry-run", action="store_true", help="Print the gunicorn command, do not run it")
        parser.add_argument("gunicorn_args", nargs="*", help="Further gunicorn options (after --)")

    def handle(self, *args, bind=None, dry_run=False, gunicorn_args=(), **options) -> None:
        if isinstance(staticfiles_storage, ManifestFilesMixin):
            manifest = os.path.join(settings.STATIC_ROOT, staticfiles_storage.manifest_name)
            if not os.path.exists(manifest):
                raise CommandError(f"No static files manifest at {manifest}: run 'rectrack collectstatic "
                                   "--noinput' first (every page would fail without it).")
        argv = [sys.executable, "-m", "gunicorn", "--config", "python:rectrack.core.gunicorn_conf"]
        if bind:
            argv += ["--bind", bind]
        argv += [*gunicorn_args, "rectrack.wsgi:application"]
        if dry_run:
            self.stdout.write(" ".join(argv))
            return
        sys.stdout.flush()
        os.execv(sys.executable, argv)
