from django.views.generic import TemplateView

from rectrack.ingestion import selectors
from rectrack.ingestion.views.base import PermissionMixin


class JobView(PermissionMixin, TemplateView):
    """A job's status with a plain Refresh link (no automatic refresh: people read at their own pace)."""

    permission_required = "ingestion.view_extraction"
    template_name = "ingestion/job.html"

    def get_context_data(self, **kwargs):
        job = selectors.get_job(self.kwargs["pk"])
        return super().get_context_data(**kwargs, job=job, nav_section="documents")
