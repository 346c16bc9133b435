"""The outbox as a view of the sidebar (issue 15): *Kotak keluar* with its count, the waiting
articles with the site and the reason, *send now* and *take out* from the view — on a real
window and store; the site is a closed port on 127.0.0.1 (a site that does not answer)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editorberita.core.send.sites import SiteProfile, put_site
from editorberita.core.store import ArticleStore, sends
from editorberita.ui.itemroles import CountRole, NoteRole
from editorberita.ui.viewkey import OUTBOX
from tests.core.send.helpers import story
from tests.ui.conftest import make_window
from tests.ui.scripted import ScriptedPrompts
from tests.wpsite import free_port

REASON = "Situs Kaltim tidak bisa dihubungi; artikel menunggu di kotak keluar."


@pytest.fixture(autouse=True)
def _site(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("EDITORBERITA_SITE_PASSWORD", "abcd efgh ijkl mnop qrst uvwx")
    put_site(SiteProfile("Situs Kaltim", f"http://127.0.0.1:{free_port()}/", "redaksi",
                         local=True))


def _waiting(store: ArticleStore) -> tuple[int, int]:
    first = story(store, slug="menunggu-satu", seed=71, pictures=False)
    second = story(store, slug="menunggu-dua", seed=72, pictures=False)
    story(store, slug="tidak-menunggu", seed=73, pictures=False)
    for article in (first, second):
        sends.enqueue(store, article.id or 0, "Situs Kaltim", "draft", REASON)
    return first.id or 0, second.id or 0


def _outbox_count(window) -> object:  # type: ignore[no-untyped-def]
    model = window.sidebar_model
    index = model.index_for_key(OUTBOX)
    return model.index(index.row(), 1, index.parent()).data(CountRole)


def test_the_outbox_view_lists_the_waiting_articles_with_the_reason(  # type: ignore[no-untyped-def]
        qtbot, store, settings, tmp_path: Path) -> None:
    first, second = _waiting(store)
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    window.resize(1366, 768)
    assert _outbox_count(window) == 2
    window.action("show_outbox").trigger()
    assert window.sidebar.current_key() == OUTBOX
    model = window.article_model
    assert {model.article_id(r) for r in range(model.rowCount())} == {first, second}
    index = model.index(0, 0)
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert REASON in tip and "Situs Kaltim:" in tip
    assert REASON in str(index.data(NoteRole))  # the list's third line (ui.articlelist)
    QApplication.processEvents()
    folder = Path(os.environ.get("SENDING_SCREENSHOTS", tmp_path))
    assert window.grab().save(str(folder / "outbox-view-1366x768.png"))

    # The view's context menu carries the outbox actions.
    assert window.article_list.select_article(first)
    menu = window.guard_rails.build_context_menu()
    assert window.action("outbox_send_now") in menu.actions()
    assert window.action("outbox_take_out") in menu.actions()
    menu.deleteLater()

    # Take out: the article leaves the outbox (not the desk), the list and count follow.
    window.action("outbox_take_out").trigger()
    assert [i.article_id for i in sends.outbox(store)] == [second]
    assert [model.article_id(r) for r in range(model.rowCount())] == [second]
    assert _outbox_count(window) == 1
    assert store.get_article(first).deleted_at is None


def test_send_now_from_the_view_tries_again_and_keeps_the_reason(  # type: ignore[no-untyped-def]
        qtbot, store, settings) -> None:
    first, second = _waiting(store)
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    window.action("show_outbox").trigger()
    assert window.article_list.select_article(first)
    window.action("outbox_send_now").trigger()
    qtbot.waitUntil(lambda: not window.sending._busy, timeout=20000)
    attempts = {i.article_id: i.attempts for i in sends.outbox(store)}
    assert attempts == {first: 2, second: 1}  # only the selected one was tried again
    model = window.article_model
    row = next(r for r in range(model.rowCount()) if model.article_id(r) == first)
    tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Situs Kaltim:" in tip and "(2×)" in tip
