from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "rectrack.publishing"
    label = "publishing"
