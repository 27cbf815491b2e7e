"""Domain signals for parts of the service that sit above the one that sends them."""
from django.dispatch import Signal

# Sent by ``rectrack.responses.services.redact`` after published text was removed, with
# ``response_id`` and ``removed`` ({field name: the removed text}): copies kept elsewhere (snapshots)
# remove it too. The text itself is never stored by the receivers.
text_redacted = Signal()
