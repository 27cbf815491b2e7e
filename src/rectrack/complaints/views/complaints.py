"""The list of super-complaints and one super-complaint with its national matrix."""
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from rectrack.complaints.deadlines import due_soon_days, long_overdue_days
from rectrack.complaints.forms import MatrixFilterForm
from rectrack.complaints.matrix_cache import page_matrix, page_rows
from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.complaints.views.matrix import column_totals, matrix_rows
from rectrack.organisations.models import Organisation
from rectrack.responses.selectors import MatrixFilters, build_matrix, visible_responses


def _counts(queryset, key: str, counted: str, distinct: bool = False) -> dict:
    return dict(queryset.order_by().values(key).annotate(n=Count(counted, distinct=distinct)).values_list(key, "n"))


class SuperComplaintListView(TemplateView):
    template_name = "complaints/list.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        recommendations = _counts(Recommendation.objects, "super_complaint", "id")
        recipients = _counts(Recipient.objects, "recommendation__super_complaint", "organisation", distinct=True)
        responses = _counts(visible_responses(user), "recommendation__super_complaint", "id")
        rows = [
            {"sc": sc, "recommendations": recommendations.get(sc.slug, 0), "recipients": recipients.get(sc.slug, 0),
             "responses": responses.get(sc.slug, 0)}
            for sc in SuperComplaint.objects.all()
        ]
        return super().get_context_data(rows=rows, nav_section="complaints", **kwargs)


class SuperComplaintDetailView(TemplateView):
    template_name = "complaints/detail.html"

    def get_context_data(self, **kwargs):
        request = self.request
        sc = get_object_or_404(SuperComplaint.objects.prefetch_related("designated_bodies"), slug=kwargs["slug"])
        filters = MatrixFilters.from_query(request.GET)
        if getattr(settings, "RECTRACK_MATRIX_CACHE", True):
            # Built once per data stamp and visibility (rectrack.complaints.matrix_cache), filtered here.
            columns = list(Recommendation.objects.filter(super_complaint=sc).order_by("order"))
            matrix = page_matrix(sc, columns, user=request.user, filters=filters)
            recipient_counts = matrix.recipient_counts
            rows = page_rows(matrix, user=request.user)
        else:  # the same page built from scratch (kept to check the cache against)
            matrix = build_matrix(sc, user=request.user, filters=filters)
            recipient_counts = _counts(Recipient.objects.filter(recommendation__super_complaint=sc),
                                       "recommendation", "organisation")
            rows = matrix_rows(matrix, user=request.user)
        recommendations = [(rec, recipient_counts.get(rec.pk, 0)) for rec in matrix.columns]
        investigators = {o.pk: o for o in Organisation.objects.filter(pk__in=sc.investigated_by or [])}
        filter_form = MatrixFilterForm(request.GET or None, regions=matrix.regions, recommendations=matrix.columns)
        return super().get_context_data(
            sc=sc,
            super_complaint=sc,
            matrix=matrix,
            rows=rows,
            totals=column_totals(matrix),
            recommendations=recommendations,
            investigators=[investigators.get(i, i) for i in sc.investigated_by or []],
            filter_form=filter_form,
            can_record_no_response=request.user.has_perm("responses.record_no_response"),
            due_soon_days=due_soon_days(),
            long_overdue_days=long_overdue_days(),
            export_query=urlencode({"super_complaint": sc.slug}),
            nav_section="complaints",
            **kwargs,
        )
