from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "rectrack.complaints"
    label = "complaints"

    def ready(self):
        from rectrack.complaints import versions

        versions.connect()
