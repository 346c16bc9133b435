"""The offline journal of a server desk: the server stops mid-typing, nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editorberita.core.domain import Article, ServerUnreachableError
from editorberita.core.store import open_store
from editorberita.core.store.journal import OfflineJournal


def test_server_stopped_mid_typing_then_back_loses_nothing(own_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = own_server.url(own_server.new_database())
    journal = OfflineJournal(tmp_path / "jurnal.sqlite3")
    mine = open_store(url)
    mine.editor = "Rina"
    theirs = open_store(url)
    theirs.editor = "Budi"
    try:
        article = mine.create_article(Article(headline="Banjir", body="awal"))
        shared = mine.create_article(Article(headline="Bersama", body="awal"))
        own_server.kill_for_test()
        typed = article.copy(body="diketik saat server mati")
        with pytest.raises(ServerUnreachableError, match="tidak bisa dihubungi"):
            mine.save_article(typed)
        journal.keep(mine.location, typed)
        journal.keep(mine.location, typed.copy(body="diketik lagi"))  # newest text wins
        journal.keep(mine.location, shared.copy(body="versi Rina"))
        assert [k.article.body for k in journal.pending(mine.location)] == [
            "diketik lagi", "versi Rina"]
        assert journal.replay(mine).stopped is not None  # still away: everything stays kept
        assert len(journal.pending(mine.location)) == 2
        own_server.restart_for_test()
        theirs.save_article(theirs.get_article(shared.id).copy(body="versi Budi"))
        report = journal.replay(mine)
        assert [a.body for a in report.saved] == ["diketik lagi"]
        assert mine.get_article(article.id).body == "diketik lagi"
        assert [c.theirs.body for c in report.conflicts if c.theirs] == ["versi Budi"]
        assert [k.article.body for k in journal.pending(mine.location)] == ["versi Rina"]
        journal.forget(mine.location, shared.id)  # the conflict dialog resolved it
        assert journal.pending(mine.location) == []
    finally:
        mine.close()
        theirs.close()


def test_a_kept_edit_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "jurnal.sqlite3"
    script = (
        "import os, signal, sys\n"
        "from editorberita.core.domain import Article\n"
        "from editorberita.core.store.journal import OfflineJournal\n"
        "j = OfflineJournal(sys.argv[1])\n"
        "j.keep('postgresql://a@h/m', Article(id=7, version=3, headline='x', body='aman'))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], timeout=60,
                            env={**os.environ})
    assert result.returncode == -signal.SIGKILL
    kept = OfflineJournal(path).pending("postgresql://a@h/m")
    assert [(k.article.id, k.base_version, k.article.body) for k in kept] == [(7, 3, "aman")]
