from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from rectrack.accounts import selectors


@login_required
def account(request):
    return render(request, "accounts/account.html", {
        "nav_section": "account",
        "active_tokens": selectors.active_token_count(request.user),
    })
