"""The window's *Kirim ke situs*, *Berkas → Situs…* and outbox against the real WordPress of
tests/wpsite.py: real widgets offscreen, a real store, scripted prompts only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editorberita.core.send.sites import SiteProfile, put_site
from editorberita.core.store import sends
from tests.core.send.helpers import story
from tests.ui.conftest import make_window
from tests.ui.scripted import ScriptedPrompts

pytestmark = pytest.mark.slow  # the real WordPress (session fixture)


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("EDITORBERITA_SITE_PASSWORD", raising=False)


def test_send_from_the_window_shows_where_the_article_went(
        qtbot, store, settings, wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = story(store, slug="jendela", seed=61)
    prompts = ScriptedPrompts()
    window = make_window(qtbot, store, settings, prompts)
    assert window.action("send_to_site") in window.action_collection.menu("file").actions()

    # File → Sites…: the form saves the profile; no keyring here, so the password is kept
    # for the session only (never written to the settings).
    from editorberita.ui.sending import SitesDialog

    dialog = SitesDialog(window.sending, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Situs Kaltim")
    dialog.url_edit.setText(wordpress.url)
    dialog.user_edit.setText("redaksi")
    dialog.password_edit.setText(wordpress.passwords["redaksi"])
    dialog.local_check.setChecked(True)
    dialog.test()
    assert "May publish: yes" in dialog.message.text() or "boleh" in dialog.message.text()
    assert wordpress.passwords["redaksi"] not in (tmp_path / "userdata" / "sites.json").read_text()

    window.open_article(article.id)
    window.action("send_to_site").trigger()
    qtbot.waitUntil(lambda: bool(prompts.get("shown")), timeout=30000)
    kind, (_title, text) = prompts["shown"][-1]
    assert kind == "information" and "post #" in text
    assert window.sending.status_label.text().startswith("Sent to Situs Kaltim ")
    assert sends.send_of(store, article.id, "Situs Kaltim") is not None


def test_site_away_the_window_says_the_article_waits_in_the_outbox(
        qtbot, store, settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.wpsite import free_port

    put_site(SiteProfile("Situs Kaltim", f"http://127.0.0.1:{free_port()}/", "redaksi",
                         local=True))
    monkeypatch.setenv("EDITORBERITA_SITE_PASSWORD", "abcd")
    article = story(store, slug="luring", seed=62, pictures=False)
    prompts = ScriptedPrompts()
    window = make_window(qtbot, store, settings, prompts)
    window.open_article(article.id)
    window.action("send_to_site").trigger()
    qtbot.waitUntil(lambda: bool(prompts.get("shown")), timeout=30000)
    kind, (_title, text) = prompts["shown"][-1]
    # The English window says it in English (issue 13, item 8): the site's refusal too.
    assert kind == "warning" and text.startswith("The article waits in the outbox.")
    assert "Situs Kaltim cannot be reached (" in text and "kotak keluar" not in text
    assert "waiting in the outbox for Situs Kaltim" in window.sending.status_label.text()
    # The outbox is a view of the sidebar (issue 15): the list says why the article waits.
    from editorberita.ui.viewkey import OUTBOX

    window.resize(1366, 768)
    window.action("show_outbox").trigger()
    assert window.sidebar.current_key() == OUTBOX
    assert window.article_model.rowCount() == 1
    assert window.article_model.summary(0).headline == article.headline
    (note,) = window.sending.outbox_notes(window.article_model.article_filter).values()
    assert note.startswith("Situs Kaltim: Situs Kaltim cannot be reached (") and "(1×)" in note
    if os.environ.get("SENDING_SCREENSHOTS"):
        folder = Path(os.environ["SENDING_SCREENSHOTS"])
        window.grab().save(str(folder / "window-send-status.png"))
    assert window.article_list.select_article(article.id)
    window.action("outbox_take_out").trigger()
    assert sends.outbox(store) == [] and window.article_model.rowCount() == 0


def test_export_for_the_wordpress_importer_from_the_window(
        qtbot, store, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.core.send.wxrcheck import problems

    article = story(store, slug="wxr", seed=63)
    prompts = ScriptedPrompts()
    out = tmp_path / "kiriman.wxr.xml"
    prompts["save"] = str(out)
    window = make_window(qtbot, store, settings, prompts)
    window.open_article(article.id)
    window.action("export_wxr").trigger()
    kind, (_title, text) = prompts["shown"][-1]
    assert kind == "information" and "the WordPress importer can only fetch pictures" in text
    assert problems(out.read_bytes()) == []


def test_the_send_status_line_is_worded_by_the_window(
        qtbot, store, settings, english) -> None:  # type: ignore[no-untyped-def]
    """core.send.status gives facts; the window words them (issue 13, item 8): English here."""
    from datetime import UTC, datetime

    from editorberita.core.send.status import send_hash

    article = story(store, slug="inggris", seed=63, pictures=False)
    sends.record_send(store, sends.SendInfo(article.id, "Situs Kaltim", 7, "http://x/7", "draft",
                                            send_hash(store, article),
                                            datetime(2026, 11, 30, 6, 30, tzinfo=UTC)))
    sends.enqueue(store, article.id, "Situs Samarinda", "draft", "timeout")
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    window.open_article(article.id)
    window.sending.refresh_status()
    assert window.sending.status_label.text() == (
        "Sent to Situs Kaltim 14:30; waiting in the outbox for Situs Samarinda")


def _waiting(store, reason) -> int:  # type: ignore[no-untyped-def]
    article = story(store, slug=f"tunggu-{len(sends.outbox(store))}", seed=64, pictures=False)
    sends.enqueue(store, article.id, "Kaltim", "draft", reason)
    return int(article.id)


@pytest.mark.parametrize(("language", "expected"), [
    ("english", "Kaltim: The site Kaltim did not answer within 30 seconds; the article waits "
                "in the outbox. (1×)"),
    ("indonesian", "Kaltim: Situs Kaltim tidak menjawab dalam 30 detik; artikel menunggu di "
                   "kotak keluar. (1×)")])
def test_the_outbox_list_words_the_reason_in_the_window_language(  # type: ignore[no-untyped-def]
        qtbot, store, settings, request, language: str, expected: str) -> None:
    from editorberita.core.messages import message
    from editorberita.core.send.sites import site_label
    from editorberita.ui.viewkey import OUTBOX

    request.getfixturevalue(language)
    typed = _waiting(store, message("send.timeout", site=site_label("Kaltim", True), seconds=30))
    old = _waiting(store, "Situs Kaltim tidak bisa dihubungi (lama); artikel menunggu.")
    window = make_window(qtbot, store, settings, ScriptedPrompts())
    window.action("show_outbox").trigger()
    assert window.sidebar.current_key() == OUTBOX
    notes = window.sending.outbox_notes(window.article_model.article_filter)
    assert notes[typed] == expected
    # A row written before the codes holds the Indonesian sentence: shown as it is.
    assert notes[old] == "Kaltim: Situs Kaltim tidak bisa dihubungi (lama); artikel menunggu. (1×)"


def test_the_sites_form_refuses_in_the_window_language(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                                       english) -> None:
    from editorberita.ui.sending import SitesDialog

    window = make_window(qtbot, store, settings, ScriptedPrompts())
    dialog = SitesDialog(window.sending, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Kaltim")
    dialog.url_edit.setText("http://kaltimprov.go.id/")
    dialog.user_edit.setText("redaksi")
    assert not dialog.save()
    assert dialog.message.text().startswith(
        "The site Kaltim uses http:// without encryption: the password would be sent in the "
        "open.")
