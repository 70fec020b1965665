"""Which address a request counts as coming from, behind zero, one or several proxies."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from lastrada_site.client_ip import client_address, parse_trusted_proxies

PROXY = "10.0.0.5"
INNER_PROXY = "10.1.2.3"


def request_from(remote_addr, forwarded_for=None):
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


@pytest.fixture
def behind_proxies(settings):
    settings.TRUSTED_PROXIES = [PROXY, "10.1.0.0/16", "2001:db8:ffff::/48"]
    return settings


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []

    assert client_address(request_from("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_a_direct_client_cannot_choose_its_address(behind_proxies):
    # The sender is not a proxy: whatever it writes into the header changes nothing.
    for forged in ("203.0.113.9", f"203.0.113.9, {PROXY}", PROXY, "garbage"):
        assert client_address(request_from("198.51.100.7", forged)) == "198.51.100.7"


def test_through_a_trusted_proxy_the_real_client_is_used(behind_proxies):
    assert client_address(request_from(PROXY, "203.0.113.9")) == "203.0.113.9"


def test_entries_a_client_prepends_are_not_believed(behind_proxies):
    # The proxy appends the address it saw; anything left of it came from the client.
    assert client_address(request_from(PROXY, "1.1.1.1, 203.0.113.9")) == "203.0.113.9"


def test_a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop(behind_proxies):
    chain = f"1.1.1.1, 203.0.113.9, {INNER_PROXY}"

    assert client_address(request_from(PROXY, chain)) == "203.0.113.9"


def test_a_chain_of_only_trusted_proxies_ends_at_the_leftmost(behind_proxies):
    assert client_address(request_from(PROXY, f"{INNER_PROXY}, {PROXY}")) == INNER_PROXY


@pytest.mark.parametrize(
    "forwarded",
    [
        f"203.0.113.9, not-an-address, {INNER_PROXY}",
        f"203.0.113.9,, {INNER_PROXY}",
        f"203.0.113.9, 203.0.113.10:443, {INNER_PROXY}",
    ],
)
def test_a_malformed_entry_ends_the_walk_at_the_last_known_address(behind_proxies, forwarded):
    # Everything left of the garbled entry is unverifiable: the last real hop is used.
    assert client_address(request_from(PROXY, forwarded)) == INNER_PROXY


def test_an_empty_header_from_a_proxy_means_the_proxy_itself(behind_proxies):
    assert client_address(request_from(PROXY, "  ")) == PROXY
    assert client_address(request_from(PROXY)) == PROXY


def test_ipv6_clients_and_proxies(behind_proxies):
    proxy = "2001:db8:ffff::1"

    assert client_address(request_from(proxy, "2001:DB8:1::0:7")) == "2001:db8:1::7"
    assert client_address(request_from(proxy, f"2001:db8:1::7, {PROXY}")) == "2001:db8:1::7"
    assert client_address(request_from("2001:db8:2::9", "203.0.113.9")) == "2001:db8:2::9"


def test_an_ipv4_proxy_seen_through_a_dual_stack_socket_is_still_trusted(behind_proxies):
    assert client_address(request_from(f"::ffff:{PROXY}", "203.0.113.9")) == "203.0.113.9"


def test_trusted_proxies_accepts_addresses_and_networks():
    networks = parse_trusted_proxies(" 127.0.0.1, 10.0.0.0/8 ,::1,, 2001:db8::/32 ")

    assert [str(network) for network in networks] == [
        "127.0.0.1/32",
        "10.0.0.0/8",
        "::1/128",
        "2001:db8::/32",
    ]
    assert parse_trusted_proxies("") == ()


@pytest.mark.parametrize("entry", ["proxy.example.org", "10.0.0.300", "10.1.2.3/16", "*"])
def test_a_bad_trusted_proxies_entry_is_reported_clearly(entry):
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES") as error:
        parse_trusted_proxies(f"127.0.0.1,{entry}")

    assert repr(entry) in str(error.value)


@pytest.fixture
def unlisted_proxy(settings):
    """No trusted proxy set, a fresh process's memory and an empty cache."""
    from django.core.cache import cache

    from lastrada_site import client_ip

    settings.TRUSTED_PROXIES = []
    client_ip._noted_in_this_process.clear()
    cache.delete(client_ip.UNLISTED_PROXY_KEY)
    yield client_ip
    client_ip._noted_in_this_process.clear()
    cache.delete(client_ip.UNLISTED_PROXY_KEY)


def test_behind_an_unlisted_proxy_readers_do_not_share_one_address(unlisted_proxy, caplog):
    # Each reader counts as the address the proxy appended last, not as the proxy.
    first = client_address(request_from("10.0.0.7", "198.51.100.1"))
    second = client_address(request_from("10.0.0.7", "203.0.113.5, 198.51.100.2"))
    assert (first, second) == ("198.51.100.1", "198.51.100.2")
    # Without the header, or with a garbled one, the proxy's own address.
    assert client_address(request_from("10.0.0.7")) == "10.0.0.7"
    assert client_address(request_from("10.0.0.7", "garbage")) == "10.0.0.7"
    # Said once, without any reader's address.
    warnings = [r for r in caplog.records if r.name == "lastrada_site.client_ip"]
    assert len(warnings) == 1
    assert "10.0.0.7" in warnings[0].getMessage()
    assert "198.51.100" not in warnings[0].getMessage()


def test_a_public_sender_cannot_use_the_fallback(unlisted_proxy, caplog):
    assert client_address(request_from("198.51.100.7", "203.0.113.9")) == "198.51.100.7"
    assert client_address(request_from("2001:db8::1", "203.0.113.9")) == "2001:db8::1"
    assert unlisted_proxy.unlisted_proxy_seen() is None
    assert not [r for r in caplog.records if r.name == "lastrada_site.client_ip"]


def test_with_trusted_proxies_set_an_unlisted_private_sender_is_not_believed(behind_proxies):
    assert client_address(request_from("192.168.1.9", "203.0.113.9")) == "192.168.1.9"


def test_check_deploy_reports_an_unlisted_proxy(unlisted_proxy, settings):
    from lastrada_site.checks import check_trusted_proxies

    assert check_trusted_proxies() == []
    client_address(request_from("172.16.5.4", "198.51.100.1"))
    [warning] = check_trusted_proxies()
    assert warning.id == "lastrada_site.W001" and "172.16.5.4" in warning.msg
    assert "TRUSTED_PROXIES=172.16.5.4" in warning.hint
    settings.TRUSTED_PROXIES = ["172.16.5.4"]
    assert check_trusted_proxies() == []


def test_the_check_is_among_the_deploy_checks(unlisted_proxy):
    from django.core.checks import run_checks

    client_address(request_from("127.0.0.1", "198.51.100.1"))
    found = run_checks(include_deployment_checks=True, tags=["security"])
    assert "lastrada_site.W001" in {message.id for message in found}
    assert "lastrada_site.W001" not in {message.id for message in run_checks(tags=["security"])}
