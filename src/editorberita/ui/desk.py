"""The desk's tools on the main window: spelling, templates, preferences, the pre-export check.

``DeskTools`` attaches to a ``MainWindow`` and adds its actions and panels, so the window itself
only carries small hooks: it creates ``DeskTools(self)`` and asks ``confirm_export`` before
exporting. May import ``core.checks``, ``core.domain``, ``core.templates``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from editorberita.core.domain import Article, Kind, Zone
from editorberita.typing_compat import override
from editorberita.ui.metadata import kind_labels

if TYPE_CHECKING:  # spelling, the checks, the panel and the dialogs load when first used
    from editorberita.core.checks import Problem
    from editorberita.ui.checkpanel import CheckPanel
    from editorberita.ui.deskwords import DeskWordsDialog
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.spellcheck import (
        EditorSpelling,
        LineEditSpelling,
        PlainSpellHighlighter,
        SpellService,
    )

    # The body, the headline, the lead and the sub-headline (see install_spelling).
    Spellings = tuple[EditorSpelling, LineEditSpelling, PlainSpellHighlighter,
                      LineEditSpelling | None]

logger = logging.getLogger(__name__)

BATCH_CHECK_MAX = 500  # a batch export checks at most this many articles before asking
MORE_FIELDS = {"dateline", "lead", "seo_title", "seo_description", "kind", "slug"}


class DeskTools(QObject):
    """Spell checking, article templates, preferences and *periksa naskah* for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._accepted: set[tuple[int, int]] = set()  # (id, version) exported despite problems
        # Spelling is wired up when the store has filled the window (its modules cost ~35 ms,
        # and the first article and its preview come first), or when something asks sooner.
        self._spell: SpellService | None = None
        self._spelling: Spellings | None = None
        # The spell checker's child process ends with the window (or the application).
        window.installEventFilter(self)
        window.article_opened.connect(self._on_article_opened)
        window.loaded.connect(self._on_window_loaded)

        self._panel: CheckPanel | None = None
        self._preview_lent = False  # the preview is hidden while the panel has its place
        self._create_actions()

    @property
    def spell(self) -> SpellService:
        """Return the window's spell checker (its dictionary loads in a child process)."""
        self._install_spelling()
        assert self._spell is not None
        return self._spell

    @property
    def spelling(self) -> Spellings:
        """Return the spelling of the body, headline, lead and sub-headline."""
        self._install_spelling()
        assert self._spelling is not None
        return self._spelling

    @Slot()
    def _install_spelling(self) -> None:
        if self._spell is not None:
            return
        from editorberita.ui.spellcheck import SpellService, install_spelling

        w = self.window
        # The store arrives after the first paint (ui.app): look it up when the words are needed.
        spell = self._spell = SpellService(lambda: w.store.desk_words(),
                                           lambda word: w.store.add_desk_word(word), self)
        spell.set_enabled(bool(w.settings.get("ui/spell_check")))
        self._spelling = install_spelling(w.editor, w.editor.highlighter,
                                          w.metadata.headline_edit, w.metadata.lead_edit,
                                          spell, w.metadata.subheadline_edit)
        spell.failed.connect(self._on_spell_failed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(spell.shutdown)
        w.editor.verticalScrollBar().rangeChanged.connect(self._spelling[0]._schedule)

    @property
    def panel(self) -> CheckPanel:
        """Return the check panel (a dock), built the first time it is needed."""
        if self._panel is None:
            from editorberita.ui.checkpanel import CheckPanel

            panel = self._panel = CheckPanel(self.window)
            panel.setVisible(False)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.problem_activated.connect(self.go_to_problem)
            panel.recheck_requested.connect(self.run_check)
            panel.visibilityChanged.connect(self._on_panel_visibility)
        return self._panel

    # ------------------------------------------------------------- actions

    def _create_actions(self) -> None:
        w = self.window
        self.check_action = QAction(self.tr("&Check article"), w)
        self.check_action.setObjectName("check_article_action")
        self.check_action.setShortcut(QKeySequence("F7"))
        self.check_action.setToolTip(self.tr("List what to fix before export: missing fields, "
                                             "spelling, quotes, spaces"))
        self.check_action.setStatusTip(self.check_action.toolTip())
        self.check_action.triggered.connect(self.run_check)
        self.preferences_action = QAction(self.tr("&Preferences…"), w)
        self.preferences_action.setObjectName("preferences_action")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.desk_words_action = QAction(self.tr("Desk &word list…"), w)
        self.desk_words_action.setObjectName("desk_words_action")
        self.desk_words_action.setToolTip(self.tr("The spelling words shared by everyone on "
                                                  "this database"))
        self.desk_words_action.setStatusTip(self.desk_words_action.toolTip())
        self.desk_words_action.triggered.connect(self._on_desk_words)
        self.template_menu = QMenu(self.tr("New from &template"), w)
        self.template_menu.setObjectName("template_menu")
        for kind, text in kind_labels().items():
            action = self.template_menu.addAction(text)
            action.setObjectName(f"template_{kind.value}_action")
            action.setToolTip(self.tr("New article from the “{kind}” template").format(kind=text))
            action.triggered.connect(partial(self.new_from_template, kind))
        registry = w.action_collection
        registry.add("check_article", self.check_action)
        registry.add("preferences", self.preferences_action)
        registry.add("desk_words", self.desk_words_action)
        registry.place_submenu("file", self.template_menu, before="save")
        registry.place("edit", [None, "check_article", "desk_words", "preferences"])
        registry.attach_toolbar_menu("new_article", self.template_menu)
        registry.place_on_toolbar("check_article", before="toggle_preview")
        w.addAction(self.check_action)
        w.addAction(self.preferences_action)

    # ------------------------------------------------------------- spelling

    @Slot()
    def _on_window_loaded(self) -> None:
        # A panel restored from the last session would list nothing checked yet: closed.
        if self._panel is not None:
            self._panel.setVisible(False)
        # After the first paint and the first article: the dictionary loads in a child process.
        if self.spell.enabled:
            QTimer.singleShot(0, self.spell.start)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)  # closeEvent may still refuse
        # deskfeel-window (issue 12): the accepted close hides the window (not spontaneously,
        # unlike minimising): end the child now, before the window and its QProcess go
        # ("QProcess: Destroyed while process is still running" at exit).
        if (watched is self.window and event.type() == QEvent.Type.Hide
                and not event.spontaneous() and self._spell is not None):
            self._spell.shutdown()
        return False

    @Slot()
    def _after_close(self) -> None:
        if not self.window.isVisible() and self._spell is not None:
            self._spell.shutdown()

    @Slot(int)
    def _on_article_opened(self, article_id: int) -> None:
        self.spelling[0].after_load()

    @Slot(str)
    def _on_spell_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Spell checking is not available: {error}").format(error=message), 8000)

    # ------------------------------------------------------------ templates

    def new_article_fields(self) -> dict[str, object]:
        """Return what a new article inherits: rubric, byline, the default time zone."""
        w = self.window
        zone = Zone(str(w.settings.get("article/default_zone")) or Zone.WITA.value)
        # deskfeel-window (issue 12): the editor's own defaults from Preferences come first
        from editorberita.ui.guardrails import editor_defaults

        return {**editor_defaults(w), "zone": zone}

    @Slot(Kind)
    def new_from_template(self, kind: Kind) -> None:
        """Create an article pre-filled from the template of ``kind`` and open it."""
        self.window.new_article(Kind(kind))
        self.window.metadata.set_more_fields_visible(True)

    # ---------------------------------------------------------- preferences

    @Slot()
    def show_preferences(self) -> None:
        """Open the Preferences dialog and apply what changed."""
        from editorberita.ui.guardrails import desk_ordered_rubrics  # deskfeel-window
        from editorberita.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window,
                                   desk_ordered_rubrics(self.window), self.window.prompts)
        dialog.desk_words_requested.connect(partial(self.show_desk_words, dialog))
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.apply_preferences(dialog.changed_keys)

    @Slot()
    def _on_desk_words(self) -> None:
        self.show_desk_words()

    def show_desk_words(self, parent: QWidget | None = None) -> DeskWordsDialog | None:
        """Open the desk word list (*Kamus redaksi*) of the window's database."""
        if self.window.store is None:
            return None
        from editorberita.ui.deskwords import DeskWordsDialog

        dialog = DeskWordsDialog(self.window.store, self.spell, parent or self.window,
                                 self.window.prompts)
        dialog.exec()
        return dialog

    def apply_preferences(self, changed: Iterable[str]) -> None:
        """Apply changed preferences to the open window (the language waits for a restart)."""
        w = self.window
        changed = set(changed)
        if any(key.startswith("limits/") for key in changed):
            w.metadata.set_limits(w.settings.limits())
        if "ui/smart_quotes" in changed:
            w.action("smart_quotes").setChecked(bool(w.settings.get("ui/smart_quotes")))
        if "ui/spell_check" in changed:
            self.spell.set_enabled(bool(w.settings.get("ui/spell_check")))
        if "ui/language" in changed:
            language = w.settings.language or "id"
            for key in ("id", "en"):
                if f"language_{key}" in w.action_collection:
                    w.action(f"language_{key}").setChecked(key == language)
            w.prompts.inform(w, self.tr("Language"),
                             self.tr("The new language is used from the next start."))

    # ---------------------------------------------------------------- check

    def field_names(self) -> dict[str, str]:
        """Return the translated names of the fields the problems point at."""
        return {"headline": self.tr("Headline"), "subheadline": self.tr("Sub-headline"),
                "category_id": self.tr("Rubric"), "byline": self.tr("Byline"),
                "initials": self.tr("Initials"), "dateline": self.tr("Dateline"),
                "lead": self.tr("Summary"), "seo_title": self.tr("SEO title"),
                "seo_description": self.tr("SEO description"), "body": self.tr("Body"),
                "kind": self.tr("Kind")}

    def problems_of(self, article: Article, *, spelling: bool = True) -> list[Problem]:
        """Return the problems of an article as the window would export it."""
        w = self.window
        name = w.current_category_name(article) if article.category_id else ""
        limits = w.settings.limits()
        from editorberita.core.checks import check_article

        spell = self.spell.misspelt_now if spelling and self.spell.active else None
        return check_article(article, category_name=name, limits=limits, spell=spell)

    @Slot()
    def run_check(self) -> list[Problem]:
        """Check the open article and show the panel; return the problems."""
        article = self.window.compose_article()
        if article is None:
            return []
        problems = self.problems_of(article)
        from editorberita.core.checks import FIELD_ORDER

        texts = {f: str(getattr(article, f) or "") for f in FIELD_ORDER if f != "category_id"}
        self.panel.set_problems(problems, texts, self.field_names())
        self.show_panel()
        return problems

    def show_panel(self) -> None:
        """Show the check panel in the preview's place: the preview hides, the panel takes its
        width (at 1366×768 there is no room for editor, preview and panel side by side)."""
        w = self.window
        right = w.dockWidgetArea(self.panel) == Qt.DockWidgetArea.RightDockWidgetArea
        if not self.panel.isVisible() and not self.panel.isFloating() and right:
            from editorberita.ui.checkpanel import PANEL_WIDTH

            width = PANEL_WIDTH
            if w.preview.isVisible():
                width = max(width, w.preview.width())
                w.preview.setVisible(False)
                with QSignalBlocker(w.action("toggle_preview")):  # the preference stays on
                    w.action("toggle_preview").setChecked(False)
                self._preview_lent = True
            self.panel.setVisible(True)
            w.resizeDocks([self.panel], [width], Qt.Orientation.Horizontal)
        self.panel.setVisible(True)
        self.panel.raise_()

    @Slot(bool)
    def _on_panel_visibility(self, visible: bool) -> None:
        """Give the preview its place back when the panel closes (if it is still wanted)."""
        if visible or not self._preview_lent or self.panel.isVisible():
            return
        self._preview_lent = False
        w = self.window
        if w.settings.get("ui/preview_visible"):
            w.preview.setVisible(True)
            with QSignalBlocker(w.action("toggle_preview")):
                w.action("toggle_preview").setChecked(True)

    @Slot(object)
    def go_to_problem(self, problem: Problem) -> None:
        """Put the cursor on the problem: the body position or the field."""
        w = self.window
        if problem.field == "body":
            editor = w.editor
            cursor = QTextCursor(editor.document())
            if problem.has_position:
                end = min(problem.end, editor.document().characterCount() - 1)
                cursor.setPosition(min(problem.start, end))
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.centerCursor()
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if problem.field in MORE_FIELDS:
            w.metadata.set_more_fields_visible(True)
        widget = field_widget(w, problem.field)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if problem.has_position and isinstance(widget, QLineEdit):
            widget.setSelection(problem.start, max(0, problem.end - problem.start))
        elif problem.has_position and isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            length = len(widget.toPlainText())
            cursor.setPosition(min(problem.start, length))
            cursor.setPosition(min(problem.end, length), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)

    # --------------------------------------------------------------- export

    def confirm_export(self, articles: Iterable[Article] | None = None) -> bool:
        """Return True to export: no problems, or the user said to go ahead (asked once).

        Without ``articles`` the open article is checked (with spelling); a batch is checked
        without spelling, and only its first ``BATCH_CHECK_MAX`` articles.
        """
        w = self.window
        single = articles is None
        if single:
            current = w.compose_article()
            batch = [current] if current is not None else []
        else:
            batch = []
            for article in articles or ():
                batch.append(article)
                if len(batch) >= BATCH_CHECK_MAX:
                    break
        troubled = [(a, self.problems_of(a, spelling=single)) for a in batch
                    if (a.id or 0, a.version) not in self._accepted]
        troubled = [(a, p) for a, p in troubled if p]
        if not troubled:
            return True
        if single:
            _, problems = troubled[0]
            text = self.tr("This article still has %n problem(s), for example:", "",
                           len(problems))
            details = "\n".join(f"• {p.message}" for p in problems[:5])
        else:
            text = self.tr("%n article(s) still have problems, for example:", "",
                           len(troubled))
            details = "\n".join(f"• {a.headline or self.tr('(untitled)')}: {p[0].message}"
                                for a, p in troubled[:5])
        choices = [("go", self.tr("Export anyway"))]
        if single:
            choices.append(("show", self.tr("Show problems")))
        answer = w.prompts.choose(w, self.tr("Check before export"), f"{text}\n\n{details}",
                                  choices, default="cancel")  # issue 12: safe default
        if answer == "go":
            self._accepted.update((a.id or 0, a.version) for a, _ in troubled)
            return True
        if answer == "show":
            self.run_check()
        return False


def field_widget(window: MainWindow, field: str) -> QWidget | None:
    """Return the form widget that edits an article field."""
    m = window.metadata
    return {"headline": m.headline_edit, "subheadline": m.subheadline_edit,
            "category_id": m.rubric_combo, "byline": m.byline_edit,
            "initials": m.initials_edit, "dateline": m.dateline_edit, "lead": m.lead_edit,
            "seo_title": m.seo_title_edit, "seo_description": m.seo_description_edit,
            "kind": m.kind_combo, "slug": m.slug_edit}.get(field)
