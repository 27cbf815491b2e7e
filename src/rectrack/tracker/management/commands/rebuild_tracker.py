"""`rectrack rebuild_tracker`: recompute every standing from the record (after a bulk load or a restore)."""
from django.core.management.base import BaseCommand

from rectrack.tracker.projector import rebuild


class Command(BaseCommand):
    help = "Recompute the tracker's read model (one standing per recipient x recommendation) from the record."

    def handle(self, *args, **options):
        self.stdout.write(f"Tracker rebuilt: {rebuild()} standings.")
