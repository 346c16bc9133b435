"""CLI of the newsroom's record (commands/record.py): ralat, kredit, profil, in a real process."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import yaml

from editorberita.core.domain import Article, Kind, Status
from editorberita.core.store import open_store
from tests.test_cli import run


def _seed(db: Path) -> tuple[int, int]:
    store = open_store(db)
    moment = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)
    one = store.create_article(Article(headline="Banjir", body="Isi.", byline="Rina Wati",
                                       initials="rw", status=Status.PUBLISHED,
                                       published_at=moment))
    two = store.create_article(Article(headline="Tanggapan", body="Isi.", published_at=moment,
                                       status=Status.PUBLISHED))
    store.close()
    return one.id or 0, two.id or 0


def test_correction_credits_and_profile_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    one, two = _seed(db)
    result = run("--db", db, "ralat", one, "Korban 12 orang.", "--oleh", "Ahmad",
                 "--waktu", "2024-07-23T15:10")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"Artikel #{one}: Ralat (Selasa, 23 Juli 2024, "
                                     f"15.10 WITA): Korban 12 orang.")
    result = run("--db", db, "kredit", one, "--editor", "Ahmad", "--inisial-editor", "ed",
                 "--belum-terverifikasi")
    assert result.stdout.strip() == f"Artikel #{one}: Penulis: Rina Wati | Editor: Ahmad (rw/ed)"
    assert run("--db", db, "kredit", two, "--hak-jawab-atas", one).returncode == 0
    assert "nama: Kaltim Hari Ini" in run("--db", db, "profil", "--nama",
                                          "Kaltim Hari Ini").stdout
    store = open_store(db)
    article = store.get_article(one)
    assert (article.status, article.editor, article.editor_initials, article.unverified) == (
        Status.CORRECTED, "Ahmad", "ed", True)
    reply = store.get_article(two)
    assert (reply.kind, reply.reply_to_id) == (Kind.REPLY, one)
    store.close()
    out = tmp_path / "md"
    assert run("--db", db, "export", "--format", "md", "--id", one, "--out", out).returncode == 0
    (page,) = out.glob("*.md")
    meta = yaml.safe_load(page.read_text("utf-8").split("---\n")[1])
    assert meta["editor"] == "Ahmad" and meta["corrections"][0]["text"] == "Korban 12 orang."
    assert meta["replies"][0]["title"] == "Tanggapan"


def test_bad_record_commands_say_why_in_indonesian(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    one, _two = _seed(db)
    empty = run("--db", db, "ralat", one, "  ")
    assert empty.returncode == 1 and "Isi ralat tidak boleh kosong" in empty.stderr
    missing = run("--db", db, "ralat", 999, "x")
    assert missing.returncode == 1 and "#999 tidak ditemukan" in missing.stderr
    itself = run("--db", db, "kredit", one, "--hak-jawab-atas", one)
    assert itself.returncode == 1 and "dirinya sendiri" in itself.stderr
    store = open_store(db)
    assert store.corrections(one) == []
    store.close()
