import io
import re

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.core.management.base import CommandError

from rectrack.accounts.models import User


def seed(*args) -> dict[str, str]:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return dict(re.findall(r"username (\S+)\s+password (\S+)", out.getvalue()))


def test_creates_the_four_demo_users_and_prints_working_passwords(reference_data, client):
    printed = seed()
    assert set(printed) == {"demo-inspector", "demo-sussex-police", "demo-sussex-pcc", "demo-liberty"}
    inspector = User.objects.get(username="demo-inspector")
    assert inspector.is_inspectorate
    editor = User.objects.get(username="demo-sussex-police")
    assert editor.is_org_editor and editor.organisation_id == "sussex-police"
    commissioner = User.objects.get(username="demo-sussex-pcc")
    assert commissioner.is_org_editor and commissioner.organisation_id == "sussex-pcc"
    # The commissioner oversees the demo force, so it can scrutinise the force's responses before publication.
    assert commissioner.organisation.oversees_id == editor.organisation_id
    body = User.objects.get(username="demo-liberty")
    assert body.is_designated_body and body.organisation_id == "liberty"
    for username, password in printed.items():
        validate_password(password, User.objects.get(username=username))
        assert client.login(username=username, password=password)
        # Each has an email address, so the demo's password reset (console email) can be tried.
        assert User.objects.get(username=username).email == f"{username}@example.org"


def test_rerunning_resets_passwords_and_roles(reference_data):
    first = seed()
    editor = User.objects.get(username="demo-sussex-police")
    editor.role, editor.organisation_id, editor.is_active = User.Role.INSPECTORATE, None, False
    editor.save()
    second = seed()
    assert User.objects.filter(username__startswith="demo-").count() == 4
    editor.refresh_from_db()
    assert editor.is_org_editor and editor.organisation_id == "sussex-police"
    for username, password in second.items():
        user = User.objects.get(username=username)
        assert user.check_password(password)
        assert password == first[username] or not user.check_password(first[username])


def test_fixed_password_option_is_validated(reference_data):
    printed = seed("--password", "a-demo-pass-phrase")
    assert set(printed.values()) == {"a-demo-pass-phrase"}
    with pytest.raises(CommandError, match="too common|too short"):
        seed("--password", "password")
    # A rejected password changes nothing.
    assert User.objects.get(username="demo-inspector").check_password("a-demo-pass-phrase")


def test_needs_reference_data(db):
    from rectrack.organisations.models import Organisation

    Organisation.objects.all().delete()  # a database where load_reference never ran
    with pytest.raises(CommandError, match="load_reference"):
        seed()
