"""The sidebar model: Qt's model rules, counts per view and rubric, drops."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, Qt

from editorberita.core.domain import Article, Status
from editorberita.ui.itemroles import ARTICLE_MIME, CountRole, KeyRole
from editorberita.ui.sidebarmodel import SidebarModel
from editorberita.ui.viewkey import UNCATEGORISED, ViewKey

pytestmark = pytest.mark.usefixtures("indonesian")


def _key_counts(model: SidebarModel) -> dict[ViewKey, int | None]:
    found: dict[ViewKey, int | None] = {}

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found[index.data(KeyRole)] = index.data(CountRole)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_sidebar_model_passes_qt_model_tests(qtmodeltester, store) -> None:
    parent = store.create_category("Seputar Kaltim")
    child = store.create_category("Samarinda", parent.id)
    store.create_article(Article(headline="A", category_id=child.id))
    model = SidebarModel(store)
    model.reload()
    qtmodeltester.check(model)


def test_sidebar_counts_views_and_rubrics_including_subrubrics(store) -> None:
    parent = store.create_category("Seputar Kaltim")
    child = store.create_category("Samarinda", parent.id)
    store.create_article(Article(headline="A", category_id=child.id))
    store.create_article(Article(headline="B", category_id=parent.id, status=Status.READY))
    store.create_article(Article(headline="C"))
    gone = store.create_article(Article(headline="D"))
    store.trash_articles([gone.id])
    model = SidebarModel(store)
    model.reload()
    counts = _key_counts(model)
    assert counts[ViewKey.of_view("all")] == 3
    assert counts[ViewKey.of_view("draft")] == 2
    assert counts[ViewKey.of_view("ready")] == 1
    assert counts[ViewKey.of_view("trash")] == 1
    assert counts[ViewKey.of_rubric(parent.id)] == 2
    assert counts[ViewKey.of_rubric(child.id)] == 1
    assert counts[UNCATEGORISED] == 1


def test_sidebar_refresh_counts_emits_data_changed(qtbot, store) -> None:
    model = SidebarModel(store)
    model.reload()
    store.create_article(Article(headline="baru"))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_counts()
    assert model.index_for_key(ViewKey.of_view("all")).siblingAtColumn(1).data() == "1"


def test_sidebar_drop_of_articles_on_rubric_emits_request(qtbot, store) -> None:
    rubric = store.create_category("Olahraga")
    model = SidebarModel(store)
    model.reload()
    mime = QMimeData()
    mime.setData(ARTICLE_MIME, json.dumps([4, 7]).encode())
    target = model.index_for_key(ViewKey.of_rubric(rubric.id))
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                     model.index_for_key(ViewKey.of_view("all")))
    with qtbot.waitSignal(model.articles_dropped) as blocker:
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert blocker.args == [[4, 7], rubric.id]
