from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "rectrack.workflow"
    label = "workflow"
