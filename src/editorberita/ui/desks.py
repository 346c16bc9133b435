"""Which desk the window works on: File → Connect to shared desk…, File → Local desk, the
desk's name in the title bar, recent desks, server passwords and this editor's desk name.

Switching desks is done by the start-up (``ui.startup.Startup.switch_desk``): this controller
only asks (``switch_requested`` with the desk: a server URL without password, or the local
file's path), the launcher (``ui.recovery``) opens the desk into a fresh window and the old one
closes after saving. Passwords are never written to settings: the OS keyring where one is
usable, else kept for this session only (``DeskPasswords``). Module-level imports are light:
the window builds this controller before its first paint.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from editorberita.core.desklocation import DeskAddress, is_server_url, local_desk_path

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "EditorBerita meja bersama"
RECENT_LIMIT = 8


def desk_key(location: Path | str) -> str:
    """Return what names a desk in settings: its file, or its server address (no password)."""
    if is_server_url(location):
        return "server:" + DeskAddress.parse(str(location)).key
    return "file:" + str(Path(location).absolute())


def adopt_desk(settings: Settings, location: Path | str) -> None:
    """Make the settings' last article and view those of ``location``'s desk.

    Article and rubric ids are per desk: an id remembered on another desk is forgotten, so a
    switch never opens another desk's article 5 or rubric 3. No desk remembered yet (settings
    from before shared desks) counts as the local desk.
    """
    key = desk_key(location)
    last = str(settings.get("session/last_desk"))
    if last == key or (not last and not is_server_url(location)):
        settings.set("session/last_desk", key)
        return
    settings.last_article = None
    settings.set("session/last_view", "view:all")
    settings.set("session/last_desk", key)
    settings.sync()


def apply_desk_name(store: ArticleStore, settings: Settings) -> None:
    """Give the store this editor's desk name (Preferences; the OS login when none is set),
    recorded on saves, revisions and leases."""
    from editorberita.core.paths import login_name

    store.editor = " ".join(str(settings.get("editor/desk_name")).split()) or login_name()


class DeskPasswords:
    """Server desk passwords: the OS keyring, else this session only (asked once per run)."""

    _session: ClassVar[dict[str, str]] = {}  # one process, every window: asked once

    def get(self, address: DeskAddress) -> str:
        """Return the password kept for ``address`` ("" when none is kept)."""
        from editorberita.core.keyrings import read_secret

        return self._session.get(address.key) or read_secret(KEYRING_SERVICE, address.key)

    def keep(self, address: DeskAddress, password: str, *, remember: bool) -> bool:
        """Keep the password for this session, and in the keyring when ``remember``; return
        whether the keyring took it."""
        from editorberita.core.keyrings import forget_secret, keep_secret

        self._session[address.key] = password
        if not remember:
            forget_secret(KEYRING_SERVICE, address.key)
            return False
        return keep_secret(KEYRING_SERVICE, address.key, password) if password else False

    def connect_url(self, url: str) -> str:
        """Return ``url`` with its password to connect (never kept): the URL's own, else the
        kept one, else none (libpq then tries PGPASSWORD and ~/.pgpass)."""
        if DeskAddress.password_in(url):
            return url
        address = DeskAddress.parse(url)
        password = self.get(address)
        return address.url(password) if password else url


class RecentDesks:
    """The server desks connected to lately, newest first, in settings (addresses only)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def all(self) -> list[tuple[str, DeskAddress]]:
        """Return (name, address) pairs; a damaged entry is skipped."""
        try:
            rows = json.loads(str(self.settings.get("desk/recent")))
        except ValueError:
            return []
        found = []
        for row in rows if isinstance(rows, list) else []:
            try:
                address = DeskAddress(host=str(row["host"]), database=str(row["database"]),
                                      user=str(row["user"]), port=int(row["port"]),
                                      sslmode=str(row.get("sslmode", "prefer")))
                found.append((str(row.get("name") or address.label), address))
            except (KeyError, TypeError, ValueError):
                continue
        return found

    def add(self, address: DeskAddress, name: str = "") -> None:
        """Put ``address`` first (named ``name``, else as before or ``database @ host``)."""
        kept = self.all()
        old = {a.key: n for n, a in kept}
        name = name.strip() or old.get(address.key) or address.label
        rows = [(name, address)] + [(n, a) for n, a in kept if a.key != address.key]
        self.settings.set("desk/recent", json.dumps(
            [{"name": n, "host": a.host, "port": a.port, "database": a.database,
              "user": a.user, "sslmode": a.sslmode} for n, a in rows[:RECENT_LIMIT]]))
        self.settings.sync()

    def name_of(self, address: DeskAddress) -> str:
        """Return the desk's name as the editor gave it, else ``database @ host``."""
        for name, known in self.all():
            if known.key == address.key:
                return name
        return address.label


class DeskController(QObject):
    """File → Connect to shared desk… and File → Local desk; the desk in the title bar."""

    #: The desk to switch to: a server URL (no password) or the local desk file's Path.
    switch_requested = Signal(object)

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.prompts = prompts
        self.window = window
        self.passwords = DeskPasswords()
        self.recent = RecentDesks(settings)
        self.connecting: DeskAddress | None = None  # see show_connecting
        self._desk_actions = (
            actions.create("connect_desk", self.tr("Connect to shared des&k…"),
                           self.connect_desk, tip=self.tr(
                               "Work on a shared desk on the newsroom's PostgreSQL server")),
            actions.create("local_desk", self.tr("&Local desk"), self.go_local,
                           tip=self.tr("Go back to the desk kept on this computer")))

    def show_connecting(self, address: DeskAddress | None) -> None:
        """Say which server desk is being opened into this empty window (``ui.recovery``;
        None once done). Meanwhile File → Connect… and File → Local desk work before any
        store (they only ask): the way back without waiting for a server that is silent."""
        self.connecting = address
        if not self.session.is_open:
            for action in self._desk_actions:
                action.setEnabled(address is not None)

    def server_address(self) -> DeskAddress | None:
        """Return the address of the open server desk, or None on a local desk."""
        if not self.session.is_open or not self.session.store.url:
            return None
        return DeskAddress.parse(self.session.store.url)

    def app_title(self) -> str:
        """Return the end of the window title: the server desk's name, then the app."""
        address = self.server_address()
        if address is None:
            return "EditorBerita"
        return f"{self.recent.name_of(address)} — EditorBerita"

    @Slot()
    def connect_desk(self) -> None:
        """Ask for a server desk (the dialog tests it); switch to it when the editor agrees."""
        from editorberita.ui.connectdialog import ConnectDialog

        dialog = ConnectDialog(self.recent, self.passwords, self.window,
                               current=self.server_address() or self.connecting)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return
        address = dialog.address()
        self.remember(address, dialog.password(), dialog.remember_password(), dialog.name())
        self.switch_requested.emit(address.url())

    def remember(self, address: DeskAddress, password: str, remember: bool,
                 name: str = "") -> None:
        """Keep the desk in the recent list and its password (keyring or this session)."""
        in_keyring = self.passwords.keep(address, password, remember=remember)
        self.recent.add(address, name)
        if remember and password and not in_keyring:
            self.prompts.inform(self.window, self.tr("Connect to shared desk"), self.tr(
                "This computer has no system keyring, so the password is kept only until "
                "EditorBerita closes; it is asked again at the next start."))

    @Slot()
    def go_local(self) -> None:
        """Go back to the desk kept on this computer."""
        if self.server_address() is None and self.connecting is None:
            self.window.statusBar().showMessage(self.tr("This is already the local desk."),
                                                4000)
            return
        self.switch_requested.emit(local_desk_path())

    def on_attached(self) -> None:
        """Name the desk in the title once its store is attached (before any article)."""
        if self.session.current is None and not self.session.showing_first:
            self.window.setWindowTitle(self.app_title())
