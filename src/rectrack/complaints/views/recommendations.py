"""A super-complaint's recommendations: add, change, retire."""
from django.shortcuts import get_object_or_404

from rectrack.complaints import services
from rectrack.complaints.forms import RecommendationForm, RetireForm
from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.views import ServiceFormView


class RecommendationFormView(ServiceFormView):
    permission = services.PERMISSION
    form_class = RecommendationForm
    template_name = "complaints/form.html"

    def permission_object(self):
        return None

    def get_sc(self):
        return get_object_or_404(SuperComplaint, slug=self.kwargs["slug"])

    def perform(self, form):
        return services.save_recommendation(user=self.request.user, super_complaint=self.sc,
                                            recommendation=self.object, data=form.service_data(),
                                            expected_version=form.expected_version())

    def get_success_url(self):
        return self.result.get_absolute_url()

    def get_context_data(self, **kwargs):
        back = self.object.get_absolute_url() if self.object else self.sc.get_absolute_url()
        return super().get_context_data(sc=self.sc, back_url=back, **kwargs)


class RecommendationCreateView(RecommendationFormView):
    """/catalogue/<slug>/recommendations/new/"""

    title = "Add a recommendation"
    submit_label = "Add recommendation"
    success_message = "Recommendation added. Everyone it is addressed to now owes a response."

    def load(self):
        self.sc = self.get_sc()
        return None


class RecommendationEditView(RecommendationFormView):
    """/catalogue/<slug>/recommendations/<number>/edit/"""

    title = "Change the recommendation"
    success_message = "Recommendation saved."
    requires_version = True

    def load(self):
        self.sc = self.get_sc()
        return get_object_or_404(Recommendation, super_complaint=self.sc, number=self.kwargs["number"])

    def get_initial(self):
        rec = self.object
        return {**super().get_initial(), "number": rec.number, "text_status": rec.text_status.value,
                "text": rec.text, "recipient_classes": rec.recipient_classes, "named_bodies": rec.named_bodies,
                "update_due": rec.update_due, "parts": services.format_parts(rec.parts)}


class RetireView(ServiceFormView):
    """/catalogue/<slug>/recommendations/<number>/retire/"""

    permission = services.PERMISSION
    form_class = RetireForm
    template_name = "complaints/form.html"
    title = "Retire the recommendation"
    submit_label = "Retire recommendation"
    success_message = "Recommendation retired. Its responses stay on the record."
    requires_version = True

    def load(self):
        self.sc = get_object_or_404(SuperComplaint, slug=self.kwargs["slug"])
        return get_object_or_404(Recommendation, super_complaint=self.sc, number=self.kwargs["number"])

    def permission_object(self):
        return None

    def perform(self, form):
        return services.retire_recommendation(user=self.request.user, recommendation=self.object,
                                              on=form.cleaned_data["retired_on"], reason=form.cleaned_data["reason"],
                                              expected_version=form.expected_version())

    def get_success_url(self):
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(sc=self.sc, back_url=self.object.get_absolute_url(), **kwargs)
