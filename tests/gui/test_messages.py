"""Turning errors into text: translated user errors, a calm message for anything else."""

from __future__ import annotations

import pytest

from cloudsetup.services.errors import UserError
from cloudsetup.services.text import QT_TRANSLATE_NOOP
from cloudsetup.wizard.messages import describe, diagnostics, translate


def test_translate_fills_parameters_into_the_german_text() -> None:
    text = QT_TRANSLATE_NOOP("CloudErrors", "Please wait {seconds} seconds before trying again.")
    assert translate(text.format(seconds=30)) == (
        "Bitte warten Sie 30 Sekunden, bevor Sie es noch einmal versuchen."
    )


def test_user_error_is_described_by_its_translated_message_and_hint() -> None:
    error = UserError(
        QT_TRANSLATE_NOOP("CloudErrors", "The cloud server cannot be reached."),
        hint=QT_TRANSLATE_NOOP("CloudErrors", "Correct the entries and try again."),
        code="connection_failed",
    )
    assert describe(error) == (
        "Der Cloud-Server ist nicht erreichbar.",
        "Korrigieren Sie die Angaben und versuchen Sie es noch einmal.",
    )


def test_unexpected_error_gives_a_generic_message_and_logs_the_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        raise KeyError("internal detail")
    except KeyError as exc:
        message, hint = describe(exc)
    assert message == "Ein unerwarteter Fehler ist aufgetreten."
    assert hint is not None
    assert "Details kopieren" in hint
    assert "internal detail" not in message + hint
    assert "Traceback" not in message + hint
    assert "KeyError" in caplog.text


def test_diagnostics_of_a_user_error_hold_its_code_and_technical_detail() -> None:
    error = UserError(
        QT_TRANSLATE_NOOP("CloudErrors", "The cloud server cannot be reached."),
        code="connection_failed",
        technical="ConnectionFailed: [Errno 111] Connection refused",
    )
    text = diagnostics(error)
    assert "connection_failed: The cloud server cannot be reached." in text
    assert "Errno 111" in text
