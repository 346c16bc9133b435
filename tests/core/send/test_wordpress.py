"""Sending to a real WordPress on 127.0.0.1 (tests/wpsite.py): posts, pictures, terms, updates,
adoption after a crash, the contributor's limits and the outbox across a site outage."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from editorberita.core.send import outbox
from editorberita.core.send.sender import Sender
from editorberita.core.send.status import send_status_text
from editorberita.core.send.wordpress import SendError, WordPressClient
from editorberita.core.store import ArticleStore, sends
from tests.core.send.helpers import local_profile, story

pytestmark = pytest.mark.slow


def _client(wordpress, user: str = "redaksi") -> WordPressClient:  # type: ignore[no-untyped-def]
    return WordPressClient(local_profile(wordpress.url, user), wordpress.passwords[user])


def _post(client: WordPressClient, post_id: int) -> dict:  # type: ignore[type-arg]
    return client.request("GET", f"/wp/v2/posts/{post_id}", query={"context": "edit"}).data


def test_discovery_finds_the_api_root_from_the_link_header(wordpress) -> None:  # type: ignore[no-untyped-def]
    client = _client(wordpress)
    assert client.discover() == f"{wordpress.url}wp-json/"
    assert client.can(client.me(), "publish_posts")


def test_send_creates_a_post_with_pictures_terms_and_dates_then_updates_it(
        wordpress, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    article = story(store, slug="banjir-kelurahan", seed=11)
    client = _client(wordpress)
    sender = Sender(store, client.profile, client)
    first = sender.send(article.id)
    assert first.created and first.uploaded == 2 and first.status == "draft"

    post = _post(client, first.post_id)
    assert post["title"]["raw"] == article.headline
    content = post["content"]["raw"]
    assert '<span class="dateline">SAMARINDA</span>' in content
    assert "(ant/rd)" in content
    assert "/wp-content/uploads/" in content and "asset:" not in content
    assert post["excerpt"]["raw"] == article.lead
    local = article.published_at.astimezone(article.zone.tzinfo)
    assert post["date"] == local.strftime("%Y-%m-%dT%H:%M:%S")
    assert post["date_gmt"] == article.published_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    category = client.request("GET", f"/wp/v2/categories/{post['categories'][0]}").data
    assert category["name"] == "Seputar Kaltim" and category["slug"] == "seputar-kaltim"
    tags = {client.request("GET", f"/wp/v2/tags/{t}").data["name"] for t in post["tags"]}
    assert tags == {"banjir", "Samarinda"}
    media = client.request("GET", f"/wp/v2/media/{post['featured_media']}",
                           query={"context": "edit"}).data
    assert media["alt_text"] == "Warga mengungsi dengan perahu"
    assert "Pengungsi" in media["caption"]["raw"]
    assert send_status_text(store, store.get_article(article.id)).startswith(
        "Terkirim ke Situs Kaltim ")

    edited = store.save_article(store.get_article(article.id).copy(
        headline="Banjir Rendam Empat Kelurahan di Samarinda"))
    assert "diubah sejak dikirim" in send_status_text(store, edited)
    again = sender.send(article.id)
    assert (again.post_id, again.created, again.uploaded) == (first.post_id, False, 0)
    assert _post(client, first.post_id)["title"]["raw"] == edited.headline
    assert "diubah" not in send_status_text(store, store.get_article(article.id))


def test_a_send_killed_before_recording_is_adopted_not_repeated(
        wordpress, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    article = story(store, slug="adopsi", seed=21, tags=())
    client = _client(wordpress)
    first = Sender(store, client.profile, client).send(article.id)
    # What a crash between "created on the site" and "recorded here" leaves: no record at all.
    with store._sessions.begin() as session:
        session.execute(sends.SiteSendRecord.__table__.delete())
        session.execute(sends.SiteMediaRecord.__table__.delete())
    again = Sender(store, client.profile, client).send(article.id)
    assert again.post_id == first.post_id and not again.created and again.uploaded == 0
    slug = _post(client, first.post_id)["slug"]
    found = client.request("GET", "/wp/v2/posts", query={"slug": slug, "context": "edit",
                                                         "status": "draft"}).data
    assert len(found) == 1


def test_a_contributor_gets_pending_and_a_clear_message_for_a_missing_rubric(
        wordpress, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    client = _client(wordpress, "kontributor")
    article = story(store, slug="kontributor", seed=31, rubric="Rubrik Baru Sekali", tags=())
    with pytest.raises(SendError) as caught:
        Sender(store, client.profile, client).send(article.id)
    assert "Rubrik “Rubrik Baru Sekali” belum ada di Situs Kaltim" in str(caught.value)
    pictured = story(store, slug="kontributor-2", seed=32, rubric="", tags=())
    with pytest.raises(SendError, match="tidak boleh mengunggah gambar"):
        Sender(store, client.profile, client).send(pictured.id)
    fine = story(store, slug="kontributor-3", seed=33, rubric="", tags=(), pictures=False)
    result = Sender(store, client.profile, client).send(fine.id, "publish")
    assert result.status == "pending" and "ditinjau" in str(result.warnings[0])


def test_site_away_puts_the_article_in_the_outbox_and_it_is_sent_once_when_back(
        wordpress, store: ArticleStore) -> None:  # type: ignore[no-untyped-def]
    article = story(store, slug="kotak-keluar", seed=41, tags=())
    client = _client(wordpress)
    wordpress.stop_web()
    try:
        attempt = outbox.send_or_queue(store, "Situs Kaltim", article.id,
                                       sender=Sender(store, client.profile, client))
    finally:
        wordpress.start_web()
    assert not attempt.sent and attempt.transient and "kotak keluar" in attempt.error
    waiting = sends.outbox(store)
    assert [w.article_id for w in waiting] == [article.id]
    assert "menunggu di kotak keluar" in send_status_text(store, store.get_article(article.id))
    summary = outbox.flush(store, due_only=False,
                           make_sender=lambda s, _site: Sender(s, client.profile, client))
    assert [a.article_id for a in summary.sent] == [article.id] and not summary.waiting
    assert sends.outbox(store) == []
    assert outbox.flush(store, due_only=False).sent == []  # nothing left, nothing sent twice
    slug = _post(client, summary.sent[0].result.post_id)["slug"]
    assert len(client.request("GET", "/wp/v2/posts", query={
        "slug": slug, "context": "edit", "status": "draft"}).data) == 1


def test_wrong_password_is_named(wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = WordPressClient(local_profile(wordpress.url), "salah salah salah salah")
    with pytest.raises(SendError) as caught:
        client.me()
    message = str(caught.value)
    assert caught.value.status == 401 and "kata sandi aplikasi" in message
    assert "header Authorization" in message  # WordPress cannot tell the two apart here


def test_another_desks_post_with_the_same_slug_is_not_adopted(
        wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.store import open_store

    client = _client(wordpress)
    posts = []
    for desk in ("desk-a", "desk-b"):
        other = open_store(tmp_path / f"{desk}.sqlite3")
        article = story(other, slug="sama", seed=71, tags=(), pictures=False)
        posts.append(Sender(other, client.profile, client).send(article.id).post_id)
        other.close()
    assert posts[0] != posts[1]
