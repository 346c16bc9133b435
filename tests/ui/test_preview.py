"""The live preview: export HTML, debounced updates, hidden-pane laziness, links, images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from editorberita.core.domain import Article
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.preview import PreviewPane


def _article(body: str) -> Article:
    return Article(headline="Banjir Samarinda", byline="Rina", body=body, dateline="Samarinda",
                   initials="rw")


def _long_body(paragraphs: int = 60) -> str:
    return "\n\n".join(f"Paragraf {i} tentang banjir di Samarinda yang meluas ke kota. " * 4
                       for i in range(paragraphs))


def _show(preview: PreviewPane, qtbot: QtBot, article: Article) -> None:
    """Open an article in the preview and wait for the pool thread's rendering to show."""
    with qtbot.waitSignal(preview.updated, timeout=5000):
        preview.show_article(article)


@pytest.fixture
def preview(qtbot: QtBot) -> PreviewPane:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    return pane


def _signature(doc: QTextDocument) -> list[tuple[object, ...]]:
    out = []
    block = doc.begin()
    while block.isValid():
        f = block.blockFormat()
        # Trailing spaces at the end of a paragraph are invisible and may differ.
        out.append((block.text().rstrip(" "), f.headingLevel(), round(f.topMargin()),
                    round(f.bottomMargin()), round(f.leftMargin()), f.indent(),
                    f.nonBreakableLines()))
        block = block.next()
    return out


def test_preview_follows_typing(preview: PreviewPane, qtbot: QtBot) -> None:
    """Typing Markdown in the editor reaches the preview after the debounce."""
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.text_edited.connect(lambda: preview.schedule_article(_article(editor.markdown())))
    _show(preview, qtbot, _article(""))
    qtbot.keyClicks(editor, "## Air naik")
    for _ in range(2):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Warga **mengungsi**.")
    qtbot.waitUntil(lambda: "mengungsi" in preview.toPlainText(), timeout=3000)
    html = preview.toHtml()
    assert "Air naik" in preview.toPlainText()
    assert "font-weight:700" in html or "font-weight:600" in html
    assert "SAMARINDA" in preview.toPlainText()  # dateline, as the export places it


def test_preview_patch_equals_fresh_document(preview: PreviewPane, qtbot: QtBot) -> None:
    """Patching changed paragraphs gives the same document as rendering from scratch."""
    body = ("Intro \"kutip\" di sini.\n\n## Judul\n\n- satu\n- dua\n\n> kata dia\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nkode\n\nlagi\n```\n\nAkhir.")
    _show(preview, qtbot, _article(body))
    fresh = PreviewPane()
    qtbot.addWidget(fresh)
    fresh.show()
    edits = [body.replace("satu", "satu x"), body.replace("## Judul", "## Judul\n\nBaru"),
             body.replace("> kata dia\n\n", ""), body.replace("Akhir.", "Akhir.\n\n- z"),
             body.replace("Intro", "\"Mulai\"")]
    for edited in edits:
        renders = preview.renders
        preview.schedule_article(_article(edited))
        qtbot.waitUntil(lambda r=renders: preview.renders > r and not preview.is_stale(),
                        timeout=3000)
        _show(fresh, qtbot, _article(edited))
        assert _signature(preview.document()) == _signature(fresh.document())


def test_preview_does_not_render_while_hidden(preview: PreviewPane, qtbot: QtBot) -> None:
    """A hidden preview skips rendering and catches up when shown again."""
    _show(preview, qtbot, _article("Awal."))
    preview.hide()
    renders = preview.renders
    preview.schedule_article(_article("Kemudian berubah."))
    qtbot.wait(400)
    assert preview.renders == renders
    assert "Awal" in preview.toPlainText()
    preview.show()
    qtbot.waitUntil(lambda: "berubah" in preview.toPlainText(), timeout=3000)


def test_preview_keeps_scroll_position(preview: PreviewPane, qtbot: QtBot) -> None:
    body = _long_body()
    _show(preview, qtbot, _article(body))
    bar = preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=3000)
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    renders = preview.renders
    preview.schedule_article(_article(body.replace("Paragraf 50 ", "Paragraf lima puluh ")))
    qtbot.waitUntil(lambda: preview.renders > renders, timeout=3000)
    assert "lima puluh" in preview.toPlainText()
    assert bar.value() == value


def test_preview_scroll_sync_both_ways(preview: PreviewPane, qtbot: QtBot) -> None:
    """The editor's line brings its paragraph to the top; scrolling reports the line back."""
    body = _long_body()
    _show(preview, qtbot, _article(body))
    line = body.split("\n").index(next(x for x in body.split("\n") if x.startswith("Paragraf 30")))
    preview.scroll_to_source_line(line)
    assert preview.verticalScrollBar().value() > 0
    assert preview.source_line_at_top() == line
    with qtbot.waitSignal(preview.line_visible) as blocker:
        preview.verticalScrollBar().setValue(0)
    assert blocker.args == [0]


def test_preview_link_opens_outside(preview: PreviewPane, qtbot: QtBot,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Clicking a link hands it to the system browser and leaves the preview as it was."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    _show(preview, qtbot, _article("Lihat [situs](https://contoh.id/berita)."))
    before = preview.toHtml()
    preview.anchorClicked.emit(QUrl("https://contoh.id/berita"))
    assert opened == [QUrl("https://contoh.id/berita")]
    assert preview.toHtml() == before
    assert preview.source() == QUrl()


def test_preview_never_loads_remote_images(preview: PreviewPane, qtbot: QtBot) -> None:
    """http(s) pictures are never fetched; asset: pictures come from the loader hook."""
    requested: list[str] = []

    def loader(key: str) -> bytes | None:
        requested.append(key)
        return None

    preview.asset_loader = loader
    _show(preview, qtbot, _article("![a](https://contoh.id/a.png)\n\n![b](asset:7)"))
    preview.grab()  # paint, which is when images are asked for
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl("https://contoh.id/a.png")) is None
    assert "7" in requested


def _image(preview: PreviewPane, url: str) -> object:
    return preview.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))


def test_preview_shows_a_placeholder_until_pictures_can_load_then_the_picture(
        preview: PreviewPane, qtbot: QtBot) -> None:
    """Start-up renders before the store is open: no loader yet means a placeholder, never an
    error; once the loader comes the document is rebuilt with the picture (issue 11)."""
    from tests.photos import encode, scene

    photo = encode(scene(300, 200))
    _show(preview, qtbot, _article("Awal.\n\n![a](asset:7)\n\nAkhir."))
    preview.grab()
    placeholder = _image(preview, "asset:7")
    assert placeholder is not None and placeholder.width() / placeholder.height() != 1.5
    with qtbot.waitSignal(preview.updated, timeout=5000):
        preview.set_asset_loader(lambda key: photo if key == "7" else None)
    preview.grab()
    picture = _image(preview, "asset:7")
    assert (picture.width(), picture.height()) == (300, 200)


def test_preview_goes_on_after_a_loader_that_fails(preview: PreviewPane, qtbot: QtBot) -> None:
    def broken(key: str) -> bytes | None:
        raise AttributeError("no store")

    preview.set_asset_loader(broken)
    _show(preview, qtbot, _article("Awal.\n\n![a](asset:7)"))
    preview.grab()
    with qtbot.waitSignal(preview.updated, timeout=5000):
        preview.schedule_article(_article("Awal diubah.\n\n![a](asset:7)"))
    assert "Awal diubah." in preview.toPlainText()
