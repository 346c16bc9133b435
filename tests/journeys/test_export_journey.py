"""Journey: export a finished story from the window and upload it — the web server can read it.

Issue 11, defect 7: the page and its photos were written 0600 (mkstemp), so after an upload a
web server (another account) answered 403. Played on the real app: the window exports the
article with its pictures, the app quits, and the files are read as another account would.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.journeys.conftest import Desk
from tests.journeys.test_restart import full_article, open_and_leave


def _read_as_nobody(path: Path) -> bool:
    """Return whether the unprivileged account 'nobody' can read ``path`` (root only)."""
    result = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                             "cat", str(path)], capture_output=True, timeout=30)
    return result.returncode == 0


@pytest.mark.slow
def test_exported_page_and_photos_are_readable_by_the_web_server(
        desk: Desk, request: pytest.FixtureRequest) -> None:
    article_id = desk.seed(lambda store: full_article(store, pictures=True))
    # Outside pytest's private tmp folder, so that another account can walk to it.
    shared = Path(tempfile.mkdtemp(prefix="unggah-"))
    request.addfinalizer(lambda: shutil.rmtree(shared, ignore_errors=True))
    os.chmod(shared, 0o755)
    out = shared / "unggah"
    out.mkdir()
    os.chmod(out, 0o755)
    open_and_leave(desk, article_id, "quit")  # the story the editor comes back to
    old_umask = os.umask(0o022)  # an ordinary desktop session's umask, inherited by the app
    try:
        app = desk.start()
    finally:
        os.umask(old_umask)
    assert app.eval("window.current_article.id") == article_id
    # The folder chooser is the one dialog a journey cannot click: answer it with ``out``.
    app.exec(f"window.exporting.export_folder = lambda: __import__('pathlib').Path({str(out)!r})")
    app.exec("window.action('export_html').trigger()")
    app.wait_until(f"any(__import__('pathlib').Path({str(out)!r}).glob('*.html'))")
    assert app.dialogs() == []
    assert app.quit() == 0

    pages = list(out.glob("*.html"))
    assert len(pages) == 1
    page = pages[0]
    html = page.read_text("utf-8")
    sources = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert len(sources) >= 2  # the featured photo and the one in the text
    files = [page, *(out / src for src in sources)]
    for path in files:
        assert path.is_file(), path
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o044 == 0o044, f"{path.name} is {oct(mode)}: a web server can't read it"
    for folder in {p.parent for p in files}:
        mode = stat.S_IMODE(folder.stat().st_mode)
        assert mode & 0o055 == 0o055, f"{folder} is {oct(mode)}"
    if os.geteuid() == 0 and shutil.which("setpriv"):
        for path in files:
            assert _read_as_nobody(path), f"another account cannot read {path}"
    # and the store stays private: the database is the desk's unpublished work
    assert stat.S_IMODE(desk.db.stat().st_mode) & 0o077 == 0
