"""``editorberita site …``, ``send`` and ``export --format wxr`` as a user runs them, against
the real WordPress of tests/wpsite.py (subprocesses, the real store file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorberita.core.store import open_store, sends
from tests.core.send.helpers import story
from tests.core.send.wxrcheck import problems

pytestmark = pytest.mark.slow


def _run(db: Path, *args: str, password: str | None = None,
         stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the real keyring
    env.pop("EDITORBERITA_SITE_PASSWORD", None)
    if password is not None:
        env["EDITORBERITA_SITE_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, env=env, input=stdin)


def test_site_add_list_test_send_update_and_wxr(wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "berita.sqlite3"
    store = open_store(db)
    article = story(store, slug="cli", seed=51)
    store.close()
    password = wordpress.passwords["redaksi"]

    refused = _run(db, "site", "add", "Situs Kaltim", "--url", wordpress.url, "--user",
                   "redaksi")
    assert refused.returncode == 1 and "http:// tanpa enkripsi" in refused.stderr
    added = _run(db, "site", "add", "Situs Kaltim", "--url", wordpress.url, "--user", "redaksi",
                 "--local", "--password-stdin", stdin=password + "\n")
    assert added.returncode == 0, added.stderr
    assert "gantungan kunci sistem tidak tersedia" in added.stderr  # and it says what to do
    assert password not in (tmp_path / "userdata" / "sites.json").read_text()
    listed = _run(db, "site", "list")
    assert f"Situs Kaltim\t{wordpress.url}\tredaksi (lokal)" in listed.stdout

    tested = _run(db, "site", "test", "Situs Kaltim", password=password)
    assert tested.returncode == 0, tested.stderr
    assert "REST API di" in tested.stdout and "boleh terbit: ya" in tested.stdout

    no_password = _run(db, "send", "--site", "Situs Kaltim", "--id", str(article.id))
    assert no_password.returncode == 1 and "EDITORBERITA_SITE_PASSWORD" in no_password.stderr
    sent = _run(db, "send", "--site", "Situs Kaltim", "--id", str(article.id), password=password)
    assert sent.returncode == 0, sent.stderr
    assert "dibuat (draft), 2 gambar diunggah" in sent.stdout
    again = _run(db, "send", "--site", "Situs Kaltim", "--id", str(article.id),
                 password=password)
    assert "diperbarui (draft), 0 gambar diunggah" in again.stdout
    store = open_store(db, read_only=True)
    (record,) = sends.sends_of(store, article.id)
    assert sends.outbox(store) == []
    store.close()
    assert f"pos #{record.post_id} diperbarui" in again.stdout

    out = tmp_path / "kiriman.xml"
    exported = _run(db, "export", "--format", "wxr", "--out", str(out), "--id", str(article.id))
    assert exported.returncode == 0, exported.stderr
    assert "1 artikel, 2 gambar" in exported.stdout
    assert problems(out.read_bytes()) == []

    removed = _run(db, "site", "remove", "Situs Kaltim")
    assert removed.returncode == 0 and "dihapus" in removed.stdout
