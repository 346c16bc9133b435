"""Restart journeys: the editor reopens the app on the article they were writing.

What the window shows after a restart must be what the store holds, field by field, whether
the app was quit (Ctrl+Q) or killed (SIGKILL), and in a read-only second instance; the next
keystroke must save only what was typed (issue 11, defects 1 and 2).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from editorberita.core.domain import Article, Kind, Status, Zone
from editorberita.core.store import ArticleStore
from tests.journeys.conftest import Desk

ADDED = " Tambahan sesudah mulai ulang."


def _photo(seed: int) -> bytes:
    from tests.photos import encode, scene

    return encode(scene(480, 320, detail=True, seed=seed))  # the seed changes the grass only


def full_article(store: ArticleStore, pictures: bool = True) -> int:
    """Store an article that uses every field the start-up path shows; return its id.

    Without ``pictures`` the start-up path differs: the preview saved at closing is shown.
    """
    parent = store.create_category("Liputan Daerah")
    store.create_category("Kukar", parent.id)
    child = store.create_category("Tenggarong", parent.id)
    store.create_category("Wisata Alam")
    inline = store.add_asset(_photo(3), "image/jpeg", width=480, height=320,
                             caption="Air setinggi lutut di Jalan Antasari.",
                             credit="Foto: Rina", alt_text="Jalan tergenang")
    featured = store.add_asset(_photo(9), "image/jpeg", width=480, height=320,
                               caption="Warga mengungsi.", credit="Foto: Budi",
                               alt_text="Pengungsi")
    from editorberita.core.pictures import picture_markdown

    article = store.create_article(Article(
        headline="Banjir rendam tiga kelurahan di Samarinda",
        subheadline="Hujan deras sejak subuh",
        slug="banjir-samarinda-tetap", slug_locked=True,
        category_id=child.id, status=Status.REVIEW,
        body=("Hujan deras sejak subuh merendam tiga kelurahan.\n\n"
              + (f"{picture_markdown(inline)}\n\n" if pictures else "")
              + "Warga diminta waspada."),
        lead="Tiga kelurahan terendam.", byline="Rina Wati", initials="rw",
        dateline="Samarinda", published_at=datetime(2026, 5, 4, 9, 30, tzinfo=Zone.WIB.tzinfo),
        zone=Zone.WIB, tags=["banjir", "kaltim"], seo_title="Banjir Samarinda",
        seo_description="Banjir di Samarinda.",
        featured_asset_id=featured.id if pictures else None,
        kind=Kind.ADVERTORIAL))
    assert article.id is not None
    return article.id


def stored_fields(desk: Desk, article_id: int) -> dict[str, Any]:
    """Return the stored article as the driver's ``form()`` reports the form's values."""
    with desk.store() as store:
        a = store.get_article(article_id)
        pictures = sorted(p.id for p in _article_pictures(store, a))
    return {
        "headline": a.headline, "subheadline": a.subheadline, "category_id": a.category_id,
        "status": a.status.value,
        "published_at": a.published_at.astimezone(a.zone.tzinfo).isoformat()
        if a.published_at else None,
        "zone": a.zone.value, "tags": list(a.tags), "byline": a.byline,
        "initials": a.initials, "dateline": a.dateline, "kind": a.kind.value, "slug": a.slug,
        "slug_locked": a.slug_locked, "lead": a.lead, "body": a.body,
        "featured_asset_id": a.featured_asset_id, "pictures": pictures,
        "version": a.version,
    }


def _article_pictures(store: ArticleStore, article: Article) -> list[Any]:
    from editorberita.core.pictures import article_pictures

    return list(article_pictures(store, article))


def shown_fields(form: dict[str, Any]) -> dict[str, Any]:
    """Return the form's values in the shape of ``stored_fields`` (without the version)."""
    values = dict(form["values"])
    values["pictures"] = sorted(form["pictures"])
    return values


def assert_window_shows_stored(desk: Desk, form: dict[str, Any], article_id: int) -> None:
    stored = stored_fields(desk, article_id)
    stored.pop("version")
    assert form["article_id"] == article_id
    assert shown_fields(form) == stored
    assert form["rubric_text"] == "Liputan Daerah / Tenggarong"
    assert form["slug_text"] == "banjir-samarinda-tetap"


def open_and_leave(desk: Desk, article_id: int, ending: str) -> None:
    """First session: open the article, then quit (Ctrl+Q) or get killed."""
    app = desk.start()
    app.exec(f"window.open_article({article_id})")
    app.wait_until(f"window.current_article.id == {article_id} and not window.is_dirty")
    if ending == "quit":
        assert app.quit() == 0
    else:
        wait_for_setting(desk, f"last_article={article_id}")
        app.kill()
    assert app.dialogs() == [] if app.running else True


def wait_for_setting(desk: Desk, line: str, timeout: float = 20) -> None:
    """Wait until Qt has written a setting to the desk's settings file (it does so by itself)."""
    conf = Path(desk.env["XDG_CONFIG_HOME"]) / "EditorBerita" / "EditorBerita.conf"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if conf.exists() and line in conf.read_text(encoding="utf-8"):
            return
        time.sleep(0.05)
    raise AssertionError(f"{line} never reached {conf}")


@pytest.mark.slow
@pytest.mark.parametrize(("ending", "pictures"),
                         [("quit", True), ("kill", True), ("quit", False)],
                         ids=["quit", "sigkill", "quit-saved-preview"])
def test_reopen_shows_every_stored_field_and_keeps_them_while_editing(
        desk: Desk, ending: str, pictures: bool, qapp: object) -> None:
    article_id = desk.seed(lambda store: full_article(store, pictures))
    before = stored_fields(desk, article_id)
    open_and_leave(desk, article_id, ending)

    app = desk.start()
    assert_window_shows_stored(desk, app.form(), article_id)
    assert not app.eval("window.editor.isReadOnly()")
    assert app.eval("[n for n in ('new_article', 'new_rubric', 'picture_library', "
                    "'check_article', 'backups', 'export_html', 'copy_html') "
                    "if not window.action(n).isEnabled()]") == []
    app.screenshot(f"restart-{ending}-{'pictures' if pictures else 'text'}.png")

    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(ADDED)
    app.wait_until("not window.is_dirty and window.status_line.saved_label.text() != ''")
    after_typing = app.form()
    assert app.dialogs() == []
    if ending == "quit":
        assert app.quit() == 0
    else:
        app.kill()

    now = stored_fields(desk, article_id)
    assert now["body"] == before["body"] + ADDED
    assert now["version"] > before["version"]
    for name in before:
        if name not in ("body", "version"):
            assert now[name] == before[name], f"{name} changed by typing after a restart"
    assert after_typing["rubric_text"] == "Liputan Daerah / Tenggarong"

    # And the next start shows the article as saved, once more.
    app = desk.start()
    assert_window_shows_stored(desk, app.form(), article_id)
    assert app.dialogs() == []
    assert app.quit() == 0


@pytest.mark.slow
def test_read_only_second_instance_shows_every_stored_field(desk: Desk, qapp: object) -> None:
    article_id = desk.seed(full_article)
    first = desk.start()
    first.exec(f"window.open_article({article_id})")
    first.wait_until(f"window.current_article.id == {article_id}")
    wait_for_setting(desk, f"last_article={article_id}")

    second = desk.start()
    assert second.eval("window.store.read_only")
    assert second.eval("window.findChild(QWidget, 'read_only_banner') is not None")
    assert_window_shows_stored(desk, second.form(), article_id)
    second.screenshot("restart-read-only-second.png")
    assert second.dialogs() == []
    assert second.quit() == 0

    # The first window goes on editing, and the rubric is still there.
    first.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    first.type(ADDED)
    first.wait_until("not window.is_dirty")
    assert first.quit() == 0
    now = stored_fields(desk, article_id)
    assert now["category_id"] is not None and now["body"].endswith(ADDED)


PREVIEW_PICTURES = """[(doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(f)).width(),
  doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(f)).height())
 for doc in [window.preview.document()]
 for f in sorted({frag.charFormat().toImageFormat().name()
                  for b in [doc.begin()] for _ in [0]
                  for frag in _fragments(doc) if frag.charFormat().isImageFormat()})]"""
FRAGMENTS = """
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

def _fragments(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()
"""


def assert_real_picture(sizes: list[list[int]]) -> None:
    """The featured photo and the one in the text, each with its 3:2 shape (a placeholder
    is 16:9)."""
    assert len(sizes) == 2, sizes
    for width, height in sizes:
        assert height and abs(width / height - 1.5) < 0.05, sizes


@pytest.mark.slow
def test_restart_on_a_picture_article_shows_it_and_the_preview_stays_live(
        desk: Desk, qapp: object) -> None:
    article_id = desk.seed(full_article)
    open_and_leave(desk, article_id, "quit")

    app = desk.start()
    app.exec(FRAGMENTS)
    assert app.dialogs() == []
    assert_real_picture(app.eval(PREVIEW_PICTURES))
    preview = app.form()["preview"]
    assert "Hujan deras sejak subuh" in preview and "Air setinggi lutut" in preview  # caption
    app.screenshot("restart-picture-article.png")

    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(" Kalimat baru di pratinjau.")
    app.wait_until("'Kalimat baru di pratinjau.' in window.preview.toPlainText()")
    assert_real_picture(app.eval(PREVIEW_PICTURES))
    assert app.dialogs() == []
    assert app.quit() == 0
