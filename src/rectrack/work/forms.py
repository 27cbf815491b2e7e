from django import forms

from rectrack.core.forms import GovukFormMixin
from rectrack.work.models import Frequency


class PreferenceForm(GovukFormMixin, forms.Form):
    frequency = forms.ChoiceField(
        label="How do you want to be told?", choices=Frequency.choices, widget=forms.RadioSelect,
        help_text="About responses submitted, returned, published or assessed, joint-answer requests and deadline "
                  "reminders. Deadline reminders come at most once a day either way.",
        error_messages={"required": "Choose how often you want to be emailed."})
