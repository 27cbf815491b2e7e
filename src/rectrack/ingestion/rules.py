"""Ingestion permissions beyond upload and review (those two live with the others in responses/rules.py)."""
import rules

from rectrack.responses.models import Response
from rectrack.responses.rules import insider_organisations, is_inspectorate, is_signed_in


@rules.predicate
def reads_document_of_own_body(user, document) -> bool:
    """An editor of a body the document answers for (recognised in it, or given a response taken from it), or of
    its paired body. A stored document is the body's letter as received, not the published record: it can hold
    answers still in draft, withdrawn or redacted, so the public and other bodies read only the copy of a published
    answer (``publishing:source_document``), never this one (ADR 0021)."""
    insiders = insider_organisations(user)
    if document is None or not insiders:
        return False
    if document.organisations.filter(pk__in=insiders).exists():
        return True
    return Response.objects.filter(source_document=document, organisation_id__in=insiders).exists()


# The stored file and its text: the inspectorate, and the bodies it answers for (see above).
rules.add_perm("ingestion.view_document", is_inspectorate | (is_signed_in & reads_document_of_own_body))
# The machine's proposals and the jobs are the inspectorate's.
rules.add_perm("ingestion.view_extraction", is_inspectorate)
# Retrying a failed extraction and deleting a document change the record: the inspectorate's, like upload.
rules.add_perm("ingestion.retry_extraction", is_inspectorate)
rules.add_perm("ingestion.delete_document", is_inspectorate)
