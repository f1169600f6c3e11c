"""The interface of a settings section: a title, an id, loading on a worker, busy or not.

A section is a widget the window puts on its stack and names in its side list. It fetches
its state from the cloud with :meth:`SettingsSection.load` (on a worker: it returns the
worker, or ``None`` when nothing was started) the first time it is shown and whenever the user
asks ("Neu laden", F5), and saves its changes on its own, with the same validation as the
wizard. To add a section: subclass this, set :attr:`section_id`, implement :meth:`title`,
:meth:`load` and :attr:`is_busy` (and :meth:`shutdown` if it runs work of its own), and add
the class to :data:`cloudsetup.wizard.settings.sections.SECTIONS`.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cloudsetup.wizard.settings.context import CONNECTION, SettingsContext
from cloudsetup.wizard.worker import Worker


class SettingsSection(QWidget):
    """One section of the settings window; see the module docstring."""

    #: Stable id: what callers open the section by, and the stem of its object name
    #: (``connection`` → ``connectionSettings``).
    section_id: ClassVar[str] = ""
    #: Topics of :attr:`SettingsContext.changed` after which the section loads again when it
    #: is shown next (every section follows a new connection).
    follows: ClassVar[frozenset[str]] = frozenset()
    #: Load again every time the section is shown (cheap sections that show others' results).
    reload_on_show: ClassVar[bool] = False

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not self.section_id:
            raise TypeError(f"{type(self).__name__} has no section_id")
        self.context = context
        self.setObjectName(f"{self.section_id}Settings")
        self._requested = False
        self._stale = False
        self._announcing = False
        heading = QLabel(self.title())
        heading.setObjectName("sectionHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.content = QVBoxLayout(self)
        self.content.addWidget(heading)
        intro = self.intro_text()
        if intro:
            self.intro = QLabel(intro)
            self.intro.setObjectName("sectionIntro")
            self.intro.setWordWrap(True)
            self.intro.setTextFormat(Qt.TextFormat.PlainText)
            self.content.addWidget(self.intro)
        context.changed.connect(self._on_changed)

    # -- what a section implements ------------------------------------------------------------

    def title(self) -> str:
        """The section's name in the side list and its heading, in the UI language."""
        raise NotImplementedError

    def intro_text(self) -> str:
        """A sentence or two under the heading on what the section is for ("": none)."""
        return ""

    def load(self) -> Worker | None:
        """Fetch the section's state from the cloud on a worker; ``None`` when none started."""
        raise NotImplementedError

    @property
    def is_busy(self) -> bool:
        """Work of this section is on its way (a load, a save)."""
        raise NotImplementedError

    def shutdown(self) -> None:
        """The window is closing: drop the answers still on their way, close open dialogs."""

    # -- what the window calls ----------------------------------------------------------------

    @property
    def was_loaded(self) -> bool:
        """A load was asked for at least once (the first showing does that)."""
        return self._requested

    def ensure_loaded(self) -> Worker | None:
        """Load when the section is shown for the first time, or again after a change."""
        if self._requested and not self._stale and not self.reload_on_show:
            return None
        return self.reload()

    def reload(self) -> Worker | None:
        """ "Neu laden": load now, whatever was loaded before."""
        self._requested = True
        self._stale = False
        return self.load()

    def announce(self, topic: str) -> None:
        """Tell the other sections that what ``topic`` names changed in the cloud."""
        self._announcing = True
        try:
            self.context.changed.emit(topic)
        finally:
            self._announcing = False

    @property
    def is_stale(self) -> bool:
        """Something this section shows changed elsewhere since it was loaded."""
        return self._stale

    def _on_changed(self, topic: str) -> None:
        if self._announcing:
            return  # its own news: it shows the change already
        if topic == CONNECTION or topic in self.follows:
            self._stale = True
