"""Your API tokens: list, create (the token is shown once, on the response to the form), revoke."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from rectrack.accounts import selectors, tokens
from rectrack.accounts.forms import ApiTokenForm
from rectrack.core.forms import add_service_errors

NAV = {"nav_section": "account"}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request):
    form = ApiTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            token, raw = tokens.create_token(user=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            # Rendered, not redirected: the token never goes into a session, a URL or a log.
            return render(request, "accounts/token_created.html", {"token": token, "raw": raw, **NAV})
    return render(request, "accounts/tokens.html", {"form": form, "tokens": selectors.user_tokens(request.user), **NAV})


@login_required
@require_http_methods(["GET", "POST"])
def token_revoke(request, pk: int):
    token = get_object_or_404(selectors.user_tokens(request.user), pk=pk, revoked_at__isnull=True)
    if request.method == "POST":
        tokens.revoke_token(user=request.user, token=token, request=request)
        messages.success(request, f"The API token ‘{token.name}’ has been revoked. It no longer works.")
        return redirect("accounts:tokens")
    return render(request, "accounts/token_revoke.html",
                  {"token": token, "title": f"Revoke the API token ‘{token.name}’?", **NAV})
