"""Import of Markdown files and folders, and the export → import → export round trip."""

from __future__ import annotations

import filecmp
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editorberita.core.domain import Article, Status, Zone
from editorberita.core.export import export_articles
from editorberita.core.importer import (
    ImportFileError,
    import_file,
    import_paths,
    parse_markdown,
)
from editorberita.core.mdfile import MAX_FILE_BYTES
from editorberita.core.store import ArticleStore, open_store

DATA = Path(__file__).parents[1] / "data" / "export"


def write(path: Path, text: str | bytes) -> Path:
    """Write a test file, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def assert_same_folders(left: Path, right: Path) -> None:
    """Fail unless both folders hold the same file names with identical bytes."""
    names = sorted(p.name for p in left.iterdir())
    assert names == sorted(p.name for p in right.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert len(match) == len(names)


def test_round_trip_gives_identical_files(store: ArticleStore, tmp_path: Path) -> None:
    """import → export → import (fresh database) → export: byte-identical, in all formats."""
    summary = import_paths(store, [DATA / "sample"])
    assert summary.ok, summary.failures
    assert len(summary.created) == 4
    first = tmp_path / "first"
    for fmt in ("md", "html", "fragment"):
        assert export_articles(store, first, fmt).ok
    other = open_store(tmp_path / "kedua.sqlite3")
    try:
        again = import_paths(other, [first])
        assert again.ok and len(again.created) == 4
        second = tmp_path / "second"
        for fmt in ("md", "html", "fragment"):
            assert export_articles(other, second, fmt).ok
    finally:
        other.close()
    assert_same_folders(first, second)
    assert len(list(first.iterdir())) == 12


def test_round_trip_keeps_every_field(store: ArticleStore, tmp_path: Path) -> None:
    parent = store.create_category("Nusantara")
    child = store.create_category("Kalimantan / Timur", parent.id)  # a "/" inside a name
    original = store.create_article(Article(
        headline="Harga Cabai: Naik \"Lagi\"", subheadline="Sub: judul", slug="harga-cabai",
        slug_locked=True, category_id=child.id, status=Status.CORRECTED, body="Isi.\n\n- a\n- b",
        lead="Teras\nberbaris dua", byline="Rina", initials="rw", dateline="Balikpapan",
        published_at=datetime(2024, 12, 31, 17, 5, 9, tzinfo=timezone.utc), zone=Zone.WIT,
        tags=["ekonomi", "cabai: merah", "yes"], seo_title="no", seo_description="null",
        editor_note="internal"))
    [path] = export_articles(store, tmp_path / "md", "md").written
    assert path.name == "2025-01-01-harga-cabai.md"
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        [copy] = import_paths(other, [path]).created
        for name in ("headline", "subheadline", "slug", "status", "body", "lead", "byline",
                     "initials", "dateline", "published_at", "zone", "tags", "seo_title",
                     "seo_description"):
            assert getattr(copy, name) == getattr(original, name), name
        assert copy.editor_note == ""
        category = other.get_category(copy.category_id)  # type: ignore[arg-type]
        assert category.name == "Kalimantan / Timur"
        assert other.get_category(category.parent_id).name == "Nusantara"  # type: ignore[arg-type]
    finally:
        other.close()


def test_file_without_front_matter(store: ArticleStore, tmp_path: Path) -> None:
    """The first "# Heading" is the headline; else the file name (without its date) is."""
    titled = write(tmp_path / "a.md",
                   "\ufeff# Jalan Rusak di Tenggarong\r\n\r\nWarga mengeluh.\r\n")
    article, created = import_file(store, titled)
    assert created
    assert (article.headline, article.body) == ("Jalan Rusak di Tenggarong", "Warga mengeluh.")
    assert article.status is Status.DRAFT and article.category_id is None
    plain = write(tmp_path / "2024-01-02-pasar-baru.md", "Isi saja.")
    article, _ = import_file(store, plain)
    assert (article.headline, article.slug, article.body) == ("pasar baru", "pasar-baru",
                                                              "Isi saja.")


def test_front_matter_variants(tmp_path: Path) -> None:
    """Hand-written front matter: unquoted dates, comma tags, draft flag, Hugo's description."""
    parsed = parse_markdown("---\ntitle: T\ndate: 2024-07-23 14:30:00+07:00\ntags: a, b\n"
                            "draft: false\ndescription: D\ncategories: [X, Y]\n---\nIsi", tmp_path)
    article = parsed.article
    assert article.published_at == datetime(2024, 7, 23, 7, 30, tzinfo=timezone.utc)
    assert article.zone is Zone.WIB
    assert (article.tags, article.status, article.seo_description) == (
        ["a", "b"], Status.PUBLISHED, "D")
    assert parsed.category_path == ["X", "Y"]
    naive = parse_markdown("---\ndate: 2024-07-23\nzone: wit\n---\n", tmp_path).article
    assert naive.published_at == datetime(2024, 7, 22, 15, 0, tzinfo=timezone.utc)
    assert naive.zone is Zone.WIT


@pytest.mark.parametrize(("content", "reason"), [
    # \x81 and \x8d are undefined in Windows-1252 too (valid cp1252 is converted, not refused)
    (b"teks \x81\x8d rusak", "bukan teks UTF-8 yang sah (bita ke-6)"),
    (b"PNG\x00\x01\x02", "berkas biner"),
    (b"---\ntitle: [tak ditutup\n---\n", "front matter YAML tidak sah"),
    (b"---\n- daftar\n---\n", "front matter harus berupa"),
    (b"---\ndate: kemarin\n---\n", "tanggal \u201ckemarin\u201d tidak dikenali"),
    (b"---\nzone: UTC\n---\n", "zona"),
    (b"---\nstatus: entah\n---\n", "status"),
])
def test_bad_files_are_refused_and_the_rest_goes_on(store: ArticleStore, tmp_path: Path,
                                                     content: bytes, reason: str) -> None:
    bad = write(tmp_path / "in" / "bad.md", content)
    write(tmp_path / "in" / "good.md", "# Baik\n\nIsi.")
    summary = import_paths(store, [tmp_path / "in"])
    assert [a.headline for a in summary.created] == ["Baik"]
    [(path, message)] = summary.failures
    assert path == bad
    assert str(bad) in message
    assert reason in message


def test_oversize_file_is_refused_before_reading(store: ArticleStore, tmp_path: Path) -> None:
    big = tmp_path / "besar.md"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 10 MB written to the shared disk
    with pytest.raises(ImportFileError, match=r"terlalu besar \(10,0 MB; batasnya 10 MB"):
        import_file(store, big)
    missing = import_paths(store, [tmp_path / "tidak-ada.md"])
    assert missing.failures[0][1] == f"Berkas atau folder {tmp_path / 'tidak-ada.md'} tidak ada."


def test_folder_import_is_recursive_and_skips_hidden(store: ArticleStore, tmp_path: Path) -> None:
    write(tmp_path / "a" / "satu.md", "# Satu")
    write(tmp_path / "a" / "b" / "dua.markdown", "# Dua")
    write(tmp_path / "a" / ".tersembunyi" / "tiga.md", "# Tiga")
    write(tmp_path / "a" / "catatan.txt", "bukan markdown")
    summary = import_paths(store, [tmp_path / "a"])
    assert sorted(a.headline for a in summary.created) == ["Dua", "Satu"]


def test_slug_rule_updates_live_article_and_never_a_trashed_one(store: ArticleStore,
                                                                tmp_path: Path) -> None:
    """Same front matter slug: update (with a revision). Trashed owner, or no slug: new."""
    text = "---\ntitle: Judul {n}\nslug: berita-kota\n---\nIsi {n}."
    first, created = import_file(store, write(tmp_path / "1.md", text.format(n=1)))
    assert created
    second, created = import_file(store, write(tmp_path / "2.md", text.format(n=2)))
    assert not created and second.id == first.id
    assert (second.headline, second.body, second.slug) == ("Judul 2", "Isi 2.", "berita-kota")
    assert [r.reason for r in store.list_revisions(first.id)] == ["impor"]  # type: ignore[arg-type]
    store.trash_articles([first.id])  # type: ignore[list-item]
    third, created = import_file(store, write(tmp_path / "3.md", text.format(n=3)))
    assert created and third.slug == "berita-kota-2"
    fourth, created = import_file(store, write(tmp_path / "4.md", "# Berita Kota"))
    assert created and fourth.slug == "berita-kota-3"


def test_reimport_of_own_export_updates_in_place(store: ArticleStore, tmp_path: Path) -> None:
    """Importing an export into the same database changes nothing and duplicates nothing."""
    store.create_article(Article(headline="Satu", body="Isi.", published_at=datetime(
        2024, 1, 1, tzinfo=timezone.utc) + timedelta(hours=3)))
    export_articles(store, tmp_path / "a", "md")
    summary = import_paths(store, [tmp_path / "a"])
    assert (len(summary.created), len(summary.updated), len(summary.unchanged)) == (0, 0, 1)
    export_articles(store, tmp_path / "b", "md")
    assert_same_folders(tmp_path / "a", tmp_path / "b")
