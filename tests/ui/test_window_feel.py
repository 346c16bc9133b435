"""Issue 12, the rest of the window: desk words, honest messages, dark mode, one clock."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editorberita.ui.metadata import MetadataPanel

JARGON = ("Slug", "Kunci", "Dateline", "Judul SEO")


def test_the_form_speaks_desk_words_with_tooltips(qtbot, indonesian) -> None:  # type: ignore[no-untyped-def]
    form = MetadataPanel({})
    qtbot.addWidget(form)
    form.set_more_fields_visible(True)
    texts = [label.text() for label in form.more_box.findChildren(QLabel)]
    texts.append(form.slug_lock.text())
    for word in JARGON:
        assert not any(word in text for text in texts), (word, texts)
    by_text = {label.text(): label for label in form.more_box.findChildren(QLabel)}
    for label in ("Alamat web", "Tempat berita", "Judul di mesin pencari"):
        assert by_text[label].toolTip(), label
    assert "SAMARINDA" in form.dateline_edit.toolTip()


def test_open_in_browser_without_a_browser_says_so(qtbot, window, store, answers) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no browser to start, like a PC without one."""
    from editorberita.core.domain import Article

    article = store.create_article(Article(headline="Banjir", body="Isi."))
    window.load()
    window.open_article(article.id)
    window.action("open_browser").trigger()
    kind, (_title, text) = answers["shown"][-1]
    assert kind == "warning" and "pratinjau.html" in text


