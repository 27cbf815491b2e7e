"""One organisation: everything it owes, across super-complaints, with its answers and deadlines."""
from itertools import groupby
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.generic import TemplateView

from rectrack.core.templatetags.display import label, partial_date, progress_tag
from rectrack.core.vocabulary import NO_RESPONSE, JointStatus, WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses.models import JointLink
from rectrack.tracker.deadline_rows import deadline_rows_from_cells
from rectrack.tracker.selectors import Cell, organisation_cells, with_details
from rectrack.tracker.views.matrix import small_deadline_tag, small_workflow_tag


def _label(value: str | None) -> str:
    return escape(label(value))


class ResponseRows:
    """The rows of an organisation's responses tables, one per recommendation it owes, joined in Python.

    An organisation can owe a few hundred recommendations; the same rows through template nodes were half of the
    page's time. Every value from the record is escaped here."""

    def __init__(self, organisation, can_add: bool):
        self.create = escape(reverse("responses:create")) if can_add else ""
        self.org_query = escape(urlencode({"organisation": organisation.pk}))

    def deadline(self, cell: Cell) -> str:
        return small_deadline_tag(cell.deadline) if cell.deadline is not None else ""

    def row(self, cell: Cell) -> SafeString:
        rec, r = cell.recommendation, cell.response
        number = escape(rec.number)
        head = (f'<th scope="row" class="govuk-table__header"><a class="govuk-link" '
                f'href="{escape(rec.get_absolute_url())}">Recommendation {number}</a></th>')
        if r is not None:
            state = ""
            if r.internal and r.state != WorkflowState.PUBLISHED:
                state = small_workflow_tag(r.state)
            joint = f' <span class="app-joint">(joint, by {escape(r.organisation.name)})</span>' if cell.joint else ""
            assessment = _label(cell.detail.assessment) if cell.detail is not None else ""
            body = (f'<td class="govuk-table__cell">{_label(r.position)}</td>'
                    f'<td class="govuk-table__cell"><a class="govuk-link" href="{escape(r.get_absolute_url())}">'
                    f'<strong class="govuk-tag {progress_tag(r.progress)}">{_label(r.progress)}'
                    f'</strong><span class="govuk-visually-hidden"> – response to recommendation {number}</span></a>'
                    f"{state}{joint}{self.deadline(cell)}</td>"
                    f'<td class="govuk-table__cell">{escape(partial_date(r.as_of))}</td>'
                    f'<td class="govuk-table__cell">{assessment}</td>')
        else:
            add = (f'<br><a class="govuk-link" href="{self.create}?{escape(urlencode({"recommendation": rec.pk}))}'
                   f'&amp;{self.org_query}">Add a response<span class="govuk-visually-hidden"> to recommendation '
                   f"{number}</span></a>" if self.create else "")
            body = ('<td class="govuk-table__cell"></td>'
                    f'<td class="govuk-table__cell"><strong class="govuk-tag {progress_tag(NO_RESPONSE)}">'
                    f"{_label(NO_RESPONSE)}</strong>{self.deadline(cell)}{add}</td>"
                    '<td class="govuk-table__cell" colspan="2"></td>')
        return mark_safe(f'<tr class="govuk-table__row">{head}{body}</tr>')  # noqa: S308 - every value escaped above


class OrganisationDetailView(TemplateView):
    template_name = "tracker/organisation.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        organisation = get_object_or_404(Organisation.objects.select_related("oversees"), pk=kwargs["org_id"])
        cells = with_details(organisation_cells(organisation, user=user))
        can_add = bool(user.is_authenticated and user.has_perm("responses.add_response_for", organisation))
        rows = ResponseRows(organisation, can_add)
        by_complaint = []  # (super-complaint, its cells, their rows' HTML)
        for super_complaint, group in groupby(cells, key=lambda c: c.recommendation.super_complaint):
            owed = list(group)
            by_complaint.append((super_complaint, owed, mark_safe("".join(rows.row(c) for c in owed))))  # noqa: S308
        deadlines = deadline_rows_from_cells(cells)
        # Joint answers offered to this body and waiting for its decision: only its own editors decide.
        decides = bool(user.is_authenticated and getattr(user, "organisation_id", None) == organisation.pk
                       and user.is_org_editor)
        requests = list(JointLink.objects.filter(organisation=organisation, status=JointStatus.PENDING)
                        .select_related("response__organisation", "response__recommendation__super_complaint")
                        .order_by("requested_at")) if decides else []
        return super().get_context_data(
            organisation=organisation,
            overseen_by=list(organisation.overseen_by.all()),
            raised=list(organisation.super_complaints_raised.all()),
            by_complaint=by_complaint,
            answered=sum(1 for c in cells if c.response is not None),
            owed=len(cells),
            open_deadlines=[r for r in deadlines if r.clock.is_open],
            met_deadlines=sum(1 for r in deadlines if r.clock.state == "met"),
            unset_deadlines=sum(1 for r in deadlines if r.clock.state == "none"),
            can_extend=user.has_perm("workflow.grant_extension"),
            joint_requests=requests,
            can_add=can_add,
            export_query=urlencode({"organisation": organisation.pk}),
            nav_section="organisations",
            **kwargs,
        )
