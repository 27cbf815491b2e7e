"""GET /api/search: the public search (published responses, their actions, recommendations) as JSON.

The same selector as the page /public/search/ (``rectrack.publishing.search``): published versions only,
whoever asks, so a signed-in caller finds exactly what the public finds.
"""
import datetime

from django.core.exceptions import ValidationError
from ninja import Field, Query, Router, Schema

from rectrack.api.common import READ_ERRORS
from rectrack.publishing import search

router = Router(tags=["search"])
MAX_PER_PAGE = 100


class SearchParams(Schema):
    q: str = Field("", max_length=search.MAX_QUERY, description="Words to search for; every word must appear.")
    super_complaint: str = Field("", max_length=100, description="A super-complaint slug.")
    recommendation: str = Field("", max_length=20, description="A recommendation number.")
    organisation: str = Field("", max_length=100, description="An organisation id (the writer of the response).")
    kind: str = Field("", max_length=20, description="A kind of organisation: force, policing_body, national.")
    region: str = Field("", max_length=100, description="An organisation's region.")
    progress: str = Field("", max_length=20, description="The response's progress (also filters its actions).")
    type: str = Field("", max_length=16, description="response, action or recommendation.")
    page: int = Field(1, ge=1, le=10**6)
    per_page: int = Field(search.PER_PAGE, ge=1, le=MAX_PER_PAGE)


class SearchResultOut(Schema):
    type: str = Field(description="response, action or recommendation.")
    super_complaint: str
    recommendation: str
    organisation: str | None = None
    response: int | None = None
    action: int | None = Field(None, description="The action's id (as in /api/actions/).")
    progress: str | None = None
    status: str | None = Field(None, description="An action's status.")
    as_of: datetime.date | None = None
    title: str
    passage: str = Field(description="The best passage as HTML: the text escaped, matched words in <mark>.")
    url: str = Field(description="The public page that shows it.")


class SearchOut(Schema):
    total: int
    page: int
    pages: int
    per_page: int
    results: list[SearchResultOut]


@router.get("", response={200: SearchOut, **READ_ERRORS}, summary="Search the published record")
def search_record(request, params: Query[SearchParams]):
    """Full-text search of published responses, their published actions and the recommendations; best first
    when words are given, else in the record's order. Bad filter values get 422."""
    filters = search.SearchFilters.from_query({**params.model_dump(), "page": params.page})
    if filters.errors:
        raise ValidationError(filters.errors)
    found = search.search(filters, per_page=params.per_page)
    return {"total": found.total, "page": found.page, "pages": found.pages, "per_page": found.per_page,
            "results": [_result(request, r) for r in found.results]}


def _result(request, result: search.Result) -> dict:
    e = result.entry
    return {"type": e.kind, "super_complaint": e.super_complaint_id, "recommendation": e.recommendation.number,
            "organisation": e.organisation_id, "response": e.response_id, "action": e.action_id,
            "progress": e.progress or None, "status": e.status or None, "as_of": e.as_of, "title": result.heading,
            "passage": str(result.passage), "url": request.build_absolute_uri(result.url)}
