"""The start-up read (``core.quickread``) agrees with the store and needs no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from editorberita.core.domain import Kind, Status, Zone
from editorberita.core.quickread import peek_article, peek_categories
from editorberita.core.store import ArticleStore


def test_peek_reads_the_same_article_as_the_store(store: ArticleStore, db_path: Path) -> None:
    rubric = store.create_category("Seputar Kaltim")
    asset = store.add_asset(b"\x89PNG fake bytes", "image/png", width=4, height=3)
    full = store.create_article(
        headline="Harga Cabai Naik", subheadline="Pedagang mengeluh", category_id=rubric.id,
        status=Status.REVIEW, body="Isi **berita**.", lead="Teras", byline="Rina Wati",
        initials="rw", dateline="Samarinda",
        published_at=datetime(2024, 7, 23, 14, 30, tzinfo=Zone.WIT.tzinfo), zone=Zone.WIT,
        tags=["Pasar", "cabai", "harga pangan"], seo_title="SEO", seo_description="Desk",
        editor_note="Catatan", featured_asset_id=asset.id, kind=Kind.ADVERTORIAL)
    full = store.save_article(full.copy(slug_locked=True, body="Isi kedua."))
    bare = store.create_article(headline="Tanpa rubrik")
    trashed = store.create_article(headline="Dibuang", category_id=rubric.id)
    store.trash_articles([trashed.id or 0])
    for article, rubric_name in ((full, "Seputar Kaltim"), (bare, ""), (trashed, "Seputar Kaltim")):
        peeked = peek_article(db_path, article.id or 0)
        assert peeked is not None
        assert peeked == (store.get_article(article.id or 0), rubric_name)
    assert peek_article(db_path, 9999) is None


def test_peek_reads_the_same_rubrics_as_the_store(store: ArticleStore, db_path: Path) -> None:
    kaltim = store.create_category("Seputar Kaltim")
    store.create_category("Samarinda", kaltim.id)
    store.create_category("Balikpapan", kaltim.id)
    store.create_category("Ekonomi")
    assert peek_categories(db_path) == store.list_categories()
    assert peek_categories(db_path.with_name("missing.sqlite3")) is None


def test_peek_gives_up_quietly_on_files_it_cannot_read(tmp_path: Path) -> None:
    import sqlite3

    missing = tmp_path / "missing.sqlite3"
    assert peek_article(missing, 1) is None
    assert not missing.exists()  # read-only: never creates the file
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert peek_article(garbage, 1) is None
    old = tmp_path / "old.sqlite3"  # a schema this version does not know (a migration is due)
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, headline TEXT)")
    con.execute("INSERT INTO articles VALUES (1, 'Lama')")
    con.commit()
    con.close()
    assert peek_article(old, 1) is None


def test_peek_does_not_import_sqlalchemy(store: ArticleStore, db_path: Path) -> None:
    article = store.create_article(headline="Ringan")
    code = ("import sys; from pathlib import Path; "
            "from editorberita.core.quickread import peek_article; "
            f"found = peek_article(Path({str(db_path)!r}), {article.id}); "
            "print(found[0].headline, 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["Ringan", "False"]


def test_preview_key_follows_what_the_preview_shows(store: ArticleStore) -> None:
    from datetime import UTC

    from editorberita.core.quickread import preview_key

    article = store.create_article(
        headline="Banjir", body="Air naik.", tags=["banjir"],
        published_at=datetime(2024, 7, 23, 14, 30, tzinfo=Zone.WITA.tzinfo))
    key = preview_key(article, "Seputar Kaltim")
    assert key is not None
    saved = store.save_article(article.copy(editor_note="x"))  # a new version and save time
    assert saved.version != article.version
    assert preview_key(saved.copy(editor_note=""), "Seputar Kaltim") == key
    same_moment = article.copy(published_at=article.published_at.astimezone(UTC))
    assert preview_key(same_moment, "Seputar Kaltim") == key
    for changed in (article.copy(body="Air surut."), article.copy(headline="Banjir!"),
                    article.copy(tags=["banjir", "hujan"]), article.copy(zone=Zone.WIB),
                    article.copy(kind=Kind.ADVERTORIAL), article.copy(initials="rw")):
        assert preview_key(changed, "Seputar Kaltim") != key
    assert preview_key(article, "Ekonomi") != key
    assert preview_key(article.copy(featured_asset_id=1), "Seputar Kaltim") is None
    assert preview_key(article.copy(body="![a](asset:abc)"), "Seputar Kaltim") is None


def test_saved_preview_round_trip_and_bad_files(tmp_path: Path) -> None:
    from editorberita.core.quickread import PREVIEW_FILE, cached_preview, save_preview
    from editorberita.core.segments import Rendering, Segment

    rendering = Rendering("<article>", (Segment("<p>Satu “kutip”</p>", 0, 0),
                                        Segment("<p>Dua</p>", 2, 3)), "</article>", True)
    save_preview(tmp_path, "k1", rendering)
    assert cached_preview(tmp_path, "k1") == rendering
    assert cached_preview(tmp_path, "k2") is None  # another article or version
    assert not list(tmp_path.glob("*.part"))
    (tmp_path / PREVIEW_FILE).write_bytes(b"\xff\xfe garbage")
    assert cached_preview(tmp_path, "k1") is None
    (tmp_path / PREVIEW_FILE).write_text('{"key": "k1", "rendering": "[1, 2]"}')
    assert cached_preview(tmp_path, "k1") is None
    save_preview(tmp_path / "missing" / "folder", "k1", rendering)  # only costs speed
    assert cached_preview(tmp_path / "missing", "k1") is None
