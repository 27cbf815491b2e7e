"""Forms of the organisations pages: the list filter and the inspectorate's links for joint answers."""
from django import forms

from rectrack.core.forms import GovukFormMixin
from rectrack.organisations.models import Organisation


class RegionFilterForm(GovukFormMixin, forms.Form):
    region = forms.ChoiceField(label="Region", required=False)

    def __init__(self, data=None, *, regions, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["region"].choices = [("", "All regions"), *[(r, r) for r in regions]]


class PairForm(GovukFormMixin, forms.Form):
    other = forms.ModelChoiceField(label="Link with", queryset=Organisation.objects.none(),
                                   error_messages={"required": "Choose the organisation to link with"},
                                   help_text="Two linked bodies may answer jointly for each other and read each "
                                             "other's working copies.")
    reason = forms.CharField(label="Why (kept with the link)", required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = (Organisation.objects.exclude(pk=organisation.pk)
                                         .exclude(kind=Organisation.Kind.DESIGNATED_BODY).order_by("name"))
