"""GET filter for the organisations list."""
from django import forms

from rectrack.responses.forms import GovukFormMixin


class RegionFilterForm(GovukFormMixin, forms.Form):
    region = forms.ChoiceField(label="Region", required=False)

    def __init__(self, data=None, *, regions, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["region"].choices = [("", "All regions"), *[(r, r) for r in regions]]
