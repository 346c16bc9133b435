"""Rubric actions: create, rename, move and delete rubrics, and articles dropped on a rubric.

``RubricController`` registers the Rubric menu's actions, answers the sidebar's requests (the
window wires them in its one signal block) and offers the rubrics to the form and the list.
It works on the store through the ``ArticleSession`` and asks through ``Prompts``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from editorberita.core.domain import (
    MAX_RUBRIC_DEPTH,
    MAX_RUBRIC_NAME,
    EditorBeritaError,
    rubric_depth_problem,
    rubric_name_problem,
)
from editorberita.ui.messages import explain
from editorberita.ui.viewkey import ViewKey

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession


class RubricController(QObject):
    """The rubric tree's changes, asked for from the sidebar or the Rubric menu."""

    #: The rubric tree changed under the shown view (a rubric was deleted): show it again.
    view_changed = Signal()

    def __init__(self, session: ArticleSession, panes: Panes, prompts: Prompts,
                 actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.prompts = prompts
        self.window = window
        actions.create("new_rubric", self.tr("New &rubric…"), partial(self.new_rubric, None),
                       "Ctrl+Shift+N")
        actions.create("rename_rubric", self.tr("Rena&me rubric…"), self._rename_current, "F2")
        actions.create("delete_rubric", self.tr("&Delete rubric…"), self._delete_current)

    def reload(self, counts: bool = True) -> None:
        """Read the rubric tree and the tags again and offer them everywhere."""
        self.panes.sidebar_model.reload(counts=counts)
        self.offer()
        self.panes.metadata.set_tags(self.session.store.all_tags())

    def offer(self) -> None:
        """Offer the sidebar's rubrics in the form's rubric box and the list's rubric column."""
        model = self.panes.sidebar_model
        categories = model.categories()
        # the sidebar's (the desk's) order, not alphabetical (issue 12)
        self.panes.metadata.set_categories(model.desk_ordered_paths())
        self.panes.article_model.set_category_names({c.id: c.name for c in categories})

    def _refused(self, title: str, name: str | None, depth: int = 1) -> bool:
        """Tell the user (before the store would refuse) when a rubric breaks the core's
        rules: a name too long, or nested deeper than allowed. Return True when refused."""
        if rubric_depth_problem(depth):
            self._warn(title, self.tr("Rubrics can be nested at most {depth} levels "
                                      "deep.").format(depth=MAX_RUBRIC_DEPTH))
            return True
        if name is not None and rubric_name_problem(" ".join(name.split())):
            self._warn(title, self.tr("A rubric name can be at most {count} characters "
                                      "long.").format(count=MAX_RUBRIC_NAME))
            return True
        return False

    def _warn(self, title: str, message: str) -> None:
        self.prompts.warn(self.window, title, message)

    @Slot(object)
    def new_rubric(self, parent_id: int | None) -> None:
        """Ask for a name and create a rubric under ``parent_id`` (None: top level)."""
        title = self.tr("The rubric was not created")
        depth = self.panes.sidebar_model.category_depth(parent_id) + 1
        if self._refused(title, None, depth):
            return
        name = self.prompts.text(self.window, self.tr("New rubric"), self.tr("Name:"))
        if name is None or not name.strip() or self._refused(title, name, depth):
            return
        try:
            category = self.session.store.create_category(name, parent_id)
        except EditorBeritaError as exc:
            self._warn(title, explain(exc))
            return
        self.reload()
        self.panes.sidebar.select_key(ViewKey.of_rubric(category.id))

    @Slot()
    def _rename_current(self) -> None:
        category_id = self.panes.sidebar.current_category_id()
        if category_id is not None:
            self.rename(category_id)

    @Slot(int)
    def rename(self, category_id: int) -> None:
        """Ask for a new name of a rubric and rename it."""
        old = self.panes.sidebar_model.category_name(category_id)
        name = self.prompts.text(self.window, self.tr("Rename rubric"), self.tr("Name:"), old)
        if name is None or not name.strip() or name.strip() == old or self._refused(
                self.tr("The rubric was not renamed"), name):
            return
        try:
            self.session.store.rename_category(category_id, name)
        except EditorBeritaError as exc:
            self._warn(self.tr("The rubric was not renamed"), explain(exc))
            return
        self.reload()
        self.panes.article_model.reload(keep_loaded=True)
        current = self.session.current
        if current is not None and current.category_id == category_id:
            self.panes.preview.schedule_article(self.session.compose() or current,
                                                self.session.category_name())

    @Slot()
    def _delete_current(self) -> None:
        category_id = self.panes.sidebar.current_category_id()
        if category_id is not None:
            self.delete(category_id)

    @Slot(int)
    def delete(self, category_id: int) -> None:
        """Ask, then delete a rubric; its articles and sub-rubrics move to its parent."""
        model = self.panes.sidebar_model
        name = model.category_name(category_id)
        category = next((c for c in model.categories() if c.id == category_id), None)
        parent_name = (model.category_name(category.parent_id)
                       if category and category.parent_id else self.tr("Uncategorised"))
        if not self.prompts.ask(
                self.window, self.tr("Delete rubric"),
                self.tr("Delete the rubric “{name}”? Its articles and sub-rubrics are kept: "
                        "they move to “{parent}”.").format(name=name, parent=parent_name)):
            return
        self.session.save_now()
        self.session.store.delete_category(category_id)
        self.session.reload_from_store()
        self.reload()
        self.view_changed.emit()

    @Slot(int)
    def choose_parent(self, category_id: int) -> None:
        """Ask where to move a rubric (not under itself) and move it."""
        excluded = self.session.store.descendant_ids(category_id)
        model = self.panes.sidebar_model
        rubrics = sorted(((c.id, model.category_path(c.id))
                          for c in model.categories() if c.id not in excluded),
                         key=lambda pair: pair[1].casefold())
        choices: list[tuple[int | None, str]] = [(None, self.tr("(top level)")), *rubrics]
        label = self.prompts.item(self.window, self.tr("Move rubric"), self.tr("Move under:"),
                                  [text for _, text in choices])
        if label is None:
            return
        parent_id = next(cid for cid, text in choices if text == label)
        self.move(category_id, parent_id)

    @Slot(int, object)
    def move(self, category_id: int, parent_id: int | None) -> None:
        """Move a rubric under another one (None: top level)."""
        try:
            self.session.store.move_category(category_id, parent_id)
        except EditorBeritaError as exc:
            self._warn(self.tr("The rubric was not moved"), explain(exc))
            return
        self.reload()

    @Slot(list, object)
    def move_articles(self, ids: list[int], category_id: int | None) -> None:
        """Move articles dropped on a rubric into it."""
        self.session.save_now()
        try:
            self.session.store.move_articles(ids, category_id)
        except EditorBeritaError as exc:
            self._warn(self.tr("The articles were not moved"), explain(exc))
            return
        current = self.session.current
        if current is not None and current.id in ids:
            self.session.reload_from_store()
        self.panes.article_model.reload(keep_loaded=True)
        self.panes.sidebar_model.refresh_counts()
        target = (self.panes.sidebar_model.category_name(category_id)
                  if category_id is not None else self.tr("Uncategorised"))
        self.window.statusBar().showMessage(
            self.tr("%n article(s) moved to {rubric}", "", len(ids)).format(rubric=target), 5000)
