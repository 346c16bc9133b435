"""The newsroom's record on the page (issue 16): corrections, right of reply, verification
notice, credits and "Baca juga"/"Berita terkait", in every export format."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from editorberita.core.checks import check_article
from editorberita.core.domain import Article, EditorBeritaError, Kind, Status, Zone
from editorberita.core.export import export_article, export_articles
from editorberita.core.newsroom import record_state
from editorberita.core.render import render_article_fragment
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.storylinks import read_also_markdown, story_ids

MOMENT = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)  # Selasa, 14.30 WITA
RALAT_AT = datetime(2024, 7, 23, 7, 10, tzinfo=timezone.utc)  # 15.10 WITA
RALAT_LINE = ("Ralat (Selasa, 23 Juli 2024, 15.10 WITA): Jumlah korban yang benar "
              "12 orang, bukan 21 orang.")


def make(store: ArticleStore, headline: str, **fields: object) -> Article:
    values: dict[str, object] = {"headline": headline, "body": f"Isi {headline}.",
                                 "published_at": MOMENT, "status": Status.PUBLISHED,
                                 "zone": Zone.WITA}
    values.update(fields)
    return store.create_article(Article(**values))  # type: ignore[arg-type]


def exports(store: ArticleStore, article: Article, folder: Path) -> dict[str, str]:
    return {fmt: export_article(store, store.get_article(article.id or 0), folder / fmt,
                                fmt).read_text("utf-8") for fmt in ("html", "fragment", "md")}


def front(markdown: str) -> dict[str, object]:
    return yaml.safe_load(markdown.split("---\n")[1])


# ---------------------------------------------------------------- corrections


def test_a_correction_is_printed_under_the_text_in_every_export(store: ArticleStore,
                                                                 tmp_path: Path) -> None:
    article = make(store, "Banjir Samarinda", status=Status.CORRECTED)
    store.add_correction(article.id or 0, "Jumlah korban yang benar 12 orang,\n bukan 21 orang.",
                         "Ahmad", when=RALAT_AT)
    out = exports(store, article, tmp_path)
    for fmt in ("html", "fragment"):
        text = re.sub(r"<[^>]+>", "", out[fmt])
        assert RALAT_LINE in text, fmt
        assert out[fmt].index('class="ralat"') > out[fmt].index('class="isi"')
    assert f"**{RALAT_LINE.replace('): ', '):** ')}" in out["md"]
    (record,) = front(out["md"])["corrections"]  # type: ignore[misc]
    assert record == {"date": "2024-07-23T15:10:00+08:00", "zone": "WITA",
                      "text": "Jumlah korban yang benar 12 orang, bukan 21 orang.", "by": "Ahmad",
                      "line": RALAT_LINE}


def test_a_correction_is_kept_in_the_store_and_refused_when_empty(db_path: Path) -> None:
    store = open_store(db_path)
    article = make(store, "Satu")
    store.add_correction(article.id or 0, "Nama yang benar Rina.", "Ahmad", when=RALAT_AT,
                         zone=Zone.WIB)
    with pytest.raises(EditorBeritaError, match="tidak boleh kosong"):
        store.add_correction(article.id or 0, "   ")
    store.close()
    store = open_store(db_path)
    (kept,) = store.corrections(article.id or 0)
    assert (kept.text, kept.author, kept.zone, kept.when_text) == (
        "Nama yang benar Rina.", "Ahmad", Zone.WIB, "Selasa, 23 Juli 2024, 14.10 WIB")
    store.close()


def test_status_ralat_needs_a_correction_record(store: ArticleStore) -> None:
    article = make(store, "Ralat tanpa catatan", status=Status.CORRECTED)
    codes = {p.code for p in check_article(article, record=record_state(store, article))}
    assert "correction_missing" in codes
    store.add_correction(article.id or 0, "Angka diperbaiki.", "Ahmad")
    codes = {p.code for p in check_article(article, record=record_state(store, article))}
    assert "correction_missing" not in codes


def test_text_changed_after_export_needs_a_correction(store: ArticleStore,
                                                      tmp_path: Path) -> None:
    article = make(store, "Diekspor", body="Korban 21 orang.")
    assert "unexplained_change" not in {p.code for p in check_article(
        article, record=record_state(store, article))}  # never exported: free to edit
    export_article(store, article, tmp_path, "html")
    same = store.save_article(article.copy(body="Korban 21  orang.\n"))
    assert "unexplained_change" not in {p.code for p in check_article(
        same, record=record_state(store, same))}  # spacing only
    changed = store.save_article(same.copy(body="Korban 12 orang."))
    problems = check_article(changed, record=record_state(store, changed))
    assert [p.field for p in problems if p.code == "unexplained_change"] == ["body"]
    store.add_correction(changed.id or 0, "Jumlah korban 12 orang.", "Ahmad")
    assert "unexplained_change" not in {p.code for p in check_article(
        changed, record=record_state(store, changed))}


def test_text_changed_after_a_send_needs_a_correction(store: ArticleStore) -> None:
    """A send (the store's send records and "send" revision, core.send) counts like an export."""
    from editorberita.core import revisions
    from editorberita.core.store import sends

    article = make(store, "Terkirim", body="Korban 21 orang.")
    sends.record_send(store, sends.SendInfo(article.id or 0, "Situs", 7, "https://situs/?p=7",
                                            "draft", "x", datetime.now(timezone.utc)))
    store.add_revision(article.id or 0, revisions.SEND)
    changed = store.save_article(article.copy(body="Korban 12 orang."))
    assert "unexplained_change" in {p.code for p in check_article(
        changed, record=record_state(store, changed))}


# ------------------------------------------------------------- right of reply


def test_right_of_reply_and_original_link_to_each_other(store: ArticleStore,
                                                        tmp_path: Path) -> None:
    original = make(store, "Proyek Jalan Mangkrak")
    reply = make(store, "Hak Jawab PT Maju atas Berita Proyek Jalan", kind=Kind.REPLY,
                 reply_to_id=original.id)
    summary = export_articles(store, tmp_path, "html", article_ids=[original.id, reply.id])
    assert summary.ok
    page_original, page_reply = (p.read_text("utf-8") for p in summary.written)
    assert f'href="{summary.written[1].name}"' in page_original
    assert "Hak jawab:</strong>" in page_original
    assert f'href="{summary.written[0].name}"' in page_reply
    assert "Hak jawab atas berita:</strong>" in page_reply
    assert '<p class="label">Hak Jawab</p>' in page_reply
    md = export_article(store, store.get_article(reply.id or 0), tmp_path / "md", "md")
    assert front(md.read_text("utf-8"))["reply_to"] == {
        "title": "Proyek Jalan Mangkrak", "url": "2024-07-23-proyek-jalan-mangkrak.md"}


# ---------------------------------------------------------- verification flag


def test_unverified_story_prints_the_standard_notice(store: ArticleStore,
                                                     tmp_path: Path) -> None:
    article = make(store, "Kabar Awal", unverified=True)
    out = exports(store, article, tmp_path)
    notice = "Berita ini masih memerlukan verifikasi lebih lanjut."
    for fmt in ("html", "fragment"):
        assert f'<p class="verifikasi"><em>({notice})</em></p>' in out[fmt]
    assert f"*({notice})*" in out["md"] and front(out["md"])["unverified"] is True
    plain = exports(store, make(store, "Kabar Pasti"), tmp_path / "pasti")
    assert all("verifikasi lebih lanjut" not in text for text in plain.values())


# -------------------------------------------------------------------- credits


def test_credits_writer_editor_and_initials(store: ArticleStore, tmp_path: Path) -> None:
    article = make(store, "Pasar Segiri", byline="Rina Wati", initials="rw", editor="Ahmad",
                   editor_initials="ed", body="Harga cabai naik.")
    out = exports(store, article, tmp_path)
    for fmt in ("html", "fragment"):
        assert ('<span class="kredit-naskah">Penulis: Rina Wati | Editor: Ahmad</span> · '
                '<time') in out[fmt].replace("\n", "")
        assert '<span class="initials">(rw/ed)</span>' in out[fmt]
    meta = front(out["md"])
    assert (meta["author"], meta["editor"], meta["initials"], meta["editor_initials"]) == (
        "Rina Wati", "Ahmad", "rw", "ed")
    written = store.save_article(store.get_article(article.id or 0).copy(
        body="Harga cabai naik. (rw/ed)"))
    assert render_article_fragment(written).count("(rw/ed)") == 1  # never twice


def test_credit_line_without_editor(store: ArticleStore) -> None:
    html = render_article_fragment(Article(headline="x", byline="Rina Wati", initials="rw"))
    assert '<span class="penulis">Rina Wati</span>' in html  # as before: no editor, no label
    assert "kredit-naskah" not in html
    assert "(rw)" in html and "(rw/" not in html


# ---------------------------------------------------------------- related


def test_read_also_links_resolve_to_exported_names(store: ArticleStore, tmp_path: Path) -> None:
    old = make(store, "Banjir Pertama", published_at=MOMENT - timedelta(days=4))
    body = f"Paragraf satu.\n\n{read_also_markdown(old.headline, old.id or 0)}\n\nPenutup."
    assert story_ids(body) == [old.id]
    article = make(store, "Banjir Kedua", body=body)
    out = exports(store, article, tmp_path)
    link = '<strong>Baca juga:</strong> <a href="2024-07-19-banjir-pertama.html"'
    assert link in out["html"] and link in out["fragment"]  # the page it will have
    assert "**Baca juga:** [Banjir Pertama](<2024-07-19-banjir-pertama.md>)" in out["md"]
    assert "artikel:" not in "".join(out.values())
    # Once the old story was exported (under another name: the slug's file was taken), the
    # link follows the file actually written.
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "2024-07-19-banjir-pertama.html").write_text("milik orang lain")
    written = export_article(store, old, tmp_path / "x", "html")
    assert written.name == "2024-07-19-banjir-pertama-2.html"
    again = export_article(store, store.get_article(article.id or 0), tmp_path / "x", "html")
    assert 'href="2024-07-19-banjir-pertama-2.html"' in again.read_text("utf-8")


def test_a_sent_story_is_linked_by_its_url(store: ArticleStore, tmp_path: Path) -> None:
    from editorberita.core.store import sends

    old = make(store, "Terkirim")
    article = make(store, "Baru", body=read_also_markdown(old.headline, old.id or 0))
    sends.record_send(store, sends.SendInfo(old.id or 0, "Situs", 9,
                                            f"https://situs.example/?p={old.id}", "publish",
                                            "x", datetime.now(timezone.utc)))
    page = export_article(store, article, tmp_path, "html").read_text("utf-8")
    assert f'href="https://situs.example/?p={old.id}"' in page


def test_related_strip_picks_first_then_newest_of_rubric_and_tags(store: ArticleStore,
                                                                  tmp_path: Path) -> None:
    rubric = store.create_category("Seputar Kaltim")
    other = store.create_category("Olahraga")
    day = timedelta(days=1)
    pick = make(store, "Pilihan Redaksi Lama", category_id=other.id, published_at=MOMENT - 30 * day)
    make(store, "Sama Rubrik Lama", category_id=rubric.id, published_at=MOMENT - 9 * day)
    make(store, "Sama Rubrik Baru", category_id=rubric.id, published_at=MOMENT - 4 * day)
    make(store, "Sama Tag", category_id=other.id, tags=["Banjir"], published_at=MOMENT - 2 * day)
    make(store, "Draf Sama Rubrik", category_id=rubric.id, status=Status.DRAFT)
    make(store, "Lain Sama Sekali", category_id=other.id, published_at=MOMENT - day)
    trashed = make(store, "Dibuang", category_id=rubric.id)
    store.trash_articles([trashed.id or 0])
    article = make(store, "Banjir Lagi", category_id=rubric.id, tags=["banjir"],
                   body=f"Isi.\n\n{read_also_markdown(pick.headline, pick.id or 0)}")
    page = export_article(store, article, tmp_path, "html").read_text("utf-8")
    strip = page[page.index('<nav class="terkait"'):page.index("</nav>")]
    titles = re.findall(r'<a href="[^"]+">([^<]+)</a>', strip)
    assert titles == ["Pilihan Redaksi Lama", "Sama Tag", "Sama Rubrik Baru",
                      "Sama Rubrik Lama"]
    assert '<time datetime="2024-07-19T14:30:00+08:00">Jumat, 19 Juli 2024</time>' in strip
    assert "ago" not in strip and "lalu" not in strip  # absolute dates on a static page
    md = export_article(store, article, tmp_path, "md").read_text("utf-8")
    assert [r["title"] for r in front(md)["related"]] == titles  # type: ignore[union-attr]
    fragment = export_article(store, article, tmp_path, "fragment").read_text("utf-8")
    assert "terkait" not in fragment  # the strip belongs to the page, not the CMS body


def test_hostile_record_text_stays_text_in_every_export(store: ArticleStore,
                                                        tmp_path: Path) -> None:
    evil = '<script>alert(1)</script> [klik](javascript:alert(2)) <img src=x onerror=alert(3)>'
    original = make(store, evil, editor=evil, status=Status.CORRECTED)
    store.add_correction(original.id or 0, evil, evil)
    make(store, "Balasan", kind=Kind.REPLY, reply_to_id=original.id)
    out = exports(store, original, tmp_path)
    md_body = out["md"].split("---\n", 2)[2]  # front matter holds the data as it is
    for fmt, text in (("html", out["html"]), ("fragment", out["fragment"]), ("md", md_body)):
        assert "<script>alert(1)" not in text and "<img src=x" not in text, fmt
        assert 'href="javascript' not in text.lower(), fmt
    assert "](javascript:" not in md_body  # the record's text makes no Markdown link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out["md"]  # shown, as text
    assert front(out["md"])["corrections"][0]["text"] == " ".join(evil.split())


def test_our_markdown_imports_back_with_credits_and_without_the_record_lines(
        store: ArticleStore, tmp_path: Path) -> None:
    from editorberita.core.importer import import_file

    original = make(store, "Pulang Pergi", body="Paragraf satu.\n\nParagraf dua.",
                    byline="Rina Wati", initials="rw", editor="Ahmad", editor_initials="ed",
                    unverified=True, status=Status.CORRECTED)
    store.add_correction(original.id or 0, "Angka diperbaiki.", "Ahmad")
    make(store, "Balasan", kind=Kind.REPLY, reply_to_id=original.id)
    md = export_article(store, original, tmp_path, "md")
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        imported, created = import_file(other, md)
        assert created
        assert imported.body == original.body
        assert (imported.editor, imported.editor_initials, imported.unverified) == (
            "Ahmad", "ed", True)
    finally:
        other.close()


def test_the_preview_reads_a_record_in_a_few_statements_however_many_stories_it_links(
        store: ArticleStore) -> None:
    """The window reads the record at every article opened (``ui.session.record_of``): the
    linked stories' sends and exports are read together, not two queries per story."""
    from sqlalchemy import event

    from editorberita.core.export import export_filename
    from editorberita.core.newsroom import RecordReader

    rubric = store.create_category("Seputar Kaltim")
    day = timedelta(days=1)
    stories = [make(store, f"Berita {n}", category_id=rubric.id, tags=["banjir"],
                    published_at=MOMENT - n * day) for n in range(1, 7)]
    article = make(store, "Banjir Lagi", category_id=rubric.id, tags=["Banjir"],
                   body=f"Isi.\n\n{read_also_markdown(stories[-1].headline, stories[-1].id or 0)}")
    statements: list[str] = []

    def counted(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", counted)
    try:
        record = RecordReader(store, "html", None, export_filename).gather(article)
    finally:
        event.remove(store.engine, "before_cursor_execute", counted)
    assert [link.headline for link in record.related] == [
        "Berita 6", "Berita 1", "Berita 2", "Berita 3", "Berita 4"]
    assert len(statements) <= 10, "\n".join(statements)
