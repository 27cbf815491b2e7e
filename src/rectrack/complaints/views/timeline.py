"""A super-complaint's life: its timeline, and recording, changing and deleting its dated events."""
from django.shortcuts import get_object_or_404
from django.urls import reverse

from rectrack.complaints import selectors, services
from rectrack.complaints.forms import ConfirmForm, EventForm
from rectrack.complaints.models import TimelineEvent
from rectrack.complaints.views.base import CatalogueFormView


class EventFormView(CatalogueFormView):
    form_class = EventForm
    template_name = "complaints/timeline.html"

    def perform(self, form):
        return services.save_event(user=self.request.user, super_complaint=self.super_complaint, event=self.object,
                                   data=form.service_data(), expected_version=form.expected_version())

    def get_success_url(self):
        return reverse("catalogue:timeline", args=[self.super_complaint.slug])

    def back_url(self) -> str:
        return self.super_complaint.get_absolute_url()


class TimelineView(EventFormView):
    """/catalogue/<slug>/timeline/: the timeline, and a form to record an event."""

    title = "The life of the super-complaint"
    submit_label = "Record the event"
    success_message = "Event recorded."

    def load(self):
        self.get_sc()
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(entries=selectors.timeline(self.super_complaint), **kwargs)


class EventEditView(EventFormView):
    """/catalogue/<slug>/timeline/<pk>/edit/"""

    title = "Change the event"
    template_name = "complaints/form.html"
    success_message = "Event saved."
    requires_version = True

    def load(self):
        return get_object_or_404(TimelineEvent, super_complaint=self.get_sc(), pk=self.kwargs["pk"])

    def get_initial(self):
        e = self.object
        return {**super().get_initial(), "kind": e.kind, "date": e.date, "description": e.description,
                "outcome": e.outcome}


class EventDeleteView(EventFormView):
    """/catalogue/<slug>/timeline/<pk>/delete/: a confirmation, then the event goes (the history keeps it)."""

    title = "Delete the event"
    form_class = ConfirmForm
    template_name = "complaints/form.html"
    submit_label = "Delete the event"
    success_message = "Event deleted."

    def load(self):
        return get_object_or_404(TimelineEvent, super_complaint=self.get_sc(), pk=self.kwargs["pk"])

    def perform(self, form):
        services.delete_event(user=self.request.user, event=self.object)
