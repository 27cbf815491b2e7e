"""The GOV.UK form kit shared by every page: Design System classes and error states on Django forms,
the GOV.UK date input, and service errors put back on the form.

The markup comes from ``core/templates/govuk/field.html``; ``GovukFormMixin`` sets the Design System classes
and error states; ``add_service_errors`` turns a service's ``ValidationError`` into form errors.
"""
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

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


def _attributes(attrs: dict) -> str:
    """HTML attributes in order, as Django's ``attrs.html`` writes them (True: the name alone; False: left out)."""
    return format_html_join("", "{}", ((format_html(" {}", name) if value is True else
                                        format_html(' {}="{}"', name, value),)
                                       for name, value in attrs.items() if value is not False))


class GovukSelect(forms.Select):
    """A select rendered in Python with the markup of Django's templates. Django renders every option through
    two template includes; a filter form's selects (every region, every recommendation) cost a matrix page more
    than its query. ``GovukFormMixin`` puts it in place of every plain ``forms.Select``."""

    @classmethod
    def like(cls, widget: forms.Select) -> "GovukSelect":
        made = cls.__new__(cls)
        made.__dict__.update(widget.__dict__)
        return made

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group, options, _ in widget["optgroups"]:
            rendered = format_html_join("", '<option value="{}"{}>{}</option>',
                                        ((option["value"], _attributes(option["attrs"]), option["label"])
                                         for option in options))
            groups.append(format_html('<optgroup label="{}">{}</optgroup>', group, rendered) if group else rendered)
        return format_html('<select name="{}"{}>{}</select>', widget["name"], _attributes(widget["attrs"]),
                           mark_safe("".join(groups)))  # noqa: S308 - every part is format_html's output


class GovukFormMixin:
    """Design System classes on every widget, error classes and aria-describedby after validation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if type(field.widget) is forms.Select:
                field.widget = GovukSelect.like(field.widget)
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


class VersionedForm(forms.Form):
    """A form that edits a stored row carries the version it started from (a hidden field): the service
    refuses the save if someone else saved in between (``rectrack.core.audit.StaleEdit``)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def expected_version(self) -> int | None:
        return self.cleaned_data.get("version")

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "version"}
