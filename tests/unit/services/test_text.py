"""Translatable texts: the marker, parameters, and rendering that never raises."""

from __future__ import annotations

import ast
from pathlib import Path

import cloudsetup.services
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text

SERVICES_DIR = Path(cloudsetup.services.__file__).parent


def test_marker_returns_the_source_text_in_its_context() -> None:
    text = QT_TRANSLATE_NOOP("CloudErrors", "The cloud server cannot be reached.")
    assert text == Text("CloudErrors", "The cloud server cannot be reached.")
    assert text.english() == "The cloud server cannot be reached."


def test_format_fills_placeholders_and_keeps_the_original_unchanged() -> None:
    template = QT_TRANSLATE_NOOP("Test", "Please wait {minutes} minutes.")
    text = template.format(minutes=3)
    assert text.english() == "Please wait 3 minutes."
    assert text.source == template.source
    assert dict(template.params) == {}


def test_format_adds_to_earlier_parameters() -> None:
    text = Text("Test", "{a} and {b}").format(a=1).format(b="zwei")
    assert text.english() == "1 and zwei"


def test_render_fills_a_translated_template_with_the_same_parameters() -> None:
    text = Text("Test", "Please wait {minutes} minutes.").format(minutes=2)
    assert text.render("Bitte {minutes} Minuten warten.") == "Bitte 2 Minuten warten."


def test_unknown_placeholder_in_a_translation_is_left_visible_instead_of_raising() -> None:
    text = Text("Test", "{host}").format(host="cloud.example.de")
    assert text.render("Server {hots} antwortet nicht") == "Server {hots} antwortet nicht"


def test_malformed_translation_is_shown_as_it_is() -> None:
    assert Text("Test", "x").render("Klammer { offen") == "Klammer { offen"


def test_every_marker_call_in_the_services_uses_two_string_literals() -> None:
    """pyside6-lupdate only extracts calls whose arguments are literals."""
    calls = 0
    for path in SERVICES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                calls += 1
                assert len(node.args) == 2, f"{path.name}:{node.lineno}"
                for arg in node.args:
                    assert isinstance(arg, ast.Constant), f"{path.name}:{node.lineno}"
                    assert isinstance(arg.value, str), f"{path.name}:{node.lineno}"
    assert calls > 30
