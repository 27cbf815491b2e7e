"""Follow-up requests: the inspectorate asks recipients for an update on some recommendations by a date."""
from rectrack.complaints import services
from rectrack.complaints.forms import FollowUpForm
from rectrack.complaints.views.base import CatalogueFormView


class FollowUpCreateView(CatalogueFormView):
    """/catalogue/<slug>/follow-ups/new/"""

    form_class = FollowUpForm
    title = "Ask for an update"
    submit_label = "Record the request"
    success_message = "Request recorded: each body asked now has a deadline for it."

    def load(self):
        self.get_sc()
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "super_complaint": self.super_complaint}

    def perform(self, form):
        data = form.cleaned_data
        return services.create_follow_up(
            user=self.request.user, super_complaint=self.super_complaint, asked_on=data["asked_on"], due=data["due"],
            description=data["description"], recommendations=list(data["recommendations"]),
            organisations=None if data["everyone"] else list(data["organisations"]))

    def get_success_url(self):
        return self.super_complaint.get_absolute_url() + "#follow-ups"
