"""Round fourteen, trackers whose status word closes a row the update says is not finished (ADR 0008, Decision 38,
helper `track17`): the class found on heldout29 and heldout30, written here in a third wording (neither the sets' nor
dev26's). A tracker's status word is the writer's summary and the row's update the account: an update that books the
work's own step for later is under way. Every test fails on the round's starting code (1155865: it read each such row
complete from its column) and passes now; each also checks the neighbouring reading the rule must not take."""
from rectrack.extraction import extract_bytes

_STALKING = "Report on the Suzy Lamplugh Trust's super-complaint on the police response to stalking\n\n"
_PPDA = "Report on the Centre for Women's Justice super-complaint on police perpetrated domestic abuse\n\n"


def _progress(catalogue, text: str, name: str = "x.md") -> dict:
    return {p.recommendation: p.progress for p in extract_bytes(text.encode(), name, catalogue).responses}


def test_a_work_step_booked_for_later_outranks_a_complete_column(catalogue):
    # the base read rows 7 and 10 complete from their column
    text = (f"# Avon and Somerset Police: stalking tracker\n\n{_STALKING}As at 3 March 2025\n\n"
            "| Rec | Status | Update |\n|---|---|---|\n"
            "| 7 | Complete | Business case approved. The records system installation is timetabled for the summer. |\n"
            "| 10 | Green | Course content written with a victims' charity; it will be rolled out to all "
            "response teams in May. |\n"
            "| 16 | Complete | Joint review with the commissioner's office finished in January; an evaluation is "
            "scheduled for the autumn. |\n")
    got = _progress(catalogue, text)
    assert got["7"] == got["10"] == "in_progress"
    # the neighbour: a later step after the work (an evaluation) leaves the column standing
    assert got["16"] == "complete"


def test_a_ticked_box_beside_work_that_will_be_built_later_is_under_way(catalogue):
    # the base read row 2 complete from its ticked box
    text = (f"# Devon and Cornwall Police: our progress\n\n{_PPDA}Updated 4 September 2023\n\n"
            "| Recommendation | Done | What has happened |\n|---|---|---|\n"
            "| 2 | \u2611 Complete | Screening questions agreed with the advocacy service. The questions will be "
            "built into the complaint form in January. |\n"
            "| 3 | \u2611 Complete | Victims have been referred to a specialist service since March; this is how we "
            "work now. |\n")
    got = _progress(catalogue, text)
    assert got["2"] == "in_progress"
    assert got["3"] == "complete"  # the neighbour: the work's history and its use leave the box standing
