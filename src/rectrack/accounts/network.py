"""The client's address, as the throttle and the sign-in audit log see it.

Behind a reverse proxy every request comes from the proxy, so REMOTE_ADDR would put everyone in one
throttle bucket. A proxy header is believed only when ``CLIENT_IP_HEADER`` names it: otherwise any
client could write its own ``X-Forwarded-For`` and pick a fresh address for every guess. With
``TRUSTED_PROXY_COUNT`` proxies in front of us, each appending the address it saw, the client is the
entry that many places from the right; entries further left were written by the client and are ignored.
"""
import ipaddress

from django.conf import settings

MAX_LENGTH = 45  # the longest textual IPv6 address (with an embedded IPv4 part)


def _meta_key(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


def _as_address(value: str) -> str | None:
    value = value.strip().strip('"')
    candidates = [value]
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        candidates.append(value[1:value.index("]")])
    elif value.count(":") == 1:  # 192.0.2.1:443
        candidates.append(value.split(":")[0])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        parts = [p for p in (request.META.get(_meta_key(header), "") or "").split(",") if p.strip()]
        if parts:
            trusted = max(1, int(getattr(settings, "TRUSTED_PROXY_COUNT", 1)))
            # Fewer entries than proxies: the nearest proxies added none, so the leftmost is the best we have.
            found = _as_address(parts[-trusted] if len(parts) >= trusted else parts[0])
            if found:
                return found
    return _as_address(remote) or remote[:MAX_LENGTH]


def throttle_address(address: str) -> str:
    """The unit the per-address limit counts: one IPv6 /64 (what one household or host is given), else the address."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped:  # ::ffff:192.0.2.1 is the IPv4 address 192.0.2.1
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)
