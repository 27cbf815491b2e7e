"""Move a document to another super-complaint and read it again (the inspectorate's review; ADR 0019).

GET with no choice (or an invalid one) shows the choice; GET with a valid choice shows what the move will do
and asks to confirm; POST (CSRF) moves it through ``services.reassign_document`` and goes to the job's page,
which follows the new extraction."""
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from rectrack.core.forms import add_service_errors
from rectrack.ingestion import services
from rectrack.ingestion.forms import ReassignForm
from rectrack.ingestion.models import Document, ExtractedAnswer
from rectrack.ingestion.views.base import PermissionMixin


class ReassignView(PermissionMixin, View):
    permission_required = services.REVIEW_PERM

    def page(self, request, document, form, *, confirm=False, status=200):
        answers = document.answers.values_list("decision", flat=True)
        return render(request, "ingestion/reassign.html", {
            "document": document, "form": form, "confirm": confirm, "nav_section": "documents",
            "choice": form.cleaned_data.get("super_complaint") if confirm else None,
            "latest_job": services.latest_job(document),
            "pending": sum(1 for d in answers if d == ExtractedAnswer.Decision.PENDING),
            "accepted": sum(1 for d in answers if d in (ExtractedAnswer.Decision.ACCEPTED,
                                                      ExtractedAnswer.Decision.CORRECTED)),
        }, status=status)

    def get(self, request, pk):
        document = get_object_or_404(Document.objects.select_related("super_complaint"), pk=pk)
        if "super_complaint" not in request.GET:
            initial = {"super_complaint": document.super_complaint} if document.super_complaint_id else {}
            return self.page(request, document, ReassignForm(initial=initial))
        form = ReassignForm(request.GET)
        if not form.is_valid():
            return self.page(request, document, form, status=400)
        return self.page(request, document, form, confirm=True)

    def post(self, request, pk):
        document = get_object_or_404(Document.objects.select_related("super_complaint"), pk=pk)
        form = ReassignForm(request.POST)
        if form.is_valid():
            try:
                job = services.reassign_document(user=request.user, document=document,
                                                 super_complaint=form.cleaned_data["super_complaint"])
            except ValidationError as e:
                add_service_errors(form, e, {"super_complaint": "super_complaint"})
            else:
                messages.success(request, f"“{document.filename}” is assigned to "
                                          f"“{form.cleaned_data['super_complaint']}” and is being read again.")
                return redirect("ingestion:job", job.pk)
        return self.page(request, document, form, status=400)
