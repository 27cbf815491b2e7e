"""Loading a response for a page: what the viewer may see of it, or a 404."""
from django.core.exceptions import PermissionDenied
from django.http import Http404

from rectrack.core.views import ServiceFormView
from rectrack.responses.models import Response
from rectrack.responses.selectors import get_visible_response


def visible_response_or_404(pk, user) -> Response:
    try:
        return get_visible_response(pk, user=user)
    except Response.DoesNotExist:
        raise Http404("No such response") from None


def internal_response_or_404(pk, user) -> Response:
    """A response whose working copy the user may read (the pages that change it): 404 for a response they
    may not see at all, 403 for one they may read only as published."""
    response = visible_response_or_404(pk, user)
    if not response.v_internal:
        raise PermissionDenied("You do not have permission to do this.")
    return response


class ResponseChildFormView(ServiceFormView):
    """A form about one response (its actions, evidence, assessment, adequacy view): /responses/<pk>/..."""

    def load(self):
        return internal_response_or_404(self.kwargs["pk"], self.request.user)

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object, **kwargs)

    def get_success_url(self):
        return self.object.get_absolute_url()
