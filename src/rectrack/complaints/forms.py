"""Forms of the catalogue pages (the inspectorate's)."""
from django import forms

from rectrack.core.forms import GovukFormMixin
from rectrack.organisations.models import Organisation


class AdequacyAccessForm(GovukFormMixin, forms.Form):
    bodies = forms.ModelMultipleChoiceField(
        label="Designated bodies that may also record views on adequacy", required=False,
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DESIGNATED_BODY).order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="The bodies that raised the super-complaint can always record their views.")
