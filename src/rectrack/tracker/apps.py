from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "rectrack.tracker"
    label = "tracker"
    verbose_name = "Tracker (read model)"

    def ready(self):
        from django.db.models.signals import post_migrate

        from rectrack.tracker import signals

        signals.connect()
        post_migrate.connect(signals.rebuild_if_stale, sender=self, dispatch_uid="tracker-rebuild-after-migrate")
