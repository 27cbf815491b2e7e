from django.apps import AppConfig
from django.db.models.signals import post_delete


class ResponsesConfig(AppConfig):
    name = "rectrack.responses"
    label = "responses"

    def ready(self):
        from rectrack.responses.selectors import discard_evidence_file

        # A deleted evidence file's bytes go once the delete commits and nothing needs them any more: no other
        # evidence item shares them and no current published version lists them (ADR 0011, 0012), whether it
        # was deleted alone or with its response.
        post_delete.connect(discard_evidence_file, sender="responses.Evidence", dispatch_uid="responses-evidence-file")
