"""The Preferences dialog: language, default time zone, field limits, smart quotes, spelling.

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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Zone
from editorberita.typing_compat import override
from editorberita.ui.settings import LIMIT_KEYS, Settings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Edits the user's preferences; ``accept`` stores them."""

    desk_words_requested = Signal()  # the window opens the desk word list (it has the store)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        }
        for key, spin in self.limit_spins.items():
            values[f"limits/{key}"] = spin.value()
        return values

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
