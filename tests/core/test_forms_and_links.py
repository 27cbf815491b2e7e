"""The form kit's select (rendered in Python) and remembered reverse()."""
import re

from django import forms
from django.urls import reverse, set_script_prefix

from rectrack.core.forms import GovukFormMixin, GovukSelect
from rectrack.core.links import cached_reverse


class Choose(GovukFormMixin, forms.Form):
    plain = forms.ChoiceField(choices=[("", "Any"), ("a&b", "A & <b>"), ("c", "C")], required=False)
    grouped = forms.ChoiceField(choices=[("Group <1>", [("x", "X"), ("y", "Y")]), ("z", "Z")], help_text="Pick")
    many = forms.MultipleChoiceField(choices=[("p", "P"), ("q", "Q")], required=False)


def _normal(html: str) -> str:
    return re.sub(r">\s+<", "><", str(html).replace("\n", "")).strip()


def test_the_python_select_renders_what_djangos_templates_render():
    for data in (None, {"plain": "a&b", "grouped": "y"}, {"plain": "nope"}):
        form = Choose(data)
        if data:
            form.is_valid()
        for name in ("plain", "grouped"):
            field = form.fields[name]
            assert isinstance(field.widget, GovukSelect)
            bound = form[name]
            attrs = {"id": bound.auto_id, **field.widget.attrs}
            fast = GovukSelect.render(field.widget, bound.html_name, bound.value(), attrs)
            slow = forms.Select.render(field.widget, bound.html_name, bound.value(), attrs)
            assert _normal(fast) == _normal(slow)
    html = str(Choose({"plain": "a&b", "grouped": "y"})["plain"])
    assert '<option value="a&amp;b" selected>A &amp; &lt;b&gt;</option>' in html  # escaped, and chosen
    assert 'class="govuk-select"' in html
    assert not isinstance(Choose().fields["many"].widget, GovukSelect)  # only plain selects are replaced


def test_cached_reverse_follows_the_script_prefix():
    assert cached_reverse("responses:detail", 7) == reverse("responses:detail", args=[7])
    try:
        set_script_prefix("/tracker/")
        assert cached_reverse("responses:detail", 7) == reverse("responses:detail", args=[7])
        assert cached_reverse("responses:detail", 7).startswith("/tracker/")
    finally:
        set_script_prefix("/")
    assert not cached_reverse("responses:detail", 7).startswith("/tracker/")
