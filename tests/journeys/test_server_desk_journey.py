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


# Run in the app: when the desk server's dialog shows, choose "Buka meja lokal" (this filter is
# installed after the driver's, so Qt asks it first: its click comes before the driver closes
# the dialog).
TAKE_THE_LOCAL_DESK = """
from PySide6.QtCore import QEvent, QObject
from editorberita.ui.deskunavailable import DeskUnavailableDialog

class _TakeLocal(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, DeskUnavailableDialog):
            for button in obj.buttons():
                if button.text() == "Buka meja lokal":
                    QTimer.singleShot(0, button.click)
        return False

TAKE_LOCAL = _TakeLocal()
QApplication.instance().installEventFilter(TAKE_LOCAL)
"""

CONNECTING = ("window is not None and window.statusBar().currentMessage()"
              ".startswith('Menghubungkan ke meja bersama')")


@pytest.mark.slow
def test_server_that_never_answers_window_paints_then_goes_back_to_the_local_desk(  # type: ignore[no-untyped-def]
        desk: Desk, black_hole) -> None:
    """A desk server that accepts and never answers (a hung server, a firewall that swallows
    packets): the window paints and keeps answering while it connects, says so, attaches no
    store; after the connect timeout the editor takes the way back to the local desk."""
    desk.db = black_hole.url()  # type: ignore[assignment]  # Desk.start passes it as --db
    app = desk.start(wait=False)
    app.wait_until(CONNECTING, timeout=30)  # the old code froze here, then quit
    for _ in range(10):  # the event loop keeps turning: each question answered meanwhile
        assert app.eval("window.session.is_open", timeout=2) is False  # no half-built store
    app.screenshot("connecting.png")
    assert app.eval(CONNECTING)  # still waiting for the server (connect timeout: 5 s)
    app.exec(TAKE_THE_LOCAL_DESK)
    app.wait_until("window.session.is_open and window.store.url is None", timeout=60)
    shown = [d for d in app.dialogs() if d["class"] == "DeskUnavailableDialog"]
    assert len(shown) == 1 and "tidak bisa dihubungi" in shown[0]["text"]
    assert app.eval("window.windowTitle()").endswith("EditorBerita")
    assert app.quit() == 0
    assert (desk.root / "data" / "editorberita.sqlite3").exists()  # the local desk, opened
