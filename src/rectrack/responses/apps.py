from django.apps import AppConfig
from django.db.models.signals import post_delete


class ResponsesConfig(AppConfig):
    name = "rectrack.responses"
    label = "responses"

    def ready(self):
        from rectrack.core.uploads import discard_file_on_delete

        # A deleted evidence file's bytes go once the delete commits and no other evidence item shares
        # them, whether it was deleted alone or with its response (ADR 0011).
        post_delete.connect(discard_file_on_delete, sender="responses.Evidence", dispatch_uid="responses-evidence-file")
