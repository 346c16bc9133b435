"""Two editors' windows on one server desk (issue 14): leases, the live read-only article,
the take-over, a stale lease, and the server stopped mid-typing then back — nothing lost.

Real windows on the real test PostgreSQL server; each editor has their own store (desk
name) and settings, as on two PCs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton

from editorberita.core.domain import Article, Zone
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.store.journal import OfflineJournal
from editorberita.ui.conflictdialog import ConflictChoice
from editorberita.ui.deskcollab import machine_name
from editorberita.ui.livedesk import RETRY_SECONDS
from editorberita.ui.settings import Settings
from tests.ui.conftest import make_window
from tests.ui.scripted import ScriptedPrompts

LIVE_MS = 3000  # "within about a second", with room for a busy test machine


def _store(url: str, editor: str) -> ArticleStore:
    store = open_store(url)
    store.editor = editor
    return store


def _window(qtbot, store: ArticleStore, tmp_path: Path, name: str,  # type: ignore[no-untyped-def]
            prompts: ScriptedPrompts | None = None):
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.set("editor/desk_name", store.editor)  # each editor's Preferences name the store
    window = make_window(qtbot, store, settings, prompts or ScriptedPrompts())
    qtbot.waitUntil(lambda: window.watch.listening, timeout=LIVE_MS)  # LISTEN in force
    return window


def _banner_text(banner) -> str:  # type: ignore[no-untyped-def]
    return banner.findChild(QLabel, "read_only_label").text()


def _type(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(text)


@pytest.fixture
def stores(pg_url: str) -> Iterator[tuple[ArticleStore, ArticleStore]]:
    rina, budi = _store(pg_url, "Rina"), _store(pg_url, "Budi")
    yield rina, budi
    rina.close()
    budi.close()


def test_a_leased_article_opens_read_only_follows_live_and_can_be_taken_over(
        qtbot, stores, tmp_path: Path, indonesian) -> None:  # type: ignore[no-untyped-def]
    rina_store, budi_store = stores
    article = rina_store.create_article(Article(headline="Banjir Samarinda", body="Air naik."))
    rina = _window(qtbot, rina_store, tmp_path, "rina")
    assert rina.current_article.id == article.id
    lease = rina_store.lease_of(article.id)
    assert (lease.editor, lease.machine) == ("Rina", machine_name())
    assert rina.collab.lease_banner is None and not rina.editor.isReadOnly()

    budi_prompts = ScriptedPrompts()
    budi = _window(qtbot, budi_store, tmp_path, "budi", budi_prompts)
    assert budi.current_article.id == article.id
    banner = budi.collab.lease_banner
    assert banner is not None and banner.isVisible()
    since = f"{lease.since.astimezone(Zone.WITA.tzinfo):%H.%M}"  # the desk's clock, as articles
    assert _banner_text(banner) == (
        f"Sedang disunting oleh Rina ({machine_name()}) sejak {since}.")
    assert budi.editor.isReadOnly()
    assert not budi.metadata.isEnabled()
    assert not budi.action("save").isEnabled()

    # Rina types and saves: Budi's read-only article follows within about a second.
    _type(rina, " Warga mengungsi.")
    assert rina.save_now()
    qtbot.waitUntil(lambda: budi.editor.markdown() == "Air naik. Warga mengungsi.",
                    timeout=LIVE_MS)
    assert budi.editor.isReadOnly() and not budi.action("save").isEnabled()
    budi.article_list.selection_changed.emit()  # any action update keeps it read-only
    assert not budi.action("save").isEnabled()

    # Budi takes it over (asked first); Rina's window turns read-only under Budi's name.
    _type(rina, " Belum disimpan.")  # typed by Rina, not saved yet: kept as a revision
    budi_prompts["question"] = True
    banner.findChild(QPushButton, "read_only_button").click()
    assert budi_prompts["asked"][-1][0] == "Ambil alih artikel?"
    assert budi.collab.lease_banner is None
    assert not budi.editor.isReadOnly() and budi.metadata.isEnabled()
    assert budi.action("save").isEnabled()
    assert budi_store.lease_of(article.id).editor == "Budi"
    qtbot.waitUntil(lambda: rina.collab.lease_banner is not None, timeout=LIVE_MS)
    assert _banner_text(rina.collab.lease_banner).startswith(
        f"Sedang disunting oleh Budi ({machine_name()}) sejak ")
    assert rina.editor.isReadOnly()
    assert rina.editor.markdown() == "Air naik. Warga mengungsi."
    texts = {(r.reason, r.editor): r.snapshot.body for r in rina_store.list_revisions(article.id)}
    assert texts[("take-over", "Rina")] == "Air naik. Warga mengungsi."
    assert "Air naik. Warga mengungsi. Belum disimpan." in texts.values()  # nothing lost

    # Budi edits; Rina follows live; Budi switches away: the lease passes back to Rina.
    _type(budi, " Dua tewas.")
    assert budi.save_now()
    qtbot.waitUntil(lambda: rina.editor.markdown().endswith("Dua tewas."), timeout=LIVE_MS)
    other = budi_store.create_article(Article(headline="Pilkada", body="Debat."))
    budi.article_model.reload()
    assert budi.open_article(other.id)
    qtbot.waitUntil(lambda: rina.collab.lease_banner is None, timeout=LIVE_MS)
    assert not rina.editor.isReadOnly()
    assert rina_store.lease_of(article.id).editor == "Rina"
    budi.close()
    assert budi_store.lease_of(other.id) is None  # closing gives the lease back


def test_a_stale_lease_passes_by_itself(qtbot, stores, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    rina_store, budi_store = stores
    article = rina_store.create_article(Article(headline="Gempa", body="Guncangan."))
    rina_store.take_lease(article.id, "PC-REDAKSI-2")  # Rina's PC, which then crashes
    budi = _window(qtbot, budi_store, tmp_path, "budi")
    assert budi.collab.lease_banner is not None and budi.editor.isReadOnly()
    with rina_store.engine.begin() as connection:  # two minutes and more without heartbeat
        connection.execute(text("UPDATE leases SET heartbeat = heartbeat - interval '3 minutes'"))
    budi.collab.try_take()  # what the recheck timer does every few seconds
    assert budi.collab.lease_banner is None and not budi.editor.isReadOnly()
    assert budi_store.lease_of(article.id).editor == "Budi"
    reasons = [(r.reason, r.editor) for r in budi_store.list_revisions(article.id)]
    assert ("take-over", "Rina") in reasons


def test_lists_and_counts_follow_another_editor_live(qtbot, stores, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rina_store, budi_store = stores
    rina_store.create_article(Article(headline="Pertama", body="Satu."))
    budi = _window(qtbot, budi_store, tmp_path, "budi")
    assert budi.article_model.rowCount() == 1
    made = rina_store.create_article(Article(headline="Kedua", body="Dua."))
    qtbot.waitUntil(lambda: budi.article_model.rowCount() == 2, timeout=LIVE_MS)
    rina_store.trash_articles([made.id])
    qtbot.waitUntil(lambda: budi.article_model.rowCount() == 1, timeout=LIVE_MS)
    rubric = rina_store.create_category("Olahraga")
    qtbot.waitUntil(lambda: rubric.id in {c.id for c in budi.sidebar_model.categories()},
                    timeout=LIVE_MS)




def test_server_stopped_mid_typing_then_back_loses_nothing(
        qtbot, own_server, tmp_path: Path, indonesian) -> None:  # type: ignore[no-untyped-def]
    url = own_server.url(own_server.new_database())
    rina_store, budi_store = _store(url, "Rina"), _store(url, "Budi")
    try:
        article = rina_store.create_article(Article(headline="Banjir", body="Awal."))
        shared = rina_store.create_article(Article(headline="Bersama", body="Awal."))
        prompts = ScriptedPrompts()
        prompts["conflict"] = ConflictChoice.KEEP_MINE
        rina = _window(qtbot, rina_store, tmp_path, "rina", prompts)
        assert rina.open_article(article.id)

        own_server.kill_for_test()
        _type(rina, " Diketik saat server mati.")
        qtbot.waitUntil(lambda: rina.collab.offline_banner is not None, timeout=LIVE_MS)
        assert _banner_text(rina.collab.offline_banner).startswith(
            "Server meja tidak bisa dihubungi. Teruslah mengetik")
        qtbot.waitUntil(lambda: not rina.is_dirty, timeout=LIVE_MS)  # the autosave kept it
        journal = OfflineJournal()
        kept = journal.pending(rina_store.location)
        assert [k.article.body for k in kept] == ["Awal. Diketik saat server mati."]
        _type(rina, " Lagi.")  # typing goes on; each autosave lands in the journal
        assert not rina.editor.isReadOnly()
        qtbot.waitUntil(lambda: not rina.is_dirty, timeout=LIVE_MS)
        assert journal.pending(rina_store.location)[0].article.body.endswith("Lagi.")
        assert prompts.get("shown") is None  # no error dialog: the banner says it all

        own_server.restart_for_test()
        # Budi saved the article Rina kept offline before her window noticed the server back:
        budi_store.save_article(budi_store.get_article(article.id).copy(body="Versi Budi."))
        # the listener tries again every RETRY_SECONDS; the journal is saved once it listens
        qtbot.waitUntil(lambda: rina.collab.offline_banner is None,
                        timeout=int(RETRY_SECONDS * 1000) + 8000)
        assert journal.pending(rina_store.location) == []
        assert prompts["conflicts"] == [("Awal. Diketik saat server mati. Lagi.", "Versi Budi.")]
        stored = rina_store.get_article(article.id)
        assert stored.body == "Awal. Diketik saat server mati. Lagi."  # kept mine
        assert "Versi Budi." in [r.snapshot.body for r in rina_store.list_revisions(article.id)]
        _type(rina, " Sesudahnya.")  # saving goes on at the new version: no second conflict
        assert rina.save_now()
        assert rina_store.get_article(article.id).body.endswith("Lagi. Sesudahnya.")
        assert len(prompts["conflicts"]) == 1
        assert rina_store.lease_of(article.id).editor == "Rina"
        assert rina_store.get_article(shared.id).body == "Awal."
    finally:
        rina_store.close()
        budi_store.close()


def test_text_kept_offline_is_saved_when_the_window_starts_again(
        qtbot, own_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window was closed (or killed) while the server was away: the next start saves it."""
    url = own_server.url(own_server.new_database())
    rina_store = _store(url, "Rina")
    article = rina_store.create_article(Article(headline="Banjir", body="Awal."))
    rina = _window(qtbot, rina_store, tmp_path, "rina")
    own_server.kill_for_test()
    _type(rina, " Disimpan di PC ini.")
    qtbot.waitUntil(lambda: rina.collab.offline and not rina.is_dirty, timeout=LIVE_MS)
    rina.close()  # the lease cannot be given back; the text stays in the journal
    rina_store.close()
    assert len(OfflineJournal().pending(rina_store.location)) == 1
    own_server.restart_for_test()
    again_store = _store(url, "Rina")
    try:
        again = _window(qtbot, again_store, tmp_path, "rina-again")
        qtbot.waitUntil(lambda: OfflineJournal().pending(again_store.location) == [],
                        timeout=LIVE_MS)
        assert again_store.get_article(article.id).body == "Awal. Disimpan di PC ini."
        assert again.editor.markdown() == "Awal. Disimpan di PC ini."
        _type(again, " Lanjut.")
        assert again.save_now()
        assert again_store.get_article(article.id).body.endswith("PC ini. Lanjut.")
    finally:
        again_store.close()


def test_the_desk_name_of_preferences_is_recorded_and_a_desk_file_takes_no_lease(
        qtbot, store: ArticleStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Pasar", body="Harga naik."))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set("editor/desk_name", "Rina Wati")
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    assert window.current_article.id == article.id
    assert store.lease_of(article.id) is None  # one editor per desk file: no leases
    assert window.collab.lease_banner is None and not window.editor.isReadOnly()
    _type(window, " Cabai mahal.")
    assert window.save_now(manual=True)
    assert [r.editor for r in store.list_revisions(article.id)] == ["Rina Wati"]


def test_text_kept_offline_for_an_article_deleted_meanwhile_becomes_a_copy(
        qtbot, own_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = own_server.url(own_server.new_database())
    rina_store, budi_store = _store(url, "Rina"), _store(url, "Budi")
    try:
        article = rina_store.create_article(Article(headline="Gempa", body="Awal."))
        prompts = ScriptedPrompts()
        rina = _window(qtbot, rina_store, tmp_path, "rina", prompts)
        own_server.kill_for_test()
        _type(rina, " Ditulis saat server mati.")
        qtbot.waitUntil(lambda: rina.collab.offline and not rina.is_dirty, timeout=LIVE_MS)
        own_server.restart_for_test()
        budi_store.trash_articles([article.id])
        budi_store.empty_trash()  # gone for good before Rina's window is back
        qtbot.waitUntil(lambda: not rina.collab.offline, timeout=10_000)
        assert prompts["conflicts"] == [("Awal. Ditulis saat server mati.", None)]
        bodies = [budi_store.get_article(s.id).body for s in budi_store.list_articles()]
        assert bodies == ["Awal. Ditulis saat server mati."]  # saved as a copy: nothing lost
        assert OfflineJournal().pending(rina_store.location) == []
    finally:
        rina_store.close()
        budi_store.close()
