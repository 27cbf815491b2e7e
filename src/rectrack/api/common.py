"""Shared pieces of the API: error responses per kind of operation, pagination, lookups, filters."""
from typing import Annotated

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Schema
from ninja.pagination import LimitOffsetPagination

from rectrack.api.auth import READ_AUTH, WRITE_AUTH
from rectrack.api.schemas import MAX_ID, ErrorOut
from rectrack.exports.tables import Scope
from rectrack.responses.selectors import visible_responses

# Declared on every operation so the OpenAPI document says what can really come back.
READ_ERRORS = {400: ErrorOut, 401: ErrorOut, 422: ErrorOut}  # 401: a bearer token that is not valid
DETAIL_ERRORS = {**READ_ERRORS, 404: ErrorOut}
WRITE_ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
# Changes to a stored row also need If-Match: 412 when stale, 428 when missing.
CHANGE_ERRORS = {**WRITE_ERRORS, 412: ErrorOut, 428: ErrorOut}

# Writes: a read-write API token (Authorization: Bearer), or Django's session with its CSRF check (send
# the csrftoken cookie's value as X-CSRFToken). Reads (READ_AUTH, the API's default): a token, the session,
# or nobody (anonymous users see published data only). See rectrack/api/auth.py and ADR 0009.

MAX_LIMIT = 1000
# Ids fit a 64-bit integer column (MAX_ID); larger numbers are bad input, not a database error.
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]


class Pagination(LimitOffsetPagination):
    """limit/offset with bounds, so that nonsense values get a 422 rather than a database error."""

    class Input(Schema):
        limit: int = Field(100, ge=1, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")
        offset: int = Field(0, ge=0, le=10**9, description="Rows to skip.")


class RowFilters(Schema):
    recommendation: str | None = Field(None, max_length=20, description="A recommendation number.")
    organisation: str | None = Field(None, max_length=100, description="An organisation id.")

    def scope(self, **extra) -> Scope:
        values = {k: v for k, v in self.model_dump().items() if v is not None}
        return Scope(**values, **{k: v for k, v in extra.items() if v is not None})


class ScopeFilters(RowFilters):
    super_complaint: str | None = Field(None, max_length=100, description="A super-complaint slug.")


class PreconditionRequired(Exception):
    """A write without If-Match: the API refuses to guess which version the caller changed (428)."""


class PreconditionFailed(Exception):
    """If-Match names a version that is not the current one (412)."""


def etag(obj) -> str:
    """The strong entity tag of a stored row: its id and its version ("12-3")."""
    return f'"{obj.pk}-{obj.version}"'


def expected_version(request, obj) -> int | None:
    """The version the caller's If-Match names for ``obj`` (None for "*", which matches any version).

    Missing: ``PreconditionRequired`` (428). Naming another object: ``PreconditionFailed`` (412). A version
    of this object is returned even when it is no longer the current one: the service refuses it under its row
    lock (``StaleEdit``, also 412) and says what changed since that version, which a check here could not.
    """
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise PreconditionRequired("Send If-Match with the ETag from a GET of this object, so that a change "
                                   "made meanwhile by someone else is not overwritten.")
    if header == "*":
        return None
    for tag in (t.strip().removeprefix("W/").strip('"') for t in header.split(",")):
        pk, _, version = tag.partition("-")
        if pk == str(obj.pk) and version.isdigit() and len(version) < 10:
            return int(version)
    raise PreconditionFailed(f"If-Match does not name this object (it is now {etag(obj)}): "
                             "GET it again, then re-apply your change.")


def with_etag(http_response, obj, *, when: bool = True):
    """Give a GET (or a write's answer) the ETag that PATCH and DELETE send back, to callers who may change it."""
    if when:
        http_response["ETag"] = etag(obj)
    return obj


def response_named(request, response_id: int, field: str = "response"):
    """A response named in a request body, as the caller sees it (annotated ``v_internal``): one it may not see
    is bad input (422), as if it did not exist."""
    return get_or_422(visible_responses(request.user), field, f"There is no response with id {response_id}.",
                      pk=response_id)


def judgements(request, model, **filters):
    """Assessments or adequacy views (``model``) of the responses the caller sees: public with a published
    response, internal with a working copy, as on the response's page (ADR 0012). Ordered by id."""
    rows = model.objects.filter(response__in=visible_responses(request.user).values("pk"), **filters)
    return rows.select_related("on_version", "response__recommendation__super_complaint").order_by("pk")


def judgement(request, model, pk: int, http_response=None, *, may_change=None):
    """One of them (404 if the caller does not see its response), with its ETag for a caller who may change it
    (``may_change(user, obj)``)."""
    obj = get_object_or_404(judgements(request, model), pk=pk)
    if http_response is not None:
        with_etag(http_response, obj, when=may_change(request.user, obj))
    return obj


def get_or_422(queryset, field: str, message: str, **lookup):
    """Look up an object named in a request body: a missing one is bad input (422), not a missing page."""
    obj = queryset.filter(**lookup).first()
    if obj is None:
        raise ValidationError({field: message})
    return obj


__all__ = ["MAX_ID", "READ_AUTH", "WRITE_AUTH", "get_object_or_404", "get_or_422"]
