"""The shape every write page shares: sign-in, a permission check before the form is shown, a service call
on POST, service errors back on the form (a stale edit included), a success message and a redirect."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.views.generic import FormView

from rectrack.core.audit import StaleEdit
from rectrack.core.forms import add_service_errors


class ServiceFormView(LoginRequiredMixin, FormView):
    """Subclasses set ``permission`` and ``template_name`` and implement ``load``, ``perform`` and
    ``get_success_url``; ``load`` returns the object the permission is checked against."""

    permission = ""
    template_name = "responses/form.html"
    title = ""
    submit_label = "Save"
    success_message = "Saved."
    field_map: dict = {}
    nav_section = "complaints"
    # An edit of a stored row must say which version it started from (the form's hidden field).
    requires_version = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.object = self.load()
        if not request.user.has_perm(self.permission, self.permission_object()):
            raise PermissionDenied("You do not have permission to do this.")
        return super().dispatch(request, *args, **kwargs)

    def load(self):
        raise NotImplementedError

    def permission_object(self):
        return self.object

    def perform(self, form):
        raise NotImplementedError

    def get_initial(self):
        initial = super().get_initial()
        version = getattr(self.object, "version", None)
        return {**initial, "version": version} if version is not None else initial

    def form_valid(self, form):
        if self.requires_version and form.cleaned_data.get("version") is None:
            form.add_error(
                None, "This form is out of date or incomplete: go back to the page, reload it and try again."
            )
            return self.form_invalid(form)
        try:
            self.result = self.perform(form)
        except StaleEdit as e:
            # Keep what they typed and take the current version: saving again applies it over the other change.
            form.data = form.data.copy()
            form.data["version"] = str(e.current_version)
            form.add_error(None, e)
            return self.form_invalid(form)
        except ValidationError as e:
            add_service_errors(form, e, self.field_map)
            return self.form_invalid(form)
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())

    def get_success_message(self) -> str:
        return self.success_message

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, submit_label=self.submit_label, object=self.object,
                                        nav_section=self.nav_section, **kwargs)
