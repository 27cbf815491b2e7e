"""The response's history: a readable timeline with old and new values."""
from rectrack.responses import services
from rectrack.responses.history import response_timeline


def test_timeline_records_progress_change(users, sussex_response):
    services.update_response(user=users.sussex_editor, response=sussex_response, data={"progress": "complete"})
    entries = response_timeline(sussex_response)
    latest = entries[0]
    assert (latest.kind, latest.who) == ("changed", "sussex-editor")
    change = next(c for c in latest.changes if c.field == "Progress")
    assert (change.old, change.new) == ("In progress", "Complete")
    assert entries[-1].kind == "created"


def test_history_on_the_page_shows_struck_old_value_and_text_for_screen_readers(users, client_for, sussex_response):
    client = client_for(users.sussex_editor)
    client.post(f"/responses/{sussex_response.pk}/edit/", {"position": "accepted", "progress": "complete",
                                                           "version": sussex_response.version})
    client.post(
        f"/responses/{sussex_response.pk}/actions/new/", {"description": "Brief officers", "status": "not_started"}
    )
    html = client.get(f"/responses/{sussex_response.pk}/").content.decode()
    assert '<del class="app-diff-del">In progress</del> <ins class="app-diff-ins">Complete</ins>' in html
    assert '<span class="govuk-visually-hidden">changed from In progress to Complete</span>' in html
    assert "Action: Brief officers created" in html
    assert "By sussex-editor" in html
