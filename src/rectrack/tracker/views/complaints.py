"""The list of super-complaints and one super-complaint with its national matrix."""
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.selectors import viewer_for
from rectrack.tracker.deadline_rows import complaint_summary
from rectrack.tracker.deadlines import due_soon_days, long_overdue_days
from rectrack.tracker.forms import BY_RECOMMENDATION, MatrixFilterForm
from rectrack.tracker.models import Standing
from rectrack.tracker.selectors import MatrixFilters, build_matrix
from rectrack.tracker.views.matrix import column_totals, matrix_rows, recommendation_rows


def answered_q(viewer) -> Q:
    """Standings with an answer this viewer sees (internal for its insiders, public for the rest)."""
    if viewer.everything:
        return Q(response__isnull=False)
    public = Q(public_response__isnull=False) & ~Q(organisation_id__in=viewer.insiders)
    return public | Q(response__isnull=False, organisation_id__in=viewer.insiders) if viewer.insiders else public


class SuperComplaintListView(TemplateView):
    template_name = "tracker/complaint_list.html"

    def get_context_data(self, **kwargs):
        viewer = viewer_for(self.request.user)
        recommendations = dict(Recommendation.objects.order_by().values("super_complaint")
                               .annotate(n=Count("id")).values_list("super_complaint", "n"))
        counts = {row["super_complaint"]: row for row in Standing.objects.order_by().values("super_complaint").annotate(
            recipients=Count("organisation", distinct=True), responses=Count("id", filter=answered_q(viewer)))}
        rows = [{"super_complaint": super_complaint, "recommendations": recommendations.get(super_complaint.slug, 0),
                 "recipients": counts.get(super_complaint.slug, {}).get("recipients", 0),
                 "responses": counts.get(super_complaint.slug, {}).get("responses", 0)}
                for super_complaint in SuperComplaint.objects.all()]
        return super().get_context_data(rows=rows, nav_section="complaints", **kwargs)


class SuperComplaintDetailView(TemplateView):
    template_name = "tracker/complaint.html"

    def get_context_data(self, **kwargs):
        request = self.request
        super_complaint = get_object_or_404(
            SuperComplaint.objects.prefetch_related("designated_bodies"), slug=kwargs["slug"]
        )
        filters = MatrixFilters.from_query(request.GET)
        matrix = build_matrix(super_complaint, user=request.user, filters=filters, answer_dates=False)
        recommendations = [(rec, matrix.recipient_counts.get(rec.pk, 0)) for rec in matrix.columns]
        investigators = {o.pk: o for o in Organisation.objects.filter(pk__in=super_complaint.investigated_by or [])}
        filter_form = MatrixFilterForm(request.GET or None, regions=matrix.regions, recommendations=matrix.columns)
        # A report with many recommendations reads better as a row of counts per recommendation.
        by_recommendation = request.GET.get("layout") == BY_RECOMMENDATION
        return super().get_context_data(
            super_complaint=super_complaint,
            matrix=matrix,
            by_recommendation=by_recommendation,
            rows=[] if by_recommendation else matrix_rows(matrix, user=request.user),
            recommendation_rows=recommendation_rows(matrix) if by_recommendation else [],
            totals=column_totals(matrix),
            recommendations=recommendations,
            investigators=[investigators.get(i, i) for i in super_complaint.investigated_by or []],
            filter_form=filter_form,
            deadline_summary=complaint_summary(
                super_complaint, counts=matrix.deadline_counts, recommendations=matrix.columns
            ),
            can_change_deadlines=request.user.has_perm("workflow.change_deadlines"),
            can_record_no_response=request.user.has_perm("responses.record_no_response"),
            due_soon_days=due_soon_days(),
            long_overdue_days=long_overdue_days(),
            export_query=urlencode({"super_complaint": super_complaint.slug}),
            nav_section="complaints",
            **kwargs,
        )
