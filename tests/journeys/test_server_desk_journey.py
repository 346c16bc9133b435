"""A day on a shared desk (issue 14): the real app started with ``--db postgresql://…`` on the
test server, typing, quitting, starting again; the text is on the server, under the editor's
desk name, and nothing of the desk (nor its password) was written on this computer."""

from __future__ import annotations

import pytest

from editorberita.core.desklocation import DeskAddress
from editorberita.core.store import open_store
from tests.journeys.conftest import Desk

TYPED = "Warga Samarinda mengungsi ke masjid. "
MORE = "Air mulai surut sore ini. "


@pytest.mark.slow
def test_server_desk_type_quit_restart_sees_the_text(desk: Desk, pg_url: str) -> None:
    seed = open_store(pg_url)
    article = seed.create_article(headline="Banjir di Samarinda", body="")
    seed.close()
    address = DeskAddress.parse(pg_url)
    password = DeskAddress.password_in(pg_url)
    desk.env["PGPASSWORD"] = password  # as a newsroom script would set it; never in settings
    desk.db = address.url()  # type: ignore[assignment]  # Desk.start passes it as --db

    app = desk.start()
    assert app.eval("window.store.url") is not None
    assert app.eval("window.current_article.id") == article.id
    assert app.eval("window.windowTitle()") == f"Banjir di Samarinda — {address.label} — " \
                                                "EditorBerita"
    app.exec("window.settings.set('editor/desk_name', 'Rina Wati');"
             "window.appearance.apply_preferences({'editor/desk_name'})")
    app.type(TYPED)
    app.wait_until("not window.is_dirty")
    app.key("Key_S", modifiers="ControlModifier")  # a revision, under the desk name
    assert app.dialogs() == []
    assert app.quit() == 0

    app = desk.start()
    assert app.eval("window.current_article.id") == article.id  # the desk's last article
    assert app.eval("window.editor.markdown()") == TYPED
    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(MORE)
    app.wait_until("not window.is_dirty")
    assert app.quit() == 0

    check = open_store(pg_url)
    try:
        assert check.get_article(article.id or 0).body == TYPED + MORE
        assert "Rina Wati" in {r.editor for r in check.list_revisions(article.id or 0)}
    finally:
        check.close()
    assert not (desk.root / "berita.sqlite3").exists()  # no local desk was made meanwhile
    settings_text = "".join(p.read_text(encoding="utf-8", errors="replace")
                            for p in (desk.root / "config").rglob("*") if p.is_file())
    assert password not in settings_text
