"""Export: atomic writes, naming and overwrite rules, history, batches and progress."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from editorberita.core.domain import Article, Status, Zone
from editorberita.core.export import export_article, export_articles
from editorberita.core.exportformat import ExportError, to_markdown
from editorberita.core.messages import message
from editorberita.core.store import ArticleFilter, ArticleStore

MOMENT = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Exports and their records, from a desk file and from a server desk."""
    return any_store


def make(store: ArticleStore, headline: str, **fields: object) -> Article:
    """Create an article with sensible newsroom defaults."""
    values: dict[str, object] = {"headline": headline, "body": f"Isi {headline}.",
                                 "published_at": MOMENT, "status": Status.PUBLISHED,
                                 "zone": Zone.WITA, "editor_note": "CATATAN-INTERNAL"}
    values.update(fields)
    return store.create_article(Article(**values))  # type: ignore[arg-type]


def test_export_records_history_and_changed_since_export(store: ArticleStore,
                                                         tmp_path: Path) -> None:
    article = make(store, "Banjir Samarinda")
    path = export_article(store, article, tmp_path, "html")
    assert path.name == "2024-07-23-banjir-samarinda.html"
    [info] = store.last_exports(article.id)  # type: ignore[arg-type]
    assert (info.format, info.path) == ("html", str(path.resolve()))
    assert info.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert store.list_articles(ArticleFilter(changed_since_export=True)) == []
    store.save_article(article.copy(body="Isi baru."))
    changed = store.list_articles(ArticleFilter(changed_since_export=True))
    assert [s.id for s in changed] == [article.id]


def test_reexport_replaces_own_file_never_a_foreign_one(store: ArticleStore,
                                                        tmp_path: Path) -> None:
    """A file the article did not write is kept; the article's own file is replaced."""
    foreign = tmp_path / "2024-07-23-banjir.md"
    foreign.write_text("milik orang lain")
    article = make(store, "Banjir")
    first = export_article(store, article, tmp_path, "md")
    assert first.name == "2024-07-23-banjir-2.md"
    assert foreign.read_text() == "milik orang lain"
    article = store.save_article(article.copy(body="Isi kedua."))
    second = export_article(store, article, tmp_path, "md")
    assert second == first
    assert "Isi kedua." in second.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == [
        "2024-07-23-banjir-2.md", "2024-07-23-banjir.md"]
    again = export_articles(store, tmp_path, "md")
    assert again.written == [first]


def test_two_articles_with_the_same_name_in_one_batch(store: ArticleStore,
                                                      tmp_path: Path) -> None:
    """Two stores' articles with one slug and date land side by side, never overwritten."""
    from editorberita.core.store import open_store

    make(store, "Gempa")
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        make(other, "Gempa", body="Versi lain.")
        out = tmp_path / "out"
        first = export_articles(store, out, "html").written
        second = export_articles(other, out, "html").written
    finally:
        other.close()
    assert [p.name for p in first] == ["2024-07-23-gempa.html"]
    assert [p.name for p in second] == ["2024-07-23-gempa-2.html"]
    assert "Isi Gempa." in first[0].read_text()
    assert "Versi lain." in second[0].read_text()


def test_editor_note_never_exported(store: ArticleStore, tmp_path: Path) -> None:
    make(store, "Rahasia Redaksi")
    for fmt in ("html", "fragment", "md"):
        [path] = export_articles(store, tmp_path / fmt, fmt).written
        assert "CATATAN-INTERNAL" not in path.read_text("utf-8")


def test_markdown_front_matter_fields(store: ArticleStore) -> None:
    parent = store.create_category("Seputar Kaltim")
    child = store.create_category("Samarinda", parent.id)
    article = make(store, "Banjir: \"Air\" Naik", category_id=child.id, tags=["b", "A"],
                   byline="Rina", initials="rw", dateline="Samarinda", lead="Teras.",
                   subheadline="Sub", seo_title="SEO", seo_description="Deskripsi",
                   status=Status.REVIEW, body="Baris satu.\n\nBaris dua.\n\n\n")
    text = to_markdown(article, ["Seputar Kaltim", "Samarinda"])
    head, body = text.split("\n---\n\n", 1)
    meta = yaml.safe_load(head.removeprefix("---\n"))
    assert meta == {
        "title": 'Banjir: "Air" Naik', "subtitle": "Sub", "slug": "banjir-air-naik",
        "date": "2024-07-23T14:30:00+08:00", "zone": "WITA",
        "category": "Seputar Kaltim/Samarinda", "tags": ["A", "b"], "author": "Rina",
        "initials": "rw", "dateline": "Samarinda", "summary": "Teras.", "status": "review",
        "draft": True, "seo_title": "SEO", "seo_description": "Deskripsi"}
    assert body == "Baris satu.\n\nBaris dua.\n"
    assert "editor_note" not in head


def test_batch_by_rubric_with_subrubrics_status_and_ids(store: ArticleStore,
                                                        tmp_path: Path) -> None:
    kaltim = store.create_category("Kaltim")
    samarinda = store.create_category("Samarinda", kaltim.id)
    sport = store.create_category("Olahraga")
    a = make(store, "Satu", category_id=kaltim.id)
    b = make(store, "Dua", category_id=samarinda.id, status=Status.DRAFT)
    c = make(store, "Tiga", category_id=sport.id)
    rubric = export_articles(store, tmp_path / "r", "md",
                             flt=ArticleFilter(category_id=kaltim.id, include_subcategories=True))
    assert sorted(p.name for p in rubric.written) == ["2024-07-23-dua.md", "2024-07-23-satu.md"]
    drafts = export_articles(store, tmp_path / "s", "md", flt=ArticleFilter(status=Status.DRAFT))
    assert [p.name for p in drafts.written] == ["2024-07-23-dua.md"]
    everything = export_articles(store, tmp_path / "all", "fragment")
    assert everything.total == 3 and len(everything.written) == 3
    picked = export_articles(store, tmp_path / "ids", "html", article_ids=[c.id, 999, a.id])
    assert [p.name for p in picked.written] == ["2024-07-23-tiga.html", "2024-07-23-satu.html"]
    assert picked.failures == [(999, message("article.not_found", id="999"))]
    assert picked.failures[0][1].text() == "Artikel #999 tidak ditemukan."
    assert picked.describe() == "2 dari 3 artikel diekspor, 1 gagal."
    assert b.id is not None


def test_batch_progress_and_cancel(store: ArticleStore, tmp_path: Path) -> None:
    for n in range(5):
        make(store, f"Berita {n}")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, article: Article) -> bool:
        seen.append((done, total, article.headline))
        return done < 2

    summary = export_articles(store, tmp_path, "html", progress=progress)
    assert [(d, t) for d, t, _ in seen] == [(1, 5), (2, 5)]
    assert summary.cancelled and not summary.ok
    assert len(summary.written) == 2
    assert len(list(tmp_path.glob("*.html"))) == 2


def test_batch_goes_on_after_a_failure(store: ArticleStore, tmp_path: Path) -> None:
    """A folder in the way of one file fails that article only."""
    make(store, "Pertama")
    make(store, "Kedua")
    out = tmp_path / "out"
    out.mkdir()
    (out / "2024-07-23-kedua.html").mkdir()
    (out / "2024-07-23-kedua-2.html").mkdir()
    summary = export_articles(store, out, "html")
    assert sorted(p.name for p in summary.written) == [
        "2024-07-23-kedua-3.html", "2024-07-23-pertama.html"]
    bad = tmp_path / "berkas"
    bad.write_text("x")
    with pytest.raises(ExportError, match="berkas"):
        export_articles(store, bad / "sub", "html")


def test_unwritable_folder_fails_every_article_with_a_message(store: ArticleStore,
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """A read-only folder (simulated: tests may run as root) fails each article clearly."""
    import errno
    import tempfile

    make(store, "Satu")
    make(store, "Dua")

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    summary = export_articles(store, tmp_path, "md")
    assert summary.written == []
    assert len(summary.failures) == 2
    for _article, why in summary.failures:
        assert "tidak ada izin menulis" in why.text()
        assert str(tmp_path) in why.text()
    assert store.last_exports(1) == []
