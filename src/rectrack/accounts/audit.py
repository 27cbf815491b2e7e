"""The sign-in audit log: the one place that writes ``SignInEvent`` rows.

What people typed is stored as text (a username that does not exist is still worth knowing), with
control characters replaced so that nothing typed can break a database or a page, and cut to the
column's length.
"""
import re

from rectrack.accounts.models import SignInEvent
from rectrack.accounts.network import client_address

Outcome = SignInEvent.Outcome
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(value, length: int) -> str:
    return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", str(value or ""))[:length]


def record(outcome: str, request=None, *, username: str = "", user=None, detail: str = "") -> SignInEvent:
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    if not username and user is not None:
        username = user.get_username()
    meta = getattr(request, "META", {}) if request is not None else {}
    return SignInEvent.objects.create(
        outcome=outcome,
        username=_clean(username, 150),
        user=user,
        address=client_address(request) if request is not None else "",
        user_agent=_clean(meta.get("HTTP_USER_AGENT", ""), 300),
        detail=_clean(detail, 200),
    )
