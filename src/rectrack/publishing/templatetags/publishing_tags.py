from django import template

from rectrack.core.vocabulary import LABELS
from rectrack.publishing.selectors import state_label as _label
from rectrack.publishing.selectors import state_tag as _tag

register = template.Library()


@register.filter
def state_label(value: str) -> str:
    return _label(value)


@register.filter
def progress_tag(value: str) -> str:
    return _tag(value)


@register.filter
def vocab(value: str) -> str:
    """A status word's label from the vocabulary ('' for an empty value)."""
    return LABELS.get(value, value) if value else ""
