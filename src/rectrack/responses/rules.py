"""Per-organisation permissions, checked on the server for every page and API call.

Who sees what (issue 7, ADR 0012):

- the **inspectorate** sees and may act on everything;
- an **organisation editor** writes only its own organisation's responses, actions and evidence; it sees
  the internal working copy (drafts, comments, actions, evidence) of its own organisation and of the
  bodies it is *paired* with (a force and the policing body that oversees it, or a pair the inspectorate
  linked): the joint-answer partner, and the PCC's scrutiny of its force. A joint link never gives edit
  rights over the other body's response;
- a **designated body** sees published versions only and records views on adequacy on the
  super-complaints it raised (or that the inspectorate opened to it);
- **everyone else** (other forces, the public) sees published versions only.
"""
import rules

from rectrack.organisations.selectors import partners


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


def insider_organisations(user) -> frozenset[str]:
    """The organisations whose internal working copies this user may read (not the inspectorate's "all").

    Cached on the user object, which lives for one request: two queries at most per request.
    """
    if not is_org_editor(user):
        return frozenset()
    cached = getattr(user, "_rectrack_insiders", None)
    if cached is None:
        cached = frozenset({user.organisation_id} | partners(user.organisation_id))
        user._rectrack_insiders = cached
    return cached


@rules.predicate
def inside_response_org(user, response):
    return response is not None and response.organisation_id in insider_organisations(user)


@rules.predicate
def writes_for_response(user, response):
    """The editor's organisation wrote the response (a joint link gives the other body no edit rights)."""
    return response is not None and is_org_editor(user) and user.organisation_id == response.organisation_id


@rules.predicate
def writes_for_org(user, organisation):
    if organisation is None or not is_org_editor(user):
        return False
    return user.organisation_id == getattr(organisation, "pk", organisation)


@rules.predicate
def writes_for_parent_response(user, obj):
    """For actions and evidence: permission follows the response they belong to."""
    return obj is not None and writes_for_response(user, obj.response)


@rules.predicate
def inside_parent_response_org(user, obj):
    return obj is not None and inside_response_org(user, obj.response)


@rules.predicate
def judges_adequacy_of(user, response):
    """A designated body judges responses to the super-complaints it raised or was opened to."""
    if response is None or not is_designated_body(user):
        return False
    super_complaint = response.recommendation.super_complaint
    org_id = user.organisation_id
    return (super_complaint.designated_bodies.filter(pk=org_id).exists()
            or super_complaint.adequacy_opened_to.filter(pk=org_id).exists())


@rules.predicate
def recorded_view(user, view):
    """The designated body whose view on adequacy this is (its own users withdraw it; nobody else)."""
    return view is not None and is_designated_body(user) and user.organisation_id == view.designated_body_id


@rules.predicate
def is_linked_body(user, link):
    """The body a joint answer was offered to: it alone accepts or declines."""
    return link is not None and is_org_editor(user) and user.organisation_id == link.organisation_id


# Responses
rules.add_perm("responses.view_internal", is_inspectorate | inside_response_org)
rules.add_perm("responses.add_response_for", is_inspectorate | writes_for_org)
rules.add_perm("responses.change_response", is_inspectorate | writes_for_response)
rules.add_perm("responses.delete_response", is_inspectorate)
# Joint answers: the writer asks, the other body decides, the inspectorate sets or removes any link.
rules.add_perm("responses.request_joint", is_inspectorate | writes_for_response)
rules.add_perm("responses.decide_joint", is_linked_body)
rules.add_perm("responses.set_joint", is_inspectorate)
# Actions and evidence
rules.add_perm("responses.manage_actions", is_inspectorate | writes_for_response)
rules.add_perm("responses.change_action", is_inspectorate | writes_for_parent_response)
rules.add_perm("responses.manage_evidence", is_inspectorate | writes_for_response)
rules.add_perm("responses.change_evidence", is_inspectorate | writes_for_parent_response)
rules.add_perm("responses.view_evidence_file", is_inspectorate | inside_parent_response_org)
# The inspectorate's own axis, and the designated bodies' view
rules.add_perm("responses.assess_response", is_inspectorate)
rules.add_perm("responses.record_adequacy", judges_adequacy_of)
rules.add_perm("responses.change_adequacy", recorded_view)
rules.add_perm("responses.record_no_response", is_inspectorate)
rules.add_perm("responses.redact", is_inspectorate)
# Reference data, ingestion and publishing
rules.add_perm("complaints.change_reference_data", is_inspectorate)
rules.add_perm("organisations.link_pair", is_inspectorate)
rules.add_perm("ingestion.upload_document", is_inspectorate)
rules.add_perm("ingestion.review_extraction", is_inspectorate)
