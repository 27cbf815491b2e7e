from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from rectrack.accounts import selectors
from rectrack.accounts.forms import SignInLogFilterForm

PER_PAGE = 50


@login_required
def sign_in_log(request):
    """The sign-in audit log: the inspectorate's only."""
    if not request.user.is_inspectorate:
        raise PermissionDenied("Only the inspectorate can read the sign-in log.")
    form = SignInLogFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.sign_in_events(outcome=filters.get("outcome"), user=filters.get("user"))
    page = Paginator(events, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "accounts/sign_in_log.html", {
        "form": form, "page_obj": page, "events": page.object_list, "nav_section": "account",
    })
