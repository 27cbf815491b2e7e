from django.apps import AppConfig
from django.db.models.signals import post_delete


class IngestionConfig(AppConfig):
    name = "rectrack.ingestion"
    label = "ingestion"

    def ready(self):
        from rectrack.core.uploads import discard_file_on_delete

        # A deleted document's bytes go once the delete commits (ADR 0011).
        post_delete.connect(discard_file_on_delete, sender="ingestion.Document",
                            dispatch_uid="ingestion-document-file")
