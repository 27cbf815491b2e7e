from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "rectrack.complaints"
    label = "complaints"
    verbose_name = "Super-complaints catalogue"
