"""The newsroom's record in a send (issues 15 and 16), against the recorded fake site: the post
carries what the export prints under the text, links point at sent posts, and a send counts
like an export for the ralat check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorberita.core.checks import check_article
from editorberita.core.domain import Kind
from editorberita.core.export import export_article
from editorberita.core.newsroom import record_state
from editorberita.core.send.sender import Sender
from editorberita.core.send.status import send_status_text
from editorberita.core.send.wordpress import WordPressClient
from editorberita.core.store import ArticleStore
from editorberita.core.storylinks import read_also_markdown
from tests.core.send.fakewp import ADMIN, FakeWordPress, Reply, Request
from tests.core.send.helpers import local_profile, story


@pytest.fixture
def fake() -> Iterator[FakeWordPress]:
    posts: dict[int, dict[str, object]] = {}

    def create(request: Request) -> Reply:
        post_id = 70 + len(posts)
        body = json.loads(request.body)
        posts[post_id] = {"id": post_id, "link": f"http://127.0.0.1/?p={post_id}",
                          "status": body.get("status", "draft"), "slug": body.get("slug")}
        return Reply(201, posts[post_id])

    site = FakeWordPress({("GET", "/wp-json/wp/v2/users/me"): Reply(200, ADMIN),
                          ("GET", "/wp-json/wp/v2/posts"): Reply(200, []),
                          ("POST", "/wp-json/wp/v2/posts"): create})
    yield site
    site.close()


def _sender(fake: FakeWordPress, store: ArticleStore) -> Sender:
    client = WordPressClient(local_profile(fake.url), "abcd efgh ijkl mnop qrst uvwx")
    return Sender(store, client.profile, client)


def _sent_content(fake: FakeWordPress) -> str:
    posted = [r for r in fake.requests if r.method == "POST" and "/wp/v2/posts" in r.path]
    return str(json.loads(posted[-1].body)["content"])


def test_a_post_carries_the_record_the_export_prints(fake: FakeWordPress, store: ArticleStore,
                                                     tmp_path: Path) -> None:
    original = story(store, slug="banjir-asli", rubric="", tags=(), pictures=False)
    _sender(fake, store).send(original.id or 0)
    article = story(store, slug="hak-jawab", seed=3, rubric="", tags=(), pictures=False)
    article = store.save_article(article.copy(
        kind=Kind.REPLY, reply_to_id=original.id, unverified=True, byline="Rina Wati",
        initials="(rw)", editor="Ahmad", editor_initials="ed",
        body=article.body + "\n\n" + read_also_markdown(original.headline, original.id or 0)))
    correction = store.add_correction(article.id or 0, "Jumlah kelurahan tiga, bukan empat.",
                                      "Ahmad")
    _sender(fake, store).send(article.id or 0)
    content = _sent_content(fake)
    assert '<p class="kredit-naskah">Penulis: Rina Wati | Editor: Ahmad</p>' in content
    assert "(rw/ed)" in content
    assert "Berita ini masih memerlukan verifikasi lebih lanjut." in content
    assert f"<strong>{correction.heading}:</strong> Jumlah kelurahan tiga" in content
    # The original was sent: the reply and the "Baca juga" link lead to its post.
    assert 'Hak jawab atas berita:</strong> <a href="http://127.0.0.1/?p=70">' in content
    assert content.count('href="http://127.0.0.1/?p=70"') == 2
    # The same record as the page export prints (one template, core.newsroom's reader).
    page = export_article(store, store.get_article(article.id or 0), tmp_path, "html")
    exported = page.read_text("utf-8")
    for part in ('<section class="ralat">', '<p class="verifikasi">', '<aside class="hak-jawab">'):
        start = content.index(part)
        block = content[start:content.index("\n</", start)]
        assert block in exported


def test_a_link_to_an_unsent_story_is_inert_in_a_post(fake: FakeWordPress,
                                                      store: ArticleStore) -> None:
    other = story(store, slug="belum-dikirim", rubric="", tags=(), pictures=False)
    article = story(store, slug="baru", seed=5, rubric="", tags=(), pictures=False)
    store.save_article(article.copy(body=read_also_markdown(other.headline, other.id or 0)))
    _sender(fake, store).send(article.id or 0)
    content = _sent_content(fake)
    assert "belum-dikirim.html" not in content and "artikel:" not in content
    assert '<a href="#"' in content


def test_a_sent_story_is_linked_by_its_post_url_in_exports(fake: FakeWordPress,
                                                          store: ArticleStore,
                                                          tmp_path: Path) -> None:
    old = story(store, slug="terkirim", rubric="", tags=(), pictures=False)
    _sender(fake, store).send(old.id or 0)
    article = store.create_article(headline="Baru", body=read_also_markdown(old.headline,
                                                                            old.id or 0))
    page = export_article(store, article, tmp_path, "html").read_text("utf-8")
    assert 'href="http://127.0.0.1/?p=70"' in page


def test_text_changed_after_a_send_needs_a_correction(fake: FakeWordPress,
                                                      store: ArticleStore) -> None:
    article = story(store, slug="korban", rubric="", tags=(), pictures=False)
    unsent = store.save_article(article.copy(body="Korban 21 orang."))
    assert record_state(store, unsent).exported_at is None
    _sender(fake, store).send(article.id or 0)
    sent = store.get_article(article.id or 0)
    assert "unexplained_change" not in {p.code for p in check_article(
        sent, record=record_state(store, sent))}
    changed = store.save_article(sent.copy(body="Korban 12 orang."))
    assert "unexplained_change" in {p.code for p in check_article(
        changed, record=record_state(store, changed))}
    store.add_correction(article.id or 0, "Jumlah korban 12 orang.", "Ahmad")
    assert "unexplained_change" not in {p.code for p in check_article(
        changed, record=record_state(store, changed))}


def test_a_new_correction_is_a_change_to_send(fake: FakeWordPress,
                                              store: ArticleStore) -> None:
    article = story(store, slug="ralat-baru", rubric="", tags=(), pictures=False)
    _sender(fake, store).send(article.id or 0)
    assert "diubah" not in send_status_text(store, store.get_article(article.id or 0))
    store.add_correction(article.id or 0, "Nama kelurahan diperbaiki.", "Ahmad")
    assert "diubah sejak dikirim" in send_status_text(store, store.get_article(article.id or 0))


def test_a_wxr_post_carries_the_record_too(store: ArticleStore) -> None:
    from editorberita.core.send.wxr import build_wxr

    article = story(store, slug="wxr-ralat", rubric="", tags=(), pictures=False)
    article = store.save_article(article.copy(byline="Rina Wati", editor="Ahmad",
                                              unverified=True))
    correction = store.add_correction(article.id or 0, "Nama camat diperbaiki.", "Ahmad")
    data = build_wxr(store, [article]).data.decode("utf-8")
    from xml.etree import ElementTree as ET

    content = ET.fromstring(data).find(
        "channel/item/{http://purl.org/rss/1.0/modules/content/}encoded")
    assert content is not None and content.text is not None
    assert '<p class="kredit-naskah">Penulis: Rina Wati | Editor: Ahmad</p>' in content.text
    assert "Berita ini masih memerlukan verifikasi lebih lanjut." in content.text
    assert f"<strong>{correction.heading}:</strong> Nama camat diperbaiki." in content.text
