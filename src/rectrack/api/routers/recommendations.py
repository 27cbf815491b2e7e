from ninja import Query, Router
from ninja.pagination import paginate

from rectrack.api.common import DETAIL_ERRORS, READ_ERRORS, Pagination, ScopeFilters, get_object_or_404
from rectrack.api.schemas import RecommendationOut
from rectrack.exports import tables

router = Router(tags=["recommendations"])


@router.get("", response={200: list[RecommendationOut], **READ_ERRORS}, summary="List recommendations")
@paginate(Pagination)
def list_recommendations(request, filters: Query[ScopeFilters]):
    """Recommendations; with organisation, only those addressed to it."""
    return tables.recommendations(request.user, filters.scope())


@router.get("/{super_complaint}/{number}", response={200: RecommendationOut, **DETAIL_ERRORS},
            summary="One recommendation")
def get_recommendation(request, super_complaint: str, number: str):
    scope = tables.Scope(super_complaint=super_complaint)
    return get_object_or_404(tables.recommendations(request.user, scope), number=number)
