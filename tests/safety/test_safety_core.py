"""Revisions, thinning, conflicts, trash, read-only stores, locks, damaged files, restore CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editorberita.core import backup, health, revisions
from editorberita.core.domain import ConflictError, Status
from editorberita.core.export import export_article
from editorberita.core.lock import DatabaseLock
from editorberita.core.store import ArticleFilter, ArticleStore, ReadOnlyError, open_store

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


# ------------------------------------------------------------------ revisions


def test_autosave_reason_status_change_and_ten_minutes(store: ArticleStore) -> None:
    article = store.create_article(headline="A")
    assert revisions.autosave_reason(article, article, None, NOW) == revisions.AUTOSAVE
    recent = NOW - timedelta(minutes=9)
    assert revisions.autosave_reason(article, article, recent, NOW) is None
    assert revisions.autosave_reason(article, article, NOW - timedelta(minutes=10),
                                     NOW) == revisions.AUTOSAVE
    changed = article.copy(status=Status.READY)
    assert revisions.autosave_reason(article, changed, recent, NOW) == revisions.STATUS


def test_export_records_a_revision_once(store: ArticleStore, tmp_path: Path) -> None:
    article = store.create_article(headline="Ekspor", body="Isi")
    export_article(store, article, tmp_path / "out")
    export_article(store, article, tmp_path / "out")
    reasons = [r.reason for r in store.list_revisions(article.id or 0)]
    assert reasons == [revisions.EXPORT]


def test_word_diff_rebuilds_both_texts() -> None:
    old, new = "Banjir melanda Samarinda kemarin.", "Banjir besar melanda Samarinda pagi ini."
    parts = revisions.word_diff(old, new)
    assert "".join(p.text for p in parts if p.op != "delete") == new
    assert "".join(p.text for p in parts if p.op != "insert") == old
    assert revisions.diff_counts(parts) == (3, 1)


def test_restore_is_a_new_revision_and_undoable(store: ArticleStore) -> None:
    article = store.create_article(headline="Judul", body="versi satu")
    article = store.save_article(article.copy(body="versi dua"), revision_reason="manual",
                                 manual=True)
    first = store.add_revision(article.id or 0, "manual", manual=True,
                               snapshot=article.copy(body="versi satu"))
    restored = revisions.restore_revision(store, article, first)
    assert restored.body == "versi satu"
    history = store.list_revisions(article.id or 0)
    before = next(r for r in history if r.reason == revisions.BEFORE_RESTORE)
    assert before.snapshot.body == "versi dua"
    undone = revisions.restore_revision(store, restored, before)
    assert undone.body == "versi dua"


def test_thinning_policy_with_fake_times() -> None:
    ages = [(0, 1), (0, 5), (2, 1), (2, 3), (2, 9), (40, 2), (40, 4), (95, 0)]
    rows = [(rid, 7, NOW - timedelta(days=days, hours=hours))
            for rid, (days, hours) in enumerate(ages, start=1)]
    rows.append((100, 8, NOW - timedelta(days=2, hours=5)))  # another article, same day
    dropped = revisions.revisions_to_drop(rows, NOW)
    # last day: all kept; day 2: newest (smallest age: id 3) kept; day 40: id 6; 95 days: gone
    assert dropped == [4, 5, 7, 8]


def test_thinning_never_touches_manual_revisions(store: ArticleStore) -> None:
    article = store.create_article(headline="Tipis")
    manual = store.add_revision(article.id or 0, "manual", manual=True)
    auto = [store.add_revision(article.id or 0, "autosave") for _ in range(3)]
    later = datetime.now(timezone.utc) + timedelta(days=200)
    removed = revisions.thin_revisions(store, later)
    left = {r.id for r in store.list_revisions(article.id or 0)}
    assert removed == 3 and left == {manual.id} and all(a.id not in left for a in auto)


# ------------------------------------------------------------------ conflicts


def _conflict(db_path: Path) -> tuple[ArticleStore, ArticleStore, ConflictError]:
    one, two = open_store(db_path), open_store(db_path)
    article = one.create_article(headline="Rebutan", body="awal")
    mine = one.get_article(article.id or 0).copy(body="teks saya")
    two.save_article(two.get_article(article.id or 0).copy(body="teks mereka"))
    with pytest.raises(ConflictError) as caught:
        one.save_article(mine)
    return one, two, caught.value


def _all_bodies(store: ArticleStore, article_id: int) -> set[str]:
    bodies = {r.snapshot.body for r in store.list_revisions(article_id)}
    bodies |= {store.get_article(s.id).body for s in store.list_articles()}
    return bodies


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "save_copy"])
def test_two_stores_on_one_file_never_lose_a_text(db_path: Path, choice: str) -> None:
    one, two, conflict = _conflict(db_path)
    article_id = conflict.mine.id or 0
    try:
        if choice == "keep_mine":
            assert revisions.keep_mine(one, conflict).body == "teks saya"
        elif choice == "take_theirs":
            assert revisions.take_theirs(one, conflict).body == "teks mereka"
        else:
            assert revisions.save_copy(one, conflict, "Rebutan (salinan)").body == "teks saya"
        assert {"teks saya", "teks mereka"} <= _all_bodies(two, article_id)
    finally:
        one.close()
        two.close()


# ---------------------------------------------------------------------- trash


def test_trash_restore_returns_to_rubric_or_uncategorised(store: ArticleStore) -> None:
    kaltim = store.create_category("Kaltim")
    sport = store.create_category("Olahraga")
    a = store.create_article(headline="A", category_id=kaltim.id)
    b = store.create_article(headline="B", category_id=sport.id)
    store.trash_articles([a.id or 0, b.id or 0])
    assert store.count_articles(ArticleFilter(category_id=kaltim.id)) == 0
    store.delete_category(sport.id)
    store.restore_articles([a.id or 0, b.id or 0])
    assert store.get_article(a.id or 0).category_id == kaltim.id
    assert store.get_article(b.id or 0).category_id is None
    store.trash_articles([a.id or 0])
    assert store.empty_trash() == 1
    assert store.count_articles() == 1


# ---------------------------------------------------- read-only, lock, damage


def test_read_only_store_never_writes(store: ArticleStore) -> None:
    article = store.create_article(headline="Asli")
    before = store.db_path.read_bytes()
    reader = open_store(store.db_path, read_only=True)
    try:
        for attempt in (lambda: reader.save_article(article.copy(headline="X")),
                        lambda: reader.create_category("Baru"),
                        lambda: reader.trash_articles([article.id or 0]),
                        lambda: reader.add_revision(article.id or 0, "manual")):
            with pytest.raises(ReadOnlyError):
                attempt()
        assert reader.get_article(article.id or 0).headline == "Asli"
    finally:
        reader.close()
    assert store.db_path.read_bytes() == before


def test_second_process_cannot_take_the_lock(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    code = ("import sys; from editorberita.core.lock import DatabaseLock; "
            f"sys.exit(0 if DatabaseLock({str(db_path)!r}).acquire() else 3)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 3
    lock.release()
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 100:start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def _filled(db_path: Path) -> None:
    s = open_store(db_path)
    for n in range(60):
        s.create_article(headline=f"Berita {n}", body="kata " * 400, tags=[f"t{n}"])
    s.close()


def test_damaged_database_is_found_and_a_good_backup_offered(db_path: Path) -> None:
    _filled(db_path)
    good = backup.make_backup(db_path, "daily")
    _damage(db_path)
    problems = health.startup_problems(db_path)
    assert problems, "the damage went unnoticed"
    assert backup.newest_good_backup(db_path).path == good  # type: ignore[union-attr]
    safety = backup.restore_backup(db_path, good)
    assert safety.exists() and ("damaged" in safety.name or "restore" in safety.name)
    assert health.startup_problems(db_path) == []
    s = open_store(db_path)
    try:
        assert s.count_articles() == 60
    finally:
        s.close()


def test_header_damage_and_big_files_deferred(db_path: Path) -> None:
    _filled(db_path)
    assert health.startup_problems(db_path, sync_limit=10) is None
    data = bytearray(db_path.read_bytes())
    data[:16] = b"garbage garbage!"
    db_path.write_bytes(bytes(data))
    assert "bukan basis data" in str((health.startup_problems(db_path, sync_limit=10) or [""])[0])


def test_verified_daily_backup_keeps_good_copies_when_damaged(db_path: Path) -> None:
    _filled(db_path)
    first = backup.daily_backup_if_due(db_path, NOW, verify=True)
    _damage(db_path)
    with pytest.raises(backup.DamagedDatabaseError):
        backup.daily_backup_if_due(db_path, NOW + timedelta(days=1), verify=True)
    kinds = [b.kind for b in backup.list_backups(db_path)]
    assert first is not None and first.exists() and "damaged" in kinds


# ------------------------------------------------------------------------ CLI


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db), *args],
                          capture_output=True, text=True, check=False)


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path) -> None:
    s = open_store(db_path)
    s.create_article(headline="Sebelum")
    s.close()
    out = _cli("backup", db=db_path)
    assert out.returncode == 0, out.stderr
    saved = backup.list_backups(db_path)[0].path
    s = open_store(db_path)
    s.create_article(headline="Sesudah")
    s.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"bukan basis data")
    bad = _cli("restore", str(junk), db=db_path)
    assert bad.returncode == 1 and "editorberita:" in bad.stderr and "Traceback" not in bad.stderr
    with DatabaseLock(db_path) as lock:
        assert lock.acquire()
        busy = _cli("restore", str(saved), db=db_path)
        assert busy.returncode == 1 and "EditorBerita lain" in busy.stderr
    ok = _cli("restore", str(saved), db=db_path)
    assert ok.returncode == 0, ok.stderr
    s = open_store(db_path)
    try:
        assert [a.headline for a in s.list_articles()] == ["Sebelum"]
    finally:
        s.close()
    kinds = {b.kind for b in backup.list_backups(db_path)}
    assert "restore" in kinds  # the database as it was is kept
