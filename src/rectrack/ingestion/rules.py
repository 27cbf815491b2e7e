"""Ingestion permissions beyond upload and review (those two live with the others in responses/rules.py)."""
import rules

from rectrack.responses.rules import is_inspectorate, is_signed_in

# A stored document is a published response: any signed-in user may read its text and download it
# (response pages link to their source). The machine's proposals and the jobs are the inspectorate's.
rules.add_perm("ingestion.view_document", is_signed_in)
rules.add_perm("ingestion.view_extraction", is_inspectorate)
# Retrying a failed extraction and deleting a document change the record: the inspectorate's, like upload.
rules.add_perm("ingestion.retry_extraction", is_inspectorate)
rules.add_perm("ingestion.delete_document", is_inspectorate)
