"""``overdue_on``: the SQL narrowing of "who is overdue" agrees with the clock rules it stands in for."""
import datetime

import pytest

from rectrack.complaints.models import Recommendation
from rectrack.tracker.deadline_rows import deadline_rows
from rectrack.tracker.deadlines import CLOCKS, LONG_OVERDUE, OVERDUE
from rectrack.tracker.models import Standing
from rectrack.tracker.selectors import cells_for, overdue_counts, overdue_on, standings
from rectrack.work.selectors.overdue import OverdueFilters, overdue_groups
from tests.responses import factories


@pytest.fixture
def varied_clocks(reference_data):
    """Standings whose clocks are met, unmet, without a date, with and without an update clock, on and around
    the days the test reads them (row edits: the selector reads these columns, whatever wrote them)."""
    day = datetime.date(2024, 6, 1)
    rows = list(Standing.objects.order_by("pk")[:240])
    for i, row in enumerate(rows):
        row.initial_due = None if i % 11 == 0 else day + datetime.timedelta(days=(i % 9) - 4)
        row.initial_met_on = day if i % 3 == 0 else None
        row.has_update_clock = i % 2 == 0
        row.update_due = (day + datetime.timedelta(days=(i % 7) - 3)) if row.has_update_clock and i % 5 else None
        row.update_met_on = day if row.has_update_clock and i % 4 == 0 else None
    Standing.objects.bulk_update(rows, ["initial_due", "initial_met_on", "has_update_clock", "update_due",
                                        "update_met_on"])
    return day


def overdue_by_rules(day) -> dict[str, set]:
    """For each clock filter ("" for either), the standings the clock rules find overdue on ``day``."""
    recommendations = {r.pk: r for r in Recommendation.objects.all()}
    found: dict[str, set] = {clock: set() for clock in ("", *CLOCKS)}
    for cell in cells_for(standings(), recommendations, today=day):
        for c in cell.deadlines:
            if c.state in (OVERDUE, LONG_OVERDUE):
                found[""].add((cell.recommendation.pk, cell.organisation.id))
                found[c.clock].add((cell.recommendation.pk, cell.organisation.id))
    return found


def test_it_selects_exactly_the_standings_with_an_overdue_clock(varied_clocks):
    for offset in (-5, 0, 1, 4, 400):
        day = varied_clocks + datetime.timedelta(days=offset)
        expected = overdue_by_rules(day)
        for clock in ("", *CLOCKS):
            selected = set(Standing.objects.filter(overdue_on(day, clock))
                           .values_list("recommendation_id", "organisation_id"))
            assert selected == expected[clock], (offset, clock)
            if offset in (1, 4):
                # The fixture's dates make some clocks overdue on these days, and some not.
                assert expected[clock] and len(expected[clock]) < Standing.objects.count()


def test_the_overdue_lists_are_unchanged_by_the_narrowing(varied_clocks):
    day = varied_clocks + datetime.timedelta(days=3)
    groups = overdue_groups(OverdueFilters(), today=day)
    listed = {(i.recommendation.pk, g.organisation.id, i.clock.clock) for g in groups for i in g.items}
    every = {(r.recommendation.pk, r.organisation.id, r.clock.clock) for r in deadline_rows(today=day)
             if r.clock.state in (OVERDUE, LONG_OVERDUE)}
    assert listed == every and listed
    narrowed = {(r.recommendation.pk, r.organisation.id, r.clock.clock)
                for r in deadline_rows(state="overdue_any", today=day)}
    assert narrowed == every


def test_a_read_without_answers_keeps_every_clock(varied_clocks, users):
    factories.make_response(users.sussex_editor, "1", "sussex-police")  # published: an answer to leave out
    recommendations = {r.pk: r for r in Recommendation.objects.all()}
    day = varied_clocks + datetime.timedelta(days=2)
    full = cells_for(standings(), recommendations, today=day)
    bare = cells_for(standings(answers=False), recommendations, today=day)
    assert any(c.response for c in full) and not any(c.response for c in bare)
    key = lambda c: (c.recommendation.pk, c.organisation.id)  # noqa: E731
    assert {key(c): c.deadlines for c in full} == {key(c): c.deadlines for c in bare}


def test_the_counts_in_the_database_agree_with_the_clock_rules(varied_clocks, settings):
    """``overdue_counts`` (one grouped query, the inspectorate's home) counts what ``overdue_groups`` lists."""
    settings.RECTRACK_LONG_OVERDUE_DAYS = 3  # the fixture's dates then give overdue and long overdue clocks
    seen_long = seen_short = False
    for offset in (-5, 1, 3, 4, 6, 400):
        day = varied_clocks + datetime.timedelta(days=offset)
        expected = [(g.organisation.id, g.overdue, g.long_overdue, g.most_days)
                    for g in overdue_groups(OverdueFilters(), today=day)]
        counted = [(c.organisation.id, c.overdue, c.long_overdue, c.most_days) for c in overdue_counts(day)]
        assert counted == expected, offset
        seen_long |= any(e[2] for e in expected)
        seen_short |= any(e[1] for e in expected)
    assert seen_long and seen_short
    day = varied_clocks + datetime.timedelta(days=4)
    sussex = overdue_counts(day, organisation_id="sussex-police")
    assert [c.organisation.id for c in sussex] in ([], ["sussex-police"])
