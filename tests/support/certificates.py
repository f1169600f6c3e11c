"""Certificates made on the spot for the TLS tests: a self-signed one, and a test CA that signs
a server certificate for any host name (the proxy test's ``cloud.example.test``)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    """A certificate and its key, written as PEM files; ``der`` is the certificate's bytes."""

    cert_file: Path
    key_file: Path
    der: bytes


@dataclass(frozen=True)
class Authority:
    """A test CA: its own certificate (the ``ca_file`` a client trusts) and its signing key."""

    certificate: Certificate
    key: ec.EllipticCurvePrivateKey
    name: x509.Name


def _write(
    directory: Path, stem: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey
) -> Certificate:
    cert_file = directory / f"{stem}-cert.pem"
    key_file = directory / f"{stem}-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(cert_file, key_file, cert.public_bytes(serialization.Encoding.DER))


def _builder(
    subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePrivateKey
) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
    )


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_self_signed_certificate(directory: Path) -> Certificate:
    """A self-signed certificate for ``localhost`` and ``127.0.0.1``: trusted by nobody."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("cloudsetup test server")
    cert = (
        _builder(name, name, key)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return _write(directory, "server", cert, key)


def make_certificate_authority(directory: Path) -> Authority:
    """A CA certificate (written as ``ca-cert.pem``) whose key signs server certificates."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("cloudsetup test CA")
    cert = (
        _builder(name, name, key)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Authority(_write(directory, "ca", cert, key), key, name)


def issue_server_certificate(authority: Authority, directory: Path, host: str) -> Certificate:
    """A server certificate for the DNS name ``host``, signed by ``authority``."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        _builder(_name(host), authority.name, key)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    return _write(directory, host, cert, key)
