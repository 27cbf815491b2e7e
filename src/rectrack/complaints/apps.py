from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "rectrack.complaints"
    label = "complaints"
