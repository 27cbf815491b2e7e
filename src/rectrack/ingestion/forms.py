from django import forms

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import uploads
from rectrack.core.forms import GovukDateField, GovukFormMixin
from rectrack.core.vocabulary import LABELS, Position, Progress, choices
from rectrack.organisations.models import Organisation


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Response document",
        error_messages={"required": "Select a file.", "empty": "The selected file is empty.",
                        "invalid": "Select a file."},
    )
    source_url = forms.URLField(
        label="Where it was published (optional)", required=False, max_length=1000, assume_scheme="https",
        error_messages={"invalid": "Enter a web address, like https://www.example.police.uk/response.pdf."},
    )

    def clean_file(self):
        # The size only: what the file is, is the service's check (core.uploads), for the page and the CLI.
        f = self.cleaned_data["file"]
        if uploads.is_too_large(f):
            raise forms.ValidationError(uploads.size_limit_message())
        return f


class AddressForm(forms.Form):
    """A document's web address instead of a file (ADR 0018); the fetch itself checks much more."""

    url = forms.URLField(
        label="Web address", max_length=1000, assume_scheme="https",
        error_messages={"required": "Enter the web address of the document.",
                        "invalid": "Enter a web address, like https://www.example.police.uk/response.pdf."},
    )


class DecisionForm(GovukFormMixin, forms.Form):
    comment = forms.CharField(label="Comment (optional)", required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))
    replace = forms.BooleanField(required=False, label="Replace the existing response with this one")


class CorrectForm(DecisionForm):
    field_order = ["recommendation", "organisation", "progress", "position", "narrative", "as_of",
                   "inspectorate_ref", "local_ref", "comment", "replace"]

    recommendation = forms.TypedChoiceField(label="Recommendation", coerce=int,
                                            error_messages={"required": "Select the recommendation."})
    organisation = forms.ChoiceField(label="Organisation that owes this response",
                                     error_messages={"required": "Select the organisation."})
    progress = forms.ChoiceField(label="Progress", choices=choices(Progress), widget=forms.RadioSelect,
                                 error_messages={"required": "Select the progress."})
    position = forms.ChoiceField(label="Position", choices=choices(Position), widget=forms.RadioSelect,
                                 error_messages={"required": "Select the position."})
    narrative = forms.CharField(label="What the organisation said", required=False, max_length=50_000,
                                widget=forms.Textarea(attrs={"rows": 8}),
                                help_text="As read from the document, without the recommendation's own words.")
    as_of = GovukDateField(label="As of", help_text="The date the answer is as of: the document's own date.")
    inspectorate_ref = forms.CharField(label="Inspectorate reference", required=False, max_length=100)
    local_ref = forms.CharField(label="The organisation's own reference", required=False, max_length=100)

    def __init__(self, *args, document, proposal: dict, conflict: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("progress", "position"):
            self.fields[name].help_text = f"rectrack read: {LABELS.get(proposal[name], proposal[name])}."
        if not conflict:
            del self.fields["replace"]  # offered only once the reviewer has seen what it would replace
        recs = Recommendation.objects.select_related("super_complaint")
        if document.super_complaint_id:
            recs = recs.filter(super_complaint_id=document.super_complaint_id)
        self.recommendations = {r.pk: r for r in recs}
        self.fields["recommendation"].choices = [("", "Select a recommendation")] + [
            (r.pk, f"{r} ({r.super_complaint})" if not document.super_complaint_id else str(r))
            for r in self.recommendations.values()
        ]
        # The document's own organisations first, then every recipient of the complaint's recommendations.
        own = list(document.organisations.all())
        owing = Organisation.objects.filter(
            pk__in=Recipient.objects.filter(recommendation__in=self.recommendations.values()).values("organisation")
        ).exclude(pk__in=[o.pk for o in own]).order_by("name")
        self.organisations = {o.pk: o for o in [*own, *owing]}
        groups = []
        if own:
            groups.append(("In this document", [(o.pk, o.name) for o in own]))
        groups.append(("Other recipients", [(o.pk, o.name) for o in owing]))
        self.fields["organisation"].choices = [("", "Select an organisation"), *groups]

    def clean_recommendation(self):
        return self.recommendations[self.cleaned_data["recommendation"]]

    def clean_organisation(self):
        return self.organisations[self.cleaned_data["organisation"]]


class MissedAnswerForm(CorrectForm):
    """An answer the engine missed: the passage that answers, and the reviewer's reading of it."""

    field_order = ["passage", "recommendation", "organisation", "progress", "position"]
    passage = forms.CharField(label="The passage that answers it", max_length=50_000,
                              widget=forms.Textarea(attrs={"rows": 8}),
                              help_text="Copy it from the document: rectrack finds it in the text and highlights it.",
                              error_messages={"required": "Paste the passage of the document that answers it."})

    def __init__(self, *args, document, **kwargs):
        super().__init__(*args, document=document, proposal={"progress": "not_stated", "position": "not_stated"},
                         **kwargs)
        for name in ("narrative", "as_of", "inspectorate_ref", "local_ref", "comment"):
            del self.fields[name]
        for name in ("progress", "position"):
            self.fields[name].help_text = ""


class ReassignForm(GovukFormMixin, forms.Form):
    """Which super-complaint a document answers, by title (ADR 0019)."""

    super_complaint = forms.ModelChoiceField(
        label="Which super-complaint does this document answer?",
        queryset=SuperComplaint.objects.order_by("order", "slug"), to_field_name="slug", widget=forms.RadioSelect,
        empty_label=None,
        help_text="rectrack reads the document again against this super-complaint only.",
        error_messages={"required": "Choose the super-complaint this document answers.",
                        "invalid_choice": "Choose one of the super-complaints listed."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["super_complaint"].label_from_instance = lambda sc: sc.title


class ReassignSelectForm(ReassignForm):
    """The same choice as a select, for the document page (the reassign page itself has radios)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["super_complaint"]
        field.empty_label = "Choose a super-complaint"  # nothing chosen until someone chooses
        field.widget = forms.Select(attrs={"class": "govuk-select", "aria-describedby": "id_super_complaint-hint"},
                                    choices=field.widget.choices)
        field.label = "Move it to another super-complaint"
