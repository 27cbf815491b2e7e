from django import template
from django.urls import NoReverseMatch

from rectrack.ingestion import selectors
from rectrack.ingestion.selectors import DECISION_TAG, JOB_TAG

register = template.Library()


@register.filter
def job_tag(status: str) -> str:
    """The GOV.UK tag colour class for a job status."""
    return JOB_TAG.get(status, "govuk-tag--grey")


@register.filter
def decision_tag(decision: str) -> str:
    return DECISION_TAG.get(decision, "govuk-tag--grey")


@register.filter
def url_or_empty(obj) -> str:
    """obj.get_absolute_url(), or '' while the page it names does not exist yet (another part's URL)."""
    try:
        return obj.get_absolute_url() if obj is not None else ""
    except NoReverseMatch:
        return ""


@register.simple_tag
def version_changes(document):
    """What changed since the version ``document`` replaced (``selectors.version_changes``)."""
    return selectors.version_changes(document)
