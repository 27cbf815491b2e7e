from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "rectrack.organisations"
    label = "organisations"
