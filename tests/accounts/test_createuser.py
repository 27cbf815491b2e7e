import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rectrack.accounts.models import User

GOOD = "a-long-enough-pass-phrase"


def createuser(*args):
    out = io.StringIO()
    call_command("createuser", *args, stdout=out)
    return out.getvalue()


def test_creates_an_organisation_editor(reference_data):
    out = createuser("alice", "--role", "org_editor", "--organisation", "sussex-police", "--password", GOOD,
                     "--email", "alice@example.org")
    assert "Created alice (Organisation editor, Sussex Police)" in out
    alice = User.objects.get(username="alice")
    assert alice.is_org_editor and alice.email == "alice@example.org" and alice.check_password(GOOD)


def test_creates_an_inspector_without_organisation(reference_data):
    createuser("ines", "--role", "inspectorate", "--password", GOOD)
    assert User.objects.get(username="ines").is_inspectorate


@pytest.mark.parametrize("args, message", [
    (["--role", "org_editor", "--password", GOOD], "needs --organisation"),
    (["--role", "org_editor", "--organisation", "liberty", "--password", GOOD], "needs --organisation"),
    (["--role", "designated_body", "--organisation", "sussex-police", "--password", GOOD], "designated body"),
    (["--role", "org_editor", "--organisation", "atlantis-police", "--password", GOOD], "no organisation"),
    (["--role", "inspectorate", "--password", "12345678901"], "numeric"),
    (["--role", "inspectorate", "--password", "short-pw"], "too short"),
    (["--role", "inspectorate", "--password", "password123"], "too common"),
])
def test_refuses_bad_input(reference_data, args, message):
    with pytest.raises(CommandError, match=message):
        createuser("bob", *args)
    assert not User.objects.filter(username="bob").exists()


def test_refuses_a_duplicate_username(reference_data):
    createuser("carol", "--role", "inspectorate", "--password", GOOD)
    with pytest.raises(CommandError, match="already exists"):
        createuser("carol", "--role", "inspectorate", "--password", GOOD)


def test_unknown_role_is_a_usage_error(reference_data):
    with pytest.raises(CommandError, match="invalid choice"):
        createuser("dave", "--role", "superhero", "--password", GOOD)
