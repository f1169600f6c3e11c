"""Translatable messages that the service layer hands to the GUI without knowing Qt.

Services build messages with :func:`QT_TRANSLATE_NOOP`, the marker ``pyside6-lupdate`` extracts
strings by, so the English source text and its context land in the ``.ts`` files. The wizard
translates a :class:`Text` with ``QCoreApplication.translate(text.context, text.source)`` and
fills in the parameters with :meth:`Text.render`; logs and diagnostics use :meth:`Text.english`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Param = str | int | float


class _KeepMissing(dict[str, Param]):
    """A format mapping that leaves an unknown ``{name}`` as it is instead of raising.

    A translation with a typo in a placeholder must still show a message, never a traceback.
    """

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Text:
    """A message in its English source form, with the values for its ``{name}`` placeholders."""

    context: str
    source: str
    params: Mapping[str, Param] = field(default_factory=lambda: MappingProxyType({}))

    def format(self, **params: Param) -> Text:
        """Return the same message with (more) placeholder values filled in."""
        merged = {**self.params, **params}
        return Text(self.context, self.source, MappingProxyType(merged))

    def render(self, template: str) -> str:
        """Fill this message's parameters into ``template`` (the source or its translation)."""
        try:
            return template.format_map(_KeepMissing(self.params))
        except (ValueError, IndexError, AttributeError):
            # A malformed translation (stray brace, positional field) is shown unformatted.
            return template

    def english(self) -> str:
        """The English text with its parameters, for logs, diagnostics and tests."""
        return self.render(self.source)

    def __str__(self) -> str:
        return self.english()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context``; call it with two string literals only."""
    return Text(context, source)
