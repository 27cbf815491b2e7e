"""One response (with its history), and the forms to create and edit responses."""
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.views.generic import TemplateView

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.forms import ResponseForm
from rectrack.responses.history import response_timeline
from rectrack.responses.views.base import ServiceFormView, visible_response_or_404


def document_url(document_id) -> str | None:
    """The ingestion page of a source document, when that part of the service provides one."""
    try:
        return reverse("ingestion:document", args=[document_id])
    except NoReverseMatch:
        return None


class ResponseDetailView(TemplateView):
    template_name = "responses/detail.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        response = visible_response_or_404(kwargs["pk"], user)
        document = response.source_document if response.source_document_id else None
        quote = ""
        if document is not None and response.source_start is not None and response.source_end is not None:
            quote = document.text[response.source_start:response.source_end]
        can = {name: user.has_perm(f"responses.{name}", response) for name in (
            "change_response", "manage_actions", "manage_evidence", "assess_response", "record_adequacy",
        )}
        return super().get_context_data(
            response=response,
            recommendation=response.recommendation,
            sc=response.recommendation.super_complaint,
            counts_for=list(response.counts_for.all()),
            actions=list(response.actions.all()),
            evidence=list(response.evidence.all()),
            adequacy_views=list(response.adequacy_views.all()),
            document=document,
            document_url=document_url(document.pk) if document else None,
            quote=quote,
            timeline=response_timeline(response),
            can=can,
            can_download=user.has_perm("responses.view_evidence_file"),
            nav_section="complaints",
            **kwargs,
        )


class ResponseFormMixin:
    form_class = ResponseForm
    template_name = "responses/response_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "recommendation": self.recommendation, "organisation": self.organisation}

    def get_context_data(self, **kwargs):
        return super().get_context_data(recommendation=self.recommendation, organisation=self.organisation,
                                        sc=self.recommendation.super_complaint, **kwargs)


class ResponseCreateView(ResponseFormMixin, ServiceFormView):
    """/responses/new/?recommendation=<id>&organisation=<id>: a response from a recipient."""

    permission = "responses.add_response_for"
    title = "Add a response"
    submit_label = "Save response"
    success_message = "Response saved."

    def load(self):
        try:
            rec_id = int(self.request.GET.get("recommendation", ""))
        except ValueError:
            raise Http404("Say which recommendation the response is to.") from None
        self.recommendation = get_object_or_404(Recommendation.objects.select_related("super_complaint"), pk=rec_id)
        self.organisation = get_object_or_404(Organisation, pk=self.request.GET.get("organisation", ""))
        return self.organisation

    def perform(self, form):
        return services.create_response(
            user=self.request.user, recommendation=self.recommendation, organisation=self.organisation,
            data=form.service_data(), counts_for=list(form.cleaned_data["counts_for"]),
        )

    def get_success_url(self):
        return self.result.get_absolute_url()


class ResponseEditView(ResponseFormMixin, ServiceFormView):
    permission = "responses.change_response"
    title = "Edit the response"
    submit_label = "Save changes"

    def load(self):
        response = visible_response_or_404(self.kwargs["pk"], self.request.user)
        self.recommendation = response.recommendation
        self.organisation = response.organisation
        return response

    def get_initial(self):
        r = self.object
        initial = {name: getattr(r, name) for name in services.RESPONSE_FIELDS}
        return {**initial, "counts_for": [o.pk for o in r.counts_for.all()]}

    def perform(self, form):
        return services.update_response(user=self.request.user, response=self.object, data=form.service_data(),
                                        counts_for=list(form.cleaned_data["counts_for"]))

    def get_success_message(self):
        if not self.result:
            return "No changes to save."
        return "Response updated."

    def get_success_url(self):
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object, **kwargs)
