"""Who may record views on adequacy of a super-complaint."""
from django.shortcuts import get_object_or_404

from rectrack.complaints import services
from rectrack.complaints.forms import AdequacyAccessForm
from rectrack.complaints.models import SuperComplaint
from rectrack.core.views import ServiceFormView


class AdequacyAccessView(ServiceFormView):
    """/catalogue/<slug>/adequacy-access/: open a super-complaint to other designated bodies."""

    permission = "complaints.change_reference_data"
    form_class = AdequacyAccessForm
    template_name = "complaints/adequacy_access.html"
    title = "Who may record views on adequacy"
    submit_label = "Save"
    success_message = "Saved."

    def load(self):
        return get_object_or_404(SuperComplaint.objects.prefetch_related("designated_bodies"), slug=self.kwargs["slug"])

    def permission_object(self):
        return None

    def get_initial(self):
        bodies = list(self.object.adequacy_opened_to.all())
        return {"bodies": bodies, "started_from": ",".join(sorted(b.pk for b in bodies))}

    def perform(self, form):
        # A post without the field (an older page) is not checked; an empty one started from no bodies.
        started = form.cleaned_data["started_from"]
        started_from = ([i for i in started.split(",") if i] if "started_from" in self.request.POST else None)
        return services.set_adequacy_access(user=self.request.user, super_complaint=self.object,
                                            bodies=list(form.cleaned_data["bodies"]), started_from=started_from)

    def get_success_url(self):
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            super_complaint=self.object,
            changes=self.object.adequacy_changes.select_related("changed_by")[:50],
            **kwargs,
        )
