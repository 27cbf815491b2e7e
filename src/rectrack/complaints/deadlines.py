"""Deadline states for recipients: derived, never stored by hand.

Placeholder contract (the deadlines work replaces the body, keeps the signature):
`annotate_cells(cells, today=None)` sets `cell.deadline` on each matrix/recommendation/organisation
cell to a DeadlineState or None, using a constant number of queries for any number of cells.
"""


def annotate_cells(cells, today=None) -> None:
    for cell in cells:
        cell.deadline = None
