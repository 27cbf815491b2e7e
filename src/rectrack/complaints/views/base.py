"""What every catalogue form page shares: the inspectorate's permission, the form template, the report."""
from django.shortcuts import get_object_or_404

from rectrack.complaints import services
from rectrack.complaints.models import SuperComplaint
from rectrack.core.views import ServiceFormView


class CatalogueFormView(ServiceFormView):
    permission = services.PERMISSION
    template_name = "complaints/form.html"
    super_complaint = None

    def permission_object(self):
        return None  # the inspectorate's permission is not per row

    def get_sc(self) -> SuperComplaint:
        self.super_complaint = get_object_or_404(SuperComplaint, slug=self.kwargs["slug"])
        return self.super_complaint

    def back_url(self) -> str:
        return (self.object or self.super_complaint).get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(super_complaint=self.super_complaint, back_url=self.back_url(), **kwargs)
