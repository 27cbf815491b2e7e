"""The national matrix and the other reads behind the tracker pages."""
import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from rectrack.complaints.models import SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.tracker.selectors import (
    NO_RESPONSE,
    MatrixFilters,
    build_matrix,
    organisation_cells,
    recommendation_cells,
)
from tests.responses import factories


def super_complaint():
    return SuperComplaint.objects.get(slug=factories.SC)


def cell(matrix, org_id, number):
    row = next(r for r in matrix.rows if r.organisation.id == org_id)
    return next(c for c in row.cells if c.recommendation.number == number)


def test_fan_out_one_row_per_recipient_and_grey_cells_where_nothing_is_owed(users):
    matrix = build_matrix(super_complaint(), user=users.inspector)
    forces = Organisation.objects.filter(kind="force").count()
    pccs = Organisation.objects.filter(kind="policing_body").count()
    assert [c.number for c in matrix.columns] == [str(n) for n in range(1, 9)]
    assert len(matrix.rows) == forces + pccs + 2  # + Home Office and NPCC
    assert cell(matrix, "sussex-police", "1").owed and not cell(matrix, "sussex-police", "6").owed
    assert cell(matrix, "sussex-pcc", "6").owed and not cell(matrix, "sussex-pcc", "1").owed
    assert cell(matrix, "home-office", "2").state == NO_RESPONSE
    assert cell(matrix, "sussex-police", "6").state == ""


def test_joint_response_counts_for_both(users):
    response = factories.make_response(
        users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"], progress="complete"
    )
    matrix = build_matrix(super_complaint(), user=AnonymousUser())
    own, joint = cell(matrix, "sussex-police", "5"), cell(matrix, "sussex-pcc", "5")
    assert (own.response.pk, own.joint) == (response.pk, False)
    assert (joint.response.pk, joint.joint, joint.state) == (response.pk, True, "complete")
    assert joint.response.organisation.name == "Sussex Police"
    column = matrix.columns.index(response.recommendation)
    assert matrix.column_counts[column]["complete"] == 2
    assert "sussex-pcc" not in {r.organisation.id for r in matrix.non_responders}


def test_non_responders_and_their_no_response_check(users):
    factories.make_response(users.inspector, "1", "sussex-police")
    services.record_no_response(
        user=users.inspector,
        super_complaint=super_complaint(),
        organisation=factories.org("kent-police"),
        checked_on=datetime.date(2021, 3, 1),
        checked_where="https://www.kent.police.uk",
    )
    matrix = build_matrix(super_complaint(), user=AnonymousUser())
    ids = {r.organisation.id: r for r in matrix.non_responders}
    assert "sussex-police" not in ids
    assert ids["kent-police"].no_response_check.checked_where == "https://www.kent.police.uk"
    assert ids["northumbria-police"].no_response_check is None


def test_only_the_organisation_and_the_inspectorate_see_a_draft(users):
    draft = factories.make_response(users.inspector, "1", "northumbria-police", published=False)
    for outsider in (AnonymousUser(), users.liberty, users.sussex_editor):
        assert cell(build_matrix(super_complaint(), user=outsider), "northumbria-police", "1").response is None
    for insider in (users.northumbria_editor, users.inspector):
        seen = cell(build_matrix(super_complaint(), user=insider), "northumbria-police", "1").response
        assert (seen.pk, seen.state, seen.internal) == (draft.pk, "draft", True)
    by_org = {c.organisation.id: c for c in recommendation_cells(draft.recommendation, user=AnonymousUser())}
    assert by_org["northumbria-police"].response is None
    assert all(
        c.response is None for c in organisation_cells(factories.org("northumbria-police"), user=AnonymousUser())
    )


@pytest.mark.parametrize(("query", "expected_in", "expected_out"), [
    ({"kind": "force"}, "sussex-police", "sussex-pcc"),
    ({"region": "North East"}, "northumbria-police", "sussex-police"),
    ({"progress": "complete"}, "sussex-police", "kent-police"),
    ({"not_responded": "1"}, "kent-police", "home-office"),
    ({"not_responded": "1", "recommendation": "1"}, "kent-police", "sussex-police"),
    ({"progress": "in_progress", "recommendation": "4"}, "northumbria-police", "sussex-police"),
])
def test_filters(users, query, expected_in, expected_out):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    factories.make_response(users.inspector, "4", "northumbria-police", progress="in_progress")
    for number in "2378":
        factories.make_response(users.inspector, number, "home-office")
    matrix = build_matrix(super_complaint(), user=users.inspector, filters=MatrixFilters.from_query(query))
    ids = {r.organisation.id for r in matrix.rows}
    assert expected_in in ids and expected_out not in ids


@pytest.mark.parametrize(("query", "expected_in", "expected_out"), [
    ({"deadline": "met", "recommendation": "1"}, "sussex-police", "kent-police"),
    ({"deadline": "long_overdue", "recommendation": "1"}, "kent-police", "sussex-police"),
    ({"deadline": "overdue", "recommendation": "1"}, "kent-police", "sussex-police"),  # includes long overdue
])
def test_deadline_filter(users, query, expected_in, expected_out):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    matrix = build_matrix(super_complaint(), user=users.inspector, filters=MatrixFilters.from_query(query))
    ids = {r.organisation.id for r in matrix.rows}
    assert expected_in in ids and expected_out not in ids
    nothing_due = build_matrix(
        super_complaint(), user=users.inspector, filters=MatrixFilters.from_query({"deadline": "due"})
    )
    assert nothing_due.rows == []  # every clock of the reference data is past
    assert MatrixFilters.from_query({"deadline": "nonsense"}).deadline == ""


def test_deadline_counts_cover_every_recipient_whatever_the_filters(users):
    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    full = build_matrix(super_complaint(), user=users.inspector)
    filtered = build_matrix(
        super_complaint(), user=users.inspector, filters=MatrixFilters.from_query({"region": "North East"})
    )
    owed = sum(c.owed for r in full.rows for c in r.cells)
    assert full.deadline_counts == filtered.deadline_counts
    assert sum(full.deadline_counts.values()) == owed and full.deadline_counts["met"] == 1


def test_sorting(users):
    factories.make_response(users.inspector, "1", "wiltshire-police")
    factories.make_response(users.inspector, "4", "wiltshire-police")
    by_name = [r.organisation.name for r in build_matrix(super_complaint(), user=users.inspector).rows]
    assert by_name == sorted(by_name)
    most = build_matrix(
        super_complaint(), user=users.inspector, filters=MatrixFilters.from_query({"sort": "-answered"})
    )
    assert most.rows[0].organisation.id == "wiltshire-police"
    by_region = build_matrix(
        super_complaint(), user=users.inspector, filters=MatrixFilters.from_query({"sort": "region"})
    ).rows
    assert [r.organisation.region for r in by_region] == sorted(r.organisation.region for r in by_region)
    by_kind = build_matrix(
        super_complaint(), user=users.inspector, filters=MatrixFilters.from_query({"sort": "kind"})
    ).rows
    assert [r.organisation.kind for r in by_kind] == sorted(r.organisation.kind for r in by_kind)


def test_unknown_filter_values_are_ignored():
    filters = MatrixFilters.from_query({"kind": "<script>", "progress": "nonsense", "sort": "drop table"})
    assert (filters.kind, filters.progress, filters.sort) == ("", "", "name")


def test_a_retired_recommendation_is_owed_by_nobody_until_it_is_brought_back(users):
    import datetime

    from rectrack.complaints import services as catalogue
    from rectrack.complaints.models import Recommendation
    from rectrack.tracker.models import Standing
    from rectrack.tracker.selectors import build_matrix

    rec = Recommendation.objects.get(super_complaint_id="safe-to-share", number="2")
    owed = Standing.objects.filter(recommendation=rec).count()
    assert owed > 0
    rec = catalogue.retire_recommendation(user=users.inspector, recommendation=rec, on=datetime.date(2024, 6, 1),
                                          reason="Superseded")
    assert not Standing.objects.filter(recommendation=rec).exists()  # no cells, no deadlines, no reminders
    assert "2" not in [c.number for c in build_matrix(rec.super_complaint).columns]
    catalogue.retire_recommendation(user=users.inspector, recommendation=rec, on=None, reason="")
    assert Standing.objects.filter(recommendation=rec).count() == owed


def _shown(cells):
    """What a page shows of each cell: its answer as the viewer sees it, its state and its deadlines."""
    return sorted((c.organisation.id, c.recommendation.number, c.state, c.joint, c.pending_joint,
                   c.response and (c.response.pk, c.response.progress, c.response.state, c.response.as_of),
                   [d.state for d in c.deadlines], c.deadline and c.deadline.state) for c in cells)


def test_each_viewer_reads_only_its_side_of_a_cell_and_sees_the_same(users):
    """Leaving out the columns a viewer never reads (standings(viewer=...)) changes nothing it is shown."""
    from rectrack.responses.selectors import PUBLIC, viewer_for
    from rectrack.tracker.selectors import cells_for, standings

    factories.make_response(users.inspector, "1", "sussex-police", progress="complete")
    draft = factories.make_response(users.inspector, "4", "sussex-police", published=False, progress="in_progress")
    factories.make_response(users.inspector, "5", "sussex-police", counts_for=["sussex-pcc"])
    recommendations = {r.pk: r for r in super_complaint().recommendations.all()}
    for who in (PUBLIC, viewer_for(users.inspector), viewer_for(users.sussex_editor),
                viewer_for(users.northumbria_editor)):
        narrow = cells_for(standings(super_complaint=super_complaint(), viewer=who), recommendations, who)
        full = cells_for(standings(super_complaint=super_complaint()), recommendations, who)
        assert _shown(narrow) == _shown(full)
    inspector = cells_for(standings(super_complaint=super_complaint(), viewer=viewer_for(users.inspector)),
                          recommendations, viewer_for(users.inspector))
    assert any(c.response and c.response.pk == draft.pk for c in inspector)  # the working copy, not left out


def test_a_matrix_read_without_clocks_has_no_deadlines(users):
    super_complaint().recommendations.update(update_due=datetime.date(2020, 1, 1))
    with_clocks = build_matrix(super_complaint(), user=AnonymousUser())
    without = build_matrix(super_complaint(), user=AnonymousUser(), clocks=False)
    assert any(c.deadline is not None for r in with_clocks.rows for c in r.cells if c.owed)
    assert all(c.deadline is None and c.deadlines == [] for r in without.rows for c in r.cells)
    assert ([[c.state for c in r.cells] for r in without.rows]
            == [[c.state for c in r.cells] for r in with_clocks.rows])
