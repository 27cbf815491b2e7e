"""The rectrack JSON API (django-ninja): /api/, documented at /api/docs and /api/openapi.json.

Reads are open: anonymous callers see published responses only, signed-in users (session or API token)
what the pages show them. Writes use a read-write API token or the Django session with its CSRF check
(``rectrack.api.auth``) and go through ``rectrack.responses.services``, which check permissions and
validate; their errors become 403 and 422 here.
"""
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from ninja import NinjaAPI
from ninja.errors import ValidationError as RequestValidationError

from rectrack.api.auth import READ_AUTH, InvalidToken, allow_anonymous_reads
from rectrack.api.common import PreconditionFailed, PreconditionRequired
from rectrack.api.routers import (
    actions,
    adequacy,
    assessments,
    evidence,
    organisations,
    recommendations,
    responses,
    search,
    super_complaints,
)
from rectrack.core.audit import StaleEdit

# Swagger UI (served from ninja's own static files: "ninja" must be in INSTALLED_APPS) sets inline styles;
# scripts stay same-origin only.
DOCS_CSP = {**settings.SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]}


class RectrackAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        # Short, stable operation ids ("list_responses", "update_action"): the view names are unique.
        return operation.view_func.__name__

    def get_openapi_schema(self, **kwargs):
        return allow_anonymous_reads(super().get_openapi_schema(**kwargs))


api = RectrackAPI(
    title="rectrack API",
    version="1",
    description=(
        "Police super-complaints, their recommendations, and every recipient's responses and actions. "
        "Stable ids: organisation ids, super-complaint slugs, recommendation numbers, response ids. "
        "Reads are open (anonymous: published versions only). "
        "Systems such as a force's own tracker use a personal API token: create one on the page "
        "'Your API tokens' (/accounts/api-tokens/), choosing read only or read and write and an expiry, and "
        "send it as 'Authorization: Bearer rtk_...'. It is shown once; it acts as its user (sees and may "
        "change what that user may), stops working when revoked, expired or when the user is deactivated "
        "(401), and a read-only token gets 403 on writes. Token requests need no CSRF token, and every "
        "change made with one is recorded in the history with the user and the token's name. "
        "In a browser, writes may instead use the signed-in session with the CSRF token (header X-CSRFToken). "
        "Evidence (multipart upload), the inspectorate's assessments and the designated bodies' views on "
        "adequacy are written the same way. "
        "Changing or deleting a stored object needs If-Match with the ETag its GET returned: a change made "
        "meanwhile gives 412 (GET again and re-apply), none gives 428. "
        "Vocabulary: progress complete, in_progress, awaiting_national, "
        "not_started, not_stated; position accepted, partially_accepted, not_accepted, not_stated."
    ),
    auth=READ_AUTH,  # routes that write set WRITE_AUTH themselves
    urls_namespace="api",
    docs_decorator=csp_override(DOCS_CSP),
)
api.add_router("/super-complaints", super_complaints.router)
api.add_router("/recommendations", recommendations.router)
api.add_router("/organisations", organisations.router)
api.add_router("/responses", responses.router)
api.add_router("/actions", actions.router)
api.add_router("/evidence", evidence.router)
api.add_router("/assessments", assessments.router)
api.add_router("/adequacy-views", adequacy.router)
api.add_router("/search", search.router)


def _error(request, status: int, detail: str, errors: list[dict] | None = None):
    return api.create_response(request, {"detail": detail, "errors": errors or []}, status=status)


@api.exception_handler(InvalidToken)
def invalid_token(request, exc: InvalidToken):
    response = _error(request, 401, str(exc))
    response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
    return response


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    return _error(request, 403, str(exc) or "You do not have permission to do this.")


@api.exception_handler(ObjectDoesNotExist)
def does_not_exist(request, exc):
    return _error(request, 404, "Not found.")


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, 404, "Not found.")


@api.exception_handler(PreconditionRequired)
def precondition_required(request, exc):
    return _error(request, 428, str(exc))


@api.exception_handler(PreconditionFailed)
def precondition_failed(request, exc):
    return _error(request, 412, str(exc))


@api.exception_handler(StaleEdit)
def stale(request, exc: StaleEdit):
    changes = [{"field": c.field, "message": f"{c.then or '(blank)'} → {c.now or '(blank)'}"} for c in exc.changes]
    return _error(request, 412, exc.messages[0], changes)


@api.exception_handler(ValidationError)
def invalid(request, exc: ValidationError):
    if hasattr(exc, "error_dict"):
        errors = [{"field": "" if field == "__all__" else field, "message": message}
                  for field, messages in exc.message_dict.items() for message in messages]
    else:
        errors = [{"field": "", "message": message} for message in exc.messages]
    return _error(request, 422, " ".join(e["message"] for e in errors), errors)


@api.exception_handler(RequestValidationError)
def invalid_request(request, exc: RequestValidationError):
    errors = []
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ())]
        # loc starts with where the value came from (body, query, path) and, for bodies, the parameter name.
        field = ".".join(loc[2:] if loc[:1] == ["body"] else loc[1:])
        errors.append({"field": field, "message": error.get("msg", "Invalid value.")})
    detail = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errors)
    return _error(request, 422, detail or "Invalid request.", errors)
