"""Spelling wired into the window: the spell checker's process, the underlines, the desk words.

``SpellingController`` starts the spell checker (``ui.spellcheck``: its dictionary loads in a
child process) once the store has filled the window, or sooner when something asks for it,
underlines the body, headline, lead and sub-headline, ends the process with the window, and
registers "Desk word list" (*Kamus redaksi*, the words shared by everyone on this database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from editorberita.typing_compat import override

if TYPE_CHECKING:  # spelling and its dialogs load when first used (~35 ms)
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.deskwords import DeskWordsDialog
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings
    from editorberita.ui.spellcheck import (
        EditorSpelling,
        LineEditSpelling,
        PlainSpellHighlighter,
    )
    from editorberita.ui.spellservice import SpellService

    # The body, the headline, the lead and the sub-headline (see install_spelling).
    Spellings = tuple[EditorSpelling, LineEditSpelling, PlainSpellHighlighter,
                      LineEditSpelling | None]


class SpellingController(QObject):
    """The window's spell checker and the fields it underlines."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.prompts = prompts
        self.window = window
        self._spell: SpellService | None = None
        self._spellings: Spellings | None = None
        # The spell checker's child process ends with the window (or the application).
        window.installEventFilter(self)
        actions.create("desk_words", self.tr("Desk &word list…"), self._on_desk_words,
                       tip=self.tr("The spelling words shared by everyone on this database"))

    @property
    def spell(self) -> SpellService:
        """Return the window's spell checker (its dictionary loads in a child process)."""
        self._install()
        assert self._spell is not None
        return self._spell

    @property
    def spellings(self) -> Spellings:
        """Return the spelling of the body, headline, lead and sub-headline."""
        self._install()
        assert self._spellings is not None
        return self._spellings

    def _install(self) -> None:
        if self._spell is not None:
            return
        from editorberita.ui.spellcheck import install_spelling
        from editorberita.ui.spellservice import SpellService

        session, editor, metadata = self.session, self.panes.editor, self.panes.metadata
        # Asked for when the words are needed: the store opens after the first paint.
        spell = self._spell = SpellService(lambda: session.store.desk_words(),
                                           lambda word: session.store.add_desk_word(word), self)
        spell.set_enabled(bool(self.settings.get("ui/spell_check")))
        self._spellings = install_spelling(editor, editor.highlighter, metadata.headline_edit,
                                           metadata.lead_edit, spell, metadata.subheadline_edit)
        spell.failed.connect(self._on_spell_failed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(spell.shutdown)
        editor.verticalScrollBar().rangeChanged.connect(self._spellings[0].schedule)

    @Slot()
    def on_loaded(self) -> None:
        """After the first paint and the first article: the dictionary loads in a child process."""
        if self.spell.enabled:
            QTimer.singleShot(0, self.spell.start)

    @Slot(int)
    def on_article_opened(self, article_id: int) -> None:
        """Underline the newly opened article's words."""
        self.spellings[0].after_load()

    def set_enabled(self, on: bool) -> None:
        """Turn spell checking on or off (a preference)."""
        self.spell.set_enabled(on)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)  # closeEvent may still refuse
        # The accepted close hides the window (not spontaneously, unlike minimising): end the
        # child now, before the window and its QProcess go (issue 12: "QProcess: Destroyed
        # while process is still running" at exit).
        if (watched is self.window and event.type() == QEvent.Type.Hide
                and not event.spontaneous() and self._spell is not None):
            self._spell.shutdown()
        return False

    @Slot()
    def _after_close(self) -> None:
        if not self.window.isVisible() and self._spell is not None:
            self._spell.shutdown()

    @Slot(str)
    def _on_spell_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Spell checking is not available: {error}").format(error=message), 8000)

    @Slot()
    def _on_desk_words(self) -> None:
        self.show_desk_words()

    def show_desk_words(self, parent: QWidget | None = None) -> DeskWordsDialog | None:
        """Open the desk word list (*Kamus redaksi*) of the window's database."""
        if not self.session.is_open:
            return None
        from editorberita.ui.deskwords import DeskWordsDialog

        dialog = DeskWordsDialog(self.session.store, self.spell, parent or self.window,
                                 self.prompts)
        dialog.exec()
        return dialog
