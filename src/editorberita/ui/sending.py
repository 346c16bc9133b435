"""Sending to WordPress from the window: *Kirim ke situs*, *Berkas → Situs…* and the outbox.

A controller built with explicit dependencies (the session, the panes, the ``Prompts``, the
window's ``ActionCollection`` and the window as parent), so the window only constructs and
wires it. The outbox is a view of the sidebar (*Kotak keluar*, ``viewkey.OUTBOX``): its list
shows each waiting article with the site and the reason (the list line and the tooltip), and
*Kirim artikel yang menunggu sekarang* / *Keluarkan dari kotak keluar* act on the articles
selected there.

Sends run on a worker thread (a site may take seconds); the result comes back as a queued
signal. Every minute the outbox is tried again for the items whose back-off is over. What
``core.send`` says (refusals, warnings, the outbox's reasons) is worded in the interface
language by ``ui.messages.explain``.
``core.send`` loads on first use, never before the first paint.
May import ``core.*``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import ArticleFilter, EditorBeritaError
from editorberita.ui.formatting import format_clock
from editorberita.ui.messages import explain
from editorberita.ui.viewkey import OUTBOX

if TYPE_CHECKING:
    from editorberita.core.send.sender import Sender
    from editorberita.core.send.sites import SiteProfile
    from editorberita.core.store import ArticleStore
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession

logger = logging.getLogger(__name__)

OUTBOX_INTERVAL_MS = 60_000
TEST_TIMEOUT_S = 15.0


class SendingController(QObject):
    """Send the open article, manage site profiles, show and retry the outbox."""

    finished = Signal(object)  # a core.send.outbox.Attempt, from the worker thread
    flushed = Signal(object)  # a core.send.outbox.FlushSummary

    def __init__(self, session: ArticleSession, panes: Panes, prompts: Prompts,
                 actions: ActionCollection, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.prompts = prompts
        self.session = session
        self.panes = panes
        self._selected_ids = panes.article_list.selected_ids
        panes.article_model.notes_provider = self.outbox_notes
        self._passwords: dict[str, str] = {}  # typed this session when no keyring is there
        self._busy = False
        self.status_label = QLabel(parent)
        self.status_label.setObjectName("send_status_label")
        parent.statusBar().addPermanentWidget(self.status_label)
        self.send_action = actions.create(
            "send_to_site", self.tr("Send to site…"), self.send_current, "Ctrl+Shift+K",
            self.tr("Send the article to a WordPress site as a draft"))
        self.sites_action = actions.create("site_profiles", self.tr("Sites…"), self.show_sites)
        self.outbox_action = actions.create(
            "show_outbox", self.tr("Outbox"), self.show_outbox,
            tip=self.tr("Show the articles waiting for a site to answer"))
        self.send_now_action = actions.create(
            "outbox_send_now", self.tr("Send waiting articles now"), self.send_waiting_now,
            tip=self.tr("Try the selected articles of the outbox (all of them when none is "
                        "selected) now, without waiting for the next try"))
        self.take_out_action = actions.create(
            "outbox_take_out", self.tr("Take out of the outbox"), self.take_out_selected,
            tip=self.tr("Stop sending the selected articles (they stay in the desk)"))
        self.wxr_action = actions.create(
            "export_wxr", self.tr("Export for WordPress Importer (WXR)…"), self.export_wxr,
            tip=self.tr("One WXR file of the selected articles, for Tools → Import → WordPress"))
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.flushed.connect(self._on_flushed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(OUTBOX_INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.try_outbox())
        self._timer.start()

    # ------------------------------------------------------------------ status

    def _open_store(self) -> ArticleStore | None:
        return self.session.store if self.session.is_open else None

    def refresh_status(self, *_args: object) -> None:
        """Show "Terkirim ke Situs Kaltim 14.30" (or "diubah sejak dikirim") for the article."""
        store, article = self._open_store(), self.session.current
        if store is None or article is None or article.id is None:
            self.status_label.setText("")
            return
        from editorberita.core.send.status import send_status

        try:
            status = send_status(store, article)
        except EditorBeritaError:
            self.status_label.setText("")
            return
        parts = []
        if status.site is not None and status.sent_at is not None:
            sent = self.tr("Sent to {site} {time}").format(
                site=status.site, time=format_clock(status.sent_at, article.zone))
            parts.append(self.tr("{sent}, changed since sent").format(sent=sent)
                         if status.changed else sent)
        parts.extend(self.tr("waiting in the outbox for {site}").format(site=site)
                     for site in status.waiting)
        self.status_label.setText("; ".join(parts))

    # ------------------------------------------------------------------ sending

    def _sender(self, store: ArticleStore, profile: SiteProfile) -> Sender:
        from editorberita.core.send.sender import Sender
        from editorberita.core.send.sites import password_for
        from editorberita.core.send.wordpress import WordPressClient

        password = self._passwords.get(profile.name) or password_for(profile)
        return Sender(store, profile, WordPressClient(profile, password))

    def _choose_site(self) -> SiteProfile | None:
        from editorberita.core.send.sites import load_sites

        sites = load_sites()
        if not sites:
            self.prompts.inform(self.parent_widget, self.tr("Send to site"), self.tr(
                "No WordPress site yet: add one under File → Sites…"))
            self.show_sites()
            sites = load_sites()
            if not sites:
                return None
        if len(sites) == 1:
            return next(iter(sites.values()))
        name = self.prompts.item(self.parent_widget, self.tr("Send to site"), self.tr("Site:"),
                                 sorted(sites))
        return sites.get(name) if name else None

    def send_current(self) -> None:
        """Save, then send the open article to a site (as a draft) on a worker thread."""
        store, article = self._open_store(), self.session.current
        if store is None or article is None or article.id is None or self._busy:
            return
        self.session.save_now()
        profile = self._choose_site()
        if profile is None:
            return
        try:
            sender = self._sender(store, profile)
        except EditorBeritaError as exc:
            self.prompts.warn(self.parent_widget, self.tr("Send to site"), explain(exc))
            return
        self._busy = True
        self.send_action.setEnabled(False)
        self.status_label.setText(self.tr("Sending to {site}…").format(site=profile.name))

        def work() -> None:
            from editorberita.core.send.outbox import Attempt, send_or_queue

            try:
                attempt = send_or_queue(store, profile.name, article.id or 0, sender=sender)
            except Exception as exc:  # a bug must not leave the window "busy" for good
                logger.exception("Send to %s failed", profile.name)
                attempt = Attempt(article.id or 0, profile.name, reason=str(exc))
            self.finished.emit(attempt)

        threading.Thread(target=work, name="send-to-site", daemon=True).start()

    def _on_finished(self, attempt: Any) -> None:
        self._busy = False
        self.send_action.setEnabled(True)
        self.refresh_status()
        self.outbox_changed()
        if attempt.result is not None:
            result = attempt.result
            text = self.tr("Sent to {site} as post #{post} ({status}).").format(
                site=attempt.site, post=result.post_id, status=result.status)
            if result.warnings:
                text += "\n\n" + "\n".join(explain(w) for w in result.warnings)
            self.prompts.inform(self.parent_widget, self.tr("Send to site"), text)
        else:
            self.prompts.warn(self.parent_widget, self.tr("Send to site"), self.tr(
                "The article waits in the outbox.") + "\n\n" + explain(attempt.reason))

    def try_outbox(self, due_only: bool = True, article_ids: list[int] | None = None) -> None:
        """Send the outbox items whose back-off is over (all of them: ``due_only=False``;
        only those of ``article_ids`` when given)."""
        store = self._open_store()
        if store is None or self._busy:
            return
        from editorberita.core.store import sends

        waiting = sends.outbox(store, due_only=due_only)
        if not any(article_ids is None or i.article_id in article_ids for i in waiting):
            return
        self._busy = True

        def make(store: ArticleStore, site: str) -> Sender:
            from editorberita.core.send.sites import get_site

            return self._sender(store, get_site(site))

        def work() -> None:
            from editorberita.core.send.outbox import FlushSummary, flush

            try:
                summary = flush(store, due_only=due_only, make_sender=make,
                                article_ids=article_ids)
            except Exception:  # a bug must not leave the window "busy" for good
                logger.exception("Sending the outbox failed")
                summary = FlushSummary()
            self.flushed.emit(summary)

        threading.Thread(target=work, name="send-outbox", daemon=True).start()

    def _on_flushed(self, _summary: Any) -> None:
        self._busy = False
        self.refresh_status()
        self.outbox_changed()

    # ------------------------------------------------------------------ the outbox view

    def outbox_notes(self, flt: ArticleFilter) -> dict[int, str]:
        """Return, for the outbox view's list, each article's site and why it waits."""
        store = self._open_store()
        if store is None or not flt.in_outbox:
            return {}
        from editorberita.core.store import sends

        notes: dict[int, list[str]] = {}
        for item in sends.outbox(store):
            reason = " ".join(explain(item.reason).split()) or self.tr("not tried yet")
            notes.setdefault(item.article_id, []).append(
                self.tr("{site}: {reason} ({tries}×)").format(
                    site=item.site, reason=reason, tries=item.attempts))
        return {article_id: "; ".join(lines) for article_id, lines in notes.items()}

    def outbox_changed(self) -> None:
        """Show the outbox as it is now: the sidebar's count and, in the view, the list."""
        if self._open_store() is None:
            return
        self.panes.sidebar_model.refresh_counts()
        model = self.panes.article_model
        if model.article_filter.in_outbox:
            model.reload(keep_loaded=True)

    def send_waiting_now(self) -> None:
        """Send the selected outbox articles (or all waiting ones) now, on a worker thread."""
        in_view = self.panes.sidebar.current_key() == OUTBOX
        ids = self._selected_ids() if in_view else []
        self.try_outbox(due_only=False, article_ids=ids or None)

    def take_out_selected(self) -> None:
        """Take the selected articles out of the outbox (every site); nothing else changes."""
        store = self._open_store()
        ids = set(self._selected_ids())
        if store is None or not ids:
            return
        from editorberita.core.store import sends

        for item in sends.outbox(store):
            if item.article_id in ids:
                sends.drop_from_outbox(store, item.article_id, item.site)
        self.refresh_status()
        self.outbox_changed()

    def export_wxr(self) -> None:
        """Write the selected articles (else the open one) as one WXR file for the Importer."""
        store = self._open_store()
        if store is None:
            return
        self.session.save_now()
        ids = self._selected_ids()
        current = self.session.current
        if not ids and current is not None and current.id is not None:
            ids = [current.id]
        if not ids:
            return
        path = self.prompts.save_file(self.parent_widget, self.tr("Export for WordPress"),
                                      "editorberita.wxr.xml", self.tr("WXR files (*.xml)"))
        if path is None:
            return
        from editorberita.core.send.wxr import write_wxr

        found = store.get_articles(ids)
        try:
            result = write_wxr(store, [found[i] for i in ids if i in found], path)
        except EditorBeritaError as exc:
            self.prompts.error(self.parent_widget, self.tr("Export for WordPress"), explain(exc))
            return
        text = self.tr("{posts} articles and {pictures} pictures written to {path}.").format(
            posts=result.posts, pictures=result.attachments, path=str(path))
        if result.notes:
            text += "\n\n" + "\n\n".join(explain(note) for note in result.notes)
        self.prompts.inform(self.parent_widget, self.tr("Export for WordPress"), text)

    # ------------------------------------------------------------------ dialogs

    def show_sites(self) -> None:
        SitesDialog(self, self.parent_widget).exec()

    def show_outbox(self) -> None:
        """Show the outbox view of the sidebar, the list focused."""
        if self.panes.sidebar.select_key(OUTBOX):
            self.panes.article_list.view.setFocus(Qt.FocusReason.OtherFocusReason)


class SitesDialog(QDialog):
    """*Berkas → Situs…*: add, change, test and remove the WordPress sites."""

    def __init__(self, controller: SendingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sites_dialog")
        self.setWindowTitle(self.tr("WordPress sites"))
        self.sites = QListWidget(self)
        self.name_edit, self.url_edit, self.user_edit = (QLineEdit(self) for _ in range(3))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Application Password (kept in the "
                                                      "system keyring)"))
        self.url_edit.setPlaceholderText("https://kaltimprov.go.id/")
        self.local_check = QCheckBox(self.tr("Site runs on this computer (plain http allowed)"),
                                     self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.local_check)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Save"), self.save), (self.tr("Test"), self.test),
                           (self.tr("Remove"), self.remove)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sites)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.sites.currentTextChanged.connect(self._show)
        self.resize(560, 420)
        self._fill()

    def _fill(self, select: str = "") -> None:
        from editorberita.core.send.sites import load_sites

        self.sites.clear()
        try:
            names = sorted(load_sites())
        except EditorBeritaError as exc:
            self.message.setText(explain(exc))
            names = []
        self.sites.addItems(names)
        if select in names:
            self.sites.setCurrentRow(names.index(select))

    def _show(self, name: str) -> None:
        from editorberita.core.send.sites import load_sites

        profile = load_sites().get(name)
        if profile is None:
            return
        self.name_edit.setText(profile.name)
        self.url_edit.setText(profile.url)
        self.user_edit.setText(profile.user)
        self.local_check.setChecked(profile.local)
        self.password_edit.clear()

    def _profile(self) -> SiteProfile:
        from editorberita.core.send.sites import SiteProfile

        return SiteProfile(self.name_edit.text().strip(), self.url_edit.text().strip(),
                           self.user_edit.text().strip(), self.local_check.isChecked())

    def save(self) -> bool:
        from editorberita.core.send import sites

        try:
            profile = self._profile()
            sites.put_site(profile)
        except EditorBeritaError as exc:
            self.message.setText(explain(exc))
            return False
        text = self.tr("Site “{name}” saved.").format(name=profile.name)
        password = self.password_edit.text().strip()
        if password:
            if sites.store_password(profile, password):
                text += " " + self.tr("The password is in the system keyring.")
            else:
                self.controller._passwords[profile.name] = password
                text += " " + self.tr("No system keyring here: the password is kept until the "
                                      "program closes.")
        self.message.setText(text)
        self._fill(profile.name)
        return True

    def test(self) -> None:
        from dataclasses import replace

        from editorberita.core.send import sites
        from editorberita.core.send.wordpress import WordPressClient

        if not self.save():
            return
        profile = self._profile()
        try:
            password = self.controller._passwords.get(profile.name) or sites.password_for(profile)
            client = WordPressClient(profile, password, timeout=TEST_TIMEOUT_S)
            root = client.discover()
            user = client.me()
            sites.put_site(replace(profile, api_root=root))
        except EditorBeritaError as exc:
            self.message.setText(explain(exc))
            return
        yes, no = self.tr("yes"), self.tr("no")
        self.message.setText(self.tr(
            "Connected to {root} as {user}. May publish: {publish}; may upload pictures: "
            "{upload}.").format(root=root, user=user.get("name") or profile.user,
                                publish=yes if client.can(user, "publish_posts") else no,
                                upload=yes if client.can(user, "upload_files") else no))

    def remove(self) -> None:
        from editorberita.core.send.sites import remove_site

        name = self.name_edit.text().strip()
        if name and remove_site(name):
            self.message.setText(self.tr("Site “{name}” removed.").format(name=name))
            self._fill()
