"""Security defaults that every page shares."""
import pytest
from django.test import Client

from rectrack.accounts.services import create_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def anon():
    return Client()


def test_security_headers_on_every_page(anon):
    response = anon.get("/accounts/sign-in/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    # The only inline script carries the per-request nonce that the header allows.
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_session_and_csrf_cookies_are_http_only(anon):
    create_user(username="ins", password="x", role="inspectorate", validate=False)
    response = anon.post("/accounts/sign-in/", {"username": "ins", "password": "x"})
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]
    assert response.cookies["sessionid"]["samesite"] == "Lax"


def test_forms_refuse_posts_without_csrf_token():
    client = Client(enforce_csrf_checks=True)
    create_user(username="ins", password="x", role="inspectorate", validate=False)
    response = client.post("/accounts/sign-in/", {"username": "ins", "password": "x"})
    assert response.status_code == 403


@pytest.mark.parametrize("role, org, allowed", [
    ("inspectorate", None, True),
    ("org_editor", "sussex-police", False),
    ("designated_body", "liberty", False),
])
def test_admin_is_for_the_inspectorate_only(reference_data, role, org, allowed):
    user = create_user(username=f"u-{role}", password="x", role=role, organisation_id=org, validate=False)
    user.is_staff = True  # even a staff flag does not open the admin to other roles
    user.save()
    client = Client()
    client.force_login(user)
    response = client.get("/admin/organisations/organisation/")
    assert (response.status_code == 200) is allowed
    if not allowed:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_passwords_are_hashed_with_argon2(settings):
    import rectrack.settings as configured

    settings.PASSWORD_HASHERS = configured.PASSWORD_HASHERS  # the test suite swaps in a fast hasher
    user = create_user(username="h", password="a-long-password-2026", role="inspectorate")
    assert user.password.startswith("argon2$")
    assert "a-long-password-2026" not in user.password
