"""The client's address: REMOTE_ADDR unless a proxy header is configured, and then only the entry our
own proxies wrote."""
import pytest
from django.test import Client, RequestFactory

from rectrack.accounts.models import SignInEvent
from rectrack.accounts.network import client_address, throttle_address
from tests.support.users import PASSWORD

factory = RequestFactory()


def request(remote="203.0.113.10", **headers):
    return factory.get("/", REMOTE_ADDR=remote, headers=headers)


def test_without_configuration_the_forwarded_header_is_ignored(settings):
    settings.CLIENT_IP_HEADER = ""
    assert client_address(request(**{"X-Forwarded-For": "198.51.100.7"})) == "203.0.113.10"


def test_with_one_trusted_proxy_the_rightmost_entry_is_the_client(settings):
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_COUNT = "X-Forwarded-For", 1
    # The client wrote "1.1.1.1" itself; our proxy appended the address it really saw.
    assert client_address(request(**{"X-Forwarded-For": "1.1.1.1, 198.51.100.7"})) == "198.51.100.7"


def test_with_two_trusted_proxies_the_second_from_the_right_is_the_client(settings):
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_COUNT = "X-Forwarded-For", 2
    value = "1.1.1.1, 198.51.100.7, 10.0.0.2"
    assert client_address(request(**{"X-Forwarded-For": value})) == "198.51.100.7"
    assert client_address(request(**{"X-Forwarded-For": "198.51.100.8"})) == "198.51.100.8"


@pytest.mark.parametrize("value, expected", [
    ("198.51.100.7:4431", "198.51.100.7"),
    ("[2001:db8::1]:443", "2001:db8::1"),
    ("2001:DB8::1", "2001:db8::1"),
    ("not-an-address", "203.0.113.10"),
    ("", "203.0.113.10"),
    ("<script>", "203.0.113.10"),
])
def test_header_values_are_parsed_or_ignored(settings, value, expected):
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_COUNT = "X-Real-IP", 1
    assert client_address(request(**{"X-Real-IP": value})) == expected


def test_ipv6_clients_are_counted_per_64_network():
    assert throttle_address("2001:db8:1:2:aaaa::1") == throttle_address("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64"
    assert throttle_address("::ffff:192.0.2.1") == "192.0.2.1"
    assert throttle_address("192.0.2.1") == "192.0.2.1"


def sign_in(client, password, forwarded):
    return client.post("/accounts/sign-in/", {"username": "sussex-editor", "password": password},
                       REMOTE_ADDR="10.0.0.2", headers={"X-Forwarded-For": forwarded})


def test_a_spoofed_header_does_not_dodge_the_throttle(users, settings):
    settings.CLIENT_IP_HEADER = ""
    client = Client()
    for i in range(5):
        sign_in(client, "wrong", f"198.51.100.{i}")
    assert sign_in(client, PASSWORD, "198.51.100.99").status_code == 429
    assert set(SignInEvent.objects.values_list("address", flat=True)) == {"10.0.0.2"}


def test_behind_a_configured_proxy_each_client_has_its_own_count(users, settings):
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_COUNT = "X-Forwarded-For", 1
    client = Client()
    for _ in range(5):
        sign_in(client, "wrong", "198.51.100.1")
    assert sign_in(client, PASSWORD, "198.51.100.1").status_code == 429
    # Everyone else behind the same proxy (same REMOTE_ADDR) can still sign in.
    assert sign_in(Client(), PASSWORD, "198.51.100.2").status_code == 302
    assert (
        SignInEvent.objects.filter(outcome="failure").values_list("address", flat=True).distinct().get()
        == "198.51.100.1"
    )
