"""Forms for responses, actions, evidence, assessments, adequacy views and no-response checks.

Forms only collect and clean input: every write goes through ``rectrack.responses.services``, whose
``ValidationError`` is turned back into form errors with ``add_service_errors``. The GOV.UK markup
comes from ``govuk/field.html``; ``GovukFormMixin`` sets the Design System classes and error states.
"""
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Q, Value, When

from rectrack.core import uploads
from rectrack.organisations.models import Organisation
from rectrack.vocabulary import ActionStatus, Adequacy, Assessment, Position, Progress, choices

WIDGET_CLASSES = [
    (forms.RadioSelect, "govuk-radios__input", ""),
    (forms.CheckboxSelectMultiple, "govuk-checkboxes__input", ""),
    (forms.CheckboxInput, "govuk-checkboxes__input", ""),
    (forms.Textarea, "govuk-textarea", "govuk-textarea--error"),
    (forms.Select, "govuk-select", "govuk-select--error"),
    (forms.FileInput, "govuk-file-upload", "govuk-file-upload--error"),
    (forms.TextInput, "govuk-input", "govuk-input--error"),  # also URLInput, EmailInput, NumberInput
]


class GovukDateWidget(forms.MultiWidget):
    """The GOV.UK date input: day, month and year boxes."""

    template_name = "govuk/date_input.html"

    def __init__(self, attrs=None):
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()], attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class GovukDateField(forms.MultiValueField):
    widget = GovukDateWidget

    def __init__(self, *, required=False, **kwargs):
        parts = (forms.CharField(required=False), forms.CharField(required=False), forms.CharField(required=False))
        super().__init__(parts, required=required, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        values = [str(v or "").strip() for v in data_list] if data_list else []
        if not any(values):
            return None
        name = str(self.label or "Date")
        missing = [part for part, v in zip(["day", "month", "year"], values, strict=False) if not v]
        if missing:
            raise ValidationError(f"{name} must include a {' and '.join(missing)}")
        if not all(v.isdigit() for v in values) or len(values[2]) != 4:
            raise ValidationError(f"{name} must be a real date")
        try:
            return datetime.date(int(values[2]), int(values[1]), int(values[0]))
        except ValueError:
            raise ValidationError(f"{name} must be a real date") from None


class GovukFormMixin:
    """Design System classes on every widget, error classes and aria-describedby after validation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            for widget_class, css, _ in WIDGET_CLASSES:
                if isinstance(field.widget, widget_class):
                    field.widget.attrs["class"] = " ".join(filter(None, [css, field.widget.attrs.get("class")]))
                    break
            if field.help_text and not isinstance(field.widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def full_clean(self):
        super().full_clean()
        for name in self._errors or {}:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            for widget_class, _, error_css in WIDGET_CLASSES:
                if isinstance(widget, widget_class) and error_css:
                    widget.attrs["class"] = f"{widget.attrs.get('class', '')} {error_css}".strip()
                    break
            if isinstance(widget, GovukDateWidget):
                widget.attrs["invalid"] = True  # read by govuk/date_input.html, never rendered as an attribute
            if not isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple, GovukDateWidget)):
                described = widget.attrs.get("aria-describedby", "")
                widget.attrs["aria-describedby"] = f"{described} {self[name].auto_id}-error".strip()


def add_service_errors(form: forms.Form, error: ValidationError, field_map: dict | None = None) -> None:
    """Put a service's ValidationError on the form: on the matching field where there is one."""
    field_map = field_map or {}
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            target = field_map.get(name, name)
            form.add_error(target if target in form.fields else None, [m for e in errors for m in e.messages])
    else:
        form.add_error(None, error.messages)


class ResponseForm(GovukFormMixin, forms.Form):
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
        label="Joint response: this response also counts for", queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple, required=False,
        help_text="Other recipients of this recommendation, for example the force's police and crime commissioner",
    )

    def __init__(self, *args, recommendation, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        related = Q(pk=organisation.oversees_id) | Q(oversees=organisation)
        self.fields["counts_for"].queryset = (
            Organisation.objects.filter(recipient_of__recommendation=recommendation).exclude(pk=organisation.pk)
            .annotate(related=Case(When(related, then=Value(0)), default=Value(1), output_field=IntegerField()))
            .order_by("related", "name")
        )

    def clean_as_of(self):
        value = self.cleaned_data.get("as_of")
        if value and value > datetime.date.today() + datetime.timedelta(days=1):
            raise ValidationError("Date of this response must be today or in the past")
        return value

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "counts_for"}


class ActionForm(GovukFormMixin, forms.Form):
    description = forms.CharField(label="What will be done", widget=forms.Textarea(attrs={"rows": 4}),
                                  error_messages={"required": "Enter what will be done"}, max_length=10_000)
    owner = forms.CharField(label="Owner", required=False, max_length=200)
    due_date = GovukDateField(label="Due date", help_text="For example, 31 12 2021")
    status = forms.ChoiceField(label="Status", choices=choices(ActionStatus), widget=forms.RadioSelect,
                               initial=ActionStatus.NOT_STARTED, error_messages={"required": "Select a status"})
    completed_on = GovukDateField(label="Date completed", help_text="Only for a complete action. Leave blank for today")


class EvidenceFileForm(GovukFormMixin, forms.Form):
    title = forms.CharField(label="Title", required=False, max_length=300,
                            help_text="If you leave this blank, the file name is used")
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
    url = forms.URLField(label="Web address", max_length=1000, assume_scheme="https",
                         help_text="For example, https://www.example.police.uk/report.pdf",
                         error_messages={"required": "Enter a web address",
                                         "invalid": "Enter a web address in the correct format, like https://www.example.org"})


class AssessmentForm(GovukFormMixin, forms.Form):
    status = forms.ChoiceField(label="Assessment", choices=choices(Assessment), widget=forms.RadioSelect,
                               error_messages={"required": "Select an assessment"})
    comment = forms.CharField(label="Comment", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                              max_length=10_000)


class AdequacyForm(GovukFormMixin, forms.Form):
    verdict = forms.ChoiceField(label="Is this response adequate?", choices=choices(Adequacy),
                                widget=forms.RadioSelect, error_messages={"required": "Select whether it is adequate"})
    comment = forms.CharField(label="Comment", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                              max_length=10_000)


class NoResponseCheckForm(GovukFormMixin, forms.Form):
    checked_on = GovukDateField(label="Date checked", required=True, help_text="For example, 27 3 2021",
                                error_messages={"required": "Enter the date checked"})
    checked_where = forms.CharField(label="Where it was looked for", max_length=1000,
                                    help_text="A web address or a description, for example the force's publication scheme",
                                    error_messages={"required": "Enter where it was looked for"})
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=10_000)
