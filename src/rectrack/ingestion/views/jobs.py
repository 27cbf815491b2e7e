from django.http import JsonResponse
from django.views.generic import TemplateView, View

from rectrack.ingestion import leases, selectors, services
from rectrack.ingestion.views.base import PermissionMixin


class JobView(PermissionMixin, TemplateView):
    """A job's status. While it is queued or running, a small script asks ``JobStatusView`` and updates
    the status in place (no reload, no moving focus); without scripts, the page has a Refresh link."""

    permission_required = "ingestion.view_extraction"
    template_name = "ingestion/job.html"

    def get_context_data(self, **kwargs):
        leases.sweep_quietly()
        job = selectors.get_job(self.kwargs["pk"])
        user = self.request.user
        latest = services.latest_job(job.document)
        failed_latest = job.status == "failed" and latest.pk == job.pk
        return super().get_context_data(
            **kwargs, job=job, nav_section="documents",
            can_retry=latest.pk == job.pk and services.retryable(job.document, latest)
            and user.has_perm(services.RETRY_PERM, job.document),
            can_reassign=latest.pk == job.pk and not job.active and user.has_perm(services.REVIEW_PERM),
            can_delete=failed_latest and user.has_perm(services.DELETE_PERM, job.document),
        )


class JobStatusView(PermissionMixin, View):
    """The job's status as JSON for the page's poll."""

    permission_required = "ingestion.view_extraction"

    def get(self, request, pk):
        leases.sweep_quietly()  # the poll is what notices a worker that died while someone watches
        response = JsonResponse(selectors.job_status(selectors.get_job(pk)))
        response["Cache-Control"] = "private, no-store"
        return response
