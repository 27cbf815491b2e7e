from django.apps import AppConfig


class WorkConfig(AppConfig):
    name = "rectrack.work"
    label = "work"
    verbose_name = "Each person's work (home pages, overdue, notifications)"
