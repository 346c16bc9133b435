"""Qt's own words in the Indonesian window: every dialog the app can open, walked offscreen.

Qt ships no Indonesian catalogue, so its file dialog, message boxes, input dialogs, text
context menus and key names ("Alt+Down") stayed English inside the Indonesian UI (issue 12).
Our own translation of those strings ships in ``editorberita_id.qm`` (listed in
``ui/qtstrings.py``). This test opens every dialog class of ``editorberita.ui`` and Qt's
standard dialogs as the app uses them, including the file dialog's "Directory not found"
box, reads every text a user sees (titles, labels, buttons, menus with their shortcut names,
table cells, headers) and fails on English words.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

import editorberita.ui
from editorberita.core.desklocation import DeskAddress
from editorberita.core.domain import Article, ServerLoginError
from editorberita.core.export import ExportSummary
from tests.ui.conftest import make_window

NATIVE = QKeySequence.SequenceFormat.NativeText
# English words Qt (or we) could leave in the Indonesian UI. Words Indonesian shares with
# English ("Menu", "Detail", "Folder", "Format", "Status", "Tab", "Enter") are not listed; key
# labels printed on a PC keyboard ("Ctrl", "Alt", "Shift", "Del", "Home", "End") stay.
ENGLISH = re.compile(
    r"\b(?:OK|Cancel|Yes|No|Open|Save|Close|Apply|Reset|Help|Discard|Abort|Retry|Ignore|"
    r"Directory|Directories|Files?|Name|Size|Type|Kind|Modified|Look in|Back|Forward|Parent|"
    r"Create|New|View|List|Show|Hide|Details|Delete|Rename|Choose|Down|Up|Left|Right|Space|"
    r"Please|verify|found|value|Recent|Places|Computer|Sidebar|Select|All|Copy|Paste|Cut|"
    r"Undo|Redo|the|and|of|is|are|you|want|Enter a)\b")


def _texts(root: QWidget) -> list[str]:
    """Every text a user can see on ``root``: titles, labels, buttons, menus, cells."""
    found = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        found.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            found.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QGroupBox | QMenu):
            found.append(w.title())
        if isinstance(w, QMessageBox):
            found.extend((w.text(), w.informativeText()))
        if isinstance(w, QTableWidget):
            found.extend(w.item(r, c).text() for r in range(w.rowCount())
                         for c in range(w.columnCount()) if w.item(r, c) is not None)
        header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
        if isinstance(w, QAbstractItemView) and header is not None and w.model() is not None:
            found.extend(str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(header().count()))
    for action in root.findChildren(QAction):
        # a menu shows the action's text and its shortcut's native name ("Alt+Down")
        found.extend((action.text(), action.toolTip(), action.shortcut().toString(NATIVE)))
    return [t.replace("&", "") for t in found if t]


def _dialog_classes() -> dict[str, type]:
    """Every QDialog (and QMessageBox) subclass defined in the ``editorberita.ui`` package."""
    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(editorberita.ui.__path__, editorberita.ui.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[name] = cls
    return found


def _english(texts: list[str]) -> list[str]:
    # a path names the user's folders, not the UI ("/home/…/pytest-of-root")
    return sorted({t for t in texts if ENGLISH.search(re.sub(r"(?:/[^/\s]+)+/?", "", t))})


def _message_of(app: QApplication, trigger) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``trigger`` (which opens a modal box); return the box's texts and close it."""
    seen: list[str] = []

    def grab() -> None:
        for w in app.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.extend(_texts(w))
                w.done(0)

    QTimer.singleShot(200, grab)
    trigger()
    QApplication.processEvents()
    return seen


def _file_dialogs(app: QApplication, parent: QWidget, tmp: Path) -> list[str]:
    """Qt's file dialog as the app opens it (open, save, folder) and its own messages."""
    texts: list[str] = []
    for mode, accept in ((QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
                         (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
                         (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen)):
        files = QFileDialog(parent, "x", str(tmp))
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        files.setFileMode(mode)
        files.setAcceptMode(accept)
        files.show()
        QApplication.processEvents()
        texts += _texts(files)
        tree = files.findChild(QAbstractItemView, "treeView")
        if tree is not None and tree.header() is not None:  # the "Show Size" column menu
            tree.header().customContextMenuRequested.emit(tree.header().rect().center())
        texts += _texts(files)
        name = files.findChild(QLineEdit, "fileNameEdit")
        if mode != QFileDialog.FileMode.AnyFile:
            name.setText(str(tmp / "tidak-ada" / "di-sini"))  # "Directory not found."
            texts += _message_of(app, files.accept)
        else:
            (tmp / "ada.txt").write_text("x", encoding="utf-8")
            name.setText("ada.txt")  # "already exists. Do you want to replace it?"
            texts += _message_of(app, files.accept)
        files.close()
    return texts


def test_every_dialog_the_app_can_open_is_indonesian(  # type: ignore[no-untyped-def]
        qtbot, qapp, store, settings, indonesian, tmp_path: Path, db_path: Path) -> None:
    window = make_window(qtbot, store, settings)
    current = store.create_article(Article(headline="Rapat paripurna", body="Isi berita."))
    # by class name, wherever the class lives (dialogs move between modules)
    factories = {
        "AboutDialog": lambda cls: cls(parent=window),
        "BackupsDialog": lambda cls: cls(db_path, window),
        "ExportSummaryDialog": lambda cls: cls(
            ExportSummary(written=[tmp_path / "a.html"], total=2,
                          failures=[(current, "disk penuh")]), tmp_path, window),
        "DeskWordsDialog": lambda cls: cls(store, None, window),
        "ShortcutsDialog": lambda cls: cls(window.menus.shortcut_groups(), window),
        "ConflictDialog": lambda cls: cls(current, current, window),
        "ErrorDialog": lambda cls: cls("Gagal", "rincian", window),
        "HistoryDialog": lambda cls: cls(store, current, window),
        "PictureLibraryDialog": lambda cls: cls([], {}, lambda _id: None, parent=window),
        "PreferencesDialog": lambda cls: cls(settings, window),
        "LockedDialog": lambda cls: cls(db_path, window),
        "DamagedDialog": lambda cls: cls(db_path, ["rusak"], None, window),
        "SitesDialog": lambda cls: cls(window.sending, window),
        "OutboxDialog": lambda cls: cls(window.sending, store, window),
        "StoryPicker": lambda cls: cls(window.record.search, "Berita terkait", window),
        "ConnectDialog": lambda cls: cls(window.desks.recent, window.desks.passwords, window,
                                         problem="x"),  # issue 14
        "DeskUnavailableDialog": lambda cls: cls(ServerLoginError("x"), DeskAddress(
            "server", "redaksi", "rina"), window),
    }
    # every dialog class of the UI package is opened here: a new one must be added above
    defined = _dialog_classes()
    assert set(defined) <= set(factories), set(defined) - set(factories)
    assert len(defined) >= 12

    texts = _texts(window)
    for action in window.findChildren(QAction):
        if action.menu() is not None:
            texts += _texts(action.menu())
    for name, cls in defined.items():
        dialog = factories[name](cls)
        dialog.show()
        QApplication.processEvents()
        texts += _texts(dialog)
        dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, "EditorBerita", "Simpan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Close, window)
    box.setDetailedText("rincian")
    box.show()
    texts += _texts(box)
    for ask in (QInputDialog(window), QInputDialog(window)):
        ask.show()
        texts += _texts(ask)
    for edit in (window.metadata.byline_edit, window.metadata.lead_edit):
        texts += _texts(edit.createStandardContextMenu())
    texts += _file_dialogs(qapp, window, tmp_path)
    assert _english(texts) == [], "\n".join(_english(texts))
    assert "Batal" in texts and any("tidak ditemukan" in t for t in texts)


def test_the_walk_catches_qt_english(qtbot, qapp, store, settings, db_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, settings)  # no Indonesian translator: Qt's English
    texts = _file_dialogs(qapp, window, db_path.parent)
    assert any("Directory not found" in t for t in _english(texts))
    assert "Alt+Down" in _english([QKeySequence("Alt+Down").toString(NATIVE)])
