"""How the window looks and behaves: colour scheme, language, focus mode, full screen, preferences.

``AppearanceController`` registers the View menu's look-and-feel actions and the Appearance
and Language submenus, follows the system's light or dark scheme (the preview and the editor
get their own colours), and applies what changed in the Preferences dialog. ``is_dark`` and
``apply_color_scheme_preference`` are used by the composition root before the window exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from editorberita.typing_compat import override
from editorberita.ui.darkpalette import apply_fallback, forced_scheme

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings
    from editorberita.ui.spellwiring import SpellingController

SCHEMES = ("system", "light", "dark")
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def is_dark() -> bool:
    """Return True for a dark look: the system's scheme, else the palette's lightness."""
    if forced_scheme() is not None:  # our palette stands in for the platform's scheme
        return forced_scheme() == "dark"
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().window().color().lightness() < 128


def apply_color_scheme_preference(key: str) -> None:
    """Ask Qt for a light or dark look, or to follow the system ("system")."""
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        key, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    apply_fallback(key)  # where the platform ignored the scheme (X11): Fusion's dark palette


class AppearanceController(QObject):
    """The window's look (light or dark, full screen), its language and the editing aids."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, spelling: SpellingController, actions: ActionCollection,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.prompts = prompts
        self.spelling = spelling
        self.actions = actions
        self.window = window
        self._dark: bool | None = None
        editor = panes.editor
        for name, text, slot, key, setting in (
                ("focus_mode", self.tr("&Focus mode"), self._on_focus_mode, "F8",
                 "ui/focus_mode"),
                ("smart_quotes", self.tr("Smart &quotes"), self._on_smart_quotes, None,
                 "ui/smart_quotes")):
            actions.create(name, text, slot, key, checkable=True).setChecked(
                bool(settings.get(setting)))
        editor.set_smart_quotes(bool(settings.get("ui/smart_quotes")))
        editor.set_focus_mode(bool(settings.get("ui/focus_mode")))
        actions.create("full_screen", self.tr("F&ull screen"), self._on_full_screen, "F11",
                       checkable=True)
        preferences = actions.create("preferences", self.tr("&Preferences…"),
                                     self.show_preferences, "Ctrl+,")
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        window.addAction(preferences)
        self.appearance_menu = self._choice_menu(
            "appearance_menu", self.tr("&Appearance"), "scheme",
            [("system", self.tr("Follow the system")), ("light", self.tr("Light")),
             ("dark", self.tr("Dark"))], str(settings.get("ui/color_scheme")),
            self._on_color_scheme_chosen)
        self.language_menu = self._choice_menu(
            "language_menu", self.tr("&Language"), "language", list(LANGUAGES),
            settings.language or "id", self._on_language_chosen)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        window.installEventFilter(self)  # a palette change may turn the look dark
        self.apply_color_scheme()

    def _choice_menu(self, name: str, title: str, prefix: str, choices: list[tuple[str, str]],
                     current: str, slot: Callable[[str], None]) -> QMenu:
        """Build a submenu of checkable choices, registered as ``<prefix>_<key>``."""
        menu = QMenu(title, self.window)
        group = QActionGroup(menu)  # radio choices (issue 12)
        group.setExclusive(True)
        for key, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setObjectName(f"{prefix}_{key}_action")
            action.setActionGroup(group)
            action.triggered.connect(partial(slot, key))
            self.actions.add(f"{prefix}_{key}", action)
        self.actions.add(name, menu.menuAction())
        return menu

    # ---------------------------------------------------------------- look

    def apply_color_scheme(self) -> None:
        """Give the preview and the editor the colours of the current scheme."""
        dark = is_dark()
        if dark == self._dark:
            return
        self._dark = dark
        self.panes.preview.set_dark(dark)
        self.panes.editor.set_dark(dark)
        current = self.session.current
        if current is not None:
            self.panes.preview.show_article(self.session.compose() or current,
                                            self.session.category_name())

    @Slot(str)
    def _on_color_scheme_chosen(self, key: str) -> None:
        self.settings.set("ui/color_scheme", key)
        for scheme in SCHEMES:
            self.actions[f"scheme_{scheme}"].setChecked(scheme == key)
        apply_color_scheme_preference(key)
        self.apply_color_scheme()

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self.apply_color_scheme()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.PaletteChange
                and self._dark is not None):
            self.apply_color_scheme()
        return False

    @Slot(bool)
    def _on_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()

    # -------------------------------------------------------- editing aids

    @Slot(bool)
    def _on_focus_mode(self, on: bool) -> None:
        self.panes.editor.set_focus_mode(on)
        self.settings.set("ui/focus_mode", on)

    @Slot(bool)
    def _on_smart_quotes(self, on: bool) -> None:
        self.panes.editor.set_smart_quotes(on)
        self.settings.set("ui/smart_quotes", on)

    # ---------------------------------------------------- language, preferences

    @Slot(str)
    def _on_language_chosen(self, key: str) -> None:
        self.settings.language = key
        self._show_language(key)

    def _show_language(self, key: str) -> None:
        for lang, _ in LANGUAGES:
            self.actions[f"language_{lang}"].setChecked(lang == key)
        self.prompts.inform(self.window, self.tr("Language"),
                            self.tr("The new language is used from the next start."))

    @Slot()
    def show_preferences(self) -> None:
        """Open the Preferences dialog and apply what changed."""
        from editorberita.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.window,
                                   self.panes.sidebar_model.desk_ordered_paths(), self.prompts)
        dialog.desk_words_requested.connect(partial(self.spelling.show_desk_words, dialog))
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.apply_preferences(dialog.changed_keys)

    def apply_preferences(self, changed: Iterable[str]) -> None:
        """Apply changed preferences to the open window (the language waits for a restart)."""
        changed = set(changed)
        if any(key.startswith("limits/") for key in changed):
            self.panes.metadata.set_limits(self.settings.limits())
        if "ui/smart_quotes" in changed:
            self.actions["smart_quotes"].setChecked(bool(self.settings.get("ui/smart_quotes")))
        if "ui/spell_check" in changed:
            self.spelling.set_enabled(bool(self.settings.get("ui/spell_check")))
        if "ui/language" in changed:
            self._show_language(self.settings.language or "id")
        if "editor/desk_name" in changed and self.session.is_open:  # issue 14: who saves
            from editorberita.ui.desks import apply_desk_name

            apply_desk_name(self.session.store, self.settings)
