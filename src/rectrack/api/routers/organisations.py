from ninja import Query, Router
from ninja.pagination import paginate

from rectrack.api.common import DETAIL_ERRORS, READ_ERRORS, Pagination, ScopeFilters, get_object_or_404
from rectrack.api.schemas import OrganisationOut
from rectrack.exports import tables

router = Router(tags=["organisations"])


@router.get("", response={200: list[OrganisationOut], **READ_ERRORS}, summary="List organisations")
@paginate(Pagination)
def list_organisations(request, filters: Query[ScopeFilters]):
    """Organisations; with super_complaint or recommendation, only those that owe a response to it."""
    return tables.organisations(request.user, filters.scope())


@router.get("/{organisation_id}", response={200: OrganisationOut, **DETAIL_ERRORS}, summary="One organisation")
def get_organisation(request, organisation_id: str):
    return get_object_or_404(tables.organisations(request.user, tables.Scope()), pk=organisation_id)
