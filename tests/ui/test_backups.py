"""The Backups dialog says why a backup cannot be restored, in the interface language."""

from __future__ import annotations

from editorberita.core import backup
from editorberita.core.store import ArticleStore
from editorberita.ui.backups import BackupsDialog


def _refused_restore(qtbot, store: ArticleStore, answers) -> str:  # type: ignore[no-untyped-def]
    store.create_article(headline="Cadang")
    made = backup.make_backup(store.db_path, "daily")
    made.write_bytes(b"bukan basis data" * 100)  # the backup file was overwritten meanwhile
    dialog = BackupsDialog(store.db_path, prompts=answers)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert dialog.chosen is None and not answers.get("asked")
    return str(answers["shown"][-1][1][1])


def test_a_refused_restore_is_explained_in_english(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                  answers) -> None:
    text = _refused_restore(qtbot, store, answers)
    assert text.startswith("The backup file ") and " is damaged: " in text


def test_a_refused_restore_is_explained_in_indonesian(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                     answers, indonesian) -> None:
    text = _refused_restore(qtbot, store, answers)
    assert text.startswith("Berkas cadangan ") and " rusak: " in text
