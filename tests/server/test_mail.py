"""Mail delivery: MAIL_URL parsing, .eml files, and SMTP to a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from cloudsetup.server.mail import FileMailer, MailConfigError, SmtpMailer, mailer_from_url

# smtplib sends AUTH data as ASCII; URL-special characters still need quoting in MAIL_URL.
USER, PASSWORD = "relay-user", "relay pass/w:rd@1"


@dataclass
class Inbox:
    """aiosmtpd handler that keeps every message it receives."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = email.message_from_bytes(envelope.content, policy=default_policy)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 OK"


def _authenticate(
    _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own CA file), made for this test run."""
    directory = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    ip = x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([ip]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def _server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    return context


@contextmanager
def _smtp_server(inbox: Inbox, **options: Any) -> Iterator[int]:
    """A real aiosmtpd server on 127.0.0.1 for the block; yields its port."""
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def _message(subject: str = "Bitte bestätigen") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Cloud <cloud@example.de>"
    message["To"] = "Max Muster <max@example.de>"
    message["Subject"] = subject
    message.set_content("Grüße aus der Cloud: https://cloud.example.de/consent/abc")
    return message


def test_file_url_writes_one_eml_file_per_message(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    mailer = mailer_from_url(outbox.as_uri())

    mailer.send(_message("Erste"))
    mailer.send(_message("Zweite"))

    files = sorted(outbox.glob("*.eml"))
    assert len(files) == 2
    subjects = {
        email.message_from_bytes(path.read_bytes(), policy=default_policy)["Subject"]
        for path in files
    }
    assert subjects == {"Erste", "Zweite"}
    assert not list(outbox.glob("*.part"))


def test_plain_smtp_delivers_to_a_real_server() -> None:
    inbox = Inbox()
    with _smtp_server(inbox) as port:
        mailer_from_url(f"smtp://127.0.0.1:{port}").send(_message())

    assert [message["Subject"] for message in inbox.messages] == ["Bitte bestätigen"]
    assert "Grüße" in inbox.messages[0].get_content()


def test_starttls_with_login_delivers_to_a_real_server(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    url_user, url_password = quote(USER, safe=""), quote(PASSWORD, safe="")
    with _smtp_server(
        inbox,
        tls_context=_server_tls(certificate),
        require_starttls=True,
        authenticator=_authenticate,
        auth_require_tls=True,
    ) as port:
        mailer = mailer_from_url(
            f"smtp://{url_user}:{url_password}@127.0.0.1:{port}?starttls=1&cafile={certificate[0]}"
        )
        mailer.send(_message())

    assert len(inbox.messages) == 1


def test_wrong_smtp_password_raises_authentication_error(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    with _smtp_server(
        inbox,
        tls_context=_server_tls(certificate),
        require_starttls=True,
        authenticator=_authenticate,
        auth_require_tls=True,
    ) as port:
        mailer = mailer_from_url(
            f"smtp://{USER}:falsch@127.0.0.1:{port}?starttls=1&cafile={certificate[0]}"
        )
        with pytest.raises(smtplib.SMTPAuthenticationError):
            mailer.send(_message())

    assert inbox.messages == []


def test_smtps_uses_implicit_tls(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    with _smtp_server(inbox, ssl_context=_server_tls(certificate)) as port:
        mailer_from_url(f"smtps://127.0.0.1:{port}?cafile={certificate[0]}").send(_message())

    assert len(inbox.messages) == 1


def test_untrusted_certificate_is_refused(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    with (
        _smtp_server(inbox, ssl_context=_server_tls(certificate)) as port,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        mailer_from_url(f"smtps://127.0.0.1:{port}").send(_message())

    assert inbox.messages == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://mail.example.de", SmtpMailer(host="mail.example.de", port=25)),
        (
            "smtp://u%40x:p%3Aw@mail.example.de?starttls=1",
            SmtpMailer(
                host="mail.example.de", port=587, username="u@x", password="p:w", starttls=True
            ),
        ),
        (
            "smtps://mail.example.de?timeout=5",
            SmtpMailer(host="mail.example.de", port=465, implicit_tls=True, timeout=5.0),
        ),
        ("smtp://mail.example.de:2525", SmtpMailer(host="mail.example.de", port=2525)),
        ("file:///var/outbox", FileMailer(Path("/var/outbox"))),
    ],
)
def test_mail_url_is_parsed(url: str, expected: SmtpMailer | FileMailer) -> None:
    assert mailer_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://mail.example.de",
        "smtp://",
        "smtps://mail.example.de?starttls=1",
        "smtp://mail.example.de?timeout=bald",
        "file://server/share",
    ],
)
def test_bad_mail_url_raises_mail_config_error(url: str) -> None:
    with pytest.raises(MailConfigError):
        mailer_from_url(url)


def test_smtp_password_does_not_show_in_repr() -> None:
    mailer = mailer_from_url("smtp://user:sehr-geheim@mail.example.de")

    assert "sehr-geheim" not in repr(mailer)
