"""The window's side of safety: history, backups, read-only, damaged database, conflicts, trash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from editorberita.core import backup
from editorberita.core.domain import Status
from editorberita.core.lock import DatabaseLock
from editorberita.core.store import ArticleStore, open_store
from editorberita.ui.backups import BackupsDialog
from editorberita.ui.conflictdialog import ConflictChoice, ConflictDialog
from editorberita.ui.damageddialog import DamagedDialog
from editorberita.ui.exportsummary import ExportSummaryDialog
from editorberita.ui.recovery import Launcher
from tests.ui.conftest import open_like_start_up

SHOTS = Path(__file__).parents[2] / "resources" / "screenshots"


def shoot(widget: QWidget, name: str) -> None:
    """Save a screenshot for the notes when ISSUE4_SCREENSHOTS is set."""
    if os.environ.get("ISSUE4_SCREENSHOTS"):
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        from editorberita.ui.mainwindow import MainWindow

        if isinstance(widget, MainWindow):  # the preview renders in its thread: let it land
            clock = QElapsedTimer()
            clock.start()
            while widget.preview.is_stale() and clock.elapsed() < 5000:
                QCoreApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"issue4-{name}.png"))


def _type(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(text)


def test_status_change_and_ctrl_s_make_revisions(window, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(headline="Riwayat", body="Awal.")
    window.article_model.reload()
    window.open_article(article.id)
    _type(window, " Tambahan.")
    assert window.save_now()
    window.metadata.status_combo.setCurrentIndex(
        window.metadata.status_combo.findData(Status.READY.value))
    assert window.save_now()
    window.action("save").trigger()
    reasons = [r.reason for r in store.list_revisions(article.id or 0)]
    assert reasons == ["manual", "status", "autosave"]


def test_backups_dialog_lists_makes_and_picks(qtbot, store: ArticleStore, indonesian,  # type: ignore[no-untyped-def]
                                              answers) -> None:
    store.create_article(headline="Cadang")
    backup.make_backup(store.db_path, "daily")
    dialog = BackupsDialog(store.db_path, prompts=answers)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Harian"
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 2
    assert any(dialog.table.item(r, 1).text() == "Manual" for r in range(2))
    dialog.show()
    shoot(dialog, "backups")
    dialog.restore_button.click()
    assert len(answers["asked"]) == 1
    assert dialog.chosen is not None and dialog.chosen.exists()


def test_launcher_restore_reopens_the_store(qtbot, db_path: Path, settings,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    s = open_store(db_path)
    s.create_article(headline="Lama")
    s.close()
    saved = backup.make_backup(db_path, "manual")
    launcher = Launcher(db_path, settings)
    window = open_like_start_up(launcher)
    assert window is not None and launcher.mode == "edit"
    qtbot.addWidget(window)
    window.show()
    window.load()
    launcher.store.create_article(headline="Baru")
    new = launcher.restore(saved, confirm=False)
    assert new is not None and new is launcher.window
    qtbot.addWidget(new)
    assert [a.headline for a in launcher.store.list_articles()] == ["Lama"]
    assert any(b.kind == "restore" for b in backup.list_backups(db_path))
    launcher.close()


def test_second_instance_opens_read_only(qtbot, db_path: Path, settings, indonesian) -> None:  # type: ignore[no-untyped-def]
    s = open_store(db_path)
    s.create_article(headline="Dikunci", body="Isi")
    s.close()
    first = DatabaseLock(db_path)
    assert first.acquire()
    launcher = Launcher(db_path, settings)
    window = open_like_start_up(launcher)
    assert window is not None and launcher.mode == "read-only" and window.store.read_only
    qtbot.addWidget(window)
    window.show()
    window.load()
    banner = window.findChild(QLabel, "read_only_label")
    assert banner is not None and "hanya-baca" in banner.text()
    assert window.editor.isReadOnly() and not window.action("new_article").isEnabled()
    assert not window.action("save").isEnabled()
    shoot(window, "read-only")
    launcher.close()
    first.release()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(8192, len(data) - 4096, 3 * 4096):
        data[start + 100:start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def test_damaged_database_offers_backup_preview_then_restore(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings, indonesian, monkeypatch: pytest.MonkeyPatch) -> None:
    s = open_store(db_path)
    for n in range(60):
        s.create_article(headline=f"Berita {n}", body="kata " * 400)
    s.close()
    backup.make_backup(db_path, "daily")
    _damage(db_path)
    shown: list[DamagedDialog] = []

    def fake_exec(dialog: DamagedDialog) -> int:
        shown.append(dialog)
        dialog.show()
        shoot(dialog, "damaged")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DamagedDialog, "exec", fake_exec)
    launcher = Launcher(db_path, settings)
    window = open_like_start_up(launcher)
    assert shown and "rusak" in shown[0].findChild(QLabel, "damaged_label").text()
    assert window is not None and launcher.mode == "preview" and window.store.read_only
    qtbot.addWidget(window)
    window.show()
    window.load()
    shoot(window, "backup-preview")
    assert window.store.count_articles() == 60
    good = backup.newest_good_backup(db_path)
    assert good is not None
    new = launcher.restore(good.path, confirm=False)
    assert new is not None and launcher.mode == "edit"
    qtbot.addWidget(new)
    assert launcher.store.integrity_problems() == [] and launcher.store.count_articles() == 60
    launcher.close()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_conflict_dialog_choices_in_the_window(window, store: ArticleStore, answers,  # type: ignore[no-untyped-def]
                                               choice: ConflictChoice, indonesian) -> None:
    article = store.create_article(headline="Rebutan", body="awal")
    window.article_model.reload()
    window.open_article(article.id)
    other = open_store(store.db_path)
    other.save_article(other.get_article(article.id or 0).copy(body="teks mereka"))
    other.close()

    answers["conflict"] = choice  # asked through the prompts seam
    _type(window, " teks saya")
    assert window.save_now()
    assert answers["conflicts"] == [("awal teks saya", "teks mereka")]
    if os.environ.get("ISSUE4_SCREENSHOTS") and choice is ConflictChoice.KEEP_MINE:
        dialog = ConflictDialog(store.get_article(article.id or 0).copy(body="awal teks saya"),
                                store.get_article(article.id or 0), window)
        dialog.show()
        shoot(dialog, "conflict")
    bodies = {r.snapshot.body for r in store.list_revisions(article.id or 0)}
    bodies |= {store.get_article(s.id).body for s in store.list_articles()}
    assert {"awal teks saya", "teks mereka"} <= bodies


def test_preview_neutralises_markup_in_every_field(qtbot, window, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    article = store.create_article(headline=f"Judul {evil}",
                                   body=f"Isi {evil} [x](javascript:alert(3))",
                                   byline=evil, lead=evil, tags=[evil], dateline=evil)
    window.article_model.reload()
    window.open_article(article.id)
    qtbot.waitUntil(lambda: "Judul" in window.preview.toPlainText(), timeout=5000)
    from html.parser import HTMLParser

    found: list[str] = []

    class Checker(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.extend(f"<{tag}>" for _ in [0] if tag in ("script", "iframe", "svg"))
            found.extend(f"{k}=" for k, v in attrs if k.startswith("on")
                         or "javascript:" in (v or "").lower())

    Checker().feed(window.preview.toHtml())
    assert found == []
    assert "<script>alert(1)</script>" in window.preview.toPlainText()  # shown as text


def test_export_summary_dialog_names_the_failures(qtbot, store: ArticleStore, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  indonesian) -> None:
    from editorberita.core.export import export_articles

    ids = [store.create_article(headline=f"B{n}").id or 0 for n in range(3)]
    blocked = tmp_path / "out"
    blocked.mkdir()
    summary = export_articles(store, blocked, "html", article_ids=[*ids, 999])
    dialog = ExportSummaryDialog(summary, blocked)
    qtbot.addWidget(dialog)
    dialog.show()
    shoot(dialog, "export-summary")
    assert "3 dari 4" in dialog.findChild(QLabel, "export_summary_label").text()
    assert "#999" in dialog.details.toPlainText()
    assert QApplication.instance() is not None


