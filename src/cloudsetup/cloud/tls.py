"""TLS for the cloud client: the verifying context, and the certificate of a server we do not trust.

Verification always goes through the operating system's trust store (``truststore``), so a
company CA that IT rolled out to the machine is trusted exactly as the browser trusts it. A CA file
can be added on top for a company's own cloud server with a private CA.

When verification fails, the user needs something to compare with what the provider or the IT
department says: the SHA-256 fingerprint of the certificate the server presented. Python does not
hand out the certificate of a failed handshake, so :func:`fetch_certificate_fingerprint` makes a
second, short handshake that does not verify, reads the certificate and closes the connection.
Nothing is ever sent over that connection.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
from pathlib import Path
from typing import Final

import truststore

#: How long the fingerprint handshake may take in total; it runs only on an error path.
FINGERPRINT_TIMEOUT_SECONDS: Final = 3.0


def make_ssl_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """A verifying client context on the OS trust store, plus the CAs in ``ca_file``.

    Raises :class:`ValueError` (naming the file, not its content) when the CA file cannot be read.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"cannot load the CA file {ca_file}: {exc}") from exc
    return context


def certificate_fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as colon-separated upper-case hex (``AB:CD:…``)."""
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def fetch_certificate_fingerprint(
    host: str, port: int, *, timeout: float = FINGERPRINT_TIMEOUT_SECONDS
) -> str | None:
    """The SHA-256 fingerprint of the certificate ``host:port`` presents, or ``None``.

    ``None`` when the certificate cannot be read (no connection, no TLS, a proxy in the way):
    the fingerprint only helps the user, so its absence must never hide the real error.
    """
    # Verification is switched off on purpose: this handshake only reads the certificate that
    # the verifying handshake has just rejected, and no data is sent over it.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return None
    return certificate_fingerprint(der) if der else None


def is_certificate_error(exc: BaseException) -> bool:
    """Whether ``exc`` (an httpx error) was caused by a failed certificate verification.

    httpx wraps the :class:`ssl.SSLCertVerificationError` in httpcore's and then its own
    ``ConnectError``, so the cause chain is searched.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
