from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "rectrack.publishing"
    label = "publishing"

    def ready(self):
        from rectrack.core.signals import text_redacted
        from rectrack.publishing.snapshots import redact_rows

        text_redacted.connect(redact_rows, dispatch_uid="publishing-redact-snapshots")
