"""Fetch a document from a web address, safely (ADR 0018).

The address is typed by a person, but the request is made by the server, from inside our network: a
careless or hostile address could make rectrack read a private service (server-side request forgery).
So, for the address and for every redirect:

- only ``http`` and ``https``, with a host and without credentials in the address;
- the host is resolved once and refused when any of its addresses is not a public one (private,
  loopback, link-local, multicast, reserved, unspecified, shared or otherwise not global), unless
  ``RECTRACK_FETCH_ALLOW_PRIVATE`` allows it (tests reach a local server that way);
- the connection goes to the address that was checked, never to the name, so a second DNS answer
  cannot point it elsewhere (DNS rebinding); TLS still verifies the certificate for the name;
- redirects are followed here, at most ``MAX_REDIRECTS``, each one checked like the first address;
- one time limit (``RECTRACK_FETCH_TIMEOUT_SECONDS``) for the whole fetch, redirects included, and the
  upload size limit (``RECTRACK_MAX_UPLOAD_BYTES``) while the body streams;
- the content is accepted by what it is (``core.uploads.check_upload``), as an upload would be.

Every refusal is a ``FetchError`` whose message is one sentence for a person. Nothing here writes.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

from rectrack.core import uploads

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
USER_AGENT = "rectrack (police super-complaints tracker; fetches published responses)"
READ_BYTES = 64 * 1024


class FetchError(Exception):
    """The address could not be fetched; ``message`` says why in one sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Fetched:
    url: str  # the address the content came from, after redirects
    data: bytes
    filename: str  # from the address (or Content-Disposition), ending as its sniffed format does
    format: uploads.Format


def allow_private() -> bool:
    return bool(getattr(settings, "RECTRACK_FETCH_ALLOW_PRIVATE", False))


def timeout_seconds() -> float:
    return float(getattr(settings, "RECTRACK_FETCH_TIMEOUT_SECONDS", 20))


# --- Addresses --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # the name as written (for the Host header and the certificate)
    port: int
    path: str  # path and query, as sent
    ip: str  # the checked address the connection goes to


def _why_not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """Empty when ``ip`` is a public address; otherwise what kind of address it is."""
    if isinstance(ip, ipaddress.IPv6Address) and (ip.ipv4_mapped or ip.sixtofour):
        # The IPv4 address inside: a 6to4 address reaches it through a relay (ADR 0021).
        ip = ip.ipv4_mapped or ip.sixtofour
    for test, kind in ((ip.is_unspecified, "unspecified"), (ip.is_loopback, "loopback"),
                       (ip.is_link_local, "link-local"), (ip.is_multicast, "multicast"),
                       (ip.is_private, "private"), (ip.is_reserved, "reserved"), (not ip.is_global, "non-public")):
        if test:
            return kind
    return ""


def resolve(url: str) -> Target:
    """Check ``url`` and resolve its host once; raise ``FetchError`` for anything we will not fetch."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError("The web address is not valid.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "no scheme"
        raise FetchError(f"Only http and https addresses can be fetched, and this one has {shown}.")
    if parts.username is not None or parts.password is not None:
        raise FetchError("The web address must not contain a user name or password.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("The web address has no host name.")
    port = port or (443 if scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        raise FetchError(f"The host {host} could not be found.") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(f"The host {host} could not be found.")
    if not allow_private():
        for address in addresses:
            kind = _why_not_public(ipaddress.ip_address(address.split("%", 1)[0]))
            if kind:
                raise FetchError(f"The host {host} is at a {kind} address ({address}), "
                                 f"which rectrack does not fetch from.")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(scheme, host, port, path, addresses[0])


# --- Connections to the checked address -------------------------------------------------------------

class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, target: Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self._ip = target.ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._ip = target.ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        # The certificate is checked against the name the person gave, not the address.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(target: Target, timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    return cls(target, timeout)


# --- Fetching ---------------------------------------------------------------------------------------

def _filename(url: str, disposition: str | None, fmt: uploads.Format) -> str:
    """A name for the stored document that ends as its content is (``/response.aspx`` serving HTML is
    ``response.html``; ``/`` is the host's name)."""
    name = ""
    if disposition:
        msg = Message()
        msg["content-disposition"] = disposition
        name = msg.get_filename() or ""
    if not name:
        parts = urlsplit(url)
        name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) or parts.hostname or "document"
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document"
    ext = uploads.extension(name)
    if ext not in fmt.extensions:
        stem = name[: -len(ext)] if ext else name
        name = stem + fmt.extensions[0]
    return name[-255:]


def _read_body(response: http.client.HTTPResponse, conn, deadline: float, limit: int) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > limit:
        raise FetchError(f"The document at the address is larger than {uploads.human_size(limit)}, "
                         f"the most rectrack accepts.")
    body = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _TimedOut
        if conn.sock is not None:
            conn.sock.settimeout(remaining)
        chunk = response.read1(READ_BYTES) if hasattr(response, "read1") else response.read(READ_BYTES)
        if not chunk:
            if time.monotonic() >= deadline:  # cut by the watchdog, not the end of the document
                raise _TimedOut
            return bytes(body)
        body += chunk
        if len(body) > limit:
            raise FetchError(f"The document at the address is larger than {uploads.human_size(limit)}, "
                             f"the most rectrack accepts.")


class _TimedOut(Exception):
    pass


def _cut(conn: http.client.HTTPConnection) -> None:
    """Shut the connection's socket (from the watchdog thread): the blocked read returns at once."""
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def fetch(url: str) -> Fetched:
    """The document at ``url``, after at most ``MAX_REDIRECTS`` redirects, or ``FetchError``."""
    limit = uploads.max_upload_bytes()
    seconds = timeout_seconds()
    deadline = time.monotonic() + seconds
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        target = resolve(current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        conn = _connection(target, remaining)
        # The socket timeout bounds each read, not the whole: a server trickling its status line and headers a
        # byte at a time would hold the fetch for ever. At the deadline the socket is shut (ADR 0021).
        watchdog = threading.Timer(remaining, _cut, args=(conn,))
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request("GET", target.path, headers={
                "User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity", "Connection": "close"})
            response = conn.getresponse()
            if time.monotonic() >= deadline:  # cut by the watchdog: what was read may be incomplete
                raise _TimedOut
            if response.status in REDIRECT_STATUSES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"The address redirected (HTTP {response.status}) without saying where to.")
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                reason = f" ({response.reason})" if response.reason else ""
                raise FetchError(f"The address answered with HTTP {response.status}{reason}, not a document.")
            data = _read_body(response, conn, deadline, limit)
            disposition = response.getheader("Content-Disposition")
            header_type = (response.getheader("Content-Type") or "").split(";", 1)[0].strip().lower()
        except (_TimedOut, TimeoutError):
            break
        except ssl.SSLError as e:
            raise FetchError(f"The secure connection to {target.host} failed ({e.reason or 'TLS error'}).") from None
        except ConnectionRefusedError:
            raise FetchError(f"The server at {target.host} refused the connection.") from None
        except (http.client.HTTPException, OSError) as e:
            if time.monotonic() >= deadline:
                break
            raise FetchError(f"The connection to {target.host} failed ({type(e).__name__}).") from None
        finally:
            watchdog.cancel()
            conn.close()
        return _accept(current, data, disposition, header_type)
    else:
        raise FetchError(f"The address redirected more than {MAX_REDIRECTS} times.")
    raise FetchError(f"The address did not send the whole document within {seconds:g} seconds.")


def _accept(url: str, data: bytes, disposition: str | None, header_type: str) -> Fetched:
    try:
        fmt = uploads.check_upload(data, filename="", formats=uploads.DOCUMENT_FORMATS)
    except ValidationError as e:
        # check_upload speaks of "the selected file" in up to two sentences; a refusal here is one.
        message = " ".join(m for ms in e.message_dict.values() for m in ms)
        first, _, rest = message.replace("The selected file", "The document at the address").partition(". ")
        first = first.rstrip(".")
        if rest and first.startswith("The document at the address is "):
            first += f", not a {uploads.accepted_list(uploads.DOCUMENT_FORMATS)} file"
        raise FetchError(first + ".") from None
    if fmt is uploads.TEXT and header_type == uploads.MARKDOWN.content_type:
        fmt = uploads.MARKDOWN  # text says nothing of its kind; the server's word may, for text only
    return Fetched(url=url, data=data, filename=_filename(url, disposition, fmt), format=fmt)
