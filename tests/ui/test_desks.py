"""The window on a shared desk (issue 14) against a real PostgreSQL server: opening it, saving
there under the editor's desk name, a desk that won't open with a way back to the local desk,
switching desks from the File menu."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editorberita.core.desklocation import DeskAddress, local_desk_path
from editorberita.core.store import open_store
from editorberita.ui import deskunavailable
from editorberita.ui.desks import DeskPasswords, adopt_desk, desk_key
from editorberita.ui.deskunavailable import DeskUnavailableDialog
from editorberita.ui.mainwindow import MainWindow
from editorberita.ui.recovery import Launcher
from tests.ui.conftest import open_like_start_up
from tests.ui.scripted import ScriptedPrompts


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(DeskPasswords, "_session", {})


def _without_password(url: str) -> str:
    return DeskAddress.parse(url).url()


def _dispose(launcher: Launcher, window: MainWindow) -> None:
    """Close the window (it saves), delete it, then close its store: no timer of it may
    reach the server desk after the test drops its database."""
    window.close()
    QTest.qWait(50)  # what runs after a close (the spell checker's end) runs first
    window.deleteLater()
    QTest.qWait(50)
    launcher.close()


def test_window_opens_a_server_desk_and_saves_there_under_the_desk_name(  # type: ignore[no-untyped-def]
        qtbot, settings, pg_url: str) -> None:
    seed = open_store(pg_url)
    article = seed.create_article(headline="Banjir di Samarinda", body="Air naik.")
    seed.close()
    settings.set("editor/desk_name", "Rina Wati")
    DeskPasswords().keep(DeskAddress.parse(pg_url), DeskAddress.password_in(pg_url),
                         remember=True)  # asked once: this session keeps it
    launcher = Launcher(_without_password(pg_url), settings, prompts=ScriptedPrompts())
    window = open_like_start_up(launcher)  # opened on a worker, handed over
    assert window is not None and launcher.mode == "edit"
    assert window.store.engine.pool.checkedout() == 0  # the worker kept no connection
    window.show()
    window.load()
    assert not Path(launcher.db_path).exists()  # no SQLite file, no lock file for a server
    assert window.store.url is not None and "rahasia" not in window.store.url
    window.open_article(article.id or 0)
    window.editor.insertPlainText("Warga mengungsi. ")
    assert window.save_now(manual=True)
    address = DeskAddress.parse(pg_url)
    assert window.windowTitle() == f"Banjir di Samarinda — {address.label} — EditorBerita"
    _dispose(launcher, window)
    check = open_store(pg_url)
    try:
        saved = check.get_article(article.id or 0)
        assert "Warga mengungsi." in saved.body
        revisions = check.list_revisions(article.id or 0)
        assert revisions and revisions[0].editor == "Rina Wati"  # who saved it
    finally:
        check.close()


def test_wrong_password_is_told_and_the_local_desk_opens_instead(  # type: ignore[no-untyped-def]
        qtbot, settings, pg_server, pg_url: str, indonesian,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []

    def choose(dialog: DeskUnavailableDialog) -> str:
        told.append(dialog.text())
        assert {b.text() for b in dialog.buttons()} == {
            "Coba lagi", "Ubah sambungan…", "Buka meja lokal", "Keluar"}
        return deskunavailable.LOCAL

    monkeypatch.setattr(DeskUnavailableDialog, "choose", choose)
    database = DeskAddress.parse(pg_url).database
    launcher = Launcher(pg_server.url(database, password="salah"), settings)
    window = open_like_start_up(launcher)
    assert window is not None
    assert len(told) == 1
    assert told[0] == (f"Server meja 127.0.0.1:{pg_server.port} menolak nama pengguna "
                       "editorberita atau kata sandinya. Periksa keduanya.")
    assert launcher.location == local_desk_path() and launcher.mode == "edit"
    assert window.store.url is None  # the local desk: a file on this computer
    assert window.desks.app_title() == "EditorBerita"
    _dispose(launcher, window)


def test_unreachable_server_try_again_then_quit(qtbot, settings, indonesian,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    answers = [deskunavailable.RETRY, deskunavailable.QUIT]
    told: list[str] = []

    def choose(dialog: DeskUnavailableDialog) -> str:
        told.append(dialog.text())
        return answers.pop(0)

    monkeypatch.setattr(DeskUnavailableDialog, "choose", choose)
    launcher = Launcher(f"postgresql://redaksi@127.0.0.1:{free}/redaksi", settings)
    assert open_like_start_up(launcher) is None  # quit: nothing opened, nothing made
    assert len(told) == 2 and all("tidak bisa dihubungi" in text for text in told)
    assert not local_desk_path().exists()


def test_file_menu_switches_to_a_server_desk_and_back(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, settings, db_path: Path, pg_url: str) -> None:
    from editorberita.ui.startup import Startup

    local = open_store(db_path)
    mine = local.create_article(headline="Naskah lokal")
    local.close()
    server = open_store(pg_url)
    shared = server.create_article(headline="Naskah di server")
    server.close()
    prompts = ScriptedPrompts()
    window = MainWindow(settings, prompts)
    startup = Startup(qapp, window, settings, db_path, prompts, {}, quiet=True)
    window.show()  # the first paint opens the store, as at start-up
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.open_article(mine.id or 0)
    names = [a.objectName() for a in window.action_collection.menu("file").actions()]
    assert {"connect_desk_action", "local_desk_action"} <= set(names)
    window.desks.switch_requested.emit(pg_url)  # as "Connect" in the dialog does
    qtbot.waitUntil(lambda: startup.window is not window, timeout=20_000)  # opens on a worker
    second = startup.window
    assert second is not window and second.store.url is not None
    assert second.current_article is not None
    assert second.current_article.id == shared.id  # never the local desk's article id
    assert settings.get("session/last_desk") == desk_key(pg_url)
    second.action("local_desk").trigger()
    third = startup.window
    assert third.store.url is None and third.store.db_path == local_desk_path()
    startup.close()
    QTest.qWait(100)  # the windows go before the test drops the server desk


def test_adopt_desk_forgets_another_desks_last_article(settings, db_path: Path) -> None:
    settings.last_article = 7
    adopt_desk(settings, db_path)  # settings from before shared desks: the local desk's
    assert settings.last_article == 7
    adopt_desk(settings, "postgresql://rina@server/redaksi")
    assert settings.last_article is None
    assert settings.get("session/last_desk") == "server:rina@server:5432/redaksi"


def test_desk_name_from_preferences_reaches_the_store_and_the_history(  # type: ignore[no-untyped-def]
        qtbot, settings, store) -> None:
    from editorberita.ui.history import HistoryDialog
    from editorberita.ui.preferences import PreferencesDialog
    from tests.ui.conftest import make_window

    article = store.create_article(headline="Jalan rusak")
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.desk_name_edit.placeholderText()  # the OS login, when nothing is set
    dialog.desk_name_edit.setText("  Budi   Santoso ")
    dialog.accept()
    window.appearance.apply_preferences(dialog.changed_keys)
    assert store.editor == "Budi Santoso"
    window.open_article(article.id or 0)
    window.editor.insertPlainText("Tambahan. ")
    assert window.save_now(manual=True)
    history = HistoryDialog(store, window.current_article)
    qtbot.addWidget(history)
    assert "Budi Santoso" in history.list.item(0).text()


def test_no_password_known_asks_once_then_the_session_keeps_it(  # type: ignore[no-untyped-def]
        qtbot, settings, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring, no PGPASSWORD: "Change connection…" asks; the next open does not ask."""
    from editorberita.ui.connectdialog import ConnectDialog

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    asked: list[str] = []

    def exec_(dialog: ConnectDialog) -> int:
        asked.append(dialog.problem_label.text())
        assert dialog.address() == DeskAddress.parse(pg_url)  # the desk given, to complete
        dialog.password_edit.setText(DeskAddress.password_in(pg_url))
        return int(ConnectDialog.DialogCode.Accepted)

    monkeypatch.setattr(DeskUnavailableDialog, "choose", lambda d: deskunavailable.CHANGE)
    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    bare = _without_password(pg_url)
    launcher = Launcher(bare, settings)
    window = open_like_start_up(launcher)
    assert window is not None and window.store.url is not None
    assert len(asked) == 1 and asked[0]  # the dialog said what was wrong
    _dispose(launcher, window)
    again = Launcher(bare, settings)  # a later switch to the same desk, same session
    second = open_like_start_up(again)
    assert second is not None and second.store.url is not None and len(asked) == 1
    _dispose(again, second)
    assert DeskAddress.password_in(pg_url) not in (Path(settings.qsettings.fileName())
                                                   .read_text(encoding="utf-8"))


def test_password_in_the_system_keyring_opens_the_desk_next_time(  # type: ignore[no-untyped-def]
        qtbot, settings, pg_url: str) -> None:
    """With a keyring, "Remember" keeps the password there (not in settings); a new session
    opens the desk from a URL without password."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):  # the OS keyring's stand-in: a dict, this process
        priority = 1
        kept: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        address = DeskAddress.parse(pg_url)
        assert DeskPasswords().keep(address, DeskAddress.password_in(pg_url), remember=True)
        DeskPasswords._session.clear()  # the next start of EditorBerita
        launcher = Launcher(address.url(), settings)
        window = open_like_start_up(launcher)
        assert window is not None and window.store.url is not None
        _dispose(launcher, window)
    finally:
        keyring.set_keyring(before)


def test_a_backup_is_not_restored_over_a_server_desk_from_the_window(  # type: ignore[no-untyped-def]
        qtbot, settings, pg_url: str, tmp_path: Path) -> None:
    prompts = ScriptedPrompts()
    launcher = Launcher(pg_url, settings, prompts=prompts)
    window = open_like_start_up(launcher)
    assert window is not None
    assert launcher.restore(tmp_path / "cadangan.sqlite3", confirm=False) is None
    assert prompts["shown"][-1][0] == "warning"  # type: ignore[index]  # ScriptedPrompts records
    assert "restore" in prompts["shown"][-1][1][1]  # type: ignore[index]  # (kind, (title, text))
    assert not launcher.db_path.exists()  # no SQLite stand-in was written
    _dispose(launcher, window)


class _Watch:
    """The event loop's turns (a 20 ms timer) and a window's paint events, counted."""

    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.ticks = 0
        self.paints = 0
        watch = self

        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watch.paints += 1
                return False

        self._filter = Paints()
        window.installEventFilter(self._filter)
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(20)

    def _tick(self) -> None:
        self.ticks += 1

    def stop(self) -> None:
        self._timer.stop()


def _connecting(window: MainWindow) -> bool:
    return window.statusBar().currentMessage().startswith("Menghubungkan ke meja bersama")


def test_window_starts_against_a_silent_server_paints_then_offers_the_local_desk(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, settings, black_hole, indonesian,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk server that accepts and never answers: the window paints, says it is
    connecting and keeps its event loop turning, with no store attached; after the connect
    timeout it tells what is wrong and offers the local desk, which then opens."""
    from editorberita.ui.startup import Startup

    told: list[tuple[str, set[str]]] = []

    def choose(dialog: DeskUnavailableDialog) -> str:
        told.append((dialog.text(), {b.text() for b in dialog.buttons()}))
        return deskunavailable.LOCAL

    monkeypatch.setattr(DeskUnavailableDialog, "choose", choose)
    prompts = ScriptedPrompts()
    window = MainWindow(settings, prompts)
    state = {"code": 0, "quit": 1}  # "quit" already: never end pytest's event loop
    startup = Startup(qapp, window, settings, black_hole.url(), prompts, state, quiet=False)
    watch = _Watch(window)
    window.show()  # the first paint starts opening the desk
    qtbot.waitUntil(lambda: _connecting(window), timeout=5000)  # the old code froze here
    assert told == [] and not window.session.is_open  # nothing half-built is reachable
    paints, ticks = watch.paints, watch.ticks
    window.update()
    qtbot.waitUntil(lambda: watch.paints > paints and watch.ticks >= ticks + 25, timeout=3000)
    assert told == [] and _connecting(window)  # still waiting (libpq's timeout: 5 s)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    text, buttons = told[0]
    assert f"127.0.0.1:{black_hole.port} tidak bisa dihubungi" in text
    assert "Buka meja lokal" in buttons
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    assert startup.launcher is not None and startup.launcher.location == local_desk_path()
    assert window.store.url is None and state["code"] == 0
    watch.stop()
    startup.close()
    QTest.qWait(50)


def test_closing_the_window_while_connecting_quits_and_drops_the_late_store(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, settings, pg_url: str, black_hole, indonesian,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor closes the window while the server does not answer: the start-up quits
    at once, no dialog shows, the attempt's late outcome is never applied, and the desk's
    last article is still remembered for the next start."""
    from editorberita.ui import deskconnect
    from editorberita.ui.startup import Startup

    told: list[str] = []
    monkeypatch.setattr(DeskUnavailableDialog, "choose",
                        lambda dialog: told.append(dialog.text()) or deskunavailable.QUIT)
    settings.set("session/last_desk", desk_key(black_hole.url()))
    settings.last_article = 7  # what this editor had open on that desk last time
    prompts = ScriptedPrompts()
    window = MainWindow(settings, prompts)
    state = {"code": 0, "quit": 1}  # "quit" already: never end pytest's event loop
    startup = Startup(qapp, window, settings, black_hole.url(), prompts, state, quiet=False)
    window.show()
    qtbot.waitUntil(lambda: _connecting(window), timeout=5000)
    launcher = startup.launcher
    assert launcher is not None and launcher.connecting
    attempt = launcher._connecting
    window.close()  # at once: nothing waits for the server
    assert state["code"] == 1 and not launcher.connecting and not window.isVisible()
    black_hole.hang_up()  # the worker's client fails now: its outcome arrives late
    qtbot.waitUntil(lambda: attempt.token not in deskconnect._relay.attempts, timeout=10_000)
    assert told == [] and not window.session.is_open
    startup.close()
    QTest.qWait(50)
    assert settings.last_article == 7  # the next start reopens it


def test_switching_to_a_silent_server_keeps_the_old_window_working(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, settings, db_path: Path, black_hole, pg_url: str,
        indonesian, monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Connect to a server that does not answer: the old window says it is
    connecting and goes on working; another desk chosen meanwhile wins, and the abandoned
    attempt's late outcome is never applied."""
    from editorberita.ui import deskconnect
    from editorberita.ui.startup import Startup

    told: list[str] = []
    monkeypatch.setattr(DeskUnavailableDialog, "choose",
                        lambda dialog: told.append(dialog.text()) or deskunavailable.QUIT)
    local = open_store(db_path)
    mine = local.create_article(headline="Naskah lokal", body="Awal. ")
    local.close()
    prompts = ScriptedPrompts()
    window = MainWindow(settings, prompts)
    startup = Startup(qapp, window, settings, db_path, prompts, {}, quiet=True)
    window.show()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.open_article(mine.id or 0)
    window.desks.switch_requested.emit(black_hole.url())  # as "Connect" in the dialog does
    assert _connecting(window)  # the old code froze 5 s, then asked
    assert told == [] and startup.window is window
    attempt = startup._switching._connecting  # type: ignore[union-attr]
    watch = _Watch(window)
    qtbot.waitUntil(lambda: watch.ticks >= 25, timeout=3000)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("Tetap mengetik.")  # the old desk goes on working
    window.desks.switch_requested.emit(pg_url)  # the editor picks another desk: it wins
    qtbot.waitUntil(lambda: startup.window is not window, timeout=20_000)
    second = startup.window
    assert second.store.url is not None
    black_hole.hang_up()  # the abandoned attempt's outcome arrives now: never applied
    qtbot.waitUntil(lambda: attempt.token not in deskconnect._relay.attempts, timeout=10_000)
    QTest.qWait(50)
    assert told == [] and startup.window is second
    watch.stop()
    startup.close()
    QTest.qWait(100)  # the windows go before the test drops the server desk
    check = open_store(db_path)
    try:
        assert check.get_article(mine.id or 0).body == "Awal. Tetap mengetik."  # saved on close
    finally:
        check.close()


def test_local_desk_from_the_file_menu_while_connecting_is_the_way_back_at_once(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, settings, black_hole, indonesian,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Local desk while the server does not answer: the local desk opens in the
    window now, without waiting for the timeout; the abandoned attempt never shows a dialog."""
    from editorberita.ui import deskconnect
    from editorberita.ui.startup import Startup

    told: list[str] = []
    monkeypatch.setattr(DeskUnavailableDialog, "choose",
                        lambda dialog: told.append(dialog.text()) or deskunavailable.QUIT)
    prompts = ScriptedPrompts()
    window = MainWindow(settings, prompts)
    state = {"code": 0, "quit": 1}  # "quit" already: never end pytest's event loop
    startup = Startup(qapp, window, settings, black_hole.url(), prompts, state, quiet=False)
    window.show()
    qtbot.waitUntil(lambda: _connecting(window), timeout=5000)
    assert startup.launcher is not None
    attempt = startup.launcher._connecting
    window.action("local_desk").trigger()
    assert window.session.is_open and window.store.url is None  # at once
    assert startup.launcher.location == local_desk_path() and not _connecting(window)
    black_hole.hang_up()
    qtbot.waitUntil(lambda: attempt.token not in deskconnect._relay.attempts, timeout=10_000)
    assert told == [] and window.store.url is None and state["code"] == 0
    startup.close()
    QTest.qWait(50)
