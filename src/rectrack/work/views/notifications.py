"""Your notifications: how you want to be told, and what you have been sent."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.generic import FormView

from rectrack.core.forms import add_service_errors
from rectrack.work import notifications
from rectrack.work.forms import PreferenceForm
from rectrack.work.models import Frequency, Notification

SHOWN = 20


class PreferenceView(LoginRequiredMixin, FormView):
    template_name = "work/notifications.html"
    form_class = PreferenceForm

    def get_initial(self):
        return {"frequency": notifications.frequency_of(self.request.user)}

    def form_valid(self, form):
        try:
            notifications.set_frequency(user=self.request.user, frequency=form.cleaned_data["frequency"])
        except ValidationError as e:
            add_service_errors(form, e)
            return self.form_invalid(form)
        messages.success(self.request, f"Saved: {Frequency(form.cleaned_data['frequency']).label.lower()}.")
        return redirect("work:notifications")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        sent = Notification.objects.filter(user=self.request.user).order_by("-created_at", "-pk")
        return super().get_context_data(sent=list(sent[:SHOWN]), nav_section="account", **kwargs)
