"""A super-complaint's recommendations: add, change, retire."""
from django.shortcuts import get_object_or_404

from rectrack.complaints import services
from rectrack.complaints.forms import RecommendationForm, RetireForm
from rectrack.complaints.models import Recommendation
from rectrack.complaints.views.base import CatalogueFormView


class RecommendationFormView(CatalogueFormView):
    form_class = RecommendationForm

    def perform(self, form):
        return services.save_recommendation(user=self.request.user, super_complaint=self.super_complaint,
                                            recommendation=self.object, data=form.service_data(),
                                            expected_version=form.expected_version())

    def get_success_url(self):
        return self.result.get_absolute_url()


class RecommendationCreateView(RecommendationFormView):
    """/catalogue/<slug>/recommendations/new/"""

    title = "Add a recommendation"
    submit_label = "Add recommendation"
    success_message = "Recommendation added. Everyone it is addressed to now owes a response."

    def load(self):
        self.get_sc()
        return None


class RecommendationEditView(RecommendationFormView):
    """/catalogue/<slug>/recommendations/<number>/edit/"""

    title = "Change the recommendation"
    success_message = "Recommendation saved."
    requires_version = True

    def load(self):
        return get_object_or_404(Recommendation, super_complaint=self.get_sc(), number=self.kwargs["number"])

    def get_initial(self):
        rec = self.object
        return {**super().get_initial(), "number": rec.number, "text_status": rec.text_status.value,
                "text": rec.text, "recipient_classes": rec.recipient_classes, "named_bodies": rec.named_bodies,
                "update_due": rec.update_due, "parts": services.format_parts(rec.parts)}


class RetireView(CatalogueFormView):
    """/catalogue/<slug>/recommendations/<number>/retire/"""

    form_class = RetireForm
    title = "Retire the recommendation"
    submit_label = "Retire recommendation"
    success_message = "Recommendation retired. Its responses stay on the record."
    requires_version = True

    def load(self):
        return get_object_or_404(Recommendation, super_complaint=self.get_sc(), number=self.kwargs["number"])

    def perform(self, form):
        return services.retire_recommendation(user=self.request.user, recommendation=self.object,
                                              on=form.cleaned_data["retired_on"], reason=form.cleaned_data["reason"],
                                              expected_version=form.expected_version())

    def get_success_url(self):
        return self.object.get_absolute_url()
