from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PublishingConfig(AppConfig):
    name = "rectrack.publishing"
    label = "publishing"

    def ready(self):
        from rectrack.core.signals import text_redacted
        from rectrack.publishing import search
        from rectrack.publishing.snapshots import redact_rows

        text_redacted.connect(redact_rows, dispatch_uid="publishing-redact-snapshots")
        search.connect()
        post_migrate.connect(search.rebuild_if_stale, sender=self, dispatch_uid="publishing-search-rebuild")
