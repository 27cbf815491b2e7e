"""Forms of the catalogue pages (the inspectorate's)."""
from django import forms

from rectrack.core.forms import GovukDateField, GovukFormMixin, VersionedForm
from rectrack.core.vocabulary import ComplaintStatus, LifeEvent, RecipientClass, TextStatus, choices
from rectrack.organisations.models import Organisation


class AdequacyAccessForm(GovukFormMixin, forms.Form):
    bodies = forms.ModelMultipleChoiceField(
        label="Designated bodies that may also record views on adequacy", required=False,
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DESIGNATED_BODY).order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="The bodies that raised the super-complaint can always record their views.")
    # The list the page showed (ids, comma-separated): a save from a stale page is refused (ADR 0021).
    started_from = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)


PARTIAL_DATE_HINT = "As far as it is known: YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-08-24."


class SuperComplaintForm(GovukFormMixin, VersionedForm):
    """Create (with a slug) or edit a super-complaint; the service validates the values."""

    slug = forms.CharField(label="Short name in web addresses", max_length=100,
                           help_text="Lower-case letters, digits and hyphens, for example 'safe-to-share'. "
                                     "It cannot be changed later.",
                           error_messages={"required": "Enter a short name for web addresses."})
    title = forms.CharField(label="Title of the report", widget=forms.Textarea(attrs={"rows": 3}),
                            error_messages={"required": "Enter the report's title."})
    short_title = forms.CharField(label="Short title", required=False, max_length=200,
                                  help_text="Used in lists and headings. Leave blank to use the title.")
    designated_bodies = forms.ModelMultipleChoiceField(
        label="Designated bodies that raised it", required=False, widget=forms.CheckboxSelectMultiple,
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DESIGNATED_BODY).order_by("name"))
    received = forms.CharField(label="Received", required=False, max_length=10, help_text=PARTIAL_DATE_HINT)
    report_published = forms.CharField(label="Report published", required=False, max_length=10,
                                       help_text=PARTIAL_DATE_HINT + " Leave blank while it is not published.")
    status = forms.ChoiceField(label="Status", choices=choices(ComplaintStatus), widget=forms.RadioSelect,
                               initial=ComplaintStatus.RECEIVED.value,
                               error_messages={"required": "Choose where the super-complaint is in its life."})
    recommendation_count = forms.IntegerField(
        label="Number of recommendations in the report", required=False, min_value=0, max_value=500,
        help_text="Leave blank if it is not yet known.")

    def __init__(self, *args, creating: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not creating:
            del self.fields["slug"]


class RecommendationForm(GovukFormMixin, VersionedForm):
    number = forms.CharField(label="Number", max_length=20, help_text="As the report gives it, for example 7 or 3a.",
                             error_messages={"required": "Enter the recommendation's number, for example 7 or 3a."})
    text_status = forms.ChoiceField(label="What the text is", choices=choices(TextStatus), widget=forms.RadioSelect,
                                    initial=TextStatus.VERBATIM.value,
                                    error_messages={"required": "Say what the text is."})
    text = forms.CharField(label="Text", required=False, widget=forms.Textarea(attrs={"rows": 8}))
    recipient_classes = forms.MultipleChoiceField(
        label="Addressed to", required=False, choices=choices(RecipientClass), widget=forms.CheckboxSelectMultiple,
        help_text="Leave every box empty while the recipients are not yet known: nobody will owe a response.")
    named_bodies = forms.ModelMultipleChoiceField(
        label="Bodies addressed by name", required=False, queryset=Organisation.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="Besides the classes above, for example one force.")
    update_due = GovukDateField(label="Progress update due",
                                help_text="The date the report sets, for example 'By 27 March 2025'. Optional.")
    parts = forms.CharField(label="Parts", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                            help_text="One per line, each starting with its number, for example '7.1 Publish a plan'.")


class RetireForm(GovukFormMixin, VersionedForm):
    retired_on = GovukDateField(label="Retired on", required=True,
                                error_messages={"required": "Enter the date it was retired."})
    reason = forms.CharField(label="Why it is retired", widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Say why the recommendation is retired."})


class EventForm(GovukFormMixin, VersionedForm):
    kind = forms.ChoiceField(label="What happened", choices=choices(LifeEvent), widget=forms.RadioSelect,
                             error_messages={"required": "Choose what happened."})
    date = forms.CharField(label="When", max_length=10, help_text=PARTIAL_DATE_HINT,
                           error_messages={"required": "Enter when it happened."})
    description = forms.CharField(label="Description", widget=forms.Textarea(attrs={"rows": 3}),
                                  error_messages={"required": "Say what happened."})
    outcome = forms.CharField(label="Outcome", required=False, max_length=200,
                              help_text="For a decision, for example 'Eligible' or 'Not eligible'.")


class ConfirmForm(GovukFormMixin, VersionedForm):
    """No fields: the button is the answer."""


class FollowUpForm(GovukFormMixin, forms.Form):
    asked_on = GovukDateField(label="Asked on", required=True,
                              error_messages={"required": "Enter the date the update was asked for."})
    due = GovukDateField(label="Update due by", required=True,
                         error_messages={"required": "Enter the date the update is due by."})
    description = forms.CharField(label="What was asked", widget=forms.Textarea(attrs={"rows": 3}),
                                  error_messages={"required": "Say what was asked."})
    recommendations = forms.ModelMultipleChoiceField(
        label="About recommendations", queryset=None, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose the recommendations the update is about."})
    everyone = forms.BooleanField(label="Ask every recipient of these recommendations", required=False)
    organisations = forms.ModelMultipleChoiceField(
        label="Or ask only these bodies", queryset=None, required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, super_complaint, **kwargs):
        super().__init__(*args, **kwargs)
        recs = super_complaint.recommendations.filter(retired_on__isnull=True)
        self.fields["recommendations"].queryset = recs
        self.fields["recommendations"].label_from_instance = lambda r: f"Recommendation {r.number}"
        self.fields["organisations"].queryset = Organisation.objects.filter(
            recipient_of__recommendation__in=recs).distinct().order_by("name")

    def clean(self):
        data = super().clean()
        if not data.get("everyone") and not data.get("organisations"):
            self.add_error("organisations", "Choose who is asked, or ask every recipient.")
        return data
