"""The sidebar view, the article list pane and the metadata panel as widgets."""

from __future__ import annotations

from datetime import datetime

import pytest

from editorberita.core.domain import Article, Status, Zone
from editorberita.ui.articlelist import ArticleListPane
from editorberita.ui.articlemodel import ArticleListModel
from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.sidebar import SidebarView
from editorberita.ui.sidebarmodel import SidebarModel
from editorberita.ui.viewkey import GROUP, ViewKey
from tests.ui.conftest import OpenStore

pytestmark = pytest.mark.usefixtures("indonesian")


def test_sidebar_view_emits_key_and_keeps_selection_across_reload(qtbot, store) -> None:
    rubric = store.create_category("Politik")
    model = SidebarModel(store)
    view = SidebarView(model)
    qtbot.addWidget(view)
    model.reload()
    with qtbot.waitSignal(view.view_selected) as blocker:
        assert view.select_key(ViewKey.of_rubric(rubric.id))
    assert blocker.args == [ViewKey.of_rubric(rubric.id)]
    assert view.current_category_id() == rubric.id
    store.create_category("Opini")
    with qtbot.assertNotEmitted(view.view_selected):
        model.reload()
    assert view.current_key() == ViewKey.of_rubric(rubric.id)
    assert not view.select_key(GROUP)  # the group row is not selectable


def test_sidebar_view_falls_back_to_all_when_rubric_disappears(qtbot, store) -> None:
    rubric = store.create_category("Sementara")
    model = SidebarModel(store)
    view = SidebarView(model)
    qtbot.addWidget(view)
    model.reload()
    view.select_key(ViewKey.of_rubric(rubric.id))
    store.delete_category(rubric.id)
    with qtbot.waitSignal(view.view_selected) as blocker:
        model.reload()
    assert blocker.args == [ViewKey.of_view("all")]


def test_article_list_search_is_debounced(qtbot, store) -> None:
    store.create_article(Article(headline="Satu"))
    model = ArticleListModel(OpenStore(store))
    pane = ArticleListPane(model)
    qtbot.addWidget(pane)
    model.reload()
    assert pane.count_label.text() == "1 artikel"
    with qtbot.waitSignal(pane.search_changed, timeout=2000) as blocker:
        qtbot.keyClicks(pane.search_edit, "sat")
    assert blocker.args == ["sat"]


def test_metadata_round_trips_an_article(qtbot) -> None:
    panel = MetadataPanel({"headline": 70, "lead": 160, "seo_title": 60,
                           "seo_description": 160, "subheadline": 140})
    qtbot.addWidget(panel)
    panel.set_categories([(3, "Seputar Kaltim"), (4, "Seputar Kaltim / Samarinda")])
    when = datetime(2024, 7, 23, 14, 30, tzinfo=Zone.WITA.tzinfo)
    article = Article(id=1, headline="Judul", subheadline="Sub", category_id=4,
                      status=Status.READY, byline="Rina", initials="rin", dateline="Samarinda",
                      published_at=when, zone=Zone.WITA, lead="Teras.", tags=["banjir", "kota"],
                      seo_title="SEO", seo_description="Desk", version=3)
    panel.set_article(article)
    assert panel.rubric_combo.currentText() == "Seputar Kaltim / Samarinda"
    back = panel.apply_to(article)
    for name in ("headline", "subheadline", "category_id", "status", "byline", "initials",
                 "dateline", "zone", "lead", "tags", "seo_title", "seo_description",
                 "version"):
        assert getattr(back, name) == getattr(article, name), name
    assert back.published_at == when
    panel.zone_combo.setCurrentIndex(panel.zone_combo.findData("WIB"))
    assert panel.apply_to(article).published_at.utcoffset().total_seconds() == 7 * 3600


def test_metadata_counter_turns_red_for_pasted_text(qtbot) -> None:
    panel = MetadataPanel({"headline": 10, "lead": 5, "seo_title": 60,
                           "seo_description": 160, "subheadline": 140})
    qtbot.addWidget(panel)
    panel.set_article(Article(id=1))
    with qtbot.waitSignal(panel.edited):
        panel.lead_edit.insertPlainText("teras yang terlalu panjang")  # as a paste does
    assert panel.lead_counter.over
    assert panel.lead_counter.text() == "26/5"
    assert not panel.headline_counter.over
    assert panel.counters_over_limit() == ["lead"]


def test_metadata_loading_an_article_is_not_an_edit(qtbot) -> None:
    panel = MetadataPanel({})
    qtbot.addWidget(panel)
    with qtbot.assertNotEmitted(panel.edited):
        panel.set_article(Article(id=1, headline="Tanpa sunting"))


def test_metadata_tags_complete_after_comma(qtbot) -> None:
    panel = MetadataPanel({})
    qtbot.addWidget(panel)
    panel.show()
    panel.set_more_fields_visible(True)
    panel.set_tags(["banjir", "Balikpapan", "pemilu"])
    panel.tags_edit.setFocus()
    qtbot.keyClicks(panel.tags_edit, "pemilu, bal")
    assert panel.tag_completer.completionPrefix() == "bal"
    assert panel.tag_completer.currentCompletion() in ("Balikpapan",)
    panel.tag_completer.activated.emit("Balikpapan")
    assert panel.tags_edit.text() == "pemilu, Balikpapan, "
