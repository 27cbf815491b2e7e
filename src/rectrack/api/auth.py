"""Authentication for the API (ADR 0009): personal API tokens, the Django session, or nobody.

- ``Authorization: Bearer rtk_...``: the request runs as the token's user, with that user's
  permissions. A token that is unknown, revoked, expired or whose user is deactivated gets 401 (it is
  never quietly treated as anonymous); a read-only token gets 403 on any write. Token requests need no
  CSRF token: a browser never attaches this header by itself.
- Otherwise the Django session, whose writes keep Django's CSRF check (``django_auth``).
- Reads need neither: anonymous callers see published data only.

Every history record written during a token request names the token
(``rectrack.accounts.signals.name_the_api_token``).
"""
from django.core.exceptions import PermissionDenied
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer, django_auth
from ninja.utils import check_csrf

from rectrack.accounts import tokens

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class InvalidToken(AuthenticationError):
    def __init__(self):
        super().__init__(401, "The API token is not valid: it is unknown, revoked or expired, or its user "
                              "has been deactivated.")


class TokenAuth(HttpBearer):
    openapi_description = ("A personal API token from the page 'Your API tokens' (/accounts/api-tokens/), "
                           "sent as 'Authorization: Bearer rtk_...'. It acts as its user; a read-only token "
                           "cannot write.")
    openapi_bearerFormat = "rtk_ followed by 43 characters"

    def authenticate(self, request, token):
        api_token = tokens.find_token(token.strip())
        if api_token is None:
            raise InvalidToken
        tokens.touch(api_token)
        if request.method not in SAFE_METHODS and not api_token.can_write:
            raise PermissionDenied(f"The API token ‘{api_token.name}’ is read-only: it cannot make changes.")
        user = api_token.user
        # The services, selectors and permission rules all read request.user; history reads user.api_token.
        user.api_token = api_token
        request.user = user
        request.api_token = api_token
        return user


class SessionOrAnonymous:
    """Reads without a token: the session's user if signed in, else anonymous (both allowed).

    Not an OpenAPI security scheme: ``allow_anonymous_reads`` marks the reads as optionally secured.
    Should an unsafe method ever fall back to it, it checks CSRF as ``django_auth`` would."""

    def __call__(self, request):
        if request.method not in SAFE_METHODS and request.user.is_authenticated and check_csrf(request):
            raise HttpError(403, "CSRF check Failed")
        return request.user  # truthy even when anonymous: ninja treats the request as allowed


token_auth = TokenAuth()
READ_AUTH = [token_auth, SessionOrAnonymous()]
WRITE_AUTH = [token_auth, django_auth]


def allow_anonymous_reads(schema: dict) -> dict:
    """OpenAPI: reads work without credentials, so their security requirements include ``{}``."""
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if method.upper() in SAFE_METHODS and isinstance(operation, dict) and operation.get("security"):
                if {} not in operation["security"]:
                    operation["security"].append({})
    return schema
