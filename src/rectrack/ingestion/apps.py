from django.apps import AppConfig


class IngestionConfig(AppConfig):
    name = "rectrack.ingestion"
    label = "ingestion"
