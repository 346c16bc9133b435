"""Journey: a desk's database from before the update, whose last story kept its teras only in
the old "Teras" field. The updated app restarts on it: the window shows what the store holds
after migration 0003 (the teras opens the body, the field is the summary), and the next
keystroke saves that, not the text read before the store was open."""

from __future__ import annotations

from tests.journeys.conftest import Desk
from tests.schema import downgrade

TERAS = "Ratusan warga Sempaja mengungsi karena banjir."
BODY = "Air mulai naik pukul 02.00 WITA.\n\nPosko dibuka di masjid."


def test_restart_after_the_update_shows_and_keeps_the_teras(desk: Desk) -> None:
    article_id = desk.seed(lambda store: store.create_article(
        headline="Banjir Sempaja", lead=TERAS, body=BODY, dateline="Samarinda",
        initials="rw").id)
    app = desk.start()
    app.exec(f"window.open_article({article_id})")
    assert app.quit() == 0  # the window remembers it as the last article
    downgrade(desk.db, "0002")  # 0003 changes no table: as today's release leaves it

    again = desk.start()
    expected = f"{TERAS}\n\n{BODY}"
    again.wait_until(f"window.current_article.id == {article_id}")
    shown = again.form()
    assert shown["values"]["body"] == expected
    assert shown["values"]["lead"] == TERAS  # kept, as the summary
    again.wait_until("'SAMARINDA \u2013 Ratusan warga' in window.preview.toPlainText()")
    labels = again.eval("[w.text() for w in window.metadata.more_box.findChildren("
                        "__import__('PySide6.QtWidgets').QtWidgets.QLabel)]")
    assert "Ringkasan" in labels and "Teras" not in labels
    again.exec("from PySide6.QtGui import QTextCursor\n"
               "window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    again.type(" Tim SAR bersiaga.")
    again.wait_until("not window.is_dirty")
    assert again.dialogs() == []
    assert again.quit() == 0
    with desk.store() as store:
        assert store.get_article(article_id).body == expected + " Tim SAR bersiaga."
