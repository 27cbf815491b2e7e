from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import get_object_or_404

from rectrack.ingestion.models import Document


class PermissionMixin(PermissionRequiredMixin):
    """Anonymous users go to sign in; signed-in users without the permission get 403."""

    raise_exception = False


class DocumentPermissionMixin(PermissionMixin):
    """The permission is checked against the document named in the address (``self.document``)."""

    def has_permission(self):
        self.document = get_object_or_404(Document, pk=self.kwargs["pk"])
        return all(self.request.user.has_perm(perm, self.document) for perm in self.get_permission_required())
