from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    name = "rectrack.core"
    label = "core"
    default = True


class RectrackAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "rectrack.core.admin.RectrackAdminSite"
