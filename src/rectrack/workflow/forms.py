"""Forms for transitions, deadline settings and extensions: they collect input; services decide."""
from django import forms

from rectrack.core.forms import GovukDateField, GovukFormMixin
from rectrack.core.vocabulary import CLOCK_LABELS, Clock
from rectrack.workflow.services import MAX_COMMENT, MAX_INITIAL_DAYS
from rectrack.workflow.transitions import REGISTRY


class TransitionForm(GovukFormMixin, forms.Form):
    to_state = forms.ChoiceField(choices=sorted({(r.target.value, r.target.value) for r in REGISTRY}),
                                 widget=forms.HiddenInput)
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=MAX_COMMENT,
                              label="Comment")
    next = forms.CharField(required=False, widget=forms.HiddenInput)
    # The version of the response the person decided on: a response that changed since is not moved.
    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class DeadlineSettingsForm(GovukFormMixin, forms.Form):
    initial_response_days = forms.IntegerField(
        label="Days allowed for the initial response", min_value=1, max_value=MAX_INITIAL_DAYS,
        help_text="Counted from the report's publication date. Often 56.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-4"}),
        error_messages={"required": "Enter the number of days allowed for the initial response",
                        "invalid": "The number of days must be a whole number"})
    initial_response_due_override = GovukDateField(
        label="Initial responses due on (instead)",
        help_text="Leave blank to count the days from publication. Needed when the publication date has no day.")
    reason = forms.CharField(label="Reason for the change (recorded)", required=False,
                             widget=forms.Textarea(attrs={"rows": 3}), max_length=MAX_COMMENT)
    # The settings the page showed (``services.deadline_settings_digest``): a stale page is refused, not saved.
    started_from = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, recommendations, **kwargs):
        self.recommendations = list(recommendations)
        super().__init__(*args, **kwargs)
        for rec in self.recommendations:
            self.fields[f"update_due_{rec.pk}"] = GovukDateField(
                label=f"Recommendation {rec.number}: progress update due",
                help_text="Leave blank if this recommendation asks for no progress update by a date.")

    def update_dues(self) -> dict:
        return {rec.pk: self.cleaned_data.get(f"update_due_{rec.pk}") for rec in self.recommendations}

    def update_due_fields(self):
        return [self[f"update_due_{rec.pk}"] for rec in self.recommendations]


class ExtensionForm(GovukFormMixin, forms.Form):
    recommendations = forms.MultipleChoiceField(
        label="Recommendations", widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one recommendation"})
    clock = forms.ChoiceField(
        label="Which deadline",
        widget=forms.RadioSelect,
        choices=[(Clock.INITIAL, CLOCK_LABELS[Clock.INITIAL]), (Clock.UPDATE, CLOCK_LABELS[Clock.UPDATE])],
        error_messages={"required": "Choose which deadline to extend"},
    )
    new_due = GovukDateField(label="New due date", required=True,
                             error_messages={"required": "Enter the new due date"})
    reason = forms.CharField(label="Reason for the extension", widget=forms.Textarea(attrs={"rows": 4}),
                             max_length=MAX_COMMENT, help_text="Recorded with your name; the organisation sees it.",
                             error_messages={"required": "Enter the reason for the extension"})

    def __init__(self, *args, recommendations, **kwargs):
        super().__init__(*args, **kwargs)
        self.recommendation_objects = {str(r.pk): r for r in recommendations}
        self.fields["recommendations"].choices = [(str(r.pk), f"Recommendation {r.number}") for r in recommendations]

    def chosen_recommendations(self) -> list:
        return [self.recommendation_objects[pk] for pk in self.cleaned_data["recommendations"]]
