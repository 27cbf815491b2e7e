"""A commissioner writes its overall comments on the response record, and publishes them when it chooses. The
address is the record's (a force's or its commissioner's): the comments are the record's commissioner's."""
from django import forms
from django.http import Http404
from django.urls import reverse

from rectrack.core.forms import GovukFormMixin, VersionedForm
from rectrack.core.views import ServiceFormView
from rectrack.publishing import comments, selectors
from rectrack.publishing.records import commissioner_and_force


class OverallCommentForm(GovukFormMixin, VersionedForm):
    text = forms.CharField(label="Overall comments", required=False, max_length=comments.MAX_TEXT,
                           widget=forms.Textarea(attrs={"rows": 12}),
                           help_text="On the force's and the commissioner's responses to this super-complaint. "
                                     "Saving keeps them unpublished; publishing puts this text on the public record.")


class OverallCommentView(ServiceFormView):
    permission = "publishing.write_overall_comment"
    form_class = OverallCommentForm
    template_name = "work/overall_comments.html"
    title = "The commissioner's overall comments"
    nav_section = "work"

    def load(self):
        self.super_complaint = selectors.get_super_complaint(self.kwargs["slug"])
        self.record_of = selectors.get_organisation(self.kwargs["org_id"])
        _, self.organisation = commissioner_and_force(self.record_of)
        if self.organisation is None:
            raise Http404("This record has no commissioner or equivalent, so no overall comments.")
        return comments.current(self.super_complaint, self.organisation)

    def permission_object(self):
        return self.organisation

    def get_initial(self):
        initial = super().get_initial()
        return {**initial, "text": self.object.text} if self.object else initial

    @property
    def publishing(self) -> bool:
        return self.request.POST.get("action") == "publish"

    def perform(self, form):
        return comments.save(user=self.request.user, super_complaint=self.super_complaint,
                             organisation=self.organisation, text=form.cleaned_data["text"],
                             publish=self.publishing, expected_version=form.expected_version())

    def get_success_message(self) -> str:
        if not self.publishing:
            return "Overall comments saved. They are not published."
        return "Overall comments published." if self.result.published_text else "Overall comments taken off the record."

    def get_success_url(self) -> str:
        return reverse("work:record", args=[self.super_complaint.slug, self.record_of.pk]) + "#overall-comments"

    def get_context_data(self, **kwargs):
        return super().get_context_data(super_complaint=self.super_complaint, organisation=self.organisation,
                                        record_of=self.record_of, comment=self.object, **kwargs)
