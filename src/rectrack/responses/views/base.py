"""The shape every write page shares: sign-in, a permission check before the form is shown, a
service call on POST, service errors back on the form, a success message and a redirect."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import FormView

from rectrack.responses.forms import add_service_errors
from rectrack.responses.models import Response
from rectrack.responses.selectors import get_visible_response


def visible_response_or_404(pk, user) -> Response:
    try:
        return get_visible_response(pk, user=user)
    except Response.DoesNotExist:
        raise Http404("No such response") from None


class ServiceFormView(LoginRequiredMixin, FormView):
    """Subclasses set ``permission`` and ``template_name`` and implement ``load``, ``perform`` and
    ``get_success_url``; ``load`` returns the object the permission is checked against."""

    permission = ""
    template_name = "responses/form.html"
    title = ""
    submit_label = "Save"
    success_message = "Saved."
    field_map: dict = {}

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

    def form_valid(self, form):
        try:
            self.result = self.perform(form)
        except ValidationError as e:
            add_service_errors(form, e, self.field_map)
            return self.form_invalid(form)
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())

    def get_success_message(self) -> str:
        return self.success_message

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, submit_label=self.submit_label, object=self.object,
                                        nav_section="complaints", **kwargs)


class ResponseChildFormView(ServiceFormView):
    """A form about one response (its actions, evidence, assessment, adequacy view): /responses/<pk>/..."""

    def load(self):
        return visible_response_or_404(self.kwargs["pk"], self.request.user)

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object, **kwargs)

    def get_success_url(self):
        return self.object.get_absolute_url()
