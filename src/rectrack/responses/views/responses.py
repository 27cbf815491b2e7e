"""One response (its working copy for those who may read it, its published version for everyone else), and
the forms to create and edit responses, decide on joint answers and redact published text."""
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.views.generic import TemplateView

from rectrack.complaints.models import Recommendation
from rectrack.core.dates import parse_partial_date
from rectrack.core.views import ServiceFormView
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.forms import JointDecisionForm, RedactionForm, ResponseForm
from rectrack.responses.history import public_changes, response_timeline, revision_changes
from rectrack.responses.models import JointLink, Redaction, ResponseVersion
from rectrack.responses.views.base import internal_response_or_404, visible_response_or_404


def document_url(document_id) -> str | None:
    """The ingestion page of a source document, when that part of the service provides one."""
    try:
        return reverse("ingestion:document", args=[document_id])
    except NoReverseMatch:
        return None


class ResponseDetailView(TemplateView):
    """/responses/<pk>/: the internal page for those who may read the working copy; for everyone else the
    published version (and a 404 for a response that was never published or was withdrawn)."""

    def get_template_names(self):
        return ["responses/detail.html" if self.response.v_internal else "responses/public_detail.html"]

    def get(self, request, *args, **kwargs):
        self.response = visible_response_or_404(kwargs["pk"], request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        response, user = self.response, self.request.user
        common = {
            "response": response, "recommendation": response.recommendation,
            "super_complaint": response.recommendation.super_complaint,
            "adequacy_views": list(response.adequacy_views.select_related("designated_body", "on_version")),
            "redactions": self._redactions(response),
            "can_record_adequacy": user.has_perm("responses.record_adequacy", response),
            "assessment": response.assessment if hasattr(response, "assessment") else None,
            "nav_section": "complaints",
        }
        if not response.v_internal:
            version = response.published_version
            return super().get_context_data(
                **common, version=version, actions=list(version.actions.all()),
                versions=public_changes(response), counts_for=self._orgs(version.counts_for), **kwargs)
        document = response.source_document if response.source_document_id else None
        quote = ""
        if document is not None and response.source_start is not None and response.source_end is not None:
            quote = document.text[response.source_start:response.source_end]
        can = {name: user.has_perm(f"responses.{name}", response) for name in (
            "change_response", "manage_actions", "manage_evidence", "assess_response", "request_joint", "redact",
        )}
        links = list(response.joint_links.select_related("organisation").order_by("organisation__name"))
        published = response.published_version
        return super().get_context_data(
            **common,
            joint_links=links,
            actions=list(response.actions.all()),
            evidence=list(response.evidence.all()),
            document=document,
            # as of the document's date, at the precision the document gives ("January 2022")
            document_dated=bool(document and document.document_date
                                and parse_partial_date(document.document_date) == response.as_of),
            document_url=document_url(document.pk) if document else None,
            quote=quote,
            published=published,
            versions=list(response.versions.order_by("-number")),
            revision=revision_changes(response, published) if published else [],
            timeline=response_timeline(response),
            can=can,
            **kwargs,
        )

    @staticmethod
    def _redactions(response) -> list[Redaction]:
        """The tombstones, each with the removed fields named as the form names them (never the text)."""
        redactions = list(Redaction.objects.filter(response=response).select_related("version", "redacted_by"))
        for r in redactions:
            r.field_labels = [services.REDACTABLE_FIELDS.get(name, name) for name in r.fields]
        return redactions

    @staticmethod
    def _orgs(ids: list[str]) -> list[Organisation]:
        return list(Organisation.objects.filter(pk__in=ids).order_by("name")) if ids else []


class ResponseFormMixin:
    form_class = ResponseForm
    template_name = "responses/response_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "recommendation": self.recommendation, "organisation": self.organisation,
                "everyone": self.request.user.has_perm("responses.set_joint")}

    def get_context_data(self, **kwargs):
        return super().get_context_data(recommendation=self.recommendation, organisation=self.organisation,
                                        super_complaint=self.recommendation.super_complaint, **kwargs)


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
            data=form.service_data(), counts_for=form.requested_joint(),
        )

    def get_success_url(self):
        return self.result.get_absolute_url()


class ResponseEditView(ResponseFormMixin, ServiceFormView):
    requires_version = True
    permission = "responses.change_response"
    title = "Edit the response"
    submit_label = "Save changes"

    def load(self):
        response = internal_response_or_404(self.kwargs["pk"], self.request.user)
        self.recommendation = response.recommendation
        self.organisation = response.organisation
        return response

    def get_initial(self):
        r = self.object
        initial = {name: getattr(r, name) for name in services.RESPONSE_FIELDS}
        wanted = [link.organisation_id for link in r.joint_links.all() if link.status != "declined"]
        return {**super().get_initial(), **initial, "counts_for": wanted}

    def perform(self, form):
        return services.update_response(user=self.request.user, response=self.object, data=form.service_data(),
                                        counts_for=form.requested_joint(), expected_version=form.expected_version())

    def get_success_message(self):
        if not self.result:
            return "No changes to save."
        if self.object.published_version_id:
            return (
                "Response updated. The published version stays public until the inspectorate publishes this revision."
            )
        return "Response updated."

    def get_success_url(self):
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object, **kwargs)


class JointDecisionView(ServiceFormView):
    """/responses/joint/<link>/: the body a joint answer was offered to accepts or declines it."""

    permission = "responses.decide_joint"
    form_class = JointDecisionForm
    template_name = "responses/joint_decision.html"
    title = "Decide on a joint answer"
    submit_label = "Save decision"

    def load(self):
        link = get_object_or_404(JointLink.objects.select_related("response__recommendation__super_complaint",
                                                                  "response__organisation", "organisation"),
                                 pk=self.kwargs["pk"])
        self.response = visible_response_or_404(link.response_id, self.request.user)
        return link

    def perform(self, form):
        return services.decide_joint(user=self.request.user, link=self.object,
                                     accept=form.cleaned_data["decision"] == "accept",
                                     comment=form.cleaned_data["comment"])

    def get_success_message(self):
        if self.result.status == "accepted":
            return f"The response of {self.object.response.organisation.name} now counts for your organisation."
        return "Declined: the response does not count for your organisation."

    def get_success_url(self):
        return reverse("tracker:organisation", args=[self.object.organisation_id])

    def get_context_data(self, **kwargs):
        return super().get_context_data(link=self.object, response=self.response, **kwargs)


class RedactView(ServiceFormView):
    """/responses/<pk>/versions/<number>/redact/: the inspectorate removes published text, with a reason."""

    permission = "responses.redact"
    form_class = RedactionForm
    template_name = "responses/redact.html"
    title = "Remove published text"
    submit_label = "Remove the text"
    success_message = "The text has been removed from every view; the reason is recorded."

    def load(self):
        self.version = get_object_or_404(ResponseVersion.objects.select_related("response"),
                                         response_id=self.kwargs["pk"], number=self.kwargs["number"])
        return internal_response_or_404(self.kwargs["pk"], self.request.user)

    def get_form_kwargs(self):
        choices = [(name, label) for name, label in services.REDACTABLE_FIELDS.items()
                   if getattr(self.version, name)]
        return {**super().get_form_kwargs(), "choices": choices}

    def get_initial(self):
        return {}

    def perform(self, form):
        return services.redact(user=self.request.user, version=self.version, fields=form.cleaned_data["fields"],
                               reason=form.cleaned_data["reason"])

    def get_success_url(self):
        return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(response=self.object, version=self.version, **kwargs)
