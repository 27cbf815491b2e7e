"""One recommendation with every recipient's response side by side."""
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from rectrack.complaints.models import Recommendation
from rectrack.tracker.forms import RecommendationFilterForm
from rectrack.tracker.selectors import recommendation_cells, with_details


class RecommendationDetailView(TemplateView):
    template_name = "tracker/recommendation.html"

    def get_context_data(self, **kwargs):
        request = self.request
        recommendation = get_object_or_404(
            Recommendation.objects.select_related("super_complaint"),
            super_complaint_id=kwargs["slug"], number=kwargs["number"],
        )
        cells = recommendation_cells(recommendation, user=request.user)
        regions = sorted({c.organisation.region for c in cells if c.organisation.region})
        filter_form = RecommendationFilterForm(request.GET or None, regions=regions)
        shown = with_details(filter_form.apply(cells) if filter_form.is_bound else cells)
        user = request.user
        can_add = {c.organisation.pk for c in shown if c.response is None and user.is_authenticated
                   and user.has_perm("responses.add_response_for", c.organisation.pk)}
        return super().get_context_data(
            super_complaint=recommendation.super_complaint,
            recommendation=recommendation,
            rec=recommendation,  # the publishing hook reads 'recommendation' or 'rec'
            cells=shown,
            total=len(cells),
            answered=sum(1 for c in cells if c.response is not None),
            can_add=can_add,
            filter_form=filter_form,
            export_query=urlencode({"super_complaint": recommendation.super_complaint_id,
                                    "recommendation": recommendation.number}),
            nav_section="complaints",
            **kwargs,
        )
