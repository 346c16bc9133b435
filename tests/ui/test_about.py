"""About dialog (versions, licences), the error dialog's copy button, portable settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from editorberita import __version__
from editorberita.ui import application
from editorberita.ui.about import AboutDialog
from editorberita.ui.errordialog import ErrorDialog
from editorberita.ui.mainwindow import app_icon

SHOTS = Path(os.environ.get("EDITORBERITA_SHOTS", "/tmp"))


def _labels(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_versions_and_every_licence_in_indonesian(qtbot, indonesian) -> None:
    import PySide6

    dialog = AboutDialog(app_icon())
    qtbot.addWidget(dialog)
    dialog.show()
    text = _labels(dialog)
    assert dialog.windowTitle() == "Tentang EditorBerita"
    assert f"EditorBerita {__version__}" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert "Folder data:" in text and "LGPL versi 3" in text
    names = dialog.component_names()
    for name in ("Qt", "PySide6_Essentials", "Python", "SQLAlchemy", "alembic", "Markdown",
                 "nh3", "Jinja2", "MarkupSafe", "babel", "platformdirs", "PyYAML",
                 "typing_extensions", "Mako"):
        assert name in names
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()  # Qt, first row
    dialog.list.setCurrentRow(names.index("SQLAlchemy"))
    assert "Permission is hereby granted" in dialog.text.toPlainText()
    assert dialog.license_label.text() == "Lisensi: MIT"
    dialog.grab().save(str(SHOTS / "editorberita-about.png"))


def test_about_action_opens_the_dialog(window, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window.action("about").trigger()
    assert opened == ["About EditorBerita"]


def test_error_dialog_copies_the_details(qtbot, indonesian) -> None:
    dialog = ErrorDialog("rusak", "Traceback (most recent call last):\n  ValueError: rusak")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.copy_button.text() == "Salin rincian"
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("ValueError: rusak")
    assert dialog.isVisible()  # copying does not close it
    assert dialog.copy_button.text() == "Tersalin"
    dialog.grab().save(str(SHOTS / "editorberita-error.png"))


def test_portable_build_keeps_settings_in_an_ini_in_the_data_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "EditorBerita"))
    native = application.default_settings()
    assert native.format() == QSettings.Format.NativeFormat
    (tmp_path / "data").mkdir()
    settings = application.default_settings()
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()) == tmp_path / "data" / "settings.ini"
    settings.setValue("ui/language", "id")
    settings.sync()
    assert "language=id" in (tmp_path / "data" / "settings.ini").read_text(encoding="utf-8")
