"""Per-organisation permissions, checked on the server for every page and API call.

Roles: inspectorate (everything), organisation editor (only its own organisation's responses,
actions and evidence), designated body (reads everything, records adequacy views), public
(anonymous: published data only).
"""
import rules


@rules.predicate
def is_inspectorate(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_inspectorate)


@rules.predicate
def is_org_editor(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_org_editor)


@rules.predicate
def is_designated_body(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_designated_body)


@rules.predicate
def is_signed_in(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def response_organisation_ids(response) -> set[str]:
    ids = {response.organisation_id}
    if response.pk:
        ids |= {o.pk for o in response.counts_for.all()}
    return ids


@rules.predicate
def edits_for_response_org(user, response):
    """The editor's organisation wrote the response, or a joint response counts for it."""
    if response is None or not is_org_editor(user):
        return False
    return user.organisation_id in response_organisation_ids(response)


@rules.predicate
def edits_for_org(user, organisation):
    if organisation is None or not is_org_editor(user):
        return False
    org_id = getattr(organisation, "pk", organisation)
    return user.organisation_id == org_id


@rules.predicate
def owns_parent_response(user, obj):
    """For actions and evidence: permission follows the response they belong to."""
    return obj is not None and edits_for_response_org(user, obj.response)


# Responses
rules.add_perm("responses.view_unpublished", is_inspectorate | is_org_editor | is_designated_body)
rules.add_perm("responses.add_response_for", is_inspectorate | edits_for_org)
rules.add_perm("responses.change_response", is_inspectorate | edits_for_response_org)
rules.add_perm("responses.delete_response", is_inspectorate)
# Actions and evidence
rules.add_perm("responses.manage_actions", is_inspectorate | edits_for_response_org)
rules.add_perm("responses.change_action", is_inspectorate | owns_parent_response)
rules.add_perm("responses.manage_evidence", is_inspectorate | edits_for_response_org)
rules.add_perm("responses.change_evidence", is_inspectorate | owns_parent_response)
rules.add_perm("responses.view_evidence_file", is_signed_in)
# The inspectorate's own axis, and the designated bodies' view
rules.add_perm("responses.assess_response", is_inspectorate)
rules.add_perm("responses.record_adequacy", is_designated_body)
rules.add_perm("responses.record_no_response", is_inspectorate)
# Reference data, ingestion and publishing
rules.add_perm("complaints.change_reference_data", is_inspectorate)
rules.add_perm("ingestion.upload_document", is_inspectorate)
rules.add_perm("ingestion.review_extraction", is_inspectorate)
