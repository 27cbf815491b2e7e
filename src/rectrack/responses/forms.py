"""Forms for responses, actions, evidence, assessments, adequacy views and no-response checks.

Forms only collect and clean input: every write goes through ``rectrack.responses.services``, whose
``ValidationError`` is turned back into form errors with ``add_service_errors``. The GOV.UK markup
comes from ``govuk/field.html``; ``GovukFormMixin`` sets the Design System classes and error states.
"""
import datetime

from django import forms
from django.core.exceptions import ValidationError

from rectrack.core import uploads
from rectrack.core.forms import GovukDateField, GovukFormMixin, VersionedForm
from rectrack.core.vocabulary import ActionStatus, Adequacy, Assessment, Position, Progress, choices
from rectrack.organisations.models import Organisation
from rectrack.organisations.selectors import partners


class ResponseForm(GovukFormMixin, VersionedForm):
    position = forms.ChoiceField(label="Position on the recommendation", choices=choices(Position),
                                 widget=forms.RadioSelect, error_messages={"required": "Select a position"})
    progress = forms.ChoiceField(label="Progress", choices=choices(Progress), widget=forms.RadioSelect,
                                 error_messages={"required": "Select the progress"})
    narrative = forms.CharField(label="What has been done, or is planned", required=False,
                                widget=forms.Textarea(attrs={"rows": 8}), max_length=50_000)
    as_of = GovukDateField(label="Date of this response", help_text="For example, 27 3 2021")
    inspectorate_ref = forms.CharField(label="Inspectorate reference", required=False, max_length=100)
    local_ref = forms.CharField(label="Your own reference", required=False, max_length=100)
    owner = forms.CharField(label="Owner", help_text="Who is responsible, for example a chief superintendent",
                            required=False, max_length=200)
    governance_board = forms.CharField(label="Governance board", required=False, max_length=200)
    counts_for = forms.ModelMultipleChoiceField(
        label="Joint response: ask that this response also count for", queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple, required=False,
        help_text="Bodies paired with yours that also owe a response to this recommendation, for example the "
                  "force's police and crime commissioner. They must agree before it counts for them.",
    )

    def __init__(self, *args, recommendation, organisation, everyone: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        recipients = Organisation.objects.filter(recipient_of__recommendation=recommendation).exclude(
            pk=organisation.pk
        )
        if not everyone:  # the inspectorate may link any recipients; an organisation only its paired bodies
            recipients = recipients.filter(pk__in=partners(organisation.pk))
        self.fields["counts_for"].queryset = recipients.order_by("name")
        if not self.fields["counts_for"].queryset.exists():
            del self.fields["counts_for"]

    def clean_as_of(self):
        value = self.cleaned_data.get("as_of")
        if value and value > datetime.date.today() + datetime.timedelta(days=1):
            raise ValidationError("Date of this response must be today or in the past")
        return value

    def service_data(self) -> dict:
        return {k: v for k, v in super().service_data().items() if k != "counts_for"}

    def requested_joint(self) -> list | None:
        return list(self.cleaned_data["counts_for"]) if "counts_for" in self.fields else None


class ActionForm(GovukFormMixin, VersionedForm):
    description = forms.CharField(label="What will be done", widget=forms.Textarea(attrs={"rows": 4}),
                                  error_messages={"required": "Enter what will be done"}, max_length=10_000)
    owner = forms.CharField(label="Owner", required=False, max_length=200)
    due_date = GovukDateField(label="Due date", help_text="For example, 31 12 2021")
    status = forms.ChoiceField(label="Status", choices=choices(ActionStatus), widget=forms.RadioSelect,
                               initial=ActionStatus.NOT_STARTED, error_messages={"required": "Select a status"})
    completed_on = GovukDateField(label="Date completed", help_text="Only for a complete action. Leave blank for today")


PUBLIC_HELP = ("Public evidence is published with the response the next time the inspectorate publishes it. "
               "Leave this unticked for internal evidence.")


class EvidenceFileForm(GovukFormMixin, forms.Form):
    title = forms.CharField(label="Title", required=False, max_length=300,
                            help_text="If you leave this blank, the file name is used")
    public = forms.BooleanField(label="Publish this evidence with the response", required=False,
                                help_text=PUBLIC_HELP)
    file = forms.FileField(label="Upload a file", max_length=255, error_messages={
        "required": "Select a file", "empty": "The selected file is empty", "invalid": "Select a file",
    }, widget=forms.FileInput(attrs={"accept": uploads.accept_attribute(uploads.EVIDENCE_FORMATS)}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = (f"{uploads.accepted_list(uploads.EVIDENCE_FORMATS)}, "
                                         f"smaller than {uploads.human_size(uploads.max_upload_bytes())}")
        self.fields["file"].widget.attrs["aria-describedby"] = f"{self['file'].auto_id}-hint"

    def clean_file(self):
        # The size only: what the file is, is the service's check (uploads.check_upload), for every caller.
        upload = self.cleaned_data["file"]
        if uploads.is_too_large(upload):
            raise ValidationError(uploads.size_limit_message())
        return upload


class EvidenceLinkForm(GovukFormMixin, forms.Form):
    title = forms.CharField(label="Title", max_length=300, error_messages={"required": "Enter a title"})
    public = forms.BooleanField(label="Publish this evidence with the response", required=False,
                                help_text=PUBLIC_HELP)
    url = forms.URLField(label="Web address", max_length=1000, assume_scheme="https",
                         help_text="For example, https://www.example.police.uk/report.pdf",
                         error_messages={"required": "Enter a web address",
                                         "invalid": "Enter a web address in the correct format, like https://www.example.org"})


class AssessmentForm(GovukFormMixin, VersionedForm):
    status = forms.ChoiceField(label="Assessment", choices=choices(Assessment), widget=forms.RadioSelect,
                               error_messages={"required": "Select an assessment"})
    comment = forms.CharField(label="Comment", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                              max_length=10_000)


class AdequacyForm(GovukFormMixin, VersionedForm):
    verdict = forms.ChoiceField(label="Is this response adequate?", choices=choices(Adequacy),
                                widget=forms.RadioSelect, error_messages={"required": "Select whether it is adequate"})
    comment = forms.CharField(label="Comment", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                              max_length=10_000)


class NoResponseCheckForm(GovukFormMixin, forms.Form):
    checked_on = GovukDateField(label="Date checked", required=True, help_text="For example, 27 3 2021",
                                error_messages={"required": "Enter the date checked"})
    checked_where = forms.CharField(
        label="Where it was looked for",
        max_length=1000,
        help_text="A web address or a description, for example the force's publication scheme",
        error_messages={"required": "Enter where it was looked for"},
    )
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=10_000)


class JointDecisionForm(GovukFormMixin, forms.Form):
    decision = forms.ChoiceField(label="Should this response count for your organisation?", widget=forms.RadioSelect,
                                 choices=[("accept", "Yes, it answers for us too"),
                                          ("decline", "No, we will answer ourselves")],
                                 error_messages={"required": "Select whether the response counts for you"})
    comment = forms.CharField(label="Comment (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=5000)


class RedactionForm(GovukFormMixin, forms.Form):
    fields = forms.MultipleChoiceField(label="What to remove", widget=forms.CheckboxSelectMultiple,
                                       error_messages={"required": "Choose what to remove"})
    reason = forms.CharField(label="Why it is being removed", widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=5000, help_text="For example: names a victim. This reason is kept.",
                             error_messages={"required": "Enter why the text is being removed"})

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fields"].choices = choices
