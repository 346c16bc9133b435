"""Journey: a story with a featured and an inline photo goes to a real WordPress from the
window, comes back through the REST API as written, is edited and sent again (the same post,
updated), then waits in the outbox while the site is down and goes once when it is back,
after a restart of the app, from the sidebar's outbox view (issue 15). The post carries the
newsroom's record: credits, the verification notice and the correction (issue 16)."""

from __future__ import annotations

from datetime import UTC

import pytest

from editorberita.core.send.sender import post_token
from editorberita.core.send.wordpress import WordPressClient
from editorberita.core.store import sends
from tests.core.send.helpers import local_profile, story
from tests.journeys.conftest import Desk

SENT = "window.sending.status_label.text().startswith('Terkirim ke Situs Kaltim')"
IDLE = "not window.sending._busy"


def _read(client: WordPressClient, route: str) -> dict:  # type: ignore[type-arg]
    return client.request("GET", route, query={"context": "edit"}).data


@pytest.mark.slow
def test_send_read_back_update_and_outbox(desk: Desk, wordpress) -> None:  # type: ignore[no-untyped-def]
    def seed(store):  # type: ignore[no-untyped-def]
        made = story(store, slug="jurnal", seed=81)
        made = store.save_article(made.copy(byline="Rina Wati", editor="Ahmad",
                                            unverified=True))
        store.add_correction(made.id, "Jumlah kelurahan tiga, bukan empat.", "Ahmad")
        return made

    article = desk.seed(seed)
    desk.env.update(EDITORBERITA_SITE_PASSWORD=wordpress.passwords["redaksi"],
                    PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    desk.cli("site", "add", "Situs Kaltim", "--url", wordpress.url, "--user", "redaksi",
             "--local")
    client = WordPressClient(local_profile(wordpress.url), wordpress.passwords["redaksi"])

    app = desk.start()
    app.exec(f"window.open_article({article.id})")
    app.exec("window.action('send_to_site').trigger()")
    app.wait_until(f"{IDLE} and {SENT}", timeout=90)
    with desk.store() as store:
        first = sends.send_of(store, article.id, "Situs Kaltim")
    assert first is not None
    post = _read(client, f"/wp/v2/posts/{first.post_id}")
    assert post["title"]["raw"] == article.headline
    content = post["content"]["raw"]
    assert '<span class="dateline">SAMARINDA</span>' in content and "(ant/rd)" in content
    assert "Penulis: Rina Wati | Editor: Ahmad" in content  # the record (issue 16)
    assert "Berita ini masih memerlukan verifikasi lebih lanjut." in content
    assert "Jumlah kelurahan tiga, bukan empat." in content and "<strong>Ralat (" in content
    assert content.count("/wp-content/uploads/") == 1  # the inline photo; featured apart
    assert post["excerpt"]["raw"] == article.lead
    assert post["date_gmt"] == article.published_at.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%S")  # 14.30 WITA is 06.30 UTC
    assert post["date_gmt"].endswith("06:30:00") and post["date"].endswith("14:30:00")
    assert [_read(client, f"/wp/v2/categories/{c}")["name"] for c in post["categories"]] == [
        "Seputar Kaltim"]
    assert {_read(client, f"/wp/v2/tags/{t}")["name"] for t in post["tags"]} == {
        "banjir", "Samarinda"}
    featured = _read(client, f"/wp/v2/media/{post['featured_media']}")
    assert featured["alt_text"] == "Warga mengungsi dengan perahu"

    # Edited in the window and sent again: the same post, updated, no new pictures.
    app.exec("window.metadata.headline_edit.selectAll()")
    app.type("Banjir Mulai Surut di Samarinda", into="window.metadata.headline_edit")
    app.wait_until("not window.is_dirty")
    app.wait_until("'diubah sejak dikirim' in window.sending.status_label.text()")
    app.exec("window.action('send_to_site').trigger()")
    app.wait_until(f"{IDLE} and {SENT} and 'diubah' not in "
                   "window.sending.status_label.text()", timeout=90)
    with desk.store() as store:
        again = sends.send_of(store, article.id, "Situs Kaltim")
    assert again is not None and again.post_id == first.post_id
    assert _read(client, f"/wp/v2/posts/{first.post_id}")["title"]["raw"] == (
        "Banjir Mulai Surut di Samarinda")

    # The site goes away: the send waits in the outbox, across a restart of the app.
    wordpress.stop_web()
    try:
        app.exec("window.metadata.headline_edit.selectAll()")
        app.type("Banjir Surut, Warga Pulang", into="window.metadata.headline_edit")
        app.wait_until("not window.is_dirty")
        app.exec("window.action('send_to_site').trigger()")
        app.wait_until(f"{IDLE} and 'menunggu di kotak keluar' in "
                       "window.sending.status_label.text()", timeout=90)
        assert app.quit() == 0
    finally:
        wordpress.start_web()
    with desk.store() as store:
        assert [o.article_id for o in sends.outbox(store)] == [article.id]

    app = desk.start()
    app.exec(f"window.open_article({article.id})")
    app.wait_until("'menunggu di kotak keluar' in window.sending.status_label.text()")
    # The outbox view: the article waits there with the reason; "send now" from the view.
    app.exec("window.action('show_outbox').trigger()")
    assert app.eval("window.sidebar.current_key().text") == "view:outbox"
    rows = "[window.article_model.article_id(r) for r in range(window.article_model.rowCount())]"
    assert app.eval(rows) == [article.id]
    assert "Situs Kaltim:" in app.eval(
        "window.article_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)")
    app.screenshot("outbox-view-after-restart.png")
    app.exec(f"window.article_list.select_article({article.id})")
    app.exec("window.action('outbox_send_now').trigger()")
    app.wait_until(f"{IDLE} and {SENT} and 'menunggu' not in "
                   "window.sending.status_label.text()", timeout=90)
    assert app.eval(rows) == []
    assert app.quit() == 0
    with desk.store() as store:
        assert sends.outbox(store) == []
        last = sends.send_of(store, article.id, "Situs Kaltim")
    assert last is not None and last.post_id == first.post_id  # sent once, to the same post
    assert _read(client, f"/wp/v2/posts/{first.post_id}")["title"]["raw"] == (
        "Banjir Surut, Warga Pulang")
    ours = client.request("GET", "/wp/v2/posts", query={
        "search": post_token(article), "status": "draft", "context": "edit"}).data
    assert [p["id"] for p in ours] == [first.post_id]
