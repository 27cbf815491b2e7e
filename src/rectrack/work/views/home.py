"""Each person's home page, and ``/``: signed-in people go to theirs, everyone else reads the super-complaints."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views import View

from rectrack.tracker.views.complaints import SuperComplaintListView
from rectrack.work.selectors import home
from rectrack.work.selectors.queues import ACTIONS_DUE_WITHIN_DAYS

_public_front = SuperComplaintListView.as_view()


def root(request, *args, **kwargs):
    if request.user.is_authenticated:
        return redirect("work:home")
    return _public_front(request, *args, **kwargs)


class HomeView(LoginRequiredMixin, View):
    """One page per role; someone with no role's work (e.g. an editor without an organisation) is told so."""

    def get(self, request):
        user = request.user
        context = {"nav_section": "work", "today": timezone.localdate(), "actions_days": ACTIONS_DUE_WITHIN_DAYS}
        if user.is_inspectorate:
            return render(request, "work/home_inspectorate.html", {**context, "home": home.inspectorate_home(user)})
        if user.is_org_editor:
            return render(request, "work/home_editor.html", {**context, "home": home.editor_home(user)})
        if user.is_designated_body:
            return render(request, "work/home_designated.html", {**context, "home": home.designated_home(user)})
        return render(request, "work/home_none.html", context)
