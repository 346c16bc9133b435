"""The check panel keeps up: it checks again by itself while it is open.

It went stale: after switching article it listed the previous article's problems without
naming any article, and a word just added to the desk dictionary stayed listed until "Check
again". Now a short pause after typing, opening another article, or a change of the spelling
words runs the check again, and the header names the article checked. Built with the window's
check and spelling controllers (the panel, the check and the spell checker) and the
signals it follows. May import PySide6.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot

if TYPE_CHECKING:
    from editorberita.ui.checking import CheckController
    from editorberita.ui.checkpanel import CheckPanel
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.spellwiring import SpellingController

RECHECK_DELAY_MS = 700  # after the last keystroke; opening an article re-checks at once


class CheckFollower(QObject):
    """Runs the desk's check again when the open panel would otherwise go stale."""

    def __init__(self, window: MainWindow, checking: CheckController,
                 spelling: SpellingController) -> None:
        super().__init__(window)
        self._window = window
        self._checking, self._spelling = checking, spelling
        self._panel: CheckPanel | None = None  # known from the first check on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        # After the check controller's own slot: the panel exists then, and the check has just run.
        window.action("check_article").triggered.connect(self._after_check)
        window.metadata.edited.connect(self._schedule)
        window.editor.text_edited.connect(self._schedule)
        # queued: after every other slot of the switch (the spelling's among them) has run
        window.article_opened.connect(self._on_article_opened,
                                      Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> bool:
        """Return True while a re-check waits for typing to pause."""
        return self._timer.isActive()

    @Slot()
    def _after_check(self) -> None:
        if self._panel is None:
            self._panel = self._checking.panel
            self._panel.recheck_requested.connect(self._name_article)
            self._spelling.spell.changed.connect(self._schedule)
        self._name_article()

    def _is_open(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    @Slot()
    def _schedule(self) -> None:
        if self._is_open():
            self._timer.start()

    @Slot(int)
    def _on_article_opened(self, _article_id: int) -> None:
        if self._is_open():
            self._timer.stop()
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Check the open article again now, if the panel is open."""
        self._timer.stop()
        if not self._is_open() or self._panel is None:
            return
        if self._window.current_article is None:
            self._panel.set_problems([], {})
        else:
            self._checking.run_check()
        self._name_article()

    @Slot()
    def _name_article(self) -> None:
        if self._panel is None:
            return
        article = self._window.session.compose()
        self._panel.set_article_name(article.headline if article is not None else "")
