"""The Preferences dialog: language, time zone, your defaults, field limits, quotes, spelling.

"Your defaults" are the editor's own (this computer's): byline, initials, default rubric and
export folder; a new article starts with them.

Reads and writes ``Settings`` only; the window applies what changed (``changed_keys``). A new
language takes effect on the next start. May import ``core.domain``, ``ui.settings`` and PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Zone
from editorberita.core.paths import login_name
from editorberita.typing_compat import override
from editorberita.ui.prompts import Prompts
from editorberita.ui.settings import LIMIT_KEYS, Settings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Edits the user's preferences; ``accept`` stores them."""

    desk_words_requested = Signal()  # the window opens the desk word list (it has the store)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 rubrics: list[tuple[int, str]] | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts if prompts is not None else Prompts()
        self.setObjectName("preferences_dialog")
        self.settings = settings
        self.changed_keys: set[str] = set()
        self.setWindowTitle(self.tr("Preferences"))

        general = QGroupBox(self.tr("General"), self)
        self.language_combo = QComboBox(general)
        for key, name in LANGUAGES:  # each language named in itself
            self.language_combo.addItem(name, key)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            settings.language or "id")))
        self.language_note = QLabel(self.tr("A new language is used from the next start."),
                                    general)
        self.language_note.setWordWrap(True)
        self.zone_combo = QComboBox(general)
        zone_names = {Zone.WIB: self.tr("WIB (western Indonesia, UTC+7)"),
                      Zone.WITA: self.tr("WITA (central Indonesia, UTC+8)"),
                      Zone.WIT: self.tr("WIT (eastern Indonesia, UTC+9)")}
        for zone in Zone:
            self.zone_combo.addItem(zone_names[zone], zone.value)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(
            str(settings.get("article/default_zone")))))
        self.zone_combo.setToolTip(self.tr("Time zone of new articles"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Default time zone:"), self.zone_combo)

        mine = QGroupBox(self.tr("Your defaults"), self)
        mine.setToolTip(self.tr("What a new article starts with on this computer"))
        self.desk_name_edit = QLineEdit(str(settings.get("editor/desk_name")), mine)
        self.desk_name_edit.setObjectName("desk_name_edit")
        self.desk_name_edit.setPlaceholderText(self.tr("Your computer login: {name}").format(
            name=login_name()))
        self.desk_name_edit.setToolTip(self.tr(
            "Your name on a shared desk: recorded on your saves and shown in the history "
            "(empty: your computer login)"))
        self.byline_edit = QLineEdit(str(settings.get("editor/byline")), mine)
        self.byline_edit.setPlaceholderText(self.tr("e.g. Rina Wati"))
        self.initials_edit = QLineEdit(str(settings.get("editor/initials")), mine)
        self.initials_edit.setPlaceholderText(self.tr("e.g. rw"))
        self.initials_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("Inisial__") + 24)
        self.rubric_combo = QComboBox(mine)
        self.rubric_combo.addItem(self.tr("The rubric selected in the sidebar"), 0)
        for rubric_id, path in rubrics or []:
            self.rubric_combo.addItem(path, rubric_id)
        self.rubric_combo.setCurrentIndex(max(0, self.rubric_combo.findData(
            int(settings.get("editor/default_rubric")))))
        self.folder_edit = QLineEdit(settings.export_folder, mine)
        self.folder_edit.setPlaceholderText(self.tr("Asked at the first export"))
        self.folder_button = QPushButton(self.tr("Choose…"), mine)
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        defaults_form = QFormLayout(mine)
        defaults_form.addRow(self.tr("Desk name:"), self.desk_name_edit)
        defaults_form.addRow(self.tr("Byline:"), self.byline_edit)
        defaults_form.addRow(self.tr("Initials:"), self.initials_edit)
        defaults_form.addRow(self.tr("Default rubric:"), self.rubric_combo)
        defaults_form.addRow(self.tr("Export folder:"), folder_row)

        writing = QGroupBox(self.tr("Writing"), self)
        self.smart_quotes_check = QCheckBox(self.tr("Turn typed quotes into curly quotes"),
                                            writing)
        self.smart_quotes_check.setChecked(bool(settings.get("ui/smart_quotes")))
        self.spell_check = QCheckBox(self.tr("Check spelling (Indonesian)"), writing)
        self.spell_check.setChecked(bool(settings.get("ui/spell_check")))
        column = QVBoxLayout(writing)
        column.addWidget(self.smart_quotes_check)
        column.addWidget(self.spell_check)
        self.desk_words_button = QPushButton(self.tr("Desk word list…"), writing)
        self.desk_words_button.setObjectName("desk_words_button")
        self.desk_words_button.setToolTip(self.tr("Words the spell checker accepts for everyone "
                                                  "using this database"))
        self.desk_words_button.clicked.connect(self.desk_words_requested)
        words_row = QHBoxLayout()
        words_row.addWidget(self.desk_words_button)
        words_row.addStretch(1)
        column.addLayout(words_row)

        limits = QGroupBox(self.tr("Character limits"), self)
        names = {"headline": self.tr("Headline:"), "subheadline": self.tr("Sub-headline:"),
                 "lead": self.tr("Summary:"), "seo_title": self.tr("SEO title:"),
                 "seo_description": self.tr("SEO description:")}
        self.limit_spins: dict[str, QSpinBox] = {}
        limit_form = QFormLayout(limits)
        for key in LIMIT_KEYS:
            spin = QSpinBox(limits)
            spin.setRange(10, 2000)
            spin.setValue(settings.limit(key))
            spin.setSuffix(self.tr(" characters"))
            self.limit_spins[key] = spin
            limit_form.addRow(names[key], spin)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(mine)
        layout.addWidget(writing)
        layout.addWidget(limits)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        """Return the settings keys and the values the dialog shows."""
        values: dict[str, object] = {
            "ui/language": str(self.language_combo.currentData()),
            "article/default_zone": str(self.zone_combo.currentData()),
            "ui/smart_quotes": self.smart_quotes_check.isChecked(),
            "ui/spell_check": self.spell_check.isChecked(),
            "editor/desk_name": " ".join(self.desk_name_edit.text().split()),
            "editor/byline": " ".join(self.byline_edit.text().split()),
            "editor/initials": self.initials_edit.text().strip(),
            "editor/default_rubric": int(self.rubric_combo.currentData() or 0),
            "export/folder": self.folder_edit.text().strip(),
        }
        for key, spin in self.limit_spins.items():
            values[f"limits/{key}"] = spin.value()
        return values

    def _choose_folder(self) -> None:
        chosen = self._prompts.folder(self, self.tr("Export folder"), self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    @override
    def accept(self) -> None:
        """Store the values; remember which keys changed for the window to apply."""
        current_language = self.settings.language or "id"
        for key, value in self.values().items():
            old = (current_language if key == "ui/language" else self.settings.get(key))
            if value != old:
                self.changed_keys.add(key)
            self.settings.set(key, value)
        self.settings.sync()
        super().accept()
