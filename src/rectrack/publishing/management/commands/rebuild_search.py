"""`rectrack rebuild_search`: rebuild the public search index from the record (after a bulk load or a restore)."""
from django.core.management.base import BaseCommand
from django.db import transaction

from rectrack.publishing.search import rebuild


class Command(BaseCommand):
    help = "Rebuild the public search index (published responses, their actions, recommendations) from the record."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = rebuild()
        self.stdout.write(f"Search index rebuilt: {count} entries.")
