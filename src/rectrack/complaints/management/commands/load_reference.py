from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from rectrack.complaints.services import load_catalogue
from rectrack.core import projection
from rectrack.organisations.services import ReferenceDataError, load_organisations

REFERENCE_DIR = settings.PACKAGE_DIR / "reference_data"


class Command(BaseCommand):
    help = "Load (or re-load) organisations and the super-complaint catalogue. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=Path, default=REFERENCE_DIR / "organisations.csv")
        parser.add_argument("--catalogue", type=Path, default=REFERENCE_DIR / "super_complaints.yaml")

    def handle(self, *args, **opts):
        try:
            # One transaction for both files: a bad catalogue leaves the organisations unchanged too. The
            # read model is brought up to date once, at the end, for every recipient the load touched.
            with transaction.atomic(), projection.batch():
                orgs = load_organisations(opts["organisations"])
                cat = load_catalogue(opts["catalogue"])
        except ReferenceDataError as e:
            raise CommandError(str(e)) from e
        self.stdout.write(f"Organisations: {orgs}. Super-complaints: {cat}.")
        if cat.conflicts:
            self.stdout.write("Changed in the service and in the file (the service's values were kept):")
            for line in cat.conflicts:
                self.stdout.write(f"- {line}")
