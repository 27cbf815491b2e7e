"""GET filter forms for the super-complaint matrix and the recommendation page."""
from django import forms

from rectrack.core.forms import GovukFormMixin
from rectrack.core.vocabulary import LABELS
from rectrack.organisations.models import Organisation
from rectrack.tracker.selectors import CELL_STATES, DEADLINE_FILTERS, NO_RESPONSE

BY_BODY, BY_RECOMMENDATION = "bodies", "recommendations"
LAYOUTS = [(BY_BODY, "A row for each body"), (BY_RECOMMENDATION, "A row for each recommendation (counts)")]
SORTS = [("name", "Name"), ("region", "Region"), ("kind", "Kind of body"),
         ("-answered", "Most answered first"), ("answered", "Fewest answered first")]


def _any(label: str, options) -> list[tuple[str, str]]:
    return [("", label), *options]


class FilterForm(GovukFormMixin, forms.Form):
    """Kind of body, region and progress: shared by the matrix and the recommendation page."""

    kind = forms.ChoiceField(label="Kind of body", required=False,
                             choices=_any("All kinds", Organisation.Kind.choices))
    region = forms.ChoiceField(label="Region", required=False)
    progress = forms.ChoiceField(label="Progress", required=False,
                                 choices=_any("Any progress", [(s, LABELS[s]) for s in CELL_STATES]))

    def __init__(self, data=None, *, regions, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["region"].choices = _any("All regions", [(r, r) for r in regions])

    @property
    def active(self) -> bool:
        return bool(self.is_bound and self.is_valid() and any(self.cleaned_data.values()))


class MatrixFilterForm(FilterForm):
    recommendation = forms.ChoiceField(label="Recommendation", required=False)
    deadline = forms.ChoiceField(label="Deadline", required=False,
                                 choices=_any("Any deadline state", DEADLINE_FILTERS.items()))
    not_responded = forms.BooleanField(label="Only bodies with no response", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORTS)
    layout = forms.ChoiceField(label="Show", required=False, choices=LAYOUTS)

    def __init__(self, data=None, *, regions, recommendations, **kwargs):
        super().__init__(data, regions=regions, **kwargs)
        self.fields["recommendation"].choices = _any(
            "All recommendations", [(r.number, f"Recommendation {r.number}") for r in recommendations]
        )

    @property
    def active(self) -> bool:
        return bool(self.is_bound and self.is_valid()
                    and any(v for k, v in self.cleaned_data.items() if k not in ("sort", "layout")))


class RecommendationFilterForm(FilterForm):
    answered = forms.ChoiceField(label="Response", required=False, choices=[
        ("", "With or without a response"), ("yes", "With a response"), ("no", "Without a response"),
    ])

    def apply(self, cells: list) -> list:
        """Keep the cells matching the filters (invalid filters are ignored)."""
        if not self.is_valid():
            return cells
        data = self.cleaned_data
        out = []
        for cell in cells:
            org = cell.organisation
            if data["kind"] and org.kind != data["kind"]:
                continue
            if data["region"] and org.region != data["region"]:
                continue
            state = cell.response.progress if cell.response else NO_RESPONSE
            if data["progress"] and state != data["progress"]:
                continue
            if data["answered"] and (cell.response is not None) != (data["answered"] == "yes"):
                continue
            out.append(cell)
        return out
