from ninja import Query, Router
from ninja.pagination import paginate

from rectrack.api.common import (
    DETAIL_ERRORS,
    READ_ERRORS,
    Pagination,
    RowFilters,
    ScopeFilters,
    get_object_or_404,
)
from rectrack.api.schemas import MatrixOut, SuperComplaintOut, TimelineOut
from rectrack.complaints.selectors import timeline
from rectrack.exports import tables

router = Router(tags=["super-complaints"])


@router.get("", response={200: list[SuperComplaintOut], **READ_ERRORS}, summary="List super-complaints")
@paginate(Pagination)
def list_super_complaints(request, filters: Query[ScopeFilters]):
    return tables.super_complaints(request.user, filters.scope())


@router.get("/{slug}", response={200: SuperComplaintOut, **DETAIL_ERRORS}, summary="One super-complaint")
def get_super_complaint(request, slug: str):
    return get_object_or_404(tables.super_complaints(request.user, tables.Scope()), slug=slug)


@router.get("/{slug}/matrix", response={200: MatrixOut, **DETAIL_ERRORS}, summary="National matrix")
def get_matrix(request, slug: str, filters: Query[RowFilters]):
    """One row per recipient, one cell per recommendation: the visible response's progress or 'no_response'."""
    get_object_or_404(tables.super_complaints(request.user, tables.Scope()), slug=slug)
    table = tables.matrix(request.user, filters.scope(super_complaint=slug))
    return {"super_complaint": slug, "recommendations": table.recommendations, "rows": table.rows}


@router.get("/{slug}/timeline", response={200: TimelineOut, **DETAIL_ERRORS}, summary="The life of a super-complaint")
def get_timeline(request, slug: str):
    """Its dated steps in order: received, eligibility, investigation, report, deadlines, follow-up, closure."""
    super_complaint = get_object_or_404(tables.super_complaints(request.user, tables.Scope()), slug=slug)
    return {
        "super_complaint": super_complaint.slug,
        "status": super_complaint.status,
        "entries": timeline(super_complaint),
    }
