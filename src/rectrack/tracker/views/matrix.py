"""The national matrix as HTML rows, built in Python.

At national size the matrix has thousands of cells; rendering each through template nodes costs more than
the whole query budget, so each row's cells are joined here from escaped strings and the template only
loops over rows. URLs come from one reverse() each, not one per cell; the fragments a cell is made of are
built once per distinct value.
"""
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rectrack.core.vocabulary import LABELS, PROGRESS_TAG, WORKFLOW_TAG, WorkflowState
from rectrack.tracker.deadlines import due_soon_days
from rectrack.tracker.selectors import CELL_STATES, Cell, Matrix

_PLACEHOLDER = 999_999_999
EMPTY_CELL = '<td class="govuk-table__cell app-matrix__none"></td>'


@dataclass
class MatrixRow:
    organisation: object
    cells_html: SafeString
    answered: int
    owed: int
    no_response_check: object
    html: SafeString  # the whole row: its header (the body's name, linked) and its cells


def small_workflow_tag(state: str) -> str:
    """The workflow state of a working copy that is not (or not yet again) what the public sees, beside its answer."""
    return (f' <strong class="govuk-tag app-tag--small {WORKFLOW_TAG[state]}">'
            f'<span class="govuk-visually-hidden">Workflow: </span>{LABELS[state]}</strong>')


def small_deadline_tag(deadline) -> str:
    """A clock's state as a small tag beside an answer (``tracker.deadlines.DeadlineState``)."""
    return (f' <strong class="govuk-tag app-tag--small {escape(deadline.tag_class)}">'
            f"{escape(deadline.label)}</strong>")


class CellRenderer:
    def __init__(self, user):
        self.user = user
        self.response_url = reverse("responses:detail", args=[_PLACEHOLDER]).replace(str(_PLACEHOLDER), "{}")
        self.create_url = escape(reverse("responses:create"))
        self.tags = {state: f'<strong class="govuk-tag {PROGRESS_TAG[state]}">{LABELS[state]}</strong>'
                     for state in CELL_STATES}
        self.states = {state: small_workflow_tag(state) for state in WorkflowState if state != WorkflowState.PUBLISHED}
        self._can_add: dict[str, bool] = {}
        self._deadlines: dict[int, str] = {}
        self._org_parts: dict[str, tuple[str, str]] = {}
        self._rec_parts: dict[int, tuple[str, str]] = {}
        self.today = timezone.localdate()
        self.soon = due_soon_days()

    def can_add(self, organisation) -> bool:
        if organisation.pk not in self._can_add:
            self._can_add[organisation.pk] = bool(
                self.user.is_authenticated and self.user.has_perm("responses.add_response_for", organisation.pk)
            )
        return self._can_add[organisation.pk]

    def add_link(self, cell: Cell) -> str:
        """The "Add" link of an unanswered cell; its escaped parts are made once per organisation and
        recommendation, not once per cell."""
        org, rec = cell.organisation, cell.recommendation
        org_part = self._org_parts.get(org.pk)
        if org_part is None:
            org_part = self._org_parts[org.pk] = (escape(urlencode({"organisation": org.pk})), escape(org.name))
        rec_part = self._rec_parts.get(rec.pk)
        if rec_part is None:
            rec_part = self._rec_parts[rec.pk] = (escape(urlencode({"recommendation": rec.pk})), escape(rec.number))
        return (f' <a class="govuk-link app-matrix__add" href="{self.create_url}?{rec_part[0]}&amp;{org_part[0]}">Add'
                f'<span class="govuk-visually-hidden"> a response from {org_part[1]} to '
                f'recommendation {rec_part[1]}</span></a>')

    def deadline(self, deadline) -> str:
        """The deadline tag of a cell, only where action is needed (overdue, long overdue, due soon).

        Met clocks and ones due later get no tag: at national size a label in every cell was most of the
        page. The legend above the matrix says so; the deadline filter and summary give the rest.
        """
        key = id(deadline)  # the states are shared, immutable objects: a few distinct ones for thousands of cells
        if key not in self._deadlines:
            self._deadlines[key] = small_deadline_tag(deadline) if deadline.actionable(self.today, self.soon) else ""
        return self._deadlines[key]

    def cell(self, cell: Cell) -> str:
        """The cell as this renderer's user sees it (with an "Add" link where they may add a response)."""
        if not cell.owed:
            return EMPTY_CELL
        tag = self.tags[cell.state]
        deadline = self.deadline(cell.deadline) if cell.deadline is not None else ""
        answer = cell.response
        if answer is not None:
            link = f'<a class="govuk-link app-matrix__link" href="{self.response_url.format(int(answer.pk))}">{tag}</a>'
            if answer.internal and answer.state in self.states:
                link += self.states[answer.state]
            if cell.joint:
                link += (f' <span class="app-joint">(joint<span class="govuk-visually-hidden"> response by '
                         f'{escape(answer.organisation.name)}</span>)</span>')
            return f'<td class="govuk-table__cell">{link}{deadline}</td>'
        add = self.add_link(cell) if self.can_add(cell.organisation) else ""
        return f'<td class="govuk-table__cell">{tag}{add}{deadline}</td>'


def matrix_rows(matrix: Matrix, *, user) -> list[MatrixRow]:
    renderer = CellRenderer(user)
    org_url = reverse("tracker:organisation", args=["__org__"])
    rows = []
    for row in matrix.rows:
        cells = mark_safe("".join(renderer.cell(c) for c in row.cells))  # noqa: S308 - escaped above
        url = org_url.replace("__org__", row.organisation.id)
        # The row is joined here, not in the template: hundreds of rows' lookups there cost more than their cells.
        html = mark_safe(f'<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">'  # noqa: S308
                         f'<a class="govuk-link" href="{escape(url)}">{escape(row.organisation.name)}</a></th>'
                         f"{cells}</tr>")
        rows.append(MatrixRow(row.organisation, cells, row.answered, row.owed, row.no_response_check, html))
    return rows


@dataclass
class RecommendationRow:
    recommendation: object
    owed: int
    counts: list[tuple[str, str, int]]  # (state, label, cells) for every cell state, in the vocabulary's order


def recommendation_rows(matrix: Matrix) -> list[RecommendationRow]:
    """The matrix turned a quarter: a row per recommendation, the number of the bodies shown in each state."""
    return [RecommendationRow(rec, sum(counter.values()),
                              [(s.value, LABELS[s], counter.get(s, 0)) for s in CELL_STATES])
            for rec, counter in zip(matrix.columns, matrix.column_counts)]


def column_totals(matrix: Matrix) -> list[list[str]]:
    """Per column: "label: count" for each state present, in the vocabulary's order. Written here, not in the
    template: a long report's footer has hundreds of counts, and the template localises each number."""
    return [[f"{LABELS[s]}: {counter[s]}" for s in CELL_STATES if counter.get(s)] for counter in matrix.column_counts]
