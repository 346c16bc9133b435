"""Two editors on one server desk, each in their own app process (issue 14).

Rina and Budi have separate data folders and settings (their desk names come from their
preferences) and open the same PostgreSQL desk with ``--db postgresql://``. Budi sees Rina's
lease and her typing live; Rina's app is SIGKILLed and, once her lease went stale, passes to
Budi by itself; the server is stopped while Budi types and started again — nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.domain import Article
from editorberita.core.store import open_store
from tests.journeys.conftest import Desk

pytestmark = pytest.mark.slow




def _editor_desk(root: Path, url: str, name: str) -> Desk:
    root.mkdir()
    desk = Desk(root)
    desk.db = url  # type: ignore[assignment]  # a server desk: --db takes its URL
    conf = root / "config" / "EditorBerita"
    conf.mkdir(parents=True)
    (conf / "EditorBerita.conf").write_text(f"[editor]\ndesk_name={name}\n", encoding="utf-8")
    return desk


def test_two_editors_lease_live_kill_and_server_gone(own_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    url = own_server.url(own_server.new_database())
    seed = open_store(url)
    article = seed.create_article(Article(headline="Banjir Samarinda", body="Air naik."))
    rina_desk = _editor_desk(tmp_path / "rina", url, "Rina")
    budi_desk = _editor_desk(tmp_path / "budi", url, "Budi")
    try:
        rina = rina_desk.start()
        rina.wait_until(f"window.current_article.id == {article.id}")
        rina.wait_until("window.watch.listening")
        assert seed.lease_of(article.id).editor == "Rina"
        budi = budi_desk.start()
        budi.wait_until(f"window.current_article.id == {article.id}")
        budi.wait_until("window.collab.lease_banner is not None and window.watch.listening")
        assert budi.form()["editor_read_only"] is True
        assert budi.eval("window.collab.lease_banner.findChild(QWidget, 'read_only_label')"
                         ".text()").startswith("Sedang disunting oleh Rina (")

        # Rina types; Budi's read-only article follows (her autosave, then the notification).
        rina.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
        rina.type(" Warga mengungsi.")
        budi.wait_until("window.editor.markdown().endswith('Warga mengungsi.')")

        # Rina's PC dies. Her lease goes stale (aged here instead of waiting two minutes)
        # and passes to Budi by itself; her last saved text is kept as a revision.
        rina.kill()
        with seed.engine.begin() as connection:
            connection.execute(text("UPDATE leases SET heartbeat = heartbeat - "
                                    "interval '3 minutes'"))
        budi.wait_until("window.collab.lease_banner is None")  # the recheck timer
        assert budi.form()["editor_read_only"] is False
        assert seed.lease_of(article.id).editor == "Budi"
        assert ("take-over", "Rina") in [(r.reason, r.editor)
                                         for r in seed.list_revisions(article.id)]

        # The server goes away while Budi types: he keeps typing, nothing is lost.
        own_server.kill_for_test()
        budi.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
        budi.type(" Dua tewas.")
        budi.wait_until("window.collab.offline_banner is not None and not window.is_dirty")
        assert budi.dialogs() == []  # no error dialog: the banner says it
        budi.type(" Hujan reda.")
        budi.wait_until("not window.is_dirty")  # kept in the journal on his PC
        budi.kill()  # and his PC dies too, while the server is away
        own_server.restart_for_test()
        budi = budi_desk.start()
        budi.wait_until("window.collab.offline_banner is None and window.watch.listening")
        budi.wait_until("window.editor.markdown().endswith('Hujan reda.')")
        seed.engine.dispose()  # its pooled connections died with the server
        assert seed.get_article(article.id).body == (
            "Air naik. Warga mengungsi. Dua tewas. Hujan reda.")
        assert budi.quit() == 0
        assert seed.lease_of(article.id) is None  # quitting gives the lease back
    finally:
        seed.close()
        rina_desk.close()
        budi_desk.close()
