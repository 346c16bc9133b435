"""New articles (ui/newarticle.py): from a template, with the editor's own defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from editorberita.core.domain import Kind
from editorberita.ui.viewkey import ViewKey


def test_new_article_from_a_template(qtbot, window, answers, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set("article/default_zone", "WIB")
    window.findChild(QMenu, "template_menu").actions()[-1].trigger()  # Advertorial
    article = window.session.compose()
    assert article.kind == Kind.ADVERTORIAL
    assert article.body.startswith("[Tulis isi advertorial")
    assert article.zone.value == "WIB"
    assert window.metadata.kind_combo.currentText() == "Advertorial"


def test_a_new_article_starts_with_the_editors_byline_initials_and_rubric(
        qtbot, window, store, settings) -> None:  # type: ignore[no-untyped-def]
    store.create_category("Samarinda")
    balikpapan = store.create_category("Balikpapan")
    settings.set("editor/byline", "Rina Wati")
    settings.set("editor/initials", "rw")
    settings.set("editor/default_rubric", balikpapan.id)
    window.load()
    window.sidebar.select_key(ViewKey.of_view("all"))
    window.action("new_article").trigger()
    article = window.current_article
    assert (article.byline, article.initials, article.category_id) == (
        "Rina Wati", "rw", balikpapan.id)
    assert window.metadata.initials_edit.text() == "rw"
    # A rubric chosen in the sidebar wins over the default one.
    samarinda = store.find_category('Samarinda', any_parent=True)
    window.sidebar.select_key(ViewKey.of_rubric(samarinda.id))
    window.action("new_article").trigger()
    assert window.current_article.category_id != balikpapan.id
    assert window.current_article.initials == "rw"
