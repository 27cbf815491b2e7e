from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    name = "rectrack.core"
    label = "core"
    default = True

    def ready(self) -> None:
        from rectrack.core import admin_operations  # noqa: F401 (registers with the admin site)


class RectrackAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "rectrack.accounts.admin_site.RectrackAdminSite"
