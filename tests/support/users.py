"""The standard cast of test users (see the ``users`` fixture in tests/conftest.py)."""
from types import SimpleNamespace

PASSWORD = "correct-horse-battery-staple"


def make_user(username: str, role: str, organisation_id: str | None = None, password: str = PASSWORD):
    from rectrack.accounts.services import create_user

    return create_user(username=username, password=password, role=role,
                       organisation_id=organisation_id, validate=False)


def make_users() -> SimpleNamespace:
    """An inspector, editors of Sussex and Northumbria Police and a Liberty user; needs the reference data."""
    return SimpleNamespace(
        inspector=make_user("inspector", "inspectorate"),
        sussex_editor=make_user("sussex-editor", "org_editor", "sussex-police"),
        northumbria_editor=make_user("northumbria-editor", "org_editor", "northumbria-police"),
        liberty=make_user("liberty-user", "designated_body", "liberty"),
        password=PASSWORD,
    )
