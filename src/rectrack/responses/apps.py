from django.apps import AppConfig


class ResponsesConfig(AppConfig):
    name = "rectrack.responses"
    label = "responses"
