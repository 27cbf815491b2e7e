"""The catalogue's list of super-complaints, and creating and editing one."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from rectrack.complaints import selectors, services
from rectrack.complaints.forms import SuperComplaintForm
from rectrack.complaints.models import SuperComplaint
from rectrack.complaints.views.base import CatalogueFormView
from rectrack.core.vocabulary import RECIPIENTS_UNKNOWN


class CatalogueView(LoginRequiredMixin, TemplateView):
    """/catalogue/: every super-complaint with its status and counts (a constant number of queries)."""

    template_name = "complaints/catalogue.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(services.PERMISSION):
            raise PermissionDenied("Only the inspectorate manages the catalogue.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=selectors.catalogue_rows(), nav_section="complaints",
                                        recipients_unknown_label=RECIPIENTS_UNKNOWN, **kwargs)


class SuperComplaintFormView(CatalogueFormView):
    form_class = SuperComplaintForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "creating": self.object is None}

    def perform(self, form):
        return services.save_super_complaint(user=self.request.user, super_complaint=self.object,
                                             data=form.service_data(), expected_version=form.expected_version())

    def get_success_url(self):
        return self.result.get_absolute_url()

    def get_context_data(self, **kwargs):
        self.super_complaint = self.object
        return super().get_context_data(**kwargs)

    def back_url(self):
        return self.object.get_absolute_url() if self.object else reverse("catalogue:list")


class SuperComplaintCreateView(SuperComplaintFormView):
    """/catalogue/new/"""

    title = "Add a super-complaint"
    submit_label = "Add super-complaint"
    success_message = "Super-complaint added."

    def load(self):
        return None


class SuperComplaintEditView(SuperComplaintFormView):
    """/catalogue/<slug>/edit/"""

    title = "Change the super-complaint"
    success_message = "Super-complaint saved."
    requires_version = True

    def load(self):
        return get_object_or_404(SuperComplaint, slug=self.kwargs["slug"])

    def get_initial(self):
        super_complaint = self.object
        return {
            **super().get_initial(),
            "title": super_complaint.title,
            "short_title": super_complaint.short_title,
            "designated_bodies": list(super_complaint.designated_bodies.all()),
            "received": super_complaint.received,
            "report_published": super_complaint.report_published,
            "recommendation_count": super_complaint.recommendation_count,
            "status": super_complaint.status,
        }
