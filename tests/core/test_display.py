"""The display filters' deadline tag: the clock's state as a GOV.UK tag, and the date an extension moved."""
import datetime

from rectrack.core.templatetags.display import deadline_tag
from rectrack.tracker.deadlines import INITIAL, clock_state

TODAY = datetime.date(2026, 11, 27)


def test_a_clock_due_later_is_a_tag_without_an_extension():
    state = clock_state(INITIAL, datetime.date(2026, 12, 25), None, TODAY)
    assert deadline_tag(state) == f'<strong class="govuk-tag {state.tag_class}">{state.label}</strong>'
    assert state.label.startswith("Due ")


def test_an_extended_clock_says_from_when():
    state = clock_state(INITIAL, datetime.date(2026, 10, 1), None, TODAY, original_due=datetime.date(2026, 9, 1),
                        extension_reason="a <b>reason</b>")
    html = deadline_tag(state)
    assert html.endswith(' <span class="govuk-body-s">(extended from 1 Sep 2026)</span>')
    assert f">{state.label}</strong>" in html and state.tag_class in html


def test_the_label_is_escaped():
    class Clock:  # any object with a clock's display attributes
        tag_class, label, extended, original_due = "govuk-tag--red", "<script>x</script>", False, None
    assert "&lt;script&gt;" in deadline_tag(Clock()) and "<script>" not in deadline_tag(Clock())
