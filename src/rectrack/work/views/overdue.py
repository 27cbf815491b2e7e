"""The overdue page (inspectorate): who is overdue, grouped by organisation, filtered, paged, downloadable;
and 'send a reminder' with a preview."""
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views import View

from rectrack.complaints.models import SuperComplaint
from rectrack.core.downloads import download_response
from rectrack.core.vocabulary import CLOCK_LABELS, DEADLINE_LABELS
from rectrack.organisations.models import Organisation
from rectrack.tracker.deadlines import long_overdue_days
from rectrack.work import reminders
from rectrack.work.selectors.overdue import OverdueFilters, overdue_groups, regions

PER_PAGE = 20
CSV_COLUMNS = ["organisation", "organisation_name", "super_complaint", "recommendation", "clock", "due",
               "days_overdue", "state"]


class InspectorateOnly(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_inspectorate:
            raise PermissionDenied("Only the inspectorate can chase overdue responses.")
        return super().dispatch(request, *args, **kwargs)


def _csv_rows(groups):
    for group in groups:
        for item in group.items:
            yield {"organisation": group.organisation.id, "organisation_name": group.organisation.name,
                   "super_complaint": item.recommendation.super_complaint_id,
                   "recommendation": item.recommendation.number, "clock": CLOCK_LABELS[item.clock.clock],
                   "due": item.clock.due, "days_overdue": item.clock.days_late,
                   "state": DEADLINE_LABELS[item.clock.state]}


class OverdueView(InspectorateOnly, View):
    def get(self, request):
        complaints = list(SuperComplaint.objects.all())
        filters = OverdueFilters.from_query(request.GET, complaints)
        organisation = request.GET.get("organisation", "")[:100]
        groups = overdue_groups(filters, organisation_id=organisation or None)
        if request.GET.get("format") == "csv":
            stamp = timezone.localdate().isoformat()
            return download_response("csv", f"overdue-{stamp}.csv", CSV_COLUMNS, _csv_rows(groups))
        page = Paginator(groups, PER_PAGE).get_page(request.GET.get("page"))
        query = {**filters.as_query(), **({"organisation": organisation} if organisation else {})}
        return render(
            request,
            "work/overdue.html",
            {
                "page": page,
                "groups": page.object_list,
                "total_organisations": len(groups),
                "total_items": sum(len(g.items) for g in groups),
                "filters": filters,
                "query": query,
                "query_string": urlencode(query),
                "organisation": organisation,
                "complaints": complaints,
                "kinds": Organisation.Kind.choices,
                "regions": regions(),
                "clocks": CLOCK_LABELS.items(),
                "long_overdue_days": long_overdue_days(),
                "nav_section": "work",
            },
        )


class ReminderView(InspectorateOnly, View):
    """GET: the preview (what would be sent, to whom, and what was already sent). POST: send it."""

    def get(self, request, org_id):
        organisation = get_object_or_404(Organisation, pk=org_id)
        return self._page(request, reminders.preview(organisation))

    def post(self, request, org_id):
        organisation = get_object_or_404(Organisation, pk=org_id)
        try:
            sent = reminders.send(user=request.user, organisation=organisation)
        except ValidationError as e:
            return self._page(request, reminders.preview(organisation), error=" ".join(e.messages), status=400)
        messages.success(request, f"Reminder sent to {organisation.name} ({len(sent.new)} item"
                                  f"{'' if len(sent.new) == 1 else 's'}, {len(sent.to)} recipient"
                                  f"{'' if len(sent.to) == 1 else 's'}).")
        return redirect("work:overdue")

    def _page(self, request, preview, error="", status=200):
        return render(request, "work/reminder.html", {"preview": preview, "error": error, "nav_section": "work"},
                      status=status)
