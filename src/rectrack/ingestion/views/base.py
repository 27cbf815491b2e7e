from django.contrib.auth.mixins import PermissionRequiredMixin


class PermissionMixin(PermissionRequiredMixin):
    """Anonymous users go to sign in; signed-in users without the permission get 403."""

    raise_exception = False
