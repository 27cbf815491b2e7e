"""Add, edit and delete the actions of a response."""
from django.shortcuts import get_object_or_404

from rectrack.core.forms import VersionedForm
from rectrack.core.views import ServiceFormView
from rectrack.responses import services
from rectrack.responses.forms import ActionForm
from rectrack.responses.models import Action
from rectrack.responses.views.base import ResponseChildFormView, internal_response_or_404


class ActionCreateView(ResponseChildFormView):
    permission = "responses.manage_actions"
    form_class = ActionForm
    title = "Add an action"
    submit_label = "Add action"
    success_message = "Action added."

    def perform(self, form):
        return services.add_action(user=self.request.user, response=self.object, data=form.service_data())


class ActionMixin:
    """Loads the action through its response, so hidden responses stay hidden (404)."""

    permission = "responses.change_action"

    def load(self):
        action = get_object_or_404(Action, pk=self.kwargs["pk"])
        action.response = internal_response_or_404(action.response_id, self.request.user)
        return action

    def get_success_url(self):
        return self.object.response.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object.response, **kwargs)


class ActionEditView(ActionMixin, ServiceFormView):
    requires_version = True
    form_class = ActionForm
    title = "Edit the action"
    submit_label = "Save changes"
    success_message = "Action updated."

    def get_initial(self):
        return {**super().get_initial(), **{name: getattr(self.object, name) for name in services.ACTION_FIELDS}}

    def perform(self, form):
        return services.update_action(user=self.request.user, action=self.object, data=form.service_data(),
                                      expected_version=form.expected_version())


class ActionDeleteView(ActionMixin, ServiceFormView):
    requires_version = True
    form_class = VersionedForm
    template_name = "responses/confirm_delete.html"
    title = "Delete this action?"
    submit_label = "Delete action"
    success_message = "Action deleted."

    def perform(self, form):
        return services.delete_action(user=self.request.user, action=self.object,
                                      expected_version=form.expected_version())
