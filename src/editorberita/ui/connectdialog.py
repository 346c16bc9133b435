"""The "Connect to shared desk" dialog: a server desk's address, password and TLS mode, a
"Test connection" button, the recent desks; and the window's words for a desk that won't open.

What went wrong is told by the typed errors of ``core.domain`` (``core.store.server`` decides
them from the server's SQLSTATE), worded here in ``tr()``: never by the words of a message.
"Test connection" runs on a worker (``ui.deskconnect``): a server that does not answer keeps
the dialog usable, Cancel closes it at once and the abandoned test's late result is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.desklocation import DEFAULT_PORT, SSL_MODES, DeskAddress
from editorberita.core.domain import (
    DatabaseError,
    MissingServerDatabaseError,
    NoRightsError,
    ServerLoginError,
    ServerUnreachableError,
)
from editorberita.ui.deskconnect import DeskAttempt, Outcome

if TYPE_CHECKING:
    from editorberita.ui.desks import DeskPasswords, RecentDesks


def desk_error_text(exc: BaseException, address: DeskAddress) -> str:
    """Return what a server desk that won't open means for the editor, in their language."""
    where = f"{address.host}:{address.port}"
    user = address.user or "?"
    if isinstance(exc, ServerUnreachableError):
        return QCoreApplication.translate(
            "DeskError", "The desk server {where} cannot be reached: the server is off, the "
                         "address or port is wrong, or the network is down. Nothing has been "
                         "lost.").format(where=where)
    if isinstance(exc, ServerLoginError):
        return QCoreApplication.translate(
            "DeskError", "The desk server {where} refused the user name {user} or its "
                         "password. Check both.").format(where=where, user=user)
    if isinstance(exc, MissingServerDatabaseError):
        return QCoreApplication.translate(
            "DeskError", "The desk server {where} has no database named {database}. Check the "
                         "name, or ask the server's administrator to create it (createdb)."
        ).format(where=where, database=address.database)
    if isinstance(exc, NoRightsError):
        return QCoreApplication.translate(
            "DeskError", "The user {user} has no rights to read or change the desk {database}. "
                         "Ask the server's administrator to grant them (GRANT)."
        ).format(user=user, database=address.database)
    from editorberita.ui.messages import explain

    return explain(exc) if isinstance(exc, DatabaseError) else str(exc)


class ConnectDialog(QDialog):
    """Asks for a server desk; "Test connection" tries it without leaving the current desk."""

    #: "Test connection" ended: True when the desk works (the result label says what is wrong).
    tested = Signal(bool)

    def __init__(self, recent: RecentDesks, passwords: DeskPasswords,
                 parent: QWidget | None = None, current: DeskAddress | None = None,
                 problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Connect to shared desk"))
        self.passwords = passwords
        self._recent = recent.all()
        self._test: DeskAttempt | None = None
        intro = QLabel(self.tr(
            "A shared desk lives on the newsroom's PostgreSQL server: every editor connected "
            "to it works on the same articles. Ask the server's administrator for these "
            "details."), self)
        intro.setWordWrap(True)
        self.problem_label = QLabel(problem, self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setVisible(bool(problem))
        self.recent_combo = QComboBox(self)
        self.recent_combo.setObjectName("recent_combo")
        self.recent_combo.addItem(self.tr("(a new desk)"), "")
        for name, address in self._recent:
            self.recent_combo.addItem(f"{name} — {address.key}", address.key)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Redaksi Kaltim (shown in the title bar)"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server-redaksi"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText(self.tr("e.g. redaksi"))
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember the password in the system keyring"),
                                        self)
        self.remember_check.setChecked(True)
        self.ssl_combo = QComboBox(self)
        ssl_names = {"disable": self.tr("Off"),
                     "allow": self.tr("If the server wants it"),
                     "prefer": self.tr("When the server offers it"),
                     "require": self.tr("Always, certificate unchecked"),
                     "verify-ca": self.tr("Always, certificate checked"),
                     "verify-full": self.tr("Always, certificate and server name checked")}
        for mode in SSL_MODES:  # the administrator's word (libpq's sslmode) in the tooltip
            self.ssl_combo.addItem(ssl_names[mode], mode)
            self.ssl_combo.setItemData(self.ssl_combo.count() - 1, f"sslmode={mode}",
                                       Qt.ItemDataRole.ToolTipRole)
        form = QFormLayout()
        form.addRow(self.tr("Recent desks:"), self.recent_combo)
        form.addRow(self.tr("Desk name:"), self.name_edit)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Encryption (TLS):"), self.ssl_combo)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("test_connection_button")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("test_result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(self.tr("&Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connect_button")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        self.recent_combo.currentIndexChanged.connect(self._on_recent_chosen)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_label)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(560, 0)
        if current is not None:
            self.show_address(current)
        elif self._recent:
            self.recent_combo.setCurrentIndex(1)
        self._update_buttons()

    # --------------------------------------------------------------- values

    def address(self) -> DeskAddress:
        """Return the address the dialog shows (no password)."""
        return DeskAddress(host=self.host_edit.text().strip(),
                           database=self.database_edit.text().strip(),
                           user=self.user_edit.text().strip(), port=self.port_spin.value(),
                           sslmode=str(self.ssl_combo.currentData()))

    def password(self) -> str:
        """Return the password typed (never kept by the dialog)."""
        return self.password_edit.text()

    def remember_password(self) -> bool:
        """Return whether the password goes to the system keyring."""
        return self.remember_check.isChecked()

    def name(self) -> str:
        """Return the desk's name as the editor typed it."""
        return " ".join(self.name_edit.text().split())

    def show_address(self, address: DeskAddress, name: str = "") -> None:
        """Fill the fields from ``address`` and the password kept for it, if any."""
        self.recent_combo.blockSignals(True)  # the list names the desk shown, if it is there
        self.recent_combo.setCurrentIndex(max(0, self.recent_combo.findData(address.key)))
        self.recent_combo.blockSignals(False)
        self.name_edit.setText(name)
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(address.sslmode)))
        self.password_edit.setText(self.passwords.get(address))
        self.result_label.clear()

    # -------------------------------------------------------------- actions

    @property
    def testing(self) -> bool:
        """Return True while "Test connection" waits for the server."""
        return self._test is not None

    @Slot()
    def test_connection(self) -> None:
        """Try the desk on a worker; ``tested`` says whether it works, the label what is
        wrong if not. The dialog stays usable meanwhile; Cancel abandons the test."""
        if self._test is not None:
            return
        address = self.address()
        url = address.url(self.password())

        def check() -> None:  # imported here: SQLAlchemy's first import is ~0.6 s of work
            from editorberita.core.store.server import check_connection

            check_connection(url)

        self.result_label.setText(self.tr("Connecting…"))
        self.result_label.setStyleSheet("")
        self._test = DeskAttempt(check,
                                 lambda outcome: self._on_tested(address, outcome),
                                 name="desk-test")
        self._test.start()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update_buttons()

    def _on_tested(self, address: DeskAddress, outcome: Outcome) -> None:
        self._test = None
        self.unsetCursor()
        self._update_buttons()
        if isinstance(outcome, BaseException):
            self.result_label.setText(desk_error_text(outcome, address))
            self.result_label.setStyleSheet("color: #b00020;")
            self.tested.emit(False)
            return
        self.result_label.setText(self.tr("Connection works: the desk {name} is ready.").format(
            name=address.label))
        self.result_label.setStyleSheet("color: #1b5e20;")
        self.tested.emit(True)

    def done(self, result: int) -> None:
        """Close the dialog (Connect, Cancel, Escape, the close button): a test still
        waiting for the server is abandoned, its result never shown."""
        if self._test is not None:
            self._test.cancel()
            self._test = None
            self.unsetCursor()
        super().done(result)

    @Slot(int)
    def _on_recent_chosen(self, index: int) -> None:
        if 1 <= index <= len(self._recent):
            name, address = self._recent[index - 1]
            self.show_address(address, name)

    @Slot()
    def _update_buttons(self) -> None:
        address = self.address()
        ready = bool(address.host and address.database and address.user) and not self.testing
        self.connect_button.setEnabled(ready)
        self.test_button.setEnabled(ready)
